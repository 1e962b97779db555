# SPDX-License-Identifier: GPL-3.0-or-later
"""Which database: QGIS's own PostgreSQL connections and auth manager, or a connection string."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.base.redact import without_secrets
from cartong_plugin.core.teams.connection import resolve_target
from cartong_plugin.core.teams.store import open_session
from tests.postgis_cluster import SECURED, SECURED_PASSWORD

SCRIPT = Path(__file__).parent / "teams_auth_run.py"


@pytest.fixture(scope="module")
def auth_run(postgis, tmp_path_factory):
    profile = tmp_path_factory.mktemp("teams_profile")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(profile), str(postgis.socket_dir), SECURED, SECURED_PASSWORD],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), profile


def test_qgis_connection_with_authcfg_logs_in_as_its_user(auth_run):
    report, _ = auth_run
    assert report["current_user"] == SECURED
    assert report["label"] == "Team store"


def test_qgis_connection_keeps_its_ssl_mode(auth_run):
    assert auth_run[0]["sslmode"] is True


def test_password_is_nowhere_in_the_profile_nor_the_messages(auth_run):
    report, profile = auth_run
    assert SECURED_PASSWORD not in json.dumps(report)
    for path in map(Path, report["settings_files"]):
        assert SECURED_PASSWORD.encode() not in path.read_bytes(), path
    settings = next(p for p in profile.rglob("*.ini") if "PostgreSQL" in p.read_text(encoding="utf-8"))
    assert f"authcfg={report['authcfg']}" in settings.read_text(encoding="utf-8")


def test_connection_without_its_password_says_how_to_store_it(auth_run):
    message = auth_run[0]["without_password"]
    assert "did not accept the login for Team store without password" in message
    assert "authentication configuration" in message


def test_unknown_connection_lists_the_known_ones(auth_run):
    message = auth_run[0]["unknown"]
    assert "no PostgreSQL connection named 'Nowhere'" in message
    assert "Team store, Team store without password" in message


def test_missing_auth_configuration_is_a_sentence(auth_run):
    assert "The PostgreSQL password cannot be read" in auth_run[0]["missing_authcfg"]
    assert "nosuch1" in auth_run[0]["missing_authcfg"]


def test_connection_string_is_used_as_written_and_shown_without_password(postgis):
    text = f"PG: host={postgis.socket_dir} dbname=teams user={SECURED} password='{SECURED_PASSWORD}'"
    target = resolve_target(text)
    assert target.conninfo == text[3:].strip()
    assert SECURED_PASSWORD not in target.label and SECURED_PASSWORD not in repr(target)
    with open_session(target) as session:
        assert session.current_user() == SECURED


def test_wrong_password_message_does_not_repeat_it(postgis):
    target = resolve_target(f"host={postgis.socket_dir} dbname=teams user={SECURED} password=not-the-password")
    with pytest.raises(CartongError, match="did not accept the login") as refused:
        open_session(target)
    assert "not-the-password" not in str(refused.value)


def test_server_not_running_is_a_sentence(tmp_path):
    with pytest.raises(CartongError, match="Cannot connect to the PostgreSQL database .* server is running"):
        open_session(resolve_target(f"host={tmp_path} dbname=teams user=alice"))


def test_without_secrets_hides_quoted_and_bare_passwords():
    assert without_secrets("host=x password='a b\\'c' user=y password=zz") == "host=x password=*** user=y password=***"


def test_empty_connection_asks_for_one():
    with pytest.raises(CartongError, match="Choose a PostgreSQL connection"):
        resolve_target("  ")


def test_unknown_role_is_a_login_problem(postgis):
    with pytest.raises(CartongError, match='did not accept the login .*role "nobody" does not exist'):
        open_session(resolve_target(f"host={postgis.socket_dir} dbname=teams user=nobody"))


def test_one_module_masks_addresses_and_connection_strings():
    from cartong_plugin.core.base.redact import without_credentials

    # a QGIS source quoting its password: the quoted value goes whole, not only up to the space
    assert without_credentials("url=http://h/x&password='a b\\'c'&zmax=19") == "url=http://h/x&password=***&zmax=19"
    # a connection string keeps its user and host readable: only passwords are secrets there
    assert without_secrets("postgresql://ana:pw@db/survey") == "postgresql://ana:***@db/survey"
    assert without_secrets("host=db user=ana sslpassword=k") == "host=db user=ana sslpassword=***"
