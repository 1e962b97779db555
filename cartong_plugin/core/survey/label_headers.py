# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole headers an export writes for each question of a form, matched before any cut of a header.

A KoboToolbox "labels" export (formpack) heads a column with the question's label or, with "include
groups in headers", with its groups' labels then its own joined by "/" (``WASH/Water/sanitation
problems``); a select_multiple's split columns add "/<choice label>". A label missing in the
export's language is the name. Labels hold "/" themselves ("Income (USD/month)", "</b>"), so such a
header cannot be cut at "/": it is compared whole with the texts the form gives, in each language,
with and without the group labels. Kobo lets the user choose the separator, and formpack uses it for
the labels too: the paths joined with "." are taken as well (``Ménage.Taille``,
``Ménage.Sources d'eau.Robinet``), whole, as the values export's ``hh.size`` is (labels hold "." too:
"No. of children"). Kobo's group separator may also be "_" (``hh_info_head_age``,
``hh_info_water_prob_cost``, ``hh_info__gps_latitude``): names are no labels, but "_" is in them, so
only whole paths joined with "_" are taken. A text that fits questions of different types, or a
question and a choice column, is said and imported as text, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..base.i18n import tr
from .xlsform import DEFAULT_LANGUAGE, FormSpec, Question
from .xlsform_syntax import GEOPOINT_TYPES

_GEO_PARTS = ("latitude", "longitude", "altitude", "precision")
NO_COLUMN_TYPES = frozenset({"note"})  # questions an export has no column of
LABEL_SEPARATORS = ("/", ".")  # Kobo's group separators between labels: its default and the usual other


@dataclass(frozen=True)
class Fit:
    """What a whole header is: a question, one choice column of a select_multiple, or a coordinate."""

    question: Question
    choice: str | None = None  # the code of a select_multiple's split column
    geo_part: str | None = None  # latitude/longitude/altitude/precision of a geopoint

    def describe(self) -> str:
        what = self.question.path
        return f"{what} ({self.choice})" if self.choice else f"{what} ({self.geo_part})" if self.geo_part else what


Fits = dict[str, list[Fit]]


def header_text(text: str) -> str:
    """A header as compared: runs of spaces made one, none around "/" (labels keep their own "/")."""
    return re.sub(r" ?/ ?", "/", " ".join(text.split()))


def _add(fits: Fits, text: str, fit: Fit) -> None:
    same = fits.setdefault(header_text(text), [])
    if fit not in same:
        same.append(fit)


def label_headers(spec: FormSpec) -> Fits:
    """{header text: fits} of a "labels" export, in every language of the form."""
    languages = list(dict.fromkeys([*spec.languages, *(lang for q in spec.questions.values() for lang in q.labels)]))
    fits: Fits = {}
    for question in spec.questions.values():
        if question.type in NO_COLUMN_TYPES:  # a note has no column: its label would only clash
            continue
        parts = question.group.split("/") if question.group else []
        groups = [spec.groups.get("/".join(parts[: i + 1])) for i in range(len(parts))]
        multiple = question.type == "select_multiple"
        for lang in languages or [DEFAULT_LANGUAGE]:
            own = question.labels.get(lang) or question.name
            chain = [(g.labels.get(lang) or g.name) if g else part for g, part in zip(groups, parts)]
            for sep in LABEL_SEPARATORS:  # the same separator between groups, question and choice
                for head in dict.fromkeys([sep.join([*chain, own]), own]):
                    _add(fits, head, Fit(question))
                    for choice in spec.choices.get(question.list_name or "", ()) if multiple else ():
                        _add(fits, f"{head}{sep}{choice.labels.get(lang) or choice.name}", Fit(question, choice.name))
    return fits


def underscore_headers(spec: FormSpec) -> Fits:
    """{header: fits} of an export whose group separator is "_": the paths of questions in groups
    joined with "_", the choice columns of every select_multiple (``<path>_<choice>``, ``needs_food``
    at the top level) and Kobo's split coordinates
    (``<group path>__<q>_latitude``)."""
    fits: Fits = {}
    for question in spec.questions.values():
        joined = question.path.replace("/", "_")
        if question.group:  # a bare name is matched as such, not its choice columns (needs_food)
            _add(fits, joined, Fit(question))
        if question.type == "select_multiple":
            for choice in spec.choices.get(question.list_name or "", ()):
                _add(fits, f"{joined}_{choice.name}", Fit(question, choice.name))
        for part in _GEO_PARTS if question.group and question.type in GEOPOINT_TYPES else ():
            _add(fits, f"{question.group.replace('/', '_')}__{question.name}_{part}", Fit(question, geo_part=part))
    return fits


def fit_header(
    fits: Fits, header: str, own: Callable[[Question], bool], after: int, order: dict[str, int], used: set[str]
) -> Fit | list[Fit] | None:
    """The fit of a whole header, or every fit when it is ambiguous, or None.

    The table's own level first (the main one, or its repeat). One text borne by several questions of
    one type ("If other, please specify") is the first free one after the question of the previous
    column, as exports follow the form's order; the same choice column of two select_multiples is
    the nearest at or before it (after its summary column).
    """
    found = fits.get(header_text(header))
    if not found:
        return None
    found = [f for f in found if own(f.question)] or found
    if len({(f.choice is not None, f.geo_part, f.question.type) for f in found}) > 1:
        return found
    if not own(found[0].question) and len({f.question.path for f in found}) > 1:
        return found  # several questions of other levels: which one cannot be told
    if found[0].choice is not None or found[0].geo_part:

        def distance(fit: Fit) -> tuple[bool, int]:
            at = order.get(fit.question.path, -1)
            return at > after, -at if at <= after else at

        return min(found, key=distance)
    free = [f for f in found if f.question.path not in used]
    return next((f for f in free if order.get(f.question.path, -1) > after), free[0] if free else found[0])


def label_keys(spec: FormSpec, own: Callable[[Question], bool]) -> dict[str, list[Question]]:
    """Question labels (any language) -> the questions with that label in form order, for the headers
    no whole text fits (a group renamed since). As with names, a label is first one of the table's
    own level; a label of another level only when one question bears it."""
    mine: dict[str, list[Question]] = {}
    other: dict[str, list[Question]] = {}
    for question in spec.questions.values():
        if question.type in NO_COLUMN_TYPES:
            continue
        keys = mine if own(question) else other
        for label in question.labels.values():
            same = keys.setdefault(label.strip(), [])
            if question not in same:
                same.append(question)
    return mine | {label: found for label, found in other.items() if label not in mine and len(found) == 1}


def label_ends(header: str) -> list[str]:
    """``header`` then each of its ends after a "/", longest first: the label under group labels
    that may hold "/" themselves (``Water/Sanitation/Income (USD/month)``)."""
    return [header.strip()] + [header[at + 1 :].strip() for at, char in enumerate(header) if char == "/"]


def by_label(
    labels: dict[str, list[Question]], header: str, after: int, order: dict[str, int], used: set[str]
) -> Question | None:
    """The question of a "labels" export column whose whole header fits no text of the form. A label
    used by several questions is the first of them after the question of the previous column."""
    for key in label_ends(header):
        candidates = labels.get(key)
        if candidates:
            free = [q for q in candidates if q.path not in used]
            return next((q for q in free if order[q.path] > after), free[0] if free else candidates[0])
    return None


def ambiguous_warning(source: str, form: str, columns: list[tuple[str, list[Fit]]]) -> str:
    """The sentence naming the columns that fit several questions or choices of the form."""
    said = [f"{header} ({' / '.join(fit.describe() for fit in fits)})" for header, fits in columns]
    return tr(
        "{file}: {count} column(s) fit several questions or choices of the form {form}, so which one is meant "
        "cannot be told and they were imported as text: {columns}. Download the export again with XML values "
        "and '/' between groups to tell them apart."
    ).format(
        file=source, count=len(columns), form=form, columns="; ".join(said[:8]) + (" ..." if len(said) > 8 else "")
    )
