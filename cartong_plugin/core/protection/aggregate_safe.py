# SPDX-License-Identifier: GPL-3.0-or-later
"""Count submissions by admin area (and answer) with small-cell suppression.

A count of 1 to k-1 households in an area can point at them, so it is hidden (primary
suppression, k = 5 by default, the usual threshold). Totals are published too, so a
hidden cell could be worked out by subtraction; other cells are therefore hidden as well
(complementary suppression) until no hidden value can be computed from the published
ones. The final check is exact: a hidden value is recoverable if and only if it is fixed
by the linear equations "cells of a row/column add up to its total", which is tested
with matrix ranks.

Zero counts are published (they reveal nobody), except in an area whose total is itself
hidden: "all the few households of this village drink from the river" is a disclosure.

An answer given fewer than k times in the whole file is never a column of its own: its name would
be published (a column header is a value), and its one hidden cell would show the area of the few
who gave it. Such answers are counted together under :data:`RARE_ANSWERS`, unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..base.errors import CartongError
from ..base.i18n import tr

DEFAULT_K = 5
NO_ANSWER = ""  # category of rows without an answer
RARE_ANSWERS = "\x00rare"  # answers given fewer than k times in all, counted together (no answer holds NUL)

# item keys: ("cell", area, category) / ("area", area) / ("category", category) / ("all",)


@dataclass
class SafeTable:
    """Counts by area (rows) and category (columns); None where suppressed."""

    areas: list[str]
    categories: list[str]  # [] when counting by area only
    k: int
    values: dict[tuple, int] = field(default_factory=dict)  # true counts, never to be written out
    primary: set[tuple] = field(default_factory=set)
    complementary: set[tuple] = field(default_factory=set)
    rows_without_area: int = 0
    rare_answers: int = 0  # distinct answers folded into RARE_ANSWERS (their values are not kept)

    @property
    def suppressed(self) -> set[tuple]:
        return self.primary | self.complementary

    def published(self, key: tuple) -> int | None:
        """The count to publish for ``key``, or None when hidden."""
        return None if key in self.suppressed else self.values[key]

    def area_total(self, area: str) -> int | None:
        return self.published(("area", area))

    def cell(self, area: str, category: str) -> int | None:
        return self.published(("cell", area, category))

    def category_total(self, category: str) -> int | None:
        return self.published(("category", category))

    def grand_total(self) -> int | None:
        return self.published(("all",))


def category_field_name(category: str) -> str:
    """Field name of a category's count: ``n_<code>`` (``n_no_answer`` for empty answers)."""
    if category == NO_ANSWER:
        return "n_no_answer"
    if category == RARE_ANSWERS:
        return "n_rare_answers"
    return "n_" + (re.sub(r"[^0-9A-Za-z_]+", "_", category).strip("_") or "x")


def _relations(table: SafeTable) -> list[list[tuple]]:
    """Each list holds items whose cells add up to its last item (the total)."""
    areas, categories = table.areas, table.categories
    relations = [[("area", a) for a in areas] + [("all",)]]
    if categories:
        relations += [[("cell", a, c) for c in categories] + [("area", a)] for a in areas]
        relations += [[("cell", a, c) for a in areas] + [("category", c)] for c in categories]
        relations.append([("category", c) for c in categories] + [("all",)])
    return relations


def _recoverable(table: SafeTable, relations: list[list[tuple]]) -> list[tuple]:
    """Hidden items whose value the published counts determine (exact, with ranks)."""
    import numpy as np

    hidden = sorted(table.suppressed, key=repr)
    if not hidden:
        return []
    index = {key: i for i, key in enumerate(hidden)}
    rows = []
    for relation in relations:
        row = np.zeros(len(hidden))
        for position, key in enumerate(relation):
            if key in index:
                row[index[key]] = -1.0 if position == len(relation) - 1 else 1.0
        if row.any():
            rows.append(row)
    if not rows:
        return hidden
    # x_i is fixed by A x = b exactly when every vector of A's null space is 0 at i
    matrix = np.array(rows)
    _, singular, vt = np.linalg.svd(matrix, full_matrices=True)
    rank = int((singular > 1e-9 * max(matrix.shape)).sum())
    null_space = vt[rank:]
    free = np.any(np.abs(null_space) > 1e-9, axis=0) if len(null_space) else np.zeros(len(hidden), bool)
    return [key for key, i in index.items() if not free[i]]


def _complement(table: SafeTable, relation: list[tuple]) -> tuple | None:
    """The item to hide beside a lone hidden one: the smallest non-zero count, cells first."""
    candidates = [key for key in relation if key not in table.suppressed and table.values[key] > 0]
    if not candidates:
        return None
    return min(candidates, key=lambda key: (key[0] != "cell", table.values[key], repr(key)))


def suppress_small_cells(
    counts: Mapping[str, Mapping[str, int]], k: int = DEFAULT_K, categories: list[str] | None = None
) -> SafeTable:
    """Apply primary and complementary suppression to ``counts`` {area: {category: n}}.

    With ``categories`` None or empty, counts are by area only (use the category ``""``).
    """
    if k < 2:
        raise CartongError(tr("The minimum count k must be 2 or more (got {k}).").format(k=k))
    categories = list(categories or [])
    table = SafeTable(areas=list(counts), categories=categories, k=k)
    for area, by_category in counts.items():
        table.values[("area", area)] = sum(by_category.values())
        for category in categories:
            table.values[("cell", area, category)] = by_category.get(category, 0)
    for category in categories:
        table.values[("category", category)] = sum(table.values[("cell", a, category)] for a in table.areas)
    table.values[("all",)] = sum(table.values[("area", a)] for a in table.areas)

    table.primary = {key for key, value in table.values.items() if 0 < value < k}
    for area in table.areas:  # a hidden small area hides its whole row, zeros included
        if ("area", area) in table.primary:
            table.primary |= {("cell", area, c) for c in categories}

    relations = _relations(table)
    while True:
        changed = False
        for relation in relations:
            hidden = [key for key in relation if key in table.suppressed]
            if len(hidden) == 1:
                pick = _complement(table, relation)
                if pick is not None:
                    table.complementary.add(pick)
                    changed = True
        if changed:
            continue
        # lone-cell checks passed; now the exact test across all relations together
        recoverable = _recoverable(table, relations)
        if not recoverable:
            break
        target = recoverable[0]
        for relation in relations:
            if target in relation:
                pick = _complement(table, relation)
                if pick is not None:
                    table.complementary.add(pick)
                    changed = True
                    break
        if changed:
            continue
        if table.values[target] == 0 and target in table.primary:
            # a zero hidden with its small area that the totals give away anyway: show it
            table.primary.discard(target)
        elif ("all",) not in table.suppressed:
            table.complementary.add(("all",))  # last resort
        else:
            raise CartongError(
                tr(
                    "The counts cannot be protected by suppression; aggregate to a "
                    "larger area or drop the answer breakdown."
                )
            )
    return table


def count_by_area(
    rows: Iterable[Mapping], area_field: str, category_field: str | None = None, areas: Iterable[str] | None = None
) -> tuple[dict[str, dict[str, int]], list[str], int]:
    """({area: {category: n}}, categories, rows without area) from survey rows.

    ``areas`` lists every area to report (e.g. all admin-2 P-codes), so areas with no
    submission appear with 0; rows whose area is empty are counted apart.
    """
    counts: dict[str, dict[str, int]] = {str(a): {} for a in (areas or [])}
    categories: dict[str, None] = {}
    without_area = 0
    for row in rows:
        area = _text(row.get(area_field))
        if not area:
            without_area += 1
            continue
        category = _text(row.get(category_field)) if category_field else NO_ANSWER
        categories.setdefault(category, None)
        by_category = counts.setdefault(area, {})
        by_category[category] = by_category.get(category, 0) + 1
    ordered = sorted(c for c in categories if c != NO_ANSWER)
    if NO_ANSWER in categories:
        ordered.append(NO_ANSWER)
    return counts, (ordered if category_field else []), without_area


def fold_rare_answers(
    counts: dict[str, dict[str, int]], categories: list[str], k: int
) -> tuple[dict[str, dict[str, int]], list[str], int]:
    """(counts, categories, answers folded): answers given fewer than ``k`` times in all become RARE_ANSWERS.

    Rows without an answer stay apart (that category names nobody).
    """
    totals: dict[str, int] = {}
    for by_category in counts.values():
        for category, n in by_category.items():
            totals[category] = totals.get(category, 0) + n
    rare = {c for c in categories if c != NO_ANSWER and totals.get(c, 0) < k}
    if not rare:
        return counts, categories, 0
    folded: dict[str, dict[str, int]] = {}
    for area, by_category in counts.items():
        kept = {c: n for c, n in by_category.items() if c not in rare}
        others = sum(n for c, n in by_category.items() if c in rare)
        if others:
            kept[RARE_ANSWERS] = others
        folded[area] = kept
    shown = [c for c in categories if c not in rare and c != NO_ANSWER] + [RARE_ANSWERS]
    if NO_ANSWER in categories:
        shown.append(NO_ANSWER)
    return folded, shown, len(rare)


def aggregate_with_suppression(
    rows: Iterable[Mapping],
    area_field: str,
    category_field: str | None = None,
    k: int = DEFAULT_K,
    areas: Iterable[str] | None = None,
) -> SafeTable:
    """Count ``rows`` by ``area_field`` (and ``category_field``) and suppress small counts.

    Answers given fewer than ``k`` times in all are folded into RARE_ANSWERS first (``fold_rare_answers``).
    """
    counts, categories, without_area = count_by_area(rows, area_field, category_field, areas)
    if not counts:
        raise CartongError(tr("No submission has a value in {field}: nothing to aggregate.").format(field=area_field))
    rare = 0
    if not categories:
        counts = {area: {NO_ANSWER: sum(by.values())} for area, by in counts.items()}
    else:
        counts, categories, rare = fold_rare_answers(counts, categories, k)
    table = suppress_small_cells(counts, k=k, categories=categories)
    table.rows_without_area = without_area
    table.rare_answers = rare
    return table


def _text(value) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value).strip()
