# SPDX-License-Identifier: GPL-3.0-or-later
"""Downloaded submissions kept on disk as JSON lines, so memory does not grow with pages.

Both downloaders write one submission per line into a ``RecordSpool``; the GeoPackage
writer reads them back one at a time.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class DownloadStats:
    """What one download did (shown in progress messages and logged in cartong_metadata)."""

    records: int = 0
    pages: int = 0
    server_count: int | None = None  # the count announced by the server on the first page
    last_id: str = ""  # largest _id (Kobo) or submissionDate (ODK) seen: where the next update starts
    last_time: str = ""
    count_changes: list[tuple[int, int]] = field(default_factory=list)


class RecordSpool:
    """An append-only temporary file of JSON lines; iterate it to read the records back."""

    def __init__(self, directory: str | os.PathLike | None = None):
        fd, name = tempfile.mkstemp(prefix="cartong-download-", suffix=".jsonl", dir=directory)
        self.path = Path(name)
        self._handle = os.fdopen(fd, "w", encoding="utf-8")
        self.count = 0

    def write(self, record: dict) -> None:
        self._handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        self._handle.write("\n")
        self.count += 1

    def flush(self) -> None:
        self._handle.flush()

    def __iter__(self):
        self.flush()
        with open(self.path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)

    def close(self) -> None:
        """Remove the file (it may hold personal data: never leave it behind)."""
        if not self._handle.closed:
            self._handle.close()
        if self.path.exists():
            self.path.unlink()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def report_progress(feedback, stats: DownloadStats) -> None:
    """Progress bar and a line per page (records and pages) on a QGIS feedback object."""
    if feedback is None:
        return
    from ..i18n import tr

    if stats.server_count:
        feedback.setProgress(min(100.0, 100.0 * stats.records / stats.server_count))
    if hasattr(feedback, "pushInfo"):
        feedback.pushInfo(tr("Page {page}: {records} of {total} submissions downloaded.").format(
            page=stats.pages, records=stats.records, total=stats.server_count or "?"))


MEDIA_TYPES = frozenset({"image", "audio", "video", "file", "binary", "photo", "background-audio"})


def attachment_target(folder, submission_uuid: str, name: str) -> Path:
    """``folder/<uuid>/<name>`` with both parts made safe (server names are untrusted input)."""
    from ..safe_files import safe_output_path, sanitise_filename

    return safe_output_path(Path(folder) / sanitise_filename(str(submission_uuid), "submission"), name,
                            "attachment")


def attachment_link(folder_name: str, submission_uuid: str, name: str) -> str:
    """The path of an attachment relative to the GeoPackage's folder, with ``/`` separators."""
    from ..safe_files import sanitise_filename

    return "/".join((folder_name, sanitise_filename(str(submission_uuid), "submission"),
                     sanitise_filename(name, "attachment")))
