# SPDX-License-Identifier: GPL-3.0-or-later
"""Columns the import adds beside a question, which must follow it when the survey is shared.

An imported survey holds, beside a choice question ``q``, its choice labels ``q_label`` and, for a
select_multiple, one 0/1 column per choice (``q_<choice>``); a media question gets the downloaded
file's path ``q_file``. Each repeats the question: removing, pseudonymising or blanking ``q`` while
its companion stays in clear would undo the protection. ``share_records`` drops a companion with its
question (also when the question is pseudonymised: a pseudonymised label means nothing) and blanks
it in exactly the rows where the rare-combination suppression blanks the question.

The 0/1 choice columns are found from the GeoPackage's ``cartong_columns`` table (raw header ->
typed column, ``survey.column_notes``): ``group/q/choice`` is a choice of ``q`` when ``group/q`` is a
column too. Never by a bare name prefix: removing ``water`` must not remove ``water_source``.

:func:`stored_form` reads the form the import kept beside the survey (``form_questions``), so that
detection knows each question's type (a geotrace is a location whatever its values).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from ..base.outputs import source_file
from ..base.qgis_compat import decode_uri

_ADDED_SUFFIXES = ("_label", "_file")  # survey.columns._SUFFIXES and the sync's media links
_CHOICE_SEPARATORS = ("/", ".")  # Kobo ``q/choice``; R-mangled ``q.choice``


def _layer_table(layer) -> str:
    parts = decode_uri(layer.providerType(), layer.source())
    return str(parts.get("layerName") or "")


def _gpkg_of(layer):
    """(GeoPackage path, table) behind ``layer``, or (None, "") for any other source."""
    path, table = source_file(layer.source()), _layer_table(layer)
    if path is None or not table or path.suffix.lower() != ".gpkg" or not path.is_file():
        return None, ""
    return path, table


def stored_form(layer):
    """The FormSpec kept by the import in ``form_questions`` (name and type of each question), or None."""
    from ..survey.xlsform import FormSpec, Question

    path, _table = _gpkg_of(layer)
    if path is None:
        return None
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            rows = db.execute("SELECT name, type, group_path, repeat FROM form_questions").fetchall()
    except sqlite3.Error:  # imported without a form
        return None
    spec = FormSpec(path=str(path))
    for name, kind, group, repeat in rows:
        if name and kind:
            spec.questions.setdefault(
                str(name), Question(name=str(name), type=str(kind), group=group or "", repeat=repeat or None)
            )
    return spec if spec.questions else None


def _column_notes(layer) -> list[tuple[str, str]]:
    """(raw header, typed column) of the layer's table in its GeoPackage's ``cartong_columns``; [] if none."""
    path, table = _gpkg_of(layer)
    if path is None:
        return []
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            rows = db.execute(
                "SELECT column_name, typed_column FROM cartong_columns "
                "WHERE lower(typed_table) = lower(?) AND typed_column IS NOT NULL",
                (table,),
            ).fetchall()
    except sqlite3.Error:  # not an imported survey: no notes
        return []
    return [(str(header), str(typed)) for header, typed in rows if header and typed]


def companion_columns(layer) -> dict[str, list[str]]:
    """{question column: [its companion columns present in ``layer``]}, in column order."""
    names = list(layer.fields().names())
    present = set(names)
    notes = _column_notes(layer)
    typed_of = dict(notes)
    from_headers = {typed for _header, typed in notes}  # a question's own column, never an added one
    flags: dict[str, list[str]] = {}
    for header, typed in notes:
        for sep in _CHOICE_SEPARATORS:
            head, found, choice = header.rpartition(sep)
            question = typed_of.get(head) if found and choice else None
            # the import names a choice column <question>_<choice> (or __<choice>, then "_" appended)
            if question and question != typed and typed.startswith(question + "_"):
                flags.setdefault(question, []).append(typed)
                break
    result = {}
    for name in names:
        added = [name + s for s in _ADDED_SUFFIXES if name + s in present and name + s not in from_headers]
        added += [c for c in flags.get(name, []) if c in present]
        if added:
            result[name] = list(dict.fromkeys(added))
    return result
