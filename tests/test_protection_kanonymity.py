# SPDX-License-Identifier: GPL-3.0-or-later
"""Local suppression: every combination of quasi-identifiers is shared by k rows after blanking."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.protection.kanonymity import suppress_rare_combinations


def test_unique_household_loses_its_most_identifying_value():
    rows = [["CF111", "female", 4]] * 5 + [["CF111", "male", 4]] * 5 + [["CF112", "female", 11]]
    rows = [list(r) for r in rows]
    result = suppress_rare_combinations(rows, [0, 1, 2], k=5)
    assert rows[-1] in ([None, None, None], ["CF112", None, None], [None, "female", None])
    assert rows[:10] == [["CF111", "female", 4]] * 5 + [["CF111", "male", 4]] * 5
    assert result.records_touched == 1 and result.blanked >= 1


def test_columns_that_are_not_quasi_identifiers_stay():
    rows = [["CF111", "a"], ["CF112", "b"]]
    suppress_rare_combinations(rows, [0], k=2)
    assert rows == [[None, "a"], [None, "b"]]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=2, max_value=6))
def test_every_combination_reaches_k_or_is_all_blank(seed, k):
    rng = random.Random(seed)
    rows = [[rng.choice("ABCD"), rng.choice("mf"), rng.randint(1, 12), f"id{n}"] for n in range(rng.randint(1, 80))]
    original = [list(r) for r in rows]
    result = suppress_rare_combinations(rows, [0, 1, 2], k)
    sizes = Counter(tuple(r[:3]) for r in rows)
    assert all(n >= k or combo == (None, None, None) for combo, n in sizes.items())
    assert all(a == b or a is None for row, before in zip(rows, original) for a, b in zip(row, before))
    assert [r[3] for r in rows] == [r[3] for r in original]
    assert result.residual == sizes.get((None, None, None), k) * (sizes.get((None, None, None), k) < k)


def test_k_below_two_is_refused():
    with pytest.raises(CartongError, match="k must be 2 or more"):
        suppress_rare_combinations([["a"]], [0], k=1)
