# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK Central: log in, list projects and forms, download submissions through OData.

Endpoints (https://docs.getodk.org/central-api/): ``POST /v1/sessions`` (email/password ->
bearer token) or an app-user token (``/v1/key/{token}/...``), ``GET /v1/projects``,
``GET /v1/projects/{id}/forms``, ``GET .../forms/{xmlFormId}/fields?odata=true``, and the
OData feed ``.../forms/{xmlFormId}.svc/Submissions`` with ``$top/$skip/$count`` (or the server's
``$skiptoken`` next links), ``$expand=*`` (repeats inline), ``$wkt=false`` (GeoJSON points) and
``$filter`` on ``__system/submissionDate`` for updates; what the pages missed while submissions were
deleted on the server is fetched afterwards (``odk_completeness``).

Submissions are normalised to the Kobo shape the GeoPackage writer knows: slash paths
(``identification/admin1``), geopoints as ``"lat lon alt accuracy"``, ``_uuid``,
``_submission_time``, ``_submitted_by``, ``_validation_status`` (review state).
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import requests

from ..base.i18n import tr
from .bounds import PageGuard
from .file_download import StorageWatch
from .http import ServerClient, log
from .odata_records import (
    form_spec_from_fields,
    keep_row,
    normalise_odata_record,
    odata_count,
    odata_rows,
    say_encrypted,
)
from .odk_completeness import complete_download
from .odk_repeats import RepeatRows, attach_repeats, repeat_tables, repeats_left_out, say_unread_repeats
from .records import (
    ATTACHMENT_SKIPPED,
    DownloadStats,
    RecordSpool,
    attachment_target,
    check_count,
    check_record,
    report_progress,
)
from .server_errors import DownloadCancelled, PermissionDenied, QueryRefused, ServerError
from .web_pages import needs_download

PAGE_SIZE = 1000
CLOSE_TIMEOUT = (3.0, 5.0)  # logging out must not hold up the end of a run


@dataclass
class OdkProject:
    id: int
    name: str


@dataclass
class OdkForm:
    project_id: int
    xml_form_id: str
    name: str
    version: str
    state: str
    submissions: int | None = None
    last_submission: str = ""  # ISO date-time (UTC) of the newest submission; "" when none


def _app_users_told_why(method):
    """An app user refused (HTTP 403) is told why: ODK Central lets app users send submissions, not
    read them (docs.getodk.org/central-users); a web account is what downloads the data."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except PermissionDenied as err:
            if not self.app_user:
                raise
            raise PermissionDenied(
                tr(
                    "{host} refused the app-user token (HTTP 403): in ODK Central, app users can send "
                    "submissions but not read them. To download the data, sign in with the email and password "
                    "of a web user who has the Project Viewer or Project Manager role in this project."
                ).format(host=self.http.host)
            ) from err

    return wrapper


class OdkCentralClient:
    """One ODK Central server, logged in with email/password or an app-user token."""

    def __init__(
        self,
        server_url: str,
        *,
        email: str = "",
        password: str = "",
        app_user_token: str = "",
        feedback=None,
        **client_options,
    ):
        secrets = [s for s in (password, app_user_token) if s]
        self.http = ServerClient(
            server_url, feedback=feedback, secrets=secrets, secret_in_urls=bool(app_user_token), **client_options
        )
        self.feedback = feedback
        self.storage = StorageWatch(self.http)  # its file storage down: the rest of the attachments not asked
        self.api = "/v1"
        self.app_user = bool(app_user_token)
        self._session_token = ""  # the bearer of the session opened with the password, closed by ``close``
        self.xform_problem = ""  # why ``read_form`` has no labels and choices (the XForm not read)
        if app_user_token:
            self.api = f"/v1/key/{quote(app_user_token, safe='')}"
            self.http.add_secret(quote(app_user_token, safe=""))  # as it appears in URLs
        elif email and password:
            self._open_session(email, password)
        else:
            raise ServerError(tr("ODK Central needs an email and password, or an app-user token."))

    def _open_session(self, email: str, password: str) -> None:
        answer = self.http.post_json("/v1/sessions", {"email": email, "password": password}, what=tr("the login"))
        token = answer.get("token") if isinstance(answer, dict) else None
        if not token:
            raise ServerError(
                tr("{host} did not return a session token: is it an ODK Central server?").format(host=self.http.host)
            )
        self.http.add_secret(token)
        self.http.session.headers["Authorization"] = f"Bearer {token}"
        self._session_token = token

    def close(self) -> None:
        """Log out (a Central session stays valid 24 hours, wherever a copy of its bearer is), then close the
        connections. Best effort, on every path (an error or a cancel included): the request goes to the
        server itself only, without retries, redirects or the cancel check; a failure is ignored."""
        token, self._session_token = self._session_token, ""
        if token:
            url = self.http.url(f"/v1/sessions/{quote(token, safe='')}")
            try:
                self.http.session.delete(
                    url, timeout=CLOSE_TIMEOUT, allow_redirects=False, proxies=self.http.proxies_for(url)
                ).close()
            except (requests.exceptions.RequestException, OSError, ValueError):
                log(
                    tr("The session on {host} could not be closed; it ends by itself within 24 hours.").format(
                        host=self.http.host
                    )
                )
        self.http.close()

    # -- projects and forms -------------------------------------------------------------
    @_app_users_told_why
    def list_projects(self) -> list[OdkProject]:
        projects = self.http.get_json(f"{self.api}/projects", what=tr("the list of projects"))
        return [OdkProject(id=int(p["id"]), name=str(p.get("name", ""))) for p in _as_list(projects, self.http.host)]

    @_app_users_told_why
    def list_forms(self, project_id: int) -> list[OdkForm]:
        forms = self.http.get_json(
            f"{self.api}/projects/{int(project_id)}/forms",
            what=tr("the forms of project {id}").format(id=project_id),
            # extended metadata adds `submissions` and `lastSubmission`
            headers={"X-Extended-Metadata": "true"},
        )
        return [
            OdkForm(
                project_id=int(f.get("projectId", project_id)),
                xml_form_id=str(f["xmlFormId"]),
                name=str(f.get("name") or f["xmlFormId"]),
                version=str(f.get("version") or ""),
                state=str(f.get("state") or ""),
                submissions=f.get("submissions"),
                last_submission=str(f.get("lastSubmission") or ""),
            )
            for f in _as_list(forms, self.http.host)
        ]

    def form_path(self, project_id: int, xml_form_id: str) -> str:
        return f"{self.api}/projects/{int(project_id)}/forms/{quote(xml_form_id, safe='')}"

    @_app_users_told_why
    def fields(self, project_id: int, xml_form_id: str) -> list[dict]:
        """The form's fields: ``[{"name", "path", "type", "binary", "selectMultiple"}]``."""
        return _as_list(
            self.http.get_json(
                f"{self.form_path(project_id, xml_form_id)}/fields",
                params={"odata": "true"},
                what=tr("form {id}").format(id=xml_form_id),
            ),
            self.http.host,
        )

    @_app_users_told_why
    def read_form(self, project_id: int, xml_form_id: str, title: str = ""):
        """A ``FormSpec``: types, groups and repeats from ``/fields``, labels and choices from the XForm
        (``xform_problem``: why they are missing, "" when they are there)."""
        from .odk_xform import read_xform_labels

        spec = form_spec_from_fields(self.fields(project_id, xml_form_id), xml_form_id, title)
        self.xform_problem = read_xform_labels(self.http, spec, f"{self.form_path(project_id, xml_form_id)}.xml")
        return spec

    # -- submissions -----------------------------------------------------------------------
    @_app_users_told_why
    def download_submissions(
        self,
        project_id: int,
        xml_form_id: str,
        spool: RecordSpool,
        *,
        after_time: str | None = None,
        page_size: int = PAGE_SIZE,
        stats: DownloadStats | None = None,
        known: set | None = None,
    ) -> DownloadStats:
        """Write every submission (only those submitted after ``after_time``) to ``spool``.

        ``known`` are the ``__id`` of the submissions already in the GeoPackage: an update leaves them
        out (Central before v2023.1 also gives the submission dated ``after_time``, whose time it keeps
        in microseconds but shows in milliseconds). Submissions of an encrypted form that come without
        their data are left out and said (``odata_records.say_encrypted``).

        Pages come from the OData feed (newest first, as Central serves them) by ``$top``/``$skip``
        or the server's ``@odata.nextLink``; each page is normalised and written before the next.
        Then the submissions the pages missed (a deletion during the download moves rows between
        pages) are fetched on their own (``odk_completeness``).
        Repeats come inline (``$expand=*``); a server that refuses or ignores ``$expand`` (Central
        before 1.2) gets them from the per-repeat tables instead (``download_without_expand``).
        A submission arriving during the download comes with it when the pages are checked, else with
        the next update (its date is after the newest one seen here).

        ``stats`` of a download cut earlier (``resume``) continue it: the feed starts after the
        submissions already in ``spool`` (``$skip``; a submission that arrived meanwhile pushes
        rows back and is recognised by its id), each page is on disk before the next is asked.
        """
        url = f"{self.form_path(project_id, xml_form_id)}.svc/Submissions"
        query = {"$wkt": "false"}
        if after_time:
            query["$filter"] = f"__system/submissionDate gt {after_time}"
        resumed = stats is not None and (stats.records > 0 or stats.received > 0)
        stats = stats if stats is not None else DownloadStats()
        seen = {str(r.get("__id") or "") for r in spool} if resumed else set()
        skip = max(stats.records, stats.received)  # the rows of the feed already read, left out ones included
        expanded = dict(query, **{"$expand": "*"})
        pages = self._feed(url, expanded, page_size, stats, xml_form_id, skip=skip, seen=seen, known=known)
        try:
            first = next(pages, [])
        except QueryRefused:
            first = None
        if first is None or repeats_left_out(first):
            pages.close()
            log(
                tr(
                    "{host} does not expand the repeats of form {id} inline ($expand, ODK Central 1.2 and later): "
                    "they are downloaded from their own tables instead."
                ).format(host=self.http.host, id=xml_form_id)
            )
            if resumed:
                spool.reset()  # the older way reads the tables whole: start again
            return self.download_without_expand(project_id, xml_form_id, spool, query, page_size, known)
        write = functools.partial(_write_normalised, stats=stats, spool=spool)
        for rows in itertools.chain([first], pages):
            for row in rows:
                write(row)
            stats.last_id = stats.last_time
            spool.flush()  # the page is on disk before the next is asked: what a resume starts from
        self._complete(url, expanded, page_size, stats, xml_form_id, seen, known, write)
        say_encrypted(self.feedback, stats, spool, xml_form_id, self.http.host)
        stats.last_id = stats.last_time
        spool.flush()
        check_count(self.feedback, stats, self.http.host, xml_form_id)
        return stats

    @_app_users_told_why
    def download_without_expand(
        self,
        project_id: int,
        xml_form_id: str,
        spool: RecordSpool,
        query: dict,
        page_size: int = PAGE_SIZE,
        known: set | None = None,
    ) -> DownloadStats:
        """The submissions, then each repeat table in full, joined on disk and written to ``spool``.

        Submissions come first, those the pages missed included (``odk_completeness``): one arriving
        in between has its repeat rows already there. Repeat tables cannot be filtered by date on
        older servers, so an update reads them whole and keeps the rows of the new submissions only; rows
        of no submission read, and submissions deleted before their repeats were read, are said.
        """
        form_path = self.form_path(project_id, xml_form_id)
        tables = repeat_tables(self.fields(project_id, xml_form_id))
        stats = DownloadStats()
        url, seen = f"{form_path}.svc/Submissions", set[str]()
        with RecordSpool(spool.path.parent) as raw, RepeatRows(spool.path.parent) as store:
            for rows in self._feed(url, query, page_size, stats, xml_form_id, seen=seen, known=known):
                for row in rows:
                    raw.write(row)
            self._complete(url, query, page_size, stats, xml_form_id, seen, known, raw.write)
            for table in tables:
                for rows in self._feed(
                    f"{form_path}.svc/{quote(table.name, safe='')}",
                    {"$wkt": "false"},
                    page_size,
                    DownloadStats(),
                    xml_form_id,
                    progress=False,
                ):
                    store.add(table, rows)
            for row in raw:
                record = normalise_odata_record(attach_repeats(row, "Submissions", tables, store))
                _write_record(record, stats, spool)
            say_unread_repeats(self.http, stats, url, query, xml_form_id, seen, known or set(), tables, store)
        say_encrypted(self.feedback, stats, spool, xml_form_id, self.http.host)
        stats.last_id = stats.last_time
        spool.flush()
        check_count(self.feedback, stats, self.http.host, xml_form_id)
        return stats

    def _complete(self, url, query, page_size, stats, form_id, seen, known, write) -> None:
        """Write (``write(row)``) what the pages of ``url`` missed: ``odk_completeness.complete_download``."""

        def read_again():
            return self._feed(url, query, page_size, stats, form_id, seen=seen, known=known, progress=False)

        complete_download(
            self.http,
            url,
            query,
            stats,
            form_id,
            seen=seen,
            known=known or set(),
            write=write,
            read_again=read_again,
            feedback=self.feedback,
        )

    def _feed(
        self,
        url: str | None,
        query: dict,
        page_size: int,
        stats: DownloadStats,
        form_id: str,
        *,
        progress: bool = True,
        skip: int = 0,
        seen: set | None = None,
        known: set | None = None,
    ):
        """The pages of one OData entity set as lists of rows, each row once; counts go to ``stats``.

        No $orderby: Central before v2024.1 rejects it. Paging by position ($skip, ours or in the next
        links of Central before 2023.4) may then repeat a row when new ones arrive during the download,
        and a server may repeat a whole page: every id seen is kept in ``seen`` (a set of ids: small next
        to the rows on disk) and a row sent again is left out and counted (``stats.repeated``). A row
        that a deletion moved into a page already read is fetched afterwards (``odk_completeness``);
        ``stats.by_position`` says that some page was asked by position. A next link that leads to an
        empty page (a ``$skiptoken`` cursor whose submission was deleted) is followed by position instead.
        A resumed feed starts at ``skip`` and leaves out the ids in ``seen`` (those already downloaded).
        The ids in ``known`` (already in the GeoPackage) and the rows of encrypted submissions are left
        out too, counted as received (``stats.received``).
        """
        what = tr("the submissions of form {id}").format(id=form_id)
        base = dict(query, **{"$top": page_size, "$count": "true"})
        params: dict | None = dict(base, **{"$skip": skip})
        home = url
        seen = set() if seen is None else seen
        known = known or set()
        stats.by_position = stats.by_position or skip > 0
        guard = PageGuard(self.http.host, what, home=self.http.base_url, feedback=self.feedback)
        while url:
            asked = self.http.url(url)
            guard.visit(asked, params)
            page = self.http.get_json(url, params=params, what=what)
            rows = odata_rows(page, self.http.host)
            count = odata_count(page, stats, self.feedback, self.http.host, form_id)
            # a deletion moves rows past the pages by position: ``odk_completeness`` finds them afterwards
            stats.note_server_count(count, form_id, deletions_skip=False)
            fresh = []
            for number, row in enumerate(rows, start=1):
                check_record(row, self.http.host, what, len(guard.seen), number)
                ident = str(row.get("__id") or "")
                if ident:
                    if ident in seen:
                        stats.repeated += 1
                        continue
                    seen.add(ident)
                if keep_row(row, stats, known):
                    fresh.append(row)
            stats.pages += 1
            stats.records += len(fresh)
            if progress:
                report_progress(self.feedback, stats)
            yield fresh
            skip += len(rows)
            # a full page asked by position, or an empty one a link led to (its cursor's submission deleted)
            gap = not rows if params is None else len(rows) >= page_size
            next_link = page.get("@odata.nextLink")
            if next_link:  # Central writes it for its configured domain: followed on the server given
                url, params = guard.follow(str(next_link), asked), None
                stats.by_position = stats.by_position or "skiptoken" not in next_link.lower()
            elif gap and (count is None or skip < count):
                url, params = home, dict(base, **{"$skip": skip})
                stats.by_position = True
            else:
                url = None
            if url and not guard.keep_going(len(fresh), stats.records, stats.server_count):
                url = None  # every announced row is here; the links lead nowhere new

    # -- attachments ----------------------------------------------------------------------
    @_app_users_told_why
    def download_attachments(
        self, project_id: int, xml_form_id: str, records, folder: Path, missing: list | None = None
    ) -> list[Path]:
        """Download each submission's attachments into ``folder/<uuid>/<name>``.

        A file the server no longer has (404), refuses, keeps failing (5xx), that is too big or keeps
        arriving cut or stalled is skipped: its ``(submission uuid, file name, reason)`` goes to
        ``missing`` and the others still come; only a cancel or the local disk stops the download.
        """
        saved = []
        for record in records:
            present = int(record.get("__system/attachmentsPresent") or 0)
            if not present:
                continue
            if self.storage.down and missing is not None:  # its files: named by the answers (attachment_fetch)
                self.storage.skip(missing, str(record.get("_uuid") or ""), "", files=present)
                continue
            instance = record.get("meta/instanceID") or ("uuid:" + str(record.get("_uuid")))
            base = f"{self.form_path(project_id, xml_form_id)}/submissions/{quote(instance, safe='')}/attachments"
            try:
                items = _as_list(
                    self.http.get_json(base, what=tr("the attachments of {id}").format(id=instance)), self.http.host
                )
            except DownloadCancelled:
                raise
            except ATTACHMENT_SKIPPED as err:  # this submission's files are skipped, the others still come
                if missing is None:
                    raise
                missing.append((str(record.get("_uuid") or ""), tr("(its list of attachments)"), str(err)))
                self.storage.failed(err)
                continue
            taken: set[str] = set()  # two attachments of one submission never share a file
            for item in items:
                if not isinstance(item, dict) or not item.get("exists", True):
                    continue
                name = str(item.get("name", ""))
                target = attachment_target(folder, str(record.get("_uuid")), name, taken)
                if needs_download(target):  # a web page kept by an earlier version is asked again
                    if self.storage.down and missing is not None:
                        self.storage.skip(missing, str(record.get("_uuid") or ""), target.name)
                        continue
                    try:
                        self.http.download_file(
                            f"{base}/{quote(str(item['name']), safe='')}",
                            target,
                            what=tr("attachment {name}").format(name=target.name),
                        )
                    except DownloadCancelled:
                        raise
                    except ATTACHMENT_SKIPPED as err:
                        if missing is None:
                            raise
                        missing.append((str(record.get("_uuid") or ""), target.name, str(err)))
                        self.storage.failed(err)
                        continue
                    self.storage.succeeded()
                saved.append(target)
        self.storage.say()
        return saved


def _write_normalised(row: dict, stats: DownloadStats, spool: RecordSpool) -> None:
    _write_record(normalise_odata_record(row), stats, spool)


def _write_record(record: dict, stats: DownloadStats, spool: RecordSpool) -> None:
    stats.last_time = max(stats.last_time, str(record.get("_submission_time") or ""))
    spool.write(record)


def _as_list(value, host: str) -> list:
    if not isinstance(value, list):
        raise ServerError(tr("{host} answered, but not with the list expected from ODK Central.").format(host=host))
    return value
