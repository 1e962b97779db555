# SPDX-License-Identifier: GPL-3.0-or-later
"""What a select answer means: the choice rows its codes (or labels, in a "labels" export) name.

Two things make this more than a dictionary look-up, and both used to change answers silently:

- A form with ``allow_choice_duplicates`` may give one name two labels in one list (``v1`` "Kanga"
  for the north, "Bria" for the south), told apart only by the choice_filter's column. The label of
  such an answer depends on its row (``filter_terms``, ``filter_label``); when the filter cannot
  say which row is meant, the label is left empty and said so, never picked.
- Kobo's "labels" export writes a select_multiple as its labels joined by spaces, labels that hold
  spaces themselves ("Piped water Protected well"). Split word by word it gave fragments and, where
  a word is also a code ("well"), a choice never made. It is decoded against the whole labels.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from ..base.i18n import tr
from .xlsform import DEFAULT_LANGUAGE, Choice, FormSpec, Question

# one term of a simple cascading filter: district=${district}, district = ${district}, ${district}=district
_COLUMN, _QUESTION = r"([^\s=!<>()$'\"]+)", r"\$\{\s*([^}\s]+)\s*\}"
_TERM = re.compile(rf"\s*{_COLUMN}\s*=\s*{_QUESTION}\s*")
_TERM_REVERSED = re.compile(rf"\s*{_QUESTION}\s*=\s*{_COLUMN}\s*")


@dataclass
class SameLabel:
    """A label that several choices of one list bear in one language ("Surface water" for ``river`` and
    ``lake``): written in a "labels" export, it cannot tell which of them was chosen."""

    label: str
    choices: list[Choice]

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(c.name for c in self.choices))


Part = Choice | SameLabel | str


@dataclass
class Answer:
    """One distinct answer of a select column."""

    value: str  # as written in the export
    codes: str  # its codes joined by spaces: the typed column ("" when a label names several choices)
    parts: list[Part] = field(default_factory=list)  # choice rows; a code (ambiguous or unknown); a SameLabel

    def label(self, spec: FormSpec, lang: str, ambiguous: dict[str, list[Choice]]) -> str | None:
        """The labels joined by "; "; an unknown code is its own label, a label of several choices is
        kept as written; None when a code has several labels or the answer could not be read (no parts)."""
        if not self.parts or any(isinstance(p, str) and p in ambiguous for p in self.parts):
            return None
        return "; ".join(
            spec.label_of(p, lang) if isinstance(p, Choice) else p.label if isinstance(p, SameLabel) else p
            for p in self.parts
        )


@dataclass
class Answers:
    answers: list[Answer]
    unknown: list[str]  # values holding a code that is not in the list (kept as its own label)
    undecoded: list[str]  # values of a "labels" export that are no exact list of the choice labels
    recoded: bool  # some value is not its codes (labels read as codes)
    as_labels: list[str]  # values written as labels
    same_labels: list[str] = field(default_factory=list)  # values holding a label of several choices: no code


def ambiguous_names(spec: FormSpec, list_name: str, lang: str) -> dict[str, list[Choice]]:
    """{name: its rows} of the names of ``list_name`` that have more than one label in ``lang``."""
    rows: dict[str, list[Choice]] = {}
    for choice in spec.choices.get(list_name, ()):
        rows.setdefault(choice.name, []).append(choice)
    return {name: same for name, same in rows.items() if len({spec.label_of(c, lang) for c in same}) > 1}


_SEARCH = re.compile(r"search\(\s*['\"]([^'\"]+)['\"]")


def choices_elsewhere(spec: FormSpec, question: Question) -> str:
    """Where the choices of a select are when the form's choice lists do not hold them, so that its
    answers cannot be labelled: the end of a sentence, or "" when its list is in the form (or it
    names none, or it is the answers of a repeat's question, ``${q}``)."""
    raw = "_".join(question.raw_type.lower().split())
    if "from_file" in raw:  # select_one_from_file villages.csv
        return tr("its choices are in the form's media file {file}").format(file=question.list_name or "")
    found = _SEARCH.search(question.appearance)
    if found:  # the list in the choices sheet only names the columns of the media file
        return tr("its choices are in the form's media file {file}.csv (search())").format(file=found[1])
    if "_external" in raw:
        return tr("its choices are in the form's external choices (itemsets.csv)")
    name = question.list_name or ""
    if not name or name.startswith("${") or name in spec.choices:
        return ""
    other = next((n for n in spec.choices if n.casefold() == name.casefold()), None)
    if other is not None:  # lists are told apart by case, as pyxform does
        return tr("the form has no choice list '{list}' (it has '{other}': check the spelling)").format(
            list=name, other=other
        )
    return tr("the form has no choice list '{list}'").format(list=name)


def filter_terms(choice_filter: str, only_terms: bool = False) -> list[tuple[str, str]] | None:
    """[(choices column, question name)] of the ``col=${question}`` (or ``${question}=col``) terms of a
    filter whose top level joins terms by ``and``; None when it has no such term, or an ``or`` at its top
    level (its meaning is not read here, so no label is taken from it). The other terms of an ``and``
    (``name != 'other'``) are left out: they only narrow the rows these terms match, so a label these
    terms make certain is the one the form showed. ``only_terms``: None too when some part is another
    expression (a function, a literal, another comparison)."""
    parts = _top_level_and(choice_filter.strip())
    if parts is None:
        return None
    terms = []
    for part in parts:
        found = _TERM.fullmatch(part)
        reversed_found = None if found else _TERM_REVERSED.fullmatch(part)
        if found:
            terms.append((found[1], found[2]))
        elif reversed_found:
            terms.append((reversed_found[2], reversed_found[1]))
        elif only_terms:
            return None
    return terms or None


def _top_level_and(expression: str) -> list[str] | None:
    """The parts of ``expression`` joined by ``and`` outside brackets and quotes; None when an ``or``
    joins parts there, or the brackets or quotes do not close."""
    parts, depth, quote, start = [], 0, "", 0
    words = re.compile(r"\s(and|or)\s")
    at = 0
    while at < len(expression):
        char = expression[at]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0 and (found := words.match(expression, at)):
            if found[1] == "or":
                return None
            parts.append(expression[start:at])
            start = at = found.end()
            continue
        at += 1
    if quote or depth:
        return None
    return parts + [expression[start:]]


def filter_label(spec: FormSpec, list_name: str, answer: Answer, lang: str, wanted: dict[str, str]) -> str | None:
    """The label of ``answer`` for a row whose filter columns must hold ``wanted`` ({column: code});
    None when a code of it is matched by no row, or by rows of different labels."""
    choices = spec.choices.get(list_name, ())
    texts = []
    for part in answer.parts:
        if isinstance(part, Choice):
            texts.append(spec.label_of(part, lang))
            continue
        rows = [c for c in choices if c.name == part and all(c.columns.get(k) == v for k, v in wanted.items())]
        labels = {spec.label_of(c, lang) for c in rows}
        if len(labels) != 1:
            return None
        texts.append(labels.pop())
    return "; ".join(texts)


def read_answers(
    spec: FormSpec, question: Question, kind: str, values, lang: str, labels_header: bool
) -> tuple[Answers, dict[str, list[Choice]]]:
    """Every distinct answer of a select column read as choice rows, and the list's ambiguous names.

    ``labels_header``: the column was found by its question's label (a "labels" export), so an
    answer that is no exact list of labels is not read word by word as codes.
    """
    list_name = question.list_name or ""
    choices = spec.choices.get(list_name, [])
    ambiguous = ambiguous_names(spec, list_name, lang)
    by_name: dict[str, Choice] = {}
    for choice in choices:
        by_name.setdefault(choice.name, choice)
    languages = [lang] + [x for x in (*spec.languages, DEFAULT_LANGUAGE) if x != lang]
    by_label = [_labels_in(choices, x) for x in languages]
    any_label: dict[str, Choice | SameLabel] = {}
    for labels in reversed(by_label):
        any_label.update(labels)

    def part(code: str) -> Choice | str:
        return code if code in ambiguous or code not in by_name else by_name[code]

    found: list[Answer] = []
    unknown, undecoded, failed = [], [], []
    as_labels: list[str] = []
    same_labels: list[str] = []
    for value in values:
        text = value.strip()
        if not text:
            continue
        tokens = [text] if kind == "select_one" else text.split()
        if all(t in by_name for t in tokens):
            found.append(Answer(value, " ".join(tokens), [part(t) for t in tokens]))
            continue
        decoded = _whole_labels(" ".join(tokens), kind, by_label, by_name)
        if decoded is not None:
            read = [part(p) if isinstance(p, str) else p for p in decoded]
            (same_labels if any(isinstance(p, SameLabel) for p in read) else as_labels).append(value)
            found.append(Answer(value, _codes(read), read))
        else:
            failed.append((value, tokens))
    labels_export = labels_header or bool(as_labels) or bool(same_labels)
    for value, tokens in failed:
        if labels_export and kind == "select_multiple":
            undecoded.append(value)  # never fragments of labels, nor a word read as a code
            found.append(Answer(value, value, []))
            continue
        parts: list[Part] = []
        for token in tokens:
            if token in by_name:
                parts.append(part(token))
            elif token in any_label:
                parts.append(any_label[token])
                (same_labels if isinstance(any_label[token], SameLabel) else as_labels).append(value)
            else:
                parts.append(token)
                if choices:
                    unknown.append(value)
        found.append(Answer(value, _codes(parts), parts))
    recoded = any(a.codes != a.value for a in found)
    read_as_codes = sorted(set(as_labels) - set(same_labels))
    answers = Answers(found, sorted(set(unknown)), undecoded, recoded, read_as_codes, sorted(set(same_labels)))
    return answers, ambiguous


def _labels_in(choices: list[Choice], lang: str) -> dict[str, Choice | SameLabel]:
    """{label: its choice} of a list in one language; a label that several choices of other names
    bear is a SameLabel (never the first or last of them)."""
    out: dict[str, Choice | SameLabel] = {}
    for choice in choices:
        text = choice.labels.get(lang, "").strip()
        seen = out.get(text)
        if not text or (isinstance(seen, Choice) and seen.name == choice.name):
            continue  # no label, or a second row of one name (allow_choice_duplicates)
        if seen is None:
            out[text] = choice
        elif isinstance(seen, Choice):
            out[text] = SameLabel(text, [seen, choice])
        else:
            seen.choices.append(choice)
    return out


def _codes(parts: list[Part]) -> str:
    """The typed code of an answer: its codes joined by spaces; "" when a label of it names several
    choices (none of them is picked)."""
    if any(isinstance(p, SameLabel) for p in parts):
        return ""
    return " ".join(p.name if isinstance(p, Choice) else str(p) for p in parts)


def _whole_labels(
    text: str, kind: str, by_label: list[dict[str, Choice | SameLabel]], codes: Container[str]
) -> list[Part] | None:
    """The choices whose labels, in one language, make ``text`` exactly: the label itself for a
    select_one; for a select_multiple the longest label at each place, ending at a word boundary,
    else a code as one word (a hand-edited "yes No"). None when some word is neither."""
    for labels in by_label:
        if kind == "select_one":
            if text in labels:
                return [labels[text]]
            continue
        longest = sorted(labels, key=len, reverse=True)
        out: list[Part] = []
        at = 0
        while at < len(text):
            match = next(
                (x for x in longest if text.startswith(x, at) and text[at + len(x) : at + len(x) + 1] in ("", " ")),
                None,
            )
            word = text[at:].split(" ", 1)[0]
            if match is not None:
                out.append(labels[match])
            elif word in codes:
                out.append(word)
                match = word
            else:
                break
            at += len(match) + 1
        else:
            if any(isinstance(p, (Choice, SameLabel)) for p in out):
                return out
    return None
