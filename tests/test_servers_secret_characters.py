# SPDX-License-Identifier: GPL-3.0-or-later
"""A token or password holding what none holds (a line break, a "…") is refused with one sentence naming where it
was read from, never quoting it.

Found by the outside test of the downloads (attack 16c, finding 5): a token read from an environment variable
holding two lines made requests raise InvalidHeader, whose text (printed on the run's output and in the log's
traceback) held the whole token, repr-escaped so that redaction missed it; a token copied with a trailing "…"
gave a bare "An unexpected error stopped the run (UnicodeEncodeError)".
"""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication

from tests.servers.algorithms import run_download, said

pytest_plugins = ["tests.servers.fixtures"]  # fake_server

LINE_BREAK = "a line break"
ELLIPSIS = "a character that is not part of a token (U+2026 HORIZONTAL ELLIPSIS)"
KOBO_WHAT = "the KoboToolbox API token"
ODK_WHAT = "the ODK Central password or app-user token"


class LogRecorder:
    """The texts of the QGIS message log while it is open (a ``with`` block)."""

    def __init__(self):
        self.texts: list[str] = []

    def _keep(self, text, *_args):
        self.texts.append(text)

    def __enter__(self):
        QgsApplication.messageLog().messageReceived.connect(self._keep)
        return self

    def __exit__(self, *_exc):
        QgsApplication.messageLog().messageReceived.disconnect(self._keep)


@pytest.mark.parametrize(
    ("kind", "secret", "problem", "params"),
    [
        ("kobo", "kobo-SECRET-part-one\nkobo-SECRET-part-two", LINE_BREAK, {}),
        ("kobo", "kobo-SECRET-5e1f0c9a7b3d42e8a6f1c0d2b4e6a8f0\u2026", ELLIPSIS, {}),
        ("kobo", "kobo-SECRET-part-one\tkobo-SECRET-part-two", "a control character (such as a tab)", {}),
        ("odk", "AppUser-SECRET-one\r\nAppUser-SECRET-two", LINE_BREAK, {"USERNAME": ""}),
        ("odk", "Password-SECRET-one\nPassword-SECRET-two", LINE_BREAK, {}),
    ],
    ids=["kobo line break", "kobo ellipsis", "kobo tab", "odk app-user line break", "odk password line break"],
)
def test_a_secret_that_cannot_be_sent_is_refused_naming_where_it_was_read(
    cartong_provider, fake_server, tmp_path, monkeypatch, kind, secret, problem, params
):
    monkeypatch.setenv("CARTONG_TEST_ODD_SECRET", secret)
    with LogRecorder() as log:
        outcome, feedback = run_download(
            monkeypatch, kind, fake_server.url, tmp_path / "s.gpkg", SECRET="env:CARTONG_TEST_ODD_SECRET", **params
        )
    assert isinstance(outcome, Exception)
    what = KOBO_WHAT if kind == "kobo" else ODK_WHAT
    assert str(outcome) == (
        f"The secret named by env:CARTONG_TEST_ODD_SECRET ({what}) holds {problem}: copy it again, in full and on "
        "one line, from where it was created."
    )
    told = "\n".join([said(outcome, feedback), *feedback.infos, *log.texts])
    assert "SECRET-" not in told and "SECRET-" not in repr(told)
    assert fake_server.state.requests == [] and not (tmp_path / "s.gpkg").exists()


def test_an_odk_password_with_accents_is_sent(cartong_provider, fake_server, tmp_path, monkeypatch):
    # a password goes in the login's JSON body: any letter is allowed (this one is wrong: the server says so)
    monkeypatch.setenv("CARTONG_TEST_ODD_SECRET", "mot-de-passe-été-2026")
    outcome, feedback = run_download(
        monkeypatch, "odk", fake_server.url, tmp_path / "s.gpkg", SECRET="env:CARTONG_TEST_ODD_SECRET"
    )
    assert isinstance(outcome, Exception) and "HTTP 401" in said(outcome, feedback)
    assert [r["path"] for r in fake_server.state.requests] == ["/v1/sessions"]


@pytest.mark.parametrize(
    "token", ["kobo-SECRET-part-one\nkobo-SECRET-part-two", "kobo-SECRET-5e1f0c9a7b3d\u2026"], ids=["break", "…"]
)
def test_a_request_that_cannot_be_sent_says_so_without_the_secret(qgis_app, fake_server, token):
    # the net under check_sendable: a client given such a token by any other path
    from cartong_plugin.core.servers.kobo import KoboClient
    from cartong_plugin.core.servers.server_errors import ServerError

    client = KoboClient(fake_server.url, token)
    with LogRecorder() as log, pytest.raises(ServerError) as caught:
        try:
            client.list_surveys()
        finally:
            client.close()
    assert str(caught.value).startswith(
        f"The request to 127.0.0.1:{fake_server.port} for the list of forms could not be sent: the token, the "
        "password or the server address holds a character that cannot be sent"
    )
    assert caught.value.__cause__ is None and caught.value.__suppress_context__  # no traceback holds it
    told = "\n".join([str(caught.value), *log.texts])
    assert "SECRET-" not in told and "SECRET-" not in repr(told)


def test_a_saved_token_that_cannot_be_sent_is_refused_naming_its_configuration(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    from cartong_plugin.core.servers import credentials

    # the auth manager's answer (the shared test profile has no master password): a token saved with a line break
    saved = credentials.Secret(token="kobo-SECRET-part-one\nkobo-SECRET-part-two")
    monkeypatch.setattr(credentials, "read_secret", lambda authcfg: saved if authcfg == "kobo123" else None)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "s.gpkg", AUTHCFG="kobo123")
    assert str(outcome) == (
        f"The secret of the authentication configuration kobo123 ({KOBO_WHAT}) holds a line break: copy it again, "
        "in full and on one line, from where it was created."
    )
    assert "SECRET-" not in said(outcome, feedback) and fake_server.state.requests == []
