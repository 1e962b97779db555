# SPDX-License-Identifier: GPL-3.0-or-later
"""Every sheet of an Excel workbook (.xlsx, or legacy .xls where GDAL reads it) as text, with GDAL.

``read_xlsx_sheets`` gives each sheet's headers and rows, every cell as text, by sheet name (any case:
``SheetDict``); it reads XLSForms (``xlsform``), cleaning logs, review sheets and, when GDAL's quicker CSV
route fails, XLSX exports (``export_xlsx``). openpyxl is not available in every QGIS, so OGR reads the
workbook, row 1 as a row of cells (``row_one_as_cells``): the headers exactly as in the sheet; each text
as Excel shows it (``xlsx_text``: ``_xHHHH_`` escapes decoded, phonetic guides left out).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions, gdal_options
from ..base.i18n import tr
from ..base.safe_files import OFFICE_HEAD_BYTES, content_kind, password_protected_sentence
from .xlsx_dates import UNSAVED_FORMULA, readable_workbook
from .xlsx_text import from_xlsx_text

# Row 1 is read as cells, never as GDAL's field names: GDAL 3.10 names a blank header cell Field<n> (and its
# CSV writer renames a repeated header '<name>2'); GDAL 3.6 ignores the XLSX open options and takes row 1 as
# the header only when it looks like one (not when it is shorter than the data rows or has a blank cell).
# Read as cells, the header is the sheet's on every version, and column n is the sheet's column n.
XLSX_OPEN_OPTIONS = ["HEADERS=DISABLE", "FIELD_TYPES=STRING"]


class SheetDict(dict):
    """Sheets by their name as written; a lookup that misses retries without case ("Survey")."""

    def __missing__(self, key):
        for name, value in self.items():
            if isinstance(key, str) and name.casefold() == key.casefold():
                return value
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


def read_xlsx_sheets(
    path: Path, what: str = "form", unsaved: dict | None = None
) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Every sheet of an .xlsx (or legacy .xls) as (stripped headers, rows of text cells), by sheet name (any case).

    The headers are row 1's cells as written (a blank one is "", a repeated one is repeated: the callers
    say so), the rows the sheet's following rows, column by column. A .xls is read with GDAL's XLS
    driver (freexl) where it is built, else refused with a sentence saying to save the file as .xlsx.
    ``unsaved`` (a log or a form) receives, by sheet name, the (row index in the rows given back, column
    index) of the formula cells whose result was never saved: they read as empty cells, as pyxform and
    pandas read them (``unsaved_formula_text`` says so).
    """
    from osgeo import gdal

    legacy = Path(path).suffix.lower() == ".xls"
    if legacy and gdal.GetDriverByName("XLS") is None:
        raise CartongError(
            tr(
                "{file} is an old Excel file (.xls), which this QGIS cannot read. Open it in Excel "
                "or LibreOffice, save it as .xlsx and choose that file."
            ).format(file=Path(path).name),
            path=str(path),
        )
    # Huge blank ranges make the driver complain ("Too big gap") yet read fine: quietly, and
    # without exceptions whatever the caller chose, so a complaint does not abort the read.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        # a form's number cells read exactly too (a 17-digit choice name is not 1.23456789012346e+16), its
        # date cells as pyxform reads them (a settings version of =NOW()); a log's date cells with their
        # time, whatever their format shows (a dd/mm/yyyy cell may hold 10:40)
        exact = (
            readable_workbook(
                path, dates="iso" if what == "log" else "pyxform", mark_unsaved=what == "log" or unsaved is not None
            )
            if what in ("form", "log") and not legacy
            else contextlib.nullcontext((str(path), False))
        )
        with gdal_exceptions(False), row_one_as_cells(legacy), exact as (readable, _copied):
            try:
                ds = gdal.OpenEx(
                    readable,
                    gdal.OF_VECTOR | gdal.OF_READONLY,
                    allowed_drivers=["XLS"] if legacy else ["XLSX"],
                    open_options=[] if legacy else XLSX_OPEN_OPTIONS,
                )
            except RuntimeError:
                ds = None
            if ds is None:
                if _password_protected(path):
                    raise CartongError(password_protected_sentence(path.name), path=str(path))
                if what == "form":
                    message = tr(
                        "The form {file} could not be read as an Excel XLSForm (.xlsx). "
                        "Save it as .xlsx from KoboToolbox or Excel and try again."
                    )
                else:
                    message = tr("{file} could not be read as an Excel workbook (.xlsx).")
                raise CartongError(message.format(file=path.name), path=str(path))
            sheets = SheetDict()
            for index in range(ds.GetLayerCount()):
                layer = ds.GetLayer(index)
                defn = layer.GetLayerDefn()
                count = defn.GetFieldCount()
                rows: list[list[str]] = []
                marked: list[tuple[int, int]] = []  # (row, column) of formulas without a saved result
                layer.ResetReading()
                feature = layer.GetNextFeature()
                while feature is not None:
                    cells = [
                        feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else "" for i in range(count)
                    ]
                    for column in [i for i, cell in enumerate(cells) if cell == UNSAVED_FORMULA]:
                        cells[column] = ""  # read as GDAL reads it, told apart through ``unsaved``
                        marked.append((len(rows), column))
                    # Excel's _xHHHH_ escapes, as Excel shows them (a .xls holds none)
                    rows.append(cells if legacy else [from_xlsx_text(cell) for cell in cells])
                    feature = layer.GetNextFeature()
                first = first_filled_row(rows)
                del rows[:first]
                headers = [cell.strip() for cell in rows.pop(0)] if rows else []
                sheets[layer.GetName().strip()] = (headers, rows)
                if unsaved is not None:
                    unsaved[layer.GetName().strip()] = {
                        (row - first - 1, column) for row, column in marked if row > first
                    }
            return sheets
    finally:
        gdal.PopErrorHandler()


def spreadsheet_column(index: int) -> str:
    """The letters a spreadsheet shows above the 0-based column ``index``: 0 -> A, 25 -> Z, 26 -> AA."""
    letters, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def unsaved_formula_text(cell: str, column: str) -> str:
    """What is wrong with the XLSX cell ``cell`` (``D2``) of ``column``: a formula whose result was never
    saved (openpyxl, R's openxlsx), which reads as empty; a clause for a sentence naming the file and row."""
    return tr(
        "the cell {cell} ({column}) holds a formula with no saved result: open the file in Excel or "
        "LibreOffice and save it, or type the value"
    ).format(cell=cell, column=column)


def unsaved_formula_warnings(path: Path, sheet: str, headers: list[str], cells) -> list[str]:
    """A sentence per cell of ``sheet`` (``cells``: (row index, column index) as ``unsaved`` gives them)
    holding a formula whose result was never saved, read as empty."""
    return [
        tr("Row {row} of the sheet {sheet} of {file}: {problem}; the cell was read as empty.").format(
            row=row + 2,
            sheet=sheet,
            file=Path(path).name,
            problem=unsaved_formula_text(f"{spreadsheet_column(column)}{row + 2}", headers[column]),
        )
        for row, column in sorted(cells)
    ]


def _password_protected(path) -> bool:
    try:
        with open(path, "rb") as handle:
            return content_kind(handle.read(OFFICE_HEAD_BYTES)) == "encrypted"
    except OSError:
        return False


def first_filled_row(rows) -> int:
    """Index of the first row with a filled cell: the header row. Empty rows above it are skipped (else a
    sheet starting with an empty row would have no column names; GDAL, reading the header itself, skipped one)."""
    count = 0  # rows may be an iterator (a DataFrame's itertuples), without len()
    for count, row in enumerate(rows, start=1):
        if any(str(cell).strip() for cell in row):
            return count - 1
    return count


def row_one_as_cells(legacy: bool = False):
    """``XLSX_OPEN_OPTIONS`` as configuration options, which GDAL 3.6's XLSX driver and the XLS driver read
    instead of open options (set in this thread only: QGIS and other plugins reading workbooks meanwhile
    are not affected)."""
    driver = "XLS" if legacy else "XLSX"
    return gdal_options(**{f"OGR_{driver}_HEADERS": "DISABLE", f"OGR_{driver}_FIELD_TYPES": "STRING"})
