# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaned layer of a survey shared in PostGIS, written into the survey's own schema.

``shared_survey_names`` gives ``cartong:applycleaninglog`` the import's column plan of a survey
table kept in a schema (its ``raw_<table>`` headers and the form in ``form_questions`` and
``form_choices``), as ``cleaning.apply.survey_names`` does for a GeoPackage, so that a log's
question names find their typed columns there too.

``write_cleaned_table`` puts the cleaned layer (a one-layer GeoPackage built by the algorithm) into
``<schema>.<table>`` in ONE transaction: if the connection drops or anything fails, PostgreSQL
undoes it all and the previous cleaned table, if any, is still there. Only a cleaned table is ever
replaced (one this module wrote, listed under ``cleaned`` in the schema comment, or named
``<table>_cleaned`` after a table of the survey); the tables the survey came with (raw tables, the
typed layer, the cleaning log, the form) are refused as destinations. The viewer role may read the
new table. Writing it needs the right to create tables in the schema (its owner); a reviewer or
viewer is told to choose a file instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..base.errors import CartongError
from ..base.i18n import tr
from ..cleaning.apply import FORM_CHOICE_COLUMNS, FORM_QUESTION_COLUMNS, SurveyNames, names_from_form
from ..cleaning.log import LOG_LAYER, now_iso
from .connection import PgTarget
from .roles import RAW_PREFIX, survey_roles
from .shared_log import layer_survey
from .store import PermissionRefused, PgSession, ident, literal, open_session, qualified
from .transfer import _create_like, _layer_options, _open_geopackage, _Progress, copy_into_postgis, survey_schemas

CLEANED_KEY = "cleaned"  # the schema comment's list of the cleaned tables written here
CLEANED_SUFFIX = "_cleaned"


@dataclass
class CleanedReport:
    schema: str
    table: str
    rows: int = 0
    replaced: bool = False


def layer_survey_table(source: str) -> tuple[PgTarget, str, str] | None:
    """(database, schema, table) when a PostGIS layer's source is a table of a survey schema, else None.

    A PostGIS layer of any other schema is an ordinary layer: the caller treats it as such.
    """
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(source)
    if not uri.schema() or not uri.table():
        return None
    target, schema = layer_survey(source)
    with open_session(target) as session:
        with session.guard(tr("reading the survey schemas of {target}").format(target=target.label)):
            if schema not in survey_schemas(session):
                return None
    return target, schema, uri.table()


def cleaned_table_name(table: str) -> str:
    """The cleaned layer's table for the survey table ``table`` (``survey`` -> ``survey_cleaned``)."""
    return f"{table}{CLEANED_SUFFIX}"


def _columns(session: PgSession, schema: str, table: str) -> list[str]:
    """The columns of ``schema.table`` in their order, without its primary key (as the GeoPackage reader)."""
    name = literal(f"{ident(schema)}.{ident(table)}")
    key = {
        row["attname"]
        for row in session.rows(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            f"AND a.attnum = ANY(i.indkey) WHERE i.indrelid = {name}::regclass AND i.indisprimary"
        )
    }
    found = session.rows(
        f"SELECT attname FROM pg_attribute WHERE attrelid = {name}::regclass AND attnum > 0 "
        "AND NOT attisdropped ORDER BY attnum"
    )
    return [row["attname"] for row in found if row["attname"] not in key]


def shared_survey_names(target: PgTarget, schema: str, table: str = "survey") -> SurveyNames:
    """The SurveyNames of ``schema.table`` (empty when the schema has no raw table or form for it)."""
    with open_session(target) as session:
        with session.guard(tr("reading the form of {schema}").format(schema=schema)):
            present = set(session.tables(schema))
            if not {RAW_PREFIX + table, "form_questions", "form_choices"} <= present:
                return SurveyNames()
            headers = _columns(session, schema, RAW_PREFIX + table)
            question_keys = [c.strip() for c in FORM_QUESTION_COLUMNS.split(",")]
            choice_keys = [c.strip() for c in FORM_CHOICE_COLUMNS.split(",")]
            questions = session.rows(
                f"SELECT {', '.join(ident(c) for c in question_keys)} FROM {qualified(schema, 'form_questions')}"
            )
            choices = session.rows(
                f"SELECT {', '.join(ident(c) for c in choice_keys)} FROM {qualified(schema, 'form_choices')}"
            )
    return names_from_form(
        headers,
        [tuple(row[c] for c in question_keys) for row in questions],
        [tuple(row[c] for c in choice_keys) for row in choices],
        f"{schema}.{RAW_PREFIX}{table}",
    )


def _check_destination(info: dict, present: list[str], schema: str, table: str) -> bool:
    """True when ``table`` exists and is a cleaned table to replace; CartongError when it may not be written."""
    cleaned = set(info.get(CLEANED_KEY, []))
    survey_tables = set(info.get("tables", [])) - cleaned
    # <survey table>_cleaned: the default name (survey_cleaned), for a table written before the list was kept
    is_cleaned = table in cleaned or (
        table.endswith(CLEANED_SUFFIX)
        and not table.startswith(RAW_PREFIX)
        and table[: -len(CLEANED_SUFFIX)] in survey_tables
    )
    if not table or table.startswith(RAW_PREFIX) or table == LOG_LAYER or (table in survey_tables and not is_cleaned):
        raise CartongError(
            tr(
                "'{table}' is a table the survey {schema} came with: the cleaned layer never replaces it. "
                "Choose another table name, such as {suggestion}."
            ).format(table=table, schema=schema, suggestion=cleaned_table_name("survey"))
        )
    if table in present and not is_cleaned:
        raise CartongError(
            tr(
                "The schema {schema} already holds a table '{table}' that is not a cleaned layer: it is "
                "left as it is. Choose another table name, such as {suggestion}."
            ).format(table=table, schema=schema, suggestion=cleaned_table_name("survey"))
        )
    return table in present


def write_cleaned_table(gpkg_path, target: PgTarget, schema: str, table: str, feedback=None) -> CleanedReport:
    """The first layer of the GeoPackage ``gpkg_path`` as ``schema.table`` (one transaction, see the module)."""
    source = _open_geopackage(Path(gpkg_path))
    layer = source.GetLayer(0)
    report = CleanedReport(schema=schema, table=table)
    doing = tr("writing the cleaned layer {table} in {schema}").format(table=table, schema=schema)
    with open_session(target) as session:
        info = survey_schemas(session).get(schema)
        if info is None:
            raise CartongError(
                tr("The database {target} holds no survey schema '{schema}'.").format(
                    target=target.label, schema=schema
                )
            )
        report.replaced = _check_destination(info, session.tables(schema), schema, table)
        progress = _Progress(feedback, layer.GetFeatureCount(), doing)
        options = [o for o in _layer_options(layer, "PG", schema) if not o.startswith("OVERWRITE=")]
        try:
            with session.transaction(doing):
                created = _create_like(
                    session.ds, layer, table, options + [f"OVERWRITE={'YES' if report.replaced else 'NO'}"]
                )
                report.rows = copy_into_postgis(session, layer, created, progress, schema, table)
                session.execute(f"GRANT SELECT ON {qualified(schema, table)} TO {ident(survey_roles(schema).viewer)}")
                info = {**info, CLEANED_KEY: sorted(set(info.get(CLEANED_KEY, [])) | {table}), "cleaned_at": now_iso()}
                info["tables"] = [t for t in info.get("tables", []) if t != table] + [table]
                session.execute(f"COMMENT ON SCHEMA {ident(schema)} IS {literal(json.dumps(info))}")
        except PermissionRefused as err:
            raise CartongError(
                tr(
                    "You may read the survey {schema} but not write tables there: only its owner may "
                    "store the cleaned layer in the database. Choose a file for the cleaned survey "
                    "instead. ({reason})"
                ).format(schema=schema, reason=err.detail or str(err))
            ) from err
    del layer, source
    return report
