# SPDX-License-Identifier: GPL-3.0-or-later
"""The text of Excel's cells as Excel shows it, which GDAL's XLSX reader does not give.

Excel, and the xlsxwriter that Kobo's formpack exports with, write a carriage return and the control
characters XML cannot hold as ``_xHHHH_`` in a text cell (shared string, inline string, a formula's
text), and a literal ``_xHHHH_`` typed by a user as ``_x005F_xHHHH_``: ``from_xlsx_text`` decodes
them (``decoded_frame`` in a sheet read by GDAL), ``to_xlsx_text`` writes them; GDAL does neither.
A Japanese Excel keeps the phonetic guide of a text (``<rPh>`` runs, ``<phoneticPr>``) beside it, which
GDAL appends to the value ("Dan" read "Danダン"), and GDAL keeps only the first run of a rich-text
inline string: ``shown_strings`` and ``shown_inline_strings`` rewrite the XML parts GDAL reads
(``xlsx_dates.readable_workbook``'s copy) so that each text is the one Excel shows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# what Excel escapes in a cell's XML: control characters XML cannot hold, CR (an XML reader makes it LF)
_XLSX_ESCAPED = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
# an escape, or two making a character beyond U+FFFF (UTF-16 surrogates: _xD83D__xDE00_ is one emoji)
_XLSX_ESCAPE = re.compile(r"_x([dD][89abAB][0-9A-Fa-f]{2})__x([dD][c-fC-F][0-9A-Fa-f]{2})_|_x([0-9A-Fa-f]{4})_")
_XLSX_ESCAPE_CHECK = re.compile(r"_x[0-9A-Fa-f]{4}_")
# a phonetic guide (<rPh sb="0" eb="1"><t>ダン</t></rPh>) and its settings (<phoneticPr fontId="1"/>)
_PHONETIC = re.compile(
    rb"<((?:\w+:)?)rPh\b[^>]*?(?:/>|>.*?</\1rPh>)|<((?:\w+:)?)phoneticPr\b[^>]*?(?:/>|>.*?</\2phoneticPr>)", re.DOTALL
)
_INLINE = re.compile(rb"<((?:\w+:)?)is\b[^>]*>(.*?)</\1is>", re.DOTALL)
_RUN_TEXT = re.compile(rb"<((?:\w+:)?)t\b[^>]*?(?:/>|>(.*?)</\1t>)", re.DOTALL)


def to_xlsx_text(text: str) -> str:
    """A value as Excel writes it in a cell: CR and control characters as ``_xHHHH_``, a literal
    ``_xHHHH_`` as ``_x005F_xHHHH_`` (GDAL's writer would drop the characters)."""
    return _XLSX_ESCAPED.sub(lambda m: "_x005F_" if m.group() == "_" else f"_x{ord(m.group()):04X}_", text)


def from_xlsx_text(text: str) -> str:
    """A cell's text as Excel wrote it, its ``_xHHHH_`` escapes decoded (``_x000D_`` is CR, a pair of
    surrogates one character); a lone surrogate, which no text can hold, stays written as it is."""
    return _XLSX_ESCAPE.sub(_decoded, text) if "_x" in text else text


def _decoded(escape: re.Match) -> str:
    high, low, single = escape.groups()
    if high:
        return (chr(int(high, 16)) + chr(int(low, 16))).encode("utf-16", "surrogatepass").decode("utf-16")
    code = int(single, 16)
    return escape.group() if 0xD800 <= code <= 0xDFFF else chr(code)


def has_xlsx_escape(data: bytes) -> bool:
    """Whether ``data`` (a sheet as GDAL wrote it in CSV) holds an ``_xHHHH_`` escape: not any "_x" (gps_x)."""
    return b"_x" in data and re.search(rb"_x[0-9A-Fa-f]{4}_", data) is not None


def decoded_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A DataFrame of str cells read by GDAL, each decoded by ``from_xlsx_text`` (only the columns
    holding an escape are touched: a sheet of 100,000 rows rarely has one)."""
    for column in frame.columns:
        values = frame[column]
        escaped = values.str.contains(_XLSX_ESCAPE_CHECK, regex=True)  # not any "_x": gps_x, coord_x
        if escaped.any():
            frame.loc[escaped, column] = values[escaped].map(from_xlsx_text)
    return frame


def shown_strings(xml: bytes) -> bytes | None:
    """The shared strings part (``xl/sharedStrings.xml``) without its phonetic guides; None when it has none."""
    if b"rPh" not in xml and b"phoneticPr" not in xml:
        return None
    return _PHONETIC.sub(b"", xml)


def shown_inline_strings(xml: bytes) -> bytes | None:
    """A worksheet whose inline strings (``<is>``) are each one ``<t>`` holding the text Excel shows:
    without phonetic guides, rich-text runs joined. None when no inline string needs it."""
    # the usual sheet: plain inline strings or none, which GDAL reads right (found at memory speed)
    if b"<r>" not in xml and b":r>" not in xml and b"rPh" not in xml:
        return None
    changed = []

    def shown(match: re.Match) -> bytes:
        prefix, inner = match.group(1), _PHONETIC.sub(b"", match.group(2))
        runs = _RUN_TEXT.findall(inner)
        if len(runs) < 2 and inner == match.group(2):
            return match.group(0)
        changed.append(True)
        text = b"".join(run_text for _prefix, run_text in runs)
        return b'<%sis><%st xml:space="preserve">%s</%st></%sis>' % (prefix, prefix, text, prefix, prefix)

    result = _INLINE.sub(shown, xml)
    return result if changed else None
