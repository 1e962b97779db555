# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin and cartong:exportmappdf: counts per admin area and the print-ready map."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import unicodedata

import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage

from cartong_plugin.core.maps import basemaps, map_texts
from tests.mapdata import admin_source, write_survey_points

pytestmark = pytest.mark.usefixtures("collect_cycles")

PLAN = {
    "CF111": ["well"] * 8 + ["river"] * 2,
    "CF112": ["well", "tap", "tap"],
    "CF113": ["tap"] * 6,
    "CF121": ["river"] * 14,
}
EXTRA = [(None, None, "CF113", "well")]  # no GPS, known P-code


def _execute(algorithm_id, parameters):
    """Run as the demo, scripts and qgis_process do (QgsProcessingException on failure)."""
    import processing

    return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())


@pytest.fixture(scope="module")
def uris(tmp_path_factory):
    path, admin1, admin2 = admin_source()
    survey = write_survey_points(tmp_path_factory.mktemp("alg") / "survey.gpkg", PLAN, extra_rows=EXTRA)
    return {
        "admin1": f"{path}|layername={admin1}",
        "admin2": f"{path}|layername={admin2}",
        "survey": f"{survey}|layername=survey",
    }


def _count(uris, tmp_path, **more):
    output = tmp_path / "counts.gpkg"
    params = {
        "POINTS": uris["survey"],
        "ADMIN": uris["admin2"],
        "ADMIN_CODE": "adm2_pcode",
        "ADMIN_NAME": "adm2_name",
        "OUTPUT": str(output),
    }
    params.update(more)
    result = _execute("cartong:countbyadmin", params)
    return result, QgsVectorLayer(result["OUTPUT"], "counts", "ogr")


def _pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _pdfinfo(path) -> dict:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def test_both_algorithms_are_in_the_provider(cartong_provider):
    ids = {a.id() for a in cartong_provider.algorithms()}
    assert {"cartong:countbyadmin", "cartong:exportmappdf"} <= ids


def test_count_by_location_writes_every_area_with_its_submissions(cartong_provider, uris, tmp_path):
    result, layer = _count(uris, tmp_path)
    counts = {f["adm2_pcode"]: f["submissions"] for f in layer.getFeatures()}
    assert {c: n for c, n in counts.items() if n} == {"CF111": 10, "CF112": 3, "CF113": 6, "CF121": 14}
    assert layer.featureCount() == QgsVectorLayer(uris["admin2"], "a", "ogr").featureCount()
    assert (result["TOTAL"], result["NO_LOCATION"]) == (33, 1)


def test_count_by_pcode_field_includes_submissions_without_gps(cartong_provider, uris, tmp_path):
    result, layer = _count(uris, tmp_path, JOIN_FIELD="admin2")
    counts = {f["adm2_pcode"]: f["submissions"] for f in layer.getFeatures()}
    assert counts["CF113"] == 7 and result["TOTAL"] == 34


def test_count_share_of_an_answer_marks_small_areas_insufficient(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path, ANSWER_FIELD="water_source", ANSWER_VALUE="well", MIN_COUNT=5)
    rows = {f["adm2_pcode"]: f for f in layer.getFeatures()}
    assert rows["CF111"]["answer_pct"] == pytest.approx(80.0)
    assert rows["CF112"]["data_status"] == "insufficient"
    assert rows["CF121"]["answer_pct"] == pytest.approx(0.0)


def test_count_with_a_missing_field_says_which(cartong_provider, uris, tmp_path):
    with pytest.raises(QgsProcessingException, match="adm9_pcode"):
        _count(uris, tmp_path, ADMIN_CODE="adm9_pcode")


def _export(uris, tmp_path, counts_uri, name="map.pdf", **more):
    params = {
        "POLYGONS": counts_uri,
        "COUNT_FIELD": "submissions",
        "POINTS": uris["survey"],
        "BOUNDARIES": uris["admin1"],
        "TITLE": "WASH survey: submissions by sous-préfecture",
        "SUBTITLE": "Test round",
        "SOURCES": "CartONG test survey; OCHA COD-AB",
        "AUTHOR": "Test author",
        "OUTPUT": str(tmp_path / name),
    }
    params.update(more)
    return _execute("cartong:exportmappdf", params)["OUTPUT"]


def test_export_writes_an_a4_landscape_pdf_with_the_map_texts(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path)
    pdf = _export(uris, tmp_path, layer.source())
    info = _pdfinfo(pdf)
    assert info["Pages"] == "1" and info["Page size"] == "842 x 595 pts (A4)"
    assert info["Title"] == "WASH survey: submissions by sous-préfecture" and info["Author"] == "Test author"
    text = _pdf_text(pdf)
    for expected in (
        "WASH survey: submissions by sous-préfecture",
        "Test round",
        "Legend",
        "Submissions per area",
        "No submissions",
        "Sources: CartONG test survey; OCHA COD-AB",
        "Map: Test author",
        "do not imply official endorsement or acceptance by CartONG or its partners",
    ):
        assert expected in text, expected


def test_export_follows_the_page_choice(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path)
    pdf = _export(uris, tmp_path, layer.source(), PAGE="a3_portrait")
    assert _pdfinfo(pdf)["Page size"] == "842 x 1191 pts (A3)"


def test_export_in_french(cartong_provider, uris, tmp_path, monkeypatch, french_i18n):
    monkeypatch.setattr(map_texts, "i18n_dir", lambda: french_i18n)
    _, layer = _count(uris, tmp_path)
    text = _pdf_text(_export(uris, tmp_path, layer.source(), LANGUAGE="fr", TITLE=""))
    for expected in (
        "Soumissions de l'enquête par zone administrative",
        "Légende",
        "Aucune soumission",
        "Sources : CartONG test survey",
        "Système de coordonnées",
    ):
        assert expected in text, expected


def test_share_map_shows_percent_classes_and_insufficient_data(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path, ANSWER_FIELD="water_source", ANSWER_VALUE="well", MIN_COUNT=5)
    text = _pdf_text(
        _export(
            uris,
            tmp_path,
            layer.source(),
            COUNT_FIELD="answer_pct",
            LEGEND_TITLE="Households using a well (%)",
            METHOD="equal",
            CLASSES=2,
        )
    )
    assert "Households using a well (%)" in text
    assert "Insufficient data (fewer than 5 submissions answering)" in text
    assert re.search(r"0\.0 ?– ?40\.0 %", text) and re.search(r"40\.1 ?– ?80\.0 %", text)  # never both at 40.0
    assert "No data" in text


def test_export_refuses_an_unknown_page_naming_the_choices(cartong_provider, uris, tmp_path):
    source = _count(uris, tmp_path)[1].source()
    with pytest.raises(QgsProcessingException, match="a4_landscape, a4_portrait"):
        _export(uris, tmp_path, source, PAGE="letter")


def test_export_atlas_writes_one_page_per_area_with_data(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path)
    params = {
        "POLYGONS": layer.source(),
        "POINTS": uris["survey"],
        "TITLE": "WASH survey",
        "ATLAS": True,
        "OUTPUT": str(tmp_path / "atlas.pdf"),
    }
    result = _execute("cartong:exportmappdf", params)
    assert result["PAGES"] == len(PLAN)
    assert _pdfinfo(result["OUTPUT"])["Pages"] == str(len(PLAN))
    assert "WASH survey – " in _pdf_text(result["OUTPUT"])


def test_export_with_labels_names_the_admin_areas(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path)
    admin2 = QgsVectorLayer(uris["admin2"], "a", "ogr")
    names = {f["adm2_pcode"]: f["adm2_name"] for f in admin2.getFeatures()}
    without = _pdf_text(_export(uris, tmp_path, layer.source(), name="plain.pdf"))
    labelled = _pdf_text(_export(uris, tmp_path, layer.source(), name="labels.pdf", LABELS=True))
    assert sum(names[c] in labelled for c in PLAN) > sum(names[c] in without for c in PLAN)


def test_export_circles_map(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path)
    text = _pdf_text(_export(uris, tmp_path, layer.source(), MAP_TYPE="circles", LEGEND_TITLE="Submissions"))
    assert "Circle area proportional to the value" in text and "Submissions" in text


def test_export_to_png_gives_a_non_blank_image(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path)
    png = _export(uris, tmp_path, layer.source(), name="map.png", DPI=72)
    image = QImage(png)
    assert not image.isNull()
    sample = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(sample) > 20


def test_export_refuses_an_unknown_format_and_writes_nothing(cartong_provider, uris, tmp_path):
    source = _count(uris, tmp_path)[1].source()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException, match=r"\.pdf"):
        _export(uris, out, source, name="map.docx")
    assert list(out.iterdir()) == []


def test_sample_survey_from_import_to_pdf(cartong_provider, sample_dir, tmp_path):
    """The demo's chain on the bundled sample: import, count by admin-2 P-code location, A4 PDF."""
    survey_import = pytest.importorskip("cartong_plugin.core.survey.importer")
    gpkg = tmp_path / "survey.gpkg"
    survey_import.import_survey(
        sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg
    )
    admin = f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2"
    result = _execute(
        "cartong:countbyadmin",
        {"POINTS": f"{gpkg}|layername=survey", "ADMIN": admin, "OUTPUT": str(tmp_path / "c.gpkg")},
    )  # default adm2_pcode
    counts = QgsVectorLayer(result["OUTPUT"], "c", "ogr")
    assert sum(f["submissions"] for f in counts.getFeatures()) == result["TOTAL"] > 300
    pdf = _execute(
        "cartong:exportmappdf",
        {
            "POLYGONS": result["OUTPUT"],
            "POINTS": f"{gpkg}|layername=survey",
            "BOUNDARIES": f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin1",
            "TITLE": "Household WASH survey: submissions",
            "SOURCES": "CartONG sample survey",
            "OUTPUT": str(tmp_path / "sample.pdf"),
        },
    )["OUTPUT"]
    assert "Household WASH survey: submissions" in _pdf_text(pdf)


@pytest.fixture(scope="module")
def numbers_uri(tmp_path_factory):
    from tests.map_numbers import write_numeric_survey

    return f"{write_numeric_survey(tmp_path_factory.mktemp('alg_numbers') / 'survey.gpkg')}|layername=survey"


def _not_blank(png) -> bool:
    image = QImage(str(png))
    sample = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    return not image.isNull() and len(sample) > 20


def test_count_median_of_a_numeric_question_per_area(cartong_provider, uris, numbers_uri, tmp_path):
    result, layer = _count({**uris, "survey": numbers_uri}, tmp_path, STATISTIC="median", VALUE_FIELD="hh_size")
    rows = {f["adm2_pcode"]: f for f in layer.getFeatures()}
    assert result["FIELD"] == "value_median"
    assert rows["CF113"]["value_median"] == pytest.approx(2.0)
    assert rows["CF112"]["data_status"] == "insufficient" and rows["CF114"]["data_status"] == "insufficient"


def test_count_mean_without_numeric_question_says_so(cartong_provider, uris, numbers_uri, tmp_path):
    with pytest.raises(QgsProcessingException, match="numeric question"):
        _count({**uris, "survey": numbers_uri}, tmp_path, STATISTIC="mean")


def test_mean_map_shows_its_classes_and_insufficient_data_not_a_mean(cartong_provider, uris, numbers_uri, tmp_path):
    _, layer = _count({**uris, "survey": numbers_uri}, tmp_path, STATISTIC="mean", VALUE_FIELD="hh_size")
    pdf = _export(
        uris,
        tmp_path,
        layer.source(),
        COUNT_FIELD="value_mean",
        METHOD="equal",
        CLASSES=3,
        POINTS=numbers_uri,
        LEGEND_TITLE="Mean household size",
    )
    text = _pdf_text(pdf)
    assert "Mean household size" in text and "Insufficient data (fewer than 5 submissions answering)" in text
    # Two means shown (4.0 and 5.5): the classes span them; 3 submissions make no class of their own.
    assert re.search(r"4\.0 ?– ?4\.8", text) and re.search(r"4\.9 ?– ?5\.5", text)
    png = _export(uris, tmp_path, layer.source(), name="mean.png", COUNT_FIELD="value_mean", DPI=72, POINTS=numbers_uri)
    assert _not_blank(png)


def test_export_with_class_limits_of_ones_own(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path)  # by location: 10, 3, 6 and 14 submissions
    pdf = _export(uris, tmp_path, layer.source(), BREAKS="5, 10, 20")
    text = _pdf_text(pdf)
    for low, high in ((3, 5), (6, 10), (11, 14)):
        assert re.search(rf"\b{low} ?– ?{high}\b", text), (low, high)
    assert not re.search(r"\b15 ?– ?20\b", text)  # no class beyond the data


def test_export_refuses_class_limits_that_are_not_numbers(cartong_provider, uris, tmp_path):
    source = _count(uris, tmp_path)[1].source()
    with pytest.raises(QgsProcessingException, match="ten is not a number"):
        _export(uris, tmp_path, source, BREAKS="5, ten, 20")
    assert not (tmp_path / "map.pdf").exists()


def test_export_heatmap_of_the_survey_points(cartong_provider, uris, tmp_path):
    pdf = _export(uris, tmp_path, uris["admin2"], MAP_TYPE="heatmap", TITLE="Where the households were surveyed")
    text = _pdf_text(pdf)
    for expected in (
        "Where the households were surveyed",
        "Density of submissions",
        "Few submissions",
        "Many submissions",
        "Map: Test author",
    ):
        assert expected in text, expected
    assert _not_blank(_export(uris, tmp_path, uris["admin2"], name="heat.png", MAP_TYPE="heatmap", DPI=72))


def test_heatmap_without_points_says_it_needs_them(cartong_provider, uris, tmp_path):
    with pytest.raises(QgsProcessingException, match="POINTS"):
        _export(uris, tmp_path, uris["admin2"], MAP_TYPE="heatmap", POINTS=None)
    assert not (tmp_path / "map.pdf").exists()


def test_export_atlas_as_one_file_per_area_with_data(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path)
    params = {
        "POLYGONS": layer.source(),
        "TITLE": "WASH survey",
        "ATLAS": True,
        "ATLAS_FILES": True,
        "DPI": 72,
        "OUTPUT": str(tmp_path / "atlas.pdf"),
    }
    result = _execute("cartong:exportmappdf", params)
    folder = tmp_path / "atlas"
    assert result["OUTPUT"] == str(folder) and result["PAGES"] == len(PLAN)
    names = {f["adm2_pcode"]: f["adm2_name"] for f in QgsVectorLayer(uris["admin2"], "a", "ogr").getFeatures()}
    expected = sorted(f"{code}_{re.sub(r'[ /]+', '_', names[code])}.pdf" for code in PLAN)
    assert sorted(p.name for p in folder.iterdir()) == expected
    assert all(_pdfinfo(folder / name)["Pages"] == "1" for name in expected)
    assert all(_pdfinfo(folder / name)["Title"] == "WASH survey" for name in expected)  # QGIS 3.22 writes none


def test_export_without_title_gets_the_default_title_of_its_map_type(cartong_provider, uris, numbers_uri, tmp_path):
    _, layer = _count({**uris, "survey": numbers_uri}, tmp_path, STATISTIC="median", VALUE_FIELD="hh_size")
    median = _export(uris, tmp_path, layer.source(), COUNT_FIELD="value_median", TITLE="")
    assert _pdfinfo(median)["Title"] == "Median of “hh_size” per admin area"  # the question countbyadmin recorded
    heat = _export(uris, tmp_path, uris["admin2"], name="heat.pdf", MAP_TYPE="heatmap", TITLE="")
    assert _pdf_text(heat).startswith("Where the submissions were collected")


def test_export_osm_background_credits_openstreetmap_when_online(cartong_provider, uris, tmp_path, monkeypatch):
    _, layer = _count(uris, tmp_path)
    monkeypatch.setattr(basemaps, "osm_reachable", lambda: False)  # tests never go online: the offline fallback
    text = _pdf_text(_export(uris, tmp_path, layer.source(), BACKGROUND="osm"))
    assert "basemap Natural Earth" in text and "OpenStreetMap" not in text


def test_export_without_sources_credits_the_admin_boundaries_it_draws(cartong_provider, uris, tmp_path):
    """COD-AB boundaries are shared under a licence asking for attribution: with no SOURCES given, the map
    credits the file the counted areas came from (recorded by countbyadmin) and the upper level's, and the
    survey file the counts were made from (attack 18maps, finding 4: the survey was never credited)."""
    _, layer = _count(uris, tmp_path)
    text = _pdf_text(_export(uris, tmp_path, layer.source(), SOURCES=""))
    assert "Sources: survey (survey.gpkg); admin boundaries (admin_boundaries.gpkg); basemap Natural Earth" in text
    assert "counts.gpkg" not in text


def test_export_refuses_an_unknown_background(cartong_provider, uris, tmp_path):
    source = _count(uris, tmp_path)[1].source()
    with pytest.raises(QgsProcessingException, match="offline, osm"):
        _export(uris, tmp_path, source, BACKGROUND="satellite")


def test_share_atlas_has_a_page_for_an_area_at_zero_percent(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path, ANSWER_FIELD="water_source", ANSWER_VALUE="well", MIN_COUNT=5)
    shown = sorted(f["adm2_pcode"] for f in layer.getFeatures() if f["data_status"] == "ok")
    assert shown == ["CF111", "CF113", "CF121"]  # 80 %, 0 % and 0 %; CF112 has too few submissions
    params = {
        "POLYGONS": layer.source(),
        "COUNT_FIELD": "answer_pct",
        "TITLE": "Well",
        "ATLAS": True,
        "DPI": 72,
        "OUTPUT": str(tmp_path / "share_atlas.pdf"),
    }
    result = _execute("cartong:exportmappdf", params)
    assert result["PAGES"] == len(shown) and _pdfinfo(result["OUTPUT"])["Pages"] == str(len(shown))


def test_export_merges_quantile_classes_that_collapse_to_one_value(cartong_provider, tmp_path, sample_dir):
    """The sample's counts per sous-préfecture (many areas with 10 to 13) in the Processing export."""
    from cartong_plugin.core.survey.importer import import_survey

    gpkg = tmp_path / "sample.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    admin = f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2"
    counts = _execute(
        "cartong:countbyadmin",
        {
            "POINTS": f"{gpkg}|layername=survey",
            "ADMIN": admin,
            "ADMIN_CODE": "adm2_pcode",
            "ADMIN_NAME": "adm2_name",
            "OUTPUT": str(tmp_path / "counts.gpkg"),
        },
    )["OUTPUT"]
    pdf = _execute(
        "cartong:exportmappdf",
        {
            "POLYGONS": counts,
            "COUNT_FIELD": "submissions",
            "METHOD": "quantile",
            "CLASSES": 5,
            "TITLE": "Sample",
            "OUTPUT": str(tmp_path / "map.pdf"),
        },
    )
    legend = _pdf_text(pdf["OUTPUT"]).replace(" ", "")  # pdftotext spaces the dashes as it likes
    assert "Submissionsperarea1–910–1213–82Nosubmissions" in legend  # three classes, no "10", "11", "12"


def test_atlas_files_refused_when_a_file_has_the_folder_name(cartong_provider, uris, tmp_path):
    _, layer = _count(uris, tmp_path)
    taken = tmp_path / "atlas"
    taken.write_text("keep", encoding="utf-8")
    params = {"POLYGONS": layer.source(), "ATLAS": True, "ATLAS_FILES": True, "DPI": 72}
    with pytest.raises(QgsProcessingException) as caught:
        _execute("cartong:exportmappdf", {**params, "OUTPUT": str(tmp_path / "atlas.pdf")})
    assert str(caught.value) == (
        f"Cannot write the atlas pages into the folder {taken}: {taken} is a file, not a folder. "
        "Rename or move that file, or choose another map file name."
    )
    assert taken.read_text(encoding="utf-8") == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atlas", "counts.gpkg"]


def test_atlas_export_refuses_a_folder_below_a_file(tmp_path):
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.maps.export import check_atlas_folder

    (tmp_path / "maps").write_text("keep", encoding="utf-8")
    with pytest.raises(CartongError, match=re.escape(f"{tmp_path / 'maps'} is a file")):
        check_atlas_folder(tmp_path / "maps" / "atlas")
    check_atlas_folder(tmp_path / "new" / "atlas")  # not there yet: fine


def test_map_of_answer_count_names_the_answer_and_draws_zero_where_submissions_were_made(
    cartong_provider, uris, tmp_path
):
    """CF111 (10 submissions) and CF121 (14) have no tap: 0, not "No submissions"; CF112 (3, below
    MIN_COUNT) has no count of taps: hatched as insufficient."""
    import sqlite3

    _, layer = _count(uris, tmp_path, ANSWER_FIELD="water_source", ANSWER_VALUE="tap")
    with contextlib.closing(sqlite3.connect(tmp_path / "counts.gpkg")) as db:
        (description,) = db.execute("SELECT description FROM gpkg_contents").fetchone()
    counted = json.loads(description)["cartong:countbyadmin"]
    assert (counted["answer_field"], counted["answer_value"]) == ("water_source", "tap")
    more = {"COUNT_FIELD": "answer_count", "TITLE": "", "POINTS": None, "BOUNDARIES": None, "SUBTITLE": ""}
    text = _pdf_text(_export(uris, tmp_path, layer.source(), **more))
    assert text.startswith(
        "Submissions answering water_source = tap per admin area Legend "
        "Submissions answering water_source = tap 0 1–6 Insufficient data (fewer than 5 submissions answering) "
        "No submissions "
    )
    atlas = _execute(
        "cartong:exportmappdf",
        {**more, "POLYGONS": layer.source(), "ATLAS": True, "DPI": 72, "OUTPUT": str(tmp_path / "atlas.pdf")},
    )
    assert atlas["PAGES"] == len(PLAN)  # the areas with submissions, 0 taps or more


def test_map_of_counts_without_a_record_of_the_answer_says_what_it_counts(
    cartong_provider, uris, numbers_uri, tmp_path
):
    import sqlite3

    _, layer = _count({**uris, "survey": numbers_uri}, tmp_path, STATISTIC="median", VALUE_FIELD="hh_size")
    with contextlib.closing(sqlite3.connect(tmp_path / "counts.gpkg")) as db, db:
        db.execute("UPDATE gpkg_contents SET description = ''")
    more = {"COUNT_FIELD": "value_count", "TITLE": "", "POINTS": None, "BOUNDARIES": None, "SUBTITLE": ""}
    text = _pdf_text(_export(uris, tmp_path, layer.source(), **more))
    assert text.startswith(
        "Submissions answering the numeric question per admin area Legend Submissions answering the numeric question "
    )
