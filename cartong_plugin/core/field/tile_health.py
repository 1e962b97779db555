# SPDX-License-Identifier: GPL-3.0-or-later
"""Which tiles of a rendered offline basemap are whole, which are holes.

QGIS's tile algorithm draws an XYZ layer: a source tile that fails (HTTP 404/500, no answer, bytes
that are no image) is drawn as nothing, and the MBTiles gets a blank or partly blank tile with no
error anywhere. Counting stored tiles would call such a basemap complete. So each expected tile is
looked at once: a fully opaque tile is whole (healthy imagery and map sources are opaque: no request
is made for it, the common case costs nothing), and so is one missing only a thin line (HOLE_SHARE).
Any other tile (missing, blank or partly blank) is suspect, and its source tile is asked for once
more through QGIS's network (its proxy and authentication). The answer says what happened: a failure
or a flawed image is a hole; an opaque source tile stored with blank parts is a hole (it failed while
rendering); a source tile that is itself blank or transparent is what the source draws there (sea,
an overlay), not a hole.

Sources that are not XYZ addresses (WMS) cannot be asked tile by tile: their tiles are judged by
what was stored only (a blank tile is empty, not counted), as before.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote

OPAQUE, TRANSPARENT, PARTIAL, UNREADABLE = "opaque", "transparent", "partial", "unreadable"
# A whole source tile drawn beside one that failed loses a line of pixels on that side (about 0.4 %):
# that is no hole. A tile whose own source failed keeps at most such a line from its neighbours.
HOLE_SHARE = 0.05


@dataclass
class TileHealth:
    """``good``: tiles that show what the source draws; ``failed``: holes by zoom level."""

    good: int = 0
    failed: dict[int, int] = field(default_factory=dict)

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())


def xyz_template(source: str) -> str:
    """The XYZ address of ``source`` (a template, or ``type=xyz&url=…``), or "" for a WMS source."""
    text = (source or "").strip()
    if text.lower().startswith(("http://", "https://")):
        return text if "{z}" in text else ""
    params = dict(parse_qsl(text, keep_blank_values=True))
    url = unquote(params.get("url", ""))
    return url if params.get("type") == "xyz" and "{z}" in url else ""


def image_opacity(data) -> tuple[str, float]:
    """OPAQUE, TRANSPARENT (draws nothing), PARTIAL or UNREADABLE, with the share of pixels not opaque."""
    from qgis.PyQt.QtGui import QImage

    image = QImage()
    if data is None or not image.loadFromData(bytes(data)):
        return UNREADABLE, 1.0
    if not image.hasAlphaChannel():
        return OPAQUE, 0.0
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    bits = alpha.constBits()
    size = alpha.sizeInBytes() if hasattr(alpha, "sizeInBytes") else alpha.byteCount()
    bits.setsize(size)
    values = bytes(bits)
    share = 1.0 - values.count(255) / size if size else 1.0
    if share == 0.0:
        return OPAQUE, 0.0
    return (TRANSPARENT if values.count(0) == size else PARTIAL), share


def _ask_source(template: str, zoom: int, x: int, y: int, feedback) -> str:
    """The source's own tile, asked once: its opacity, or UNREADABLE when it failed or is no image."""
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    url = (
        template.replace("{z}", str(zoom))
        .replace("{x}", str(x))
        .replace("{y}", str(y))
        .replace("{-y}", str((1 << zoom) - 1 - y))
    )
    request = QgsBlockingNetworkRequest()
    if request.get(QNetworkRequest(QUrl(url)), False, feedback) != QgsBlockingNetworkRequest.ErrorCode.NoError:
        return UNREADABLE
    status = request.reply().attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    if status is not None and int(status) >= 400:
        return UNREADABLE
    return image_opacity(request.reply().content().data())[0]


def check_tiles(mbtiles: str, expected, source: str, feedback) -> TileHealth:
    """Judge each tile of ``expected`` ((zoom, x, y) with y to the south) in ``mbtiles`` (see the module)."""
    with closing(sqlite3.connect(f"file:{mbtiles}?mode=ro", uri=True)) as db:
        stored = {
            (int(z), int(x), (1 << int(z)) - 1 - int(row)): data
            for z, x, row, data in db.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles")
        }
    template = xyz_template(source)
    health = TileHealth()
    for zoom, x, y in expected:
        if feedback is not None and feedback.isCanceled():
            break
        kept, share = image_opacity(stored[(zoom, x, y)]) if (zoom, x, y) in stored else (TRANSPARENT, 1.0)
        if kept == OPAQUE or (kept == PARTIAL and share <= HOLE_SHARE):
            health.good += 1
            continue
        if not template:
            health.good += kept in (PARTIAL, UNREADABLE)
            continue
        answer = _ask_source(template, zoom, x, y, feedback)
        if answer in (UNREADABLE, OPAQUE) or (answer == PARTIAL and kept == TRANSPARENT):
            health.failed[zoom] = health.failed.get(zoom, 0) + 1
        elif kept != TRANSPARENT:
            health.good += 1
    return health
