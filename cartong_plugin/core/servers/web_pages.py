# SPDX-License-Identifier: GPL-3.0-or-later
"""A web page (a login or error page) answered where a file was expected.

Without the credentials, a server keeping its files private answers with its sign-in page: Django
(KoboToolbox's kc host) redirects to ``/accounts/login/``, a captive portal or an expired SSO session
answers ``200 text/html``. Saved as the photo, that page was counted as downloaded and never asked
again. ``answered_web_page`` tells such an answer from the file (before its body is read),
``is_web_page`` a file whose first bytes are HTML (after it; ``needs_download`` for a file kept from an
earlier download); a file whose own name says HTML (``report.html``) is taken as it comes.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import requests

_HTML_NAMES = (".html", ".htm", ".xhtml", ".shtml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")
_LOGIN_PATH = re.compile(r"/(?:accounts/)?(?:log-?in|sign-?in)(?:/|$)", re.IGNORECASE)
SNIFF_BYTES = 1024


def html_expected(name: str) -> bool:
    """True when the file itself is a web page (its name ends in .html, .htm...)."""
    return str(name).lower().endswith(_HTML_NAMES)


def login_redirect(response: requests.Response) -> bool:
    """True when ``response`` came through a redirect to a login page (``/accounts/login/?next=...``)."""
    return bool(response.history) and bool(_LOGIN_PATH.search(urlsplit(response.url).path))


def answered_web_page(response: requests.Response, name: str) -> bool:
    """True when the answer to a request for the file ``name`` is a web page (see the module docstring)."""
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


def needs_download(path: Path) -> bool:
    """True when the attachment at ``path`` is to be asked (again): it is not there, or it is a web page (a
    login page saved as the photo by an earlier version), which is removed: it is not the file, and a link
    to it would open the login page."""
    path = Path(path)
    if not path.is_file():
        return True
    if not is_web_page(path):
        return False
    path.unlink()
    return True
