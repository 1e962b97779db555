# SPDX-License-Identifier: GPL-3.0-or-later
"""The print layout of each kind of map: styled copies of the survey and admin layers on a template.

``build_choropleth_layout`` styles survey counts (or a share, mean or median) per admin area and
calls ``templates.build_map_layout``; ``build_atlas_layout`` turns it into one page per area;
``build_points_layout``, ``build_proportional_layout`` and ``build_heatmap_layout`` likewise.
Texts follow the ``language`` argument, whatever the language of QGIS (``map_texts``); the
background comes from ``basemaps``, the zoom from ``extents``, fonts and fitting from ``fitting``,
the marks and names of a circles map from ``circles``.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsPrintLayout,
    QgsProject,
    QgsReferencedRectangle,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsVectorLayer,
)

from ..base.errors import CartongError
from ..base.i18n import tr
from .area_warnings import NO_BOUNDARY, note_areas_without_boundary
from .basemaps import add_basemap
from .circles import centre_layers, label_beside_marks
from .extents import areas_shown, data_extent, points_core_extent, quoted_field, surveyed_areas_extent, value_filter
from .fitting import fit_text, forget_shortened, map_font_family
from .map_texts import MapTexts, area_legend, use_language
from .right_to_left import in_direction
from .templates import build_map_layout, layout_item

AREAS_ROLE = "cartong/choropleth_areas"
ATLAS_MARGIN = 0.15  # around each admin area on its atlas page


def build_choropleth_layout(
    project: QgsProject,
    polygons: QgsVectorLayer,
    count_field: str,
    texts: MapTexts,
    points: QgsVectorLayer | None = None,
    boundaries: QgsVectorLayer | None = None,
    page: str = "a4_landscape",
    language: str = "en",
    method: str = "quantile",
    classes: int = 5,
    legend_title: str = "",
    status_field: str | None = None,
    min_count: int = 5,
    with_basemap: bool = True,
    background: str = "offline",
    label_field: str | None = None,
    breaks: list[float] | None = None,
) -> QgsPrintLayout:
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
    from .aggregate import STAT_FIELDS

    with use_language(language):
        area_layer = _clone(polygons)
        is_share = bool(status_field) and _empty_field(polygons, count_field) is None  # answer_count: a count
        is_number = count_field in STAT_FIELDS.values()  # a mean or median: no unit we know
        empty_field = _empty_field(polygons, count_field)
        area_layer.setRenderer(
            styles.choropleth_renderer(
                area_layer,
                count_field,
                classes=classes,
                method=method,
                zero_is_no_data=not is_share,
                no_data_label=tr("No data") if is_share else tr("No submissions"),
                status_field=status_field,
                insufficient_label=styles.insufficient_legend(polygons, min_count),
                unit="%" if is_share and not is_number else "",
                language=language,
                breaks=breaks,
                empty_field=empty_field,
            )
        )
        area_layer.setName(legend_title or area_legend(count_field, is_share))
        area_layer.setCustomProperty(AREAS_ROLE, True)  # found again by build_atlas_layout
        if label_field:
            _label_areas(area_layer, polygons, label_field, language)
        map_layers = [area_layer]
        legend_layers = [(area_layer, area_layer.name())]
        overview = _clone(polygons)
        overview.setRenderer(styles.context_renderer())
        if boundaries is not None:
            upper = _clone(boundaries)
            upper.setRenderer(styles.boundary_renderer())
            map_layers.insert(0, upper)
            legend_layers.append((upper, tr("Boundary of the upper admin level")))  # after the points
        point_layer = None
        if points is not None:
            point_layer = _clone(points)
            point_layer.setRenderer(styles.points_renderer(point_layer.featureCount()))
            map_layers.insert(0, point_layer)
            legend_layers.insert(1, (point_layer, tr("Submission (GPS location)")))
        extent = data_extent(area_layer, count_field, status_field)
        overview_layers = [overview]
        if with_basemap:
            texts = add_basemap(map_layers, overview_layers, texts, extent, project, background, language)
        project.addMapLayers(map_layers + [overview], False)
    return build_map_layout(
        project,
        texts,
        map_layers,
        legend_layers=legend_layers,
        overview_layers=overview_layers,
        extent=extent,
        page=page,
        language=language,
    )


def _label_areas(layer: QgsVectorLayer, polygons: QgsVectorLayer, label_field: str, language: str) -> None:
    """The admin names of ``label_field`` written on ``layer`` (a copy of ``polygons``) where they fit."""
    from .styles import area_labels

    if layer.fields().indexOf(label_field) < 0:
        raise CartongError(
            tr("The layer {layer} has no field {field} to label the areas.").format(
                layer=polygons.name(), field=label_field
            )
        )
    layer.setLabeling(area_labels(label_field, font_family=map_font_family(language)))
    layer.setLabelsEnabled(True)


def _empty_field(polygons: QgsVectorLayer, count_field: str) -> str | None:
    """The field whose 0 marks an area without submissions, when not ``count_field`` itself: an
    area with 9 submissions and none giving the answer counted (answer_count 0) has data, a 0."""
    from .aggregate import ANSWER_COUNT_FIELD, COUNT_FIELD, VALUE_COUNT_FIELD

    if count_field in (ANSWER_COUNT_FIELD, VALUE_COUNT_FIELD) and polygons.fields().indexOf(COUNT_FIELD) >= 0:
        return COUNT_FIELD
    return None


def build_atlas_layout(
    project: QgsProject,
    polygons: QgsVectorLayer,
    count_field: str,
    texts: MapTexts,
    code_field: str = "adm2_pcode",
    name_field: str = "adm2_name",
    only_with_data: bool = True,
    **choropleth,
) -> QgsPrintLayout:
    """The choropleth layout turned into an atlas: one page per admin area, zoomed on it.

    Every page keeps the country-wide classes (pages compare), the overview shows where the
    area lies, the title names the area ("<title> – <name> (<P-code>)"), and file names for
    one file per area are "<P-code>_<name>". ``only_with_data`` skips areas without a value
    (no submissions; for a share or mean, also too few of them for one).
    ``choropleth`` takes the keyword arguments of ``build_choropleth_layout``.
    """
    for name in (code_field, name_field):
        if polygons.fields().indexOf(name) < 0:
            raise CartongError(
                tr("The layer {layer} has no field {field} to name the atlas pages.").format(
                    layer=polygons.name(), field=name
                )
            )
    layout = build_choropleth_layout(project, polygons, count_field, texts, **choropleth)
    main_map = layout_item(layout, "main_map", QgsLayoutItemMap)
    areas = next(lyr for lyr in main_map.layers() if lyr.customProperty(AREAS_ROLE))
    atlas = layout.atlas()
    atlas.setCoverageLayer(areas)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression(quoted_field(code_field))
    atlas.setSortFeatures(True)
    atlas.setSortExpression(quoted_field(code_field))
    # A share or mean of 0 is a value (0 % of households use a well); a count of 0 is no data.
    data = value_filter(polygons, count_field, choropleth.get("status_field")) if only_with_data else ""
    # An area without boundary would get a page showing the previous page's place: none is made, it is said.
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression(f"({data}) AND NOT {NO_BOUNDARY}" if data else f"NOT {NO_BOUNDARY}")
    note_areas_without_boundary(layout, areas, data, code_field, name_field)
    # Windows forbids \ / : * ? " < > | in file names; spaces make awkward links.
    atlas.setFilenameExpression(
        f"{quoted_field(code_field)} || '_' || regexp_replace({quoted_field(name_field)}, '[\\\\/:*?\"<>| ]+', '_')"
    )
    # The page's own area outlined on top of the others (drawn under the points).
    highlight = _clone(areas)
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
    # Sized for the longest page title: the user's title whole, or cut before the area's name
    # and P-code (the page's own, never cut), then turned into the per-page expression, which
    # the label wraps as it was measured.
    forget_shortened(layout, texts.title)  # fitted again here, with the area's name
    suffixes = [f" – {f[name_field]} ({f[code_field]})" for f in areas.getFeatures()]
    title.setText(texts.title)
    escaped = fit_text(title, min_size=11, tail=max(suffixes, key=len, default="")).replace("[%", "[ %")
    title.setText(
        in_direction(
            f"{escaped} – [% {quoted_field(name_field)} %] ([% {quoted_field(code_field)} %])",
            choropleth.get("language", "en"),
        )
    )
    bar = layout_item(layout, "scalebar", QgsLayoutItemScaleBar)
    width = bar.sizeWithUnits().width()
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)  # type: ignore[attr-defined]
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


def build_points_layout(
    project: QgsProject,
    points: QgsVectorLayer,
    field: str,
    texts: MapTexts,
    labels: dict[str, str] | None = None,
    areas: QgsVectorLayer | None = None,
    page: str = "a4_landscape",
    language: str = "en",
    legend_title: str = "",
    with_basemap: bool = True,
    background: str = "offline",
) -> QgsPrintLayout:
    """Survey points coloured by their answer to ``field`` (Okabe-Ito colours), over admin areas.

    ``labels`` {code: label} names the answers (default: the layer's ``<field>_label`` column,
    most frequent answer first); empty answers get a grey "No answer" class.
    """
    from . import styles

    with use_language(language):
        if points.fields().indexOf(field) < 0:
            raise CartongError(
                tr("The layer {layer} has no field {field} to map.").format(layer=points.name(), field=field)
            )
        point_layer = _clone(points)
        point_layer.setRenderer(
            styles.categorized_renderer(
                point_layer,
                field,
                labels if labels is not None else styles.labels_from_layer(points, field),
                size=1.8 if points.featureCount() <= 2000 else 1.0,
            )
        )
        point_layer.setName(legend_title or field)
        map_layers = [point_layer]
        overview_layers = []
        if areas is not None:
            context = _clone(areas)
            context.setRenderer(styles.context_renderer())
            map_layers.append(context)
            overview_layers.append(context)
        texts, extent = _place_point_map(
            project, texts, point_layer, areas, map_layers, overview_layers, with_basemap, background, language
        )
    return build_map_layout(
        project,
        texts,
        map_layers,
        legend_layers=[(point_layer, point_layer.name())],
        overview_layers=overview_layers or [map_layers[-1]],
        extent=extent,
        page=page,
        language=language,
    )


def _place_point_map(
    project,
    texts: MapTexts,
    points: QgsVectorLayer,
    areas,
    map_layers: list,
    overview_layers: list,
    with_basemap: bool,
    background: str,
    language: str,
):
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


def build_proportional_layout(
    project: QgsProject,
    polygons: QgsVectorLayer,
    count_field: str,
    texts: MapTexts,
    boundaries: QgsVectorLayer | None = None,
    page: str = "a4_landscape",
    language: str = "en",
    legend_title: str = "",
    with_basemap: bool = True,
    background: str = "offline",
    status_field: str | None = None,
    min_count: int = 5,
    label_field: str | None = None,
) -> QgsPrintLayout:
    """Counts (or a share, mean or median) per admin area as circles at the areas' centres (area
    proportional to the value), named in the legend as the choropleth names them.

    Areas without data get no mark, those at a real 0 (a share of 0 %) a small ring (``circles``);
    the admin areas stay as a quiet background, those whose ``status_field`` says 'insufficient'
    hatched as on a choropleth, named by ``label_field`` beside the circles. Negative values are
    refused: a circle has no negative area.
    """
    from . import styles
    from .aggregate import ANSWER_PCT_FIELD

    with use_language(language):
        if polygons.fields().indexOf(count_field) < 0:
            raise CartongError(
                tr("The layer {layer} has no field {field} to map.").format(layer=polygons.name(), field=count_field)
            )
        styles.refuse_negative_circles(polygons, count_field)
        is_share = count_field == ANSWER_PCT_FIELD
        name = legend_title or area_legend(count_field, is_share)
        centres, zeros, maximum = centre_layers(
            polygons, count_field, name, status_field, "%" if is_share else "", language
        )
        # Largest first: small circles stay visible on top of big ones.
        centres.setRenderer(styles.proportional_renderer(count_field, maximum or 1.0, language=language))
        centres.renderer().setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(count_field, False)]))
        centres.renderer().setOrderByEnabled(True)
        areas = _clone(polygons)
        areas.setRenderer(styles.context_renderer())
        map_layers = [centres, areas]
        legend_layers = [(centres, centres.name())]
        if zeros is not None:  # a real 0 % is not an area without data: a ring, named in the legend
            map_layers.insert(1, zeros)
            legend_layers.append((zeros, zeros.name()))
        if label_field:
            _label_areas(areas, polygons, label_field, language)
            marks = [centres] + ([zeros] if zeros is not None else [])
            marked = (
                f"({value_filter(polygons, count_field, status_field)}) AND {quoted_field(count_field)} IS NOT NULL"
            )
            label_beside_marks(areas, marks, polygons, label_field, marked)
        hatched = styles.insufficient_areas(polygons, status_field, min_count)
        if hatched is not None:  # marked as the choropleth marks them: a circle missing says why
            map_layers.insert(1, hatched)
            legend_layers.append((hatched, hatched.name()))
        if areas_shown(polygons, count_field, status_field) < polygons.featureCount():
            # No mark at all: an area without data (grey, as in the background), named as on a choropleth.
            is_value = bool(status_field) and _empty_field(polygons, count_field) is None
            legend_layers.append((areas, tr("No data") if is_value else tr("No submissions")))
        if boundaries is not None:
            upper = _clone(boundaries)
            upper.setRenderer(styles.boundary_renderer())
            map_layers.insert(1, upper)
            legend_layers.append((upper, tr("Boundary of the upper admin level")))
        overview = _clone(polygons)
        overview.setRenderer(styles.context_renderer())
        overview_layers = [overview]
        extent = data_extent(polygons, count_field, status_field)
        if with_basemap:
            texts = add_basemap(map_layers, overview_layers, texts, extent, project, background, language)
        project.addMapLayers(map_layers + [overview], False)
    return build_map_layout(
        project,
        texts,
        map_layers,
        legend_layers=legend_layers,
        overview_layers=overview_layers,
        extent=extent,
        page=page,
        language=language,
    )


def build_heatmap_layout(
    project: QgsProject,
    points: QgsVectorLayer,
    texts: MapTexts,
    areas: QgsVectorLayer | None = None,
    page: str = "a4_landscape",
    language: str = "en",
    legend_title: str = "",
    with_basemap: bool = True,
    radius_mm: float = 6.0,
    background: str = "offline",
) -> QgsPrintLayout:
    """Where the submissions concentrate: a heatmap of the points (yellow to dark red, colour-blind
    safe), admin boundaries drawn over it, zoomed on the areas holding points."""
    from . import styles

    with use_language(language):
        heat = _clone(points)
        heat.setRenderer(styles.heatmap_renderer(radius_mm))
        heat.setName(legend_title or tr("Density of submissions"))
        styles.set_heatmap_legend(heat, tr("Few submissions"), tr("Many submissions"))
        map_layers = [heat]
        overview_layers = []
        if areas is not None:
            outlines = _clone(areas)
            outlines.setRenderer(styles.boundary_renderer("#737373", 0.25))
            map_layers.insert(0, outlines)  # borders stay readable over the dense places
            context = _clone(areas)
            context.setRenderer(styles.context_renderer())
            overview_layers.append(context)
            project.addMapLayer(context, False)
        texts, extent = _place_point_map(
            project, texts, heat, areas, map_layers, overview_layers, with_basemap, background, language
        )
    return build_map_layout(
        project,
        texts,
        map_layers,
        legend_layers=[(heat, heat.name())],
        overview_layers=overview_layers or [map_layers[-1]],
        extent=extent,
        page=page,
        language=language,
    )


def _clone(layer: QgsVectorLayer) -> QgsVectorLayer:
    """A copy of ``layer`` to style for the map (the user's own layer and its style stay as they are)."""
    copy = layer.clone()
    assert copy is not None  # a valid vector layer always clones
    return copy
