# SPDX-License-Identifier: GPL-3.0-or-later
"""What an import reports back, and how it is cancelled.

``ImportReport`` holds what the import did (rows, warnings, tables, relations, language, timings) for
the summary page, the Processing outputs and ``make bench``; ``_Progress`` passes the progress to a
QGIS feedback and raises ``ImportCancelled`` when the user cancels.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..base.errors import CartongError
from ..base.i18n import tr


class ImportCancelled(CartongError):
    """The user cancelled; nothing was written."""


@dataclass
class ImportReport:
    """What the import did: counts for the summary page and the Processing outputs."""

    output: str = ""
    rows: int = 0
    items_of: str = ""  # the rows are items of this repeat, saved alone, not submissions (json_export)
    rows_without_location: int = 0
    warnings: list[str] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)  # typed table -> rows
    relations: list[dict] = field(default_factory=list)
    language: str = ""
    form_id: str = ""
    form_version: str = ""
    geometry_column: str = ""
    seconds: float = 0.0
    raw_copied: list[str] = field(default_factory=list)  # raw tables written by GDAL (raw_copy.py), checked
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, for `make bench`

    def lap(self, stage: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - since
        return now


class _Progress:
    def __init__(self, feedback):
        self.feedback = feedback

    def __call__(self, percent: float) -> None:
        if self.feedback is None:
            return
        if self.feedback.isCanceled():
            raise ImportCancelled(tr("Import cancelled: nothing was written."))
        self.feedback.setProgress(max(0.0, min(100.0, percent)))
