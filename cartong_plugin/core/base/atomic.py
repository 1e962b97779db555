# SPDX-License-Identifier: GPL-3.0-or-later
"""Write outputs to a temporary file beside the target and rename when complete.

A crash, a cancel or an error never leaves a half-written output, and a previous
output stays untouched until the new one is whole. A writer killed outright (power cut, process
killed) cannot remove its hidden temporary file: the next writer of the same output removes it
once it knows that writer is gone (``_remove_abandoned``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import socket
import tempfile
import time
from pathlib import Path

_SIDE_FILES = ("-journal", "-wal", "-shm")  # SQLite's, beside a GeoPackage or MBTiles being written
ABANDONED_AFTER = 15 * 60  # seconds without a change before a dead writer's temporary file is removed


def _machine() -> str:
    """A short tag of this computer, this boot and this process-number space: a folder may be shared
    with other computers (or a Flatpak or container here), whose process numbers mean nothing here."""
    identity = [socket.gethostname()]
    with contextlib.suppress(OSError):
        identity.append(Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip())
    with contextlib.suppress(OSError):
        identity.append(str(os.stat("/proc/self/ns/pid").st_ino))
    return hashlib.sha256("|".join(identity).encode("utf-8", "replace")).hexdigest()[:8]


def _writer_is_gone(pid: int) -> bool:
    """Whether no process of this computer has the number ``pid`` (POSIX only: elsewhere, never sure)."""
    if os.name != "posix" or pid <= 0:
        return False  # on Windows os.kill() would end the process: nothing is removed there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists, owned by someone else
        return False
    return False


def _temporary_stem(target: Path) -> str:
    """The target's name in its temporary name, cut so that the latter stays within 255 bytes."""
    return target.stem[:64]


def _remove_abandoned(target: Path, suffix: str) -> None:
    """Remove the temporary files of ``target`` left by writers of this computer that no longer run,
    untouched for ``ABANDONED_AFTER`` seconds (a writer elsewhere may share a process number)."""
    pattern = re.compile(
        re.escape(f".{_temporary_stem(target)}.") + r"(\d+)-([0-9a-f]{8})-[^.]*" + re.escape(".part" + suffix)
    )
    machine, now = _machine(), time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            found = pattern.fullmatch(entry.name)
            if not found or found.group(2) != machine or not _writer_is_gone(int(found.group(1))):
                continue
            files = (entry.path, *(entry.path + side for side in _SIDE_FILES))
            touched = [os.stat(path).st_mtime for path in files if os.path.exists(path)]
            if touched and now - max(touched) < ABANDONED_AFTER:
                continue
            for leftover in files:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)


@contextlib.contextmanager
def temporary_beside(path, suffix: str | None = None):
    """Yield a hidden temporary path in the folder of ``path`` (not created), removed at the end.

    The name is the one ``atomic_output`` gives (the writer's process number and computer), so that a
    later writer of ``path`` removes it if this one is killed. Its side files (SQLite's, a
    shapefile's ``.dbf``...) are removed too.
    """
    target = Path(path)
    suffix = suffix if suffix is not None else target.suffix
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_abandoned(target, suffix)
        writer = f".{_temporary_stem(target)}.{os.getpid()}-{_machine()}-"
        fd, tmp = tempfile.mkstemp(prefix=writer, suffix=".part" + suffix, dir=target.parent)
    except OSError as err:  # a read-only folder, a file where a folder should be, a full disk
        from .errors import CartongError
        from .i18n import tr

        raise CartongError(
            tr(
                "{file} cannot be written: the folder {folder} cannot be written to ({reason}). "
                "Choose a folder you can write to."
            ).format(file=target.name, folder=str(target.parent), reason=err.strerror or str(err)),
            path=str(target),
        ) from err
    os.close(fd)
    os.unlink(tmp)  # writers (OGR, QGIS) want to create the file themselves
    try:
        yield tmp
    finally:
        for leftover in (tmp, *(tmp + side for side in _SIDE_FILES), *companions(tmp)):
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
def atomic_output(path, suffix: str | None = None):
    """Yield a temporary path in the target's folder; rename it to ``path`` on success.

    On any exception the temporary file is removed and ``path`` is left as it was.
    The temporary name keeps the extension (OGR and QGIS choose drivers by it) and names its writer
    (process number, computer), so that a later writer can remove it if that one was killed.
    """
    with temporary_beside(path, suffix) as tmp:
        yield tmp
        os.replace(tmp, Path(path))
