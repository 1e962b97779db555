# SPDX-License-Identifier: GPL-3.0-or-later
"""What can go wrong talking to a survey server: one ``CartongError`` subclass per case.

``ServerClient`` (``http``) raises them with a translated sentence saying what to do; their
``resumable`` flag says whether what was already downloaded is kept for the next attempt
(``resume``). The GUI and the algorithms catch them to tell, e.g., wrong credentials (ask for new
ones) from no network (offer the last downloaded copy).
"""

from __future__ import annotations

from ..base.errors import CartongError


class ServerError(CartongError):
    """Any failure talking to a survey server.

    ``resumable`` failures (network, timeouts, cut answers, a busy server) keep what was
    already downloaded for the next attempt (``resume``); the others (credentials, a form
    gone, data changed on the server) start again from scratch.
    """

    resumable = False


class NetworkUnavailable(ServerError):
    """No network, the host name does not resolve or the server does not answer at all."""

    resumable = True


class ServerTimeout(ServerError):
    """The server stopped answering, or answers too slowly to ever finish."""

    resumable = True


class AuthenticationFailed(ServerError):
    """HTTP 401: the token or password is wrong or expired."""


class PermissionDenied(ServerError):
    """HTTP 403: the credentials are valid but lack the permission."""


class NotFound(ServerError):
    """HTTP 404: the form or project is gone or the id is wrong."""


class QueryRefused(ServerError):
    """HTTP 400/501: the server does not accept a query option (an older server version)."""


class ServerBusy(ServerError):
    """429/5xx still failing after the bounded retries (``status``: the last one)."""

    resumable = True
    status: int | None = None


class InvalidResponse(ServerError):
    """The server's answer is not the JSON expected (cut, truncated or an HTML error page)."""

    resumable = True


class FileNotWritten(CartongError):
    """An attachment could not be written to the local disk (full, read-only): not the server's fault, but it
    stops the run, and what was downloaded is kept for the next attempt as for a ``resumable`` failure."""

    resumable = True


class DownloadCancelled(ServerError):
    """The user cancelled."""
