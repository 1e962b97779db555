# SPDX-License-Identifier: GPL-3.0-or-later
"""Columns named with their group path read as their questions.

The checks find a form's questions by name (``hh_size``), as the importer names the survey table's columns.
A raw export given as the layer keeps each question's group path in its header: Kobo and ONA write
``household/hh_size``, ODK Central ``household-hh_size``. Without this, outliers, missing answers, constraints
and other answers skipped every question in a group without a word. A header is renamed only when it is
exactly a question's group path and name (from the form) and the bare name is not a column already.

A name two groups share (``identification/age``, ``household/age``) is named as the importer names the
columns (``shared_name_columns``), in the EXPORT's column order, which need not be the form's: the first
keeps it (``age``), the other is named after its path (``household_age``). On a raw export the headers say
which question each column is; on an imported survey the import recorded each column's header
(``cartong_columns``, read by layers.layer_to_frame into ``df.attrs[RECEIVED_HEADERS]``). The raw export and
the survey imported from it are then checked under the same names, and applycleaninglog finds those names in
either. Only a layer that records nothing is named in the form's order, and that is said.
"""

from __future__ import annotations

import dataclasses

from ...base.i18n import tr, trn
from .common import NON_DATA_TYPES, add_note

_SEPARATORS = ("/", "-", ".")  # Kobo and ONA, ODK Central, some R and Stata exports
RECEIVED_HEADERS = "cartong_received_headers"  # df.attrs: {column: the export's header the import made it from}


def shared_name_columns(headers) -> dict[str, str]:
    """{header: its column name} for the grouped headers whose question name another header bears too
    (``identification/age``, ``household/age``): the first, in their order, keeps the name (unless a column
    is called so), the others are named after their path (survey.column_names.path_name), as the importer names
    them. Choice columns (``q/choice`` beside ``q``) and metadata (``_...``) are left out."""
    from ...survey.choice_names import choice_without_form
    from ...survey.column_names import path_name

    headers = [h for h in headers if isinstance(h, str)]
    exported = set(headers)
    grouped: dict[str, list[str]] = {}
    for header in headers:
        separator = next((s for s in _SEPARATORS if s in header), "")
        name = header.rsplit(separator, 1)[-1] if separator else ""
        if name and not name.startswith("_") and choice_without_form(header, exported) is None:
            grouped.setdefault(name, []).append(header)
    named = {}
    for name, paths in grouped.items():
        if len(paths) > 1 or name in exported:
            for number, header in enumerate(paths):
                named[header] = name if number == 0 and name not in exported else path_name(header)
    return named


def by_question_name(df, form, config):
    """(``df`` with the group-path headers of ``form``'s questions renamed to the questions' names, ``form``
    with its questions under those names); said once in config's notes."""
    questions = getattr(form, "questions", {}) or {}
    by_form = shared_name_columns([q.path for q in questions.values() if not q.repeat])
    by_export = shared_name_columns(list(df.columns))  # a raw export: its own order, as the importer names
    recorded = {header: column for column, header in (df.attrs.get(RECEIVED_HEADERS) or {}).items()}
    columns = set(df.columns)
    keys: dict[str, str] = {}
    renamed: dict[str, str] = {}
    in_form_order: dict[str, list[str]] = {}  # shared name -> the columns named by the form's order
    for key, question in questions.items():
        spellings = [question.path.replace("/", s) for s in _SEPARATORS] if question.group else []
        header = next((h for h in spellings if h in columns), None)
        column = next((recorded[h] for h in spellings if h in recorded), None)
        if header is not None:  # the export's own header
            name = by_export.get(header, question.name if question.path in by_form else key)
            keys[key] = name
            if name not in columns:
                renamed[header] = name
        elif column is not None and question.path in by_form:  # the import recorded the header it came from
            keys[key] = column
        else:
            keys[key] = by_form.get(question.path, key)
            if question.path in by_form and keys[key] in columns:
                in_form_order.setdefault(question.name, []).append(keys[key])
    if renamed:
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
        df = df.rename(columns=renamed)
    for name, named in in_form_order.items():
        add_note(
            config,
            tr(
                "The form names several questions '{name}' and the layer does not record which export column each "
                "of its columns ({columns}) came from: they were taken in the form's order. If the export had "
                "them in another order, check these columns by hand."
            ).format(name=name, columns=", ".join(named)),
        )
    if any(key != name for key, name in keys.items()) and dataclasses.is_dataclass(form) and not isinstance(form, type):
        _note_unchecked(questions, keys, by_form, set(df.columns), config)
        form = dataclasses.replace(form, questions={keys[key]: question for key, question in questions.items()})
    return df, form


def _note_unchecked(questions, keys, shared, columns, config) -> None:
    """Say which question of a name two groups share has no column of its importer's name in the layer."""
    for key, question in questions.items():
        if question.path in shared and keys[key] not in columns and question.type not in NON_DATA_TYPES:
            add_note(
                config,
                tr(
                    "The form names several questions '{name}'; {path} has no column {column} in the layer "
                    "(the name the import gives it): it was not checked."
                ).format(name=question.name, path=question.path, column=keys[key]),
            )


def question_column(columns, key: str, question) -> str | None:
    """The column of ``columns`` holding the form's question ``key`` (its name; its path when another question
    took the name), or None: the key itself (a raw export's group paths are renamed above), else the
    importer's name for the second question of a name (``household/admin2`` -> ``household_admin2``) or
    its path as the export spells it."""
    from ...survey.column_names import path_name

    if key in columns:
        return key
    path = question.path
    for spelling in (path_name(path), *(path.replace("/", s) for s in _SEPARATORS)):
        if spelling in columns:
            return spelling
    return None
