# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:importsurvey on hostile inputs (issue #13): nothing silently changed, every explanation right.

Each test plants one fault in the sample export (or builds the smallest file showing it) and runs the
algorithm the user runs; the warning or the refusal must name the file, the row and the column.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback

KOBO_CSV = "household_survey_kobo.csv"
FORM = "household_survey_form.xlsx"


def _import(data, output, form=None, **more):
    import processing

    feedback = RecordingFeedback()
    parameters = {"DATA": str(data), "OUTPUT": str(output), **more}
    if form:
        parameters["FORM"] = str(form)
    result = processing.run("cartong:importsurvey", parameters, feedback=feedback)
    return result, feedback


def _sample_rows(sample_dir):
    text = (sample_dir / KOBO_CSV).read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def _write_rows(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def _query(gpkg, sql):
    with sqlite3.connect(gpkg) as db:
        return db.execute(sql).fetchall()


def _metadata(gpkg):
    ((geometry_column, warnings),) = _query(gpkg, "SELECT geometry_column, warnings FROM cartong_metadata")
    return geometry_column, json.loads(warnings)


# ----------------------------------------------------------------------------- 1. unreadable GPS values


def _phones_with_spaces(rows):
    """Phone numbers as people write them in Bangui ("75 64 42 12"): four numbers, like a geopoint."""
    phone = rows[0].index("household/phone")
    for row in rows[1:]:
        digits = row[phone]
        row[phone] = " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    return rows


@pytest.mark.parametrize(
    "bad",
    [
        "NaN 18.5512 443.1 19.8",
        "inf 18.5512 443.1 19.8",
        "4.97 -inf 443.1 19.8",
        "1e400 18.5512 443.1 19.8",
        "NaN",
        "n/a",
    ],
)
def test_one_unreadable_geopoint_costs_only_its_row_the_point(bad, cartong_provider, sample_dir, tmp_path):
    rows = _phones_with_spaces(_sample_rows(sample_dir))
    location = rows[0].index("location")
    rows[5][location] = bad  # row 6 of the file (the header is row 1): submission 5
    result, feedback = _import(_write_rows(tmp_path / "gps.csv", rows), tmp_path / "gps.gpkg")
    geometry_column, _ = _metadata(tmp_path / "gps.gpkg")
    assert geometry_column == "location"  # not the phone numbers
    without = {fid for (fid,) in _query(tmp_path / "gps.gpkg", "SELECT fid FROM survey WHERE geom IS NULL")}
    empty = {n for n, row in enumerate(rows[1:], start=1) if not row[location].strip()}
    assert without == empty | {5}
    assert result["ROWS_WITHOUT_LOCATION"] == len(empty) + 1
    (warning,) = [w for w in feedback.warnings if "cannot be read" in w]
    assert "gps.csv, column location" in warning and "(row 6: " in warning
    assert any(f"'{token}'" in warning for token in (bad, *bad.split()[:2]))  # the value that could not be read


@pytest.mark.parametrize("bad", ["NaN", "inf", "-inf", "1e400"])
def test_unreadable_split_latitude_is_left_empty_never_infinite(bad, cartong_provider, sample_dir, tmp_path):
    rows = _sample_rows(sample_dir)
    rows[7][rows[0].index("_location_latitude")] = bad  # row 8 of the file: submission 7
    _result, feedback = _import(_write_rows(tmp_path / "lat.csv", rows), tmp_path / "lat.gpkg", sample_dir / FORM)
    ((value,),) = _query(tmp_path / "lat.gpkg", "SELECT _location_latitude FROM survey WHERE fid = 7")
    assert value is None
    (warning,) = [w for w in feedback.warnings if "lat.csv, column _location_latitude" in w]
    assert f"(first at row 8: '{bad}')" in warning


def test_phone_numbers_are_never_taken_as_the_location(cartong_provider, sample_dir, tmp_path):
    rows = _phones_with_spaces(_sample_rows(sample_dir))
    _import(_write_rows(tmp_path / "phones.csv", rows), tmp_path / "phones.gpkg")
    assert _metadata(tmp_path / "phones.gpkg")[0] == "location"


def _geojson(path, coordinates):
    """Points as a Kobo GeoJSON export writes them; ``coordinates`` are JSON texts, written as they are."""
    features = [
        f'{{"type": "Feature", "properties": {{"_uuid": "u{n}", "site": "S{n}"}}, '
        f'"geometry": {{"type": "Point", "coordinates": {c}}}}}'
        for n, c in enumerate(coordinates, 1)
    ]
    path.write_text('{"type": "FeatureCollection", "features": [' + ", ".join(features) + "]}", encoding="utf-8")
    return path


@pytest.mark.parametrize("bad", ["[1e400, 4.36]", "[NaN, 4.36]", "[Infinity, 4.36]", '["abc", 4.36]', "[18.55]"])
def test_one_unreadable_geojson_geometry_costs_only_its_row_the_point(bad, cartong_provider, tmp_path):
    source = _geojson(tmp_path / "sites.geojson", ["[18.55, 4.36]", bad, "[18.6, 4.4]"])
    result, feedback = _import(source, tmp_path / "sites.gpkg")
    assert result["ROWS"] == 3 and result["ROWS_WITHOUT_LOCATION"] == 1
    assert _query(tmp_path / "sites.gpkg", "SELECT fid FROM survey WHERE geom IS NULL") == [(2,)]
    (warning,) = [w for w in feedback.warnings if "cannot be read" in w]
    assert "sites.geojson, column geometry" in warning and "row 2" in warning
    ((raw,),) = _query(tmp_path / "sites.gpkg", "SELECT geometry FROM raw_survey WHERE fid = 2")
    assert bad.replace(" ", "") in raw.replace(" ", "")  # the raw table keeps what the file said
    ((min_x, max_x),) = _query(
        tmp_path / "sites.gpkg", "SELECT min_x, max_x FROM gpkg_contents WHERE table_name = 'survey'"
    )
    assert (min_x, max_x) == (18.55, 18.6)


def test_unreadable_geojson_geometry_is_reported_when_gdal_raises_exceptions(cartong_provider, tmp_path):
    """Another plugin (or QGIS's own Python) may have switched GDAL's exceptions on for good."""
    from cartong_plugin.core.base.gdal_errors import gdal_exceptions

    source = _geojson(tmp_path / "sites.geojson", ["[18.55, 4.36]", '["abc", 4.36]', "[18.6, 4.4]"])
    with gdal_exceptions(True):
        result, _feedback = _import(source, tmp_path / "sites.gpkg")
    assert result["ROWS"] == 3 and result["ROWS_WITHOUT_LOCATION"] == 1


# ----------------------------------------------------------------------------- 2. points outside WGS 84


def test_geojson_points_outside_wgs84_are_named_not_silently_imported(cartong_provider, tmp_path):
    source = _geojson(tmp_path / "far.geojson", ["[18.55, 4.36]", "[200.5, 4.36]", "[18.6, -95]", "[18.6, 4.4]"])
    result, feedback = _import(source, tmp_path / "far.gpkg")
    assert result["ROWS"] == 4 and result["ROWS_WITHOUT_LOCATION"] == 2
    (warning,) = [w for w in feedback.warnings if "cannot be read" in w]
    assert "far.geojson" in warning and "rows 2, 3" in warning and "-180..180" in warning
    raw = [value for (value,) in _query(tmp_path / "far.gpkg", "SELECT geometry FROM raw_survey ORDER BY fid")]
    assert raw[1:3] == ["POINT (200.5 4.36)", "POINT (18.6 -95)"]


def test_csv_geopoints_outside_wgs84_are_named(cartong_provider, sample_dir, tmp_path):
    rows = _sample_rows(sample_dir)
    location = rows[0].index("location")
    rows[3][location] = "4.9790032 218.9153446 443.1 19.8"
    rows[9][location] = "-94.1 18.9 443.1 19.8"
    _result, feedback = _import(_write_rows(tmp_path / "far.csv", rows), tmp_path / "far.gpkg", sample_dir / FORM)
    (warning,) = [w for w in feedback.warnings if "cannot be read" in w]
    assert "far.csv, column location" in warning and "(rows 4, 10; first at row 4: " in warning


# ----------------------------------------------------------------------------- 4. Excel serial dates


def _excel_serial(text: str) -> float:
    """Excel's number for a local date or date-time (1900 date system)."""
    from datetime import datetime

    moment = datetime.fromisoformat(text[:19])
    return (moment - datetime(1899, 12, 30)).total_seconds() / 86400


def _sample_as_excel_numbers(sample_dir, path, count=6):
    """The first rows of the sample export as an XLSX whose date cells hold Excel's numbers."""
    from xlsx_writer import write_xlsx

    rows = _sample_rows(sample_dir)[: count + 1]
    header = rows[0]
    dated = [header.index(name) for name in ("start", "end", "today", "household/arrival_date")]
    cells = [header] + [[_excel_serial(v) if i in dated and v else v for i, v in enumerate(row)] for row in rows[1:]]
    write_xlsx(path, [("household_survey", cells)])
    return rows


def test_excel_serial_dates_become_the_dates_they_are(cartong_provider, sample_dir, tmp_path):
    rows = _sample_as_excel_numbers(sample_dir, tmp_path / "dates.xlsx")
    _result, feedback = _import(tmp_path / "dates.xlsx", tmp_path / "dates.gpkg", sample_dir / FORM)
    typed = _query(tmp_path / "dates.gpkg", "SELECT start, today, arrival_date FROM survey ORDER BY fid")
    header = rows[0]
    expected = [
        (
            row[header.index("start")][:19] + ".000Z",
            row[header.index("today")],
            row[header.index("household/arrival_date")] or None,
        )
        for row in rows[1:]
    ]
    assert typed == expected
    warnings = [w for w in feedback.warnings if "Excel serial numbers" in w]
    today = rows[1][header.index("today")]  # in the sheet's row 2, under the header
    assert any("column today" in w and "(first at row 2: '" in w and f"is {today})" in w for w in warnings), warnings


def test_numbers_that_are_no_date_are_never_an_absurd_year(cartong_provider, sample_dir, tmp_path):
    from xlsx_writer import write_xlsx

    rows = _sample_rows(sample_dir)[:4]
    today = rows[0].index("today")
    cells = [rows[0]] + [list(row) for row in rows[1:]]
    cells[1][today], cells[2][today], cells[3][today] = 0, -44561, 9e9
    write_xlsx(tmp_path / "odd.xlsx", [("household_survey", cells)])
    _result, feedback = _import(tmp_path / "odd.xlsx", tmp_path / "odd.gpkg", sample_dir / FORM)
    assert _query(tmp_path / "odd.gpkg", "SELECT today FROM survey") == [(None,)] * 3
    (warning,) = [w for w in feedback.warnings if "column today" in w]
    assert "3 value(s) are not dates" in warning and "(first at row 2: '0')" in warning  # the sheet's row 2


# ----------------------------------------------------------------------------- 5. hidden sheets


def _workbook_with_hidden_first_sheet(sample_dir, path):
    """A Kobo XLSX export someone opened in Excel: a hidden lookup sheet added before the data."""
    from xlsx_writer import write_xlsx

    rows = _sample_rows(sample_dir)[:11]
    lookup = [["adm2_pcode", "adm2_name"], ["CF112", "Damara"], ["CF314", "Paoua"]]
    write_xlsx(path, [("lookup", lookup), ("household_survey", rows)], hidden=("lookup",))
    return rows


def test_hidden_first_sheet_is_not_taken_for_the_submissions(cartong_provider, sample_dir, tmp_path):
    rows = _workbook_with_hidden_first_sheet(sample_dir, tmp_path / "export.xlsx")
    result, feedback = _import(tmp_path / "export.xlsx", tmp_path / "export.gpkg", sample_dir / FORM)
    assert result["ROWS"] == 10
    uuids = [u for (u,) in _query(tmp_path / "export.gpkg", "SELECT _uuid FROM survey ORDER BY fid")]
    assert uuids == [row[rows[0].index("_uuid")] for row in rows[1:]]
    tables = {name for (name,) in _query(tmp_path / "export.gpkg", "SELECT table_name FROM gpkg_contents")}
    assert "lookup" not in tables and "raw_lookup" not in tables
    assert any("read from the sheet 'household_survey'" in w for w in feedback.warnings)
    assert any("hidden sheet(s) 'lookup'" in w for w in feedback.warnings)


def test_the_sheet_the_user_names_is_read(cartong_provider, sample_dir, tmp_path):
    from xlsx_writer import write_xlsx

    rows = _sample_rows(sample_dir)
    write_xlsx(tmp_path / "two.xlsx", [("old_export", rows[:4]), ("household_survey", rows[:8])])
    result, feedback = _import(
        tmp_path / "two.xlsx", tmp_path / "two.gpkg", sample_dir / FORM, SHEET="household_survey"
    )
    assert result["ROWS"] == 7
    assert any("read from the sheet 'household_survey'" in w for w in feedback.warnings)


def test_a_sheet_that_does_not_exist_is_named_with_the_sheets_there(cartong_provider, sample_dir, tmp_path):
    _workbook_with_hidden_first_sheet(sample_dir, tmp_path / "export.xlsx")
    with pytest.raises(
        QgsProcessingException,
        match=r"export.xlsx has no sheet 'data'; its sheets are: "
        r"lookup, household_survey",
    ):
        _import(tmp_path / "export.xlsx", tmp_path / "out.gpkg", sample_dir / FORM, SHEET="data")
    assert not (tmp_path / "out.gpkg").exists()


# ----------------------------------------------------------------------------- 8. a name used twice in the form


def _form_with_a_name_used_twice(sample_dir, path):
    """The sample form with 'head_age' renamed 'hh_size', a question of the same group."""
    from xlsx_writer import write_xlsx

    from cartong_plugin.core.survey.xlsx_sheets import read_xlsx_sheets

    sheets = read_xlsx_sheets(sample_dir / FORM)
    headers, rows = sheets["survey"]
    name = headers.index("name")
    rows_of = {row[name]: number for number, row in enumerate(rows, start=2)}
    rows[rows_of["head_age"] - 2][name] = "hh_size"
    write_xlsx(path, [(sheet, [cells] + body) for sheet, (cells, body) in sheets.items()])
    return rows_of["hh_size"], rows_of["head_age"]


def test_a_name_used_twice_in_the_form_is_named_with_its_rows(cartong_provider, sample_dir, tmp_path):
    first, second = _form_with_a_name_used_twice(sample_dir, tmp_path / "form.xlsx")
    with pytest.raises(
        QgsProcessingException,
        match=rf"form.xlsx names two questions 'hh_size' in the same "
        rf"group \(rows {first} and {second}\)",
    ):
        _import(sample_dir / KOBO_CSV, tmp_path / "out.gpkg", tmp_path / "form.xlsx")
    assert not (tmp_path / "out.gpkg").exists()


# ----------------------------------------------------------------------------- 9. what a file really is


def test_too_many_columns_are_counted_against_the_limit(cartong_provider, sample_dir, tmp_path):
    rows = _sample_rows(sample_dir)[:3]
    extra = [f"note_{n}" for n in range(5001 - len(rows[0]))]  # a wide export: 5,001 columns
    wide = [rows[0] + extra] + [row + ["x"] * len(extra) for row in rows[1:]]
    source = _write_rows(tmp_path / "wide.csv", wide)
    with pytest.raises(
        QgsProcessingException,
        match=r"wide.csv has 5001 columns; a GeoPackage table holds at "
        r"most 1998",
    ):
        _import(source, tmp_path / "wide.gpkg")
    assert not (tmp_path / "wide.gpkg").exists()


def test_choice_labels_that_overflow_the_typed_table_are_counted(cartong_provider, tmp_path):
    from xlsx_writer import write_xlsx

    names = [f"q{n}" for n in range(1, 1001)]  # 1,000 yes/no questions: 2,000 columns once labelled
    write_xlsx(
        tmp_path / "form.xlsx",
        [
            ("survey", [["type", "name", "label"]] + [["select_one yn", name, name] for name in names]),
            ("choices", [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]),
        ],
    )
    source = _write_rows(tmp_path / "labels.csv", [names + ["_uuid"], ["yes"] * len(names) + ["u1"]])
    with pytest.raises(
        QgsProcessingException,
        match=r"labels.csv has 1001 columns; a GeoPackage table holds at "
        r"most 1998 \(the typed table, with a label column beside "
        r"each select question, would have 2001\)",
    ):
        _import(source, tmp_path / "labels.gpkg", tmp_path / "form.xlsx")
    assert not (tmp_path / "labels.gpkg").exists()


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("survey.csv", bytes(range(1, 256)) * 64, "random or damaged bytes"),
        ("survey.csv", random.Random(13).randbytes(8192), "random or damaged bytes"),
        (
            "survey.csv",
            b"<!DOCTYPE html><html><head><title>KoboToolbox | Login</title></head></html>",
            "is not a CSV export: it looks like a web page",
        ),
        ("survey.xlsx", bytes(range(1, 256)) * 64, "random or damaged bytes"),
        ("survey.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        ("survey.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "an old Excel .xls file"),
        ("survey.xlsx", b"uuid;name\nu1;Awa\n", "plain text"),
    ],
    ids=[
        "control bytes .csv",
        "random bytes .csv",
        "login page .csv",
        "random bytes .xlsx",
        "PDF .xlsx",
        "xls .xlsx",
        "CSV .xlsx",
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_described(name, content, said, cartong_provider, tmp_path):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(QgsProcessingException, match=name.replace(".", r"\.")) as raised:
        _import(tmp_path / name, tmp_path / "out.gpkg")
    assert said in str(raised.value)
    assert not (tmp_path / "out.gpkg").exists()


def test_a_zip_holding_two_csv_named_alike_but_for_case_is_refused(cartong_provider, tmp_path):
    # which of survey.csv and Survey.csv would be "the submissions" decides the data: the import refuses,
    # as extracting it would (on Windows and macOS one file replaces the other)
    hostile = Path(__file__).parent / "data" / "hostile" / "zip_duplicate_names.zip"
    with pytest.raises(QgsProcessingException, match='zip_duplicate_names.zip was refused: it holds two files named "'):
        _import(hostile, tmp_path / "out.gpkg")
    assert list(tmp_path.iterdir()) == []


def test_a_nul_character_in_an_answer_is_kept_in_the_raw_table_and_named(cartong_provider, sample_dir, tmp_path):
    rows = _sample_rows(sample_dir)
    column = rows[0].index("household/water_source_other")
    rows[300][column] = "a\x00b"  # with a BOM, not refused as binary data (the attack's file)
    data = tmp_path / "nul.csv"
    text = io.StringIO()
    csv.writer(text, delimiter=";").writerows(rows)
    data.write_text("\ufeff" + text.getvalue(), encoding="utf-8", newline="")
    _result, feedback = _import(data, tmp_path / "nul.gpkg", sample_dir / FORM)
    raw = _query(tmp_path / "nul.gpkg", 'SELECT "household/water_source_other" FROM raw_survey WHERE fid = 300')
    assert raw == [("a\x00b",)]
    assert (
        "nul.csv: 1 value holds a NUL character (first: row 301, column household/water_source_other); the raw "
        "table keeps it whole, but QGIS shows and checks the text only up to that character. Fix it at the source."
    ) in feedback.warnings
