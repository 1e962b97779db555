# SPDX-License-Identifier: GPL-3.0-or-later
"""Names of the split columns of a select_multiple read without a form (``q/choice`` -> ``q_choice``).

Without a form, a column ``group/q/choice`` could be a question in a group or a choice of ``q``:
it is a choice when ``q`` is a column of the export too. Named after the bare choice ("other",
"none") it would not say which question it answers. Choice columns of an export holding only the
split columns (Kobo's "separate columns only") keep their bare names: only their values could tell
them from a group's questions, and a name that changed with the values (one answer "2" in a 0/1
column) would differ from one download to the next, breaking cleaning logs and maps that use it.
"""

from __future__ import annotations


def choice_without_form(name: str, exported: set[str]) -> str:
    """``<question>_<choice>`` for a choice column of a select_multiple split into 0/1 columns
    (``wash/treatment/boil`` beside the column ``wash/treatment``), else "". Without a form, the
    bare choice ("boil", "other", "none") would not say which question it answers, and two
    questions sharing a choice would be told apart only by their group."""
    head, found, choice = name.rpartition("/")
    if not (found and head and choice) or head not in exported:
        return ""
    return f"{head.rsplit('/', 1)[-1]}_{choice}"
