# SPDX-License-Identifier: GPL-3.0-or-later
"""A KoboToolbox validation status kept as its JSON object names the validator's account (``by_whom``).

A saved API JSON file (or a CSV export holding the object) is imported as received; detection flags the
column as an account identifier, and cartong:exportforsharing keeps the status alone by default, as a
download holds it (its ``uid``): the account is in no shared file, the status is.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from types import SimpleNamespace

import pytest

from cartong_plugin.core.protection.share_defaults import default_action
from tests.protection_data import share, table_columns
from tests.real_imports import csv_rows, import_with_messages, query

VALIDATION_JSON = "dickoa+robotoolbox/tests/fixtures/decoded/kobo_data_validation__01.json"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _detect(gpkg, output):
    import processing

    processing.run("cartong:detectpersonaldata", {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": str(output)})
    header, *rows = csv_rows(output)
    return {row[0]: dict(zip(header, row)) for row in rows}


def _shared_files(output) -> list:
    return [output, output.with_name(output.name + ".README.txt")]


def test_validator_account_of_a_kobo_api_json_is_in_no_shared_file(cartong_provider, real_data_dir, tmp_path):
    data = tmp_path / "kobo_validation.json"
    shutil.copyfile(real_data_dir / VALIDATION_JSON, data)
    received = json.loads(data.read_text(encoding="utf-8"))["results"]
    validator = received[0]["_validation_status"]["by_whom"].encode()
    statuses = [r["_validation_status"]["uid"] for r in received]  # what a download keeps
    before = _digest(data)
    gpkg = tmp_path / "survey.gpkg"
    import_with_messages(data, gpkg)
    # the import keeps what was received: the raw table exactly, the survey layer as Kobo's JSON text
    raw = [json.loads(v) for (v,) in query(gpkg, "SELECT _validation_status FROM raw_survey ORDER BY fid")]
    assert raw == [r["_validation_status"] for r in received]
    assert all(validator.decode() in v for (v,) in query(gpkg, "SELECT _validation_status FROM survey"))
    survey_before = _digest(gpkg)

    found = _detect(gpkg, tmp_path / "found.csv")["_validation_status"]
    assert (found["category"], found["risk"], found["reason"]) == ("device_id", "medium", "validator")
    assert found["suggested_action"] == "status_only" and "by_whom" in found["explanation"]
    assert "free text" not in found["explanation"]  # a status object is no prose
    assert default_action(SimpleNamespace(**found)) == "keep"  # the wizard's start: kept, as the status alone

    for name in ("shared.gpkg", "shared.csv"):  # the algorithm's defaults
        output = tmp_path / name
        result = share(gpkg, output)
        for path in _shared_files(output):
            assert validator not in path.read_bytes(), path.name
        assert b"validation_status_on_hold" in output.read_bytes()
        readme = output.with_name(output.name + ".README.txt").read_text(encoding="utf-8")
        assert "_validation_status reduced to the status alone" in readme
        assert result["ROWS"] == len(received)
    assert "_validation_status" in table_columns(tmp_path / "shared.gpkg")
    shared = query(tmp_path / "shared.gpkg", "SELECT _validation_status FROM shared_survey ORDER BY fid")
    assert [v for (v,) in shared] == statuses
    header, *rows = csv_rows(tmp_path / "shared.csv")
    assert [row[header.index("_validation_status")] for row in rows] == statuses
    steps = dict(query(tmp_path / "shared.gpkg", "SELECT action, columns FROM cartong_protection"))
    assert "_validation_status" in steps["validation_status_only"]
    assert _digest(gpkg) == survey_before and _digest(data) == before  # inputs untouched


@pytest.mark.parametrize("written", [json.dumps, str], ids=["as JSON", "as Python's repr (pandas to_csv)"])
def test_validation_objects_in_a_csv_export_are_found_by_their_values(cartong_provider, tmp_path, written):
    """Renamed (``statut_validation``), and a repeat sheet's copy: the values tell, not the name. Review 19:
    the object written with single quotes, as pandas' ``to_csv`` writes the API's column, was not read, and
    the validator's account went into the shared copy."""
    data = tmp_path / "export.csv"
    with open(data, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["_uuid", "admin2", "statut_validation", "_submission__validation_status"])
        for n in range(8):
            uid, label = ("approved", "Approved") if n % 2 else ("on_hold", "On Hold")
            text = written(
                {"timestamp": 1684697700 + n, "uid": f"validation_status_{uid}", "by_whom": "superviseur_jpaul"}
                | {"color": "#00ff00", "label": label}
            )
            writer.writerow([f"uuid-{n}", "CF11", text, text])
    gpkg = tmp_path / "survey.gpkg"
    import_with_messages(data, gpkg)
    found = _detect(gpkg, tmp_path / "found.csv")
    assert {found[c]["suggested_action"] for c in ("statut_validation", "_submission__validation_status")} == {
        "status_only"
    }
    output = tmp_path / "shared.csv"
    share(gpkg, output, LOCATION_MODE=3)  # drop
    for path in _shared_files(output):
        assert b"superviseur_jpaul" not in path.read_bytes(), path.name
    header, *rows = csv_rows(output)
    assert [row[header.index("statut_validation")] for row in rows] == [
        "validation_status_approved" if n % 2 else "validation_status_on_hold" for n in range(8)
    ]
    assert [row[header.index("_submission__validation_status")] for row in rows] == [
        row[header.index("statut_validation")] for row in rows
    ]
    counted = tmp_path / "counts.gpkg"  # counted by status: by the status alone, never by who validated
    share(gpkg, counted, LOCATION_MODE=2, AREA_FIELD="admin2", CATEGORY_FIELD="statut_validation", K=2)
    for path in _shared_files(counted):
        assert b"superviseur_jpaul" not in path.read_bytes(), path.name
    assert query(counted, "SELECT n_validation_status_approved, n_validation_status_on_hold FROM shared_counts") == [
        (4, 4)
    ]


def test_the_python_repr_in_kobo_s_own_column_is_shared_as_the_status_alone(cartong_provider, tmp_path):
    """Review 19's case: ``_validation_status`` as pandas writes it, shared with the algorithm's defaults."""
    data = tmp_path / "export.csv"
    with open(data, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["_uuid", "admin2", "_validation_status"])
        for n in range(8):
            uid, label = ("approved", "Approved") if n % 2 else ("on_hold", "On Hold")
            status = {"timestamp": 1684697700 + n, "uid": f"validation_status_{uid}", "by_whom": "superviseur_jpaul"}
            writer.writerow([f"uuid-{n}", "CF11", str(status | {"color": "#00ff00", "label": label})])
    gpkg = tmp_path / "survey.gpkg"
    import_with_messages(data, gpkg)
    assert all("superviseur_jpaul" in v for (v,) in query(gpkg, "SELECT _validation_status FROM survey"))
    statuses = ["validation_status_approved" if n % 2 else "validation_status_on_hold" for n in range(8)]
    for name in ("shared.gpkg", "shared.csv"):
        output = tmp_path / name
        share(gpkg, output)
        for path in _shared_files(output):
            assert b"superviseur_jpaul" not in path.read_bytes(), path.name
    header, *rows = csv_rows(tmp_path / "shared.csv")
    assert [row[header.index("_validation_status")] for row in rows] == statuses
    shared = query(tmp_path / "shared.gpkg", "SELECT _validation_status FROM shared_survey ORDER BY fid")
    assert [v for (v,) in shared] == statuses


def test_a_python_repr_is_read_as_a_literal_only():
    """The repr is read by ``ast.literal_eval``: a cell that is code is no status, and nothing of it runs."""
    from cartong_plugin.core.protection.validation_status import status_only, validation_object

    assert status_only("{'uid': 'validation_status_approved', 'by_whom': 'jpaul'}") == "validation_status_approved"
    assert validation_object("{'by_whom': __import__('os').getcwd()}") is None
    assert validation_object("{'by_whom': 'jpaul'") is None  # cut
    assert status_only("{'by_whom': ''}") == "{'by_whom': ''}"  # names nobody: as it is
