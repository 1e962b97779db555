# SPDX-License-Identifier: GPL-3.0-or-later
"""Select answers the form's choice_filter no longer allows once the cleaning log changed them.

A cascading select (``admin2`` filtered by ``admin1=${admin1}``) lets the enumerator choose only the
sous-préfectures of the préfecture answered. A log that changes ``admin2`` (or ``admin1``) alone can
leave a sous-préfecture of another préfecture: the counts by admin1 and by admin2 then disagree, and
nothing showed it. ``FilterCheck`` reads the form kept beside the survey (``form_questions.choice_filter``,
``form_choices.filters``) and, for each row the log changed, finds the select answers whose choice has
no row matching the answers its filter names (simple ``column=${question}`` terms, see
``survey.choice_answers.filter_terms``); ``report`` says which, with the first row.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from ..base.i18n import trn


def read_choice_filters(gpkg) -> tuple[dict, dict]:
    """({question: its choice_filter}, {list: {choice: [its filter columns {column: value}]}}) of the form
    kept in ``gpkg`` (empty without one, or when it has no form or an import before the filters were kept)."""
    if not gpkg:
        return {}, {}
    try:
        with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
            questions = db.execute("SELECT name, choice_filter FROM form_questions").fetchall()
            choices = db.execute("SELECT list_name, name, filters FROM form_choices").fetchall()
    except sqlite3.Error:
        return {}, {}
    filters = {name: text for name, text in questions if name and text and str(text).strip()}
    rows: dict[str, dict[str, list[dict]]] = {}
    for list_name, name, columns in choices:
        try:
            values = json.loads(columns) if columns else {}
        except ValueError:
            values = {}
        rows.setdefault(list_name or "", {}).setdefault(str(name), []).append(values)
    return filters, rows


class FilterCheck:
    """The select columns of a layer with a simple choice_filter, checked row by row after the log's changes."""

    def __init__(self, names, field_names: list[str], filters: dict, choice_rows: dict, null=None):
        from ..survey.choice_answers import filter_terms

        index = {name: i for i, name in enumerate(field_names)}
        self.null, self.field_names = null, list(field_names)
        # (answer index, kind, {choice: [filter columns]}, [(choices column, question, its index)], the filter)
        self.selects: list[tuple] = []
        for question, text in filters.items():
            column = names.get(question, question)
            kind, list_name = (getattr(names, "selects", None) or {}).get(column, ("", ""))
            terms = filter_terms(text) or []
            used = [(col, q, index.get(names.get(q, q), -1)) for col, q in terms]
            if column not in index or not kind or not used or any(i < 0 for *_rest, i in used):
                continue
            self.selects.append((index[column], kind, choice_rows.get(list_name, {}), used, text))
        self.outside: dict[int, list[tuple]] = {}  # answer index -> [(feature id, code, {question: answer})]

    def __bool__(self) -> bool:
        return bool(self.selects)

    def check(self, attributes: list, changed, fid) -> None:
        """Note the answers of one row (after its changes) that their choice_filter does not allow, when the
        log changed the answer or one of the questions its filter names."""
        changed = set(changed)
        for answer, kind, choices, used, _filter in self.selects:
            if answer not in changed and not any(i in changed for *_rest, i in used):
                continue
            value = attributes[answer]
            wanted = {col: _text(attributes[i], self.null) for col, _q, i in used}
            if value is None or value == self.null or not all(wanted.values()):
                continue
            codes = [str(value).strip()] if kind == "select_one" else str(value).split()
            for code in codes:
                rows = choices.get(code)
                if rows and not any(all(str(row.get(c, "")) == v for c, v in wanted.items()) for row in rows):
                    answers = {q: wanted[col] for col, q, _i in used}
                    self.outside.setdefault(answer, []).append((fid, code, answers))
                    break

    def report(self, feedback) -> None:
        """One warning per select column with answers outside their choice_filter, naming the first row."""
        texts = {answer: text for answer, *_rest, text in self.selects}
        for answer, rows in self.outside.items():
            fid, code, answers = rows[0]
            feedback.pushWarning(
                trn(
                    "{question}: in %n submission the answer is not one of the choices the form allows for its "
                    "other answers (choice_filter {filter}) after the cleaning log (first: feature {fid}, {question} "
                    "{code} with {answers}). Check the log's rows on these questions.",
                    "{question}: in %n submissions the answer is not one of the choices the form allows for their "
                    "other answers (choice_filter {filter}) after the cleaning log (first: feature {fid}, {question} "
                    "{code} with {answers}). Check the log's rows on these questions.",
                    len(rows),
                ).format(
                    question=self.field_names[answer],
                    filter=texts[answer],
                    fid=fid,
                    code=code,
                    answers=", ".join(f"{q} {v}" for q, v in answers.items()),
                )
            )


def _text(value, null) -> str:
    return "" if value is None or value == null else str(value).strip()
