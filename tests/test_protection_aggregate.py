# SPDX-License-Identifier: GPL-3.0-or-later
"""Small-cell suppression: counts below k hidden, and no hidden count recoverable from the totals."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.protection.aggregate_safe import (
    NO_ANSWER,
    aggregate_with_suppression,
    category_field_name,
    suppress_small_cells,
)


def published_equations(table):
    """Equations 'cells add up to the total' as (unknown keys, published sum), from published values only."""

    def value(key):
        return table.published(key)

    relations = [([("area", a) for a in table.areas], ("all",))]
    if table.categories:
        relations += [([("cell", a, c) for c in table.categories], ("area", a)) for a in table.areas]
        relations += [([("cell", a, c) for a in table.areas], ("category", c)) for c in table.categories]
        relations.append(([("category", c) for c in table.categories], ("all",)))
    equations = []
    for parts, total in relations:
        unknown = [k for k in parts + [total] if value(k) is None]
        if unknown:
            known = sum(value(k) for k in parts if value(k) is not None)
            equations.append((parts, total, unknown, known))
    return equations


def determined_cells(table):
    """Hidden items fixed by the published equations (linear algebra, independent of the module)."""
    hidden = sorted(table.suppressed, key=repr)
    col = {k: i for i, k in enumerate(hidden)}
    rows = []
    for parts, total, unknown, _known in published_equations(table):
        row = [0.0] * len(hidden)
        for k in unknown:
            row[col[k]] = -1.0 if k == total else 1.0
        rows.append(row)
    if not rows:
        return hidden
    a = np.array(rows)
    rank = np.linalg.matrix_rank(a)
    fixed = []
    for k, i in col.items():
        unit = np.zeros(len(hidden))
        unit[i] = 1
        if np.linalg.matrix_rank(np.vstack([a, unit])) == rank:
            fixed.append(k)
    return fixed


def brute_force_values(table, limit=30):
    """Every non-negative integer assignment of the hidden items consistent with what is published."""
    hidden = sorted(table.suppressed, key=repr)
    equations = published_equations(table)
    solutions = []
    for combo in itertools.product(range(limit + 1), repeat=len(hidden)):
        guess = dict(zip(hidden, combo))
        ok = True
        for parts, total, _unknown, _known in equations:
            total_value = guess.get(total, table.published(total))
            parts_value = sum(guess.get(k, table.published(k)) or 0 for k in parts)
            if parts_value != total_value:
                ok = False
                break
        if ok:
            solutions.append(guess)
    return solutions


def test_counts_below_k_are_hidden_zero_and_k_are_shown():
    table = suppress_small_cells(
        {"A": {"x": 4, "y": 0, "z": 5}, "B": {"x": 6, "y": 7, "z": 9}}, k=5, categories=["x", "y", "z"]
    )
    assert table.cell("A", "x") is None and table.primary == {("cell", "A", "x")}
    assert table.cell("A", "y") == 0  # a zero reveals nobody
    assert table.complementary and all(table.values[key] >= 5 for key in table.complementary)


def test_lone_hidden_cell_gets_complements_in_its_row_and_column():
    table = suppress_small_cells({"A": {"x": 3, "y": 10}, "B": {"x": 10, "y": 10}}, k=5, categories=["x", "y"])
    assert table.primary == {("cell", "A", "x")}
    assert table.complementary == {("cell", "A", "y"), ("cell", "B", "x"), ("cell", "B", "y")}
    assert table.area_total("A") == 13 and table.category_total("x") == 13 and table.grand_total() == 33


def test_hidden_value_cannot_be_found_by_trying_every_value():
    table = suppress_small_cells(
        {"A": {"x": 3, "y": 10, "z": 6}, "B": {"x": 10, "y": 12, "z": 8}}, k=5, categories=["x", "y", "z"]
    )
    assert len(table.suppressed) == 4
    solutions = brute_force_values(table, limit=20)
    assert solutions, "the true table must be one of the solutions"
    for key in table.suppressed:
        assert len({s[key] for s in solutions}) >= 2, key
    assert {table.values[k] for k in table.primary} <= set(range(1, 5))


def test_small_area_hides_its_whole_row_including_zeros():
    table = suppress_small_cells(
        {"A": {"x": 3, "y": 0}, "B": {"x": 10, "y": 12}, "C": {"x": 8, "y": 9}}, k=5, categories=["x", "y"]
    )
    assert table.area_total("A") is None
    assert table.cell("A", "x") is None and table.cell("A", "y") is None
    assert determined_cells(table) == []


def test_area_only_counts_hide_small_areas_and_one_more():
    table = suppress_small_cells({"A": {"": 2}, "B": {"": 30}, "C": {"": 6}}, k=5)
    assert table.area_total("A") is None and table.area_total("C") is None  # complement: smallest other
    assert table.area_total("B") == 30 and table.grand_total() == 38


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=1, max_value=6),
    st.integers(min_value=1, max_value=5),
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=2, max_value=10),
)
def test_no_hidden_count_is_ever_recoverable(n_areas, n_categories, seed, k):
    rng = random.Random(seed)
    categories = [f"c{j}" for j in range(n_categories)]
    counts = {f"A{i}": {c: rng.choice([0, 0, 1, 2, 3, 4, 5, 8, 13, 40]) for c in categories} for i in range(n_areas)}
    table = suppress_small_cells(counts, k=k, categories=categories)
    for key, value in table.values.items():
        if 0 < value < k:
            assert table.published(key) is None, key
    assert determined_cells(table) == []


def test_rows_are_counted_by_area_and_answer():
    rows = (
        [{"admin2": "CF111", "water": "tap"}] * 6
        + [{"admin2": "CF111", "water": None}] * 7
        + [{"admin2": "CF112", "water": "tap"}] * 9
        + [{"admin2": "", "water": "tap"}] * 2
    )
    table = aggregate_with_suppression(rows, "admin2", "water", k=5, areas=["CF111", "CF112", "CF113"])
    assert table.areas == ["CF111", "CF112", "CF113"] and table.categories == ["tap", NO_ANSWER]
    assert table.cell("CF111", "tap") == 6 and table.cell("CF111", NO_ANSWER) == 7
    assert table.area_total("CF113") == 0 and table.rows_without_area == 2
    assert category_field_name(NO_ANSWER) == "n_no_answer" and category_field_name("eau/potable") == "n_eau_potable"


def test_k_below_two_is_refused():
    with pytest.raises(CartongError, match="k must be 2 or more"):
        suppress_small_cells({"A": {"": 3}}, k=1)


def test_no_area_at_all_is_refused():
    with pytest.raises(CartongError, match="No submission has a value in admin2"):
        aggregate_with_suppression([{"admin2": None}], "admin2")
