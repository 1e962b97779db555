# SPDX-License-Identifier: GPL-3.0-or-later
"""Protection on the survey GeoPackage written by the import (the layer users really share)."""

from __future__ import annotations

import pytest

from cartong_plugin.core.protection.detect import detect_in_layer
from cartong_plugin.core.protection.share_export import export_for_sharing
from cartong_plugin.core.protection.share_options import ShareOptions
from tests.protection_data import aeqd_distance_m, read_gpkg_rows


@pytest.fixture(scope="module")
def imported(qgis_app, sample_dir, tmp_path_factory):
    from cartong_plugin.core.survey.importer import import_survey
    from cartong_plugin.core.survey.xlsform import read_xlsform

    gpkg = tmp_path_factory.mktemp("imported") / "survey.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    return gpkg, read_xlsform(sample_dir / "household_survey_form.xlsx")


@pytest.fixture()
def survey_layer(imported):
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(f"{imported[0]}|layername=survey", "survey", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer, False)  # deleted at teardown, while QGIS runs
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def test_imported_survey_personal_columns_are_flagged(survey_layer, imported):
    found = {f.column: f for f in detect_in_layer(survey_layer, form=imported[1])}
    for column in ("geometry", "respondent_name", "phone"):
        assert found[column].risk == "high", column
    location_columns = [c for c, f in found.items() if f.category == "location" and c != "geometry"]
    assert location_columns and all(found[c].risk == "high" for c in location_columns)
    for column in ("hh_size", "head_age", "income_month", "admin1", "admin2", "water_source", "_uuid"):
        assert column not in found, column


def test_imported_survey_shared_copy_has_no_exact_location(survey_layer, tmp_path):
    report = export_for_sharing(
        survey_layer,
        tmp_path / "shared.gpkg",
        ShareOptions(
            drop_columns=["respondent_name", "phone"], location_mode="displace", min_distance_m=300, max_distance_m=1500
        ),
    )
    names, rows = read_gpkg_rows(report.output, "shared_survey")
    assert not [n for n in names if "location" in n or n in ("respondent_name", "phone")]
    source = {r["_index"]: r for r in read_gpkg_rows(survey_layer.source().split("|")[0], "survey")[1]}
    moved = 0
    for row in rows:
        original = source[row["_index"]]
        if "_x" in original and "_x" in row:
            assert 300 - 0.5 <= aeqd_distance_m(original["_x"], original["_y"], row["_x"], row["_y"]) <= 1500.5
            moved += 1
    assert moved > 350


# --------------------------------------------------------------- a survey downloaded from a server


@pytest.fixture()
def downloaded_layer(qgis_app, tmp_path):
    """The survey layer of a download from the local fake KoboToolbox: it has Kobo's ``_attachments`` column."""
    from qgis.core import QgsProject, QgsVectorLayer

    from cartong_plugin.core.servers.sync import sync_kobo
    from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN, FakeServer

    server = FakeServer(records=30).start()
    try:
        sync_kobo(server.url, KOBO_TOKEN, ASSET_UID, tmp_path / "download" / "survey.gpkg")
    finally:
        server.stop()
    layer = QgsVectorLayer(f"{tmp_path / 'download' / 'survey.gpkg'}|layername=survey", "survey", "ogr")
    assert layer.isValid() and "_attachments" in layer.fields().names()
    QgsProject.instance().addMapLayer(layer, False)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


@pytest.mark.parametrize("strip_links", [True, False])
def test_attachment_list_of_a_downloaded_survey_is_not_shared(downloaded_layer, tmp_path, strip_links):
    # _attachments holds each file's server path, with the enumerator's account name, besides its link
    values = [f["_attachments"] for f in downloaded_layer.getFeatures() if f["_attachments"]]
    assert values and all("enumerator/attachments/" in v for v in values)
    report = export_for_sharing(
        downloaded_layer, tmp_path / "shared.gpkg", ShareOptions(location_mode="drop", strip_links=strip_links)
    )
    names, rows = read_gpkg_rows(report.output, "shared_survey")
    assert "_attachments" not in names and len(rows) == 30
    assert b"enumerator/attachments/" not in report.output.read_bytes()
    steps = {row["action"]: row["columns"] for row in read_gpkg_rows(report.output, "cartong_protection")[1]}
    assert steps["drop_attachment_columns"] == "_attachments"


def test_odk_attachment_counts_are_no_personal_data(cartong_provider, tmp_path, real_data_dir):
    """ODK Central's counts __system/attachmentsPresent / attachmentsExpected were "attachments", high risk."""
    import processing
    from qgis.core import QgsProcessingFeedback

    from tests.real_imports import import_with_messages

    out = tmp_path / "out.gpkg"
    import_with_messages(real_data_dir / "ropensci+ruODK/tests/fixtures/decoded/test_odata_submission_get0.json", out)
    result = processing.run(
        "cartong:detectpersonaldata",
        {"INPUT": f"{out}|layername=survey", "OUTPUT": str(tmp_path / "found.gpkg")},
        feedback=QgsProcessingFeedback(),
    )
    high = result["HIGH_RISK_COLUMNS"]
    assert "__system/attachmentsPresent" not in high and "__system/attachmentsExpected" not in high
    assert "quadrat_photo" in high  # a real attachment still is
