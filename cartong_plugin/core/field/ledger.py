# SPDX-License-Identifier: GPL-3.0-or-later
"""What the office took from each returned copy of a package, so that a copy merged again (or a later
copy of it) is compared with what was merged last time, not with the state it left the office in.

The office table ``cartong_field_merged`` holds, per copy of a package (the package's id, then ``#`` and
a copy id for every copy after the first), per table and row (``base:<base fid>`` for a row the package
left with, ``new:<field fid>`` for a row the field added), the office fid and the row's values as merged.

A package's zip copied onto several laptops comes back several times, and the copies are alike but for
what each team did. A returned copy is taken for a later copy of one merged before (``choose``) only when
it still holds every submission that copy added (by the ``_uuid`` given in the field, else at the same row
with the same point and start) and no edit of that copy is undone; otherwise it is another copy, with a
ledger of its own. A row added in the field is found again by its own identity (its ``_uuid``; without
one, its content, or its row number with the same point and start), never by its row number alone: two
laptops number their new rows alike. Values are compared as the office holds them (date-times in UTC).
What the other copies took is kept at hand (``elsewhere``, ``added_elsewhere``): the same edit or the
same submission brought by two copies is taken once, and an edit another copy made differently is a
conflict (see ``rows``).
"""

from __future__ import annotations

import json
from uuid import uuid4

LEDGER_TABLE = "cartong_field_merged"
_COLUMNS = ("package", "table_name", "row_key", "office_fid", "value")
_UUID, _SURVEY = "_uuid", "survey"
_PLACE = ("geom", "start")  # what a new row without _uuid keeps when its answers are corrected
_COPY = "#"  # package id + "#" + copy id: the copies of one package after the first


class Ledger:
    """The rows one copy of a package brought into the office: {(table, row key): (office fid, values)};
    ``copies``: every copy of the package merged before, {package column: rows}."""

    def __init__(self, package: str, rows: dict | None = None, copies: dict | None = None):
        self.package = package
        self.rows: dict[tuple[str, str], tuple[int, dict]] = rows or {}
        self.changed: dict[tuple[str, str], tuple[int, dict]] = {}
        self.copies: dict[str, dict] = copies or {}
        self.found: set[tuple[str, str]] = set()  # new rows matched to a field row during this merge

    def get(self, table: str, key: str) -> tuple[int, dict] | None:
        return self.changed.get((table, key)) or self.rows.get((table, key))

    def put(self, table: str, key: str, office_fid: int, values: dict) -> None:
        self.changed[(table, key)] = (office_fid, values)

    def _all(self) -> dict:
        return {**self.rows, **self.changed}

    def office_fids(self, table: str) -> set[int]:
        return {fid for (name, _key), (fid, _values) in self._all().items() if name == table}

    def uuids(self, table: str) -> set[str]:
        """The _uuid of the rows of ``table`` this copy added to the office."""
        return {
            values.get(_UUID) or "" for (name, key), (_f, values) in self._all().items() if name == table and _new(key)
        }

    def choose(self, field: dict[str, dict], base: dict[str, dict]) -> None:
        """Take as this copy's ledger the copy merged before that ``field`` ({table: {fid: values}}, the
        returned copy) continues, else start a new copy's (see the module); ``base``: the package's rows."""
        best, score = None, (0, 0)
        for package, rows in sorted(self.copies.items()):
            mine = _continues(rows, field, base)
            if mine is not None and mine > score:
                best, score = package, mine
        if best is None:
            self.package = f"{self.package}{_COPY}{uuid4().hex[:12]}" if self.copies else self.package
            self.rows = {}
        else:
            self.package, self.rows = best, self.copies[best]

    def _others(self):
        return (rows for package, rows in self.copies.items() if package != self.package)

    def elsewhere(self, table: str, key: str, base: dict) -> list[dict]:
        """The edits the other copies of the package merged into the row ``key`` of ``table``: per copy,
        {column: value} where it is not the ``base`` row's."""
        merged = [rows[(table, key)][1] for rows in self._others() if (table, key) in rows]
        return [{c: v for c, v in values.items() if c in base and v != base[c]} for values in merged]

    def added_elsewhere(self, table: str, values: dict) -> bool:
        """Whether another copy of the package added a row with this very content (``values`` as the office
        holds them; a _uuid given at the merge aside). A submission with a _uuid of its own is told by it
        (see ``rows.merge_survey``), never by its answers: two households may answer alike."""
        if table == _SURVEY and values.get(_UUID):
            return False
        mine = _content(values)
        return any(
            name == table and _new(key) and _content(merged) == mine
            for rows in self._others()
            for (name, key), (_fid, merged) in rows.items()
        )

    def find_new(self, table: str, fid: int, values: dict, owner: str) -> str | None:
        """The key of the row this copy added before that the field row ``fid`` (``values``) is: found by
        its _uuid given in the field; a row without one (or a repeat row, whose ``owner`` column names its
        submission) by its content (``values`` as the office holds them), else by its fid while it keeps its
        point and start (or, a repeat row, its submission)."""
        rows = self._all()
        mine = {key: merged for (name, key), (_f, merged) in rows.items() if name == table and _new(key)}
        mine = {key: merged for key, merged in mine.items() if (table, key) not in self.found}
        uuid = values.get(_UUID) or ""
        if table == _SURVEY and uuid:
            same = [key for key, merged in mine.items() if merged.get(_UUID) == uuid]
        else:
            parent = values.get(owner) or ""
            if table != _SURVEY:
                mine = {key: merged for key, merged in mine.items() if (merged.get(owner) or "") == parent}
            same = [key for key, merged in mine.items() if _content(merged) == _content(values)]
            same = same or [key for key in mine if key == f"new:{fid}" and _place(mine[key]) == _place(values)]
        key = f"new:{fid}" if f"new:{fid}" in same else (same[0] if same else None)
        if key is not None:
            self.found.add((table, key))
        return key

    def new_key(self, table: str, fid: int) -> str:
        """A key for the field row ``fid`` added now, not yet used by this copy."""
        taken = {key for name, key in self._all() if name == table}
        key, extra = f"new:{fid}", 1
        while key in taken:
            key, extra = f"new:{fid}.{extra}", extra + 1
        self.found.add((table, key))
        return key


def _new(key: str) -> bool:
    return key[:4] == "new:"


def _content(values: dict) -> str:
    return json.dumps(sorted((k, v) for k, v in values.items() if k != _UUID))


def _place(values: dict) -> tuple:
    return tuple(values.get(column) for column in _PLACE)


def _continues(rows: dict, field: dict[str, dict], base: dict[str, dict]) -> tuple[int, int] | None:
    """How surely the returned copy ``field`` (as the office holds it) continues the copy that brought
    ``rows``: (its new submissions held by their field _uuid, its new rows and edits still held), or None
    when the copy lacks one of that copy's new submissions, or holds none of its edits and added rows
    (another laptop's copy). A new row without _uuid is held at its row number with its point and start
    (its answers may have been corrected since); an edit is held while the row still differs from the
    package there (it may have been corrected again)."""
    uuids = {values.get(_UUID) for values in field.get(_SURVEY, {}).values()} - {None, ""}
    by_uuid, held, edits = 0, 0, 0
    for (name, key), (_fid, merged) in rows.items():
        if _new(key):
            if name == _SURVEY and merged.get(_UUID) in uuids:
                by_uuid, held = by_uuid + 1, held + 1
                continue
            fid = key[4:]
            now = field.get(name, {}).get(int(fid)) if fid.isdigit() else None
            other = name == _SURVEY and now is not None and (now.get(_UUID) or "") not in ("", merged.get(_UUID))
            if now is None or other or int(fid) in base.get(name, {}) or _place(now) != _place(merged):
                if name == _SURVEY:
                    return None  # a submission this copy added is missing: another copy
                continue
            held += 1
            continue
        row = int(key[5:]) if key[5:].isdigit() else key[5:]  # a 0.2.0 key: uuid and rank, no fid
        before, now = base.get(name, {}).get(row, {}), field.get(name, {}).get(row, {})
        changed = [column for column, value in merged.items() if column in before and value != before[column]]
        edits += len(changed)
        held += sum(column in now and now[column] != before[column] for column in changed)
    if held == 0 or 2 * held < edits:
        return None
    return (by_uuid, held)


def read_ledger(ds, base, field_ds, times) -> Ledger:
    """The ledger of the package of ``base`` (``snapshot.Base``) kept in the office dataset ``ds`` (empty
    when never merged): of its copy that the returned copy ``field_ds`` continues (:meth:`Ledger.choose`),
    its date-times read in UTC as the ledger keeps them (``times``: ``field_times.FieldTimes``)."""
    from .snapshot import layer_rows

    package, tables = base.identity, {_SURVEY, *base.tables}
    table = ds.GetLayerByName(LEDGER_TABLE)
    copies: dict[str, dict] = {}
    if table is not None:
        table.SetAttributeFilter(None)
        for feature in table:
            name = feature.GetField("package") or ""
            if name == package or name.startswith(package + _COPY):
                key = (feature.GetField("table_name"), feature.GetField("row_key"))
                value = (int(feature.GetField("office_fid")), json.loads(feature.GetField("value")))
                copies.setdefault(name, {})[key] = value
    ledger = Ledger(package, copies=copies)
    field = {}
    for name in tables:
        layer, office = field_ds.GetLayerByName(name), ds.GetLayerByName(name)
        if layer is not None:
            if office is not None:
                times.learn(name, layer_rows(office))
            field[name] = {fid: as_office(times, name, values) for fid, values in layer_rows(layer).items()}
    rows = {_SURVEY: base.legacy or {}, **base.tables}  # 0.2.0: keyed by uuid and rank, no edit told apart
    ledger.choose(field, rows)
    return ledger


def as_office(times, table: str, values: dict) -> dict:
    """A field row's ``values`` with its date-times in UTC, as the office (and the ledger) holds them."""
    utc = {column: times.utc(table, column, value) for column, value in values.items()}
    return {**values, **{column: value for column, value in utc.items() if value is not None}}


def write_ledger(ds, ledger: Ledger) -> None:
    """Add or update the rows merged this time (inside the caller's transaction)."""
    from osgeo import ogr

    if not ledger.changed:
        return
    table = ds.GetLayerByName(LEDGER_TABLE)
    if table is None:
        table = ds.CreateLayer(LEDGER_TABLE, geom_type=ogr.wkbNone, options=["FID=fid"])
        for column in _COLUMNS:
            table.CreateField(ogr.FieldDefn(column, ogr.OFTInteger64 if column == "office_fid" else ogr.OFTString))
    where = {}
    for feature in table:
        if feature.GetField("package") == ledger.package:
            where[(feature.GetField("table_name"), feature.GetField("row_key"))] = feature.GetFID()
    for (name, key), (office_fid, values) in ledger.changed.items():
        fid = where.get((name, key))
        feature = table.GetFeature(fid) if fid is not None else ogr.Feature(table.GetLayerDefn())
        for column, value in zip(_COLUMNS, (ledger.package, name, key, office_fid, json.dumps(values))):
            feature.SetField(column, value)
        if fid is None:
            table.CreateFeature(feature)
        else:
            table.SetFeature(feature)
