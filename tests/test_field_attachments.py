# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments in a field package: carried when present next to the survey, listed when missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.field_data import RecordingFeedback
from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN
from tests.servers.fixtures import fake_server  # noqa: F401 (fixture)


@pytest.fixture()
def downloaded(qgis_app, fake_server, tmp_path):  # noqa: F811
    """A Kobo download with its photos (25 submissions have one), one photo lost since."""
    from cartong_plugin.core.servers.attachments import attachments_dir
    from cartong_plugin.core.servers.sync import sync_kobo

    gpkg = tmp_path / "inputs" / "household.gpkg"
    gpkg.parent.mkdir()
    sync_kobo(fake_server.url, KOBO_TOKEN, ASSET_UID, gpkg, attachments=True)
    photos = sorted(attachments_dir(gpkg).rglob("*.jpg"))
    assert len(photos) == 25
    photos[0].unlink()
    return gpkg, photos[0].relative_to(gpkg.parent).as_posix()


def test_find_attachments_lists_present_and_missing_files(downloaded):
    from cartong_plugin.core.field.attachments import find_attachments

    gpkg, lost = downloaded
    found = find_attachments(gpkg)
    assert len(found.present) == 24 and found.missing == [lost]
    assert all(path.startswith("household_attachments/") for path in found.present)


def test_package_carries_the_photos_beside_its_survey_and_lists_the_missing_one(cartong_provider, downloaded, tmp_path):
    import processing

    gpkg, lost = downloaded
    feedback = RecordingFeedback()
    result = processing.run(
        "cartong:preparefieldpackage",
        {
            "SURVEYS": [str(gpkg)],
            "SOURCE": "",
            "ZOOM_MIN": 5,
            "ZOOM_MAX": 5,
            "LANGUAGE": "en",
            "NAME": "kobo_field",
            "OUTPUT": str(tmp_path / "out"),
        },
        feedback=feedback,
    )
    folder = Path(result["FOLDER"])
    carried = sorted(p.relative_to(folder / "data").as_posix() for p in (folder / "data").rglob("*.jpg"))
    assert len(carried) == 24 and lost not in carried
    assert all((gpkg.parent / path).read_bytes() == (folder / "data" / path).read_bytes() for path in carried)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["missing_attachments"] == {"household.gpkg": [lost]}
    assert result["MISSING_ATTACHMENTS"] == 1
    assert any("1 attachment of household.gpkg is missing" in w and lost in w for w in feedback.warnings)


def test_attachment_links_that_leave_the_survey_folder_are_never_followed(qgis_app, tmp_path):
    from osgeo import ogr

    from cartong_plugin.core.field.attachments import find_attachments

    (tmp_path / "secret.txt").write_text("not yours", encoding="utf-8")
    gpkg = tmp_path / "survey" / "s.gpkg"
    gpkg.parent.mkdir()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    layer = ds.CreateLayer("survey", geom_type=ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("photo_file", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("photo_file", "../secret.txt")
    layer.CreateFeature(feature)
    ds = None
    found = find_attachments(gpkg)
    assert found.present == [] and found.missing == ["../secret.txt"]
