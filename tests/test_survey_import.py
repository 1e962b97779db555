# SPDX-License-Identifier: GPL-3.0-or-later
"""import_survey on the sample Kobo export, real Kobo/ODK exports and broken files (tests/data/bad)."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from osgeo import gdal, ogr

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.survey.import_report import ImportCancelled
from cartong_plugin.core.survey.importer import import_survey

KOBO_CSV = "household_survey_kobo.csv"
KOBO_XLSX = "household_survey_kobo.xlsx"
MEMBERS_CSV = "household_survey_kobo_members.csv"
FORM = "household_survey_form.xlsx"
ODK_DIR = "ropensci+ruODK/docs/articles/attachments"
ODK_MAIN = "build_Flora-Quadrat-0-4_1564384341"


def _rows(gpkg, layer):
    ds = ogr.Open(str(gpkg))
    lyr = ds.GetLayerByName(layer)
    return [(f.GetFID(), f.items(), f.GetGeometryRef().ExportToWkt() if f.GetGeometryRef() else None) for f in lyr]


def _csv_records(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def _field_types(gpkg, layer):
    ds = ogr.Open(str(gpkg))  # kept in a variable: GDAL layers die with their dataset
    defn = ds.GetLayerByName(layer).GetLayerDefn()
    return {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetTypeName() for i in range(defn.GetFieldCount())}


@pytest.fixture(scope="module")
def imported(tmp_path_factory, sample_dir):
    """The sample CSV export with its form, labels in French (imported once for the read-only tests)."""
    gpkg = tmp_path_factory.mktemp("import") / "survey.gpkg"
    report = import_survey(sample_dir / KOBO_CSV, sample_dir / FORM, gpkg, "fr")
    return gpkg, report


# ----------------------------------------------------------------------------- the raw table


def test_raw_table_is_the_csv_exactly(imported, sample_dir):
    gpkg, _ = imported
    records = _csv_records(sample_dir / KOBO_CSV)
    header, data = records[0], records[1:]
    rows = _rows(gpkg, "raw_survey")
    assert list(rows[0][1]) == header
    assert [fid for fid, _, _ in rows] == list(range(1, len(data) + 1))
    assert [list(items.values()) for _, items, _ in rows] == data


def test_repeat_raw_table_is_the_members_csv_exactly(imported, sample_dir):
    gpkg, _ = imported
    records = _csv_records(sample_dir / MEMBERS_CSV)
    assert [list(items.values()) for _, items, _ in _rows(gpkg, "raw_members")] == records[1:]


def test_raw_columns_are_all_text(imported):
    gpkg, _ = imported
    assert set(_field_types(gpkg, "raw_survey").values()) == {"String"}


# ----------------------------------------------------------------------------- the typed layer


def test_typed_layer_uses_bare_names_and_types(imported):
    gpkg, _ = imported
    types = _field_types(gpkg, "survey")
    assert types["hh_size"] == "Integer64"
    assert types["income_month"] == "Real"
    assert types["arrival_date"] == "Date"
    assert types["start"] == "DateTime"
    assert types["_submission_time"] == "DateTime"
    assert types["_location_latitude"] == "Real"
    assert "identification/admin1" not in types and types["admin1"] == "String"


def test_typed_values_match_the_raw_text(imported, sample_dir):
    gpkg, _ = imported
    raw = {items["_uuid"] + items["_index"]: items for _, items, _ in _rows(gpkg, "raw_survey")}
    for _, items, _ in _rows(gpkg, "survey"):
        source = raw[items["_uuid"] + str(items["_index"])]
        assert items["hh_size"] == (int(source["household/hh_size"]) if source["household/hh_size"] else None)
        assert items["admin2"] == (source["identification/admin2"] or None)


def test_datetimes_with_offset_are_stored_in_utc(imported):
    gpkg, _ = imported
    with sqlite3.connect(gpkg) as db:
        raw, typed = db.execute(
            "SELECT r.start, s.start FROM raw_survey r JOIN survey s ON s.fid = r.fid "
            "WHERE r.start LIKE '%+01:00' LIMIT 1"
        ).fetchone()
    # 2026-02-25T07:34:29.739+01:00 -> 2026-02-25T06:34:29.739Z
    assert typed.endswith("Z")
    assert int(typed[11:13]) == (int(raw[11:13]) - 1) % 24
    assert typed[14:23] == raw[14:23]


def test_choice_labels_in_the_chosen_language(imported):
    gpkg, _ = imported
    pairs = {(items["latrine"], items["latrine_label"]) for _, items, _ in _rows(gpkg, "survey") if items["latrine"]}
    assert pairs == {("yes", "Oui"), ("no", "Non")}


def test_default_language_is_the_forms(sample_dir, tmp_path):
    report = import_survey(sample_dir / KOBO_CSV, sample_dir / FORM, tmp_path / "en.gpkg")
    assert report.language == "English (en)"
    labels = {items["head_gender_label"] for _, items, _ in _rows(tmp_path / "en.gpkg", "survey")}
    assert {"Male", "Female"} <= labels


def test_select_multiple_keeps_codes_labels_and_split_flags(imported):
    gpkg, _ = imported
    for _, items, _ in _rows(gpkg, "survey"):
        codes = (items["water_problems"] or "").split()
        if not codes:
            continue
        assert items["water_problems_label"].count("; ") == len(codes) - 1
        assert all(items[f"water_problems_{code}"] == 1 for code in codes)
        assert items["water_problems_distance"] == (1 if "distance" in codes else 0)


def test_points_come_from_the_geopoint_string(imported):
    gpkg, _ = imported
    for _, items, wkt in _rows(gpkg, "survey"):
        if items["location"]:
            lat, lon = (float(v) for v in items["location"].split()[:2])
            assert wkt == ogr.CreateGeometryFromWkt(f"POINT ({lon!r} {lat!r})").ExportToWkt()
            assert items["_location_latitude"] == pytest.approx(lat)


def test_rows_without_location_are_kept_and_counted(imported, sample_dir):
    gpkg, report = imported
    empty = sum(
        1
        for r in _csv_records(sample_dir / KOBO_CSV)[1:]
        if not r[_csv_records(sample_dir / KOBO_CSV)[0].index("location")]
    )
    rows = _rows(gpkg, "survey")
    assert report.rows == len(rows) == 420
    assert report.rows_without_location == empty == sum(1 for _, _, wkt in rows if wkt is None) > 0


def test_layer_is_point_epsg4326_with_spatial_index(imported):
    gpkg, _ = imported
    ds = ogr.Open(str(gpkg))
    layer = ds.GetLayerByName("survey")
    assert layer.GetGeomType() == ogr.wkbPoint
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "4326"
    assert layer.TestCapability(ogr.OLCFastSpatialFilter)
    minx, maxx, miny, maxy = 18.0, 19.5, 4.0, 5.5
    layer.SetSpatialFilterRect(minx, miny, maxx, maxy)
    inside = layer.GetFeatureCount()
    layer.SetSpatialFilter(None)
    expected = sum(
        1
        for f in layer
        if f.GetGeometryRef()
        and minx <= f.GetGeometryRef().GetX() <= maxx
        and miny <= f.GetGeometryRef().GetY() <= maxy
    )
    assert inside == expected > 0
    with sqlite3.connect(gpkg) as db:
        assert db.execute("SELECT count(*) FROM rtree_survey_geom").fetchone()[0] == 420 - 4
        assert db.execute("SELECT rtreecheck('rtree_survey_geom')").fetchone()[0] == "ok"


def test_feature_counts_and_extent_are_recorded(imported):
    gpkg, _ = imported
    with sqlite3.connect(gpkg) as db:
        counts = dict(db.execute("SELECT table_name, feature_count FROM gpkg_ogr_contents"))
        extent = db.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name='survey'").fetchone()
    assert counts["survey"] == counts["raw_survey"] == 420
    ds = ogr.Open(str(gpkg))
    minx, maxx, miny, maxy = ds.GetLayerByName("survey").GetExtent(force=1)
    assert extent == pytest.approx((minx, miny, maxx, maxy))


def test_triggers_are_restored_so_edits_update_the_index(imported, tmp_path):
    gpkg = tmp_path / "edit.gpkg"
    shutil.copy(imported[0], gpkg)
    ds = ogr.Open(str(gpkg), update=1)
    layer = ds.GetLayerByName("survey")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (10 10)"))
    assert layer.CreateFeature(feature) == 0
    ds = None
    with sqlite3.connect(gpkg) as db:
        indexed = db.execute("SELECT count(*) FROM rtree_survey_geom WHERE minx >= 9.99 AND maxx <= 10.01")
        assert indexed.fetchone()[0] == 1
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name='survey'").fetchone()[0] == 421


# ----------------------------------------------------------------------------- repeats, metadata, project


def test_members_repeat_is_a_typed_child_table(imported, sample_dir):
    gpkg, report = imported
    members = _rows(gpkg, "members")
    assert len(members) == len(_csv_records(sample_dir / MEMBERS_CSV)) - 1 == report.tables["members"]
    parents = {items["_index"] for _, items, _ in _rows(gpkg, "survey")}
    assert {items["_parent_index"] for _, items, _ in members} <= parents
    assert isinstance(members[0][1]["member_age"], int)
    assert {items["member_sex_label"] for _, items, _ in members} == {"Femme", "Homme"}
    assert report.relations == [
        {"parent": "survey", "child": "members", "parent_key": "_index", "child_key": "_parent_index"}
    ]


def test_metadata_records_source_checksum_form_and_counts(imported, sample_dir):
    gpkg, report = imported
    ((_, meta, _),) = _rows(gpkg, "cartong_metadata")
    assert meta["source_file"] == KOBO_CSV
    assert meta["source_sha256"] == hashlib.sha256((sample_dir / KOBO_CSV).read_bytes()).hexdigest()
    assert meta["form_sha256"] == hashlib.sha256((sample_dir / FORM).read_bytes()).hexdigest()
    assert (meta["form_id"], meta["language"]) == ("household_wash_caf", "Français (fr)")
    assert (meta["rows"], meta["rows_without_location"]) == (report.rows, report.rows_without_location)
    assert json.loads(meta["tables"]) == {"survey": 420, "members": report.tables["members"]}
    assert meta["delimiter"] == ";" and meta["encoding"] == "utf-8-sig"


def test_form_questions_are_kept_for_the_checks(imported):
    gpkg, _ = imported
    questions = {items["name"]: items for _, items, _ in _rows(gpkg, "form_questions")}
    assert questions["hh_size"]["constraint_expr"] == ". >= 1 and . <= 30"
    assert questions["hh_size"]["required"] == "true"
    assert questions["member_age"]["repeat"] == "members"


def test_xlsx_export_gives_the_same_typed_survey(imported, sample_dir, tmp_path):
    report = import_survey(sample_dir / KOBO_XLSX, sample_dir / FORM, tmp_path / "x.gpkg", "fr")
    assert report.tables == imported[1].tables
    from_csv = [(items, wkt) for _, items, wkt in _rows(imported[0], "survey")]
    from_xlsx = [(items, wkt) for _, items, wkt in _rows(tmp_path / "x.gpkg", "survey")]
    assert from_xlsx == from_csv


def test_add_survey_to_project_links_members(qgis_new_project, imported):
    from qgis.core import QgsProject

    from cartong_plugin.core.maps.survey_project import add_survey_to_project

    layers = add_survey_to_project(imported[0], QgsProject.instance())
    (relation,) = layers.relations
    survey = layers.survey
    first = next(f for f in survey.getFeatures() if f["hh_size"] and f["hh_size"] > 3 and f["consent"] == "yes")
    children = list(relation.getRelatedFeatures(first))
    assert children and all(c["_parent_index"] == first["_index"] for c in children)
    assert QgsProject.instance().relationManager().relation(relation.id()).isValid()


# ----------------------------------------------------------------------------- inputs, progress, cancel


def test_input_files_are_not_modified(sample_copy, tmp_path):
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sample_copy.iterdir() if p.is_file()}
    import_survey(sample_copy / KOBO_CSV, sample_copy / FORM, tmp_path / "s.gpkg")
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sample_copy.iterdir() if p.is_file()}
    assert after == before


class _Feedback:
    """QgsFeedback-like: records progress, cancels when asked to."""

    def __init__(self, cancel_at=None):
        self.values, self.cancel_at = [], cancel_at

    def setProgress(self, value):  # noqa: N802
        self.values.append(value)

    def isCanceled(self):  # noqa: N802
        return self.cancel_at is not None and bool(self.values) and self.values[-1] >= self.cancel_at


def test_progress_rises_to_100(sample_dir, tmp_path):
    feedback = _Feedback()
    import_survey(sample_dir / KOBO_CSV, sample_dir / FORM, tmp_path / "p.gpkg", feedback=feedback)
    assert feedback.values == sorted(feedback.values)
    assert feedback.values[-1] == 100


def test_cancel_leaves_no_output_and_keeps_the_previous_one(sample_dir, tmp_path):
    output = tmp_path / "c.gpkg"
    output.write_bytes(b"previous result")
    with pytest.raises(ImportCancelled):
        import_survey(sample_dir / KOBO_CSV, sample_dir / FORM, output, feedback=_Feedback(cancel_at=50))
    assert output.read_bytes() == b"previous result"
    assert [p.name for p in tmp_path.iterdir()] == ["c.gpkg"]


# ----------------------------------------------------------------------------- real Kobo / ODK exports


def test_kobo_grouped_split_coordinates_without_form(real_data_dir, tmp_path):
    source = real_data_dir / "kobotoolbox+kobocat/onadata/apps/logger/tests/fixtures/csvs/childrens_survey.csv"
    report = import_survey(source, None, tmp_path / "k.gpkg")
    assert report.geometry_column == "geo/_geolocation_latitude + geo/_geolocation_longitude"
    assert report.rows == report.rows_without_location == 2  # empty coordinates: kept, no geometry
    assert any("No XLSForm" in w for w in report.warnings)


def test_kobo_comma_csv_without_form_flags_bad_datetimes(real_data_dir, tmp_path):
    source = real_data_dir / "kobotoolbox+kobocat/onadata/libs/tests/fixtures/bad.csv"
    report = import_survey(source, None, tmp_path / "b.gpkg")
    (warning,) = [w for w in report.warnings if "_submission_time" in w]
    assert "(first at row 6: '2014-09-04T09:24:60')" in warning  # the header is row 1
    assert _field_types(tmp_path / "b.gpkg", "survey")["age"] == "Integer64"


def test_odk_central_csvs_beside_each_other_become_linked_tables(real_data_dir, tmp_path):
    report = import_survey(real_data_dir / ODK_DIR / f"{ODK_MAIN}.csv", None, tmp_path / "o.gpkg")
    assert report.tables == {"survey": 2, "taxon_encounter": 7, "vegetation_stratum": 7}
    assert {r["child_key"] for r in report.relations} == {"PARENT_KEY"}
    assert report.geometry_column == "location-corner1-Latitude + location-corner1-Longitude"
    assert report.rows_without_location == 0
    # every row of this real export is one field short of its header: kept, and said
    assert any("fewer fields" in w and "Status" in w for w in report.warnings)


def test_odk_central_zip_is_read_with_its_repeats(real_data_dir, tmp_path):
    archive = tmp_path / "Flora.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted((real_data_dir / ODK_DIR).glob(f"{ODK_MAIN}*.csv")):
            zf.write(path, path.name.replace(ODK_MAIN, "Flora-Quadrat-0-4"))
    report = import_survey(archive, None, tmp_path / "z.gpkg")
    assert report.tables == {"survey": 2, "taxon_encounter": 7, "vegetation_stratum": 7}
    children = _rows(tmp_path / "z.gpkg", "taxon_encounter")
    keys = {items["KEY"] for _, items, _ in _rows(tmp_path / "z.gpkg", "survey")}
    assert {items["PARENT_KEY"] for _, items, _ in children} <= keys
    assert isinstance(children[0][1]["_taxon_encounter_location_latitude"], float)


def test_zip_with_a_path_climbing_out_is_refused(tmp_path, sample_dir):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(sample_dir / KOBO_CSV, "../../survey.csv")
    with pytest.raises(CartongError, match="evil.zip"):
        import_survey(archive, None, tmp_path / "e.gpkg")
    assert not (tmp_path / "e.gpkg").exists()


# ----------------------------------------------------------------------------- bad input

BAD = Path(__file__).parent / "data" / "bad"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", r"empty\.csv is empty"),
        ("header_only.csv", r"header_only\.csv has a header row but no data rows"),
        ("ragged_long.csv", r"ragged_long\.csv, line 3: 10 fields where the header has 9"),
        ("broken_quote.csv", r"broken_quote\.csv: a quote opened near line 3 is never closed"),
        ("utf16_without_bom.csv", r"utf16_without_bom\.csv contains binary data"),
        ("excel_saved_as_csv.csv", r"excel_saved_as_csv\.csv is a zip or Excel file"),
    ],
)
def test_unreadable_file_is_refused_with_its_name_and_place(name, message, tmp_path, sample_dir):
    output = tmp_path / "out.gpkg"
    with pytest.raises(CartongError, match=message):
        import_survey(BAD / name, sample_dir / FORM, output)
    assert list(tmp_path.iterdir()) == []


def test_missing_data_file_is_named(tmp_path):
    with pytest.raises(CartongError, match="gone.csv does not exist"):
        import_survey(tmp_path / "gone.csv", None, tmp_path / "o.gpkg")
    assert not (tmp_path / "o.gpkg").exists()


def test_short_rows_are_kept_and_reported_with_row_and_column(tmp_path, sample_dir):
    report = import_survey(BAD / "ragged_short.csv", sample_dir / FORM, tmp_path / "r.gpkg")
    (warning,) = [w for w in report.warnings if "fewer fields" in w]
    assert "row 3" in warning and "column location" in warning  # the header is row 1
    raw = _rows(tmp_path / "r.gpkg", "raw_survey")
    assert raw[1][1]["location"] == "" and report.rows_without_location == 1


def test_short_rows_are_counted_and_the_first_named_but_empty_last_fields_are_not(tmp_path):
    from cartong_plugin.core.survey.export_readers import read_csv_text

    lines = ["a;b;c;d"] + ["1;2;3;"] * 3 + ["5;6"] + ["1;2;3;4", "", "7;8;9"] * 4
    (tmp_path / "short.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_csv_text(tmp_path / "short.csv")
    (warning,) = [w for w in table.warnings if "fewer fields" in w]
    assert "5 row(s)" in warning and "row 5," in warning and "column c" in warning
    assert table.frame.to_numpy().tolist()[3] == ["5", "6", "", ""]


def test_windows_1252_file_is_read_with_a_warning(tmp_path):
    report = import_survey(BAD / "windows_1252.csv", None, tmp_path / "w.gpkg")
    assert any("Windows-1252" in w for w in report.warnings)
    villages = [items["identification/village"] for _, items, _ in _rows(tmp_path / "w.gpkg", "raw_survey")]
    assert villages == ["Béléngou", "Yakéréla"]


def test_form_not_matching_the_data_is_refused(tmp_path, sample_dir, real_data_dir):
    other_form = real_data_dir / "ropensci+ruODK/inst/extdata/I8n_lang_choicefilter.xlsx"
    with pytest.raises(CartongError, match="does not match the form I8n_lang_choicefilter.xlsx"):
        import_survey(sample_dir / KOBO_CSV, other_form, tmp_path / "m.gpkg")
    assert not (tmp_path / "m.gpkg").exists()


@pytest.fixture(scope="module")
def bad_values(tmp_path_factory, sample_dir):
    gpkg = tmp_path_factory.mktemp("bad") / "v.gpkg"
    return gpkg, import_survey(BAD / "bad_values.csv", sample_dir / FORM, gpkg)


@pytest.mark.parametrize(
    ("column", "row", "value"),
    [
        ("household/hh_size", 3, "four"),
        ("household/arrival_date", 3, "2021-02-30"),
        ("end", 4, "not a time"),
    ],
)
def test_unparsable_value_is_named_with_row_and_left_empty(bad_values, column, row, value):
    gpkg, report = bad_values
    (warning,) = [w for w in report.warnings if f"column {column}:" in w]
    assert f"first at row {row}: '{value}'" in warning  # the row of the file: the header is row 1
    raw = _rows(gpkg, "raw_survey")
    assert raw[row - 2][1][column] == value  # the raw table keeps what was received


def test_both_bad_date_formats_are_counted(bad_values):
    (warning,) = [w for w in bad_values[1].warnings if "column household/arrival_date:" in w]
    assert warning.split(":")[1].strip().startswith("2 value(s)")  # 2021-02-30 and 02/03/2021


def test_unreadable_locations_are_counted_and_named(bad_values):
    gpkg, report = bad_values
    (warning,) = [w for w in report.warnings if "locations cannot be read" in w]
    assert "2 locations" in warning and "(rows 3, 4; first at row 3: " in warning and "Latitude 95.2" in warning
    assert report.rows_without_location == 3  # two unreadable, one empty


def test_decimal_comma_geopoint_is_accepted(bad_values):
    geometries = {items["_uuid"]: wkt for _, items, wkt in _rows(bad_values[0], "survey")}
    assert geometries["u4"] == "POINT (18.75 4.25)"


def test_output_replaces_a_previous_import_whole(sample_dir, tmp_path):
    output = tmp_path / "s.gpkg"
    import_survey(BAD / "bad_values.csv", sample_dir / FORM, output)
    import_survey(sample_dir / KOBO_CSV, sample_dir / FORM, output)
    assert len(_rows(output, "survey")) == 420
    assert gdal.OpenEx(str(output)).GetLayerCount() == 8  # 2 x (survey, members), metadata, columns, form x 2


# ----------------------------------------------------------------------------- other layouts of the same data


def test_plain_table_with_chosen_coordinate_columns(tmp_path):
    source = tmp_path / "sites.csv"
    source.write_text("site;lat;lon\nA;4,25;18,5\nB;;\nC;95;18\n", encoding="utf-8")
    report = import_survey(source, None, tmp_path / "sites.gpkg", lat_field="lat", lon_field="lon")
    geometries = {items["site"]: wkt for _, items, wkt in _rows(tmp_path / "sites.gpkg", "survey")}
    assert geometries == {"A": "POINT (18.5 4.25)", "B": None, "C": None}
    assert report.rows_without_location == 2
    (warning,) = [w for w in report.warnings if "location cannot be read" in w]
    assert "(row 4: " in warning and "Latitude 95" in warning  # C;95;18, under the header and 2 rows


def test_chosen_coordinate_column_that_does_not_exist_is_named(tmp_path, sample_dir):
    with pytest.raises(CartongError, match="lat / lon"):
        import_survey(sample_dir / KOBO_CSV, sample_dir / FORM, tmp_path / "x.gpkg", lat_field="lat", lon_field="lon")


def test_dot_group_separator_gives_the_same_typed_layer(imported, sample_dir, tmp_path):
    text = (sample_dir / KOBO_CSV).read_text(encoding="utf-8-sig")
    header, rest = text.split("\n", 1)
    dotted = tmp_path / "dotted.csv"
    dotted.write_text(header.replace("/", ".") + "\n" + rest, encoding="utf-8-sig")
    import_survey(dotted, sample_dir / FORM, tmp_path / "d.gpkg", "fr")
    assert _field_types(tmp_path / "d.gpkg", "survey") == _field_types(imported[0], "survey")
    assert [items for _, items, _ in _rows(tmp_path / "d.gpkg", "survey")] == [
        items for _, items, _ in _rows(imported[0], "survey")
    ]


def test_labels_export_is_recoded_to_choice_codes(sample_dir, tmp_path):
    """Kobo's "labels" export: headers are question labels, answers are choice labels."""
    from cartong_plugin.core.survey.xlsform import read_xlsform

    form = read_xlsform(sample_dir / FORM)
    records = _csv_records(sample_dir / KOBO_CSV)
    header, data = records[0], records[1:]
    gender = header.index("household/head_gender")
    english = {c.name: c.labels["English (en)"] for c in form.choices["gender"]}
    header[gender] = form.label("head_gender", "en")
    for row in data:
        row[gender] = english.get(row[gender], row[gender])
    labelled = tmp_path / "labels.csv"
    with open(labelled, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([header, *data])
    import_survey(labelled, sample_dir / FORM, tmp_path / "l.gpkg", "fr")
    pairs = {
        (items["head_gender"], items["head_gender_label"])
        for _, items, _ in _rows(tmp_path / "l.gpkg", "survey")
        if items["head_gender"]
    }
    assert pairs == {("male", "Homme"), ("female", "Femme")}


def test_preview_shows_first_rows_and_what_was_detected(sample_dir):
    from cartong_plugin.core.survey.importer import preview_export

    preview = preview_export(sample_dir / KOBO_CSV, sample_dir / FORM, rows=5)
    assert preview.rows == _csv_records(sample_dir / KOBO_CSV)[1:6]
    assert (preview.delimiter, preview.encoding) == (";", "utf-8-sig")
    assert preview.kinds["household/hh_size"] == "integer"
    assert preview.kinds["household/water_problems/distance"] == "flag"
    assert preview.geometry_default == "location"
    assert preview.repeats == ["members"]
    assert preview.languages == ["English (en)", "Français (fr)"]


def test_nested_repeat_hangs_from_its_parent_repeat(tmp_path, qgis_new_project):
    """Kobo CSVs of a repeat inside a repeat: kids_details rows point at kids rows, not households."""
    from qgis.core import QgsProject

    from cartong_plugin.core.maps.survey_project import add_survey_to_project

    (tmp_path / "hh.csv").write_text("name;_uuid;_index\nA;u1;1\nB;u2;2\n", encoding="utf-8")
    # "My form" (the form's title) is no file's name: the rows' _submission__uuid show it is the survey
    (tmp_path / "hh_kids.csv").write_text(
        "kid;_index;_parent_table_name;_parent_index;_submission__uuid\n"
        "k1;1;My form;1;u1\nk2;2;My form;2;u2\nk3;3;My form;2;u2\n",
        encoding="utf-8",
    )
    (tmp_path / "hh_kids_details.csv").write_text(
        "vaccine;_index;_parent_table_name;_parent_index\npolio;1;kids;3\nmeasles;2;kids;3\n", encoding="utf-8"
    )
    report = import_survey(tmp_path / "hh.csv", None, tmp_path / "hh.gpkg")
    assert report.relations == [
        {"parent": "survey", "child": "kids", "parent_key": "_index", "child_key": "_parent_index"},
        {"parent": "kids", "child": "kids_details", "parent_key": "_index", "child_key": "_parent_index"},
    ]
    layers = add_survey_to_project(tmp_path / "hh.gpkg", QgsProject.instance())
    nested = next(r for r in layers.relations if r.referencedLayer().name() == "kids")
    kid3 = next(f for f in layers.children["kids"].getFeatures() if f["kid"] == "k3")
    assert sorted(f["vaccine"] for f in nested.getRelatedFeatures(kid3)) == ["measles", "polio"]


def _write_xlsx(path, sheets):
    driver = gdal.GetDriverByName("XLSX")
    ds = driver.Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    for name, header, rows in sheets:
        layer = ds.CreateLayer(name, geom_type=ogr.wkbNone)
        for column in header:
            layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
        for row in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for i, value in enumerate(row):
                feature.SetField(i, value)
            layer.CreateFeature(feature)
    ds = None


def test_xlsx_repeat_sheets_keep_their_case_and_nesting(tmp_path):
    workbook = tmp_path / "export.xlsx"
    _write_xlsx(
        workbook,
        [
            ("My form", ["name", "_index"], [["A", "1"], ["B", "2"]]),
            ("Kids", ["kid", "_index", "_parent_table_name", "_parent_index"], [["k1", "1", "My form", "2"]]),
            (
                "Kids_Details",
                ["vaccine", "_index", "_parent_table_name", "_parent_index"],
                [["polio", "1", "Kids", "1"]],
            ),
        ],
    )
    report = import_survey(workbook, None, tmp_path / "x.gpkg")
    assert report.tables == {"survey": 2, "kids": 1, "kids_details": 1}
    assert [(r["parent"], r["child"]) for r in report.relations] == [("survey", "kids"), ("kids", "kids_details")]


@pytest.mark.parametrize("workbook", ["sample", "impact-initiatives+cleaningtools/data-raw/data.xlsx"])
def test_fast_xlsx_reading_gives_the_cells_text(workbook, sample_dir, real_data_dir):
    """The in-memory CSV route returns exactly what reading the cells one by one returns."""
    from cartong_plugin.core.survey.export_xlsx import _xlsx_sheets_via_csv
    from cartong_plugin.core.survey.xlsx_sheets import read_xlsx_sheets

    path = sample_dir / KOBO_XLSX if workbook == "sample" else real_data_dir / workbook
    fast = _xlsx_sheets_via_csv(path)
    cells = read_xlsx_sheets(path, what="data")
    assert [name for name, _, _ in fast] == list(cells)
    for name, headers, frame in fast:
        assert (headers, frame.to_numpy().tolist()) == cells[name]


def test_geojson_points_keep_properties_and_geometry(tmp_path):
    source = tmp_path / "sites.geojson"
    source.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"site": "A", "people": 12},
                        "geometry": {"type": "Point", "coordinates": [18.5, 4.25]},
                    },
                    {"type": "Feature", "properties": {"site": "B", "people": None}, "geometry": None},
                ],
            }
        ),
        encoding="utf-8",
    )
    report = import_survey(source, None, tmp_path / "g.gpkg")
    rows = _rows(tmp_path / "g.gpkg", "survey")
    assert [(items["site"], items["people"], wkt) for _, items, wkt in rows] == [
        ("A", 12, "POINT (18.5 4.25)"),
        ("B", None, None),
    ]
    assert report.rows_without_location == 1
    raw = _rows(tmp_path / "g.gpkg", "raw_survey")
    assert raw[0][1] == {"site": "A", "people": "12", "geometry": "POINT (18.5 4.25)"}


def test_geojson_polygons_become_a_polygon_layer(real_data_dir, tmp_path):
    source = real_data_dir / "OCHA-DAP+hdx-scraper-cod-ab-country/derived/caf_admin1.geojson"
    report = import_survey(source, None, tmp_path / "a.gpkg")
    ds = ogr.Open(str(tmp_path / "a.gpkg"))
    layer = ds.GetLayerByName("survey")
    assert report.rows == layer.GetFeatureCount() == 17 and report.rows_without_location == 0
    assert ogr.GeometryTypeToName(layer.GetGeomType()) in ("Polygon", "Multi Polygon")
    assert {f["adm1_pcode"] for f in layer} >= {"CF11"}


def test_project_layers_show_question_and_choice_labels(qgis_new_project, imported, sample_dir):
    from qgis.core import QgsProject

    from cartong_plugin.core.maps.survey_project import add_survey_to_project
    from cartong_plugin.core.survey.xlsform import read_xlsform

    survey = add_survey_to_project(imported[0], QgsProject.instance()).survey
    index = survey.fields().indexOf("head_gender")
    french = read_xlsform(sample_dir / FORM).label("head_gender", "fr")
    assert survey.attributeAlias(index) == french != "head_gender"
    setup = survey.editorWidgetSetup(index)
    assert setup.type() == "ValueMap"
    assert {"Femme": "female"} in setup.config()["map"]
    feature = next(f for f in survey.getFeatures() if f["head_gender"] == "female")
    assert feature["head_gender"] == "female"  # the code is what is stored


def test_unwritable_output_folder_is_a_message(sample_dir, tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where a folder is expected", encoding="utf-8")
    with pytest.raises(CartongError, match="cannot be written"):
        import_survey(sample_dir / KOBO_CSV, sample_dir / FORM, blocker / "survey.gpkg")


def test_unknown_label_language_falls_back_with_a_warning(sample_dir, tmp_path):
    report = import_survey(sample_dir / KOBO_CSV, sample_dir / FORM, tmp_path / "k.gpkg", "Sango")
    assert report.language == "English (en)"
    assert any("'Sango'" in w and "Français (fr)" in w for w in report.warnings)


HOSTILE = Path(__file__).parent / "data" / "hostile"


def test_xlsx_with_external_links_is_refused_and_nothing_written(tmp_path):
    with pytest.raises(CartongError, match="xlsx_external_link.xlsx"):
        import_survey(HOSTILE / "xlsx_external_link.xlsx", None, tmp_path / "out" / "x.gpkg")
    assert not (tmp_path / "out" / "x.gpkg").exists()


def test_xlsx_formulas_are_imported_with_a_warning(tmp_path):
    report = import_survey(HOSTILE / "xlsx_formulas.xlsx", None, tmp_path / "f.gpkg")
    assert any("formulas" in w for w in report.warnings)
    ((_, raw, _),) = _rows(tmp_path / "f.gpkg", "raw_survey")
    assert raw["note"] == "details"  # the value Excel saved; the formula is never computed


@pytest.mark.parametrize("archive", ["zip_bomb.zip", "zip_symlink.zip", "zip_absolute.zip", "zip_windows_drive.zip"])
def test_hostile_zip_is_refused(archive, tmp_path):
    with pytest.raises(CartongError, match=archive.replace(".", r"\.")):
        import_survey(HOSTILE / archive, None, tmp_path / "z.gpkg")
    assert not (tmp_path / "z.gpkg").exists()


def test_trailing_delimiter_column_is_dropped(tmp_path):
    source = tmp_path / "trailing.csv"
    source.write_text("site;people;\nA;3;\nB;4;\n", encoding="utf-8")
    report = import_survey(source, None, tmp_path / "t.gpkg")
    assert [list(items) for _, items, _ in _rows(tmp_path / "t.gpkg", "raw_survey")][0] == ["site", "people"]
    assert not any("no name" in w for w in report.warnings)


def test_unnamed_column_with_values_is_kept_under_a_name(tmp_path):
    source = tmp_path / "unnamed.csv"
    source.write_text("site;;people\nA;x;3\n", encoding="utf-8")
    report = import_survey(source, None, tmp_path / "u.gpkg")
    assert list(_rows(tmp_path / "u.gpkg", "raw_survey")[0][1]) == ["site", "column_2", "people"]
    assert any("column 2 has no name" in w for w in report.warnings)
