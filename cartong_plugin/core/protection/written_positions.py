# SPDX-License-Identifier: GPL-3.0-or-later
"""A household's position typed in a text: a latitude and longitude pair in the ways people write it, in
decimals or in degrees, minutes and seconds (``detect_values`` rates a column holding such texts)."""

from __future__ import annotations

import re

from ..survey.number_columns import latin_digits

# a latitude or longitude with 4 decimals or more (10 m or finer), point or comma, not inside a longer number:
# a price "1,500" or "12.50" has fewer decimals, a date or a time too
_COORDINATE_IN_TEXT = re.compile(r"(?<!\d)(?<!\d\.)[-+]?\d{1,3}[.,]\d{4,}(?!\d)")
# between the two numbers of a pair: a few characters and no digit ("Lat: ", ", Long: ", " E", "&lon=", " | ")
_PAIR_GAP = re.compile(r"\D{0,25}")
_FAR_GAP = 80  # characters between two numbers of 5 decimals or more, digits allowed: "4.39518 (alt 350 m) 18.61769"
_LONGITUDE_FIRST = re.compile(r"(?i:lon|lng)\D{0,12}$")  # "lon 18.6176917 lat 4.3951859"
# a pair with only 4 decimals (11 m) is a position when the text says so: a word, a degree sign or a hemisphere
# letter beside a number ("N4.3612 E18.5523"); measurements ("Poids 12.3456 kg, taille 45.2345 cm") are not
_POSITION_WORDS = re.compile(
    # not "long" nor the Spanish "longitud" (a length): the named pair below reads them beside a "lat"
    r"(?i:\b(?:lat|lon|lng|latitud|latitude|longitude|gps|geo|coords?|coordinates?|coordonn\w*"
    r"|coordenad\w*|position|posição|posición|location|localisation|localização|ubicación|point|waypoint)\b)"
    r"|°|موقع|إحداث"
    r"|(?<![A-Za-z])[NSEWO]\s?(?=[-+]?\d)|(?<=\d)\s?[NSEWO](?![A-Za-z])"
)
# a latitude and a longitude each named, farther apart or with digits between ("Lat 4.3951859 (zone 3)\nLon 18.6...")
_NAMED_NUMBER = r"\W{0,6}([-+]?\d{1,3}[.,]\d{4,})(?!\d)"
_NAMED_PAIR = re.compile(
    rf"(?is:\blat(?:itude?)?\b{_NAMED_NUMBER}.{{0,80}}?\b(?:lon|lng|long)(?:gitude?)?\b{_NAMED_NUMBER})"
)
# a decimal digit of another script: Arabic-Indic ٠-٩, Persian ۰-۹, Devanagari, full-width "４"...
OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_ARABIC_DECIMAL = "\u066b"  # "٤٫٣٩٥١٨٥٩": Arabic-Indic digits and decimal separator
# degrees, minutes and seconds (or decimal minutes, 2 m or finer), twice: 4°23'20.9"N 18°35'43.7"E
_DMS = r"\d{1,3}\s*°\s*\d{1,2}\s*(?:[.,]\d{2,}\s*['′’]|['′’]\s*\d{1,2}(?:[.,]\d+)?\s*(?:[\"″”]|''))\s*[NSEWOnsewo]?"
_DMS_IN_TEXT = re.compile(rf"(?<!\d){_DMS}\s*[,;/]?\s*{_DMS}")
# the same written with spaces and hemisphere letters: 4 23 20.9 N 18 35 43.7 E
_DMS_SPACED = r"\d{1,3}\s+\d{1,2}\s+\d{1,2}(?:[.,]\d+)?\s*"
_DMS_SPACED_IN_TEXT = re.compile(rf"(?<![\d.,]){_DMS_SPACED}[NSns]\b\W{{0,3}}{_DMS_SPACED}[EWOewo]\b")


def has_written_position(value: str) -> bool:
    """A latitude and longitude pair written in a text, or in a value of its own: two numbers of 4 decimals or
    more within ±90 and ±180 (±180 and ±90 after "lon"), apart by a few characters holding no digit ("GPS
    4.3951859 18.6176917", "Lat: 4,37619 ; Long: 18,55754", "N4.36123 E18.55235", "lat=...&lon=...", an
    altitude after them), or of 5 decimals or more up to 80 characters apart, digits between allowed; or
    degrees, minutes and seconds (4°23'20.9"N 18°35'43.7"E, 4 23 20.9 N 18 35 43.7 E).
    """
    if _ARABIC_DECIMAL in value or OTHER_DIGIT.search(value):  # digits may be read as 0-9 already
        value = latin_digits(value).replace(_ARABIC_DECIMAL, ".")
    numbers = list(_COORDINATE_IN_TEXT.finditer(value))
    for first, second in zip(numbers, numbers[1:]):
        decimals = min(len(re.split("[.,]", m.group())[1]) for m in (first, second))
        near = _PAIR_GAP.fullmatch(value, first.end(), second.start())
        # farther apart, or an altitude or a zone between: two numbers as fine as a GPS fix (1 m) still are one
        if not near and not (decimals >= 5 and second.start() - first.end() <= _FAR_GAP):
            continue
        a, b = (float(m.group().replace(",", ".")) for m in (first, second))
        if _LONGITUDE_FIRST.search(value, 0, first.start()):
            a, b = b, a
        if not (abs(a) <= 90 and abs(b) <= 180 and max(abs(a), abs(b)) >= 1):  # not two ratios such as 0.2500
            continue
        if decimals >= 5 or _POSITION_WORDS.search(value, max(0, first.start() - 25), second.end() + 5):
            return True
    named = _NAMED_PAIR.search(value)
    if named and abs(float(named[1].replace(",", "."))) <= 90 and abs(float(named[2].replace(",", "."))) <= 180:
        return True
    if "°" in value and _DMS_IN_TEXT.search(value):
        return True
    return bool(_DMS_SPACED_IN_TEXT.search(value))
