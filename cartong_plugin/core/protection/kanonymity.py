# SPDX-License-Identifier: GPL-3.0-or-later
"""k-anonymity of shared records by local suppression (the sdcMicro approach, simplified).

Without names, a household can still be singled out by a rare combination of ordinary
answers ("the only female-headed household of 11 people in Yakéréla"). The columns that
an outsider could know (quasi-identifiers: area, village, sex and age of the head, size
of the household...) are checked together: a record whose combination is shared by
fewer than k records gets one of those values blanked (the column with most distinct
values first), again and again until every combination is shared by k records or more.
A blank is a value of its own here, so the guarantee can be checked on the shared file
by simply counting combinations. Columns that repeat a quasi-identifier (its choice label, its
0/1 choice columns) are its ``companions``: blanked in exactly the rows where it is, or they would
give the blanked value back.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..base.errors import CartongError
from ..base.i18n import tr


@dataclass
class SuppressionResult:
    blanked: int  # values set to empty
    records_touched: int
    residual: int  # records still in a combination below k (all their quasi-identifiers empty)
    companion_rows: int = 0  # records where a companion column was blanked with its quasi-identifier


def _key(row: list, indices: list[int]) -> tuple:
    return tuple(row[i] for i in indices)


def suppress_rare_combinations(
    rows: list[list], indices: list[int], k: int = 5, companions: dict[int, list[int]] | None = None
) -> SuppressionResult:
    """Blank quasi-identifier values in ``rows`` (changed in place) until combinations reach ``k``.

    ``indices`` are the positions of the quasi-identifiers in each row; None is empty.
    ``companions`` maps a quasi-identifier's position to the positions blanked along with it.
    """
    companions = companions or {}
    if k < 2:
        raise CartongError(tr("The minimum count k must be 2 or more (got {k}).").format(k=k))
    if not indices:
        return SuppressionResult(0, 0, 0)
    # the column with most distinct values identifies most: blank it first
    distinct = {i: len({row[i] for row in rows if row[i] is not None}) for i in indices}
    order = sorted(indices, key=lambda i: (-distinct[i], i))
    blanked, touched, followed = 0, set(), set()
    while True:
        sizes = Counter(_key(row, indices) for row in rows)
        rare = [
            n
            for n, row in enumerate(rows)
            if sizes[_key(row, indices)] < k and any(row[i] is not None for i in indices)
        ]
        if not rare:
            break
        for n in rare:
            row = rows[n]
            column = next(i for i in order if row[i] is not None)
            row[column] = None
            for companion in companions.get(column, []):
                row[companion] = None
                followed.add(n)
            blanked += 1
            touched.add(n)
    sizes = Counter(_key(row, indices) for row in rows)
    residual = sum(1 for row in rows if sizes[_key(row, indices)] < k)
    return SuppressionResult(
        blanked=blanked, records_touched=len(touched), residual=residual, companion_rows=len(followed)
    )
