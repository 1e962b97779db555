# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK's audit log (a form with an ``audit`` question) imported as a log, not as a table of the form.

ODK Central's "Download all data" adds ``<formId> - audit.csv`` (central-backend ``client-audits.js``):
one row per event of the enumerators (``event, node, start, end, latitude, longitude, accuracy,
old-value, new-value``, newer servers with ``instance ID`` first), ``start`` and ``end`` in
milliseconds since 1970. Its ``start`` and ``end`` are not the form's questions of that name: each
column is text, except those two, read as UTC date-times; ``instance ID`` links the events to their
submission (``repeat_links``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..base.i18n import tr

if TYPE_CHECKING:
    from .columns import Column

# the columns Central writes (client-audits.js), and those ODK Collect may add (user, change reason)
_AUDIT_COLUMNS = frozenset({"event", "node", "start", "end", "latitude", "longitude", "accuracy", "old-value"})
_OPTIONAL = frozenset({"new-value", "instance ID", "user", "change-reason"})
_TIMES = ("start", "end")
INSTANCE = "instance ID"  # the submission's instanceID (KEY of the main table)


def is_audit_log(headers: list[str]) -> bool:
    """Whether a table's header is ODK's audit log: its event columns, and nothing else."""
    names = {header.strip() for header in headers}
    return {"event", "node", "start", "end"} <= names and names <= _AUDIT_COLUMNS | _OPTIONAL


def plan_audit_log(table, warnings: list[str]) -> list[Column]:
    """The columns of an audit log table: text, ``start`` and ``end`` as date-times from milliseconds."""
    from .columns import Column  # columns asks this module first

    columns = []
    for index, header in enumerate(table.headers):
        name = header.strip()
        kind = "epoch_ms" if name in _TIMES else "text"
        columns.append(Column(index=index, header=header, name=name, kind=kind))
    linked = INSTANCE in {h.strip() for h in table.headers}
    warnings.append(
        (
            tr(
                "{file} is the form's audit log (one row per event of the enumerators, not submissions): its start "
                "and end were read as date-times from milliseconds, its events linked to their submission by "
                "its 'instance ID' column."
            )
            if linked
            else tr(
                "{file} is the form's audit log (one row per event of the enumerators, not submissions): its start "
                "and end were read as date-times from milliseconds. It has no 'instance ID' column, so its events "
                "are not linked to their submission."
            )
        ).format(file=table.source)
    )
    return columns


def epoch_ms_sql(ref: str) -> str:
    """SQL of the UTC date-time of ``ref``, a whole number of milliseconds since 1970; NULL for another value."""
    value = f"trim({ref})"
    return (
        f"CASE WHEN {value} GLOB '[0-9]*' AND NOT {value} GLOB '*[^0-9]*' AND length({value}) <= 15 "
        f"THEN strftime('%Y-%m-%dT%H:%M:%fZ', CAST({value} AS INTEGER) / 1000.0, 'unixepoch') END"
    )
