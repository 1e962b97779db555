# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates and times read for the timing checks, the same way on pandas 1.5 (QGIS 3.22) and 2 (QGIS 3.40).

Text is read value by value whatever its ISO 8601 form (with or without seconds, milliseconds or offset, a
space for the T, a date alone), and as day/month/year (a CSV re-saved by a French Excel) or month/day/year
(by a US one, AM/PM or not) when the column leaves no doubt (``time_text``); a time without a zone among
times with one is read in their offset (``time_zones``). pandas 2 alone would infer one format from the first
value and turn every other one into NaT; here a value that cannot be read is counted and said in a sentence
for the run's output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...base.i18n import tr, trn
from ..log import format_value
from .common import add_note, as_text
from .time_text import date_order, iso_text, spreadsheet_parts
from .time_zones import ZONE, layout_offset, read_zone_less

# ISO 8601 as surveys write it: date, then optionally time (seconds, fraction) and zone
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?")


@dataclass
class Times:
    """A column read as instants and calendar days."""

    utc: Any  # pandas Series of UTC timestamps, NaT where blank, unreadable or a date without a time
    days: Any  # numpy datetime64[D] array: the day as written (the device's own), NaT where unknown
    offset: str = ""  # the one offset its times carry ("+01:00"), "" when none or several


_DATE_ALONE = r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"


def read_times(df, column: str, config, others: Times | None = None, other: str = "") -> Times:
    """``df[column]`` (typed date-times or text) as Times; what could not be read is said in config's notes,
    naming the column and the first submission (config.uuid_column). ``others``: the Times of column ``other``
    (start, for end): a column whose times all lack a zone is read in the one offset of those."""
    import numpy as np
    import pandas as pd

    series = df[column]
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        utc = series.dt.tz_localize("UTC") if series.dt.tz is None else series.dt.tz_convert("UTC")
        _say_blank(config, column, utc.isna().to_numpy())
        return Times(utc, utc.dt.tz_localize(None).to_numpy().astype("datetime64[D]"))  # the UTC day
    text = as_text(series).str.strip()
    filled = text.ne("").to_numpy()
    _say_blank(config, column, ~filled)
    uuids = df[config.uuid_column] if config.uuid_column in df.columns else pd.Series(range(1, len(df) + 1))
    one_layout = _one_layout(text, filled) is not None
    utc, canonical, unclear, orders = _parse(text, filled)
    if one_layout:  # every value written alike: its one offset, if it has one
        offset = layout_offset(text)
    else:  # not every value written alike: some may lack the zone
        utc, offset = read_zone_less(text, utc, column, uuids, config, others, other)
    # a date alone among times (not in one export layout, which has a time): midnight UTC is no time, the
    # durations would be hours off
    date_only = np.zeros(len(text), dtype=bool)
    if not one_layout:
        # ISO, or as a spreadsheet writes it (25/03/2026, 3/25/2026): the same date without its time
        date_only = filled & text.str.fullmatch(_DATE_ALONE).to_numpy(dtype=bool)
    if date_only.any() and not date_only[filled].all():
        rows = date_only.nonzero()[0]
        add_note(
            config,
            trn(
                "%n value of {column} is a date without a time (first: {uuid}, '{value}'): its interview was "
                "checked for the collection period only.",
                "%n values of {column} are dates without a time (first: {uuid}, '{value}'): their interviews were "
                "checked for the collection period only.",
                len(rows),
            ).format(column=column, uuid=format_value(uuids.iloc[rows[0]]), value=text.iloc[rows[0]]),
        )
        utc = utc.where(~date_only)
    unread = filled & utc.isna().to_numpy() & ~date_only  # a date alone is said above, not as unread
    for order, first in orders:
        _say_order(config, column, order, first)
    if (unread & unclear).any():
        rows = (unread & unclear).nonzero()[0]
        add_note(
            config,
            trn(
                "%n date of {column} is not an ISO date (YYYY-MM-DD) and could not be read as day/month/year "
                "without doubt (first: {uuid}, '{value}'): its interview was not checked for duration, "
                "collection period or bursts. Export the data again from the server, or write the dates "
                "YYYY-MM-DD.",
                "%n dates of {column} are not ISO dates (YYYY-MM-DD) and could not be read as day/month/year "
                "without doubt (first: {uuid}, '{value}'): their interviews were not checked for duration, "
                "collection period or bursts. Export the data again from the server, or write the dates "
                "YYYY-MM-DD.",
                len(rows),
            ).format(column=column, uuid=format_value(uuids.iloc[rows[0]]), value=text.iloc[rows[0]]),
        )
    if (unread & ~unclear).any():
        rows = (unread & ~unclear).nonzero()[0]
        add_note(
            config,
            trn(
                "%n value of {column} could not be read as a date (first: {uuid}, '{value}'): its interview "
                "was not checked for duration, collection period or bursts. Write it YYYY-MM-DD or "
                "YYYY-MM-DDThh:mm:ss, as Kobo and ODK export dates.",
                "%n values of {column} could not be read as dates (first: {uuid}, '{value}'): their interviews "
                "were not checked for duration, collection period or bursts. Write them YYYY-MM-DD or "
                "YYYY-MM-DDThh:mm:ss, as Kobo and ODK export dates.",
                len(rows),
            ).format(column=column, uuid=format_value(uuids.iloc[rows[0]]), value=text.iloc[rows[0]]),
        )
    days = _days(canonical.str[:10].where(utc.notna() | pd.Series(date_only, index=utc.index), None))
    return Times(utc, days, offset)


def _say_order(config, column: str, order: str, first: str) -> None:
    """Say that the dates of ``column`` were read day/month/year or month/day/year (``order``: "day" or
    "month", "" when they are ISO), with the ``first`` value so read."""
    if order == "day":
        add_note(
            config,
            tr(
                "The dates of {column} are written day/month/year (first: '{value}'), not YYYY-MM-DD: they were "
                "read so."
            ).format(column=column, value=first),
        )
    elif order == "month":
        add_note(
            config,
            tr(
                "The dates of {column} are written month/day/year (first: '{value}'), not YYYY-MM-DD: they were "
                "read so."
            ).format(column=column, value=first),
        )


def _say_blank(config, column: str, blank) -> None:
    """An interview without its start or end time is not checked for timing: said, never skipped silently
    (an import that could not type a French Excel's dates leaves them empty in the survey table)."""
    if blank.any():
        add_note(
            config,
            trn(
                "%n interview has no {column} time: it was not checked for duration, collection period or bursts.",
                "%n interviews have no {column} time: they were not checked for duration, collection period or bursts.",
                int(blank.sum()),
            ).format(column=column),
        )


def iso_text_to_utc(text):
    """A Series of ISO 8601 texts (None for NULL) as UTC timestamps, each value read whatever its form (NaT
    where it is none): for GeoPackage date-times whose zone a reader dropped."""
    text = text.where(text.notna(), "").astype(str).str.strip()
    return _parse(text, text.ne("").to_numpy())[0]


def text_days(text):
    """The day of each text of ``text`` (a Series, '' or None for blank) as written: ISO 8601, or
    day/month/year or month/day/year when the values leave no doubt; numpy datetime64[D], NaT where that
    cannot be read."""
    text = text.where(text.notna(), "").astype(str).str.strip()
    utc, canonical, _, _ = _parse(text, text.ne("").to_numpy())
    return _days(canonical.str[:10].where(utc.notna(), None))


def _parse(text, filled):
    """(UTC Series, canonical ISO text Series, mask of the day/month/year values left unread because the
    column leaves a doubt, [(each order they were read in: "day" or "month", the first value so read)]) of
    stripped ``text`` ('' for blank); ``filled``: not blank."""
    import numpy as np

    text = _latin_digits(text)  # "٢٠٢٦-٠٢-٢٥T١٠:٠٨" typed on an Arabic keyboard: its day too
    fast = _one_layout(text, filled)
    if fast is not None:
        return fast, text.where(fast.notna(), None), np.zeros(len(text), dtype=bool), []
    iso = filled & text.str.fullmatch(_ISO, na=False).to_numpy(dtype=bool)
    canonical = text.where(iso, None)
    other = filled & ~iso
    unclear = np.zeros(len(text), dtype=bool)
    orders: list[tuple[str, str]] = []
    if other.any():
        parts = spreadsheet_parts(text[other])
        shaped = parts[0].notna().to_numpy()
        at, found = np.flatnonzero(other)[shaped], parts[shaped]
        # AM/PM times beside 24-hour ones came from another spreadsheet (another locale): each kind settles
        # its own order, so US rows among French ones are not read day first (nor left unsaid)
        twelve = found[7].ne("").to_numpy()
        for kind in (twelve, ~twelve) if twelve.any() and not twelve.all() else (np.ones(len(found), bool),):
            rows, group = at[kind], found[kind]
            written = date_order(group[0].astype(int), group[1].astype(int))
            if written:
                if written not in dict(orders):
                    orders.append((written, text.iloc[rows[0]]))
                canonical.iloc[rows] = iso_text(group, written).to_numpy()
            else:
                unclear[rows] = True
    return _to_utc(canonical), canonical, unclear, orders


# The layouts Kobo and ODK export every value in: a column all in one of them is read in one pass (C speed),
# without the value-by-value path below (a tenth of a second per 100,000 values).
_EXPORT_LAYOUTS = (
    "9999-99-99T99:99:99.999+99:99",
    "9999-99-99T99:99:99.999Z",
    "9999-99-99T99:99:99+99:99",
    "9999-99-99T99:99:99Z",
)


def _one_layout(text, filled):
    """UTC timestamps of ``text`` when every value is written in one export layout, else None; an invalid
    date (2026-02-30) is NaT, said unread as on the value-by-value path."""
    import pandas as pd

    from ...survey.column_inference import fits_layout

    if not len(text) or not filled.all():
        return None
    values = text.to_numpy(dtype=object)
    if any(fits_layout(values, layout) for layout in _EXPORT_LAYOUTS):
        # one layout: pandas 2's format taken from the first value fits every value (its ISO path, in C;
        # an explicit format with a literal Z is ten times slower)
        return pd.to_datetime(text, errors="coerce", utc=True)
    return None


def _latin_digits(text):
    """``text`` with the digits of every script written 0-9 (values already ASCII untouched)."""
    ascii_only = text.map(str.isascii)
    if ascii_only.all():
        return text
    from ...survey.number_columns import latin_digits

    return text.where(ascii_only, text.map(latin_digits))


def _to_utc(canonical):
    """ISO texts (None elsewhere) as UTC timestamps; texts without a zone are taken as UTC."""
    import pandas as pd

    index, canonical = canonical.index, canonical.reset_index(drop=True)  # by position, whatever the index
    given = canonical.notna().to_numpy()
    zoned = given & canonical.str.contains(ZONE, na=False).to_numpy(dtype=bool)
    parts = []
    # zoned and plain apart: pandas 2.2 gives a plain value the offset of the zoned value before it
    for group in (zoned, given & ~zoned):
        if group.any():
            values = canonical[group]
            parsed = _iso_to_datetime(values)
            retry = parsed.isna()
            if retry.any():  # 10:00:00,5 and "10:00 +01:00": ISO too, not for pandas 2's ISO8601 parser
                fixed = values[retry].str.replace(",", ".", regex=False).str.replace(r"\s+(?=[Z+-])", "", regex=True)
                parsed = parsed.where(~retry, _iso_to_datetime(fixed))  # Series of one dtype: no casting
            parts.append(parsed)
    if not parts:
        return pd.Series(pd.NaT, index=index, dtype="datetime64[ns, UTC]")
    return pd.concat(parts).reindex(canonical.index).set_axis(index)


def _iso_to_datetime(values):
    """UTC timestamps of ISO 8601 texts, NaT where invalid (2026-02-30)."""
    import pandas as pd

    if int(pd.__version__.split(".")[0]) >= 2:
        return pd.to_datetime(values, format="ISO8601", errors="coerce", utc=True)
    return pd.to_datetime(values, errors="coerce", utc=True)  # pandas 1.5 reads each value on its own


def _days(text):
    """YYYY-MM-DD texts (None elsewhere) as a numpy datetime64[D] array."""
    import pandas as pd

    return pd.to_datetime(text, format="%Y-%m-%d", errors="coerce").to_numpy().astype("datetime64[D]")
