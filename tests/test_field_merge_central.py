# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:mergefieldpackage on an ODK Central survey: the real ruODK Flora Quadrat export, imported, packaged,
worked on in the field as in QField, merged back.

A Central export links its repeat rows to their submission by ``PARENT_KEY`` -> ``KEY`` (no
``_submission__uuid``) and its raw main table has no ``_uuid`` (its ``meta-instanceID`` and ``KEY`` are the
submission's id): a new submission, its repeat rows and their raw rows must all arrive, linked as Central
links them, and edits of existing rows merge as for Kobo data.
"""

from __future__ import annotations

from pathlib import Path

import processing
import pytest

from tests.field_data import RecordingFeedback, ogr_execute, ogr_rows, returned_package
from tests.real_imports import import_with_messages
from tests.test_import_central_uuid import FLORA_ID, UUIDS, _export, _files
from tests.test_import_empty_repeats import FLORA as FLORA_FORM
from tests.test_import_empty_repeats import LIFE
from tests.xlsform_files import write_form

NEW = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
REPEATS = ("taxon_encounter", "vegetation_stratum")


@pytest.fixture()
def prepared(tmp_path_factory, cartong_provider):
    """The real Flora export imported (two submissions, rows in both repeats) and its field package's zip,
    personal data included (the taxa's field_name and the raw tables would be left out: the tests edit them)."""
    folder = tmp_path_factory.mktemp("central")
    office = folder / "flora.gpkg"
    form = write_form(folder / "flora.xlsx", FLORA_FORM, LIFE, [["form_id"], [FLORA_ID]])
    import_with_messages(_export(folder / "export", "csv", _files()), office, form)
    result = processing.run(
        "cartong:preparefieldpackage",
        {"SURVEYS": [str(office)], "SOURCE": "", "ZOOM_MIN": 5, "ZOOM_MAX": 5, "NAME": "flora",
         "INCLUDE_PERSONAL_DATA": True, "OUTPUT": str(folder / "pkg")},
        feedback=RecordingFeedback(),
    )  # fmt: skip
    return office, Path(result["ZIP"])


@pytest.fixture()
def case(prepared, tmp_path):
    office, archive = prepared
    mine, returned = returned_package(office, archive, tmp_path)
    return mine, returned, returned / "data" / "flora.gpkg"


def _merge(returned, office, feedback=None):
    return processing.run(
        "cartong:mergefieldpackage",
        {"PACKAGE": str(returned), "OFFICE": str(office), "CONFLICTS": None},
        feedback=feedback or RecordingFeedback(),
    )


def _copy_rows(table: str, where: str, sets: str) -> list[str]:
    """SQL copying the rows of ``table`` matching ``where`` as new rows (fid given anew) with ``sets`` changed."""
    return [
        "DROP TABLE IF EXISTS temp.c",
        f'CREATE TEMP TABLE c AS SELECT * FROM "{table}" WHERE {where}',
        f"UPDATE c SET fid = NULL, {sets}",
        f'INSERT INTO "{table}" SELECT * FROM c',
    ]


def _new_plot(gpkg: Path, key: str | None, raw: bool = True) -> None:
    """A quadrat recorded in the field, as in QField: its survey row (the _uuid the package gives, its ``key``),
    one taxon and one stratum under it (PARENT_KEY = its KEY) and, with ``raw``, its raw rows as received."""
    first = UUIDS[0]
    value = f"'{key}'" if key else "NULL"
    statements = _copy_rows(
        "survey",
        f"_uuid = '{first}'",
        f"_uuid = '{NEW}', KEY = {value}, \"meta-instanceID\" = {value}, area_name = 'Kings Park 7'",
    )
    for repeat in REPEATS:
        column = "field_name" if repeat == "taxon_encounter" else "dominant_species_1"
        statements += _copy_rows(
            repeat, f"KEY = 'uuid:{first}/{repeat}[1]'", f"PARENT_KEY = {value}, KEY = NULL, {column} = 'New {repeat}'"
        )
        if raw:
            statements += _copy_rows(
                f"raw_{repeat}", f"KEY = 'uuid:{first}/{repeat}[1]'",
                f"PARENT_KEY = {value}, KEY = {value} || '/{repeat}[1]', {column} = 'New {repeat}'",
            )  # fmt: skip
    if raw:
        statements += _copy_rows("raw_survey", f"KEY = 'uuid:{first}'", f'KEY = {value}, "meta-instanceID" = {value}')
    ogr_execute(gpkg, *statements)


def _named(gpkg: Path, repeat: str, parent: str) -> list:
    column = "field_name" if repeat == "taxon_encounter" else "dominant_species_1"
    return [r[0] for r in ogr_rows(gpkg, f"SELECT {column} FROM {repeat} WHERE PARENT_KEY = '{parent}' ORDER BY fid")]


def test_a_new_quadrat_with_its_repeat_rows_and_edits_arrive_linked_as_central_links_them(case):
    office, returned, field_gpkg = case
    first, second = UUIDS
    edited = f"uuid:{second}"
    taxa = _named(office, "taxon_encounter", edited)
    ogr_execute(
        field_gpkg,
        f"UPDATE survey SET area_name = 'Planter Box 2' WHERE _uuid = '{second}'",
        f"UPDATE taxon_encounter SET field_name = 'Banksia' WHERE KEY = '{edited}/taxon_encounter[1]'",
    )
    # a taxon added to the second plot, as the form of its parent adds it (PARENT_KEY = its KEY)
    ogr_execute(field_gpkg, *_copy_rows(
        "taxon_encounter", f"KEY = '{edited}/taxon_encounter[1]'", "KEY = NULL, field_name = 'Grevillea'"
    ))  # fmt: skip
    _new_plot(field_gpkg, f"uuid:{NEW}")
    raw_before = {
        t: ogr_rows(office, f'SELECT * FROM "{t}" ORDER BY fid') for t in ("raw_survey", *(f"raw_{r}" for r in REPEATS))
    }
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, feedback)
    assert (result["NEW_SUBMISSIONS"], result["EDITS"], result["NEW_REPEAT_ROWS"]) == (1, 2, 1)
    assert (result["CONFLICT_COUNT"], result["NOT_MERGED"]) == (0, 0)
    assert ogr_rows(office, f"SELECT area_name, KEY FROM survey WHERE _uuid = '{NEW}'") == [
        ("Kings Park 7", f"uuid:{NEW}")
    ]
    assert ogr_rows(office, f"SELECT area_name FROM survey WHERE _uuid = '{second}'") == [("Planter Box 2",)]
    assert _named(office, "taxon_encounter", edited) == ["Banksia", *taxa[1:], "Grevillea"]
    for repeat in REPEATS:
        assert _named(office, repeat, f"uuid:{NEW}") == [f"New {repeat}"]
    # the raw rows of the new quadrat, as received; those the office held are untouched
    for table, before in raw_before.items():
        after = ogr_rows(office, f'SELECT * FROM "{table}" ORDER BY fid')
        assert after[: len(before)] == before and len(after) == len(before) + 1, table
        assert after[-1][1:] == ogr_rows(field_gpkg, f'SELECT * FROM "{table}" ORDER BY fid DESC LIMIT 1')[0][1:]
    assert not feedback.errors and not [w for w in feedback.warnings if "not merged" in w]
    # merged again, the copy brings nothing twice
    again = _merge(returned / "manifest.json", office)
    assert (again["NEW_SUBMISSIONS"], again["EDITS"], again["NEW_REPEAT_ROWS"], again["NOT_MERGED"]) == (0, 0, 0, 0)
    for repeat in REPEATS:
        assert _named(office, repeat, f"uuid:{NEW}") == [f"New {repeat}"]
    for table, before in raw_before.items():
        assert len(ogr_rows(office, f'SELECT * FROM "{table}"')) == len(before) + 1


def test_repeat_rows_of_a_quadrat_without_key_are_listed_not_dropped(case):
    """A new survey row whose KEY stayed empty: its repeat rows name no submission (PARENT_KEY empty)."""
    office, returned, field_gpkg = case
    _new_plot(field_gpkg, None, raw=False)
    ogr_execute(field_gpkg, *_copy_rows(
        "taxon_encounter", f"KEY = 'uuid:{UUIDS[0]}/taxon_encounter[1]'", "KEY = NULL, PARENT_KEY = 'uuid:elsewhere'"
    ))  # fmt: skip
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, feedback)
    assert (result["NEW_SUBMISSIONS"], result["NEW_REPEAT_ROWS"], result["NOT_MERGED"]) == (1, 0, 3)
    listed = ogr_rows(office, "SELECT table_name, uuid, reason FROM field_conflicts ORDER BY table_name, uuid")
    assert listed == [
        ("taxon_encounter", "", "no_submission_key"),
        ("taxon_encounter", "uuid:elsewhere", "no_submission_key"),
        ("vegetation_stratum", "", "no_submission_key"),
    ]
    assert any(
        "2 rows of taxon_encounter added in the field belong to no submission merged (their PARENT_KEY is empty "
        "or is not the KEY of a submission of this package): they were not merged." in w
        for w in feedback.warnings + feedback.errors
    )


def test_a_repeat_row_of_a_quadrat_removed_in_the_office_is_listed(case):
    office, returned, field_gpkg = case
    first = UUIDS[0]
    ogr_execute(office, f"DELETE FROM survey WHERE _uuid = '{first}'")
    ogr_execute(field_gpkg, *_copy_rows(
        "vegetation_stratum", f"KEY = 'uuid:{first}/vegetation_stratum[1]'", "KEY = NULL, max_height_m = 9"
    ))  # fmt: skip
    result = _merge(returned / "manifest.json", office)
    assert (result["NEW_REPEAT_ROWS"], result["NOT_MERGED"]) == (0, 1)
    assert ogr_rows(office, "SELECT table_name, uuid, reason FROM field_conflicts") == [
        ("vegetation_stratum", first, "removed_in_office")
    ]


def _add_in_the_project(folder: Path) -> str:
    """A quadrat added with the package's own project, as QField adds it: the survey row with the defaults the
    project gives, then a row of each repeat under it by its relation (the child gets the parent's key).
    Returns the new row's _uuid."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayerUtils

    project = QgsProject()
    try:
        assert project.read(str(next(folder.glob("*.qgz"))))
        survey = next(layer for layer in project.mapLayers().values() if layer.source().endswith("layername=survey"))
        survey.startEditing()
        at = QgsGeometry.fromPointXY(QgsPointXY(115.8844, -31.9961))
        plot = QgsVectorLayerUtils.createFeature(survey, at, {survey.fields().indexOf("area_name"): "Kings Park 7"})
        assert survey.addFeature(plot) and survey.commitChanges()
        plot = next(survey.getFeatures("area_name = 'Kings Park 7'"))
        relations = project.relationManager().referencedRelations(survey)
        assert sorted(r.referencingLayer().name() for r in relations) == list(REPEATS)
        for relation in relations:
            child = relation.referencingLayer()
            child.startEditing()
            keys = {child.fields().indexOf(mine): plot[theirs] for mine, theirs in relation.fieldPairs().items()}
            column = "field_name" if child.name() == "taxon_encounter" else "dominant_species_1"
            keys[child.fields().indexOf(column)] = f"New {child.name()}"
            assert child.addFeature(QgsVectorLayerUtils.createFeature(child, QgsGeometry(), keys))
            assert child.commitChanges()
        return plot["_uuid"]
    finally:
        project.clear()


def test_a_quadrat_added_with_the_packages_project_arrives_with_its_repeat_rows(case):
    office, returned, field_gpkg = case
    uuid = _add_in_the_project(returned)
    key = ogr_rows(field_gpkg, f"SELECT KEY FROM survey WHERE _uuid = '{uuid}'")[0][0]
    assert key == f"uuid:{uuid}"  # the project gives a new quadrat its KEY, and its _uuid from it as the import does
    result = _merge(returned / "manifest.json", office)
    assert (result["NEW_SUBMISSIONS"], result["NEW_REPEAT_ROWS"], result["NOT_MERGED"]) == (1, 0, 0)
    assert ogr_rows(office, f"SELECT area_name, KEY FROM survey WHERE _uuid = '{uuid}'") == [("Kings Park 7", key)]
    for repeat in REPEATS:
        assert _named(office, repeat, key) == [f"New {repeat}"]
