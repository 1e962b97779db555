# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:mergefieldpackage on members added in the field as QField adds them: with the package's own
project (.qgz), under a household of the office or a new one, through the relation that project gives.

A Kobo repeat row names its submission by ``_submission__uuid``: the package's project links the members to
their household by it (QField fills it), and a member linked only by ``_parent_index`` (the import's relation,
e.g. with the office's project) is found by the household's ``_index``. Either way it arrives under its
household, with the ``_parent_index`` of the household's ``_index`` in the office.
"""

from __future__ import annotations

from pathlib import Path

import processing
import pytest

from tests.field_data import RecordingFeedback, import_sample, ogr_execute, ogr_rows, returned_package


@pytest.fixture(scope="module")
def prepared(tmp_path_factory, qgis_app, qgis_processing):
    """The sample survey (households and their members) and the zip of its field package, as it is made
    by default."""
    from cartong_plugin.core.field.package import PackageOptions, prepare_field_package

    folder = tmp_path_factory.mktemp("kobo")
    office = import_sample(folder / "household.gpkg")
    return office, prepare_field_package(PackageOptions([office], name="household"), folder / "package").zip


@pytest.fixture()
def case(prepared, tmp_path, cartong_provider):
    office, archive = prepared
    mine, returned = returned_package(office, archive, tmp_path)
    return mine, returned, returned / "data" / "household.gpkg"


def _merge(returned: Path, office: Path, feedback=None) -> dict:
    return processing.run(
        "cartong:mergefieldpackage",
        {"PACKAGE": str(returned), "OFFICE": str(office), "CONFLICTS": None},
        feedback=feedback or RecordingFeedback(),
    )


def _open(project, folder: Path | None, gpkg: Path | None = None):
    """The survey layer of the package's project (or, with ``gpkg``, of a project made as the office makes it)."""
    if gpkg is not None:
        from cartong_plugin.core.maps.survey_project import add_survey_to_project

        return add_survey_to_project(str(gpkg), project).survey
    assert project.read(str(next(folder.glob("*.qgz"))))
    return next(layer for layer in project.mapLayers().values() if layer.source().endswith("layername=survey"))


def _add_under(project, parent, feature, values: dict) -> None:
    """A row added in the form of ``feature`` (of the layer ``parent``), as QField adds it: through the
    relation, which gives the new row the parent's key; ``values`` its answers."""
    from qgis.core import QgsGeometry, QgsVectorLayerUtils

    (relation,) = project.relationManager().referencedRelations(parent)
    child = relation.referencingLayer()
    child.startEditing()
    keys = {child.fields().indexOf(mine): feature[theirs] for mine, theirs in relation.fieldPairs().items()}
    keys.update({child.fields().indexOf(name): value for name, value in values.items()})
    assert child.addFeature(QgsVectorLayerUtils.createFeature(child, QgsGeometry(), keys))
    assert child.commitChanges()


def _in_the_field(folder: Path, uuid: str | None, age: int, gpkg: Path | None = None) -> str:
    """A member of ``age`` added with the package's project under the household ``uuid``, or under a household
    added first (village 'Bimbo') when ``uuid`` is None. Returns the household's _uuid."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayerUtils

    project = QgsProject()
    try:
        survey = _open(project, folder, gpkg)
        if uuid is None:
            survey.startEditing()
            at = QgsGeometry.fromPointXY(QgsPointXY(18.55, 4.37))
            new = QgsVectorLayerUtils.createFeature(survey, at, {survey.fields().indexOf("village"): "Bimbo"})
            assert survey.addFeature(new) and survey.commitChanges()
            feature = next(survey.getFeatures("village = 'Bimbo'"))
        else:
            feature = next(survey.getFeatures(f"_uuid = '{uuid}'"))
        _add_under(project, survey, feature, {"member_age": age})
        return feature["_uuid"]
    finally:
        project.clear()


def _members(gpkg: Path, age: int) -> list[tuple]:
    return ogr_rows(gpkg, f"SELECT _submission__uuid, _parent_index FROM members WHERE member_age = {age}")


def test_a_member_added_under_a_household_with_the_packages_project_is_merged_under_it(case):
    office, returned, field_gpkg = case
    uuid, index = ogr_rows(office, "SELECT _uuid, _index FROM survey ORDER BY fid LIMIT 1 OFFSET 5")[0]
    raw = ogr_rows(office, "SELECT * FROM raw_members ORDER BY fid")
    _in_the_field(returned, uuid, 131)
    assert _members(field_gpkg, 131) == [(uuid, None)]  # the project's relation filled the household's _uuid
    result = _merge(returned / "manifest.json", office)
    assert (result["NEW_REPEAT_ROWS"], result["NOT_MERGED"]) == (1, 0)
    assert _members(office, 131) == [(uuid, index)]  # under its household, in the office's relation too
    assert ogr_rows(office, "SELECT * FROM raw_members ORDER BY fid") == raw  # no raw row: none was received
    again = _merge(returned / "manifest.json", office)  # the same copy merged again brings it once
    assert (again["NEW_REPEAT_ROWS"], again["EDITS"], again["NOT_MERGED"]) == (0, 0, 0)
    assert _members(office, 131) == [(uuid, index)]


def test_a_household_and_its_member_added_in_the_field_arrive_linked(case):
    office, returned, field_gpkg = case
    last = ogr_rows(office, "SELECT max(_index) FROM survey")[0][0]
    raw = ogr_rows(office, "SELECT count(*) FROM raw_survey")
    uuid = _in_the_field(returned, None, 132)
    assert uuid and _members(field_gpkg, 132) == [(uuid, None)]
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, feedback)
    assert (result["NEW_SUBMISSIONS"], result["NOT_MERGED"]) == (1, 0)
    assert f"it was given the office's next one (survey: {last + 1})" in " ".join(feedback.infos)
    # the new household gets the office's next _index, which its member names as its _parent_index
    assert ogr_rows(office, f"SELECT village, _index FROM survey WHERE _uuid = '{uuid}'") == [("Bimbo", last + 1)]
    assert _members(office, 132) == [(uuid, last + 1)]
    assert ogr_rows(office, "SELECT count(*) FROM raw_survey") == raw
    _in_the_field(returned, uuid, 134)  # a second member, the next day: the household keeps its _index
    again = _merge(returned / "manifest.json", office)
    assert (again["NEW_SUBMISSIONS"], again["NEW_REPEAT_ROWS"], again["EDITS"], again["NOT_MERGED"]) == (0, 1, 0, 0)
    assert ogr_rows(office, f"SELECT _index FROM survey WHERE _uuid = '{uuid}'") == [(last + 1,)]
    assert _members(office, 134) == [(uuid, last + 1)]


def test_a_member_linked_by_its_parent_index_only_is_merged_under_its_household(case):
    """A project made as the office makes it (the import's relation, _index -> _parent_index) fills only
    _parent_index: the merge finds the household by its _index."""
    office, returned, field_gpkg = case
    uuid, index = ogr_rows(office, "SELECT _uuid, _index FROM survey ORDER BY fid LIMIT 1 OFFSET 7")[0]
    _in_the_field(returned, uuid, 133, gpkg=field_gpkg)
    assert _members(field_gpkg, 133) == [(None, index)]
    result = _merge(returned / "manifest.json", office)
    assert (result["NEW_REPEAT_ROWS"], result["NOT_MERGED"]) == (1, 0)
    assert _members(office, 133) == [(uuid, index)]


# ----------------------------------------------------------------------------- a repeat nested in a repeat

NESTED = {
    "HH": [["village", "_id", "_uuid", "_index"], ["Boali", "101", "u-a", "1"], ["Bimbo", "102", "u-b", "2"]],
    "members": [
        ["role", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"],
        ["head", "1", "HH", "1", "u-a"],
        ["child", "2", "HH", "1", "u-a"],
        ["head", "3", "HH", "2", "u-b"],
    ],
    "visits": [
        ["vday", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"],
        ["Monday", "1", "members", "2", "u-a"],
        ["Tuesday", "2", "members", "3", "u-b"],
    ],
}


@pytest.fixture(scope="module")
def nested(tmp_path_factory, qgis_app, qgis_processing):
    """A Kobo export whose members have visits (a repeat in the repeat), imported, and its package's zip."""
    from cartong_plugin.core.field.package import PackageOptions, prepare_field_package
    from cartong_plugin.core.survey.importer import import_survey
    from tests.xlsform_files import write_workbook

    folder = tmp_path_factory.mktemp("nested")
    office = folder / "visits.gpkg"
    import_survey(str(write_workbook(folder / "export.xlsx", NESTED)), None, str(office))
    from qgis.core import QgsRectangle

    options = PackageOptions([office], extent=QgsRectangle(18.4, 4.3, 18.6, 4.5), name="visits")  # Bangui
    return office, prepare_field_package(options, folder / "package").zip


@pytest.mark.parametrize("made_as", ["package", "office"])
def test_a_visit_added_under_a_member_is_merged_under_it(nested, tmp_path, cartong_provider, made_as):
    """With the package's project, the visit gets its member's _index and _submission__uuid; with a project
    made as the office makes it (_index -> _parent_index only), its submission is its member's."""
    from qgis.core import QgsProject

    office, returned = returned_package(*nested, tmp_path)
    field_gpkg = returned / "data" / "visits.gpkg"
    project = QgsProject()
    try:
        _open(project, returned, field_gpkg if made_as == "office" else None)
        members = next(layer for layer in project.mapLayers().values() if layer.name() == "members")
        _add_under(project, members, next(members.getFeatures("_index = 3")), {"vday": "Friday"})
    finally:
        project.clear()
    linked = "SELECT _submission__uuid, _parent_index FROM visits WHERE vday = 'Friday'"
    assert ogr_rows(field_gpkg, linked) == [("u-b" if made_as == "package" else None, 3)]
    result = _merge(returned / "manifest.json", office)
    assert (result["NEW_REPEAT_ROWS"], result["NOT_MERGED"]) == (1, 0)
    assert ogr_rows(office, linked) == [("u-b", 3)]


def test_a_member_and_its_visit_added_in_the_field_arrive_linked_when_the_office_holds_its_number(
    nested, tmp_path, cartong_provider
):
    """The package's project numbers a new member (the table's next _index), and its visit names that number;
    another laptop's member merged first holds it in the office: the new one gets the next, its visit follows."""
    from qgis.core import QgsProject

    office, returned = returned_package(*nested, tmp_path)
    field_gpkg = returned / "data" / "visits.gpkg"
    project = QgsProject()
    try:
        survey = _open(project, returned)
        members = next(layer for layer in project.mapLayers().values() if layer.name() == "members")
        _add_under(project, survey, next(survey.getFeatures("_uuid = 'u-a'")), {"role": "grandmother"})
        _add_under(project, members, next(members.getFeatures("role = 'grandmother'")), {"vday": "Sunday"})
    finally:
        project.clear()
    assert ogr_rows(field_gpkg, "SELECT _index, _submission__uuid FROM members WHERE role = 'grandmother'") == [
        (4, "u-a")
    ]
    ogr_execute(
        office, "INSERT INTO members (role, _index, _parent_index, _submission__uuid) VALUES ('aunt', 4, 2, 'u-b')"
    )
    visit = "SELECT v._submission__uuid, m.role FROM visits v JOIN members m ON m._index = v._parent_index"
    for added in (2, 0):  # merged again, it brings nothing twice and the visit stays with its member
        result = _merge(returned / "manifest.json", office)
        assert (result["NEW_REPEAT_ROWS"], result["EDITS"], result["NOT_MERGED"]) == (added, 0, 0)
        assert ogr_rows(office, "SELECT _index, _parent_index FROM members WHERE role = 'grandmother'") == [(5, 1)]
        assert ogr_rows(office, f"{visit} WHERE vday = 'Sunday'") == [("u-a", "grandmother")]
