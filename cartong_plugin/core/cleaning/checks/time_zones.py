# SPDX-License-Identifier: GPL-3.0-or-later
"""The time zone of start and end times written without one, for the timing checks (``dates``).

Kobo and ODK write every time with its offset ("2026-03-25T14:05:31.000+01:00"). A time corrected by hand in
Excel loses it, whether typed ISO-like ("2026-03-25 14:10") or as the spreadsheet's locale shows it
("3/25/2026 2:10 PM", "25/03/2026 14:40"): it is the device's local time. Read as UTC it was hours off (a
too-short interview missed, a false "ends before it starts"), so it is read in the one offset the column's
other times carry, or, in an end column without any zone, in the one offset of the starts; said either way.
"""

from __future__ import annotations

import re

from ...base.i18n import tr, trn
from ..log import format_value
from ..log_times import offset_seconds
from .common import add_note
from .time_text import SPREADSHEET_DATE

ZONE = r"(?:Z|[+-]\d{2}(?::?\d{2})?)$"
_OFFSET = r"(Z|[+-]\d{2}(?::?\d{2})?)$"
_TIMED = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def layout_offset(text) -> str:
    """The one offset ("+01:00") of a column whose values are all written in one export layout, "" when it
    has none or several."""
    endings = set(text.str[-6:].unique())
    return next(iter(endings)) if len(endings) == 1 and re.fullmatch(r"[+-]\d{2}:\d{2}", *endings) else ""


def read_zone_less(text, utc, column: str, uuids, config, others=None, other: str = ""):
    """(``utc`` with the zone-less times of ``text`` read in the offset of the others, the one offset of the
    column's zoned times or ""). ``text``: the stripped values as written; ``utc``: them read, zone-less ones
    as UTC; ``others``: the Times of column ``other`` (start, for end). Said in config's notes, naming the
    first such time (``uuids``) and counting those read."""
    timed = text.str.match(_TIMED).to_numpy(dtype=bool)
    zoned = timed & text.str.contains(ZONE).to_numpy(dtype=bool)
    # a spreadsheet's date with a time is zone-less too (a spreadsheet's date alone, midnight, is no time)
    plain = (timed & ~zoned) | (text.str.fullmatch(SPREADSHEET_DATE) & text.str.contains(":")).to_numpy(dtype=bool)
    plain &= utc.notna().to_numpy()  # what could not be read is said as such, not as read in an offset
    if not zoned.any() and plain.any() and others is not None and others.offset not in ("", "+00:00"):
        # every end without a zone, every start with one: the ends are the same devices' clock
        add_note(
            config,
            tr(
                "The times of {column} have no time zone while those of {other} have {offset}: they were read in "
                "{offset}."
            ).format(column=column, other=other, offset=others.offset),
        )
        return _in_offset(utc, plain, others.offset), others.offset
    if not zoned.any():
        return utc, ""
    offsets = set(text[zoned].str.extract(_OFFSET)[0].map(_normal_offset))
    common = next(iter(offsets)) if len(offsets) == 1 else ""
    if not plain.any() or offsets == {"+00:00"}:
        return utc, common  # zone-less read as UTC, as the others
    first = plain.nonzero()[0][0]
    values = {"column": column, "uuid": format_value(uuids.iloc[first]), "value": text.iloc[first]}
    if common:
        add_note(
            config,
            trn(
                "%n time of {column} has no time zone while the others have {offset} (first: {uuid}, '{value}'): "
                "it was read in {offset}.",
                "%n times of {column} have no time zone while the others have {offset} (first: {uuid}, "
                "'{value}'): they were read in {offset}.",
                int(plain.sum()),
            ).format(offset=common, **values),
        )
        return _in_offset(utc, plain, common), common
    add_note(
        config,
        trn(
            "%n time of {column} has no time zone while the others have several (first: {uuid}, '{value}'): it "
            "was read as UTC; check its duration.",
            "%n times of {column} have no time zone while the others have several (first: {uuid}, '{value}'): "
            "they were read as UTC; check their durations.",
            int(plain.sum()),
        ).format(**values),
    )
    return utc, common


def _in_offset(utc, rows, offset: str):
    """``utc`` with the times of ``rows`` (read as UTC) read as local times of ``offset`` instead."""
    import pandas as pd

    return utc.where(~rows, utc - pd.Timedelta(seconds=offset_seconds(offset)))


def _normal_offset(offset: str) -> str:
    """ "Z", "+01", "+0100", "+01:00" as "+hh:mm"."""
    if offset == "Z":
        return "+00:00"
    digits = offset[1:].replace(":", "")
    return f"{offset[0]}{digits[:2]}:{(digits[2:] or '00')}"
