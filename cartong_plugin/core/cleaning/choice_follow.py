# SPDX-License-Identifier: GPL-3.0-or-later
"""The label of a select answer the cleaning log changes, and the choice columns that disagree with it.

The import writes, beside the answer of a select question, its label (``q_label``, in the import's
language) and for a select_multiple one 0/1 column per choice (``q_choice``). A log that changes the
answer alone would leave the cleaned layer saying two things (``head_gender`` male, its label
"Female"), and maps show the labels: the label is the import's own column, so it follows the answer
(a code outside the list is its own label, as at import).

Choice columns are data as exported, as the answer is: the log changes the ones it names and no
other (as cleaningtools in R does). When the answer and its choice columns no longer agree after the
log (one changed, not the other), that is said, not silently repaired. A raw export (no import's plan
beside it) says the same of its ``group/q/choice`` columns: ``raw_export_choices``.
"""

from __future__ import annotations


def label_of(kind: str, labels: dict[str, str], answer) -> str | None:
    """The label the import gives ``answer`` (None when empty): labels of its codes joined by "; "."""
    text = "" if answer is None else str(answer).strip()
    if not text:
        return None
    codes = [text] if kind == "select_one" else text.split()
    return "; ".join(labels.get(code) or code for code in codes)


def raw_export_choices(field_names: list[str]):
    """The select_multiple answers of a raw export and their choice columns, as SurveyNames gives them
    (``selects``, ``flag_of``, ``choices``): ``group/q/choice`` beside the column ``group/q`` is a choice
    of ``q``, as the importer reads an export without a form (survey.choice_names); so is
    ``group.q.choice`` beside ``group.q`` (Kobo's "." group separator) and ``group-q-choice`` beside
    ``group-q`` (ODK Central). The export has a column for every choice of the list: the choices are those
    columns."""
    from types import SimpleNamespace

    from ..survey.choice_names import choice_without_form

    exported = set(field_names)
    flag_of: dict[str, tuple[str, str]] = {}
    choices: dict[str, list[tuple[str, str]]] = {}
    for name in field_names:
        found = choice_without_form(name, exported) or _grouped_choice(name, exported)
        if found is None:
            continue
        answer = name[: -len(found[1]) - 1]
        if answer in exported:  # ONA's "hh/water/1" without its answer column: nothing to disagree with
            flag_of[name] = (answer, found[1])
            choices.setdefault(answer, []).append((found[1], ""))
    selects = {answer: ("select_multiple", answer) for answer in choices}  # each answer its own list
    return SimpleNamespace(selects=selects, flag_of=flag_of, choices=choices)


# the split parts of a geopoint (ODK Central's "group-q-Latitude"): never choices
_GEO_PARTS = frozenset({"latitude", "longitude", "altitude", "accuracy", "precision"})


def _grouped_choice(name: str, exported: set[str]) -> tuple[str, str] | None:
    """(unused, choice) for ``group.q.choice`` beside ``group.q`` or ``group-q-choice`` beside ``group-q``:
    the answer's header uses the same separator (a grouped question), the choice none. Read only here:
    the importer's names of such columns stay as they are."""
    for separator in ".-":
        head, found, choice = name.rpartition(separator)
        if found and separator in head and head in exported and choice and choice.lower() not in _GEO_PARTS:
            return "", choice
    return None


class ChoiceFollower:
    """Labels of changed answers, and disagreements of answers with their choice columns, for one layer."""

    def __init__(self, names, field_names: list[str], null=None):
        index = {name: i for i, name in enumerate(field_names)}
        self.null = null
        # (answer index, kind, {code: label}, label index or -1, [(flag index, code)], every choice has one)
        self.questions: list[tuple] = []
        self.of_flag: dict[int, int] = {}  # flag index -> position in self.questions
        selects = getattr(names, "selects", {}) or {}
        flag_of = getattr(names, "flag_of", {}) or {}
        choices = getattr(names, "choices", {}) or {}
        for column, (kind, list_name) in selects.items():
            if column not in index:
                continue
            listed = choices.get(list_name, [])
            flags = [
                (index[flag], choice) for flag, (owner, choice) in flag_of.items() if owner == column and flag in index
            ]
            complete = bool(listed) and {c for _i, c in flags} >= {code for code, _label in listed}
            for flag_index, _choice in flags:
                self.of_flag[flag_index] = len(self.questions)
            self.questions.append(
                (index[column], kind, dict(listed), index.get(f"{column}_label", -1), flags, complete)
            )
        self.answers = {q[0]: i for i, q in enumerate(self.questions)}

    def __bool__(self) -> bool:
        return bool(self.questions)

    def follow(self, attributes: list, changed) -> list[int]:
        """Give the changed answers of ``attributes`` (one row, changed in place) their labels; return the
        answer indexes that disagree with their choice columns after the change of the fields ``changed``."""
        changed = set(changed)
        disagree = []
        for position in {self.answers[i] for i in changed if i in self.answers}:
            answer, kind, labels, label, _flags, _complete = self.questions[position]
            if label >= 0 and label not in changed:  # a label the log names itself is the log's
                text = label_of(kind, labels, None if attributes[answer] == self.null else attributes[answer])
                attributes[label] = self.null if text is None else text
        touched = {self.answers[i] for i in changed if i in self.answers} | {
            self.of_flag[i] for i in changed if i in self.of_flag
        }
        for position in touched:
            answer, kind, _labels, _label, flags, complete = self.questions[position]
            if kind != "select_multiple" or not complete:
                continue
            value = attributes[answer]
            codes = set() if value is None or value == self.null else set(str(value).split())
            chosen = {code for flag, code in flags if _is_one(attributes[flag])}
            if codes != chosen:
                disagree.append(answer)
        return disagree


def _is_one(value) -> bool:
    try:
        return int(value) == 1
    except (TypeError, ValueError):
        return str(value).strip().lower() in ("true", "1")
