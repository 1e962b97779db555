# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a repeat's relation against its rows before it is recorded (``repeat_links``).

A relation joins every child row whose key equals a parent row's key: a parent key that repeats
(two Kobo exports pasted one under the other restart ``_index`` at 1) shows each child under two
submissions, and a ``_parent_index`` that disagrees with the row's own ``_submission__uuid`` shows it
under another household. The submission's uuid is its identity, so a first-level repeat is then
linked by it, as are its rows whose ``_parent_index`` names no row while their uuid names a
submission. A nested one, whose parent the uuid does not name, is linked by ``_parent_index`` within
its submission (``also_keys``: a composite key) when ``_index`` repeats, else said. Rows that match
no parent are kept and counted.
"""

from __future__ import annotations

import pandas as pd

from ..base.i18n import tr, trn
from .columns import Column
from .export_readers import TextTable

_LISTED = 5  # rows or values named in a sentence; the rest are counted
_SEP = "\x1f"  # between the parts of a composite key


def _column(table: TextTable, plan: list[Column], name: str) -> pd.Series | None:
    """The values of the typed column ``name`` (stripped text), or None when the table has none."""
    for column in plan:
        if column.name == name:
            return table.frame[column.index].astype(str).str.strip()
    return None


def _by_header(table: TextTable, plan: list[Column], header: str) -> pd.Series | None:
    """The values of the column the export calls ``header`` (R's X_uuid is _uuid), or None."""
    for column in plan:
        if (column.restored or column.header) == header:
            return table.frame[column.index].astype(str).str.strip()
    return None


def _submissions(table: TextTable):
    """True for each row but those repeating the header row (``export_shape``: blank, not in the typed table),
    whose empty keys name no row and miss no parent."""
    import numpy as np

    real = np.ones(table.rows, dtype=bool)
    real[list(table.notes.header_copies)] = False
    return real


def _rows(table: TextTable, positions) -> str:
    """The rows at ``positions`` as the file shows them (``TextTable.file_row``), the first few."""
    listed = ", ".join(str(table.file_row(int(p))) for p in list(positions)[:_LISTED])
    return listed + (", …" if len(positions) > _LISTED else "")


def _listed(values) -> str:
    values = list(values)
    return ", ".join(values[:_LISTED]) + (", …" if len(values) > _LISTED else "")


def key_values(table: TextTable, plan: list[Column], names: list[str]) -> pd.Series | None:
    """The key of each row: the values of the typed columns ``names`` joined (a composite key), or None."""
    found = [_column(table, plan, name) for name in names]
    columns = [c for c in found if c is not None]
    if len(columns) < len(found):
        return None
    return columns[0] if len(columns) == 1 else columns[0].str.cat(columns[1:], sep=_SEP)


def relation_keys(rel: dict) -> tuple[list[str], list[str]]:
    """(parent columns, child columns) of ``rel``: its key pair, then the pairs of ``also_keys``."""
    also = rel.get("also_keys", [])
    return [rel["parent_key"]] + [p for p, _c in also], [rel["child_key"]] + [c for _p, c in also]


def rows_point_at_main(child: TextTable, child_plan, main: TextTable, main_plan) -> bool:
    """Whether the child's ``_parent_index`` values are the main table's ``_index``: each row pointing at
    an ``_index`` of the main table belongs (by its ``_submission__uuid``) to that very submission, and
    some row does. A nested repeat's ``_parent_index`` numbers its parent repeat's rows instead."""
    pointer = _by_header(child, child_plan, "_parent_index")
    own = _by_header(child, child_plan, "_submission__uuid")
    index = _by_header(main, main_plan, "_index")
    uuid = _by_header(main, main_plan, "_uuid")
    if pointer is None or own is None or index is None or uuid is None:
        return False
    pointing = pointer.isin(set(index[index.ne("")])) & own.ne("")
    if not pointing.any():
        return False
    submissions = set(zip(index, uuid))
    return all(pair in submissions for pair in zip(pointer[pointing], own[pointing]))


def _within_submission(rel: dict, parent: TextTable, parent_plan, child: TextTable, child_plan) -> dict | None:
    """``rel`` (a nested repeat's, on _index -> _parent_index) also keyed on the submission's uuid
    (_submission__uuid of both): pasted exports number each one's rows from 1, but never within one
    submission. None when a table lacks the uuid."""
    names = []
    for table, plan in ((parent, parent_plan), (child, child_plan)):
        found = [c.name for c in plan if (c.restored or c.header) == "_submission__uuid"]
        column = _by_header(table, plan, "_submission__uuid") if found else None
        if column is None or (column.eq("").to_numpy() & _submissions(table)).any():
            return None
        names.append(found[0])
    return {**rel, "also_keys": [names]}


def _uuid_relation(rel: dict, parent: TextTable, parent_plan, child: TextTable, child_plan) -> dict | None:
    """``rel`` keyed on the submission's uuid (_uuid -> _submission__uuid) when both tables have it."""
    names = {}
    for key, table, plan in (("_uuid", parent, parent_plan), ("_submission__uuid", child, child_plan)):
        found = [c.name for c in plan if (c.restored or c.header) == key]
        column = _by_header(table, plan, key) if found else None
        if column is None or column.eq("").all():
            return None
        names[key] = found[0]
    return {**rel, "parent_key": names["_uuid"], "child_key": names["_submission__uuid"]}


def checked_relation(rel: dict, parent: TextTable, parent_plan, child: TextTable, child_plan, main: bool, warnings):
    """``rel`` as it can be trusted: keyed on the submission's uuid, or None (left unlinked), with
    ``warnings`` saying why; then the child rows it links to no parent are counted."""
    by_index = (rel["parent_key"], rel["child_key"]) in {
        (c.name, d.name)
        for c in parent_plan
        if (c.restored or c.header) in ("_index", "KEY")
        for d in child_plan
        if (d.restored or d.header) in ("_parent_index", "PARENT_KEY")
    }
    parent_keys = _column(parent, parent_plan, rel["parent_key"])
    child_keys = _column(child, child_plan, rel["child_key"])
    if parent_keys is None or child_keys is None:
        return rel  # a flattened repeat linked by row (fid)
    if by_index:
        rel = _trusted(rel, parent, parent_plan, parent_keys, child, child_plan, child_keys, main, warnings)
        if rel is None:
            return None
    parent_names, child_names = relation_keys(rel)
    _unlinked(
        rel,
        parent,
        key_values(parent, parent_plan, parent_names),
        child,
        key_values(child, child_plan, child_names),
        warnings,
    )
    return rel


def _trusted(rel, parent, parent_plan, parent_keys, child, child_plan, child_keys, main, warnings):
    """``rel`` (keyed on _index or KEY) when its keys are unique and agree with the rows' uuid."""
    uuid_rel = _uuid_relation(rel, parent, parent_plan, child, child_plan) if main else None
    repeated = parent_keys[parent_keys.ne("") & parent_keys.duplicated()].unique()
    if len(repeated):
        said = {
            "file": child.source,
            "key": rel["parent_key"],
            "parent": rel["parent"],
            "values": _listed(repeated),
            "table": rel["child"],
            "child_key": rel["child_key"],
        }
        if uuid_rel:
            warnings.append(
                tr(
                    "{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under "
                    "the other, so the rows of {table} were linked to their submission by _submission__uuid."
                ).format(**said)
            )
            return uuid_rel
        nested_rel = None if main else _within_submission(rel, parent, parent_plan, child, child_plan)
        if nested_rel and not _repeated_keys(parent, parent_plan, relation_keys(nested_rel)[0]):
            warnings.append(
                tr(
                    "{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under "
                    "the other, so each row of {table} was linked to the row of {parent} its {child_key} names "
                    "within its own submission (_submission__uuid)."
                ).format(**said)
            )
            return nested_rel
        warnings.append(
            tr(
                "{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the "
                "other: {table} was left unlinked rather than shown under two parents. Import each export "
                "on its own."
            ).format(**said)
        )
        return None
    own = _by_header(child, child_plan, "_submission__uuid")
    theirs = _by_header(parent, parent_plan, "_uuid" if main else "_submission__uuid")
    if own is None or theirs is None:
        return rel
    parent_uuid = child_keys.map(dict(zip(parent_keys, theirs)))  # the uuid of the row each one points at
    wrong = (own.ne("") & parent_uuid.notna() & parent_uuid.ne("") & own.ne(parent_uuid)).to_numpy().nonzero()[0]
    # rows pointing at no row whose own uuid names a submission: linked by it, unless a row that has no
    # uuid is linked by its _parent_index (one key serves the whole table: it would be lost instead)
    stray = (parent_uuid.isna() & own.isin(set(theirs[theirs.ne("")]))).to_numpy().nonzero()[0]
    if uuid_rel is None or (own.eq("") & parent_uuid.notna() & _submissions(child)).any():
        stray = stray[:0]
    if not len(wrong) and not len(stray):
        return rel
    if len(stray):
        warnings.append(
            trn(
                "{file}: %n row's {key} (row {rows}) matches no row of {parent}, but its _submission__uuid names "
                "a submission: the rows of {table} were linked to their submission by _submission__uuid.",
                "{file}: %n rows' {key} (rows {rows}) match no row of {parent}, but their _submission__uuid "
                "names a submission: the rows of {table} were linked to their submission by _submission__uuid.",
                len(stray),
            ).format(
                file=child.source,
                key=rel["child_key"],
                rows=_rows(child, stray),
                parent=rel["parent"],
                table=rel["child"],
            )
        )
        if not len(wrong):
            return uuid_rel
    if uuid_rel:
        warnings.append(
            trn(
                "{file}: %n row's {key} (row {rows}) points at another submission than its own "
                "_submission__uuid; the rows of {table} were linked to their submission by _submission__uuid.",
                "{file}: %n rows' {key} (rows {rows}) point at other submissions than their own "
                "_submission__uuid; the rows of {table} were linked to their submission by _submission__uuid.",
                len(wrong),
            ).format(file=child.source, key=rel["child_key"], rows=_rows(child, wrong), table=rel["child"])
        )
        return uuid_rel
    warnings.append(
        trn(
            "{file}: %n row's {key} (row {rows}) points at a row of {parent} from another submission than its "
            "own _submission__uuid: it is shown under that row. Check it at the source.",
            "{file}: %n rows' {key} (rows {rows}) point at rows of {parent} from other submissions than their "
            "own _submission__uuid: they are shown under those rows. Check them at the source.",
            len(wrong),
        ).format(file=child.source, key=rel["child_key"], rows=_rows(child, wrong), parent=rel["parent"])
    )
    return rel


def _repeated_keys(table: TextTable, plan: list[Column], names: list[str]) -> bool:
    keys = key_values(table, plan, names)
    return keys is not None and bool(keys.duplicated().any())


def _unlinked(rel, parent, parent_keys, child, child_keys, warnings) -> None:
    """Say the child rows whose key matches no parent row (kept, belonging to no submission)."""
    lost = ((~child_keys.isin(set(parent_keys[parent_keys.ne("")]))).to_numpy() & _submissions(child)).nonzero()[0]
    if not len(lost):
        return
    first = child_keys.iloc[lost[0]].replace(_SEP, " / ") or tr("empty")
    warnings.append(
        trn(
            "{file}: %n row's {key} matches no row of {parent} (row {rows}: {value}); it was kept unlinked, "
            "so counts per submission leave it out.",
            "{file}: %n rows' {key} match no row of {parent} (rows {rows}; first: {value}); they were kept "
            "unlinked, so counts per submission leave them out.",
            len(lost),
        ).format(
            file=child.source,
            key=" + ".join(relation_keys(rel)[1]),
            parent=rel["parent"],
            rows=_rows(child, lost),
            value=first,
        )
    )
