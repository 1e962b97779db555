# SPDX-License-Identifier: GPL-3.0-or-later
"""Archives opened safely: zip files, and XLSX workbooks (zips of XML parts), checked before they are read.

Every reader of a zip (ODK Central exports, field packages, XLSX) goes through here:

* :func:`check_zip_archive` refuses an archive before anything is read: paths leaving the folder
  (``../``, absolute paths), symbolic links, passwords, too many members, and sizes or compression
  ratios typical of zip bombs; :func:`safe_extract_zip` extracts under names valid on every system
  (``safe_files.sanitise_filename``, kept inside by ``safe_files.ensure_inside``), counting the bytes
  really written since declared sizes can lie; :func:`zip_errors` turns what a damaged archive
  raises in the middle of a read into a sentence naming the file;
* :func:`inspect_xlsx` / :func:`check_xlsx_is_safe` find external links (refused) and formula
  cells (a warning, or refused) in an XLSX.
"""

from __future__ import annotations

import contextlib
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from .errors import CartongError, os_reason
from .i18n import tr
from .safe_files import (
    OFFICE_HEAD_BYTES,
    content_kind,
    describe_content,
    ensure_inside,
    password_protected_sentence,
    sanitise_filename,
)

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

    Refuses paths leaving the folder (zip slip), symbolic links, two members whose names differ only
    by case, too many members, and declared sizes or compression ratios typical of zip bombs. The
    declared sizes can lie, so :func:`safe_extract_zip` also counts the bytes actually written.
    """
    path = Path(zip_path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as err:
        if isinstance(err, OSError) and not path.is_file():
            raise CartongError(
                tr("The file {file} does not exist (moved or deleted?).").format(file=str(path)), path=str(path)
            ) from err
        # zipfile's own words ("File is not a zip file") are English and say nothing to a GIS officer
        with open(path, "rb") as handle:
            head = handle.read(OFFICE_HEAD_BYTES)
        if content_kind(head) == "encrypted":
            raise CartongError(password_protected_sentence(path.name), path=str(path)) from err
        if content_kind(head) != "zip":
            raise CartongError(
                tr("{file} is not a zip archive: it looks like {what}.").format(
                    file=path.name, what=describe_content(head)
                ),
                path=str(path),
            ) from err
        raise CartongError(
            tr(
                "{file} is damaged or incomplete (perhaps cut short while it was downloaded or copied): it cannot "
                "be opened. Download or copy it again."
            ).format(file=path.name),
            path=str(path),
        ) from err
    if len(infos) > max_members:
        raise CartongError(
            tr("{file} holds {count} files, more than the limit of {limit}: it was not opened.").format(
                file=path.name, count=len(infos), limit=max_members
            ),
            path=str(path),
        )
    total = 0
    seen: set[str] = set()  # case-folded member paths: Windows and macOS ignore case
    for info in infos:
        name = info.filename.replace("\\", "/").strip("/").casefold()
        if not info.is_dir() and name in seen:  # which of the two a reader takes would decide the data
            raise CartongError(
                tr(
                    '{file} was refused: it holds two files named "{member}" (once '
                    "made valid on every system), and one would replace the other."
                ).format(file=path.name, member=PurePosixPath(info.filename.replace("\\", "/")).name),
                path=str(path),
            )
        seen.add(name)
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
            tr("{file} could not be extracted ({error}).").format(file=path.name, error=os_reason(err)), path=str(path)
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
