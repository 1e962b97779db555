# SPDX-License-Identifier: GPL-3.0-or-later
"""The import's record in the GeoPackage: ``cartong_metadata`` and the form's tables.

One ``cartong_metadata`` row per import (files and their SHA-256, form id and version, language,
counts, tables, relations, warnings, encoding, location column), and ``form_questions`` /
``form_choices``: the form's questions and choices with their labels in the chosen language.
"""

from __future__ import annotations

import json
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from . import gpkg_writer as gw
from .export_readers import TextTable
from .import_report import ImportReport
from .xlsform import FormSpec

METADATA_TABLE = "cartong_metadata"
FORM_TABLES = ("form_questions", "form_choices")


def _metadata_schema(spec: FormSpec | None) -> list[dict]:
    from osgeo import ogr

    tables = [{"name": METADATA_TABLE, "fields": [(name, kind) for name, kind in _metadata_fields()]}]
    if spec:
        tables.append({"name": "form_questions", "fields": [(n, ogr.OFTString) for n in _FORM_QUESTION_FIELDS]})
        tables.append({"name": "form_choices", "fields": [(n, ogr.OFTString) for n in _FORM_CHOICE_FIELDS]})
    return tables


# filters: the row's other columns as JSON ({"district": "north"}): with allow_choice_duplicates two rows
# may share a list and a name, and only these columns (what a choice_filter tests) tell them apart
_FORM_CHOICE_FIELDS = ("list_name", "name", "label", "filters")
_FORM_QUESTION_FIELDS = (
    "name",
    "path",
    "type",
    "list_name",
    "label",
    "required",
    "constraint_expr",
    "relevant",
    "choice_filter",
    "group_path",
    "repeat",
    "calculation",
)


def _metadata_fields():
    from osgeo import ogr

    return [
        ("action", ogr.OFTString),
        ("imported_at", ogr.OFTDateTime),
        ("source_file", ogr.OFTString),
        ("source_sha256", ogr.OFTString),
        ("form_file", ogr.OFTString),
        ("form_sha256", ogr.OFTString),
        ("form_id", ogr.OFTString),
        ("form_version", ogr.OFTString),
        ("form_title", ogr.OFTString),
        ("language", ogr.OFTString),
        ("rows", ogr.OFTInteger64),
        ("rows_without_location", ogr.OFTInteger64),
        ("tables", ogr.OFTString),
        ("relations", ogr.OFTString),
        ("warnings", ogr.OFTString),
        ("encoding", ogr.OFTString),
        ("delimiter", ogr.OFTString),
        ("geometry_column", ogr.OFTString),
    ]


def _write_metadata(
    path,
    report: ImportReport,
    data_path: Path,
    form_path,
    spec: FormSpec | None,
    main: TextTable,
    data_sha: str,
    form_sha: str,
) -> None:
    """One row in cartong_metadata, and the form's questions and choices in the chosen language."""
    utc = timezone.utc  # noqa: UP017 (datetime.UTC needs Python 3.11; QGIS may run 3.9)
    now = datetime.now(utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    with closing(gw.connect(path)) as db:
        gw.insert_rows(
            db,
            METADATA_TABLE,
            [f for f, _ in _metadata_fields()],
            [
                (
                    "import",
                    now,
                    data_path.name,
                    data_sha,
                    Path(str(form_path)).name if form_path else None,
                    form_sha or None,
                    report.form_id or None,
                    report.form_version or None,
                    spec.title if spec else None,
                    report.language or None,
                    report.rows,
                    report.rows_without_location,
                    json.dumps(report.tables, ensure_ascii=False),
                    json.dumps(report.relations, ensure_ascii=False),
                    json.dumps(report.warnings, ensure_ascii=False),
                    main.encoding,
                    main.delimiter,
                    report.geometry_column,
                )
            ],
        )
        db.execute(
            "UPDATE gpkg_ogr_contents SET feature_count = 1 WHERE lower(table_name) = lower(?)", (METADATA_TABLE,)
        )
        if spec:
            _write_form_tables(db, spec, report.language)


def _write_form_tables(db, spec: FormSpec, lang: str) -> None:
    """The form's questions and choices (labels in ``lang``) into the empty form_questions / form_choices."""
    rows: list[tuple] = [
        (
            q.name,
            q.path,
            q.type,
            q.list_name,
            spec.label(key, lang),
            "true" if q.required else "false",
            q.constraint,
            q.relevant,
            q.choice_filter,
            q.group,
            q.repeat,
            q.calculation,
        )
        for key, q in spec.questions.items()
    ]
    fields = list(_FORM_QUESTION_FIELDS)
    if "calculation" not in {row[1] for row in db.execute("PRAGMA table_info(form_questions)")}:
        # a form_questions written by an older version, appended to
        fields, rows = fields[:-1], [row[:-1] for row in rows]
    gw.insert_rows(db, "form_questions", fields, rows)
    # every row of the choices sheet with its own label: two choices of one name keep both labels
    choice_rows: list[tuple] = [
        (list_name, c.name, spec.label_of(c, lang), json.dumps(c.columns, ensure_ascii=False) if c.columns else None)
        for list_name, choices in spec.choices.items()
        for c in choices
    ]
    fields = list(_FORM_CHOICE_FIELDS)
    if "filters" not in {row[1] for row in db.execute("PRAGMA table_info(form_choices)")}:
        # a form_choices written by an older version, appended to: the filters have no column there
        fields, choice_rows = fields[:3], [row[:3] for row in choice_rows]
    gw.insert_rows(db, "form_choices", fields, choice_rows)
    for table, count in (("form_questions", len(rows)), ("form_choices", len(choice_rows))):
        db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)", (count, table))


def copy_stored_form(source_gpkg, out_gpkg) -> bool:
    """The form tables (``form_questions`` / ``form_choices``) of ``source_gpkg`` copied into the new
    GeoPackage ``out_gpkg`` (not yet renamed), a copy of one of its tables (the cleaned layer): the
    personal-data rules that read the form (people lists, calculated coordinates) then still run on the
    copy. False when the source has no form or it could not be copied (the copy is then as before)."""
    from osgeo import gdal

    from ..base.gdal_errors import gdal_exceptions

    try:
        with gdal_exceptions():
            source = gdal.OpenEx(str(source_gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
            tables = [source.GetLayerByName(name) for name in FORM_TABLES]
            out = gdal.OpenEx(str(out_gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
            if any(table is None for table in tables) or any(out.GetLayerByName(n) is not None for n in FORM_TABLES):
                return False
            for name, table in zip(FORM_TABLES, tables):
                if out.CopyLayer(table, name, ["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"]) is None:
                    return False
            out = source = None
    except RuntimeError:
        return False
    return True
