# SPDX-License-Identifier: GPL-3.0-or-later
"""Cleaning-log rows written on a choice's label column, applied to the answer the label derives from.

The import writes beside a select answer its label (``water_source`` ``tap``, ``water_source_label``
"Public or private tap"). A reviewer reading labels may write the decision on the label column; applied
as it was, the cleaned row said "Borehole" beside the code ``tap``, and the counts and maps, which read
the codes, never followed the decision. ``rows_on_labels`` turns such a row into the same decision on the
answer (the label then follows it, see choice_follow): each label of the new value is read as the choice
of the question's list that bears it (a choice's name is taken as it is), and said so. A label no choice
bears, or several do, cannot be read so: the row is refused, naming it.
"""

from __future__ import annotations

from dataclasses import replace

from ..base.i18n import tr
from .log import BLANK_RESPONSE, CHANGE_RESPONSE, LogProblem, resolve_column


def rows_on_labels(entries: list, columns: list[str], names, source: str) -> tuple[list, list[str], list[LogProblem]]:
    """(the entries, rows on a label column made rows on its answer; one sentence per such row; the rows
    whose new label names no single choice). ``names``: the survey's SurveyNames (its selects and lists)."""
    selects = getattr(names, "selects", None) or {}
    derived = set(columns) - set(names.values()) if selects else set()  # columns no log spelling names
    labels = {f"{answer}_label": answer for answer in selects if f"{answer}_label" in derived}
    if not labels:
        return entries, [], []
    out, notes, problems = [], [], []
    for index, entry in enumerate(entries, start=2):
        number = entry.row or index
        column = resolve_column(entry.question, columns, names) if entry.question else None
        answer = labels.get(column or "")
        if answer is None or entry.change_type not in (CHANGE_RESPONSE, BLANK_RESPONSE):
            out.append(entry)
            continue
        kind, list_name = selects[answer]
        listed = (getattr(names, "choices", None) or {}).get(list_name) or []
        new, unread = ("", "") if entry.change_type == BLANK_RESPONSE else _codes(entry.new_value, kind, listed)
        if unread:
            problems.append(LogProblem(number, "new_value", _refusal(column or "", answer, unread, list_name, listed)))
            out.append(entry)
            continue
        old, _unread = _codes(entry.old_value, kind, listed)
        out.append(replace(entry, question=answer, old_value=old, new_value=new, row=number))
        notes.append(
            tr(
                "Row {row} of the cleaning log {file} changes {column}, the label the import derives from "
                "{answer}: it was applied to {answer} (new value '{code}'), and the label follows."
            ).format(row=number, file=source, column=column, answer=answer, code=new)
            if new
            else tr(
                "Row {row} of the cleaning log {file} empties {column}, the label the import derives from "
                "{answer}: {answer} was emptied, and the label follows."
            ).format(row=number, file=source, column=column, answer=answer)
        )
    return out, notes, problems


def _codes(text: str, kind: str, listed: list[tuple[str, str]]) -> tuple[str, str]:
    """(the choices the labels of ``text`` name, joined by spaces; the first label naming no single choice,
    or ""). A select_multiple's labels are joined by "; " as the import writes them."""
    text = (text or "").strip()
    if not text:
        return "", ""
    by_label: dict[str, set[str]] = {}
    for code, label in listed:
        by_label.setdefault((label or "").strip().casefold(), set()).add(code)
    codes = {code for code, _label in listed}
    found = []
    for part in [p.strip() for p in text.split(";")] if kind == "select_multiple" else [text]:
        named = by_label.get(part.casefold(), set())
        if len(named) == 1:
            found.append(next(iter(named)))
        elif not named and part in codes:  # the choice's name written in the label column
            found.append(part)
        elif part:
            return "", part
    return " ".join(found), ""


def _refusal(column: str, answer: str, label: str, list_name: str, listed: list[tuple[str, str]]) -> str:
    bearing = sorted({code for code, text in listed if (text or "").strip().casefold() == label.casefold()})
    if bearing:
        return tr(
            "{column} is the label the import derives from {answer}, and '{label}' is the label of several choices "
            "of the list '{list}' ({codes}): the row cannot tell which one it means. Write the change on {answer}, "
            "with the choice's name"
        ).format(column=column, answer=answer, label=label, list=list_name, codes=", ".join(bearing))
    return tr(
        "{column} is the label the import derives from {answer}, and '{label}' is the label of no choice of the "
        "list '{list}': the row cannot be applied to {answer}. Write the change on {answer}, with the choice's name"
    ).format(column=column, answer=answer, label=label, list=list_name)
