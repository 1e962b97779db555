# SPDX-License-Identifier: GPL-3.0-or-later
"""A cleaning log's cells through spreadsheets and back, exactly.

One reading rule for every cell of a log, whatever holds it (CSV or XLSX file, review sheet, the
GeoPackage's ``cleaning_log``, the shared PostgreSQL log): ``read_cell`` reads ``NA`` (R's missing
value, cleaningtools' "empty") as empty and takes the apostrophe off a cell that ``neutralise_formula``
prefixed. So ``neutralise_formula`` prefixes every value the rule would otherwise change (a real
``NA`` answer, a value already starting with an apostrophe) besides the formula-like ones a
spreadsheet would run, and ``store_text`` prefixes only the former for the tables. Excel's ``_xHHHH_``
escapes (a carriage return, control characters) are written by ``survey.xlsx_text.to_xlsx_text`` and read
back by the workbook reader itself. ``too_long_for_excel`` finds the cells Excel would cut (32,767
characters); ``spreadsheet_column`` names a column as a spreadsheet does.
"""

from __future__ import annotations

from ..base.i18n import trn
from ..survey.xlsx_sheets import spreadsheet_column  # noqa: F401 (importable from here)

MISSING = "NA"  # R's missing value: an empty cell in cleaningtools' logs
# Spreadsheet programs run cells starting with these as formulas (CSV/formula injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32767


def _prefixed(rest: str) -> bool:
    """Whether ``"'" + rest`` is a cell neutralise_formula wrote (so the apostrophe is not the value's)."""
    return rest.startswith(FORMULA_START) or rest.startswith("'") or rest.strip() == MISSING


def read_cell(text: str) -> str:
    """A log cell as its value: ``NA`` is empty; ``'=1+1`` is ``=1+1``, ``'NA`` is ``NA``, ``''x`` is ``'x``."""
    if text.strip() == MISSING:
        return ""
    return text[1:] if text[:1] == "'" and _prefixed(text[1:]) else text


def store_text(text: str) -> str:
    """A value as a log table keeps it: prefixed only when read_cell would otherwise change it."""
    return "'" + text if text and read_cell(text) != text else text


def neutralise_formula(text: str) -> str:
    """A value as a spreadsheet cell: prefixed with an apostrophe when a spreadsheet would run it as a
    formula, and when read_cell would change it (a real ``NA``, a value starting with an apostrophe)."""
    return "'" + text if text and (text.startswith(FORMULA_START) or store_text(text) != text) else text


def restore_formula(text: str) -> str:
    """Undo neutralise_formula (read_cell without its reading of NA as empty)."""
    return text[1:] if text[:1] == "'" and _prefixed(text[1:]) else text


def too_long_for_excel(headers, rows) -> list[tuple[int, str]]:
    """(sheet row, column) of the cells longer than Excel keeps (the header is row 1)."""
    return [
        (number, header)
        for number, row in enumerate(rows, start=2)
        for header, value in zip(headers, row)
        if len(value or "") > EXCEL_CELL_LIMIT
    ]


def excel_limit_warning(cells, path) -> str:
    """The sentence naming the cells of a written XLSX that Excel would cut ("" when none is)."""
    if not cells:
        return ""
    row, column = cells[0]
    return trn(
        "{file}: %n cell is longer than the {limit} characters Excel keeps (first: row {row}, column {column}); "
        "the file holds it whole, but Excel cuts it when the file is opened and saved there. Edit such a row "
        "in the CSV export or in QGIS.",
        "{file}: %n cells are longer than the {limit} characters Excel keeps (first: row {row}, column {column}); "
        "the file holds them whole, but Excel cuts them when the file is opened and saved there. Edit such rows "
        "in the CSV export or in QGIS.",
        len(cells),
    ).format(file=str(path), limit=f"{EXCEL_CELL_LIMIT:,}", row=row, column=column)
