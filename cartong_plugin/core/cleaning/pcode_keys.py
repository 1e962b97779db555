# SPDX-License-Identifier: GPL-3.0-or-later
"""How a typed P-code is compared with an admin area's: the same rules for the checks and the maps.

A P-code matches without case or surrounding spaces (``exact_key``: " cf11 " is CF11). Failing that,
its obvious variants match when they name one area only (``loose_key``): full-width characters
(NFKC), spaces, dashes or underscores inside ("CF 111", "CF-111"), invisible format characters
(Unicode category Cf: a zero-width space, soft hyphen, word joiner or byte order mark copied from a
web page, a PDF or a chat), a ".0" that Excel added to a number ("CF111.0").
"""

from __future__ import annotations

import re
import unicodedata


def exact_key(code) -> str:
    return str(code).strip().upper()


def loose_key(code) -> str:
    """``code`` without the differences a typist or Excel makes (see the module's text)."""
    key = "".join(c for c in unicodedata.normalize("NFKC", str(code)) if unicodedata.category(c) != "Cf")
    key = key.strip().upper()
    key = re.sub(r"\.0+$", "", key)
    return re.sub(r"[\s\-_\u2010-\u2015\u2212]+", "", key)
