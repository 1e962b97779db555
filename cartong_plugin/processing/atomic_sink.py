# SPDX-License-Identifier: GPL-3.0-or-later
"""A Processing feature sink written whole or not at all (``cartong:applycleaninglog``, ``cartong:countbyadmin``,
``cartong:detectpersonaldata``).

QGIS writes a file output in place: it deletes the previous file first, and on a full disk its writer
commits nothing yet reports nothing (GDAL prints English lines). ``atomic_sink`` has the sink write a
hidden temporary file beside the output (``core/base/atomic``), checks every write (a feature refused,
GDAL's "disk is full", the rows found in the file once it is closed) and only then renames it to the
output's name: a failure is a sentence and a previous output stays as it was. A CSV's text cells (and
header) go through ``safe_files.neutralise_cell`` as the toolkit's own CSV writer does: a spreadsheet
would run ``=HYPERLINK(...)`` typed in a survey or an admin name. A spreadsheet's sheet is named after
the file (the temporary file's name would give it an empty one). A table added to an
existing GeoPackage (``ogr:dbname='survey.gpkg' table="counts"``, as the demo stores its counts) is
written to a temporary GeoPackage first, then copied into that file in one transaction that also drops
its previous table of that name: the file's other tables are never touched.
Destinations that are not files (memory layers, databases) are written by QGIS as before.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from ..core.base.errors import CartongError, os_reason
from ..core.base.i18n import tr

_FULL = ("disk is full", "no space left", "disk full")
_GEOMETRY = re.compile(r"""\btable\s*=\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s(]+)\s*\(([^)]+)\)""")
_SHAPEFILE_SIDES = (".dbf", ".shx", ".prj", ".cpg", ".qpj", ".qix", ".sbn", ".sbx")
_SHEETS = (".xlsx", ".ods")  # the layer is a sheet: QGIS names it after the file, up to the first dot
_NOT_IN_SHEETS = re.compile(r"[\[\]:*?/\\]")


class CheckedSink:
    """The sink a writer fills: counts the features it took and keeps its first refusal; for a CSV,
    its text cells are neutralised (numbers and other values as they are)."""

    def __init__(self, sink, neutralise: bool = False):
        self.sink, self.added, self.error, self.neutralise = sink, 0, "", neutralise

    def addFeature(self, feature, flags=None):  # noqa: N802 (QgsFeatureSink's name)
        if self.neutralise:
            feature = _neutralised(feature)
        done = self.sink.addFeature(feature) if flags is None else self.sink.addFeature(feature, flags)
        if done:
            self.added += 1
        elif not self.error:
            self.error = self.sink.lastError() or "?"
        return done

    def lastError(self):  # noqa: N802
        return self.sink.lastError()


class AtomicOutput:
    """What ``atomic_sink`` yields: ``sink`` to fill, ``close()`` once filled; ``dest_id`` is the
    temporary file's layer until the block ends, the output's afterwards."""

    def __init__(self, sink, dest_id: str, target: Path | None = None, layer: str = "", errors=(), csv=False):
        self.sink = CheckedSink(sink, csv)
        self.dest_id, self.target, self.layer, self.errors = dest_id, target, layer, errors
        self.temporary = ""
        self.new_geopackage = False  # the output is a GeoPackage of its own: tables may be added beside the layer

    def close(self, refusal_is_failure: bool = True) -> None:
        """Flush and close the sink, then check the file: CartongError when the disk filled up, a
        feature was refused (unless the caller says it itself) or the file lacks rows."""
        self.sink.sink = None  # the last reference: QGIS's writer commits and closes here
        if self.target is None:
            return
        full = next((text for kind, text in self.errors if kind >= 3 and _is_full(text)), "")
        if full:
            raise _full_disk(self.target)
        if self.sink.error and refusal_is_failure:
            raise _incomplete(self.target, self.sink.error)
        found = _rows(self.temporary, self.layer)
        if found != self.sink.added:
            reason = _last_error(self.errors) or tr("{found} of {added} rows were saved").format(
                found=found if found is not None else 0, added=self.sink.added
            )
            raise _incomplete(self.target, reason)


@contextlib.contextmanager
def atomic_sink(algorithm, parameters, name, context, fields, geometry_type, crs, layer_options=()):
    """Yield an ``AtomicOutput`` for the feature sink parameter ``name``; see the module's help."""
    from qgis.core import QgsProcessingOutputLayerDefinition

    from ..core.base.atomic import temporary_beside
    from ..core.base.gdal_errors import gdal_errors_recorded
    from ..core.base.outputs import output_table, source_file

    destination = algorithm.parameterAsOutputLayer(parameters, name, context) or ""
    value = parameters.get(name)
    definition = value if isinstance(value, QgsProcessingOutputLayerDefinition) else None
    target = source_file(destination)
    csv = target is not None and target.suffix.lower() == ".csv"  # a spreadsheet runs its formulas
    if target is None or (definition is not None and definition.useRemapping()):  # QGIS writes it as ever
        sink, dest_id = algorithm.parameterAsSink(
            parameters, name, context, fields, geometry_type, crs, layerOptions=list(layer_options)
        )
        yield AtomicOutput(sink, dest_id, csv=csv)
        return
    table = output_table(destination)
    into = table is not None and target.is_file()  # a table added to a GeoPackage that holds others
    layer = table or _layer_name(destination, target)
    suffix = target.suffix.lower()
    if not into and suffix in _SHEETS:  # the output's stem, "clean" or "counts 2026.03", as its sheet's name
        layer = _sheet_name(table or _layer_name(destination, target, target.stem))
    with gdal_errors_recorded() as errors, temporary_beside(target, ".gpkg" if into else target.suffix) as tmp:
        temporary = QgsProcessingOutputLayerDefinition(tmp)
        options = dict(definition.createOptions) if definition is not None else {}
        if into or suffix in (".gpkg", ".sqlite", *_SHEETS):  # else named after the temporary file
            options["layerName"] = layer
        temporary.createOptions = options
        try:
            sink, dest_id = algorithm.parameterAsSink(
                {name: temporary},
                name,
                context,
                _neutralised_names(fields) if csv else fields,
                geometry_type,
                crs,
                layerOptions=list(layer_options),
            )
        except Exception as err:  # QgsProcessingException: QGIS's English "Could not create layer"
            raise _incomplete(target, _last_error(errors) or str(err)) from err
        output = AtomicOutput(sink, dest_id, target, layer, errors, csv)
        output.temporary, sink = tmp, None  # the output holds the only reference: close() closes it
        output.new_geopackage = not into and target.suffix.lower() == ".gpkg"
        try:
            yield output
        finally:
            output.sink.sink = None  # closed before its temporary file is renamed or removed
        if into:
            _copy_into(tmp, layer, target, table, _GEOMETRY.search(destination), layer_options, output.sink.added)
        else:
            _rename(tmp, target)
    output.dest_id = f"{target}|layername={table}" if table else str(target)
    if definition is not None and definition.destinationProject is not None:
        from qgis.core import QgsProcessingContext

        label = definition.destinationName or algorithm.parameterDefinition(name).description()
        context.addLayerToLoadOnCompletion(
            output.dest_id, QgsProcessingContext.LayerDetails(label, definition.destinationProject, name)
        )


def _layer_name(destination: str, target: Path, default: str = "") -> str:
    """The layer QGIS would name in a new file: ``|layername=`` when given, else ``default`` or the file's
    base name."""
    found = re.search(r"\|layername=([^|]*)", destination, re.IGNORECASE)
    return found.group(1) if found else default or target.name.split(".", 1)[0]


def _sheet_name(name: str) -> str:
    """``name`` as a spreadsheet accepts a sheet's: without []:*?/\\, no apostrophe at either end, at most
    31 characters, never empty (Excel repairs a workbook whose sheet has no name)."""
    cleaned = _NOT_IN_SHEETS.sub("_", name).strip("'")[:31].strip("'")
    return cleaned or "data"


def _neutralised(feature):
    """A copy of ``feature`` whose text values cannot run as formulas (``safe_files.neutralise_cell``)."""
    from qgis.core import QgsFeature

    from ..core.base.safe_files import neutralise_cell

    attributes = feature.attributes()
    safe = [neutralise_cell(value) for value in attributes]
    if safe == attributes:
        return feature
    copy = QgsFeature(feature)
    copy.setAttributes(safe)
    return copy


def _neutralised_names(fields):
    """``fields`` with each name neutralised, as the toolkit's CSV writer writes its header."""
    from qgis.core import QgsField, QgsFields

    from ..core.base.safe_files import neutralise_cell

    renamed = QgsFields()
    for field in fields:
        copy = QgsField(field)
        copy.setName(neutralise_cell(field.name()))
        renamed.append(copy)
    return renamed


def _is_full(text: str) -> bool:
    return any(phrase in text.lower() for phrase in _FULL)


def _last_error(errors) -> str:
    return next((text for kind, text in reversed(errors) if kind >= 3), "")


def _full_disk(target: Path) -> CartongError:
    return CartongError(
        tr(
            "{file} could not be written: the disk holding the folder {folder} is full. Nothing was written "
            "under that name and a previous {file} is unchanged. Free some space or choose another folder."
        ).format(file=target.name, folder=str(target.parent)),
        path=str(target),
    )


def _incomplete(target: Path, reason: str) -> CartongError:
    if _is_full(reason):
        return _full_disk(target)
    return CartongError(
        tr(
            "{file} could not be written completely in the folder {folder} ({reason}). Nothing was written "
            "under that name and a previous {file} is unchanged."
        ).format(file=target.name, folder=str(target.parent), reason=reason),
        path=str(target),
    )


def _rows(path: str, layer: str) -> int | None:
    """The rows of ``layer`` (or of the only layer) of the file ``path``; None when it cannot be read."""
    from osgeo import gdal

    from ..core.base.gdal_errors import gdal_exceptions

    try:
        with gdal_exceptions(False):  # within gdal_errors_recorded: failures are None, not exceptions
            dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
            if dataset is None:
                return None
            found = dataset.GetLayerByName(layer) if layer else None
            if found is None and dataset.GetLayerCount() == 1:
                found = dataset.GetLayer(0)
            return None if found is None else found.GetFeatureCount(force=1)
    except RuntimeError:
        return None


def _rename(tmp: str, target: Path) -> None:
    """The temporary file (and a shapefile's side files) under the output's name."""
    from ..core.base.atomic import companions

    try:
        sides = companions(tmp)
        if target.suffix.lower() == ".shp":
            made = {os.path.splitext(side)[1].lower() for side in sides}
            for stale in _SHAPEFILE_SIDES:
                if stale not in made:
                    target.with_suffix(stale).unlink(missing_ok=True)
        for side in sides:
            os.replace(side, target.with_suffix(os.path.splitext(side)[1]))
        os.replace(tmp, target)
    except OSError as err:
        raise _incomplete(target, os_reason(err)) from err


def _copy_into(tmp: str, layer: str, target: Path, table: str, geometry, layer_options, rows: int) -> None:
    """The layer of the temporary GeoPackage ``tmp`` as the table ``table`` of ``target``, replacing
    its table of that name in the same transaction: a failure leaves ``target`` as it was."""
    from osgeo import gdal

    from ..core.base.gdal_errors import gdal_exceptions

    source = dataset = written = copied = None
    try:
        with gdal_exceptions(False):  # within gdal_errors_recorded: failures are return values
            source = gdal.OpenEx(tmp, gdal.OF_VECTOR)
            written = source.GetLayerByName(layer) if source is not None else None
            dataset = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
            if written is None or dataset is None or dataset.StartTransaction(force=True) != 0:
                raise RuntimeError(gdal.GetLastErrorMsg() or tr("the file cannot be opened for writing"))
            for index in range(dataset.GetLayerCount()):
                if dataset.GetLayer(index).GetName().casefold() == table.casefold():
                    if dataset.DeleteLayer(index) != 0:
                        _rolled_back(dataset, gdal)
                    break
            options = [f"GEOMETRY_NAME={geometry.group(1).strip() if geometry else 'geom'}", "FID=fid"]
            copied = dataset.CreateLayer(
                table, written.GetSpatialRef(), written.GetGeomType(), options + list(layer_options)
            )
            found = _copy_features(written, copied) if copied is not None else -1
            if found != rows:
                copied = None
                _rolled_back(
                    dataset, gdal, tr("{found} of {added} rows were saved").format(found=max(found, 0), added=rows)
                )
            copied = written = None
            if dataset.CommitTransaction() != 0:
                _rolled_back(dataset, gdal)
            dataset = source = None  # closed: GDAL writes the spatial index here
    except RuntimeError as err:
        raise CartongError(
            tr(
                "The table {table} could not be written into {file} ({reason}). {file} is unchanged: its "
                "other tables and a previous {table} are as they were."
            ).format(table=table, file=str(target), reason=_full_sentence(str(err))),
            path=str(target),
        ) from err
    finally:
        copied = written = dataset = source = None


def _copy_features(source, layer) -> int:
    """Every field and feature of ``source`` into the new ``layer`` (ids, date-times to the millisecond and
    their zone, empty geometries kept); the rows in ``layer`` afterwards, -1 when one was refused.
    (GDAL's CopyLayer opens a transaction of its own, which cannot be inside the caller's.)"""
    from osgeo import ogr

    definition = source.GetLayerDefn()
    for index in range(definition.GetFieldCount()):
        if layer.CreateField(definition.GetFieldDefn(index)) != 0:
            return -1
    target = layer.GetLayerDefn()
    source.ResetReading()
    for feature in source:
        copy = ogr.Feature(target)
        copy.SetFrom(feature)
        copy.SetFID(feature.GetFID())
        if layer.CreateFeature(copy) != 0:
            return -1
    return layer.GetFeatureCount(force=1)


def _rolled_back(dataset, gdal, reason: str = "") -> None:
    """Roll the transaction back and raise RuntimeError with GDAL's last error (or ``reason``)."""
    message = gdal.GetLastErrorMsg() or reason or "?"
    dataset.RollbackTransaction()
    raise RuntimeError(message)


def _full_sentence(reason: str) -> str:
    return tr("the disk is full") if _is_full(reason) else reason
