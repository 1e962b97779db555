# SPDX-License-Identifier: GPL-3.0-or-later
"""KoboToolbox API v2: list surveys, read a form, download submissions and attachments.

Endpoints (https://support.kobotoolbox.org/api.html):
``GET /api/v2/assets/?q=asset_type:survey`` (paginated ``count/next/previous/results``),
``GET /api/v2/assets/{uid}/`` (``content`` holds survey/choices/translations),
``GET /api/v2/assets/{uid}/data/?limit=&start=&query=&sort=`` (paginated submissions: ``kobo_pages``).
Authentication is ``Authorization: Token <token>``; the token lives in the QGIS
authentication manager (see ``credentials``) and is blanked out of every message.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..base.i18n import tr, trn
from ..survey.submission_ids import without_uuid_prefix
from .attachments import kobo_attachment_name
from .bounds import PageGuard, kobo_files_origin, same_origin
from .file_download import StorageWatch, attachment_address
from .http import ServerClient, log
from .kobo_pages import as_int, kobo_pages, results_of
from .records import (
    ATTACHMENT_SKIPPED,
    DownloadStats,
    RecordSpool,
    attachment_target,
    check_count,
    check_record,
    report_progress,
    warn,
)
from .server_errors import DownloadCancelled, ServerError
from .web_pages import needs_download

# Public KoboToolbox servers; any self-hosted URL works too.
KOBO_SERVERS = {
    "kf.kobotoolbox.org": "https://kf.kobotoolbox.org",
    "eu.kobotoolbox.org": "https://eu.kobotoolbox.org",
    "kobo.humanitarianresponse.info": "https://kobo.humanitarianresponse.info",
}
PAGE_SIZE = 1000  # submissions per page; Kobo caps the data endpoint at 30000
ASSET_PAGE_SIZE = 100


def kobo_server_presets() -> list[tuple[str, str]]:
    """(translated label, URL) of the public servers, for a combo box."""
    return [
        (tr("KoboToolbox global server (kf.kobotoolbox.org)"), KOBO_SERVERS["kf.kobotoolbox.org"]),
        (tr("KoboToolbox European Union server (eu.kobotoolbox.org)"), KOBO_SERVERS["eu.kobotoolbox.org"]),
        (tr("Humanitarian server (kobo.humanitarianresponse.info)"), KOBO_SERVERS["kobo.humanitarianresponse.info"]),
    ]


def fetch_kobo_token(server_url: str, username: str, password: str, **client_options) -> str:
    """The API token of a KoboToolbox account (``GET /token/?format=json`` with the password).

    Lets a wizard ask for the username and password once and keep only the token (in the
    QGIS authentication manager); the password is not stored.
    """
    auth = (username.encode("utf-8"), password.encode("utf-8"))  # as Kobo reads it; requests would send Latin-1
    http = ServerClient(server_url, auth=auth, secrets=[password], **client_options)
    try:
        answer = http.get_json("/token/", params={"format": "json"}, what=tr("the API token"))
    finally:
        http.close()
    token = answer.get("token") if isinstance(answer, dict) else None
    if not token:
        raise ServerError(tr("{host} did not return an API token: is it a KoboToolbox server?").format(host=http.host))
    return str(token)


@dataclass
class KoboSurvey:
    """One deployed survey of the account, as listed by ``/api/v2/assets/``."""

    uid: str
    name: str
    submissions: int
    deployed: bool
    date_modified: str = ""
    last_submission: str = ""  # ISO date-time (UTC) of the newest submission; "" when none


def survey_from_asset(asset: dict) -> KoboSurvey:
    """One entry of ``/api/v2/assets/`` as a ``KoboSurvey``."""
    deployed = bool(asset.get("has_deployment")) and asset.get("deployment__active", True) is not False
    return KoboSurvey(
        uid=str(asset.get("uid", "")),
        name=str(asset.get("name", "")),
        submissions=int(asset.get("deployment__submission_count") or 0),
        deployed=deployed,
        date_modified=str(asset.get("date_modified") or ""),
        last_submission=str(asset.get("deployment__last_submission_time") or ""),
    )


class KoboClient:
    """A KoboToolbox account on one server."""

    def __init__(self, server_url: str, token: str, *, feedback=None, **client_options):
        self.http = ServerClient(
            server_url,
            headers={"Authorization": f"Token {token}"},
            feedback=feedback,
            secrets=[token],
            **client_options,
        )
        self.feedback = feedback
        self._files_origin_said = False
        self.storage = StorageWatch(self.http)  # its file storage down: the rest of the attachments not asked

    def close(self) -> None:
        self.http.close()

    # -- forms --------------------------------------------------------------------------
    def list_surveys(self, deployed_only: bool = True) -> list[KoboSurvey]:
        """The account's surveys (all pages), deployed ones only by default."""
        surveys = []
        url: str | None = "/api/v2/assets/"
        params: dict[str, object] | None = {
            "q": "asset_type:survey",
            "asset_type": "survey",
            "limit": ASSET_PAGE_SIZE,
            "format": "json",
        }
        what = tr("the list of forms")
        guard = PageGuard(self.http.host, what, home=self.http.base_url, feedback=self.feedback)
        while url:
            asked = self.http.url(url)
            guard.visit(asked, params)
            page = self.http.get_json(url, params=params, what=what)
            for number, asset in enumerate(results_of(page, self.http.host), start=1):
                check_record(asset, self.http.host, what, len(guard.seen), number)
                if asset.get("asset_type", "survey") != "survey":
                    continue
                survey = survey_from_asset(asset)
                if deployed_only and not survey.deployed:
                    continue
                surveys.append(survey)
            link = page.get("next")  # it already carries the query
            url, params = (guard.follow(str(link), asked) if link else None), None
        return surveys

    def get_asset(self, uid: str) -> dict:
        """The asset JSON of survey ``uid`` (its ``content`` is the form)."""
        return self.http.get_json(
            f"/api/v2/assets/{uid}/", params={"format": "json"}, what=tr("form {uid}").format(uid=uid)
        )

    def read_form(self, uid: str):
        """The survey's form as a ``FormSpec`` (same object the XLSForm reader builds)."""
        return form_spec_from_asset(self.get_asset(uid))

    # -- submissions ----------------------------------------------------------------------
    def download_submissions(
        self,
        uid: str,
        spool: RecordSpool,
        *,
        after_id: int | None = None,
        page_size: int = PAGE_SIZE,
        stats: DownloadStats | None = None,
    ) -> DownloadStats:
        """Write every submission of ``uid`` (only ``_id > after_id`` if given) to ``spool``.

        Pages are asked by ``_id``, never by position, or by the server's ``next`` links when it does not
        sort or filter as asked (``kobo_pages``, which also guards against pages that loop or never end).
        Each page is written to disk before the next is fetched, so memory stays flat, and each ``_id``
        once (the ids received are kept: a server that repeats a page loses nothing). ``stats.ordered``
        says whether every id came in increasing order: only then may a download cut at
        ``stats.last_id`` resume after it (pass the kept ``stats`` and its ``last_id`` as ``after_id``);
        otherwise it starts again from the first ``after_id`` and the ids already in ``spool`` are left
        out (neither written nor counted twice).
        A count that grows or shrinks during the download is logged; fewer submissions than the
        server's count at the end is a warning with both numbers.
        """
        what = tr("the submissions of form {uid}").format(uid=uid)
        stats = stats if stats is not None else DownloadStats()
        kept = stats.records
        held = {record_key(record) for record in spool} - {None} if kept else set()
        # with neither _id nor _uuid, a submission sent again cannot be told from a new one: those written before
        # the list is read again (or kept from an interrupted attempt) may come twice
        doubtful = sum(1 for record in spool if record_key(record) is None) if kept else 0
        # the kept submissions count with the server's only when this download goes on after them
        base = kept if kept and stats.ordered and after_id is not None and str(after_id) == stats.last_id else 0
        if not kept:
            stats.ordered = True
        floor = after_id if after_id is not None else -1
        last_id = as_int(stats.last_id) if stats.last_id else None
        got: set[str] = set()  # the ids the server sent in this download (held ones included)
        again: set[str] = set()  # ids asked again on purpose (the list read anew): not "sent more than once"
        keyless = before_restart = 0  # submissions with neither _id nor _uuid (all, and before the list read again)
        below: set[str] = set()  # ids up to after_id sent all the same (the query ignored): already there
        link_base = base  # what came before the query that the links followed continue (their count is of the rest)
        for page in kobo_pages(
            self.http,
            uid,
            what,
            page_size=page_size,
            after_id=after_id,
            pages_before=stats.pages,
            feedback=self.feedback,
        ):
            # by _id, the count is of the ids after the cursor: those received so far come before it
            before = base + len(got) + keyless if page.in_order else link_base
            if page.count is not None and not page.restart:
                stats.note_server_count(before + page.count, uid, deletions_skip=not page.in_order)
            new = 0
            for record, record_id in zip(page.results, page.ids):
                key = record_key(record, record_id)
                if record_id is not None and record_id <= floor:
                    below.add(str(record_id))  # already in the GeoPackage (a server that ignores the query)
                    continue
                if key is not None:  # its _id, else its _uuid: a list read again never writes it twice
                    if key in got:
                        if key in again:
                            again.discard(key)
                        else:
                            stats.repeated += 1  # already written (a page shifted by a new submission)
                        continue
                    got.add(key)
                    new += 1
                    if key in held:
                        continue  # kept from the interrupted attempt: already in the spool
                    if record_id is not None:
                        if last_id is not None and record_id < last_id:
                            stats.ordered = False
                        last_id = record_id if last_id is None else max(last_id, record_id)
                else:
                    keyless += 1
                    new += 1
                spool.write(record)
                stats.records += 1
                stats.last_time = max(stats.last_time, str(record.get("_submission_time") or ""))
            stats.pages += 1
            stats.last_id = str(last_id) if last_id is not None and last_id >= 0 else ""
            # those already in the GeoPackage were received too: the count of a server that ignores the query
            # is of the whole form
            stats.received = base + len(got) + keyless + len(below)
            spool.flush()  # the page is on disk before the next is asked: what a resume starts from
            report_progress(self.feedback, stats)
            if page.restart:  # the whole list read again by its links, leaving out what came
                again, link_base, before_restart = set(got), base, keyless
                doubtful += keyless
            elif page.to_links:
                link_base = before
            page.counted(new, stats.received, stats.server_count)
        twice = min(doubtful, keyless - before_restart)
        if twice:
            warn(
                self.feedback,
                stats,
                trn(
                    "%n submission of form {uid} on {host} came without an _id or _uuid and was perhaps sent "
                    "again: it may have been written twice. Check for duplicates.",
                    "%n submissions of form {uid} on {host} came without an _id or _uuid and were perhaps sent "
                    "again: they may have been written twice. Check for duplicates.",
                    twice,
                ).format(uid=uid, host=self.http.host),
            )
        check_count(self.feedback, stats, self.http.host, uid)
        return stats

    def count_up_to(self, uid: str, after_id: int | None, last_id: int) -> int | None:
        """How many submissions of ``uid`` have ``after_id < _id <= last_id`` (None when not said)."""
        condition: dict[str, int] = {"$lte": int(last_id)}
        if after_id is not None:
            condition["$gt"] = int(after_id)
        page = self.http.get_json(
            f"/api/v2/assets/{uid}/data/",
            params={"limit": 1, "format": "json", "query": json.dumps({"_id": condition})},
            what=tr("the submissions of form {uid}").format(uid=uid),
        )
        return as_int(page.get("count")) if isinstance(page, dict) else None

    # -- attachments ------------------------------------------------------------------------
    def download_attachments(self, records, folder: Path, missing: list | None = None) -> list[Path]:
        """Download the files listed in each record's ``_attachments`` into ``folder``.

        Files go to ``folder/<_uuid>/<basename>``; files already there are not downloaded again, unless
        what is there is not the file (a login page or an error message kept by an earlier version:
        ``web_pages.needs_download``). A file the server no longer has (404), refuses (on another origin it gets
        no token), keeps failing (5xx), answers with a web page, an empty body or an error message where the
        attachment's ``mimetype`` says a photo (``web_pages.not_the_file``), loops in redirects, that is too big
        (for the disk too), has no http(s) address or keeps arriving cut or stalled is skipped: its
        ``(submission uuid, file name, reason)`` goes to ``missing`` and the others still come (none is asked
        once the file storage is down: ``StorageWatch``); only a cancel or the local disk stops the download.
        Two names that are the same once made safe get ``_2``... The token also goes to the server's file host
        (``kc.<domain>`` of ``kf.<domain>``, ``kc-eu`` of ``eu``: ``bounds.kobo_files_origin``), said once in
        the log.
        """
        saved = []
        files_origin = kobo_files_origin(self.http.base_url)
        for record in records:
            taken: set[str] = set()  # two attachments of one submission never share a file
            uuid = str(record.get("_uuid") or record.get("_id") or "")
            for attachment in record.get("_attachments") or []:
                if not isinstance(attachment, dict):
                    continue
                target = attachment_path(folder, record, attachment, taken)
                if target is None:
                    continue
                mimetype = attachment.get("mimetype")  # a JSON error message is not an image/jpeg
                if needs_download(target, mimetype):
                    if self.storage.down and missing is not None:
                        self.storage.skip(missing, uuid, target.name)
                        continue
                    link = attachment.get("download_url") or attachment.get("download_large_url")
                    try:
                        url = attachment_address(self.http, link, target.name, uuid)  # never file:// or ftp://
                        self._say_files_origin(url, files_origin)
                        self.http.download_file(
                            url,
                            target,
                            what=tr("attachment {name}").format(name=target.name),
                            also_to=files_origin,
                            mimetype=mimetype,
                        )
                    except DownloadCancelled:
                        raise
                    except ATTACHMENT_SKIPPED as err:
                        if missing is None:
                            raise
                        missing.append((uuid, target.name, str(err)))
                        self.storage.failed(err)
                        continue
                    self.storage.succeeded()
                saved.append(target)
        self.storage.say()
        return saved

    def _say_files_origin(self, url, files_origin: str | None) -> None:
        """Say, once, that the token goes to the file host ``files_origin`` too (when ``url`` is there)."""
        if files_origin is None or self._files_origin_said or not same_origin(str(url or ""), files_origin):
            return
        self._files_origin_said = True
        line = tr(
            "{host} keeps its attachments on {files}, KoboToolbox's file server of the same domain: the token is "
            "sent there too, for the attachments only."
        ).format(host=self.http.host, files=files_origin.split("://", 1)[-1])
        log(line)
        if self.feedback is not None and hasattr(self.feedback, "pushInfo"):
            self.feedback.pushInfo(line)


def record_key(record: dict, record_id: int | None = None) -> str | None:
    """What tells one submission from another: its ``_id`` (``record_id``: read already), else its ``_uuid``
    (or ``meta/instanceID``) marked so that it never equals an id; None when it has neither."""
    record_id = as_int(record.get("_id")) if record_id is None else record_id
    if record_id is not None:
        return str(record_id)
    uuid = without_uuid_prefix(str(record.get("_uuid") or record.get("meta/instanceID") or "")).strip()
    return f"uuid:{uuid}" if uuid else None


def attachment_path(folder: Path, record: dict, attachment: dict, taken: set | None = None) -> Path | None:
    """Local path of one Kobo attachment: ``folder/<uuid>/<file name>`` (names made safe, unique
    among the names in ``taken``: see ``records.attachment_target``)."""
    name = kobo_attachment_name(attachment)
    if name is None:
        return None
    return attachment_target(folder, str(record.get("_uuid") or record.get("_id") or "unknown"), name, taken)


# -- form content -> FormSpec --------------------------------------------------------------
_GROUP_TYPES = {
    "begin_group": ("begin", False),
    "begin group": ("begin", False),
    "begin_repeat": ("begin", True),
    "begin repeat": ("begin", True),
    "end_group": ("end", False),
    "end group": ("end", False),
    "end_repeat": ("end", True),
    "end repeat": ("end", True),
}
_TYPE_ALIASES = {
    "select1": "select_one",
    "select one": "select_one",
    "select multiple": "select_multiple",
    "int": "integer",
    "gps": "geopoint",
    "select_one_from_file": "select_one",
    "select_multiple_from_file": "select_multiple",
}


def form_spec_from_asset(asset: dict):
    """Build a ``FormSpec`` (core.survey.xlsform) from a Kobo asset's ``content``.

    Kobo keeps translated columns as lists aligned with ``content["translations"]``
    (``None`` standing for the untranslated default).
    """
    from ..survey.xlsform import DEFAULT_LANGUAGE, Choice, FormSpec, Group, Question
    from ..survey.xlsform_syntax import is_disabled

    content = asset.get("content") or {}
    translations = [t if t else DEFAULT_LANGUAGE for t in (content.get("translations") or [None])]
    settings = content.get("settings") or {}
    if isinstance(settings, list):  # very old assets
        settings = settings[0] if settings else {}
    spec = FormSpec(
        languages=translations,
        title=str(asset.get("name") or settings.get("form_title") or ""),
        form_id=str(settings.get("id_string") or asset.get("uid") or ""),
        version=str(asset.get("deployed_version_id") or asset.get("version_id") or ""),
        path=str(asset.get("url") or ""),
    )
    default = (asset.get("summary") or {}).get("default_translation") or settings.get("default_language")
    spec.default_language = default if default in translations else translations[0]

    def labels(row: dict, column: str = "label") -> dict[str, str]:
        value = row.get(column)
        if value is None:
            return {}
        if not isinstance(value, list):
            return {spec.default_language: str(value)}
        return {lang: str(text) for lang, text in zip(translations, value) if text}

    for row in content.get("choices") or []:
        list_name, name = row.get("list_name"), row.get("name", row.get("$autovalue"))
        if list_name and name is not None:
            spec.choices.setdefault(list_name, []).append(Choice(name=str(name), labels=labels(row)))

    stack: list[Group] = []
    disabled: list[Question] = []  # left out of the deployed form; earlier versions' answers: FormSpec.disabled
    for number, row in enumerate(content.get("survey") or [], start=2):
        off = row.get("disabled") is True or is_disabled(str(row.get("disabled") or ""))
        raw_type = str(row.get("type") or "").strip()
        name = str(row.get("name") or row.get("$autoname") or "")
        parent = stack[-1].path if stack else ""
        repeat = next((g.name for g in reversed(stack) if g.is_repeat), None)
        kind = _GROUP_TYPES.get(raw_type)
        if off and kind:
            continue  # pyxform leaves out that row only: a disabled group's questions stay in the enclosing one
        if kind and kind[0] == "begin":
            group = Group(
                name=name, labels=labels(row), parent=parent, is_repeat=kind[1], repeat=name if kind[1] else repeat
            )
            stack.append(group)
            spec.groups[group.path] = group
            continue
        if kind:
            if stack:
                stack.pop()
            continue
        if not name or not raw_type:
            continue
        base = _TYPE_ALIASES.get(raw_type, raw_type)
        question = Question(
            name=name,
            type=base,
            list_name=row.get("select_from_list_name"),
            labels=labels(row),
            required=str(row.get("required", "")).lower() in ("true", "yes", "1"),
            constraint=str(row.get("constraint") or ""),
            relevant=str(row.get("relevant") or ""),
            group=parent,
            repeat=repeat,
            raw_type=raw_type,
            appearance=str(row.get("appearance") or ""),
            choice_filter=str(row.get("choice_filter") or ""),
            calculation=str(row.get("calculation") or ""),
            hints=labels(row, "hint"),
            constraint_messages=labels(row, "constraint_message"),
            row=number,
        )
        if off:
            disabled.append(question)
            continue
        key = name if name not in spec.questions else question.path
        spec.questions[key] = question
    spec.keep_disabled(disabled)
    return spec
