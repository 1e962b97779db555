# SPDX-License-Identifier: GPL-3.0-or-later
"""ONA CSV exports laid out as onadata writes them (``libs/utils/csv_builder.py``), through cartong:importsurvey.

ONA splits a select_multiple into one column per choice and drops the summary column, writes ``n/a``
for what was not asked and flattens repeats into columns (``members[1]/mname``). Its export options
change the layout: "include labels" adds a second header row of labels, "value_select_multiples" puts
the choice's code (or label) in its column instead of True/False, and the group delimiter may be "."
instead of "/".
"""

from __future__ import annotations

import csv

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

SURVEY = [
    ["type", "name", "label"],
    ["start", "start", ""],
    ["begin_group", "hh", "Household"],
    ["integer", "size", "Household size"],
    ["select_multiple water", "water", "Water sources"],
    ["select_one yn", "latrine", "Latrine?"],
    ["end_group", "", ""],
    ["begin_repeat", "members", "Members"],
    ["text", "mname", "Name"],
    ["integer", "age", "Age"],
    ["end_repeat", "", ""],
]
CHOICES = [
    ["list_name", "name", "label"],
    ["water", "1", "Piped"],
    ["water", "2", "Well"],
    ["water", "3", "River"],
    ["yn", "1", "Yes"],
    ["yn", "0", "No"],
]
# (start, size, water codes, latrine, members)
SUBMISSIONS = [
    ("2024-03-01T09:00:00.000+03:00", "4", ["2", "3"], "1", [("Amina", "34"), ("Omar", "6")]),
    ("2024-03-01T10:00:00.000+03:00", "2", ["1"], "0", [("Hawa", "51")]),
    ("2024-03-02T08:30:00.000+03:00", "6", ["3"], "1", []),
]
METADATA = ["_id", "_uuid", "_submission_time", "_tags", "_notes", "_version", "_duration", "_submitted_by"]


def _form(tmp_path):
    return write_form(tmp_path / "form.xlsx", SURVEY, CHOICES, [["form_id", "version"], ["ona_hh", "1"]])


def _ona_rows(flags="bool", labels_row=False, delimiter="/"):
    """The rows of an ONA CSV export: ``flags`` "bool" (True/False) or "value" (the choice's code or empty)."""
    d = delimiter
    header = ["start", f"hh{d}size"] + [f"hh{d}water{d}{c}" for c in "123"] + [f"hh{d}latrine"]
    header += [h for i in (1, 2) for h in (f"members[{i}]{d}mname", f"members[{i}]{d}age")]
    header += [f"meta{d}instanceID", *METADATA]
    rows = [header]
    if labels_row:  # onadata get_labels_from_columns: the label, <question>/<choice label>, else the name
        rows.append(
            ["start", "Household size", "water/Piped", "water/Well", "water/River", "Latrine?"]
            + ["Name", "Age", "Name", "Age", "instanceID", *METADATA]
        )
    for n, (start, size, water, latrine, members) in enumerate(SUBMISSIONS, 1):
        if flags == "bool":
            chosen = ["True" if c in water else "False" for c in "123"]
        else:
            chosen = [c if c in water else "" for c in "123"]
        items = [v for i in (0, 1) for v in (members[i] if i < len(members) else ("n/a", "n/a"))]
        meta = [str(100 + n), f"000{n}", "2024-03-02T10:00:00", "", "[]", "1", "300", "enum1"]
        rows.append([start, size, *chosen, latrine, *items, f"uuid:000{n}", *meta])
    return rows


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return path


def test_the_labels_row_of_an_include_labels_export_is_no_submission(cartong_provider, tmp_path):
    export = _write(tmp_path / "ona_include_labels.csv", _ona_rows(labels_row=True))
    gpkg = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(export, gpkg, _form(tmp_path))
    assert result["ROWS"] == 3
    assert query(gpkg, "SELECT size, latrine_label, _uuid FROM survey ORDER BY fid") == [
        (4, "Yes", "0001"),
        (2, "No", "0002"),
        (6, "Yes", "0003"),
    ]
    assert query(gpkg, "SELECT mname, age, _parent_index FROM members ORDER BY fid") == [
        ("Amina", 34, 1),
        ("Omar", 6, 1),
        ("Hawa", 51, 2),
    ]
    assert query(gpkg, "SELECT count(*) FROM raw_survey") == [(3,)]
    assert query(gpkg, "SELECT header_rows FROM cartong_columns WHERE column_name = 'hh/size'") == [
        ('["hh/size", "Household size"]',)
    ]
    assert any("row 2 holds the questions' labels" in w for w in warnings)
    assert not [w for w in warnings if "not a whole number" in w or "another version" in w]


def test_the_labels_row_is_recognised_without_the_form(cartong_provider, tmp_path):
    """Its metadata columns hold their own names (_id under _id): it does not stop the typing either."""
    export = _write(tmp_path / "ona_include_labels.csv", _ona_rows(labels_row=True))
    gpkg = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(export, gpkg)
    assert result["ROWS"] == 3
    assert query(gpkg, "SELECT size, _id FROM survey ORDER BY fid") == [(4, 101), (2, 102), (6, 103)]
    assert query(gpkg, "SELECT count(*) FROM members") == [(3,)]


def test_the_labels_row_is_told_by_the_forms_labels_when_the_metadata_columns_were_removed(cartong_provider, tmp_path):
    """A copy of the export without the server's columns (shared without _id, _uuid...): the row is still
    every question's label or name, which no submission is."""
    rows = [row[: -len(METADATA)] for row in _ona_rows(labels_row=True)]
    export = _write(tmp_path / "ona_labels_no_metadata.csv", rows)
    gpkg = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(export, gpkg, _form(tmp_path))
    assert result["ROWS"] == 3
    assert query(gpkg, "SELECT size FROM survey ORDER BY fid") == [(4,), (2,), (6,)]


def _flags(gpkg):
    return query(gpkg, "SELECT water_1, water_2, water_3 FROM survey ORDER BY fid")


def test_value_select_multiples_columns_holding_the_choice_code_are_yes_no(cartong_provider, tmp_path):
    """onadata _split_select_multiples with value_select_multiples: ``hh/water/2`` holds 2 when chosen."""
    export = _write(tmp_path / "ona_values.csv", _ona_rows(flags="value"))
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg, _form(tmp_path))
    assert _flags(gpkg) == [(0, 1, 1), (1, 0, 0), (0, 0, 1)]
    assert not [w for w in warnings if "hh/water" in w]


def test_value_select_multiples_with_choice_labels_are_yes_no(cartong_provider, tmp_path):
    """With "show choice labels" the column is named by the choice's label and holds it when chosen: it is
    that choice's column (``water_1``), not one of a choice missing from the form."""
    labels = {"1": "Piped", "2": "Well", "3": "River"}
    rows = _ona_rows(flags="value")
    rows[0] = [f"hh/water/{labels[h[-1]]}" if h.startswith("hh/water/") else h for h in rows[0]]
    rows[1:] = [row[:2] + [labels[v] if v else "" for v in row[2:5]] + row[5:] for row in rows[1:]]
    export = _write(tmp_path / "ona_value_labels.csv", rows)
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg, _form(tmp_path))
    assert _flags(gpkg) == [(0, 1, 1), (1, 0, 0), (0, 0, 1)]
    assert not [w for w in warnings if "hh/water" in w]


def test_a_choice_column_value_that_is_neither_yes_nor_no_is_said(cartong_provider, tmp_path):
    rows = _ona_rows()
    rows[2][3] = "maybe"  # submission 2, hh/water/2: row 3 of the file
    export = _write(tmp_path / "ona_default.csv", rows)
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg, _form(tmp_path))
    assert _flags(gpkg) == [(0, 1, 1), (1, None, 0), (0, 0, 1)]
    said = [w for w in warnings if "column hh/water/2" in w]
    assert len(said) == 1 and "(first at row 3: 'maybe')" in said[0]


def test_a_choice_coded_0_in_a_1_0_export_is_not_read_as_its_own_code(cartong_provider, tmp_path):
    """Kobo / ONA binary: ``water/0`` holding 0 means "none" was not chosen, whatever its code."""
    choices = [["list_name", "name", "label"], ["water", "0", "None"], ["water", "1", "Piped"]]
    form = write_form(tmp_path / "form.xlsx", [["type", "name", "label"], SURVEY[2], SURVEY[4], SURVEY[6]], choices)
    export = _write(tmp_path / "binary.csv", [["hh/water/0", "hh/water/1", "_uuid"], ["1", "0", "a"], ["0", "1", "b"]])
    gpkg = tmp_path / "out.gpkg"
    import_with_messages(export, gpkg, form)
    assert query(gpkg, "SELECT water_0, water_1 FROM survey ORDER BY fid") == [(1, 0), (0, 1)]


def test_flattened_repeats_with_the_dot_group_delimiter_become_their_table(cartong_provider, tmp_path):
    """ONA's group delimiter "." writes ``members[1].mname``, ``hh.water.1`` and ``meta.instanceID``."""
    export = _write(tmp_path / "ona_dot.csv", _ona_rows(delimiter="."))
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg, _form(tmp_path))
    assert query(gpkg, "SELECT mname, age, _parent_index FROM members ORDER BY fid") == [
        ("Amina", 34, 1),
        ("Omar", 6, 1),
        ("Hawa", 51, 2),
    ]
    assert query(gpkg, 'SELECT size, water_2, "meta.instanceID" FROM survey ORDER BY fid')[0] == (4, 1, "uuid:0001")
    assert not [c for c in query(gpkg, "PRAGMA table_info(survey)") if "members[" in c[1]]
    assert not [w for w in warnings if "not in the form" in w or "changed by R" in w]


def _typed_columns(gpkg, table="survey"):
    return [row[1] for row in query(gpkg, f"PRAGMA table_info({table})")]


def test_numbered_choice_columns_without_the_form_are_named_by_their_question(cartong_provider, tmp_path):
    """ONA always drops the summary column: ``hh/water/1`` is water's choice 1, not a column ``1``."""
    rows = [
        ["hh/water/1", "hh/water/2", "hh/water/3", "hh/aid/1", "hh/aid/2", "hh/aid/3", "_id", "_uuid"],
        ["False", "True", "True", "True", "False", "False", "1", "u1"],
        ["True", "False", "False", "False", "False", "True", "2", "u2"],
    ]
    gpkg = tmp_path / "out.gpkg"
    import_with_messages(_write(tmp_path / "ona_two_multiples.csv", rows), gpkg)
    assert _typed_columns(gpkg)[2:8] == ["water_1", "water_2", "water_3", "aid_1", "aid_2", "aid_3"]


def test_numbered_choice_columns_with_the_dot_delimiter_without_the_form(cartong_provider, tmp_path):
    gpkg = tmp_path / "out.gpkg"
    import_with_messages(_write(tmp_path / "ona_dot.csv", _ona_rows(delimiter=".")), gpkg)
    assert {"water_1", "water_2", "water_3"} <= set(_typed_columns(gpkg))
    assert not {"1", "2", "3"} & set(_typed_columns(gpkg))
