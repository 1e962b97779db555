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

from .xlsform import DEFAULT_LANGUAGE, Choice, FormSpec, Question

# one term of a simple cascading filter: district=${district}, district = ${district}
_TERM = re.compile(r"\s*([^\s=!<>()$'\"]+)\s*=\s*\$\{\s*([^}\s]+)\s*\}\s*")


@dataclass
class Answer:
    """One distinct answer of a select column."""

    value: str  # as written in the export
    codes: str  # its codes joined by spaces: the typed column
    parts: list[Choice | str] = field(default_factory=list)  # choice rows; a code (ambiguous or unknown)

    def label(self, spec: FormSpec, lang: str, ambiguous: dict[str, list[Choice]]) -> str | None:
        """The labels joined by "; "; an unknown code is its own label; None when a code has several
        labels or the answer could not be read (no parts)."""
        if not self.parts or any(isinstance(p, str) and p in ambiguous for p in self.parts):
            return None
        return "; ".join(spec.label_of(p, lang) if isinstance(p, Choice) else p for p in self.parts)


@dataclass
class Answers:
    answers: list[Answer]
    unknown: list[str]  # values holding a code that is not in the list (kept as its own label)
    undecoded: list[str]  # values of a "labels" export that are no exact list of the choice labels
    recoded: bool  # some value is not its codes (labels read as codes)
    as_labels: list[str]  # values written as labels


def ambiguous_names(spec: FormSpec, list_name: str, lang: str) -> dict[str, list[Choice]]:
    """{name: its rows} of the names of ``list_name`` that have more than one label in ``lang``."""
    rows: dict[str, list[Choice]] = {}
    for choice in spec.choices.get(list_name, ()):
        rows.setdefault(choice.name, []).append(choice)
    return {name: same for name, same in rows.items() if len({spec.label_of(c, lang) for c in same}) > 1}


def filter_terms(choice_filter: str) -> list[tuple[str, str]] | None:
    """[(choices column, question name)] of a filter made of ``col=${question}`` terms joined by
    ``and``; None for any other filter (its meaning is not read here, so no label is taken from it)."""
    if not choice_filter.strip():
        return None
    terms = []
    for term in re.split(r"\s+and\s+", choice_filter.strip()):
        found = _TERM.fullmatch(term)
        if not found:
            return None
        terms.append((found[1], found[2]))
    return terms


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
    by_label = [{c.labels[x].strip(): c for c in reversed(choices) if c.labels.get(x)} for x in languages]
    any_label: dict[str, Choice] = {}
    for labels in reversed(by_label):
        any_label.update(labels)

    def part(code: str) -> Choice | str:
        return code if code in ambiguous or code not in by_name else by_name[code]

    found: list[Answer] = []
    unknown, undecoded, as_labels, failed = [], [], [], []
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
            as_labels.append(value)
            read = [part(p) if isinstance(p, str) else p for p in decoded]
            found.append(Answer(value, " ".join(p.name if isinstance(p, Choice) else p for p in read), read))
        else:
            failed.append((value, tokens))
    labels_export = labels_header or bool(as_labels)
    for value, tokens in failed:
        if labels_export and kind == "select_multiple":
            undecoded.append(value)  # never fragments of labels, nor a word read as a code
            found.append(Answer(value, value, []))
            continue
        parts: list[Choice | str] = []
        for token in tokens:
            if token in by_name:
                parts.append(part(token))
            elif token in any_label:
                parts.append(any_label[token])
                as_labels.append(value)
            else:
                parts.append(token)
                if choices:
                    unknown.append(value)
        found.append(Answer(value, " ".join(p.name if isinstance(p, Choice) else p for p in parts), parts))
    recoded = any(a.codes != a.value for a in found)
    return Answers(found, sorted(set(unknown)), undecoded, recoded, sorted(set(as_labels))), ambiguous


def _whole_labels(
    text: str, kind: str, by_label: list[dict[str, Choice]], codes: Container[str]
) -> list[Choice | str] | None:
    """The choices whose labels, in one language, make ``text`` exactly: the label itself for a
    select_one; for a select_multiple the longest label at each place, ending at a word boundary,
    else a code as one word (a hand-edited "yes No"). None when some word is neither."""
    for labels in by_label:
        if kind == "select_one":
            if text in labels:
                return [labels[text]]
            continue
        longest = sorted(labels, key=len, reverse=True)
        out: list[Choice | str] = []
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
            if any(isinstance(p, Choice) for p in out):
                return out
    return None
