# SPDX-License-Identifier: GPL-3.0-or-later
"""The submission a repeat row or a raw row belongs to, read by the link its data uses.

Kobo's rows name their submission's ``_uuid`` in ``_submission__uuid``. An ODK Central export names the
``KEY`` of the parent ("uuid:…", or "uuid:…/taxon_encounter[1]" for a nested repeat) in ``PARENT_KEY``,
and its raw main table has the submission's ``KEY`` but no ``_uuid``: such a link is read through the
``KEY`` -> ``_uuid`` of the survey rows, the office's and the returned copy's (a new submission's with the
``_uuid`` it got at the merge). A KEY held by two different submissions names neither: their rows are
listed, never added to one of them by chance.

A Kobo row added in the field through the import's relation (``_index`` -> ``_parent_index``, as the
office's project links them) has no ``_submission__uuid``: its submission is that of the row its
``_parent_index`` numbers in the returned copy (the survey's ``_uuid``, a parent repeat row's
``_submission__uuid``), and a row of a repeat of the survey added by the package's project (linked by
``_uuid``) gets the office's ``_index`` of its submission as ``_parent_index`` (``links``). A row added
in the field whose ``_index`` the office holds gets the office's next one (``rows``): the rows added
under it follow it.
"""

from __future__ import annotations

import json

from .snapshot import KEY, PARENT_KEY, PARENT_UUID, SURVEY, UUID

INDEX, PARENT_INDEX = "_index", "_parent_index"  # Kobo: a row's number, and its parent row's


class Owners:
    """{survey KEY: the _uuids of the submissions holding it}, learnt from the survey rows; and Kobo's
    row numbers (``_index``) of the returned copy and of the office survey."""

    def __init__(self):
        self._uuids: dict[str, set[str]] = {}
        self.parents: dict[str, str] = {}  # {Kobo repeat table: the table its _parent_index numbers}
        self._numbered: dict[str, dict[str, set[str]]] = {}  # {table: {_index: submissions}}, returned copy
        self._office_index: dict[str, set[str]] = {}  # {_uuid: the office survey's _index}
        self._renumbered: dict[tuple, str] = {}  # {(table, submission, field _index): the office's _index}

    def learn(self, key: str | None, uuid: str | None) -> None:
        if key and uuid:
            self._uuids.setdefault(key, set()).add(uuid)

    def learn_rows(self, rows: dict) -> None:
        """Learn the KEY, _uuid and _index of the office's survey ``rows`` ({fid: values})."""
        for values in rows.values():
            self.learn(values.get(KEY), values.get(UUID))
            self.learn_office_index(values.get(UUID), values.get(INDEX))

    def learn_office_index(self, uuid: str | None, index: str | None) -> None:
        if uuid and index:
            self._office_index.setdefault(uuid, set()).add(index)

    def learn_numbers(self, table: str, rows: dict) -> None:
        """Learn the submission of each ``_index`` of the returned copy's ``table`` (``rows``: {fid: values})."""
        column = UUID if table == SURVEY else PARENT_UUID
        numbered = self._numbered.setdefault(table, {})
        for values in rows.values():
            if values.get(INDEX) and values.get(column):
                numbered.setdefault(values[INDEX], set()).add(values[column])

    def renumber(self, table: str, uuid: str, index: str | None, office: str | None) -> None:
        """The row ``index`` of ``table`` in the submission ``uuid`` of the returned copy is ``office`` in the
        office (a row added in the field, given the office's next ``_index``)."""
        if index and office and index != office:
            self._renumbered[(table, uuid, index)] = office
            if table == SURVEY:
                self.learn_office_index(uuid, office)

    def of(self, column: str, values: dict) -> str:
        """The _uuid of the submission the row ``values`` belongs to by its ``column`` ("" when it names
        none, or a KEY that several submissions hold)."""
        value = values.get(column) or ""
        if column not in (PARENT_KEY, KEY):
            return value
        found = self._uuids.get(value.split("/")[0], set())  # a nested repeat's parent is under the submission
        return next(iter(found)) if len(found) == 1 else ""

    def shown(self, column: str, values: dict) -> str:
        """The submission named in a listed row: its _uuid, else the link as the row writes it."""
        return self.of(column, values) or values.get(column) or ""

    def links(self, table: str, column: str, values: dict) -> dict:
        """The links a Kobo row of ``table`` added in the field lacks: its ``_submission__uuid``, read from
        its ``_parent_index`` (the row it numbers in the returned copy, when one submission holds that
        number), and, in a repeat of the survey, its ``_parent_index``: the office's ``_index`` of its
        submission. {} when it lacks none, or they cannot be told."""
        if column != PARENT_UUID or table not in self.parents:
            return {}
        found = {}
        uuid = values.get(PARENT_UUID) or ""
        if not uuid:
            held = self._numbered.get(self.parents[table], {}).get(values.get(PARENT_INDEX) or "", set())
            uuid = found[PARENT_UUID] = next(iter(held)) if len(held) == 1 else ""
        number = self._office_index.get(uuid, set())
        if uuid and PARENT_INDEX in values and not values[PARENT_INDEX] and self.parents[table] == SURVEY:
            if len(number) == 1:
                found[PARENT_INDEX] = next(iter(number))
        moved = self._renumbered.get((self.parents[table], uuid, values.get(PARENT_INDEX)))
        if moved:  # its parent row was renumbered: it follows
            found[PARENT_INDEX] = moved
        return {name: value for name, value in found.items() if value}


def kobo_parents(ds) -> dict[str, str]:
    """{repeat table: its parent table} of the relations by ``_index`` -> ``_parent_index`` the last import
    of the GeoPackage ``ds`` (OGR) recorded in ``cartong_metadata``."""
    if ds.GetLayerByName("cartong_metadata") is None:
        return {}
    found = ds.ExecuteSQL("SELECT relations FROM cartong_metadata WHERE action = 'import' ORDER BY fid DESC LIMIT 1")
    try:
        feature = found.GetNextFeature() if found is not None else None
        text = feature.GetFieldAsString(0) if feature is not None else ""
    finally:
        if found is not None:
            ds.ReleaseResultSet(found)
    try:
        relations = json.loads(text) if text else []
    except ValueError:
        return {}
    return {
        rel["child"]: rel["parent"]
        for rel in relations
        if isinstance(rel, dict) and rel.get("parent_key") == INDEX and rel.get("child_key") == PARENT_INDEX
    }
