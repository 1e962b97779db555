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

    field: str
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
            ).format(field=self.field, listed=listed(self.left_out))
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
                ).format(field=self.field, listed=listed(self.left_out))
            )
        if self.commas:
            out.append(
                trn(
                    "%n answer of {field} is written with a decimal comma and was counted as a number, as "
                    "the import reads it: {listed}. If the comma separates thousands, correct it in the survey.",
                    "%n answers of {field} are written with a decimal comma and were counted as numbers, as "
                    "the import reads them: {listed}. If the comma separates thousands, correct them in the survey.",
                    sum(count for count, _ in self.commas.values()),
                ).format(field=self.field, listed=listed(self.commas, _comma))
            )
        return out
