# SPDX-License-Identifier: GPL-3.0-or-later
"""Excel date and time cells read whole: the day, the time of day and the milliseconds.

An Excel date cell holds a number (days since 1899-12-30, the time of day as the fraction) and a
number format. GDAL's XLSX reader decides from the format whether the number is a date, a
date-time or a time, and only recognises a time part written ``hh``: with ``yyyy-mm-dd h:mm:ss``
(a common export format) it keeps the day and drops the time, in the raw table too; it also drops
milliseconds unless the format shows them, and writes days as ``2021/07/05``.

So before GDAL reads a workbook whose cell styles include dates or times, ``readable_workbook``
gives it an in-memory copy where those styles all use ``yyyy-mm-dd hh:mm:ss.000`` (the cells are
untouched), and ``iso_date_cells`` writes what GDAL then returns as ISO 8601 text: ``2021-07-05``
for a day, ``2021-07-05T09:34:15`` (``.147`` when there are milliseconds) for a date-time,
``09:34:15`` for a time of day. The user's file is never modified.
"""
from __future__ import annotations

import contextlib
import html
import io
import re
import uuid
import zipfile
from pathlib import Path

_STYLES = "xl/styles.xml"
# built-in number formats (ECMA-376 18.8.30) that are dates or clock times: 14-17 days, 18-21 times, 22 both
_BUILTIN_DATES = set(range(14, 23))
# what GDAL reads every date style as, once patched: its date-time type, with milliseconds
_READ_AS = "yyyy-mm-dd hh:mm:ss.000"
_STORED_LIMIT = 512 * 1024**2  # bytes of uncompressed parts held in memory by the copy
# how GDAL writes such a cell: 2021/07/05 09:34:15.147 (no milliseconds when they are 0)
_GDAL_DATETIME = re.compile(r"^(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?$")


def is_date_format(code: str) -> bool:
    """Whether an Excel number format code shows a date or a clock time (not a duration, not a number)."""
    section = code.split(";")[0]
    if re.search(r"\[[hms]+\]", section, re.IGNORECASE):
        return False  # [h]:mm elapsed time: a duration, not a moment
    # quoted text, escaped characters, [Red] / [$-409] sections say nothing about the value
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", section)
    return bool(re.search(r"[yYdDhHsS]", bare)) or bool(re.fullmatch(r"[mM/\-. ]+", bare.strip() or "x"))


def _attribute(tag: str, name: str) -> str | None:
    found = re.search(rf'\b{name}\s*=\s*"([^"]*)"', tag)
    return html.unescape(found.group(1)) if found else None


def _patched_styles(xml: bytes) -> tuple[bytes, list[int]] | None:
    """(styles.xml with every date or time cell style reading as ``_READ_AS``, the indexes of those
    cell styles); None when there is none.

    Edited as text (the part is small): everything else stays byte for byte what the workbook has.
    """
    text = xml.decode("utf-8")
    custom = {}
    for tag in re.findall(r"<(?:\w+:)?numFmt\b[^>]*>", text):
        number, code = _attribute(tag, "numFmtId"), _attribute(tag, "formatCode")
        if number and number.isdigit() and code is not None:
            custom[int(number)] = code
    dated = {number for number, code in custom.items() if is_date_format(code)} | _BUILTIN_DATES
    block = re.search(r"<(\w+:)?cellXfs\b[^>]*>.*?</(?:\w+:)?cellXfs>", text, re.DOTALL)
    if block is None:
        return None
    new_id = max([163, *custom]) + 1
    changed, index = [], [-1]

    def restyle(match: re.Match) -> str:
        index[0] += 1  # a cell's s="n" is the n-th xf of cellXfs
        number = _attribute(match.group(0), "numFmtId")
        if number is None or not number.isdigit() or int(number) not in dated:
            return match.group(0)
        changed.append(index[0])
        return re.sub(r'\bnumFmtId\s*=\s*"[^"]*"', f'numFmtId="{new_id}"', match.group(0))

    cells = re.sub(r"<(?:\w+:)?xf\b[^>]*>", restyle, block.group(0))
    if not changed:
        return None
    prefix = block.group(1) or ""
    entry = f'<{prefix}numFmt numFmtId="{new_id}" formatCode="{_READ_AS}"/>'
    text = text[:block.start()] + cells + text[block.end():]
    closing = re.search(rf"</{re.escape(prefix)}numFmts>", text)
    empty = re.search(rf"<{re.escape(prefix)}numFmts\b[^>]*/>", text)
    if closing:
        text = text[:closing.start()] + entry + text[closing.start():]
    elif empty:
        text = text[:empty.start()] + f"<{prefix}numFmts>{entry}</{prefix}numFmts>" + text[empty.end():]
    else:  # numFmts comes first in the style sheet
        sheet = re.search(r"<(?:\w+:)?styleSheet\b[^>]*>", text)
        if sheet is None:
            return None
        text = text[:sheet.end()] + f"<{prefix}numFmts>{entry}</{prefix}numFmts>" + text[sheet.end():]
    return text.encode("utf-8"), changed


def _uses_styles(archive: zipfile.ZipFile, styles: list[int]) -> bool:
    """Whether a cell of a worksheet has one of these styles (``s="3"``): many workbooks define date
    styles that no cell uses (GDAL writes them all), and those need no copy."""
    marks = [f'{quote}{n}{quote}'.encode() for n in styles for quote in ('"', "'")]
    for info in archive.infolist():
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
            data = archive.read(info)
            if any(b" s=" + mark in data for mark in marks):
                return True
    return False


@contextlib.contextmanager
def readable_workbook(path):
    """(path for GDAL to read, whether date cells need ``iso_date_cells``): an in-memory copy of the
    workbook with its date styles made explicit when it has any, else the file itself.

    Only a workbook that passes the zip checks (no bomb, no odd member) is copied; any other is left
    to GDAL and the usual checks, which say what is wrong with it.
    """
    from osgeo import gdal

    from ..base.errors import CartongError
    from ..base.safe_files import check_zip_archive

    path = Path(str(path))
    data = None
    try:
        check_zip_archive(path)
        with zipfile.ZipFile(path) as archive:
            patched = _patched_styles(archive.read(_STYLES)) if _STYLES in archive.namelist() else None
            styles = patched[0] if patched and _uses_styles(archive, patched[1]) else None
            if styles is not None:
                # stored, not compressed again: the copy costs a read of the file, and GDAL reads stored
                # parts fastest; above _STORED_LIMIT (memory) compressed as usual
                size = sum(info.file_size for info in archive.infolist())
                method, level = (zipfile.ZIP_STORED, None) if size <= _STORED_LIMIT else (zipfile.ZIP_DEFLATED, 6)
                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w", method, compresslevel=level) as copy:
                    for info in archive.infolist():
                        copy.writestr(info.filename, styles if info.filename == _STYLES else archive.read(info))
                data = buffer.getvalue()
    except (CartongError, OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError, ValueError):
        data = None
    if data is None:
        yield str(path), False
        return
    target = f"/vsimem/cartong_dates_{uuid.uuid4().hex}.xlsx"
    gdal.FileFromMemBuffer(target, data)
    del data
    try:
        yield target, True
    finally:
        gdal.Unlink(target)


def _iso(match: re.Match) -> str:
    year, month, day, hour, minute, second, milli = match.groups()
    milli = milli or "000"
    time = f"{hour}:{minute}:{second}" + ("" if milli == "000" else f".{milli}")
    if (year, month, day) == ("1899", "12", "30"):  # day 0: a time of day alone
        return time
    if (hour, minute, second, milli) == ("00", "00", "00", "000"):
        return f"{year}-{month}-{day}"
    return f"{year}-{month}-{day}T{time}"


def iso_date_cells(frame):
    """``frame`` (str cells, as read from a patched workbook) with GDAL's date-time text as ISO 8601."""
    for column in frame.columns:
        values = frame[column]
        if not values.str.contains("/", regex=False).any():
            continue
        dated = values.str.match(_GDAL_DATETIME)
        if dated.any():
            frame[column] = values.where(~dated, values[dated].str.replace(_GDAL_DATETIME, _iso, regex=True))
    return frame
