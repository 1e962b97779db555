# SPDX-License-Identifier: GPL-3.0-or-later
"""A repeat table shared (``members``): its rows and the submissions they belong to.

A repeat row names its submission in ``_submission__uuid`` (Kobo's exports and API, the field round
trip): :data:`PARENT_ID`. Its points, when it has any, are moved by that id and the row's place in its
submission, which stay the same from one download to the next (``share_records._draws``).

Cleaning writes the survey table without the removed submissions, but their repeat rows stay in the
repeat tables. :func:`absent_submissions` counts the rows shared whose submission is missing from a
survey table of the same GeoPackage (a table with ``_uuid`` holding some of them, not the raw copies), so
the README and the user are told that they are shared all the same.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from ..base.i18n import trn
from .companions import _gpkg_of

PARENT_ID = "_submission__uuid"  # a repeat row's submission (the parent's _uuid)
SUBMISSION_ID = "_uuid"


def absent_submissions(layer, parents: list) -> list[dict]:
    """The README steps for the rows whose submission (``parents``: each shared row's ``_submission__uuid``)
    is missing from a survey table beside ``layer`` in its GeoPackage: one per such table holding some of
    them ({"action": "rows_of_absent_submissions", "rows_affected", "parameters": {table, submissions}})."""
    path, table = _gpkg_of(layer)
    named = [str(p) for p in parents if p not in (None, "")]
    if path is None or not named:
        return []
    from ..survey.gpkg_writer import quote, table_columns

    steps = []
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
            for other in tables:
                if other == table or other.lower().startswith("raw_"):
                    continue
                if SUBMISSION_ID not in table_columns(db, other)[0]:
                    continue
                kept = {row[0] for row in db.execute(f"SELECT {quote(SUBMISSION_ID)} FROM {quote(other)}")}
                missing = [p for p in named if p not in kept]
                if missing and len(missing) < len(named):  # none there: another survey's table, not its parent
                    steps.append(
                        {
                            "action": "rows_of_absent_submissions",
                            "rows_affected": len(missing),
                            "parameters": {"table": other, "submissions": len(set(missing))},
                        }
                    )
    except sqlite3.Error:  # cannot be read as SQLite: nothing to say
        return []
    return steps


def absent_submissions_warning(step: dict) -> str:
    """The sentence for the user about one step of :func:`absent_submissions` (algorithm and wizard)."""
    return trn(
        "%n row shared belongs to a submission missing from the table {table} of the same GeoPackage (removed "
        "in cleaning?): it is shared all the same. To share only the rows of kept submissions, share a copy of "
        "the table without it.",
        "%n rows shared belong to {submissions} submissions missing from the table {table} of the same "
        "GeoPackage (removed in cleaning?): they are shared all the same. To share only the rows of kept "
        "submissions, share a copy of the table without them.",
        step.get("rows_affected", 0),
    ).format(table=step["parameters"]["table"], submissions=step["parameters"]["submissions"])
