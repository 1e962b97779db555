# SPDX-License-Identifier: GPL-3.0-or-later
"""One file (an attachment) streamed from a survey server to disk by ``http.ServerClient``.

The file is written to ``<target>.part`` and renamed when whole: a cut or stalled transfer is asked
again (bounded), a file announced bigger than the free space is skipped before it is written, a link
that is not an http(s) address (``file://``, a number) is never followed (``web_address``), and a web
page answered instead of the file (a login page: ``web_pages``) is never kept, nor an answer that is not
the file either (``not_the_file``: a status other than 200, an empty body, an error message where a photo
was expected; a 206 Partial Content holding part of the file only: ``partial_answer``). Only the local
disk failing to write stops the run (``FileNotWritten``).
``StorageWatch`` stops asking for attachments once the server's file storage is plainly down.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import requests

from ..base.atomic import disk_is_full
from ..base.errors import os_reason
from ..base.i18n import tr, trn
from ..base.redact import without_credentials
from .server_errors import FileNotWritten, NetworkUnavailable, ServerBusy, ServerError, ServerTimeout
from .web_pages import answered_web_page, login_redirect, not_the_file, starts_like_a_file

# a 204, or a 3xx not followed (no Location), has no file; a 206 may hold it whole (``partial_answer``)
FILE_STATUSES = (200, 203, 206)
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+)", re.IGNORECASE)


def download_file(
    client,
    path_or_url: str,
    target: Path,
    *,
    what: str = "",
    params=None,
    also_to: str | None = None,
    mimetype: str | None = None,
) -> Path:
    """Stream ``path_or_url`` of ``client`` (a ServerClient) to ``target``; no ``.part`` file is left behind.

    ServerError (the file is skipped by the attachment downloads) when the answer is not the file: a web
    page, an empty body, or an error message where a file of type ``mimetype`` (by default: the one its
    name says) was expected."""
    from .http import _BodyFailed

    target = Path(target)
    part = target.with_name(target.name + ".part")
    asked = web_address(client, path_or_url)
    if asked is None:  # never a file:// read, nor any other scheme requests or the system would try
        raise ServerError(tr("{what} has no http or https address: it was not asked.").format(what=what))
    attempt = 0
    try:
        _written(target, lambda: target.parent.mkdir(parents=True, exist_ok=True))
        while True:
            response = client.request("GET", path_or_url, params=params, what=what, stream=True, also_to=also_to)
            answered = response.url or asked
            page = answered_web_page(response, target.name)  # said text/html: its body tells, below
            if page and (login_redirect(response) or response.status_code not in FILE_STATUSES):
                response.close()
                raise web_page_refused(client, asked, answered, what, also_to)
            if response.status_code not in FILE_STATUSES:
                response.close()
                raise not_file_refused(client, answered, what, ("status", str(response.status_code)))
            if partial_answer(response):
                response.close()
                raise not_file_refused(client, answered, what, ("partial", ""))
            _check_room(response, target, what)
            try:
                with _written(part, lambda: open(part, "wb")) as handle, client._watch():
                    client._body(response, what, sink=handle)
                break
            except _BodyFailed as err:
                client.check_cancelled()
                if attempt >= client.max_retries:
                    raise err.failure from err
                attempt += 1
                client._retry(what, err.reason, attempt, client.backoff * 2 ** (attempt - 1))
        if page and not starts_like_a_file(part):  # a real photo that a storage labels text/html is kept
            raise web_page_refused(client, asked, answered, what, also_to)
        refused = not_the_file(part, target.name, mimetype)
        if refused is not None and refused[0] == "web page":  # a login page sent as "image/jpeg", or untyped
            raise web_page_refused(client, asked, answered, what, also_to)
        if refused is not None:
            raise not_file_refused(client, answered, what, refused)
        _written(target, lambda: os.replace(part, target))
    finally:
        if part.exists():
            part.unlink()
    return target


def web_page_refused(client, asked: str, answered: str, what: str, also_to: str | None) -> ServerError:
    """The sentence for a web page answered instead of the file ``what`` asked at ``asked``."""
    from .http import _host

    server = _host(answered)
    if client.gets_credentials(asked, also_to):
        return ServerError(
            tr(
                "{server} answered {what} with a web page (a login page, for example) instead of the file, so it "
                "was not kept. Check in a web browser that this account can open the form's attachments, then "
                "run an update with attachments to fetch it."
            ).format(server=server, what=what)
        )
    return ServerError(
        tr(
            "{server} answered {what} with a web page (a login page, for example) instead of the file, so it was "
            "not kept: the file is on {other}, which is not {host} and so gets none of its credentials. Ask the "
            "administrator of {host} to serve the attachments from {host}, then run an update with attachments."
        ).format(server=server, what=what, other=_host(asked), host=client.host)
    )


def partial_answer(response: requests.Response) -> bool:
    """True when ``response`` is a 206 Partial Content holding part of the file only. A media proxy may answer
    206 with the whole file, unasked: its Content-Range covers it all (bytes 0-(n-1)/n), or it has none and
    a length the body is checked against (``bounds.read_body``)."""
    if response.status_code != 206:
        return False
    headers = response.headers
    length = headers.get("Content-Length", "").strip()
    if "multipart/byteranges" in headers.get("Content-Type", "").lower():
        return True
    if "Content-Range" not in headers:
        return not length.isdigit()
    match = _CONTENT_RANGE.fullmatch(headers["Content-Range"].strip())
    if match is None:  # "bytes 0-99/*": the whole size unknown, so not known to be whole
        return True
    first, last, size = (int(group) for group in match.groups())
    return first != 0 or last != size - 1 or (length.isdigit() and int(length) != size)


def not_file_refused(client, answered: str, what: str, refused: tuple[str, str]) -> ServerError:
    """The sentence for an answer to ``what`` that is not the file (``refused``: ("status", the HTTP status),
    ("partial", ""): ``partial_answer``, ("empty", "") or ("message", the message sent):
    ``web_pages.not_the_file``); nothing of it is kept."""
    from .http import _host

    server, (kind, detail) = _host(answered), refused
    if kind == "partial":
        return ServerError(
            tr(
                "{server} answered {what} with only part of the file (HTTP 206 Partial Content), so nothing was "
                "kept. Run the download again later with Update and attachments ticked; if it keeps happening, "
                "tell the server's administrator."
            ).format(server=server, what=what)
        )
    if kind == "status":
        return ServerError(
            tr(
                "{server} answered {what} with HTTP {status} and no file, so nothing was kept. Run the download "
                "again later with Update and attachments ticked; if it keeps happening, tell the server's "
                "administrator."
            ).format(server=server, what=what, status=detail)
        )
    if kind == "empty" or not detail.strip():  # nothing, or blank lines
        return ServerError(
            tr(
                "{server} sent an empty answer for {what} instead of the file, so nothing was kept. Run the "
                "download again later with Update and attachments ticked; if it keeps happening, tell the "
                "server's administrator."
            ).format(server=server, what=what)
        )
    message = client.redact(without_credentials(" ".join(detail.split())))
    return ServerError(
        tr(
            "{server} answered {what} with a message instead of the file ({message}), so it was not kept. Run "
            "the download again later with Update and attachments ticked; if it keeps happening, tell the "
            "server's administrator."
        ).format(server=server, what=what, message=message[:100] + ("…" if len(message) > 100 else ""))
    )


def _check_room(response: requests.Response, target: Path, what: str) -> None:
    """ServerError (the file is skipped, the others still come) before a file announced bigger than the
    free space of its disk is written: a wrong length from a storage server or proxy, or a real long video."""
    size = response.headers.get("Content-Length", "")
    free = shutil.disk_usage(target.parent).free
    if size.isdigit() and int(size) > free:
        response.close()
        raise ServerError(
            tr(
                "{what} is {size} MB, more than the free space on the disk of {folder} ({free} MB): it was not "
                "downloaded. Free some space, then run the download again with Update and attachments ticked."
            ).format(what=what, size=int(size) // 1024**2 + 1, free=free // 1024**2, folder=target.parent)
        )


def _written(path: Path, write):
    """``write()``'s result; FileNotWritten (the run stops, what was downloaded is kept) when the disk refuses."""
    try:
        return write()
    except OSError as err:
        raise not_written(path, err) from err


def not_written(path: Path, err: Exception) -> FileNotWritten:
    """The error of an attachment ``path`` the disk refused (``err``: full, read-only)."""
    error = FileNotWritten(
        tr(
            "{file} could not be written ({error}): check the free disk space and that the folder can be written to."
        ).format(file=path.name.removesuffix(".part"), error=os_reason(err)),
        path=str(path),
    )
    error.disk_full = disk_is_full(err)  # its own sentence, kept as it is by the GeoPackage's atomic_output
    return error


def web_address(client, link) -> str | None:
    """The http(s) address of an attachment ``link`` given by the server (a relative one joined to the server);
    None for anything else (``file:///etc/passwd``, ``ftp://``, a number, an object): never followed."""
    if not isinstance(link, str) or not link.strip():
        return None
    try:
        url = client.url(link.strip())
        parts = urlsplit(url)
        return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None
    except ValueError:  # "http://[bad": not an address
        return None


def attachment_address(client, link, name: str, uuid: str) -> str:
    """The http(s) address of attachment ``name`` of submission ``uuid`` (``web_address``); ServerError (the
    file is skipped) when the server gave none."""
    url = web_address(client, link)
    if url is None:
        raise ServerError(
            tr(
                "{host} gave no usable address for attachment {name} of submission {uuid} ({link}: not an http "
                "or https address), so it was not asked; report it to the server's administrator."
            ).format(host=client.host, name=name, uuid=uuid, link=str(link)[:100])
        )
    return url


STORAGE_DOWN_AFTER = 3  # attachments in a row failing the same way before the rest is not asked


class SaidOnce(str):
    """The reason of many attachments skipped together, said once (``StorageWatch.say``), not once a file."""


class StorageWatch:
    """The server's file storage, watched over the attachments of one run: ``STORAGE_DOWN_AFTER`` files in a
    row failing the same way (HTTP 5xx or 429, or no connection, each after its retries) mean it is down; the
    rest is then not asked (``skip``) and said in one sentence (``say``), instead of hours of retries.
    A file that comes, or fails otherwise (a 404), starts the count again."""

    def __init__(self, client):
        self.client = client
        self.failure: str | None = None  # how the last files failed ("HTTP 503"), None after anything else
        self.row = 0  # files in a row that failed so
        self.left = 0  # attachments not asked since the last ``say``
        self.reason: SaidOnce | None = None  # set once the storage is taken as down

    @property
    def down(self) -> bool:
        return self.reason is not None

    def succeeded(self) -> None:
        self.failure, self.row = None, 0

    def failed(self, err: Exception) -> None:
        if isinstance(err, ServerBusy):
            failure: str | None = f"HTTP {err.status}"
        elif isinstance(err, (NetworkUnavailable, ServerTimeout)):
            failure = tr("no answer (the connection failed)")
        else:
            failure = None
        self.row = self.row + 1 if failure is not None and failure == self.failure else int(failure is not None)
        self.failure = failure
        if self.row >= STORAGE_DOWN_AFTER and self.reason is None:
            self.reason = SaidOnce(tr("not asked: the server's file storage was failing (see the warning)."))

    def skip(self, missing: list, uuid: str, name: str, files: int = 1) -> None:
        """List ``name`` of submission ``uuid`` (``files`` attachments) as not asked."""
        missing.append((uuid, name, self.reason))
        self.left += files

    def say(self) -> None:
        """The one sentence about the attachments not asked since the last time (nothing when none)."""
        if self.left:
            self.client.warn(
                trn(
                    "{host}'s file storage answered {answer} for {row} attachments in a row: the remaining "
                    "attachment was not asked. The submissions are all in the GeoPackage; run the download again "
                    "with Update and attachments ticked later to fetch it.",
                    "{host}'s file storage answered {answer} for {row} attachments in a row: the remaining %n "
                    "attachments were not asked. The submissions are all in the GeoPackage; run the download "
                    "again with Update and attachments ticked later to fetch them.",
                    self.left,
                ).format(host=self.client.host, answer=self.failure, row=self.row)
            )
        self.left = 0
