# SPDX-License-Identifier: GPL-3.0-or-later
"""A web page (a login or error page), or another answer that is not the file, where a file was expected.

Without the credentials, a server keeping its files private answers with its sign-in page: Django
(KoboToolbox's kc host) redirects to ``/accounts/login/``, a captive portal or an expired SSO session
answers ``200 text/html``. Saved as the photo, that page was counted as downloaded and never asked
again. ``answered_web_page`` tells such an answer by its headers; one labelled text/html alone is judged by
its body (``starts_like_a_file``: a real JPEG that a storage or proxy with wrong metadata calls text/html is
kept). ``is_web_page`` tells a file whose first bytes are HTML (after the download; ``needs_download`` for a
file kept from an earlier one); a file whose own name says HTML (``report.html``) is taken as it comes.
An API gateway or media proxy may also answer ``200`` with nothing, or with its error message
(``{"detail":"Not found."}``) where a photo was expected: ``error_document`` tells such a body from the
file by what the file is (the attachment's mimetype, or its name), ``not_the_file`` says why a file on
disk is not the file (``needs_download`` asks it again).
"""

from __future__ import annotations

import json
import mimetypes
import re
from pathlib import Path
from urllib.parse import urlsplit

import requests

from ..base.safe_files import file_signature

_HTML_NAMES = (".html", ".htm", ".xhtml", ".shtml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")
_LOGIN_PATH = re.compile(r"/(?:accounts/)?(?:log-?in|sign-?in)(?:/|$)", re.IGNORECASE)
SNIFF_BYTES = 1024
_ERROR_BYTES = 64 * 1024  # an error message is small: a bigger body is not read to be judged
_TEXT_KINDS = (
    "json",
    "xml",
    "svg",
    "yaml",
    "javascript",
    "text",
    "rtf",
    "csv",
    "x-x",
    "portable",
    "url",
    "octet-stream",
)


def html_expected(name: str) -> bool:
    """True when the file itself is a web page (its name ends in .html, .htm...)."""
    return str(name).lower().endswith(_HTML_NAMES)


def login_redirect(response: requests.Response) -> bool:
    """True when ``response`` came through a redirect to a login page (``/accounts/login/?next=...``)."""
    return bool(response.history) and bool(_LOGIN_PATH.search(urlsplit(response.url).path))


def answered_web_page(response: requests.Response, name: str) -> bool:
    """True when the answer to a request for the file ``name`` is a web page by its headers: it came through a
    redirect to a login page, or it says text/html (then its body has the last word: ``starts_like_a_file``)."""
    if login_redirect(response):
        return True
    kind = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return kind in _HTML_TYPES and not html_expected(name)


def starts_like_html(head: bytes) -> bool:
    """True when the bytes ``head`` (the start of a body) are an HTML document."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<?xml"):  # an XHTML page; an SVG or any other XML is a file
        text = text.split(b"?>", 1)[-1].lstrip()
    return text.startswith(_HTML_STARTS)


def starts_like_a_file(path: Path) -> bool:
    """True when the file at ``path`` starts with a known file's signature (a JPEG, an MP4, a PDF...: no web
    page starts so), whatever the Content-Type it came with."""
    try:
        with open(path, "rb") as handle:
            return bool(file_signature(handle.read(SNIFF_BYTES)))
    except OSError:
        return False


def is_web_page(path: Path, name: str = "") -> bool:
    """True when the file at ``path`` (saved as ``name``, by default its own name) is a web page where a
    file was expected."""
    path = Path(path)
    if html_expected(name or path.name):
        return False
    try:
        with open(path, "rb") as handle:
            return starts_like_html(handle.read(SNIFF_BYTES))
    except OSError:
        return False


def expected_kind(name: str, mimetype=None) -> str:
    """The type of the file ``name`` ("image/jpeg"): the ``mimetype`` the server listed (Kobo's
    ``_attachments``), else the one its name says; "" when neither tells."""
    kind = mimetype.split(";", 1)[0].strip().lower() if isinstance(mimetype, str) else ""
    return kind if "/" in kind else (mimetypes.guess_type(str(name))[0] or "").lower()


def error_document(head: bytes, size: int, name: str, mimetype=None) -> str | None:
    """The start of the message (text) when a body of ``size`` bytes starting with ``head`` is an error
    message where the file ``name`` (of type ``mimetype``, ``expected_kind``) was expected; None when it may
    be the file. A photo, a recording or a video is never JSON nor markup (an XML ``<Error>`` of a file
    storage), nor blank; any other file that is not text itself (a PDF, a zip) is never a JSON document."""
    major, _, minor = expected_kind(name, mimetype).partition("/")
    if major not in ("image", "audio", "video", "application") or any(word in minor for word in _TEXT_KINDS):
        return None
    if size > _ERROR_BYTES:
        return None
    try:
        text = head.decode("utf-8-sig").strip()
    except UnicodeDecodeError:  # binary: a file
        return None
    if not all(c.isprintable() or c in "\t\r\n" for c in text):  # control bytes: a file
        return None
    try:
        json.loads(text)
        return text
    except ValueError:
        pass
    media = major in ("image", "audio", "video")
    return text if media and text[:1] in ("", "<") else None  # blank, or XML (a storage's <Error>)


def not_the_file(path: Path, name: str = "", mimetype=None) -> tuple[str, str] | None:
    """Why the file at ``path`` (saved as ``name``, by default its own name; of type ``mimetype``) is not the
    file: ("empty", ""), ("web page", "") or ("message", the start of the error message it holds); None when
    it may be the file."""
    path = Path(path)
    name = name or path.name
    try:
        size = path.stat().st_size
        if size == 0:
            return ("empty", "")
        if is_web_page(path, name):
            return ("web page", "")
        with open(path, "rb") as handle:
            head = handle.read(_ERROR_BYTES) if size <= _ERROR_BYTES else b""
    except OSError:
        return None
    message = error_document(head, size, name, mimetype)
    return None if message is None else ("message", message)


def needs_download(path: Path, mimetype=None) -> bool:
    """True when the attachment at ``path`` is to be asked (again): it is not there, or it is not the file (a
    login page, an empty file or an error message saved as the photo by an earlier version: ``not_the_file``),
    which is removed: a link to it would open the login page or nothing."""
    path = Path(path)
    if not path.is_file():
        return True
    if not_the_file(path, mimetype=mimetype) is None:
        return False
    path.unlink()
    return True
