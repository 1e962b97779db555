# SPDX-License-Identifier: GPL-3.0-or-later
"""A print layout from a bundled template (``resources/layouts/*.qpt``), filled for one map.

``build_map_layout`` loads a template and fills every item by id: title, subtitle, main map
zoomed to the data in a metric CRS, overview map with the extent box, a legend listing only
the layers given and shrunk until it fits its box, scale bar, north arrow, sources, date
(in the map's language), author, disclaimer, CRS and reference code, optional logo; a map in a
right-to-left language is then mirrored (``right_to_left``).
"""

from __future__ import annotations

import datetime
import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayerTreeLayer,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsScaleBarSettings,
    QgsSymbolLayerUtils,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QDate, QLocale, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..base.errors import CartongError, os_reason
from ..base.i18n import tr
from ..base.paths import resources_dir
from ..base.qgis_compat import size_legend_heading_gap
from .basemaps import BASEMAP_ROLE
from .extents import extent_in, metric_crs_for, padded, transformed
from .fitting import (
    apply_font_family,
    fit_legend,
    fit_text,
    map_font_family,
    style_font,
    wrap_heading,
)
from .map_texts import MapTexts, disclaimer_text, use_language
from .right_to_left import is_right_to_left, mirror_layout

PAGES = ("a4_landscape", "a4_portrait", "a3_landscape", "a3_portrait")


NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"


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
        raise CartongError(
            tr("Cannot read the layout template {file}: {error}").format(file=path, error=os_reason(err))
        ) from err
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
        raise CartongError(
            tr("The layout template has no {kind} item with the id {id}.").format(kind=cls.__name__, id=item_id)
        )
    return item


# How each language writes a date in full ("14 March 2026", "14 de marzo de 2026"); month names and
# digits come from QLocale (Arabic: "١٤ مارس ٢٠٢٦").
DATE_FORMATS = {"es": "d 'de' MMMM 'de' yyyy", "pt": "d 'de' MMMM 'de' yyyy"}


def _date_text(date: datetime.date, language: str) -> str:
    return QLocale(language).toString(QDate(date.year, date.month, date.day), DATE_FORMATS.get(language, "d MMMM yyyy"))


def _crs_text(crs: QgsCoordinateReferenceSystem) -> str:
    return f"{crs.description()} ({crs.authid()})" if crs.authid() else crs.description()


def build_map_layout(
    project: QgsProject,
    texts: MapTexts,
    map_layers: list,
    legend_layers=None,
    overview_layers=None,
    extent: QgsReferencedRectangle | None = None,
    page: str = "a4_landscape",
    language: str = "en",
    crs: QgsCoordinateReferenceSystem | None = None,
) -> QgsPrintLayout:
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
        apply_font_family(layout, map_font_family(language))
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
        if is_right_to_left(language):
            mirror_layout(layout, language)
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
    map_item.setExtent(
        QgsRectangle(center.x() - width / 2, center.y() - height / 2, center.x() + width / 2, center.y() + height / 2)
    )


def _set_label(layout, item_id, text):
    layout_item(layout, item_id, QgsLayoutItemLabel).setText(text)


def _fill_texts(layout, texts: MapTexts, language: str) -> None:
    title = layout_item(layout, "title", QgsLayoutItemLabel)
    title.setText(texts.title)
    subtitle = layout.itemById("subtitle")
    if texts.subtitle:
        subtitle.setText(texts.subtitle)
        fit_text(subtitle, min_size=7)
    else:  # the title takes the subtitle's room, centred in the header band
        bottom = subtitle.positionWithUnits().y() + subtitle.sizeWithUnits().height()
        title.attemptResize(
            QgsLayoutSize(
                title.sizeWithUnits().width(),
                bottom - title.positionWithUnits().y(),
                QgsUnitTypes.LayoutUnit.LayoutMillimeters,  # type: ignore[attr-defined]
            )
        )
        title.setVAlign(Qt.AlignmentFlag.AlignVCenter)
        layout.removeLayoutItem(subtitle)
    # once its box is final: wrapped and shrunk to fit it, never clipped by its edge
    fit_text(title, min_size=11)
    _fill_sources(layout_item(layout, "sources", QgsLayoutItemLabel), texts, language)
    _set_label(layout, "disclaimer", disclaimer_text())


def _fill_sources(label, texts: MapTexts, language: str) -> None:
    """Sources, date and author, fitted to the label like the title: only the sources the user
    typed may be cut (and said); the credits added after them (basemap attribution, boundaries),
    the date and the author always stay."""
    lines = []
    sources = [s for s in [texts.sources, *texts.extra_sources] if s]
    if sources:
        lines.append(tr("Sources: {sources}").format(sources="; ".join(sources)))
    date = texts.date or datetime.date.today()
    lines.append(tr("Date: {date}").format(date=_date_text(date, language)))
    if texts.author:
        lines.append(tr("Map: {author}").format(author=texts.author))
    whole = "\n".join(lines)
    end = len(whole)  # no sources typed: the label is all date and author, cut only if it must be
    if texts.sources:  # they come first, after the translated "Sources: "
        end = len(tr("Sources: {sources}").split("{sources}")[0]) + len(texts.sources)
    label.setText(whole[:end])
    fit_text(label, min_size=5, tail=whole[end:], max_lines=None)


def _fill_crs_reference(layout, texts: MapTexts, crs) -> None:
    reference = texts.reference or "CTK-{}".format(datetime.datetime.now().strftime("%Y%m%d-%H%M"))
    _set_label(
        layout,
        "crs_reference",
        "\n".join(
            [
                tr("Coordinate system: {crs}").format(crs=_crs_text(crs)),
                tr("Map reference: {reference}").format(reference=reference),
            ]
        ),
    )


def _fill_north_arrow(layout, main_map) -> None:
    arrow = layout_item(layout, "north_arrow", QgsLayoutItemPicture)
    svg = QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW_SVG, QgsProject.instance().pathResolver())
    arrow.setPicturePath(svg or NORTH_ARROW_SVG)
    arrow.setLinkedMap(main_map)


def _fill_scalebar(layout, main_map) -> None:
    bar = layout_item(layout, "scalebar", QgsLayoutItemScaleBar)
    bar.setLinkedMap(main_map)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)  # type: ignore[attr-defined]
    bar.setUnitLabel(tr("km"))
    # A round segment length giving a bar of about a fifth of the map width.
    map_km = main_map.extent().width() / 1000.0
    target = map_km / 5 / bar.numberOfSegments()
    magnitude = 10 ** math.floor(math.log10(target))
    step = min((s * magnitude for s in (1, 2, 2.5, 5, 10)), key=lambda s: abs(s - target))
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)  # type: ignore[attr-defined]
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


def _has_size_legend(layer) -> bool:
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    return bool(getattr(renderer, "dataDefinedSizeLegend", lambda: None)())


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
    if any(_has_size_legend(layer) for layer, _ in legend_layers):
        heading = legend.rstyle(QgsLegendStyle.Style.Subgroup)
        heading.setMargin(
            QgsLegendStyle.Side.Bottom, heading.margin(QgsLegendStyle.Side.Bottom) + size_legend_heading_gap()
        )
    for layer, title in legend_layers:
        node = QgsLayerTreeLayer(layer)
        node.setUseLayerName(False)  # a legend title of its own, the layer keeps its name
        node.setName(wrap_heading(title, box.width(), heading_size))
        root.addChildNode(node)  # after naming: legend nodes take their label when added
    legend.updateLegend()
    fit_legend(legend, box.width(), box.height())
    legend.attemptMove(QgsLayoutPoint(position.x(), position.y(), QgsUnitTypes.LayoutUnit.LayoutMillimeters))  # type: ignore[attr-defined]
