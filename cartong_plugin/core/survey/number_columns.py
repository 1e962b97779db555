# SPDX-License-Identifier: GPL-3.0-or-later
"""The SQL of a typed integer, decimal or coordinate column (``TypedBuilder.add``), after its values
are checked once per distinct value.

SQLite's CAST must never guess: it reads "٣" or "１２" as 0 and caps 99999999999999999999 at
9223372036854775807, silently. So a value reaches CAST only when written with ASCII digits and in range;
digits of other scripts are read here (٣ is 3) and given to SQLite through a small lookup table;
values that are no number, or out of range, become NULL with a warning (the raw table keeps them);
and values a thousands separator could have written ("1,500", "1.000") are read as decimals, with
a warning naming them.
"""

from __future__ import annotations

import decimal
import math
import re
import unicodedata

from ..base.i18n import tr

# ASCII digits only: Python's \d also matches other scripts' digits, which SQLite reads as 0
INTEGER_TEXT = r"[+-]?[0-9]+(?:\.0*)?"
NUMBER_TEXT = r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?[0-9]*,[0-9]+"
INT64 = (-(2**63), 2**63 - 1)  # the range of SQLite's INTEGER (and of OGR's Integer64)
# a comma or point then three digits: a decimal ("1,500" is 1.5) or thousands (1500)?
_AMBIGUOUS = {True: r"[+-]?[0-9]{1,3}\.000", False: r"[+-]?[0-9]{1,3},[0-9]{3}"}


def latin_digits(text: str) -> str:
    """``text`` with the decimal digits of every script written 0-9 ("٣" -> "3", "１２" -> "12")."""
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and c.isdecimal() else c for c in text)


def _limits(column) -> tuple | None:
    if column.kind == "integer":
        return INT64
    if column.kind == "coordinate" and column.geo_part in ("latitude", "longitude"):
        limit = 90 if column.geo_part == "latitude" else 180
        return (-limit, limit)
    return None


def _value(text: str, integer: bool):
    """The number written ``text`` (a match of INTEGER_TEXT or NUMBER_TEXT); an integer of more than 30
    digits is an infinity (past any limit; Python refuses to read over 4,300 digits)."""
    if not integer:
        return float(text.replace(",", "."))
    whole = text.split(".")[0]
    if len(whole.lstrip("+-0")) > 30:
        return -math.inf if whole.startswith("-") else math.inf
    return int(whole)


def plain_numbers(distinct, integer: bool, limits: tuple | None) -> bool:
    """True when every distinct value is a plain number SQLite's CAST reads exactly (checked in C).

    Plain: ASCII digits (and for decimals ". e E + -"), no spaces or decimal commas, finite, in
    ``limits``; integers of at most 18 digits. Anything else takes the careful path, value by value.
    """
    import numpy as np

    values = distinct[distinct != ""]
    if not len(values):
        return True
    joined = "\x1f".join(values.tolist())
    if re.search(r"[^0-9\x1f-]" if integer else r"[^0-9.eE+\x1f-]", joined):
        return False
    if integer and re.search(r"[0-9]{19}", joined):  # may be past 64 bits: checked exactly, value by value
        return False
    try:  # float() per value, in C: what to_numeric accepts here, at a third of its cost
        numbers = np.asarray(values, dtype=float)
    except (ValueError, TypeError, OverflowError):
        return False
    if not np.isfinite(numbers).all():
        return False
    if limits and not integer:
        return bool(((numbers >= limits[0]) & (numbers <= limits[1])).all())
    return True


_LONG = re.compile(r"(?:[^0-9eE]*[0-9]){16}")  # 16 digits or more before any exponent


def _rounded_decimals(distinct) -> dict[str, str]:
    """{value: the double it is stored as} of the values a double cannot hold as written (more than
    15 to 17 significant digits: "6.999999999999999999" is 7.0, "9007199254740993" is 9007199254740992).
    A double's shortest text that is the same number as written is no rounding ("0.1", "1.50")."""
    import pandas as pd

    values = pd.Series(distinct, dtype=object)
    out = {}
    for value in values[values.str.len() > 15].tolist():  # 16 characters at least: the few worth a look
        if not _LONG.match(value):  # at most 15 digits: always held
            continue
        text = latin_digits(value.strip()).replace(",", ".")
        if not re.fullmatch(NUMBER_TEXT, text):
            continue
        stored = float(text)
        if math.isfinite(stored) and decimal.Decimal(repr(stored)) != decimal.Decimal(text):
            out[value] = repr(stored)
    return out


def number_sql(builder, column, ref: str, unless_empty) -> str:
    """SQL of the typed value of ``column`` (raw value ``ref``) for ``builder`` (a TypedBuilder), whose
    warnings get the values left empty or read as decimals."""
    import pandas as pd

    integer = column.kind == "integer"
    sql_type = "INTEGER" if integer else "REAL"
    limits = _limits(column)
    distinct = builder.table.distinct(column.index)
    if column.kind == "decimal":
        rounded = _rounded_decimals(distinct)
        _warn(
            builder,
            column,
            list(rounded),
            tr(
                "{file}, column {column}: {count} value(s) have more digits than a decimal of the typed table "
                "holds and were rounded there (first at row {row}: '{value}' is stored as {number}). The raw "
                "table keeps them as written."
            ),
            number=lambda value: rounded[value],
        )
    if column.kind == "decimal" and column.question is None:  # typed from its values, without a form
        _warn_whole_numbers_with_point(builder, column, distinct)
    if plain_numbers(distinct, integer, limits):
        return unless_empty(ref, f"CAST({ref} AS {sql_type})")  # the usual case, and the cheapest
    uniques = pd.Series(distinct, dtype=object)
    text = uniques.str.strip()
    latin = text.copy()
    foreign = text.str.contains(r"[^\x00-\x7f]")
    latin[foreign] = text[foreign].map(latin_digits)
    valid = latin.str.fullmatch(INTEGER_TEXT if integer else NUMBER_TEXT)
    numbers = latin.where(valid, "0").map(lambda t: _value(t, integer))
    # "1e400" is written like a number but is none: SQLite would store it as Inf
    if not integer:
        valid &= numbers.map(math.isfinite)
    outside = valid & numbers.map(lambda n: not limits[0] <= n <= limits[1]) if limits else valid & False
    bad = uniques[(text != "") & ~valid].tolist()
    builder._warn_bad(column, bad, tr("whole numbers") if integer else tr("numbers"))
    _warn(
        builder,
        column,
        uniques[outside].tolist(),
        tr(
            "{file}, column {column}: {count} value(s) are outside {low}..{high} and were left empty in the "
            "typed table (first at row {row}: '{value}'). The raw table keeps them."
        ),
        low=limits[0] if limits else "",
        high=limits[1] if limits else "",
    )
    ambiguous = valid & ~outside & latin.str.fullmatch(_AMBIGUOUS[integer])
    if ambiguous.any():
        message = (
            _point_then_zeros()
            if integer
            else tr(
                "{file}, column {column}: {count} value(s) have a comma then three digits, read as a decimal "
                "comma (first at row {row}: '{value}' is {number}). If the comma separates thousands, correct "
                "them; the raw table keeps them."
            )
        )
        read = dict(zip(uniques[ambiguous], numbers[ambiguous]))
        _warn(builder, column, list(read), message, number=lambda value: read[value])
    # other scripts' digits: read here, as SQLite cannot
    pairs = [(v, None) for v in bad + uniques[outside].tolist()]
    pairs += [(v, n) for v, n in zip(uniques[foreign & valid & ~outside], numbers[foreign & valid & ~outside])]
    if not pairs and not text.str.contains(r"[\s,]").any():
        return unless_empty(ref, f"CAST({ref} AS {sql_type})")
    cast = f"CAST(replace(trim({ref}), ',', '.') AS {sql_type})"
    if not pairs:
        return f"CASE WHEN trim({ref}) = '' THEN NULL ELSE {cast} END"
    lookup = builder._lookup(pairs, width=1)
    return (
        f"CASE WHEN trim({ref}) = '' THEN NULL WHEN {ref} IN (SELECT k FROM temp.{lookup}) "
        f"THEN (SELECT v0 FROM temp.{lookup} WHERE k = {ref}) ELSE {cast} END"
    )


def _point_then_zeros() -> str:
    return tr(
        "{file}, column {column}: {count} value(s) have a point then three zeros, read as a decimal "
        "point (first at row {row}: '{value}' is {number}). If the point separates thousands, correct "
        "them; the raw table keeps them."
    )


def _warn_whole_numbers_with_point(builder, column, distinct) -> None:
    """A column of whole numbers typed decimal from its values because some are written "1.000": in French,
    Spanish or Portuguese writing that is one thousand. Warned as a form's integer column is."""
    import pandas as pd

    raw = pd.Series(distinct, dtype=object)
    text = raw.str.strip()
    filled = text != ""
    if not text[filled].str.fullmatch(INTEGER_TEXT).all():
        return  # some value has other decimals: a column of decimals
    ambiguous = filled & text.str.fullmatch(_AMBIGUOUS[True])
    read = {value: float(number) for value, number in zip(raw[ambiguous], text[ambiguous])}
    _warn(builder, column, list(read), _point_then_zeros(), number=lambda value: read[value])


def _warn(builder, column, values: list, message: str, **extra) -> None:
    """Append ``message`` about ``values`` of ``column`` to the builder's warnings: file, column, count,
    first row and value are filled in; an ``extra`` that is a function gets the first value."""
    if not values:
        return
    series = builder.table.frame[column.index]
    hits = series.isin(values)
    first = int(hits.to_numpy().nonzero()[0][0])
    value = series.iloc[first]
    fields = {k: v(value) if callable(v) else v for k, v in extra.items()}
    builder.warnings.append(
        message.format(
            file=builder.table.source,
            column=column.header,
            count=int(hits.sum()),
            row=builder.table.file_row(first),
            value=value,
            **fields,
        )
    )
