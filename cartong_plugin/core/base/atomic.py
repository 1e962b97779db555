# SPDX-License-Identifier: GPL-3.0-or-later
"""Write outputs to a temporary file beside the target and rename when complete.

A crash, a cancel or an error never leaves a half-written output, and a previous
output stays untouched until the new one is whole.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def atomic_output(path, suffix: str | None = None):
    """Yield a temporary path in the target's folder; rename it to ``path`` on success.

    On any exception the temporary file is removed and ``path`` is left as it was.
    The temporary name keeps the extension (OGR and QGIS choose drivers by it).
    """
    target = Path(path)
    suffix = suffix if suffix is not None else target.suffix
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".part" + suffix, dir=target.parent)
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
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, tmp + "-journal", tmp + "-wal", tmp + "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)
