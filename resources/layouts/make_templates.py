# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate the print layout templates (``*.qpt``) of the CartONG Toolkit.

Run once after changing the design: ``QT_QPA_PLATFORM=offscreen python3 make_templates.py``;
add ``--previews`` to also render ``previews/<page>.png`` and ``previews/type_<kind>.png`` (one per kind
of map) from the sample data, shown by the map wizard.
The templates are plain QGIS layout templates: a user can also open one in QGIS's layout
designer, move things around and save it back. ``cartong_plugin/core/maps/templates.py`` finds the
items by their id (``title``, ``main_map``, ``legend``...) and fills them; the texts written
here are placeholders only.

Design: A4 landscape has the map on the left and a side panel (overview, legend, sources);
portrait pages have the map on top and a panel row below. A3 is A4 scaled by sqrt(2).
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

HERE = Path(__file__).resolve().parent
FONT = "DejaVu Sans"
INK = QColor("#1b2a3a")
MUTED = QColor("#55606b")
ACCENT = QColor("#1d5f7a")
FRAME = QColor("#9aa5b1")

PAGES = {  # name: (width mm, height mm, scale of the A4 design)
    "a4_landscape": (297, 210, 1.0),
    "a4_portrait": (210, 297, 1.0),
    "a3_landscape": (420, 297, math.sqrt(2)),
    "a3_portrait": (297, 420, math.sqrt(2)),
}


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _place(item, x, y, w, h):
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _label(layout, item_id, text, rect, size, bold=False, italic=False, color=INK,
           halign=Qt.AlignmentFlag.AlignLeft, valign=Qt.AlignmentFlag.AlignTop):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(_font(size, bold, italic))
    label.setFontColor(color)
    label.setHAlign(halign)
    label.setVAlign(valign)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    _place(label, *rect)
    return label


def _map(layout, item_id, rect, frame_width):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(FRAME)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(frame_width, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(item)
    _place(item, *rect)
    return item


def build(name: str) -> QgsPrintLayout:
    width, height, k = PAGES[name]
    portrait = height > width
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(name)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    page.setPageSize(name.split("_")[0].upper(),
                     QgsLayoutItemPage.Orientation.Portrait if portrait else QgsLayoutItemPage.Orientation.Landscape)

    m = 10 * k  # page margin
    gap = 5 * k
    f = 1.0 + (k - 1.0) * 0.6  # fonts grow less than the page
    logo_w = 38 * k
    _label(layout, "title", "Title", (m, m, width - 2 * m - logo_w - gap, 11 * k), 19 * f, bold=True)
    _label(layout, "subtitle", "Subtitle", (m, m + 11.5 * k, width - 2 * m - logo_w - gap, 6.5 * k), 10.5 * f,
           color=MUTED)
    logo = QgsLayoutItemPicture(layout)
    logo.setId("logo")
    logo.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    logo.setPictureAnchor(QgsLayoutItemPicture.ReferencePoint.UpperRight)
    layout.addLayoutItem(logo)
    _place(logo, width - m - logo_w, m, logo_w, 17 * k)

    rule = QgsLayoutItemShape(layout)
    rule.setId("header_rule")
    rule.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    rule.setSymbol(QgsFillSymbol.createSimple({"color": ACCENT.name(), "outline_style": "no"}))
    layout.addLayoutItem(rule)
    _place(rule, m, m + 19.5 * k, width - 2 * m, 0.7 * k)

    top = m + 23 * k
    bottom_band = 13 * k  # disclaimer + CRS/reference line
    if portrait:
        panel_h = 62 * k
        map_rect = (m, top, width - 2 * m, height - top - m - bottom_band - panel_h - gap)
        row = top + map_rect[3] + gap
        col_w = (width - 2 * m - 2 * gap) / 3
        overview_rect = (m, row, col_w, panel_h)
        legend_rect = (m + col_w + gap, row, col_w, panel_h)
        sources_rect = (m + 2 * (col_w + gap), row, col_w, panel_h)
    else:
        panel_w = 72 * k
        map_rect = (m, top, width - 2 * m - panel_w - gap, height - top - m - bottom_band)
        x = m + map_rect[2] + gap
        overview_h = 48 * k
        sources_h = 30 * k
        overview_rect = (x, top, panel_w, overview_h)
        sources_rect = (x, top + map_rect[3] - sources_h, panel_w, sources_h)
        legend_top = top + overview_h + gap
        legend_rect = (x, legend_top, panel_w, sources_rect[1] - gap - legend_top)

    main_map = _map(layout, "main_map", map_rect, 0.3 * k)
    overview = _map(layout, "overview_map", overview_rect, 0.25 * k)
    if portrait:  # overview keeps the shape of most countries: a square at the top of its column
        _place(overview, overview_rect[0], overview_rect[1], overview_rect[2], min(overview_rect[2], panel_h))
    box = QgsLayoutItemMapOverview("extent", overview)
    box.setLinkedMap(main_map)
    box.setFrameSymbol(QgsFillSymbol.createSimple({
        "color": "215,48,31,25", "outline_color": "#d7301f", "outline_width": str(0.5 * k)}))
    overview.overviews().addOverview(box)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")
    legend.setLinkedMap(main_map)
    legend.setResizeToContents(False)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    for style, size, bold in ((QgsLegendStyle.Style.Title, 10 * f, True),
                              (QgsLegendStyle.Style.Group, 8 * f, True),
                              (QgsLegendStyle.Style.Subgroup, 8 * f, True),
                              (QgsLegendStyle.Style.SymbolLabel, 7.5 * f, False)):
        legend.rstyle(style).setFont(_font(size, bold))
    legend.setFontColor(INK)
    legend.setSymbolWidth(6 * k)
    legend.setSymbolHeight(3.6 * k)
    legend.setBoxSpace(0)
    layout.addLayoutItem(legend)
    _place(legend, *legend_rect)

    _label(layout, "sources", "Sources", sources_rect, 7 * f, color=MUTED,
           valign=Qt.AlignmentFlag.AlignBottom)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath("arrows/NorthArrow_02.svg")
    arrow.setLinkedMap(main_map)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(arrow)
    arrow_w, arrow_h = 8 * k, 12 * k
    _place(arrow, map_rect[0] + map_rect[2] - arrow_w - 3 * k, map_rect[1] + 3 * k, arrow_w, arrow_h)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(main_map)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(1.6 * k)
    text_format = QgsTextFormat()
    text_format.setFont(_font(7 * f))
    text_format.setSize(7 * f)
    text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    text_format.setColor(INK)
    bar.setTextFormat(text_format)
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 210))
    bar.setBoxContentSpace(1.2 * k)
    layout.addLayoutItem(bar)
    _place(bar, map_rect[0] + 3 * k, map_rect[1] + map_rect[3] - 12 * k, 45 * k, 9 * k)

    band_y = height - m - bottom_band + 3 * k
    crs_w = 80 * k
    _label(layout, "disclaimer", "Disclaimer", (m, band_y, width - 2 * m - crs_w - gap, bottom_band - 3 * k),
           6.5 * f, italic=True, color=MUTED)
    _label(layout, "crs_reference", "CRS | reference", (width - m - crs_w, band_y, crs_w, bottom_band - 3 * k),
           6.5 * f, color=MUTED, halign=Qt.AlignmentFlag.AlignRight)
    return layout


def render_previews() -> None:
    """previews/<page>.png: each template filled with the sample survey, small enough for a wizard."""
    sys.path.insert(0, str(HERE.parents[1]))
    from qgis.core import QgsVectorLayer

    from cartong_plugin.core.maps import aggregate, layouts, map_texts
    from cartong_plugin.core.maps.export import export_layout

    sample = HERE.parent / "sample"
    csv = sample / "household_survey_kobo.csv"
    points = QgsVectorLayer(f"file://{csv}?delimiter=;&xField=_location_longitude&yField=_location_latitude"
                            "&crs=EPSG:4326&detectTypes=no", "survey", "delimitedtext")
    admin2 = QgsVectorLayer(f"{sample / 'admin_boundaries.gpkg'}|layername=admin2", "admin2", "ogr")
    admin1 = QgsVectorLayer(f"{sample / 'admin_boundaries.gpkg'}|layername=admin1", "admin1", "ogr")
    counts, _ = aggregate.count_layer(points, admin2)
    (HERE / "previews").mkdir(exist_ok=True)
    for name in PAGES:
        project = QgsProject()
        texts = map_texts.MapTexts(title="Household survey: submissions by sous-préfecture",
                                   subtitle="Sample data, Central African Republic",
                                   sources="CartONG sample survey; OCHA COD-AB CAF (CC BY-IGO)", author="CartONG",
                                   reference="PREVIEW")
        layout = layouts.build_choropleth_layout(project, counts, "submissions", texts, points=points,
                                                 boundaries=admin1, page=name)
        export_layout(layout, HERE / "previews" / f"{name}.png", dpi=30 if name.startswith("a3") else 40)
        del layout


# the kinds of map the wizard offers (gui/maps/type_page.map_types), each shown by previews/type_<kind>.png
MAP_KINDS = ("count", "share", "number", "proportional", "points", "heatmap")


def render_type_previews() -> None:
    """previews/type_<kind>.png: one small A4 map of each kind, from the sample survey imported as
    the wizard's users import it, so the first page of the map wizard shows what each kind looks like."""
    import tempfile

    sys.path.insert(0, str(HERE.parents[1]))
    from qgis.core import QgsVectorLayer

    from cartong_plugin.core.maps import aggregate, layouts, map_texts
    from cartong_plugin.core.maps.export import export_layout
    from cartong_plugin.core.survey.importer import import_survey

    sample = HERE.parent / "sample"
    admin2 = QgsVectorLayer(f"{sample / 'admin_boundaries.gpkg'}|layername=admin2", "admin2", "ogr")
    admin1 = QgsVectorLayer(f"{sample / 'admin_boundaries.gpkg'}|layername=admin1", "admin1", "ogr")
    with tempfile.TemporaryDirectory() as tmp:
        gpkg = Path(tmp) / "survey.gpkg"
        import_survey(sample / "household_survey_kobo.csv", sample / "household_survey_form.xlsx", gpkg, "en")
        survey = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
        texts = map_texts.MapTexts(title="Household survey, Central African Republic", subtitle="Sample data",
                                   sources="CartONG sample survey; OCHA COD-AB CAF (CC BY-IGO)", author="CartONG",
                                   reference="PREVIEW")
        for kind in MAP_KINDS:
            project = QgsProject()
            if kind == "points":
                layout = layouts.build_points_layout(project, survey, "water_source", texts, areas=admin2,
                                                     legend_title="Main water source")
            elif kind == "heatmap":
                layout = layouts.build_heatmap_layout(project, survey, texts, areas=admin2)
            else:
                options = {"share": dict(answer_field="water_source", answer_value="borehole", statistic="share"),
                           "number": dict(value_field="hh_size", statistic="mean")}.get(kind, {})
                counts, _ = aggregate.count_layer(survey, admin2, **options)
                if kind == "proportional":
                    layout = layouts.build_proportional_layout(project, counts, aggregate.COUNT_FIELD, texts,
                                                               boundaries=admin1)
                else:
                    field = {"share": aggregate.ANSWER_PCT_FIELD, "number": aggregate.STAT_FIELDS["mean"]}.get(
                        kind, aggregate.COUNT_FIELD)
                    layout = layouts.build_choropleth_layout(
                        project, counts, field, texts, boundaries=admin1,
                        status_field=aggregate.STATUS_FIELD if kind != "count" else None)
            export_layout(layout, HERE / "previews" / f"type_{kind}.png", dpi=30)
            del layout


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    for name in PAGES:
        layout = build(name)
        if not layout.saveAsTemplate(str(HERE / f"{name}.qpt"), QgsReadWriteContext()):
            print(f"could not write {name}.qpt", file=sys.stderr)
            return 1
    if "--previews" in sys.argv:
        render_previews()
        render_type_previews()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
