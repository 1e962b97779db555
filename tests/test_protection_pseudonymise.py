# SPDX-License-Identifier: GPL-3.0-or-later
"""Keyed pseudonyms: stable with one key, different with another, key only in the auth manager."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.protection.pseudonymise import (
    Pseudonymiser,
    key_fingerprint,
    new_key,
    pseudonymise_value,
)

REPO = Path(__file__).resolve().parent.parent
KEY_A = bytes(range(32))
KEY_B = bytes(range(1, 33))


def test_same_value_and_key_give_the_same_pseudonym():
    assert pseudonymise_value("+236 72 11 22 33", KEY_A) == pseudonymise_value("+236 72 11 22 33", KEY_A)


def test_another_key_gives_another_pseudonym():
    assert pseudonymise_value("Odette Yérima", KEY_A) != pseudonymise_value("Odette Yérima", KEY_B)


def test_pseudonym_is_the_keyed_hash_not_a_plain_hash():
    import hashlib
    import hmac

    value = "Odette Yérima"
    expected = hmac.new(KEY_A, "odette yérima".encode(), hashlib.sha256).hexdigest()[:16]
    assert pseudonymise_value(value, KEY_A) == expected
    assert expected != hashlib.sha256(value.encode()).hexdigest()[:16]


def test_spacing_case_and_unicode_form_do_not_change_the_pseudonym():
    decomposed = "Ode\u0301tte  Y\u00e9rima "  # e + combining accent, double space
    assert pseudonymise_value("odétte yérima", KEY_A) == pseudonymise_value(decomposed, KEY_A)


def test_different_values_get_different_pseudonyms():
    values = [f"7{n:07d}" for n in range(2000)]
    assert len({pseudonymise_value(v, KEY_A) for v in values}) == 2000


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_values_stay_empty(value):
    assert pseudonymise_value(value, KEY_A) is None


def test_pseudonymiser_never_shows_its_key():
    pseudonymiser = Pseudonymiser(KEY_A)
    assert KEY_A.hex() not in repr(pseudonymiser) and KEY_A.hex()[:8] not in repr(pseudonymiser)
    assert pseudonymiser.fingerprint == key_fingerprint(KEY_A)
    assert pseudonymiser("4") == pseudonymise_value("4", KEY_A)
    assert len(pseudonymiser("4")) == 16


def test_missing_key_is_refused():
    with pytest.raises(CartongError, match="No pseudonymisation key"):
        Pseudonymiser(b"")


def test_new_keys_are_random_and_long():
    assert len(new_key()) == 32 and new_key() != new_key()


# ---------------------------------------------------------------- auth manager (separate QGIS profile)

_SCRIPT = r"""
import json, os, sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QCoreApplication
QCoreApplication.setOrganizationName("QGIS"); QCoreApplication.setApplicationName("QGIS3")
app = QgsApplication([], False); app.initQgis()
assert QgsApplication.authManager().setMasterPassword("test-master-password", True)
from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.protection import pseudonymise as p
out = {}
authcfg, key = p.default_key()
out["authcfg"], out["key_hex"], out["pseudonym"] = authcfg, key.hex(), p.pseudonymise_value("Awa", key)
for bad in ("nokey00", ):
    try:
        p.load_key(bad)
    except CartongError as err:
        out["missing_error"] = str(err)
other = QgsAuthMethodConfig("Basic"); other.setName("a server"); other.setConfig("username", "enum1")
other.setConfig("password", "secret"); QgsApplication.authManager().storeAuthenticationConfig(other)
try:
    p.load_key(other.id())
except CartongError as err:
    out["not_a_key_error"] = str(err)
new_cfg, new = p.create_key("survey_shared.gpkg")
out["new_is_loaded"] = p.load_key(new_cfg) == new and new != key
out["keys"] = p.list_keys()
print("RESULT" + json.dumps(out))
app.exitQgis()
"""


def _run_in_profile(profile: Path) -> dict:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        QGIS_AUTH_DB_DIR_PATH=str(profile),
        HOME=str(profile),
    )
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(REPO)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=str(profile),
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT")]
    assert lines, done.stderr[-2000:]
    return json.loads(lines[-1][len("RESULT") :])


@pytest.fixture(scope="module")
def two_sessions(tmp_path_factory):
    profile = tmp_path_factory.mktemp("qgis_profile")
    return profile, _run_in_profile(profile), _run_in_profile(profile)


def test_default_key_is_kept_across_qgis_sessions(two_sessions):
    _, first, second = two_sessions
    assert first["authcfg"] == second["authcfg"]
    assert first["pseudonym"] == second["pseudonym"] == pseudonymise_value("Awa", bytes.fromhex(first["key_hex"]))


def test_key_is_written_nowhere_in_clear(two_sessions):
    profile, first, _ = two_sessions
    key_hex = first["key_hex"].encode()
    files = [p for p in profile.rglob("*") if p.is_file()]
    assert any(p.name == "qgis-auth.db" for p in files)
    assert [p for p in files if key_hex in p.read_bytes() or bytes.fromhex(first["key_hex"]) in p.read_bytes()] == []
    settings = b"".join(p.read_bytes() for p in files if p.suffix == ".ini")
    assert first["authcfg"].encode() in settings  # only the id is remembered


def test_missing_or_foreign_auth_config_gives_a_clear_error(two_sessions):
    _, first, _ = two_sessions
    assert "nokey00 was not found" in first["missing_error"]
    assert "does not hold a CartONG pseudonymisation key" in first["not_a_key_error"]


def test_a_new_key_per_export_is_listed_beside_the_default_and_never_other_configs(two_sessions):
    _, first, second = two_sessions
    assert first["new_is_loaded"]
    names = [name for _cfg, name in second["keys"]]
    assert names == [
        "CartONG pseudonymisation key",
        "CartONG pseudonymisation key - survey_shared.gpkg",
        "CartONG pseudonymisation key - survey_shared.gpkg",
    ]  # one new key per session
    assert first["authcfg"] in [cfg for cfg, _name in second["keys"]]
