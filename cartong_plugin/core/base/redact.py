# SPDX-License-Identifier: GPL-3.0-or-later
"""Text fit to quote: addresses, QGIS data sources and connection strings without their secrets.

One module owns masking, so a message, a log line or a written file (a field package's manifest, a
warning) never quotes a password, token or key:

- :func:`without_credentials` for addresses and QGIS data sources: ``https://bob:pw@host/…``,
  ``?access_token=…``, ``&apikey=…``, a source's ``password=…``/``username=…``/``authcfg=…`` (quoted or
  not), also percent-encoded inside a nested ``url=`` (``…png?apikey%3DSECRET``): the user part of an
  address and the value of every parameter whose name speaks of a secret or an account become ``***``.
- :func:`without_secrets` for a libpq connection string (``host=… user=… password='a b'`` or
  ``postgresql://user:pw@host/db``): only the passwords become ``***``, since the user and the host
  are what the user needs to recognise the database; it also tells whether a string holds a password.
"""

from __future__ import annotations

import re

MASK = "***"
_QUOTED = r"'(?:[^'\\]|\\.)*'"  # a libpq or QGIS-source value in quotes, with \' inside
# scheme://user:password@ (also with ':', '/' and '@' percent-encoded in a nested url=)
_USER_INFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*(?::|%3A)(?://|%2F%2F))((?:(?!%2F|%40)[^/@\s?#&'\"])+)(?:@|%40)")
# name=value (or name%3Dvalue) where the name speaks of a secret or an account
_SECRET_PARAMETER = re.compile(
    r"(?i)(?<![\w.\-])([\w.\-:]*(?:pass|pwd|token|secret|key|auth|sig|cred|user|session|cookie)[\w.\-:]*)"
    rf"(\s*=\s*|%3D)({_QUOTED}|(?:(?:bearer|basic)\s+)?(?:(?!%26)[^&\s'\"])+)"
)
# libpq: password=... and sslpassword=... (a quoted value may hold spaces)
_CONNINFO_PASSWORD = re.compile(rf"\b(password|sslpassword)\s*=\s*({_QUOTED}|\S+)", re.IGNORECASE)
# postgresql://user:password@host/db (libpq and GDAL take URIs too): the password between ':' and '@'
_URI_PASSWORD = re.compile(r"^(postgres(?:ql)?://[^:@/?#]*):[^@/?#]*@", re.IGNORECASE)


def without_credentials(text: str) -> str:
    """``text`` (an address, a QGIS data source, a message quoting one) with its credentials as ``***``."""
    text = _USER_INFO.sub(lambda m: f"{m.group(1)}{MASK}@", text or "")
    return _SECRET_PARAMETER.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)


def without_secrets(conninfo: str) -> str:
    """The libpq connection string ``conninfo`` with its passwords as ``***`` (for messages)."""
    masked = _URI_PASSWORD.sub(lambda m: f"{m.group(1)}:{MASK}@", (conninfo or "").strip())
    return _CONNINFO_PASSWORD.sub(lambda m: f"{m.group(1)}={MASK}", masked)
