# SPDX-License-Identifier: GPL-3.0-or-later
"""Import a KoboToolbox / ODK / ONA export and its XLSForm into the survey GeoPackage.

The GeoPackage holds (see the data contract in the project brief):
``raw_survey`` / ``raw_<repeat>``: every column as text, every row in file order;
``survey``: the typed, labelled layer (Point EPSG:4326, null geometry without location);
``<repeat>``: typed child tables linked by ``_parent_index`` (Kobo) or ``PARENT_KEY`` (ODK);
``cartong_metadata``: one row per import; ``form_questions`` / ``form_choices``: the form;
``cartong_columns``: each column as received (name, HXL hashtag), see ``column_notes``.

Speed: the export is parsed once by pandas; the raw tables are bulk-inserted with SQLite
and the typed tables are computed *inside* SQLite from the raw ones (``survey_typing``),
values being checked once per distinct value, so Python's work grows with the number of
distinct answers, not with rows x columns. ``survey_columns`` matches the columns to the
form, ``survey_locations`` turns the location column into GeoPackage points, and the
R-tree is bulk-loaded (``gpkg_writer.write_rtree``). ``write_survey_frames`` is the same
writer for DataFrames: the server sync (``servers/sync.py``) appends its downloads with it.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import re
import sqlite3
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.outputs import refuse_output_over_inputs
from . import gpkg_writer as gw
from .column_notes import COLUMNS_TABLE, write_column_notes
from .column_types import ATTACHMENT_LINK, TypedBuilder
from .columns import GEO_PARTS, Column, choose_geometry, plan_columns
from .export_readers import (
    TextTable,
    count_short_rows,
    read_csv_text,
    read_xlsx_text,
    read_zip_text,
    short_rows_warning,
    sibling_repeat_csvs,
)
from .flat_repeats import flattened_repeat_names, split_flattened_repeats
from .geojson_reader import read_geojson_text
from .json_export import read_json_text
from .locations import build_geometries, quiet_wkt
from .raw_copy import RawCopy, can_copy
from .xlsform import FormSpec, read_xlsform

MAIN_TABLE = "survey"
METADATA_TABLE = "cartong_metadata"


class ImportCancelled(CartongError):
    """The user cancelled; nothing was written."""


@dataclass
class ImportReport:
    """What the import did: counts for the summary page and the Processing outputs."""

    output: str = ""
    rows: int = 0
    rows_without_location: int = 0
    warnings: list[str] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)  # typed table -> rows
    relations: list[dict] = field(default_factory=list)
    language: str = ""
    form_id: str = ""
    form_version: str = ""
    geometry_column: str = ""
    seconds: float = 0.0
    raw_copied: list[str] = field(default_factory=list)  # raw tables written by GDAL (raw_copy.py), checked
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, for `make bench`

    def lap(self, stage: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - since
        return now


class _Progress:
    def __init__(self, feedback):
        self.feedback = feedback

    def __call__(self, percent: float) -> None:
        if self.feedback is None:
            return
        if self.feedback.isCanceled():
            raise ImportCancelled(tr("Import cancelled: nothing was written."))
        self.feedback.setProgress(max(0.0, min(100.0, percent)))


# ----------------------------------------------------------------------------- reading


def read_export(
    data_path,
    spec: FormSpec | None = None,
    repeat_paths: dict | None = None,
    defer_short_rows: tuple = (),
    sheet: str | None = None,
) -> list[TextTable]:
    """The main table then the repeat tables of an export (CSV, CSV with sibling repeat CSVs, XLSX, zip),
    then a table per repeat flattened into one of them (``flat_repeats``).

    CSV files in ``defer_short_rows`` leave their rows cut short uncounted (``short_rows_unchecked``):
    the importer counts them from GDAL's copy, or with ``count_short_rows`` when there is none.
    ``sheet`` names the sheet of an XLSX holding the submissions (default: the first visible one).
    """
    return split_flattened_repeats(_read_files(data_path, spec, repeat_paths, defer_short_rows, sheet))


def _read_files(
    data_path, spec: FormSpec | None, repeat_paths: dict | None, defer_short_rows, sheet: str | None = None
) -> list[TextTable]:
    path = Path(str(data_path))
    suffix = path.suffix.lower()
    if not path.exists():
        raise CartongError(
            tr("The file {file} does not exist (moved or deleted?).").format(file=str(path)), path=str(path)
        )
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx_text(path, sheet)
    if suffix == ".zip":
        return read_zip_text(path)
    if suffix == ".geojson":
        return read_geojson_text(path)
    if suffix == ".json":  # Kobo / ODK Central / ONA submissions, or GeoJSON
        return read_json_text(path)
    if suffix == ".xls":
        raise CartongError(
            tr("{file} is an old Excel .xls file: export the data again as .xlsx or CSV.").format(file=path.name),
            path=str(path),
        )
    deferred = {str(p) for p in defer_short_rows}
    return [
        read_csv_text(csv_path, name=name, check_short_rows=str(csv_path) not in deferred)
        for name, csv_path in csv_files(path, spec, repeat_paths)
    ]


def csv_files(data_path, spec: FormSpec | None = None, repeat_paths: dict | None = None) -> list[tuple[str, Path]]:
    """(table name, CSV file) of a CSV export: the main file ("") then its repeat CSVs (given, or found
    beside it: those the form names, or without a form those that look like repeats); [] if not a CSV."""
    path = Path(str(data_path))
    if path.suffix.lower() in (".xlsx", ".xlsm", ".zip", ".geojson", ".json", ".xls"):
        return []
    repeats = dict(repeat_paths or {})
    known = set(spec.repeats) if spec else set()
    for name, candidate in sibling_repeat_csvs(path).items():
        if name in repeats:
            continue
        if name in known or (not spec and _looks_like_repeat(candidate)):
            repeats[name] = candidate
    return [("", path)] + [(name, Path(str(repeat))) for name, repeat in repeats.items()]


def _looks_like_repeat(path: Path) -> bool:
    with open(path, "rb") as handle:
        head = handle.readline(64 * 1024).decode("utf-8", errors="replace")
    return "_parent_index" in head or "PARENT_KEY" in head


# ----------------------------------------------------------------------------- preview


@dataclass
class ExportPreview:
    """What the import wizard shows before importing: first rows and what was detected."""

    headers: list[str]
    rows: list[list[str]]
    encoding: str
    delimiter: str
    kinds: dict[str, str]  # header -> detected kind (text, integer, select_one, geopoint...)
    geometry_candidates: list[str]  # headers usable as the location
    geometry_default: str  # what the import will use when not told ("" when none)
    languages: list[str]
    default_language: str
    repeats: list[str]
    warnings: list[str]


def preview_export(data_path, form_path=None, rows: int = 20) -> ExportPreview:
    """Read the first ``rows`` of an export (and its form) without writing anything."""
    spec = read_xlsform(form_path) if form_path else None
    path = Path(str(data_path))
    if path.suffix.lower() == ".csv":
        tables = [read_csv_text(path, max_rows=rows)]
        repeats = [
            name
            for name, candidate in sibling_repeat_csvs(path).items()
            if (spec and name in spec.repeats) or (not spec and _looks_like_repeat(candidate))
        ]
        repeats += flattened_repeat_names(tables[0].headers)
    else:
        tables = read_export(path, spec)
        repeats = [t.name for t in tables[1:]]
    main = tables[0]
    warnings = list(main.warnings) + (list(spec.warnings) if spec else [])
    plan = plan_columns(main, spec, warnings)
    _how, first, second = choose_geometry(plan)
    return ExportPreview(
        headers=main.headers,
        rows=main.frame.head(rows).to_numpy().tolist(),
        encoding=main.encoding,
        delimiter=main.delimiter,
        kinds={c.header: c.kind for c in plan},
        geometry_candidates=[c.header for c in plan if c.kind in ("geopoint", "geotrace", "geoshape")],
        geometry_default=""
        if first is None
        else (first.header if second is None else f"{first.header} + {second.header}"),
        languages=list(spec.languages) if spec else [],
        default_language=spec.default_language if spec else "",
        repeats=repeats,
        warnings=warnings,
    )


# ----------------------------------------------------------------------------- writing


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


def _sha256(path, out: dict) -> None:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(4 * 1024 * 1024), b""):
            digest.update(block)  # hashlib releases the GIL: this runs beside SQLite (see _write)
    out[str(path)] = digest.hexdigest()


def _table_names(tables: list[str], spec: FormSpec | None) -> list[tuple[str, str]]:
    """(typed name, raw name) of each table (export names, the main one first): survey/raw_survey,
    then <repeat>/raw_<repeat>."""
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
    repeats = list(spec.repeats) if spec else []
    for table_name in tables[1:]:
        name = next((r for r in repeats if r == table_name or r[:31] == table_name[:31]), table_name)
        name = re.sub(r"[^0-9A-Za-z_]+", "_", name).strip("_").lower() or "repeat"
        base, n = name, 1
        while name in used or "raw_" + name in used:
            n += 1
            name = f"{base}_{n}"
        used |= {name, "raw_" + name}
        names.append((name, "raw_" + name))
    return names


def _parent_table(table: TextTable, tables: list[TextTable], names: list[tuple[str, str]]) -> int:
    """Index of the table a repeat table hangs from: the main one, or the repeat it is nested in.

    Kobo names it in ``_parent_table_name`` (the form title for the first level); ODK's
    ``PARENT_KEY`` of a nested repeat ends with the parent's ``/<repeat>[n]``.
    """
    by_name = {}
    for index, (other, (typed, _raw)) in enumerate(zip(tables, names)):
        if index:
            by_name.update({other.name: index, typed: index})
    headers = table.headers
    if "_parent_table_name" in headers:
        values = table.frame[headers.index("_parent_table_name")]
        first = next((v for v in values if v), "")
        return by_name.get(first, 0)
    if "PARENT_KEY" in headers:
        values = table.frame[headers.index("PARENT_KEY")]
        first = next((v for v in values if v), "")
        nested = re.search(r"/([^/\[]+)\[\d+\]$", first)
        return by_name.get(nested.group(1), 0) if nested else 0
    return 0


def _relation(parent: str, parent_columns: list[Column], child: str, child_columns: list[Column]) -> dict | None:
    parent_names = {c.restored or c.header: c.name for c in parent_columns}  # X_index (R) is _index
    child_names = {c.restored or c.header: c.name for c in child_columns}
    for parent_key, child_key in (("_index", "_parent_index"), ("KEY", "PARENT_KEY"), ("_uuid", "_submission__uuid")):
        if parent_key in parent_names and child_key in child_names:
            return {
                "parent": parent,
                "child": child,
                "parent_key": parent_names[parent_key],
                "child_key": child_names[child_key],
            }
    return None


@_gc_paused()
def import_survey(
    data_path,
    form_path=None,
    output_gpkg=None,
    language: str | None = None,
    *,
    geometry_field: str | None = None,
    lat_field: str | None = None,
    lon_field: str | None = None,
    repeat_paths: dict | None = None,
    sheet: str | None = None,
    feedback=None,
) -> ImportReport:
    """Import ``data_path`` (+ optional XLSForm ``form_path``) into the GeoPackage ``output_gpkg``.

    ``language`` picks the label language ("fr", "French", "Français (fr)"; default: the form's).
    ``geometry_field`` forces the location column ("lat lon alt acc" strings), ``lat_field`` and
    ``lon_field`` name two coordinate columns instead; ``repeat_paths`` {repeat: csv} adds repeat CSVs;
    ``sheet`` names the sheet of an XLSX export holding the submissions (default: the first visible one).
    ``feedback`` (QgsFeedback-like: setProgress, isCanceled) reports progress and may cancel;
    a cancel or an error leaves no output file. Returns an ImportReport.
    """
    started = time.perf_counter()
    if output_gpkg is None:
        raise CartongError(tr("No output GeoPackage was given."))
    data_path = Path(str(data_path))
    output = Path(str(output_gpkg))
    if output.suffix.lower() != ".gpkg":
        output = output.with_suffix(".gpkg")
    refuse_output_over_inputs(output, {tr("Survey export"): data_path, tr("XLSForm"): form_path})
    progress = _Progress(feedback)
    progress(0)
    report = ImportReport(output=str(output))
    checksums: dict[str, str] = {}
    hasher = threading.Thread(target=_sha256, args=(data_path, checksums), daemon=True) if data_path.is_file() else None

    spec = read_xlsform(form_path) if form_path else None
    if spec:
        report.warnings += spec.warnings
        report.language = spec.resolve_language(language)
        report.form_id, report.form_version = spec.form_id, spec.version
        if language and spec.find_language(language) is None:
            report.warnings.append(
                tr("The form has no labels in '{language}': labels are in {used} (the form has {languages}).").format(
                    language=language, used=report.language, languages=", ".join(spec.languages)
                )
            )
    else:
        report.warnings.append(
            tr("No XLSForm was given: column types were inferred from the values and choices have no labels.")
        )
    lap = report.lap("form", started)
    # GDAL writes the raw tables of CSV files in a thread while pandas reads them (see raw_copy.py)
    files = csv_files(data_path, spec, repeat_paths)
    copies = [
        (path, raw, gw.FID)
        for (_name, path), (_typed, raw) in zip(files, _table_names([name for name, _path in files], spec))
        if can_copy(path)
    ]
    try:
        with atomic_output(output) as tmp:
            raw_copy = RawCopy(tmp, copies).start()
            try:
                tables, plans, names, geo = _read_and_plan(
                    data_path,
                    spec,
                    repeat_paths,
                    report,
                    (geometry_field, lat_field, lon_field),
                    defer_short_rows=[path for path, _raw, _fid in copies],
                    sheet=sheet,
                )
                progress(30)
                # the checksum (hashlib releases the GIL) runs beside the longest step that is all SQLite
                _write(
                    tmp,
                    tables,
                    plans,
                    names,
                    spec,
                    report,
                    geo,
                    progress,
                    extra_schema=_metadata_schema(spec),
                    beside_sqlite=hasher.start if hasher else None,
                    raw_copy=raw_copy,
                )
            finally:
                raw_copy.wait()  # before atomic_output removes the file GDAL may still be writing
            lap = time.perf_counter()
            if hasher:
                hasher.join()
            form_sum: dict[str, str] = {}
            if form_path:
                _sha256(form_path, form_sum)
            _write_metadata(
                tmp,
                report,
                data_path,
                form_path,
                spec,
                tables[0],
                checksums.get(str(data_path), ""),
                form_sum.get(str(form_path), ""),
            )
            write_column_notes(tmp, tables, plans, names)
            report.lap("metadata", lap)
            progress(99)
    except (OSError, sqlite3.Error) as err:  # unwritable folder, full disk, file taken by another program
        raise CartongError(
            tr(
                "The GeoPackage {file} cannot be written: {reason}. Choose another folder or "
                "close the program using it."
            ).format(file=str(output), reason=getattr(err, "strerror", None) or err),
            path=str(output),
        ) from err
    report.seconds = time.perf_counter() - started
    progress(100)
    return report


def _read_and_plan(
    data_path: Path,
    spec,
    repeat_paths,
    report: ImportReport,
    location: tuple,
    defer_short_rows=(),
    sheet: str | None = None,
):
    """Read the export and plan its columns: (tables, plans, table names, geometry choice)."""
    lap = time.perf_counter()
    try:
        tables = read_export(data_path, spec, repeat_paths, defer_short_rows, sheet)
    except OSError as err:  # vanished or locked while being read: about the input, not the GeoPackage
        raise CartongError(
            tr("The file {file} cannot be read: {reason}. Is it open in another program?").format(
                file=str(data_path), reason=err.strerror or str(err)
            ),
            path=str(data_path),
        ) from err
    lap = report.lap("read", lap)
    for table in tables:
        report.warnings += table.warnings
    names = _table_names([t.name for t in tables], spec)
    plans = [plan_columns(table, spec, report.warnings) for table in tables]
    report.lap("plan", lap)
    geometry_field, lat_field, lon_field = location
    geo = choose_geometry(plans[0], geometry_field, lat_field, lon_field)
    if (geometry_field or lat_field or lon_field) and geo[0] is None:
        raise CartongError(
            tr("The location column {column} is not in {file}.").format(
                column=geometry_field or f"{lat_field} / {lon_field}", file=tables[0].source
            )
        )
    _add_relations(report, tables, plans, names)
    return tables, plans, names, geo


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
    ``attachment_link(uuid, file name)`` gives the path stored in ``<q>_file`` for media questions;
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
            for table, (_typed, raw) in zip(tables, names):
                _keep_raw_columns(table, gw.table_columns(db, raw)[0])
    for table in tables:
        table.frame = table.frame.set_axis(range(len(table.headers)), axis=1)  # TextTable: columns 0..n-1
    plans = [plan_columns(table, spec, report.warnings) for table in tables]
    geo = choose_geometry(plans[0])
    _add_relations(report, tables, plans, names)
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


def _keep_raw_columns(table: TextTable, existing: list[str]) -> None:
    """Put ``table``'s columns in the order of the raw table it is appended to (new ones last)."""
    if not existing:
        return
    spelling = {name.casefold(): name for name in existing}
    frame = table.frame.rename(columns={h: spelling[h.casefold()] for h in table.headers if h.casefold() in spelling})
    headers = existing + [h for h in frame.columns if h.casefold() not in spelling]
    table.frame = frame.reindex(columns=headers, fill_value="")
    table.headers = headers


def _add_relations(report: ImportReport, tables, plans, names) -> None:
    table_of = {typed: table for table, (typed, _raw) in zip(tables, names)}
    for plan, (typed, _raw) in zip(plans[1:], names[1:]):
        parent = _parent_table(table_of[typed], tables, names)
        rel = _relation(names[parent][0], plans[parent], typed, plan)
        if rel is None and table_of[typed].parent_by_row:  # a flattened repeat of a table without _index
            rel = {"parent": names[parent][0], "child": typed, "parent_key": gw.FID, "child_key": "_parent_index"}
        if rel:
            report.relations.append(rel)


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

    how, first, second = geo
    report.geometry_column = (
        "" if first is None else (first.header if second is None else f"{first.header} + {second.header}")
    )
    lap = time.perf_counter()
    geometry_type, extra_geo = _geometry_plan(plans, geo, tables[0])
    builders = [
        TypedBuilder(
            str(i), table, plan, spec, report.language, report.warnings, attachment_links=attachment_link is not None
        )
        for i, (table, plan) in enumerate(zip(tables, plans))
    ]
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
    lap = report.lap("geometry", lap)
    copied = set()  # raw tables GDAL wrote (checked), rows from fid 1
    if raw_copy is not None:
        copied = {raw for table, (_typed, raw) in zip(tables, names) if raw_copy.keep(raw, table)}
        report.raw_copied = sorted(copied)
        lap = report.lap("raw_copy_wait", lap)
        report.timings["raw_copy_in_parallel"] = raw_copy.seconds  # GDAL's time, beside the read
    for table, (_typed, raw) in zip(tables, names):
        if table.short_rows_unchecked:  # counted by GDAL's copy (exact), else by parsing the file again
            count, first, column = (
                raw_copy.short_rows[raw]
                if (raw_copy is not None and raw in copied)
                else count_short_rows(
                    table.path,
                    table.encoding,
                    table.delimiter,
                    table.headers,
                    skip=table.notes.rows_above,
                    limit=table.rows,
                )
            )
            if count:
                report.warnings.append(short_rows_warning(table.source, count, first, column))
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
    report.rows = tables[0].rows
    report.rows_without_location = tables[0].rows - len(located)
    counts, starts, indexed = {}, [], False
    with closing(gw.connect(path)) as db, gw.triggers_suspended(db, [name for pair in names for name in pair]):
        if attachment_link is not None:
            db.create_function(ATTACHMENT_LINK, 2, attachment_link, deterministic=True)
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
            gw.insert_rows(db, raw, table.headers, gw.ArrayRows(table.frame.to_numpy()), on_chunk=chunk_done)
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
        if beside_sqlite is not None:
            beside_sqlite()
        for index, (table, (typed, raw), builder, raw_fid, start) in enumerate(
            zip(tables, names, builders, raw_fids, starts)
        ):
            fid = gw.quote(raw_fid)
            columns = [gw.FID] + [name for name, _ in builder.fields]
            exprs = [f"r.{fid}"] + builder.exprs
            join = "".join(" " + j for j in builder.joins)
            if index == 0:
                columns += [name for name, _ in extra_geo] + ([gw.GEOM] if how else [])
                exprs += [f"g.{col}" for _, col in extra_geo] + (["g.geom"] if how else [])
                join += f" LEFT JOIN temp._geo g ON g.fid = r.{fid}"
            db.execute("BEGIN")
            db.execute(
                f"INSERT INTO {gw.quote(typed)} ({', '.join(gw.quote(c) for c in columns)}) "
                f"SELECT {', '.join(exprs)} FROM {gw.quote(raw)} r{join} WHERE r.{fid} > {int(start)} "
                f"ORDER BY r.{fid}"
            )
            db.execute("COMMIT")
            lap = report.lap("typed_insert", lap)
            builder.check_dates(db, typed, raw, raw_fid, after_fid=start)
            lap = report.lap("date_check", lap)
            report.tables[typed] = table.rows
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
    gw.finish_gpkg(
        path,
        counts,
        {names[0][0]: extent} if how else {},
        needs_index=[] if indexed or not how else [names[0][0]],
        after_fid=starts[0],
        grow=not typed_main_is_new,
    )
    report.lap("finish", lap)


def _check_width(tables, builders, main_extra: int) -> None:
    """Refuse, before anything is written, a table wider than a GeoPackage table can be (the raw table
    has the export's columns and a fid; the typed one adds choice labels beside each select question)."""
    for index, (table, builder) in enumerate(zip(tables, builders)):
        typed = len(builder.fields) + (main_extra if index == 0 else 0)
        if max(len(table.headers), typed) + 1 > gw.MAX_COLUMNS:  # + the fid
            raise CartongError(
                tr(
                    "{file} has {count} columns; a GeoPackage table holds at most {limit} (the "
                    "typed table, with a label column beside each select question, would have "
                    "{typed}). Export fewer questions, or split the export, and import each part."
                ).format(file=table.source, count=len(table.headers), limit=gw.MAX_COLUMNS - 1, typed=typed),
                path=table.source,
            )


def _metadata_schema(spec: FormSpec | None) -> list[dict]:
    from osgeo import ogr

    tables = [{"name": METADATA_TABLE, "fields": [(name, kind) for name, kind in _metadata_fields()]}]
    if spec:
        tables.append({"name": "form_questions", "fields": [(n, ogr.OFTString) for n in _FORM_QUESTION_FIELDS]})
        tables.append({"name": "form_choices", "fields": [(n, ogr.OFTString) for n in ("list_name", "name", "label")]})
    return tables


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
    rows = [
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
        )
        for key, q in spec.questions.items()
    ]
    gw.insert_rows(db, "form_questions", list(_FORM_QUESTION_FIELDS), rows)
    choice_rows = [
        (list_name, c.name, spec.choice_label(list_name, c.name, lang))
        for list_name, choices in spec.choices.items()
        for c in choices
    ]
    gw.insert_rows(db, "form_choices", ["list_name", "name", "label"], choice_rows)
    for table, count in (("form_questions", len(rows)), ("form_choices", len(choice_rows))):
        db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)", (count, table))
