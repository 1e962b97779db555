# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates and times as spreadsheets write them, turned into ISO 8601 text for ``dates``.

A CSV re-saved by Excel writes start and end as its locale shows them: day/month/year (French),
month/day/year (US), on a 24-hour clock ("25/03/2026 14:05") or a 12-hour one with AM/PM ("3/25/2026
2:05:31 PM", "03/25/2026 02:05:31 p.m."). Which number is the day is decided for the whole column
(``date_order``), for its AM/PM values and its 24-hour ones apart when it has both (two spreadsheets,
two locales); a 12-hour time is read 12 AM as midnight and 12 PM as noon, hours 1 to 12 only.
"""

from __future__ import annotations

# n/n/yyyy, then optionally a time hh:mm[:ss[.fff]] and AM/PM (a.m./p.m., any case, a space or none before it)
SPREADSHEET_DATE = (
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([AaPp])\.?\s?[Mm]\.?)?)?"
)


def spreadsheet_parts(text):
    """The numbers of each value of ``text`` (a Series of stripped texts) written as SPREADSHEET_DATE: a
    DataFrame of texts, columns 0-2 the date's three numbers, 3-6 hour, minute, second and fraction ("0",
    "00", "00", "0" when absent), 7 "a" or "p" ("" on a 24-hour clock); NaN in column 0 where the value has
    another shape."""
    parts = text.str.extract(f"^{SPREADSHEET_DATE}$")
    return parts.fillna({3: "0", 4: "00", 5: "00", 6: "0", 7: ""})


def date_order(first, second) -> str:
    """How a column writes its n/n/yyyy dates, from their first and second numbers (Series of int): "day"
    (day/month/year) when some first number is above 12 and no second one, "month" (month/day/year) the other
    way round, "" when the column leaves a doubt (each order possible, or neither)."""
    if (first > 12).any() and (second <= 12).all():
        return "day"
    if (second > 12).any() and (first <= 12).all():
        return "month"
    return ""


def iso_text(parts, order: str):
    """ISO 8601 texts (YYYY-MM-DDThh:mm:ss.f, no zone) of ``parts`` (rows of ``spreadsheet_parts`` with a
    date) read in ``order`` ("day" or "month" first); None where an AM/PM hour is not 1 to 12."""
    day, month = (parts[0], parts[1]) if order == "day" else (parts[1], parts[0])
    hour = _hour_of_day(parts[3], parts[7].str.lower())
    text = (
        parts[2]
        + "-"
        + month.str.zfill(2)
        + "-"
        + day.str.zfill(2)
        + "T"
        + hour.fillna("00").str.zfill(2)
        + ":"
        + parts[4]
        + ":"
        + parts[5]
        + "."
        + parts[6]
    )
    return text.where(hour.notna(), None)


def _hour_of_day(hour, half):
    """Hours (texts) on a 24-hour clock from ``hour`` and ``half`` ("a", "p" or "" for a 24-hour clock):
    12 AM is 00, 12 PM is 12, 1 PM is 13; NaN where an AM/PM hour is not 1 to 12 ("13:05 PM", "0:30 AM")."""
    number = hour.astype(int)
    twelve = half.ne("")
    # 12 AM is 0, 12 PM is 12: the hour modulo 12, plus 12 after noon
    converted = (number % 12 + half.eq("p").astype(int) * 12).astype(str)
    readable = ~twelve | number.between(1, 12)
    return hour.where(~twelve, converted).where(readable)
