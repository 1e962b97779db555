# SPDX-License-Identifier: GPL-3.0-or-later
"""One file (an attachment) streamed from a survey server to disk by ``http.ServerClient``.

The file is written to ``<target>.part`` and renamed when whole: a cut or stalled transfer is asked
again (bounded), a file announced bigger than the free space is refused before it is written, and
a web page answered instead of the file (a login page: ``web_pages``) is never kept.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import requests

from ..base.errors import CartongError
from ..base.i18n import tr
from .server_errors import ServerError
from .web_pages import answered_web_page, is_web_page


def download_file(
    client, path_or_url: str, target: Path, *, what: str = "", params=None, also_to: str | None = None
) -> Path:
    """Stream ``path_or_url`` of ``client`` (a ServerClient) to ``target``; no ``.part`` file is left behind.

    ServerError (the file is skipped by the attachment downloads) when the answer is a web page where
    the file was expected."""
    from .http import _BodyFailed

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    asked = client.url(path_or_url)
    attempt = 0
    try:
        while True:
            response = client.request("GET", path_or_url, params=params, what=what, stream=True, also_to=also_to)
            answered = response.url or asked
            if answered_web_page(response, target.name):
                response.close()
                raise web_page_refused(client, asked, answered, what, also_to)
            _check_room(response, target, what)
            try:
                with open(part, "wb") as handle, client._watch():
                    client._body(response, what, sink=handle)
                break
            except _BodyFailed as err:
                client.check_cancelled()
                if attempt >= client.max_retries:
                    raise err.failure from err
                attempt += 1
                client._retry(what, err.reason, attempt, client.backoff * 2 ** (attempt - 1))
        if is_web_page(part, target.name):  # a login page sent as "image/jpeg", or with no type at all
            raise web_page_refused(client, asked, answered, what, also_to)
        os.replace(part, target)
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


def _check_room(response: requests.Response, target: Path, what: str) -> None:
    """CartongError before a file announced bigger than the free space of its disk is written."""
    size = response.headers.get("Content-Length", "")
    free = shutil.disk_usage(target.parent).free
    if size.isdigit() and int(size) > free:
        response.close()
        raise CartongError(
            tr(
                "{what} is {size} MB but only {free} MB are free on the disk of {folder}: free some space "
                "or choose another folder, then download again."
            ).format(what=what, size=int(size) // 1024**2 + 1, free=free // 1024**2, folder=target.parent),
            path=str(target),
        )
