# SPDX-License-Identifier: GPL-3.0-or-later
"""Sharing a repeat table (members): what its README says, and the rows of submissions removed in cleaning.

Found by an attack on the data cycle: sharing ``s.gpkg|layername=members`` (no geometry, a
``_submission__uuid`` in every row) wrote "Points moved in a random direction..." and "s has no submission
id column" into its README, and said nothing of the rows whose household cleaning had removed.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import processing
import pytest
from osgeo import ogr, osr

from tests.field_data import RecordingFeedback, import_sample, write_text_file

UUID = "_submission__uuid"


@pytest.fixture(scope="module")
def imported(qgis_app, tmp_path_factory):
    return import_sample(tmp_path_factory.mktemp("repeats") / "s.gpkg")


def _share(gpkg, output, table="members", **more):
    feedback = RecordingFeedback()
    parameters = {"INPUT": f"{gpkg}|layername={table}", "OUTPUT": str(output), **more}
    return processing.run("cartong:exportforsharing", parameters, feedback=feedback), feedback


def _steps(gpkg) -> list[str]:
    with closing(sqlite3.connect(gpkg)) as db:
        return [row[0] for row in db.execute("SELECT action FROM cartong_protection ORDER BY step")]


def test_readme_of_a_table_without_points_says_nothing_of_moved_points(cartong_provider, imported, tmp_path):
    result, feedback = _share(imported, tmp_path / "members.gpkg")

    assert result["ROWS"] == 2011
    readme = (tmp_path / "members.gpkg.README.txt").read_text(encoding="utf-8")
    for said in ("Points moved", "Points déplacés", "submission id column", "identifiant de soumission", "WARNING"):
        assert said not in readme, said
    assert not {"displace", "offsets_by_row"} & set(_steps(result["OUTPUT"]))
    assert not [w for w in feedback.warnings if "submission id" in w]


def test_rows_of_submissions_removed_in_cleaning_are_counted_in_the_readme(cartong_provider, tmp_path):
    gpkg = import_sample(tmp_path / "s.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        removed = [row[0] for row in db.execute("SELECT _uuid FROM survey ORDER BY fid LIMIT 2")]
        rows = db.execute(f"SELECT count(*) FROM members WHERE {UUID} IN (?, ?)", removed).fetchone()[0]
    assert rows > 2
    log = "uuid,question,old_value,new_value,change_type\n" + "".join(f"{u},start,,,remove_survey\n" for u in removed)
    processing.run(
        "cartong:applycleaninglog",
        {
            "INPUT": f"{gpkg}|layername=survey",
            "LOG": str(write_text_file(tmp_path, log)),
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"survey_clean\"",
        },
        feedback=RecordingFeedback(),
    )

    result, feedback = _share(gpkg, tmp_path / "members.csv")

    assert result["ROWS"] == 2011
    readme = (tmp_path / "members.csv.README.txt").read_text(encoding="utf-8")
    # the raw survey beside it holds them all: only the cleaned table is named
    assert readme.count("WARNING") == 1 and readme.count("ATTENTION") == 1
    assert (
        f"WARNING: {rows} rows belong to 2 submissions that are not in the table survey_clean of the same "
        "GeoPackage (removed in cleaning, for instance); they are shared all the same." in readme
    )
    assert f"ATTENTION : {rows} lignes appartiennent à 2 soumissions absentes de la table survey_clean" in readme
    assert (
        f"{rows} rows shared belong to 2 submissions missing from the table survey_clean of the same GeoPackage "
        "(removed in cleaning?): they are shared all the same. To share only the rows of kept submissions, share a "
        "copy of the table without them."
    ) in feedback.warnings


# --------------------------------------------------------------- a repeat with its own points


def _plots(path, submissions: list[str]):
    """A repeat table ``plots`` with a point per row, two rows per submission, in the order given."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("plots", srs, ogr.wkbPoint)
    for name in ("_index", UUID):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if name == "_index" else ogr.OFTString))
    for index, (uuid, place) in enumerate(((u, p) for u in submissions for p in (1, 2)), start=1):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("_index", index)  # numbered anew by each download
        feature.SetField(UUID, uuid)
        number = int(uuid[-2:])
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({18.5 + number * 0.01} {4.3 + place * 0.01})"))
        layer.CreateFeature(feature)
    ds = None
    return path


def _offsets(source, shared) -> dict[tuple[str, int], tuple[float, float]]:
    """{(submission, place in it): (metres moved, dx)} between the true and the shared points."""
    from cartong_plugin.core.protection.displace import geodesic_distance_m

    def points(path, table):
        ds = ogr.Open(str(path))
        found, places = {}, {}
        for feature in ds.GetLayerByName(table):
            uuid = feature.GetField(UUID)
            places[uuid] = places.get(uuid, 0) + 1
            geometry = feature.GetGeometryRef()
            found[(uuid, places[uuid])] = (geometry.GetX(), geometry.GetY())
        return found

    true, moved = points(source, "plots"), points(shared, "shared_survey")
    return {
        key: (round(geodesic_distance_m(x, y, *moved[key]), 3), round(moved[key][0] - x, 9))
        for key, (x, y) in true.items()
    }


def test_points_of_a_repeat_move_by_their_submission_and_place_in_it_in_every_copy(cartong_provider, tmp_path):
    submissions = [f"8c0e4d2a-5b7f-4e1a-9d3c-0000000000{n:02d}" for n in range(1, 7)]
    first = _plots(tmp_path / "first.gpkg", submissions)
    again = _plots(tmp_path / "again.gpkg", submissions[::-1])  # a later download: another order

    shared, feedback = _share(first, tmp_path / "first_shared.gpkg", table="plots")
    other, _ = _share(again, tmp_path / "again_shared.gpkg", table="plots")

    offsets = _offsets(first, shared["OUTPUT"])
    assert offsets == _offsets(again, other["OUTPUT"])
    assert len({metres for metres, _dx in offsets.values()}) == 12  # each row its own, also within a submission
    readme = (tmp_path / "first_shared.gpkg.README.txt").read_text(encoding="utf-8")
    assert "no submission id column" not in readme and "the submission's id, _submission__uuid)" in readme
    assert not [w for w in feedback.warnings if "submission id" in w]
