# SPDX-License-Identifier: GPL-3.0-or-later
"""Print layouts from the bundled templates, rendered to real PDF/PNG/SVG files and read back."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutUtils,
    QgsPointXY,
    QgsProject,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QRectF, Qt, QTranslator
from qgis.PyQt.QtGui import QColor, QImage

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.base.paths import resources_dir
from cartong_plugin.core.maps import aggregate, basemaps, fitting, layouts, map_texts, styles, templates
from cartong_plugin.core.maps.export import export_layout
from tests.mapdata import admin_source, write_survey_points

PLAN = {
    "CF111": ["well"] * 12,
    "CF112": ["tap"] * 4,
    "CF113": ["river"] * 25,
    "CF114": ["well"] * 7,
    "CF121": ["tap"] * 2,
    "CF122": ["well"] * 18,
}
TITLE = "Household survey: submissions by sous-préfecture"
SOURCES = "CartONG household survey (KoboToolbox); OCHA COD-AB"
AUTHOR = "GIS officer, Bangui"
PAGE_POINTS = {
    "a4_landscape": (842, 595),
    "a4_portrait": (595, 842),
    "a3_landscape": (1191, 842),
    "a3_portrait": (842, 1191),
}


@pytest.fixture(scope="module")
def uris(tmp_path_factory):
    """URIs only: layers held by a fixture outlive QGIS and crash the interpreter at exit."""
    path, admin1, admin2 = admin_source()
    survey = write_survey_points(tmp_path_factory.mktemp("layouts") / "survey.gpkg", PLAN)
    return {
        "admin1": f"{path}|layername={admin1}",
        "admin2": f"{path}|layername={admin2}",
        "survey": f"{survey}|layername=survey",
    }


def _layers(uris):
    survey = QgsVectorLayer(uris["survey"], "survey", "ogr")
    admin2 = QgsVectorLayer(uris["admin2"], "admin2", "ogr")
    admin1 = QgsVectorLayer(uris["admin1"], "admin1", "ogr")
    assert survey.isValid() and admin2.isValid() and admin1.isValid()
    counts, _ = aggregate.count_layer(survey, admin2)
    return survey, admin1, admin2, counts


def _texts(**kw):
    values = {
        "title": TITLE,
        "subtitle": "WASH household survey, March 2026",
        "sources": SOURCES,
        "author": AUTHOR,
        "date": datetime.date(2026, 3, 14),
        "reference": "CAF-WASH-007",
    }
    values.update(kw)
    return map_texts.MapTexts(**values)


def _choropleth(uris, project, **kw):
    survey, admin1, _, counts = _layers(uris)
    options = {"points": survey, "boundaries": admin1}
    options.update(kw)
    return layouts.build_choropleth_layout(project, counts, "submissions", _texts(), **options)


def _pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures (ﬃ) and line breaks


def _pdfinfo(path) -> dict:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def _page_points(info) -> tuple[int, int]:
    width, height = re.match(r"\s*([\d.]+) x ([\d.]+) pts", info["Page size"]).groups()
    return round(float(width)), round(float(height))


@pytest.mark.parametrize("page", list(PAGE_POINTS))
def test_each_template_exports_one_page_of_its_size(qgis_app, uris, tmp_path, page):
    project = QgsProject()
    pdf = export_layout(_choropleth(uris, project, page=page), tmp_path / f"{page}.pdf")
    info = _pdfinfo(pdf)
    assert info["Pages"].strip() == "1"
    assert _page_points(info) == PAGE_POINTS[page]


def test_pdf_contains_title_legend_sources_date_and_disclaimer(qgis_app, uris, tmp_path):
    project = QgsProject()
    text = _pdf_text(export_layout(_choropleth(uris, project), tmp_path / "map.pdf"))
    for expected in (
        TITLE,
        "WASH household survey, March 2026",
        "Legend",
        "Submissions per area",
        "No submissions",
        "Submission (GPS location)",
        "Boundary of the upper admin level",
        "Sources: " + SOURCES,
        "Date: 14 March 2026",
        "Map: " + AUTHOR,
        "Map reference: CAF-WASH-007",
        map_texts.disclaimer_text(),
    ):
        assert expected in text, expected


def test_legend_lists_the_classes_computed_from_the_counts(qgis_app, uris, tmp_path):
    project = QgsProject()
    text = _pdf_text(export_layout(_choropleth(uris, project, classes=3, method="equal"), tmp_path / "m.pdf"))
    # counts 2, 4, 7, 12, 18, 25 in three equal intervals of (25 - 2) / 3
    for lower, upper in ((2, 9), (10, 17), (18, 25)):
        assert re.search(rf"\b{lower} ?– ?{upper}\b", text), (lower, upper)


def test_pdf_names_the_utm_zone_of_the_surveyed_area(qgis_app, uris, tmp_path):
    project = QgsProject()
    survey = QgsVectorLayer(uris["survey"], "survey", "ogr")
    zone = int((survey.extent().center().x() + 180) // 6) + 1
    text = _pdf_text(export_layout(_choropleth(uris, project), tmp_path / "map.pdf"))
    assert f"Coordinate system: WGS 84 / UTM zone {zone}N (EPSG:{32600 + zone})" in text


def test_pdf_metadata_has_title_and_author(qgis_app, uris, tmp_path):
    project = QgsProject()
    pdf = export_layout(_choropleth(uris, project), tmp_path / "map.pdf", title=TITLE, author=AUTHOR)
    info = _pdfinfo(pdf)
    assert info["Title"].strip() == TITLE
    assert info["Author"].strip() == AUTHOR


def test_pdf_is_vector_with_embedded_fonts(qgis_app, uris, tmp_path):
    project = QgsProject()
    pdf = export_layout(_choropleth(uris, project), tmp_path / "map.pdf")
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 2  # the header only: no raster image
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # the "emb" column


def test_french_language_writes_french_texts_and_date(qgis_app, uris, tmp_path, monkeypatch, french_i18n):
    monkeypatch.setattr(map_texts, "i18n_dir", lambda: french_i18n)
    project = QgsProject()
    layout = _choropleth(uris, project, language="fr")
    text = _pdf_text(export_layout(layout, tmp_path / "carte.pdf"))
    for expected in (
        "Légende",
        "Soumissions par zone",
        "Aucune soumission",
        "Soumission (position GPS)",
        "Sources : " + SOURCES,
        "Date : 14 mars 2026",
        "Carte : " + AUTHOR,
        "Système de coordonnées",
        "Référence de la carte : CAF-WASH-007",
        "n'impliquent ni reconnaissance ni acceptation officielles",
    ):
        assert expected in text, expected
    assert "Legend" not in text


def test_english_map_stays_english_when_qgis_speaks_french(qgis_app, uris, tmp_path, french_i18n):
    translator = QTranslator()
    assert translator.load(str(french_i18n / "cartong_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        project = QgsProject()
        text = _pdf_text(export_layout(_choropleth(uris, project, language="en"), tmp_path / "map.pdf"))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "Legend" in text and "Légende" not in text
    assert "do not imply official endorsement or acceptance by CartONG" in text


def test_png_export_is_not_blank(qgis_app, uris, tmp_path):
    project = QgsProject()
    png = export_layout(_choropleth(uris, project), tmp_path / "map.png", dpi=60)
    image = QImage(str(png))
    assert abs(image.width() - 297 / 25.4 * 60) <= 1 and abs(image.height() - 210 / 25.4 * 60) <= 1
    colours, inked = set(), 0
    for x in range(0, image.width(), 4):
        for y in range(0, image.height(), 4):
            pixel = image.pixel(x, y) & 0xFFFFFF
            colours.add(pixel)
            inked += pixel != 0xFFFFFF
    samples = len(range(0, image.width(), 4)) * len(range(0, image.height(), 4))
    assert inked / samples > 0.2
    assert len(colours) > 20


def test_svg_export_keeps_texts(qgis_app, uris, tmp_path):
    project = QgsProject()
    svg = export_layout(_choropleth(uris, project), tmp_path / "map.svg")
    content = svg.read_text(encoding="utf-8")
    assert content.lstrip().startswith("<?xml") and "<svg" in content
    assert "Legend" in content


def test_unknown_format_is_refused_and_writes_nothing(qgis_app, uris, tmp_path):
    project = QgsProject()
    layout = _choropleth(uris, project)
    with pytest.raises(CartongError, match=r"\.pdf"):
        export_layout(layout, tmp_path / "map.docx")
    assert list(tmp_path.iterdir()) == []


def test_every_item_stays_on_the_page(qgis_app, uris):
    for page in templates.PAGES:
        project = QgsProject()
        layout = _choropleth(uris, project, page=page)
        page_rect = layout.pageCollection().page(0).sceneBoundingRect()
        for item in layout.items():
            if hasattr(item, "id") and item.id() and not isinstance(item, QgsLayoutItemPage):
                rect = item.sceneBoundingRect()
                assert page_rect.adjusted(-0.1, -0.1, 0.1, 0.1).contains(rect), (page, item.id())


def test_main_map_is_zoomed_on_the_surveyed_areas(qgis_app, uris):
    project = QgsProject()
    survey, _, admin2, _ = _layers(uris)
    layout = _choropleth(uris, project)
    main_map = layout.itemById("main_map")
    transform = QgsCoordinateTransform(survey.crs(), main_map.crs(), project)
    points_extent = transform.transformBoundingBox(survey.extent())
    country = transform.transformBoundingBox(admin2.extent())
    assert main_map.extent().contains(points_extent)
    assert main_map.extent().width() < country.width() / 2  # the survey covers the south-west only


def test_points_with_faulty_gps_do_not_zoom_the_map_out(qgis_app, uris, tmp_path):
    survey_path = write_survey_points(
        tmp_path / "faulty.gpkg", PLAN, extra_rows=[(0.0, 0.0, "CF111", "well"), (4.5, 18.5, "CF111", "well")]
    )
    survey = QgsVectorLayer(f"{survey_path}|layername=survey", "survey", "ogr")
    admin2 = QgsVectorLayer(uris["admin2"], "admin2", "ogr")
    counts, _ = aggregate.count_layer(survey, admin2)
    project = QgsProject()
    layout = layouts.build_choropleth_layout(project, counts, "submissions", _texts(), points=survey)
    main_map = layout.itemById("main_map")
    country = QgsCoordinateTransform(admin2.crs(), main_map.crs(), project).transformBoundingBox(admin2.extent())
    assert main_map.extent().width() < country.width() / 2


def test_overview_map_shows_the_main_map_extent_box(qgis_app, uris):
    project = QgsProject()
    layout = _choropleth(uris, project)
    main_map, overview = layout.itemById("main_map"), layout.itemById("overview_map")
    assert isinstance(overview, QgsLayoutItemMap)
    assert overview.overviews().size() == 1
    assert overview.overviews().overview(0).linkedMap() is main_map
    assert overview.extent().contains(main_map.extent().center())


def test_legend_lists_only_the_map_layers_given(qgis_app, uris):
    project = QgsProject()
    layout = _choropleth(uris, project)
    legend = layout.itemById("legend")
    names = [node.name() for node in legend.model().rootGroup().children()]
    assert names == ["Submissions per area", "Submission (GPS location)", "Boundary of the upper admin level"]


def _many_categories_layer(n: int, label: str = "Answer {i}") -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=answer:string", "answers", "memory")
    features = []
    for i in range(n):
        feature = QgsFeature(layer.fields())
        feature["answer"] = f"answer_{i:02d}"
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(16 + i * 0.1, 5 + (i % 7) * 0.2)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    labels = {f"answer_{i:02d}": label.format(i=i) for i in range(n)}
    layer.setRenderer(styles.categorized_renderer(layer, "answer", labels))
    return layer


def _legend_and_box(project, page, layer):
    """The built layout, its legend, and the template's legend box and symbol height."""
    layout = templates.build_map_layout(project, _texts(), [layer], page=page)
    template_layout = templates.load_template(page, project)  # kept: its items die with it
    template = template_layout.itemById("legend")
    return layout, layout.itemById("legend"), QRectF(template.sceneBoundingRect()), template.symbolHeight()


@pytest.mark.parametrize("page", ["a4_landscape", "a4_portrait"])
def test_long_legend_shrinks_to_fit_its_box(qgis_app, page):
    project = QgsProject()  # outlives the layout
    layout, legend, box, template_symbol_height = _legend_and_box(project, page, _many_categories_layer(30))
    assert isinstance(legend, QgsLayoutItemLegend)
    assert legend.symbolHeight() < template_symbol_height
    content = fitting.legend_content_size(legend)
    assert content.width() <= box.width() + 0.01 and content.height() <= box.height() + 0.01
    assert not legend.sceneBoundingRect().intersects(layout.itemById("sources").sceneBoundingRect())


@pytest.mark.parametrize("page", ["a4_landscape", "a4_portrait"])
def test_legend_too_long_even_when_small_is_clipped_to_its_box(qgis_app, page):
    layer = _many_categories_layer(40, "Answer number {i} with a rather long label from the form")
    project = QgsProject()  # outlives the layout
    layout, legend, box, _ = _legend_and_box(project, page, layer)
    assert box.adjusted(-0.01, -0.01, 0.01, 0.01).contains(legend.sceneBoundingRect())
    assert not legend.resizeToContents()  # painting must not grow it back
    assert not legend.sceneBoundingRect().intersects(layout.itemById("sources").sceneBoundingRect())


def test_short_legend_keeps_the_template_font_size(qgis_app, uris):
    project = QgsProject()
    layout = _choropleth(uris, project)
    template_layout = templates.load_template("a4_landscape", project)
    assert layout.itemById("legend").symbolHeight() == pytest.approx(template_layout.itemById("legend").symbolHeight())


def _title(project, uris, title, page="a4_portrait"):
    survey, admin1, _, counts = _layers(uris)
    layout = layouts.build_choropleth_layout(project, counts, "submissions", _texts(title=title), page=page)
    template = templates.load_template(page, project)
    return layout, layout.itemById("title"), fitting.label_font(template.itemById("title")).pointSizeF()


def test_title_too_long_for_one_line_is_shrunk_to_fit(qgis_app, uris):
    project = QgsProject()
    long_title = "Households reporting water problems by sous-préfecture, round 1"
    layout, title, template_size = _title(project, uris, long_title)
    assert fitting.label_font(title).pointSizeF() < template_size
    assert QgsLayoutUtils.textWidthMM(fitting.label_font(title), title.text()) <= title.sizeWithUnits().width()


def test_very_long_title_is_wrapped_whole_within_its_box(qgis_app, uris):
    long_title = (
        "Households reporting water problems by sous-préfecture, first round of the WASH household "
        "survey in the south-west"
    )
    project = QgsProject()
    layout, title, _ = _title(project, uris, long_title)
    font = fitting.label_font(title)
    lines = title.text().split("\n")
    assert font.pointSizeF() >= 11 and " ".join(lines) == long_title  # nothing cut
    assert all(QgsLayoutUtils.textWidthMM(font, line) <= title.sizeWithUnits().width() for line in lines)
    assert len(lines) * QgsLayoutUtils.fontHeightMM(font) <= title.sizeWithUnits().height()  # none clipped


def test_unknown_page_is_a_clear_error(qgis_app, uris):
    with pytest.raises(CartongError, match="a5_landscape"):
        templates.template_path("a5_landscape")


def test_building_the_map_leaves_the_input_layer_style_alone(qgis_app, uris):
    project = QgsProject()
    survey, admin1, _, counts = _layers(uris)
    renderer_before = counts.renderer().type()
    layouts.build_choropleth_layout(project, counts, "submissions", _texts(), points=survey)
    assert counts.renderer().type() == renderer_before
    assert survey.renderer().type() == "singleSymbol" and survey.name() == "survey"


def _atlas(uris, project):
    survey, admin1, _, counts = _layers(uris)
    return layouts.build_atlas_layout(
        project, counts, "submissions", _texts(title="WASH survey"), points=survey, boundaries=admin1
    )


def _names(uris) -> dict:
    admin2 = QgsVectorLayer(uris["admin2"], "admin2", "ogr")
    return {f["adm2_pcode"]: f["adm2_name"] for f in admin2.getFeatures()}


def test_atlas_writes_one_page_per_area_with_data_named_in_its_title(qgis_app, uris, tmp_path):
    from cartong_plugin.core.maps.export import export_atlas

    project = QgsProject()
    pdf = export_atlas(_atlas(uris, project), tmp_path / "atlas.pdf")[0]
    assert _pdfinfo(pdf)["Pages"].strip() == str(len(PLAN))
    names = _names(uris)
    for number, code in enumerate(sorted(PLAN), start=1):  # pages sorted by P-code
        page = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert f"WASH survey – {names[code]} ({code})" in " ".join(page.split())


def test_atlas_one_file_per_area_named_by_pcode_and_name(qgis_app, uris, tmp_path):
    from cartong_plugin.core.maps.export import export_atlas

    project = QgsProject()
    files = export_atlas(_atlas(uris, project), tmp_path / "pages", one_file_per_area=True)
    names = _names(uris)
    unsafe = re.compile(r'[\\/:*?"<>| ]+')
    expected = {"{}_{}.pdf".format(code, unsafe.sub("_", names[code])) for code in PLAN}
    assert {f.name for f in files} == expected
    assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == sorted(expected)  # no staging left
    assert all(_pdfinfo(f)["Pages"].strip() == "1" for f in files)


def test_atlas_pages_zoom_on_their_area(qgis_app, uris):
    project = QgsProject()
    layout = _atlas(uris, project)
    atlas = layout.atlas()
    atlas.beginRender()
    atlas.first()
    main_map = layout.itemById("main_map")
    feature = atlas.layout().reportContext().feature()
    area = QgsCoordinateTransform(
        QgsVectorLayer(uris["admin2"], "a", "ogr").crs(), main_map.crs(), project
    ).transformBoundingBox(feature.geometry().boundingBox())
    atlas.endRender()
    assert main_map.extent().contains(area)
    assert main_map.extent().width() < area.width() * 2 or main_map.extent().height() < area.height() * 2


def test_offline_basemap_of_neighbouring_countries_with_its_attribution(qgis_app, uris, tmp_path):
    if not (Path(QgsApplication.pkgDataPath()) / basemaps.WORLD_MAP).is_file():
        pytest.skip("this QGIS ships no world map")
    project = QgsProject()
    layout = _choropleth(uris, project)
    main_layers = layout.itemById("main_map").layers()
    backgrounds = [lyr for lyr in main_layers if lyr.customProperty(basemaps.BASEMAP_ROLE)]
    assert len(backgrounds) == 1 and main_layers[-1] is backgrounds[0]  # drawn under everything
    assert backgrounds[0].labelsEnabled()
    inset = [lyr for lyr in layout.itemById("overview_map").layers() if lyr.customProperty(basemaps.BASEMAP_ROLE)]
    assert len(inset) == 1 and not inset[0].labelsEnabled()
    text = _pdf_text(export_layout(layout, tmp_path / "map.pdf"))
    assert "basemap Natural Earth" in text


def test_neighbouring_countries_are_named_in_the_map_language(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsExpression, QgsExpressionContext, QgsRectangle

    if not (Path(QgsApplication.pkgDataPath()) / basemaps.WORLD_MAP).is_file():
        pytest.skip("this QGIS ships no world map")
    project = QgsProject()
    car = QgsReferencedRectangle(QgsRectangle(14.4, 2.2, 27.5, 11.0), QgsCoordinateReferenceSystem("EPSG:4326"))
    labels = {}
    for language in ("en", "fr"):
        basemap = basemaps.world_basemap(car, project, language)
        expression = QgsExpression(basemap.labeling().settings().fieldName)
        context = QgsExpressionContext()
        for feature in basemap.getFeatures():
            if feature["ISO_A3"] in ("TCD", "CMR", "COD", "CAF", "XKX") or feature["NAME"] == "Kosovo":
                context.setFeature(feature)
                labels[(language, feature["NAME"])] = expression.evaluate(context)
    assert labels[("en", "Chad")] == "CHAD" and labels[("fr", "Chad")] == "TCHAD"
    assert labels[("en", "Cameroon")] == "CAMEROON" and labels[("fr", "Cameroon")] == "CAMEROUN"
    assert labels[("fr", "Dem. Rep. Congo")] == "RD CONGO"
    assert labels[("fr", "Central African Rep.")] is None  # the surveyed country itself is not named
    assert labels[("fr", "Kosovo")] == "KOSOVO"  # no ISO code: Natural Earth's name


def test_french_country_names_cover_the_offline_world_map(qgis_app):
    path = Path(QgsApplication.pkgDataPath()) / basemaps.WORLD_MAP
    if not path.is_file():
        pytest.skip("this QGIS ships no world map")
    countries = QgsVectorLayer(f"{path}|layername=countries", "countries", "ogr")
    codes = {f["ISO_A3"] for f in countries.getFeatures() if isinstance(f["ISO_A3"], str)} - {"-99"}
    names = basemaps.country_names("fr")
    assert codes - set(names) == set() and names["CAF"] == "Centrafrique" and names["COD"] == "RD Congo"
    assert basemaps.country_names("en") == {}  # English: Natural Earth's own names


def test_basemap_can_be_left_out(qgis_app, uris, tmp_path):
    project = QgsProject()
    layout = _choropleth(uris, project, with_basemap=False)
    assert not any(lyr.customProperty(basemaps.BASEMAP_ROLE) for lyr in layout.itemById("main_map").layers())
    assert "Natural Earth" not in _pdf_text(export_layout(layout, tmp_path / "map.pdf"))


def test_light_image_for_messaging_apps_stays_under_one_megabyte(qgis_app, uris, tmp_path):
    from cartong_plugin.core.maps.export import LIGHT_MAX_BYTES, export_light_image

    project = QgsProject()
    jpg = export_light_image(_choropleth(uris, project), tmp_path / "map.jpg")
    assert 20_000 < jpg.stat().st_size <= LIGHT_MAX_BYTES
    image = QImage(str(jpg))
    assert image.width() >= round(297 / 25.4 * 60)


def test_layout_kept_in_the_project_gets_a_unique_name(qgis_app, uris):
    project = QgsProject()
    first = layouts.keep_in_project(_choropleth(uris, project))
    second = layouts.keep_in_project(_choropleth(uris, project))
    names = [layout.name() for layout in project.layoutManager().printLayouts()]
    assert len(names) == 2 and len(set(names)) == 2 and first.name() == TITLE
    assert second.name() == TITLE + " (2)"


def test_admin_names_are_written_where_they_fit(qgis_app, uris, tmp_path):
    project = QgsProject()
    layout = _choropleth(uris, project, label_field="adm2_name", points=None)
    text = _pdf_text(export_layout(layout, tmp_path / "map.pdf"))
    names = _names(uris)
    written = [code for code in PLAN if names[code] in text]
    assert len(written) >= len(PLAN) // 2  # big enough areas are named; crowded ones may not be


def test_unknown_label_field_is_a_clear_error(qgis_app, uris):
    project = QgsProject()
    with pytest.raises(CartongError, match="adm2_label"):
        _choropleth(uris, project, label_field="adm2_label")


def _coded_points(tmp_path):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=water_source:string&field=water_source_label:string", "survey", "memory"
    )
    rows = [("well", "Protected well")] * 5 + [("river", "Surface water")] * 3 + [("", "")]
    features = []
    for i, (code, label) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature["water_source"], feature["water_source_label"] = code, label
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(18.2 + 0.05 * i, 4.5 + 0.03 * i)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def test_points_map_colours_answers_with_their_labels(qgis_app, uris, tmp_path):
    project = QgsProject()
    points = _coded_points(tmp_path)
    layout = layouts.build_points_layout(
        project,
        points,
        "water_source",
        _texts(title="Water sources"),
        areas=QgsVectorLayer(uris["admin2"], "admin2", "ogr"),
        legend_title="Main water source",
    )
    text = _pdf_text(export_layout(layout, tmp_path / "points.pdf"))
    assert "Main water source" in text
    assert text.index("Protected well") < text.index("Surface water") < text.index("No answer")  # by frequency


def test_points_map_zooms_on_the_areas_holding_points(qgis_app, uris, tmp_path):
    project = QgsProject()
    points = _coded_points(tmp_path)
    admin2 = QgsVectorLayer(uris["admin2"], "admin2", "ogr")
    layout = layouts.build_points_layout(project, points, "water_source", _texts(), areas=admin2)
    main_map = layout.itemById("main_map")
    country = QgsCoordinateTransform(admin2.crs(), main_map.crs(), project).transformBoundingBox(admin2.extent())
    points_box = QgsCoordinateTransform(points.crs(), main_map.crs(), project).transformBoundingBox(points.extent())
    assert main_map.extent().contains(points_box)
    assert main_map.extent().width() < country.width() / 2


# Every module whose tr() strings can end up on a map or in its algorithms' messages.
MAP_MODULES = (
    "core/maps/aggregate.py",
    "core/maps/area_warnings.py",
    "core/maps/styles.py",
    "core/maps/map_texts.py",
    "core/maps/fitting.py",
    "core/maps/extents.py",
    "core/maps/basemaps.py",
    "core/maps/templates.py",
    "core/maps/layouts.py",
    "core/maps/right_to_left.py",
    "core/maps/export.py",
    "processing/count_by_admin.py",
    "processing/export_map.py",
)


def map_strings() -> list[tuple[str, str]]:
    """(module, English source) of every tr("…") in MAP_MODULES."""
    import ast

    found = []
    for module in MAP_MODULES:
        path = resources_dir().parent / "cartong_plugin" / module
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append((module, node.args[0].value))
    return found


def test_french_fixture_translates_every_string_of_the_map_modules():
    """tests/data/maps_fr.ts carries the French of every tr() in the map modules (for the central .ts)."""
    import xml.etree.ElementTree as ET

    repo = resources_dir().parent
    translated = {
        m.findtext("source"): m.findtext("translation")
        for m in ET.parse(repo / "tests" / "data" / "maps_fr.ts").getroot().iter("message")
    }
    assert [f"{module}: {source}" for module, source in map_strings() if not translated.get(source)] == []


def test_pdf_is_georeferenced_on_the_main_map(qgis_app, uris, tmp_path):
    from osgeo import gdal, osr

    project = QgsProject()
    layout = _choropleth(uris, project)
    pdf = export_layout(layout, tmp_path / "map.pdf")
    dataset = gdal.Open(str(pdf))
    srs = osr.SpatialReference(wkt=dataset.GetProjection())
    assert srs.GetAuthorityCode(None) == layout.itemById("main_map").crs().authid().split(":")[1]
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    survey = QgsVectorLayer(uris["survey"], "survey", "ogr")
    main_map = layout.itemById("main_map")
    centre = QgsCoordinateTransform(survey.crs(), main_map.crs(), project).transform(survey.extent().center())
    assert x0 < centre.x() < x0 + dx * dataset.RasterXSize
    assert y0 + dy * dataset.RasterYSize < centre.y() < y0


REFERENCE = resources_dir().parent / "tests" / "data" / "maps_reference_a4_landscape.png"


def _thumbnail(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32).scaled(
        120, 85, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def test_rendering_matches_the_reference_image(qgis_app, uris, tmp_path):
    """A coarse pixel diff (thumbnails): catches a missing map, legend or frame, not font hinting.

    After an intended design change: CARTONG_UPDATE_REFERENCES=1 pytest ... -k reference.
    """
    import os

    project = QgsProject()
    png = export_layout(_choropleth(uris, project), tmp_path / "map.png", dpi=30)
    if os.environ.get("CARTONG_UPDATE_REFERENCES"):
        shutil.copy(png, REFERENCE)
    rendered, reference = _thumbnail(QImage(str(png))), _thumbnail(QImage(str(REFERENCE)))
    total, far = 0, 0
    for x in range(rendered.width()):
        for y in range(rendered.height()):
            a, b = rendered.pixelColor(x, y), reference.pixelColor(x, y)
            diff = (abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())) / 3
            total += diff
            far += diff > 60
    pixels = rendered.width() * rendered.height()
    # 0 when identical; leaving out the basemap or changing the classes gives about 1.8.
    assert total / pixels < 1.2 and far / pixels < 0.005, (total / pixels, far / pixels)


def test_partner_logo_is_placed_when_given_and_removed_otherwise(qgis_app, uris):
    logo = resources_dir() / "icons" / "cartong.svg"
    project = QgsProject()
    survey, admin1, _, counts = _layers(uris)
    with_logo = layouts.build_choropleth_layout(project, counts, "submissions", _texts(logo_path=str(logo)))
    without = layouts.build_choropleth_layout(project, counts, "submissions", _texts())
    assert with_logo.itemById("logo").picturePath() == str(logo)
    assert without.itemById("logo") is None


def test_proportional_symbols_map_one_circle_per_area_with_data(qgis_app, uris, tmp_path):
    project = QgsProject()
    _, admin1, _, counts = _layers(uris)
    layout = layouts.build_proportional_layout(
        project,
        counts,
        "submissions",
        _texts(title="Submissions"),
        boundaries=admin1,
        legend_title="Submissions per area",
    )
    centres = layout.itemById("main_map").layers()[0]
    assert centres.featureCount() == len(PLAN)
    assert sorted(f["submissions"] for f in centres.getFeatures()) == sorted(len(v) for v in PLAN.values())
    text = _pdf_text(export_layout(layout, tmp_path / "circles.pdf"))
    assert "Submissions per area" in text and "Circle area proportional to the value" in text


def _heatmap(uris, project, **kw):
    survey = QgsVectorLayer(uris["survey"], "survey", "ogr")
    return layouts.build_heatmap_layout(
        project,
        survey,
        _texts(title="Where the households were surveyed"),
        areas=QgsVectorLayer(uris["admin2"], "admin2", "ogr"),
        **kw,
    )


def test_heatmap_pdf_has_its_colour_ramp_legend_and_map_texts(qgis_app, uris, tmp_path):
    project = QgsProject()
    pdf = export_layout(_heatmap(uris, project, legend_title="Density of households surveyed"), tmp_path / "heat.pdf")
    text = _pdf_text(pdf)
    for expected in (
        "Where the households were surveyed",
        "Density of households surveyed",
        "Few submissions",
        "Many submissions",
        "basemap Natural Earth",
        "do not imply official endorsement",
    ):
        assert expected in text, expected
    assert _page_points(_pdfinfo(pdf)) == PAGE_POINTS["a4_landscape"]


def test_heatmap_png_shows_the_dense_places_in_the_colour_blind_safe_ramp(qgis_app, uris, tmp_path):
    project = QgsProject()
    png = export_layout(_heatmap(uris, project), tmp_path / "heat.png", dpi=60)
    image = QImage(str(png))
    darkest = QColor(styles.HEATMAP_STOPS[-1])
    reds = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = QColor(image.pixel(x, y))
            reds += (
                abs(pixel.red() - darkest.red())
                + abs(pixel.green() - darkest.green())
                + abs(pixel.blue() - darkest.blue())
                < 60
            )
    assert reds > 20  # the densest places (25 submissions in CF113) reach the dark red end


def test_heatmap_zooms_on_the_areas_holding_points(qgis_app, uris):
    project = QgsProject()
    layout = _heatmap(uris, project)
    admin2 = QgsVectorLayer(uris["admin2"], "admin2", "ogr")
    main_map = layout.itemById("main_map")
    country = QgsCoordinateTransform(admin2.crs(), main_map.crs(), project).transformBoundingBox(admin2.extent())
    assert main_map.extent().width() < country.width() / 2


def test_export_can_give_the_project_its_metadata_back(qgis_app, uris, tmp_path):
    project = QgsProject()
    metadata = project.metadata()
    metadata.setTitle("Field office project")
    metadata.setAuthor("Someone else")
    project.setMetadata(metadata)
    layout = _choropleth(uris, project)
    pdf = export_layout(layout, tmp_path / "map.pdf", title=TITLE, author=AUTHOR, keep_project_metadata=True)
    assert _pdfinfo(pdf)["Title"].strip() == TITLE and _pdfinfo(pdf)["Author"].strip() == AUTHOR
    assert project.metadata().title() == "Field office project" and project.metadata().author() == "Someone else"
    export_layout(layout, tmp_path / "again.pdf", title=TITLE, author=AUTHOR)  # the default: QGIS's own way
    assert project.metadata().title() == TITLE


def test_atlas_export_can_give_the_project_its_metadata_back(qgis_app, uris, tmp_path):
    from cartong_plugin.core.maps.export import export_atlas

    project = QgsProject()
    metadata = project.metadata()
    metadata.setTitle("Field office project")
    project.setMetadata(metadata)
    pdf = export_atlas(
        _atlas(uris, project), tmp_path / "atlas.pdf", dpi=72, title=TITLE, author=AUTHOR, keep_project_metadata=True
    )[0]
    assert _pdfinfo(pdf)["Title"].strip() == TITLE
    assert project.metadata().title() == "Field office project"


@pytest.mark.parametrize(
    "map_type, kwargs, expected",
    [
        ("count", {}, "Survey submissions by admin area"),
        ("proportional", {}, "Survey submissions by admin area"),
        ("share", {"answer": "Borehole"}, "Share of submissions answering “Borehole”"),
        ("mean", {"question": "Household size"}, "Mean of “Household size” per admin area"),
        ("median", {}, "Median per admin area"),
        ("points", {"question": "Water source"}, "Answers to “Water source”"),
        ("heatmap", {}, "Where the submissions were collected"),
    ],
)
def test_default_title_names_what_the_map_shows(qgis_app, map_type, kwargs, expected):
    assert map_texts.default_title(map_type, "en", **kwargs) == expected


def test_default_title_follows_the_map_language(qgis_app, monkeypatch, french_i18n):
    monkeypatch.setattr(map_texts, "i18n_dir", lambda: french_i18n)
    assert map_texts.default_title("count", "fr") == "Soumissions de l'enquête par zone administrative"
    assert (
        map_texts.default_title("mean", "fr", question="Taille du ménage")
        == "Moyenne de « Taille du ménage » par zone administrative"
    )


def _sources_text(layout) -> str:
    return layout.itemById("sources").text()


def _tile_layers(layout) -> list:
    return [lyr for lyr in layout.itemById("main_map").layers() if lyr.providerType() == "wms"]


def test_osm_background_when_online_is_credited_in_the_layout(qgis_app, uris, monkeypatch):
    monkeypatch.setattr(basemaps, "osm_reachable", lambda: True)  # tests never go online
    project = QgsProject()  # held: its layers live as long as it does
    layout = _choropleth(uris, project, background="osm")
    assert "© OpenStreetMap contributors" in _sources_text(layout)
    tiles = _tile_layers(layout)
    assert len(tiles) == 1 and "tile.openstreetmap.org" in tiles[0].source() and "type=xyz" in tiles[0].source()
    assert layout.itemById("main_map").layers()[-1] is tiles[0]  # under everything


def test_osm_background_without_connection_falls_back_to_natural_earth(qgis_app, uris, monkeypatch):
    monkeypatch.setattr(basemaps, "osm_reachable", lambda: False)
    project = QgsProject()  # held: its layers live as long as it does
    layout = _choropleth(uris, project, background="osm")
    assert "OpenStreetMap" not in _sources_text(layout) and "basemap Natural Earth" in _sources_text(layout)
    assert _tile_layers(layout) == []


def test_offline_natural_earth_is_the_default_background_and_never_goes_online(qgis_app, uris, monkeypatch):
    def no_network():
        raise AssertionError("the default map must not go online")

    monkeypatch.setattr(basemaps, "osm_reachable", no_network)
    project = QgsProject()
    layout = _heatmap(uris, project)
    assert "basemap Natural Earth" in _sources_text(layout) and _tile_layers(layout) == []
    assert any(lyr.customProperty(basemaps.BASEMAP_ROLE) for lyr in layout.itemById("main_map").layers())


def test_unknown_background_names_the_choices(qgis_app, uris):
    project = QgsProject()
    with pytest.raises(CartongError, match="offline, osm"):
        _choropleth(uris, project, background="satellite")
