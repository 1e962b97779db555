# SPDX-License-Identifier: GPL-3.0-or-later
"""The HTTP client shared by the Kobo and ODK Central downloaders.

One ``ServerClient`` per server: timeouts on every request, bounded retries with
exponential back-off on 429/5xx/cut connections and cut JSON answers (honouring
``Retry-After``), answers read as they arrive with a size limit and a stall limit
(``bounds``), the proxy configured in QGIS (``proxy``), cancellation through a QGIS
feedback object, and every failure turned into a translated ``CartongError`` subclass
that says what to do (``server_errors``).
Credentials go only to the configured origin (scheme, host, port; ``bounds.same_origin``),
redirects included: a request with a body (a login), or whose address holds the secret (an ODK app-user
token), is never redirected off it, and a page redirected off it is not taken as the server's answer.
Secrets (tokens, passwords) given in ``secrets`` are blanked out of every message.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, TypedDict
from urllib.parse import urljoin, urlsplit

import requests

from ..base.errors import CartongError
from ..base.i18n import tr
from . import bounds
from .bounds import OriginSession, same_origin
from .http_failures import (
    RETRY_STATUSES,
    check_redirect,
    connection_failure,
    failure_reason,
    http_failure,
    not_decoded,
    redirect_loop,
    redirect_refused,
    retry_after,
    unsendable_request,
)
from .interrupt import CancelWatch, abort_connections, track_connections
from .proxy import qgis_proxies
from .server_errors import (
    DownloadCancelled,
    InvalidResponse,
    NetworkUnavailable,
    ServerError,
    ServerTimeout,
)
from .server_json import charset_sentence, invalid_json, read_json, repair_sentences

DEFAULT_TIMEOUT = (15.0, 120.0)  # (connect, read) seconds; a page of 1000 records can be slow
MAX_RETRIES = 4
BACKOFF = 1.0  # seconds, doubled at each retry
MAX_RETRY_WAIT = 60.0  # never wait longer than this for one Retry-After
FILE_RETRY_WAIT = 10.0  # ... of an attachment: a storage under maintenance says 60 s, for each file
USER_AGENT = "CartONG-Toolkit-QGIS"


class _BodyFailed(Exception):
    """An answer that arrived incomplete (cut, stalled, JSON cut short): worth asking again."""

    def __init__(self, failure: ServerError, reason: str):
        super().__init__(reason)
        self.failure, self.reason = failure, reason


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc.rsplit("@", 1)[-1] or url


class _BodyLimits(TypedDict):
    """The keyword arguments of ``bounds.read_body`` that bound a body."""

    max_bytes: int | None
    stall_seconds: float | None
    min_rate: float | None


class ServerClient:
    """A requests session bound to one server, with retries and translated errors.

    ``base_url`` is the server root (``https://kf.kobotoolbox.org``); paths given to the
    methods are joined to it, absolute URLs (a ``next`` link) are used as they are.
    ``feedback`` is a QgsFeedback/QgsProcessingFeedback (or anything with ``isCanceled()``).
    ``secret_in_urls``: the paths hold a secret (an ODK app-user token), so no redirect off the server is followed.
    """

    def __init__(
        self,
        base_url: str,
        *,
        headers: dict | None = None,
        auth=None,
        timeout=DEFAULT_TIMEOUT,
        max_retries: int = MAX_RETRIES,
        backoff: float = BACKOFF,
        max_retry_wait: float = MAX_RETRY_WAIT,
        feedback=None,
        proxies=None,
        verify=True,
        secrets=(),
        sleep=time.sleep,
        max_page_bytes: int | None = None,
        stall_seconds: float | None = None,
        min_bytes_per_second: float | None = None,
        secret_in_urls: bool = False,
    ):
        self.base_url = normalise_base_url(base_url)
        self.host = _host(self.base_url)
        # redirects keep credentials only on this origin; none leaves it when the addresses hold a secret
        self.session = OriginSession(self.base_url, secret_in_url=secret_in_urls)
        self._connections = track_connections(self.session)  # shut down by a cancel (interrupt)
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers["Accept"] = "application/json"
        self.session.headers["Accept-Encoding"] = "gzip, deflate"  # what bounds.read_body decodes
        self.session.headers.update(headers or {})
        self.session.auth = auth
        self.session.verify = verify
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_retry_wait = max_retry_wait
        self.feedback = feedback
        self._proxies = proxies
        self._sleep = sleep
        self.secrets = [s for s in secrets if s]
        self.limits: _BodyLimits = {
            "max_bytes": max_page_bytes,
            "stall_seconds": stall_seconds,
            "min_rate": min_bytes_per_second,
        }
        self.requests_made = 0
        self.warnings: list[str] = []  # said during the download (``warn``), kept with the sync
        self._charsets_said: set[str] = set()
        self.network_seconds = 0.0  # time spent waiting for the server (bench)

    # -- helpers ------------------------------------------------------------------------
    def url(self, path_or_url: str) -> str:
        """Absolute URL of a path; links from the server (``next``) never downgrade https to http.

        Servers behind a reverse proxy sometimes write ``http://`` in their links: following
        them as they are would send the token in clear text.
        """
        if path_or_url.startswith("http://") and self.base_url.startswith("https://"):
            return "https://" + path_or_url[len("http://") :]
        if path_or_url.startswith(("http://", "https://")):
            return path_or_url
        return urljoin(self.base_url + "/", path_or_url.lstrip("/"))

    def redact(self, text: str) -> str:
        """``text`` with every secret replaced by ``***`` (for messages and logs)."""
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text

    def add_secret(self, secret: str) -> None:
        if secret and secret not in self.secrets:
            self.secrets.append(secret)

    def gets_credentials(self, url: str, also_to: str | None = None) -> bool:
        """True when a request to ``url`` carries the credentials: on the configured origin only, or on the
        origin ``also_to`` when it is given."""
        return same_origin(url, self.base_url) or (also_to is not None and same_origin(url, also_to))

    def check_cancelled(self) -> None:
        if self.feedback is not None and self.feedback.isCanceled():
            raise DownloadCancelled(tr("The download from {host} was cancelled.").format(host=self.host))

    def _wait(self, seconds: float) -> None:
        """Sleep in short steps so that a cancel is noticed during a long back-off."""
        remaining = seconds
        while remaining > 0:
            self.check_cancelled()
            step = min(remaining, 0.2)
            self._sleep(step)
            remaining -= step
        self.check_cancelled()

    def _watch(self) -> CancelWatch:
        """A cancel stops a request blocked on a silent server at once, not at its read timeout."""
        return CancelWatch(self.feedback, lambda: abort_connections(self._connections))

    def proxies_for(self, url: str):
        return self._proxies if self._proxies is not None else qgis_proxies(url)

    # -- requests -----------------------------------------------------------------------
    def request(
        self,
        method: str,
        path_or_url: str,
        *,
        what: str = "",
        stream: bool = False,
        also_to: str | None = None,
        **kwargs,
    ) -> requests.Response:
        """Send one request with retries; return the 2xx response or raise a ServerError.

        ``what`` names the thing fetched in messages ("the list of forms", "form aBc123"); ``also_to`` is
        the one other origin that gets the credentials for this request (``bounds.kobo_files_origin``).
        """
        url = self.url(path_or_url)
        if not self.gets_credentials(url, also_to):  # a link to another server never gets our credentials
            kwargs["headers"] = {**(kwargs.get("headers") or {}), "Authorization": None}
            kwargs.setdefault("auth", None)
        what = what or tr("the requested page")
        proxies = self.proxies_for(url)
        for proxy in (proxies or {}).values():
            self.add_secret(urlsplit(proxy).password or "")  # never echo the proxy password
        attempt, spent = 0, 0.0  # spent: seconds of every attempt and wait, for the final message
        while True:
            self.check_cancelled()
            started = time.perf_counter()
            try:
                self.requests_made += 1
                with self._watch():
                    response = self.session.request(
                        method, url, timeout=self.timeout, proxies=proxies, stream=True, **kwargs
                    )
                    if not stream and response.status_code < 400:
                        response._content = self._body(response, what)  # bounded, and a cut body is noticed
                        response._content_consumed = True
            except bounds.RedirectRefused as err:
                raise redirect_refused(self.host, what, _host(err.target), err.body) from err
            except requests.exceptions.TooManyRedirects as err:  # a proxy sending http and https to each other
                raise redirect_loop(self, url, what) from err
            except (requests.exceptions.InvalidHeader, requests.exceptions.InvalidURL, UnicodeError) as err:
                # their text quotes the header or address, secret included (repr-escaped: redact misses it)
                log(
                    tr("A request to {host} could not be sent ({error}).").format(
                        host=self.host, error=type(err).__name__
                    )
                )
                raise unsendable_request(self.host, what) from None
            except requests.exceptions.SSLError as err:
                self.check_cancelled()  # a connection shut down by the cancel (interrupt)
                raise ServerError(
                    tr(
                        "The secure connection (HTTPS/TLS) to {host} failed: {reason}. Check the server "
                        "address (https:// or http://) and the computer's date and time; if your "
                        "organisation inspects traffic, ask your IT team for its certificate."
                    ).format(host=self.host, reason=failure_reason(err, self.redact))
                ) from err
            except (
                requests.exceptions.Timeout,
                requests.exceptions.ConnectionError,
                requests.exceptions.ChunkedEncodingError,
            ) as err:
                self.check_cancelled()
                self.network_seconds += time.perf_counter() - started
                spent += time.perf_counter() - started
                failure = connection_failure(self, err, file=stream)
                if isinstance(failure, NetworkUnavailable) and not isinstance(
                    err, (requests.exceptions.ReadTimeout, requests.exceptions.ChunkedEncodingError)
                ):
                    raise failure from err  # no network / no such host: retrying will not help
                if attempt >= self.max_retries:
                    raise self._gave_up(failure, attempt + 1, spent) from err
                attempt += 1
                spent += self._retry(what, failure_reason(err, self.redact), attempt, self.backoff * 2 ** (attempt - 1))
                continue
            except _BodyFailed as err:
                self.check_cancelled()
                self.network_seconds += time.perf_counter() - started
                spent += time.perf_counter() - started
                if attempt >= self.max_retries:
                    raise self._gave_up(err.failure, attempt + 1, spent) from err
                attempt += 1
                spent += self._retry(what, err.reason, attempt, self.backoff * 2 ** (attempt - 1))
                continue
            self.network_seconds += time.perf_counter() - started
            spent += time.perf_counter() - started
            if response.status_code < 400:
                if not stream and response.history:
                    check_redirect(self, url, response, what)
                return response
            if response.status_code in RETRY_STATUSES and attempt < self.max_retries:
                attempt += 1
                delay = retry_after(response)
                delay = self.backoff * 2 ** (attempt - 1) if delay is None else delay
                response.close()
                cap = min(self.max_retry_wait, FILE_RETRY_WAIT) if stream else self.max_retry_wait  # 1 file, not hours
                spent += self._retry(what, f"HTTP {response.status_code}", attempt, min(delay, cap))
                continue
            response.close()
            raise self._gave_up(http_failure(self, response, what, attempt + 1, stream), attempt + 1, spent)

    def get_json(self, path_or_url: str, *, params=None, what: str = "", headers=None):
        """GET and parse JSON; a JSON answer cut short is asked again (bounded), InvalidResponse after
        that or for an answer that is not JSON at all (an HTML page from a proxy)."""
        return self._json("GET", path_or_url, what, params=params, headers=headers)

    def post_json(self, path_or_url: str, payload: dict, *, what: str = ""):
        return self._json("POST", path_or_url, what, json=payload)

    def get_bytes(self, path_or_url: str, *, params=None, what: str = "") -> bytes:
        """GET a (bounded) answer as bytes: an XForm, a small file."""
        return self.request("GET", path_or_url, params=params, what=what).content

    def _json(self, method: str, path_or_url: str, what: str, **kwargs):
        """The JSON of an answer (``server_json.read_json``: a character that is not valid text is replaced
        and said, never fatal to the form)."""
        attempt = 0
        while True:
            response = self.request(method, path_or_url, what=what, **kwargs)
            body = response.content
            try:
                value, repairs, charset = read_json(body, response.headers.get("Content-Type", ""))
            except ValueError as err:
                failure = invalid_json(self, what, body, err)
                if body.lstrip()[:1] not in (b"{", b"[") or attempt >= self.max_retries:
                    raise failure from err  # not JSON at all (an HTML page): asking again will not help
                attempt += 1
                self._retry(what, tr("answer cut short"), attempt, self.backoff * 2 ** (attempt - 1))
                continue
            if charset and charset not in self._charsets_said:  # said once per server and charset
                self._charsets_said.add(charset)
                self.warn(charset_sentence(self.host, charset))
            for line in repair_sentences(repairs, self.host, what or tr("the requested page")):
                self.warn(line)
            return value

    def warn(self, line: str) -> None:
        """A warning of the download (the QGIS log and the algorithm's), kept in ``warnings`` for the sync's
        record in cartong_metadata."""
        self.warnings.append(line)
        log(line, warning_level())
        if self.feedback is not None and hasattr(self.feedback, "pushWarning"):
            self.feedback.pushWarning(line)

    def _body(self, response: requests.Response, what: str, sink=None):
        """The body of ``response`` within the limits (``bounds.read_body``); _BodyFailed when it
        arrived cut or stalled (asked again by ``request``), ServerError when it is too big."""
        limits: dict[str, Any] = dict(self.limits)
        if sink is not None:  # a file goes to disk, not memory: the page limit is not its limit, nor its time
            limits["max_bytes"] = bounds.MAX_FILE_BYTES
        else:
            limits["max_seconds"] = bounds.MAX_PAGE_SECONDS
        try:
            body = bounds.read_body(response, sink=sink, on_chunk=self.check_cancelled, **limits)
            self.check_cancelled()  # a body ended by the cancel's shutdown is not a whole body
            return body
        except bounds.BodyTooLarge as err:
            if sink is not None:
                raise ServerError(
                    tr("{host} sent more than {size} MB for {what}: it was not kept.").format(
                        host=self.host, size=err.limit // 1024**2 or 1, what=what or tr("the requested page")
                    )
                ) from err
            raise ServerError(
                tr(
                    "{host} sent more than {size} MB for {what}: the download was stopped before it filled the "
                    "computer's memory. Nothing was changed; ask the server's administrator about this form."
                ).format(host=self.host, size=err.limit // 1024**2 or 1, what=what or tr("the requested page"))
            ) from err
        except bounds.BodyStalled as err:
            raise _BodyFailed(
                ServerTimeout(
                    tr(
                        "{host} sends {what} too slowly: {received} bytes in the last {seconds} seconds. The "
                        "connection is stalled; try again later or on a better connection, what was already "
                        "downloaded is kept."
                    ).format(
                        host=self.host,
                        what=what or tr("the requested page"),
                        received=err.received,
                        seconds=f"{err.seconds:.0f}",
                    )
                ),
                tr("answer too slow"),
            ) from err
        except bounds.BodyTooLong as err:  # not asked again: another 10 minutes would end the same way
            raise ServerTimeout(
                tr(
                    "{host} was still sending a page of {what} after {seconds} seconds ({received} bytes): the "
                    "download was stopped. Try again later or on a better connection; what was already downloaded "
                    "is kept."
                ).format(
                    host=self.host,
                    what=what or tr("the requested page"),
                    seconds=f"{err.seconds:.0f}",
                    received=err.received,
                )
            ) from err
        except bounds.SinkFailed as err:
            from .file_download import not_written

            raise not_written(Path(sink.name), err) from err
        except bounds.BodyNotDecoded as err:  # asked again: one garbled answer passes, a mislabelling server not
            raise _BodyFailed(not_decoded(self, what, err.encoding), tr("answer not compressed as announced")) from err
        except bounds.BodyCut as err:
            raise _BodyFailed(
                InvalidResponse(
                    tr(
                        "The connection to {host} was cut in the middle of an answer. Try again; "
                        "what was already downloaded is kept."
                    ).format(host=self.host)
                ),
                tr("answer cut short"),
            ) from err
        finally:
            response.close()

    def download_file(self, path_or_url: str, target: Path, *, what: str = "", **options) -> Path:
        """Stream a file to ``target``: ``file_download.download_file`` (its ``options``: ``params``; ``also_to``,
        another origin that gets the credentials for this file, ``bounds.kobo_files_origin``; ``mimetype``)."""
        from .file_download import download_file

        return download_file(self, path_or_url, target, what=what, **options)

    def close(self) -> None:
        self.session.close()

    def _retry(self, what: str, reason: str, attempt: int, seconds: float) -> float:
        """Say the retry (QGIS log and the algorithm's log: a server that stopped answering is never
        silent), then wait ``seconds``; returns them."""
        line = tr("{host}: {reason} for {what}; retry {attempt} of {total} in {seconds} seconds.").format(
            host=self.host,
            reason=self.redact(reason),
            what=what,
            attempt=attempt,
            total=self.max_retries,
            seconds=f"{seconds:.0f}" if seconds >= 1 else f"{seconds:.1f}",
        )
        log(line)
        if self.feedback is not None and hasattr(self.feedback, "pushInfo"):
            self.feedback.pushInfo(line)
        self._wait(seconds)
        return seconds

    def _gave_up(self, failure: ServerError, attempts: int, seconds: float) -> ServerError:
        """``failure`` saying how long it was tried in all, when it was tried more than once."""
        if attempts > 1:
            failure.args = (
                f"{failure} "
                + tr("It was tried {attempts} times over {seconds} seconds in all.").format(
                    attempts=attempts, seconds=f"{seconds:.0f}"
                ),
            )
        return failure


def normalise_base_url(url: str) -> str:
    """``kf.kobotoolbox.org/`` -> ``https://kf.kobotoolbox.org`` (no trailing slash); an address with
    user info, a query or a fragment is refused (it is recorded with the data)."""
    url = (url or "").strip()
    if not url:
        raise CartongError(tr("No server address was given."))
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (reading it checks the port: "host:80a" raises)
    except ValueError as err:  # "https://[kobo.example": an unclosed IPv6 bracket; not echoed (a password?)
        raise CartongError(
            tr("The server address cannot be read: write it the way https://kf.kobotoolbox.org is written.")
        ) from err
    if parts.fragment.startswith("/") and "#" not in parts.fragment[1:] and not parts.query:
        # the page's address pasted (Kobo's #/forms/<uid>/summary, Central's #/projects/3): a route of the web
        # page, never sent to the server, no secret in it; the server is the address before it
        url = url.split("#", 1)[0]
        parts = urlsplit(url)
    if "@" in parts.netloc or "?" in url or "#" in url:
        # What is pasted there is saved with the data (cartong_metadata.source_file, field packages):
        # a token after ? or a password before @ would travel with every copy. Not echoed either.
        address = f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}{parts.path}".rstrip("/")
        raise CartongError(
            tr(
                "The server address must be the address alone, such as {address}: a user name, password or "
                "token written in it (before @, after ? or #) would be saved with the data, so give them in the "
                "authentication configuration or SECRET instead."
            ).format(address=address)
        )
    return url.rstrip("/")


def warning_level():
    """The QGIS message level of a warning (None outside QGIS)."""
    try:
        from qgis.core import Qgis
    except ImportError:
        return None
    return Qgis.MessageLevel.Warning


def log(message: str, level=None) -> None:
    """Log to the QGIS message log under the CartONG tag (silently outside QGIS)."""
    try:
        from qgis.core import Qgis, QgsMessageLog
    except ImportError:
        return
    QgsMessageLog.logMessage(message, "CartONG", level if level is not None else Qgis.MessageLevel.Info)
