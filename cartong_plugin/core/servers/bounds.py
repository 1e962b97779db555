# SPDX-License-Identifier: GPL-3.0-or-later
"""What keeps every download finite, and the credentials on the server the user configured.

* :func:`same_origin`: scheme, host and port equal to the configured server's: the only place a
  token or password is sent; :class:`OriginSession` also strips them from any redirect that
  leaves that origin (``mykobo.co.uk.evil.org``, ``evilmykobo.co.uk``, ``http://``, another port),
  and does not follow such a redirect at all for a request with a body (a login's password).
* :func:`kobo_files_origin`: the one exception, for attachments only: the file host of a KoboToolbox
  server, ``kc.<domain>`` of ``kf.<domain>``, ``kc-<name>.<domain>`` of ``<name>.<domain>`` (same scheme, port).
* :class:`PageGuard`: the pages of one list; a ``next`` link to a page already fetched (a loop), one to
  another origin that is not the same page of the list (``same_page_on``: such a link is followed on the
  configured server), ``IDLE_PAGES`` pages in a row with nothing new, or more pages than
  ``MAX_PAGES`` stop the download with a clear message.
* :func:`read_body`: reads an answer as it arrives, in chunks: more than ``max_bytes`` (after
  decompression), fewer than ``min_rate`` bytes per second over ``stall_seconds``, or (a JSON page) still
  arriving after ``max_seconds`` stops it; a body shorter than its ``Content-Length`` is reported as cut.

The limits are module constants (tests lower them with monkeypatch) and ``ServerClient``
options (``max_page_bytes``, ``stall_seconds``, ``min_bytes_per_second``).
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit, urlunsplit

import requests
from urllib3 import exceptions as urllib3_errors
from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

MAX_PAGES = 100_000  # pages of one list; 100 million submissions at 1000 a page
IDLE_PAGES = 3  # pages in a row with no new submission before a list is taken as endless
MAX_PAGE_BYTES = 256 * 1024**2  # one JSON answer, decompressed; a page of 1000 wide submissions is ~20 MB
MAX_FILE_BYTES = 64 * 1024**3  # one attachment, streamed to disk (not memory): a long video at most
STALL_SECONDS = 60.0  # the window over which an answer must keep arriving ...
MIN_BYTES_PER_SECOND = 100.0  # ... at least this fast (a poor 2G link gives 2,000)
MAX_PAGE_SECONDS = 600.0  # one JSON page in all: a trickle above the stall limit would never end (20 MB at 2G: 3 min)
CHUNK = 1 << 16
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) of ``url``, lower case, the port filled in for http and https."""
    parts = urlsplit(url)
    scheme = (parts.scheme or "").lower()
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: matches nothing
        port = -1
    return scheme, (parts.hostname or "").lower().rstrip("."), port or _DEFAULT_PORTS.get(scheme)


def same_origin(url: str, base_url: str) -> bool:
    """True only when ``url`` is on exactly the configured server: same scheme, host and port.

    No parent-domain matching: ``attacker.co.uk`` is not ``mykobo.co.uk``'s sibling, and neither
    is ``mykobo.co.uk.evil.org``; an ``http://`` link or another port of the same host is
    another origin too. A URL that parsers may read differently is never the same origin:
    ``http://evil:1\\@home:2/`` is ``home:2`` for urlsplit but ``evil:1`` for urllib3, which
    requests connects with; so a backslash, user info (``@`` before the host), white space or a
    control character refuses it, and urllib3's reading must agree too.
    """
    first = origin(url)
    return bool(first[1]) and first == origin(base_url) and not _ambiguous(url) and _urllib3_origin(url) == first


def _ambiguous(url: str) -> bool:
    """A URL whose host two parsers could read differently (see ``same_origin``)."""
    if any(char == "\\" or char.isspace() or ord(char) < 32 or ord(char) == 127 for char in url):
        return True
    return "@" in urlsplit(url).netloc


def _urllib3_origin(url: str) -> tuple[str, str, int | None] | None:
    """(scheme, host, port) as urllib3 (what requests connects to) reads ``url``; None if it cannot."""
    try:
        parts = parse_url(url)
    except LocationParseError:
        return None
    scheme = (parts.scheme or "").lower()
    return scheme, (parts.host or "").lower().strip("[]").rstrip("."), parts.port or _DEFAULT_PORTS.get(scheme)


def kobo_files_origin(base_url: str) -> str | None:
    """The origin of the file host of a KoboToolbox server, the only other place its token may go.

    KoboToolbox is deployed as a kpi host (the API the user configures) and a kobocat host (where older and
    self-hosted servers keep the attachments: ``<kobocat>/media/original?...``); without the token kobocat
    answers its login page. The pairs are ``kf.<domain>`` / ``kc.<domain>`` (the global server), else
    ``<name>.<domain>`` / ``kc-<name>.<domain>`` (the EU server: eu / kc-eu.kobotoolbox.org; kobo-install's
    custom names, e.g. kobo / kc-kobo). So for a server named (not an IP address) ``<name>.<domain>``,
    ``<domain>`` of two labels or more, that sibling on the same scheme and port is returned; for any other
    server None: no other host ever gets the token. Only attachments use it.
    """
    scheme, host, port = origin(base_url)
    labels = host.split(".")
    if (
        len(labels) < 3
        or not all(labels)
        or labels[0].startswith("kc")
        or _urllib3_origin(base_url)
        != (
            scheme,
            host,
            port,
        )
    ):
        return None
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    default = _DEFAULT_PORTS.get(scheme)
    files_host = "kc" if labels[0] == "kf" else f"kc-{labels[0]}"
    return f"{scheme}://{files_host}.{'.'.join(labels[1:])}" + ("" if port == default else f":{port}")


class RedirectRefused(Exception):
    """A request carrying a secret that a redirect would take along was redirected off ``home``: not followed.
    ``body``: the secret is in the request's body (a login's e-mail and password), else in its address (an
    ODK app-user token)."""

    def __init__(self, source: str, target: str, body: bool = True):
        super().__init__(target)
        self.source, self.target, self.body = source, target, body


class OriginSession(requests.Session):
    """A requests session whose redirects keep credentials only while they stay on ``home``.

    A request with a body is never redirected off ``home`` (RedirectRefused): with 307 and 308 the
    body goes along, and the body of a login holds the password, which no header stripping removes.
    With ``secret_in_url`` (an ODK app-user token is in the path of every address, ``/v1/key/<token>/``) no
    request is redirected off ``home`` either: a ``Location`` of the same path on another host carries it.
    """

    def __init__(self, home: str, secret_in_url: bool = False):
        super().__init__()
        self.home = home
        self.secret_in_url = secret_in_url
        self._body_sent = False  # the request being redirected carries a body

    def should_strip_auth(self, old_url, new_url):  # called by requests for every redirect
        return not same_origin(new_url, self.home) or super().should_strip_auth(old_url, new_url)

    def resolve_redirects(self, resp, req, *args, **kwargs):
        self._body_sent = req.body is not None
        try:
            yield from super().resolve_redirects(resp, req, *args, **kwargs)
        finally:
            self._body_sent = False

    def get_redirect_target(self, resp):  # called by requests before following each redirect
        target = super().get_redirect_target(resp)
        if target and (self._body_sent or self.secret_in_url):
            absolute = urljoin(resp.url, target)
            if not same_origin(absolute, self.home):
                resp.close()
                raise RedirectRefused(resp.url, absolute, body=self._body_sent)
        return target


def same_page_on(link: str, asked: str, home: str) -> str | None:
    """The next-page ``link`` to follow on the configured server ``home``, or None when it cannot be.

    A link on ``home`` is followed as it is. ODK Central writes its links for the domain it is configured
    with, not the address the user typed (an IP address on a LAN, an SSH tunnel, an internal name), and a
    proxy may drop the port of the links it passes on: such a link, written unambiguously, whose path is
    the page just asked (``asked``; with the path under which ``home`` serves, if any) leads to the next
    page of the same list, so that path and query are asked of ``home``. Nothing goes to the link's host.
    """
    if same_origin(link, home):
        return link
    parts, base = urlsplit(link), urlsplit(home)
    if _ambiguous(link) or parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        return None
    path, page = unquote(parts.path), unquote(urlsplit(asked).path)
    prefix = base.path.rstrip("/")
    if path == page:
        full = parts.path
    elif prefix and prefix + path == page:  # Central behind a path (https://org.example/central)
        full = prefix + parts.path
    else:
        return None
    return urlunsplit((base.scheme, base.netloc, full, parts.query, ""))


class PageGuard:
    """Follows the pages of one list: refuses a link followed before, more than ``max_pages``, a link
    off ``home`` (the configured server; ``follow`` brings one to the same page back to it) and
    ``IDLE_PAGES`` pages in a row that bring nothing new."""

    def __init__(self, host: str, what: str, max_pages: int | None = None, home: str | None = None, feedback=None):
        self.host, self.what, self.home = host, what, home
        self.max_pages = MAX_PAGES if max_pages is None else max_pages
        self.seen: set[str] = set()
        self.idle = 0  # pages in a row that brought no new submission
        self.feedback = feedback
        self.elsewhere_said = False

    def follow(self, link: str, asked: str) -> str:
        """The next-page ``link`` of the page ``asked`` as it is to be fetched: on ``home`` (``same_page_on``,
        said once), or as it came when it cannot be brought there (``visit`` then refuses it)."""
        if self.home is None:
            return link
        target = same_page_on(link, asked, self.home)
        if target is None or target == link:
            return link
        if not self.elsewhere_said:
            from ..base.i18n import tr
            from .http import log

            self.elsewhere_said = True
            other = _urllib3_origin(link) or ("", "?", None)
            line = tr(
                "{host} writes its 'next page' links for {what} with another address ({other}), as a server "
                "behind a proxy or configured with another domain name does: the pages are asked of {host}, "
                "and nothing is sent to {other}."
            ).format(host=self.host, what=self.what, other=f"{other[1]}:{other[2]}")
            log(line)
            if self.feedback is not None and hasattr(self.feedback, "pushInfo"):
                self.feedback.pushInfo(line)
        return target

    def visit(self, url: str, params=None) -> None:
        """Call before fetching each page; ServerError when the list loops, never ends or leaves ``home``."""
        from ..base.i18n import tr
        from .server_errors import ServerError

        key = self.check_link(url, params)
        if len(self.seen) >= self.max_pages:
            raise ServerError(
                tr(
                    "{host} sent more than {limit} pages for {what}: the download was stopped. Nothing was "
                    "changed; check the form on the server."
                ).format(host=self.host, what=self.what, limit=self.max_pages)
            )
        self.seen.add(key)

    def check_link(self, url: str, params=None) -> str:
        """InvalidResponse for a link off ``home``, ServerError for one back to a page already fetched (the
        query string and ``params`` compared as one set)."""
        from ..base.i18n import tr
        from .server_errors import InvalidResponse, ServerError

        if self.home is not None and not same_origin(url, self.home):
            # not even without the credentials: an ODK app-user token is in the link's own path
            other = _urllib3_origin(url) or ("", "?", None)
            raise InvalidResponse(
                tr(
                    "{host} sent a 'next page' link for {what} that leads to another server ({other}) or is "
                    "written ambiguously: it was not followed, so that the credentials and the link stay on "
                    "{host}. The download was stopped; report it to the server's administrator."
                ).format(host=self.host, what=self.what, other=f"{other[1]}:{other[2]}")
            )
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True) + [(k, str(v)) for k, v in (params or {}).items()]
        key = parts._replace(query="", fragment="").geturl() + "?" + "&".join(f"{k}={v}" for k, v in sorted(query))
        if key in self.seen:
            raise ServerError(
                tr(
                    "{host} sent a 'next page' link for {what} that leads back to a page already downloaded "
                    "(after {pages} pages): the list would never end, so the download was stopped. Nothing "
                    "was changed; report it to the server's administrator."
                ).format(host=self.host, what=self.what, pages=len(self.seen))
            )
        return key

    def keep_going(self, new: int, received: int, expected: int | None) -> bool:
        """Call after each page that has a next link, with the submissions it added (``new``), all
        received so far and the server's count: False when ``IDLE_PAGES`` pages in a row added
        nothing but every announced submission is here; InvalidResponse (what came is kept) when
        some are still missing: links that change each time but bring nothing would run for hours."""
        from ..base.i18n import tr
        from .server_errors import InvalidResponse

        self.idle = 0 if new else self.idle + 1
        if self.idle < IDLE_PAGES:
            return True
        if expected is not None and received >= expected:
            return False
        raise InvalidResponse(
            tr(
                "{host} sent {pages} pages in a row for {what} that brought no new submission ({received} of "
                "{total} received): the list would never end, so the download was stopped. Report it to the "
                "server's administrator."
            ).format(
                host=self.host,
                pages=self.idle,
                what=self.what,
                received=received,
                total="?" if expected is None else expected,
            )
        )


class BodyTooLarge(Exception):
    """The answer is bigger than the limit (``limit`` bytes)."""

    def __init__(self, limit: int):
        super().__init__(limit)
        self.limit = limit


class BodyStalled(Exception):
    """The answer arrives too slowly: ``received`` bytes in ``seconds``."""

    def __init__(self, received: int, seconds: float):
        super().__init__(received, seconds)
        self.received, self.seconds = received, seconds


class BodyTooLong(Exception):
    """The answer was still arriving after ``seconds`` (``received`` bytes so far)."""

    def __init__(self, received: int, seconds: float):
        super().__init__(received, seconds)
        self.received, self.seconds = received, seconds


class BodyCut(Exception):
    """The connection closed before the whole answer arrived."""


class BodyNotDecoded(BodyCut):
    """The answer is not compressed the way its ``Content-Encoding`` (``encoding``) says."""

    def __init__(self, text: str, encoding: str):
        super().__init__(text)
        self.encoding = encoding


class SinkFailed(Exception):
    """The file the answer goes to could not be written (disk full, no permission)."""


def read_body(
    response: requests.Response,
    *,
    max_bytes: int | None = None,
    stall_seconds: float | None = None,
    min_rate: float | None = None,
    max_seconds: float | None = None,
    on_chunk=None,
    sink=None,
    clock=time.monotonic,
) -> bytes | int:
    """The body of a streamed ``response``, read as it arrives (``stream=True`` requests).

    Returns the bytes, or with ``sink`` (a binary file) writes them there and returns their
    count. ``on_chunk()`` is called between chunks (cancel checks). ``max_seconds``: the most the whole
    body may take (None: no limit, for files). Raises BodyTooLarge, BodyStalled, BodyTooLong, BodyCut or
    SinkFailed; the caller closes the response.
    """
    max_bytes = MAX_PAGE_BYTES if max_bytes is None else max_bytes
    stall_seconds = STALL_SECONDS if stall_seconds is None else stall_seconds
    min_rate = MIN_BYTES_PER_SECOND if min_rate is None else min_rate
    read, decode = _reader(response)
    parts: list[bytes] = []
    size = raw_size = 0

    def keep(data: bytes) -> None:
        nonlocal size
        size += len(data)
        if size > max_bytes:
            raise BodyTooLarge(max_bytes)
        if sink is None:
            parts.append(data)
            return
        try:
            sink.write(data)
        except OSError as err:  # the disk, not the connection: not worth asking the server again
            raise SinkFailed(str(err)) from err

    window_start, window_bytes = clock(), 0
    began = window_start
    try:
        while True:
            chunk = read(CHUNK)
            if not chunk:
                break
            raw_size += len(chunk)
            window_bytes += len(chunk)
            keep(decode(chunk))
            now = clock()
            if max_seconds is not None and now - began > max_seconds:
                raise BodyTooLong(size, now - began)
            if now - window_start >= stall_seconds:
                if window_bytes < min_rate * (now - window_start):
                    raise BodyStalled(window_bytes, now - window_start)
                window_start, window_bytes = now, 0
            if on_chunk is not None:
                on_chunk()
        keep(decode(b"", final=True))
    except (zlib.error, urllib3_errors.DecodeError) as err:  # "gzip" written on a body that is not
        raise BodyNotDecoded(str(err), response.headers.get("Content-Encoding", "")) from err
    except (requests.exceptions.ChunkedEncodingError, urllib3_errors.ProtocolError) as err:
        raise BodyCut(str(err)) from err
    except (socket.timeout, requests.exceptions.Timeout, urllib3_errors.ReadTimeoutError) as err:  # nothing at all
        raise BodyStalled(window_bytes, clock() - window_start) from err
    except OSError as err:  # a reset connection while reading
        raise BodyCut(str(err)) from err
    expected = response.headers.get("Content-Length", "")
    if expected.isdigit() and raw_size < int(expected):
        raise BodyCut(f"{raw_size} of {expected} bytes")
    release = getattr(response.raw, "release_conn", None)
    if release is not None:  # read to the end: the connection can serve the next page
        release()
    return size if sink is not None else b"".join(parts)


def _reader(response: requests.Response):
    """(read(n) returning what has arrived, up to n bytes, without waiting for n; decode(data, final)).

    urllib3 2 has ``read1`` (decoded); urllib3 1.26, which QGIS ships on some platforms, has it only
    on the http.client response underneath, whose bytes are still compressed: decoded here.
    """
    raw = response.raw
    if hasattr(raw, "read1"):
        # requests opens the response with decode_content=False (it decodes in iter_content): asked here,
        # or a gzip answer (what every real server sends) is read compressed
        return (lambda n: raw.read1(n, decode_content=True)), (lambda data, final=False: data)
    stream = getattr(raw, "_fp", None)
    if stream is None or not hasattr(stream, "read1"):  # an unusual transport: plain reads
        return (lambda n: raw.read(n, decode_content=True)), (lambda data, final=False: data)
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    else:
        inflater = None

    def decode(data: bytes, final: bool = False) -> bytes:
        if inflater is None:
            return data
        return inflater.flush() if final else inflater.decompress(data)

    return (lambda n: stream.read1(n)), decode
