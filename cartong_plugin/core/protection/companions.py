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
detection knows each question's type (a geotrace is a location whatever its values);
:func:`missing_form_warning` says when a layer to share has none (a CSV saved from the survey).

:func:`repeating_columns` finds companions by their values, whatever their names: a column whose
values are, in nearly every row, the question's values or its labels (``instanceID`` =
``uuid:`` + ``_uuid``, ODK's ``__id``, a free-text ``admin2_typed`` holding ``admin2``'s labels).
Names alone miss them, and each would give back a pseudonymised or blanked value.
:data:`SUBMISSION_IDS` groups the ids a server gives one submission (Kobo's ``_uuid`` and its record
number ``_id``; ODK Central's instanceID, ``KEY`` and ``__id``, from which the import makes ``_uuid``):
any of them identifies the record on the server, so the others follow it, by name, however few rows.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from contextlib import closing

from ..base.i18n import tr
from ..base.outputs import source_file
from ..base.qgis_compat import decode_uri
from ..survey.submission_ids import INSTANCE_ID_COLUMNS, is_instance_id, without_uuid_prefix

_ADDED_SUFFIXES = ("_label", "_file")  # survey.column_names._SUFFIXES and the sync's media links
_CHOICE_SEPARATORS = ("/", ".")  # Kobo ``q/choice``; R-mangled ``q.choice``
# Kobo's submission uuid and server record number, and ODK's instanceID (its column with each group
# separator, in any case: submission_ids) and KEY, from which an imported ODK Central export's _uuid is made
# (survey/central_uuid); the same pair in a repeat table points at the parent
SUBMISSION_IDS = (("_uuid", "_id", *INSTANCE_ID_COLUMNS, "__id", "KEY"), ("_submission__uuid", "_submission__id"))
MATCH_SHARE = 0.9  # a free-text copy has typos ("Bosangoa"); 98 % of the sample's admin2_typed match
MIN_MATCHED_VALUES = 3  # two yes/no questions that mostly agree are not copies of each other


def _layer_table(layer) -> str:
    parts = decode_uri(layer.providerType(), layer.source())
    return str(parts.get("layerName") or "")


def _gpkg_file(layer):
    """The GeoPackage file behind ``layer``, or None for any other source."""
    path = source_file(layer.source())
    return path if path is not None and path.suffix.lower() == ".gpkg" and path.is_file() else None


def _gpkg_of(layer):
    """(GeoPackage path, table) behind ``layer``, or (None, "") for any other source."""
    path, table = _gpkg_file(layer), _layer_table(layer)
    return (path, table) if path is not None and table else (None, "")


def stored_form(layer, choices: bool = False):
    """The FormSpec kept by the import in ``form_questions`` (name, type, label and calculation of each
    question), or None. ``choices``: with each question's choice list and the lists of ``form_choices``
    (code and label, in the language the import chose), which tell a refusal coded 1 and labelled "No"."""
    from ..survey.xlsform import Choice, FormSpec, Question

    path = _gpkg_file(layer)  # also a GeoPackage given by its path alone: its form is the file's
    if path is None:
        return None
    lists: list = []
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            present = {row[1] for row in db.execute("PRAGMA table_info(form_questions)")}
            calculation = "calculation" if "calculation" in present else "''"  # not kept by older versions
            list_name = "list_name" if choices and "list_name" in present else "''"
            rows = db.execute(
                f"SELECT name, type, group_path, repeat, label, {calculation}, {list_name} FROM form_questions"
            ).fetchall()
            if choices and db.execute("SELECT 1 FROM sqlite_master WHERE name = 'form_choices'").fetchone():
                lists = db.execute("SELECT list_name, name, label FROM form_choices ORDER BY fid").fetchall()
    except sqlite3.Error:  # imported without a form
        return None
    spec = FormSpec(path=str(path))
    for name, kind, group, repeat, label, formula, in_list in rows:
        if name and kind:
            question = Question(name=str(name), type=str(kind), group=group or "", repeat=repeat or None)
            question.calculation = formula or ""  # a calculate reading ${gps} repeats the location
            question.list_name = str(in_list) if in_list else None
            if label and label != name:  # the label the import chose ("Name, surname of head")
                question.labels[""] = str(label)
            spec.questions.setdefault(str(name), question)
    for list_of, code, label in lists:
        if list_of and code is not None:
            labels = {"": str(label)} if label else {}
            spec.choices.setdefault(str(list_of), []).append(Choice(name=str(code), labels=labels))
    return spec if spec.questions else None


def missing_form_warning(layer) -> str:
    """The sentence telling that the rules reading the form could not run on ``layer`` (a CSV or shapefile saved
    from the survey, a GeoPackage without its form); "" when its form was read, or when its GeoPackage is the
    toolkit's own without a form (imported without one: the import said so)."""
    from ..survey.import_metadata import METADATA_TABLE

    if stored_form(layer) is not None:
        return ""
    path = _gpkg_file(layer)
    if path is not None:
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                found = db.execute("SELECT 1 FROM sqlite_master WHERE lower(name) = ?", (METADATA_TABLE,)).fetchone()
        except sqlite3.Error:
            found = None
        if found:
            return ""
    file = source_file(layer.source())  # the file named, else the layer (a database table)
    return tr(
        "{layer} carries no form of the survey, so the protections that read it (lists of people, calculated "
        "positions, question types) could not apply: share the survey's GeoPackage, which carries its form, "
        "instead."
    ).format(layer=file.name if file is not None else layer.name())


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


def _comparable(value) -> str:
    """The text compared: no ``uuid:`` prefix, accents, case or punctuation; 4.0 reads as 4."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFKD", without_uuid_prefix(str(value)))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", text))


def _repeats(copy: list[str], sources: list[list[str]]) -> bool:
    """True when ``copy`` holds, in nearly every row where it is filled, one of ``sources``' values."""
    filled = matched = 0
    values = set()
    for n, value in enumerate(copy):
        if not value:
            continue
        filled += 1
        if any(source[n] == value for source in sources):
            matched += 1
            values.add(value)
    return filled > 0 and matched >= MATCH_SHARE * filled and len(values) >= MIN_MATCHED_VALUES


def repeating_columns(layer, leaders: list[str], candidates: list[str]) -> dict[str, list[str]]:
    """{leader: [candidate columns whose values repeat the leader's values or its labels]}.

    A leader is a column removed, pseudonymised or blanked; its labels are its ``_label`` column.
    One pass over the layer, without geometry; a candidate is compared only when it shares
    at least :data:`MIN_MATCHED_VALUES` distinct values with its leader.
    """
    from qgis.core import QgsFeatureRequest

    names = set(layer.fields().names())
    leaders = [c for c in dict.fromkeys(leaders) if c in names]
    candidates = [c for c in dict.fromkeys(candidates) if c in names and c not in leaders]
    if not leaders or not candidates:
        return {}
    labels = {c: c + "_label" for c in leaders if c + "_label" in names}
    read = list(dict.fromkeys([*leaders, *labels.values(), *candidates]))
    request = (
        QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(read, layer.fields())
    )
    columns: dict[str, list[str]] = {c: [] for c in read}
    for feature in layer.getFeatures(request):
        for c in read:
            columns[c].append(_comparable(feature[c]))
    distinct = {c: set(columns[c]) - {""} for c in read}
    result: dict[str, list[str]] = {}
    for leader in leaders:
        sources = [columns[leader]] + ([columns[labels[leader]]] if leader in labels else [])
        known = set().union(*(set(source) for source in sources)) - {""}
        for candidate in candidates:
            if candidate == labels.get(leader) or len(distinct[candidate] & known) < MIN_MATCHED_VALUES:
                continue
            if _repeats(columns[candidate], sources):
                result.setdefault(leader, []).append(candidate)
    return result


def submission_id_partners(columns: list[str], present: list[str]) -> list[str]:
    """The other server ids of the submission (``_id`` for ``_uuid`` and back, ``KEY`` and the instanceID
    for ``_uuid``...) among ``present``."""

    def within(name: str, pair: tuple) -> bool:  # the instanceID's column in any spelling
        return name in pair or (INSTANCE_ID_COLUMNS[0] in pair and is_instance_id(name))

    partners = []
    for pair in SUBMISSION_IDS:
        if any(within(c, pair) for c in columns):
            partners += [c for c in pair if c in present and c not in columns]
            partners += [c for c in present if within(c, pair) and c not in pair and c not in columns]
    return partners
