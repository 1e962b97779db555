# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:detectpersonaldata and cartong:exportforsharing through Processing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.protection_data import SAMPLE_FORM, read_gpkg_rows, write_sample_survey_gpkg

REPO = Path(__file__).resolve().parent.parent
SAMPLE_ADMIN = REPO / "resources" / "sample" / "admin_boundaries.gpkg"


def _run(algorithm_id, parameters):
    import processing

    return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())


@pytest.fixture(scope="module")
def survey_uri(tmp_path_factory):
    gpkg = write_sample_survey_gpkg(tmp_path_factory.mktemp("alg") / "survey.gpkg")
    return f"{gpkg}|layername=survey"


def test_both_algorithms_are_in_the_export_group(cartong_provider):
    algorithms = {a.name(): a for a in cartong_provider.algorithms()}
    assert algorithms["detectpersonaldata"].groupId() == "export"
    assert algorithms["exportforsharing"].groupId() == "export"


def test_detect_lists_high_risk_columns_with_the_form(cartong_provider, survey_uri, tmp_path):
    result = _run(
        "cartong:detectpersonaldata",
        {"INPUT": survey_uri, "FORM": str(SAMPLE_FORM), "OUTPUT": str(tmp_path / "found.gpkg")},
    )
    assert {"geometry", "respondent_name", "phone", "photo_url"} <= set(result["HIGH_RISK_COLUMNS"])
    table = QgsVectorLayer(result["OUTPUT"], "found", "ogr")
    rows = {f["column"]: f for f in table.getFeatures()}
    assert rows["respondent_name"]["risk"] == "high" and rows["respondent_name"]["suggested_action"] == "drop"
    assert rows["water_source_other"]["risk"] == "medium"
    assert "hh_size" not in rows and "admin2" not in rows
    assert result["HIGH"] == sum(1 for f in rows.values() if f["risk"] == "high")


def test_export_aggregates_with_boundaries_and_writes_the_readme(cartong_provider, survey_uri, tmp_path):
    output = tmp_path / "partners" / "counts.gpkg"
    result = _run(
        "cartong:exportforsharing",
        {
            "INPUT": survey_uri,
            "LOCATION_MODE": 2,
            "AREA_FIELD": "admin2",
            "CATEGORY_FIELD": "water_source",
            "K": 5,
            "BOUNDARIES": f"{SAMPLE_ADMIN}|layername=admin2",
            "BOUNDARIES_CODE_FIELD": "adm2_pcode",
            "OUTPUT": str(output),
        },
    )
    assert Path(result["OUTPUT"]) == output and Path(result["README"]).is_file()
    names, rows = read_gpkg_rows(output, "shared_counts")
    assert "n_surface_water" in names and len(rows) == 72
    assert all(v is None or v == 0 or v >= 5 for r in rows for k, v in r.items() if k.startswith("n_"))
    assert sorted(p.name for p in output.parent.iterdir()) == ["counts.gpkg", "counts.gpkg.README.txt"]


def test_export_drops_columns_and_displaces(cartong_provider, survey_uri, tmp_path):
    output = tmp_path / "shared.csv"
    result = _run(
        "cartong:exportforsharing",
        {
            "INPUT": survey_uri,
            "DROP_FIELDS": ["respondent_name", "phone"],
            "LOCATION_MODE": 0,
            "MIN_DISTANCE": 500,
            "MAX_DISTANCE": 1000,
            "OUTPUT": str(output),
        },
    )
    header = output.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert "respondent_name" not in header and "phone" not in header and "_location_latitude" not in header
    assert header[-2:] == ["longitude", "latitude"] and result["ROWS"] == 420


def test_export_error_is_a_clear_processing_message(cartong_provider, survey_uri, tmp_path):
    with pytest.raises(QgsProcessingException, match="minimum distance above 0 and a maximum distance"):
        _run(
            "cartong:exportforsharing",
            {
                "INPUT": survey_uri,
                "LOCATION_MODE": 0,
                "MIN_DISTANCE": 900,
                "MAX_DISTANCE": 500,
                "OUTPUT": str(tmp_path / "x.gpkg"),
            },
        )
    assert not (tmp_path / "x.gpkg").exists()


_PSEUDONYMISE_SCRIPT = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication
QCoreApplication.setOrganizationName("QGIS"); QCoreApplication.setApplicationName("QGIS3")
app = QgsApplication([], False); app.initQgis()
QgsApplication.authManager().setMasterPassword("test-master-password", True)
sys.path.append("/usr/share/qgis/python/plugins")
from processing.core.Processing import Processing
Processing.initialize()
import processing
from cartong_plugin.processing.provider import CartongProvider
provider = CartongProvider()  # keep a reference: the registry does not
QgsApplication.processingRegistry().addProvider(provider)
from cartong_plugin.core.protection.pseudonymise import default_key
authcfg, key = default_key()
runs = []
for name in ("a.gpkg", "b.gpkg"):
    params = {"INPUT": sys.argv[2], "PSEUDONYMISE_FIELDS": ["phone"], "LOCATION_MODE": 3,
              "OUTPUT": sys.argv[3] + "/" + name}
    if name == "b.gpkg":
        params["KEY_AUTHCFG"] = authcfg
    runs.append(processing.run("cartong:exportforsharing", params, feedback=QgsProcessingFeedback())["OUTPUT"])
print("RESULT" + json.dumps({"key_hex": key.hex(), "outputs": runs}))
"""


def test_export_pseudonymises_with_the_key_of_the_auth_manager(survey_uri, tmp_path):
    """In a throw-away QGIS profile: default key and explicit authcfg give the same pseudonyms."""
    from cartong_plugin.core.protection.pseudonymise import pseudonymise_value

    profile = tmp_path / "profile"
    profile.mkdir()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        QGIS_AUTH_DB_DIR_PATH=str(profile),
        HOME=str(profile),
    )
    done = subprocess.run(
        [sys.executable, "-c", _PSEUDONYMISE_SCRIPT, str(REPO), survey_uri, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=str(profile),
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT")]
    assert lines, done.stderr[-3000:]
    result = json.loads(lines[-1][len("RESULT") :])
    key = bytes.fromhex(result["key_hex"])
    source = {r["_index"]: r["phone"] for r in read_gpkg_rows(Path(survey_uri.split("|")[0]), "survey")[1]}
    first, second = (read_gpkg_rows(Path(p), "shared_survey")[1] for p in result["outputs"])
    assert [r["phone"] for r in first] == [r["phone"] for r in second]
    assert all(r["phone"] == pseudonymise_value(source[r["_index"]], key) for r in first)
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix in (".gpkg", ".txt", ".ini")]
    assert written and all(result["key_hex"].encode() not in p.read_bytes() for p in written)
