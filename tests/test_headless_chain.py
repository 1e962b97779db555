# SPDX-License-Identifier: GPL-3.0-or-later
"""A nightly chain without a desktop: download → checks → counts → map PDF → protected export.

Run as a cron job would: ``qgis_process`` in a fresh profile (no authentication database, no master
password), the API token from an environment variable and the pseudonymisation key from a file the
user keeps. Neither secret is ever written: not in the profile, the outputs or the messages.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

import pytest

from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN, FakeServer
from tests.test_qgis_process import QGIS_PROCESS, Profile, plugin_zip  # noqa: F401 (fixture)

pytestmark = [pytest.mark.slow, pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")]
REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample"


@pytest.fixture(scope="module")
def chain(plugin_zip, tmp_path_factory):  # noqa: F811
    root = tmp_path_factory.mktemp("headless")
    profile = Profile(root, plugin_zip, "profile")
    assert profile.run("plugins", "enable", "cartong_plugin").returncode == 0
    key = secrets.token_hex(32)
    key_file = root / "keys" / "share.key"
    key_file.parent.mkdir()
    key_file.write_text(key + "\n", encoding="utf-8")
    key_file.chmod(0o600)
    profile.env["CARTONG_KOBO_TOKEN"] = KOBO_TOKEN
    out = root / "out"
    out.mkdir()
    server = FakeServer(sample=True).start()
    runs = {}
    try:

        def run(algorithm, **values):
            done = profile.run("--json", "run", algorithm, "--", *[f"{k}={v}" for k, v in values.items()], timeout=600)
            runs[algorithm] = done
            assert done.returncode == 0, algorithm + "\n" + done.stdout[-3000:] + done.stderr[-3000:]
            return json.loads(done.stdout)["results"]

        survey = out / "survey.gpkg"
        download = run(
            "cartong:downloadkobo", SERVER=server.url, ASSET=ASSET_UID, SECRET="env:CARTONG_KOBO_TOKEN", OUTPUT=survey
        )
        checks = run("cartong:runchecks", INPUT=f"{survey}|layername=survey")
        counts = run(
            "cartong:countbyadmin",
            POINTS=f"{survey}|layername=survey",
            ADMIN=f"{SAMPLE / 'admin_boundaries.gpkg'}|layername=admin2",
            ADMIN_CODE="adm2_pcode",
            ADMIN_NAME="adm2_name",
            OUTPUT=out / "counts.gpkg",
        )
        pdf = out / "map.pdf"
        run("cartong:exportmappdf", POLYGONS=f"{out / 'counts.gpkg'}", TITLE="Nightly map", OUTPUT=pdf)
        shared = run(
            "cartong:exportforsharing",
            INPUT=f"{survey}|layername=survey",
            PSEUDONYMISE_FIELDS="respondent_name",
            KEY_SOURCE=f"file:{key_file}",
            LOCATION_MODE=3,
            OUTPUT=out / "shared.gpkg",
        )
    finally:
        server.stop()
    return {
        "root": root,
        "home": profile.home,
        "out": out,
        "key": key,
        "runs": runs,
        "download": download,
        "checks": checks,
        "counts": counts,
        "pdf": pdf,
        "shared": shared,
        "requests": server.state.requests,
    }


def test_headless_chain_ends_in_a_map_pdf_and_a_protected_file(chain):
    assert chain["download"]["TOTAL_RECORDS"] > 0
    assert chain["checks"]["ENTRIES"] > 0
    assert (
        chain["counts"]["TOTAL"] + chain["counts"]["OUTSIDE"] + chain["counts"]["NO_LOCATION"]
        == chain["download"]["TOTAL_RECORDS"]
    )
    assert chain["pdf"].read_bytes().startswith(b"%PDF")
    from osgeo import ogr

    dataset = ogr.Open(str(chain["out"] / "survey.gpkg"))  # kept while its layer is read
    refused = sum(1 for feature in dataset.GetLayerByName("survey") if feature.GetField("consent") == "no")
    assert refused == 4 and chain["shared"]["ROWS"] == chain["download"]["TOTAL_RECORDS"] - refused  # never shared


def test_token_went_to_the_server_from_the_environment_variable(chain):
    assert any(request.get("auth") for request in chain["requests"])


def _files_holding(root: Path, needle: bytes) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.name != "share.key":
            if needle in path.read_bytes():
                found.append(str(path.relative_to(root)))
    return found


def test_no_secret_is_written_in_the_profile_outputs_or_messages(chain):
    for secret in (KOBO_TOKEN, chain["key"]):
        assert _files_holding(chain["root"], secret.encode()) == []
        for done in chain["runs"].values():
            assert secret not in done.stdout and secret not in done.stderr


def test_pseudonyms_come_from_the_key_file(chain):
    from osgeo import ogr

    from cartong_plugin.core.protection.pseudonymise import pseudonymise_value

    dataset = ogr.Open(str(chain["out"] / "shared.gpkg"))
    layer = dataset.GetLayerByName("survey") or dataset.GetLayer(0)
    shared = [feature.GetField("respondent_name") for feature in layer]
    source = ogr.Open(str(chain["out"] / "survey.gpkg"))
    # the households that refused consent are not shared
    survey = source.GetLayerByName("survey")
    names = [feature.GetField("respondent_name") for feature in survey if feature.GetField("consent") != "no"]
    key = bytes.fromhex(chain["key"])
    assert shared == [pseudonymise_value(name, key) for name in names]
    assert set(shared).isdisjoint(name for name in names if name)  # None stays None


def test_a_missing_variable_or_key_file_is_named_in_one_sentence(plugin_zip, tmp_path):  # noqa: F811
    profile = Profile(tmp_path, plugin_zip, "profile")
    assert profile.run("plugins", "enable", "cartong_plugin").returncode == 0
    profile.env.pop("CARTONG_NOT_SET", None)
    done = profile.run(
        "run",
        "cartong:downloadkobo",
        "--",
        "SERVER=http://127.0.0.1:9",
        f"ASSET={ASSET_UID}",
        "SECRET=env:CARTONG_NOT_SET",
        f"OUTPUT={tmp_path / 'x.gpkg'}",
    )
    assert done.returncode != 0
    # the name is not quoted: what follows env: may be the token itself, pasted there by mistake
    assert "SECRET gives env: for the KoboToolbox API token, but no environment variable" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert not (tmp_path / "x.gpkg").exists()
    os.environ.pop("CARTONG_NOT_SET", None)
