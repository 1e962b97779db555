# SPDX-License-Identifier: GPL-3.0-or-later
"""Columns named with their group path read as their questions.

The checks find a form's questions by name (``hh_size``), as the importer names the survey table's columns.
A raw export given as the layer keeps each question's group path in its header: Kobo and ONA write
``household/hh_size``, ODK Central ``household-hh_size``. Without this, outliers, missing answers, constraints
and other answers skipped every question in a group without a word. A header is renamed only when it is
exactly a question's group path and name (from the form) and the bare name is not a column already.
"""

from __future__ import annotations

from ...base.i18n import trn
from .common import add_note

_SEPARATORS = ("/", "-", ".")  # Kobo and ONA, ODK Central, some R and Stata exports


def by_question_name(df, form, config):
    """``df`` with the group-path headers of ``form``'s questions renamed to the questions' names; said once
    in config's notes."""
    questions = getattr(form, "questions", {}) or {}
    columns = set(df.columns)
    renamed: dict[str, str] = {}
    for name, question in questions.items():
        if not question.group or name in columns:
            continue
        for separator in _SEPARATORS:
            header = question.group.replace("/", separator) + separator + name
            if header in columns:
                renamed[header] = name
                break
    if not renamed:
        return df
    first = next(iter(renamed))
    add_note(
        config,
        trn(
            "%n column of the layer keeps its question's group path (first: '{column}'): it was checked as "
            "its question '{question}', the name the cleaning log uses.",
            "%n columns of the layer keep their questions' group path (first: '{column}'): they were checked "
            "as their questions ('{question}'...), the names the cleaning log uses.",
            len(renamed),
        ).format(column=first, question=renamed[first]),
    )
    # the field names typed by the user (DUPLICATE_KEYS, OUTLIER_GROUP) are found by each check in the
    # renamed columns as typed, with or without the group path (field_names.resolve_field_name)
    return df.rename(columns=renamed)
