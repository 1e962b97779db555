# SPDX-License-Identifier: GPL-3.0-or-later
"""Names of the split columns of a select_multiple read without a form (``q/choice`` -> ``q_choice``).

Without a form, a column ``group/q/choice`` could be a question in a group or a choice of ``q``:
it is a choice when ``q`` is a column of the export too, or when the export holds only the split
0/1 columns of ``q`` (``choice_heads``). Named after the bare choice ("other", "none") it would not
say which question it answers.
"""

from __future__ import annotations

from .export_readers import TextTable

_FLAG_LIKE = frozenset({"", "0", "1", "True", "False", "true", "false", "n/a"})


def choice_heads(table: TextTable, restored: dict[str, str], exported: set[str]) -> set[str]:
    """Prefixes that name a select_multiple whose column was not exported, only its split 0/1 columns
    (Kobo's "separate columns only"; ``web_browsers/firefox``, ``web_browsers/chrome``): at least two
    columns under it, every value 0/1, True/False or n/a. A group of such questions is taken for one
    too: its columns are then named ``<group>_<question>``, longer but never wrong."""
    children: dict[str, list[int]] = {}
    for index, header in enumerate(table.headers):
        head, found, last = restored.get(header, header).rpartition("/")
        if found and head and last and head not in exported and not last.startswith("_"):
            children.setdefault(head, []).append(index)
    return {
        head
        for head, indexes in children.items()
        if len(indexes) >= 2
        and all(index not in table.moved and set(table.distinct(index)) <= _FLAG_LIKE for index in indexes)
    }


def choice_without_form(name: str, exported: set[str]) -> str:
    """``<question>_<choice>`` for a choice column of a select_multiple split into 0/1 columns
    (``wash/treatment/boil`` beside the column ``wash/treatment``), else "". Without a form, the
    bare choice ("boil", "other", "none") would not say which question it answers, and two
    questions sharing a choice would be told apart only by their group."""
    head, found, choice = name.rpartition("/")
    if not (found and head and choice) or head not in exported:
        return ""
    return f"{head.rsplit('/', 1)[-1]}_{choice}"
