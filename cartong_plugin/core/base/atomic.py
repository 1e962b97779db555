# SPDX-License-Identifier: GPL-3.0-or-later
"""Write outputs to a temporary file beside the target and rename when complete.

A crash, a cancel or an error never leaves a half-written output, and a previous output stays
untouched until the new one is whole. Before the rename the temporary file is checked: written to the
disk (``fsync``, which reports a full disk a writer kept quiet about), complete for its format (a PDF
ends with ``%%EOF``, a GeoPackage is as long as its header says, a workbook or zip has its central
directory, an image its end marker) and, with ``verify``, holding what the caller wrote (a table and
its rows). A full disk, whatever reported it (``OSError`` ENOSPC, SQLite, GDAL, a check), becomes
one translated sentence naming the folder. A writer killed outright (power cut, process killed)
cannot remove its hidden temporary file: the next writer in that folder removes it once it knows
that writer is gone (``writers.remove_stale``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from .errors import CartongError, os_reason
from .i18n import tr
from .writers import ABANDONED_AFTER, SIDE_FILES, remove_stale, writer_tag
from .writers import machine as _machine

__all__ = ["ABANDONED_AFTER", "atomic_output", "disk_is_full", "no_space_error", "_machine"]

_SIDE_FILES = SIDE_FILES
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_FULL_WORDS = ("disk is full", "disk full", "no space left", "quota exceeded")
LOW_SPACE = 1024 * 1024  # bytes free below which a failed write is taken as a full disk
_MAX_NAME_BYTES = 64  # of the target's name in the temporary name: the latter stays within 255 bytes


def _temporary_stem(target: Path) -> str:
    """The target's name in its temporary name, cut by bytes (UTF-8, never inside a character) so that
    the temporary name stays within the 255 bytes a file name may have."""
    return target.stem.encode("utf-8")[:_MAX_NAME_BYTES].decode("utf-8", "ignore")


def disk_is_full(err: BaseException | None) -> bool:
    """Whether ``err`` (or an error it was raised from) says the disk is full."""
    seen = 0
    while err is not None and seen < 10:
        if isinstance(err, OSError) and err.errno in _FULL_ERRNOS:
            return True
        if any(word in str(err).lower() for word in _FULL_WORDS):
            return True
        err, seen = err.__cause__ or err.__context__, seen + 1
    return False


def low_space(folder) -> bool:
    """Whether the disk of ``folder`` has (almost) no room left for this user."""
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return stats.f_bavail * stats.f_frsize < LOW_SPACE


def no_space_error(target, err: BaseException | None = None) -> CartongError:
    """The sentence for a write stopped by a full disk: the folder named, the previous file kept."""
    target = Path(os.path.abspath(target))
    error = CartongError(
        tr(
            "There is not enough space in {folder} to write {file}: nothing was written and any previous "
            "{file} was kept. Free some space on that disk or choose another folder."
        ).format(folder=str(target.parent), file=target.name),
        path=str(target),
    )
    error.disk_full = True  # told once: an enclosing atomic_output keeps this sentence
    return error


def folder_error(target) -> CartongError:
    return CartongError(
        tr("{file} is a folder, not a file: choose a file name for the output, not a folder.").format(file=str(target)),
        path=str(target),
    )


def refuse_folder(target) -> None:
    """CartongError when the output file ``target`` is an existing folder (nothing is written)."""
    if Path(target).is_dir():
        raise folder_error(target)


def _incomplete(target: Path) -> CartongError:
    return CartongError(
        tr(
            "{file} could not be written completely (the file written is damaged or incomplete): nothing "
            "was replaced. Check that the disk of {folder} has free space and try again."
        ).format(file=target.name, folder=str(Path(os.path.abspath(target)).parent)),
        path=str(target),
    )


def _sqlite_complete(head: bytes, size: int) -> bool:
    if not head.startswith(b"SQLite format 3\x00") or len(head) < 100:
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages, changed, valid_for = (int.from_bytes(head[i : i + 4], "big") for i in (28, 24, 92))
    return changed != valid_for or pages == 0 or size >= pages * page_size


def _zip_complete(path: str) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return bool(archive.namelist())
    except (zipfile.BadZipFile, OSError, EOFError):
        return False


def _complete(path: str, suffix: str) -> bool:
    """Whether the file ``path`` is whole for its format (formats not known here: True)."""
    suffix = suffix.lower()
    if not os.path.isfile(path):
        return True  # a folder, or a writer that wrote nothing under that name: not judged here
    size = os.path.getsize(path)
    if suffix in (".xlsx", ".zip", ".qgz", ".docx", ".ods"):
        return _zip_complete(path)
    ends = {".pdf": b"%%EOF", ".png": b"IEND\xaeB`\x82", ".jpg": b"\xff\xd9", ".jpeg": b"\xff\xd9", ".svg": b"</svg>"}
    with open(path, "rb") as handle:
        if suffix in (".gpkg", ".mbtiles", ".sqlite", ".db"):
            return _sqlite_complete(handle.read(100), size)
        if suffix in ends:
            handle.seek(max(0, size - 1024))
            return ends[suffix] in handle.read()
    return True


def _sync(path: str) -> None:
    """Write ``path`` to the disk now: a full disk some writers kept quiet about is told here."""
    if os.path.isfile(path):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _finish(tmp: str, target: Path, suffix: str, verify) -> None:
    _sync(tmp)
    if not _complete(tmp, suffix):
        raise _incomplete(target)
    if verify is not None and verify(tmp) is False:
        raise _incomplete(target)
    os.replace(tmp, target)


def _translated(err: BaseException, target: Path, tmp: str) -> BaseException | None:
    """The sentence to raise instead of ``err`` (a write stopped by a full disk, a folder in the way)."""
    if isinstance(err, (KeyboardInterrupt, SystemExit, GeneratorExit)) or getattr(err, "disk_full", False):
        return None
    if disk_is_full(err):
        return no_space_error(target, err)
    writing = isinstance(err, (CartongError, OSError, sqlite3.Error, RuntimeError))
    if writing and low_space(target.parent):
        return no_space_error(target, err)
    if isinstance(err, IsADirectoryError) and target.is_dir():
        return folder_error(target)
    if isinstance(err, CartongError) and tmp in str(err):  # never the hidden name: the output's own
        return CartongError(str(err).replace(tmp, str(target)), path=str(target))
    return None


@contextlib.contextmanager
def temporary_beside(path, suffix: str | None = None):
    """Yield a hidden temporary path in the folder of ``path`` (not created), removed at the end.

    The name names its writer (process, computer, start), so that a later writer of ``path`` removes it
    if this one is killed. Its side files (SQLite's, a shapefile's ``.dbf``...) are removed too.
    """
    target = Path(path)
    suffix = suffix if suffix is not None else target.suffix
    refuse_folder(target)
    stem = _temporary_stem(target)
    old = re.compile(re.escape(f".{stem}.") + r"\d+-[0-9a-f]{8}-[^.]*" + re.escape(".part" + suffix))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(target.parent, old_of=old.fullmatch)
        fd, tmp = tempfile.mkstemp(prefix=f".{stem}.{writer_tag()}", suffix=".part" + suffix, dir=target.parent)
    except OSError as err:  # a read-only folder, a file where a folder should be, a full disk
        if disk_is_full(err):
            raise no_space_error(target, err) from err
        raise CartongError(
            tr(
                "{file} cannot be written: the folder {folder} cannot be written to ({reason}). "
                "Choose a folder you can write to."
            ).format(file=target.name, folder=str(target.parent), reason=os_reason(err)),
            path=str(target),
        ) from err
    os.close(fd)
    os.unlink(tmp)  # writers (OGR, QGIS) want to create the file themselves
    try:
        yield tmp
    finally:
        for leftover in (tmp, *(tmp + side for side in SIDE_FILES), *companions(tmp)):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)


def companions(path) -> list[str]:
    """The files written beside ``path`` under its name with another extension (a shapefile's .dbf,
    .shx, .prj, .cpg), ``path`` itself excluded."""
    stem, _ = os.path.splitext(str(path))
    folder, base = os.path.split(stem)
    try:
        names = os.listdir(folder or ".")
    except OSError:
        return []
    own = os.path.basename(str(path))
    return [os.path.join(folder, name) for name in names if name.startswith(base + ".") and name != own]


@contextlib.contextmanager
def atomic_output(path, suffix: str | None = None, verify=None):
    """Yield a temporary path in the target's folder; rename it to ``path`` when complete.

    On any exception the temporary file is removed and ``path`` is left as it was. Before the rename
    the file is synced and checked (see the module); ``verify(tmp)`` returning False or raising stops
    the rename too. The temporary name keeps the extension (OGR and QGIS choose drivers by it) and names
    its writer (process, computer, start), so that a later writer can remove it if that one was killed.
    """
    target = Path(path)
    suffix = suffix if suffix is not None else target.suffix
    with temporary_beside(target, suffix) as tmp:
        try:
            yield tmp
            _finish(tmp, target, suffix, verify)
        except BaseException as err:
            better = _translated(err, target, tmp)
            if better is None:
                raise
            raise better from err


def table_rows(path, table: str) -> int | None:
    """How many rows the table ``table`` of the SQLite file (GeoPackage) ``path`` holds; None when it has
    no such table or cannot be read."""
    try:
        with contextlib.closing(sqlite3.connect(Path(os.path.abspath(path)).as_uri() + "?mode=ro", uri=True)) as db:
            return int(db.execute('SELECT count(*) FROM "{}"'.format(table.replace('"', '""'))).fetchone()[0])
    except sqlite3.Error:
        return None


def rows_written(tables: dict):
    """A ``verify`` for :func:`atomic_output`: each table of the GeoPackage holds the rows it should
    (``{"survey": 420}``; None: the table exists, whatever it holds)."""

    def verify(tmp) -> bool:
        for table, rows in tables.items():
            found = table_rows(tmp, table)
            if found is None or (rows is not None and found != rows):
                return False
        return True

    return verify
