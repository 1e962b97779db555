# SPDX-License-Identifier: GPL-3.0-or-later
"""Download a form's submissions into the survey GeoPackage, or update it with the new ones.

The download goes to a temporary spool (JSON lines), then a temporary copy of the
GeoPackage is written, through the file import's writer (``survey_tables.write_survey_frames``:
the records are flattened into the columns of a Kobo export, so both paths give the same
tables), and renamed over the target only when everything succeeded: a
failure or a cancel leaves the previous GeoPackage exactly as it was. "Update" asks the
server for submissions newer than the last sync (Kobo ``_id``, ODK submission date,
both read from ``cartong_metadata``) of the same server and form (``update_guard``), leaves
out those already there, and appends the others: raw tables are append-only. Then it compares the
GeoPackage with the server's list of submissions (``server_changes``): older ones it lacks are added
too, those deleted, edited or reviewed again on the server are said (never removed nor replaced).
A download cut by the network keeps what it received and the next one continues it
(``resume``); an attachment the server lost is skipped and listed, never fatal, and an update with
attachments asks again for every file skipped before (``attachment_fetch``).

For a wizard: run ``sync_kobo``/``sync_odk`` in a QgsTask with a QgsFeedback (progress per
page, cancel at any time); ``OfflineError`` comes at once when the server cannot be reached
and its ``last_copy`` is the GeoPackage to open instead; remove the survey's layers from the
project before an update (a GeoPackage held open cannot be replaced safely).

The labels are in the language asked, and an update keeps the GeoPackage's (``sync_language``).
``submissions`` writes the records into the tables, ``geopackage`` keeps the file safe to replace
and its ``cartong_metadata`` log, ``attachments`` says where attachments go and links them in the
survey layer's attribute form.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.outputs import in_use_error, refuse_replacing_decisions
from ..base.safe_files import file_sha256
from .attachment_fetch import fetch_survey_attachments, removed_unless_written
from .attachments import attachments_dir, link_attachments
from .file_download import SaidOnce
from .geopackage import copy_geopackage, ensure_not_in_use, log_sync, utc_now
from .http import log, normalise_base_url, warning_level
from .resume import PartialDownload, resumed_message
from .server_changes import ServerChanges, check_kobo_changes, check_odk_changes
from .server_errors import NetworkUnavailable, ServerError
from .submissions import submission_count, write_submissions
from .sync_language import download_language, xform_missing
from .update_guard import held_ids, largest_kobo_id, last_sync, previous_sync


@dataclass
class SyncResult:
    gpkg: Path
    mode: str  # "download" or "update"
    new_records: int
    total_records: int
    pages: int
    attachments: int
    seconds: float
    network_seconds: float
    server_count: int | None = None
    resumed_records: int = 0  # submissions kept from an interrupted attempt, not downloaded again
    # attachments skipped: (submission uuid, file name, reason)
    missing_attachments: list[tuple[str, str, str]] = field(default_factory=list)
    language: str = ""  # the form's language the labels are in
    language_warnings: list[str] = field(default_factory=list)  # about that language (already shown)
    changes: ServerChanges | None = None  # an update: what changed on the server besides the new submissions


class OfflineError(NetworkUnavailable):
    """The server cannot be reached; ``last_copy`` is the GeoPackage downloaded before, if any."""

    def __init__(self, message: str, last_copy: Path | None = None):
        super().__init__(message)
        self.last_copy = last_copy


def last_copy_message(gpkg: Path) -> str:
    row = last_sync(gpkg) if Path(gpkg).exists() else None
    if row is None:
        return tr("No copy of this form has been downloaded on this computer yet.")
    return tr("The last downloaded copy is still available: {file} ({records} submissions, synced {when}).").format(
        file=Path(gpkg).name, records=row.get("rows", "?"), when=row.get("imported_at", "?")
    )


def sync_kobo(
    server_url: str,
    token: str,
    uid: str,
    output,
    *,
    update: bool = False,
    attachments: bool = False,
    language: str | None = None,
    preferred_language: str | None = None,
    feedback=None,
    page_size: int | None = None,
    **client_options,
) -> SyncResult:
    """Download (or update) KoboToolbox survey ``uid`` into the GeoPackage ``output``.

    Labels in ``language`` (an update keeps the GeoPackage's: ``sync_language``), else in
    ``preferred_language`` when the form has it, else in the form's default."""
    from .kobo import PAGE_SIZE, KoboClient

    output = Path(output)
    source = f"{normalise_base_url(server_url)}/api/v2/assets/{uid}/"
    client = KoboClient(server_url, token, feedback=feedback, **client_options)
    try:
        form = _offline_guard(lambda: client.read_form(uid), output)  # offline: the last copy is offered first
        previous = previous_sync(output, source) if update and output.exists() else None  # another form: refused
        after = int(previous["last_id"]) if previous and (previous.get("last_id") or "").isdigit() else None
        if update and output.exists() and previous is None:
            after = largest_kobo_id(output)  # a Kobo export imported from a file: continue after it

        def download(spool, stats):
            # a resumed download continues after the last id kept only when the server has no other id up to
            # it (ids in order, none skipped); else from the start, leaving out the ids kept
            start = after
            if stats.ordered and stats.last_id.isdigit():
                if client.count_up_to(uid, after, int(stats.last_id)) == stats.records:
                    start = int(stats.last_id)
            return client.download_submissions(
                uid, spool, after_id=start, page_size=page_size or PAGE_SIZE, stats=stats
            )

        def fetch_attachments(records, folder, missing, again=False):
            return client.download_attachments(records, folder, missing)

        def check(spool, stats):
            return check_kobo_changes(client, uid, output, spool, stats, feedback)

        return _sync(
            client.http,
            form,
            output,
            update,
            download,
            fetch_attachments if attachments else None,
            source=source,
            kind="kobo",
            language=language,
            preferred_language=preferred_language,
            feedback=feedback,
            can_update=after is not None,
            start=after,
            check=check,
        )
    finally:
        client.close()


def sync_odk(
    server_url: str,
    project_id: int,
    xml_form_id: str,
    output,
    *,
    email: str = "",
    password: str = "",
    app_user_token: str = "",
    update: bool = False,
    attachments: bool = False,
    form_spec=None,
    language: str | None = None,
    preferred_language: str | None = None,
    feedback=None,
    page_size: int | None = None,
    **client_options,
) -> SyncResult:
    """Download (or update) ODK Central form ``xml_form_id`` of project ``project_id`` into ``output``.

    ``form_spec`` (read from the XLSForm with ``read_xlsform``) gives labels and choices;
    without it the form's fields from Central give names and types only. ``language`` and
    ``preferred_language`` as for ``sync_kobo``.
    """
    from .odk_central import PAGE_SIZE, OdkCentralClient

    output = Path(output)
    source = f"{normalise_base_url(server_url)}/v1/projects/{int(project_id)}/forms/{xml_form_id}"
    client = _offline_guard(
        lambda: OdkCentralClient(
            server_url,
            email=email,
            password=password,
            app_user_token=app_user_token,
            feedback=feedback,
            **client_options,
        ),
        output,
    )
    try:
        fields_form = _offline_guard(lambda: client.read_form(project_id, xml_form_id), output)
        if form_spec is None:  # the labels and choices come from the XForm: said when it could not be read
            xform_missing(client.xform_problem, fields_form, output, update, client.http)
        form = form_spec or fields_form
        previous = previous_sync(output, source) if update and output.exists() else None  # another form: refused
        after = previous.get("last_time") if previous else None
        # the submissions already there are left out: Central before v2023.1 sends the last one again
        known = held_ids(output, "__id") if previous else None

        def download(spool, stats):
            return client.download_submissions(
                project_id,
                xml_form_id,
                spool,
                after_time=after or None,
                page_size=page_size or PAGE_SIZE,
                stats=stats,
                known=known,
            )

        def fetch_attachments(records, folder, missing, again=False):
            if again:  # read back from the GeoPackage: the files present then may have been uploaded since
                records = ({**record, "__system/attachmentsPresent": 1} for record in records)
            return client.download_attachments(project_id, xml_form_id, records, folder, missing)

        def check(spool, stats):
            return check_odk_changes(client, project_id, xml_form_id, output, spool, stats, feedback)

        return _sync(
            client.http,
            form,
            output,
            update,
            download,
            fetch_attachments if attachments else None,
            source=source,
            kind="odk",
            language=language,
            preferred_language=preferred_language,
            feedback=feedback,
            start=after,
            check=check,
        )
    finally:
        client.close()


def _offline_guard(call, output: Path):
    """Run ``call``; when the server cannot be reached say so at once and point to the last copy."""
    try:
        return call()
    except NetworkUnavailable as err:
        copy = output if output.exists() else None
        raise OfflineError(f"{err} {last_copy_message(output)}", last_copy=copy) from err


def _sync(
    http,
    form,
    output: Path,
    update: bool,
    download,
    fetch_attachments,
    *,
    source: str,
    kind: str,
    language: str | None,
    preferred_language: str | None,
    feedback,
    can_update: bool = False,
    start=None,
    check=None,
) -> SyncResult:
    """Download (``download(spool, stats)``) into a spool, then, for an update, compare with the server
    (``check(spool, stats)`` -> ServerChanges), then write the GeoPackage; see the module docstring."""
    started = time.perf_counter()
    mode = "update" if update and output.exists() else "download"
    if mode == "update" and not can_update and last_sync(output) is None:
        raise CartongError(
            tr(
                "{file} was not downloaded from a server, so it cannot be updated from one. "
                "Download into a new GeoPackage instead."
            ).format(file=output.name),
            path=str(output),
        )
    # before the download: an update asking another language than the GeoPackage's is refused
    labels, language_warnings = download_language(form, output, mode == "update", language, preferred_language)
    for warning in language_warnings:
        log(warning, warning_level())
        if feedback is not None and hasattr(feedback, "pushWarning"):
            feedback.pushWarning(warning)
    output.parent.mkdir(parents=True, exist_ok=True)
    ensure_not_in_use(output)
    if mode != "update":  # an update copies the GeoPackage whole; a new download replaces it
        refuse_replacing_decisions(output)
    partial = PartialDownload(output, f"{kind} {source} {mode}", start)
    missing: list[tuple[str, str, str]] = []
    with partial.open() as spool:
        if partial.resumed:
            log(resumed_message(partial.resumed, output.name))
            if feedback is not None and hasattr(feedback, "pushInfo"):
                feedback.pushInfo(resumed_message(partial.resumed, output.name))
        stats = _offline_guard(lambda: _download_keeping_what_came(download, spool, partial), output)
        http.check_cancelled()
        changes = None
        if mode == "update" and check is not None:  # a first download holds the server's current version
            changes = _offline_guard(
                lambda: _download_keeping_what_came(lambda into, _kept: check(into, stats), spool, partial), output
            )
            http.check_cancelled()
        try:
            folder = attachments_dir(output) if fetch_attachments else None
            # the files saved are removed when anything fails, the GeoPackage's final rename included
            with removed_unless_written(folder), atomic_output(output) as tmp:
                if mode == "update":
                    copy_geopackage(output, tmp)  # the original stays untouched until the rename
                total, saved = _write_geopackage(
                    tmp,
                    output,
                    mode,
                    form,
                    labels,
                    spool,
                    stats,
                    fetch_attachments,
                    source,
                    kind,
                    http,
                    feedback,
                    missing,
                    language_warnings,
                )
                http.check_cancelled()  # a cancel at the very end still leaves the old file
                ensure_not_in_use(output)
        except PermissionError as err:  # Windows: the GeoPackage is open in QGIS
            raise in_use_error(output) from err
        except CartongError as err:  # a message saying "what was already downloaded is kept" must be true
            _keep_what_came(err, spool, partial)
            raise
    partial.discard()  # written into the GeoPackage: the kept part has served
    result = SyncResult(
        gpkg=output,
        mode=mode,
        new_records=stats.records,
        total_records=total,
        pages=stats.pages,
        attachments=len(saved),
        seconds=time.perf_counter() - started,
        network_seconds=http.network_seconds,
        server_count=stats.server_count,
        resumed_records=partial.resumed,
        missing_attachments=missing,
        language=labels,
        language_warnings=language_warnings,
        changes=changes,
    )
    log(
        tr("{file}: {new} new submissions ({total} in all) from {pages} pages in {seconds} s.").format(
            file=output.name, new=result.new_records, total=total, pages=result.pages, seconds=f"{result.seconds:.1f}"
        )
    )
    return result


def _download_keeping_what_came(download, spool, partial: PartialDownload):
    """``download(spool, stats)``; when it fails for a reason that may pass, the submissions
    received so far are kept for the next attempt and the message says so."""
    try:
        return download(spool, partial.stats)
    except ServerError as err:
        _keep_what_came(err, spool, partial)
        raise


def _keep_what_came(err: CartongError, spool, partial: PartialDownload) -> None:
    """Keep the submissions received for the next attempt when ``err`` may pass (the network, a busy server,
    a full disk, an attachment the disk refused), and say so in its message."""
    if not (getattr(err, "resumable", False) or err.disk_full):
        return
    try:
        kept = partial.keep(spool)
    except (CartongError, OSError):  # the disk too full even for that: the first error is the one to tell
        return
    if kept:
        err.args = (f"{err} {kept}",)


def _report_missing(missing, feedback) -> None:
    """Each attachment skipped, in the QGIS log and the algorithm's log."""
    for uuid, name, reason in missing:
        if isinstance(reason, SaidOnce):  # the files of a storage found down: said once, when it was
            continue
        line = tr("Attachment {name} of submission {uuid} was skipped: {reason}").format(
            name=name, uuid=uuid, reason=reason
        )
        log(line)
        if feedback is not None and hasattr(feedback, "pushWarning"):
            feedback.pushWarning(line)


def _write_geopackage(
    tmp,
    output: Path,
    mode: str,
    form,
    language,
    spool,
    stats,
    fetch_attachments,
    source: str,
    kind: str,
    http=None,
    feedback=None,
    missing=None,
    language_warnings=(),
) -> tuple[int, list]:
    """Append the spooled records to the GeoPackage at ``tmp``; fetch attachments; log the sync
    (``language_warnings``, already shown, are kept with it)."""

    def written(count: int) -> None:
        if http is not None:
            http.check_cancelled()
        if feedback is not None and stats.records:
            feedback.setProgress(100.0 * count / stats.records)

    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(
            tr("Writing {records} submissions into {file}…").format(records=stats.records, file=output.name)
        )
    _, reports = write_submissions(
        tmp,
        spool,
        form,
        language,
        update=mode == "update",
        attachments_folder=attachments_dir(output).name,
        every_1000=written,
    )
    total = submission_count(tmp)  # not start_index + new: an imported export may lack some _index
    # what the import's writer found (an unreadable location, a value that is no number...): said, not dropped
    warnings = [warning for report in reports for warning in report.warnings]
    for warning in warnings:
        log(warning, warning_level())
        if feedback is not None and hasattr(feedback, "pushWarning"):
            feedback.pushWarning(warning)
    # the download's own and the client's (a character replaced: already shown), kept with the sync
    warnings = [*language_warnings, *stats.warnings, *getattr(http, "warnings", []), *warnings]
    missing = [] if missing is None else missing
    saved = (
        fetch_survey_attachments(tmp, output, spool, mode == "update", fetch_attachments, missing, feedback)
        if fetch_attachments
        else []
    )
    _report_missing(missing, feedback)
    relations = []  # the same in every chunk, once a repeat has rows
    for relation in (r for report in reports for r in report.relations):
        if relation not in relations:
            relations.append(relation)
    # Column names shared with the file import (``survey.import_metadata``), so that both kinds of rows
    # sit in one cartong_metadata table; the server-only ones follow.
    log_sync(
        tmp,
        {
            "action": "import" if mode == "download" else "sync",
            "imported_at": utc_now(),
            "source_file": source,
            "source_sha256": file_sha256(spool.path),
            "form_id": form.form_id,
            "form_version": form.version,
            "form_title": form.title,
            "language": form.resolve_language(language) if hasattr(form, "resolve_language") else "",
            "rows": total,
            "relations": json.dumps(relations, ensure_ascii=False) if mode == "download" else None,
            "source_kind": kind,
            "records_new": stats.records,
            "pages": stats.pages,
            "server_count": stats.server_count,
            "last_id": stats.last_id or _previous(output, "last_id"),
            "last_time": stats.last_time or _previous(output, "last_time"),
            "attachments": len(saved),
            "warnings": json.dumps(warnings, ensure_ascii=False),
            "attachments_missing": json.dumps([name for _, name, _ in missing], ensure_ascii=False)
            if missing
            else None,
        },
    )
    if mode == "download" or saved:
        link_attachments(tmp, output.parent)
    return total, saved


def _previous(output: Path, key: str) -> str:
    row = last_sync(output) if output.exists() else None
    return (row or {}).get(key) or ""
