# SPDX-License-Identifier: GPL-3.0-or-later
"""The value patterns of :mod:`detect`: what the values of a column say it holds.

* most values are phone numbers (Central African Republic +236 included), e-mails, GPS strings,
  geotraces/geoshapes, attachment links, ID-like codes or long free text;
* some values of a text hold a phone number or an e-mail inside a sentence ("appeler Mariam au
  70355626"): a few are enough, the column repeats them whatever its name;
* a pair of decimal columns looks like latitude/longitude (``coord_n``/``coord_e``, ``p1``/``p2``).

"No phone" typed as "0" (or "-", "n/a"...) is not counted as a value when the share of phone
numbers is measured: a column where half the people had no phone still holds the others' numbers.
"""

from __future__ import annotations

import math
import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_PHONE_INTERNATIONAL = re.compile(r"^(?:\+|00)\d{8,15}$")
# Central African Republic: 8 digits, mobiles 70/72/75/77, fixed 21; optional +236/00236/236
_PHONE_CAR = re.compile(r"^(?:(?:\+|00)?236)?(?:7[0257]|2[1-2])\d{6}$")
_PHONE_LOCAL = re.compile(r"^0\d{8,9}$")
_PHONE_SEPARATORS = re.compile(r"[\s().\-/]")
# a run of digits inside a text that may be a phone number: "70 35 56 26", "+236 70355626"
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])\+?\d(?:[\s().\-]{0,2}\d){7,16}(?!\w)")
_DATE_IN_TEXT = re.compile(r"^\d{1,4}[.\-]\d{1,2}[.\-]\d{1,4}$")  # 22-04-2023 is not the phone 22042023
_GPS_STRING = re.compile(r"^-?\d{1,2}\.\d{3,}[\s,;]+-?\d{1,3}\.\d{3,}(?:\s+-?\d+(?:\.\d+)?){0,2}$")
# an ODK geotrace/geoshape: "lat lon alt acc" points joined by ";"
_GPS_POINT = r"-?\d{1,2}\.\d+\s+-?\d{1,3}\.\d+(?:\s+-?\d+(?:\.\d+)?){0,2}"
_GEO_TRACE = re.compile(rf"^{_GPS_POINT}(?:\s*;\s*{_GPS_POINT})+\s*;?$")
_LINK = re.compile(
    r"^(?:https?|ftp)://|\.(?:jpe?g|png|gif|heic|webp|bmp|tiff?|mp3|m4a|amr|ogg|oga|wav|"
    r"3gp|mp4|mov|avi|webm|pdf)$",
    re.IGNORECASE,
)
_ID_LIKE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9/\-]{5,19}$")
_UUID = re.compile(r"^(?:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
_DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# what is typed when there is no answer: "0" for "no phone", "-", "n/a"...
_PLACEHOLDERS = {"-", "--", ".", "/", "n/a", "na", "nan", "null", "none", "aucun", "ras", "nsp", "ninguno", "nenhum"}
EMBEDDED_MIN = 2  # values holding a phone number or e-mail inside a text: a leak from 2 on


def _is_phone(value: str) -> bool:
    compact = _PHONE_SEPARATORS.sub("", value)
    return bool(_PHONE_INTERNATIONAL.match(compact) or _PHONE_CAR.match(compact) or _PHONE_LOCAL.match(compact))


def _is_placeholder(value: str) -> bool:
    return value.casefold() in _PLACEHOLDERS or (value.isdigit() and not value.strip("0"))


def _is_location(value: str) -> bool:
    return bool(_GPS_STRING.match(value) or _GEO_TRACE.match(value))


def _is_sequence(values: list[str]) -> bool:
    """Digits-only values packed in a narrow range: record numbers (Kobo ``_id``), not phones.

    Real phone numbers of a survey spread over millions; 400 submission ids over hundreds.
    """
    numbers = [int(v) for v in values if v.isdigit()]
    if len(numbers) < 10 or len(numbers) < len(values) or len(set(numbers)) < 0.9 * len(numbers):
        return False  # too few to tell, not all digits, or repeated like a phone typed twice
    return max(numbers) - min(numbers) < 50 * len(numbers)


def _has_embedded_phone(value: str) -> bool:
    """A phone number inside a text with words; codes (uuid, ID-like) and bare numbers are not texts."""
    if not any(c.isalpha() for c in value) or _UUID.match(value) or _ID_LIKE.match(value):
        return False
    for candidate in _PHONE_IN_TEXT.findall(value):
        parts = [candidate, *candidate.split()]
        if any(_is_phone(part) and not _DATE_IN_TEXT.match(part) for part in parts):
            return True
    return False


def value_evidence(values: list[str]) -> list[tuple[str, int, bool]]:
    """(category, matching count, embedded) of the value patterns a column follows.

    ``embedded`` is True when the count is of texts holding a phone number or e-mail in a sentence.
    """
    if not values:
        return []
    found: list[tuple[str, int, bool]] = []
    real = [v for v in values if not _is_placeholder(v)]
    total = len(real)
    enough = max(1, int(0.6 * total + 0.999))  # 60 % of the values, placeholders left out

    def share(test, among=real) -> int:
        return sum(1 for v in among if test(v))

    for category, test in (
        ("email", _EMAIL.match),
        ("phone", _is_phone),
        ("location", _is_location),
        ("attachment", _LINK.search),
    ):
        count = share(test) if total else 0
        if total and count >= enough and not (category == "phone" and _is_sequence(real)):
            found.append((category, count, False))
    if not any(c in ("email", "phone") for c, _n, _e in found):
        for category, test in (("phone", _has_embedded_phone), ("email", _EMAIL_IN_TEXT.search)):
            count = share(test, values)
            if count >= min(EMBEDDED_MIN, len(values)):
                found.append((category, count, True))
    total = len(values)
    distinct = len(set(values)) / total
    enough = max(1, int(0.6 * total + 0.999))
    if total >= 10 and distinct >= 0.9:
        count = share(lambda v: _ID_LIKE.match(v) and not _UUID.match(v) and not _DATE_LIKE.match(v), values)
        if count >= max(enough, int(0.8 * total)):
            found.append(("id_number", count, False))
    if total >= 5 and distinct >= 0.5 and not found:
        long_text = share(lambda v: len(v.split()) >= 4 or len(v) >= 40, values)
        if long_text >= max(1, total // 3):
            found.append(("free_text", long_text, False))
    return found


def as_text(value) -> str | None:
    """A stripped string for pattern tests; None for empty, NULL, decimals, dates...

    Booleans (0/1 choice columns read by GDAL) and integers (a phone typed as a number)
    take part as text.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        text = value.strip()
        return text or None
    return None


# --------------------------------------------------------------------------- coordinates in decimal columns

_MIN_COORDINATES = 5


def _decimals(number: float) -> int:
    text = repr(number)
    if "e" in text or "." not in text:
        return 0
    return len(text.split(".", 1)[1].rstrip("0"))


def _looks_like_coordinate(numbers: list[float], limit: float) -> bool:
    """GPS readings: 4 to 10 decimals (a ratio computed by a division has 15 or more), nearly all
    different, within ±``limit``, spread over a survey area, and not all in [0, 1] (shares, ratios)."""
    if len(numbers) < _MIN_COORDINATES or any(not math.isfinite(n) or abs(n) > limit for n in numbers):
        return False
    if all(0 <= n <= 1 for n in numbers) or max(numbers) - min(numbers) > 20:
        return False
    gps_like = sum(1 for n in numbers if 4 <= _decimals(n) <= 10)
    return gps_like >= 0.8 * len(numbers) and len(set(numbers)) >= 0.9 * len(numbers)


def coordinate_columns(numbers: dict[str, list[float]]) -> list[str]:
    """Decimal columns that together look like latitude and longitude; [] unless there is a pair.

    ``numbers``: {column: its sampled decimal values}. A latitude lies within ±90 and a longitude
    within ±180; one column alone is not enough (a pair is what places a home).
    """
    latitudes = [c for c, v in numbers.items() if _looks_like_coordinate(v, 90.0)]
    longitudes = [c for c, v in numbers.items() if _looks_like_coordinate(v, 180.0)]
    if not latitudes or len(set(latitudes) | set(longitudes)) < 2:
        return []
    return [c for c in numbers if c in latitudes or c in longitudes]


# --------------------------------------------------------------------------- names written inside texts

# a word of letters in any script, hyphens and apostrophes inside it ("Zokoué", "N'Gaba", "Jean-Marie")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NAME_MIN_LETTERS = 3


def _words(value: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(value)]


def names_in_texts(samples: dict[str, list[str]], name_columns: list[str]) -> dict[str, tuple[int, int, str]]:
    """Text columns whose sentences contain a name held by a name column of the same file.

    ``recado: "vive con Aïcha Zokoué"`` names a person whose name the file also holds under
    ``nombre``: dropping ``nombre`` alone leaves the name in the message. Returns {column: (values
    naming someone, values, the name column)}. Only values of two words or more count (an answer
    of one word equal to a family name is more often a place of the same name), and a word found in
    most values of a column is the column's own vocabulary, not a name.
    """
    names: dict[str, str] = {}  # word -> the name column it was found in
    for column in name_columns:
        for value in samples.get(column, []):
            for word in _words(value):
                if len(word) >= _NAME_MIN_LETTERS and not _is_placeholder(word):
                    names.setdefault(word, column)
    found: dict[str, tuple[int, int, str]] = {}
    if not names:
        return found
    for column, values in samples.items():
        if column in name_columns or not values:
            continue
        sentences = [words for words in map(_words, values) if len(words) >= 2]
        if not sentences:
            continue
        common = (
            {w for w in names if sum(1 for words in sentences if w in words) > len(sentences) // 2}
            if len(sentences) >= 5
            else set()
        )
        sources = []
        for words in sentences:
            hit = next((names[w] for w in words if w in names and w not in common), None)
            if hit is not None:
                sources.append(hit)
        if sources:
            found[column] = (len(sources), len(values), max(set(sources), key=sources.count))
    return found
