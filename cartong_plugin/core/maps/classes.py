# SPDX-License-Identifier: GPL-3.0-or-later
"""Class limits of a choropleth: QGIS's classification methods, limits typed by hand, merged one-value classes,
the labels saying the values each class holds; the round values of a legend of circles.

Split from ``styles`` (which draws the classes) so that the arithmetic of the legend reads on its own.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QLocale

from ..base.errors import CartongError
from ..base.i18n import tr

METHODS = {"quantile": "Quantile", "equal": "EqualInterval", "jenks": "Jenks", "pretty": "Pretty"}


def _classification(method: str):
    method_id = METHODS.get(method)
    if method_id is None:
        raise CartongError(
            tr("Unknown classification {name}; choose one of {names}.").format(name=method, names=", ".join(METHODS))
        )
    registry = QgsApplication.classificationMethodRegistry()
    assert registry is not None, "QgsApplication is initialised before any map is drawn"
    return registry.method(method_id)


def parse_breaks(text: str) -> list[float]:
    """Class limits typed by hand: "10, 20, 50" or "2,5; 7,5" (with ';', a comma is a decimal comma).

    Raises CartongError naming the part that is not a number, or limits that do not increase.
    """
    text = (text or "").strip()
    if not text:
        return []
    if ";" in text:
        parts = [p.strip().replace(",", ".") for p in text.split(";")]
    else:
        parts = [p.strip() for p in re.split(r"[,\s]+", text)]
    limits = []
    for part in (p for p in parts if p):
        try:
            limits.append(float(part))
        except ValueError:
            raise CartongError(
                tr("The class limit {value} is not a number: write limits like 10, 20, 50.").format(value=part)
            ) from None
    if any(b <= a for a, b in zip(limits, limits[1:])):
        raise CartongError(
            tr("The class limits {limits} must increase: write them like 10, 20, 50.").format(limits=text)
        )
    return limits


def class_breaks(
    values: list[float],
    classes: int = 5,
    method: str = "quantile",
    integers: bool = False,
    breaks: list[float] | None = None,
) -> list[tuple[float, float]]:
    """(lower, upper) of each class; integer data gets integer bounds that never overlap.

    ``breaks`` (method "manual"): the class limits given by hand; the first class starts at the
    smallest value, the last ends at the largest, limits outside the data make no empty class.
    Quantile classes that collapse to a single value (1–9, 10, 11, 12, 13–82 when many areas share a
    few counts) are merged (``merge_collapsed_classes``); ``classes_note`` says why. Other methods
    keep a class of one value: natural breaks set an outlier apart on purpose.
    """
    bounds = _computed_breaks(values, classes, method, integers, breaks)
    if method != "quantile" or breaks:
        return bounds
    return merge_collapsed_classes(bounds, _distinct(values), classes)


def _distinct(values) -> int:
    return len({v for v in values if v is not None and not math.isnan(v)})


def merge_collapsed_classes(bounds: list[tuple[float, float]], distinct: int, classes: int) -> list[tuple]:
    """Merge the classes that hold one value only: a run of them becomes one class, a single one joins
    the next class (the previous one at the end). Kept as they are when the data has no more distinct
    values than classes (then one value per class is the honest legend) or with two classes or fewer."""
    if len(bounds) <= 2 or distinct <= classes or not any(low == high for low, high in bounds):
        return bounds
    runs: list[list[float]] = []  # [lower, upper, collapsed]
    for low, high in bounds:
        collapsed = low == high
        if runs and collapsed and runs[-1][2]:
            runs[-1][1] = high  # 10, 11, 12 -> 10–12
        else:
            runs.append([low, high, collapsed])
    merged: list[list[float]] = []
    for index, (low, high, _collapsed) in enumerate(runs):
        single = low == high
        if single and index + 1 < len(runs):
            runs[index + 1][0] = low  # joins the next class
            continue
        if single and merged:
            merged[-1][1] = high  # the last class: joins the previous one
            continue
        merged.append([low, high])
    return [(low, high) for low, high in merged]


def classes_note(values: list[float], classes: int = 5, method: str = "quantile", integers: bool = False) -> str:
    """A sentence when ``method`` made classes of a single value that were merged, else ''."""
    if method != "quantile":
        return ""
    raw = _computed_breaks(values, classes, method, integers, None)
    if merge_collapsed_classes(raw, _distinct(values), classes) == raw:
        return ""
    single = ", ".join(_number(low, integers, QLocale()) for low, high in raw if low == high)
    advice = tr("Natural breaks (Jenks) or limits of your own would suit these values better.")
    return (
        tr(
            "Many areas share the same few values: quantile classes holding a single value ({values}) were "
            "merged, so the map has fewer classes than asked."
        ).format(values=single)
        + " "
        + advice
    )


def _computed_breaks(values, classes, method, integers, breaks) -> list[tuple[float, float]]:
    values = sorted(v for v in values if v is not None and not math.isnan(v))
    if not values:
        return []
    if values[0] == values[-1]:
        return [(values[0], values[-1])]
    if breaks or method == "manual":
        if not breaks:
            raise CartongError(tr("Manual classes need their limits, e.g. 10, 20, 50."))
        uppers = [b for b in sorted(breaks) if values[0] <= b < values[-1]] + [values[-1]]
    else:
        classes = max(1, min(classes, len(set(values))))
        ranges = _classification(method).classes(values, classes)
        uppers = [r.upperBound() for r in ranges]
    uppers[-1] = values[-1]
    if not integers:
        bounds: list[tuple[float, float]] = []
        lower = values[0]
        for upper in uppers:
            if upper > lower or not bounds:
                bounds.append((lower, upper))
                lower = upper
        return bounds
    bounds, lower = [], math.ceil(values[0])
    for upper in uppers:
        upper = math.floor(upper)
        if upper >= lower:
            bounds.append((lower, upper))
            lower = upper + 1
    return bounds


def _number(value: float | Decimal, integers: bool, locale: QLocale, decimals: int = 1) -> str:
    if integers:
        return locale.toString(int(value))
    return locale.toString(float(value), "f", decimals)


MAX_DECIMALS = 6  # a legend showing more digits than this is no help: the class's smallest value is shown then


def _rounded(value: float, decimals: int, rule: str) -> Decimal:
    """``value`` at ``decimals`` places: "floor" (never above it), else to the nearest, a value exactly halfway
    going "up" or "down". The value as written (64.35, not the 64.349… of its binary), so that it rounds as the
    user reads it. Every shown limit is this number, written as it is by ``_number``: never rounded again
    another way (Python's round() said 6.2 where QLocale wrote 6.3)."""
    if rule == "floor":
        mode = ROUND_FLOOR
    else:  # ROUND_HALF_UP goes away from zero, ROUND_HALF_DOWN towards it
        mode = ROUND_HALF_UP if (value >= 0) == (rule == "up") else ROUND_HALF_DOWN
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), mode)


def class_labels(bounds, values, integers: bool, locale: QLocale, suffix: str = "") -> list[str]:
    """The legend label of each class, saying exactly the values it holds: "0.0 %" then "0.1 – 80.0 %".

    A class of real numbers holds the values above the previous class's upper limit, so its label
    starts one step (at the shown precision) above that limit rather than at it (which would make
    "0.0 %" and "0.0 – 80.0 %" overlap); one decimal, more only when a value of the class lies
    within that step (20.06 after 20.04: "… – 20.04", "20.05 – …"). An upper limit gets a decimal
    more where it would read below the lower one ("6.21 – 6.2"), and a class of one value where its
    limits would differ ("6.2 – 6.3" for 6.25). Integer classes never share a limit (``class_breaks``).
    A class whose limits read the same is labelled with one value.
    """
    if integers:
        return [_label(_number(low, True, locale), _number(high, True, locale), suffix) for low, high in bounds]
    held = sorted(v for v in values if v is not None and not math.isnan(v))
    starts: list[tuple[Decimal, int] | None] = [None] * len(bounds)  # the shown lower limit and its decimals
    ends = [1] * len(bounds)  # the decimals each upper limit needs at least
    for index in range(1, len(bounds)):
        previous, upper = bounds[index - 1][1], bounds[index][1]
        first = next((v for v in held if previous < v <= upper), upper)  # the class's smallest value
        for decimals in range(1, MAX_DECIMALS + 1):
            start = _rounded(previous, decimals, "up") + Decimal(1).scaleb(-decimals)
            if float(start) <= first:  # as floats: 6.3 written in the data is 6.2999… in binary
                break
        else:
            start = _rounded(first, MAX_DECIMALS, "down")
        starts[index] = (start, decimals)
        ends[index - 1] = max(ends[index - 1], decimals)
    labels = []
    for index, (low, high) in enumerate(bounds):
        decimals = ends[index]
        smallest = "down" if low == high else "floor"  # one value: to the nearest, a decimal more if halfway
        while True:
            start, start_decimals = starts[index] or (_rounded(low, decimals, smallest), decimals)
            end = _rounded(high, decimals, "up")
            backwards, one_value_as_two = end < start, low == high and end != start
            if decimals >= MAX_DECIMALS or not (backwards or one_value_as_two):
                break
            decimals += 1
        if starts[index] is None and low != high:  # the smallest value, floored: "10.0 – 20.04", not "10.00"
            exponent = start.normalize().as_tuple().exponent  # an int for a finite number
            start_decimals = max(1, min(start_decimals, -exponent if isinstance(exponent, int) else start_decimals))
        low_text, high_text = _number(start, False, locale, start_decimals), _number(end, False, locale, decimals)
        labels.append(_label(low_text, high_text, suffix))
    return labels


def _label(low_text: str, high_text: str, suffix: str) -> str:
    return low_text + suffix if low_text == high_text else f"{low_text} – {high_text}{suffix}"


def nice_sizes(maximum: float, count: int = 3, integers: bool = False) -> list[float]:
    """Round legend values below ``maximum``: e.g. 82 -> [10, 50, 80]; ``integers`` (counts of submissions,
    never shares or means): whole numbers from 1, e.g. 7 -> [1, 2, 5], not [0.5, 2.5, 5]."""
    if maximum <= 0:
        return []
    top = _round_nice(maximum, integers, (1, 2, 2.5, 5, 8, 10), below=True)
    values = sorted({top, _round_nice(top / 2, integers), _round_nice(top / 8, integers)})
    return [v for v in values if 0 < v <= maximum and (v >= 1 or not integers)][-count:]


def _round_nice(value: float, integers=False, multipliers=(1, 2, 2.5, 5, 10), below=False) -> float:
    """The round number nearest ``value`` (``below``: the largest not above it), whole if ``integers``."""
    if value <= 0:
        return 0
    magnitude = 10 ** math.floor(math.log10(value))
    nice = [float(m * magnitude) for m in multipliers if not below or m * magnitude <= value]
    nice = [v for v in nice if v.is_integer() or not integers] or [1.0 if integers else value]
    return max(nice) if below else min(nice, key=lambda v: abs(v - value))
