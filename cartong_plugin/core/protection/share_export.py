# SPDX-License-Identifier: GPL-3.0-or-later
"""Export a survey layer for sharing: fewer identifiers, moved or aggregated locations.

One call, :func:`export_for_sharing`, reads a survey layer (never modified) and writes a
new GeoPackage or CSV where chosen columns are dropped or pseudonymised, links and
attachment names are removed, and points are displaced, snapped to a grid, dropped, or
replaced by counts per admin area with small counts hidden. Submissions that refused consent
are always left out (``share_refusals``), and so are the rows of a repeat table that belong to them
(``share_refused_repeats``). The columns that repeat the
location (``_location_latitude``, the ``location`` string...) are dropped whenever the
points are protected, or they would give the true place away.

Columns that detection rates at high risk (names, phone numbers...) and that no one chose to
remove, pseudonymise or keep are removed (``share_defaults``): the default protects.
What was done is written into the output (table ``cartong_protection`` of a GeoPackage)
and into ``<output>.README.txt`` beside it, in English and French, so whoever receives
the file knows how it was protected. The pseudonymisation key is never written; only a
short fingerprint says which key was used.

This module owns the checks of the options, the writers and the entry point; ``ShareOptions`` and
``ShareReport`` are in ``share_options``, the record-level steps (columns, pseudonyms, moved points)
in ``share_records``, the counts by admin area in ``share_aggregate``.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from ..base.atomic import atomic_output, rows_written
from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr
from ..base.layer_filters import hidden_rows, part_of_source, shared_part_warning
from ..base.outputs import refuse_output_over_inputs
from ..base.provenance import Provenance, layer_provenance
from ..base.safe_files import ensure_inside, sanitise_filename, write_neutralised_csv
from .companions import missing_form_warning
from .displace import check_radius
from .share_aggregate import aggregate_actions, aggregate_rows
from .share_options import LOCATION_MODES, ShareOptions, ShareReport, _check, _py
from .share_readme import readme_text
from .share_records import _record_rows
from .share_refused_repeats import left_out_refusals
from .share_times import write_exact_date_times

METADATA_TABLE = "cartong_protection"
SHARED_LAYER = "shared_survey"
COUNTS_LAYER = "shared_counts"
_SUFFIXES = (".gpkg", ".csv")


# --------------------------------------------------------------------------- values


def _text_for_csv(value) -> str:
    value = _py(value)
    if value is None:
        return ""
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDate, QDateTime, QTime
        from qgis.PyQt.QtCore import Qt

        return value.toString(Qt.DateFormat.ISODate)
    return str(value)


# --------------------------------------------------------------------------- plan


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
    """The output path with a safe file name, checked to stay in its folder.

    The suffix is checked on the name as it will be written, after sanitising: sanitising drops
    leading dots, so ``..gpkg`` would otherwise become a CSV named ``gpkg``. A name that is only a
    suffix is refused with its own sentence rather than written under another name.
    """
    target = Path(output_path)
    _stem, dot, ext = target.name.rpartition(".")
    asked = ("." + ext.lower()) if dot else ""
    safe = sanitise_filename(target.name, default="")
    if asked in _SUFFIXES and (not safe or Path(safe).suffix.lower() != asked):
        raise CartongError(
            tr("The shared file needs a name before {suffix}: {file} has none.").format(suffix=asked, file=target.name)
        )
    if Path(safe).suffix.lower() not in _SUFFIXES:
        raise CartongError(
            tr("Export for sharing writes a GeoPackage (.gpkg) or a CSV (.csv), not {file}.").format(file=target.name)
        )
    folder = target.parent
    return ensure_inside(folder, folder / safe)


# --------------------------------------------------------------------------- writers


def _write_gpkg(tmp: str, layer_name: str, fields, records, wkb_type, crs, actions, source: Provenance) -> None:
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
        if not writer.addFeature(feature):
            raise CartongError(
                tr("The shared GeoPackage could not be written: {error}").format(
                    error=writer.errorMessage() or tr("a row was refused")
                )
            )
    del writer  # flushes and closes the file; atomic_output then counts the rows written
    try:  # QGIS 3.22's writer drops a date-time's milliseconds and zone: the survey's own text again
        write_exact_date_times(tmp, layer_name, fields, records)
    except sqlite3.Error as err:  # a full disk is told as such by atomic_output
        raise CartongError(tr("The shared GeoPackage could not be written: {error}").format(error=str(err))) from err
    _write_metadata_table(tmp, layer_name, actions, source)


def _write_metadata_table(gpkg: str, layer_name: str, actions: list[dict], source: Provenance) -> None:
    """Add the ``cartong_protection`` table (each step with the table, file and SHA-256 it was made from);
    also turn empty points back into NULL geometries."""
    try:
        with gdal_exceptions():
            _write_metadata_rows(gpkg, layer_name, actions, source)
    except RuntimeError as err:  # a full disk is told as such by atomic_output
        raise CartongError(tr("The shared GeoPackage could not be written: {error}").format(error=str(err))) from err


def _write_metadata_rows(gpkg: str, layer_name: str, actions: list[dict], source: Provenance) -> None:
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
        ("source_file", ogr.OFTString),
        ("source_sha256", ogr.OFTString),
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
        row.SetField("source_layer", source.layer)
        row.SetField("source_file", source.file)
        row.SetField("source_sha256", source.sha256)
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
    source = layer_provenance(layer)  # which table of which file: raw, cleaned or a repeat table
    no_form = missing_form_warning(layer)  # a CSV saved from the survey: people lists were not read
    if no_form and feedback is not None:
        feedback.pushWarning(no_form)
    # a filtered layer shares the rows it shows (a part may be meant), never silently: the counts, small
    # counts hidden and rare combinations are those of that part, and the README says it holds a part
    hidden = hidden_rows(layer)
    if hidden is not None and feedback is not None:
        feedback.pushWarning(shared_part_warning(hidden))
    part = [part_of_source(hidden)] if hidden is not None else []

    # households that refused consent are never shared, nor their repeat rows (share_refusals,
    # share_refused_repeats): left out before any step counts
    refused, refusals = left_out_refusals(layer, feedback)
    if options.location_mode == "aggregate":
        fields, records, crs, table = aggregate_rows(layer, options, feedback, refused)
        actions = part + refusals + aggregate_actions(options, table)
        has_geometry = target.suffix.lower() == ".gpkg" and any(g is not None for _, g in records)
        records = [(a, _as_multipolygon(g) if has_geometry and g is not None else None) for a, g in records]
        wkb_type = QgsWkbTypes.Type.MultiPolygon if has_geometry else QgsWkbTypes.Type.NoGeometry
        crs = crs if has_geometry else QgsCoordinateReferenceSystem()
        layer_name, with_xy = COUNTS_LAYER, False
    else:
        fields, records, has_points, actions = _record_rows(layer, options, feedback, refused)
        actions = part + refusals + actions
        wkb_type = QgsWkbTypes.Type.Point if has_points else QgsWkbTypes.Type.NoGeometry
        crs = layer.crs() if has_points else QgsCoordinateReferenceSystem()
        layer_name, with_xy = SHARED_LAYER, has_points

    gpkg = target.suffix.lower() == ".gpkg"
    # every row and the protection record counted before the rename; the README (written first, renamed
    # last) never tells of a file that was not written
    verify = rows_written({layer_name: len(records), METADATA_TABLE: len(actions)}) if gpkg else None
    date = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    with atomic_output(readme) as readme_tmp:
        Path(readme_tmp).write_text(readme_text(actions, source, len(records), date, gpkg), encoding="utf-8")
        with atomic_output(target, verify=verify) as tmp:
            if gpkg:
                _write_gpkg(tmp, layer_name, fields, records, wkb_type, crs, actions, source)
            else:
                _write_csv(tmp, fields, records, crs if with_xy else None)
            _check(feedback)
    if feedback is not None:
        feedback.setProgress(100.0)
    return ShareReport(output=target, readme=readme, rows=len(records), actions=actions)


def _as_multipolygon(geometry):
    from qgis.core import QgsGeometry

    copy = QgsGeometry(geometry)
    copy.convertToMultiType()
    return copy
