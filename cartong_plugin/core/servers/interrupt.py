# SPDX-License-Identifier: GPL-3.0-or-later
"""A cancel that stops a request waiting on a silent server within a fraction of a second.

A request blocked in the socket (waiting for the headers, or for the next bytes of a body) only
notices a cancel when its read timeout runs out: two minutes (``http.DEFAULT_TIMEOUT``), and QGIS
cannot quit meanwhile. ``track_connections(session)`` records every connection the session opens;
``CancelWatch(feedback, abort)`` polls ``feedback.isCanceled()`` from a small thread while a request
runs and, once cancelled, calls ``abort`` (``abort_connections``), which shuts the sockets down: the
blocked read returns at once (an end of file or a reset), and the caller, which checks the cancel
before anything else, raises ``DownloadCancelled``. Pages already received stay where they were
written (``resume``).

Shutting a socket down from another thread is what ``socket.shutdown`` is for (``close`` is not
safe there: the descriptor could be reused). The TLS layer is left alone: the plain socket under it
is shut down, and the TLS read then fails as a cut connection.
"""

from __future__ import annotations

import socket
import threading
import weakref

from requests.adapters import HTTPAdapter

POLL_SECONDS = 0.1


class _Tracked(weakref.WeakSet):
    """The connections (urllib3 HTTPConnection objects) a session has opened."""


def track_connections(session) -> _Tracked:
    """Mount adapters on ``session`` that record every connection it opens (proxies included)."""
    connections = _Tracked()
    for prefix in ("https://", "http://"):
        session.mount(prefix, _TrackingAdapter(connections))
    return connections


def abort_connections(connections: _Tracked) -> None:
    """Shut down the sockets of ``connections`` (from any thread): blocked reads return at once."""
    for connection in list(connections):
        sock = getattr(connection, "sock", None)
        while sock is not None and not isinstance(sock, socket.socket):  # TLS in TLS (urllib3 2): the socket under
            sock = getattr(sock, "socket", None)
        if sock is None:
            continue
        try:
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, not SSLSocket.shutdown
        except (OSError, ValueError):  # already closed or not connected yet
            pass


class _TrackingAdapter(HTTPAdapter):
    def __init__(self, connections: _Tracked, **kwargs):
        self._connections = connections  # set first: HTTPAdapter.__init__ builds the pool manager
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):  # noqa: D102
        super().init_poolmanager(*args, **kwargs)
        _track_manager(self.poolmanager, self._connections)

    def proxy_manager_for(self, proxy, **proxy_kwargs):  # noqa: D102
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        _track_manager(manager, self._connections)
        return manager


def _track_manager(manager, connections: _Tracked) -> None:
    """Wrap ``manager``'s pool factory so that each new pool records the connections it makes.

    ``_new_pool`` and ``_new_conn`` are urllib3's (1.26 and 2.x); should they ever change, nothing is
    recorded and a cancel waits for the read timeout again, as it did before.
    """
    new_pool = getattr(manager, "_new_pool", None)
    if new_pool is None or getattr(manager, "_cartong_tracked", False):
        return

    def tracked_pool(*args, **kwargs):
        pool = new_pool(*args, **kwargs)
        new_conn = getattr(pool, "_new_conn", None)
        if new_conn is not None:

            def tracked_conn():
                connection = new_conn()
                connections.add(connection)
                return connection

            pool._new_conn = tracked_conn
        return pool

    manager._new_pool = tracked_pool
    manager._cartong_tracked = True


class CancelWatch:
    """``with CancelWatch(feedback, abort):`` calls ``abort()`` soon after ``feedback`` is cancelled,
    and again every ``POLL_SECONDS`` until the block ends (a retry's new connection is cut too).
    Does nothing without a feedback."""

    def __init__(self, feedback, abort):
        self.feedback = feedback
        self.abort = abort
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> CancelWatch:
        if self.feedback is not None and hasattr(self.feedback, "isCanceled"):
            self._thread = threading.Thread(target=self._run, name="cartong-cancel-watch", daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(POLL_SECONDS):
            try:
                cancelled = self.feedback.isCanceled()
            except RuntimeError:  # the feedback's C++ object is gone: nothing left to watch
                return
            if cancelled:
                self.abort()

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
