# SPDX-License-Identifier: GPL-3.0-or-later
"""The attachment phase of a download or update: the files of the submissions, and those still missing.

``fetch_survey_attachments`` asks the files of the new submissions, lists as missing every link of theirs
whose file did not come, and, in an update, also asks again the files that earlier downloads skipped (the
Wi-Fi lost in the photo phase, a storage server failing for a while, a file not uploaded yet): every link
of the whole survey whose file is not in the folder, or is not the file (a login page, an empty file or an
error message kept by an earlier version: ``web_pages.not_the_file``). Their submissions are read back from
the raw table (``records_of``); the update says how many came and how many are still missing.
``removed_unless_written``: the files a run saved are removed when its GeoPackage is not written (a full
disk, a cancel), so that no half-made attachments folder is left beside no GeoPackage.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from ..base.i18n import tr, trn
from .attachments import attachments_dir, links_to_nothing
from .file_download import SaidOnce
from .web_pages import not_the_file

RAW_MAIN = "raw_survey"


def fetch_survey_attachments(tmp, output: Path, spool, update: bool, fetch, missing: list, feedback=None) -> list:
    """Fetch (``fetch(records, folder, missing, again)``) the attachments of the records in ``spool`` and, for
    an ``update``, those missing from earlier downloads, for the survey GeoPackage written at ``tmp`` that
    becomes ``output``. Appends (submission uuid, file name, reason) to ``missing``; returns the files saved
    (those of the new submissions, and the earlier ones fetched now)."""
    folder = attachments_dir(output)
    uuids = {str(record.get("_uuid") or "") for record in spool}
    saved = list(fetch(iter(spool), folder, missing, False))
    _list_links_to_nothing(tmp, output, uuids, missing)
    if not update:
        return saved
    # a login page or an error message an earlier version kept as the photo is asked again too
    every = links_to_nothing(tmp, output.parent, None, unusable=lambda path: not_the_file(path) is not None)
    earlier = {(uuid, name): path for uuid, name, path in every if uuid not in uuids}
    if not earlier:
        return saved
    before = len(missing)
    fetch(records_of(tmp, {uuid for uuid, _ in earlier}), folder, missing, True)
    _list_links_to_nothing(tmp, output, {uuid for uuid, _ in earlier}, missing)
    still = {(uuid, name) for uuid, name, _ in missing[before:]}
    recovered = [output.parent / path for link, path in earlier.items() if link not in still]
    _say(
        trn(
            "%n attachment was missing after earlier downloads: {recovered} fetched now, {still} still missing.",
            "%n attachments were missing after earlier downloads: {recovered} fetched now, {still} still missing.",
            len(earlier),
        ).format(recovered=len(recovered), still=len(earlier) - len(recovered)),
        feedback,
    )
    return saved + recovered


def _list_links_to_nothing(tmp, output: Path, uuids: set[str], missing: list) -> None:
    """Each link of the submissions ``uuids`` whose file is not there, not yet in ``missing``: an answer naming a
    file the server did not list, or did not send."""
    listed = {(uuid, name) for uuid, name, _ in missing}
    # submissions whose list of files was not asked (the file storage down: StorageWatch): their answers name them
    unasked = {uuid: reason for uuid, name, reason in missing if not name and isinstance(reason, SaidOnce)}
    for uuid, name, _path in links_to_nothing(tmp, output.parent, uuids):
        if (uuid, name) not in listed:
            listed.add((uuid, name))
            missing.append(
                (
                    uuid,
                    name,
                    unasked.get(uuid)
                    or tr("the submission names this file, but the server listed no attachment of that name."),
                )
            )
    missing[:] = [entry for entry in missing if entry[1] or entry[0] not in unasked]


def records_of(gpkg, uuids: set[str]) -> list[dict]:
    """The rows of the raw table of ``gpkg`` whose ``_uuid`` is in ``uuids``, as records the attachment downloads
    take: every column as text, ``_attachments`` (Kobo's list of files, kept as JSON) read back."""
    records = []
    with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{RAW_MAIN}")')]
        if "_uuid" not in columns:
            return []
        for row in db.execute(f'SELECT * FROM "{RAW_MAIN}"'):
            record = dict(zip(columns, row))
            if str(record.get("_uuid") or "") not in uuids:
                continue
            try:
                record["_attachments"] = json.loads(record.get("_attachments") or "[]")
            except ValueError:
                record["_attachments"] = []
            records.append(record)
    return records


def _say(line: str, feedback) -> None:
    from .http import log

    log(line)
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(line)


@contextlib.contextmanager
def removed_unless_written(folder: Path | None):
    """Around the writing of a GeoPackage: when it fails, the files saved meanwhile in its attachments
    ``folder`` (None: no attachments asked) are removed, and the folder too when it was not there before;
    the files of earlier downloads stay. The submissions themselves are kept apart (``resume``)."""
    existed = folder is not None and folder.is_dir()
    before = set(folder.rglob("*")) if folder is not None and existed else set()
    try:
        yield
    except BaseException:
        if folder is not None and folder.is_dir():
            for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):  # files, then folders
                if path not in before:
                    with contextlib.suppress(OSError):
                        os.rmdir(path) if path.is_dir() and not path.is_symlink() else path.unlink()
            if not existed:
                with contextlib.suppress(OSError):
                    folder.rmdir()
        raise
