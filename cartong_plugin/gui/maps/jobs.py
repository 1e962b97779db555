# SPDX-License-Identifier: GPL-3.0-or-later
"""What the map wizard runs, without its widgets: the counts per admin area (in a task, on layers
reopened there, as ``cartong:countbyadmin`` counts), their table in the survey's GeoPackage, and the
layout built from the wizard's choices and exported (as ``cartong:exportmappdf`` does).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.base.errors import CartongError
from ...core.base.i18n import tr
from ...core.maps.aggregate import (
    ANSWER_PCT_FIELD,
    COUNT_FIELD,
    STAT_FIELDS,
    STAT_MEAN,
    STATUS_FIELD,
    STATUS_INSUFFICIENT,
)
from ...core.maps.map_texts import MAP_COUNT, MAP_HEATMAP, MAP_POINTS, MAP_PROPORTIONAL, MAP_SHARE, MapTexts
from ..tasks import open_in_task

MAP_NUMBER = "number"  # mean or median of a numeric question (the core names it by its statistic)
NEEDS_COUNTS = (MAP_COUNT, MAP_SHARE, MAP_NUMBER, MAP_PROPORTIONAL)
CHOROPLETHS = (MAP_COUNT, MAP_SHARE, MAP_NUMBER)
WITH_THRESHOLD = (MAP_SHARE, MAP_NUMBER)  # small counts shown as "insufficient data"


def table_name(layer) -> str:
    """The GeoPackage table a layer reads ("" for other sources)."""
    return QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("layerName") or ""


# -- what runs off the main thread -----------------------------------------------------------


def count_in_task(
    points_spec,
    admin_spec,
    code_field: str,
    join_field: str | None,
    answer_field: str | None,
    answer_value: str | None,
    min_count: int,
    feedback,
    value_field: str | None = None,
    statistic: str | None = None,
):
    """``aggregate.count_layer`` (as cartong:countbyadmin counts) on layers opened in this thread.

    Returns (memory layer, AdminCounts); the layer is handed to the main thread.
    """
    from ...core.maps.aggregate import count_layer

    points, admin = open_in_task(points_spec), open_in_task(admin_spec)
    layer, counts = count_layer(
        points,
        admin,
        code_field,
        join_field,
        answer_field,
        answer_value,
        min_count,
        feedback=feedback,
        value_field=value_field,
        statistic=statistic,
    )
    layer.moveToThread(QCoreApplication.instance().thread())
    return layer, counts


def store_counts(layer, gpkg: str, table: str) -> str:
    """Write ``layer`` as a new table of ``gpkg`` (other tables untouched); return its URI.

    Kept in the survey's GeoPackage, the counts outlive the session: a memory layer would be gone
    when the project is reopened, and the layout with it. Runs on the main thread (a few hundred
    polygons; written from a task, QGIS 3.22 floods the console with PROJ messages).
    """
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, gpkg, QgsCoordinateTransformContext(), options)
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise CartongError(
            tr("The counts could not be written into {file}: {error}").format(file=gpkg, error=result[1])
        )
    return f"{gpkg}|layername={table}"


def counts_table_name(admin) -> str:
    """A new table name per map (earlier layouts keep their own counts): counts_admin2_20260302_0815."""
    stem = re.sub(r"\W+", "_", table_name(admin) or admin.name()).strip("_").lower() or "areas"
    return "counts_{}_{}".format(stem[:30], datetime.datetime.now().strftime("%Y%m%d_%H%M%S"))


# -- what the wizard hands to the core ---------------------------------------------------------


@dataclass
class MapChoices:
    """Everything the pages ask, ready for the core functions."""

    map_type: str
    survey: QgsVectorLayer
    admin: QgsVectorLayer | None
    code_field: str
    name_field: str
    boundaries: QgsVectorLayer | None
    join_field: str | None
    question: str | None
    answer: str | None
    method: str
    classes: int
    min_count: int
    show_points: bool
    labels: bool
    page: str
    language: str
    texts: MapTexts
    legend_title: str
    output: str
    dpi: int
    value_field: str | None = None  # the numeric question of a mean/median map
    statistic: str = STAT_MEAN
    breaks: list | None = None  # class limits typed by hand (method "manual")
    atlas: bool = False  # one page per admin area with data (choropleths, PDF)
    atlas_files: bool = False  # one PDF per area, in a folder named after the output file
    background: str = "offline"  # or "osm": OpenStreetMap when online (basemaps.BACKGROUNDS)


def atlas_folder(output: str) -> Path:
    """Where one PDF per area goes: beside the chosen file, in a folder of its name (maps.pdf -> maps/)."""
    return Path(output).with_suffix("")


def with_boundaries_credit(choices: MapChoices, counts_layer=None) -> MapTexts:
    """The map's texts, crediting the admin boundaries it draws when no sources were typed, in the map's
    language, as cartong:exportmappdf does (COD-AB boundaries are shared under a licence asking for it)."""
    from ...core.maps.map_texts import boundaries_credit, use_language

    areas = choices.admin if choices.admin is not None else counts_layer  # the counts' own file is no source
    if choices.texts.sources.strip() or areas is None:
        return choices.texts
    with use_language(choices.language):
        credit = boundaries_credit(areas, choices.boundaries)
    return replace(choices.texts, extra_sources=[credit] if credit else [])


def build_layout(project: QgsProject, choices: MapChoices, counts_layer=None):
    """The print layout of ``choices`` (counts_layer: the result of ``count_in_task``)."""
    from ...core.maps import layouts

    common = dict(
        page=choices.page, language=choices.language, legend_title=choices.legend_title, background=choices.background
    )
    choices = replace(choices, texts=with_boundaries_credit(choices, counts_layer))
    if choices.map_type == MAP_POINTS:
        return layouts.build_points_layout(
            project, choices.survey, choices.question, choices.texts, areas=choices.admin, **common
        )
    if choices.map_type == MAP_HEATMAP:
        return layouts.build_heatmap_layout(project, choices.survey, choices.texts, areas=choices.admin, **common)
    if choices.map_type == MAP_PROPORTIONAL:
        return layouts.build_proportional_layout(
            project, counts_layer, COUNT_FIELD, choices.texts, boundaries=choices.boundaries, **common
        )
    field = {MAP_SHARE: ANSWER_PCT_FIELD, MAP_NUMBER: STAT_FIELDS.get(choices.statistic)}.get(
        choices.map_type, COUNT_FIELD
    )
    options = dict(
        points=choices.survey if choices.show_points else None,
        boundaries=choices.boundaries,
        method=choices.method,
        classes=choices.classes,
        breaks=choices.breaks,
        status_field=STATUS_FIELD if choices.map_type in WITH_THRESHOLD else None,
        min_count=choices.min_count,
        label_field=choices.name_field if choices.labels else None,
        **common,
    )
    if choices.atlas:
        return layouts.build_atlas_layout(
            project,
            counts_layer,
            field,
            choices.texts,
            code_field=choices.code_field,
            name_field=choices.name_field,
            **options,
        )
    return layouts.build_choropleth_layout(project, counts_layer, field, choices.texts, **options)


def classes_note(choices: MapChoices, counts_layer) -> str:
    """Why the legend has fewer classes than asked (quantile classes of one value merged), or ''."""
    from ...core.base.qgis_compat import field_kind
    from ...core.maps import classes

    if choices.map_type not in CHOROPLETHS or counts_layer is None or choices.method != "quantile":
        return ""
    field = {MAP_SHARE: ANSWER_PCT_FIELD, MAP_NUMBER: STAT_FIELDS.get(choices.statistic)}.get(
        choices.map_type, COUNT_FIELD
    )
    index = counts_layer.fields().indexOf(field)
    if index < 0:
        return ""
    status = counts_layer.fields().indexOf(STATUS_FIELD)
    values = []
    for feature in counts_layer.getFeatures():  # the values the renderer classifies (see choropleth_renderer)
        value = feature[field]
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            continue
        insufficient = status >= 0 and feature[STATUS_FIELD] == STATUS_INSUFFICIENT
        if insufficient or (choices.map_type == MAP_COUNT and value == 0):
            continue
        values.append(float(value))
    integers = field_kind(counts_layer.fields().at(index)) == "int"
    return classes.classes_note(values, choices.classes, choices.method, integers)


def export_map(layout, choices: MapChoices) -> Path:
    """``export.export_layout`` (or ``export_atlas``) with the title and author in the PDF; the
    user's project keeps its own metadata."""
    from ...core.maps.export import export_atlas, export_layout
    from ...core.protection.map_points import unprotected_points_warning

    # households at their true place: no coordinates in the file to read them back with (as the algorithm)
    drawn = choices.map_type in (MAP_POINTS, MAP_HEATMAP) or choices.show_points
    georeference = not (drawn and unprotected_points_warning(choices.survey))
    if choices.atlas:
        target = atlas_folder(choices.output) if choices.atlas_files else Path(choices.output)
        export_atlas(
            layout,
            target,
            one_file_per_area=choices.atlas_files,
            dpi=choices.dpi,
            title=choices.texts.title,
            author=choices.texts.author,
            keep_project_metadata=True,
            georeference=georeference,
        )
        return target
    return export_layout(
        layout,
        choices.output,
        dpi=choices.dpi,
        title=choices.texts.title,
        author=choices.texts.author,
        keep_project_metadata=True,
        georeference=georeference,
    )
