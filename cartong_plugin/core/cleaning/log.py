# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning log: one row per flagged value, reviewed by people, applied to the raw data.

Columns follow the usual humanitarian cleaning logs (IMPACT/REACH ``cleaningtools``): ``uuid``,
``question``, ``old_value``, ``new_value``, ``issue``, ``check_id``, ``change_type`` plus
``explanation``, ``who`` and ``when``; the other columns of a log (cleaningtools' ``check_binding``,
``enumerator_num``, ``date_assessment``...) are kept as they are in ``LogEntry.extras`` and written
back after ours (Excel serial days of their date columns written as dates). The log lives in the
survey GeoPackage as the attribute table ``cleaning_log``; it goes to field teams as CSV or XLSX
(written with OGR, formula-like cells neutralised) and comes back edited, validated row by row
before anything is applied. This module owns what a row is, its columns, its conversions, its
validation and the merging of runs; reading and writing its files is ``log_files``'s.

Applying it is ``apply.py``'s (``apply_cleaning_log``, ``clean_with_summary``, ``plan_cleaning`` are
still importable from here); its new values are read by ``log_values`` (decimal marks, TRUE/FALSE,
Excel dates). The raw table is never changed.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field

from ..base.i18n import tr, trn
from ..survey.r_names import strip_bom_prefix
from ..survey.xlsx_sheets import unsaved_formula_text
from .log_cells import neutralise_formula, read_cell, restore_formula  # noqa: F401 (importable from here)

LOG_LAYER = "cleaning_log"
LOG_COLUMNS = (
    "uuid",
    "question",
    "old_value",
    "new_value",
    "issue",
    "check_id",
    "change_type",
    "explanation",
    "who",
    "when",
)
CHANGE_RESPONSE = "change_response"
BLANK_RESPONSE = "blank_response"  # cleaningtools: the value becomes empty, whatever new_value says
REMOVE_SURVEY = "remove_survey"
NO_ACTION = "no_action"
PENDING = "pending"
CHANGE_TYPES = (CHANGE_RESPONSE, BLANK_RESPONSE, REMOVE_SURVEY, NO_ACTION, PENDING)
UUID_COLUMN = "_uuid"

# Names other logs use for our columns (REACH logs, cleaningtools pre-logs, R-mangled headers).
_ALIASES = {
    "x_uuid": "uuid",
    "_uuid": "uuid",
    "submission_uuid": "uuid",
    "questions": "question",
    "variable": "question",
    "name": "question",
    "field": "question",
    "value": "old_value",
    "issue_type": "issue",
    "comment": "explanation",
    "reason": "explanation",
    "action": "change_type",
    "date": "when",
    "comments": "explanation",
}
_MAX_LISTED = 25
_FEW_MISSING = 5  # more log rows naming no submission than this are said in one line (skipped_notes)


@dataclass
class LogEntry:
    """One flagged value (or whole submission) and what to do with it."""

    uuid: str
    question: str
    old_value: str = ""
    new_value: str = ""
    issue: str = ""
    check_id: str = ""
    change_type: str = PENDING
    explanation: str = ""
    who: str = ""
    when: str = ""
    extras: dict = field(default_factory=dict)  # the log's other columns, by header, as read
    # its row in the file read (header: 1), its fid in a GeoPackage table, its log_id in a shared log; 0: none
    row: int = field(default=0, compare=False)
    # (column, cell such as "D2") of the row's cells in an XLSX holding a formula whose result was never
    # saved: read as empty, they are not what the user wrote (see unsaved_formula_problem)
    unsaved: tuple = field(default=(), compare=False)

    def key(self) -> tuple[str, str, str]:
        """What identifies a flag across runs: the same check on the same value of a submission."""
        return (self.uuid, self.question, self.check_id)


@dataclass
class LogProblem:
    """A row of an edited log that cannot be applied."""

    row: int  # the row as the user sees it: in a file (header: row 1), else the table's fid or log_id
    column: str
    message: str
    blocking: bool = True  # False: the row is skipped and reported, the rest of the log is applied
    missing_uuid: str = ""  # the uuid no submission has: such rows are said together (skipped_notes)


@dataclass
class ApplySummary:
    changed_values: int = 0
    removed_submissions: int = 0
    pending: int = 0
    no_action: int = 0
    notes: list = field(default_factory=list)  # rows skipped or repeated, as sentences naming the row


# -- conversions ----------------------------------------------------------------------------


def format_value(value) -> str:
    """A cell as the text written in the log: '' for missing, 5.0 -> '5', dates in ISO 8601."""
    if value is None or type(value).__name__ == "NAType":  # pandas.NA
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if hasattr(value, "isoformat"):
        try:
            import pandas as pd

            if value is pd.NaT:
                return ""
        except ImportError:  # pragma: no cover
            pass
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return format_value(value.item())
    return str(value)


def now_iso() -> str:
    utc = _dt.timezone.utc  # noqa: UP017 (datetime.UTC needs Python 3.11)
    return _dt.datetime.now(utc).replace(microsecond=0).isoformat()


def entries_to_rows(entries) -> list[list[str]]:
    return [[getattr(e, c) or "" for c in LOG_COLUMNS] for e in entries]


def _rows_with_extras(entries) -> list[list[str]]:
    """The LOG_COLUMNS then the log's other columns (see extra_columns) of every entry."""
    extras = extra_columns(entries)
    return [
        row + [entry.extras.get(name, "") for name in extras] for row, entry in zip(entries_to_rows(entries), entries)
    ]


def log_to_frame(entries):
    """The log as a DataFrame with the LOG_COLUMNS, all text."""
    import pandas as pd

    return pd.DataFrame(entries_to_rows(entries), columns=list(LOG_COLUMNS), dtype=object)


def extra_columns(entries) -> list[str]:
    """The headers of the log's other columns, in the order they first appear."""
    return list(dict.fromkeys(name for entry in entries for name in entry.extras))


def _canonical_column(header: str) -> str:
    name = strip_bom_prefix(header.strip().lstrip("\ufeff"))
    lowered = name.lower()
    if lowered in LOG_COLUMNS:
        return lowered
    # a header retyped in a spreadsheet: "New value", "new-value", "Change type"
    joined = re.sub(r"[\s.-]+", "_", lowered)
    if joined in LOG_COLUMNS:
        return joined
    return _ALIASES.get(lowered, _ALIASES.get(joined, name))


_IDENTIFIERS = ("uuid", "question", "check_id", "change_type")
# the columns that decide what a row changes: one of them twice, the first would win unseen
DECIDING_COLUMNS = _IDENTIFIERS + ("old_value", "new_value")


def _clean_cell(text, column: str) -> str:
    """A cell read back (log_cells.read_cell: NA is empty, a neutralised cell its value); values keep
    their spaces, identifiers do not."""
    text = "" if text is None else str(text)
    if column in _IDENTIFIERS:
        text = text.strip()
    return read_cell(text)


# -- validation -------------------------------------------------------------------------------


def resolve_column(question: str, columns, names: dict | None = None) -> str | None:
    """The column of a table holding ``question``, or None.

    ``names`` maps the export's spellings to the table's columns when the import's plan is known
    (see ``apply.survey_names``). Otherwise: the column itself; R's ``X_name`` for ``_name``; a
    select_multiple choice written ``q.choice`` or ``group/q/choice`` as the typed ``q_choice``; a
    group-prefixed raw header ending in the question (``/``, ``.`` or ODK Central's ``-``); the question without
    its group prefix.
    """
    if names and names.get(question) in columns:
        return names[question]
    if question in columns:
        return question
    name = strip_bom_prefix(question)
    if name.startswith("X_") and name[1:] in columns:
        return name[1:]
    for sep in ("/", "."):
        head, found, choice = name.rpartition(sep)
        bare = re.split(r"[/.]", head)[-1]
        if found and bare in columns and f"{bare}_{choice}" in columns:
            return f"{bare}_{choice}"
    for sep in ("/", ".", "-"):  # Kobo and ONA, R, ODK Central ("household-hh_size")
        matches = [c for c in columns if isinstance(c, str) and c.endswith(sep + name)]
        if len(matches) == 1:
            return matches[0]
    bare = re.split(r"[/.\-]", name)[-1]
    return bare if bare != name and bare in columns else None


def validate_log(entries, df=None, uuid_column: str = UUID_COLUMN) -> list[LogProblem]:
    """Rows of the log that cannot be applied to ``df`` (all rows are checked, none is skipped).

    change_type must be one of CHANGE_TYPES; uuid must name a submission of ``df``; a
    change_response must name a column of ``df``. Row numbers count the header as row 1.
    """
    uuids = set(df[uuid_column].astype(str)) if df is not None and uuid_column in df.columns else None
    return validate_entries(entries, uuids, list(df.columns) if df is not None else None)


def unsaved_formula_problem(entry: LogEntry, number: int) -> LogProblem | None:
    """The problem of a row whose deciding cell (its new_value, for a change_response) is a formula whose
    result was never saved: read as empty, it would blank the answer or lose the decision. Not blocking:
    the row is skipped and said, the rest of the log applied."""
    for column, cell in entry.unsaved:
        if column in DECIDING_COLUMNS and (column != "new_value" or entry.change_type == CHANGE_RESPONSE):
            return LogProblem(number, column, unsaved_formula_text(cell, column), blocking=False)
    return None


def validate_entries(entries, uuids=None, columns=None, names: dict | None = None, protected=()) -> list[LogProblem]:
    """validate_log against a set of uuids and a list of column names (None: not checked).

    A uuid that is not in the data is not ``blocking``: applying skips that row and reports it.
    ``protected``: columns that are no answers (the layer's key, its geometry): a change is refused,
    as a new fid would take another submission's place in the cleaned layer.
    """
    problems = []
    for index, entry in enumerate(entries, start=2):
        number = entry.row or index  # blank lines of the file are not entries: its own row number
        unsaved = unsaved_formula_problem(entry, number)
        if unsaved is not None:  # what the row says cannot be read: nothing else about it is told
            problems.append(unsaved)
            continue
        if entry.change_type not in CHANGE_TYPES:
            problems.append(
                LogProblem(
                    number,
                    "change_type",
                    tr("'{value}' is not one of {allowed}").format(
                        value=entry.change_type, allowed=", ".join(CHANGE_TYPES)
                    ),
                )
            )
        if not entry.uuid:
            problems.append(LogProblem(number, "uuid", tr("the uuid is empty")))
        elif uuids is not None and entry.uuid not in uuids:
            problems.append(
                LogProblem(
                    number,
                    "uuid",
                    tr("no submission has the uuid {uuid}").format(uuid=entry.uuid),
                    blocking=False,
                    missing_uuid=entry.uuid,
                )
            )
        if entry.change_type in (CHANGE_RESPONSE, BLANK_RESPONSE):
            if not entry.question:
                problems.append(
                    LogProblem(
                        number, "question", tr("a {change_type} needs a question").format(change_type=entry.change_type)
                    )
                )
            elif columns is not None and resolve_column(entry.question, columns, names) is None:
                repeat = (getattr(names, "repeats", None) or {}).get(entry.question)
                message = (
                    tr(
                        "{question} is a question of the repeat {repeat}, whose rows the cleaning log cannot change "
                        "(it names submissions, not repeat rows): correct it in a copy of the {repeat} table in "
                        "QGIS, or remove the whole submission with remove_survey"
                    ).format(question=entry.question, repeat=repeat)
                    if repeat
                    else tr("the data has no question {question}").format(question=entry.question)
                )
                problems.append(LogProblem(number, "question", message))
            elif columns is not None and resolve_column(entry.question, columns, names) in protected:
                problems.append(
                    LogProblem(
                        number,
                        "question",
                        tr(
                            "{question} is not an answer but the key or the geometry of the layer: "
                            "the cleaning log cannot change it"
                        ).format(question=resolve_column(entry.question, columns, names)),
                    )
                )
    return problems


def problems_message(problems, file_name: str) -> str:
    lines = [
        tr("Row {row}, column {column}: {message}").format(row=p.row, column=p.column, message=p.message)
        for p in problems[:_MAX_LISTED]
    ]
    if len(problems) > _MAX_LISTED:
        lines.append(tr("... and {count} more.").format(count=len(problems) - _MAX_LISTED))
    return tr("The cleaning log {file} does not match the data; fix these rows and import it again:\n{rows}").format(
        file=file_name, rows="\n".join(lines)
    )


def merge_logs(previous, fresh) -> list[LogEntry]:
    """A new run of the checks, keeping the decisions already taken on the previous log.

    A fresh flag already in the previous log (same uuid, question, check) keeps the previous
    row (its change_type, new_value, who, when). Reviewed rows no longer raised (e.g. added by
    hand) are kept; pending rows no longer raised are dropped: the value was fixed at source.
    """
    reviewed = {e.key(): e for e in previous if e.change_type != PENDING}
    pending = {e.key(): e for e in previous if e.change_type == PENDING}
    merged, seen = [], set()
    for entry in fresh:
        key = entry.key()
        if key in seen:
            merged.append(entry)
            continue
        seen.add(key)
        merged.append(reviewed.get(key) or pending.get(key) or entry)
    merged.extend(e for e in previous if e.change_type != PENDING and e.key() not in seen)
    return merged


def decision(entry) -> tuple[str, str]:
    """What a row decides: its change_type, and the new value of a change_response."""
    return (entry.change_type, entry.new_value if entry.change_type == CHANGE_RESPONSE else "")


def carry_decisions(previous, edited) -> tuple[list[LogEntry], list[LogEntry]]:
    """(``previous`` with the decisions of ``edited`` it does not hold, the rows of ``edited`` whose
    decision differs from the one ``previous`` holds for the same flag).

    ``edited`` is a log exported for field teams and filled there: a decided row takes the place of
    the same flag still pending in ``previous``, or is added; pending rows of ``edited`` say nothing.
    """
    decided = {e.key(): e for e in previous if e.change_type != PENDING}
    waiting = {e.key(): i for i, e in reversed(list(enumerate(previous))) if e.change_type == PENDING}
    carried, conflicts = list(previous), []
    for entry in edited:
        if entry.change_type == PENDING:
            continue
        key = entry.key()
        known = decided.get(key)
        if known is not None:
            if decision(known) != decision(entry):
                conflicts.append(entry)
            continue
        if key in waiting:
            carried[waiting.pop(key)] = entry
        else:
            carried.append(entry)
        decided[key] = entry
    return carried, conflicts


def other_decisions(chosen, own) -> list[tuple[LogEntry, LogEntry]]:
    """(row of ``chosen``, row of ``own``) for each flag (uuid, question, check) that ``own`` decided (not
    pending) otherwise than ``chosen`` says: a log file applied instead of the survey's own log, whose
    decisions (field teams', other reviewers') the run does not read."""
    decided = {e.key(): e for e in own if e.change_type != PENDING}
    return [(e, decided[e.key()]) for e in chosen if e.key() in decided and decision(e) != decision(decided[e.key()])]


def other_decisions_sentence(pairs, chosen: str, own: str) -> str:
    """The warning naming the rows of the log file ``chosen`` that the survey's log ``own`` decides otherwise."""
    listed = []
    for index, (entry, theirs) in enumerate(pairs[:10]):
        words = (
            tr("row {row} ({uuid}, {question}, {check}): {here} in the file, {there} in the survey's log (by {who})")
            if theirs.who
            else tr("row {row} ({uuid}, {question}, {check}): {here} in the file, {there} in the survey's log")
        )
        listed.append(
            words.format(
                row=entry.row or index + 2,
                uuid=entry.uuid,
                question=entry.question or "-",
                check=entry.check_id or "-",
                here=" ".join(filter(None, decision(entry))),
                there=" ".join(filter(None, decision(theirs))),
                who=theirs.who,
            )
        )
    return trn(
        "%n row of the cleaning log {file} is decided otherwise in the survey's own cleaning log {own}, which is not "
        "applied when a log file is chosen: {rows}. Bring the decisions together in one log and apply it again.",
        "%n rows of the cleaning log {file} are decided otherwise in the survey's own cleaning log {own}, which is "
        "not applied when a log file is chosen: {rows}. Bring the decisions together in one log and apply it again.",
        len(pairs),
    ).format(file=chosen, own=own, rows="; ".join(listed) + ("; ..." if len(pairs) > 10 else ""))


def emptied_sentence(numbers: list[int], source: str) -> str:
    """The warning naming the change_response rows of the log ``source`` that have no new value."""
    rows = ", ".join(str(number) for number in numbers[:20]) + (" ..." if len(numbers) > 20 else "")
    return trn(
        "%n change_response row of the cleaning log {file} has no new value (row {rows}): its answer was emptied, "
        "as blank_response does. If that was not meant, write the new value (a check that suggests none leaves it "
        "to you) or choose no_action.",
        "%n change_response rows of the cleaning log {file} have no new value (rows {rows}): their answers were "
        "emptied, as blank_response does. If that was not meant, write the new values (a check that suggests none "
        "leaves them to you) or choose no_action.",
        len(numbers),
    ).format(file=source, rows=rows)


def skipped_notes(problems: list[LogProblem], source: str) -> list[str]:
    """The notes of the log rows that are skipped: one per row, but one line for all the rows naming a uuid
    no submission has when there are more than a few (a log made on a larger survey or another one gave
    hundreds of identical warnings)."""
    missing = [p for p in problems if p.missing_uuid]
    listed = missing if len(missing) <= _FEW_MISSING else []
    notes = [
        tr("Row {row} of the cleaning log {file}: {problem}; the row was skipped.").format(
            row=p.row, file=source, problem=p.message
        )
        for p in problems
        if not p.missing_uuid or p in listed
    ]
    if missing and not listed:
        rows = "; ".join(f"{p.row}: {p.missing_uuid}" for p in missing[:_MAX_LISTED])
        more = len(missing) - _MAX_LISTED
        rows += " " + tr("... and {count} more.").format(count=more) if more > 0 else "."
        notes.append(
            trn(
                "%n row of the cleaning log {file} names a submission that is not in the data (was the log made on "
                "another survey, or on submissions removed since?); it was skipped. Row and uuid: {rows}",
                "%n rows of the cleaning log {file} name submissions that are not in the data (was the log made on "
                "another survey, or on submissions removed since?); they were skipped. Rows and uuids: {rows}",
                len(missing),
            ).format(file=source, rows=rows)
        )
    return notes


def missing_decisions(edited, entries) -> list[LogEntry]:
    """The decided rows of ``edited`` that ``entries`` do not hold (same flag, same decision)."""
    held = {(e.key(), decision(e)) for e in entries}
    return [e for e in edited if e.change_type != PENDING and (e.key(), decision(e)) not in held]


# -- applying: in apply.py, still importable from here ------------------------------------------

_APPLYING = ("CleaningPlan", "plan_cleaning", "clean_with_summary", "apply_cleaning_log")


def __getattr__(name: str):
    if name in _APPLYING:
        from . import apply

        return getattr(apply, name)
    raise AttributeError(name)
