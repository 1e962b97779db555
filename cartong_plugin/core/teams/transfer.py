# SPDX-License-Identifier: GPL-3.0-or-later
"""A survey GeoPackage to a PostGIS schema and back, table by table, nothing half-written.

To PostGIS: every table of the GeoPackage (raw tables, the typed ``survey`` layer with its
points, repeat tables, ``cleaning_log``, ``cartong_metadata``, the form tables) becomes a table
of the same name, columns and values in one new schema, in ONE transaction on one connection:
if the connection drops, the copy is cancelled or anything fails, PostgreSQL undoes it all and
no schema is left. Names are kept as they are (``identification/admin1`` stays so), raw values
are copied as text, unchanged, and feature ids are kept. The log gets the ``version`` column of
``review``; the schema comment keeps the table order and where the copy came from.

Back to a GeoPackage: the same tables (without ``version``) read from one consistent snapshot
(REPEATABLE READ, read only) into a temporary file renamed when complete (``atomic_output``).
The GeoPackage given as input is only read.
"""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr
from ..cleaning.log import LOG_LAYER, now_iso
from .connection import PgTarget
from .replace import Replacement, check_replacement
from .roles import VERSION_COLUMN, check_schema_name, create_survey_schema, grant_and_guard, prepare_log_table
from .store import ConnectionLost, PgSession, error_detail, ident, literal, open_session, qualified

MARKER = "cartong-survey"
_PROGRESS_EVERY = 1000
_BATCH = 500


class TransferCancelled(CartongError):
    pass


@dataclass
class TransferReport:
    schema: str
    tables: dict = field(default_factory=dict)  # table -> rows copied, in copy order
    seconds: float = 0.0
    reviewer_role: str = ""
    viewer_role: str = ""
    output: str = ""
    replaced: Replacement | None = None  # the survey schema replaced: what it dropped, who reads the new one


class _Progress:
    def __init__(self, feedback, total: int, what: str):
        self.feedback, self.total, self.done, self.what = feedback, max(1, total), 0, what

    def step(self, count: int = 1) -> None:
        self.done += count
        if self.feedback is None or self.done % _PROGRESS_EVERY and self.done != self.total:
            return
        if self.feedback.isCanceled():
            raise TransferCancelled(tr("Cancelled while {what}: nothing was written.").format(what=self.what))
        self.feedback.setProgress(100.0 * self.done / self.total)


def _open_geopackage(path: Path):
    from osgeo import gdal

    if not path.is_file():
        raise CartongError(tr("The survey GeoPackage {file} does not exist.").format(file=str(path)), path=str(path))
    try:
        with gdal_exceptions():
            ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    except RuntimeError as err:
        raise CartongError(
            tr("{file} is not a GeoPackage that GDAL can read: {error}").format(file=path.name, error=str(err)),
            path=str(path),
        ) from err
    return ds


def _copy_features(
    source_layer,
    target_layer,
    progress: _Progress,
    skip: tuple[str, ...] = (),
    exact: dict | None = None,
    order: list | None = None,
) -> int:
    """Every feature of ``source_layer`` into ``target_layer`` (fields in the same order), ids kept.

    ``exact`` (a PostgreSQL target): decimals GDAL would write with too few digits are left empty
    and kept there, {column: [(fid, value)]}, for ``_write_exact_decimals``; ``order`` gets the ids
    in the order written (row N of PostgreSQL's COPY is ``order[N - 1]``)."""
    from osgeo import ogr

    source_defn = source_layer.GetLayerDefn()
    target_defn = target_layer.GetLayerDefn()
    names = [target_defn.GetFieldDefn(i).GetName() for i in range(target_defn.GetFieldCount())]
    source_names = [source_defn.GetFieldDefn(i).GetName() for i in range(source_defn.GetFieldCount())]
    mapping = [-1 if name in skip else names.index(name) for name in source_names]
    kept = exact if exact is not None else {}
    decimals = [i for i in range(len(mapping)) if exact is not None and mapping[i] >= 0 and _is_double(source_defn, i)]
    count = 0
    source_layer.ResetReading()
    for feature in source_layer:
        copy = ogr.Feature(target_defn)
        copy.SetFromWithMap(feature, 0, mapping)
        copy.SetFID(feature.GetFID())
        for i in decimals:
            value = feature.GetFieldAsDouble(i) if feature.IsFieldSetAndNotNull(i) else None
            if value is not None and math.isfinite(value) and float(f"{value:.15g}") != value:
                copy.SetFieldNull(mapping[i])
                kept.setdefault(names[mapping[i]], []).append((feature.GetFID(), value))
        if order is not None:
            order.append(feature.GetFID())
        try:
            target_layer.CreateFeature(copy)
        except (RuntimeError, UnicodeDecodeError):  # GDAL 3.10's bindings cannot decode the message it sends
            _refuse_bad_text(feature, source_layer.GetName())
            raise
        count += 1
        progress.step()
    return count


def _is_double(defn, index: int) -> bool:
    from osgeo import ogr

    field_defn = defn.GetFieldDefn(index)
    return field_defn.GetType() == ogr.OFTReal and field_defn.GetSubType() != ogr.OFSTFloat32


def _write_exact_decimals(session: PgSession, schema: str, table: str, fid: str, exact: dict) -> None:
    """The decimals ``_copy_features`` kept aside, written with every digit (Python's repr reads back as
    the same double; PostgreSQL parses it exactly)."""
    for column, values in exact.items():
        for start in range(0, len(values), _BATCH):
            rows = ", ".join(f"({int(key)}, {value!r}::float8)" for key, value in values[start : start + _BATCH])
            session.execute(
                f"UPDATE {qualified(schema, table)} AS t SET {ident(column)} = v.x FROM (VALUES {rows}) AS v(k, x) "
                f"WHERE t.{ident(fid)} = v.k"
            )


def copy_into_postgis(session: PgSession, layer, target_layer, progress: _Progress, schema: str, table: str) -> int:
    """``_copy_features`` into the PostgreSQL table ``schema.table``: decimals with every digit (GDAL's
    PostgreSQL driver writes 15 significant digits: 0.30000000000000004 would be 0.3, the largest double
    out of range), and the table's id sequence set after the ids copied. Returns the rows copied.

    A row PostgreSQL refuses is named (its id, and its column when PostgreSQL says it)."""
    fid = layer.GetFIDColumn() or "fid"
    exact: dict = {}
    order: list = []
    try:
        with session.guard(session.doing):
            count = _copy_features(layer, target_layer, progress, exact=exact, order=order)
            _write_exact_decimals(session, schema, table, fid, exact)  # its statement ends GDAL's COPY
            session.execute(
                f"SELECT setval(pg_get_serial_sequence({literal(qualified(schema, table))}, {literal(fid)}), "
                f"coalesce((SELECT max({ident(fid)}) FROM {qualified(schema, table)}), 0) + 1, false)"
            )
    except CartongError as err:
        _refuse_copied_row(err, order, table)
        raise
    return count


def _refuse_bad_text(feature, table: str) -> None:
    """CartongError naming the text of ``feature`` that is not UTF-8 (GDAL refuses to send it; its own
    message holds the whole row), if any."""
    from osgeo import ogr

    for i in range(feature.GetFieldCount()):
        if feature.GetFieldType(i) != ogr.OFTString or not feature.IsFieldSetAndNotNull(i):
            continue
        try:  # GDAL 3.6 gives the bytes as surrogates, which do not encode; 3.10 does not decode them
            feature.GetFieldAsString(i).encode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            raise CartongError(
                tr(
                    "Row {row} of the table {table}, column {column}: the text is not valid UTF-8 (another "
                    "program wrote it), and PostgreSQL cannot store it. Nothing was written. Correct that "
                    "value in the GeoPackage, or import the survey again from its export."
                ).format(row=feature.GetFID(), table=table, column=feature.GetFieldDefnRef(i).GetName()),
                row=feature.GetFID(),
                field=feature.GetFieldDefnRef(i).GetName(),
            ) from None


def _refuse_copied_row(err: CartongError, order: list, table: str) -> None:
    """CartongError naming the row (and column) of ``table`` PostgreSQL refused in GDAL's COPY, when its
    first error says which: a constraint's "Failing row contains (<id>, ...)" (GDAL puts the id column
    first), or a context "COPY survey, line 7, column income_month"."""
    text = getattr(err, "server_text", "")
    if isinstance(err, ConnectionLost):  # the server names the line it was at when the connection dropped
        return
    failing = re.search(r"Failing row contains \((-?\d+),", text)
    line = re.search(r"COPY [^\n]*?, line (\d+)(?:, column ([^:\n]+))?", text)
    if failing and int(failing.group(1)) in set(order):
        row, column = int(failing.group(1)), ""
    elif line and 0 < int(line.group(1)) <= len(order):
        row, column = order[int(line.group(1)) - 1], line.group(2) or ""
    else:
        return
    detail = error_detail(RuntimeError(text))
    if column:
        message = tr("PostgreSQL refused row {row} of the table {table}, column {column}: {detail}.").format(
            row=row, table=table, column=column, detail=detail
        )
    else:
        message = tr("PostgreSQL refused row {row} of the table {table}: {detail}.").format(
            row=row, table=table, detail=detail
        )
    raise CartongError(message + " " + tr("Nothing was written."), row=row, field=column) from err


def _layer_options(layer, driver: str, schema: str = "") -> list[str]:
    options = [f"FID={layer.GetFIDColumn() or 'fid'}"]
    if layer.GetGeomType() != 0:
        options.append(f"GEOMETRY_NAME={layer.GetGeometryColumn() or 'geom'}")
    description = layer.GetMetadataItem("DESCRIPTION")
    if description:
        options.append(f"DESCRIPTION={description}")
    if driver == "PG":
        options += [f"SCHEMA={schema}", "LAUNDER=NO", "PRECISION=NO", "OVERWRITE=NO"]
    else:
        from osgeo import gdal

        # GDAL 3.11 drops ".000" from date-times by default. The toolkit's tables keep milliseconds (the
        # GeoPackage's own form), QGIS's layer_styles takes GDAL's default: a survey brought back reads as written
        if int(gdal.VersionInfo()) >= 3110000 and layer.GetName() != "layer_styles":
            options.append("DATETIME_PRECISION=MILLISECOND")
    return options


def _create_like(target_ds, layer, name: str, options: list[str], skip: tuple[str, ...] = ()):
    defn = layer.GetLayerDefn()
    created = target_ds.CreateLayer(name, layer.GetSpatialRef(), layer.GetGeomType(), options)
    for i in range(defn.GetFieldCount()):
        if defn.GetFieldDefn(i).GetName() not in skip:
            created.CreateField(defn.GetFieldDefn(i))
    return created


_PG_NAME_BYTES = 63  # PostgreSQL cuts longer table and column names, silently


def check_postgres_names(path: Path, layers) -> None:
    """CartongError naming the first table or column PostgreSQL would cut to 63 bytes (and so rename,
    or merge with another one): a survey shared so would come back with other names."""
    for layer in layers:
        table = layer.GetName()
        defn = layer.GetLayerDefn()
        columns = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        for name in [table, *columns]:
            if len(name.encode("utf-8")) > _PG_NAME_BYTES:
                what = (
                    tr("the table {table}").format(table=name)
                    if name == table
                    else tr("the column {column} of {table}").format(column=name, table=table)
                )
                raise CartongError(
                    tr(
                        "{file}: PostgreSQL names are at most 63 bytes, and {what} is longer: PostgreSQL "
                        "would shorten it and the shared survey would not have the same names. Nothing "
                        "was written. Shorten that name (or its group's) in the form, or keep this survey "
                        "in its GeoPackage."
                    ).format(file=path.name, what=what),
                    path=str(path),
                )


def survey_to_postgis(
    gpkg_path, target: PgTarget, schema: str, replace: bool = False, feedback=None, anyway: bool = False
) -> TransferReport:
    """Copy every table of the survey GeoPackage into the new schema ``schema`` (one transaction).

    ``replace``: an existing schema of that name is dropped in the same transaction, when it holds
    the same survey and no decision the GeoPackage lacks (``replace.check_replacement``), or
    ``anyway``. CartongError (nothing written) when the schema exists, the database lacks PostGIS
    for a layer with points, the user may not create it, or the connection drops.
    """
    started = time.perf_counter()
    path = Path(gpkg_path)
    check_schema_name(schema)
    source = _open_geopackage(path)
    layers = [source.GetLayer(i) for i in range(source.GetLayerCount())]
    names = [layer.GetName() for layer in layers]
    check_postgres_names(path, layers)
    report = TransferReport(schema=schema)
    progress = _Progress(
        feedback, sum(layer.GetFeatureCount() for layer in layers), tr("copying the survey to PostgreSQL")
    )
    with open_session(target) as session:
        if any(layer.GetGeomType() != 0 for layer in layers) and not session.has_postgis():
            raise CartongError(
                tr(
                    "The database {target} has no PostGIS, which the survey points need. Ask the "
                    "database administrator to run: CREATE EXTENSION postgis;"
                ).format(target=target.label)
            )
        with session.transaction(tr("creating the schema {schema}").format(schema=schema)):
            if replace and schema in survey_schemas(session):
                report.replaced = check_replacement(session, source, path.name, schema, anyway)
            roles = create_survey_schema(session, schema, replace=replace)
            for layer, name in zip(layers, names):
                with session.guard(tr("copying the table {table}").format(table=name)):
                    created = _create_like(session.ds, layer, name, _layer_options(layer, "PG", schema))
                    report.tables[name] = copy_into_postgis(session, layer, created, progress, schema, name)
            with session.guard(tr("granting the survey roles")):
                if LOG_LAYER in names:
                    prepare_log_table(session, schema)
                grant_and_guard(session, schema, names)
                comment = {
                    MARKER: 1,
                    "source": path.name,
                    "tables": names,
                    "copied_at": now_iso(),
                    "copied_by": session.current_user(),
                }
                session.execute(f"COMMENT ON SCHEMA {ident(schema)} IS {literal(json.dumps(comment))}")
    del layers, source  # layers belong to the dataset: drop them first
    report.reviewer_role, report.viewer_role = roles.reviewer, roles.viewer
    report.seconds = time.perf_counter() - started
    return report


def survey_schemas(session: PgSession) -> dict[str, dict]:
    """The survey schemas of the database: name -> what their comment says (tables, source...)."""
    found = {}
    for row in session.rows(
        "SELECT nspname, obj_description(oid, 'pg_namespace') AS comment FROM pg_namespace "
        "WHERE obj_description(oid, 'pg_namespace') LIKE '%" + MARKER + "%' ORDER BY nspname"
    ):
        try:
            found[row["nspname"]] = json.loads(row["comment"])
        except (TypeError, ValueError):
            continue
    return found


def _survey_tables(session: PgSession, schema: str) -> list[str]:
    """The tables of ``schema`` in the order they were copied (tables added later at the end)."""
    info = survey_schemas(session).get(schema)
    if info is None:
        known = ", ".join(survey_schemas(session)) or tr("none")
        raise CartongError(
            tr("The database {target} holds no survey schema '{schema}'. Survey schemas there: {known}.").format(
                target=session.target.label, schema=schema, known=known
            )
        )
    present = session.tables(schema)
    return [t for t in info.get("tables", []) if t in present] + [t for t in present if t not in info.get("tables", [])]


def survey_to_geopackage(target: PgTarget, schema: str, output_path, feedback=None) -> TransferReport:
    """Write the survey of ``schema`` to the GeoPackage ``output_path`` (replaced only when complete)."""
    from osgeo import gdal

    started = time.perf_counter()
    output = Path(output_path)
    if output.suffix.lower() != ".gpkg":
        raise CartongError(
            tr("Choose a .gpkg file for the survey GeoPackage, not {file}.").format(file=output.name), path=str(output)
        )
    report = TransferReport(schema=schema, output=str(output))
    with open_session(target, schemas=[schema]) as session:
        tables = _survey_tables(session, schema)
        with session.transaction(tr("reading the survey {schema}").format(schema=schema)):
            session.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            counts = {t: int(session.scalar(f"SELECT count(*) FROM {qualified(schema, t)}")) for t in tables}
            progress = _Progress(feedback, sum(counts.values()), tr("copying the survey to a GeoPackage"))
            with atomic_output(output) as tmp:
                with gdal_exceptions():
                    out = gdal.GetDriverByName("GPKG").Create(tmp, 0, 0, 0, gdal.GDT_Unknown)
                try:
                    for table in tables:
                        with session.guard(tr("copying the table {table}").format(table=table)):
                            layer = session.ds.GetLayerByName(table)
                            if layer is None:
                                raise RuntimeError(f"no table {table}")
                            skip = (VERSION_COLUMN,) if table == LOG_LAYER else ()
                            created = _create_like(out, layer, table, _layer_options(layer, "GPKG"), skip)
                            out.StartTransaction()
                            report.tables[table] = _copy_features(layer, created, progress, skip)
                            out.CommitTransaction()
                finally:
                    out = None
    report.seconds = time.perf_counter() - started
    return report
