# SPDX-License-Identifier: GPL-3.0-or-later
"""Review sheets of the shared cleaning log: a CSV or XLSX file a reviewer decides on, and back.

``export_review_sheet`` writes the log with ``log_id`` and ``version`` first and ``as_exported``
last: a fingerprint of the row's decision as exported (``review.decision_fingerprint``), so that
saving tells the rows the reviewer edited from the ones she only read. ``read_review_sheet``
reads the decisions back (CSV in UTF-8, UTF-16 or Windows-1252 as a cleaning log, or XLSX), each
with the ``uuid``, ``question`` and ``old_value`` the sheet shows, which ``review.save_decisions``
compares with the log row of the same ``log_id`` before writing anything. An XLSX row whose cell
holds a formula without a saved result (openpyxl, R's openxlsx) is a Decision with ``unsaved`` set,
which ``save_decisions`` does not save (``review.unreadable_message``): read as empty, it would blank
a new value.
"""

from __future__ import annotations

from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr
from ..cleaning.log import LOG_COLUMNS, LOG_LAYER
from ..cleaning.log_cells import neutralise_formula, read_cell, spreadsheet_column
from ..survey.xlsx_text import to_xlsx_text
from .connection import PgTarget
from .review import Decision, decision_fingerprint, load_log

SHEET_KEYS = ("log_id", "version")
FINGERPRINT = "as_exported"  # the row's decision as exported (an edited row no longer has it)
_REQUIRED = SHEET_KEYS + ("uuid", "question", "change_type")
_READ = _REQUIRED + ("old_value", "new_value", "explanation", FINGERPRINT)


def export_review_sheet(target: PgTarget, schema: str, path) -> Path:
    """The shared log as a sheet to decide on: ``log_id``, ``version``, the log columns and ``as_exported``."""
    from osgeo import ogr

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise CartongError(
            tr("Cannot export the cleaning log to {file}: choose a .csv or .xlsx file.").format(file=path.name),
            path=str(path),
        )
    rows = load_log(target, schema)
    with atomic_output(path) as tmp, gdal_exceptions():
        options = ["WRITE_BOM=YES", "STRING_QUOTING=IF_NEEDED"] if suffix == ".csv" else []
        ds = ogr.GetDriverByName("CSV" if suffix == ".csv" else "XLSX").CreateDataSource(tmp)
        layer = ds.CreateLayer(LOG_LAYER, geom_type=ogr.wkbNone, options=options)
        for column in SHEET_KEYS + LOG_COLUMNS + (FINGERPRINT,):
            layer.CreateField(ogr.FieldDefn(column, ogr.OFTInteger if column in SHEET_KEYS else ogr.OFTString))
        for row in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("log_id", row.log_id)
            feature.SetField("version", row.version)
            for column in LOG_COLUMNS:
                text = neutralise_formula(getattr(row.entry, column))
                feature.SetField(column, to_xlsx_text(text) if suffix == ".xlsx" else text)
            entry = row.entry
            feature.SetField(FINGERPRINT, decision_fingerprint(entry.change_type, entry.new_value, entry.explanation))
            layer.CreateFeature(feature)
        ds = None
    return path


def read_review_sheet(path) -> list[Decision]:
    """The decisions of a review sheet (CartongError naming the row and column of a bad cell)."""

    path = Path(path)
    if not path.is_file():
        raise CartongError(tr("The review sheet {file} does not exist.").format(file=str(path)), path=str(path))
    numbers = None  # the file's row of each record, when blank lines or quoted newlines shift them
    unsaved: set = set()  # (row index, column index) of XLSX formula cells whose result was never saved
    try:
        if path.suffix.lower() != ".xlsx":  # UTF-8, UTF-16 or Windows-1252, as a cleaning log is read
            from ..cleaning.log_files import read_csv_log_rows

            headers, cells, numbers = read_csv_log_rows(path)
            names = [name.strip().lstrip("\ufeff") for name in headers]
        else:
            names, cells, unsaved = _xlsx_cells(path)
    except RuntimeError as err:
        raise CartongError(
            tr("The review sheet {file} cannot be read: {error}").format(file=path.name, error=str(err)), path=str(path)
        ) from err
    return _decisions(path, names, cells, numbers, unsaved)


def _xlsx_cells(path: Path) -> tuple[list[str], list[list[str]], set]:
    """Header names and cells of the first sheet of an XLSX review sheet, all as text, read as a cleaning
    log is (``read_xlsx_sheets``: row 1 is the header even when a reviewer's column has none), and the
    (row index, column index) of its formula cells whose result was never saved (read as empty)."""
    from ..survey.xlsx_sheets import read_xlsx_sheets

    unsaved: dict = {}
    sheets = read_xlsx_sheets(path, what="log", unsaved=unsaved)
    name = next(iter(sheets), None)
    headers, rows = sheets[name] if name is not None else ([], [])
    # Excel's _xHHHH_ escapes decoded by the reader
    return [name.lstrip("\ufeff") for name in headers], rows, unsaved.get(name, set())


def _decisions(path: Path, names: list[str], cells: list[list[str]], numbers, unsaved=()) -> list[Decision]:
    """The decisions of a review sheet's rows (``numbers``: the file row of each, else counted from 2). A row
    with a formula cell whose result was never saved in a column read (``unsaved``) is a Decision with
    ``unsaved`` set: read as empty, the cell would blank a new value or lose the decision."""
    missing = [c for c in _REQUIRED if c not in names]
    if missing:
        raise CartongError(
            tr(
                "The review sheet {file} has no column {columns}: export it again from the shared "
                "log (it needs log_id, version, uuid, question and change_type)."
            ).format(file=path.name, columns=", ".join(missing)),
            path=str(path),
            field=missing[0],
        )
    _refuse_repeated_columns(path, names)
    decisions = []
    for index, (number, row) in enumerate(zip(numbers or range(2, len(cells) + 2), cells)):
        values = dict(zip(names, row))
        formulas = tuple(
            (names[i], f"{spreadsheet_column(i)}{number}")
            for i in sorted(i for r, i in unsaved if r == index)
            if i < len(names) and names[i] in _READ
        )
        if formulas:  # never saved: the row's cells are not what the reviewer wrote
            decisions.append(
                Decision(_key(values, "log_id"), _key(values, "version"), "", row=number, unsaved=formulas)
            )
            continue
        if not any(v.strip() for v in row):
            continue
        keys = {}
        for key in SHEET_KEYS:
            try:
                keys[key] = int(float(values[key].strip()))
            except ValueError:
                raise CartongError(
                    tr(
                        "Row {row} of {file}, column {column}: '{value}' is not a number; keep the "
                        "log_id and version columns as exported."
                    ).format(row=number, file=path.name, column=key, value=values[key]),
                    path=str(path),
                    row=number,
                    field=key,
                ) from None
        decisions.append(
            Decision(
                keys["log_id"],
                keys["version"],
                values["change_type"].strip().lower(),
                read_cell(values.get("new_value", "")),  # "NA" is empty, as in any cleaning log
                read_cell(values.get("explanation", "")),
                row=number,
                uuid=read_cell(values["uuid"]),
                question=read_cell(values["question"]),
                old_value=read_cell(values["old_value"]) if "old_value" in values else None,
                exported=values.get(FINGERPRINT, "").strip(),  # absent from sheets exported before it existed
            )
        )
    return decisions


def _key(values: dict, key: str) -> int:
    """The log_id or version of a row whose decision cannot be read (0 when it cannot be read either)."""
    try:
        return int(float(values[key].strip()))
    except ValueError:
        return 0


def _refuse_repeated_columns(path: Path, names: list[str]) -> None:
    """A column read twice (a second new_value typed beside the exported one): the last would win unseen."""
    from ..cleaning.log_files import repeated_column, repeated_column_letters

    found = repeated_column(names, _READ)
    if found is not None:
        column, positions = found
        raise CartongError(
            tr(
                "The review sheet {file} has the column {column} more than once (columns {letters}): which one "
                "to read cannot be told. Keep one column {column} (delete or rename the others), then try again."
            ).format(file=path.name, column=column, letters=repeated_column_letters(positions)),
            path=str(path),
            field=column,
        )
