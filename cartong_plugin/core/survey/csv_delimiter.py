# SPDX-License-Identifier: GPL-3.0-or-later
"""Which delimiter splits a CSV export, decided on the sample the reader has already read.

Why not the header alone: Excel and LibreOffice save a ``;`` CSV quoting only the fields that hold
``;``, so a header of question labels ("Village, camp, or settlement;Name;...") can hold more commas
than semicolons. Read with ``,``, every record then lands whole in the first column of the raw
table. The delimiter kept is the one under which the header and the first records have the same
number of fields; when none does, the header's choice is kept and the reader says so.

GDAL's CSV driver (``raw_copy``) decides from the first line alone and GDAL 3.6 takes no delimiter
option: ``gdal_splits_alike`` says whether it would split as pandas does, so that a copy that could
only be refused by the check afterwards is not attempted.

A file with no final line break may have been cut mid-row (an interrupted download): its last record
is left out of the comparison, and ``ends_mid_row`` tells the reader whether to say so.
"""

from __future__ import annotations

import csv
import io
from itertools import islice

from ..base.i18n import tr

DELIMITERS = (";", ",", "\t", "|")
# records parsed per candidate delimiter: enough to see rows disagree, cheap (a few ms at most)
RECORDS_CHECKED = 50


def first_record(text: str) -> str:
    """The header line, up to the first newline outside quotes."""
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            return text[:index]
    return text


def detect_delimiter(header_line: str) -> str:
    """The delimiter with the most occurrences outside quotes in the header line (ties: DELIMITERS order)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _field_counts(text: str, delimiter: str, complete: bool) -> list[int] | None:
    """Fields of the header and of up to RECORDS_CHECKED records (blank ones skipped, as pandas does);
    the last record is left out when the sample may have cut it. None when csv cannot parse it."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True)
    try:
        counts = [len(record) for record in islice(reader, RECORDS_CHECKED + 2) if record]
    except csv.Error:
        return None
    if len(counts) < RECORDS_CHECKED + 2 and not complete:
        counts = counts[:-1]  # the sample ended inside or right after this record
    return counts[: RECORDS_CHECKED + 1]


def choose_delimiter(text: str, complete: bool) -> tuple[str, bool]:
    """(delimiter, agreed) for the sample ``text`` (decoded, without BOM); ``complete`` when it is the
    whole file. Among the delimiters under which every record has the header's number of fields (or
    one less, as ODK Central ends its rows), one that splits the header wins, an exact fit before one
    short, then the header's own choice. A one-column reading (the header's commas are part of its
    label) only when no record holds any delimiter. ``agreed`` is False when no delimiter fits: the
    header's choice is returned, and the caller says so."""
    usual = detect_delimiter(first_record(text))
    complete = complete and text.endswith(("\n", "\r"))  # without a final line break the last may be cut
    fields = {d: _field_counts(text, d, complete) for d in DELIMITERS}
    measured = {d: counts for d, counts in fields.items() if counts and len(counts) > 1}
    if not measured:
        return usual, True  # no record to compare with (or unparsable: pandas will say why)
    one_column = all(n == 1 for counts in measured.values() for n in counts[1:])
    best, best_key = usual, None
    for delimiter, counts in measured.items():
        header, rows = counts[0], counts[1:]
        exact = all(n == header for n in rows)
        if not exact and not all(n in (header, header - 1) for n in rows):
            continue
        if header == 1 and not one_column:
            continue  # a delimiter absent from the header "fits" rows it does not split either
        key = (header > 1, exact, delimiter == usual)
        if best_key is None or key > best_key:
            best, best_key = delimiter, key
    return best, best_key is not None


def ends_mid_row(path, data: bytes | None, encoding: str, delimiter: str) -> bool:
    """Whether the file (``path``, or ``data`` when read from memory) stops inside a value: no final
    line break and no delimiter last (a row ending with an empty value ends with it). With a short
    last row, it says the download was cut."""
    if data is not None:
        tail = data[-16:]
    else:
        with open(path, "rb") as handle:
            handle.seek(max(0, handle.seek(0, io.SEEK_END) - 16))
            tail = handle.read()
    text = tail.decode(encoding, errors="ignore") if encoding.startswith("utf-16") else tail.decode("latin-1")
    text = text.rstrip(" ")
    return bool(text) and not text.endswith(("\n", "\r", delimiter))


def cut_off_sentence(source: str, row: int) -> str:
    """What to tell the user of a file whose last row (``row``, the header being row 1) was cut."""
    return tr(
        "{file} looks cut off: its last row (row {row}) is incomplete and the file does not end with a line "
        "break, as when a download stops early. Download the export again."
    ).format(file=source, row=row)


def gdal_splits_alike(first_line: str, delimiter: str) -> bool:
    """Whether GDAL's CSV driver, which picks its delimiter from the first physical line, would use
    ``delimiter`` (checked on GDAL 3.6): ``,`` when ``,`` and ``;`` are mixed outside quotes, the one
    found when alone; without any it splits on spaces or refuses a one-column file; ``|`` never. A tab
    anywhere in the line makes GDAL compare two lines: answered False unless tab is the only one."""
    if delimiter not in ",;\t" or (delimiter != "\t" and "\t" in first_line):
        return False
    quoted, seen = False, set()
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in ",;\t":
            seen.add(char)
    if len(seen) > 1:
        return delimiter == "," and "\t" not in seen
    return seen == {delimiter}
