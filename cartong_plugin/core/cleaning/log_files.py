# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning log's files: the ``cleaning_log`` table of a GeoPackage, and CSV or XLSX for field teams.

``write_log_to_gpkg`` / ``read_log_from_gpkg`` keep the log beside the survey; ``export_log`` writes it
with OGR for field teams (formula-like cells neutralised) and ``read_log_file`` reads it back, ours or a
REACH-style one, in any encoding Excel writes (a CSV through ``log_csv``); ``import_log`` reads an edited
log and validates it against the survey (``log.validate_log``), listing every bad row. What a row is, its
columns and its validation are in ``log``.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr
from ..survey.xlsx_text import to_xlsx_text
from . import log_cells, log_values
from .log import (
    CHANGE_RESPONSE,
    DECIDING_COLUMNS,
    LOG_COLUMNS,
    LOG_LAYER,
    PENDING,
    UUID_COLUMN,
    LogEntry,
    _canonical_column,
    _clean_cell,
    _rows_with_extras,
    extra_columns,
    neutralise_formula,
    problems_message,
    validate_log,
)
from .log_csv import _ogr, _read_ogr_rows, read_csv_log_rows

# -- GeoPackage -------------------------------------------------------------------------------


def log_gpkg_path(path) -> Path:
    """The GeoPackage the cleaning log goes to: ``.gpkg`` added to a name without extension; refused,
    before anything is read or written, when it has another extension or cannot be written."""
    import os

    target = Path(str(path))
    if not target.suffix:
        target = target.with_suffix(".gpkg")
    if target.suffix.lower() != ".gpkg":
        raise CartongError(
            tr("The cleaning log goes into a GeoPackage: choose a file ending in .gpkg, not {file}.").format(
                file=target.name
            ),
            path=str(target),
        )
    folder = target.parent  # "." for a bare name; a folder still missing is created by atomic_output
    if (target.exists() and not os.access(target, os.W_OK)) or (folder.is_dir() and not os.access(folder, os.W_OK)):
        raise CartongError(_read_only_sentence(target), path=str(target))
    return target


def _read_only_sentence(target: Path) -> str:
    return tr(
        "The cleaning log cannot be written into {file}: the file or its folder is read-only. Choose "
        "another GeoPackage for the cleaning log, in a folder you can write to."
    ).format(file=str(target))


@gdal_exceptions()
def write_log_to_gpkg(entries, gpkg_path, layer_name: str = LOG_LAYER) -> None:
    """Replace the ``cleaning_log`` attribute table of a GeoPackage (created if missing) in one transaction.

    Other layers of the GeoPackage are left untouched; a failure leaves the previous log in place, and a
    new GeoPackage is written to a temporary file first, so a failure leaves no file.
    """
    path = log_gpkg_path(gpkg_path)
    if path.exists():
        _write_log_table(entries, path, layer_name, create=False)
        return
    with atomic_output(path) as tmp:
        _write_log_table(entries, Path(tmp), layer_name, create=True)


def _write_log_table(entries, path: Path, layer_name: str, create: bool) -> None:
    _, ogr = _ogr()
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path)) if create else ogr.Open(str(path), 1)
    except RuntimeError as err:
        raise CartongError(
            tr("The GeoPackage {file} cannot be opened for writing: {error}").format(file=str(path), error=str(err)),
            path=str(path),
        ) from err
    try:
        ds.StartTransaction()
        try:
            for index in range(ds.GetLayerCount()):
                if ds.GetLayer(index).GetName() == layer_name:
                    ds.DeleteLayer(index)
                    break
            layer = ds.CreateLayer(layer_name, geom_type=ogr.wkbNone, options=["FID=fid"])
            for column in LOG_COLUMNS + tuple(extra_columns(entries)):
                layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
            defn = layer.GetLayerDefn()
            for row in _rows_with_extras(entries):
                feature = ogr.Feature(defn)
                for i, value in enumerate(row):
                    feature.SetField(i, log_cells.store_text(value))  # a real "NA" is not read back as empty
                layer.CreateFeature(feature)
            ds.CommitTransaction()
        except Exception:
            with contextlib.suppress(RuntimeError):  # the error to report is the one that stopped the write
                ds.RollbackTransaction()
            raise
    except RuntimeError as err:  # read-only file (SQLite opens it anyway), full disk, file locked
        reason = str(err)
        if "readonly" in reason.replace(" ", "").replace("-", "").lower():
            raise CartongError(_read_only_sentence(path), path=str(path)) from err
        raise CartongError(
            tr("The cleaning log cannot be written into {file}: {error}").format(file=str(path), error=reason),
            path=str(path),
        ) from err
    finally:
        ds = None


def log_export_path(path) -> Path:
    """The CSV or XLSX file the log is exported to; refused, before anything is written, otherwise."""
    target = Path(str(path))
    if target.suffix.lower() not in (".csv", ".xlsx"):
        raise CartongError(
            tr("Cannot export the cleaning log to {file}: choose a .csv or .xlsx file.").format(file=target.name),
            path=str(target),
        )
    return target


# how pandas and R's make.unique ("new_value.1") or readr ("new_value...6") rename a column met twice
_RENAMED_COPY = re.compile(r"^(.+?)\.{1,3}\d+$")


def repeated_column(names: list[str], read) -> tuple[str, list[int]] | None:
    """The first of the columns ``read`` that ``names`` holds more than once, with its 0-based positions; a
    copy renamed by pandas or R ("new_value.1") counts as the column."""
    copies = [_RENAMED_COPY.match(name) for name in names]
    names = [c.group(1) if c and c.group(1) in read else name for c, name in zip(copies, names)]
    for name in names:
        positions = [i for i, other in enumerate(names) if other == name]
        if name in read and len(positions) > 1:
            return name, positions
    return None


def repeated_column_letters(positions: list[int]) -> str:
    """``F, K``: the columns at ``positions`` as a spreadsheet names them."""
    return ", ".join(log_cells.spreadsheet_column(i) for i in positions)


def _refuse_repeated_columns(headers: list[str], columns: list[str], path: Path, table: str | None) -> None:
    """A log with two columns new_value (or uuid, change_type...: a retyped header, a column added beside
    the exported one): only the first would be read, the decisions typed in the other lost unseen."""
    found = repeated_column(columns, DECIDING_COLUMNS)
    if found is None:
        return
    column, positions = found
    if table is None:
        message = tr(
            "The cleaning log {file} has the column {column} more than once (columns {letters}): which one to "
            "read cannot be told. Keep one column {column} (delete or rename the others), then try again."
        ).format(file=path.name, column=column, letters=repeated_column_letters(positions))
    else:
        message = tr(
            "The table {table} of {file} has the column {column} more than once ({names}): which one to read "
            "cannot be told. Keep one column {column} (delete or rename the others), then try again."
        ).format(table=table, file=path.name, column=column, names=", ".join(headers[i].strip() for i in positions))
    raise CartongError(message, path=str(path), field=column)


def _rows_to_entries(
    headers: list[str],
    rows: list[list[str]],
    path: Path,
    numbers: list[int] | None = None,
    table: str | None = None,
    unsaved: set[tuple[int, int]] | None = None,
) -> list[LogEntry]:
    """The entries of a log's rows; ``numbers``: each row's own row in the file (default: 2, 3...);
    ``table``: the GeoPackage table the rows come from (None: a CSV or XLSX file); ``unsaved``: the
    (row index, column index) of XLSX formula cells without a saved result (``LogEntry.unsaved``)."""
    columns = [_canonical_column(h) for h in headers]
    _refuse_repeated_columns(headers, columns, path, table)
    missing = [c for c in ("uuid", "question") if c not in columns]
    if missing:
        raise CartongError(
            tr(
                "The cleaning log {file} has no column {columns}; it needs at least uuid and "
                "question (and usually old_value, new_value, issue, change_type)."
            ).format(file=path.name, columns=", ".join(missing)),
            path=str(path),
        )
    positions = {c: columns.index(c) for c in LOG_COLUMNS if c in columns}
    taken = set(positions.values())
    others = [
        (h.strip(), i)
        for i, h in enumerate(headers)
        if i not in taken and h.strip() and h.strip().casefold() not in ("fid", "geom")
    ]
    entries = []
    for index, cells in enumerate(rows):
        number = numbers[index] if numbers else index + 2
        values = {c: _clean_cell(cells[i], c) for c, i in positions.items()}
        extras = {h: _clean_cell(cells[i], h) for h, i in others}
        if not any(v.strip() for v in values.values()) and not any(v.strip() for v in extras.values()):
            continue  # blank line left by a spreadsheet (rows keep their own numbers)
        values["change_type"] = values.get("change_type", "").lower() or PENDING  # not reviewed yet
        # R and Excel write the dates of a log as serial days (44389): shown and kept as dates
        values["when"] = log_values.serial_to_iso_date(values.get("when", ""))
        extras = {h: log_values.serial_to_iso_date(v) if "date" in h.lower() else v for h, v in extras.items()}
        formulas = tuple(
            (columns[i] if i in taken else headers[i].strip(), f"{log_cells.spreadsheet_column(i)}{number}")
            for i in sorted(i for r, i in unsaved or () if r == index)
        )
        entries.append(LogEntry(**values, extras=extras, row=number, unsaved=formulas))
    if "new_value" not in positions and any(e.change_type == CHANGE_RESPONSE for e in entries):
        # without it every change_response would empty its cell: a renamed header must not blank the data
        raise CartongError(
            tr(
                "The cleaning log {file} has rows of change_response but no column new_value (its columns: "
                "{columns}). Name the column that holds the new values new_value."
            ).format(file=path.name, columns=", ".join(h.strip() for h in headers if h.strip())),
            path=str(path),
        )
    return entries


@gdal_exceptions()
def read_log_from_gpkg(gpkg_path, layer_name: str = LOG_LAYER) -> list[LogEntry]:
    """The cleaning log stored in a GeoPackage ([] when the GeoPackage has none yet)."""
    _, ogr = _ogr()
    path = Path(gpkg_path)
    ds = ogr.Open(str(path))
    has_layer = ds is not None and ds.GetLayerByName(layer_name) is not None
    ds = None
    if not has_layer:
        return []
    # a table's rows are named by their fid, the number QGIS's attribute table shows (a row deleted by hand
    # leaves a gap, and the header is no row there)
    fids: list[int] = []
    headers, rows = _read_ogr_rows(path, layer_name, fids=fids)
    return _rows_to_entries(headers, rows, path, fids, layer_name)


# -- CSV / XLSX for field teams ------------------------------------------------------------


@gdal_exceptions()
def export_log(entries, path) -> Path:
    """Write the log to ``path`` (.csv or .xlsx) with OGR; formula-like cells are neutralised.

    CSV is UTF-8 with a BOM (Excel then shows accents right), comma separated; XLSX cells escape CR
    and control characters as Excel does (see log_cells). ``export_warning`` names cells Excel would cut.
    """
    _, ogr = _ogr()
    path = log_export_path(path)
    suffix = path.suffix.lower()
    driver_name = "CSV" if suffix == ".csv" else "XLSX"
    options = ["WRITE_BOM=YES", "STRING_QUOTING=IF_NEEDED"] if suffix == ".csv" else []
    rows = list(_rows_with_extras(entries))

    def cell(text: str) -> str:
        neutral = log_cells.neutralise_formula(text)
        return to_xlsx_text(neutral) if suffix == ".xlsx" else neutral

    with atomic_output(path, verify=_read_back(len(rows))) as tmp:
        ds = ogr.GetDriverByName(driver_name).CreateDataSource(tmp)
        layer = ds.CreateLayer(LOG_LAYER, geom_type=ogr.wkbNone, options=options)
        for column in LOG_COLUMNS + tuple(extra_columns(entries)):
            layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
        defn = layer.GetLayerDefn()
        for row in rows:
            feature = ogr.Feature(defn)
            for i, value in enumerate(row):
                feature.SetField(i, cell(value))
            layer.CreateFeature(feature)
        ds = None  # closes the file: OGR tells no error here, the rows are read back before the rename
    return path


def export_warning(entries, path) -> str:
    """The sentence naming the cells of the log exported to ``path`` that Excel would cut ("" if none)."""
    if Path(str(path)).suffix.lower() != ".xlsx":
        return ""
    headers = list(LOG_COLUMNS) + extra_columns(entries)
    rows = [[neutralise_formula(value) for value in row] for row in _rows_with_extras(entries)]
    return log_cells.excel_limit_warning(log_cells.too_long_for_excel(headers, rows), path)


def _read_back(count: int):
    """A ``verify`` for atomic_output: the file written holds every row (a full disk can cut it quietly)."""

    def verify(tmp) -> bool:
        try:
            return len(read_log_file(tmp)) == count
        except (CartongError, RuntimeError, OSError, ValueError):  # not readable: damaged or incomplete
            return False

    return verify


def read_log_file(path, warnings: list[str] | None = None) -> list[LogEntry]:
    """Read a cleaning log from CSV or XLSX (ours or a REACH-style one); every cell as text.

    Known other column names are mapped (``X_uuid``, ``questions``, ``variable``...), ``NA``
    is read as empty, neutralised cells get their first character back, other columns are kept in
    ``extras``. ``warnings`` gets the code page a CSV log not in UTF-8 was read with.
    """
    path = Path(path)
    if not path.is_file():
        raise CartongError(tr("The cleaning log {file} does not exist.").format(file=str(path)), path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from ..survey.xlsx_sheets import read_xlsx_sheets

        unsaved: dict = {}  # formula cells whose result was never saved, by sheet
        sheets = read_xlsx_sheets(path, what="log", unsaved=unsaved)
        if not sheets:
            raise CartongError(tr("The cleaning log {file} has no sheet.").format(file=path.name), path=str(path))
        sheet = next((name for name in sheets if name.casefold() == LOG_LAYER), next(iter(sheets)))
        headers, rows = sheets[sheet]
        # a date typed in Excel is a date cell, which GDAL reads as 2026/03/05: back to ISO 8601 (Excel's
        # _x000D_ escapes are decoded by the reader)
        rows = [[log_values.xlsx_cell_to_iso(cell) for cell in cells] for cells in rows]
        return _rows_to_entries(headers, rows, path, unsaved=unsaved.get(sheet))
    if suffix in (".csv", ".txt"):
        headers, rows, numbers = read_csv_log_rows(path, warnings)
        return _rows_to_entries(headers, rows, path, numbers)
    if suffix == ".gpkg":
        return read_log_from_gpkg(path)
    raise CartongError(
        tr("Cannot read a cleaning log from {file}: choose a .csv or .xlsx file.").format(file=path.name),
        path=str(path),
    )


# -- edited logs coming back ----------------------------------------------------------------


def import_log(path, df=None, uuid_column: str = UUID_COLUMN, warnings: list[str] | None = None) -> list[LogEntry]:
    """Read an edited log and validate it against ``df``; CartongError listing every bad row.
    ``warnings`` gets what reading said (the code page of a CSV not in UTF-8)."""
    entries = read_log_file(path, warnings)
    problems = validate_log(entries, df, uuid_column)
    if problems:
        raise CartongError(
            problems_message(problems, Path(path).name), path=str(path), row=problems[0].row, field=problems[0].column
        )
    return entries
