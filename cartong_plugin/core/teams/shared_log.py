# SPDX-License-Identifier: GPL-3.0-or-later
"""The checks' cleaning log written into a survey's PostGIS schema, next to what reviewers decided.

``layer_survey(source)`` tells which database and schema a PostGIS layer of QGIS comes from (its
``authcfg`` expanded by the authentication manager, never written anywhere). ``write_shared_log``
puts a fresh run of the checks into ``<schema>.cleaning_log`` in ONE transaction, the table
locked against saves meanwhile (a reviewer saving then waits, and their version check still
holds): the rows the merge keeps (a decision already taken, a flag still raised) are left as they
are, with their version, who and when; pending rows no longer raised are deleted; new flags are
inserted, stamped by the database with who ran the checks. A schema without a log gets one, with
the reviewer's grants and the stamping trigger, as a copied survey has. Running the checks needs
the right to create and change tables of the schema (its owner); reviewers only decide.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..base.errors import CartongError
from ..base.i18n import tr
from ..cleaning.log import LOG_COLUMNS, LOG_LAYER, merge_logs
from ..cleaning.log_cells import store_text
from .connection import PgTarget, resolve_target
from .review import _read_log
from .roles import grant_and_guard, prepare_log_table
from .store import ident, literal, open_session, qualified
from .transfer import MARKER, survey_schemas

_BATCH = 500


@dataclass
class SharedLogReport:
    kept: int = 0
    inserted: int = 0
    deleted: int = 0
    created: bool = False
    entries: list = field(default_factory=list)  # the log as it now is (LogEntry)


def layer_survey(source: str) -> tuple[PgTarget, str]:
    """The database and schema of a PostGIS layer's data source (``QgsVectorLayer.source()``)."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(source)
    if not uri.schema():
        raise CartongError(
            tr(
                "The PostgreSQL layer names no schema: open the survey layer from its schema in the "
                "Browser (PostgreSQL > connection > schema > survey)."
            )
        )
    return resolve_target(uri.connectionInfo(False)), uri.schema()


def _insert(session, schema: str, entries) -> None:
    table = qualified(schema, LOG_LAYER)
    columns = ", ".join(ident(c) for c in LOG_COLUMNS)
    for start in range(0, len(entries), _BATCH):
        values = ",\n".join(
            "(" + ", ".join(literal(store_text(getattr(e, c) or "")) for c in LOG_COLUMNS) + ")"
            for e in entries[start : start + _BATCH]
        )
        session.execute(f"INSERT INTO {table} ({columns}) VALUES {values}")


def write_shared_log(target: PgTarget, schema: str, fresh, keep_decisions: bool = True) -> SharedLogReport:
    """Put ``fresh`` (LogEntry of a checks run) into the shared log of ``schema`` (one transaction)."""
    report = SharedLogReport()
    fresh = list(fresh)
    with open_session(target) as session:
        info = survey_schemas(session).get(schema)
        if info is None:
            raise CartongError(
                tr("The database {target} holds no survey schema '{schema}'.").format(
                    target=target.label, schema=schema
                )
            )
        with session.transaction(tr("writing the cleaning log of {schema}").format(schema=schema)):
            table = qualified(schema, LOG_LAYER)
            if LOG_LAYER in session.tables(schema):
                session.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")
                previous = _read_log(session, schema)
            else:
                columns = ", ".join(f"{ident(c)} text" for c in LOG_COLUMNS)
                session.execute(f"CREATE TABLE {table} (fid serial PRIMARY KEY, {columns})")
                prepare_log_table(session, schema)
                grant_and_guard(session, schema, [LOG_LAYER])
                info = {**info, MARKER: 1, "tables": list(info.get("tables", [])) + [LOG_LAYER]}
                session.execute(f"COMMENT ON SCHEMA {ident(schema)} IS {literal(json.dumps(info))}")
                previous, report.created = [], True
            merged = merge_logs([row.entry for row in previous], fresh) if keep_decisions else fresh
            kept = {id(entry) for entry in merged}
            gone = [row.log_id for row in previous if id(row.entry) not in kept]
            for start in range(0, len(gone), _BATCH):
                ids = ", ".join(str(i) for i in gone[start : start + _BATCH])
                session.execute(f"DELETE FROM {table} WHERE fid IN ({ids})")
            ours = {id(row.entry) for row in previous}
            new = [entry for entry in merged if id(entry) not in ours]
            _insert(session, schema, new)
            report.entries = merged
            report.kept, report.inserted, report.deleted = len(merged) - len(new), len(new), len(gone)
    return report
