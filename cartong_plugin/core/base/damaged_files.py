# SPDX-License-Identifier: GPL-3.0-or-later
"""A damaged GeoPackage named in a sentence: which file, that it is damaged, and what to do.

SQLite and GDAL only say "database disk image is malformed" (or "unable to open database: <path>"),
about whatever file they had open: sometimes a hidden temporary copy the user never chose. So when a
step fails on a database error, ``refuse_damaged`` looks at the files the step read: the first one SQLite
cannot read whole (``PRAGMA quick_check``: a copy cut short, a failing disk or USB stick) is named in
``damaged_sentence``. Only run after a failure: the check reads the whole file.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from .errors import CartongError
from .i18n import tr

_SQLITE_HEADER = b"SQLite format 3\x00"


def is_damaged(path) -> bool:
    """Whether the SQLite file (GeoPackage) ``path`` cannot be read whole. A file that is no SQLite
    database at all, missing, or locked by another program is not said damaged: other checks name it."""
    path = Path(str(path))
    try:
        with open(path, "rb") as handle:
            if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                return False
    except OSError:
        return False
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            found = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:  # locked, or its folder read-only with a -wal file: not known damaged
        return False
    except sqlite3.DatabaseError:  # malformed: its first pages cannot even be read
        return True
    return found != [("ok",)]


def damaged_sentence(path) -> str:
    """The sentence for a damaged GeoPackage ``path``: what it is, why it may be so, what to do."""
    return tr(
        "The GeoPackage {file} is damaged: SQLite cannot read all of it (a copy cut short, a failing disk or "
        "USB stick). Take it from a backup, or import the survey again into a new GeoPackage, then run again."
    ).format(file=str(path))


def refuse_damaged(err: BaseException, paths) -> None:
    """CartongError naming the first of ``paths`` that is damaged, raised from ``err``; nothing when none is."""
    for path in dict.fromkeys(str(p) for p in paths if p):
        if is_damaged(path):
            raise CartongError(damaged_sentence(path), path=path) from err
