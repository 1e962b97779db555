# SPDX-License-Identifier: GPL-3.0-or-later
"""Guards against hostile files, shared by every reader and writer of the toolkit.

Survey exports travel by e-mail, USB sticks and shared drives; a file may have been
crafted or simply edited by hand. This module:

* neutralises spreadsheet formulas in cells written to CSV/XLSX (CSV injection):
  :func:`neutralise_cell`, :func:`neutralise_row`;
* turns any text into a safe file name and keeps outputs inside the chosen folder:
  :func:`sanitise_filename`, :func:`unique_filename`, :func:`free_path`, :func:`ensure_inside`,
  :func:`safe_output_path`;
* escapes text for rich-text widgets so SVG/HTML typed in a survey is shown, never run:
  :func:`plain_text`;
* says what a file really is when its name lies (random bytes named .csv, a PDF named .xlsx):
  :func:`content_kind`, :func:`describe_content`.

Zip archives (zip slip, links, passwords, zip bombs, damaged archives) and what an XLSX holds
(external links, formulas) are checked by ``safe_archives``.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from pathlib import Path

from .errors import CartongError
from .i18n import tr

# --------------------------------------------------------------------------- CSV/XLSX cells

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# A plain number ("-12", "+3.5", "1e-3") cannot run anything; keep it a number for Excel.
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def neutralise_cell(value):
    """Return ``value`` made safe for a CSV/XLSX cell that a spreadsheet will open.

    A text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be
    run as a formula by Excel/LibreOffice (CSV injection); it gets a leading apostrophe,
    the OWASP advice, which spreadsheets show as text. Plain numbers ("-12.5") and
    non-text values are returned unchanged. Use it when WRITING CSV (essential: every
    spreadsheet evaluates it) and XLSX (defence in depth: GDAL writes text cells, but a
    copy may be re-saved as CSV), never on the data kept in the GeoPackage.
    """
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def neutralise_row(values):
    """:func:`neutralise_cell` applied to every value of a row (list, tuple or dict)."""
    if isinstance(values, dict):
        return {key: neutralise_cell(value) for key, value in values.items()}
    return [neutralise_cell(value) for value in values]


def write_neutralised_csv(path, header, rows, delimiter: str = ",", encoding: str = "utf-8-sig") -> None:
    """Write ``header`` and ``rows`` to ``path`` as CSV, every cell through :func:`neutralise_cell`.

    UTF-8 with BOM by default, so Excel shows accents. Not atomic by itself: call it on
    the temporary path of :func:`~cartong_plugin.core.base.atomic.atomic_output`.
    """
    import csv

    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(neutralise_row(list(header)))
        for row in rows:
            writer.writerow(neutralise_row(list(row)))


# --------------------------------------------------------------------------- file names

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
MAX_FILENAME_LENGTH = 120


def sanitise_filename(name: str, default: str = "output") -> str:
    """Return ``name`` as a file name valid and harmless on Windows, macOS and Linux.

    Use it for every file name built from data (P-codes, admin names, form titles, server
    names). Path separators, control characters and ``<>:"|?*`` become ``_``; leading dots
    and trailing dots/spaces go (no hidden files, no ``..``); reserved Windows names
    (``CON``, ``NUL``, ``COM1``...) get a ``_`` prefix; the name is kept to 120 characters
    with its extension: a longer one is cut and ends with 8 characters of a hash of the
    whole name, so two long names that differ only at the end stay different. Accented
    letters are kept (NFC). Empty -> ``default``.
    """
    original = unicodedata.normalize("NFC", str(name or ""))
    text = _UNSAFE_CHARS.sub("_", original)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = text.lstrip("._") or default
    stem, dot, ext = text.rpartition(".")
    if not dot or not stem:
        stem, ext = text, ""
    if stem.split(".")[0].strip().upper() in _WINDOWS_RESERVED:
        stem = "_" + stem
    ext = ext[:16]
    room = MAX_FILENAME_LENGTH - len(ext) - 1
    if len(stem) > room:
        digest = hashlib.sha1(original.encode("utf-8")).hexdigest()[:8]
        stem = stem[: room - len(digest) - 1].rstrip(" .") + "-" + digest
    stem = stem or default
    return f"{stem}.{ext}" if ext else stem


def unique_filename(name: str, taken: set) -> str:
    """``name``, or ``name_2``, ``name_3``... the first not in ``taken`` (compared without case, as
    Windows and macOS do); the name returned is added to ``taken``."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, dot, ext = name, "", ""
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate, number = f"{stem}_{number}{dot}{ext}", number + 1
    taken.add(candidate.casefold())
    return candidate


def free_path(path) -> Path:
    """``path``, or ``<stem>_2<suffix>``, ``_3``... the first that names no existing file (nor a broken
    link). For a file the toolkit writes beside the one the user chose, under a name the user never
    typed: whatever already has that name (a survey, an input, an earlier result) is never replaced."""
    import os

    path = Path(path)
    candidate, number = path, 2
    while os.path.lexists(candidate):
        candidate, number = path.with_name(f"{path.stem}_{number}{path.suffix}"), number + 1
    return candidate


def ensure_inside(folder, path) -> Path:
    """Return ``path`` resolved; raise CartongError unless it lies inside ``folder``.

    Both are resolved the same way, a relative one against the current folder: ``path`` is a full
    path (``folder / name``), not a name to join to ``folder`` (``rel/rel/x.gpkg`` for ``rel/x.gpkg``).
    Symbolic links are resolved first, so a link pointing outside is refused too.
    """
    root = Path(folder).resolve()
    resolved = Path(path).resolve()
    if resolved != root and root not in resolved.parents:
        raise CartongError(
            tr("The output {path} would be written outside the chosen folder {folder}; nothing was written.").format(
                path=path, folder=root
            ),
            path=str(path),
        )
    return resolved


def safe_output_path(folder, name: str, default: str = "output") -> Path:
    """``folder / sanitise_filename(name)``, checked to stay inside ``folder``."""
    return ensure_inside(folder, Path(folder) / sanitise_filename(name, default))


# --------------------------------------------------------------------------- UI text


def plain_text(value, max_length: int | None = None) -> str:
    """Text of a survey value, escaped for any widget that may interpret rich text.

    QLabel, tooltips, QTextBrowser and message bars render HTML when they guess it; a
    field holding ``<svg onload=...>`` or ``<script>`` must be shown as those characters.
    Prefer ``Qt.TextFormat.PlainText`` on labels; use this where that is not possible.
    """
    text = "" if value is None else str(value)
    if max_length is not None and len(text) > max_length:
        text = text[:max_length] + "…"
    return html.escape(text, quote=True)


# --------------------------------------------------------------------------- what a file is

_SIGNATURES = (  # first bytes -> what the file is, for messages about a file that is not what its name says
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"%PDF", "pdf"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"SQLite format 3\x00", "sqlite"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
)


_MEDIA_SIGNATURES = (  # the photos, recordings and videos a survey attaches, besides the files above
    (b"RIFF", "riff"),  # WAV, WebP, AVI
    (b"OggS", "ogg"),
    (b"\x1a\x45\xdf\xa3", "matroska"),  # WebM, MKV
    (b"#!AMR", "amr"),
    (b"fLaC", "flac"),
    (b"ID3", "mp3"),
    (b"\xff\xfb", "mp3"),
    (b"\xff\xf3", "mp3"),
    (b"\xff\xf2", "mp3"),
    (b"\xff\xf1", "aac"),
    (b"\xff\xf9", "aac"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\x30\x26\xb2\x75\x8e\x66\xcf\x11", "asf"),  # WMA, WMV
)


def file_signature(head: bytes) -> str:
    """The kind of file whose signature (magic bytes) starts ``head``: jpeg, png, gif, pdf, mp4 (also 3GP, MOV,
    M4A, HEIC), amr, riff (WAV, WebP), ogg, matroska (WebM), zip...; "" when it starts with none (text, a web
    page). No web page or text starts so: such bytes are a file whatever the server called them."""
    if head[4:8] == b"ftyp":  # the ISO media family: the box size comes first
        return "mp4"
    return next((kind for magic, kind in _SIGNATURES + _MEDIA_SIGNATURES if head.startswith(magic)), "")


# An .xlsx protected by a password is an OLE container holding these streams (names in UTF-16), not a zip
_ENCRYPTED_OFFICE = tuple(name.encode("utf-16-le") for name in ("EncryptedPackage", "EncryptionInfo"))
OFFICE_HEAD_BYTES = 64 * 1024  # enough to hold the OLE directory of such a file


def file_sha256(path, block: int = 1 << 20) -> str:
    """The SHA-256 of the file at ``path`` (hex), read ``block`` bytes at a time: it tells one file's
    content from another's whatever its name (hashlib releases the GIL while it digests)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(block), b""):
            digest.update(chunk)
    return digest.hexdigest()


def looks_binary(sample: bytes) -> bool:
    """True when ``sample`` holds bytes no text file has: NUL, or more than 1% control characters."""
    if not sample or b"\x00" in sample:
        return bool(sample)
    controls = sum(sample.count(bytes([c])) for c in range(32) if c not in (9, 10, 12, 13))
    return controls + sample.count(b"\x7f") > max(2, len(sample) // 100)


def _utf16_text(sample: bytes) -> bool:
    """True for UTF-16 text without a byte-order mark: one NUL in every other byte, readable characters."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 8 or not (even.count(0) > len(even) * 0.4 or odd.count(0) > len(odd) * 0.4):
        return False
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample[: len(sample) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(char.isprintable() or char in "\t\r\n" for char in text) > 0.95 * len(text):
            return True
    return False


def content_kind(sample: bytes) -> str:
    """What the first bytes of a file are: a code among zip, ole, encrypted (an Office file protected by a
    password), pdf, png, jpeg, gif, sqlite, gzip, rar, 7z, utf16 (without byte-order mark), binary, html,
    xml, json, text."""
    kind = next((kind for magic, kind in _SIGNATURES if sample.startswith(magic)), "")
    if kind == "ole" and any(name in sample for name in _ENCRYPTED_OFFICE):
        return "encrypted"
    if kind:
        return kind
    if _utf16_text(sample):
        return "utf16"
    if looks_binary(sample):
        return "binary"
    head = sample.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "html"
    if head.startswith(b"<"):
        return "xml"
    if head.startswith((b"{", b"[")):
        return "json"
    return "text"


def password_protected_sentence(name: str) -> str:
    """What to do with an Office file protected by a password (``content_kind`` "encrypted")."""
    return tr(
        "{file} is protected by a password, so it cannot be read. Open it in Excel, remove the password "
        "(File > Info > Protect Workbook > Encrypt with Password, leave it empty), save it and choose it again."
    ).format(file=name)


def describe_content(sample: bytes) -> str:
    """What the first bytes of a file look like, in words ("a PDF document", "a web page (HTML)"...)."""
    return {
        "zip": tr("a zip archive"),
        "ole": tr("an old Excel .xls file (or another Office 97-2003 document)"),
        "encrypted": tr("a workbook protected by a password"),
        "pdf": tr("a PDF document"),
        "png": tr("a PNG image"),
        "jpeg": tr("a JPEG photo"),
        "gif": tr("a GIF image"),
        "sqlite": tr("a SQLite database (a GeoPackage?)"),
        "gzip": tr("a gzip-compressed file"),
        "rar": tr("a RAR archive"),
        "7z": tr("a 7-Zip archive"),
        "utf16": tr("UTF-16 text without its byte-order mark"),
        "binary": tr("random or damaged bytes, in no format the toolkit knows"),
        "html": tr("a web page (HTML), perhaps a login or error page saved instead of the data"),
        "xml": tr("an XML file"),
        "json": tr("JSON text"),
    }.get(content_kind(sample), tr("plain text"))
