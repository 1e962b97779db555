# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing protects by default: columns at high risk never leave in clear unless chosen.

Found as issue #13: with default parameters the algorithm wrote names and phone numbers in clear
under a README titled "Data shared with protection".
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingFeedback, QgsVectorLayer

from tests.protection_data import read_gpkg_rows, sample_rows, write_sample_survey_gpkg


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


def test_the_wizard_starts_from_the_same_defaults_as_the_algorithm(qgis_app, sample_gpkg):
    """Every column the wizard starts as "Remove" or "Pseudonymise" is one the algorithm removes or
    pseudonymises when nobody chose for it (locations apart: the location mode protects them)."""
    from cartong_plugin.core.protection.companions import stored_form
    from cartong_plugin.core.protection.detect import detect_in_layer
    from cartong_plugin.core.protection.share_defaults import default_plan
    from cartong_plugin.core.protection.share_options import ShareOptions
    from cartong_plugin.gui.protection import input_pages as protection_wizard

    layer = QgsVectorLayer(f"{sample_gpkg}|layername=survey", "survey", "ogr")
    findings = [f for f in detect_in_layer(layer, stored_form(layer)) if f.category != "location"]
    started = {
        a: [f.column for f in findings if protection_wizard.default_action(f) == a] for a in ("drop", "pseudonymise")
    }
    plan = default_plan(findings, ShareOptions())
    assert plan.removed + plan.dropped == started["drop"] and plan.pseudonymised == started["pseudonymise"]
    assert {"deviceid", "enumerator", "_submitted_by"} <= set(plan.pseudonymised)


# ---------------------------------------------------------- identifiers: pseudonymised, as in the wizard


@pytest.fixture(scope="module")
def sample_gpkg(qgis_app, sample_dir, tmp_path_factory):
    from tests.protection_data import import_for_sharing

    folder = tmp_path_factory.mktemp("imported")
    return import_for_sharing(
        sample_dir / "household_survey_kobo.csv", folder / "hs.gpkg", sample_dir / "household_survey_form.xlsx"
    )


def _clear(gpkg, column) -> set[str]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(gpkg)) as db:
        return {str(v) for (v,) in db.execute(f'SELECT "{column}" FROM survey WHERE "{column}" IS NOT NULL')}


IDENTIFIERS = ("deviceid", "enumerator", "_submitted_by")


def test_staff_device_and_account_ids_are_pseudonymised_by_default_with_the_key_named(
    cartong_provider, sample_gpkg, tmp_path
):
    from cartong_plugin.core.protection.pseudonymise import pseudonymise_value

    key = "ab" * 32
    key_file = tmp_path / "share.key"
    key_file.write_text(key, encoding="utf-8")
    output = tmp_path / "shared.gpkg"
    feedback = Feedback()
    _run(
        {"INPUT": f"{sample_gpkg}|layername=survey", "KEY_SOURCE": f"file:{key_file}", "OUTPUT": str(output)}, feedback
    )
    data = output.read_bytes()
    names, rows = read_gpkg_rows(output, "shared_survey")
    for column in IDENTIFIERS:
        clear = _clear(sample_gpkg, column)
        assert column in names and not [v for v in clear if v.encode() in data], column
        assert {r[column] for r in rows} - {None} == {pseudonymise_value(v, bytes.fromhex(key)) for v in clear}, column
    assert _clear(sample_gpkg, "deviceid") and _clear(sample_gpkg, "enumerator")  # (_submitted_by is empty here)
    readme = output.with_name(output.name + ".README.txt").read_text(encoding="utf-8")
    assert "replaced by pseudonyms by default" in readme and "deviceid, enumerator, _submitted_by" in readme
    assert not feedback.warnings or not any("could be opened" in w for w in feedback.warnings)


def test_without_a_key_they_are_removed_and_the_readme_and_log_say_so(cartong_provider, sample_gpkg, tmp_path):
    output = tmp_path / "shared.csv"
    feedback = Feedback()  # no master password in the test profile: the default key cannot be opened
    _run({"INPUT": f"{sample_gpkg}|layername=survey", "OUTPUT": str(output)}, feedback)
    header = output.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert not set(IDENTIFIERS) & set(header) and "village" in header
    data = output.read_bytes()
    for column in IDENTIFIERS:
        assert not [v for v in _clear(sample_gpkg, column) if v.encode() in data], column
    readme = output.with_name(output.name + ".README.txt").read_text(encoding="utf-8")
    assert "no pseudonymisation key was available to replace them by pseudonyms: deviceid, enumerator, " in readme
    assert any(
        "deviceid, enumerator, _submitted_by identify staff" in w and "KEY_SOURCE" in w for w in feedback.warnings
    )


def test_keeping_an_identifier_in_clear_is_an_explicit_choice(cartong_provider, sample_gpkg, tmp_path):
    output = tmp_path / "shared.csv"
    _run({"INPUT": f"{sample_gpkg}|layername=survey", "KEEP_FIELDS": ["enumerator"], "OUTPUT": str(output)})
    header = output.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert "enumerator" in header and "deviceid" not in header
    assert all(v.encode() in output.read_bytes() for v in _clear(sample_gpkg, "enumerator"))
