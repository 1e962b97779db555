# SPDX-License-Identifier: GPL-3.0-or-later
"""Secrets stay in the QGIS authentication manager: never in settings, outputs or the log.

The plugin runs in a separate process with a brand-new QGIS profile (settings, auth database
with a master password) in a temporary folder, driving the real Processing algorithms
against the local server; then every file of that profile and of the output folder, and
every message logged, is searched for the token and the password.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers.fake_kobo_odk import KOBO_PASSWORD, KOBO_TOKEN, ODK_APP_TOKEN, ODK_PASSWORD, FakeServer

SCRIPT = Path(__file__).parent / "servers" / "secret_run.py"


@pytest.fixture(scope="module")
def plugin_run(tmp_path_factory):
    """Run tests/servers/secret_run.py once; return (report, profile dir, output dir)."""
    root = tmp_path_factory.mktemp("secret_run")
    profile, output = root / "profile", root / "output"
    profile.mkdir()
    output.mkdir()
    server = FakeServer(records=120).start()
    server.inject("/v1/key/", status=403)  # the app user may not read submissions
    try:
        done = subprocess.run(
            [sys.executable, str(SCRIPT), str(profile), str(output), server.url],
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report, profile, output


def _secrets(report) -> list[str]:
    return [KOBO_TOKEN, KOBO_PASSWORD, ODK_PASSWORD, ODK_APP_TOKEN, report["expired_token"]]


def test_token_and_password_round_trip_through_the_auth_manager(plugin_run):
    report, profile, _ = plugin_run
    assert report["round_trip_token"] and report["round_trip_password"]
    assert Path(report["auth_db"]).is_relative_to(profile)
    assert "***" in report["secret_repr"] and ODK_PASSWORD not in report["secret_repr"]


def test_settings_hold_only_the_authcfg_id(plugin_run):
    report, _, _ = plugin_run
    assert report["settings_authcfg"] == report["authcfg"]
    assert {k.rsplit("/", 1)[-1] for k in report["settings_keys"] if k.startswith("cartong/servers/")} == {
        "authcfg",
        "kind",
        "name",
        "url",
    }
    settings_text = Path(report["settings_file"]).read_text(encoding="utf-8")
    assert report["authcfg"] in settings_text  # the file searched is the one written


def test_downloads_through_processing_with_authcfg(plugin_run):
    report, _, output = plugin_run
    assert report["kobo_ok"] and report["odk_ok"]
    assert (output / "kobo.gpkg").is_file() and (output / "odk.gpkg").is_file()
    assert len(list((output / "kobo_attachments").rglob("*.jpg"))) == 12


def test_expired_token_and_missing_permission_are_reported(plugin_run):
    report, _, output = plugin_run
    assert not report["kobo_update_expired_ok"] and not report["odk_app_user_ok"]
    text = "\n".join(report["messages"])
    assert "HTTP 401" in text and "wrong or has expired" in text
    assert "app users can send submissions but not read them" in text and "HTTP 403" in text
    assert not (output / "odk_app.gpkg").exists()


def test_removed_connection_forgets_the_secret(plugin_run):
    report, _, _ = plugin_run
    assert report["connections_after_remove"] == ["Kobo CAR", "ODK CAR", "ODK collector"]
    assert "were not found in the QGIS authentication database" in report["removed_secret_error"]


def test_no_secret_in_any_file_the_plugin_wrote(plugin_run):
    report, profile, output = plugin_run
    files = [p for folder in (profile, output) for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".gpkg" for p in files) and any(p.name == "qgis-auth.db" for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in _secrets(report):
            assert secret.encode() not in data, f"{secret[:6]}… found in {path}"
            assert secret.encode("utf-16-le") not in data, f"{secret[:6]}… (UTF-16) found in {path}"


def test_no_secret_in_the_message_log(plugin_run):
    report, _, _ = plugin_run
    assert len(report["messages"]) >= 6  # downloads and failures were logged: the search means something
    for message in report["messages"]:
        for secret in _secrets(report):
            assert secret not in message
