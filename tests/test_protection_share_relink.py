# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing gives nothing back that another part of the file, or another export, could undo.

Outside-test findings (notes/attack_leaks.md): a pseudonymised ``_uuid`` read back from ``instanceID``;
a household's true point found by averaging repeated exports; a blanked area read back from a free-text
copy; an output name that silently changed format. Each test imports a small CSV, shares it through the
Processing algorithm and reads the output back with sqlite3 or csv.
"""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException

from tests.protection_data import import_for_sharing, share, table_columns, write_semicolon_csv


def _small_survey(tmp_path):
    header = ["_uuid", "hh_size", "water_source"]
    rows = [[f"00000000-4a5b-4c6d-8e7f-{i:012d}", str(2 + i % 5), "forage"] for i in range(12)]
    return import_for_sharing(write_semicolon_csv(tmp_path / "small.csv", header, rows), tmp_path / "small.gpkg")


# --------------------------------------------------------------- the output name


@pytest.mark.parametrize("name", ["..gpkg", " .gpkg", "_.gpkg", ".gpkg", "..csv"])
def test_a_name_that_is_only_a_suffix_is_refused_not_written_as_another_format(cartong_provider, tmp_path, name):
    gpkg = _small_survey(tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(QgsProcessingException, match="needs a name before"):
        share(gpkg, folder / name)
    assert list(folder.iterdir()) == []


def test_a_name_with_dots_keeps_its_format(cartong_provider, tmp_path):
    gpkg = _small_survey(tmp_path)
    result = share(gpkg, tmp_path / "..round 2.gpkg")
    assert result["OUTPUT"].endswith("round 2.gpkg")
    assert table_columns(result["OUTPUT"])[2:] == ["_uuid", "hh_size", "water_source"]


# --------------------------------------------------------------- one submission, several ids


def _ids_survey(tmp_path, count=12):
    """A Kobo/ODK-like export: the submission's uuid in clear under four names, and Kobo's record number."""
    header = ["__id", "meta/instanceID", "hh_size", "water_source", "_id", "_uuid", "_submission__uuid", "_index"]
    rows = []
    for i in range(count):
        uuid = f"0000{i:04d}-4a5b-4c6d-8e7f-{i * 7919:012d}"
        rows.append([f"uuid:{uuid}", f"UUID:{uuid.upper()}", str(2 + i % 5), "forage", str(412570000 + i), uuid, uuid])
        rows[-1].append(str(i + 1))
    gpkg = import_for_sharing(write_semicolon_csv(tmp_path / "ids.csv", header, rows), tmp_path / "ids.gpkg")
    return gpkg, [r[5] for r in rows], [r[4] for r in rows]


def _csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_pseudonymised_uuid_takes_its_other_names_and_the_server_record_number(cartong_provider, tmp_path, monkeypatch):
    monkeypatch.setenv("CARTONG_TEST_KEY", "cd" * 32)
    gpkg, uuids, record_ids = _ids_survey(tmp_path)
    names = table_columns(gpkg, "survey")
    output = tmp_path / "ids_shared.csv"
    share(gpkg, output, PSEUDONYMISE_FIELDS=["_uuid"], KEY_SOURCE="env:CARTONG_TEST_KEY")
    rows = _csv_rows(output)
    shared = output.read_text(encoding="utf-8-sig").casefold()
    assert not [u for u in uuids if u.casefold() in shared]
    assert not [n for n in record_ids if n in shared]
    # every copy of the id gets the uuid's own pseudonym, so joins still work
    copies = [c for c in names if c in ("__id", "instanceID", "meta_instanceID", "_submission__uuid")]
    assert len(copies) == 3, names
    assert all(row[c] == row["_uuid"] for row in rows for c in copies)
    assert len({row["_uuid"] for row in rows}) == len(rows) and len({row["_id"] for row in rows}) == len(rows)
    # ordinary columns (the row number is not a server id) stay in clear
    assert [row["hh_size"] for row in rows[:3]] == ["2", "3", "4"] and rows[0]["_index"] == "1"
    readme = (tmp_path / "ids_shared.csv.README.txt").read_text(encoding="utf-8")
    assert "same identifiers under another name" in readme and "_id" in readme


def test_dropped_uuid_takes_its_other_names_and_the_server_record_number(cartong_provider, tmp_path):
    gpkg, uuids, record_ids = _ids_survey(tmp_path)
    output = tmp_path / "ids_dropped.gpkg"
    share(gpkg, output, DROP_FIELDS=["_uuid"])
    assert table_columns(output)[2:] == ["hh_size", "water_source", "_index"]


# --------------------------------------------------------------- moved points, copy after copy


def _located_survey(tmp_path, order=1, name="located"):
    """Households with a point (Kobo's split geopoint columns) and a uuid; ``order=-1`` writes them reversed."""
    header = ["_uuid", "hh_size", "_location_latitude", "_location_longitude"]
    rows = [
        [f"5e1f{i:04d}-0c9a-4b3d-8e6f-{i:012d}", str(2 + i % 5), f"{4.36 + i * 0.0137:.6f}", "18.555"]
        for i in range(20)
    ]
    gpkg = import_for_sharing(
        write_semicolon_csv(tmp_path / f"{name}.csv", header, rows[::order]), tmp_path / f"{name}.gpkg"
    )
    return gpkg


def _points(path, layer="shared_survey") -> dict[str, tuple[float, float]]:
    """{_uuid: (lon, lat)} of a GeoPackage layer, read with OGR."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    found = {}
    for feature in ds.GetLayerByName(layer):
        geometry = feature.GetGeometryRef()
        found[feature.GetField("_uuid")] = (geometry.GetX(), geometry.GetY())
    return found


def _metres(a, b) -> float:
    from cartong_plugin.core.protection.displace import geodesic_distance_m

    return geodesic_distance_m(a[0], a[1], b[0], b[1])


def test_every_export_moves_a_submission_the_same_way_so_averaging_copies_gives_nothing(cartong_provider, tmp_path):
    gpkg = _located_survey(tmp_path)
    truth = _points(gpkg, "survey")
    copies = [_points(share(gpkg, tmp_path / f"copy{n}.gpkg")["OUTPUT"]) for n in range(4)]
    assert len(truth) == 20 and all(copy == copies[0] for copy in copies)
    average = {u: tuple(sum(c[u][i] for c in copies) / len(copies) for i in (0, 1)) for u in truth}
    # still between the smallest and the largest displacement from the true point, every one
    assert all(250 - 1 <= _metres(average[u], truth[u]) <= 2000 + 1 for u in truth)
    # the same submission in a re-ordered (re-imported) file gets the same offset: it follows the id
    other = _points(share(_located_survey(tmp_path, -1, "reordered"), tmp_path / "reordered_shared.gpkg")["OUTPUT"])
    assert other == copies[0]


def test_another_key_moves_the_points_another_way_and_no_secret_is_written(cartong_provider, tmp_path, monkeypatch):
    from qgis.core import QgsSettings

    from cartong_plugin.core.protection.pseudonymise import SETTING_DISPLACEMENT_SECRET

    gpkg = _located_survey(tmp_path)
    truth = _points(gpkg, "survey")
    monkeypatch.setenv("CARTONG_KEY_A", "a1" * 32)
    monkeypatch.setenv("CARTONG_KEY_B", "b2" * 32)
    a = share(gpkg, tmp_path / "a.gpkg", KEY_SOURCE="env:CARTONG_KEY_A")["OUTPUT"]
    a_again = share(gpkg, tmp_path / "a2.csv", KEY_SOURCE="env:CARTONG_KEY_A")["OUTPUT"]
    b = share(gpkg, tmp_path / "b.gpkg", KEY_SOURCE="env:CARTONG_KEY_B")["OUTPUT"]
    default = share(gpkg, tmp_path / "d.gpkg")["OUTPUT"]
    points_a, points_b, points_d = _points(a), _points(b), _points(default)
    assert all(points_a[u] != points_b[u] and points_a[u] != points_d[u] for u in truth)
    for u, (lon, lat) in list(points_a.items())[:3]:  # the CSV copy made with the same key agrees
        row = next(r for r in _csv_rows(a_again) if r["_uuid"] == u)
        assert (row["longitude"], row["latitude"]) == (f"{lon:.6f}", f"{lat:.6f}")
    assert all(250 - 1 <= _metres(p[u], truth[u]) <= 2000 + 1 for p in (points_a, points_b) for u in truth)
    secret = QgsSettings().value(SETTING_DISPLACEMENT_SECRET, "", type=str)
    assert len(secret) == 64
    for path in (a, b, default, a_again):
        for written in (path, path + ".README.txt"):
            data = open(written, "rb").read()
            assert secret.encode() not in data and b"a1" * 32 not in data
    readme = open(default + ".README.txt", encoding="utf-8").read()
    assert "moved the same way in every copy" in readme and "_uuid" in readme


# --------------------------------------------------------------- a blanked area, given back


@pytest.fixture(scope="module")
def sample_gpkg(qgis_app, sample_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    return import_for_sharing(
        sample_dir / "household_survey_kobo.csv", folder / "hs.gpkg", sample_dir / "household_survey_form.xlsx"
    )


QUASI = ["admin2", "head_gender", "head_age", "hh_size"]


def test_a_free_text_copy_of_a_blanked_area_is_blanked_with_it_and_points_are_not_claimed_safe(
    cartong_provider, sample_gpkg, tmp_path
):
    output = tmp_path / "qi.gpkg"
    share(sample_gpkg, output, QUASI_IDENTIFIERS=QUASI, K=5)
    with closing(sqlite3.connect(output)) as db:
        rows = db.execute("SELECT admin2, admin2_label, admin2_typed FROM shared_survey").fetchall()
        steps = dict(db.execute("SELECT action, columns FROM cartong_protection"))
    blanked = [r for r in rows if r[0] is None]
    assert blanked and all(r[1] is None and r[2] is None for r in blanked)
    assert sum(1 for r in rows if r[0] is not None and r[2]) >= 0.9 * (len(rows) - len(blanked))  # kept elsewhere
    assert steps["blank_companion_columns"] == "admin2_label, admin2_typed, head_gender_label"
    assert steps["points_reveal_blanked_values"] == ", ".join(QUASI)
    readme = (tmp_path / "qi.gpkg.README.txt").read_text(encoding="utf-8")
    assert "WARNING: this file keeps its points" in readme and "ATTENTION : ce fichier garde ses points" in readme


def test_without_points_the_blanked_area_is_not_flagged(cartong_provider, sample_gpkg, tmp_path):
    output = tmp_path / "qi_nopoints.gpkg"
    share(sample_gpkg, output, QUASI_IDENTIFIERS=QUASI, K=5, LOCATION_MODE=3)
    assert "points_reveal_blanked_values" not in {s for s in _steps_of(output)}
    assert "keeps its points" not in (tmp_path / "qi_nopoints.gpkg.README.txt").read_text(encoding="utf-8")


def _steps_of(path) -> list[str]:
    with closing(sqlite3.connect(path)) as db:
        return [row[0] for row in db.execute("SELECT action FROM cartong_protection")]
