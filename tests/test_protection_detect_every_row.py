# SPDX-License-Identifier: GPL-3.0-or-later
"""Personal data is found wherever it is in the file, not only in its first rows.

A question added in version 2 of a form is empty in the submissions made before: detection read only
the first 500 rows, so such a column was shared in clear by default, or removed, depending on row order.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsVectorLayer

from tests.protection_data import import_for_sharing, share, write_semicolon_csv

ROWS = 1300
FILLED_FROM = 1200  # a question added in the form's second version: also past row 500 of the filtered layer


def _referral(index: int) -> str:
    return f"Mme Clarisse Wabo, tel 72 {index % 90 + 10} 80 98" if index >= FILLED_FROM else ""


@pytest.fixture(scope="module")
def late_survey(qgis_app, tmp_path_factory):
    folder = tmp_path_factory.mktemp("late")
    header = ["admin2", "village", "referral", "_uuid"]
    rows = [["CF111", ("Boléro", "Damara")[i % 2], _referral(i), f"uuid-{i:04d}"] for i in range(ROWS)]
    return import_for_sharing(write_semicolon_csv(folder / "late.csv", header, rows), folder / "late.gpkg")


def test_a_question_filled_only_after_the_first_rows_is_removed_by_default(cartong_provider, late_survey, tmp_path):
    output = tmp_path / "shared.csv"
    result = share(late_survey, output, LOCATION_MODE=3)
    assert "referral" in result["HIGH_RISK_REMOVED"].split(",")
    assert "72 " not in output.read_text(encoding="utf-8-sig") and "Wabo" not in output.read_text(encoding="utf-8-sig")


def test_detect_personal_data_lists_it(cartong_provider, late_survey, tmp_path):
    import processing

    result = processing.run(
        "cartong:detectpersonaldata",
        {"INPUT": f"{late_survey}|layername=survey", "OUTPUT": str(tmp_path / "found.csv")},
    )
    assert "referral" in result["HIGH_RISK_COLUMNS"]


def test_a_filtered_layer_is_read_through_qgis_to_its_last_row(qgis_app, late_survey):
    from cartong_plugin.core.protection.detect import detect_in_layer

    layer = QgsVectorLayer(f"{late_survey}|layername=survey|subset=\"village\" = 'Damara'", "late", "ogr")
    assert layer.isValid() and layer.featureCount() == ROWS // 2
    found = {f.column: f for f in detect_in_layer(layer)}
    assert found["referral"].category == "phone" and found["referral"].risk == "high"


def test_the_import_summary_looks_at_rows_spread_over_the_survey(cartong_provider, late_survey, tmp_path, monkeypatch):
    """The summary after an import reads FIRST_LOOK_ROWS rows (a first look that must not double the import's
    time): spread over the survey, never the first ones only, so the late question is still listed."""
    from cartong_plugin.core.protection import survey_findings
    from tests.real_imports import import_with_messages

    monkeypatch.setattr(survey_findings, "FIRST_LOOK_ROWS", ROWS // 10)  # every 10th row
    header = ["admin2", "village", "referral", "_uuid"]
    rows = [["CF111", "Damara", _referral(i), f"uuid-{i:04d}"] for i in range(ROWS)]
    data = write_semicolon_csv(tmp_path / "late.csv", header, rows)
    result, warnings = import_with_messages(data, tmp_path / "late.gpkg")
    assert "referral" in result["HIGH_RISK_COLUMNS"].split(",")
    assert any("high risk" in w and "referral" in w for w in warnings)


def test_a_spread_look_reads_every_nth_row_of_a_filtered_layer_and_of_a_table(qgis_app, late_survey):
    from cartong_plugin.core.protection.detect_rows import layer_values

    table = QgsVectorLayer(f"{late_survey}|layername=survey", "late", "ogr")
    texts, _ = layer_values(table, at_most=ROWS // 10)
    assert sum(texts["_uuid"].values()) == ROWS // 10 and sum(texts["referral"].values()) >= 9
    layer = QgsVectorLayer(f"{late_survey}|layername=survey|subset=\"village\" = 'Damara'", "late", "ogr")
    texts, _ = layer_values(layer, at_most=ROWS // 20)
    assert sum(texts["_uuid"].values()) == ROWS // 20 and sum(texts["referral"].values()) >= 4
