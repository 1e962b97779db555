# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers of integer and decimal questions reach the typed table as the number written, or not at all.

SQLite's CAST guesses where it cannot read: 99999999999999999999 became 9223372036854775807,
"٣" and "１２" became 0, and "1,500" (a decimal comma, or thousands?) became 1.5 without a word.
Out-of-range values are now left empty with a warning, other scripts' digits are read (٣ is 3), and
values a thousands separator could have written are read as decimals with a warning. The raw table
keeps every value as written.
"""

from __future__ import annotations

import csv

from tests.real_imports import query
from tests.xlsform_files import write_form
from tests.xlsx_cells import write_xlsx

SURVEY = [["type", "name", "label"], ["text", "key", "Key"], ["integer", "num", "Int"], ["decimal", "dec", "Dec"]]


def _import(tmp_path, rows, delimiter=",", survey=SURVEY, choices=None, settings=None, header=None):
    from cartong_plugin.core.survey.importer import import_survey

    data = tmp_path / "export.csv"
    with open(data, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header or [row[1] for row in survey[1:]])
        writer.writerows(rows)
    form = write_form(tmp_path / "form.xlsx", survey, choices, settings)
    return import_survey(data, form, tmp_path / "out.gpkg")


def _typed(tmp_path, columns="num, dec"):
    return query(tmp_path / "out.gpkg", f"SELECT {columns} FROM survey ORDER BY fid")


def _raw(tmp_path, columns="num, dec"):
    return query(tmp_path / "out.gpkg", f"SELECT {columns} FROM raw_survey ORDER BY fid")


def _about(report, column):
    return [w for w in report.warnings if f"column {column}:" in w]


def test_integers_past_64_bits_are_left_empty_with_a_warning(tmp_path):
    rows = [
        ("k1", "99999999999999999999", "1"),
        ("k2", "-9223372036854775809", "2"),
        ("k3", "9223372036854775807", "3"),
        ("k4", "-9223372036854775808", "4"),
        ("k5", "1" * 5000, "5"),  # past what Python's int() reads
    ]
    report = _import(tmp_path, rows)
    assert _typed(tmp_path, "num") == [(None,), (None,), (9223372036854775807,), (-9223372036854775808,), (None,)]
    assert _raw(tmp_path, "num") == [(r[1],) for r in rows]
    assert _about(report, "num") == [
        "export.csv, column num: 3 value(s) are outside -9223372036854775808..9223372036854775807 and were "
        "left empty in the typed table (first at row 2: '99999999999999999999'). The raw table keeps them."
    ]


def test_an_integer_cell_past_64_bits_in_an_xlsx_export_is_left_empty(tmp_path):
    from cartong_plugin.core.survey.importer import import_survey

    data = tmp_path / "export.xlsx"
    write_xlsx(data, ["key", "num"], [["k1", ("1.2345678901234567E+19", 1)], ["k2", ("42", 1)]], [(0, None)])
    form = write_form(tmp_path / "form.xlsx", SURVEY[:3])
    report = import_survey(data, form, tmp_path / "out.gpkg")
    assert _typed(tmp_path, "num") == [(None,), (42,)]
    assert _raw(tmp_path, "num") == [("12345678901234567000",), ("42",)]
    assert _about(report, "num") == [
        "export.xlsx [data], column num: 1 value(s) are outside -9223372036854775808..9223372036854775807 "
        "and were left empty in the typed table (first at row 2: '12345678901234567000'). The raw table keeps them."
    ]


def test_a_decimal_past_a_double_is_left_empty(tmp_path):
    report = _import(tmp_path, [("k1", "1", "1e400"), ("k2", "2", "-1e400"), ("k3", "3", "2.5")])
    assert _typed(tmp_path, "dec") == [(None,), (None,), (2.5,)]
    assert _about(report, "dec") == [
        "export.csv, column dec: 2 value(s) are not numbers and were left empty in the typed table "
        "(first at row 2: '1e400'). The raw table keeps them."
    ]


def test_digits_of_other_scripts_are_read_as_their_number_never_0(tmp_path):
    rows = [("k1", "٣", "٣"), ("k2", "１２", "１２,５"), ("k3", "۱۰", "٠.٢٥"), ("k4", "7", "7.5"), ("k5", "²", "x٣")]
    report = _import(tmp_path, rows)
    assert _typed(tmp_path) == [(3, 3.0), (12, 12.5), (10, 0.25), (7, 7.5), (None, None)]
    assert _raw(tmp_path) == [r[1:] for r in rows]
    assert _about(report, "num") == [
        "export.csv, column num: 1 value(s) are not whole numbers and were left empty in the typed table "
        "(first at row 6: '²'). The raw table keeps them."
    ]
    assert _about(report, "dec") == [
        "export.csv, column dec: 1 value(s) are not numbers and were left empty in the typed table "
        "(first at row 6: 'x٣'). The raw table keeps them."
    ]


def test_thousands_look_alikes_are_read_as_decimals_with_a_warning(tmp_path):
    rows = [("k1", "1.000", "1,500"), ("k2", "12", "2,25"), ("k3", "-3.000", "-7,125"), ("k4", "3.0", "0.5")]
    report = _import(tmp_path, rows)
    assert _typed(tmp_path) == [(1, 1.5), (12, 2.25), (-3, -7.125), (3, 0.5)]
    assert _raw(tmp_path) == [r[1:] for r in rows]
    assert _about(report, "num") == [
        "export.csv, column num: 2 value(s) have a point then three zeros, read as a decimal point (first at "
        "row 2: '1.000' is 1). If the point separates thousands, correct them; the raw table keeps them."
    ]
    assert _about(report, "dec") == [
        "export.csv, column dec: 2 value(s) have a comma then three digits, read as a decimal comma (first at "
        "row 2: '1,500' is 1.5). If the comma separates thousands, correct them; the raw table keeps them."
    ]


def test_a_plain_decimal_comma_export_is_read_without_a_warning(tmp_path):
    report = _import(tmp_path, [("k1", "4", "12,5"), ("k2", "5", "0,25"), ("k3", "6", "")], delimiter=";")
    assert _typed(tmp_path) == [(4, 12.5), (5, 0.25), (6, None)]
    assert _about(report, "num") == _about(report, "dec") == []


def test_a_latitude_out_of_range_is_said_so(tmp_path):
    survey = [["type", "name", "label"], ["text", "key", "Key"], ["geopoint", "gps", "GPS"]]
    header = ["key", "gps", "_gps_latitude", "_gps_longitude"]
    rows = [("a", "91 10 0 0", "91", "10"), ("b", "", "n/a", "10"), ("c", "45.5 10 0 0", "45.5", "-181")]
    report = _import(tmp_path, rows, survey=survey, header=header)
    assert _typed(tmp_path, "_gps_latitude, _gps_longitude") == [(None, 10.0), (None, 10.0), (45.5, None)]
    assert _about(report, "_gps_latitude") == [
        "export.csv, column _gps_latitude: 1 value(s) are not numbers and were left empty in the typed table "
        "(first at row 3: 'n/a'). The raw table keeps them.",
        "export.csv, column _gps_latitude: 1 value(s) are outside -90..90 and were left empty in the typed "
        "table (first at row 2: '91'). The raw table keeps them.",
    ]
    assert _about(report, "_gps_longitude") == [
        "export.csv, column _gps_longitude: 1 value(s) are outside -180..180 and were left empty in the typed "
        "table (first at row 4: '-181'). The raw table keeps them."
    ]


def test_a_date_written_with_other_digits_is_not_stored_as_a_date(tmp_path):
    survey = [["type", "name", "label"], ["text", "key", "Key"], ["date", "day", "Day"]]
    report = _import(tmp_path, [("k1", "٢٠٢٤-٠١-٠٥"), ("k2", "2024-01-06")], survey=survey)
    assert _typed(tmp_path, "day") == [(None,), ("2024-01-06",)]
    assert _about(report, "day") == [
        "export.csv, column day: 1 value(s) are not dates (YYYY-MM-DD) and were left empty in the typed table "
        "(first at row 2: '٢٠٢٤-٠١-٠٥'). The raw table keeps them."
    ]


def test_without_a_form_other_digits_keep_a_column_text(tmp_path):
    from cartong_plugin.core.survey.importer import import_survey

    data = tmp_path / "export.csv"
    data.write_text("n,day,x\n١٢,٢٠٢٤-٠١-٠٥,1\n3,2024-01-06,2\n", encoding="utf-8")
    import_survey(data, None, tmp_path / "out.gpkg")
    assert _typed(tmp_path, "n, day, x") == [("١٢", "٢٠٢٤-٠١-٠٥", 1), ("3", "2024-01-06", 2)]


def test_submissions_of_another_form_version_are_named(tmp_path):
    survey = [["type", "name", "label"], ["select_one yn", "consent", "Consent"], ["integer", "old_q", "Old"]]
    choices = [["list_name", "name", "label"], ["yn", "1", "No"], ["yn", "2", "Yes"]]
    settings = [["form_id", "version"], ["verf", "v1_2023"]]
    header = ["consent", "water", "_version", "_uuid"]  # ONA: the form's own version
    rows = [
        ("1", "12", "v1_2023", "u1"),
        ("2", "3", "v2_2024", "u2"),
        ("1", "4", "v3", "u3"),
        ("2", "5", "v2_2024", "u4"),
    ]
    report = _import(tmp_path, rows, survey=survey, choices=choices, settings=settings, header=header)
    assert [w for w in report.warnings if "version" in w] == [
        "export.csv: 3 of 4 submission(s) were collected with another version of the form ('v2_2024', 'v3' in "
        "column _version, first at row 3) than the form given ('v1_2023'): its choice labels and question "
        "types may not be theirs. Questions of the form not in the export: old_q."
    ]
    assert _typed(tmp_path, "consent, consent_label") == [("1", "No"), ("2", "Yes"), ("1", "No"), ("2", "Yes")]


def test_submissions_of_the_form_version_given_raise_no_warning(tmp_path):
    survey = [["type", "name", "label"], ["text", "key", "Key"]]
    settings = [["form_id", "version"], ["verf", "7"]]
    report = _import(tmp_path, [("a", "7"), ("b", "")], survey=survey, settings=settings, header=["key", "FormVersion"])
    assert [w for w in report.warnings if "version" in w] == []


def test_kobo_version_ids_are_compared_only_with_a_form_version_of_their_kind(tmp_path):
    """Kobo writes its own version ids ("vLtYXTKZEDKNky3MbtKYmn", real, robotoolbox) in __version__, never the
    XLSForm's settings version ("1 (2022-05-09 18:31:35)"): those two always differ and are not compared."""
    survey = [["type", "name", "label"], ["text", "key", "Key"]]
    header = ["key", "__version__"]
    rows = [("a", "vLtYXTKZEDKNky3MbtKYmn"), ("b", "vLRmZbNfdg3ccREn3GBrhz")]
    settings = [["form_id", "version"], ["verf", "1 (2022-05-09 18:31:35)"]]
    report = _import(tmp_path, rows, survey=survey, settings=settings, header=header)
    assert [w for w in report.warnings if "version" in w] == []
    settings = [["form_id", "version"], ["verf", "vLtYXTKZEDKNky3MbtKYmn"]]  # a form downloaded from Kobo
    (tmp_path / "out.gpkg").unlink()
    report = _import(tmp_path, rows, survey=survey, settings=settings, header=header)
    assert [w.split(":")[1] for w in report.warnings if "version" in w] == [
        " 1 of 2 submission(s) were collected with another version of the form ('vLRmZbNfdg3ccREn3GBrhz' in "
        "column __version__, first at row 3) than the form given ('vLtYXTKZEDKNky3MbtKYmn')"
    ]


def test_answers_read_as_choice_labels_are_named(tmp_path):
    survey = [["type", "name", "label"], ["select_one yn", "ok", "OK"], ["select_multiple yn", "oks", "OKs"]]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    rows = [("yes", "yes"), ("No", "yes No"), ("no", "no"), ("No", "Yes")]
    report = _import(tmp_path, rows, survey=survey, choices=choices)
    assert _typed(tmp_path, "ok, ok_label, oks, oks_label") == [
        ("yes", "Yes", "yes", "Yes"),
        ("no", "No", "yes no", "Yes; No"),
        ("no", "No", "no", "No"),
        ("no", "No", "yes", "Yes"),
    ]
    assert _raw(tmp_path, "ok, oks") == rows
    assert [w for w in report.warnings if "choice labels" in w] == [
        "export.csv, column ok: 2 answer(s) are choice labels, not codes, and were read as the codes of those "
        "choices (first at row 3: 'No' is 'no'). The raw table keeps them.",
        "export.csv, column oks: 2 answer(s) are choice labels, not codes, and were read as the codes of those "
        "choices (first at row 3: 'yes No' is 'yes no'). The raw table keeps them.",
    ]


def test_24_00_is_the_next_day_and_other_hours_24_are_no_date_times(tmp_path):
    survey = [["type", "name", "label"], ["datetime", "a", "A"], ["datetime", "b", "B"], ["datetime", "c", "C"]]
    rows = [  # c: hour 24 only after a space, never after a T
        ("2024-01-05T24:00:00", "2024-12-31T24:00:00.000+03:00", "2024-02-29 24:00"),
        ("2024-02-29 24:00", "2024-12-31T10:00:00.000+03:00", "2024-02-28 10:00:00Z"),
        ("2024-01-05T24:30:00", "2024-01-05T24:00:00.000-01:00", ""),
        ("2024-01-05T10:00:00+01", "2024-01-05T24:15:00.000+00:00", ""),
    ]
    report = _import(tmp_path, rows, survey=survey, header=["a", "b", "c"])
    assert _typed(tmp_path, "a, b, c") == [
        ("2024-01-06T00:00:00.000Z", "2024-12-31T21:00:00.000Z", "2024-03-01T00:00:00.000Z"),
        ("2024-03-01T00:00:00.000Z", "2024-12-31T07:00:00.000Z", "2024-02-28T10:00:00.000Z"),
        (None, "2024-01-06T01:00:00.000Z", None),
        ("2024-01-05T09:00:00.000Z", None, None),
    ]
    assert _raw(tmp_path, "a, b, c") == rows
    assert _about(report, "a") == [
        "export.csv, column a: 1 value(s) are not date-times (ISO 8601) and were left empty in the typed table "
        "(first at row 4: '2024-01-05T24:30:00'). The raw table keeps them."
    ]
    assert _about(report, "b") == [
        "export.csv, column b: 1 value(s) are not date-times (ISO 8601) and were left empty in the typed table "
        "(first at row 5: '2024-01-05T24:15:00.000+00:00'). The raw table keeps them."
    ]


def test_decimals_with_more_digits_than_a_double_holds_are_named(cartong_provider, tmp_path):
    from tests.real_imports import import_with_messages

    data = tmp_path / "export.csv"
    data.write_text(
        "key,dec\nk1,0.1\nk2,6.999999999999999999\nk3,0.30000000000000001\nk4,9007199254740993\n"
        "k5,123456789012345678.25\nk6,1.2863891666666667\nk7,1.50000000000000000000\nk8,2.5\n",
        encoding="utf-8",
    )
    form = write_form(tmp_path / "form.xlsx", [["type", "name", "label"], ["text", "key", "Key"], SURVEY[3]])
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    assert _typed(tmp_path, "dec")[:2] == [(0.1,), (7.0,)]  # stored as the double it is
    assert _raw(tmp_path, "dec")[1] == ("6.999999999999999999",)
    assert [w for w in warnings if "column dec:" in w] == [
        "export.csv, column dec: 4 value(s) have more digits than a decimal of the typed table holds and were "
        "rounded there (first at row 3: '6.999999999999999999' is stored as 7.0). The raw table keeps them as "
        "written."
    ]
