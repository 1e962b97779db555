# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:mergefieldpackage brings back the photos of the merged rows, and refuses a damaged package clearly.

Before, a photo taken in the field was merged as a link only: the office row named
``household_attachments/<uuid>/field_photo.jpg`` but the file stayed on the laptop, and nothing was said;
a returned GeoPackage cut short or zeroed (a USB stick pulled out) stopped the merge with "An unexpected
error stopped the run (RuntimeError)" (attack 18field, findings 2 and 4).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, ogr_execute, ogr_rows
from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN, FakeServer

NEW_UUID = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"
JPEG = b"\xff\xd8\xff\xe0field photo\xff\xd9"


@pytest.fixture(scope="module")
def prepared(tmp_path_factory, qgis_app, qgis_processing):
    """An office Kobo download with its photos (members get a photo question too) and its field package."""
    from cartong_plugin.core.servers.sync import sync_kobo

    folder = tmp_path_factory.mktemp("files")
    office = folder / "office" / "household.gpkg"
    office.parent.mkdir()
    server = FakeServer(records=30).start()
    try:
        sync_kobo(server.url, KOBO_TOKEN, ASSET_UID, office, attachments=True)
    finally:
        server.stop()
    ogr_execute(
        office,
        "ALTER TABLE members ADD COLUMN member_photo TEXT",
        "ALTER TABLE members ADD COLUMN member_photo_file TEXT",
    )
    return office, folder


@pytest.fixture()
def case(prepared, cartong_provider, tmp_path):
    """A fresh copy of the office folder (GeoPackage and photos) and its package as returned from the field."""
    import processing

    office, _folder = prepared
    mine = tmp_path / "office" / office.name
    shutil.copytree(office.parent, mine.parent)
    result = processing.run(
        "cartong:preparefieldpackage",
        # the photos come along only with the personal data (test_field_attachments: left out by default)
        {
            "SURVEYS": [str(mine)],
            "SOURCE": "",
            "NAME": "team_a",
            "INCLUDE_PERSONAL_DATA": True,
            "OUTPUT": str(tmp_path / "out"),
        },
        feedback=RecordingFeedback(),
    )
    returned = Path(result["FOLDER"])
    return mine, returned, returned / "data" / "household.gpkg"


def _merge(package, office, feedback=None, conflicts=None):
    import processing

    return processing.run(
        "cartong:mergefieldpackage",
        {"PACKAGE": str(package), "OFFICE": str(office), "CONFLICTS": str(conflicts) if conflicts else None},
        feedback=feedback if feedback is not None else RecordingFeedback(),
    )


def _put(data: Path, link: str, content: bytes = JPEG) -> None:
    (data / link).parent.mkdir(parents=True, exist_ok=True)
    (data / link).write_bytes(content)


def _link(gpkg, uuid, column="photo_file", table="survey", owner="_uuid"):
    return ogr_rows(gpkg, f"SELECT {column} FROM {table} WHERE {owner} = '{uuid}' AND {column} IS NOT NULL")


def _without_photo(gpkg, count=1):
    return [r[0] for r in ogr_rows(gpkg, "SELECT _uuid FROM survey WHERE photo_file IS NULL ORDER BY fid")][:count]


def _with_photo(gpkg, count=1):
    rows = ogr_rows(gpkg, "SELECT _uuid, photo_file FROM survey WHERE photo_file IS NOT NULL ORDER BY fid")
    return rows[:count]


def _files(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file()
    }


@pytest.mark.parametrize("given", ["folder", "zip"])
def test_photos_taken_in_the_field_are_copied_beside_the_office_geopackage(case, tmp_path, given):
    office, returned, field_gpkg = case
    data = field_gpkg.parent
    edited, with_member = _without_photo(field_gpkg, 2)
    # a photo QField took in the form of an existing household, one of a household added in the field
    # (where the package keeps photos), one of a member added to another household
    _put(data, "DCIM/JPEG_20260312_101500.jpg")
    _put(data, f"household_attachments/{NEW_UUID}/new_house.jpg", JPEG + b"new")
    _put(data, "DCIM/JPEG_20260312_101900.jpg", JPEG + b"member")
    ogr_execute(
        field_gpkg,
        "UPDATE survey SET photo = 'JPEG_20260312_101500.jpg', photo_file = 'DCIM/JPEG_20260312_101500.jpg' "
        f"WHERE _uuid = '{edited}'",
        "INSERT INTO survey (geom, _uuid, photo, photo_file) SELECT geom, "
        f"'{NEW_UUID}', 'new_house.jpg', 'household_attachments/{NEW_UUID}/new_house.jpg' FROM survey WHERE fid = 1",
        f"CREATE TEMP TABLE m AS SELECT * FROM members WHERE _submission__uuid = '{with_member}' LIMIT 1",
        "UPDATE m SET fid = NULL, _index = NULL, member_photo = 'JPEG_20260312_101900.jpg', "
        "member_photo_file = 'DCIM/JPEG_20260312_101900.jpg'",
        "INSERT INTO members SELECT * FROM m",
    )
    assert ogr_rows(field_gpkg, f"SELECT count(*) FROM members WHERE _submission__uuid = '{with_member}'")[0][0]
    package = returned / "manifest.json"
    if given == "zip":
        package = tmp_path / "team_a_back.zip"
        with zipfile.ZipFile(package, "w") as archive:
            for path in returned.rglob("*"):
                archive.write(path, Path("team_a") / path.relative_to(returned))
    feedback = RecordingFeedback()
    result = _merge(package, office, feedback)
    assert (result["NEW_SUBMISSIONS"], result["NEW_REPEAT_ROWS"]) == (1, 1)
    folder = office.parent
    expected = {
        f"household_attachments/{edited}/JPEG_20260312_101500.jpg": JPEG,
        f"household_attachments/{NEW_UUID}/new_house.jpg": JPEG + b"new",
        f"household_attachments/{with_member}/JPEG_20260312_101900.jpg": JPEG + b"member",
    }
    for link, content in expected.items():
        assert (folder / link).read_bytes() == content
    # the links follow the files to where a download puts them
    assert _link(office, edited) == [(f"household_attachments/{edited}/JPEG_20260312_101500.jpg",)]
    assert _link(office, NEW_UUID) == [(f"household_attachments/{NEW_UUID}/new_house.jpg",)]
    assert _link(office, with_member, "member_photo_file", "members", "_submission__uuid") == [
        (f"household_attachments/{with_member}/JPEG_20260312_101900.jpg",)
    ]
    assert "3 attachments of the merged rows were copied into household_attachments." in feedback.infos
    assert not feedback.warnings
    assert not [p for p in folder.rglob("*") if p.name.startswith(".")]  # no temporary copy left


def test_a_different_file_already_in_the_office_is_never_overwritten(case):
    office, returned, field_gpkg = case
    data = field_gpkg.parent
    (first, first_link), (second, second_link) = _with_photo(field_gpkg, 2)
    before = _files(office.parent)
    # two photos retaken in QField under the names of the office's: one new picture, one the same bytes
    _put(data, f"DCIM/{Path(first_link).name}", JPEG + b"retaken")
    (data / "DCIM" / Path(second_link).name).write_bytes((office.parent / second_link).read_bytes())
    ogr_execute(
        field_gpkg,
        f"UPDATE survey SET photo_file = 'DCIM/{Path(first_link).name}' WHERE _uuid = '{first}'",
        f"UPDATE survey SET photo_file = 'DCIM/{Path(second_link).name}' WHERE _uuid = '{second}'",
    )
    feedback = RecordingFeedback()
    _merge(returned / "manifest.json", office, feedback)
    renamed = first_link.replace(".jpg", "_2.jpg")
    assert (office.parent / renamed).read_bytes() == JPEG + b"retaken"
    after = {**_files(office.parent), "household.gpkg": ""}
    assert after == {**before, "household.gpkg": "", renamed: hashlib.sha256(JPEG + b"retaken").hexdigest()}
    assert _link(office, first) == [(renamed,)] and _link(office, second) == [(second_link,)]
    assert "1 attachment of the merged rows was copied into household_attachments." in feedback.infos
    assert any(
        "1 attachment had the name of a different file already in household_attachments" in note
        and f"DCIM/{Path(first_link).name} -> {renamed}" in note
        for note in feedback.infos
    )


def test_a_name_differing_only_in_case_is_taken_as_the_same_name(case):
    """IMG.jpg and img.jpg are one file on the disks of macOS and Windows: a photo returned as img.jpg where the
    office holds a different IMG.jpg is copied under a new name, and its row links to that name."""
    office, returned, field_gpkg = case
    (uuid,) = _without_photo(field_gpkg)
    office_photo = office.parent / "household_attachments" / uuid / "IMG.jpg"
    office_photo.parent.mkdir(parents=True, exist_ok=True)
    office_photo.write_bytes(JPEG + b"office")
    _put(field_gpkg.parent, "DCIM/img.jpg", JPEG + b"field")
    ogr_execute(field_gpkg, f"UPDATE survey SET photo_file = 'DCIM/img.jpg' WHERE _uuid = '{uuid}'")
    feedback = RecordingFeedback()
    _merge(returned / "manifest.json", office, feedback)
    renamed = f"household_attachments/{uuid}/img_2.jpg"
    assert sorted(p.name for p in office_photo.parent.iterdir()) == ["IMG.jpg", "img_2.jpg"]
    assert office_photo.read_bytes() == JPEG + b"office"
    assert (office.parent / renamed).read_bytes() == JPEG + b"field"
    assert _link(office, uuid) == [(renamed,)]
    assert any(f"DCIM/img.jpg -> {renamed}" in note for note in feedback.infos)


def test_a_name_taken_while_merging_fails_the_merge_rather_than_link_another_file(case, monkeypatch):
    """Another program (a Kobo download) writes IMG.JPG where the merge staged img.jpg: the row would link it."""
    from cartong_plugin.core.field import merge, returned_files

    office, returned, field_gpkg = case
    (uuid,) = _without_photo(field_gpkg)
    _put(field_gpkg.parent, "DCIM/img.jpg", JPEG + b"field")
    ogr_execute(field_gpkg, f"UPDATE survey SET photo_file = 'DCIM/img.jpg' WHERE _uuid = '{uuid}'")
    folder = office.parent / "household_attachments" / uuid

    def bring_then_intruder(*args):
        returned_files.bring_files(*args)
        (folder / "IMG.JPG").write_bytes(JPEG + b"someone else's")

    monkeypatch.setattr(merge, "bring_files", bring_then_intruder)
    before = _files(office.parent)
    with pytest.raises(QgsProcessingException) as raised:
        _merge(returned / "manifest.json", office, conflicts=office.parent / "conflicts.csv")
    assert str(raised.value).endswith(
        f"img.jpg appeared in household_attachments/{uuid} during the merge (another program writing there, or a "
        "file whose name differs only in upper or lower case): nothing was merged, so that no row links to a "
        "different file. Run the merge again."
    )
    after = _files(office.parent)
    assert after.pop(f"household_attachments/{uuid}/IMG.JPG") and after == before  # office and its files as they were
    assert [p.name for p in folder.iterdir()] == ["IMG.JPG"]  # no staged copy left


def test_links_to_files_not_in_the_package_or_out_of_it_are_listed_and_nothing_is_followed(case, tmp_path):
    office, returned, field_gpkg = case
    data = field_gpkg.parent
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"not the field's")
    (data / "DCIM").mkdir()
    os.symlink(secret, data / "DCIM" / "linked.jpg")
    (data / "household_field.qgz").write_bytes(b"not an attachment")
    links = ["DCIM/lost.jpg", "../../../secret.jpg", str(secret), "DCIM/linked.jpg", "household_field.qgz"]
    uuids = _without_photo(field_gpkg, len(links))
    ogr_execute(
        field_gpkg,
        *(f"UPDATE survey SET photo_file = '{link}' WHERE _uuid = '{u}'" for u, link in zip(uuids, links)),
    )
    before = _files(office.parent)
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, feedback)
    assert result["EDITS"] == len(links)  # the answers are merged as written; no file comes with them
    assert {**_files(office.parent), "household.gpkg": ""} == {**before, "household.gpkg": ""}
    assert any(
        "1 file linked from the merged rows is not in the returned package and was not copied: DCIM/lost.jpg" in w
        for w in feedback.warnings
    )
    outside = next(w for w in feedback.warnings if "point out of the package's attachment folders" in w)
    assert outside.startswith("4 links of the merged rows")
    assert all(link in outside for link in links[1:])


def test_a_merge_that_fails_at_the_end_leaves_no_copied_photo(case, monkeypatch):
    from cartong_plugin.core.base import atomic

    office, returned, field_gpkg = case
    (uuid,) = _without_photo(field_gpkg)
    _put(field_gpkg.parent, "DCIM/JPEG_1.jpg")
    ogr_execute(field_gpkg, f"UPDATE survey SET photo_file = 'DCIM/JPEG_1.jpg' WHERE _uuid = '{uuid}'")
    before = _files(office.parent)
    real_finish = atomic._finish

    def failing(tmp, target, suffix, verify):
        if Path(target) == office:
            raise OSError(5, "Input/output error")
        real_finish(tmp, target, suffix, verify)

    monkeypatch.setattr(atomic, "_finish", failing)
    with pytest.raises(QgsProcessingException):
        _merge(returned / "manifest.json", office, conflicts=office.parent / "conflicts.csv")
    assert _files(office.parent) == before  # nor a conflicts CSV of a merge that did not happen
    assert not (office.parent / "household_attachments" / uuid).exists()


def _sentence(file, package):
    return (
        f"{file} of the returned package {package} is damaged or was not copied completely (a USB stick pulled "
        "out too early, a failing disk): it cannot be merged, and the office GeoPackage was not changed. Copy "
        "the package again from the field laptop, then run again."
    )


@pytest.mark.parametrize("damage", ["cut short", "zeroed pages", "all zeros"])
def test_a_damaged_returned_geopackage_is_named_and_the_office_left_as_it_was(case, damage):
    office, returned, field_gpkg = case
    (uuid,) = _without_photo(field_gpkg)
    ogr_execute(field_gpkg, f"UPDATE survey SET hh_size = 13 WHERE _uuid = '{uuid}'")
    size = field_gpkg.stat().st_size
    with open(field_gpkg, "r+b") as handle:
        if damage == "cut short":
            handle.truncate(size // 2)
        elif damage == "zeroed pages":
            handle.seek(size // 3)
            handle.write(b"\0" * 4096 * 8)
        else:
            handle.write(b"\0" * size)
    before = _files(office.parent)
    with pytest.raises(QgsProcessingException) as raised:
        _merge(returned / "manifest.json", office)
    assert str(raised.value) == _sentence("data/household.gpkg", returned)
    assert _files(office.parent) == before


def test_a_damaged_geopackage_inside_a_whole_zip_is_named_in_the_zip(case, tmp_path):
    office, returned, field_gpkg = case
    with open(field_gpkg, "r+b") as handle:
        handle.truncate(field_gpkg.stat().st_size // 2)
    package = tmp_path / "team_a_back.zip"
    with zipfile.ZipFile(package, "w") as archive:
        for path in returned.rglob("*"):
            archive.write(path, Path("team_a") / path.relative_to(returned))
    before = _files(office.parent)
    with pytest.raises(QgsProcessingException) as raised:
        _merge(package, office)
    assert str(raised.value) == _sentence("team_a/data/household.gpkg", package)
    assert _files(office.parent) == before
