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

from .server_errors import ServerError


@dataclass
class DownloadStats:
    """What one download did (shown in progress messages and logged in cartong_metadata)."""

    records: int = 0
    pages: int = 0
    server_count: int | None = None  # the count announced by the server on the first page
    last_id: str = ""  # largest _id (Kobo) or submissionDate (ODK) seen: where the next update starts
    last_time: str = ""
    count_changes: list[tuple[int, int]] = field(default_factory=list)
    ordered: bool = False  # Kobo: every _id so far came in increasing order (a resume may start after last_id)
    by_position: bool = False  # ODK: a page was asked by position ($skip): a deletion may have moved a row past it
    repeated: int = 0  # submissions the server sent more than once, kept once
    # submissions of the server's count that arrived: written, kept from an earlier attempt the server
    # counts, or sent but left out (already in the GeoPackage, encrypted); compared with server_count
    received: int = 0
    encrypted: int = 0  # ODK: submissions sent without their data (not decrypted), left out
    encrypted_from: str = ""  # the submission date of the oldest of them
    warnings: list[str] = field(default_factory=list)  # said during the download, logged with the sync

    def note_server_count(self, count: int | None, form_id: str, deletions_skip: bool = True) -> None:
        """Take the count announced by one page of form ``form_id``'s submissions.

        A count that grows during the download is fine (logged: new submissions are picked up);
        one that shrinks means submissions were deleted: when ``deletions_skip`` (paging by offset,
        where a deletion moves rows into pages already read) rows may have been skipped: ServerError.
        """
        from ..base.i18n import tr
        from .http import log
        from .server_errors import ServerError

        if self.server_count is None:
            self.server_count = count
            return
        if count is None or count == self.server_count:
            return
        self.count_changes.append((self.server_count, count))
        if count > self.server_count:
            log(
                tr("Form {uid}: {added} new submissions arrived during the download; they are included.").format(
                    uid=form_id, added=count - self.server_count
                )
            )
        elif deletions_skip:
            raise ServerError(
                tr(
                    "The number of submissions of form {uid} went down from {before} to {after} "
                    "during the download (submissions were deleted on the server), so some could "
                    "have been missed. Nothing was changed; download again."
                ).format(uid=form_id, before=self.server_count, after=count)
            )
        else:
            log(
                tr("Form {uid}: {deleted} submissions were deleted on the server during the download.").format(
                    uid=form_id, deleted=self.server_count - count
                )
            )
        self.server_count = count


class TemporaryStore:
    """A temporary file of downloaded (personal) data at ``path``, removed on close or at the end of a with."""

    path: Path

    def close(self) -> None:
        """Remove the file (it may hold personal data: never leave it behind)."""
        if self.path.exists():
            self.path.unlink()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class RecordSpool(TemporaryStore):
    """An append-only temporary file of JSON lines; iterate it to read the records back.

    With ``path``, the spool is that file, continued if it exists (a download resumed,
    ``resume.PartialDownload``); ``keep = True`` leaves it on disk when closed.
    """

    def __init__(self, directory: str | os.PathLike | None = None, *, path: str | os.PathLike | None = None):
        self.keep = False
        self.count = 0
        if path is None:
            fd, name = tempfile.mkstemp(prefix="cartong-download-", suffix=".jsonl", dir=directory)
            self.path = Path(name)
        else:
            self.path = Path(path)
            # personal data: readable by its owner only
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with open(self.path, encoding="utf-8") as handle:
                self.count = sum(1 for line in handle if line.strip())
        self._handle = os.fdopen(fd, "a", encoding="utf-8")

    def reset(self) -> None:
        """Forget every record written so far (the file is emptied)."""
        self._handle.flush()
        self._handle.truncate(0)
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
        if not self._handle.closed:
            self._handle.close()
        if not self.keep:
            super().close()


# What skips one attachment (listed, the download goes on): gone, refused, cut, stalled, failing, too
# big... any server failure but a cancel (caught before it); only the local disk stops the download.
ATTACHMENT_SKIPPED = (ServerError,)


SHOWN_IDS = 5  # submission ids named in one message; the algorithm's outputs hold every one


def first_ids(ids) -> str:
    """The first ``SHOWN_IDS`` of ``ids`` (in their order) for a message, "…" when there are more."""
    ids = list(ids)
    return ", ".join(ids[:SHOWN_IDS]) + (" …" if len(ids) > SHOWN_IDS else "")


def warn(feedback, stats: DownloadStats, text: str) -> None:
    """A warning of the download: in the algorithm's log at once, the QGIS log and the sync's metadata."""
    from .http import log

    stats.warnings.append(text)
    log(text)
    if feedback is not None and hasattr(feedback, "pushWarning"):
        feedback.pushWarning(text)


def check_count(feedback, stats: DownloadStats, host: str, form_id: str) -> None:
    """After the last page: fewer submissions than the server announced is said, with both numbers;
    submissions sent twice (kept once) are said too."""
    from ..base.i18n import tr

    if stats.repeated:
        warn(
            feedback,
            stats,
            tr("{host} sent {count} submissions of form {uid} more than once: each was kept once.").format(
                host=host, count=stats.repeated, uid=form_id
            ),
        )
    if stats.server_count is not None and stats.received < stats.server_count:
        warn(
            feedback,
            stats,
            tr(
                "{host} announced {expected} submissions of form {uid} but sent {received}: {missing} are missing. "
                "Check the form on the server and download again."
            ).format(
                host=host,
                expected=stats.server_count,
                uid=form_id,
                received=stats.received,
                missing=stats.server_count - stats.received,
            ),
        )


def check_record(record, host: str, what: str, page: int, number: int) -> None:
    """ServerError unless ``record`` (item ``number`` of page ``page`` of ``what``) is a JSON object.

    A list holding text, numbers or lists instead of submissions would fail much later with a
    traceback; it is refused here with the page and item named.
    """
    if isinstance(record, dict):
        return
    from ..base.i18n import tr
    from .server_errors import ServerError

    raise ServerError(
        tr(
            "{host} sent, for {what}, an item that is not a submission (page {page}, item {number}: {kind} "
            "instead of a JSON object). Nothing was changed; report it to the server's administrator."
        ).format(host=host, what=what, page=page, number=number, kind=_json_kind(record))
    )


def _json_kind(value) -> str:
    """What a JSON value is, in JSON's words (a message names it, never Python's type)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "number"
    return {str: "text", list: "list"}.get(type(value), type(value).__name__)


def report_progress(feedback, stats: DownloadStats) -> None:
    """Progress bar and a line per page (records and pages) on a QGIS feedback object."""
    if feedback is None:
        return
    from ..base.i18n import tr

    if stats.server_count:
        feedback.setProgress(min(100.0, 100.0 * stats.records / stats.server_count))
    if hasattr(feedback, "pushInfo"):
        feedback.pushInfo(
            tr("Page {page}: {records} of {total} submissions downloaded.").format(
                page=stats.pages, records=stats.records, total=stats.server_count or "?"
            )
        )


def submission_folder(submission_uuid: str) -> str:
    """The folder name of one submission's attachments: its uuid, made safe; a uuid that had to be
    changed gets 8 characters of a hash of itself, so that ``dup/x`` and ``dup_x`` stay apart."""
    import hashlib

    from ..base.safe_files import sanitise_filename

    uuid = str(submission_uuid)
    name = sanitise_filename(uuid, "submission")
    if name == uuid:
        return name
    return sanitise_filename(f"{name}-{hashlib.sha1(uuid.encode('utf-8')).hexdigest()[:8]}", "submission")


def attachment_target(folder, submission_uuid: str, name: str, taken: set | None = None) -> Path:
    """``folder/<uuid>/<name>`` with both parts made safe (server names are untrusted input).

    ``taken`` holds the names already given to this submission's other attachments: a name that
    becomes the same once made safe (``a/p.jpg``, ``b/p.jpg``) gets ``_2``, ``_3``... and is added."""
    from ..base.safe_files import ensure_inside

    directory = Path(folder) / submission_folder(submission_uuid)
    return ensure_inside(directory, directory / attachment_file_name(name, taken))


def attachment_file_name(name: str, taken: set | None = None) -> str:
    """The name an attachment called ``name`` is saved under (``attachment_target``)."""
    from ..base.safe_files import sanitise_filename, unique_filename

    safe = sanitise_filename(name, "attachment")
    return safe if taken is None else unique_filename(safe, taken)


def attachment_link(folder_name: str, submission_uuid: str, name: str) -> str:
    """The path of an attachment relative to the GeoPackage's folder, with ``/`` separators."""
    from ..base.safe_files import sanitise_filename

    return "/".join((folder_name, submission_folder(submission_uuid), sanitise_filename(name, "attachment")))


# -- records -> export-like text columns ----------------------------------------------------
_JSON_COLUMNS = ("_attachments", "_tags", "_notes", "_geolocation")
# The submission's metadata repeated on each repeat row, as Kobo's repeat sheets have it.
_SUBMISSION_COPIES = (
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
)


@dataclass
class FlatRecord:
    """One submission as text columns, and its repeat rows by repeat name."""

    main: dict[str, str | None]
    repeats: dict[str, list[dict[str, str | None]]] = field(default_factory=dict)


def _text(value) -> str | None:
    if value.__class__ is str:
        return value
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
    """Kobo-shaped records (slash paths, repeats as lists) -> export-like text columns.

    Split columns (``_q_latitude``..., ``q/choice``) are given whenever their question is in the
    record, empty or not, so that records of one form give the same columns whatever the answers.
    """

    def __init__(self, form, main_table: str, start_index: int = 0, repeat_start: dict | None = None):
        self.form = form
        self.main_table = main_table
        self.index = start_index
        self.repeat_index = dict(repeat_start or {})
        # the only paths with columns of their own besides their value: geopoints and select_multiple
        self.split: dict[str, tuple[str, list[str]]] = {}
        for question in form.questions.values():
            if question.type == "geopoint":
                self.split[question.path] = (
                    "geopoint",
                    [f"_{question.name}_{suffix}" for suffix in ("latitude", "longitude", "altitude", "precision")],
                )
            elif question.type == "select_multiple" and question.list_name in form.choices:
                self.split[question.path] = ("select_multiple", [c.name for c in form.choices[question.list_name]])

    def flatten(self, record: dict) -> FlatRecord:
        self.index += 1
        repeats: dict[str, list[dict]] = {}
        main = self._row(record, repeats, self.index, record, self.main_table)
        main["_index"] = str(self.index)
        return FlatRecord(main=main, repeats=repeats)

    def _row(self, values: dict, repeats: dict, index: int, submission: dict, table: str) -> dict:
        """The text columns of one submission or repeat item; its repeat items go to ``repeats``."""
        row: dict[str, str | None] = {}
        split = self.split
        for key, value in values.items():
            if value.__class__ is str:  # most answers: nothing to convert
                row[key] = value
            elif (
                isinstance(value, list)
                and value
                and key not in _JSON_COLUMNS
                and all(isinstance(v, dict) for v in value)
            ):
                self._repeat(key, value, index, submission, repeats, table)
                continue
            elif key == "_validation_status" and isinstance(value, dict):
                row[key] = value.get("uid") or ""
                continue
            else:
                row[key] = _text(value)
            if key in split:
                self._split(key, value, row)
        return row

    def _split(self, key: str, value, out: dict) -> None:
        """Split geopoint and select_multiple columns, as Kobo's own exports add them."""
        kind, names = self.split[key]
        text = "" if value is None else str(value)
        if kind == "geopoint":
            parts = text.split() + [None] * 4
            for name, part in zip(names, parts):
                out[name] = part
        else:
            chosen = set(text.split())
            for choice in names:
                out[f"{key}/{choice}"] = ("1" if choice in chosen else "0") if text else None

    def _repeat(
        self, path: str, items: list, parent_index: int, submission: dict, repeats: dict, parent_table: str
    ) -> None:
        name = path.rsplit("/", 1)[-1]
        rows = repeats.setdefault(name, [])
        for item in items:
            index = self.repeat_index.get(name, 0) + 1
            self.repeat_index[name] = index
            # full paths, as in Kobo's repeat sheets (members/member_age)
            row = self._row(item, repeats, index, submission, name)
            row.update({"_index": str(index), "_parent_table_name": parent_table, "_parent_index": str(parent_index)})
            for key in _SUBMISSION_COPIES:
                value = submission.get(key)
                if key == "_validation_status" and isinstance(value, dict):
                    value = value.get("uid") or ""
                row[f"_submission_{key}"] = _text(value)
            rows.append(row)
