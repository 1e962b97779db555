# SPDX-License-Identifier: GPL-3.0-or-later
"""What a failed request to a server means, in a sentence for the user: the connection (offline, DNS,
proxy, timeout, a cut answer), the HTTP status (credentials, permission, missing form, busy server) and a
server that misbehaves (a redirect loop, an answer not compressed as it says).
Used by ``http.ServerClient``, which retries first and gives up with these."""

from __future__ import annotations

import email.utils
import time
from urllib.parse import urlsplit

import requests

from ..base.i18n import tr
from ..base.redact import without_credentials
from .server_errors import (
    AuthenticationFailed,
    InvalidResponse,
    NetworkUnavailable,
    NotFound,
    PermissionDenied,
    QueryRefused,
    ServerBusy,
    ServerError,
    ServerTimeout,
)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def retry_after(response: requests.Response) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def failure_reason(err: Exception, redact) -> str:
    """The useful part of a connection error, without secrets (``redact``), at most 200 characters."""
    text = str(err)
    # urllib3 wraps the useful part deep inside: keep the last sentence-like piece
    for marker in ("Caused by ", "Failed to establish a new connection: "):
        if marker in text:
            text = text.split(marker, 1)[1]
    return redact(text.strip("()'\" "))[:200]


def connection_failure(client, err: Exception, file: bool = False) -> ServerError:
    """The ServerError saying in a sentence why ``client`` (a ServerClient) could not reach its server (for a
    ``file``: an attachment, skipped on its own)."""
    text = str(err)
    if isinstance(err, requests.exceptions.Timeout):
        seconds = client.timeout[1] if isinstance(client.timeout, tuple) else client.timeout
        if isinstance(err, requests.exceptions.ConnectTimeout):
            seconds = client.timeout[0] if isinstance(client.timeout, tuple) else client.timeout
        return ServerTimeout(
            tr(
                "{host} did not answer within {seconds} seconds. The connection may be slow or the "
                "server overloaded: try again later, or on a better connection."
            ).format(host=client.host, seconds=f"{seconds:g}")
        )
    if isinstance(err, requests.exceptions.ProxyError):
        return NetworkUnavailable(
            tr(
                "The proxy set in QGIS (Settings > Options > Network) does not answer or refused the "
                "connection to {host} ({reason}). Check the proxy settings with your IT team."
            ).format(host=client.host, reason=failure_reason(err, client.redact))
        )
    if isinstance(err, requests.exceptions.ChunkedEncodingError):
        return InvalidResponse(
            tr(
                "The connection to {host} was cut in the middle of an answer. Try again; "
                "what was already downloaded is kept."
            ).format(host=client.host)
        )
    if any(
        marker in text
        for marker in (
            "NameResolutionError",
            "Name or service not known",
            "nodename nor servname",
            "getaddrinfo failed",
            "Temporary failure in name resolution",
            "No address associated",
        )
    ):
        return NetworkUnavailable(
            tr(
                "The server name {host} could not be found (DNS). Check the address for typing "
                "mistakes and check that this computer is connected to the internet."
            ).format(host=client.host)
        )
    if file:
        return NetworkUnavailable(
            tr("Cannot reach {host}: this computer seems to be offline, or the server is down ({reason}).").format(
                host=client.host, reason=failure_reason(err, client.redact)
            )
        )
    return NetworkUnavailable(
        tr(
            "Cannot reach {host}: this computer seems to be offline, or the server is down "
            "({reason}). Check the connection and try again; the last downloaded copy is still available."
        ).format(host=client.host, reason=failure_reason(err, client.redact))
    )


def http_failure(client, response: requests.Response, what: str, attempts: int, file: bool = False) -> ServerError:
    """The ServerError saying in a sentence what an HTTP error status of ``client``'s server means (for a
    ``file``: an attachment, whose 404 says nothing of the form)."""
    status = response.status_code
    if status == 404 and file:
        return NotFound(
            tr(
                "{what} is not on {host} (HTTP 404): it may have been deleted from its submission, or not uploaded yet."
            ).format(host=client.host, what=what)
        )
    if status == 401:
        return AuthenticationFailed(
            tr(
                "{host} refused the credentials (HTTP 401): the token or password is wrong or has "
                "expired. Enter a new one in the server connection settings."
            ).format(host=client.host)
        )
    if status == 403:
        return PermissionDenied(
            tr(
                "{host} accepted the credentials, but this account lacks permission to read {what} "
                "(HTTP 403). Ask the project owner to share it with you (at least 'view submissions')."
            ).format(host=client.host, what=what)
        )
    if status == 404:
        return NotFound(
            tr(
                "{what} was not found on {host} (HTTP 404): the form may have been deleted or "
                "archived, or its ID is wrong. Check it on the server's web page."
            ).format(host=client.host, what=what)
        )
    if status in RETRY_STATUSES:
        busy = ServerBusy(
            tr(
                "{host} is busy or failing (HTTP {status}) and still was after {attempts} attempts. "
                "Try again later; what was already downloaded is kept."
            ).format(host=client.host, status=status, attempts=attempts)
        )
        busy.status = status
        return busy
    kind = QueryRefused if status in (400, 501) else ServerError
    return kind(tr("{host} answered HTTP {status} for {what}.").format(host=client.host, status=status, what=what))


def redirect_refused(host: str, what: str, other: str, body: bool) -> ServerError:
    """The ServerError of a redirect of ``what`` from ``host`` to ``other`` that was not followed (``body``: the
    request carried a login, else its address held the app-user token): nothing was sent to ``other``."""
    if body:
        return ServerError(
            tr(
                "{host} redirected {what} to another server ({other}); it was not followed, so that what "
                "it sends (for the login: your e-mail and password) never leaves {host}: check the server "
                "address with its administrator, the server may have moved."
            ).format(host=host, what=what, other=other)
        )
    return ServerError(
        tr(
            "{host} redirected {what} to another server ({other}); it was not followed, because the app-user token "
            "is part of every address asked of {host} and would have gone to {other}: check the server address "
            "with its administrator, the server may have moved."
        ).format(host=host, what=what, other=other)
    )


def unsendable_request(host: str, what: str) -> ServerError:
    """The ServerError of a request for ``what`` that could not even be sent to ``host``: a header or the
    address holds a character no request can carry (a token or password with a line break, a "…")."""
    return ServerError(
        tr(
            "The request to {host} for {what} could not be sent: the token, the password or the server address "
            "holds a character that cannot be sent (a line break, or a character copied by mistake). Copy the "
            "token or password again, check the server address, then try again."
        ).format(host=host, what=what)
    )


def check_redirect(client, url: str, response: requests.Response, what: str) -> None:
    """InvalidResponse when a page asked of the server of ``client`` (a ServerClient) was redirected to another
    origin: its answer is not the server's data (the credentials were not sent there: ``OriginSession``).
    Files (``stream``) may come from a storage server."""
    from .bounds import same_origin

    if same_origin(url, client.base_url) and not same_origin(response.url, client.base_url):
        response.close()
        other = urlsplit(response.url).netloc.rsplit("@", 1)[-1] or response.url
        raise InvalidResponse(
            tr(
                "{host} redirected {what} to another server ({other}); its answer was not taken as the "
                "data of {host} and the download was stopped: check the server address with its "
                "administrator, the server may have moved."
            ).format(host=client.host, what=what, other=other)
        )


def redirect_loop(client, url: str, what: str) -> InvalidResponse:
    """The failure of ``what`` asked of ``client`` (a ServerClient) at ``url``, redirected in a loop: a
    reverse proxy sending http and https to each other, say. Resumable like a cut answer (what came is
    kept); the address is named without its query and secrets."""
    parts = urlsplit(url)
    address = client.redact(without_credentials(f"{parts.scheme}://{parts.netloc}{parts.path}"))
    return InvalidResponse(
        tr(
            "{host} redirected {what} from address to address in a loop ({address}), so it never arrived: the "
            "server, or a proxy in front of it, is misconfigured (for example http and https addresses sending "
            "to each other). Report it to the server's administrator."
        ).format(host=client.host, what=what, address=address)
    )


def not_decoded(client, what: str, encoding: str) -> InvalidResponse:
    """The failure of an answer to ``what`` that ``client``'s server says is compressed (``encoding``: gzip,
    deflate) but is not: the server's fault, which asking again does not mend."""
    return InvalidResponse(
        tr(
            "{host} sent {what} saying it is compressed ({encoding}) when it is not, so it cannot be read: the "
            "server, or a proxy in front of it, is misconfigured. Report it to the server's administrator."
        ).format(host=client.host, what=what or tr("the requested page"), encoding=encoding or "?")
    )
