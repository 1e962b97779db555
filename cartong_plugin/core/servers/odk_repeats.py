# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK Central repeats without ``$expand``: the per-repeat OData tables joined back to their rows.

Central before 1.2 has no ``$expand=*`` (and a proxy or server may refuse it). Each repeat then
has its own entity set, named by its path (``Submissions.members``,
``Submissions.household.members``, ``Submissions.members.children``), whose rows carry
``__id`` and the ``__id`` of their parent row in ``__<parent set with - for .>-id``
(``__Submissions-id``, ``__Submissions-members-id``). The rows are kept in a temporary SQLite
file (memory stays flat) and inserted into their parent rows where ``$expand=*`` puts them,
so that the rest of the download sees the same records either way.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .records import TemporaryStore

_LINK = "@odata.navigationLink"


@dataclass
class RepeatTable:
    """One repeat's OData entity set and where its items go in the parent row."""

    name: str  # Submissions.household.members
    parent: str  # Submissions, or the entity set of the enclosing repeat
    within: list[str]  # path from the parent row to the list: ["household", "members"]

    @property
    def parent_key(self) -> str:
        return f"__{self.parent.replace('.', '-')}-id"


def repeat_tables(fields: list[dict]) -> list[RepeatTable]:
    """The repeat entity sets of a form from Central's ``/fields?odata=true``, parents first."""
    paths = [str(f.get("path", "")).strip("/").split("/") for f in fields if f.get("type") == "repeat"]
    tables = []
    for path in paths:
        parent = max((p for p in paths if len(p) < len(path) and path[: len(p)] == p), key=len, default=[])
        tables.append(
            RepeatTable(
                name=".".join(["Submissions", *path]),
                parent=".".join(["Submissions", *parent]),
                within=path[len(parent) :],
            )
        )
    return tables


def repeats_left_out(rows: list[dict]) -> bool:
    """True when rows link to their repeats instead of holding them (a server that ignored ``$expand``)."""

    def left_out(node: dict) -> bool:
        for key, value in node.items():
            if key.endswith(_LINK) and not isinstance(node.get(key[: -len(_LINK)]), list):
                return True
            if isinstance(value, dict) and left_out(value):
                return True
        return False

    return any(left_out(row) for row in rows)


class RepeatRows(TemporaryStore):
    """Repeat rows on disk, looked up by entity set and parent ``__id`` in download order."""

    def __init__(self, directory: str | os.PathLike | None = None):
        fd, name = tempfile.mkstemp(prefix="cartong-repeats-", suffix=".sqlite", dir=directory)
        os.close(fd)
        self.path = Path(name)
        self.db = sqlite3.connect(name)
        self.db.execute(
            "CREATE TABLE item (entity_set TEXT, parent TEXT, id TEXT, row TEXT, PRIMARY KEY (entity_set, id))"
        )
        self.db.execute("CREATE INDEX item_parent ON item (entity_set, parent)")

    def add(self, table: RepeatTable, rows: list[dict]) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO item (entity_set, parent, id, row) VALUES (?, ?, ?, ?)",
            [
                (
                    table.name,
                    str(row.get(table.parent_key) or ""),
                    str(row.get("__id") or ""),
                    json.dumps(row, ensure_ascii=False),
                )
                for row in rows
            ],
        )

    def items(self, table: RepeatTable, parent_id: str) -> list[dict]:
        cursor = self.db.execute(
            "SELECT row FROM item WHERE entity_set = ? AND parent = ? ORDER BY rowid", (table.name, parent_id)
        )
        return [json.loads(text) for (text,) in cursor]

    def close(self) -> None:
        self.db.close()
        super().close()


def attach_repeats(row: dict, entity_set: str, tables: list[RepeatTable], store: RepeatRows) -> dict:
    """``row`` of ``entity_set`` with its repeat items (and theirs) inserted as ``$expand=*`` would."""
    for table in tables:
        if table.parent != entity_set:
            continue
        items = []
        for item in store.items(table, str(row.get("__id") or "")):
            item.pop(table.parent_key, None)
            items.append(attach_repeats(item, table.name, tables, store))
        node = row
        for part in table.within[:-1]:
            if not isinstance(node.get(part), dict):
                node[part] = {}
            node = node[part]
        node.pop(table.within[-1] + _LINK, None)
        node[table.within[-1]] = items
    return row
