# SPDX-License-Identifier: GPL-3.0-or-later
"""Which single-byte code page a CSV that is not UTF-8 was saved in: Windows-1252 (Excel's "CSV" on a
French, Spanish, Portuguese or English Windows) or Windows-1256 (the same on an Arabic Windows).

Both read any bytes (nearly) without an error, so only the text can tell them apart. In Arabic every
word is a run of bytes above 127, bounded by spaces or punctuation, whose Windows-1256 reading is Arabic
letters; in French, Spanish or Portuguese an accented letter sits beside ASCII letters ("Bégoua",
"São Tomé", "niño"). Windows-1256 keeps the lowercase French accents (é è à ç ê...) where Windows-1252
has them, so only the other accented letters beside ASCII letters speak for Windows-1252. The whole
file is counted, in blocks, by numpy. ``code_page_warning`` says which was used and how to avoid the
guess; when both kinds of text are found, it says the choice is uncertain.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..base.i18n import tr

WESTERN, ARABIC = "cp1252", "cp1256"
_NAMES = {WESTERN: "Windows-1252", ARABIC: "Windows-1256"}  # as Excel and Notepad name them
_BLOCK = 1024 * 1024
# the minority evidence may be this share of the majority's and the choice still be sure: a typo
# gluing an Arabic word to a Latin letter must not make a whole Arabic survey "uncertain"
_NOISE = 0.02
_JOINERS = "\u200c\u200d\u200e\u200f"  # in Windows-1256 words: zero-width (non-)joiner, direction marks


@dataclass(frozen=True)
class CodePage:
    """The code page a text was read with; ``doubt`` when the other one fitted parts of it too."""

    encoding: str  # WESTERN or ARABIC
    doubt: bool = False


@lru_cache(maxsize=1)
def _tables():
    """Per byte value: ASCII letter; Arabic letter, and Latin letter, in Windows-1256; a letter in
    Windows-1252 that Windows-1256 reads otherwise (é is é in both, ñ is an Arabic vowel mark)."""
    import numpy as np

    def arabic(char: str) -> bool:
        return "\u0600" <= char <= "\u06ff" or char in _JOINERS

    ascii_letter = np.zeros(256, bool)
    letter, latin, accent = (np.zeros(256, bool) for _ in range(3))
    for byte in range(256):
        ascii_letter[byte] = chr(byte).isascii() and chr(byte).isalpha()
        if byte < 0x80:
            continue
        char = bytes([byte]).decode(ARABIC)
        letter[byte] = arabic(char) and unicodedata.category(char).startswith("L")
        latin[byte] = char.isalpha() and not arabic(char)
        try:
            western = bytes([byte]).decode(WESTERN)
        except UnicodeDecodeError:  # five bytes Windows-1252 leaves undefined
            continue
        # a direction mark beside a Latin name is Arabic writing (þ and ý are no fr/es/pt letters)
        accent[byte] = western.isalpha() and western != char and char not in _JOINERS
    return ascii_letter, letter, latin, accent


def _blocks(source):
    """``source`` (a path, or bytes) in blocks: a large file is never held whole, bytes are not copied."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = memoryview(source)
        for start in range(0, len(data), _BLOCK):
            yield data[start : start + _BLOCK]
        return
    with open(Path(str(source)), "rb") as handle:
        yield from iter(lambda: handle.read(_BLOCK), b"")


def _evidence(block) -> tuple[int, int]:
    """(bytes of Arabic words, bytes of Latin accented letters Windows-1256 would read otherwise) of ``block``."""
    import numpy as np

    ascii_letter, letter, latin_letter, accent = _tables()
    values = np.frombuffer(block, np.uint8)
    at = np.flatnonzero(values >= 0x80)  # only these bytes and their neighbours are looked at
    if not len(at):
        return 0, 0
    high = values[at]
    padded = np.concatenate(([0], values, [0]))  # the neighbours of the block's first and last bytes
    before, after = ascii_letter[padded[at]], ascii_letter[padded[at + 2]]
    # runs of bytes above 127: a word of a right-to-left script, or accents inside a Latin word
    first = np.concatenate(([True], np.diff(at) != 1))
    starts = np.flatnonzero(first)
    ends = np.concatenate((starts[1:], [len(at)]))
    # a word: two Arabic letters at least, no Latin one (« » … may cling to it), not inside a Latin word
    letters = np.concatenate(([0], np.cumsum(letter[high])))
    latins = np.concatenate(([0], np.cumsum(latin_letter[high])))
    words = (
        ~before[starts] & ~after[ends - 1] & (letters[ends] - letters[starts] >= 2) & (latins[ends] == latins[starts])
    )
    latin = (before | after) & accent[high]
    return int((ends - starts)[words].sum()), int(latin.sum())


def guess_code_page(source) -> CodePage:
    """The code page of ``source`` (a file's path or its bytes), known not to be UTF-8: Windows-1256 when
    its text is Arabic words, else Windows-1252; ``doubt`` when both kinds of text weigh."""
    arabic = latin = 0
    for block in _blocks(source):
        words, accents = _evidence(block)
        arabic += words
        latin += accents
    if not arabic:
        return CodePage(WESTERN)
    encoding = ARABIC if arabic >= latin else WESTERN
    return CodePage(encoding, doubt=min(arabic, latin) > _NOISE * max(arabic, latin))


def code_page_warning(file: str, page: CodePage) -> str:
    """The sentence saying ``file`` was not UTF-8, which code page read it, and how to avoid the guess."""
    if page.doubt:
        return tr(
            "{file} is not UTF-8, and its text could be Windows-1252 (Excel in French, Spanish, Portuguese or "
            "English) as well as Windows-1256 (Excel in Arabic): it was read as {encoding}. Check its text, or "
            "save it again as 'CSV UTF-8' in Excel and use that file."
        ).format(file=file, encoding=_NAMES[page.encoding])
    if page.encoding == ARABIC:
        return tr(
            "{file} is not UTF-8: it was read as Windows-1256 (Excel in Arabic). Check its text; to avoid this "
            "guess, save it again as 'CSV UTF-8' in Excel."
        ).format(file=file)
    return tr(
        "{file} is not UTF-8: it was read as Windows-1252 (Excel in French, Spanish, Portuguese or English). "
        "Check its accents; to avoid this guess, save it again as 'CSV UTF-8' in Excel."
    ).format(file=file)
