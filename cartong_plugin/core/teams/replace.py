# SPDX-License-Identifier: GPL-3.0-or-later
"""What replacing a survey schema would drop, checked before anything is dropped.

Replacing a schema (``REPLACE``) was meant for sharing the same survey again; a slip of the schema
name replaced another survey, with the decisions its reviewers saved, and the roles' members then
read the new one. ``check_replacement`` (inside the copy's transaction, before the schema is
dropped) refuses, unless the caller says ``anyway``:

- a GeoPackage of another survey: another form id in ``cartong_metadata`` (the import and the
  downloads record it), or, when a form id is missing, another first raw row;
- decisions saved in the schema's log (change_type other than pending) that the GeoPackage's own
  log does not hold: they would be lost. Their number and who made them are said.

It returns what the caller tells the user after the copy: the decisions dropped (when ``anyway``)
and the members of the survey's roles, who keep their access and so read the new data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from ..cleaning.log import LOG_LAYER, PENDING
from ..cleaning.log_cells import read_cell
from .roles import RAW_PREFIX, survey_roles
from .store import PgSession, ident, literal, qualified

METADATA = "cartong_metadata"
_RAW = RAW_PREFIX + "survey"
_DECISION = ("uuid", "question", "check_id", "change_type", "new_value")
_MAX_NAMED = 10


@dataclass
class Replacement:
    """What a replacement dropped or handed over (for the messages after the copy)."""

    schema: str
    lost: int = 0  # decisions of the old log the GeoPackage does not hold
    lost_by: list = field(default_factory=list)  # who made them
    members: list = field(default_factory=list)  # roles granted the survey's roles: they read the new data


def _columns(session: PgSession, schema: str, table: str) -> set:
    found = session.rows(
        "SELECT column_name FROM information_schema.columns "
        f"WHERE table_schema = {literal(schema)} AND table_name = {literal(table)}"
    )
    return {row["column_name"] for row in found}


def _stored_form(session: PgSession, schema: str) -> tuple[str, str]:
    """(form id, source file) of the schema's first import ('' when it names none)."""
    columns = _columns(session, schema, METADATA)
    if "form_id" not in columns:
        return "", ""
    source = ident("source_file") if "source_file" in columns else "''"
    found = session.rows(
        f"SELECT form_id, {source} AS source FROM {qualified(schema, METADATA)} "
        "WHERE coalesce(form_id, '') <> '' ORDER BY fid LIMIT 1"
    )
    return (str(found[0]["form_id"]), str(found[0]["source"] or "")) if found else ("", "")


def _file_form(source) -> str:
    """The form id of the GeoPackage's first import ('' when it names none)."""
    layer = source.GetLayerByName(METADATA)
    if layer is None or layer.GetLayerDefn().GetFieldIndex("form_id") < 0:
        return ""
    ids = sorted((f.GetFID(), f.GetField("form_id")) for f in layer if f.GetField("form_id"))
    return str(ids[0][1]) if ids else ""


def _same_first_raw_row(session: PgSession, source, schema: str) -> bool:
    """Whether the first raw row of the GeoPackage is the schema's (True when either has no raw table)."""
    layer = source.GetLayerByName(_RAW)
    if layer is None or _RAW not in session.tables(schema):
        return True
    layer.ResetReading()
    first = layer.GetNextFeature()  # the lowest feature id: a GeoPackage reads in fid order
    return first is None or same_raw_row(session, layer, schema, _RAW, first.GetFID())


def same_raw_row(session: PgSession, layer, schema: str, name: str, fid: int) -> bool:
    """Whether row ``fid`` of the raw table ``name`` is the same in the GeoPackage and the database."""
    key = layer.GetFIDColumn() or "fid"
    stored = session.rows(f"SELECT * FROM {qualified(schema, name)} WHERE {ident(key)} = {int(fid)}")
    feature = layer.GetFeature(fid)
    if feature is None or not stored:
        return False
    local, columns = feature.items(), set(stored[0]) - {key}
    # every column of the database's row, same value: a file of another survey shares none of them
    return bool(columns) and columns <= set(local) and all(str(stored[0][k]) == str(local[k]) for k in columns)


def _decision_key(values) -> tuple:
    return tuple(read_cell("" if v is None else str(v)) for v in values)


def _lost_decisions(session: PgSession, source, schema: str) -> list[dict]:
    """The decided rows of the schema's log that the GeoPackage's log does not hold as they are."""
    if LOG_LAYER not in session.tables(schema):
        return []
    columns = ", ".join(ident(c) for c in _DECISION + ("who",))
    decided = session.rows(
        f"SELECT {columns} FROM {qualified(schema, LOG_LAYER)} "
        f"WHERE coalesce(change_type, '') NOT IN ('', {literal(PENDING)})"
    )
    held = set()
    layer = source.GetLayerByName(LOG_LAYER)
    if layer is not None:
        defn = layer.GetLayerDefn()
        present = [c for c in _DECISION if defn.GetFieldIndex(c) >= 0]
        if len(present) == len(_DECISION):
            layer.ResetReading()
            held = {_decision_key(f.GetField(c) for c in _DECISION) for f in layer}
    return [row for row in decided if _decision_key(row[c] for c in _DECISION) not in held]


def _members(session: PgSession, schema: str) -> list[str]:
    roles = survey_roles(schema)
    found = session.rows(
        "SELECT DISTINCT m.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member "
        f"WHERE r.rolname IN ({literal(roles.reviewer)}, {literal(roles.viewer)}) "
        f"AND m.rolname NOT IN ({literal(roles.reviewer)}, {literal(roles.viewer)}) "
        # PostgreSQL 16+ makes the role's creator (the one sharing) a member: not someone to warn about
        "AND m.rolname <> current_user ORDER BY m.rolname"
    )
    return [row["rolname"] for row in found]


def check_replacement(session: PgSession, source, file_name: str, schema: str, anyway: bool) -> Replacement:
    """CartongError (nothing written) when replacing the survey schema ``schema`` by the GeoPackage
    ``source`` would replace another survey, or lose decisions, and ``anyway`` is not set."""
    stored_form, stored_source = _stored_form(session, schema)
    form = _file_form(source)
    other = stored_form != form if stored_form and form else not _same_first_raw_row(session, source, schema)
    if other and not anyway:
        raise CartongError(
            tr(
                "The schema {schema} holds another survey (form '{stored_form}', from {stored_source}) than "
                "{file} (form '{form}'): it is not replaced. Nothing was written. Check the schema name; to "
                "replace that survey and everything saved in it by this one, also choose 'Replace it even "
                "when it holds another survey or decisions'."
            ).format(
                schema=schema,
                stored_form=stored_form or "?",
                stored_source=stored_source or "?",
                file=file_name,
                form=form or "?",
            )
        )
    lost = _lost_decisions(session, source, schema)
    replacement = Replacement(schema, len(lost), sorted({row["who"] or "?" for row in lost}), _members(session, schema))
    if lost and not anyway:
        raise CartongError(
            trn(
                "Replacing {schema} would lose %n decision saved there by {who} that {file} does not hold. "
                "Nothing was written. Bring the survey back to a GeoPackage first (Bring a shared survey back "
                "to a GeoPackage) and run the checks there, or run the checks on the survey layer of the "
                "database, which keeps the decisions; to drop them, also choose 'Replace it even when it "
                "holds another survey or decisions'.",
                "Replacing {schema} would lose %n decisions saved there by {who} that {file} does not hold. "
                "Nothing was written. Bring the survey back to a GeoPackage first (Bring a shared survey back "
                "to a GeoPackage) and run the checks there, or run the checks on the survey layer of the "
                "database, which keeps the decisions; to drop them, also choose 'Replace it even when it "
                "holds another survey or decisions'.",
                len(lost),
            ).format(schema=schema, who=_named(replacement.lost_by), file=file_name)
        )
    return replacement


def _named(names: list[str]) -> str:
    shown = ", ".join(names[:_MAX_NAMED])
    if len(names) > _MAX_NAMED:
        shown += " " + tr("and {count} more").format(count=len(names) - _MAX_NAMED)
    return shown


def replacement_notes(replacement: Replacement | None) -> list[str]:
    """Sentences for the user after a replacement: decisions dropped, members who now read the new survey."""
    if replacement is None:
        return []
    notes = []
    if replacement.lost:
        notes.append(
            trn(
                "%n decision saved in the replaced schema {schema} by {who} was dropped.",
                "%n decisions saved in the replaced schema {schema} by {who} were dropped.",
                replacement.lost,
            ).format(schema=replacement.schema, who=_named(replacement.lost_by))
        )
    if replacement.members:
        roles = survey_roles(replacement.schema)
        notes.append(
            tr(
                "The roles {reviewer} and {viewer} were kept with their members ({members}): they now read the "
                "new survey of {schema}. Revoke a role from anyone who should not (REVOKE <role> FROM <person>)."
            ).format(
                reviewer=roles.reviewer,
                viewer=roles.viewer,
                members=_named(replacement.members),
                schema=replacement.schema,
            )
        )
    return notes
