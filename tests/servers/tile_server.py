# SPDX-License-Identifier: GPL-3.0-or-later
"""A local XYZ tile server on 127.0.0.1 serving generated PNG tiles, for the offline-basemap tests.

Every tile ``/<token>/{z}/{x}/{y}.png`` (a token per server) is a 256 x 256 PNG written with zlib
alone (no image library): an opaque colour that changes with x and y, crossed by a dark grid line,
so that a map rendered from it is visibly not blank. ``mode`` plays a server's bad days: ``"error"``
answers 500 to every tile, ``"empty"`` serves fully transparent tiles, ``"ok"`` serves tiles,
``"holes"`` answers by column (x % 3): 0 a tile, 1 a 500 error, 2 bytes that are no image sent as
image/png.

It is bounded: it stops by itself after ``lifetime`` seconds or ``max_requests`` tile requests,
whichever comes first (a test that forgets ``stop()`` leaves nothing running). Run it alone (for the
benchmark) with ``python tile_server.py --lifetime 600``: it prints the port on the first line.
"""

from __future__ import annotations

import re
import secrets
import struct
import sys
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TILE = 256
_PATH = re.compile(r"^/[0-9a-f]+/(\d+)/(\d+)/(\d+)\.png$")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_tile(z: int, x: int, y: int, transparent: bool = False) -> bytes:
    """A 256 x 256 RGBA PNG: a colour from (z, x, y) with a dark line on its top and left edges."""
    if transparent:
        row = b"\x00" + b"\x00\x00\x00\x00" * TILE
        rows = row * TILE
    else:
        colour = bytes((60 + (x * 53) % 160, 90 + (y * 71) % 140, 110 + (z * 37) % 120, 255))
        line = bytes((40, 40, 40, 255))
        plain = b"\x00" + line + colour * (TILE - 1)
        rows = b"\x00" + line * TILE + plain * (TILE - 1)
    header = struct.pack(">IIBBBBB", TILE, TILE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 6)) + _chunk(b"IEND", b"")
    )


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *_args):  # keep test output clean
        pass

    def do_GET(self):  # noqa: N802
        server = self.server
        with server.lock:
            server.requests += 1
            over = server.requests > server.max_requests
        match = _PATH.match(self.path.split("?")[0])
        if over:
            threading.Thread(target=server.shutdown, daemon=True).start()
            self.send_error(503)
            return
        if match is None:
            self.send_error(404)
            return
        if server.mode == "error":
            self.send_error(500, "tile server failure")
            return
        z, x, y = (int(v) for v in match.groups())
        if server.mode == "holes" and x % 3 == 1:
            self.send_error(500, "tile server failure")
            return
        body = png_tile(z, x, y, transparent=server.mode == "empty")
        if server.mode == "holes" and x % 3 == 2:
            body = b"<html>not an image</html>"
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class TileServer:
    """``url`` (an XYZ template), ``requests`` (tile requests served), ``start()``/``stop()``."""

    def __init__(self, mode: str = "ok", lifetime: float = 300.0, max_requests: int = 20000, port: int = 0):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.mode = mode
        self.httpd.requests = 0
        self.httpd.max_requests = max_requests
        self.httpd.lock = threading.Lock()
        self.port = self.httpd.server_address[1]
        # A path of its own: QGIS keeps tiles in its network cache across runs, and a server of an
        # earlier run on the same port (in another mode: transparent tiles) must never answer for this one.
        self.url = f"http://127.0.0.1:{self.port}/{secrets.token_hex(8)}/{{z}}/{{x}}/{{y}}.png"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="tile-server", daemon=True)
        self.timer = threading.Timer(lifetime, self.httpd.shutdown)
        self.timer.daemon = True

    @property
    def requests(self) -> int:
        return self.httpd.requests

    def set_mode(self, mode: str) -> None:
        self.httpd.mode = mode

    def start(self) -> TileServer:
        self.thread.start()
        self.timer.start()
        return self

    def stop(self) -> None:
        self.timer.cancel()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


if __name__ == "__main__":
    lifetime = float(sys.argv[sys.argv.index("--lifetime") + 1]) if "--lifetime" in sys.argv else 600.0
    server = TileServer(lifetime=lifetime, max_requests=200000)
    print(server.port, flush=True)
    server.timer.start()
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    server.httpd.server_close()
