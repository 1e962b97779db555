# SPDX-License-Identifier: GPL-3.0-or-later
"""Export a survey layer for sharing: fewer identifiers, moved or aggregated locations.

One call, :func:`export_for_sharing`, reads a survey layer (never modified) and writes a
new GeoPackage or CSV where chosen columns are dropped or pseudonymised, links and
attachment names are removed, and points are displaced, snapped to a grid, dropped, or
replaced by counts per admin area with small counts hidden. The columns that repeat the
location (``_location_latitude``, the ``location`` string...) are dropped whenever the
points are protected, or they would give the true place away.

Columns that detection rates at high risk (names, phone numbers...) and that no one chose to
remove, pseudonymise or keep are removed (``share_defaults``): the default protects.
What was done is written into the output (table ``cartong_protection`` of a GeoPackage)
and into ``<output>.README.txt`` beside it, in English and French, so whoever receives
the file knows how it was protected. The pseudonymisation key is never written; only a
short fingerprint says which key was used.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.outputs import refuse_output_over_inputs
from ..base.qgis_compat import new_field
from ..base.safe_files import ensure_inside, sanitise_filename, write_neutralised_csv
from .aggregate_safe import DEFAULT_K, SafeTable, aggregate_with_suppression, category_field_name
from .displace import AreaKeepingDisplacer, GridSnapper, PointDisplacer, check_radius
from .kanonymity import SuppressionResult, suppress_rare_combinations
from .pseudonymise import Pseudonymiser
from .share_defaults import HighRiskPlan, high_risk_plan
from .share_readme import readme_text

if TYPE_CHECKING:
    from qgis.core import QgsVectorLayer

LOCATION_MODES = ("displace", "snap", "aggregate", "drop", "keep")
METADATA_TABLE = "cartong_protection"
SHARED_LAYER = "shared_survey"
COUNTS_LAYER = "shared_counts"
ATTACHMENT_COLUMNS = ("_attachments",)
_URL = re.compile(r"(?:https?|ftp)://\S+", re.IGNORECASE)
_MEDIA_NAME = re.compile(
    r"^\S+\.(?:jpe?g|png|gif|heic|webp|bmp|tiff?|mp3|m4a|amr|ogg|oga|wav|3gp|mp4|mov|"
    r"avi|webm|pdf)$",
    re.IGNORECASE,
)


@dataclass
class ShareOptions:
    """What to do; defaults are the cautious choices (displace points, strip links, k = 5)."""

    drop_columns: list[str] = field(default_factory=list)
    pseudonymise_columns: list[str] = field(default_factory=list)
    key: bytes | None = None  # needed when pseudonymise_columns is not empty
    location_mode: str = "displace"
    min_distance_m: float = 250.0
    max_distance_m: float = 2000.0
    grid_size_m: float = 1000.0
    area_field: str = "admin2"
    category_field: str = ""
    k: int = DEFAULT_K
    boundaries: QgsVectorLayer | None = None  # admin polygons, for aggregate mode
    boundaries_code_field: str = "adm2_pcode"
    strip_links: bool = True
    quasi_identifiers: list[str] = field(default_factory=list)  # k-anonymity by local suppression
    # Columns detection rates at high risk that no one chose for are removed (share_defaults);
    # keeping one is an explicit choice, recorded in the README.
    protect_high_risk: bool = True
    keep_columns: list[str] = field(default_factory=list)
    rng: random.Random | None = None  # tests only; default is the OS random source


@dataclass
class ShareReport:
    output: Path
    readme: Path
    rows: int
    actions: list[dict] = field(default_factory=list)


# --------------------------------------------------------------------------- values


def _py(value):
    """A Python value from a QGIS attribute (NULL -> None)."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    return value


def _text_for_csv(value) -> str:
    value = _py(value)
    if value is None:
        return ""
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDate, QDateTime, QTime
        from qgis.PyQt.QtCore import Qt

        return value.toString(Qt.DateFormat.ISODate)
    return str(value)


def strip_links(value):
    """``value`` without URLs; None if it was only a link or an attachment file name."""
    if not isinstance(value, str):
        return value
    cleaned = _URL.sub("", value).strip()
    if not cleaned or _MEDIA_NAME.match(cleaned):
        return None
    return cleaned if cleaned != value.strip() else value


def _check(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise CartongError(tr("Export for sharing cancelled; nothing was written."))


# --------------------------------------------------------------------------- plan


def _location_columns(findings) -> list[str]:
    """Columns that repeat the location: split geopoints, GPS strings, lat/lon fields."""
    return [f.column for f in findings if f.category == "location" and f.column != "geometry"]


def _validate(layer, options: ShareOptions) -> None:
    from qgis.core import QgsWkbTypes

    names = set(layer.fields().names())
    for column in [
        *options.drop_columns,
        *options.pseudonymise_columns,
        *options.quasi_identifiers,
        *options.keep_columns,
    ]:
        if column not in names:
            raise CartongError(
                tr("The column {column} is not in the layer {layer}.").format(column=column, layer=layer.name())
            )
    if options.location_mode not in LOCATION_MODES:
        raise CartongError(
            tr('Unknown location protection "{mode}"; use one of {modes}.').format(
                mode=options.location_mode, modes=", ".join(LOCATION_MODES)
            )
        )
    if options.location_mode == "displace":
        check_radius(options.min_distance_m, options.max_distance_m)
    if (
        options.location_mode in ("displace", "snap", "keep")
        and layer.isSpatial()
        and (QgsWkbTypes.flatType(layer.wkbType()) != QgsWkbTypes.Type.Point)
    ):
        raise CartongError(
            tr(
                'The layer {layer} does not hold single points: choose "Remove locations" or '
                '"Count by admin area" to share it.'
            ).format(layer=layer.name())
        )
    if options.pseudonymise_columns and not options.key:
        raise CartongError(tr("No pseudonymisation key: create or choose one first."))
    if options.location_mode == "aggregate":
        if options.area_field not in names:
            raise CartongError(
                tr("The admin area column {column} is not in the layer {layer}.").format(
                    column=options.area_field, layer=layer.name()
                )
            )
        if options.category_field and options.category_field not in names:
            raise CartongError(
                tr("The column {column} is not in the layer {layer}.").format(
                    column=options.category_field, layer=layer.name()
                )
            )


def _output_path(output_path) -> Path:
    """The output path with a safe file name, checked to stay in its folder."""
    target = Path(output_path)
    if target.suffix.lower() not in (".gpkg", ".csv"):
        raise CartongError(
            tr("Export for sharing writes a GeoPackage (.gpkg) or a CSV (.csv), not {file}.").format(file=target.name)
        )
    folder = target.parent
    return ensure_inside(folder, folder / sanitise_filename(target.name, default="shared.gpkg"))


# --------------------------------------------------------------------------- record export


@dataclass
class _RecordRun:
    """What a record-level export keeps, changes and counts, for its metadata."""

    kept: list[str]
    auto_dropped: list[str]
    attachment_columns: list[str]
    pseudonymised: list[str]
    high_risk: HighRiskPlan = field(default_factory=HighRiskPlan)
    pseudonymiser: Pseudonymiser | None = None
    quasi: list[str] = field(default_factory=list)
    move: PointDisplacer | AreaKeepingDisplacer | GridSnapper | None = None
    links_removed: int = 0
    moved: int = 0
    suppression: SuppressionResult | None = None


def _plan_records(layer, options: ShareOptions) -> _RecordRun:
    from .detect import detect_in_layer

    findings = detect_in_layer(layer)
    auto_dropped = (
        [c for c in _location_columns(findings) if c not in options.drop_columns]
        if options.location_mode != "keep"
        else []
    )
    attachment_columns = [
        c for c in layer.fields().names() if c in ATTACHMENT_COLUMNS and c not in options.drop_columns
    ]
    high_risk = high_risk_plan(findings, options)
    high_risk.removed = [c for c in high_risk.removed if c not in auto_dropped and c not in attachment_columns]
    dropped = set(options.drop_columns) | set(auto_dropped) | set(attachment_columns) | set(high_risk.removed)
    kept = [name for name in layer.fields().names() if name not in dropped and name.lower() != "fid"]
    run = _RecordRun(
        kept=kept,
        auto_dropped=auto_dropped,
        attachment_columns=attachment_columns,
        pseudonymised=[c for c in options.pseudonymise_columns if c in kept],
        quasi=[c for c in options.quasi_identifiers if c in kept],
        high_risk=high_risk,
    )
    if run.pseudonymised and options.key:  # a missing key was refused by _validate
        run.pseudonymiser = Pseudonymiser(options.key)
    if options.location_mode == "displace":
        run.move = PointDisplacer(options.min_distance_m, options.max_distance_m, options.rng)
        if options.boundaries is not None:
            run.move = AreaKeepingDisplacer(run.move, options.boundaries)
    elif options.location_mode == "snap":
        run.move = GridSnapper(options.grid_size_m)
    return run


def _record_rows(layer, options: ShareOptions, feedback):
    """(fields, [(attributes, point or None)], has points, actions) of the protected records."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsField,
        QgsFields,
        QgsPointXY,
        QgsProject,
    )

    run = _plan_records(layer, options)
    fields = QgsFields()
    for name in run.kept:
        source_field = layer.fields().field(name)
        fields.append(new_field(name, "string") if name in run.pseudonymised else QgsField(source_field))

    has_points = layer.isSpatial() and options.location_mode != "drop"
    if has_points:
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        to_wgs84 = QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance())
        back = QgsCoordinateTransform(wgs84, layer.crs(), QgsProject.instance())

    records, total = [], max(layer.featureCount(), 1)
    for index, feature in enumerate(layer.getFeatures()):
        _check(feedback)
        attributes = []
        for name in run.kept:
            value = _py(feature[name])
            if name in run.pseudonymised and run.pseudonymiser is not None:  # set whenever one is
                value = run.pseudonymiser(value)
            elif options.strip_links and isinstance(value, str):
                stripped = strip_links(value)
                run.links_removed += stripped != value
                value = stripped
            attributes.append(value)
        point = None
        geometry = feature.geometry()
        if has_points and geometry is not None and not geometry.isEmpty():
            point = to_wgs84.transform(geometry.asPoint())
            if run.move is not None:
                point = QgsPointXY(*run.move(point.x(), point.y()))
                run.moved += 1
            point = back.transform(point)
        records.append((attributes, point))
        if feedback is not None:
            feedback.setProgress(80.0 * index / total)
    run.suppression = suppress_rare_combinations(
        [a for a, _ in records], [run.kept.index(c) for c in run.quasi], options.k
    )
    return fields, records, has_points, _record_actions(options, layer, run)


def _record_actions(options: ShareOptions, layer, run: _RecordRun) -> list[dict[str, Any]]:
    """The steps of a record-level export, in the order they are recorded and explained."""
    mode = options.location_mode
    actions: list[dict[str, Any]] = []
    if options.drop_columns:
        actions.append({"action": "drop_columns", "columns": list(options.drop_columns)})
    actions += run.high_risk.actions()
    if run.auto_dropped:
        actions.append({"action": "drop_location_columns", "columns": run.auto_dropped})
    if run.attachment_columns:
        actions.append({"action": "drop_attachment_columns", "columns": run.attachment_columns})
    if run.pseudonymised and run.pseudonymiser is not None:
        actions.append(
            {
                "action": "pseudonymise",
                "columns": run.pseudonymised,
                "parameters": {
                    "method": "HMAC-SHA256",
                    "length": run.pseudonymiser.length,
                    "key_fingerprint": run.pseudonymiser.fingerprint,
                },
            }
        )
    if run.quasi and run.suppression is not None:  # _record_rows sets it before asking
        actions.append(
            {
                "action": "suppress_rare_combinations",
                "columns": run.quasi,
                "rows_affected": run.suppression.records_touched,
                "parameters": {
                    "k": options.k,
                    "values_blanked": run.suppression.blanked,
                    "records_left_below_k": run.suppression.residual,
                },
            }
        )
    if options.strip_links:
        actions.append({"action": "strip_links", "rows_affected": run.links_removed})
    if mode == "displace":
        actions.append(
            {
                "action": "displace",
                "rows_affected": run.moved,
                "parameters": {"min_distance_m": options.min_distance_m, "max_distance_m": options.max_distance_m},
            }
        )
        if isinstance(run.move, AreaKeepingDisplacer) and options.boundaries is not None:
            actions.append(
                {
                    "action": "keep_in_admin_area",
                    "rows_affected": run.move.left,
                    "parameters": {"admin_areas": options.boundaries.name()},
                }
            )
    elif mode == "snap":
        actions.append(
            {
                "action": "snap_to_grid",
                "rows_affected": run.moved,
                "parameters": {"grid_size_m": options.grid_size_m, "grid": "UTM zone"},
            }
        )
    elif mode == "drop" and layer.isSpatial():
        actions.append({"action": "drop_geometry"})
    elif mode == "keep" and layer.isSpatial():
        actions.append({"action": "keep_location"})
    return actions


# --------------------------------------------------------------------------- aggregate export


def _aggregate_rows(layer, options: ShareOptions, feedback):
    """(fields, [(attributes, polygon or None)], polygons' CRS or None, table) of the suppressed counts."""
    from qgis.core import QgsFields

    names = [options.area_field] + ([options.category_field] if options.category_field else [])
    rows = []
    for feature in layer.getFeatures():
        _check(feedback)
        rows.append({name: _py(feature[name]) for name in names})
    polygons, crs = {}, None
    if options.boundaries is not None:
        boundaries = options.boundaries
        if boundaries.fields().indexOf(options.boundaries_code_field) < 0:
            raise CartongError(
                tr("The code column {column} is not in the layer {layer}.").format(
                    column=options.boundaries_code_field, layer=boundaries.name()
                )
            )
        crs = boundaries.crs()
        for feature in boundaries.getFeatures():
            code = _py(feature[options.boundaries_code_field])
            if code is not None:
                polygons[str(code)] = feature.geometry()
    table = aggregate_with_suppression(
        rows, options.area_field, options.category_field or None, k=options.k, areas=list(polygons) or None
    )
    fields = QgsFields()
    fields.append(new_field("area_code", "string"))
    fields.append(new_field("total", "int"))
    for category in table.categories:
        name, suffix = category_field_name(category), 2
        while fields.indexOf(name) >= 0:  # "a-b" and "a_b" both give n_a_b
            name, suffix = f"{category_field_name(category)}_{suffix}", suffix + 1
        fields.append(new_field(name, "int"))
    records = []
    for area in table.areas:
        attributes = [area, table.area_total(area)] + [table.cell(area, c) for c in table.categories]
        records.append((attributes, polygons.get(area)))
    return fields, records, crs, table


def _aggregate_action(options: ShareOptions, table: SafeTable) -> dict:
    return {
        "action": "aggregate",
        "columns": [options.area_field] + ([options.category_field] if options.category_field else []),
        "rows_affected": len(table.areas),
        "parameters": {
            "k": table.k,
            "hidden_small_counts": len(table.primary),
            "hidden_complementary": len(table.complementary),
            "rows_without_area": table.rows_without_area,
            "categories": [c or "(no answer)" for c in table.categories],
        },
    }


# --------------------------------------------------------------------------- writers


def _write_gpkg(tmp: str, layer_name: str, fields, records, wkb_type, crs, actions, source_name) -> None:
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsVectorFileWriter,
    )

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    options.fileEncoding = "UTF-8"
    writer = QgsVectorFileWriter.create(tmp, fields, wkb_type, crs, QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise CartongError(
            tr("The shared GeoPackage could not be written: {error}").format(error=writer.errorMessage())
        )
    for attributes, geometry in records:
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        if geometry is not None:
            feature.setGeometry(geometry if isinstance(geometry, QgsGeometry) else QgsGeometry.fromPointXY(geometry))
        writer.addFeature(feature)
    del writer  # flushes and closes the file
    _write_metadata_table(tmp, layer_name, actions, source_name)


def _write_metadata_table(gpkg: str, layer_name: str, actions: list[dict], source_name: str) -> None:
    """Add the ``cartong_protection`` table; also turn empty points back into NULL geometries."""
    from osgeo import ogr

    ds = ogr.Open(gpkg, update=1)
    if ds is None:
        raise CartongError(tr("The shared GeoPackage could not be reopened to record its protection."))
    data = ds.GetLayerByName(layer_name)
    column = data.GetGeometryColumn() if data is not None else ""
    if column:  # QGIS 3.22's writer stores "no location" as POINT EMPTY; readers expect NULL
        ds.ExecuteSQL(f'UPDATE "{layer_name}" SET "{column}" = NULL WHERE ST_IsEmpty("{column}")')
    table = ds.CreateLayer(METADATA_TABLE, geom_type=ogr.wkbNone, options=["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"])
    for name, kind in (
        ("step", ogr.OFTInteger),
        ("action", ogr.OFTString),
        ("columns", ogr.OFTString),
        ("parameters", ogr.OFTString),
        ("rows_affected", ogr.OFTInteger),
        ("source_layer", ogr.OFTString),
        ("created_utc", ogr.OFTString),
    ):
        table.CreateField(ogr.FieldDefn(name, kind))
    created = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for step, action in enumerate(actions, start=1):
        row = ogr.Feature(table.GetLayerDefn())
        row.SetField("step", step)
        row.SetField("action", action["action"])
        row.SetField("columns", ", ".join(action.get("columns", [])))
        row.SetField("parameters", json.dumps(action.get("parameters", {}), ensure_ascii=False))
        if "rows_affected" in action:
            row.SetField("rows_affected", int(action["rows_affected"]))
        row.SetField("source_layer", source_name)
        row.SetField("created_utc", created)
        table.CreateFeature(row)
    ds = None


def _write_csv(tmp: str, fields, records, crs=None) -> None:
    """UTF-8 CSV (with BOM, for Excel) whose cells cannot run as formulas.

    With a ``crs``, the points of ``records`` are written as WGS 84 longitude/latitude.
    """
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    header = list(fields.names())
    to_wgs84 = None
    if crs is not None:
        header += ["longitude", "latitude"]
        to_wgs84 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())

    def rows():
        for attributes, point in records:
            row = [_text_for_csv(v) for v in attributes]
            if to_wgs84 is not None:
                lonlat = to_wgs84.transform(point) if point is not None else None
                row += [f"{lonlat.x():.6f}", f"{lonlat.y():.6f}"] if lonlat is not None else ["", ""]
            yield row

    write_neutralised_csv(tmp, header, rows())


# --------------------------------------------------------------------------- entry point


def export_for_sharing(layer, output_path, options: ShareOptions | None = None, feedback=None) -> ShareReport:
    """Write a protected copy of ``layer`` to ``output_path`` (.gpkg or .csv) and its README.

    The file name is sanitised and must stay in its folder; both files are written
    atomically. Returns the paths written, the number of rows and the actions recorded.
    """
    from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

    options = options or ShareOptions()
    if layer is None or not layer.isValid():
        raise CartongError(tr("The layer to share is missing or cannot be read."))
    _validate(layer, options)
    target = _output_path(output_path)
    readme = target.with_name(target.name + ".README.txt")
    sources = {layer.name(): layer.source()}
    if options.boundaries is not None:
        sources[options.boundaries.name()] = options.boundaries.source()
    refuse_output_over_inputs(target, sources)
    refuse_output_over_inputs(readme, sources)
    source_name = layer.name()

    if options.location_mode == "aggregate":
        fields, records, crs, table = _aggregate_rows(layer, options, feedback)
        actions = [_aggregate_action(options, table)]
        has_geometry = target.suffix.lower() == ".gpkg" and any(g is not None for _, g in records)
        records = [(a, _as_multipolygon(g) if has_geometry and g is not None else None) for a, g in records]
        wkb_type = QgsWkbTypes.Type.MultiPolygon if has_geometry else QgsWkbTypes.Type.NoGeometry
        crs = crs if has_geometry else QgsCoordinateReferenceSystem()
        layer_name, with_xy = COUNTS_LAYER, False
    else:
        fields, records, has_points, actions = _record_rows(layer, options, feedback)
        wkb_type = QgsWkbTypes.Type.Point if has_points else QgsWkbTypes.Type.NoGeometry
        crs = layer.crs() if has_points else QgsCoordinateReferenceSystem()
        layer_name, with_xy = SHARED_LAYER, has_points

    with atomic_output(target) as tmp:
        if target.suffix.lower() == ".gpkg":
            _write_gpkg(tmp, layer_name, fields, records, wkb_type, crs, actions, source_name)
        else:
            _write_csv(tmp, fields, records, crs if with_xy else None)
        _check(feedback)
    date = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    with atomic_output(readme) as tmp:
        text = readme_text(actions, source_name, len(records), date, target.suffix.lower() == ".gpkg")
        Path(tmp).write_text(text, encoding="utf-8")
    if feedback is not None:
        feedback.setProgress(100.0)
    return ShareReport(output=target, readme=readme, rows=len(records), actions=actions)


def _as_multipolygon(geometry):
    from qgis.core import QgsGeometry

    copy = QgsGeometry(geometry)
    copy.convertToMultiType()
    return copy
