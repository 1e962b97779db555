# SPDX-License-Identifier: GPL-3.0-or-later
"""Import a KoboToolbox / ODK / ONA export and its XLSForm into the survey GeoPackage.

The GeoPackage holds (see the data contract in the project brief):
``raw_survey`` / ``raw_<repeat>``: every column as text, every row in file order;
``survey``: the typed, labelled layer (Point EPSG:4326, null geometry without location);
``<repeat>``: typed child tables linked by ``_parent_index`` (Kobo) or ``PARENT_KEY`` (ODK);
``cartong_metadata``: one row per import; ``form_questions`` / ``form_choices``: the form;
``cartong_columns``: each column as received (name, HXL hashtag), see ``column_notes``.

This module reads the export (``read_export``; ``preview_export`` for the wizard) and runs the
import (``import_survey``); ``survey_tables`` writes the tables, ``import_metadata`` the import's
record, ``missing_repeats`` says the form's repeats the export has no rows of, and ``import_report`` holds
what the import reports back.

Speed: the export is parsed once by pandas, while GDAL copies the raw CSV tables beside it
(``raw_copy``); the raw tables are bulk-inserted with SQLite and the typed tables are computed
*inside* SQLite from the raw ones (``column_types``), values being checked once per distinct value,
so Python's work grows with the number of distinct answers, not with rows x columns. ``columns``
matches the columns to the form, ``locations`` turns the location column into GeoPackage points,
and the R-tree is bulk-loaded (``gpkg_writer.write_rtree``).
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError, os_reason
from ..base.i18n import tr
from ..base.outputs import refuse_output_over_inputs, refuse_replacing_decisions
from ..base.safe_files import file_sha256
from . import gpkg_writer as gw
from .column_notes import write_column_notes
from .columns import plan_columns
from .export_readers import TextTable, read_csv_text, sibling_repeat_csvs
from .export_shape import form_texts
from .export_xlsx import read_xlsx_text
from .export_zip import read_zip_text
from .flat_repeats import flattened_repeat_names, split_flattened_repeats
from .geojson_reader import read_geojson_text
from .import_metadata import _metadata_schema, _write_metadata
from .import_report import ImportReport, _Progress
from .json_export import read_json_text
from .label_language import label_language
from .locations import choose_geometry
from .missing_repeats import empty_tables_sentences, missing_repeats_warning
from .numbered_repeats import first_key_in_csv, numbered, numbered_repeat, numbered_warnings
from .raw_copy import RawCopy, can_copy
from .repeat_links import _add_relations
from .survey_tables import _gc_paused, _table_names, _write
from .xlsform import FormSpec, read_xlsform

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
    tables = _read_files(data_path, spec, repeat_paths, defer_short_rows, sheet)
    numbered_warnings(tables, spec)  # ODK Central's items~2 that no repeat of the form was found for
    return split_flattened_repeats(tables)


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
        return read_xlsx_text(path, sheet, form_texts(spec))
    if suffix == ".zip":
        return read_zip_text(path, spec)
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
    labels = form_texts(spec)
    return [
        read_csv_text(csv_path, name=name, check_short_rows=str(csv_path) not in deferred, labels=labels)
        for name, csv_path in csv_files(path, spec, repeat_paths)
    ]


def csv_files(data_path, spec: FormSpec | None = None, repeat_paths: dict | None = None) -> list[tuple[str, Path]]:
    """(table name, CSV file) of a CSV export: the main file ("") then its repeat CSVs (given, or found
    beside it: those the form names, or without a form those that look like repeats); [] if not a CSV."""
    path = Path(str(data_path))
    if path.suffix.lower() in (".xlsx", ".xlsm", ".zip", ".geojson", ".json", ".xls"):
        return []
    repeats: dict = {}
    for name, repeat in (repeat_paths or {}).items():
        repeats[_numbered_name(name, Path(str(repeat)), spec, repeats)] = repeat
    for name, candidate in _sibling_repeats(path, spec).items():
        repeats.setdefault(name, candidate)
    return [("", path)] + [(name, Path(str(repeat))) for name, repeat in repeats.items()]


def _sibling_repeats(path: Path, spec: FormSpec | None) -> dict[str, Path]:
    """{table name: CSV} of the repeat CSVs beside ``path``: those the form names, or without a form those
    that look like repeats; ODK Central's ``<stem>-items~2.csv`` as the repeat its rows' KEY names (kept
    under its own name, and said, when none is found: see ``numbered_repeats``)."""
    found: dict[str, Path] = {}
    for name, candidate in sibling_repeat_csvs(path).items():
        if spec and numbered(name):
            found[_numbered_name(name, candidate, spec, found)] = candidate
        elif (spec and name in spec.repeats) or (not spec and _looks_like_repeat(candidate)):
            found[name] = candidate
    return found


def _numbered_name(name: str, path: Path, spec: FormSpec | None, taken: dict) -> str:
    """The table name of the repeat CSV ``name``: the form's repeat ODK Central's ``items~2`` holds (by
    its rows' KEY), else ``name`` itself (also when another file already holds that repeat)."""
    level = numbered_repeat(name, spec, first_key_in_csv(path)) if spec and numbered(name) else None
    return level if level and level not in taken else name


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
        tables = [read_csv_text(path, max_rows=rows, labels=form_texts(spec))]
        repeats = [*_sibling_repeats(path, spec), *flattened_repeat_names(tables[0].headers)]
    else:
        tables = read_export(path, spec)
        repeats = [t.name for t in tables[1:]]
    main = tables[0]
    warnings = list(main.warnings) + (list(spec.warnings) if spec else [])
    missing = missing_repeats_warning(path, main, repeats, spec)
    warnings += [missing] if missing else []
    plan = plan_columns(main, spec, warnings)
    _how, first, second = choose_geometry(plan, table=main)
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


# ----------------------------------------------------------------------------- importing


def _sha256(path, out: dict) -> None:
    out[str(path)] = file_sha256(path, 4 << 20)  # hashlib releases the GIL: this runs beside SQLite (see _write)


def output_geopackage(path) -> Path:
    """The GeoPackage :func:`import_survey` writes for the output ``path``: a name without .gpkg gets it."""
    output = Path(str(path))
    return output if output.suffix.lower() == ".gpkg" else output.with_suffix(".gpkg")


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
    output = output_geopackage(output_gpkg)
    refuse_output_over_inputs(output, {tr("Survey export"): data_path, tr("XLSForm"): form_path})
    refuse_replacing_decisions(output)  # the import replaces the GeoPackage whole
    progress = _Progress(feedback)
    progress(0)
    report = ImportReport(output=str(output))
    checksums: dict[str, str] = {}
    hasher = threading.Thread(target=_sha256, args=(data_path, checksums), daemon=True) if data_path.is_file() else None

    spec = read_xlsform(form_path) if form_path else None
    if spec:
        report.warnings += spec.warnings
        report.language, said = label_language(spec, language)
        report.warnings += said
        report.form_id, report.form_version = spec.form_id, spec.version
    else:
        report.warnings.append(
            tr("No XLSForm was given: column types were inferred from the values and choices have no labels.")
        )
    lap = report.lap("form", started)
    # GDAL writes the raw tables of CSV files in a thread while pandas reads them (see raw_copy.py)
    files = csv_files(data_path, spec, repeat_paths)
    copies = [
        (path, raw, gw.FID)
        for index, ((_name, path), (_typed, raw)) in enumerate(
            zip(files, _table_names([name for name, _path in files], spec))
        )
        if can_copy(path, widest=gw.most_columns(geometry=index == 0))  # the survey's layer has a geometry
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
                raw_copy.close()  # before atomic_output removes the file GDAL may still be writing or reading
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
            ).format(file=str(output), reason=os_reason(err)),
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
                file=str(data_path), reason=os_reason(err)
            ),
            path=str(data_path),
        ) from err
    lap = report.lap("read", lap)
    report.items_of = tables[0].items_of
    for table in tables:
        report.warnings += table.warnings
    names = _table_names([t.name for t in tables], spec)
    report.warnings += empty_tables_sentences(tables, names)
    plans = [plan_columns(table, spec, report.warnings) for table in tables]
    report.lap("plan", lap)
    geometry_field, lat_field, lon_field = location
    geo = choose_geometry(plans[0], geometry_field, lat_field, lon_field, table=tables[0])
    if (geometry_field or lat_field or lon_field) and geo[0] is None:
        raise CartongError(
            tr("The location column {column} is not in {file}.").format(
                column=geometry_field or f"{lat_field} / {lon_field}", file=tables[0].source
            )
        )
    _add_relations(report, tables, plans, names, spec)
    if spec:
        _check_form_version(spec, tables[0], plans[0], report.warnings)
    missing = missing_repeats_warning(data_path, tables[0], [t.name for t in tables[1:]], spec)
    report.warnings += [missing] if missing else []
    return tables, plans, names, geo


# the column where Kobo, ONA and ODK Central write the form version each submission was collected with
_VERSION_COLUMNS = ("__version__", "_version", "FormVersion")
_KOBO_VERSION_ID = re.compile(r"v[0-9A-Za-z]{20,24}")  # "vLtYXTKZEDKNky3MbtKYmn", a form downloaded from Kobo


def _check_form_version(spec: FormSpec, table: TextTable, plan, warnings: list[str]) -> None:
    """Warn when submissions were collected with another version of the form than the one given: its
    choice labels and question types may not be theirs (a code can mean another answer)."""
    header = next((h for h in _VERSION_COLUMNS if h in table.headers), None)
    if not spec.version or header is None:
        return
    if header == "__version__" and not _KOBO_VERSION_ID.fullmatch(spec.version.strip()):
        return  # Kobo writes its own version ids there, never the form's settings version: always different
    values = table.frame[table.headers.index(header)].str.strip()
    differs = (values != "") & (values != spec.version)
    other = values[differs]
    if other.empty:
        return
    matched = {c.question.path for c in plan if c.question is not None}
    # a geopoint exported only as its parts (ODK Central's -Latitude/-Longitude, Kobo's _q_latitude) is there
    matched |= {c.geo_question for c in plan if c.kind == "coordinate"}
    missing = [
        q.name for q in spec.questions.values() if not q.repeat and not {q.path, q.name} & matched and q.type != "note"
    ]
    warnings.append(
        tr(
            "{file}: {count} of {total} submission(s) were collected with another version of the form ({versions} "
            "in column {column}, first at row {row}) than the form given ({version}): its choice labels and "
            "question types may not be theirs. Questions of the form not in the export: {missing}."
        ).format(
            file=table.source,
            count=len(other),
            total=int((values != "").sum()),
            versions=", ".join(f"'{v}'" for v in other.unique()[:5]) + (", ..." if other.nunique() > 5 else ""),
            column=header,
            row=table.first_file_row(differs),
            version=f"'{spec.version}'",
            missing=", ".join(missing[:10]) + (", ..." if len(missing) > 10 else "") if missing else tr("none"),
        )
    )
