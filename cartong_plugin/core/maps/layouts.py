# SPDX-License-Identifier: GPL-3.0-or-later
"""Print layouts from the bundled templates (``resources/layouts/*.qpt``), filled for one map.

``build_map_layout`` loads a template and fills every item by id: title, subtitle, main map
zoomed to the data in a metric CRS, overview map with the extent box, a legend listing only
the layers given and shrunk until it fits its box, scale bar, north arrow, sources, date
(in the map's language), author, disclaimer, CRS and reference code, optional logo.
``build_choropleth_layout`` styles survey counts per admin area and calls it;
``build_points_layout``, ``build_proportional_layout`` and ``build_heatmap_layout`` likewise.
Texts follow the ``language`` argument, whatever the language of QGIS.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime
import math
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLayerTreeLayer,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMessageLog,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsSymbolLayerUtils,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale, QSizeF, Qt, QTranslator
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from ..base.errors import CartongError
from ..base.i18n import CONTEXT, tr
from ..base.paths import i18n_dir, resources_dir

PAGES = ("a4_landscape", "a4_portrait", "a3_landscape", "a3_portrait")
LANGUAGES = ("en", "fr")
TEMPLATE_FONT = "DejaVu Sans"
# First installed family wins when the template font is missing (Windows, macOS).
FONT_FALLBACKS = ("DejaVu Sans", "Open Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"
MIN_LEGEND_FONT = 5.0  # points: below this a printed legend is unreadable
AREAS_ROLE = "cartong/choropleth_areas"
BASEMAP_ROLE = "cartong/basemap"
WORLD_MAP = "resources/data/world_map.gpkg"  # Natural Earth countries, shipped with QGIS >= 3.18
ATLAS_MARGIN = 0.15  # around each admin area on its atlas page


# Kinds of map, as the wizard and cartong:exportmappdf name them (default_title).
MAP_COUNT, MAP_SHARE, MAP_MEAN, MAP_MEDIAN = "count", "share", "mean", "median"
MAP_POINTS, MAP_PROPORTIONAL, MAP_HEATMAP = "points", "proportional", "heatmap"


def default_title(map_type: str, language: str = "en", question: str = "", answer: str = "") -> str:
    """The title a map gets when the user gives none, in ``language`` ("en", "fr").

    ``question`` (its label) names the mapped question of a points, mean or median map; ``answer``
    (its label) the answer of a share map. Without them, a title that needs neither.
    """
    with use_language(language):
        if map_type == MAP_SHARE:
            return tr("Share of submissions answering “{answer}”").format(answer=answer) if answer \
                else tr("Share of submissions giving the chosen answer, by admin area")
        if map_type == MAP_MEAN:
            return tr("Mean of “{question}” per admin area").format(question=question) if question \
                else tr("Mean per admin area")
        if map_type == MAP_MEDIAN:
            return tr("Median of “{question}” per admin area").format(question=question) if question \
                else tr("Median per admin area")
        if map_type == MAP_POINTS:
            return tr("Answers to “{question}”").format(question=question) if question \
                else tr("Where the submissions were collected")
        if map_type == MAP_HEATMAP:
            return tr("Where the submissions were collected")
        return tr("Survey submissions by admin area")


def disclaimer_text() -> str:
    return tr("The boundaries and names shown and the designations used on this map do not imply "
              "official endorsement or acceptance by CartONG or its partners.")


@dataclass
class MapTexts:
    """What the layout says around the map (already in the map's language, except defaults)."""

    title: str
    subtitle: str = ""
    sources: str = ""
    author: str = "CartONG"
    date: datetime.date | None = None
    reference: str = ""
    logo_path: str = ""
    extra_sources: list[str] = field(default_factory=list)


class _SourceTextTranslator(QTranslator):
    """Answers the plugin's strings with their English source, hiding any other translator."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return source_text if context == CONTEXT else None  # None: no translation here


@contextlib.contextmanager
def use_language(language: str):
    """Within the block, ``tr()`` answers in ``language`` ("en", "fr"), then QGIS's language again."""
    if language not in LANGUAGES:
        raise CartongError(tr("Unknown map language {language}; choose one of {languages}.").format(
            language=language, languages=", ".join(LANGUAGES)))
    translator = _SourceTextTranslator()
    if language != "en":
        translator = QTranslator()
        qm = i18n_dir() / f"cartong_{language}.qm"
        if not translator.load(str(qm)):
            QgsMessageLog.logMessage(
                tr("No translation file {file}: the map texts stay in English.").format(file=qm),
                "CartONG", Qgis.MessageLevel.Warning)
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def template_path(page: str):
    if page not in PAGES:
        raise CartongError(tr("Unknown page {page}; choose one of {pages}.").format(page=page, pages=", ".join(PAGES)))
    return resources_dir() / "layouts" / f"{page}.qpt"


def load_template(page: str, project: QgsProject) -> QgsPrintLayout:
    """A new print layout of ``project`` made from ``resources/layouts/<page>.qpt``."""
    path = template_path(page)
    document = QDomDocument()
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as err:
        raise CartongError(tr("Cannot read the layout template {file}: {error}").format(file=path, error=err)) from err
    if not document.setContent(content):
        raise CartongError(tr("The layout template {file} is not valid XML.").format(file=path))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise CartongError(tr("QGIS could not load the layout template {file}.").format(file=path))
    return layout


def layout_item(layout, item_id, cls):
    item = layout.itemById(item_id)
    if not isinstance(item, cls):
        raise CartongError(tr("The layout template has no {kind} item with the id {id}.").format(
            kind=cls.__name__, id=item_id))
    return item


# QGIS >= 3.24 keeps label fonts in a text format, >= 3.30 legend fonts too, and >= 3.34
# deprecates QgsRectangle.setMinimal(): these helpers use the current API where it exists.
def empty_extent() -> QgsRectangle:
    extent = QgsRectangle()
    if hasattr(extent, "setNull"):
        extent.setNull()
    else:
        extent.setMinimal()
    return extent


def label_font(label: QgsLayoutItemLabel) -> QFont:
    """The label's font, its size in points."""
    if hasattr(label, "textFormat"):
        text_format = label.textFormat()
        font = QFont(text_format.font())
        font.setPointSizeF(text_format.size())
        return font
    return QFont(label.font())


def set_label_font(label: QgsLayoutItemLabel, font: QFont) -> None:
    if hasattr(label, "setTextFormat"):
        text_format = label.textFormat()
        text_format.setFont(font)
        text_format.setSize(font.pointSizeF())
        text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)


def style_font(style) -> QFont:
    if hasattr(style, "textFormat"):
        font = QFont(style.textFormat().font())
        font.setPointSizeF(style.textFormat().size())
        return font
    return QFont(style.font())


def _set_style_font(style, font: QFont) -> None:
    if hasattr(style, "setTextFormat"):
        text_format = style.textFormat()
        text_format.setFont(font)
        text_format.setSize(font.pointSizeF())
        text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
        style.setTextFormat(text_format)
    else:
        style.setFont(font)


def available_font_family() -> str:
    families = set(QFontDatabase().families())
    return next((f for f in FONT_FALLBACKS if f in families), QFont().defaultFamily())


def _with_family(font: QFont, family: str) -> QFont:
    font = QFont(font)
    font.setFamily(family)
    return font


def apply_font_family(layout: QgsPrintLayout, family: str) -> None:
    """Swap the template font for an installed one, keeping sizes and weights."""
    if family == TEMPLATE_FONT:
        return
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            set_label_font(item, _with_family(label_font(item), family))
        elif isinstance(item, QgsLayoutItemLegend):
            for style in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group,
                          QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel):
                _set_style_font(item.rstyle(style), _with_family(style_font(item.rstyle(style)), family))
        elif isinstance(item, QgsLayoutItemScaleBar):
            text_format = item.textFormat()
            text_format.setFont(_with_family(text_format.font(), family))
            item.setTextFormat(text_format)


def metric_crs_for(extent_wgs84: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """UTM zone of the data's centre (true distances for the scale bar); Equal Earth when wider."""
    if extent_wgs84.width() > 24 or extent_wgs84.isEmpty():
        return QgsCoordinateReferenceSystem("EPSG:8857")
    lon, lat = extent_wgs84.center().x(), extent_wgs84.center().y()
    zone = min(60, max(1, int(math.floor((lon + 180) / 6)) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")


def extent_in(layers, crs, project) -> QgsRectangle:
    extent = empty_extent()
    for layer in layers:
        layer_extent = layer.extent()
        if layer_extent.isNull() or layer_extent.isEmpty() and layer.featureCount() != 1:
            continue
        transform = QgsCoordinateTransform(layer.crs(), crs, project)
        extent.combineExtentWith(transform.transformBoundingBox(layer_extent))
    return extent


def transformed(extent: QgsReferencedRectangle, crs, project) -> QgsRectangle:
    return QgsCoordinateTransform(extent.crs(), crs, project).transformBoundingBox(extent)


def padded(extent: QgsRectangle, ratio: float) -> QgsRectangle:
    padded = QgsRectangle(extent)
    size = max(extent.width(), extent.height(), 1.0)
    padded.grow(size * ratio)
    return padded


def _date_text(date: datetime.date, language: str) -> str:
    return QLocale(language).toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")


def _crs_text(crs: QgsCoordinateReferenceSystem) -> str:
    return f"{crs.description()} ({crs.authid()})" if crs.authid() else crs.description()


def _legend_font_sizes(legend) -> dict:
    return {s: style_font(legend.rstyle(s)).pointSizeF() for s in (
        QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group,
        QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel)}


def _scale_legend(legend, base_sizes: dict, base_symbol: tuple[float, float], factor: float) -> None:
    for style, size in base_sizes.items():
        font = style_font(legend.rstyle(style))
        font.setPointSizeF(size * factor)
        _set_style_font(legend.rstyle(style), font)
    legend.setSymbolWidth(base_symbol[0] * factor)
    legend.setSymbolHeight(base_symbol[1] * factor)


def legend_content_size(legend: QgsLayoutItemLegend) -> QSizeF:
    """Size (mm) the legend needs for its content, computed without painting it.

    QgsLayoutItemLegend.adjustBoxSize() does nothing before the first paint (it waits to know
    the DPI), so the size is measured with the legend renderer in a layout render context.
    """
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)


def fit_legend(legend: QgsLayoutItemLegend, width: float, height: float) -> float:
    """Shrink the legend (fonts, symbols, then two columns) until it fits width x height mm.

    Returns the scale factor applied (1.0 when it fitted as designed). The legend keeps its
    top-left corner; its frame shrinks to the content so nothing overlaps the items below.
    """
    base_sizes = _legend_font_sizes(legend)
    base_symbol = (legend.symbolWidth(), legend.symbolHeight())
    smallest = min(base_sizes.values())
    factor = 1.0
    for columns in (1, 2):
        legend.setColumnCount(columns)
        factor = 1.0
        while True:
            _scale_legend(legend, base_sizes, base_symbol, factor)
            legend.updateLegend()
            size = legend_content_size(legend)
            if size.width() <= width + 0.01 and size.height() <= height + 0.01:
                legend.setResizeToContents(True)
                legend.attemptResize(QgsLayoutSize(size.width(), size.height(),
                                                   QgsUnitTypes.LayoutUnit.LayoutMillimeters))
                return factor
            if smallest * factor * 0.92 < MIN_LEGEND_FONT:
                break
            factor *= 0.92
    # Still too big at the smallest readable size: one column, clipped to the box, rather
    # than overflowing the page or the texts below.
    legend.setColumnCount(1)
    legend.updateLegend()
    legend.setResizeToContents(False)
    legend.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    QgsMessageLog.logMessage(tr("The legend is too long for its box: some entries are cut."), "CartONG",
                             Qgis.MessageLevel.Warning)
    return factor


def wrap_heading(text: str, width_mm: float, size_pt: float) -> str:
    """Break a legend heading so it stays within ``width_mm`` (average glyph ~0.5 em)."""
    chars = max(12, int(width_mm / (size_pt * 0.3528 * 0.55)))
    return "\n".join(textwrap.wrap(text, chars)) or text


def build_map_layout(project: QgsProject, texts: MapTexts, map_layers: list, legend_layers=None,
                     overview_layers=None, extent: QgsReferencedRectangle | None = None,
                     page: str = "a4_landscape", language: str = "en",
                     crs: QgsCoordinateReferenceSystem | None = None) -> QgsPrintLayout:
    """A filled print layout (not yet added to ``project``'s layout manager).

    ``map_layers``: layers of the main map, top first. ``legend_layers``: (layer, title) pairs
    shown in the legend, in order (default: the map layers with their names).
    ``overview_layers``: layers of the inset map (default: the last map layer).
    ``extent``: the area the main map shows (default: the extent of all map layers).
    ``crs``: map CRS (default: the UTM zone of the data).
    """
    if not map_layers:
        raise CartongError(tr("There is no layer to put on the map."))
    with use_language(language):
        layout = load_template(page, project)
        layout.setName(texts.title or page)
        family = available_font_family()
        apply_font_family(layout, family)
        _fill_texts(layout, texts, language)

        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        if extent is None or extent.isEmpty():
            data = [lyr for lyr in map_layers if not lyr.customProperty(BASEMAP_ROLE)] or map_layers
            extent = QgsReferencedRectangle(extent_in(data, wgs84, project), wgs84)
        crs = crs or metric_crs_for(transformed(extent, wgs84, project))
        main_map = layout_item(layout, "main_map", QgsLayoutItemMap)
        main_map.setCrs(crs)
        main_map.setLayers(list(map_layers))
        main_map.setKeepLayerSet(True)
        layout.setReferenceMap(main_map)  # georeferences the PDF and the world file
        _zoom(main_map, padded(transformed(extent, crs, project), 0.03))

        overview_map = layout_item(layout, "overview_map", QgsLayoutItemMap)
        overview_layers = overview_layers or [map_layers[-1]]
        overview_map.setCrs(crs)
        overview_map.setLayers(list(overview_layers))
        overview_map.setKeepLayerSet(True)
        framed = [lyr for lyr in overview_layers if not lyr.customProperty(BASEMAP_ROLE)] or overview_layers
        _zoom(overview_map, padded(extent_in(framed, crs, project), 0.06))
        if any(lyr.customProperty(BASEMAP_ROLE) for lyr in map_layers):
            from .styles import WATER_COLOR

            for item in (main_map, overview_map):
                item.setBackgroundColor(QColor(WATER_COLOR))
        for index in range(overview_map.overviews().size()):
            overview_map.overviews().overview(index).setLinkedMap(main_map)

        _fill_crs_reference(layout, texts, crs)
        _fill_north_arrow(layout, main_map)
        _fill_scalebar(layout, main_map)
        _fill_logo(layout, texts.logo_path)
        _fill_legend(layout, main_map, legend_layers or [(lyr, lyr.name()) for lyr in map_layers])
    return layout


def _zoom(map_item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    """Show all of ``extent``, centred, widened to the item's shape (the item keeps its size)."""
    size = map_item.sizeWithUnits()
    item_ratio = size.width() / size.height()
    width, height = extent.width(), extent.height()
    if width / max(height, 1e-9) < item_ratio:
        width = height * item_ratio
    else:
        height = width / item_ratio
    center = extent.center()
    map_item.setExtent(QgsRectangle(center.x() - width / 2, center.y() - height / 2,
                                    center.x() + width / 2, center.y() + height / 2))


def _set_label(layout, item_id, text):
    layout_item(layout, item_id, QgsLayoutItemLabel).setText(text)


def fit_label_on_one_line(label: QgsLayoutItemLabel, min_size: float) -> bool:
    """Shrink the label's font until its text fits its width on one line.

    When even ``min_size`` is too big, the label gets ``min_size`` and wraps on several lines
    (the templates give the title room for two); returns False then.
    """
    font = label_font(label)
    width = label.sizeWithUnits().width()
    fits = True
    while QgsLayoutUtils.textWidthMM(font, label.text()) > width:
        if font.pointSizeF() * 0.95 < min_size:
            font.setPointSizeF(min_size)
            fits = False
            break
        font.setPointSizeF(font.pointSizeF() * 0.95)
    set_label_font(label, font)
    return fits


def _fill_texts(layout, texts: MapTexts, language: str) -> None:
    _set_label(layout, "title", texts.title)
    fit_label_on_one_line(layout.itemById("title"), min_size=11)
    subtitle = layout.itemById("subtitle")
    if texts.subtitle:
        subtitle.setText(texts.subtitle)
        fit_label_on_one_line(subtitle, min_size=7)
    else:  # the title takes the subtitle's room, centred in the header band
        title = layout.itemById("title")
        bottom = subtitle.positionWithUnits().y() + subtitle.sizeWithUnits().height()
        title.attemptResize(QgsLayoutSize(title.sizeWithUnits().width(), bottom - title.positionWithUnits().y(),
                                          QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        title.setVAlign(Qt.AlignmentFlag.AlignVCenter)
        layout.removeLayoutItem(subtitle)
    lines = []
    sources = [s for s in [texts.sources, *texts.extra_sources] if s]
    if sources:
        lines.append(tr("Sources: {sources}").format(sources="; ".join(sources)))
    date = texts.date or datetime.date.today()
    lines.append(tr("Date: {date}").format(date=_date_text(date, language)))
    if texts.author:
        lines.append(tr("Map: {author}").format(author=texts.author))
    _set_label(layout, "sources", "\n".join(lines))  # the label wraps long lines itself
    _set_label(layout, "disclaimer", disclaimer_text())


def _fill_crs_reference(layout, texts: MapTexts, crs) -> None:
    reference = texts.reference or "CTK-{}".format(datetime.datetime.now().strftime("%Y%m%d-%H%M"))
    _set_label(layout, "crs_reference", "\n".join([
        tr("Coordinate system: {crs}").format(crs=_crs_text(crs)),
        tr("Map reference: {reference}").format(reference=reference)]))


def _fill_north_arrow(layout, main_map) -> None:
    arrow = layout_item(layout, "north_arrow", QgsLayoutItemPicture)
    svg = QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW_SVG, QgsProject.instance().pathResolver())
    arrow.setPicturePath(svg or NORTH_ARROW_SVG)
    arrow.setLinkedMap(main_map)


def _fill_scalebar(layout, main_map) -> None:
    bar = layout_item(layout, "scalebar", QgsLayoutItemScaleBar)
    bar.setLinkedMap(main_map)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel(tr("km"))
    # A round segment length giving a bar of about a fifth of the map width.
    map_km = main_map.extent().width() / 1000.0
    target = map_km / 5 / bar.numberOfSegments()
    magnitude = 10 ** math.floor(math.log10(target))
    step = min((s * magnitude for s in (1, 2, 2.5, 5, 10)), key=lambda s: abs(s - target))
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    bar.setUnitsPerSegment(step)
    bar.update()
    bar.refreshItemSize()


def _fill_logo(layout, logo_path: str) -> None:
    logo = layout.itemById("logo")
    if logo is None:
        return
    if logo_path:
        logo.setPicturePath(str(logo_path))
    else:
        layout.removeLayoutItem(logo)


def _fill_legend(layout, main_map, legend_layers) -> None:
    legend = layout_item(layout, "legend", QgsLayoutItemLegend)
    box = legend.sizeWithUnits()
    position = legend.positionWithUnits()
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(main_map)
    legend.setMinimumSymbolSize(1.6)  # fine survey dots stay visible in the legend
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    heading_size = style_font(legend.rstyle(QgsLegendStyle.Style.Subgroup)).pointSizeF()
    for layer, title in legend_layers:
        node = QgsLayerTreeLayer(layer)
        node.setUseLayerName(False)  # a legend title of its own, the layer keeps its name
        node.setName(wrap_heading(title, box.width(), heading_size))
        root.addChildNode(node)  # after naming: legend nodes take their label when added
    legend.updateLegend()
    fit_legend(legend, box.width(), box.height())
    legend.attemptMove(QgsLayoutPoint(position.x(), position.y(), QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def build_choropleth_layout(project: QgsProject, polygons: QgsVectorLayer, count_field: str, texts: MapTexts,
                            points: QgsVectorLayer | None = None, boundaries: QgsVectorLayer | None = None,
                            page: str = "a4_landscape", language: str = "en", method: str = "quantile",
                            classes: int = 5, legend_title: str = "", status_field: str | None = None,
                            min_count: int = 5, with_basemap: bool = True, background: str = "offline",
                            label_field: str | None = None, breaks: list[float] | None = None) -> QgsPrintLayout:
    """Counts per admin area as a choropleth (+ optional survey points and upper boundaries).

    The input layers are cloned: their styles in the user's project do not change. The clones
    are added to ``project`` without a legend entry, so the layout can be saved and edited there.
    ``with_basemap`` puts the neighbouring countries (offline, Natural Earth) behind the data, or
    with ``background="osm"`` OpenStreetMap when a connection exists (every builder takes both);
    ``label_field`` (e.g. adm2_name) writes the admin names where they fit; ``breaks`` (e.g.
    [10, 20, 50]) gives the class limits by hand instead of ``method``. A mean or median
    (``aggregate.STAT_FIELDS``) with ``status_field`` gets the "insufficient data" class too.
    """
    from . import styles
    from .aggregate import STAT_FIELDS, STAT_MEAN

    with use_language(language):
        area_layer = polygons.clone()
        is_share = bool(status_field)
        is_number = count_field in STAT_FIELDS.values()  # a mean or median: no unit we know
        area_layer.setRenderer(styles.choropleth_renderer(
            area_layer, count_field, classes=classes, method=method, zero_is_no_data=not is_share,
            no_data_label=tr("No data") if is_share else tr("No submissions"),
            status_field=status_field,
            insufficient_label=tr("Insufficient data (fewer than {n} submissions)").format(n=min_count),
            unit="%" if is_share and not is_number else "", language=language, breaks=breaks))
        if is_number:
            default_name = tr("Mean per area") if count_field == STAT_FIELDS[STAT_MEAN] else tr("Median per area")
        else:
            default_name = tr("Share of submissions (%)") if is_share else tr("Submissions per area")
        area_layer.setName(legend_title or default_name)
        area_layer.setCustomProperty(AREAS_ROLE, True)  # found again by build_atlas_layout
        if label_field:
            if area_layer.fields().indexOf(label_field) < 0:
                raise CartongError(tr("The layer {layer} has no field {field} to label the areas.").format(
                    layer=polygons.name(), field=label_field))
            area_layer.setLabeling(styles.area_labels(label_field, font_family=available_font_family()))
            area_layer.setLabelsEnabled(True)
        map_layers = [area_layer]
        legend_layers = [(area_layer, area_layer.name())]
        overview = polygons.clone()
        overview.setRenderer(styles.context_renderer())
        if boundaries is not None:
            upper = boundaries.clone()
            upper.setRenderer(styles.boundary_renderer())
            map_layers.insert(0, upper)
            legend_layers.append((upper, tr("Boundary of the upper admin level")))  # after the points
        point_layer = None
        if points is not None:
            point_layer = points.clone()
            point_layer.setRenderer(styles.points_renderer(point_layer.featureCount()))
            map_layers.insert(0, point_layer)
            legend_layers.insert(1, (point_layer, tr("Submission (GPS location)")))
        extent = _data_extent(area_layer, count_field, point_layer, project, status_field)
        overview_layers = [overview]
        if with_basemap:
            texts = add_basemap(map_layers, overview_layers, texts, extent, project, background, language)
        project.addMapLayers(map_layers + [overview], False)
    return build_map_layout(project, texts, map_layers, legend_layers=legend_layers, overview_layers=overview_layers,
                            extent=extent, page=page, language=language)


BACKGROUNDS = ("offline", "osm")
OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"  # required by the OSM licence (ODbL), never translated


def osm_reachable(timeout: float = 3.0) -> bool:
    """True when the OpenStreetMap tile server answers (through QGIS's proxy settings)."""
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    request = QNetworkRequest(QUrl(OSM_URL.format(z=0, x=0, y=0)))
    if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15
        request.setTransferTimeout(int(timeout * 1000))
    blocking = QgsBlockingNetworkRequest()
    return blocking.head(request) == QgsBlockingNetworkRequest.ErrorCode.NoError


def osm_layer() -> QgsRasterLayer:
    """OpenStreetMap's standard tiles as an XYZ layer (tiles are fetched when the map is drawn)."""
    from urllib.parse import quote

    uri = f"type=xyz&url={quote(OSM_URL, safe=':/')}&zmin=0&zmax=19"
    layer = QgsRasterLayer(uri, "OpenStreetMap", "wms")
    layer.setCustomProperty(BASEMAP_ROLE, True)
    return layer


def add_basemap(map_layers: list, overview_layers: list, texts: MapTexts, extent, project,
                background: str = "offline", language: str = "en") -> MapTexts:
    """Put the offline basemap under both maps (names on the main map only); credit it.

    ``background="osm"``: OpenStreetMap under the main map instead, with its attribution, when
    the tile server answers; else the offline one. The inset keeps the light offline map.
    """
    if background not in BACKGROUNDS:
        raise CartongError(tr("Unknown background {name}; choose one of {names}.").format(
            name=background, names=", ".join(BACKGROUNDS)))
    online = background == "osm" and osm_reachable()
    if background == "osm" and not online:
        QgsMessageLog.logMessage(tr("OpenStreetMap cannot be reached: the map uses the offline background."),
                                 "CartONG", Qgis.MessageLevel.Info)
    if online:
        tiles = osm_layer()
        project.addMapLayer(tiles, False)
        map_layers.append(tiles)
        texts = dataclasses.replace(texts, extra_sources=[*texts.extra_sources, OSM_ATTRIBUTION])
    basemap = world_basemap(extent, project, language)
    if basemap is None:
        return texts
    if not online:
        map_layers.append(basemap)
    quiet = basemap.clone()  # the inset is too small for names
    quiet.setLabelsEnabled(False)
    quiet.setCustomProperty(BASEMAP_ROLE, True)
    overview_layers.append(quiet)
    project.addMapLayer(quiet, False)
    return dataclasses.replace(texts, extra_sources=[*texts.extra_sources, tr("basemap Natural Earth")])


def country_names(language: str) -> dict[str, str]:
    """{ISO 3166 alpha-3 code: country name} in ``language`` ({} for English: Natural Earth's own names).

    From ``resources/basemap/country_names.json`` (made by make_country_names.py from iso-codes).
    """
    import json

    path = resources_dir() / "basemap" / "country_names.json"
    try:
        return json.loads(path.read_text(encoding="utf-8")).get(language, {})
    except (OSError, ValueError):
        return {}


def _name_expression(name_field: str, names: dict[str, str]) -> str:
    """A label expression: the name in ``names`` by the country's ISO_A3 code, else ``name_field``."""
    field = '"' + name_field.replace('"', '""') + '"'
    if not names:
        return field
    pairs = ", ".join(f"'{code}', '{name.replace(chr(39), chr(39) * 2)}'" for code, name in sorted(names.items()))
    return f'coalesce(map_get(map({pairs}), "ISO_A3"), {field})'


def world_basemap(extent: QgsReferencedRectangle, project: QgsProject, language: str = "en") -> QgsVectorLayer | None:
    """Countries of the world (Natural Earth, shipped with QGIS) as a quiet offline background.

    The country holding the centre of ``extent`` is not labelled (the survey data covers it);
    the others are named in ``language`` (country_names). Returns None when QGIS has no world map.
    """
    from . import styles

    path = Path(QgsApplication.pkgDataPath()) / WORLD_MAP
    if not path.is_file():
        QgsMessageLog.logMessage(tr("No offline world map in {path}: the map has no background.").format(path=path),
                                 "CartONG", Qgis.MessageLevel.Info)
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # its dates make GDAL warn, harmlessly
    try:
        layer = QgsVectorLayer(f"{path}|layername=countries", tr("Countries"), "ogr")
    finally:
        gdal.PopErrorHandler()
    if not layer.isValid():
        return None
    layer.setCustomProperty(BASEMAP_ROLE, True)
    layer.setRenderer(styles.basemap_renderer())
    centre = QgsCoordinateTransform(extent.crs(), layer.crs(), project).transform(extent.center())
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(centre.x(), centre.y(), centre.x(), centre.y()))
    inside = [f.id() for f in layer.getFeatures(request.setNoAttributes())
              if f.geometry().contains(QgsGeometry.fromPointXY(centre))]
    name_field = "NAME" if layer.fields().indexOf("NAME") >= 0 else layer.fields().at(0).name()
    names = country_names(language) if layer.fields().indexOf("ISO_A3") >= 0 else {}
    layer.setLabeling(styles.country_labels(_name_expression(name_field, names), inside,
                                            font_family=available_font_family()))
    layer.setLabelsEnabled(True)
    return layer


def _data_extent(areas: QgsVectorLayer, count_field: str, points: QgsVectorLayer | None,
                 project, status_field: str | None = None) -> QgsReferencedRectangle:
    """The areas with a value (or, with ``status_field``, with too few submissions for one): the
    main map zooms there.

    Points count only when no area has a value: survey points with faulty GPS (0,0, swapped
    coordinates) lie far away and would zoom the map out to a speck.
    """
    field = '"' + count_field.replace('"', '""') + '"'
    expression = f"({field} IS NOT NULL AND {field} <> 0)"
    if status_field:
        from .aggregate import STATUS_INSUFFICIENT

        expression += f" OR {_quoted_field(status_field)} = '{STATUS_INSUFFICIENT}'"
    request = QgsFeatureRequest().setFilterExpression(expression)
    extent = empty_extent()
    for feature in areas.getFeatures(request):
        extent.combineExtentWith(feature.geometry().boundingBox())
    if (extent.isEmpty() or not math.isfinite(extent.width())) and points is not None \
            and points.featureCount() > 0 and not points.extent().isEmpty():
        transform = QgsCoordinateTransform(points.crs(), areas.crs(), project)
        extent = transform.transformBoundingBox(points.extent())
    if extent.isEmpty() or not math.isfinite(extent.width()):
        extent = areas.extent()
    return QgsReferencedRectangle(extent, areas.crs())


def _quoted_field(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def build_atlas_layout(project: QgsProject, polygons: QgsVectorLayer, count_field: str, texts: MapTexts,
                       code_field: str = "adm2_pcode", name_field: str = "adm2_name",
                       only_with_data: bool = True, **choropleth) -> QgsPrintLayout:
    """The choropleth layout turned into an atlas: one page per admin area, zoomed on it.

    Every page keeps the country-wide classes (pages compare), the overview shows where the
    area lies, the title names the area ("<title> – <name> (<P-code>)"), and file names for
    one file per area are "<P-code>_<name>". ``only_with_data`` skips areas without a value
    (no submissions; for a share or mean, also too few of them for one).
    ``choropleth`` takes the keyword arguments of ``build_choropleth_layout``.
    """
    for name in (code_field, name_field):
        if polygons.fields().indexOf(name) < 0:
            raise CartongError(tr("The layer {layer} has no field {field} to name the atlas pages.").format(
                layer=polygons.name(), field=name))
    layout = build_choropleth_layout(project, polygons, count_field, texts, **choropleth)
    main_map = layout_item(layout, "main_map", QgsLayoutItemMap)
    areas = next(lyr for lyr in main_map.layers() if lyr.customProperty(AREAS_ROLE))
    atlas = layout.atlas()
    atlas.setCoverageLayer(areas)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression(_quoted_field(code_field))
    atlas.setSortFeatures(True)
    atlas.setSortExpression(_quoted_field(code_field))
    if only_with_data:
        value = _quoted_field(count_field)
        atlas.setFilterFeatures(True)
        # A share or mean of 0 is a value (0 % of households use a well); a count of 0 is no data.
        zero_is_data = bool(choropleth.get("status_field"))
        atlas.setFilterExpression(f"{value} IS NOT NULL" if zero_is_data else f"{value} IS NOT NULL AND {value} <> 0")
    # Windows forbids \ / : * ? " < > | in file names; spaces make awkward links.
    atlas.setFilenameExpression(
        f"{_quoted_field(code_field)} || '_' || regexp_replace({_quoted_field(name_field)}, '[\\\\/:*?\"<>| ]+', '_')")
    # The page's own area outlined on top of the others (drawn under the points).
    highlight = areas.clone()
    highlight.setName(tr("Area of this page"))
    from .styles import outline_symbol

    rule = QgsRuleBasedRenderer.Rule(outline_symbol("#000000", 0.8), 0, 0, "$id = @atlas_featureid")
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(rule)
    highlight.setRenderer(QgsRuleBasedRenderer(root))
    project.addMapLayer(highlight, False)
    layers = main_map.layers()
    layers.insert(layers.index(areas), highlight)
    main_map.setLayers(layers)
    main_map.setAtlasDriven(True)
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main_map.setAtlasMargin(ATLAS_MARGIN)
    title = layout_item(layout, "title", QgsLayoutItemLabel)
    escaped = title.text().replace("[%", "[ %")  # user text is never an expression
    # Sized for the longest page title, then turned into the per-page expression.
    longest = max((f"{escaped} – {f[name_field]} ({f[code_field]})" for f in areas.getFeatures()), key=len,
                  default=escaped)
    title.setText(longest)
    fit_label_on_one_line(title, min_size=11)
    title.setText(f"{escaped} – [% {_quoted_field(name_field)} %] ([% {_quoted_field(code_field)} %])")
    bar = layout_item(layout, "scalebar", QgsLayoutItemScaleBar)
    width = bar.sizeWithUnits().width()
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(width * 0.35)
    bar.setMaximumBarWidth(width * 0.75)
    return layout


def keep_in_project(layout: QgsPrintLayout, project: QgsProject | None = None) -> QgsPrintLayout:
    """Add the layout to the project's layouts (unique name), so the user can adjust it by hand."""
    project = project or layout.project()
    manager = project.layoutManager()
    base, number = layout.name(), 1
    while manager.layoutByName(layout.name()) is not None:
        number += 1
        layout.setName(f"{base} ({number})")
    manager.addLayout(layout)
    return layout


def build_points_layout(project: QgsProject, points: QgsVectorLayer, field: str, texts: MapTexts,
                        labels: dict[str, str] | None = None, areas: QgsVectorLayer | None = None,
                        page: str = "a4_landscape", language: str = "en", legend_title: str = "",
                        with_basemap: bool = True, background: str = "offline") -> QgsPrintLayout:
    """Survey points coloured by their answer to ``field`` (Okabe-Ito colours), over admin areas.

    ``labels`` {code: label} names the answers (default: the layer's ``<field>_label`` column,
    most frequent answer first); empty answers get a grey "No answer" class.
    """
    from . import styles

    with use_language(language):
        if points.fields().indexOf(field) < 0:
            raise CartongError(tr("The layer {layer} has no field {field} to map.").format(
                layer=points.name(), field=field))
        point_layer = points.clone()
        point_layer.setRenderer(styles.categorized_renderer(
            point_layer, field, labels if labels is not None else styles.labels_from_layer(points, field),
            size=1.8 if points.featureCount() <= 2000 else 1.0))
        point_layer.setName(legend_title or field)
        map_layers = [point_layer]
        overview_layers = []
        if areas is not None:
            context = areas.clone()
            context.setRenderer(styles.context_renderer())
            map_layers.append(context)
            overview_layers.append(context)
        texts, extent = _place_point_map(project, texts, point_layer, areas, map_layers, overview_layers,
                                         with_basemap, background, language)
    return build_map_layout(project, texts, map_layers, legend_layers=[(point_layer, point_layer.name())],
                            overview_layers=overview_layers or [map_layers[-1]], extent=extent, page=page,
                            language=language)


def _place_point_map(project, texts: MapTexts, points: QgsVectorLayer, areas, map_layers: list,
                     overview_layers: list, with_basemap: bool, background: str, language: str):
    """The common end of the point maps: their extent (the surveyed areas, else the points' core),
    the background map, the layers in the project (unlisted). Returns (texts with the basemap's
    attribution, extent)."""
    extent = surveyed_areas_extent(points, areas, project) if areas is not None else None
    if extent is None:
        extent = QgsReferencedRectangle(points_core_extent(points), points.crs())
    if with_basemap:
        texts = add_basemap(map_layers, overview_layers, texts, extent, project, background, language)
    project.addMapLayers(map_layers, False)
    return texts, extent


def surveyed_areas_extent(points: QgsVectorLayer, areas: QgsVectorLayer,
                          project) -> QgsReferencedRectangle | None:
    """Bounding box of the admin areas holding at least one point (None when none does)."""
    from .aggregate import count_points_by_admin, new_field

    key = "cartong_fid"
    # Count by polygon id: works for any admin layer, whatever its P-code field.
    copy = areas.materialize(QgsFeatureRequest())
    copy.dataProvider().addAttributes([new_field(key, "string")])
    copy.updateFields()
    index = copy.fields().indexOf(key)
    copy.dataProvider().changeAttributeValues({f.id(): {index: str(f.id())} for f in copy.getFeatures()})
    counts = count_points_by_admin(points, copy, key).counts
    extent = empty_extent()
    for feature in copy.getFeatures():
        if counts.get(str(feature.id())):
            extent.combineExtentWith(feature.geometry().boundingBox())
    if extent.isEmpty() or not math.isfinite(extent.width()):
        return None
    return QgsReferencedRectangle(extent, areas.crs())


def points_core_extent(points: QgsVectorLayer) -> QgsRectangle:
    """Extent of the points without the far-off ones (GPS at 0,0, swapped coordinates).

    Keeps the 1st to 99th percentile of x and y: a few faulty points cannot zoom the map out.
    """
    xs, ys = [], []
    for feature in points.getFeatures(QgsFeatureRequest().setNoAttributes()):
        if feature.hasGeometry():
            point = feature.geometry().centroid().asPoint()
            xs.append(point.x())
            ys.append(point.y())
    if not xs:
        return points.extent()
    xs.sort()
    ys.sort()
    low, high = int(len(xs) * 0.01), max(int(len(xs) * 0.99) - 1, 0)
    return QgsRectangle(xs[low], ys[low], xs[high], ys[high])


def build_proportional_layout(project: QgsProject, polygons: QgsVectorLayer, count_field: str, texts: MapTexts,
                              boundaries: QgsVectorLayer | None = None, page: str = "a4_landscape",
                              language: str = "en", legend_title: str = "",
                              with_basemap: bool = True, background: str = "offline") -> QgsPrintLayout:
    """Counts per admin area as circles at the areas' centres (area proportional to the count).

    Areas without submissions get no circle; the admin areas stay as a quiet background.
    """
    from . import styles

    with use_language(language):
        if polygons.fields().indexOf(count_field) < 0:
            raise CartongError(tr("The layer {layer} has no field {field} to map.").format(
                layer=polygons.name(), field=count_field))
        centres = QgsVectorLayer(f"Point?crs={polygons.crs().authid()}", legend_title or tr("Submissions per area"),
                                 "memory")
        if not polygons.crs().authid():
            centres.setCrs(polygons.crs())
        centres.dataProvider().addAttributes([polygons.fields().field(count_field)])
        centres.updateFields()
        features, maximum = [], 0.0
        for area in polygons.getFeatures():
            value = area[count_field]
            if value is None or (hasattr(value, "isNull") and value.isNull()) or float(value) <= 0:
                continue
            feature = QgsFeature(centres.fields())
            feature.setGeometry(area.geometry().pointOnSurface())
            feature[count_field] = value
            features.append(feature)
            maximum = max(maximum, float(value))
        centres.dataProvider().addFeatures(features)
        centres.updateExtents()
        # Largest first: small circles stay visible on top of big ones.
        centres.setRenderer(styles.proportional_renderer(count_field, maximum or 1.0, language=language))
        centres.renderer().setOrderBy(QgsFeatureRequest.OrderBy([
            QgsFeatureRequest.OrderByClause(count_field, False)]))
        centres.renderer().setOrderByEnabled(True)
        areas = polygons.clone()
        areas.setRenderer(styles.context_renderer())
        map_layers = [centres, areas]
        legend_layers = [(centres, centres.name())]
        if boundaries is not None:
            upper = boundaries.clone()
            upper.setRenderer(styles.boundary_renderer())
            map_layers.insert(1, upper)
            legend_layers.append((upper, tr("Boundary of the upper admin level")))
        overview = polygons.clone()
        overview.setRenderer(styles.context_renderer())
        overview_layers = [overview]
        extent = _data_extent(polygons, count_field, None, project)
        if with_basemap:
            texts = add_basemap(map_layers, overview_layers, texts, extent, project, background, language)
        project.addMapLayers(map_layers + [overview], False)
    return build_map_layout(project, texts, map_layers, legend_layers=legend_layers, overview_layers=overview_layers,
                            extent=extent, page=page, language=language)


def build_heatmap_layout(project: QgsProject, points: QgsVectorLayer, texts: MapTexts,
                         areas: QgsVectorLayer | None = None, page: str = "a4_landscape", language: str = "en",
                         legend_title: str = "", with_basemap: bool = True, radius_mm: float = 6.0,
                         background: str = "offline") -> QgsPrintLayout:
    """Where the submissions concentrate: a heatmap of the points (yellow to dark red, colour-blind
    safe), admin boundaries drawn over it, zoomed on the areas holding points."""
    from . import styles

    with use_language(language):
        heat = points.clone()
        heat.setRenderer(styles.heatmap_renderer(radius_mm))
        heat.setName(legend_title or tr("Density of submissions"))
        styles.set_heatmap_legend(heat, tr("Few submissions"), tr("Many submissions"))
        map_layers = [heat]
        overview_layers = []
        if areas is not None:
            outlines = areas.clone()
            outlines.setRenderer(styles.boundary_renderer("#737373", 0.25))
            map_layers.insert(0, outlines)  # borders stay readable over the dense places
            context = areas.clone()
            context.setRenderer(styles.context_renderer())
            overview_layers.append(context)
            project.addMapLayer(context, False)
        texts, extent = _place_point_map(project, texts, heat, areas, map_layers, overview_layers, with_basemap,
                                         background, language)
    return build_map_layout(project, texts, map_layers, legend_layers=[(heat, heat.name())],
                            overview_layers=overview_layers or [map_layers[-1]], extent=extent, page=page,
                            language=language)
