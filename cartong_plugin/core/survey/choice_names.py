# SPDX-License-Identifier: GPL-3.0-or-later
"""The split columns of a select_multiple (one yes/no column per choice): which question and choice
each is, and its name.

With a form, ``flag_of`` reads ``group/q/choice`` (whatever the group separator), ``flag_by_label`` the
``question label/choice label`` of a "labels" export, and ``choice_code`` a choice named by its label.
Without a form, a column ``group/q/choice`` could be a question in a group or a choice of ``q``:
it is a choice when ``q`` is a column of the export too. Named after the bare choice ("other",
"none") it would not say which question it answers. Choice columns of an export holding only the
split columns (Kobo's "separate columns only") keep their bare names: only their values could tell
them from a group's questions, and a name that changed with the values (one answer "2" in a 0/1
column) would differ from one download to the next, breaking cleaning logs and maps that use it.
A bare name starting with a digit is the exception: no question's name can (an XML name), so
``hh/water/1`` (ONA's split columns, always without the summary) is a choice of ``water``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .label_headers import label_ends

if TYPE_CHECKING:
    from .xlsform import FormSpec, Question

SEPARATORS = ("/", ".", "-", ":")  # between groups, questions and choices in export headers


def choice_without_form(name: str, exported: set[str]) -> tuple[str, str] | None:
    """(``<question>_<choice>``, choice) for a choice column of a select_multiple split into 0/1 columns
    (``wash/treatment/boil`` beside the column ``wash/treatment``, or ``hh/water/1``), else None.
    Without a form, the bare choice ("boil", "other", "none") would not say which question it
    answers, and two questions sharing a choice would be told apart only by their group."""
    head, found, choice = name.rpartition("/")
    if found and head and choice and head in exported:
        return f"{head.rsplit('/', 1)[-1]}_{choice}", choice
    for separator in "/.":  # ONA's group delimiters
        head, found, choice = name.rpartition(separator)
        if found and head and choice[:1].isdigit():  # a choice code: no question's name starts so
            return f"{re.split('[/.]', head)[-1]}_{choice}", choice
    return None


def flag_of(header: str, keys: dict[str, Question], spec: FormSpec):
    """(question, choice) when ``header`` is a split select_multiple column like ``group/q/choice``.

    Every separator may end the question's path: a choice name may hold one (``piped.public``, which
    Kobo joins to ``hh.water`` with "."). A split whose choice is in the question's list (by code or
    label) is taken first; else the longest path. A code missing from the form's list (a choice removed
    from a later version of the form) is still a choice column of its question, never a column named
    after the bare code.
    """
    found = []
    for at, char in enumerate(header):
        question = keys.get(header[:at]) if char in SEPARATORS else None
        if question is not None and question.type == "select_multiple" and header[at + 1 :]:
            found.append((question, header[at + 1 :]))
    for question, choice in found:
        codes = {c.name for c in spec.choices.get(question.list_name or "", ())}
        if choice_code(spec, question, choice) in codes:
            return question, choice
    return found[-1] if found else None


def choice_code(spec: FormSpec, question: Question, choice: str) -> str:
    """The code of a split column's choice: ``choice`` itself, or the code of the one choice of the list
    labelled so (ONA's "show choice labels" names the column ``water/Piped``)."""
    rows = spec.choices.get(question.list_name or "", ())
    if any(c.name == choice for c in rows):
        return choice
    labelled = {c.name for c in rows if choice in {text.strip() for text in c.labels.values()}}
    return labelled.pop() if len(labelled) == 1 else choice


def flag_by_label(
    labels: dict[str, list[Question]], header: str, spec: FormSpec, after: int, order: dict[str, int]
) -> tuple[Question, str, bool] | None:
    """(question, choice, known) of a split column of a "labels" export: ``[group label/]<question
    label>/<choice label>`` of a select_multiple, the choice read from its label in any language
    (``known`` False when the list has no such label: the label, made a name, stands for it).
    Its choice label is never matched to another question ("Other" beside the "specify other" text)."""
    if header.strip() in labels:  # a question labelled "Age/sex" is that question
        return None
    found = []
    for at in (i for i, char in enumerate(header) if char == "/"):
        head, choice = header[:at].strip(), header[at + 1 :].strip()
        for key in label_ends(head):  # the question's label may hold "/" too
            for question in labels.get(key, ()):
                if question.type == "select_multiple" and choice:
                    found.append((question, choice))
    if not found:
        return None

    def code_of(question: Question, choice: str) -> str | None:
        rows = spec.choices.get(question.list_name or "", ())
        return next((c.name for c in rows if choice in {t.strip() for t in c.labels.values()}), None)

    known = [(q, code_of(q, c)) for q, c in found if code_of(q, c) is not None]

    # the summary column comes first: its question is the nearest one at or before the last matched
    def distance(item: tuple[Question, str | None]) -> tuple[bool, int]:
        at = order.get(item[0].path, -1)
        return at > after, -at if at <= after else at

    if known:
        question, code = min(known, key=distance)
        return question, code or "", True
    question, label = min(found, key=distance)
    return question, re.sub(r"\W+", "_", label).strip("_") or label, False
