# SPDX-License-Identifier: GPL-3.0-or-later
"""Column kinds read from the values when no XLSForm is given (``infer_kinds``, called by
``columns.plan_columns``): integer, decimal, date, date-time, geopoint, geotrace or geoshape when every
non-empty value fits, else text. Numbers with leading zeros or a "+" (phone numbers, codes) stay text,
as do columns with a code written like a number with an exponent ("1E5": shelter 1, row E, plot 5).
"""

from __future__ import annotations

import itertools
import math
import re

from .columns import ODK_META, Column
from .export_readers import TextTable

_GEOPOINT_TEXT = r"[+-]?[0-9]+(?:[.,][0-9]+)?\s+[+-]?[0-9]+(?:[.,][0-9]+)?(?:\s+[+-]?[0-9]+(?:[.,][0-9]+)?){0,2}"
# A geopoint-shaped value whose numbers may be unreadable ("NaN 18.5", "1e400 4"): it still says the
# column holds locations; the value itself costs its row the point (a warning names the row).
_GEO_TOKEN = r"[+-]?(?:[0-9]+(?:[.,][0-9]+)?(?:[eE][+-]?[0-9]+)?|[Nn][Aa][Nn]|[Ii][Nn][Ff](?:[Ii][Nn][Ii][Tt][Yy])?)"
_GEOPOINT_SHAPED = rf"{_GEO_TOKEN}\s+{_GEO_TOKEN}(?:\s+{_GEO_TOKEN}){{0,2}}"
# ODK and Kobo write coordinates with decimals; "75 64 42 12" is a phone number, not a place
_DECIMAL_LAT_OR_LON = r"\s*(?:\S*[.,][0-9]+\s+\S+|\S+\s+\S*[.,][0-9]+)(?:\s.*)?"
_SHAPED, _LAT_OR_LON = re.compile(_GEOPOINT_SHAPED), re.compile(_DECIMAL_LAT_OR_LON)


_DATETIME_TEXT = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
)


def infer_kinds(table: TextTable, columns: list[Column]) -> None:
    """Without a form: integer, decimal, date, datetime or geopoint when every non-empty value fits.

    Speed: each column's distinct values are found once (in C) and stripped, and each kind is tried
    value by value stopping at the first misfit: a text column is told apart by its first value,
    instead of matching every value of every column against every kind (as much as the whole parse).
    """
    frame = table.frame
    for column in columns:
        if column.kind != "text" or column.header in ODK_META or column.header.startswith("_"):
            continue
        uniques = _distinct_stripped(table.distinct(column.index))
        if not uniques:
            continue
        if column.header.strip().lower() in ("latitude", "lat", "longitude", "lon", "lng", "long", "x", "y"):
            part = "latitude" if column.header.strip().lower() in ("latitude", "lat", "y") else "longitude"
            column.kind, column.geo_part, column.geo_question = "coordinate", part, ""
            continue
        joined = "\x00".join(uniques)  # for searches only: whether some value holds a character
        # a geopoint holds a space: str.split finds one (or none) in C at a fraction of a regex search's cost
        spaced = joined.split(maxsplit=1) != [joined]
        if spaced and _MAYBE_GEOPOINT.search(joined) and _holds_geopoints(uniques, frame[column.index]):
            column.kind = "geopoint"
        elif ";" in joined and _all_fit(_GEOTRACE, uniques):
            column.kind = "geoshape" if all(_closed(v) for v in uniques) else "geotrace"
        elif _all_fit(_INTEGER, uniques):
            column.kind = "integer"  # leading zeros or a "+" (phone numbers, codes) stay text
        elif (
            _all_fit(_DECIMAL, uniques)
            and all(_exact_as_double(v) for v in uniques if len(v) > 16)
            and not _CODE_WITH_E.search(joined)
        ):
            column.kind = "decimal"  # so do numbers with more digits than a double holds, and codes like 1E5
        elif _all_fit(_DATE, uniques):
            column.kind = "date"
        elif _stamps(uniques) or _all_fit(_DATETIME, uniques):
            column.kind = "datetime"


_GEOTRACE = re.compile(rf"{_GEOPOINT_TEXT}(?:\s*;\s*{_GEOPOINT_TEXT})+\s*;?")
_INTEGER = re.compile(r"-?[1-9][0-9]{0,17}|0")
_DECIMAL = re.compile(r"-?(?:(?:0|[1-9][0-9]*)(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# "1E5", "12e3": digits, E, digits. No number writer spells a number so (Excel writes 1E+05, Python
# 1e+05, Java 1.0E5): it is a code (block 1, row E, plot 5) that Excel would turn into 100000
_CODE_WITH_E = re.compile(r"(?:^|\x00)[0-9]+[eE][0-9]+(?:\x00|$)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(_DATETIME_TEXT)
# Some value has a decimal next to a space, as every value _DECIMAL_LAT_OR_LON accepts has: without
# one no column is a geopoint column (a search over the joined values, not a match of each)
_MAYBE_GEOPOINT = re.compile(r"[.,][0-9]+\s|\s\S*[.,][0-9]")


def _stamps(values: list[str]) -> bool:
    """Whether every value is a date-time of one fixed layout _DATETIME accepts (Kobo's and ODK's
    stamps): checked in C, where matching each value would cost a tenth of a second per 100,000."""
    import numpy as np

    array = np.array(values, dtype=object)
    return any(fits_layout(array, layout) for layout in _STAMP_LAYOUTS)


_STAMP_LAYOUTS = ("9999-99-99T99:99:99.999+99:99", "9999-99-99T99:99:99.999Z", "9999-99-99T99:99:99")


def _exact_as_double(text: str) -> bool:
    """Whether a decimal number written ``text`` is kept whole by a double (``36.81667443333333`` is,
    ``12345678901234567890`` and ``3.14159265358979323846`` are not)."""
    from decimal import Decimal

    number = float(text)
    return math.isfinite(number) and Decimal(repr(number)) == Decimal(text)


def _distinct_stripped(values) -> list[str]:
    """The distinct non-empty values of a column of text (its distinct ``values``), stripped, in order
    of first appearance.

    Exports seldom pad their values: when no distinct value starts or ends with a space (one search
    of them joined, in C) they are used as they are, else each is stripped.
    """
    distinct = [v for v in values if isinstance(v, str)]
    joined = "\x00" + "\x00".join(distinct) + "\x00"
    # a space after a separator, in the text or in its reverse (a search with a literal start: fast)
    if _PADDED.search(joined) or _PADDED.search(joined[::-1]):
        return list(dict.fromkeys(text for text in (v.strip() for v in distinct) if text))
    return [v for v in distinct if v]


_PADDED = re.compile(r"\x00\s")


def _all_fit(pattern: re.Pattern, values: list[str]) -> bool:
    """Whether ``pattern`` matches every value whole; stops at the first that does not."""
    return all(pattern.fullmatch(value) for value in values)


def _holds_geopoints(uniques: list[str], raw) -> bool:
    """True when a column (its distinct non-empty stripped ``uniques``, and its ``raw`` Series of values
    as read) holds geopoint strings written with decimals.

    One unreadable value ("NaN", "inf", "1e400", "n/a") among many does not change what the column is:
    up to 1% of the rows (at least one) may be something else, as long as most rows are locations.
    """
    shaped = [value for value in uniques if _SHAPED.fullmatch(value)]  # compiled: cheaper than Series.str
    with_decimals = (value for value in shaped if _LAT_OR_LON.fullmatch(value))
    half = (len(shaped) + 1) // 2
    if not shaped or sum(1 for _ in itertools.islice(with_decimals, half)) < half:
        return False  # none shaped, or fewer than half with decimals (counted until half are found)
    if len(shaped) == len(uniques):
        return True
    values = raw.str.strip()
    odd_values = set(uniques) - set(shaped)
    filled = int((values != "").sum())
    odd = int(values.isin(odd_values).sum())
    return odd <= max(1, filled // 100) and filled - odd > odd


def _closed(text: str) -> bool:
    points = [p.split()[:2] for p in text.split(";") if p.strip()]
    return len(points) > 3 and points[0] == points[-1]


def fits_layout(values, layout: str) -> bool:
    """Whether every value (a numpy array of str) is ASCII written exactly as ``layout``: "9" stands for a
    digit, "+" for + or -, any other character for itself. Checked in C by numpy, without a loop."""
    import numpy as np

    width = len(layout)
    try:
        chars = values.astype(f"S{width + 1}")  # a non-ASCII value fails here; a longer one has a byte at [width]
    except UnicodeEncodeError:
        return False
    chars = chars.view(np.uint8).reshape(len(values), width + 1)
    if chars[:, width].any():
        return False
    chars = chars[:, :width]
    codes = np.frombuffer(layout.encode(), np.uint8)
    digit, sign = codes == ord("9"), codes == ord("+")
    literal = ~digit & ~sign
    # a shorter value has NUL bytes where a digit, a sign or a separator is due
    digits = chars[:, digit]
    signs = chars[:, sign]
    return bool(
        ((digits >= ord("0")) & (digits <= ord("9"))).all()
        and ((signs == ord("+")) | (signs == ord("-"))).all()
        and (chars[:, literal] == codes[literal]).all()
    )
