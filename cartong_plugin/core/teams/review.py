# SPDX-License-Identifier: GPL-3.0-or-later
"""Several reviewers deciding on one cleaning log at once, in PostgreSQL.

Each row of ``<schema>.cleaning_log`` has a ``version``. A reviewer loads the log (``load_log``
or a review sheet, ``export_review_sheet``: the log with ``log_id`` and ``version`` columns),
decides, and saves (``save_decisions``): a decision is written only where the row still has the
version the reviewer saw (``UPDATE ... WHERE version = seen``), so a decision taken meanwhile by
someone else is never overwritten silently; the stale one is refused and both values are
returned (``Conflict``) for the caller to show. The database stamps ``who`` (the PostgreSQL
user), ``when`` and the new version itself (trigger of ``roles``). Loading again shows
everyone's decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr, trn
from ..cleaning.log import (
    CHANGE_TYPES,
    LOG_COLUMNS,
    LOG_LAYER,
    PENDING,
    LogEntry,
)
from ..cleaning.log_cells import from_xlsx_text, neutralise_formula, read_cell, store_text, to_xlsx_text
from .connection import PgTarget
from .roles import VERSION_COLUMN
from .store import PgSession, ident, literal, open_session, qualified

SHEET_KEYS = ("log_id", "version")
_SELECT = ", ".join(["fid AS log_id", ident(VERSION_COLUMN)] + [ident(c) for c in LOG_COLUMNS])
_MAX_LISTED = 25


@dataclass
class LogRow:
    """One row of the shared log as the database holds it."""

    log_id: int
    version: int
    entry: LogEntry


@dataclass
class Decision:
    """What a reviewer decided on a log row, and the version of the row they decided on."""

    log_id: int
    version: int
    change_type: str
    new_value: str = ""
    explanation: str = ""
    row: int = 0  # row of the review sheet it came from (0: not from a sheet)


@dataclass
class Conflict:
    """A decision refused because the row changed since the reviewer loaded it."""

    decision: Decision
    database: LogRow | None  # None: the row no longer exists


@dataclass
class SaveReport:
    saved: list = field(default_factory=list)  # LogRow as stored after the save
    conflicts: list = field(default_factory=list)
    unchanged: int = 0  # decisions equal to what the database holds: nothing to write


class StaleDecision(CartongError):
    """Raised by ``save_decision`` when the row changed since it was loaded; ``conflict`` has both values."""

    def __init__(self, message: str, conflict: Conflict):
        super().__init__(message, row=conflict.decision.row or None, field="version")
        self.conflict = conflict


def _row(values: dict) -> LogRow:
    # the table keeps values as a GeoPackage log does (log_cells.store_text): read as any log cell
    texts: dict = {c: "" if values.get(c) is None else read_cell(str(values[c])) for c in LOG_COLUMNS}
    entry = LogEntry(**texts)
    return LogRow(log_id=int(values["log_id"]), version=int(values[VERSION_COLUMN]), entry=entry)


def _log_table(schema: str) -> str:
    return qualified(schema, LOG_LAYER)


def _read_log(session: PgSession, schema: str, where: str = "") -> list[LogRow]:
    rows = session.rows(f"SELECT {_SELECT} FROM {_log_table(schema)} {where} ORDER BY fid")
    return [_row(values) for values in rows]


def load_log(target: PgTarget, schema: str) -> list[LogRow]:
    """The shared log of ``schema`` as it is now, everyone's decisions included."""
    with open_session(target) as session:
        with session.guard(tr("reading the cleaning log of {schema}").format(schema=schema)):
            if LOG_LAYER not in session.tables(schema):
                raise CartongError(
                    tr(
                        "The survey schema {schema} has no cleaning log in {target}: run the checks "
                        "and copy the survey again."
                    ).format(schema=schema, target=target.label)
                )
            return _read_log(session, schema)


def _validate(decisions: list[Decision], source: str) -> None:
    for decision in decisions:
        if decision.change_type not in CHANGE_TYPES:
            raise CartongError(
                tr("Row {row} of {file}, column change_type: '{value}' is not one of {allowed}.").format(
                    row=decision.row, file=source, value=decision.change_type, allowed=", ".join(CHANGE_TYPES)
                ),
                path=source,
                row=decision.row,
                field="change_type",
            )


def save_decisions(target: PgTarget, schema: str, decisions: list[Decision], source: str = "") -> SaveReport:
    """Save ``decisions`` in one transaction; those whose row changed since are refused as conflicts.

    A decision equal to what the row holds is not written (a whole sheet can be saved back without
    claiming rows nobody touched); a stale row the sheet still has as ``pending`` was not decided
    by this reviewer and is skipped too. The decisions that still apply are saved even when others
    conflict (each is about its own row). A viewer (no reviewer role) gets a CartongError saying
    so, and nothing is saved.
    """
    _validate(decisions, source or LOG_LAYER)
    report = SaveReport()
    with open_session(target) as session:
        with session.transaction(tr("saving decisions in the cleaning log of {schema}").format(schema=schema)):
            for decision in decisions:
                mine = "({})".format(
                    ", ".join(
                        literal(store_text(v)) for v in (decision.change_type, decision.new_value, decision.explanation)
                    )
                )
                updated = session.rows(
                    f"UPDATE {_log_table(schema)} SET (change_type, new_value, explanation) = {mine} "
                    f"WHERE fid = {int(decision.log_id)} AND {ident(VERSION_COLUMN)} = {int(decision.version)} "
                    f"AND (coalesce(change_type, ''), coalesce(new_value, ''), coalesce(explanation, '')) "
                    f"IS DISTINCT FROM {mine} RETURNING {_SELECT}"
                )
                if updated:
                    report.saved.append(_row(updated[0]))
                    continue
                current = _read_log(session, schema, f"WHERE fid = {int(decision.log_id)}")
                if current and (_same(current[0], decision) or decision.change_type == PENDING):
                    report.unchanged += 1
                else:
                    report.conflicts.append(Conflict(decision, current[0] if current else None))
    return report


def _same(row: LogRow, decision: Decision) -> bool:
    entry = row.entry
    return (entry.change_type, entry.new_value, entry.explanation) == (
        decision.change_type,
        decision.new_value,
        decision.explanation,
    )


def save_decision(target: PgTarget, schema: str, decision: Decision) -> LogRow:
    """Save one decision; StaleDecision (with both values) when the row changed since it was loaded.

    Returns the row as stored (unchanged when it already held this decision)."""
    report = save_decisions(target, schema, [decision])
    if report.conflicts:
        raise StaleDecision(conflict_sentence(report.conflicts[0]), report.conflicts[0])
    if report.saved:
        return report.saved[0]
    return next(row for row in load_log(target, schema) if row.log_id == decision.log_id)  # already so


def conflict_sentence(conflict: Conflict) -> str:
    """Both values of a refused decision: the reviewer's and the one in the database."""
    mine = conflict.decision
    where = tr("row {row}").format(row=mine.row) if mine.row else tr("log id {log_id}").format(log_id=mine.log_id)
    if conflict.database is None:
        return tr(
            "{where}: the log row {log_id} no longer exists; your decision '{change_type}' was not saved."
        ).format(where=where, log_id=mine.log_id, change_type=mine.change_type)
    theirs = conflict.database
    return tr(
        "{where} ({uuid}, {question}): {who} saved '{db_change}' (new value '{db_value}') at {when}, version "
        "{db_version}, after you loaded version {version}. Yours, '{change_type}' (new value '{new_value}'), "
        "was not saved: load the log again and decide on the current value."
    ).format(
        where=where,
        uuid=theirs.entry.uuid,
        question=theirs.entry.question,
        who=theirs.entry.who or "?",
        db_change=theirs.entry.change_type,
        db_value=theirs.entry.new_value,
        when=theirs.entry.when,
        db_version=theirs.version,
        version=mine.version,
        change_type=mine.change_type,
        new_value=mine.new_value,
    )


def conflicts_message(conflicts: list[Conflict]) -> str:
    lines = [conflict_sentence(c) for c in conflicts[:_MAX_LISTED]]
    if len(conflicts) > _MAX_LISTED:
        lines.append(tr("... and {count} more.").format(count=len(conflicts) - _MAX_LISTED))
    if all(c.database is None for c in conflicts):  # no one decided first: the rows are gone from the log
        return trn(
            "%n decision was not saved: its row is no longer in the cleaning log:\n{rows}",
            "%n decisions were not saved: their rows are no longer in the cleaning log:\n{rows}",
            len(conflicts),
        ).format(rows="\n".join(lines))
    return trn(
        "%n decision was not saved because someone else decided on the same row first:\n{rows}",
        "%n decisions were not saved because someone else decided on the same rows first:\n{rows}",
        len(conflicts),
    ).format(rows="\n".join(lines))


# -- review sheets (CSV/XLSX) -------------------------------------------------------------------


def export_review_sheet(target: PgTarget, schema: str, path) -> Path:
    """The shared log as a sheet to decide on: ``log_id``, ``version`` and the log columns."""
    from osgeo import ogr

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise CartongError(
            tr("Cannot export the cleaning log to {file}: choose a .csv or .xlsx file.").format(file=path.name),
            path=str(path),
        )
    rows = load_log(target, schema)
    with atomic_output(path) as tmp, gdal_exceptions():
        options = ["WRITE_BOM=YES", "STRING_QUOTING=IF_NEEDED"] if suffix == ".csv" else []
        ds = ogr.GetDriverByName("CSV" if suffix == ".csv" else "XLSX").CreateDataSource(tmp)
        layer = ds.CreateLayer(LOG_LAYER, geom_type=ogr.wkbNone, options=options)
        for column in SHEET_KEYS + LOG_COLUMNS:
            layer.CreateField(ogr.FieldDefn(column, ogr.OFTInteger if column in SHEET_KEYS else ogr.OFTString))
        for row in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("log_id", row.log_id)
            feature.SetField("version", row.version)
            for column in LOG_COLUMNS:
                text = neutralise_formula(getattr(row.entry, column))
                feature.SetField(column, to_xlsx_text(text) if suffix == ".xlsx" else text)
            layer.CreateFeature(feature)
        ds = None
    return path


def read_review_sheet(path) -> list[Decision]:
    """The decisions of a review sheet (CartongError naming the row and column of a bad cell)."""

    path = Path(path)
    if not path.is_file():
        raise CartongError(tr("The review sheet {file} does not exist.").format(file=str(path)), path=str(path))
    numbers = None  # the file's row of each record, when blank lines or quoted newlines shift them
    try:
        if path.suffix.lower() != ".xlsx":  # UTF-8, UTF-16 or Windows-1252, as a cleaning log is read
            from ..cleaning.log_files import read_csv_log_rows

            headers, cells, numbers = read_csv_log_rows(path)
            names = [name.strip().lstrip("\ufeff") for name in headers]
        else:
            names, cells = _xlsx_cells(path)
    except RuntimeError as err:
        raise CartongError(
            tr("The review sheet {file} cannot be read: {error}").format(file=path.name, error=str(err)), path=str(path)
        ) from err
    return _decisions(path, names, cells, numbers)


def _xlsx_cells(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header names and cells of the first sheet of an XLSX review sheet, all as text."""
    from osgeo import gdal

    with gdal_exceptions():
        ds = gdal.OpenEx(
            str(path), gdal.OF_VECTOR | gdal.OF_READONLY, open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"]
        )
        layer = ds.GetLayer(0)
        names = [
            layer.GetLayerDefn().GetFieldDefn(i).GetName().strip().lstrip("\ufeff")
            for i in range(layer.GetLayerDefn().GetFieldCount())
        ]
        cells = [
            [from_xlsx_text(f.GetFieldAsString(i)) if f.IsFieldSetAndNotNull(i) else "" for i in range(len(names))]
            for f in layer
        ]
        ds = None
    return names, cells


def _decisions(path: Path, names: list[str], cells: list[list[str]], numbers) -> list[Decision]:
    """The decisions of a review sheet's rows (``numbers``: the file row of each, else counted from 2)."""
    missing = [c for c in SHEET_KEYS + ("change_type",) if c not in names]
    if missing:
        raise CartongError(
            tr(
                "The review sheet {file} has no column {columns}: export it again from the shared "
                "log (it needs log_id, version and change_type)."
            ).format(file=path.name, columns=", ".join(missing)),
            path=str(path),
            field=missing[0],
        )
    decisions = []
    for number, row in zip(numbers or range(2, len(cells) + 2), cells):
        values = dict(zip(names, row))
        if not any(v.strip() for v in row):
            continue
        keys = {}
        for key in SHEET_KEYS:
            try:
                keys[key] = int(float(values[key].strip()))
            except ValueError:
                raise CartongError(
                    tr(
                        "Row {row} of {file}, column {column}: '{value}' is not a number; keep the "
                        "log_id and version columns as exported."
                    ).format(row=number, file=path.name, column=key, value=values[key]),
                    path=str(path),
                    row=number,
                    field=key,
                ) from None
        decisions.append(
            Decision(
                keys["log_id"],
                keys["version"],
                values["change_type"].strip().lower(),
                read_cell(values.get("new_value", "")),  # "NA" is empty, as in any cleaning log
                read_cell(values.get("explanation", "")),
                row=number,
            )
        )
    return decisions
