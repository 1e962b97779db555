# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK Central repeats without ``$expand``: the per-repeat OData tables joined back to their rows.

Central before 1.2 has no ``$expand=*`` (and a proxy or server may refuse it). Each repeat then
has its own entity set, named by its path (``Submissions.members``,
``Submissions.household.members``, ``Submissions.members.children``), whose rows carry
``__id`` and the ``__id`` of their parent row in ``__<parent set with - for .>-id``
(``__Submissions-id``, ``__Submissions-members-id``). The rows are kept in a temporary SQLite
file (memory stays flat) and inserted into their parent rows where ``$expand=*`` puts them,
so that the rest of the download sees the same records either way. Nothing read is dropped without a
word: repeat rows whose submission was not read, and submissions deleted before their repeat tables were
read, are said (``say_unread_repeats``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .records import TemporaryStore

if TYPE_CHECKING:
    from .http import ServerClient
    from .records import DownloadStats

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
            "CREATE TABLE item (entity_set TEXT, parent TEXT, id TEXT, row TEXT, used INTEGER DEFAULT 0, "
            "PRIMARY KEY (entity_set, id))"
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
        """The rows of ``table`` under ``parent_id``, marked as used (``orphans`` are the rows never asked)."""
        key = (table.name, parent_id)
        cursor = self.db.execute("SELECT row FROM item WHERE entity_set = ? AND parent = ? ORDER BY rowid", key)
        rows = [json.loads(text) for (text,) in cursor]
        self.db.execute("UPDATE item SET used = 1 WHERE entity_set = ? AND parent = ?", key)
        return rows

    def orphans(self, tables: list[RepeatTable], parents: set[str]) -> dict[str, int]:
        """{parent id: number of rows}: the rows never attached (``items``) whose submission is not one of
        ``parents`` (those read or kept already), nor any parent row at all (a nested repeat's)."""
        lost: dict[tuple[str, str], bool] = {}
        found: dict[str, int] = {}
        for table in tables:  # parents first: a nested row is lost when its parent row is
            rows = self.db.execute("SELECT parent, id FROM item WHERE entity_set = ? AND used = 0", (table.name,))
            for parent, ident in rows.fetchall():
                if table.parent == "Submissions":
                    gone = parent not in parents
                else:  # an unused parent row was judged before; an attached one has no unused items
                    gone = lost.get((table.parent, parent), True)
                lost[(table.name, ident)] = gone
                if gone:
                    found[parent] = found.get(parent, 0) + 1
        return found

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


def say_unread_repeats(
    http: ServerClient,
    stats: DownloadStats,
    url: str,
    query: dict,
    form_id: str,
    read: set,
    known: set,
    tables: list[RepeatTable],
    store: RepeatRows,
) -> None:
    """After the repeat tables were joined (``attach_repeats``): warn of the repeat rows whose submission was
    neither read (``read``: the ids the feed ``url`` gave) nor kept already (``known``), and of the submissions
    read that the server no longer lists (deleted before their repeat tables were read: kept, perhaps without
    their repeats)."""
    from ..base.i18n import tr, trn
    from .odata_records import odata_count
    from .odk_completeness import server_ids
    from .records import first_ids, warn

    orphans = store.orphans(tables, read | known)
    if orphans:
        rows = sum(orphans.values())
        warn(
            http.feedback,
            stats,
            trn(
                "%n repeat row of form {id} on {host} belongs to no submission that was downloaded ({parents}), "
                "so it is not in the GeoPackage. A submission sent during the download comes with the next update.",
                "%n repeat rows of form {id} on {host} belong to no submission that was downloaded ({parents}), "
                "so they are not in the GeoPackage. A submission sent during the download comes with the next update.",
                rows,
            ).format(id=form_id, host=http.host, parents=first_ids(sorted(orphans))),
        )
    if not tables or not read - known:
        return
    listed = server_ids(http, url, query, form_id)
    if listed is None:  # the server has no $select: its count says at least that some were deleted
        answer = http.get_json(
            url,
            params=dict(query, **{"$top": 0, "$count": "true"}),
            what=tr("the submissions of form {id}").format(id=form_id),
        )
        # read as the download reads its pages: a count written as text ("11") counts too
        count = odata_count(answer, stats, http.feedback, http.host, form_id) if isinstance(answer, dict) else None
        if count is not None and stats.server_count is not None and count < stats.server_count:
            warn(
                http.feedback,
                stats,
                tr(
                    "Submissions of form {id} were deleted on {host} while the download read their repeats: "
                    "some submissions downloaded may lack their repeat rows. Download again."
                ).format(id=form_id, host=http.host),
            )
        return
    gone = read - known - set(listed) - {""}
    if gone:
        warn(
            http.feedback,
            stats,
            trn(
                "%n submission of form {id} was deleted on {host} during the download, before its repeats "
                "({repeats}) could be read: {uuids}. It is kept as it was read, without them.",
                "%n submissions of form {id} were deleted on {host} during the download, before their repeats "
                "({repeats}) could be read: {uuids}. They are kept as they were read, without them.",
                len(gone),
            ).format(
                id=form_id,
                host=http.host,
                repeats=", ".join(t.name.removeprefix("Submissions.") for t in tables),
                uuids=first_ids(sorted(gone)),
            ),
        )
