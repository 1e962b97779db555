# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:importsurvey run with processing.run on the sample export, as scripts and the demo do."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


def _run(params):
    import processing

    return processing.run("cartong:importsurvey", params)


def test_algorithm_imports_sample_and_reports_counts(cartong_provider, sample_copy, tmp_path):
    output = tmp_path / "survey.gpkg"
    result = _run(
        {
            "DATA": str(sample_copy / "household_survey_kobo.csv"),
            "FORM": str(sample_copy / "household_survey_form.xlsx"),
            "LANGUAGE": "Français (fr)",
            "OUTPUT": str(output),
        }
    )
    assert result["OUTPUT"] == str(output)
    layer = QgsVectorLayer(f"{output}|layername=survey", "survey", "ogr")
    assert layer.isValid()
    assert result["ROWS"] == layer.featureCount() == 420
    missing = sum(1 for f in layer.getFeatures() if not f.hasGeometry())
    assert result["ROWS_WITHOUT_LOCATION"] == missing > 0


def test_algorithm_labels_in_the_chosen_language(cartong_provider, sample_copy, tmp_path):
    output = tmp_path / "survey_fr.gpkg"
    _run(
        {
            "DATA": str(sample_copy / "household_survey_kobo.csv"),
            "FORM": str(sample_copy / "household_survey_form.xlsx"),
            "LANGUAGE": "fr",
            "OUTPUT": str(output),
        }
    )
    layer = QgsVectorLayer(f"{output}|layername=survey", "survey", "ogr")
    labels = {f["head_gender"]: f["head_gender_label"] for f in layer.getFeatures() if f["head_gender"]}
    assert labels == {"female": "Femme", "male": "Homme"}


def test_algorithm_without_form_infers_types(cartong_provider, sample_copy, tmp_path):
    output = tmp_path / "noform.gpkg"
    result = _run({"DATA": str(sample_copy / "household_survey_kobo.csv"), "OUTPUT": str(output)})
    layer = QgsVectorLayer(f"{output}|layername=survey", "survey", "ogr")
    assert result["ROWS"] == 420
    assert layer.fields().field("hh_size").isNumeric()
    assert not layer.fields().field("_uuid").isNumeric()


def test_algorithm_error_is_a_message_not_a_traceback(cartong_provider, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(QgsProcessingException, match="empty.csv is empty"):
        _run({"DATA": str(empty), "OUTPUT": str(tmp_path / "out.gpkg")})
    assert not (tmp_path / "out.gpkg").exists()


def test_algorithm_logs_high_risk_personal_data_columns(cartong_provider, sample_copy, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

    feedback = Recorder()
    result = processing.run(
        "cartong:importsurvey",
        {
            "DATA": str(sample_copy / "household_survey_kobo.csv"),
            "FORM": str(sample_copy / "household_survey_form.xlsx"),
            "OUTPUT": str(tmp_path / "survey.gpkg"),
        },
        feedback=feedback,
    )
    high = result["HIGH_RISK_COLUMNS"].split(",")
    assert {"geometry", "respondent_name", "phone"} <= set(high)
    assert "hh_size" not in high and "_uuid" not in high
    logged = [w for w in feedback.warnings if "Personal data at high risk" in w]
    assert len(logged) == 1 and all(column in logged[0] for column in ("respondent_name", "phone"))
