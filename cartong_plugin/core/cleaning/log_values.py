# SPDX-License-Identifier: GPL-3.0-or-later
"""The new values of a cleaning log read as numbers, booleans and dates, never guessed silently.

Field teams write logs in Excel in their own locale and R writes its own way, so a new value may be
``1,500`` (fifteen hundred, or one and a half), ``2,5``, ``1 500``, ``TRUE`` for a choice of a
select_multiple, or ``44389`` for a date (an Excel serial day). ``decimal_mark(texts)`` finds the
log's decimal mark from the values it writes unambiguously; ``parse_number`` reads a number with it,
decides ``1,500`` by the log's mark or, for an integer column, by the column, and otherwise refuses
with a message naming the log row; ``parse_bool``, ``parse_date`` and ``parse_datetime`` do the same
for their kinds. Every refusal is a ``CartongError`` naming the row, the value and the column.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..base.errors import CartongError
from ..base.i18n import tr, trn

_SIGN = r"[+-]?"
_PLAIN_INT = re.compile(rf"{_SIGN}\d+")
_PLAIN_DECIMAL = re.compile(rf"{_SIGN}(?:\d+\.\d*|\.\d+)(?:[eE][+-]?\d+)?|{_SIGN}\d+[eE][+-]?\d+")
_SPACE_GROUPS = re.compile(rf"{_SIGN}\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:[.,]\d+)?")
_COMMA_GROUPS_POINT = re.compile(rf"{_SIGN}\d{{1,3}}(?:,\d{{3}})+\.\d+")  # 1,500.25
_POINT_GROUPS_COMMA = re.compile(rf"{_SIGN}\d{{1,3}}(?:\.\d{{3}})+,\d+")  # 1.500,25
_COMMA_GROUPS = re.compile(rf"{_SIGN}\d{{1,3}}(?:,\d{{3}}){{2,}}")  # 1,500,000
_POINT_GROUPS = re.compile(rf"{_SIGN}\d{{1,3}}(?:\.\d{{3}}){{2,}}")  # 1.500.000
_ONE_COMMA = re.compile(rf"{_SIGN}\d+,\d+")
_ONE_GROUP = re.compile(rf"{_SIGN}[1-9]\d{{0,2}}[.,]\d{{3}}")  # 1,500 or 1.500: a group or a decimal part
# Excel counts days from 1899-12-30 (its 1900 leap-year bug included); five digits are 1927 to 2173
_EXCEL_EPOCH = _dt.datetime(1899, 12, 30)
_EXCEL_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
# How GDAL reads an Excel date or date-time cell as text (FIELD_TYPES=STRING): 2026/03/05 12:30:14.400
_XLSX_DATE_CELL = re.compile(r"(\d{4})/(\d{2})/(\d{2})(?: (\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?))?")
_TRUE = ("true", "1", "yes", "vrai", "1.0")
_FALSE = ("false", "0", "no", "faux", "0.0")


def _refuse(text: str, column: str, row: int, source: str, reason: str) -> CartongError:
    where = (
        tr("Row {row} of the cleaning log {file}").format(row=row, file=source)
        if source
        else tr("Row {row} of the cleaning log").format(row=row)
    )
    return CartongError(
        tr("{where}: '{value}' is not a valid value for the field {column}: {reason}").format(
            where=where, value=text, column=column, reason=reason
        ),
        row=row,
        field=column,
    )


_MAX_REFUSED = 20


def all_refused(errors, source: str) -> CartongError:
    """One CartongError listing every refused value (by log row, at most ``_MAX_REFUSED`` and a count):
    a log is fixed in one go, not one value per run."""
    sentences = list(dict.fromkeys(str(err) for err in sorted(errors, key=lambda err: err.row or 0)))
    first = min(errors, key=lambda err: err.row or 0)
    if len(sentences) == 1:
        return CartongError(sentences[0], row=first.row, field=first.field)
    lines = sentences[:_MAX_REFUSED]
    if len(sentences) > _MAX_REFUSED:
        lines.append(tr("... and {count} more.").format(count=len(sentences) - _MAX_REFUSED))
    return CartongError(
        trn(
            "The cleaning log {file} has %n value that does not fit its field; fix these rows and apply it again:"
            "\n{rows}",
            "The cleaning log {file} has %n values that do not fit their fields; fix these rows and apply it again:"
            "\n{rows}",
            len(sentences),
        ).format(file=source, rows="\n".join(lines)),
        row=first.row,
        field=first.field,
    )


def decimal_mark(texts) -> str | None:
    """The log's decimal mark: "," or "." when the values written unambiguously (``2,5``, ``1.500,25`` /
    ``2.5``, ``1,500.25``) all use that mark; None when none does or both do."""
    commas = points = False
    for text in texts:
        text = (text or "").strip()
        if _ONE_GROUP.fullmatch(text):
            continue  # 1,500 and 1.500 say nothing about the mark
        if _POINT_GROUPS_COMMA.fullmatch(text) or _ONE_COMMA.fullmatch(text):
            commas = True
        elif _COMMA_GROUPS_POINT.fullmatch(text) or (_PLAIN_DECIMAL.fullmatch(text) and "." in text):
            points = True
    return "," if commas and not points else "." if points and not commas else None


def parse_number(
    text: str, integer: bool, *, decimal: str | None = None, column: str = "", row: int = 0, source: str = ""
):
    """``text`` as an int (``integer``) or a float, reading thousands groups and decimal commas.

    ``1,500`` / ``1.500`` (one group of three digits) are read with the log's ``decimal`` mark; without
    one, an integer column reads them as fifteen hundred and a decimal column refuses them.
    """
    value = text.strip()
    if _SPACE_GROUPS.fullmatch(value):
        value = re.sub(r"[ \u00a0\u202f]", "", value).replace(",", ".")
    elif _COMMA_GROUPS_POINT.fullmatch(value) or _COMMA_GROUPS.fullmatch(value):
        value = value.replace(",", "")
    elif _POINT_GROUPS_COMMA.fullmatch(value) or _POINT_GROUPS.fullmatch(value):
        value = value.replace(".", "").replace(",", ".")
    elif _ONE_GROUP.fullmatch(value):
        mark = value.strip("+-")[len(value.strip("+-")) - 4]
        grouped = (decimal is not None and mark != decimal) or (decimal is None and integer)
        if decimal is None and not integer:  # 1.500 is 1500 to a reviewer in Spanish, 1.5 in English
            raise _refuse(
                text,
                column,
                row,
                source,
                tr(
                    "it may be {grouped} or {decimal}; write it without a "
                    "thousands separator, with a point for decimals"
                ).format(grouped=value.replace(mark, ""), decimal=value.replace(",", ".")),
            )
        value = value.replace(mark, "") if grouped else value.replace(",", ".")
    elif _ONE_COMMA.fullmatch(value):
        value = value.replace(",", ".")
    if not (_PLAIN_INT.fullmatch(value) or _PLAIN_DECIMAL.fullmatch(value)):
        raise _refuse(text, column, row, source, tr("it is not a number"))
    number = float(value)
    if not integer:
        return number
    if not number.is_integer():
        raise _refuse(text, column, row, source, tr("the column holds whole numbers"))
    return int(value) if _PLAIN_INT.fullmatch(value) else int(number)


def parse_bool(text: str, *, column: str = "", row: int = 0, source: str = "") -> bool:
    """true/false, 1/0, yes/no (any case); anything else is refused, never read as false."""
    value = text.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise _refuse(text, column, row, source, tr("write TRUE or FALSE"))


def parse_flag(text: str, *, column: str = "", row: int = 0, source: str = "") -> int:
    """A select_multiple choice column: 1/0, or TRUE/FALSE as cleaningtools writes them."""
    return int(parse_bool(text, column=column, row=row, source=source))


def excel_serial(text: str) -> _dt.datetime | None:
    """The date-time of an Excel serial day (``44389`` -> 2021-07-13), None when ``text`` is not one."""
    value = text.strip()
    if not _EXCEL_SERIAL.fullmatch(value):
        return None
    return _EXCEL_EPOCH + _dt.timedelta(days=float(value))


def parse_date(text: str, *, column: str = "", row: int = 0, source: str = "") -> _dt.date:
    """YYYY-MM-DD (a time after it is ignored) or an Excel serial day."""
    serial = excel_serial(text)
    if serial is not None:
        return serial.date()
    try:
        return _dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise _refuse(text, column, row, source, tr("write the date as YYYY-MM-DD")) from None


def parse_datetime(text: str, *, column: str = "", row: int = 0, source: str = "") -> _dt.datetime:
    """ISO 8601 (offset kept) or an Excel serial day with its fraction of a day."""
    serial = excel_serial(text)
    if serial is not None:
        return serial.replace(microsecond=0)
    value = text.strip()
    try:
        return _dt.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        raise _refuse(text, column, row, source, tr("write the date and time as YYYY-MM-DDTHH:MM:SS")) from None


def serial_to_iso_date(text: str) -> str:
    """An Excel serial day as YYYY-MM-DD; any other text as it is (for date columns of the log itself)."""
    serial = excel_serial(text)
    return serial.date().isoformat() if serial is not None else text


def xlsx_cell_to_iso(text: str) -> str:
    """An Excel date cell as GDAL reads it (2026/03/05) as YYYY-MM-DD, a date-time cell as ISO 8601
    without an offset (Excel keeps no time zone: the apply places it in the survey's own); any other
    text as it is."""
    match = _XLSX_DATE_CELL.fullmatch(text)
    if match is None:
        return text
    year, month, day, time = match.groups()
    return f"{year}-{month}-{day}" + (f"T{time}" if time else "")
