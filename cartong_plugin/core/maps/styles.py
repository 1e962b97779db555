# SPDX-License-Identifier: GPL-3.0-or-later
"""Colour-blind-safe renderers for survey maps, each with an explicit "no data" class.

Choropleths are rule-based renderers built from a QgsClassificationMethod (quantiles,
equal intervals, natural breaks, pretty breaks) or from class limits given by hand, so that
the classes, the "insufficient data" class and the "no data" class all appear, in that order,
in the legend.
Palettes: ColorBrewer sequential ramps and the Okabe-Ito qualitative set.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsLinePatternFillSymbolLayer,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QColor

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.qgis_compat import field_kind
from .classes import class_breaks, class_labels, nice_sizes

# ColorBrewer sequential ramps (colour-blind safe), light to dark, lightest step skipped
# so the first class stays distinct from the grey "no data" fill.
SEQUENTIAL = {
    "YlGnBu": ["#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"],
    "Blues": ["#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
    "OrRd": ["#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000"],
    "Purples": ["#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"],
}
# Okabe & Ito (2008), safe for the common colour-vision deficiencies.
QUALITATIVE = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]

NO_DATA_COLOR = "#d9d9d9"
WATER_COLOR = "#e4eef5"  # map background under the basemap: seas and lakes
LAND_COLOR = "#f6f6f4"
OUTLINE_COLOR = "#ffffff"
POINT_COLOR = "#d55e00"
DENSE_POINT_COLOR = "#252525"


def sequential_colors(n: int, palette: str = "YlGnBu") -> list[QColor]:
    """``n`` colours sampled evenly along a ColorBrewer sequential ramp."""
    stops = SEQUENTIAL.get(palette)
    if stops is None:
        raise CartongError(
            tr("Unknown palette {name}; choose one of {names}.").format(name=palette, names=", ".join(SEQUENTIAL))
        )
    ramp = QgsGradientColorRamp(
        QColor(stops[0]),
        QColor(stops[-1]),
        False,
        [QgsGradientStop(i / (len(stops) - 1), QColor(c)) for i, c in enumerate(stops[1:-1], start=1)],
    )
    if n == 1:
        return [ramp.color(0.6)]
    return [ramp.color(i / (n - 1)) for i in range(n)]


def _fill(color, outline=OUTLINE_COLOR, width=0.2) -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple(
        {
            "color": QColor(color).name(),
            "outline_color": outline,
            "outline_width": str(width),
            "outline_width_unit": "MM",
            "joinstyle": "round",
        }
    )
    return symbol


def no_data_symbol() -> QgsFillSymbol:
    return _fill(NO_DATA_COLOR)


def insufficient_data_symbol() -> QgsFillSymbol:
    """White with grey diagonal hatching: visibly "not a value", distinct from no data."""
    symbol = _fill("#ffffff")
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.2)
    hatch.setLineWidth(0.25)
    hatch.setColor(QColor("#969696"))
    symbol.appendSymbolLayer(hatch)
    border = QgsSimpleFillSymbolLayer.create({"style": "no", "outline_color": OUTLINE_COLOR, "outline_width": "0.2"})
    symbol.appendSymbolLayer(border)
    return symbol


def _quoted(field: str) -> str:
    return '"' + field.replace('"', '""') + '"'


def choropleth_renderer(
    layer: QgsVectorLayer,
    field: str,
    classes: int = 5,
    method: str = "quantile",
    palette: str = "YlGnBu",
    zero_is_no_data: bool = True,
    no_data_label: str | None = None,
    status_field: str | None = None,
    insufficient_label: str | None = None,
    unit: str = "",
    language: str = "en",
    breaks: list[float] | None = None,
    empty_field: str | None = None,
) -> QgsRuleBasedRenderer:
    """Rule-based choropleth of ``field``: one rule per class, then insufficient data, then no data.

    NULL (and 0 when ``zero_is_no_data``) values fall in the "no data" class; with ``empty_field``,
    the 0 (or NULL) of that field instead (an area with submissions but none giving the answer
    counted in ``field`` shows 0, not "no submissions"); when
    ``status_field`` is given, features whose status is 'insufficient' get the hatched class.
    Classes are computed on the remaining values (or follow ``breaks``, limits given by hand);
    integer fields get integer bounds. The "no data" and "insufficient data" rules exist only when
    a feature falls in them.
    """
    from .aggregate import STATUS_INSUFFICIENT

    index = layer.fields().indexOf(field)
    if index < 0:
        raise CartongError(tr("The layer {layer} has no field {field} to map.").format(layer=layer.name(), field=field))
    if not layer.fields().at(index).isNumeric():
        raise CartongError(
            tr("The field {field} of {layer} is not numeric: it cannot be mapped in classes.").format(
                field=field, layer=layer.name()
            )
        )
    empty = empty_field or field
    if layer.fields().indexOf(empty) < 0:
        raise CartongError(tr("The layer {layer} has no field {field} to map.").format(layer=layer.name(), field=empty))
    integers = field_kind(layer.fields().at(index)) == "int"
    locale = QLocale(language)
    values, no_data, insufficient = [], 0, 0
    for feature in layer.getFeatures():
        value = feature[field]
        if status_field and feature[status_field] == STATUS_INSUFFICIENT:
            insufficient += 1
        elif _is_null(value) or (zero_is_no_data and _is_empty(feature[empty])):
            no_data += 1
        else:
            values.append(float(value))

    root = QgsRuleBasedRenderer.Rule(None)
    bounds = class_breaks(values, classes, method, integers, breaks)
    colors = sequential_colors(len(bounds), palette) if bounds else []
    suffix = (" " + unit) if unit else ""
    labels = class_labels(bounds, values, integers, locale, suffix)
    for i, ((lower, upper), color, label) in enumerate(zip(bounds, colors, labels)):
        low_op = ">=" if (i == 0 or integers) else ">"
        expression = f"{_quoted(field)} {low_op} {lower!r} AND {_quoted(field)} <= {upper!r}"
        if zero_is_no_data:
            expression += f" AND {_quoted(empty)} <> 0"
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(color), 0, 0, expression, label))
    if insufficient and status_field:
        label = insufficient_label or tr("Insufficient data")
        expression = f"{_quoted(status_field)} = '{STATUS_INSUFFICIENT}'"
        root.appendChild(QgsRuleBasedRenderer.Rule(insufficient_data_symbol(), 0, 0, expression, label))
    if no_data:
        rule = QgsRuleBasedRenderer.Rule(no_data_symbol(), 0, 0, "ELSE", no_data_label or tr("No data"))
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def _is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _is_empty(marker) -> bool:
    """No data in an area whose ``marker`` (its own value, or its submissions) is 0 or NULL."""
    return _is_null(marker) or marker == 0


def categorized_renderer(
    layer: QgsVectorLayer,
    field: str,
    labels: dict[str, str] | None = None,
    size: float = 1.6,
    no_answer_label: str | None = None,
) -> QgsCategorizedSymbolRenderer:
    """Points coloured by the answer to a question (Okabe-Ito colours, then greys).

    ``labels`` maps answer codes to their labels (from the XLSForm); categories follow its order,
    then any code found in the data; empty answers get a last, grey "no answer" category.
    """
    index = layer.fields().indexOf(field)
    if index < 0:
        raise CartongError(tr("The layer {layer} has no field {field} to map.").format(layer=layer.name(), field=field))
    labels = dict(labels or {})
    found = []
    has_empty = False
    for value in layer.uniqueValues(index):
        if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value) == "":
            has_empty = True
        elif str(value) not in labels:
            found.append(str(value))
    codes = [c for c in labels] + sorted(found)
    categories = []
    for i, code in enumerate(codes):
        color = QColor(QUALITATIVE[i]) if i < len(QUALITATIVE) else QColor.fromHsv(0, 0, 60 + 20 * (i % 8))
        # A dark ring: the light Okabe-Ito colours (yellow, sky blue) stay visible on pale areas.
        categories.append(
            QgsRendererCategory(code, point_symbol(color, size, outline_color="#3a3a3a"), labels.get(code, code))
        )
    if has_empty:
        categories.append(
            QgsRendererCategory(
                None, point_symbol(NO_DATA_COLOR, size, outline_color="#3a3a3a"), no_answer_label or tr("No answer")
            )
        )
    return QgsCategorizedSymbolRenderer(field, categories)


def point_symbol(
    color=POINT_COLOR, size: float = 1.2, outline: bool = True, outline_color: str = "#ffffff"
) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": QColor(color).name(),
            "size": str(size),
            "size_unit": "MM",
            "outline_color": outline_color,
            "outline_width": "0.15" if outline else "0",
            "outline_width_unit": "MM",
            "outline_style": "solid" if outline else "no",
        }
    )


def points_renderer(count: int = 0, color=POINT_COLOR) -> QgsSingleSymbolRenderer:
    """One dot per submission, smaller and more transparent as they get many.

    A few hundred points get 1.2 mm dots with a white ring (readable on every ramp); thousands
    get fine translucent dark dots, a stipple that keeps the choropleth colours readable.
    """
    dense = count > 2000
    size = 1.2 if count <= 500 else max(0.3, 1.2 * (500 / count) ** 0.5)
    symbol = point_symbol(DENSE_POINT_COLOR if dense else color, round(size, 2), outline=not dense)
    if dense:
        symbol.setOpacity(0.45)
    return QgsSingleSymbolRenderer(symbol)


def outline_symbol(color: str = "#4d4d4d", width: float = 0.45) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": color, "outline_width": str(width), "outline_width_unit": "MM"}
    )


def boundary_renderer(color: str = "#4d4d4d", width: float = 0.45) -> QgsSingleSymbolRenderer:
    """Outline only: higher admin level boundaries drawn over a choropleth."""
    return QgsSingleSymbolRenderer(outline_symbol(color, width))


def context_renderer() -> QgsSingleSymbolRenderer:
    """Light fill for the overview map and background areas."""
    return QgsSingleSymbolRenderer(_fill("#e8e8e8", outline="#9e9e9e", width=0.15))


def basemap_renderer() -> QgsSingleSymbolRenderer:
    """Neighbouring countries: near-white land on pale water, quiet grey borders."""
    return QgsSingleSymbolRenderer(_fill(LAND_COLOR, outline="#b8b8b8", width=0.2))


def country_labels(name_expression: str, skip_ids: list[int], size: float = 7.0, font_family: str = "DejaVu Sans"):
    """Grey italic country names (not on the surveyed country), placed by QGIS's labelling engine.

    ``name_expression`` gives the name (a quoted field, or an expression choosing the map's language).
    The engine's collision handling keeps names from overlapping each other and the legend-worthy
    symbols; names that do not fit are dropped.
    """
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QFont

    settings = QgsPalLayerSettings()
    skip = ", ".join(str(i) for i in skip_ids) or "-1"
    settings.fieldName = f"CASE WHEN $id IN ({skip}) THEN NULL ELSE upper({name_expression}) END"
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.Placement.Horizontal
    settings.fitInPolygonOnly = True
    text = QgsTextFormat()
    font = QFont(font_family)
    font.setItalic(True)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.8)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor("#8a8a8a"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    buffer.setColor(QColor(LAND_COLOR))
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def area_labels(name_field: str, size: float = 6.0, font_family: str = "DejaVu Sans"):
    """Admin names in dark grey with a white halo, inside their polygon; QGIS drops the ones
    that would collide (small areas in a crowded map keep their colour, lose their name)."""
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QFont

    settings = QgsPalLayerSettings()
    settings.fieldName = name_field
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.fitInPolygonOnly = True
    settings.priority = 5
    text = QgsTextFormat()
    text.setFont(QFont(font_family))
    text.setSize(size)
    text.setColor(QColor("#262626"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor("#ffffff"))
    buffer.setOpacity(0.85)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def labels_from_layer(layer: QgsVectorLayer, field: str) -> dict[str, str]:
    """{code: label} from a survey layer's ``<q>`` and ``<q>_label`` columns, most frequent first."""
    label_field = f"{field}_label"
    has_labels = layer.fields().indexOf(label_field) >= 0
    counts: dict[str, int] = {}
    labels: dict[str, str] = {}
    for feature in layer.getFeatures():
        value = feature[field]
        if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value) == "":
            continue
        code = str(value)
        counts[code] = counts.get(code, 0) + 1
        if has_labels and code not in labels and feature[label_field] not in (None, ""):
            labels[code] = str(feature[label_field])
    return {code: labels.get(code, code) for code in sorted(counts, key=lambda c: (-counts[c], c))}


def proportional_renderer(
    field: str, maximum: float, max_size: float = 14.0, color: str = "#225ea8", language: str = "en"
) -> QgsSingleSymbolRenderer:
    """Circles whose area is proportional to ``field`` (largest ``max_size`` mm), nested legend.

    Circle area, not diameter, follows the value (the eye compares areas): size = sqrt(v / max).
    """
    from qgis.core import QgsDataDefinedSizeLegend, QgsProperty

    from .aggregate import ANSWER_COUNT_FIELD, COUNT_FIELD, VALUE_COUNT_FIELD

    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": QColor(color).name(),
            "outline_color": "#ffffff",
            "outline_width": "0.25",
            "size_unit": "MM",
        }
    )
    symbol.setOpacity(0.75)
    quoted = '"' + field.replace('"', '""') + '"'
    symbol.setDataDefinedSize(
        QgsProperty.fromExpression(f"coalesce(scale_exp({quoted}, 0, {maximum!r}, 0, {max_size!r}, 0.5), 0)")
    )
    renderer = QgsSingleSymbolRenderer(symbol)
    legend = QgsDataDefinedSizeLegend()
    legend.setLegendType(QgsDataDefinedSizeLegend.LegendType.LegendCollapsed)
    locale = QLocale(language)
    legend.setClasses(
        [
            QgsDataDefinedSizeLegend.SizeClass(
                max_size * math.sqrt(v / maximum),
                locale.toString(int(v)) if float(v).is_integer() else locale.toString(v),
            )
            for v in nice_sizes(maximum, integers=field in (COUNT_FIELD, ANSWER_COUNT_FIELD, VALUE_COUNT_FIELD))
        ]
    )
    legend.setSymbol(symbol.clone())
    # Without a title QGIS would print the size expression itself.
    legend.setTitle(tr("Circle area proportional to the value"))
    renderer.setDataDefinedSizeLegend(legend)
    return renderer


def refuse_negative_circles(polygons: QgsVectorLayer, field: str) -> None:
    """A circle's area cannot show a negative value (it would vanish): refused with the first one."""
    request = QgsFeatureRequest().setFilterExpression(f"{_quoted(field)} < 0").setLimit(1)
    for area in polygons.getFeatures(request):
        raise CartongError(
            tr(
                "The field {field} of {layer} has negative values ({value} for example): circles cannot show "
                "them. Choose a choropleth map for this field."
            ).format(field=field, layer=polygons.name(), value=area[field])
        )


def insufficient_areas(polygons: QgsVectorLayer, status_field: str | None, min_count: int):
    """The areas whose status is 'insufficient', hatched and named as on a choropleth (None if none)."""
    from .aggregate import STATUS_INSUFFICIENT

    if not status_field or polygons.fields().indexOf(status_field) < 0:
        return None
    layer = polygons.clone()
    if layer is None:
        return None
    layer.setSubsetString(f"{_quoted(status_field)} = '{STATUS_INSUFFICIENT}'")
    if layer.featureCount() == 0:
        return None
    layer.setRenderer(QgsSingleSymbolRenderer(insufficient_data_symbol()))
    layer.setName(insufficient_legend(polygons, min_count))
    return layer


def insufficient_legend(polygons: QgsVectorLayer, min_count: int) -> str:
    """The legend of hatched areas: counts with a question judge by the submissions answering it (value_count)."""
    from .aggregate import VALUE_COUNT_FIELD

    if polygons.fields().indexOf(VALUE_COUNT_FIELD) >= 0:
        return tr("Insufficient data (fewer than {n} submissions answering)").format(n=min_count)
    return tr("Insufficient data (fewer than {n} submissions)").format(n=min_count)


# ColorBrewer YlOrRd (colour-blind safe, prints in grey as light to dark), from transparent:
# where there are no submissions the basemap shows through.
HEATMAP_STOPS = ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"]


def heatmap_ramp() -> QgsGradientColorRamp:
    first = QColor(HEATMAP_STOPS[0])
    first.setAlpha(0)
    stops = [QgsGradientStop(0.08, QColor(HEATMAP_STOPS[0]))]
    stops += [
        QgsGradientStop(0.08 + 0.92 * i / (len(HEATMAP_STOPS) - 1), QColor(c))
        for i, c in enumerate(HEATMAP_STOPS[1:-1], start=1)
    ]
    return QgsGradientColorRamp(first, QColor(HEATMAP_STOPS[-1]), False, stops)


def heatmap_renderer(radius_mm: float = 6.0):
    """Density of points (kernel radius ``radius_mm`` on the page), yellow to dark red."""
    from qgis.core import QgsHeatmapRenderer, QgsUnitTypes

    renderer = QgsHeatmapRenderer()
    renderer.setRadius(radius_mm)
    renderer.setRadiusUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)  # type: ignore[attr-defined]
    renderer.setColorRamp(heatmap_ramp())
    renderer.setMaximumValue(0)  # 0: the densest place of the map gets the darkest colour
    renderer.setRenderQuality(1)  # best: the map is for print
    return renderer


def set_heatmap_legend(layer: QgsVectorLayer, low_label: str, high_label: str) -> None:
    """A colour ramp from ``low_label`` to ``high_label`` as the layer's legend (QGIS 3.22 draws
    no legend for a heatmap)."""
    from qgis.core import QgsColorRampLegendNode, QgsMapLayerLegend
    from qgis.PyQt import sip

    class HeatmapLegend(QgsMapLayerLegend):
        def createLayerTreeModelLegendNodes(self, node_layer):  # noqa: N802 (Qt override)
            node = QgsColorRampLegendNode(node_layer, heatmap_ramp(), low_label, high_label)
            sip.transferto(node, None)  # the legend model owns it, not Python
            return [node]

    layer.setLegend(HeatmapLegend())
