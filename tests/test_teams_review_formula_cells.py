# SPDX-License-Identifier: GPL-3.0-or-later
"""A review sheet's XLSX cell holding a formula whose result was never saved is not saved as an empty value.

openpyxl, R's ``openxlsx::writeFormula`` and some web exports save a formula without its result
(``<c r="F2"><f>10+2</f></c>``). cartong:savedecisions read such a cell as an empty one: a new value typed
as a formula was saved blank in the shared log, and a change_type given by a formula refused the whole
sheet with "'' is not one of ...". Now that row is not saved and a sentence names the sheet, row, cell and
column; the other rows are saved, and a formula whose result was saved (Excel, LibreOffice) is read.
"""

from __future__ import annotations

import pytest
from teams_data import execute, export_sheet

from tests.field_data import RecordingFeedback
from tests.xlsx_writer import Formula, write_xlsx

SCHEMA = "review_formulas"


@pytest.fixture()
def checked(checked_survey, cartong_provider):
    return checked_survey


def test_a_review_row_with_a_formula_without_saved_result_is_not_saved(postgis, checked, tmp_path):
    execute("cartong:surveytopostgis", {"INPUT": str(checked), "CONNECTION": postgis.conninfo(), "SCHEMA": SCHEMA})
    postgis.sql(f"GRANT {SCHEMA}_reviewer TO alice", user="steward")
    rows = export_sheet(postgis, SCHEMA, "alice", tmp_path / "exported.csv")[:5]
    before = postgis.sql(f"SELECT fid, change_type, new_value, explanation, version FROM {SCHEMA}.cleaning_log")
    decided = {
        1: {"change_type": "change_response", "new_value": Formula("10+2"), "explanation": "by phone"},  # openxlsx
        2: {"change_type": Formula('"no_action"', saved=""), "explanation": "plausible"},  # openpyxl
        3: {"change_type": "change_response", "new_value": Formula("6*2", saved="12")},  # saved by Excel: read
        4: {"change_type": "no_action", "notes": Formula("A5&B5")},  # a column not read: the decision is saved
    }
    header = list(rows[0]) + ["notes"]
    cells = [header]
    for row in rows:
        row.update(decided.get(int(row["log_id"]), {}))
        cells.append([int(row[c]) if c in ("log_id", "version") else row.get(c, "") for c in header])
    sheet = tmp_path / "review.xlsx"
    write_xlsx(sheet, [("cleaning_log", cells)])

    feedback = RecordingFeedback()
    result = execute(
        "cartong:savedecisions",
        {"CONNECTION": postgis.conninfo("alice"), "SCHEMA": SCHEMA, "SHEET": str(sheet)},
        feedback,
    )

    assert (result["SAVED"], result["CONFLICTS"], result["MISMATCHED"]) == (2, 0, 0)
    assert feedback.errors == [
        "Row 2 of the review sheet review.xlsx: the cell F2 (new_value) holds a formula with no saved result: open "
        "the file in Excel or LibreOffice and save it, or type the value; its decision was not saved.\n"
        "Row 3 of the review sheet review.xlsx: the cell I3 (change_type) holds a formula with no saved result: "
        "open the file in Excel or LibreOffice and save it, or type the value; its decision was not saved."
    ]
    after = postgis.sql(f"SELECT fid, change_type, new_value, explanation, version FROM {SCHEMA}.cleaning_log")
    changed = set(after.splitlines()) - set(before.splitlines())
    assert sorted(line.split("|")[:3] for line in changed) == [
        ["3", "change_response", "12"],
        ["4", "no_action", ""],
    ]
