# SPDX-License-Identifier: GPL-3.0-or-later
"""Guards against hostile files, shared by every reader and writer of the toolkit.

Survey exports travel by e-mail, USB sticks and shared drives; a file may have been
crafted or simply edited by hand. This module:

* extracts zip archives safely (no ``../`` or absolute paths, no symlinks, no password, size and
  compression-ratio limits against zip bombs): :func:`safe_extract_zip`; a damaged archive read
  elsewhere gives a sentence, not a traceback: :func:`zip_errors`;
* neutralises spreadsheet formulas in cells written to CSV/XLSX (CSV injection):
  :func:`neutralise_cell`, :func:`neutralise_row`;
* finds external links and formulas in an XLSX before it is read:
  :func:`inspect_xlsx`, :func:`check_xlsx_is_safe`;
* turns any text into a safe file name and keeps outputs inside the chosen folder:
  :func:`sanitise_filename`, :func:`unique_filename`, :func:`ensure_inside`, :func:`safe_output_path`;
* escapes text for rich-text widgets so SVG/HTML typed in a survey is shown, never run:
  :func:`plain_text`;
* says what a file really is when its name lies (random bytes named .csv, a PDF named .xlsx):
  :func:`content_kind`, :func:`describe_content`.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import re
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from .errors import CartongError
from .i18n import tr

# Limits for archives; a real Kobo/ODK export with photos is well below them.
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_TOTAL_BYTES = 2 * 1024**3  # 2 GiB uncompressed in all
MAX_ZIP_MEMBER_BYTES = 1024**3  # 1 GiB for one member
MAX_ZIP_RATIO = 100  # uncompressed/compressed; text compresses ~10x, bombs ~1000x
_RATIO_MIN_BYTES = 1024 * 1024  # tiny members may compress very well without harm

_CHUNK = 1024 * 1024


# --------------------------------------------------------------------------- zip files


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    """Why a member must not be extracted (translated), or None when it is harmless."""
    name = info.filename
    if "\x00" in name:
        return tr("its name contains a NUL character")
    posix = PurePosixPath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or PureWindowsPath(name).drive or posix.is_absolute():
        return tr("it has an absolute path")
    if ".." in posix.parts:
        return tr("its path climbs out of the folder with '..'")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return tr("it is a symbolic link")
    return None


def check_zip_archive(
    zip_path,
    *,
    max_members: int = MAX_ZIP_MEMBERS,
    max_total_bytes: int = MAX_ZIP_TOTAL_BYTES,
    max_member_bytes: int = MAX_ZIP_MEMBER_BYTES,
    max_ratio: float = MAX_ZIP_RATIO,
) -> list[zipfile.ZipInfo]:
    """Check every member of ``zip_path`` and return their entries; raise CartongError if hostile.

    Refuses paths leaving the folder (zip slip), symbolic links, too many members, and
    declared sizes or compression ratios typical of zip bombs. The declared sizes can
    lie, so :func:`safe_extract_zip` also counts the bytes actually written.
    """
    path = Path(zip_path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as err:
        raise CartongError(
            tr("{file} is not a readable zip archive ({error}).").format(file=path.name, error=err), path=str(path)
        ) from err
    if len(infos) > max_members:
        raise CartongError(
            tr("{file} holds {count} files, more than the limit of {limit}: it was not opened.").format(
                file=path.name, count=len(infos), limit=max_members
            ),
            path=str(path),
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:  # the "encrypted" bit: zipfile would stop with a RuntimeError later
            raise CartongError(
                tr(
                    '{file} is protected by a password (the member "{member}" is encrypted): the '
                    "toolkit cannot open it. Export the data again without a password, or extract "
                    "the archive with its password and import the CSV files."
                ).format(file=path.name, member=info.filename),
                path=str(path),
            )
        problem = _member_problem(info)
        if problem:
            raise CartongError(
                tr(
                    '{file} was refused: the member "{member}" is unsafe because '
                    "{reason}. Ask for a fresh export from the server."
                ).format(file=path.name, member=info.filename, reason=problem),
                path=str(path),
            )
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > max_member_bytes or (info.file_size > _RATIO_MIN_BYTES and ratio > max_ratio):
            raise CartongError(
                tr(
                    '{file} was refused: the member "{member}" would expand to '
                    "{size} MB ({ratio:.0f} times its compressed size), which looks "
                    "like a zip bomb."
                ).format(file=path.name, member=info.filename, size=info.file_size // 1024**2, ratio=ratio),
                path=str(path),
            )
    if total > max_total_bytes:
        raise CartongError(
            tr("{file} was refused: it would expand to {size} MB, more than the limit of {limit} MB.").format(
                file=path.name, size=total // 1024**2, limit=max_total_bytes // 1024**2
            ),
            path=str(path),
        )
    return infos


def safe_extract_zip(
    zip_path,
    dest_dir,
    *,
    max_members: int = MAX_ZIP_MEMBERS,
    max_total_bytes: int = MAX_ZIP_TOTAL_BYTES,
    max_member_bytes: int = MAX_ZIP_MEMBER_BYTES,
    max_ratio: float = MAX_ZIP_RATIO,
) -> list[Path]:
    """Extract ``zip_path`` into ``dest_dir`` and return the files written.

    Each path component is passed through :func:`sanitise_filename`, so names that
    Windows cannot hold (``CON.csv``, ``a:b?.csv``) are renamed, never written as devices.

    Every member is checked first (see :func:`check_zip_archive`), so a hostile archive
    writes nothing. Bytes are counted while writing, because the sizes declared in
    the archive can be forged; if the real size passes a limit, the files written so
    far are removed and CartongError is raised.
    """
    path = Path(zip_path)
    infos = check_zip_archive(
        path,
        max_members=max_members,
        max_total_bytes=max_total_bytes,
        max_member_bytes=max_member_bytes,
        max_ratio=max_ratio,
    )
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    root = dest.resolve()
    written: list[Path] = []
    seen: set[str] = set()  # case-folded targets: Windows and macOS ignore case
    total = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for info in infos:
                # names valid on every system (no CON, no ':'), still inside the folder
                names = info.filename.replace("\\", "/").split("/")
                parts = [sanitise_filename(p) for p in names if p not in ("", ".")]
                target = ensure_inside(root, root.joinpath(*parts))
                if not info.is_dir() and str(target).casefold() in seen:
                    raise CartongError(
                        tr(
                            '{file} was refused: it holds two files named "{member}" (once '
                            "made valid on every system), and one would replace the other."
                        ).format(file=path.name, member=target.name),
                        path=str(path),
                    )
                seen.add(str(target).casefold())
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                size = 0
                with archive.open(info) as source, open(target, "wb") as out:
                    written.append(target)
                    while chunk := source.read(_CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if (
                            size > max_member_bytes
                            or total > max_total_bytes
                            or (size > _RATIO_MIN_BYTES and size / max(info.compress_size, 1) > max_ratio)
                        ):
                            raise CartongError(
                                tr(
                                    '{file} was refused: the member "{member}" expands far beyond its '
                                    "declared size, which looks like a zip bomb."
                                ).format(file=path.name, member=info.filename),
                                path=str(path),
                            )
                        out.write(chunk)
    except CartongError:
        for item in written:
            item.unlink(missing_ok=True)
        raise
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as err:
        for item in written:
            item.unlink(missing_ok=True)
        raise CartongError(
            tr("{file} could not be extracted ({error}).").format(file=path.name, error=err), path=str(path)
        ) from err
    return written


@contextlib.contextmanager
def zip_errors(zip_path):
    """Turn what reading a damaged archive raises into a CartongError naming the file.

    An archive whose declared sizes or checksums do not match its content (cut during a
    download, or forged) makes ``zipfile`` raise BadZipFile, zlib errors or EOFError in the
    middle of a read; the user gets a sentence, never a traceback.
    """
    path = Path(zip_path)
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError) as err:
        raise CartongError(
            tr(
                "{file} is damaged: the sizes or checksums it declares do not match what it holds "
                "({error}). Download or copy it again."
            ).format(file=path.name, error=err),
            path=str(path),
        ) from err
    except (RuntimeError, NotImplementedError) as err:  # a password, or a compression zipfile lacks
        raise CartongError(
            tr("{file} cannot be opened: {error}. Export the data again as a plain zip (no password).").format(
                file=path.name, error=err
            ),
            path=str(path),
        ) from err


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


# --------------------------------------------------------------------------- XLSX


@dataclass
class XlsxRisks:
    """What an XLSX holds that could reach outside the file or compute values."""

    external_links: list[str] = field(default_factory=list)  # targets of external links
    formulas: list[str] = field(default_factory=list)  # "sheet1.xml!B4"

    @property
    def safe(self) -> bool:
        return not self.external_links and not self.formulas


# a cell element (not self-closing) whose content, before it closes, holds an <f> element
_CELL_WITH_FORMULA = re.compile(
    rb"<(?:\w+:)?c\b([^>]*)(?<!/)>(?:(?!</(?:\w+:)?c>|<(?:\w+:)?c\b).)*?<(?:\w+:)?f\b", re.DOTALL
)
_CELL_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_TARGET = re.compile(rb'Target="([^"]*)"')


def inspect_xlsx(xlsx_path) -> XlsxRisks:
    """List the external links and formula cells of an XLSX (a zip of XML parts).

    External links live in ``xl/externalLinks/`` (their targets in the ``_rels``);
    formulas are ``<f>`` elements inside the cells of ``xl/worksheets/*.xml``.
    """
    path = Path(xlsx_path)
    infos = check_zip_archive(path)  # an XLSX is a zip: the same bomb limits apply
    risks = XlsxRisks()
    with zipfile.ZipFile(path) as archive:
        for info in infos:
            name = info.filename
            if name.startswith("xl/externalLinks/"):
                if name.endswith(".rels"):
                    targets = _TARGET.findall(archive.read(info))
                    risks.external_links.extend(t.decode("utf-8", "replace") for t in targets)
                elif name.endswith(".xml") and "/_rels/" not in name:
                    risks.external_links.append(name)
            elif name.startswith("xl/worksheets/") and name.endswith(".xml") and "/_rels/" not in name:
                sheet = PurePosixPath(name).name
                for match in _CELL_WITH_FORMULA.finditer(archive.read(info)):
                    ref = _CELL_REF.search(match.group(1))
                    cell = ref.group(1).decode() if ref else "?"
                    risks.formulas.append(f"{sheet}!{cell}")
    # keep only the targets when the rels named them, else the part names
    targets = [t for t in risks.external_links if not t.startswith("xl/externalLinks/")]
    risks.external_links = targets or risks.external_links
    return risks


def check_xlsx_is_safe(xlsx_path, *, refuse_formulas: bool = False) -> list[str]:
    """Refuse an XLSX with external links; return warnings (translated) for its formulas.

    External links can fetch or leak data when the workbook is opened in a spreadsheet,
    and their cached values are not the survey's: the file is refused. Formulas are not
    computed by the toolkit (GDAL reads the value Excel last saved); they are refused when
    ``refuse_formulas`` is True, otherwise returned as a warning to show the user.
    """
    path = Path(xlsx_path)
    risks = inspect_xlsx(path)
    if risks.external_links:
        raise CartongError(
            tr(
                "{file} was refused: it links to other files or addresses ({links}). "
                "Export the data again from the server, or save a copy without "
                "external links (Excel: Data > Edit Links > Break Link)."
            ).format(file=path.name, links=", ".join(risks.external_links[:3])),
            path=str(path),
        )
    if not risks.formulas:
        return []
    cells = ", ".join(risks.formulas[:5]) + (" ..." if len(risks.formulas) > 5 else "")
    if refuse_formulas:
        raise CartongError(
            tr(
                "{file} was refused: {count} cells hold formulas ({cells}); a survey "
                "export holds values only. Paste the cells as values and try "
                "again."
            ).format(file=path.name, count=len(risks.formulas), cells=cells),
            path=str(path),
        )
    return [
        tr(
            "{file}: {count} cells hold formulas ({cells}); the toolkit reads the values last "
            "saved by the spreadsheet and never computes them. Check these cells."
        ).format(file=path.name, count=len(risks.formulas), cells=cells)
    ]


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


def ensure_inside(folder, path) -> Path:
    """Return ``path`` resolved; raise CartongError unless it lies inside ``folder``.

    Symbolic links are resolved first, so a link pointing outside is refused too.
    """
    root = Path(folder).resolve()
    target = Path(path)
    resolved = (target if target.is_absolute() else root / target).resolve()
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
    """What the first bytes of a file are: a code among zip, ole, pdf, png, jpeg, gif, sqlite, gzip, rar,
    7z, utf16 (without byte-order mark), binary, html, xml, json, text."""
    kind = next((kind for magic, kind in _SIGNATURES if sample.startswith(magic)), "")
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


def describe_content(sample: bytes) -> str:
    """What the first bytes of a file look like, in words ("a PDF document", "a web page (HTML)"...)."""
    return {
        "zip": tr("a zip archive"),
        "ole": tr("an old Excel .xls file (or another Office 97-2003 document)"),
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
