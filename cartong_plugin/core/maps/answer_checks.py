# SPDX-License-Identifier: GPL-3.0-or-later
"""What the answers of the counted question really were, said by field and feature.

A mean over the answers that happen to be numbers, or a share of an answer no submission gives,
looks like a result on the map. So the answers left out of a mean or median are named with their
first feature, a decimal comma is read as the import reads it ("4,5" is 4.5: ``number_columns``)
but said, and a question where no answer is a number is refused rather than mapped as "no data".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from ..survey.number_columns import NUMBER_TEXT, latin_digits

LISTED = 5  # answers named in a sentence; the others are counted


def _is_empty(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _tally(tally: dict, key: str, feature_id: int) -> None:
    entry = tally.setdefault(key, [0, feature_id])
    entry[0] += 1


def _answer(text: str, count: int, fid: int) -> str:
    return tr("“{code}”: {count} (first: feature {fid})").format(code=text, count=count, fid=fid)


def _comma(text: str, count: int, fid: int) -> str:
    number = float(latin_digits(text).replace(",", "."))
    return tr("“{text}” as {number}: {count} (first: feature {fid})").format(
        text=text, number=f"{number:g}", count=count, fid=fid
    )


def listed(tally: dict, item=_answer) -> str:
    """The first ``LISTED`` entries of ``tally`` {text: [count, first feature]} (most frequent
    first), each written by ``item``."""
    ranked = sorted(tally.items(), key=lambda entry: (-entry[1][0], entry[1][1]))
    return "; ".join(item(key, count, fid) for key, (count, fid) in ranked[:LISTED]) + (
        "; …" if len(ranked) > LISTED else ""
    )


@dataclass
class NumberReading:
    """The answers of a numeric question, read one by one: numbers kept, the rest tallied."""

    question: str  # the field of the numeric question
    numbers: int = 0
    left_out: dict[str, list[int]] = field(default_factory=dict)  # answer as given -> [count, first feature]
    commas: dict[str, list[int]] = field(default_factory=dict)  # "4,5" -> [count, first feature]

    def read(self, value, feature_id: int) -> float | None:
        """``value`` as a number; None when empty (not an answer) or not a number (tallied)."""
        if _is_empty(value):
            return None
        if isinstance(value, bool):  # a yes/no answer is no quantity
            _tally(self.left_out, str(value), feature_id)
            return None
        if isinstance(value, (int, float)):
            if value != value:  # NaN: no answer
                return None
            if math.isinf(value):
                _tally(self.left_out, str(value), feature_id)
                return None
            self.numbers += 1
            return float(value)
        text = str(value).strip()
        if not text:
            return None
        latin = latin_digits(text)
        number = float(latin.replace(",", ".")) if re.fullmatch(NUMBER_TEXT, latin) else math.inf
        if math.isinf(number) or number != number:
            _tally(self.left_out, text, feature_id)
            return None
        if "," in latin:
            _tally(self.commas, text, feature_id)
        self.numbers += 1
        return number

    def refuse_without_numbers(self) -> None:
        """CartongError when answers were given and none is a number: a text question."""
        if self.numbers or not self.left_out:
            return
        raise CartongError(
            tr(
                "No answer of {field} is a number ({listed}): a mean or median needs a numeric question. "
                "Choose the question holding the numbers."
            ).format(field=self.question, listed=listed(self.left_out))
        )

    def warnings(self) -> list[str]:
        """The sentences naming the answers left out and those read with a decimal comma."""
        out = []
        if self.left_out:
            out.append(
                trn(
                    "%n answer of {field} is not a number and was left out of the summary per area: "
                    "{listed}. Correct it in the survey if it is a number.",
                    "%n answers of {field} are not numbers and were left out of the summary per area: "
                    "{listed}. Correct them in the survey if they are numbers.",
                    sum(count for count, _ in self.left_out.values()),
                ).format(field=self.question, listed=listed(self.left_out))
            )
        if self.commas:
            out.append(
                trn(
                    "%n answer of {field} is written with a decimal comma and was counted as a number, as "
                    "the import reads it: {listed}. If the comma separates thousands, correct it in the survey.",
                    "%n answers of {field} are written with a decimal comma and were counted as numbers, as "
                    "the import reads them: {listed}. If the comma separates thousands, correct them in the survey.",
                    sum(count for count, _ in self.commas.values()),
                ).format(field=self.question, listed=listed(self.commas, _comma))
            )
        return out


def given_answers(points, answer_field: str) -> dict[str, list[int]]:
    """The answers the submissions give to ``answer_field`` {choice name: [count, first feature]}:
    each word of a select_multiple answer ("distance cost") is one, as ``aggregate.answer_matches``
    counts them."""
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setSubsetOfAttributes([answer_field], points.fields())
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    answers: dict[str, list[int]] = {}
    for point in points.getFeatures(request):
        value = point[answer_field]
        if _is_empty(value) or not str(value).strip():
            continue
        text = str(value).strip()
        for word in dict.fromkeys([text, *text.split()]):
            _tally(answers, word, point.id())
    return answers


def choice_labels(points, answer_field: str) -> dict[str, set[str]]:
    """{label folded: {choice names}} of ``answer_field``: from the form the import kept
    (form_choices beside the survey) and from a ``<field>_label`` column of the submissions."""
    from qgis.core import QgsFeatureRequest

    from ..base.qgis_compat import decode_uri
    from .survey_project import _form_display

    labels: dict[str, set[str]] = {}

    def add(code, label) -> None:
        if not _is_empty(code) and not _is_empty(label) and str(label).strip():
            labels.setdefault(str(label).strip().casefold(), set()).add(str(code).strip())

    path = decode_uri("ogr", points.source()).get("path", "") if points.providerType() == "ogr" else ""
    if path.lower().endswith(".gpkg"):
        questions, choices = _form_display(path)
        for code, label in choices.get((questions.get(answer_field) or {}).get("list_name") or "", []):
            add(code, label)
    label_field = f"{answer_field}_label"
    if points.fields().indexOf(label_field) >= 0:
        request = QgsFeatureRequest().setSubsetOfAttributes([answer_field, label_field], points.fields())
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for point in points.getFeatures(request):
            code = point[answer_field]
            if not _is_empty(code) and len(str(code).split()) == 1:  # one choice: its label is the whole text
                add(code, point[label_field])
    return labels


def resolve_answer(points, answer_field: str, answer_value: str) -> tuple[str, tuple[str, ...], list[str]]:
    """(the answer to count, its other spellings counted with it, the warnings). An answer no submission
    gives would map 0 % in every area: when it is another answer written otherwise (capitals, spaces)
    or the label of one choice, that choice is counted and said; several candidates are refused; else
    the warning names the answers given. The answer counted, given with other capitals too, is counted
    in all its spellings and said (``answer_spellings``)."""
    given = given_answers(points, answer_field)
    if answer_value in given:
        return (answer_value, *answer_spellings(points, answer_field, answer_value, given))
    folded = answer_value.strip().casefold()
    written = sorted(code for code in given if code.casefold() == folded)
    labelled = sorted(code for code in choice_labels(points, answer_field).get(folded, ()) if code in given)
    candidates = list(dict.fromkeys(written + labelled))
    if len(candidates) == 1:
        code = candidates[0]
        message = (
            tr(
                "No submission gives the answer “{given}” to {field}, but {count} give “{code}”, the same "
                "written otherwise: “{code}” was counted. Give ANSWER_VALUE={code} to count it without this warning."
            )
            if written
            else tr(
                "“{given}” is the label of the answer “{code}” of {field}, the choice name the survey stores "
                "({count} submissions give it): “{code}” was counted. Give ANSWER_VALUE={code} to count it "
                "without this warning."
            )
        )
        said = message.format(given=answer_value, field=answer_field, code=code, count=given[code][0])
        also, more = answer_spellings(points, answer_field, code, given)
        return code, also, [said, *more]
    if candidates:
        raise CartongError(
            tr(
                "No submission gives the answer “{given}” to {field}; it may be any of {codes} (written "
                "otherwise, or the same label). Give ANSWER_VALUE the one to count."
            ).format(given=answer_value, field=answer_field, codes=", ".join(f"“{c}”" for c in candidates))
        )
    message = (
        tr("No submission answers {field}: the share of “{given}” is 0 % in every area with enough submissions.")
        if not given
        else tr(
            "No submission gives the answer “{given}” to {field}: its share is 0 % in every area with enough "
            "submissions. The answers given are: {answers}. Check ANSWER_VALUE: it is the choice name the survey "
            "stores, not its label."
        )
    )
    return (
        answer_value,
        (),
        [message.format(field=answer_field, given=answer_value, answers=listed(given).replace("; …", " (…)"))],
    )


def answer_spellings(points, answer_field: str, code: str, given: dict) -> tuple[tuple[str, ...], list[str]]:
    """(the other spellings of ``code`` counted with it, the warnings naming them). A choice written
    with other capitals ("Borehole" beside "borehole": two form versions merged, rows typed by hand) is
    the same answer, counted and said, so that no area reads 0 % without a word. Not when the form
    (or a ``<field>_label`` column) tells they may differ: the two spellings have different labels, or
    one is the label of another choice ("Borehole" for bh_deep): those are named, not counted."""
    variants = [text for text in given if text != code and text.casefold() == code.casefold()]
    if not variants:
        return (), []
    labels = choice_labels(points, answer_field)
    meaning: dict[str, set[str]] = {}  # choice name -> its labels, folded
    for label, names in labels.items():
        for name in names:
            meaning.setdefault(name, set()).add(label)

    def differs(text: str) -> bool:
        # two labels that share nothing, or the spelling is the label of a third choice
        known = meaning.get(text) and meaning.get(code)
        return bool(known and not meaning[text] & meaning[code]) or bool(
            labels.get(text.casefold(), set()) - {code, text}
        )

    distinct = {text: given[text] for text in variants if differs(text)}
    same = {text: given[text] for text in variants if text not in distinct}
    warnings = []
    if same:
        warnings.append(
            trn(
                "%n submission gives “{code}” to {field} written otherwise: {listed}. It was counted as “{code}”, "
                "the same answer. Correct the survey to write it one way.",
                "%n submissions give “{code}” to {field} written otherwise: {listed}. They were counted as "
                "“{code}”, the same answer. Correct the survey to write it one way.",
                sum(count for count, _ in same.values()),
            ).format(code=code, field=answer_field, listed=listed(same))
        )
    if distinct:
        warnings.append(
            trn(
                "%n submission gives an answer to {field} written like “{code}” but which the form names as "
                "another choice (its name or its label): {listed}. It was not counted as “{code}”: check it.",
                "%n submissions give answers to {field} written like “{code}” but which the form names as "
                "another choice (its name or its label): {listed}. They were not counted as “{code}”: check them.",
                sum(count for count, _ in distinct.values()),
            ).format(code=code, field=answer_field, listed=listed(distinct))
        )
    return tuple(same), warnings
