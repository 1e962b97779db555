# SPDX-License-Identifier: GPL-3.0-or-later
"""A cleaning log's XLSX cell holding a formula whose result was never saved is refused for its row, never
read as an empty new value.

Found by an attack on the data cycle (attack16b, finding 5): openpyxl and R's ``openxlsx::writeFormula``
save a formula without its result (``<c r="D2"><f>32500*10</f></c>``). The log reader took such a cell for
an empty one, so its change_response row blanked the answer (income_month 32500 -> NULL), and the only
message said the row had no new value. A formula whose result Excel or LibreOffice saved is applied.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import processing
import pytest
from qgis.core import QgsProcessingException

from cartong_plugin.core.cleaning.log import LOG_COLUMNS
from cartong_plugin.core.cleaning.log_files import read_log_file
from tests.field_data import RecordingFeedback, apply_cleaning_log, import_sample
from tests.xlsx_writer import Formula, write_xlsx

HEADER = ["uuid", "question", "old_value", "new_value", "change_type"]


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    return import_sample(tmp_path_factory.mktemp("formulas") / "s.gpkg")


def _answers(gpkg, table: str, uuids) -> dict:
    marks = ",".join("?" * len(uuids))
    with closing(sqlite3.connect(gpkg)) as db:
        query = f'SELECT _uuid, hh_size, income_month FROM "{table}" WHERE _uuid IN ({marks})'
        return {row[0]: row[1:] for row in db.execute(query, list(uuids))}


def _three_households(gpkg) -> list[tuple]:
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(
            "SELECT _uuid, hh_size, income_month FROM survey WHERE consent = 'yes' AND hh_size < 9 "
            "AND income_month IS NOT NULL ORDER BY fid LIMIT 3"
        ).fetchall()


def test_a_formula_without_saved_result_is_refused_for_its_row_and_blanks_nothing(cartong_provider, survey, tmp_path):
    (first, _, income), (second, size, _), (third, _, _) = _three_households(survey)
    log = tmp_path / "log.xlsx"
    rows = [
        HEADER,
        [first, "income_month", str(income), Formula("32500*10"), "change_response"],  # R's openxlsx
        [second, "hh_size", str(size), Formula("C3+1", saved=""), "change_response"],  # openpyxl
        [third, "hh_size", "", Formula("3+2", saved="5"), "change_response"],  # saved by Excel: applied
    ]
    write_xlsx(log, [("cleaning_log", rows)])
    feedback = RecordingFeedback()

    result = apply_cleaning_log(survey, log, tmp_path / "clean.gpkg", feedback)

    before = _answers(survey, "survey", (first, second, third))
    after = _answers(tmp_path / "clean.gpkg", "clean", (first, second, third))
    assert after[first] == before[first] and after[second] == before[second]  # nothing blanked
    assert after[third] == (5, before[third][1])
    assert result["CHANGED_VALUES"] == 1
    assert [w for w in feedback.warnings if "formula" in w] == [
        "Row 2 of the cleaning log log.xlsx: the cell D2 (new_value) holds a formula with no saved result: open "
        "the file in Excel or LibreOffice and save it, or type the value; the row was skipped.",
        "Row 3 of the cleaning log log.xlsx: the cell D3 (new_value) holds a formula with no saved result: open "
        "the file in Excel or LibreOffice and save it, or type the value; the row was skipped.",
    ]
    assert not [w for w in feedback.warnings if "no new value" in w]


def test_a_field_teams_decision_given_by_a_formula_without_result_is_not_carried(cartong_provider, survey, tmp_path):
    """runchecks with EXPORT_FILE reads back the teams' decisions: one it cannot read leaves the file as it is."""
    parameters = {"INPUT": f"{survey}|layername=survey", "CHECKS": [2], "OUTPUT_GPKG": str(tmp_path / "log.gpkg")}
    export = tmp_path / "export.xlsx"
    processing.run("cartong:runchecks", {**parameters, "EXPORT_FILE": str(export)}, feedback=RecordingFeedback())
    entries = read_log_file(export)
    rows = [list(LOG_COLUMNS)] + [[getattr(entry, c) for c in LOG_COLUMNS] for entry in entries]
    rows[1][3], rows[1][6] = Formula("B2*1"), "change_response"  # the team's new value, as openxlsx saves it
    write_xlsx(export, [("cleaning_log", rows)])
    before = export.read_bytes()

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("cartong:runchecks", {**parameters, "EXPORT_FILE": str(export)}, feedback=RecordingFeedback())

    assert str(raised.value) == (
        f"Row 2 of the export file {export}: the cell D2 (new_value) holds a formula with no saved result: open the "
        "file in Excel or LibreOffice and save it, or type the value. Its decision cannot be read: the file was not "
        "replaced."
    )
    assert export.read_bytes() == before
