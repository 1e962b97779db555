# SPDX-License-Identifier: GPL-3.0-or-later
"""The base rows of a package paired with the office's and the returned copy's rows (see ``rows``).

By fid while the row still holds the base row's submission (and, in a repeat table, its own key), else by
a key held once on each side; 0.2.0 packages by ``_uuid`` and rank, while no side added or deleted one of
the rows sharing a ``_uuid``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .snapshot import UUID

REPEAT_ROW_KEYS = ("KEY", "_index")  # a repeat row's own name: ODK's "uuid:…/members[2]", Kobo's row number


@dataclass
class Pairs:
    office: dict  # base row id -> office fid
    field: dict  # base row id -> field fid
    claimed: set  # field fids that are base rows (not new)
    ambiguous: dict  # uuid -> base row ids of a 0.2.0 package that cannot be matched


def _by(rows: dict, key) -> dict:
    """{key(values): [fids]} of ``rows``; ``key`` a column name or a function of a row's values."""
    key_of = key if callable(key) else (lambda values: values.get(key) or "")
    index: dict = {}
    for fid, values in sorted(rows.items()):
        index.setdefault(key_of(values), []).append(fid)
    return index


def row_key_column(rows: dict) -> str | None:
    """The column by which a repeat table's rows name themselves: ODK's ``KEY``, else Kobo's ``_index``
    (the first that its rows hold); None when they hold neither."""
    return next((name for name in REPEAT_ROW_KEYS if any(values.get(name) for values in rows.values())), None)


def pair_by_fid(base: dict, office: dict, field: dict, column: str, own: str | None = None) -> Pairs:
    """Base rows paired with the office's and the field's rows: by fid while the row still holds the base
    row's ``column`` (and, in a repeat table, its own key ``own``: a copy whose fids were renumbered must
    not shift one submission or one member onto another), else by a key held once in the base and once on
    that side: the ``_uuid`` for ``survey``, the ``column`` and ``own`` of a repeat row."""

    def identity(values):
        return (values.get(column), values.get(own)) if own else values.get(column)

    def key(values):  # "" when the row cannot be found but by its fid
        if column == UUID:
            return values.get(UUID) or ""
        return (values.get(column) or "", values[own]) if own and values.get(own) else ""

    pairs = Pairs({}, {}, set(), {})
    for side, target in ((office, pairs.office), (field, pairs.field)):
        used = set()
        for fid, values in base.items():
            row = side.get(fid)
            if row is not None and identity(row) == identity(values):
                target[fid] = fid
                used.add(fid)
        in_base, in_side = _by(base, key), _by(side, key)
        for fid, values in base.items():
            found = in_side.get(key(values), [])
            if fid in target or not key(values) or len(in_base[key(values)]) != 1 or len(found) != 1:
                continue
            if found[0] not in used:
                target[fid] = found[0]
                used.add(found[0])
    pairs.claimed = set(pairs.field.values())
    return pairs


def pair_legacy(legacy: dict, office: dict, field: dict) -> Pairs:
    """0.2.0 keys (uuid, rank): rows sharing a _uuid are paired by rank only while no side added or
    deleted one of them (a deletion would shift the ranks onto another row)."""
    groups: dict[str, list[str]] = {}
    for key in legacy:
        groups.setdefault(key.split("\t")[0], []).append(key)
    pairs = Pairs({}, {}, set(), {})
    in_office, in_field = _by(office, UUID), _by(field, UUID)
    for uuid, keys in groups.items():
        keys.sort(key=lambda k: int(k.split("\t")[1]))
        pairs.claimed.update(in_field.get(uuid, []))
        for found, target in ((in_field.get(uuid, []), pairs.field), (in_office.get(uuid, []), pairs.office)):
            if len(found) == len(keys):
                target.update(zip(keys, found))
            elif found:
                pairs.ambiguous[uuid] = keys
    for keys in pairs.ambiguous.values():
        for key in keys:
            pairs.field.pop(key, None)
            pairs.office.pop(key, None)
    return pairs
