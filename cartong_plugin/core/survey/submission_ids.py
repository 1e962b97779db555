# SPDX-License-Identifier: GPL-3.0-or-later
"""The names of a submission's ODK instanceID column and its ``uuid:`` prefix, read one way everywhere.

ODK writes a submission's instanceID as ``uuid:`` + its uuid, in the column ``meta/instanceID``
(``meta-instanceID`` in Central's CSV export, another group separator after another tool, or bare
``instanceID``); OData's ``__id`` and the ``KEY`` of Central's export hold the same text. Kobo's ``_uuid``,
the toolkit's ODK download (``servers/odata_records``) and the import of a Central export
(``central_uuid``) keep the uuid alone. Every module that compares such ids (the sharing's pseudonyms,
the cleaning log, the download's keys) reads the column names (``is_instance_id``) and removes the
prefix (``without_uuid_prefix``, ``without_uuid_prefix_sql``) by the same rule, so that ``"UUID:x"``
and ``" uuid:x"`` name the submission ``x`` everywhere.
"""

from __future__ import annotations

import re

UUID_PREFIX = "uuid:"
_GROUP_SEPARATORS = "/-_.:"  # Kobo and ODK "/", Central's CSV "-", R and ONA ".", others "_" and ":"
CENTRAL_INSTANCE_ID = "meta-instanceID"  # as ODK Central's CSV export names it (R makes it meta.instanceID)
# the instanceID's column as each tool names it; matched case-insensitively (is_instance_id)
INSTANCE_ID_COLUMNS = ("instanceID", *(f"meta{separator}instanceID" for separator in _GROUP_SEPARATORS))
_INSTANCE_ID = re.compile(r"(?:meta[" + re.escape(_GROUP_SEPARATORS) + r"])?instanceID", re.IGNORECASE)
_SPACES = " \t\r\n"  # before the prefix: what a retyped or pasted id carries
_PREFIX = re.compile(f"^[{_SPACES}]*{UUID_PREFIX}", re.IGNORECASE)


def is_instance_id(name: str) -> bool:
    """Whether the column ``name`` is the instanceID (any of ``INSTANCE_ID_COLUMNS``, in any case)."""
    return isinstance(name, str) and _INSTANCE_ID.fullmatch(name) is not None


def without_uuid_prefix(value):
    """``value`` without a leading ``uuid:`` (any case, after any spaces); the rest as it is. Not text: as it is."""
    return _PREFIX.sub("", value, count=1) if isinstance(value, str) else value


def without_uuid_prefix_sql(ref: str) -> str:
    """SQLite expression of ``without_uuid_prefix`` over the expression ``ref``."""
    spaces = "char(" + ", ".join(str(ord(c)) for c in _SPACES) + ")"
    trimmed = f"ltrim({ref}, {spaces})"
    start = len(UUID_PREFIX)
    return (
        f"(CASE WHEN lower(substr({trimmed}, 1, {start})) = '{UUID_PREFIX}' "
        f"THEN substr({trimmed}, {start + 1}) ELSE {ref} END)"
    )
