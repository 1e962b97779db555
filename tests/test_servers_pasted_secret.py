# SPDX-License-Identifier: GPL-3.0-or-later
"""A token or password pasted into SECRET (where env:NAME or file:PATH is expected) stops the run with a
sentence that names the mistake, never the value: it may be the secret itself.

Found by the outside test of the "never leak" rule (attack 19leak, finding 2): the message quoted what was
given in full ("The file kobo-test-token-…, named for the KoboToolbox API token, does not exist."), and that
text reaches the Processing log, the message bar, qgis_process's output, CI logs and support screenshots.
"""

from __future__ import annotations

import pytest

from tests.servers.algorithms import run_download, said
from tests.servers.fake_kobo_odk import KOBO_TOKEN, ODK_APP_TOKEN, ODK_PASSWORD, FakeServer

KOBO_WHAT = "the KoboToolbox API token"
ODK_WHAT = "the ODK Central password or app-user token"
BARE = (
    "SECRET must start with env: or file: ({what}): what was given is not an existing file, and it may be the "
    "secret itself. Put it in an environment variable or a file and write env:NAME or file:PATH instead."
)
FILE = (
    "SECRET gives file: for {what}, but what follows is not an existing file, and it may be the secret itself. "
    "Put {what} in a file or an environment variable and write file:PATH or env:NAME instead."
)
ENV = (
    "SECRET gives env: for {what}, but no environment variable of that name is set, or it is empty. After env: "
    "write the name of a variable that holds the secret, never the secret itself: if you wrote {what} there, put "
    "it in an environment variable or a file and name that instead."
)


@pytest.fixture()
def small_server():
    server = FakeServer(records=3).start()
    try:
        yield server
    finally:
        server.stop()


def _told(outcome, feedback) -> str:
    return "\n".join([said(outcome, feedback), *feedback.infos])


@pytest.mark.parametrize(
    ("kind", "secret", "given", "expected", "params"),
    [
        ("kobo", KOBO_TOKEN, KOBO_TOKEN, BARE, {}),
        ("kobo", KOBO_TOKEN, f"Token {KOBO_TOKEN}", BARE, {}),
        ("kobo", KOBO_TOKEN, f"file:{KOBO_TOKEN}", FILE, {}),
        ("kobo", KOBO_TOKEN, f"env:{KOBO_TOKEN}", ENV, {}),
        ("odk", ODK_PASSWORD, ODK_PASSWORD, BARE, {}),
        ("odk", ODK_PASSWORD, f"/{ODK_PASSWORD}", BARE, {}),  # starts like a path, in no folder but the root
        ("odk", ODK_PASSWORD, f"file:{ODK_PASSWORD}", FILE, {}),
        ("odk", ODK_PASSWORD, f"env:{ODK_PASSWORD}", ENV, {}),
        ("odk", ODK_APP_TOKEN, ODK_APP_TOKEN, BARE, {"USERNAME": ""}),
    ],
    ids=[
        "kobo token",
        "kobo header",
        "kobo file:token",
        "kobo env:token",
        "odk password",
        "odk /password",
        "odk file:password",
        "odk env:password",
        "odk app-user token",
    ],
)
def test_a_secret_pasted_into_secret_is_refused_without_quoting_it(
    cartong_provider, small_server, tmp_path, monkeypatch, kind, secret, given, expected, params
):
    monkeypatch.chdir(tmp_path)
    outcome, feedback = run_download(monkeypatch, kind, small_server.url, tmp_path / "s.gpkg", SECRET=given, **params)
    assert isinstance(outcome, Exception)
    assert str(outcome) == expected.format(what=KOBO_WHAT if kind == "kobo" else ODK_WHAT)
    told = _told(outcome, feedback)
    assert secret not in told and secret[-8:] not in told and secret[-8:] not in repr(outcome)
    assert small_server.state.requests == [] and not (tmp_path / "s.gpkg").exists()


def test_a_missing_file_that_is_surely_a_path_is_named(cartong_provider, small_server, tmp_path, monkeypatch):
    missing = tmp_path / "kobo_token.txt"
    outcome, feedback = run_download(
        monkeypatch, "kobo", small_server.url, tmp_path / "s.gpkg", SECRET=f"file:{missing}"
    )
    assert str(outcome) == f"The file {missing}, named in SECRET for {KOBO_WHAT}, does not exist."
    assert small_server.state.requests == []


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_the_secret_named_by_file_or_env_still_downloads(cartong_provider, small_server, tmp_path, monkeypatch, kind):
    secret = KOBO_TOKEN if kind == "kobo" else ODK_PASSWORD
    monkeypatch.chdir(tmp_path)
    (tmp_path / "secret.txt").write_text(secret + "\n", encoding="utf-8")
    (tmp_path / "secret.txt").chmod(0o600)
    for number, source in enumerate(["file:secret.txt", "secret.txt", "env:CARTONG_TEST_SERVER_SECRET"]):
        gpkg = tmp_path / f"s{number}.gpkg"
        outcome, feedback = run_download(monkeypatch, kind, small_server.url, gpkg, SECRET=source)
        assert not isinstance(outcome, Exception), said(outcome, feedback)
        assert outcome["TOTAL_RECORDS"] == 3 and gpkg.is_file()
        assert secret not in _told(outcome, feedback)
