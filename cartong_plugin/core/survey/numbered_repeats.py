# SPDX-License-Identifier: GPL-3.0-or-later
"""Repeat groups of one name, and ODK Central's numbered CSVs of them (``<form>-<repeat>~1.csv``).

Older forms may hold two repeat groups of one name in two groups (``food/items`` and ``nfi/items``).
The form's reader then names each by its path (``name_shared_repeats``), so that each table is typed
with its own questions and choice lists, never with those of its namesake.

ODK Central writes their CSVs ``<form>-items~1.csv``, ``<form>-items~2.csv``: numbered in depth-first
form order (central-backend ``lib/data/briefcase.js:addSubstreamsToArchive``, issue #145). Each row's
``KEY`` spells the repeat's path (``uuid:…/food/items[2]``) and tells which repeat a file holds, whatever
version of the form numbered it; a file without a KEY (no rows) is the N-th of that name in form order,
as Central numbers them. A file whose KEY names none of them, or numbered beyond them, is imported as
text and said (``numbered_warnings``), never matched by a guess.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from ..base.i18n import tr

if TYPE_CHECKING:
    from .export_readers import TextTable
    from .xlsform import FormSpec

_NUMBERED = re.compile(r"^(?P<name>.+)~(?P<number>[1-9][0-9]*)$")
_INDEX = re.compile(r"\[\d+\]$")


def name_shared_repeats(spec: FormSpec) -> None:
    """Repeat groups that share a name are known by their path (``Group.repeat``, ``Question.repeat``,
    the keys of ``FormSpec.repeats``): ``food/items`` and ``nfi/items``. Others keep their name."""
    repeats = [g for g in spec.groups.values() if g.is_repeat]
    counts = Counter(g.name for g in repeats)
    if all(n == 1 for n in counts.values()):
        return

    def shared_path(group_path: str) -> str | None:
        """The path of the innermost repeat holding ``group_path`` when its name is shared, else None."""
        holding = [g for g in repeats if group_path == g.path or group_path.startswith(g.path + "/")]
        inner = max(holding, key=lambda g: len(g.path), default=None)
        return inner.path if inner is not None and counts[inner.name] > 1 else None

    for group in spec.groups.values():
        group.repeat = shared_path(group.path) or group.repeat
    for question in [*spec.questions.values(), *spec.disabled.values()]:
        question.repeat = (shared_path(question.group) if question.group else None) or question.repeat


def numbered(name: str) -> tuple[str, int] | None:
    """(repeat name, number) of ODK Central's numbered table name ``items~2``, else None."""
    found = _NUMBERED.match(name)
    return (found.group("name"), int(found.group("number"))) if found else None


def numbered_repeat(name: str, spec: FormSpec | None, first_key: str) -> str | None:
    """The form's repeat (its key in ``spec.repeats``) that the numbered table ``name`` holds: the one
    whose path the rows' ``KEY`` spells, or without a KEY (no rows) the N-th of its name in form order
    (Central's own numbering). None when ``name`` is not numbered or this cannot be told."""
    found = numbered(name)
    if spec is None or found is None:
        return None
    base, number = found
    same = [(level, group) for level, group in spec.repeats.items() if group.name == base]
    if first_key:
        path = "/".join(_INDEX.sub("", step) for step in first_key.split("/")[1:])  # after the instance ID
        return next((level for level, group in same if group.path == path), None)
    return same[number - 1][0] if 1 < len(same) and number <= len(same) else None


def first_key(table: TextTable) -> str:
    """The first ``KEY`` of a table's rows, "" when it has none."""
    if "KEY" not in table.headers:
        return ""
    return next((v for v in table.frame[table.headers.index("KEY")] if v), "")


def first_key_in_csv(path: Path, rows: int = 50) -> str:
    """The first ``KEY`` of a repeat CSV (read before the import reads the file), "" when none."""
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        if "KEY" not in header:
            return ""
        at = header.index("KEY")
        for _n, row in zip(range(rows), reader):
            if len(row) > at and row[at]:
                return row[at]
    return ""


def numbered_warnings(tables: list[TextTable], spec: FormSpec | None) -> None:
    """Say, in the table's warnings, each numbered table no repeat of the form was found for: its rows
    are imported as text in a table of their own."""
    if spec is None:
        return
    form = Path(spec.path).name
    for table in tables[1:]:
        found = numbered(table.name)
        if found is None:
            continue
        base, _number = found
        if any(group.name == base for group in spec.repeats.values()):
            said = tr(
                "{file}: ODK Central numbers the file of a repeat group ({table}) when several repeat groups of "
                "the form bear its name; which repeat group named {name} of the form {form} it holds cannot be "
                "told from the KEY of its rows, so its rows were imported as text in a table of their own."
            )
        else:
            said = tr(
                "{file}: ODK Central numbers the file of a repeat group ({table}) when several repeat groups of "
                "the form bear its name, but the form {form} has no repeat group named {name}, so its rows were "
                "imported as text in a table of their own. Choose the form this export was downloaded with."
            )
        table.warnings.append(said.format(file=table.source, table=table.name, name=base, form=form))
