# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``_uuid`` of a survey layer imported from an ODK Central export, derived from its instanceID.

The cleaning (runchecks, applycleaninglog, the field package) names each submission by ``_uuid``, as
Kobo and ONA exports and the toolkit's own ODK download (``servers/odata_records``) write it: the
instanceID without its ``uuid:`` prefix. ODK Central's CSV export (and its zip, or a workbook made
from them) carries the instanceID itself instead, ``meta-instanceID`` ("uuid:..."), and ``KEY``, so an
imported Central export could not be cleaned at all. The typed survey layer gets that ``_uuid``: the
instanceID (``meta/instanceID`` with any group separator, or bare), else the main table's ``KEY``,
without its ``uuid:`` prefix. The raw table stays as received; ``column_notes`` records the column it
came from. A table with a ``_uuid`` of its own, or with neither column, is left as it is.
"""

from __future__ import annotations

import re

from . import gpkg_writer as gw
from .columns import Column

UUID = "_uuid"
PREFIX = "uuid:"  # removed as the ODK download removes it (odata_records): exactly, at the start
_INSTANCE_ID = re.compile(r"(?:meta[/.:_-])?instanceID", re.IGNORECASE)


def uuid_source(plan: list[Column]) -> Column | None:
    """The column of the main table whose values, without ``uuid:``, make the survey layer's ``_uuid``:
    the instanceID, else ``KEY``; None when the table has a ``_uuid`` (R's ``X_uuid`` too) or neither."""

    def named(column: Column) -> str:
        return column.restored or column.header

    if any(UUID in (column.name.casefold(), named(column).casefold()) for column in plan):
        return None
    found = [c for c in plan if _INSTANCE_ID.fullmatch(named(c))] or [c for c in plan if named(c) == "KEY"]
    return found[0] if found else None


def uuid_sql(source: Column) -> str:
    """SQL of ``_uuid`` over the raw row ``r``: the value without its ``uuid:`` prefix, NULL when empty."""
    ref = "r." + gw.quote(source.header)
    start = len(PREFIX)
    return (
        f"nullif(CASE WHEN substr({ref}, 1, {start}) = '{PREFIX}' THEN substr({ref}, {start + 1}) ELSE {ref} END, '')"
    )


def add_uuid_column(builder, plan: list[Column]) -> None:
    """Add ``_uuid`` to the fields and expressions of the survey layer's ``builder`` (column_types)
    when its export carries the instanceID instead (see the module)."""
    from osgeo import ogr

    source = uuid_source(plan)
    if source is not None:
        builder.fields.append((UUID, ogr.OFTString))
        builder.exprs.append(uuid_sql(source))
