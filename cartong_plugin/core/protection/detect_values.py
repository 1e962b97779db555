# SPDX-License-Identifier: GPL-3.0-or-later
"""The value patterns of :mod:`detect`: what the values of a column say it holds.

* most values are phone numbers (Central African Republic +236 included), e-mails, GPS strings,
  geotraces/geoshapes, attachment links, ID-like codes or long free text;
* some values of a text hold a phone number, an e-mail or a GPS position inside a sentence ("appeler
  Mariam au 70355626", "maison près du forage, GPS 4.3951859 18.6176917"): a few are enough, the
  column repeats them whatever its name;
* a pair of decimal columns looks like latitude/longitude (``coord_n``/``coord_e``, ``p1``/``p2``).

Phone numbers are local (a trunk 0 then 8 to 10 digits, Colombian and Brazilian mobiles without it),
Central African (+236) or international; digits of any script count, written 0-9 for the tests
("٠٧٧٠١٢٣٤٥٦٧" from an Arabic keyboard is 07701234567), as do the direction marks around them.

"No phone" typed as "0" (or "-", "n/a"...) is not counted as a value when the share of phone
numbers is measured: a column where half the people had no phone still holds the others' numbers.

Every row is read (:func:`tally_values`): a question added in a later version of the form is empty in
the first rows and filled further down. Each column's values are counted once per distinct value
(``Counter``), so the patterns are tested once per distinct value, however many rows repeat it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from itertools import accumulate, compress

from ..survey.number_columns import latin_digits
from .written_positions import OTHER_DIGIT, has_written_position

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_PHONE_INTERNATIONAL = re.compile(r"^(?:\+|00)\d{8,15}$")
# Central African Republic: 8 digits, mobiles 70/72/75/77, fixed 21; optional +236/00236/236
_PHONE_CAR = re.compile(r"^(?:(?:\+|00)?236)?(?:7[0257]|2[1-2])\d{6}$")
# a trunk 0 then 8 to 10 digits: 10-11 digit mobiles of Syria 09, Iraq 07[3-9], Egypt 01, Nigeria 080,
# Venezuela 04, DR Congo 08... ("00" starts an international number or a zero-padded code, not a phone)
_PHONE_LOCAL = re.compile(r"^0(?:\d{8,9}|[1-9]\d{9})$")
# mobiles written without a trunk 0: Colombia 3[0-5] + 8 digits, Brazil area code + 9 + 8 digits
_PHONE_NO_TRUNK = re.compile(r"^(?:3[0-5]\d{8}|[1-9][1-9]9\d{8})$")
# 8-digit mobiles of the Sahel and Great Lakes (Mali, Burkina Faso, Niger, Togo, Benin, Chad, Burundi) after
# their country code without "+" (22376123456); a round amount ("22375000000") is no phone. Bare 8 or 9 digits
# are also record ids, barcodes, micro-degrees or a uuid's first block: only written_local_mobile takes them.
_PHONE_EIGHT = re.compile(r"^2(?:2[3-9]|35|57)(?!\d*000$)[5-9]\d{7}$")
# a mobile written as people write it there, one separator (space or dash) throughout: "76 12 34 56"
# (8 digits), "77 486 48 26", "677 12 34 56", "6 77 12 34 56" (9 digits, Senegal, Cameroon, Guinea); not an
# amount ("75 125 500", "568 682.18"), a date ("25 02 2026") or an IP address ("88.25.73.67")
_WRITTEN_LOCAL = re.compile(
    r"^(?:[5-9]\d([ -])\d{2}\1\d{2}\1\d{2}"
    r"|[67](?:\d([ -])\d{3}\2\d{2}\2\d{2}|\d{2}([ -])\d{2}\3\d{2}\3\d{2}|([ -])\d{2}\4\d{2}\4\d{2}\4\d{2}))$"
)
# 9-digit numbers written after their country code without "+" or "00": Senegal 221, Guinea 224,
# Cameroon 237, DR Congo 243, Rwanda 250, Madagascar 261 (without the code they look like record ids)
_PHONE_CODE_NO_PLUS = re.compile(r"^(?:22[14]|237|243|250|261)[2-9]\d{8}$")
# spaces, brackets, dashes; and the direction marks a right-to-left text puts around a number
_PHONE_SEPARATORS = re.compile(r"[\s().\-/\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
# a run of digits inside a text that may be a phone number: "70 35 56 26", "+236 70355626"
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])\+?\d(?:[\s().\-]{0,2}\d){7,16}(?!\w)")
_DECIMAL = re.compile(r"-?\d*\.\d+$")  # a latitude or a ratio: its digits are no phone number
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
# The same tests as whole-value patterns, run over every distinct value at C speed (``_weight``)
_PLACEHOLDER = re.compile("^(?:" + "|".join(map(re.escape, sorted(_PLACEHOLDERS))) + "|0+)$", re.IGNORECASE)
_PHONE = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (_PHONE_INTERNATIONAL, _PHONE_CAR, _PHONE_LOCAL, _PHONE_NO_TRUNK, _PHONE_EIGHT, _PHONE_CODE_NO_PLUS)
    )
)  # on a value without its separators
_LOCATION = re.compile(f"(?:{_GPS_STRING.pattern})|(?:{_GEO_TRACE.pattern})")
_CODE = re.compile(f"(?i:{_UUID.pattern})|(?:{_ID_LIKE.pattern})")
_ID_NUMBER = re.compile(rf"(?!(?i:{_UUID.pattern}))(?!{_DATE_LIKE.pattern}){_ID_LIKE.pattern}")
_LONG_TEXT = re.compile(r"(?:\S+\s+){3}\S|.{40}", re.DOTALL)  # 4 words or more, or 40 characters
_LETTER = re.compile(r"[^\W\d_]")
# a device or account id, "collect:3327356a4152": its hexadecimal digits are no phone number
_DEVICE_ID = re.compile(r"^[a-z][\w.\-]*:[0-9a-f\-]{8,}$", re.IGNORECASE)


def _is_phone_compact(value: str) -> bool:
    """``value``, without its separators, is a phone number (digits already written 0-9); a decimal
    number is none, whatever its digits ("-31.99605811" is a latitude, not 3199605811)."""
    if _DECIMAL.match(value):
        return False
    return bool(_PHONE.fullmatch(_PHONE_SEPARATORS.sub("", value))) or written_local_mobile(value)


def written_local_mobile(value: str) -> bool:
    """An 8-digit (Sahel, Great Lakes) or 9-digit mobile starting 6 or 7 (Senegal, Cameroon, Guinea) written
    in groups without its country code: the grouping tells it from an id or an amount."""
    value = value.strip()
    return bool(_WRITTEN_LOCAL.fullmatch(value)) and not value.endswith(("000", "0 000", "0-000"))


def _is_placeholder(value: str) -> bool:
    return value.casefold() in _PLACEHOLDERS or (value.isdigit() and not value.strip("0"))


def _is_location(value: str) -> bool:
    return bool(_GPS_STRING.match(value) or _GEO_TRACE.match(value))


def _is_sequence(values: Counter) -> bool:
    """Digits-only values packed in a narrow range: record numbers (Kobo ``_id``), not phones.

    Real phone numbers of a survey spread over millions; 400 submission ids over hundreds.
    """
    count = sum(values.values())
    digits = [v for v in values if v.isdigit()]
    if count < 10 or sum(values[v] for v in digits) < count or len(digits) < 0.9 * count:
        return False  # too few to tell, not all digits, or repeated like a phone typed twice
    numbers = [int(v) for v in digits]
    return max(numbers) - min(numbers) < 50 * count


def _has_embedded_phone(value: str) -> bool:
    """A phone number inside a text with words; codes (uuid, ID-like, device ids) and bare numbers are not texts."""
    if not _LETTER.search(value) or _CODE.match(value) or _DEVICE_ID.match(value):
        return False
    for candidate in _PHONE_IN_TEXT.findall(value):
        parts = [candidate, *candidate.split()]
        if any(_is_phone_compact(part) and not _DATE_IN_TEXT.match(part) for part in parts):
            return True
    return False


def _weight(test, values: list[str], weights: list[int]) -> int:
    """How many rows hold a value passing ``test`` (a regex method or any predicate), looped in C."""
    return sum(compress(weights, map(test, values)))


_SPREAD = 20_000  # distinct values above which a "most values are..." test first looks at a spread sample


def _majority(test, values: list[str], weights: list[int], share: float) -> int:
    """How many rows hold a value passing ``test``, exact, or 0 when it is clearly below ``share`` of them.

    With many distinct values (codes, ids), one value in every few, spread over the file, is tested
    first: under half the share asked for there, the column cannot reach it and the rest is not tested.
    """
    if len(values) > _SPREAD:
        step = len(values) // _SPREAD + 1
        sample = weights[::step]
        if _weight(test, values[::step], sample) < 0.5 * share * sum(sample):
            return 0
    return _weight(test, values, weights)


def _with_latin_digits(values: Mapping[str, int]) -> Mapping[str, int]:
    """``values`` with the digits of every script written 0-9, for the pattern tests only (the layer keeps
    what was typed): an Arabic phone keyboard types "٠٧٧٠١٢٣٤٥٦٧", the number "07701234567"."""
    if all(map(str.isascii, values)):  # most columns: nothing to do, checked in C
        return values
    written: Counter = Counter()
    for value, n in values.items():
        written[latin_digits(value) if OTHER_DIGIT.search(value) else value] += n
    return written


def value_evidence(values: Mapping[str, int]) -> list[tuple[str, int, bool]]:
    """(category, matching count, embedded) of the value patterns a column follows.

    ``values``: {value: how many rows hold it} (a list is counted first). ``embedded`` is True when the
    count is of texts holding a phone number or e-mail in a sentence.
    """
    values = _with_latin_digits(values if isinstance(values, Mapping) else Counter(values))
    if not values:
        return []
    found: list[tuple[str, int, bool]] = []
    every, weights = list(values), list(values.values())
    placeholder = list(map(_PLACEHOLDER.match, every))
    real = [v for v, p in zip(every, placeholder) if not p]
    real_weights = [n for n, p in zip(weights, placeholder) if not p]
    total = sum(real_weights)
    enough = max(1, int(0.6 * total + 0.999))  # 60 % of the values, placeholders left out
    whole_numbers = all(map(str.isdigit, every))  # fid, counts, record numbers: only a phone can hide there
    for category, test in (
        ("email", _EMAIL.match),
        ("phone", _is_phone_compact),
        ("location", _LOCATION.fullmatch),
        ("attachment", _LINK.search),
    ):
        if not total or (whole_numbers and category != "phone"):
            continue
        matching = _majority(test, real, real_weights, 0.6)
        if matching >= enough and not (category == "phone" and _is_sequence(Counter(dict(zip(real, real_weights))))):
            found.append((category, matching, False))
    if whole_numbers:
        return found
    total = sum(weights)
    # codes (uuid, ids) hold no sentence; only texts with a run of 8 digits or more can hold a phone:
    # the full test runs on those alone
    texts = [(v, n) for v, n, code in zip(every, weights, map(_CODE.match, every)) if not code]
    embedded = []
    if not any(c in ("email", "phone") for c, _n, _e in found):
        digits = [(v, n) for v, n in texts if _PHONE_IN_TEXT.search(v)]
        embedded += [
            ("phone", sum(n for v, n in digits if _has_embedded_phone(v))),
            ("email", sum(n for v, n in texts if "@" in v and _EMAIL_IN_TEXT.search(v))),
        ]
    if not any(c == "location" for c, _n, _e in found):
        embedded.append(("location", sum(n for v, n in texts if has_written_position(v))))
    for category, count in embedded:
        if count >= min(EMBEDDED_MIN, total):
            found.append((category, count, True))
    distinct = len(every) / total
    enough = max(1, int(0.6 * total + 0.999))
    if total >= 10 and distinct >= 0.9:
        count = _majority(_ID_NUMBER.match, every, weights, 0.8)
        if count >= max(enough, int(0.8 * total)):
            found.append(("id_number", count, False))
    if total >= 5 and distinct >= 0.5 and not found:
        long_text = _majority(_LONG_TEXT.match, every, weights, 1 / 3)
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


def tally_values(
    columns: list[str], rows: Iterable, chunk: int = 5000, between_chunks: Callable[[], None] | None = None
) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """({column: Counter of its texts}, {column: Counter of its decimals}) over every row of ``rows``.

    ``rows`` yields mappings {column: value} or sequences aligned with ``columns``. The rows are read in
    chunks and each column counted at C speed (``Counter.update``); only the distinct values are then
    turned into text (:func:`as_text`). ``between_chunks`` is called after each chunk (it raises to stop
    the reading: a cancel).
    """
    raw: dict[str, Counter] = {c: Counter() for c in columns}
    batch: list = []

    def count(batch: list) -> None:
        if isinstance(batch[0], Mapping):
            batch = [[row.get(c) for c in columns] for row in batch]
        for column, values in zip(columns, zip(*batch)):
            try:
                raw[column].update(values)
            except TypeError:  # a list or map value (JSON fields): no pattern of ours reads them
                raw[column].update(v if isinstance(v, (str, int, float)) else None for v in values)

    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            count(batch)
            batch = []
            if between_chunks is not None:
                between_chunks()
    if batch:
        count(batch)
    texts: dict[str, Counter] = {c: Counter() for c in columns}
    numbers: dict[str, Counter] = {c: Counter() for c in columns}
    for column, counted in raw.items():
        text_counts, number_counts = texts[column], numbers[column]
        for value, n in counted.items():
            kind = type(value)
            if kind is float:
                number_counts[value] += n
                continue
            text = (value.strip() or None) if kind is str else as_text(value)
            if text is not None:
                text_counts[text] += n
    return texts, numbers


# --------------------------------------------------------------------------- coordinates in decimal columns

_MIN_COORDINATES = 5


_GPS_DECIMALS = re.compile(r"-?\d+\.\d{4,10}")  # the repr of a reading with 4 to 10 decimals


def _looks_like_coordinate(numbers: Counter, limit: float) -> bool:
    """GPS readings: 4 to 10 decimals (a ratio computed by a division has 15 or more), nearly all
    different, within ±``limit``, spread over a survey area, and not all in [0, 1] (shares, ratios).

    A few readings far off (a typo, a phone's default position) do not hide the others: the range is
    taken between the 1st and the 99th percentile.
    """
    count = sum(numbers.values())
    if count < _MIN_COORDINATES or len(numbers) < 0.9 * count or not all(map(math.isfinite, numbers)):
        return False
    ordered = sorted(numbers)
    seen = list(accumulate(map(numbers.__getitem__, ordered)))  # readings up to each value
    low = ordered[min(bisect_right(seen, 0.01 * count), len(ordered) - 1)]
    high = ordered[min(bisect_right(seen, 0.99 * count), len(ordered) - 1)]
    if abs(low) > limit or abs(high) > limit or (low >= 0 and high <= 1) or high - low > 20:
        return False
    return _weight(_GPS_DECIMALS.fullmatch, list(map(repr, numbers)), list(numbers.values())) >= 0.8 * count


_DECIMAL_TEXT = re.compile(r"-?\d{1,3}[.,]\d{4,10}")  # "4.3761916", "4,3761916": one coordinate as text


def decimal_texts(texts: Mapping[str, Mapping[str, int]]) -> dict[str, Counter]:
    """{column: Counter of its decimals} of the text columns whose values are each one decimal number, or
    a placeholder ('NA', 'N/A', '-', '0': :data:`_PLACEHOLDER`, as the phone test allows) in a few rows.

    A ``calculate`` answer is text: ``selected-at(${gps}, 0)`` gives the latitude alone in its own column
    (``if(${gps}='', 'NA', ...)`` where no fix was taken), which the decimal-pair test
    (:func:`coordinate_columns`) must see as a REAL column's readings.
    """
    found: dict[str, Counter] = {}
    for column, values in texts.items():
        decimals = {v: n for v, n in values.items() if _DECIMAL_TEXT.fullmatch(v)}
        rows, readings = sum(values.values()), sum(decimals.values())
        others = (v for v in values if v not in decimals)
        if readings >= _MIN_COORDINATES and readings >= 0.8 * rows and all(map(_PLACEHOLDER.fullmatch, others)):
            found[column] = Counter()
            for value, n in decimals.items():
                found[column][float(value.replace(",", "."))] += n
    return found


def coordinate_columns(numbers: dict[str, Counter]) -> list[str]:
    """Decimal columns that together look like latitude and longitude; [] unless there is a pair.

    ``numbers``: {column: Counter of its decimal values}. A latitude lies within ±90 and a longitude
    within ±180; one column alone is not enough (a pair is what places a home).
    """
    latitudes = [c for c, v in numbers.items() if _looks_like_coordinate(v, 90.0)]
    longitudes = [c for c, v in numbers.items() if _looks_like_coordinate(v, 180.0)]
    if not latitudes or len(set(latitudes) | set(longitudes)) < 2:
        return []
    return [c for c in numbers if c in latitudes or c in longitudes]


# --------------------------------------------------------------------------- labels that are people's names

# a name's word: letters of any script, a hyphen or apostrophe inside ("N'Gaba", "Jean-Marie")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _is_person_name(label: str) -> bool:
    """2 to 4 words, each a capital then letters (also in capitals: "ZOKOUE Aïcha"), or of Arabic letters."""
    words = label.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) and (w[0].isupper() or _arabic(w)) for w in words)


def _arabic(word: str) -> bool:
    """A word of Arabic-script letters (Arabic, Dari, Urdu: ی پ چ گ too)."""
    return all("\u0620" <= c <= "\u06ff" and c.isalpha() for c in word)


def person_name_labels(labels: Mapping[str, int]) -> tuple[int, int] | None:
    """(rows, rows with a label) when most distinct labels of a choice question look like people's names: 2 to
    4 words, each a capital then letters (any script), or Arabic letters ("Florentine Gbaya", "فاطمة الزهراء");
    else None. A select_multiple's labels are joined by ";"."""
    distinct = {part.strip() for label in labels for part in label.split(";") if part.strip()}
    named = {label for label in distinct if _is_person_name(label)}
    if not distinct or len(named) <= 0.5 * len(distinct):
        return None
    rows = sum(n for label, n in labels.items() if any(p.strip() in named for p in label.split(";")))
    return rows, sum(labels.values())


# --------------------------------------------------------------------------- names written inside texts

# a word of letters in any script, hyphens and apostrophes inside it ("Zokoué", "N'Gaba", "Jean-Marie")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NAME_MIN_LETTERS = 3


def _words(value: str) -> list[str]:
    """The words of ``value``, a hyphenated one also in its parts: a code built from a name
    ("ZOUMALDÉ-Hortense-DAMARA") holds the name's words, and "Jean-Marie" is still a word of its own."""
    words = []
    for word in _WORD.findall(value):
        word = word.casefold()
        words.append(word)
        if "-" in word:
            words += [part for part in word.split("-") if part]
    return words


def names_in_texts(samples: dict[str, Mapping[str, int]], name_columns: list[str]) -> dict[str, tuple[int, int, str]]:
    """Text columns whose sentences contain a name held by a name column of the same file.

    ``recado: "vive con Aïcha Zokoué"`` names a person whose name the file also holds under
    ``nombre``: dropping ``nombre`` alone leaves the name in the message. ``samples``: {column: {value:
    rows holding it}}. Returns {column: (values naming someone, values, the name column)}. Only values of
    two words or more count (an answer of one word equal to a family name is more often a place of the
    same name), and a word found in most values of a column is the column's own vocabulary, not a name.
    """
    names: dict[str, str] = {}  # word -> the name column it was found in
    for column in name_columns:
        for value in samples.get(column, {}):
            for word in _words(value):
                if len(word) >= _NAME_MIN_LETTERS and not _is_placeholder(word):
                    names.setdefault(word, column)
    found: dict[str, tuple[int, int, str]] = {}
    if not names:
        return found
    for column, values in samples.items():
        if column in name_columns or not values:
            continue
        sentences = [(words, n) for value, n in values.items() if len(words := _words(value)) >= 2]
        count = sum(n for _words_, n in sentences)
        if not count:
            continue
        common: set[str] = set()
        if count >= 5:  # how many values hold each word, counted once per value
            spread: Counter = Counter()
            for words, n in sentences:
                for word in set(words) & names.keys():
                    spread[word] += n
            common = {w for w, n in spread.items() if n > count // 2}
        sources: Counter = Counter()
        for words, n in sentences:
            hit = next((names[w] for w in words if w in names and w not in common), None)
            if hit is not None:
                sources[hit] += n
        if sources:
            found[column] = (sum(sources.values()), sum(values.values()), sources.most_common(1)[0][0])
    return found
