# SPDX-License-Identifier: GPL-3.0-or-later
"""Date-times written without a time zone in a column whose other date-times carry one.

Kobo and ODK write a date-time with its offset (``2024-03-01T10:15:00.000+01:00``); the same answer typed
again in Excel has none (``2024-03-01 10:15``). SQLite reads a value without a zone as UTC, which put the
two an hour apart without a word. When every value with a zone has the same offset, the values without
one are read with that offset (the same survey, the same devices); when the offsets differ, they stay
UTC. Either way a warning names the column, the first such row and how many there are. One rule for every
date-time column: start, end, dateTime questions and columns inferred as date-times alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base.i18n import trn

# a date-time as SQLite's date functions read it, and its zone if any (Z, +01:00, +0100, +01); not hour 24,
# ISO's end of a day, which column_types reads apart (_ends_of_days) and Excel never writes
_STAMP = (
    r"^\s*(?P<at>[0-9]{4}-[0-9]{2}-[0-9]{2}[T ](?:[01][0-9]|2[0-3]):[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)\s*"
    r"(?P<zone>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?\s*$"
)


@dataclass(frozen=True)
class ZoneLess:
    """The distinct values of a column written without a zone, and the offset they are read with:
    that of every other value of the column when they all have the same, else "" (UTC)."""

    values: tuple[str, ...]
    offset: str  # "+01:00", or ""


def _written_offset(zone: str) -> str:
    """``zone`` (Z, +01:00, +0100, +01) as SQLite's date functions read it: +HH:MM."""
    if zone == "Z":
        return "+00:00"
    digits = zone[1:].replace(":", "")
    return f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"


def find_zone_less(distinct) -> ZoneLess | None:
    """The date-times without a zone among ``distinct`` (a column's distinct values), when others have
    one; None when the column does not mix the two."""
    import pandas as pd

    parts = pd.Series(distinct, dtype=object).str.extract(_STAMP)
    stamped = parts["at"].notna()
    zoned = parts["zone"].notna()
    if not zoned.any() or not (stamped & ~zoned).any():
        return None
    offsets = {_written_offset(zone) for zone in parts["zone"][zoned]}
    values = tuple(pd.Series(distinct, dtype=object)[(stamped & ~zoned).to_numpy()])
    return ZoneLess(values, offsets.pop() if len(offsets) == 1 else "")


def zone_less_warning(table, header: str, index: int, found: ZoneLess) -> str:
    """The sentence naming the values of column ``index`` (``header``) of ``table`` (a TextTable) written
    without a zone: their number, the first one's row, and how they were read."""
    series = table.frame[index]
    mask = series.isin(found.values)
    count, row, value = int(mask.sum()), table.first_file_row(mask), series[mask].iloc[0]
    if found.offset:
        return trn(
            "{file}, column {column}: %n date-time has no time zone while the others all have {offset} (row {row}: "
            "'{value}'); it was read with {offset} too. Check it; the raw table keeps it as written.",
            "{file}, column {column}: %n date-times have no time zone while the others all have {offset} (first at "
            "row {row}: '{value}'); they were read with {offset} too. Check them; the raw table keeps them as "
            "written.",
            count,
        ).format(file=table.source, column=header, offset=found.offset, row=row, value=value)
    return trn(
        "{file}, column {column}: %n date-time has no time zone while the others have different ones (row {row}: "
        "'{value}'); it was read as UTC. Check it; the raw table keeps it as written.",
        "{file}, column {column}: %n date-times have no time zone while the others have different ones (first at "
        "row {row}: '{value}'); they were read as UTC. Check them; the raw table keeps them as written.",
        count,
    ).format(file=table.source, column=header, row=row, value=value)
