# SPDX-License-Identifier: GPL-3.0-or-later
"""Read an XLSX survey export into text tables, exactly as in its cells.

``read_xlsx_text`` gives the sheet holding the submissions first (the sheet the user named, else the
first visible one; hidden sheets are skipped and named: ``hidden_sheets``), then the repeat sheets.
GDAL writes each sheet as CSV in memory for pandas to read back (``_xlsx_sheets_via_csv``); the
careful cell-by-cell reading (``xlsx_sheets.read_xlsx_sheets``) is the fallback. Numbers and dates are
read exactly (``xlsx_dates``), texts as Excel shows them (``xlsx_text``), and the hostile-file check
(``base.safe_archives``) runs beside the parsing.
"""

from __future__ import annotations

import io
import re
import threading
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.safe_archives import check_xlsx_is_safe
from ..base.safe_files import OFFICE_HEAD_BYTES, content_kind, describe_content, password_protected_sentence
from .export_readers import TextTable, _fail, name_blank_columns
from .export_shape import tidy_table
from .gpkg_writer import most_columns
from .xlsx_dates import readable_workbook
from .xlsx_text import decoded_frame, has_xlsx_escape

if TYPE_CHECKING:
    import pandas as pd


def _xlsx_sheets_via_csv(path: Path) -> list[tuple[str, list[str], pd.DataFrame]] | None:
    """(sheet, headers, DataFrame of str) per sheet: GDAL writes each sheet as CSV in memory, pandas
    reads it back. Much faster than reading cells one by one from Python; None if GDAL cannot. Row 1
    is read as cells (``xlsx_sheets.row_one_as_cells``): the headers as written in the sheet."""
    import uuid

    import pandas as pd
    from osgeo import gdal

    from .xlsx_sheets import XLSX_OPEN_OPTIONS, first_filled_row, row_one_as_cells

    prefix = f"/vsimem/cartong_xlsx_{uuid.uuid4().hex}_"  # no folder: the CSV driver wants a plain file
    written = []
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        with row_one_as_cells():
            ds = gdal.OpenEx(
                str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["XLSX"], open_options=XLSX_OPEN_OPTIONS
            )
            if ds is None:
                return None
            sheets: list[tuple[str, list[str], pd.DataFrame]] = []
            for index in range(ds.GetLayerCount()):
                layer = ds.GetLayer(index)
                target = f"{prefix}{index}.csv"
                written.append(target)
                done = gdal.VectorTranslate(
                    target,
                    ds,
                    options=gdal.VectorTranslateOptions(
                        format="CSV", layers=[layer.GetName()], layerCreationOptions=["STRING_QUOTING=IF_NEEDED"]
                    ),
                )
                if done is None:
                    return None
                done = None
                handle = gdal.VSIFOpenL(target, "rb")
                size = gdal.VSIStatL(target).size
                data = gdal.VSIFReadL(1, size, handle) if size else b""
                gdal.VSIFCloseL(handle)
                frame = (
                    pd.read_csv(
                        io.BytesIO(data),
                        dtype=str,
                        keep_default_na=False,
                        na_filter=False,
                        header=None,
                        encoding="utf-8",
                        engine="c",
                    )
                    if data.strip()
                    else pd.DataFrame(dtype=str)
                )
                frame = frame.iloc[1:].reset_index(drop=True)  # GDAL's own names of the columns: Field1..FieldN
                if has_xlsx_escape(data):  # Excel's _xHHHH_ escapes (xlsx_text), the headers' too
                    frame = decoded_frame(frame)
                frame = frame.iloc[first_filled_row(frame.itertuples(index=False)) :].reset_index(drop=True)
                if frame.empty:
                    sheets.append((layer.GetName().strip(), [], frame))
                    continue
                headers = [str(h) for h in frame.iloc[0]]  # row 1: stripped after, kept as received in the notes
                frame = frame.iloc[1:].reset_index(drop=True)
                frame.columns = list(range(len(headers)))
                sheets.append((layer.GetName().strip(), headers, frame))
            return sheets
    except (RuntimeError, ValueError, pd.errors.ParserError):
        return None
    finally:
        gdal.PopErrorHandler()
        for target in written:
            if gdal.VSIStatL(target) is not None:  # GDAL >= 3.11 raises on a file it never wrote
                gdal.Unlink(target)


def read_xlsx_text(path, sheet: str | None = None, labels: frozenset[str] = frozenset()) -> list[TextTable]:
    """Every non-empty visible sheet of an XLSX export, text as in the cells: the submissions first
    (the sheet named ``sheet``, else the first visible sheet), then the repeat sheets. ``labels``: the
    form's texts, which tell a second header row of labels (``export_shape.form_texts``)."""
    import pandas as pd

    from .xlsx_sheets import read_xlsx_sheets

    path = Path(str(path))
    if not path.is_file():
        raise _fail(tr("The file {file} does not exist (moved or deleted?).").format(file=str(path)), path)
    with open(path, "rb") as handle:
        head = handle.read(OFFICE_HEAD_BYTES)
    if content_kind(head) == "encrypted":
        raise _fail(password_protected_sentence(path.name), path)
    if content_kind(head) != "zip":  # an .xlsx is a zip archive: say what this file is instead
        raise _fail(
            tr("{file} is not an Excel workbook (.xlsx): it looks like {what}.").format(
                file=path.name, what=describe_content(head)
            ),
            path,
        )
    # the hostile-file check (Python, refuses external links, warns about formulas) runs beside
    # GDAL's parsing (C, without the GIL); its verdict is applied before anything is returned
    safety: dict = {}

    def check():
        try:
            safety["warnings"] = check_xlsx_is_safe(path)
        except CartongError as err:
            safety["error"] = err

    checker = threading.Thread(target=check, daemon=True)
    checker.start()
    with readable_workbook(path) as (readable, copied):  # numbers and dates read exactly (xlsx_dates)
        sheets = _xlsx_sheets_via_csv(readable)
        checker.join()
        if "error" in safety:
            raise safety["error"]
        warnings = safety.get("warnings", [])
        if sheets is None:  # the careful way, cell by cell (also gives the error message, for the file itself)
            sheets = []
            for sheet_name, (headers, rows) in read_xlsx_sheets(
                Path(readable) if copied else path, what="data"
            ).items():
                frame = (
                    pd.DataFrame(rows, columns=list(range(len(headers))), dtype=str)
                    if rows
                    else pd.DataFrame(columns=list(range(len(headers))), dtype=str)
                )
                sheets.append((sheet_name, headers, frame))
    _refuse_too_wide(path, sheet)  # GDAL gives such a sheet without its header, or not at all
    several = sum(1 for _name, headers, _frame in sheets if headers) > 1
    sheets = _main_sheet_first(path, sheets, sheet, warnings)
    tables: list[TextTable] = []
    for name, headers, frame in sheets:
        if not headers:
            continue
        source = f"{path.name} [{name}]"
        received = headers
        headers = [h.strip() for h in received]
        headers, frame, notes = tidy_table(headers, frame, source, warnings, received=received, labels=labels)
        headers, frame = name_blank_columns(headers, frame, source, warnings, notes)
        if not headers:
            continue
        table = TextTable(
            name=name if tables else "", headers=headers, frame=frame, source=source, notes=notes, header_row=True
        )
        table.sheet = name
        tables.append(table)
    if not tables:
        raise _fail(tr("{file} has no sheet with data.").format(file=path.name), path)
    if tables[0].rows == 0:
        raise _fail(tr("{file} has a header row but no data rows.").format(file=tables[0].source), path, row=1)
    if several:  # say which sheet holds the submissions when there was a choice
        warnings.insert(
            0,
            tr("{file}: the submissions were read from the sheet '{sheet}'.").format(
                file=path.name, sheet=tables[0].source[len(path.name) + 2 : -1]
            ),
        )
    tables[0].warnings.extend(warnings)
    return tables


_SHEET_ELEMENT = re.compile(r"<(?:\w+:)?sheet\b([^>]*)>")
_ATTRIBUTE = re.compile(r'\b(name|state)="([^"]*)"')


_DIMENSION = re.compile(rb'<dimension ref="[A-Z]+\d+:([A-Z]+)\d+"')
_CELL = re.compile(rb'<c r="([A-Z]+)\d+"')


def _refuse_too_wide(path: Path, wanted: str | None) -> None:
    """Refuse a sheet to import wider than its table can be: the survey's (``wanted``, else the first visible
    sheet with cells), whose layer has a geometry column, then the repeats' (every other visible sheet, or
    every other sheet when the survey's is named: ``_main_sheet_first``)."""
    widths = _sheet_widths(path)
    hidden = hidden_sheets(path)
    if wanted:
        survey = next((name for name in widths if name == wanted.strip()), None) or next(
            (name for name in widths if name.casefold() == wanted.strip().casefold()), None
        )
    else:
        survey = next((name for name, width in widths.items() if width and name not in hidden), None)
    for name, width in widths.items():
        limit = most_columns(geometry=name == survey)
        if width > limit and (wanted or name not in hidden):
            raise _fail(
                tr(
                    "{file} has {count} columns; a GeoPackage table holds at most {limit}. Export fewer "
                    "questions, or split the export, and import each part."
                ).format(file=f"{path.name} [{name}]", count=width, limit=limit),
                path,
            )


_RELATIONSHIP = re.compile(r"<(?:\w+:)?Relationship\b([^>]*)>")
_ANY_ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')


def _sheet_widths(path: Path) -> dict[str, int]:
    """The columns of each sheet, by name in the workbook's order: its <dimension>, else its first cells'
    references (0 when neither says; {} when the workbook cannot be read)."""
    import html
    import posixpath

    try:
        with zipfile.ZipFile(path) as book:
            parts = set(book.namelist())
            workbook, relations = (
                book.read(name)[: 4 * 1024 * 1024].decode("utf-8", "replace")
                for name in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")
            )
            targets = {}
            for element in _RELATIONSHIP.finditer(relations):
                attributes = dict(_ANY_ATTRIBUTE.findall(element.group(1)))
                target = html.unescape(attributes.get("Target", ""))
                targets[attributes.get("Id")] = (
                    target[1:] if target.startswith("/") else posixpath.normpath("xl/" + target)
                )
            widths = {}
            for element in _SHEET_ELEMENT.finditer(workbook):
                attributes = dict(_ANY_ATTRIBUTE.findall(element.group(1)))
                part = targets.get(next((v for k, v in attributes.items() if k.endswith(":id")), None))
                if "name" in attributes and part in parts:
                    widths[html.unescape(attributes["name"]).strip()] = _part_width(book, part)
    except (KeyError, OSError, zipfile.BadZipFile):
        return {}
    return widths


def _part_width(book: zipfile.ZipFile, part: str) -> int:
    with book.open(part) as sheet:
        head = sheet.read(256 * 1024)
    found = _DIMENSION.search(head)
    letters = [found.group(1)] if found else _CELL.findall(head)
    return max([0, *(_column_number(x.decode("ascii")) for x in letters)])


def _column_number(letters: str) -> int:
    """'A' 1, 'Z' 26, 'AA' 27, 'BXZ' 2002."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def hidden_sheets(path) -> set[str]:
    """Names of the sheets of an XLSX that Excel hides (``state="hidden"`` or ``"veryHidden"``)."""
    import html

    try:
        with zipfile.ZipFile(path) as archive:
            workbook = archive.read("xl/workbook.xml")[: 4 * 1024 * 1024].decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile):
        return set()
    hidden = set()
    for element in _SHEET_ELEMENT.finditer(workbook):
        attributes = dict(_ATTRIBUTE.findall(element.group(1)))
        if attributes.get("state", "visible") != "visible" and "name" in attributes:
            hidden.add(html.unescape(attributes["name"]).strip())
    return hidden


def _main_sheet_first(path: Path, sheets: list, wanted: str | None, warnings: list[str]) -> list:
    """The sheets to read, the one holding the submissions first: the sheet the user named, else the
    first visible one. Hidden sheets (lists, pivots, a previous export) are skipped, and named."""
    if wanted:
        chosen = [s for s in sheets if s[0] == wanted.strip()] or [
            s for s in sheets if s[0].casefold() == wanted.strip().casefold()
        ]
        if not chosen:
            raise _fail(
                tr("{file} has no sheet '{sheet}'; its sheets are: {sheets}.").format(
                    file=path.name, sheet=wanted, sheets=", ".join(s[0] for s in sheets)
                ),
                path,
            )
        return chosen[:1] + [s for s in sheets if s is not chosen[0]]
    hidden = hidden_sheets(path)
    skipped = [name for name, headers, _frame in sheets if name in hidden and headers]
    if skipped:
        warnings.append(
            tr(
                "{file}: the hidden sheet(s) {sheets} were not imported; name one as the sheet "
                "to read if it holds the submissions."
            ).format(file=path.name, sheets=", ".join(f"'{name}'" for name in skipped))
        )
    visible = [s for s in sheets if s[0] not in hidden]
    return visible or sheets
