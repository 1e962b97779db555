# SPDX-License-Identifier: GPL-3.0-or-later
"""Who writes a hidden temporary file or staging folder, and whether that writer still runs.

The toolkit's hidden temporary names carry their writer: process number, a tag of this computer
(``machine``) and, on Linux, the process's start time (``s<ticks>``), e.g.
``.survey.4242-1a2b3c4d-s987654-x1y2.part.gpkg``. A writer killed outright (power cut, ``kill -9``)
cannot remove what it left; the next run in that folder removes it once that writer is gone for sure:
the same computer, and no process of that number, or one started at another time (a number reused).
Without the start time (older names, other systems) it waits ``ABANDONED_AFTER`` untouched seconds.
Only names of that form are ever removed, never a file of the user.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import socket
import time

SIDE_FILES = ("-journal", "-wal", "-shm")  # SQLite's, beside a GeoPackage or MBTiles being written
ABANDONED_AFTER = 15 * 60  # seconds without a change before a dead writer's temporary file is removed
# .<stem>.<pid>-<machine>-[s<start>-]<anything>.part[<suffix>]
_LEFT = re.compile(r"\..+\.(\d+)-([0-9a-f]{8})-(?:s(\d+)-)?[^./]*\.part(\.[^./]+)?")


def machine() -> str:
    """A short tag of this computer, this boot and this process-number space: a folder may be shared
    with other computers (or a Flatpak or container here), whose process numbers mean nothing here."""
    identity = [socket.gethostname()]
    with contextlib.suppress(OSError):
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            identity.append(handle.read().strip())
    with contextlib.suppress(OSError):
        identity.append(str(os.stat("/proc/self/ns/pid").st_ino))
    return hashlib.sha256("|".join(identity).encode("utf-8", "replace")).hexdigest()[:8]


def _started(pid: int | str) -> str:
    """When process ``pid`` started (clock ticks since boot, Linux), or '' when unknown."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            return handle.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def writer_tag() -> str:
    """``<pid>-<machine>-[s<start>-]``: the writer's part of a temporary name."""
    start = _started("self")
    return f"{os.getpid()}-{machine()}-" + (f"s{start}-" if start else "")


def writer_is_gone(pid: int, start: str | None = None) -> bool:
    """Whether no process of this computer is the writer ``pid`` (started at ``start`` when given).
    POSIX only: elsewhere never sure, nothing is removed."""
    if os.name != "posix" or pid <= 0:
        return False  # on Windows os.kill() would end the process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists, owned by someone else
        pass
    return bool(start) and _started(pid) not in ("", start)


def stale(name: str, path: str, now: float | None = None) -> bool:
    """Whether ``name`` (in the folder, at ``path``) is a toolkit temporary file or staging folder left by
    a writer of this computer that is gone."""
    found = _LEFT.fullmatch(name)
    if not found or found.group(2) != machine():
        return False
    pid, start = int(found.group(1)), found.group(3)
    if not writer_is_gone(pid, start):
        return False
    if start:
        return True  # that very process is gone: nothing else writes under its name
    touched = [os.stat(p).st_mtime for p in (path, *(path + side for side in SIDE_FILES)) if os.path.exists(p)]
    return not touched or (now or time.time()) - max(touched) >= ABANDONED_AFTER


def is_temporary(name: str) -> bool:
    """Whether ``name`` has the form of a toolkit temporary file or staging folder."""
    return _LEFT.fullmatch(name) is not None


def remove_stale(folder, old_of=None) -> None:
    """Remove from ``folder`` the toolkit temporary files and staging folders whose writer is gone (with
    SQLite's side files). A name without the writer's start time is removed only when ``old_of(name)``
    says it is one of the output being written (and was left untouched for ``ABANDONED_AFTER``)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in list(os.scandir(folder)):
            found = _LEFT.fullmatch(entry.name)
            if not found or (not found.group(3) and (old_of is None or not old_of(entry.name))):
                continue
            if not stale(entry.name, entry.path, now):
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
                continue
            for leftover in (entry.path, *(entry.path + side for side in SIDE_FILES)):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
