# SPDX-License-Identifier: GPL-3.0-or-later
"""Several reviewers deciding on one cleaning log at once, in PostgreSQL.

Each row of ``<schema>.cleaning_log`` has a ``version``. A reviewer loads the log (``load_log``
or a review sheet, ``review_sheet.export_review_sheet``: the log with ``log_id`` and ``version``),
decides, and saves (``save_decisions``): a decision is written only where the row still has the
version the reviewer saw (``UPDATE ... WHERE version = seen``), so a decision taken meanwhile by
someone else is never overwritten silently; the stale one is refused and both values are
returned (``Conflict``) for the caller to show. The database stamps ``who`` (the PostgreSQL
user), ``when`` and the new version itself (trigger of ``roles``). Loading again shows
everyone's decisions.

A sheet row names its log row by ``log_id`` and ``version`` only, and every freshly shared log
starts at version 1 with ids 1..N: a decision is saved only where the log row still holds the
sheet's ``uuid``, ``question`` and old value (else it belongs to another log row: ``mismatched``),
and a sheet most of whose rows name other log rows is refused whole. A row's ``as_exported``
fingerprint (``review_sheet``) tells what the reviewer edited from what she was shown, so a row
she did not touch is never written, and an edit on a row decided meanwhile is a conflict.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from ..cleaning.log import CHANGE_TYPES, LOG_COLUMNS, LOG_LAYER, PENDING, LogEntry
from ..cleaning.log_cells import read_cell, store_text
from .connection import PgTarget
from .roles import VERSION_COLUMN
from .store import PgSession, ident, literal, open_session, qualified

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
    # the log row as the sheet shows it (None: not given, not compared) and its as_exported fingerprint
    uuid: str | None = None
    question: str | None = None
    old_value: str | None = None
    exported: str = ""
    # (column, cell) of the sheet's formula cells in this row whose result was never saved: not readable,
    # the decision is not saved (``unreadable_message``)
    unsaved: tuple = ()


@dataclass
class Conflict:
    """A decision refused because the row changed since the reviewer loaded it."""

    decision: Decision
    database: LogRow | None  # None: the row no longer exists


@dataclass
class SaveReport:
    saved: list = field(default_factory=list)  # LogRow as stored after the save
    conflicts: list = field(default_factory=list)
    mismatched: list = field(default_factory=list)  # Conflict: the log row of that log_id is another one now
    unchanged: int = 0  # rows with nothing to write (as the database holds them, or not edited by the reviewer)
    unreadable: list = field(default_factory=list)  # Decision whose row holds a formula without a saved result


class StaleDecision(CartongError):
    """Raised by ``save_decision`` when the row changed since it was loaded; ``conflict`` has both values."""

    def __init__(self, message: str, conflict: Conflict):
        super().__init__(message, row=conflict.decision.row or None, field="version")
        self.conflict = conflict


def _row(values: dict) -> LogRow:
    # the table keeps values as a GeoPackage log does (log_cells.store_text): read as any log cell
    texts: dict = {c: "" if values.get(c) is None else read_cell(str(values[c])) for c in LOG_COLUMNS}
    # named by its log_id, as the review sheets and QGIS's attribute table show it (not by its rank)
    entry = LogEntry(**texts, row=int(values["log_id"]))
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
    claiming rows nobody touched), nor a row the reviewer did not edit (its ``exported`` fingerprint;
    without one, a stale row the sheet still has as ``pending``). A decision whose log row now holds
    another submission, question or old value is refused (``mismatched``); when most of the rows do,
    the sheet is another log's and CartongError refuses it whole, nothing saved. An edited row that
    someone else decided meanwhile is a conflict. The decisions that still apply are saved even when
    others are refused (each is about its own row). A viewer (no reviewer role) gets a CartongError
    saying so, and nothing is saved. A decision whose sheet row holds a formula without a saved result
    (``Decision.unsaved``) is not saved either (``unreadable``): what it says cannot be read.
    """
    report = SaveReport(unreadable=[d for d in decisions if d.unsaved])
    decisions = [d for d in decisions if not d.unsaved]
    _validate(decisions, source or LOG_LAYER)
    with open_session(target) as session:
        with session.transaction(tr("saving decisions in the cleaning log of {schema}").format(schema=schema)):
            # read under the transaction: a re-share (DROP SCHEMA) waits for it to end
            current = {row.log_id: row for row in _read_log(session, schema)}
            _refuse_other_log(decisions, current, schema, source)
            for decision in decisions:
                row = current.get(decision.log_id)
                edited = _edited(decision, row)
                if row is not None and not _same_log_row(decision, row):
                    if edited:
                        report.mismatched.append(Conflict(decision, row))
                    else:
                        report.unchanged += 1
                elif row is None or row.version != decision.version:
                    if edited and (row is None or not _same(row, decision)):
                        report.conflicts.append(Conflict(decision, row))
                    else:
                        report.unchanged += 1
                elif not edited or _same(row, decision):
                    report.unchanged += 1  # never claims a row the reviewer did not touch
                else:
                    _update(session, schema, decision, report)
    return report


def _update(session: PgSession, schema: str, decision: Decision, report: SaveReport) -> None:
    """Write one decision where the row still has the version the reviewer saw; else a conflict."""
    mine = "({})".format(
        ", ".join(literal(store_text(v)) for v in (decision.change_type, decision.new_value, decision.explanation))
    )
    updated = session.rows(
        f"UPDATE {_log_table(schema)} SET (change_type, new_value, explanation) = {mine} "
        f"WHERE fid = {int(decision.log_id)} AND {ident(VERSION_COLUMN)} = {int(decision.version)} "
        f"RETURNING {_SELECT}"
    )
    if updated:
        report.saved.append(_row(updated[0]))
        return
    now = _read_log(session, schema, f"WHERE fid = {int(decision.log_id)}")  # saved by someone since the read
    if now and _same(now[0], decision):
        report.unchanged += 1
    else:
        report.conflicts.append(Conflict(decision, now[0] if now else None))


def decision_fingerprint(change_type: str, new_value: str, explanation: str) -> str:
    """A short mark of a row's decision as a review sheet shows it (its ``as_exported`` column): the
    same values give the same mark, so a sheet row whose values still give it was not edited. The "x"
    keeps a spreadsheet from reading it as a number."""
    text = json.dumps([change_type, new_value, explanation], ensure_ascii=False)
    return "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:15]


def _edited(decision: Decision, row: LogRow | None) -> bool:
    """Whether the reviewer changed this row in her sheet (its change_type, new_value or explanation)."""
    if decision.exported:
        return decision.exported != decision_fingerprint(decision.change_type, decision.new_value, decision.explanation)
    if row is not None and row.version == decision.version:  # the row still holds what was exported
        return not _same(row, decision)
    return decision.change_type != PENDING  # a sheet without fingerprints: a pending row decided nothing


def _same(row: LogRow, decision: Decision) -> bool:
    entry = row.entry
    return (entry.change_type, entry.new_value, entry.explanation) == (
        decision.change_type,
        decision.new_value,
        decision.explanation,
    )


def _same_log_row(decision: Decision, row: LogRow) -> bool:
    """Whether the log row is still the one the sheet row shows (what is not given is not compared)."""
    from ..cleaning.cleaned_layer import is_old_value

    entry = row.entry
    if decision.uuid is not None and decision.uuid.strip() != entry.uuid.strip():
        return False
    if decision.question is not None and decision.question.strip() != entry.question.strip():
        return False
    # numbers and date-times as numbers and instants: a spreadsheet rewrites them (5.0 -> 5)
    return decision.old_value is None or is_old_value(entry.old_value, decision.old_value)


def _refuse_other_log(decisions: list[Decision], current: dict, schema: str, source: str) -> None:
    """CartongError when most of the sheet's rows whose log_id the log has name another submission or
    question there: the sheet was exported from another survey's log, or before the log was replaced."""
    known = [d for d in decisions if d.log_id in current and d.uuid is not None]
    other = [
        d
        for d in known
        if (d.uuid or "").strip() != current[d.log_id].entry.uuid.strip()
        or (d.question or "").strip() != current[d.log_id].entry.question.strip()
    ]
    if not other or 2 * len(other) <= len(known):
        return
    first, theirs = other[0], current[other[0].log_id].entry
    raise CartongError(
        tr(
            "The review sheet {file} is not from the cleaning log of {schema}: {count} of its {total} rows "
            "name another submission or question than the log row of the same log_id (row {row}: {uuid}, "
            "{question} in the sheet; {db_uuid}, {db_question} in the log). Nothing was saved. Choose the "
            "schema the sheet was exported from, or export a new review sheet from {schema} and decide "
            "on it."
        ).format(
            file=source,
            schema=schema,
            count=len(other),
            total=len(known),
            row=first.row,
            uuid=first.uuid,
            question=first.question,
            db_uuid=theirs.uuid,
            db_question=theirs.question,
        ),
        path=source,
        row=first.row or None,
        field="uuid",
    )


def save_decision(target: PgTarget, schema: str, decision: Decision) -> LogRow:
    """Save one decision; StaleDecision (with both values) when the row changed since it was loaded.

    Returns the row as stored (unchanged when it already held this decision)."""
    report = save_decisions(target, schema, [decision])
    if report.conflicts:
        raise StaleDecision(conflict_sentence(report.conflicts[0]), report.conflicts[0])
    if report.mismatched:
        raise CartongError(mismatch_sentence(report.mismatched[0]), field="uuid")
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
    ) + _explanations(theirs.entry.explanation, mine.explanation)


def _explanations(theirs: str, mine: str) -> str:
    """Both explanations, when they differ: a note is a value the reviewer would lose too."""
    if theirs == mine:
        return ""
    return " " + tr("Their explanation: '{theirs}'. Yours: '{mine}'.").format(theirs=theirs, mine=mine)


def mismatch_sentence(conflict: Conflict) -> str:
    """A decision refused because its log_id now names another log row: both rows."""
    mine, theirs = conflict.decision, conflict.database
    assert theirs is not None  # a mismatch is always with a row that exists
    where = tr("row {row}").format(row=mine.row) if mine.row else tr("log id {log_id}").format(log_id=mine.log_id)
    return tr(
        "{where}: your sheet has log row {log_id} as {uuid}, {question}, old value '{old_value}', but the "
        "cleaning log now holds {db_uuid}, {db_question}, old value '{db_old_value}' there (the survey "
        "was shared or checked again). Your decision '{change_type}' was not saved: export a new review "
        "sheet and decide on that row again."
    ).format(
        where=where,
        log_id=mine.log_id,
        uuid=mine.uuid or "",
        question=mine.question or "",
        old_value=mine.old_value or "",
        db_uuid=theirs.entry.uuid,
        db_question=theirs.entry.question,
        db_old_value=theirs.entry.old_value,
        change_type=mine.change_type,
    )


def unreadable_message(unreadable: list[Decision], source: str) -> str:
    """The rows of the review sheet ``source`` not saved because a cell holds a formula without a saved result."""
    from ..survey.xlsx_sheets import unsaved_formula_text

    lines = []
    for decision in unreadable[:_MAX_LISTED]:
        column, cell = decision.unsaved[0]
        lines.append(
            tr("Row {row} of the review sheet {file}: {problem}; its decision was not saved.").format(
                row=decision.row, file=source, problem=unsaved_formula_text(cell, column)
            )
        )
    if len(unreadable) > _MAX_LISTED:
        lines.append(tr("... and {count} more.").format(count=len(unreadable) - _MAX_LISTED))
    return "\n".join(lines)


def mismatches_message(mismatched: list[Conflict]) -> str:
    lines = [mismatch_sentence(c) for c in mismatched[:_MAX_LISTED]]
    if len(mismatched) > _MAX_LISTED:
        lines.append(tr("... and {count} more.").format(count=len(mismatched) - _MAX_LISTED))
    return trn(
        "%n decision was not saved: its log row now holds another submission, question or old value:\n{rows}",
        "%n decisions were not saved: their log rows now hold another submission, question or old value:\n{rows}",
        len(mismatched),
    ).format(rows="\n".join(lines))


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
