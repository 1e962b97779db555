# SPDX-License-Identifier: GPL-3.0-or-later
"""The legend labels of a choropleth's classes (``classes.class_labels``) say exactly the values each class
holds at the shown precision (review 19, item 4): every value lies in its own label, an upper limit is never
below a value of its class once read at its precision, the next label starts above it, and no label reads
backwards. Python's round() (6.25 -> 6.2) and QLocale (6.25 -> 6.3) used to round the limits two ways."""

from __future__ import annotations

import random
import re
from decimal import ROUND_HALF_EVEN, Decimal

from qgis.PyQt.QtCore import QLocale

from cartong_plugin.core.maps.classes import class_labels

ENGLISH = QLocale(QLocale.Language.English)
NUMBER = re.compile(r"-?[\d,]+\.\d+")


def _limits(label: str) -> tuple[Decimal, Decimal]:
    numbers = [Decimal(text.replace(",", "")) for text in NUMBER.findall(label)]
    return numbers[0], numbers[-1]


def _class_of(value: float, bounds) -> int:
    if value <= bounds[0][1]:
        return 0
    return next(i for i in range(1, len(bounds)) if bounds[i - 1][1] < value <= bounds[i][1])


def _bad_labels(bounds, values) -> list[str]:
    labels = class_labels(bounds, values, False, ENGLISH)
    limits = [_limits(label) for label in labels]
    bad = [f"{label} reads backwards" for label, (low, high) in zip(labels, limits) if high < low]
    bad += [
        f"{a} then {b} overlap"
        for (a, b), (x, y) in zip(zip(labels, labels[1:]), zip(limits, limits[1:]))
        if y[0] <= x[1]
    ]
    for value in values:
        index = _class_of(value, bounds)
        low, high = limits[index]
        exact = Decimal(repr(value))  # as written in the data: 6.3, not 6.2999… of its binary
        if not (exact.quantize(low, ROUND_HALF_EVEN) >= low and exact.quantize(high, ROUND_HALF_EVEN) <= high):
            bad.append(f"{value} is not in its label {labels[index]} ({labels})")
    return bad


def test_random_classes_each_hold_exactly_their_values():
    rng = random.Random(1)
    bad = []
    for _trial in range(20000):
        values = sorted(round(rng.uniform(-5, 100), rng.choice([0, 1, 2, 3, 4])) for _ in range(rng.randint(2, 12)))
        cuts = sorted(set(rng.sample(values, min(rng.randint(2, 5), len(values)))))
        if len(cuts) < 2:
            continue
        bounds = [(values[0], cuts[0])] + [(cuts[i - 1], cuts[i]) for i in range(1, len(cuts))]
        bounds[-1] = (bounds[-1][0], max(values[-1], bounds[-1][1]))
        bad += _bad_labels(bounds, values)
    assert bad == []


def test_a_value_exactly_halfway_is_in_its_class_label():
    # 6.25 (exact in binary): "0.1 – 6.2" then "6.3 – 50.0" left it out of both
    assert class_labels([(0, 0), (0, 6.25), (6.25, 50)], [0, 6.25, 50], False, ENGLISH) == [
        "0.0",
        "0.1 – 6.3",
        "6.4 – 50.0",
    ]
    assert class_labels([(-6.25, 1), (1, 5)], [-6.25, 1, 5], False, ENGLISH)[0] == "-6.3 – 1.0"


def test_a_class_of_one_value_reads_as_that_value():
    # was "6.3 – 6.2" and "-2.2 – -2.24": the low limit written with 1 decimal, the high one rounded otherwise
    assert class_labels([(6.25, 6.25), (6.25, 9.5)], [6.25, 9.5], False, ENGLISH) == ["6.25", "6.4 – 9.5"]
    labels = class_labels([(-2.242, -2.242), (-2.242, 11.6)], [-2.242, -2.23, 11.6], False, ENGLISH)
    assert labels == ["-2.24", "-2.23 – 11.6"]
