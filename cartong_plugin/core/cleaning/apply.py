# SPDX-License-Identifier: GPL-3.0-or-later
"""Apply a cleaning log: which rows are kept and which cells take which value, then the cleaned table.

``plan_cleaning(uuids, columns, log)`` decides, the same way for a DataFrame (``clean_with_summary``)
and for a QGIS layer (``cartong:applycleaninglog``), as cleaningtools' ``create_clean_data`` does:
change_response sets new_value, blank_response empties the cell, remove_survey drops the submission
(for a duplicated uuid flagged on the uuid question, only the later copies: the first is kept),
no_action and pending change nothing. A row naming a submission that is not in the data, or removing
a submission already removed, is reported in ``ApplySummary.notes`` and the rest is applied; a row
that cannot be applied otherwise stops everything before anything is written. ``survey_names`` reads
an imported GeoPackage's own column plan, so that a log's question names find their typed columns.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from ..survey.submission_ids import without_uuid_prefix
from . import log_values
from .log import (
    BLANK_RESPONSE,
    CHANGE_RESPONSE,
    LOG_LAYER,
    PENDING,
    REMOVE_SURVEY,
    UUID_COLUMN,
    ApplySummary,
    LogProblem,
    emptied_sentence,
    format_value,
    problems_message,
    resolve_column,
    skipped_notes,
    validate_entries,
)
from .shared_uuids import copies_meant, uuid_notes

DUPLICATE_UUIDS = "duplicates.uuid"  # the check whose remove_survey keeps the first copy of a uuid
# what names_from_form reads of the form tables an import keeps beside the survey
FORM_QUESTION_COLUMNS = "name, type, list_name, group_path, repeat"
FORM_CHOICE_COLUMNS = "list_name, name, label"


class SurveyNames(dict):
    """{spelling: typed column}; ``flags`` are the typed columns of select_multiple choices (0/1).

    ``selects``: {typed column of a select question: (its type, its list)}; ``flag_of``: {flag column:
    (its question's typed column, the choice)}; ``choices``: {list: [(choice, label in the import's
    language)]} in the form's order (see choice_follow: labels and choice columns follow a change).
    """

    flags: frozenset = frozenset()
    repeats: dict = {}  # {a repeat question's name or path: its repeat}: not in the survey table
    selects: dict = {}
    flag_of: dict = {}
    choices: dict = {}


def survey_names(gpkg, table: str = "survey") -> SurveyNames:
    """{a spelling of a question or choice in logs: its column in ``table``} from the import's plan.

    The typed table of an imported GeoPackage names a column after its question (``hh_size``), a
    select_multiple choice ``q_choice`` and a name taken twice with a suffix (``q_other_`` when the
    choice column ``q_other`` came first). The plan is made again from ``raw_<table>``'s headers and the
    form kept in ``form_questions``/``form_choices``; empty when the GeoPackage has no such tables.
    """
    from ..survey import gpkg_writer as gw

    try:
        with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
            headers = gw.table_columns(db, f"raw_{table}")[0]
            questions = db.execute(f"SELECT {FORM_QUESTION_COLUMNS} FROM form_questions").fetchall()
            choices = db.execute(f"SELECT {FORM_CHOICE_COLUMNS} FROM form_choices").fetchall()
    except sqlite3.Error:
        return SurveyNames()
    return names_from_form(headers, questions, choices, str(gpkg))


def names_from_form(headers: list, questions: list, choices: list, source: str = "") -> SurveyNames:
    """The SurveyNames of a raw table's ``headers`` and the form kept beside it (see survey_names).

    ``questions``: rows of FORM_QUESTION_COLUMNS of ``form_questions``; ``choices``: rows of
    FORM_CHOICE_COLUMNS of ``form_choices``, wherever the survey is kept (GeoPackage or PostGIS).
    """
    from ..survey.columns import plan_columns
    from ..survey.export_readers import TextTable
    from ..survey.xlsform import Choice, FormSpec, Question

    if not headers or not questions:
        return SurveyNames()
    spec = FormSpec(path=source)
    for name, kind, list_name, group, repeat in questions:
        question = Question(
            name=name, type=kind or "text", list_name=list_name or None, group=group or "", repeat=repeat or None
        )
        spec.questions[name if name not in spec.questions else question.path] = question
    listed: dict[str, list[tuple[str, str]]] = {}
    for list_name, name, *label in choices:  # the label: kept since the form tables have it
        spec.choices.setdefault(list_name, []).append(Choice(name=name))
        listed.setdefault(list_name or "", []).append((name, "" if not label or label[0] is None else str(label[0])))
    try:
        plan = plan_columns(TextTable(name="", headers=list(headers), frame=None, source=source), spec, [])
    except CartongError:
        return SurveyNames()
    names = SurveyNames()
    names.flags = frozenset(column.name for column in plan if column.kind == "flag")
    typed = {c.question.path: c.name for c in plan if c.question is not None and c.choice is None}
    names.selects = {
        c.name: (c.kind, c.question.list_name or "")
        for c in plan
        if c.question is not None and c.choice is None and c.kind in ("select_one", "select_multiple")
    }
    names.flag_of = {
        c.name: (typed[c.question.path], c.choice)
        for c in plan
        if c.kind == "flag" and c.question is not None and c.question.path in typed
    }
    names.choices = listed
    names.repeats = {
        spelling: question.repeat.split("/")[-1]
        for question in spec.questions.values()
        if question.repeat
        for spelling in (question.name, question.path, question.path.replace("/", "."))
    }
    for column in plan:  # questions first: a log's "q_other" is the text question, not the choice q/other
        if column.question is not None and column.choice is None:
            for spelling in (column.question.name, column.question.path, column.question.path.replace("/", ".")):
                names.setdefault(spelling, column.name)
    for column in plan:
        for spelling in (column.header, column.restored):
            if spelling:
                names.setdefault(spelling, column.name)
        if column.choice is not None and column.question is not None:  # a flag column: both are set
            for sep in ("/", "."):
                names.setdefault(f"{column.question.path.replace('/', sep)}{sep}{column.choice}", column.name)
                names.setdefault(f"{column.question.name}{sep}{column.choice}", column.name)
    return names


def _value_kind(series) -> str:
    """What the values of a column are: bool, int, float, datetime, date or text (looked at once per column)."""
    import pandas as pd

    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "bool"
    if pd.api.types.is_integer_dtype(dtype):
        return "int"
    if pd.api.types.is_float_dtype(dtype):
        return "float"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "timestamp"
    first = series.first_valid_index()
    sample = series.loc[first] if first is not None else None
    if isinstance(sample, bool):
        return "bool"
    if isinstance(sample, int):
        return "int"
    if isinstance(sample, float):
        return "float"
    if isinstance(sample, _dt.datetime):
        return "datetime"
    if isinstance(sample, _dt.date):
        return "date"
    return "text"


def _is_flag(series) -> bool:
    """A 0/1 column (a select_multiple choice): TRUE/FALSE are read as 1/0 there."""
    values = series.dropna()
    return bool(len(values)) and bool(values.isin((0, 1)).all())


def _coerce(text: str, kind: str, series, column: str, row: int, decimal: str | None = None, source: str = ""):
    """``text`` as a value of the column's kind (see log_values); None for an empty new value."""
    import pandas as pd

    if text == "":
        return None
    if kind == "bool":
        return log_values.parse_bool(text, column=column, row=row, source=source)
    if kind in ("int", "float") and _is_flag(series) and text.strip().lower() in ("true", "false"):
        return log_values.parse_flag(text, column=column, row=row, source=source)
    if kind in ("int", "float"):
        return log_values.parse_number(text, kind == "int", decimal=decimal, column=column, row=row, source=source)
    if kind == "timestamp":
        value = pd.Timestamp(log_values.parse_datetime(text, column=column, row=row, source=source))
        tz = getattr(series.dtype, "tz", None)
        if tz is not None:
            value = value.tz_localize(tz) if value.tzinfo is None else value.tz_convert(tz)
        elif value.tzinfo is not None:
            value = value.tz_localize(None)
        return value
    if kind == "datetime":
        return log_values.parse_datetime(text, column=column, row=row, source=source)
    if kind == "date":
        return log_values.parse_date(text, column=column, row=row, source=source)
    return text


@dataclass
class CleaningPlan:
    """What a log does to a table: rows kept, and new texts per (row position, column)."""

    keep: object  # numpy bool array, one per row
    changes: dict  # {column: [(row position, new text, log row number)]}, in log order, last one wins
    summary: ApplySummary
    decimal: str | None = None  # the log's decimal mark (log_values.decimal_mark), None if unknown
    applied: list = field(default_factory=list)  # the log rows that changed or removed something (their numbers)


def plan_cleaning(
    uuids,
    columns,
    log,
    uuid_column: str = UUID_COLUMN,
    source: str = LOG_LAYER,
    names: dict | None = None,
    protected=(),
    ids=None,
    matches=None,
) -> CleaningPlan:
    """The plan of ``log`` for a table whose uuid column holds ``uuids`` (in row order) and whose
    columns are ``columns`` (``names``: see survey_names). CartongError listing the rows when the log
    does not match the table; rows naming a submission that is not there are skipped and reported.
    Rows changing a ``protected`` column (the layer's key or geometry) are refused, and so are new uuids
    that another kept submission has; ``ids`` name the rows (feature ids; default: 1, 2...) in notes.
    ``matches(pos, column, old_value)``: whether the row at ``pos`` holds a log row's old value, which
    tells apart submissions sharing a uuid (see shared_uuids; None: every copy matches).

    - change_response: the cell (uuid, question) takes new_value (empty means missing); when several
      rows change the same cell, the last one wins. blank_response: the cell becomes missing.
    - remove_survey: the submission is dropped; when its question is the uuid column (or R's
      ``X_uuid``) and the uuid is duplicated, only the later copies are dropped: the first is kept.
      A duplicates.uuid row whose uuid is no longer duplicated (the log applied to its own output)
      keeps the submission, and says so.
    - a uuid several submissions share: the row acts on the copy its old value names (shared_uuids).
    - no_action and pending change nothing.
    """
    import numpy as np

    uuid_text = ["" if u is None else format_value(u) for u in uuids]
    positions: dict[str, list[int]] = {}
    for pos, value in enumerate(uuid_text):
        positions.setdefault(value, []).append(pos)
    entries = _same_spelling(list(log), positions)
    problems = validate_entries(entries, set(positions), list(columns), names, protected)
    blocking = [p for p in problems if p.blocking]
    if blocking:
        raise CartongError(problems_message(blocking, source))

    summary = ApplySummary()
    skipped = {p.row for p in problems}
    summary.notes = skipped_notes(problems, source)
    # {(uuid, column, the positions it changes): (new text, log row)}
    cells: dict[tuple[str, str, tuple], tuple[str, int]] = {}
    drop_all, drop_copies, removed_by = set[int](), set[str](), dict[tuple, int]()  # positions, uuids, rows
    label = (lambda pos: str(pos + 1)) if ids is None else (lambda pos: str(ids[pos]))
    matches = matches or (lambda _pos, _column, _old: True)
    refused: list[LogProblem] = []
    applied: list[int] = []
    emptied: list[int] = []  # change_response rows without a new value: their answers become empty
    for index, entry in enumerate(entries, start=2):
        number = entry.row or index  # the row in the file (blank lines are no entries)
        if number in skipped:
            continue
        targets = tuple(positions.get(entry.uuid, ()))
        column = resolve_column(entry.question, columns, names) if entry.question else None
        on_uuid = resolve_column(entry.question, (uuid_column,)) == uuid_column
        if (
            len(targets) > 1
            and entry.change_type in (CHANGE_RESPONSE, BLANK_RESPONSE, REMOVE_SURVEY)
            and not (entry.change_type == REMOVE_SURVEY and on_uuid)
        ):
            targets, problem, note = copies_meant(entry, number, column, list(targets), matches, label, source)
            if problem is not None:
                refused.append(problem)
                continue
            if note:
                summary.notes.append(note)
        if entry.change_type in (CHANGE_RESPONSE, BLANK_RESPONSE):
            if column is None:  # not reached: validate_entries put the row in `skipped`
                continue
            text = entry.new_value if entry.change_type == CHANGE_RESPONSE else ""
            selects = getattr(names, "selects", None) or {}
            if column in selects:  # codes without the spaces around them
                text = " ".join(text.split()) if selects[column][0] == "select_multiple" else text.strip()
            earlier = cells.pop((entry.uuid, column, targets), None)  # the last decision on a cell wins
            if earlier is not None and earlier[0] != text:
                summary.notes.append(
                    tr(
                        "Rows {first} and {row} of the cleaning log {file} give {column} of {uuid} different values "
                        "('{value}', then '{new}'): the last one is applied."
                    ).format(
                        first=earlier[1],
                        row=number,
                        file=source,
                        column=column,
                        uuid=entry.uuid,
                        value=earlier[0],
                        new=text,
                    )
                )
            cells[(entry.uuid, column, targets)] = (text, number)
            applied.append(number)
            if entry.change_type == CHANGE_RESPONSE and not text:  # a row accepted as it came, with no suggestion
                emptied.append(number)
        elif entry.change_type == REMOVE_SURVEY:
            if on_uuid and len(targets) == 1 and entry.check_id == DUPLICATE_UUIDS:
                # its later copies are gone (this log applied to its own output): the one left is the kept one
                summary.notes.append(
                    tr(
                        "Row {row} of the cleaning log {file}: the submission {uuid} is no longer duplicated in this "
                        "layer (the row was already applied, or its other copies are gone): it was kept."
                    ).format(row=number, file=source, uuid=entry.uuid)
                )
                continue
            if (entry.uuid, targets) in removed_by:
                summary.notes.append(
                    tr(
                        "Row {row} of the cleaning log {file}: the submission {uuid} is already removed by row {first}."
                    ).format(row=number, file=source, uuid=entry.uuid, first=removed_by[(entry.uuid, targets)])
                )
            removed_by.setdefault((entry.uuid, targets), number)
            applied.append(number)
            if on_uuid and len(targets) > 1:
                drop_copies.add(entry.uuid)
            else:
                drop_all.update(targets)
        elif entry.change_type == PENDING:
            summary.pending += 1
        else:
            summary.no_action += 1

    if refused:
        raise CartongError(problems_message(refused, source))
    if emptied:
        summary.notes.append(emptied_sentence(emptied, source))
    summary.notes += _outside_choices(cells, names, source)
    keep = np.ones(len(uuid_text), dtype=bool)
    keep[sorted(drop_all)] = False
    for uuid in drop_copies:
        keep[positions[uuid][1:]] = False
    summary.removed_submissions = int((~keep).sum())
    summary.notes += uuid_notes(cells, positions, keep, uuid_column, source, ids)
    changes: dict[str, list[tuple[int, str, int]]] = {}
    for (_uuid, column, targets), (text, number) in cells.items():
        for pos in targets:
            changes.setdefault(column, []).append((pos, text, number))
            summary.changed_values += 1
    decimal = log_values.decimal_mark(e.new_value for e in entries if e.change_type == CHANGE_RESPONSE)
    return CleaningPlan(keep, changes, summary, decimal, applied)


def _outside_choices(cells: dict, names, source: str) -> list[str]:
    """Sentences naming, per select column, the log rows whose new answer holds codes outside the form's
    choice list (a label typed for its code, codes joined by commas): applied as written, as at import,
    but said, since each such code becomes its own label."""
    selects, choices = getattr(names, "selects", None) or {}, getattr(names, "choices", None) or {}
    found: dict[str, dict[int, list[str]]] = {}
    for (_uuid, column, _targets), (text, number) in cells.items():
        kind, list_name = selects.get(column, ("", ""))
        listed = dict(choices.get(list_name) or [])
        if not listed or not text:
            continue
        codes = text.split() if kind == "select_multiple" else [text]
        unknown = [code for code in codes if code not in listed]
        if unknown:
            found.setdefault(column, {})[number] = unknown
    notes = []
    for column, rows in found.items():
        listed = dict(choices[selects[column][1]])
        by_label = {label.strip().casefold(): code for code, label in listed.items() if label}
        values = []
        for code in dict.fromkeys(code for number in sorted(rows) for code in rows[number]):
            if code.casefold() in by_label:
                values.append(tr("'{value}' (the label of {code})").format(value=code, code=by_label[code.casefold()]))
            elif "," in code or ";" in code:
                values.append(tr("'{value}' (choices are separated by spaces)").format(value=code))
            else:
                values.append(f"'{code}'")
        numbers = [str(number) for number in sorted(rows)]
        notes.append(
            trn(
                "Cleaning log {file}, column {column}: %n new answer is not in the choice list '{list}' (row "
                "{rows}: {values}); it is applied as written, each code as its own label.",
                "Cleaning log {file}, column {column}: %n new answers are not in the choice list '{list}' (rows "
                "{rows}: {values}); they are applied as written, each code as its own label.",
                len(rows),
            ).format(
                file=source,
                column=column,
                list=selects[column][1],
                rows=", ".join(numbers[:20]) + (" ..." if len(numbers) > 20 else ""),
                values=", ".join(values[:20]) + (" ..." if len(values) > 20 else ""),
            )
        )
    return notes


def _uuid_key(uuid: str) -> str:
    """A uuid as spelt by any tool: case, spaces and ODK's "uuid:" prefix aside."""
    return without_uuid_prefix((uuid or "").strip()).strip().casefold()


def _same_spelling(entries: list, positions: dict) -> list:
    """The entries, each uuid spelt as in the data when only its case or a "uuid:" prefix differs
    (an ODK log applied to a Kobo export, a uuid retyped in capitals) and that spelling is unique."""
    from dataclasses import replace

    spelled: dict[str, set[str]] = {}
    for uuid in positions:
        spelled.setdefault(_uuid_key(uuid), set()).add(uuid)
    out = []
    for entry in entries:
        if entry.uuid not in positions:
            found = spelled.get(_uuid_key(entry.uuid), set())
            if len(found) == 1:
                entry = replace(entry, uuid=next(iter(found)))
        out.append(entry)
    return out


def clean_with_summary(raw_df, log, uuid_column: str = UUID_COLUMN, source: str = ""):
    """(cleaned DataFrame, ApplySummary): ``raw_df`` with the log's decisions applied (see plan_cleaning).

    New values are converted to the type of their column. The row order and index of ``raw_df``
    are kept; ``raw_df`` itself is not modified.
    """
    import numpy as np

    protected = [c for c in raw_df.columns if str(c).lower() == "fid"]  # a layer's key read as a column
    plan = plan_cleaning(
        raw_df[uuid_column].tolist(),
        list(raw_df.columns),
        log,
        uuid_column,
        source or LOG_LAYER,
        protected=protected,
        matches=lambda pos, column, old: _holds(raw_df[column].iloc[pos], old),
    )
    df = raw_df.copy()
    converted, refused = {}, []
    for column in sorted(plan.changes):  # every value converted first: all bad ones are listed at once
        series, rows, values = df[column], [], []
        kind = _value_kind(series)
        for pos, text, number in plan.changes[column]:
            try:
                values.append(_coerce(text, kind, series, column, number, plan.decimal, source))
            except CartongError as err:
                refused.append(err)
            rows.append(pos)
        converted[column] = (kind, rows, values)
    if refused:
        raise log_values.all_refused(refused, source or LOG_LAYER)
    for column, (kind, rows, values) in converted.items():
        series = df[column]
        if series.dtype.kind in "iu" and any(v is None for v in values):
            df[column] = series = series.astype("float64")  # missing values in an integer column
        if series.dtype.kind == "f":
            values = [np.nan if v is None else v for v in values]
        if kind == "text" and series.dtype != object:
            series = series.astype(object)
        updated = series.copy()
        updated.iloc[rows] = values
        df[column] = updated
    return df[plan.keep], plan.summary


def _holds(value, old: str) -> bool:
    """Whether a cell of a DataFrame is the log's old value (as written in the log, or the same number)."""
    found, written = format_value(value).strip(), old.strip()
    if found == written:
        return True
    try:
        return float(written.replace(",", ".")) == float(found)
    except ValueError:
        return False


def apply_cleaning_log(raw_df, log, uuid_column: str = UUID_COLUMN):
    """The cleaned DataFrame built from ``raw_df`` and the log (see clean_with_summary)."""
    return clean_with_summary(raw_df, log, uuid_column)[0]
