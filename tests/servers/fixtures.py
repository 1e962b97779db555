# SPDX-License-Identifier: GPL-3.0-or-later
"""Pytest fixtures around the local fake Kobo/ODK server (import them into a test module)."""

from __future__ import annotations

import pytest

from .fake_kobo_odk import FakeServer


@pytest.fixture()
def fake_server():
    """A fresh server with 250 submissions on 127.0.0.1 (random free port), stopped afterwards."""
    server = FakeServer(records=250).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture()
def other():
    """A second server on another port of 127.0.0.1: the one credentials must never reach."""
    server = FakeServer(records=5).start()
    try:
        yield server
    finally:
        server.stop()


class RecordingSleep:
    """Replaces time.sleep in the client: records the waits instead of sleeping them."""

    def __init__(self):
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    @property
    def total(self) -> float:
        return sum(self.waits)


@pytest.fixture()
def no_sleep():
    return RecordingSleep()


@pytest.fixture()
def waits(monkeypatch):
    """The back-off waits of the client, recorded instead of slept."""
    from cartong_plugin.core.servers.http import ServerClient

    recorded: list[float] = []
    monkeypatch.setattr(ServerClient, "_wait", lambda self, seconds: recorded.append(seconds))
    return recorded
