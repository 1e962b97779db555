# SPDX-License-Identifier: GPL-3.0-or-later
"""Headers of an export that could be two questions, found before any column is matched.

A question's name may be another question's "_"-joined path (``Household_Size``: the bare name of
Respondent/Household_Size and Household/Size in a "_" export) or another question's whole label
("Age"); a label export may write one label twice where only one question bears it (a disabled
question kept beside its replacement). Matching column by column would give the header to one of
them without a word, or make a second copy column of one question. Such columns are said and kept as
text, unless the table itself tells which question it is (the other one has its own column).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .choice_names import SEPARATORS
from .label_headers import Fit, Fits, header_text, label_ends
from .xlsform import Question


@dataclass
class Clashes:
    """What the table says of its clashing headers, by column index."""

    ambiguous: dict[int, list[Fit]] = field(default_factory=dict)  # said and kept as text
    fitted: dict[int, Fit] = field(default_factory=dict)  # the other question's "_" path, not the name
    by_label: set[int] = field(default_factory=set)  # a labels export: the label decides, not the name
    # a names export's column whose label fits are questions with a column of their own: no such question
    named_elsewhere: set[int] = field(default_factory=set)


def find_clashes(
    names: list[str],
    received: list[str],
    keys: dict[str, Question],
    fits: Fits,
    joined: Fits,
    labels: dict[str, list[Question]],
    own: Callable[[Question], bool],
    skip: set[int],
) -> Clashes:
    """The clashing columns of a table whose export names are ``names`` and headers as received
    (before a repeated one got a suffix) ``received``; ``skip``: columns typed elsewhere."""
    clashes = Clashes()
    indexes = [i for i in range(len(names)) if i not in skip]
    texts = [header_text(text) for text in received]
    by_name = {i: keys.get(names[i]) for i in indexes}
    label_only = sum(1 for i in indexes if by_name[i] is None and texts[i] in fits)
    name_only = sum(1 for i in indexes if by_name[i] is not None and texts[i] not in fits)
    labels_export = label_only > name_only  # most headers are labels, not names
    counts = Counter(texts[i] for i in indexes)
    for i in indexes:
        question, text = by_name[i], texts[i]
        if counts[text] > 1:  # a repeated header: the second one was renamed on reading (hh_size_2)
            question = question or keys.get(received[i])
            others = [f for f in joined.get(text, ()) if f.question is not question]
            if question is not None and others:
                clashes.ambiguous[i] = [Fit(question), *others]  # hh_size twice: which is which cannot be told
                continue
            candidates = _label_candidates(fits, labels, text, own) or _own_first(joined.get(text, []), own)
            if question is None and candidates and counts[text] > len(candidates):
                clashes.ambiguous[i] = candidates  # more columns than questions: no copy column
                continue
        if question is None:
            if not labels_export and _named_elsewhere(_label_candidates(fits, labels, text, own), i, by_name):
                clashes.named_elsewhere.add(i)  # "Comments", an older question, beside remarks labelled so
            continue
        others = [f for f in joined.get(text, ()) if f.question is not question]
        others = [f for f in others if not _has_own_column(f, i, names, by_name, joined)]
        if others:
            own_path = question.path.replace("/", "_") if question.group else ""
            if own_path and any(texts[j] == own_path for j in indexes if j != i) and len(others) == 1:
                clashes.fitted[i] = others[0]  # the name's question has its own "_" column
            else:
                clashes.ambiguous[i] = [Fit(question), *others]
            continue
        labelled = _own_first(fits.get(text, []), own)
        if labels_export and labelled:
            if any(f.question is question for f in labelled):
                clashes.by_label.add(i)
            else:
                clashes.ambiguous[i] = [Fit(question), *labelled]
    return clashes


def _label_candidates(
    fits: Fits, labels: dict[str, list[Question]], text: str, own: Callable[[Question], bool]
) -> list[Fit]:
    """What a header no name fits may be: its whole-label fits (the table's own level first), else the
    questions of its label (``label_headers.by_label``)."""
    found = fits.get(text)
    if found:
        return _own_first(found, own)
    for key in label_ends(text):
        if labels.get(key):
            return [Fit(q) for q in labels[key]]
    return []


def _own_first(found: list[Fit], own: Callable[[Question], bool]) -> list[Fit]:
    return [f for f in found if own(f.question)] or list(found)


def _has_own_column(fit: Fit, index: int, names: list[str], by_name: dict[int, Question | None], joined: Fits) -> bool:
    """Whether another column of the table is the fit's question. A choice column's question has its
    own when its choice columns are written under another separator (``needs/food``), or when no other
    one is written with "_" (the export has no split columns: ``needs_other`` is the text question)."""
    others = [j for j in by_name if j != index]
    if fit.choice is None:
        return any(by_name[j] is fit.question for j in others)
    parts = fit.question.path.split("/")
    if any(names[j].startswith(f"{sep.join(parts)}{sep}") for sep in SEPARATORS for j in others):
        return True
    return not any(
        f.question is fit.question and f.choice is not None for j in others for f in joined.get(names[j], ())
    )


def _named_elsewhere(found: list[Fit], index: int, by_name: dict[int, Question | None]) -> bool:
    """Whether every question a header's label fits has its own column by name in the table (an XML
    export names its questions: a header equal to one's label is another, older question)."""
    return bool(found) and all(
        f.choice is None and not f.geo_part and any(by_name[j] is f.question for j in by_name if j != index)
        for f in found
    )
