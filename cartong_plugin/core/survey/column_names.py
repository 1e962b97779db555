# SPDX-License-Identifier: GPL-3.0-or-later
"""The typed names of an export's columns: unique without case, never fid or geom, room left for the
``_label`` and ``_file`` columns the import adds (``columns.plan_columns`` calls ``unique_names`` last)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import gpkg_writer as gw

if TYPE_CHECKING:
    from .columns import Column
    from .xlsform import FormSpec


def unique_names(columns: list[Column], spec: FormSpec | None = None) -> None:
    """Typed names unique without case (SQLite), never fid/geom, labels and attachment links included.

    A question keeps its own name: question columns are named first, then metadata, coordinate and
    other columns, each in column order; a name already taken becomes its header's path joined with
    "_" (``b/village`` -> ``b_village``), then gets "_" appended until free (``fid`` -> ``fid_``).
    The choice columns of a select_multiple come last: ``<question>_<choice>``, or
    ``<question>__<choice>`` when that is the name of a question of the form (``water_source/other``
    beside the text question ``water_source_other``) or already taken, then "_" appended until free.
    """
    used = {gw.FID, gw.GEOM}
    questions = {q.name.casefold() for q in spec.questions.values()} if spec else set()
    questions_first = sorted(
        columns, key=lambda c: 2 if c.kind == "flag" or c.choice else 0 if c.question is not None else 1
    )
    for column in questions_first:
        suffixes = ("",) + _SUFFIXES.get(column.kind, ()) + (("_file",) if is_media(column) else ())
        name = column.name or column.header
        if column.kind == "flag" and column.question is not None:
            if name.casefold() in questions or _taken(name, suffixes, used):
                name = f"{column.question.name}__{column.choice}"
        elif column.choice and _taken(name, suffixes, used):  # without a form: "q_choice" -> "q__choice"
            name = f"{name[: -len(column.choice) - 1]}__{column.choice}"
        elif _taken(name, suffixes, used):
            name = path_name(column.header) or name
        while _taken(name, suffixes, used):
            name += "_"
        column.name = name
        used.update(f"{name}{suffix}".casefold() for suffix in suffixes)


def path_name(header: str) -> str:
    """The name of a question column whose question's name is taken: its header's path joined with "_"
    (``household/age`` -> ``household_age``)."""
    return re.sub(r"[/.:\s-]+", "_", header).strip("_")


def last_step(header: str) -> str:
    """The name of a column no question of the form fits: its header's last path step
    (``household/remarks`` -> ``remarks``), or the whole header when it ends with "/"."""
    return header.rsplit("/", 1)[-1] or header


def _taken(name: str, suffixes: tuple[str, ...], used: set[str]) -> bool:
    return any(f"{name}{suffix}".casefold() in used for suffix in suffixes)


_SUFFIXES = {"select_one": ("_label",), "select_multiple": ("_label",)}
# XLSForm types whose answer is a file name: the sync links them to the downloaded file (<q>_file)
MEDIA_TYPES = frozenset({"image", "audio", "video", "file", "binary", "photo", "background-audio"})


def is_media(column: Column) -> bool:
    return column.question is not None and column.question.type in MEDIA_TYPES
