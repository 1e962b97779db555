# SPDX-License-Identifier: GPL-3.0-or-later
"""After an update's download: what changed on the server that asking for the newer submissions cannot see.

An update asks only for the submissions after the newest one held (Kobo ``_id``, Central submission date).
So a submission that shows up later with an older id or date (restored from Central's trash, committed late
by Kobo, missing from the export first imported) would never come, and an edit, a review decision or a
deletion made on the server after the download would never be known. ``check_kobo_changes`` and
``check_odk_changes`` read the server's light list of the form's submissions (``server_index``) and compare
it with ``raw_survey``:

* a submission the GeoPackage lacks is downloaded by id into the update's spool: written like a new one;
* one held but no longer on the server (deleted) is said, with its uuid, and kept: raw tables are never
  changed once written, and the user decides (cleaning log ``remove_survey``, or a new download);
* one edited or reviewed again since it was downloaded (Kobo: another ``_uuid``/instance id, validation
  status or ``_last_edited``; Central: another ``updatedAt`` or review state) is said, with its uuid: the
  GeoPackage keeps the version first downloaded, a new download into a new file brings the edited one.

Only an update does it (a first download holds the server's current version of everything).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..base.i18n import tr, trn
from ..survey.submission_ids import without_uuid_prefix
from .http import log
from .records import DownloadStats, first_ids, warn
from .server_errors import DownloadCancelled, NetworkUnavailable, ServerError
from .server_index import KOBO_INDEX_FIELDS, fetch_kobo_ids, fetch_odk_ids, kobo_index, odk_index
from .submissions import RAW_MAIN

_ODK_COMPARED = ["__system/updatedAt", "__system/reviewState"]


@dataclass
class ServerChanges:
    """What the comparison found: ``added`` submissions fetched by id; the uuids of those ``deleted``
    and ``changed`` on the server (kept as downloaded); ``checked`` False when the server gave no list."""

    added: int = 0
    deleted: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    checked: bool = True


def check_kobo_changes(client, uid: str, gpkg: Path, spool, stats, feedback=None) -> ServerChanges:
    """Compare the GeoPackage ``gpkg`` (and the submissions just downloaded into ``spool``) with Kobo form
    ``uid``; the submissions it lacks go to ``spool``, counted in ``stats``."""
    held = held_rows(gpkg, "_id", ["_uuid", *KOBO_INDEX_FIELDS])
    if held is None:  # no _id column (an export without it): nothing to compare by
        return ServerChanges(checked=False)
    _say_checking(feedback, gpkg, client.http.host)
    report = _Report(feedback, stats, gpkg, client.http.host, uid)
    return _unless_failed(
        lambda: _compare(
            kobo_index(client, uid),
            held,
            _spool_ids(spool, "_id"),
            lambda wanted: fetch_kobo_ids(client, uid, wanted, spool, stats),
            report,
        ),
        report,
    )


def check_odk_changes(client, project_id: int, xml_form_id: str, gpkg: Path, spool, stats, feedback=None):
    """As ``check_kobo_changes`` for ODK Central form ``xml_form_id`` of project ``project_id``."""
    held = held_rows(gpkg, "__id", ["_uuid", *_ODK_COMPARED])
    if held is None:
        return ServerChanges(checked=False)
    _say_checking(feedback, gpkg, client.http.host)
    report = _Report(feedback, stats, gpkg, client.http.host, xml_form_id)
    return _unless_failed(
        lambda: _compare(
            odk_index(client, project_id, xml_form_id),
            held,
            _spool_ids(spool, "__id"),
            lambda wanted: fetch_odk_ids(client, project_id, xml_form_id, wanted, spool, stats),
            report,
        ),
        report,
    )


def _unless_failed(compare, report: _Report) -> ServerChanges:
    """``compare()``; when the server fails on the way (an error status, a bad or too slow answer), the
    update still writes its new submissions: the check is said not done, with the reason. A cancel, and a
    network lost (the last copy offered, ``sync._offline_guard``), still stop the run."""
    try:
        return compare()
    except (DownloadCancelled, NetworkUnavailable):
        raise
    except ServerError as err:
        report.warn(
            tr(
                "This update could not check for submissions deleted, edited or missing on {host} since the last "
                "download of form {id}, because the comparison with the server's list failed: {reason} The new "
                "submissions were written all the same. To be sure to have the server's current version, "
                "download the form into a new GeoPackage."
            ).format(host=report.host, id=report.form_id, reason=str(err).strip())
        )
        return ServerChanges(checked=False)


def held_rows(gpkg: Path, id_column: str, columns: list[str]) -> dict[str, dict[str, str]] | None:
    """{id: {column: text}} of ``raw_survey`` for the ``columns`` it has (None as ""); None without
    ``id_column``."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
        present = [row[1] for row in db.execute(f'PRAGMA table_info("{RAW_MAIN}")')]
        if id_column not in present:
            return None
        wanted = [column for column in dict.fromkeys([id_column, *columns]) if column in present]
        names = ", ".join('"{}"'.format(column.replace('"', '""')) for column in wanted)
        held: dict[str, dict[str, str]] = {}
        for values in db.execute(f'SELECT {names} FROM "{RAW_MAIN}"'):
            row = {column: _text(value) for column, value in zip(wanted, values)}
            ident = _id_key(row.pop(id_column))
            if ident and ident != id_column:  # not a header row repeated by two joined exports (kept raw)
                held.setdefault(ident, row)
        return held


def _spool_ids(spool, id_column: str) -> set[str]:
    return {_id_key(record.get(id_column)) for record in spool} - {""}


def _id_key(value) -> str:
    """An id as text; ``500005.0`` (an id that went through a spreadsheet) is ``500005``."""
    text = _text(value)
    return re.sub(r"^(\d+)\.0+$", r"\1", text)


def _text(value) -> str:
    """A value held or listed as text: None is ""."""
    return "" if value is None else str(value)


def _spellings(value) -> set[str]:
    """The ways a value the server lists may be held: None and {} as "", Kobo's validation status as its
    ``uid`` (the API, an export of XML values) or its ``label`` (an export of labels: "Approved")."""
    if value is None:
        return {""}
    if isinstance(value, dict):
        return {str(value.get("uid") or ""), str(value.get("label") or value.get("uid") or "")}
    return {str(value)}


def _held(text: str) -> str:
    """A value held as a Kobo API file writes it: ``{}`` as "", an object (the validation status) as its uid."""
    if text.startswith("{") and text.endswith("}"):
        try:
            value = json.loads(text)
        except ValueError:
            return text
        if isinstance(value, dict):
            return str(value.get("uid") or "")
    return text


def _differs(held: dict[str, str], server: dict) -> bool:
    """True when a value the server lists differs from the one held (a column the GeoPackage has)."""
    return any(
        key in held and _held(held[key]) not in _spellings(value) for key, value in server.items() if key != "_id"
    )


@dataclass
class _Report:
    feedback: object
    stats: DownloadStats
    gpkg: Path
    host: str
    form_id: str

    def info(self, text: str) -> None:
        log(text)
        if self.feedback is not None and hasattr(self.feedback, "pushInfo"):
            self.feedback.pushInfo(text)

    def warn(self, text: str) -> None:
        warn(self.feedback, self.stats, text)


def _compare(index, held, downloaded: set[str], fetch, report: _Report) -> ServerChanges:
    """Fetch (``fetch(ids)`` -> those not sent) what the server lists and neither ``held`` nor ``downloaded``
    has; say what ``held`` has that the server no longer lists or lists changed."""
    if index is None:
        report.warn(
            tr(
                "{host} did not give the light list of the submissions of form {id}, so this update could not "
                "check for submissions deleted, edited or missing on the server since the last download. To be "
                "sure to have the server's current version, download the form into a new GeoPackage."
            ).format(host=report.host, id=report.form_id)
        )
        return ServerChanges(checked=False)
    missing = [ident for ident in index if ident not in held and ident not in downloaded]
    refused = fetch(missing) if missing else []
    changes = ServerChanges(added=len(missing) - len(refused))
    if changes.added:
        report.info(
            trn(
                "%n submission of form {id} on {host} was not in the GeoPackage although it is older than the "
                "newest one held (restored on the server, sent late, or missing from the file first imported): "
                "it was downloaded and added.",
                "%n submissions of form {id} on {host} were not in the GeoPackage although they are older than "
                "the newest one held (restored on the server, sent late, or missing from the file first imported): "
                "they were downloaded and added.",
                changes.added,
            ).format(id=report.form_id, host=report.host)
        )
    if refused:
        names = [_uuid(index[ident], ident) for ident in refused]
        report.warn(
            trn(
                "%n submission of form {id} is on {host} but not in the GeoPackage, and could not be downloaded "
                "on its own: {uuids}. Download the form into a new GeoPackage to get it.",
                "%n submissions of form {id} are on {host} but not in the GeoPackage, and could not be downloaded "
                "on their own: {uuids}. Download the form into a new GeoPackage to get them.",
                len(names),
            ).format(id=report.form_id, host=report.host, uuids=first_ids(names))
        )
    changes.deleted = [_uuid(row, ident) for ident, row in held.items() if ident not in index]
    changes.changed = [
        _uuid(row, ident) for ident, row in held.items() if ident in index and _differs(row, index[ident])
    ]
    file = report.gpkg.name
    if changes.deleted:
        report.warn(
            trn(
                "%n submission in {file} was deleted on {host} since it was downloaded: {uuids}. It is still in "
                "the GeoPackage and in every export made from it (an update removes nothing). To remove it, add "
                "a row with the change type remove_survey and its uuid to the cleaning log and apply it, or "
                "download the form into a new GeoPackage.",
                "%n submissions in {file} were deleted on {host} since they were downloaded: {uuids}. They are "
                "still in the GeoPackage and in every export made from it (an update removes nothing). To remove "
                "them, add a row with the change type remove_survey and their uuid to the cleaning log and apply "
                "it, or download the form into a new GeoPackage.",
                len(changes.deleted),
            ).format(file=file, host=report.host, uuids=first_ids(changes.deleted))
        )
    if changes.changed:
        report.warn(
            trn(
                "%n submission in {file} was edited or reviewed again on {host} since it was downloaded: {uuids}. "
                "The GeoPackage keeps its answers and review state as first downloaded; to get the edited "
                "version, download the form into a new GeoPackage.",
                "%n submissions in {file} were edited or reviewed again on {host} since they were downloaded: "
                "{uuids}. The GeoPackage keeps their answers and review state as first downloaded; to get the "
                "edited versions, download the form into a new GeoPackage.",
                len(changes.changed),
            ).format(file=file, host=report.host, uuids=first_ids(changes.changed))
        )
    return changes


def _uuid(row: dict, ident: str) -> str:
    """The uuid a cleaning log names the submission by (its id when it has none)."""
    return _text(row.get("_uuid")) or without_uuid_prefix(ident)


def _say_checking(feedback, gpkg: Path, host: str) -> None:
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(
            tr("Comparing {file} with the list of submissions on {host}…").format(file=gpkg.name, host=host)
        )
