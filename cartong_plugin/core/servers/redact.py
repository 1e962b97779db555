# SPDX-License-Identifier: GPL-3.0-or-later
"""Addresses and QGIS data sources fit to quote: without the passwords, tokens and keys they carry.

A basemap or server address can hold its credentials: ``https://bob:pw@host/…``, ``?access_token=…``,
``&apikey=…``, a QGIS source's ``password=…``/``username=…``/``authcfg=…``, also percent-encoded inside
a nested ``url=`` (``…png?apikey%3DSECRET``). :func:`without_credentials` is what every message, log
line or file that quotes such an address (a package's manifest, a warning) goes through: the user
part of an address and the value of every parameter whose name speaks of a secret become ``***``.
"""

from __future__ import annotations

import re

MASK = "***"
# scheme://user:password@ (also with ':', '/' and '@' percent-encoded in a nested url=)
_USER_INFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*(?::|%3A)(?://|%2F%2F))((?:(?!%2F|%40)[^/@\s?#&'\"])+)(?:@|%40)")
# name=value (or name%3Dvalue) where the name speaks of a secret or an account
_SECRET_PARAMETER = re.compile(
    r"(?i)(?<![\w.\-])([\w.\-:]*(?:pass|pwd|token|secret|key|auth|sig|cred|user|session|cookie)[\w.\-:]*)"
    r"(\s*=\s*|%3D)((?:(?:bearer|basic)\s+)?(?:(?!%26)[^&\s'\"])+)"
)


def without_credentials(text: str) -> str:
    """``text`` (an address, a QGIS data source, a message quoting one) with its credentials as ``***``."""
    text = _USER_INFO.sub(lambda m: f"{m.group(1)}{MASK}@", text or "")
    return _SECRET_PARAMETER.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
