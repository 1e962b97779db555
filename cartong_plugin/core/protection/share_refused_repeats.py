# SPDX-License-Identifier: GPL-3.0-or-later
"""The rows of a repeat table shared (``members``) whose submission refused consent, left out with it.

A household that refused consent agreed to nothing being kept or shared: not its own row, nor the rows of
its members. A repeat table has no consent question of its own, so ``share_refusals.refused_features``
finds nothing in it; its rows are judged by their submission's answer, with the same rule:

- in a GeoPackage the import wrote, by the relations it recorded in ``cartong_metadata`` (``_index`` ->
  ``_parent_index``, ODK's ``KEY`` -> ``PARENT_KEY``, composite keys, nested repeats), followed from the
  survey table down as cleaning follows them (``cleaning.cleaned_repeats.repeat_rows``);
- else (a raw table, a GeoPackage without that record) by the submission each row names
  (``_submission__uuid``, or the start of ODK's ``PARENT_KEY``) among the ``_uuid`` or ``KEY`` of a
  table beside it that has a consent question.

A repeat table whose submissions cannot be found (a CSV alone) is shared as before, but the user and the
README are told that its refusals could not be checked (:data:`UNCHECKED`).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from ..base.i18n import tr, trn
from ..survey.submission_ids import without_uuid_prefix
from .companions import _gpkg_of
from .share_options import _py
from .share_refusals import refusal_actions, refused_features

ACTION = "leave_out_rows_of_refusals"
UNCHECKED = "refusals_not_checked"
# the columns by which a repeat row names its parent or its submission (Kobo, ODK)
REPEAT_LINKS = ("_parent_index", "_submission__uuid", "PARENT_KEY")
# a row's submission -> the column of the survey table holding it
_SUBMISSION_KEYS = (("_submission__uuid", "_uuid"), ("PARENT_KEY", "KEY"))


def left_out_refusals(layer, feedback=None) -> tuple[set[int], list[dict]]:
    """(the feature ids of ``layer`` never shared, the steps recorded for them): the submissions that refused
    consent and, in a repeat table, the rows of such submissions. Warns through ``feedback`` when ``layer``
    is a repeat table whose submissions could not be found."""
    column, refused = refused_features(layer)
    steps = refusal_actions(column, refused)
    if not set(REPEAT_LINKS) & set(layer.fields().names()):
        return refused, steps  # a survey table, or a table of another kind
    if layer.featureCount() == 0:
        return refused, steps  # a repeat nobody answered: no row to judge, none shared
    found = _by_relations(layer)
    if found is None:
        found = _by_submission(layer)
    if found is None:
        step = {"action": UNCHECKED, "parameters": {"layer": layer.name()}}
        if feedback is not None:
            feedback.pushWarning(unchecked_warning(step))
        return refused, steps + [step]
    table, consent, rows = found
    rows -= refused
    if rows:
        steps.append(
            {"action": ACTION, "columns": [consent], "rows_affected": len(rows), "parameters": {"table": table}}
        )
    return refused | rows, steps


def _by_relations(layer) -> tuple[str, str, set[int]] | None:
    """(the survey table, its consent column, the fids of ``layer``'s rows of its refusals) by the relations
    the import recorded; ("", "", set()) when that table has no consent question; None without relations."""
    from ..cleaning.cleaned_repeats import repeat_rows
    from ..survey.gpkg_writer import quote

    path, table = _gpkg_of(layer)
    root = _survey_table(path, table) if path is not None else ""
    survey = _table_layer(path, root) if root else None
    if survey is None or not survey.isValid():
        return None
    column, refused = refused_features(survey)
    if not column:
        return "", "", set()
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            every = {row[0] for row in db.execute(f"SELECT fid FROM {quote(root)}")}
        found = repeat_rows(path, root, refused, every - refused)
    except (sqlite3.Error, KeyError):  # a damaged file or record: found by the submissions, else said unchecked
        return None
    if table not in found.left_out:
        return None
    return root, column, set(found.left_out[table])


def _survey_table(path, table: str) -> str:
    """The table at the top of the relations (recorded by the last import or cleaning naming ``table``)
    that lead down to ``table``; "" when none does."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            texts = [row[0] for row in db.execute("SELECT relations FROM cartong_metadata ORDER BY fid DESC")]
    except sqlite3.Error:
        return ""
    for text in texts:
        try:
            relations = [r for r in json.loads(text or "[]") if isinstance(r, dict) and "parent" in r and "child" in r]
        except ValueError:
            continue
        parent_of = {rel["child"]: rel["parent"] for rel in relations}
        if table not in parent_of:
            continue
        seen, current = {table}, table
        while current in parent_of and parent_of[current] not in seen:  # a loop is no survey
            current = parent_of[current]
            seen.add(current)
        return current if current not in parent_of else ""
    return ""


def _by_submission(layer) -> tuple[str, str, set[int]] | None:
    """(the survey table, its consent column, the fids of ``layer``'s rows of its refusals) by the submission
    each row names, among the tables beside it holding some of those submissions (a raw table's among the raw
    ones first); ("", "", set()) when none of them has a consent question; None when no table holds any."""
    path, table = _gpkg_of(layer)
    names = layer.fields().names()
    pair = next(((mine, theirs) for mine, theirs in _SUBMISSION_KEYS if mine in names), None)
    if path is None or pair is None:
        return None
    mine, theirs = pair
    submissions = {}
    for feature in layer.getFeatures():
        submission = _submission(_py(feature[mine]))
        if submission:
            submissions[feature.id()] = submission
    found = _tables_holding(path, table, theirs, set(submissions.values()))
    if not found:
        return None
    without_consent: tuple[str, str, set[int]] = ("", "", set())
    for other, ids in sorted(found.items(), key=lambda item: item[0].lower().startswith("raw_") != _raw(table)):
        column, refused = refused_features(_table_layer(path, other))
        if column:
            refusing = {ids[fid] for fid in refused if fid in ids}
            return other, column, {fid for fid, submission in submissions.items() if submission in refusing}
    return without_consent


def _tables_holding(path, table: str, key: str, submissions: set) -> dict[str, dict[int, str]]:
    """{table beside ``table`` with the column ``key`` holding some of ``submissions``: {fid: submission}}."""
    from ..survey.gpkg_writer import quote, table_columns

    found = {}
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            for (other,) in db.execute("SELECT table_name FROM gpkg_contents").fetchall():
                if other == table or key not in table_columns(db, other)[0]:
                    continue
                ids = {fid: _submission(v) for fid, v in db.execute(f"SELECT fid, {quote(key)} FROM {quote(other)}")}
                if submissions & set(ids.values()):
                    found[other] = ids
    except sqlite3.Error:  # cannot be read as SQLite: no table beside it
        return {}
    return found


def _submission(value) -> str:
    """The submission a key names: no ``uuid:`` prefix, and an ODK ``PARENT_KEY`` cut at its first ``/``
    (``uuid:x/members[1]``, the parent of a nested repeat, is a row of the submission ``x``)."""
    if value in (None, ""):
        return ""
    return str(without_uuid_prefix(str(value).strip())).split("/", 1)[0]


def _raw(table: str) -> bool:
    return table.lower().startswith("raw_")


def _table_layer(path, table: str):
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(f"{path}|layername={table}", table, "ogr")


def repeat_refusals_sentence(count: int, column: str, table: str) -> str:
    """What was left out of a repeat table, for the user (the algorithm's log, the wizard's summary)."""
    return trn(
        "%n row belongs to a submission that refused consent ({column} in the table {table}): it was left out "
        "of the shared file.",
        "%n rows belong to submissions that refused consent ({column} in the table {table}): they were left out "
        "of the shared file.",
        count,
    ).format(column=column, table=table)


def unchecked_warning(step: dict) -> str:
    """The sentence for a repeat table whose submissions could not be found (algorithm and wizard)."""
    return tr(
        "{layer} holds rows of submissions (a repeat table) whose survey table was not found beside it: whether "
        "their households refused consent could not be checked, and rows of refusals may be shared. Share the "
        "table from the GeoPackage the survey was imported into to leave them out."
    ).format(layer=step["parameters"]["layer"])
