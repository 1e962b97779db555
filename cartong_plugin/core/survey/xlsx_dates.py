# SPDX-License-Identifier: GPL-3.0-or-later
"""Excel number and date cells read exactly: every digit of a number, the day, time and milliseconds of a date.

A number cell holds the text of a number in ``<v>`` and a style whose number format says how to
show it. GDAL's XLSX reader formats these cells its own way, differently by version: GDAL 3.6 writes
a number with 15 significant digits (``-1.2863891666666667`` becomes ``-1.28638916666667``, an
integer above 2^63 becomes ``9223372036854775807``), GDAL 3.10 writes the text as stored (``4.0``
where a spreadsheet shows 4, as openpyxl-based exporters like ONA write floats). For a date cell
(days since 1899-12-30, the time of day as the fraction) GDAL only recognises a time part written
``hh``: with ``yyyy-mm-dd h:mm:ss`` it drops the time; it drops milliseconds unless the format
shows them, writes days as ``2021/07/05`` and loses a day number outside its calendar.

So before GDAL reads a workbook, ``readable_workbook`` gives it an in-memory copy where each number
cell that GDAL would not read exactly is a text cell holding what the cell is: the number in plain
notation, or, for a date or time style, ISO 8601 text
(``2021-07-05`` for a day, ``2021-07-05T09:34:15`` (``.147`` with milliseconds) for a date-time,
``09:34:15`` for a time of day; a day number outside Excel's dates stays a number), and a boolean cell
is the ``TRUE``/``FALSE`` Excel shows (GDAL reads ``1``/``0``; pyxform reads ``TRUE``). The copy's text
cells are the texts Excel shows too (``xlsx_text``: without phonetic guides, rich-text inline runs joined).

What a number cell holds is a double, and the raw table promises every value as the file holds it: the
faithful text of a double is its shortest text that reads back as the same double (``shown_number``),
which is also what Excel shows. Excel writes the 2.3 a user typed as ``2.2999999999999998`` (17 digits):
an export opened in Excel and saved as .xlsx holds 2.3, and the raw table says ``2.3``; a whole number
keeps every digit written (``12345678901234567890``). An XLSForm's number cells are read as pyxform
reads them (``pyxform_number``: ``1.1``, and ``4`` for ``4.0``), the codes its server deploys. Text cells are
never touched, so a text answer that looks like a date stays as typed. The user's file is never
modified. An XLSForm's date cells are read as pyxform reads them (``dates="pyxform"``): the text of
the Python datetime openpyxl gives, ``2022-04-11 16:26:28.971000``, which is what a server deploys
(a settings ``version`` of ``=NOW()`` formatted as a date is that text in every submission).
A formula whose result was never saved (openpyxl and R's openxlsx write the formula alone) reads as an
empty cell; a cleaning log's copy marks it (``UNSAVED_FORMULA``) so that its row is not taken as empty.
"""

from __future__ import annotations

import contextlib
import decimal
import html
import io
import math
import re
import uuid
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from .xlsx_text import shown_inline_strings, shown_strings

_STYLES = "xl/styles.xml"
_SHARED_STRINGS = "xl/sharedStrings.xml"  # where GDAL reads them
_WORKBOOK = "xl/workbook.xml"
# built-in number formats (ECMA-376 18.8.30) that are dates or clock times: 14-17 days, 18-21 times, 22 both
_BUILTIN_DATES = set(range(14, 23))
_BUILTIN_TIMES = set(range(18, 22))
_EPOCH, _EPOCH_1904 = date(1899, 12, 30), date(1904, 1, 1)  # day 0 of Windows and (old) Mac workbooks
_LAST_DAY = 2958466  # 10000-01-01: Excel has no later date
_STORED_LIMIT = 512 * 1024**2  # bytes of uncompressed parts held in memory by the copy
# a cell with a value: <c r="A2" s="3"><v>4.0</v></c>, or the value a formula gave when the workbook
# was saved: <c r="A2"><f>B2/C2</f><v>0.30000000000000004</v></c> (GDAL reads that value, not the formula:
# the copy keeps the value, exact, without the formula)
# (white space between the elements too: some writers put every element on its own line)
_CELL = re.compile(
    rb"<((?:\w+:)?)c\b([^>/]*)>\s*(?:<\1f\b[^>]*/>\s*|<\1f\b[^>]*>[^<]*</\1f>\s*)?"
    rb"<\1v>([^<]*)</\1v>\s*</\1c>"
)
# a formula whose result was never saved (openpyxl, R's openxlsx::writeFormula): no <v>, or an empty one
# (a text result saved empty is <c t="str"><f>..</f><v></v></c>: a result, kept)
_UNSAVED = re.compile(
    rb"<((?:\w+:)?)c\b([^>/]*)>\s*(?:<\1f\b[^>]*/>|<\1f\b[^>]*>[^<]*</\1f>)\s*"
    rb"(<\1v\s*/>|<\1v>\s*</\1v>)?\s*</\1c>"
)
# what such a cell reads as in the copy (a text no cell holds), for read_xlsx_sheets to tell it from an empty cell
UNSAVED_FORMULA = "\ue000formula without a saved result\ue000"
_STYLE = re.compile(rb"""\bs\s*=\s*["'](\d+)["']""")
_TYPE = re.compile(rb"""\s*\bt\s*=\s*["']([^"']*)["']""")
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
_PLAIN = re.compile(r"^-?(?:0|[1-9]\d{0,14})(?:\.\d{0,15})?$")
_EXACT = decimal.Context(prec=500, Emax=999_999, Emin=-999_999)
# numbers both GDAL versions write as stored: at most 15 significant digits, no exponent, no trailing
# zero, not below 0.0001 (which GDAL 3.6 writes 1e-05)
_SAFE_FOR_GDAL = re.compile(r"^(?!-?0\.0000)-?(?=[\d.]{1,16}$)(?:0|[1-9]\d*)(?:\.\d*[1-9])?$")


def is_date_format(code: str) -> bool:
    """Whether an Excel number format code shows a date or a clock time (not a duration, not a number)."""
    section = code.split(";")[0]
    if re.search(r"\[[hms]+\]", section, re.IGNORECASE):
        return False  # [h]:mm elapsed time: a duration, not a moment
    # quoted text, escaped characters, [Red] / [$-409] sections say nothing about the value
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", section)
    return bool(re.search(r"[yYdDhHsS]", bare)) or bool(re.fullmatch(r"[mM/\-. ]+", bare.strip() or "x"))


def is_time_format(code: str) -> bool:
    """Whether a date format code shows a clock time alone (``h:mm``, ``h:mm:ss AM/PM``): no day, month or year."""
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code.split(";")[0])
    alone = not re.search(r"[yYdD]|[mM]{3,}", bare)  # no year, day or month name ("mm" is the minutes)
    return is_date_format(code) and alone and bool(re.search(r"[hHsS]", bare))


def _attribute(tag: str, name: str) -> str | None:
    found = re.search(rf'\b{name}\s*=\s*"([^"]*)"', tag)
    return html.unescape(found.group(1)) if found else None


def _date_styles(xml: bytes) -> dict[int, bool]:
    """The indexes of the cell styles (``s="n"``: the n-th xf of cellXfs) that show a date or a time, each
    with whether it shows a clock time alone (``is_time_format``)."""
    text = xml.decode("utf-8")
    custom = {}
    for tag in re.findall(r"<(?:\w+:)?numFmt\b[^>]*>", text):
        number, code = _attribute(tag, "numFmtId"), _attribute(tag, "formatCode")
        if number and number.isdigit() and code is not None:
            custom[int(number)] = code
    dated = {number: number in _BUILTIN_TIMES for number in _BUILTIN_DATES}
    dated.update({number: is_time_format(code) for number, code in custom.items() if is_date_format(code)})
    block = re.search(r"<(\w+:)?cellXfs\b[^>]*>.*?</(?:\w+:)?cellXfs>", text, re.DOTALL)
    if block is None:
        return {}
    styles = {}
    for index, tag in enumerate(re.findall(r"<(?:\w+:)?xf\b[^>]*>", block.group(0))):
        number = _attribute(tag, "numFmtId")
        if number is not None and number.isdigit() and int(number) in dated:
            styles[index] = dated[int(number)]
    return styles


def exact_number(text: str) -> str | None:
    """The number a cell's ``<v>`` holds, as a spreadsheet shows it in General format but with every
    digit written: ``4.0`` -> ``4``, ``1.250`` -> ``1.25``, ``1e3`` -> ``1000``, ``1E-5`` -> ``0.00001``;
    ``-1.2863891666666667`` and ``12345678901234567890`` unchanged. None when it is not a number."""
    if _PLAIN.match(text):  # the usual case, ten times faster than Decimal: 4.0 -> 4, 1.250 -> 1.25
        shown = text.rstrip("0").rstrip(".") if "." in text else text
        return "0" if shown in ("-0", "") else shown
    if len(text) > 400 or not _NUMBER.match(text):
        return None
    value = decimal.Decimal(text).normalize(_EXACT)
    if value.is_zero():
        return "0"
    if -7 <= value.adjusted() < 21:
        return format(value, "f")
    return str(value).lower()


def shown_number(text: str) -> str | None:
    """The text of a number cell of a workbook of data (an export, a cleaning log): ``exact_number``,
    except for the decimals Excel writes with 17 significant digits for a number it holds with 15 at
    most (what a user types, what Excel shows): Excel writes the 1.1 a user typed ``1.1000000000000001``
    and 2.3 ``2.2999999999999998``; the shortest text that reads back as the same double (``repr``:
    ``1.1``, ``2.3``) is then the cell's number. Any other text keeps the digits written: a double that
    needs 16 or 17 digits (``0.12345678901234567``, a computed value or another writer's) is what the
    file holds, as are whole numbers (``12345678901234567890``). None when it is not a number."""
    shown = exact_number(text)
    if shown is None or "." not in shown or _significant(shown) > 17:
        return shown
    number = float(text)
    shortest = exact_number(repr(number)) if math.isfinite(number) else None
    return shortest if shortest is not None and _significant(shortest) <= 15 else shown


def _significant(number: str) -> int:
    """How many significant digits a plain-notation number text has (``0.00120`` has 2)."""
    return len(number.lstrip("-").replace(".", "").strip("0"))


def pyxform_number(text: str) -> str | None:
    """The text pyxform reads from an XLSForm's number cell: openpyxl makes an int of a ``<v>`` without
    ".", "e" or "E", else a float, and pyxform writes an integral float as an int (``4.0`` -> ``4``) and any
    other with ``str`` (``1.1000000000000001`` -> ``1.1``): the choice name or version a server deploys.
    None when it is not a number."""
    if not _NUMBER.match(text):
        return None
    if not re.search(r"[.eE]", text):
        return str(int(text))
    number = float(text)
    if not math.isfinite(number):
        return None
    return str(int(number)) if number.is_integer() else str(number)


def _day_number(text: str) -> float | None:
    """The day number a date cell's ``<v>`` holds; None when it is no number or outside Excel's dates."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0 <= value < _LAST_DAY else None


def _moment(text: str, since: date, clock_only: bool = False) -> str | None:
    """ISO 8601 text of an Excel date cell's day number; None when outside Excel's dates (then the
    number itself is kept: a wrong format must not lose the value). ``clock_only``: the cell's format
    shows a clock time alone (``h:mm``)."""
    value = _day_number(text)
    if value is None:
        return None
    days, millis = divmod(round(value * 86_400_000), 86_400_000)
    seconds, milli = divmod(millis, 1000)
    clock = f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" + (f".{milli:03d}" if milli else "")
    # day 0: a time of day alone. In a 1904 workbook (old Mac Excel) day 0 is also 1904-01-01, a real day:
    # there only a clock-time format says so (12:14:24 was read 1904-01-01T12:14:24, attack8-ltr E)
    if days == 0 and (since == _EPOCH or clock_only):
        return clock
    day = (since + timedelta(days=days)).isoformat()
    return day if millis == 0 else f"{day}T{clock}"


def _pyxform_moment(text: str, since: date) -> str | None:
    """``str()`` of what openpyxl makes of a date cell's day number, as pyxform writes it: a datetime
    (``2022-04-11 16:26:28.971000``, milliseconds rounded as openpyxl does), a time of day below 1
    (``09:34:15``); None when outside Excel's dates."""
    value = _day_number(text)
    if value is None:
        return None
    day, fraction = divmod(value, 1)
    moment = timedelta(milliseconds=round(fraction * 86_400_000))
    if value < 1 and moment.days == 0:
        return str((datetime.min + moment).time())
    if value < 60 and since == _EPOCH:  # Excel's 1900-02-29, which never was: openpyxl's shift
        day += 1
    return str(datetime.combine(since, time()) + timedelta(days=day) + moment)


def _exact_cells(
    xml: bytes, date_styles: dict[int, bool], since: date, dates: str = "iso", mark_unsaved: bool = False
) -> bytes | None:
    """A worksheet whose number cells are text cells holding what the cell is (``shown_number``, or
    ``_moment`` for a date style), so that no GDAL version formats them its own way; None when no
    cell needs it (every number already as GDAL writes it). ``dates="pyxform"`` (a form) writes number
    and date cells as pyxform reads them (``pyxform_number``, ``_pyxform_moment``). ``mark_unsaved``:
    a formula cell without a saved result holds ``UNSAVED_FORMULA`` (GDAL reads it as an empty cell)."""
    changed = []

    def rewrite(match: re.Match) -> bytes:
        prefix, attributes, value = match.groups()
        kind = _TYPE.search(attributes)
        shown: str | None
        if kind is not None and kind.group(1) == b"b":  # GDAL reads TRUE as 1: the text Excel shows, as pyxform
            shown = "TRUE" if value.strip() == b"1" else "FALSE"
        elif kind is not None and kind.group(1) != b"n":
            return match.group(0)  # text, error or ISO date cell: GDAL reads those as they are
        else:
            text = value.decode("ascii", "replace").strip()
            style = _STYLE.search(attributes)
            style_id = int(style.group(1)) if style is not None else -1  # -1: no style, no date
            dated = style_id in date_styles
            shown = None
            if dated and dates == "pyxform":
                shown = _pyxform_moment(text, since)
            elif dated:
                shown = _moment(text, since, date_styles[style_id])
            if shown is None:
                shown = pyxform_number(text) if dates == "pyxform" else shown_number(text)
                if shown is None or (not dated and shown == text and _SAFE_FOR_GDAL.match(text)):
                    return match.group(0)
        changed.append(True)
        attributes = _TYPE.sub(b"", attributes)
        return b'<%sc%s t="inlineStr"><%sis><%st>%s</%st></%sis></%sc>' % (
            prefix,
            attributes,
            prefix,
            prefix,
            shown.encode("ascii"),
            prefix,
            prefix,
            prefix,
        )

    def mark(match: re.Match) -> bytes:
        prefix, attributes, empty = match.groups()
        kind = _TYPE.search(attributes)
        if empty is not None and kind is not None and kind.group(1) == b"str":
            return match.group(0)  # a text result, saved empty
        changed.append(True)
        return b'<%sc%s t="inlineStr"><%sis><%st>%s</%st></%sis></%sc>' % (
            prefix,
            _TYPE.sub(b"", attributes),
            prefix,
            prefix,
            UNSAVED_FORMULA.encode("utf-8"),
            prefix,
            prefix,
            prefix,
        )

    result = _CELL.sub(rewrite, xml)
    if mark_unsaved:
        result = _UNSAVED.sub(mark, result)
    return result if changed else None


@contextlib.contextmanager
def readable_workbook(path, dates: str = "iso", mark_unsaved: bool = False):
    """(path for GDAL to read, whether it is a copy): an in-memory copy of the workbook whose number
    and date cells GDAL would not read exactly are text cells (``_exact_cells``), and whose texts GDAL
    would not read as Excel shows them are rewritten (``xlsx_text``), else the file itself.

    Only a workbook that passes the zip checks (no bomb, no odd member) is copied; any other is left
    to GDAL and the usual checks, which say what is wrong with it. ``dates="pyxform"`` (an XLSForm,
    whose settings may hold a version Excel turned into a date) writes number and date cells as pyxform
    reads them. ``mark_unsaved`` (a cleaning log): a formula cell whose result was never saved holds
    ``UNSAVED_FORMULA`` in the copy, not the empty text GDAL would read.
    """
    from osgeo import gdal

    from ..base.errors import CartongError
    from ..base.safe_archives import check_zip_archive

    path = Path(str(path))
    data = None
    try:
        check_zip_archive(path)
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            styles = _date_styles(archive.read(_STYLES)) if _STYLES in names else {}
            workbook = archive.read(_WORKBOOK) if _WORKBOOK in names else b""
            since = _EPOCH_1904 if re.search(rb'date1904\s*=\s*["\'](?:1|true)["\']', workbook) else _EPOCH
            parts: dict[str, bytes] = {}  # the parts rewritten, by name
            for info in archive.infolist():
                rewritten: bytes | None = None
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    # texts as Excel shows them (xlsx_text), numbers and dates as the cells hold them
                    xml = archive.read(info)
                    rewritten = shown_inline_strings(xml)
                    rewritten = _exact_cells(rewritten or xml, styles, since, dates, mark_unsaved) or rewritten
                elif info.filename == _SHARED_STRINGS:
                    rewritten = shown_strings(archive.read(info))
                if rewritten is not None:
                    parts[info.filename] = rewritten
            if parts:
                # stored, not compressed again: the copy costs a read of the file, and GDAL reads stored
                # parts fastest; above _STORED_LIMIT (memory) compressed as usual
                size = sum(info.file_size for info in archive.infolist())
                method, level = (zipfile.ZIP_STORED, None) if size <= _STORED_LIMIT else (zipfile.ZIP_DEFLATED, 6)
                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w", method, compresslevel=level) as copy:
                    for info in archive.infolist():
                        copy.writestr(
                            info.filename, parts.pop(info.filename) if info.filename in parts else archive.read(info)
                        )
                data = buffer.getvalue()
    except (CartongError, OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError, ValueError):
        data = None
    if data is None:
        yield str(path), False
        return
    target = f"/vsimem/cartong_exact_{uuid.uuid4().hex}.xlsx"
    gdal.FileFromMemBuffer(target, data)
    del data
    try:
        yield target, True
    finally:
        gdal.Unlink(target)
