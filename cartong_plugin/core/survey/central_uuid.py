# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``_uuid`` of a survey layer imported from an ODK Central export: the submission's own id.

The cleaning (runchecks, applycleaninglog, the field package) names each submission by ``_uuid``, as
Kobo and ONA exports and the toolkit's own ODK download (``servers/odata_records``) write it: OData's
``__id`` without its ``uuid:`` prefix. ODK Central's CSV export (and its zip, or a workbook made from
them) has no ``_uuid``, so an imported Central export could not be cleaned at all. The typed survey
layer gets that ``_uuid`` from the main table's ``KEY``: the submission's id, the same as ``__id`` and
as its repeat rows' ``PARENT_KEY``, which stays when the submission is edited on the server. The
instanceID (``meta-instanceID``) is the id of the submission's current version: an edit on Central
gives it a new one, so a log or a field package made before the edit, or from a download, would no
longer match. It is used only when there is no ``KEY`` (an export made by another tool). The prefix is
removed as everywhere else (``submission_ids``). The raw table stays as received; ``column_notes``
records the column ``_uuid`` came from. A table with a ``_uuid`` of its own, or with neither column, is
left as it is.
"""

from __future__ import annotations

from . import gpkg_writer as gw
from .columns import Column
from .submission_ids import is_instance_id, without_uuid_prefix_sql

UUID = "_uuid"
KEY = "KEY"  # Central's name for the submission's id in its export (and for a repeat row's, in its table)


def uuid_source(plan: list[Column]) -> Column | None:
    """The column of the main table whose values, without ``uuid:``, make the survey layer's ``_uuid``:
    ``KEY``, else the instanceID; None when the table has a ``_uuid`` (R's ``X_uuid`` too) or neither."""

    def named(column: Column) -> str:
        return column.restored or column.header

    if any(UUID in (column.name.casefold(), named(column).casefold()) for column in plan):
        return None
    found = [c for c in plan if named(c) == KEY] or [c for c in plan if is_instance_id(named(c))]
    return found[0] if found else None


def uuid_sql(source: Column) -> str:
    """SQL of ``_uuid`` over the raw row ``r``: the value without its ``uuid:`` prefix, NULL when empty."""
    return f"nullif({without_uuid_prefix_sql('r.' + gw.quote(source.header))}, '')"


def add_uuid_column(builder, plan: list[Column]) -> None:
    """Add ``_uuid`` to the fields and expressions of the survey layer's ``builder`` (column_types)
    when its export carries the submission's id under another name (see the module)."""
    from osgeo import ogr

    source = uuid_source(plan)
    if source is not None:
        builder.fields.append((UUID, ogr.OFTString))
        builder.exprs.append(uuid_sql(source))
