# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors that reach the user: already translated, naming the file, row and field."""

from __future__ import annotations

import errno


class CartongError(Exception):
    """A problem the user can fix; ``str(err)`` is a complete, translated sentence.

    Raise it with a message built from ``tr()`` and ``.format()``, e.g.
    ``CartongError(tr("Row {row} of {file}: column {col} is missing.").format(...))``.
    Code that shows errors (wizards, algorithms) shows CartongError as is and anything
    else as an unexpected error with the details in the log.
    """

    disk_full = False  # the sentence tells of a full disk (atomic.no_space_error)

    def __init__(self, message: str, *, path: str = "", row: int | None = None, field: str = ""):
        super().__init__(message)
        self.path = path
        self.row = row
        self.field = field


def os_reason(err: BaseException) -> str:
    """Why the operating system refused a file operation, for a sentence in the user's language.

    ``OSError.strerror`` is the system's English text ("No such file or directory") whatever the
    plugin's language: the common cases get a translated reason, any other one keeps the system's text.
    """
    from .i18n import tr

    reasons = {
        errno.ENOENT: tr("No such file or directory"),
        errno.EACCES: tr("Permission denied"),
        errno.EPERM: tr("Operation not permitted"),
        errno.ENOSPC: tr("No space left on device"),
        errno.EROFS: tr("Read-only file system"),
        errno.EEXIST: tr("File exists"),
        errno.EISDIR: tr("Is a directory"),
        errno.ENOTDIR: tr("Not a directory"),
        errno.EBUSY: tr("Device or resource busy"),
        errno.ENAMETOOLONG: tr("File name too long"),
    }
    code = getattr(err, "errno", None)
    if code in reasons:
        return reasons[code]
    return getattr(err, "strerror", None) or str(err)
