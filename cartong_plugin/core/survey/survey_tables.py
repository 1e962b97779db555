# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the survey tables of the GeoPackage from text tables: what the import and the server sync share.

``_write`` creates the tables (or adds their missing columns), bulk-loads the raw tables with SQLite
(keeping those ``raw_copy`` already wrote exactly), computes the typed tables inside SQLite from the raw
ones (``column_types``; an ODK Central export's survey layer gets ``_uuid``: ``central_uuid``), adds the
location points (``locations``) and bulk-loads the R-tree.
``_table_names`` names the tables (``survey`` / ``raw_survey``, ``<repeat>`` / ``raw_<repeat>``),
``repeat_links._add_relations`` links each repeat to its parent. ``write_survey_frames`` is the same writer for
DataFrames: the server sync (``servers/sync.py``) appends its downloads with it.
"""

from __future__ import annotations

import contextlib
import gc
import time
from contextlib import closing
from pathlib import Path

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from . import gpkg_writer as gw
from .central_uuid import add_uuid_column
from .column_notes import COLUMNS_TABLE
from .column_types import ATTACHMENT_LINK, TypedBuilder
from .columns import GEO_PARTS, ascii_table_key, form_repeat, plan_columns, table_key
from .export_readers import TextTable, count_short_rows, short_rows_warning
from .export_shape import rows_as_received
from .import_metadata import METADATA_TABLE, _metadata_schema, _write_form_tables
from .import_report import ImportReport, _Progress
from .locations import build_geometries, choose_geometry, geolocation_note, quiet_wkt, split_coordinates_disagreement
from .raw_copy import RawCopy
from .repeat_links import _add_relations, enclosing_answers
from .xlsform import FormSpec

MAIN_TABLE = "survey"


@contextlib.contextmanager
def _gc_paused():
    """Python's cyclic garbage collector off during a bulk load: it would walk the millions of values
    of the object arrays again and again (about 2% of an import) and the load makes no cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _table_names(tables: list[str], spec: FormSpec | None, key=None) -> list[tuple[str, str]]:
    """(typed name, raw name) of each table (export names, the main one first): survey/raw_survey,
    then <repeat>/raw_<repeat> (``key`` makes a name a table name: ``table_key`` unless told)."""
    key = key or table_key
    names = [(MAIN_TABLE, "raw_" + MAIN_TABLE)]
    used = {
        MAIN_TABLE,
        "raw_" + MAIN_TABLE,
        METADATA_TABLE,
        COLUMNS_TABLE,
        "form_questions",
        "form_choices",
        "cleaning_log",
    }
    for table_name in tables[1:]:
        name = key(form_repeat(table_name, spec) or table_name) or "repeat"
        base, n = name, 1
        while name in used or "raw_" + name in used:
            n += 1
            name = f"{base}_{n}"
        used |= {name, "raw_" + name}
        names.append((name, "raw_" + name))
    return names


@_gc_paused()
def write_survey_frames(
    path,
    frames: list,
    spec: FormSpec | None,
    language: str | None = None,
    *,
    source: str = "",
    append: bool = False,
    attachment_link=None,
    form_tables: bool = False,
    progress=None,
) -> ImportReport:
    """Write the survey tables of the GeoPackage ``path`` from DataFrames of raw text, as the import does.

    ``frames`` are (name, DataFrame) pairs, the main table first (name "") then each repeat: columns
    are the export's headers, values str ("" when empty). ``append`` adds the rows after those of the
    existing tables (raw tables stay append-only; missing tables and columns are added).
    ``attachment_link(uuid, question header, row _index, file name)`` gives the path stored in ``<q>_file``
    for media questions (the row's own file when two answers of a submission name the same file);
    ``form_tables`` also writes form_questions / form_choices. No cartong_metadata row is written.
    Returns an ImportReport (rows written, warnings, relations, language).
    """
    report = ImportReport(output=str(path))
    if spec:
        report.language = spec.resolve_language(language)
        report.form_id, report.form_version = spec.form_id, spec.version
    tables = [
        TextTable(name=name, headers=[str(c) for c in frame.columns], frame=frame, source=source or str(path))
        for name, frame in frames
    ]
    names = _table_names([t.name for t in tables], spec)
    if append and Path(str(path)).exists():
        with closing(gw.connect(path)) as db:
            names = _earlier_names(db, names, _table_names([t.name for t in tables], spec, ascii_table_key))
            for table, (_typed, raw) in zip(tables, names):
                _keep_raw_columns(table, gw.table_columns(db, raw)[0])
    for table in tables:
        table.frame = table.frame.set_axis(range(len(table.headers)), axis=1)  # TextTable: columns 0..n-1
    plans = [plan_columns(table, spec, report.warnings) for table in tables]
    geo = choose_geometry(plans[0], table=tables[0])
    _add_relations(report, tables, plans, names, spec)
    extra = _metadata_schema(spec)[1:] if spec and form_tables else []
    _write(
        path,
        tables,
        plans,
        names,
        spec,
        report,
        geo,
        progress or _Progress(None),
        append=append,
        attachment_link=attachment_link,
        extra_schema=extra,
    )
    if extra and spec is not None:  # extra implies spec
        with closing(gw.connect(path)) as db:
            _write_form_tables(db, spec, report.language)
    return report


def _earlier_names(db, names: list[tuple[str, str]], earlier: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``names``, except a table the GeoPackage holds only under the name an earlier version gave it
    (ASCII letters only: an Arabic repeat was ``repeat``): appended to there, not split into a new table."""
    existing = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
    return [old if old[0] in existing and new[0] not in existing else new for new, old in zip(names, earlier)]


def _keep_raw_columns(table: TextTable, existing: list[str]) -> None:
    """Put ``table``'s columns in the order of the raw table it is appended to (new ones last)."""
    if not existing:
        return
    spelling = {name.casefold(): name for name in existing}
    frame = table.frame.rename(columns={h: spelling[h.casefold()] for h in table.headers if h.casefold() in spelling})
    headers = existing + [h for h in frame.columns if h.casefold() not in spelling]
    table.frame = frame.reindex(columns=headers, fill_value="")
    table.headers = headers


def _write(
    path,
    tables,
    plans,
    names,
    spec,
    report: ImportReport,
    geo,
    progress,
    *,
    append: bool = False,
    attachment_link=None,
    extra_schema=(),
    beside_sqlite=None,
    raw_copy: RawCopy | None = None,
) -> None:
    """Create the tables (or add their missing columns), bulk-load the raw ones, fill the typed ones in SQLite.

    With ``append`` the rows go after those already in the tables, typed rows keeping the fid of their
    raw row. ``beside_sqlite()`` is called when the typed tables start (SQLite's work, without the GIL).
    ``raw_copy`` may already be writing raw tables into ``path``: those it wrote exactly are kept.
    """
    from osgeo import ogr

    if raw_copy is not None and append:
        raise ValueError("a raw copy is only made for a new file: its second pass removes the file")
    how, first, second = geo
    warnings_before = len(report.warnings)  # a second pass (see raw_copy.failed() below) says them again
    report.geometry_column = (
        "" if first is None else (first.header if second is None else f"{first.header} + {second.header}")
    )
    lap = time.perf_counter()
    geometry_type, extra_geo = _geometry_plan(plans, geo, tables[0])
    enclosing = enclosing_answers(tables, plans, names, report.relations)
    builders = [
        TypedBuilder(
            str(i),
            table,
            plan,
            spec,
            report.language,
            report.warnings,
            attachment_links=attachment_link is not None,
            enclosing=enclosing[i],
        )
        for i, (table, plan) in enumerate(zip(tables, plans))
    ]
    add_uuid_column(builders[0], plans[0])  # ODK Central's instanceID without "uuid:", as Kobo's _uuid
    _check_width(tables, builders, len(extra_geo) + (1 if how else 0))
    lap = report.lap("convert", lap)
    progress(40)
    schema = []
    for index, (table, (typed, raw), builder) in enumerate(zip(tables, names, builders)):
        schema.append({"name": raw, "fid": _raw_fid(table), "fields": [(h, ogr.OFTString) for h in table.headers]})
        fields = builder.fields + ([(name, ogr.OFTReal) for name, _ in extra_geo] if index == 0 else [])
        schema.append({"name": typed, "fields": fields, "geometry": geometry_type if index == 0 else None})
    schema += list(extra_schema)
    located, extent = build_geometries(tables[0], how, first, second, report.warnings) if how else ([], None)
    if how and _left_out(tables[0]):  # not in the typed layer: no point, no R-tree entry, not in the extent
        located, extent = located.without([row + 1 for row in _left_out(tables[0])])
    if how == "geopoint":
        disagreement = split_coordinates_disagreement(tables[0], plans[0], first, located)
        report.warnings += [disagreement] if disagreement else []
    if how == "geolocation":  # not a column of the form's: said
        report.warnings.append(geolocation_note(tables[0], first))
    lap = report.lap("geometry", lap)
    copied = set()  # raw tables GDAL wrote, rows from fid 1: checked beside the typed inserts (see below)
    if raw_copy is not None:
        copied = raw_copy.start_checks([(raw, table) for table, (_typed, raw) in zip(tables, names)])
        report.raw_copied = sorted(copied)
        lap = report.lap("raw_copy_wait", lap)
        report.timings["raw_copy_in_parallel"] = raw_copy.seconds  # GDAL's time, beside the read
    for table, (_typed, raw) in zip(tables, names):
        if table.short_rows_unchecked:  # counted by GDAL's copy (exact), else by parsing the file again
            if raw_copy is not None and raw in copied:
                count, first, column = raw_copy.short_rows[raw]  # GDAL's fid: 1 for the first submission
            else:
                count, first, column = count_short_rows(
                    table.path,
                    table.encoding,
                    table.delimiter,
                    table.headers,
                    skip=table.notes.rows_above,
                    limit=table.rows,
                )
            if count:
                report.warnings.append(short_rows_warning(table.source, count, table.file_row(first - 1), column))
    keys = {}  # existing table -> its fid column
    if append and Path(str(path)).exists():
        with closing(gw.connect(path)) as db:
            for table in schema:
                key = gw.table_columns(db, table["name"])[1]
                if key:
                    keys[table["name"]] = key
                    gw.add_columns(db, table["name"], table["fields"])
    gw.create_gpkg(path, [table for table in schema if table["name"] not in keys and table["name"] not in copied])
    raw_fids = [
        gw.FID if raw in copied else keys.get(raw, _raw_fid(table)) for table, (_typed, raw) in zip(tables, names)
    ]
    typed_main_is_new = names[0][0] not in keys
    lap = report.lap("schema", lap)
    report.rows = tables[0].rows - len(_left_out(tables[0]))
    report.rows_without_location = report.rows - len(located)
    counts, starts, indexed = {}, [], False
    with closing(gw.connect(path)) as db, gw.triggers_suspended(db, [name for pair in names for name in pair]):
        if attachment_link is not None:
            db.create_function(ATTACHMENT_LINK, 4, attachment_link, deterministic=True)
        total = sum(t.rows for t in tables) or 1
        done = [0]

        def chunk_done(rows):
            progress(40 + 30 * (done[0] + rows) / total)

        for table, (_typed, raw), builder, raw_fid in zip(tables, names, builders, raw_fids):
            if raw in copied:
                starts.append(0)
                done[0] += table.rows
                builder.create_lookups(db)
                continue
            fid = gw.quote(raw_fid)
            last = db.execute(f"SELECT coalesce(max({fid}), 0) FROM {gw.quote(raw)}").fetchone()[0]
            values = rows_as_received(table.frame, table.notes).to_numpy()
            gw.insert_rows(db, raw, table.headers, gw.ArrayRows(values), on_chunk=chunk_done)
            # AUTOINCREMENT may skip numbers of deleted rows: the new rows start at their smallest fid
            first_new = db.execute(f"SELECT min({fid}) FROM {gw.quote(raw)} WHERE {fid} > ?", (last,)).fetchone()[0]
            starts.append(last if first_new is None else first_new - 1)
            done[0] += table.rows
            lap = report.lap("raw_insert", lap)
            builder.create_lookups(db)
        shift = starts[0]
        # only the geometry, plus the coordinates the export lacks as split columns
        wanted = ["fid", "geom"] + [col for _, col in extra_geo]
        db.execute(f"CREATE TEMP TABLE _geo (fid INTEGER PRIMARY KEY, {', '.join(wanted[1:])})")
        if len(located):
            gw.insert_rows(db, "_geo", wanted, gw.ArrayRows(located.rows(wanted, shift + 1)), chunk=len(located))
        progress(75)
        lap = report.lap("lookups", lap)
        if raw_copy is not None:
            raw_copy.may_read()  # GDAL is done with the file: the check reads it while SQLite writes
        if beside_sqlite is not None:
            beside_sqlite()
        for index, (table, (typed, raw), builder, raw_fid, start) in enumerate(
            zip(tables, names, builders, raw_fids, starts)
        ):
            fid = gw.quote(raw_fid)
            columns = [gw.FID] + [name for name, _ in builder.fields]
            exprs, guarded = builder.exprs, list[tuple[str, str, str]]()
            if typed in keys:  # appended to: values that do not fit a column's type are left empty
                exprs, guarded = gw.fitting_exprs(db, typed, builder.fields, builder.exprs)
            exprs = [f"r.{fid}"] + exprs
            join = "".join(" " + j for j in builder.joins)
            if index == 0:
                columns += [name for name, _ in extra_geo] + ([gw.GEOM] if how else [])
                exprs += [f"g.{col}" for _, col in extra_geo] + (["g.geom"] if how else [])
                join += f" LEFT JOIN temp._geo g ON g.fid = r.{fid}"
            rows_sql = f"r.{fid} > {int(start)}"
            if _left_out(table):  # the raw table keeps them (raw guarantee), the typed one leaves them out
                rows_sql += f" AND r.{fid} NOT IN ({', '.join(str(int(start) + row + 1) for row in _left_out(table))})"
            if table.cut_rows:
                report.warnings.append(_cut_rows_sentence(table, typed, raw))
            _warn_unfitting(db, report, guarded, builder, typed, raw, f"FROM {gw.quote(raw)} r{join} WHERE {rows_sql}")
            db.execute("BEGIN")
            db.execute(
                f"INSERT INTO {gw.quote(typed)} ({', '.join(gw.quote(c) for c in columns)}) "
                f"SELECT {', '.join(exprs)} FROM {gw.quote(raw)} r{join} WHERE {rows_sql} "
                f"ORDER BY r.{fid}"
            )
            db.execute("COMMIT")
            lap = report.lap("typed_insert", lap)
            builder.check_dates(db, typed, raw, raw_fid, after_fid=start)
            lap = report.lap("date_check", lap)
            report.tables[typed] = table.rows - len(_left_out(table))
            progress(75 + 20 * (index + 1) / len(tables))
        if how:
            boxes = [located.fid + shift, located.minx, located.maxx, located.miny, located.maxy]
            db.execute("BEGIN")
            indexed = gw.write_rtree(db, names[0][0], *boxes) or gw.append_rtree(
                db, names[0][0], list(zip(*(column.tolist() for column in boxes)))
            )
            db.execute("COMMIT")
        for name in (name for pair in names for name in pair):
            counts[name] = db.execute(f"SELECT count(*) FROM {gw.quote(name)}").fetchone()[0]
        lap = report.lap("rtree", lap)
    if raw_copy is not None and copied and raw_copy.failed():
        # GDAL split some row unlike pandas (a hand-edited file): this file is started again, every raw
        # table inserted from pandas' values, as when no copy is made
        del report.warnings[warnings_before:]
        report.raw_copied = []
        Path(str(path)).unlink()
        _write(
            path,
            tables,
            plans,
            names,
            spec,
            report,
            geo,
            progress,
            attachment_link=attachment_link,
            extra_schema=extra_schema,
        )
        return
    gw.finish_gpkg(
        path,
        counts,
        {names[0][0]: extent} if how else {},
        needs_index=[] if indexed or not how else [names[0][0]],
        after_fid=starts[0],
        grow=not typed_main_is_new,
    )
    report.lap("finish", lap)


def _left_out(table: TextTable) -> list[int]:
    """The rows of ``table`` kept in its raw table but not in the typed one: a submission cut off by the
    end of the file, rows repeating the header row (``export_shape``)."""
    return sorted({*table.cut_rows, *table.notes.header_copies})


def _cut_rows_sentence(table: TextTable, typed: str, raw: str) -> str:
    """Why the rows of a submission cut off by the end of the file are not in the typed table."""
    return trn(
        "{file}: row {row} was cut off by the end of the file: %n row of {typed} made from it was left out "
        "of that table, so that checks, counts and maps do not take a partial submission for a whole one; "
        "{raw} keeps it as received.",
        "{file}: row {row} was cut off by the end of the file: %n rows of {typed} made from it were left "
        "out of that table, so that checks, counts and maps do not take a partial submission for a whole "
        "one; {raw} keeps them as received.",
        len(table.cut_rows),
    ).format(file=table.source, row=table.cut_at, typed=typed, raw=raw)


def _warn_unfitting(db, report: ImportReport, guarded, builder, typed: str, raw: str, rows_sql: str) -> None:
    """Say, per column, how many appended values were left empty in ``typed`` (``gpkg_writer.fitting_exprs``)."""
    by_name = dict(zip((name for name, _ in builder.fields), builder.exprs))
    kinds = {"int": tr("whole numbers"), "real": tr("numbers"), "date": tr("dates"), "datetime": tr("dates and times")}
    for name, family, fits in guarded:
        value = f"({by_name[name]})"
        count = db.execute(f"SELECT count(*) {rows_sql} AND {value} IS NOT NULL AND NOT ({fits})").fetchone()[0]
        if count:
            report.warnings.append(
                trn(
                    "{table}: the form now gives {column} another type, but that column of the survey layer "
                    "holds only {kind}: %n new answer that did not fit was left empty there ({raw} keeps it "
                    "as answered).",
                    "{table}: the form now gives {column} another type, but that column of the survey layer "
                    "holds only {kind}: %n new answers that did not fit were left empty there ({raw} keeps "
                    "them as answered).",
                    count,
                ).format(table=typed, column=name, kind=kinds[family], raw=raw)
            )


def _check_width(tables, builders, main_extra: int) -> None:
    """Refuse, before anything is written, a table wider than a GeoPackage table can be (the raw table
    has the export's columns and a fid; the typed one adds choice labels beside each select question,
    and the survey layer its geometry column)."""
    for index, (table, builder) in enumerate(zip(tables, builders)):
        typed = len(builder.fields) + (main_extra if index == 0 else 0)
        limit = gw.most_columns(geometry=index == 0)  # only the survey layer has one: _write's schema
        if len(table.headers) > gw.most_columns(geometry=False) or typed > limit:
            raise CartongError(
                tr(
                    "{file} has {count} columns; a GeoPackage table holds at most {limit} (the "
                    "typed table, with a label column beside each select question, would have "
                    "{typed}). Export fewer questions, or split the export, and import each part."
                ).format(file=table.source, count=len(table.headers), limit=limit, typed=typed),
                path=table.source,
            )


def _geometry_plan(plans, geo, table: TextTable):
    """(OGR geometry type, split coordinate columns to compute from the geopoint string)."""
    from osgeo import ogr

    how, first, _second = geo
    geometry_type = {
        "geopoint": ogr.wkbPoint,
        "pair": ogr.wkbPoint,
        "geotrace": ogr.wkbLineString,
        "geoshape": ogr.wkbPolygon,
    }.get(how, ogr.wkbPoint)
    if how == "wkt":  # GeoJSON: the type of its geometries, 2D (one type for the layer)
        geometries = (quiet_wkt(v) for v in table.frame[first.index].unique() if v)
        types = {ogr.GT_Flatten(g.GetGeometryType()) for g in geometries if g is not None and not g.IsEmpty()}
        geometry_type = types.pop() if len(types) == 1 else ogr.wkbUnknown
    extra = []
    if how == "geopoint":  # Kobo-style split coordinates, when the export has only the string
        base = first.question.name if first.question else first.name
        present = {c.geo_part for c in plans[0] if c.kind == "coordinate" and c.geo_question in (base, first.header)}
        used = {c.name.casefold() for c in plans[0]}
        extra = [
            (f"_{base}_{part}", col)
            for part, col in zip(GEO_PARTS, ("lat", "lon", "alt", "acc"))
            if part not in present and f"_{base}_{part}".casefold() not in used
        ]
    return geometry_type, extra


def _raw_fid(table: TextTable) -> str:
    return "cartong_fid" if any(h.casefold() == gw.FID for h in table.headers) else gw.FID
