# SPDX-License-Identifier: GPL-3.0-or-later
"""What an export for sharing is asked to do and what it reports, and the value helpers its steps share.

``ShareOptions`` (with ``LOCATION_MODES``, the ways locations can be protected) is what the wizard, the
algorithm and the tests fill in; ``ShareReport`` is what ``share_export.export_for_sharing`` returns.
The record and aggregate steps share ``_py`` (a QGIS attribute as Python), ``strip_links`` and
``_check`` (stop when the user cancels).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..base.errors import CartongError
from ..base.i18n import tr
from .aggregate_safe import DEFAULT_K

if TYPE_CHECKING:
    from qgis.core import QgsVectorLayer


LOCATION_MODES = ("displace", "snap", "aggregate", "drop", "keep")
_URL = re.compile(r"(?:https?|ftp)://\S+", re.IGNORECASE)
_MEDIA_NAME = re.compile(
    r"^\S+\.(?:jpe?g|png|gif|heic|webp|bmp|tiff?|mp3|m4a|amr|ogg|oga|wav|3gp|mp4|mov|"
    r"avi|webm|pdf)$",
    re.IGNORECASE,
)


@dataclass
class ShareOptions:
    """What to do; defaults are the cautious choices (displace points, strip links, k = 5)."""

    drop_columns: list[str] = field(default_factory=list)
    pseudonymise_columns: list[str] = field(default_factory=list)
    key: bytes | None = None  # needed when pseudonymise_columns is not empty
    location_mode: str = "displace"
    min_distance_m: float = 250.0
    max_distance_m: float = 2000.0
    grid_size_m: float = 1000.0
    area_field: str = "admin2"
    category_field: str = ""
    k: int = DEFAULT_K
    boundaries: QgsVectorLayer | None = None  # admin polygons, for aggregate mode
    boundaries_code_field: str = "adm2_pcode"
    strip_links: bool = True
    quasi_identifiers: list[str] = field(default_factory=list)  # k-anonymity by local suppression
    # Columns detection finds that no one chose for get the wizard's start state (share_defaults): high
    # risk removed, identifiers pseudonymised; keeping one is an explicit choice, recorded in the README.
    protect_high_risk: bool = True
    keep_columns: list[str] = field(default_factory=list)
    # Opens the key for the identifiers pseudonymised by default when ``key`` is None (called only then);
    # None, or a CartongError from it: those columns are removed instead, and the README says so.
    key_for_defaults: Callable[[], bytes | None] | None = field(default=None, repr=False)
    rng: random.Random | None = None  # tests only; default is the OS random source
    # fixes each submission's offset (pseudonymise.displacement_secret); None: this profile's secret
    displacement_secret: bytes | None = field(default=None, repr=False)


@dataclass
class ShareReport:
    output: Path
    readme: Path
    rows: int
    actions: list[dict] = field(default_factory=list)


# --------------------------------------------------------------------------- values


def _py(value):
    """A Python value from a QGIS attribute (NULL -> None)."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    return value


def strip_links(value):
    """``value`` without URLs; None if it was only a link or an attachment file name. A value holding
    neither is returned as it is (an empty text stays empty: removing nothing is no removal)."""
    if not isinstance(value, str):
        return value
    cleaned = _URL.sub("", value).strip()
    if _MEDIA_NAME.match(cleaned) or (not cleaned and cleaned != value.strip()):
        return None
    return cleaned if cleaned != value.strip() else value


def _check(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise CartongError(tr("Export for sharing cancelled; nothing was written."))
