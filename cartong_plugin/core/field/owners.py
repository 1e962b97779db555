# SPDX-License-Identifier: GPL-3.0-or-later
"""The submission a repeat row or a raw row belongs to, read by the link its data uses.

Kobo's rows name their submission's ``_uuid`` in ``_submission__uuid``. An ODK Central export names the
``KEY`` of the parent ("uuid:…", or "uuid:…/taxon_encounter[1]" for a nested repeat) in ``PARENT_KEY``,
and its raw main table has the submission's ``KEY`` but no ``_uuid``: such a link is read through the
``KEY`` -> ``_uuid`` of the survey rows, the office's and the returned copy's (a new submission's with the
``_uuid`` it got at the merge). A KEY held by two different submissions names neither: their rows are
listed, never added to one of them by chance.
"""

from __future__ import annotations

from .snapshot import KEY, PARENT_KEY, UUID


class Owners:
    """{survey KEY: the _uuids of the submissions holding it}, learnt from the survey rows."""

    def __init__(self):
        self._uuids: dict[str, set[str]] = {}

    def learn(self, key: str | None, uuid: str | None) -> None:
        if key and uuid:
            self._uuids.setdefault(key, set()).add(uuid)

    def learn_rows(self, rows: dict) -> None:
        """Learn the KEY and _uuid of the survey ``rows`` ({fid: values})."""
        for values in rows.values():
            self.learn(values.get(KEY), values.get(UUID))

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
