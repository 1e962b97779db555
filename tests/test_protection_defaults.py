# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing protects by default: columns at high risk never leave in clear unless chosen.

Found as issue #13: with default parameters the algorithm wrote names and phone numbers in clear
under a README titled "Data shared with protection".
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingFeedback, QgsVectorLayer

from tests.protection_data import sample_rows, write_sample_survey_gpkg


class Feedback(QgsProcessingFeedback):
    """Keeps what the algorithm logs, as the Processing dialog shows it."""

    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)


@pytest.fixture(scope="module")
def survey_uri(tmp_path_factory, qgis_app):
    gpkg = write_sample_survey_gpkg(tmp_path_factory.mktemp("defaults") / "survey.gpkg")
    return f"{gpkg}|layername=survey"


@pytest.fixture(scope="module")
def clear_values():
    """A respondent's name and phone number as the sample holds them."""
    _, rows = sample_rows()
    row = next(r for r in rows if r.get("household/respondent_name") and r.get("household/phone"))
    return row["household/respondent_name"], row["household/phone"]


def _run(parameters, feedback=None):
    import processing

    return processing.run("cartong:exportforsharing", parameters, feedback=feedback or Feedback())


@pytest.mark.parametrize("suffix", [".csv", ".gpkg"])
def test_default_export_removes_names_and_phones_and_says_so(
    cartong_provider, survey_uri, clear_values, tmp_path, suffix
):
    output = tmp_path / f"shared{suffix}"
    feedback = Feedback()
    result = _run({"INPUT": survey_uri, "OUTPUT": str(output)}, feedback)
    data = output.read_bytes()
    for value in clear_values:
        assert value.encode("utf-8") not in data
    fields = (
        QgsVectorLayer(str(output) + ("|layername=shared_survey" if suffix == ".gpkg" else ""), "s", "ogr")
        .fields()
        .names()
    )
    assert "respondent_name" not in fields and "phone" not in fields and "hh_size" in fields
    assert result["HIGH_RISK_REMOVED"].split(",") == ["respondent_name", "phone", "photo_url"]
    assert result["HIGH_RISK_KEPT"] == ""
    readme = output.with_name(output.name + ".README.txt").read_text(encoding="utf-8")
    assert "removed by default: respondent_name, phone, photo_url." in readme
    assert "supprimées par défaut : respondent_name, phone, photo_url." in readme
    assert any("removed by default: respondent_name, phone, photo_url" in line for line in feedback.infos)


def test_keeping_a_high_risk_column_is_an_explicit_logged_choice(cartong_provider, survey_uri, clear_values, tmp_path):
    output = tmp_path / "shared.csv"
    feedback = Feedback()
    result = _run({"INPUT": survey_uri, "KEEP_FIELDS": ["phone"], "OUTPUT": str(output)}, feedback)
    name, phone = clear_values
    data = output.read_bytes()
    assert phone.encode("utf-8") in data and name.encode("utf-8") not in data
    assert result["HIGH_RISK_KEPT"] == "phone"
    assert result["HIGH_RISK_REMOVED"].split(",") == ["respondent_name", "photo_url"]
    readme = output.with_name(output.name + ".README.txt").read_text(encoding="utf-8")
    assert (
        "WARNING: columns likely holding personal data at high risk kept by the exporter's explicit "
        "choice: phone." in readme
    )
    assert any("kept as you chose: phone" in warning for warning in feedback.warnings)


def test_a_column_chosen_for_pseudonyms_is_not_removed(
    cartong_provider, survey_uri, clear_values, tmp_path, monkeypatch
):
    from cartong_plugin.core.protection import pseudonymise

    monkeypatch.setattr(pseudonymise, "default_key", lambda: ("test", b"k" * 32))  # no auth database here
    output = tmp_path / "shared.csv"
    result = _run({"INPUT": survey_uri, "PSEUDONYMISE_FIELDS": ["respondent_name"], "OUTPUT": str(output)})
    header = output.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert "respondent_name" in header and clear_values[0].encode("utf-8") not in output.read_bytes()
    assert result["HIGH_RISK_REMOVED"].split(",") == ["phone", "photo_url"]


def test_the_wizard_starts_from_the_same_defaults_as_the_algorithm(qgis_app, survey_uri):
    """Every column the wizard starts as "Remove" for its high risk is one the algorithm removes by default."""
    from cartong_plugin.core.protection.detect import detect_in_layer
    from cartong_plugin.core.protection.share_defaults import high_risk_plan
    from cartong_plugin.core.protection.share_options import ShareOptions
    from cartong_plugin.gui.protection import input_pages as protection_wizard

    findings = detect_in_layer(QgsVectorLayer(survey_uri, "survey", "ogr"))
    started_as_removed = [
        f.column
        for f in findings
        if f.risk == "high" and f.category != "location" and protection_wizard.default_action(f) == "drop"
    ]
    assert high_risk_plan(findings, ShareOptions()).removed == started_as_removed
