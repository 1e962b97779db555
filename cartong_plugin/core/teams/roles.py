# SPDX-License-Identifier: GPL-3.0-or-later
"""One schema per survey, two roles per schema, and the guards the database itself enforces.

``<schema>_viewer`` may read every table; ``<schema>_reviewer`` is a viewer that may also record
decisions in ``cleaning_log`` (only its ``change_type``, ``new_value`` and ``explanation``
columns, and add rows). An administrator maps people to them with ``GRANT <schema>_reviewer TO
person``. Nobody needs to be a superuser: the one who shares the survey needs the right to
create schemas in the database and, unless the two roles already exist, CREATEROLE.

The database keeps the promises even for someone editing the tables in QGIS directly: raw
tables refuse UPDATE, DELETE and TRUNCATE (``cartong_raw_is_read_only``), and every insert or
update of a log row gets ``who`` = the PostgreSQL user, ``when`` = now (UTC) and ``version`` + 1
from a trigger (``cartong_stamp_decision``), which the optimistic concurrency of ``review``
relies on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..base.errors import CartongError
from ..base.i18n import tr
from ..cleaning.log import LOG_LAYER
from .store import PermissionRefused, PgSession, ident, literal, qualified

RAW_PREFIX = "raw_"
VERSION_COLUMN = "version"
# What a reviewer may write in a log row; who, when and version are the database's.
DECISION_COLUMNS = ("change_type", "new_value", "explanation")
NEW_ROW_COLUMNS = ("uuid", "question", "old_value", "new_value", "issue", "check_id", "change_type", "explanation")
_MAX_SCHEMA = 63 - len("_reviewer")  # PostgreSQL names are at most 63 bytes


@dataclass(frozen=True)
class SurveyRoles:
    reviewer: str
    viewer: str


def schema_name(text: str) -> str:
    """A schema name from a survey or file name: a-z, 0-9 and _ (``Enquête WASH`` -> ``enquete_wash``)."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"[^a-z0-9_]+", "_", ascii_text.lower()).strip("_")
    name = re.sub(r"_+", "_", name)
    if name and (name[0].isdigit() or name.startswith("pg_")):
        name = "survey_" + name
    name = name[:_MAX_SCHEMA].rstrip("_")
    if not name:
        raise CartongError(tr("'{text}' cannot name a PostgreSQL schema: use letters, digits and _.").format(text=text))
    return name


def check_schema_name(schema: str) -> str:
    """``schema`` itself when it is already a valid name (as schema_name would make it), else a CartongError."""
    if schema != schema_name(schema):
        raise CartongError(
            tr(
                "'{schema}' is not a usable schema name: use lower case letters, digits and _ "
                "(for example {suggestion})."
            ).format(schema=schema, suggestion=schema_name(schema))
        )
    return schema


def survey_roles(schema: str) -> SurveyRoles:
    return SurveyRoles(reviewer=f"{schema}_reviewer", viewer=f"{schema}_viewer")


def create_survey_schema(session: PgSession, schema: str, replace: bool = False) -> SurveyRoles:
    """Create ``schema`` with its viewer and reviewer roles (run inside the caller's transaction).

    An existing schema is an error unless ``replace``: then it is dropped in the same transaction,
    so a failure later keeps the old one. Existing roles are reused.
    """
    check_schema_name(schema)
    roles = survey_roles(schema)
    if session.schema_exists(schema):
        from .transfer import survey_schemas  # transfer imports this module

        if schema not in survey_schemas(session):
            raise CartongError(
                tr(
                    "The database already holds a schema '{schema}' that is not a survey shared by the "
                    "toolkit: it is never replaced. Choose another schema name."
                ).format(schema=schema)
            )
        if not replace:
            raise CartongError(
                tr(
                    "The database already holds a survey schema '{schema}'. Choose another schema name, or replace it."
                ).format(schema=schema)
            )
        session.execute(f"DROP SCHEMA {ident(schema)} CASCADE")
    session.execute(f"CREATE SCHEMA {ident(schema)}")
    comments = {
        roles.viewer: "CartONG: reads the survey " + schema,
        roles.reviewer: "CartONG: reads the survey " + schema + " and records cleaning decisions",
    }
    existing = {
        row["rolname"]: row
        for row in session.rows(
            "SELECT r.rolname, shobj_description(r.oid, 'pg_authid') AS comment, "
            "(SELECT count(*) FROM pg_auth_members m WHERE m.roleid = r.oid) AS members "
            f"FROM pg_roles r WHERE r.rolname IN ({literal(roles.reviewer)}, {literal(roles.viewer)})"
        )
    }
    for role in (roles.viewer, roles.reviewer):
        if role in existing:
            _check_reused_role(existing[role], comments[role], schema)
            continue
        try:
            session.execute(f"CREATE ROLE {ident(role)} NOLOGIN")
        except PermissionRefused as err:
            raise CartongError(
                tr(
                    "The role {role} does not exist and you may not create roles. Ask the database "
                    "administrator to run: CREATE ROLE {role} NOLOGIN; (or to give you CREATEROLE)."
                ).format(role=role)
            ) from err
    session.execute(f"GRANT {ident(roles.viewer)} TO {ident(roles.reviewer)}")
    session.execute(f"GRANT USAGE ON SCHEMA {ident(schema)} TO {ident(roles.viewer)}")
    for role, comment in comments.items():
        session.execute(f"COMMENT ON ROLE {ident(role)} IS {literal(comment)}")
    _create_guard_functions(session, schema)
    return roles


def _check_reused_role(row: dict, comment: str, schema: str) -> None:
    """CartongError unless an existing role is this survey's (its comment), or a bare role an administrator
    made for it (no comment, no member): any other role's members would be given the survey to read."""
    bare = not row.get("comment") and not int(row.get("members") or 0)
    if row.get("comment") == comment or bare:
        return
    raise CartongError(
        tr(
            "The role {role} already exists and is not the one the toolkit made for the survey {schema}: "
            "its members would be able to read the survey. Nothing was written. Choose another schema name."
        ).format(role=row["rolname"], schema=schema)
    )


def _create_guard_functions(session: PgSession, schema: str) -> None:
    session.execute(f"""
        CREATE FUNCTION {qualified(schema, "cartong_raw_is_read_only")}() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        BEGIN
          RAISE EXCEPTION 'the raw table %.% is read-only: raw data is never changed (CartONG)',
            TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END $body$""")
    session.execute(f"""
        CREATE FUNCTION {qualified(schema, "cartong_stamp_decision")}() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        BEGIN
          NEW.who := current_user;
          NEW."when" := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '+00:00';
          IF TG_OP = 'INSERT' THEN
            NEW.{ident(VERSION_COLUMN)} := 1;
          ELSE
            NEW.{ident(VERSION_COLUMN)} := OLD.{ident(VERSION_COLUMN)} + 1;
          END IF;
          RETURN NEW;
        END $body$""")


def prepare_log_table(session: PgSession, schema: str) -> None:
    """Give the copied ``cleaning_log`` its ``version`` column (1 for every row copied)."""
    table = qualified(schema, LOG_LAYER)
    session.execute(f"ALTER TABLE {table} ADD COLUMN {ident(VERSION_COLUMN)} integer NOT NULL DEFAULT 1")


def grant_and_guard(session: PgSession, schema: str, tables: list[str]) -> None:
    """Grants on the copied ``tables`` and the triggers that guard them (after the rows are in)."""
    roles = survey_roles(schema)
    for table in tables:
        name = qualified(schema, table)
        session.execute(f"GRANT SELECT ON {name} TO {ident(roles.viewer)}")
        if table.startswith(RAW_PREFIX):
            session.execute(
                f"CREATE TRIGGER cartong_raw_is_read_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {name} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {qualified(schema, 'cartong_raw_is_read_only')}()"
            )
    if LOG_LAYER in tables:
        name = qualified(schema, LOG_LAYER)
        session.execute(
            f"CREATE TRIGGER cartong_stamp_decision BEFORE INSERT OR UPDATE ON {name} "
            f"FOR EACH ROW EXECUTE FUNCTION {qualified(schema, 'cartong_stamp_decision')}()"
        )
        columns = ", ".join(ident(c) for c in DECISION_COLUMNS)
        session.execute(f"GRANT UPDATE ({columns}) ON {name} TO {ident(roles.reviewer)}")
        columns = ", ".join(ident(c) for c in NEW_ROW_COLUMNS)
        session.execute(f"GRANT INSERT ({columns}) ON {name} TO {ident(roles.reviewer)}")
        sequence = session.scalar(f"SELECT pg_get_serial_sequence({literal(schema + '.' + LOG_LAYER)}, 'fid')")
        if sequence:
            session.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {ident(roles.reviewer)}")
