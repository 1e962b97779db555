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

A UTF-8 file with a few lines typed later in a Windows editor (a row appended in Notepad, two teams'
files joined) is not read wholly in the code page: that turned thousands of correct names into
"HÃ©lÃ¨ne". ``not_utf8`` reads such a file line by line (``MixedLines``): UTF-8 where a line is UTF-8,
the code page its other lines take. A line with bytes above 127 that is valid UTF-8 is nearly never
text of a code page, so those lines are trusted when they are many against the others.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..base.i18n import tr, trn

WESTERN, ARABIC = "cp1252", "cp1256"
_NAMES = {WESTERN: "Windows-1252", ARABIC: "Windows-1256"}  # as Excel and Notepad name them
_BLOCK = 1024 * 1024
# the minority evidence may be this share of the majority's and the choice still be sure: a typo
# gluing an Arabic word to a Latin letter must not make a whole Arabic survey "uncertain"
_NOISE = 0.02
_JOINERS = "\u200c\u200d\u200e\u200f"  # in Windows-1256 words: zero-width (non-)joiner, direction marks
# a file is read line by line when its UTF-8 lines with accents (or another script) are at least this many
# times its lines not in UTF-8: a small minority, and evidence enough that the file was written in UTF-8
_UTF8_MAJORITY = 4
_LINES_SHOWN = 5  # the lines a warning names, before "…"


@dataclass(frozen=True)
class CodePage:
    """The code page a text was read with; ``doubt`` when the other one fitted parts of it too."""

    encoding: str  # WESTERN or ARABIC
    doubt: bool = False

    def decode(self, data: bytes) -> str:
        return data.decode(self.encoding)

    def bytes_to_read(self, data: bytes | None) -> tuple[bytes | None, str]:
        """(data, encoding) to read the file with (``data``: its bytes, or None to read it from its path)."""
        return data, self.encoding


@dataclass(frozen=True)
class MixedLines:
    """A UTF-8 file with a few lines in a code page (``mostly_utf8``): its text, each line read as it was
    written; without the UTF-8 byte order mark."""

    text: str = field(repr=False)
    code_page: str  # WESTERN or ARABIC: that of the lines not in UTF-8
    lines: tuple[int, ...]  # those lines, 1 being the file's first

    @property
    def encoding(self) -> str:
        """The encoding as the import's metadata records it."""
        return f"utf-8+{self.code_page}"

    def decode(self, _data: bytes) -> str:
        return self.text

    def bytes_to_read(self, _data: bytes | None) -> tuple[bytes | None, str]:
        """(data, encoding) to read the file with: its text in UTF-8, from memory."""
        return self.text.encode("utf-8"), "utf-8"


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


def _line_blocks(source):
    """The blocks of ``source`` (path or bytes) cut after a line's end (the last one excepted), without the
    UTF-8 byte order mark: the lines are counted alike by every pass of ``mostly_utf8``."""
    rest = b""
    for number, block in enumerate(_blocks(source)):
        joined = rest + bytes(block)
        if not number and joined.startswith(codecs.BOM_UTF8):
            joined = joined[len(codecs.BOM_UTF8) :]
        cut = joined.rfind(b"\n") + 1
        rest = joined[cut:]
        if cut:
            yield joined[:cut]
    if rest:
        yield rest


def _lines_beyond_ascii(source) -> int:
    """How many lines of ``source`` hold a byte above 127 (counted by numpy)."""
    import numpy as np

    count = 0
    for block in _line_blocks(source):
        values = np.frombuffer(block, np.uint8)
        high = np.flatnonzero(values >= 0x80)
        if len(high):
            line = np.searchsorted(np.flatnonzero(values == 0x0A), high)
            count += 1 + int(np.count_nonzero(np.diff(line)))
    return count


def _lines_not_utf8(source, most: int) -> list[tuple[int, bytes]] | None:
    """(line number, bytes) of the lines of ``source`` that are not UTF-8; None past ``most`` of them.
    A block valid as a whole is decoded at once (in C); only the others are read line by line."""
    found: list[tuple[int, bytes]] = []
    first = 1
    for block in _line_blocks(source):
        try:
            block.decode("utf-8")
        except UnicodeDecodeError:
            for number, line in enumerate(block.split(b"\n"), first):
                if line.isascii():
                    continue
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError:
                    found.append((number, line))
                    if len(found) > most:
                        return None
        first += block.count(b"\n")
    return found


_NOT_UTF8 = re.compile("[\udc80-\udcff]+")  # bytes that are not UTF-8, as errors="surrogateescape" keeps them


def _decode_mixed(line: bytes, encoding: str) -> str:
    """A line that is not wholly UTF-8: its UTF-8 runs read as UTF-8 ("Ana Pérez" beside a byte cut from an
    "é"), every other byte in the code page ``encoding`` ("Rémi" typed in Notepad), or as Latin-1 where the
    code page leaves it undefined (0x81 in Windows-1252): no byte is lost or replaced."""

    def code_page(run: re.Match) -> str:
        raw = run.group().encode("utf-8", errors="surrogateescape")
        return "".join(bytes([b]).decode(encoding if _defined(b, encoding) else "latin-1") for b in raw)

    return _NOT_UTF8.sub(code_page, line.decode("utf-8", errors="surrogateescape"))


@lru_cache(maxsize=512)
def _defined(byte: int, encoding: str) -> bool:
    try:
        bytes([byte]).decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def mostly_utf8(source) -> MixedLines | None:
    """``source`` (path or bytes, known not to be UTF-8) read line by line when it is UTF-8 but for a small
    minority of lines (see ``_UTF8_MAJORITY``): those lines in the code page ``guess_code_page`` tells from
    them alone, every other in UTF-8. None for a file that is not so (wholly in a code page, mostly ASCII
    with a few accented lines, or lines the code page cannot read)."""
    beyond_ascii = _lines_beyond_ascii(source)
    # the lines not UTF-8 are part of beyond_ascii: the UTF-8 ones are the rest
    found = _lines_not_utf8(source, most=beyond_ascii // (_UTF8_MAJORITY + 1))
    if not found:
        return None
    page = guess_code_page(b"\n".join(line for _number, line in found))
    bad = dict(found)
    pieces = []
    first = 1
    try:
        for block in _line_blocks(source):
            lines = block.split(b"\n")
            if any(number in bad for number in range(first, first + len(lines))):
                pieces.append(
                    "\n".join(
                        _decode_mixed(line, page.encoding) if number in bad else line.decode("utf-8")
                        for number, line in enumerate(lines, first)
                    )
                )
            else:
                pieces.append(block.decode("utf-8"))
            first += len(lines) - 1
    except UnicodeDecodeError:  # a byte the code page leaves undefined: not a code page's line after all
        return None
    return MixedLines("".join(pieces), page.encoding, tuple(bad))


def not_utf8(source) -> CodePage | MixedLines:
    """How to read ``source`` (path or bytes), known not to be UTF-8: line by line when it is UTF-8 but for
    a few lines (``mostly_utf8``), else wholly in the code page ``guess_code_page`` tells."""
    return mostly_utf8(source) or guess_code_page(source)


def code_page_name(encoding: str) -> str:
    """``encoding`` (WESTERN, ARABIC) as Excel and Notepad name it; another as it is."""
    return _NAMES.get(encoding, encoding)


def _mixed_lines_warning(file: str, mixed: MixedLines) -> str:
    shown = ", ".join(str(line) for line in mixed.lines[:_LINES_SHOWN])
    if len(mixed.lines) > _LINES_SHOWN:
        shown += "…"
    return trn(
        "{file} is UTF-8 except %n line, written in {encoding} (line {lines}): only that line was read as "
        "{encoding}, the rest as UTF-8. Check its accents.",
        "{file} is UTF-8 except %n lines, written in {encoding} (lines {lines}): only those lines were read as "
        "{encoding}, the rest as UTF-8. Check their accents.",
        len(mixed.lines),
    ).format(file=file, encoding=_NAMES[mixed.code_page], lines=shown)


def code_page_warning(file: str, page: CodePage | MixedLines) -> str:
    """The sentence saying ``file`` was not UTF-8, which code page read it, and how to avoid the guess; for a
    file read line by line, which lines were not UTF-8."""
    if isinstance(page, MixedLines):
        return _mixed_lines_warning(file, page)
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
