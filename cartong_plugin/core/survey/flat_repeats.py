# SPDX-License-Identifier: GPL-3.0-or-later
"""Repeat groups flattened into one sheet become child tables, as repeat sheets are.

Kobo's legacy CSV export and ONA write every repeat item as columns of the submission's row:
``kids/kids_details[1]/kids_name`` (``kids.kids_details[1].kids_name`` with ONA's "." delimiter),
``kids/kids_details[2]/kids_name``, nested ``kids/kids_details[1]/kids_immunization[2]/immunization_info``.
A survey with a few repeats then has hundreds of such columns. Here each repeat becomes a table of
its own, one row per item, with the columns of a Kobo repeat sheet: the item's questions under their
path without the index (``kids/kids_details/kids_name``, which the form knows), then ``_index``,
``_parent_index`` (the ``_index`` of the parent row, or its row number when the parent has no
``_index``), ``_parent_table_name`` and ``_submission__uuid``. The importer links them by relations as
it links repeat sheets, and leaves the indexed columns out of the typed parent table; the raw parent table
keeps them exactly as received.

An item whose cells are all empty or ``n/a`` (formhub's mark for an item that does not exist) is
not a row, unless an item nested in it has answers; how many were skipped is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..base.i18n import trn
from .columns import table_key

_INDEXED = re.compile(r"^(.+)\[(\d+)\]$")
_ABSENT = ("", "n/a")


@dataclass
class _Repeat:
    path: tuple[str, ...]  # repeat paths from the outermost: ("kids/kids_details", ".../kids_immunization")
    headers: list[str] = field(default_factory=list)  # child headers, in order of first column
    cells: dict[tuple[int, ...], dict[str, int]] = field(default_factory=dict)  # item numbers -> header -> column


def parse_indexed(header: str) -> tuple[tuple[str, ...], tuple[int, ...], str] | None:
    """(repeat paths, item numbers, header without indices) of a flattened repeat column, else None.

    ``kids/kids_details[2]/kids_immunization[1]/info`` -> (("kids/kids_details",
    "kids/kids_details/kids_immunization"), (2, 1), "kids/kids_details/kids_immunization/info").
    ONA's other group delimiter, ".", is read alike (``members[1].mname``: a header without "/"),
    the paths given with "/" as the form writes them.
    """
    delimiter = "/" if "/" in header else "."
    parts, plain, paths, numbers = header.split(delimiter), [], [], []
    for part in parts:
        found = _INDEXED.match(part)
        plain.append(found.group(1) if found else part)
        if found:
            paths.append("/".join(plain))
            numbers.append(int(found.group(2)))
    if not paths:
        return None
    return tuple(paths), tuple(numbers), "/".join(plain)


def flattened_repeat_names(headers: list[str]) -> list[str]:
    """The repeats flattened into these headers, outermost first (for previews)."""
    names: list[str] = []
    for header in headers:
        parsed = parse_indexed(header)
        for path in parsed[0] if parsed else ():
            name = path.split("/")[-1]
            if name not in names:
                names.append(name)
    return names


def split_flattened_repeats(tables: list) -> list:
    """``tables`` (TextTables, the main one first) with a child table appended for every repeat
    flattened into one of them; the flattened columns are marked ``moved`` in their table."""
    result = list(tables)
    used = {t.name for t in tables}
    for table in tables:
        result += _split(table, used)
    return result


def _repeats_of(table) -> dict[tuple[str, ...], _Repeat]:
    repeats: dict[tuple[str, ...], _Repeat] = {}
    for index, header in enumerate(table.headers):
        parsed = parse_indexed(header)
        if parsed is None:
            continue
        paths, numbers, plain = parsed
        for depth in range(1, len(paths) + 1):  # every level exists, even one without own columns
            repeats.setdefault(paths[:depth], _Repeat(path=paths[:depth]))
        repeat = repeats[paths]
        if plain not in repeat.headers:
            repeat.headers.append(plain)
        repeat.cells.setdefault(numbers, {})[plain] = index
        table.moved[index] = (paths, plain)  # the repeat's table name replaces the paths in _split
    for repeat in repeats.values():  # items of an outer level that only have nested answers
        for path, inner in repeats.items():
            if len(path) == len(repeat.path) + 1 and path[:-1] == repeat.path:
                for numbers in inner.cells:
                    repeat.cells.setdefault(numbers[:-1], {})
    return repeats


def _split(table, used: set[str]) -> list:
    import numpy as np
    import pandas as pd

    from .export_readers import TextTable

    repeats = _repeats_of(table)
    if not repeats:
        return []
    # only the flattened columns are read here: a wide export may have hundreds of others
    moved = sorted(table.moved)
    at = {column: k for k, column in enumerate(moved)}
    values = table.frame[moved].to_numpy().astype(object)
    rows = len(values)
    cells = pd.Series(values.ravel())  # each distinct value judged once: exports repeat few values
    absent = [v for v in cells.unique() if str(v).strip().lower() in _ABSENT]
    present = ~cells.isin(absent).to_numpy().reshape(values.shape)
    # an item exists when one of its cells, or of the items nested in it, holds an answer
    exists: dict[tuple[tuple[str, ...], tuple[int, ...]], np.ndarray] = {}
    for path in sorted(repeats, key=len, reverse=True):
        repeat = repeats[path]
        for numbers, columns in repeat.cells.items():
            mask = present[:, [at[c] for c in columns.values()]].any(axis=1) if columns else np.zeros(rows, bool)
            for (inner_path, inner_numbers), inner in exists.items():
                if inner_path[:-1] == path and inner_numbers[:-1] == numbers:
                    mask = mask | inner
            exists[(path, numbers)] = mask
    headers = table.headers
    parent_keys = (
        table.frame[headers.index("_index")].to_numpy()
        if "_index" in headers
        else np.arange(1, rows + 1).astype(str).astype(object)
    )
    uuid_column = next((h for h in ("_uuid", "_submission__uuid") if h in headers), None)
    uuids = table.frame[headers.index(uuid_column)].to_numpy() if uuid_column else None
    names, children, skipped = {}, [], 0
    header_copy = np.zeros(rows, bool)  # rows repeating the header row: blank, but no items left out either
    header_copy[list(table.notes.header_copies)] = True
    item_index: dict[tuple, np.ndarray] = {}  # (path, numbers) -> _index of the item's row, per parent row
    for path in sorted(repeats, key=len):
        repeat = repeats[path]
        name = _table_name(path, used)
        names[path] = name
        blocks = []  # (numbers, parent rows, cells, parent keys), in item-number order
        for numbers in sorted(repeat.cells):
            mask = exists[(path, numbers)]
            if repeat.cells[numbers]:
                skipped += int(np.count_nonzero(~mask & ~header_copy))
            positions = np.flatnonzero(mask)
            if not len(positions):
                continue
            cells = repeat.cells[numbers]
            block = np.full((len(positions), len(repeat.headers)), "", dtype=object)
            for k, header in enumerate(repeat.headers):
                if header in cells:
                    block[:, k] = values[positions, at[cells[header]]]
            parent = parent_keys[positions] if len(path) == 1 else item_index[(path[:-1], numbers[:-1])][positions]
            blocks.append((numbers, positions, block, parent))
        if not blocks:
            continue
        # rows in submission order, then item order (as Kobo's repeat sheets): a stable sort by parent row
        positions = np.concatenate([b[1] for b in blocks])
        ranked = np.argsort(positions, kind="stable")
        stacked = np.concatenate([b[2] for b in blocks])[ranked]
        parents = np.concatenate([b[3] for b in blocks])[ranked]
        index_of = np.empty(len(ranked), dtype=object)  # _index of each item, in block order
        index_of[ranked] = np.arange(1, len(ranked) + 1).astype(str)
        start = 0
        for numbers, block_positions, _block, _parent in blocks:
            item_index[(path, numbers)] = np.zeros(rows, dtype=object)
            item_index[(path, numbers)][block_positions] = index_of[start : start + len(block_positions)]
            start += len(block_positions)
        extra_headers = ["_index", "_parent_index", "_parent_table_name"]
        extra = [
            np.arange(1, len(ranked) + 1).astype(str).astype(object),
            parents.astype(object),
            np.full(len(ranked), names.get(path[:-1], table.name or table.source), dtype=object),
        ]
        if uuid_column:
            extra_headers.append("_submission__uuid")
            extra.append(uuids[positions[ranked]])
        frame = pd.DataFrame(np.column_stack([stacked, *extra]) if len(stacked) else [], dtype=object)
        frame.columns = list(range(len(repeat.headers) + len(extra_headers)))
        child = TextTable(name=name, headers=repeat.headers + extra_headers, frame=frame, source=table.source)
        child.parent_by_row = len(path) == 1 and "_index" not in headers
        child.items_in = (table, positions[ranked])  # its warnings name the file row of each item's submission
        # the items of a submission cut off by the end of the file are cut off too
        child.cut_rows = np.flatnonzero(np.isin(positions[ranked], table.cut_rows)).tolist()
        child.cut_at = table.cut_at if child.cut_rows else 0
        children.append(child)
    table.moved = {index: (names[paths], plain) for index, (paths, plain) in table.moved.items()}
    if children:
        example = next(headers[i] for i in table.moved)
        table.warnings.append(
            trn(
                "{file}: %n column is a repeat group flattened into one sheet ({example}): each item became a row "
                "of its repeat's table ({tables}). Items without any answer (empty or n/a) were left out: "
                "{skipped}. The raw table keeps the column as received.",
                "{file}: %n columns are repeat groups flattened into one sheet (such as {example}): each item "
                "became a row of its repeat's table ({tables}). Items without any answer (empty or n/a) were "
                "left out: {skipped}. The raw table keeps these columns as received.",
                len(table.moved),
            ).format(
                file=table.source,
                example=example,
                skipped=skipped,
                tables=", ".join(f"{c.name}: {c.rows}" for c in children),
            )
        )
    return children


def _table_name(path: tuple[str, ...], used: set[str]) -> str:
    """The repeat's name (last part of its path) as the importer names tables, unique among them."""
    parts = [table_key(part) or "repeat" for part in path[-1].split("/")]
    name = parts[-1]
    depth = 1
    while name in used and depth < len(parts):
        depth += 1
        name = "_".join(parts[-depth:])
    base, n = name, 1
    while name in used:
        n += 1
        name = f"{base}_{n}"
    used.add(name)
    return name
