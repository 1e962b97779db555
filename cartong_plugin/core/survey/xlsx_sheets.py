# SPDX-License-Identifier: GPL-3.0-or-later
"""Every sheet of an Excel workbook (.xlsx, or legacy .xls where GDAL reads it) as text, with GDAL.

``read_xlsx_sheets`` gives each sheet's headers and rows, every cell as text, by sheet name (any case:
``SheetDict``); it reads XLSForms (``xlsform``), cleaning logs and, when GDAL's quicker CSV route fails,
XLSX exports (``export_xlsx``). openpyxl is not available in every QGIS, so OGR reads the workbook.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions, gdal_options
from ..base.i18n import tr
from ..base.safe_files import OFFICE_HEAD_BYTES, content_kind, password_protected_sentence
from .xlsx_dates import readable_workbook

_GENERIC_HEADER = re.compile(r"^Field\d+$")


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


def read_xlsx_sheets(path: Path, what: str = "form") -> dict[str, tuple[list[str], list[list[str]]]]:
    """Every sheet of an .xlsx (or legacy .xls) as (stripped headers, rows of text cells), by sheet name (any case).

    GDAL 3.6 ignores HEADERS=FORCE when the header cells are inline strings (some exporters
    write them so) and names the columns Field1..FieldN: the first row is then promoted here.
    A .xls is read with GDAL's XLS driver (freexl) where it is built, else refused with a sentence
    saying to save the file as .xlsx.
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
            readable_workbook(path, dates="iso" if what == "log" else "pyxform")
            if what in ("form", "log") and not legacy
            else contextlib.nullcontext((str(path), False))
        )
        with gdal_exceptions(False), _xls_options(legacy), exact as (readable, _copied):
            try:
                ds = gdal.OpenEx(
                    readable,
                    gdal.OF_VECTOR | gdal.OF_READONLY,
                    allowed_drivers=["XLS"] if legacy else ["XLSX"],
                    open_options=[] if legacy else ["HEADERS=FORCE", "FIELD_TYPES=STRING"],
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
                headers = [defn.GetFieldDefn(i).GetName().strip() for i in range(count)]
                rows = []
                layer.ResetReading()
                feature = layer.GetNextFeature()
                while feature is not None:
                    rows.append(
                        [feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else "" for i in range(count)]
                    )
                    feature = layer.GetNextFeature()
                if headers and rows and all(_GENERIC_HEADER.match(h) for h in headers):
                    headers = [cell.strip() for cell in rows.pop(0)]
                sheets[layer.GetName().strip()] = (headers, rows)
            return sheets
    finally:
        gdal.PopErrorHandler()


def _password_protected(path) -> bool:
    try:
        with open(path, "rb") as handle:
            return content_kind(handle.read(OFFICE_HEAD_BYTES)) == "encrypted"
    except OSError:
        return False


def _xls_options(legacy: bool):
    """The XLS driver takes its header and typing choices from configuration options, not open options
    (set in this thread only: QGIS and other plugins reading .xls files meanwhile are not affected)."""
    if not legacy:
        return contextlib.nullcontext()
    return gdal_options(OGR_XLS_HEADERS="FORCE", OGR_XLS_FIELD_TYPES="STRING")
