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
            "INCLUDE_PERSONAL_DATA": True,  # photos of people: carried only when the user includes them
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


def test_a_deleted_submission_leaves_neither_its_photo_nor_its_row_in_the_package(
    cartong_provider, downloaded, tmp_path
):
    """Consent withdrawn: the office deletes a submission (one DELETE, SQLite's default secure_delete=OFF).
    Its photo stays in the attachments folder and its bytes in the file's free space; neither travels."""
    import sqlite3
    import zipfile
    from contextlib import closing

    import processing

    gpkg, _lost = downloaded
    with closing(sqlite3.connect(gpkg)) as db:
        uuid, photo = db.execute(
            "SELECT _uuid, photo_file FROM survey WHERE photo_file IS NOT NULL LIMIT 1 OFFSET 3"
        ).fetchone()
        db.execute("PRAGMA secure_delete = OFF")
        for table in [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")]:
            columns = [c[1] for c in db.execute(f'PRAGMA table_info("{table}")')]
            for column in {"_uuid", "_submission__uuid"} & set(columns):  # the submission and its repeats
                db.execute(f'DELETE FROM "{table}" WHERE "{column}" = ?', (uuid,))
        db.commit()
    assert uuid.encode() in gpkg.read_bytes() and (gpkg.parent / photo).is_file()  # what the office file still holds
    feedback = RecordingFeedback()
    result = processing.run(
        "cartong:preparefieldpackage",
        {
            "SURVEYS": [str(gpkg)],
            "SOURCE": "",
            "NAME": "team_a",
            "INCLUDE_PERSONAL_DATA": True,
            "OUTPUT": str(tmp_path / "out"),
        },
        feedback=feedback,
    )
    folder = Path(result["FOLDER"])
    assert not (folder / "data" / photo).exists() and len(list((folder / "data").rglob("*.jpg"))) == 23
    with zipfile.ZipFile(result["ZIP"]) as archive:
        assert not [name for name in archive.namelist() if uuid in name]
        assert not [name for name in archive.namelist() if uuid.encode() in archive.read(name)]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["unlinked_attachments_not_packaged"] == {"household.gpkg": 1}
    assert any("belongs to no remaining submission" in w and photo in w for w in feedback.warnings)
    with closing(sqlite3.connect(folder / "data" / "household.gpkg")) as db:  # the rest is whole, fids kept
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        with closing(sqlite3.connect(gpkg)) as office:
            query = "SELECT fid, _uuid FROM survey ORDER BY fid"
            assert db.execute(query).fetchall() == office.execute(query).fetchall()


def test_by_default_the_photos_stay_at_the_office_with_their_column(cartong_provider, downloaded, tmp_path):
    """Attack 19 (GUI) finding 1: photos of households and people are personal data at high risk; left out
    with their column, they are said as left out, neither missing nor unlinked."""
    import processing

    gpkg, _lost = downloaded
    feedback = RecordingFeedback()
    result = processing.run(
        "cartong:preparefieldpackage",
        {"SURVEYS": [str(gpkg)], "SOURCE": "", "NAME": "team_a", "OUTPUT": str(tmp_path / "out")},
        feedback=feedback,
    )
    folder = Path(result["FOLDER"])
    assert not list((folder / "data").rglob("*.jpg")) and result["MISSING_ATTACHMENTS"] == 0
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    left = manifest["personal_data"]["surveys"]["household.gpkg"]
    assert "photo_file" in left["left_out"]["columns"]["survey"] and left["attachments_left_out"] == 25
    assert manifest["missing_attachments"] == {} and manifest["unlinked_attachments_not_packaged"] == {}
    assert "25 photos or files linked from those columns were left out too." in feedback.infos
    assert not [w for w in feedback.warnings if "attachment" in w]
