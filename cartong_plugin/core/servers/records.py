# SPDX-License-Identifier: GPL-3.0-or-later
"""Downloaded submissions: kept on disk as JSON lines, then flattened into export-like rows.

Both downloaders write one submission per line into a ``RecordSpool`` (memory does not grow
with pages); ``RecordFlattener`` turns each one into the text columns of a Kobo export
(group paths, split geopoint and select_multiple columns, repeat rows linked by
``_parent_index``), which the file import's writer then stores (``survey_import``).
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


# -- records -> export-like text columns ----------------------------------------------------
_JSON_COLUMNS = ("_attachments", "_tags", "_notes", "_geolocation")
# The submission's metadata repeated on each repeat row, as Kobo's repeat sheets have it.
_SUBMISSION_COPIES = ("_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
                      "_submitted_by", "__version__", "_tags")
_REPEAT_KEYS = ("_index", "_parent_table_name", "_parent_index") + tuple(f"_submission_{k}" for k in _SUBMISSION_COPIES)


@dataclass
class FlatRecord:
    """One submission as text columns, and its repeat rows by repeat name."""

    main: dict[str, str | None]
    repeats: dict[str, list[dict[str, str | None]]] = field(default_factory=dict)


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):  # empty lists (no tags, no notes) stay empty, as in exports
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else None
    return str(value)


class RecordFlattener:
    """Kobo-shaped records (slash paths, repeats as lists) -> export-like text columns."""

    def __init__(self, form, main_table: str, start_index: int = 0, repeat_start: dict | None = None):
        self.form = form
        self.main_table = main_table
        self.index = start_index
        self.repeat_index = dict(repeat_start or {})
        by_path = {}
        for question in form.questions.values():
            by_path[question.path] = question
        self.by_path = by_path

    def flatten(self, record: dict) -> FlatRecord:
        self.index += 1
        main: dict[str, str | None] = {}
        repeats: dict[str, list[dict]] = {}
        for key, value in record.items():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value) \
                    and key not in _JSON_COLUMNS:
                self._repeat(key, value, self.index, record, repeats, self.main_table)
                continue
            if key == "_validation_status" and isinstance(value, dict):
                main[key] = value.get("uid") or ""
                continue
            main[key] = _text(value)
            self._derived(key, value, main)
        main["_index"] = str(self.index)
        return FlatRecord(main=main, repeats=repeats)

    def collect_columns(self, record: dict, main: dict, repeats: dict, path: str = "") -> None:
        """Add the columns ``flatten`` would give ``record`` to ``main``/``repeats`` (ordered dicts).

        Cheaper than flattening: no values are converted. Split columns are listed whenever
        their question is present, so the column set is the same whatever the answers.
        """
        target = main if not path else repeats.setdefault(path.rsplit("/", 1)[-1], {})
        for key, value in record.items():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value) \
                    and key not in _JSON_COLUMNS:
                for item in value:
                    self.collect_columns(item, main, repeats, key)
                continue
            target.setdefault(key, None)
            question = self.by_path.get(key)
            if question is None:
                continue
            if question.type == "geopoint":
                for suffix in ("latitude", "longitude", "altitude", "precision"):
                    target.setdefault(f"_{question.name}_{suffix}", None)
            elif question.type == "select_multiple" and question.list_name in self.form.choices:
                for choice in self.form.choices[question.list_name]:
                    target.setdefault(f"{key}/{choice.name}", None)
        if path:
            for key in _REPEAT_KEYS:
                target.setdefault(key, None)
        else:
            target.setdefault("_index", None)

    def _derived(self, key: str, value, out: dict) -> None:
        """Split geopoint and select_multiple columns, as Kobo's own exports add them."""
        question = self.by_path.get(key)
        if question is None or value in (None, ""):
            return
        if question.type == "geopoint":
            parts = (str(value).split() + ["", "", "", ""])[:4]
            for suffix, part in zip(("latitude", "longitude", "altitude", "precision"), parts):
                out[f"_{question.name}_{suffix}"] = part or None
        elif question.type == "select_multiple" and question.list_name in self.form.choices:
            chosen = set(str(value).split())
            for choice in self.form.choices[question.list_name]:
                out[f"{key}/{choice.name}"] = "1" if choice.name in chosen else "0"

    def _repeat(self, path: str, items: list, parent_index: int, submission: dict, repeats: dict,
                parent_table: str) -> None:
        name = path.rsplit("/", 1)[-1]
        for item in items:
            index = self.repeat_index.get(name, 0) + 1
            self.repeat_index[name] = index
            row: dict[str, str | None] = {}
            for key, value in item.items():
                if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                    self._repeat(key, value, index, submission, repeats, name)
                    continue
                row[key] = _text(value)  # full path, as in Kobo's repeat sheets (members/member_age)
                self._derived(key, value, row)
            row.update({"_index": str(index), "_parent_table_name": parent_table,
                        "_parent_index": str(parent_index)})
            for key in _SUBMISSION_COPIES:
                value = submission.get(key)
                if key == "_validation_status" and isinstance(value, dict):
                    value = value.get("uid") or ""
                row[f"_submission_{key}"] = _text(value)
            repeats.setdefault(name, []).append(row)
