# SPDX-License-Identifier: GPL-3.0-or-later
"""A server sync brought into the survey's PostGIS schema: only the new rows, in one transaction.

After an incremental sync has appended submissions to the survey GeoPackage, ``append_new_rows``
adds to each table of the schema the rows whose feature id is above the largest one already there
(new tables, e.g. a repeat that got its first rows, are created; new columns are added). Rows
already in the database are never changed, so raw tables stay as they were and the cleaning
decisions reviewers made there are kept: ``cleaning_log`` is not copied (it lives in the
database). Before anything is written, the last raw row in the database must be the same row of
the GeoPackage, else the GeoPackage is another survey and nothing is touched. Everything is one
transaction: a dropped connection leaves the schema as it was.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from ..base.errors import CartongError
from ..base.i18n import tr
from ..cleaning.log import LOG_LAYER, now_iso
from .connection import PgTarget
from .replace import same_raw_row
from .roles import RAW_PREFIX, grant_and_guard, survey_roles
from .store import PgSession, ident, literal, open_session, qualified
from .transfer import (
    MARKER,
    TransferReport,
    _create_like,
    _layer_options,
    _open_geopackage,
    _Progress,
    check_postgres_names,
    copy_into_postgis,
    survey_schemas,
    survey_to_postgis,
)


def share_survey(
    gpkg_path,
    target: PgTarget,
    schema: str,
    *,
    replace: bool = False,
    update: bool = False,
    feedback=None,
    anyway: bool = False,
) -> TransferReport:
    """The survey GeoPackage into ``schema``: new rows only when ``update`` and the schema is there, else a copy
    (``replace`` and ``anyway`` as for ``survey_to_postgis``)."""
    if update and not replace:
        with open_session(target) as session:
            exists = schema in survey_schemas(session)
        if exists:
            return append_new_rows(gpkg_path, target, schema, feedback=feedback)
    return survey_to_postgis(gpkg_path, target, schema, replace=replace, feedback=feedback, anyway=anyway)


def _fid(layer) -> str:
    return layer.GetFIDColumn() or "fid"


def _same_row(session: PgSession, layer, schema: str, name: str, last: int) -> None:
    """CartongError unless row ``last`` of the raw table is the same in the GeoPackage and the database."""
    if not same_raw_row(session, layer, schema, name, last):
        raise CartongError(
            tr(
                "The GeoPackage is not the survey shared in {schema}: row {row} of {table} differs. "
                "Nothing was written. Share it under another schema, or replace that schema."
            ).format(schema=schema, row=last, table=name)
        )


def append_new_rows(gpkg_path, target: PgTarget, schema: str, feedback=None) -> TransferReport:
    """Add the rows of the survey GeoPackage that ``schema`` does not hold yet (one transaction)."""
    started = time.perf_counter()
    path = Path(gpkg_path)
    source = _open_geopackage(path)
    layers = [source.GetLayer(i) for i in range(source.GetLayerCount())]
    layers = [layer for layer in layers if layer.GetName() != LOG_LAYER]  # decisions live in the database
    check_postgres_names(path, layers)
    roles = survey_roles(schema)
    report = TransferReport(schema=schema, reviewer_role=roles.reviewer, viewer_role=roles.viewer)
    with open_session(target, schemas=[schema]) as session:
        info = survey_schemas(session).get(schema)
        if info is None:
            raise CartongError(
                tr("The database {target} holds no survey schema '{schema}'.").format(
                    target=target.label, schema=schema
                )
            )
        present = set(session.tables(schema))
        with session.transaction(tr("adding the new submissions to {schema}").format(schema=schema)):
            lasts = {}
            for layer in layers:
                name = layer.GetName()
                if name in present:
                    lasts[name] = int(
                        session.scalar(f"SELECT coalesce(max({ident(_fid(layer))}), 0) FROM {qualified(schema, name)}")
                    )
                    if name.startswith(RAW_PREFIX) and lasts[name]:
                        _same_row(session, layer, schema, name, lasts[name])
            total = 0
            for layer in layers:
                layer.SetAttributeFilter(f"{ident(_fid(layer))} > {lasts.get(layer.GetName(), 0)}")
                total += layer.GetFeatureCount()
            progress = _Progress(feedback, total, tr("adding the new submissions to PostgreSQL"))
            new_tables = []
            for layer in layers:
                name = layer.GetName()
                with session.guard(tr("copying the table {table}").format(table=name)):
                    if name in present:
                        stored = session.ds.GetLayerByName(name)
                        known = {
                            stored.GetLayerDefn().GetFieldDefn(i).GetName()
                            for i in range(stored.GetLayerDefn().GetFieldCount())
                        }
                        defn = layer.GetLayerDefn()
                        for i in range(defn.GetFieldCount()):
                            if defn.GetFieldDefn(i).GetName() not in known:
                                stored.CreateField(defn.GetFieldDefn(i))
                    else:
                        stored = _create_like(session.ds, layer, name, _layer_options(layer, "PG", schema))
                        new_tables.append(name)
                    report.tables[name] = copy_into_postgis(session, layer, stored, progress, schema, name)
                layer.SetAttributeFilter(None)
            with session.guard(tr("granting the survey roles")):
                grant_and_guard(session, schema, new_tables)
                info = {
                    **info,
                    MARKER: 1,
                    "tables": list(info.get("tables", [])) + new_tables,
                    "synced_at": now_iso(),
                    "synced_by": session.current_user(),
                    "synced_from": path.name,
                }
                session.execute(f"COMMENT ON SCHEMA {ident(schema)} IS {literal(json.dumps(info))}")
    del layers, source  # layers belong to the dataset: drop them first
    report.seconds = time.perf_counter() - started
    return report
