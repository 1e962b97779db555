# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors that reach the user: already translated, naming the file, row and field."""

from __future__ import annotations


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
