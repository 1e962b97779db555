# SPDX-License-Identifier: GPL-3.0-or-later
"""The repeat tables of a cleaned survey: written beside the cleaned layer without the rows of the
submissions the cleaning log removed.

A cleaned GeoPackage used to hold the survey layer alone, so the only members table was the survey's,
with the rosters of the removed households (a re-sent duplicate's second roster, pilot interviews):
member-level figures counted them, and sharing that table shared them. ``repeat_rows`` follows the
relations the import recorded in ``cartong_metadata`` (``_index`` -> ``_parent_index``, ODK's ``KEY``
-> ``PARENT_KEY``, composite keys, nested repeats) from the survey table down, and finds the rows that
belong to a removed submission only (through its key; a key that a kept submission shares too keeps
the row). ``write_repeat_tables`` copies each repeat table into the cleaned GeoPackage (fids and values
as in the survey) without those rows, and records a ``cartong_metadata`` row (action ``clean``) naming the
input, the log and the relations from the cleaned layer, so that the log applied again to the cleaned
layer finds its repeat tables. ``left_out_sentence`` says what was done, or, for an output that cannot
hold tables (CSV, shapefile, a table added to another GeoPackage, PostgreSQL), how many repeat rows of
removed submissions the survey's tables still hold.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from ..survey.repeat_checks import relation_keys
from .log import format_value, now_iso

METADATA_TABLE = "cartong_metadata"
CLEAN_ACTION = "clean"


@dataclass
class RepeatRows:
    """The repeat tables hanging from a survey table, and their rows belonging to removed submissions."""

    relations: list[dict] = field(default_factory=list)  # in order: a parent before its children
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows in the survey
    left_out: dict[str, set] = field(default_factory=dict)  # table -> fids of rows of removed submissions

    @property
    def tables(self) -> list[str]:
        return [rel["child"] for rel in self.relations]

    def count(self) -> int:
        return sum(len(fids) for fids in self.left_out.values())

    def counts(self) -> dict[str, int]:
        """{repeat table: its rows left out}, in the order of the relations."""
        return {name: len(self.left_out.get(name, ())) for name in self.tables}


def repeat_relations(gpkg, table: str) -> list[dict]:
    """The relations recorded in ``gpkg`` (the last import or cleaning whose relations start at ``table``)
    that link ``table`` to its repeat tables and those to theirs; [] when there are none."""
    if not gpkg or not table:
        return []
    try:
        with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
            found = db.execute(f"SELECT relations FROM {METADATA_TABLE} ORDER BY fid DESC").fetchall()
    except sqlite3.Error:
        return []
    for (text,) in found:
        try:
            relations = json.loads(text) if text else []
        except ValueError:
            continue
        if any(rel.get("parent") == table for rel in relations):
            return _below(relations, table)
    return []


def beside_tables(gpkg) -> set[str]:
    """The tables of ``gpkg`` that are no survey layer of their own: the record of a cleaned layer's log rows,
    ``cartong_metadata``, the columns as received (``cartong_columns``), the form (``form_questions`` /
    ``form_choices``) and the repeat tables its relations name."""
    from ..survey.column_notes import COLUMNS_TABLE
    from ..survey.import_metadata import FORM_TABLES
    from .applied_rows import APPLIED_TABLE

    found = {APPLIED_TABLE, METADATA_TABLE, COLUMNS_TABLE, *FORM_TABLES}
    try:
        with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
            texts = [row[0] for row in db.execute(f"SELECT relations FROM {METADATA_TABLE}")]
    except sqlite3.Error:
        return found
    for text in texts:
        try:
            found |= {rel["child"] for rel in json.loads(text or "[]") if isinstance(rel, dict) and "child" in rel}
        except ValueError:
            continue
    return found


def _below(relations: list[dict], table: str) -> list[dict]:
    """The relations under ``table``, each parent before its children."""
    out, parents = [], [table]
    while parents:
        parent = parents.pop(0)
        for rel in relations:
            if rel.get("parent") == parent and rel not in out:
                out.append(rel)
                parents.append(rel["child"])
    return out


def repeat_rows(gpkg, table: str, removed: set, kept: set) -> RepeatRows:
    """The repeat tables under ``table`` of ``gpkg`` and their rows that belong to the removed rows of
    ``table`` (``removed``/``kept``: fids of the survey table). Empty when the survey has no repeat table."""
    found = RepeatRows(repeat_relations(gpkg, table))
    if not found.relations or not removed:
        for rel in found.relations:
            found.left_out[rel["child"]] = set()
        found.rows = _row_counts(gpkg, found.tables)
        return found
    gone, stay = {table: set(removed)}, {table: set(kept)}  # rows of neither (a layer's filter): left alone
    with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
        for rel in found.relations:
            parent, child = rel["parent"], rel["child"]
            parent_keys, child_keys = relation_keys(rel)
            removed_keys, kept_keys = set(), set()
            for fid, *values in db.execute(f"SELECT fid, {_columns(parent_keys)} FROM {_quote(parent)}"):
                key = _key(values)
                if key is not None and fid in gone.get(parent, ()):
                    removed_keys.add(key)
                elif key is not None and fid in stay.get(parent, ()):
                    kept_keys.add(key)
            removed_keys -= kept_keys  # a key a kept row has too cannot tell whose the row is: it stays
            rows = db.execute(f"SELECT fid, {_columns(child_keys)} FROM {_quote(child)}").fetchall()
            found.rows[child] = len(rows)
            gone[child] = {fid for fid, *values in rows if _key(values) in removed_keys}
            stay[child] = {fid for fid, *_values in rows} - gone[child]
            found.left_out[child] = gone[child]
    return found


def _row_counts(gpkg, tables: list[str]) -> dict[str, int]:
    if not tables:
        return {}
    with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
        return {name: db.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()[0] for name in tables}


def _key(values) -> tuple | None:
    """A key as text (an integer _index matches a _parent_index read as text); None when a part is missing."""
    key = tuple(format_value(value) for value in values)
    return None if any(part == "" for part in key) else key


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(names: list[str]) -> str:
    return ", ".join(_quote(name) for name in names)


def write_repeat_tables(source_gpkg, source_table: str, out_gpkg, layer: str, found: RepeatRows, log_name: str) -> None:
    """Copy the repeat tables of ``found`` from the survey's GeoPackage into the new cleaned GeoPackage
    ``out_gpkg`` (not yet renamed to its name) without their rows of removed submissions, and record the
    cleaning in its ``cartong_metadata``, the relations starting at the cleaned layer ``layer``."""
    from osgeo import gdal, ogr

    from ..base.gdal_errors import gdal_exceptions

    try:
        with gdal_exceptions():
            source = gdal.OpenEx(str(source_gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
            out = gdal.OpenEx(str(out_gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
            for name in found.tables:
                if out.CopyLayer(source.GetLayerByName(name), name, ["FID=fid"]) is None:
                    raise RuntimeError(gdal.GetLastErrorMsg() or name)
                fids = sorted(found.left_out.get(name, ()))
                for start in range(0, len(fids), 500):
                    chunk = ", ".join(str(int(fid)) for fid in fids[start : start + 500])
                    out.ExecuteSQL(f"DELETE FROM {_quote(name)} WHERE fid IN ({chunk})")
            _record(out, ogr, source_gpkg, source_table, layer, found, log_name)
            out = source = None
    except RuntimeError as err:
        raise CartongError(
            tr(
                "The repeat tables ({tables}) could not be written beside the cleaned layer ({reason}). Nothing "
                "was written under its name."
            ).format(tables=", ".join(found.tables), reason=str(err))
        ) from err


def _record(out, ogr, source_gpkg, source_table: str, layer: str, found: RepeatRows, log_name: str) -> None:
    """One cartong_metadata row: what was cleaned with which log, the tables, the relations from ``layer``."""
    from pathlib import Path

    earlier = _last_metadata(source_gpkg)
    relations = [
        {**rel, "parent": layer if rel["parent"] == source_table else rel["parent"]} for rel in found.relations
    ]
    tables = {name: found.rows.get(name, 0) - len(found.left_out.get(name, ())) for name in found.tables}
    values = {
        "action": CLEAN_ACTION,
        "imported_at": now_iso(),
        "source_file": f"{Path(str(source_gpkg)).name}|layername={source_table}",
        "cleaning_log": log_name,
        "form_id": earlier.get("form_id"),
        "form_version": earlier.get("form_version"),
        "form_title": earlier.get("form_title"),
        "language": earlier.get("language"),
        "tables": json.dumps(tables, ensure_ascii=False),
        "relations": json.dumps(relations, ensure_ascii=False),
        "geometry_column": earlier.get("geometry_column"),
    }
    table = out.CreateLayer(METADATA_TABLE, geom_type=ogr.wkbNone, options=["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"])
    for name in values:
        table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    row = ogr.Feature(table.GetLayerDefn())
    for name, value in values.items():
        if value not in (None, ""):
            row.SetField(name, str(value))
    table.CreateFeature(row)


def _last_metadata(gpkg) -> dict:
    """The survey's last cartong_metadata row as {column: value} ({} when none)."""
    try:
        with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
            cursor = db.execute(f"SELECT * FROM {METADATA_TABLE} ORDER BY fid DESC LIMIT 1")
            row = cursor.fetchone()
            return dict(zip([d[0] for d in cursor.description], row)) if row else {}
    except sqlite3.Error:
        return {}


def left_out_counts(cleaned_gpkg, survey_gpkg) -> dict[str, int]:
    """{repeat table: rows of the survey's table that its copy in the cleaned GeoPackage left out}, read from
    the cleaned GeoPackage's record ({} when it holds no repeat table)."""
    try:
        with closing(sqlite3.connect(f"file:{cleaned_gpkg}?mode=ro", uri=True)) as db:
            row = db.execute(f"SELECT tables FROM {METADATA_TABLE} WHERE action = ?", (CLEAN_ACTION,)).fetchone()
        written = json.loads(row[0]) if row and row[0] else {}
        survey = _row_counts(survey_gpkg, list(written))
    except (sqlite3.Error, ValueError):
        return {}
    return {name: survey[name] - rows for name, rows in written.items()}


def left_out_sentence(counts: dict[str, int], written: bool, output: str) -> tuple[str, bool]:
    """(what became of the repeat tables, whether it is a warning): written beside the cleaned layer without
    the rows of removed submissions (``counts``: {table: rows left out}), or not written while the survey's
    tables hold such rows."""
    total, tables = sum(counts.values()), ", ".join(counts)
    listed = ", ".join(f"{name}: {rows}" for name, rows in counts.items())
    if written and not total:
        return tr(
            "The repeat tables ({tables}) were written beside the cleaned layer; none of their rows belongs to a "
            "removed submission."
        ).format(tables=tables), False
    if not total:
        return "", False
    if written:
        return trn(
            "The repeat tables ({tables}) were written beside the cleaned layer, without the %n row that belongs "
            "to a removed submission ({counts}).",
            "The repeat tables ({tables}) were written beside the cleaned layer, without the %n rows that belong "
            "to removed submissions ({counts}).",
            total,
        ).format(tables=tables, counts=listed), False
    return trn(
        "%n row of the survey's repeat tables belongs to a submission the cleaning log removed ({counts}), and "
        "the cleaned layer {output} is written without its repeat tables: the survey's tables still hold it. "
        "Write the cleaned layer to a new GeoPackage to get its repeat tables without such rows.",
        "%n rows of the survey's repeat tables belong to submissions the cleaning log removed ({counts}), and "
        "the cleaned layer {output} is written without its repeat tables: the survey's tables still hold them. "
        "Write the cleaned layer to a new GeoPackage to get its repeat tables without such rows.",
        total,
    ).format(counts=listed, output=output), True
