# SPDX-License-Identifier: GPL-3.0-or-later
"""A server address carrying a token in its query, a fragment or a user:password@ is refused before any
request, with one sentence that does not repeat the secret (attack 13b, finding 8): the address was
accepted and written into cartong_metadata.source_file, and from there into every field package."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from tests.servers.algorithms import run_download

pytest_plugins = ["tests.servers.fixtures"]  # fake_server


@pytest.mark.parametrize("kind", ["kobo", "odk"])
@pytest.mark.parametrize(
    "address",
    ["{url}/?access_token=SECRETKEY42", "{url}/#SECRETKEY42", "http://officer:SECRETKEY42@{host}"],
)
def test_an_address_carrying_a_secret_is_refused_before_any_request(
    cartong_provider, fake_server, tmp_path, monkeypatch, kind, address
):
    host = f"127.0.0.1:{fake_server.port}"
    gpkg = tmp_path / "k.gpkg"
    outcome, feedback = run_download(monkeypatch, kind, address.format(url=fake_server.url, host=host), gpkg)
    assert isinstance(outcome, QgsProcessingException)
    assert str(outcome) == (
        f"The server address must be the address alone, such as http://{host}: a user name, password or token "
        "written in it (before @, after ? or #) would be saved with the data, so give them in the authentication "
        "configuration or SECRET instead."
    )
    assert not any("SECRETKEY42" in text for text in [*feedback.errors, *feedback.warnings, *feedback.infos])
    assert fake_server.state.requests == [] and not gpkg.exists()


def test_the_address_alone_still_downloads(cartong_provider, fake_server, tmp_path, monkeypatch):
    outcome, _ = run_download(monkeypatch, "kobo", fake_server.url + "/", tmp_path / "k.gpkg")
    assert outcome["TOTAL_RECORDS"] > 0


@pytest.mark.parametrize("address", ["https://[kobo.example", "http://127.0.0.1:80a"])
def test_an_address_that_cannot_be_read_is_said_not_a_traceback(cartong_provider, tmp_path, monkeypatch, address):
    # the newcomer review: urlsplit's ValueError escaped as a bare error
    outcome, _ = run_download(monkeypatch, "kobo", address, tmp_path / "k.gpkg")
    assert isinstance(outcome, QgsProcessingException)
    assert str(outcome) == "The server address cannot be read: write it the way https://kf.kobotoolbox.org is written."


def test_the_web_pages_address_pasted_downloads_from_its_server(cartong_provider, fake_server, tmp_path, monkeypatch):
    # the newcomer review: the most common paste, Kobo's page address (#/forms/<uid>/summary), got the secrets
    # sentence; its route is the web page's, never sent to the server, and holds no secret
    outcome, _ = run_download(
        monkeypatch, "kobo", fake_server.url + "/#/forms/aHhWashCaf2026Sample/summary", tmp_path / "k.gpkg"
    )
    assert outcome["TOTAL_RECORDS"] > 0
    import sqlite3

    with sqlite3.connect(tmp_path / "k.gpkg") as db:
        recorded = " ".join(str(v) for row in db.execute("SELECT * FROM cartong_metadata") for v in row)
    assert "#/forms" not in recorded
