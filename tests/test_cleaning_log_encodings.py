# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog with logs saved by Excel in Windows-1252, Windows-1256 or UTF-16: accents and
Arabic arrive intact, and a log not in UTF-8 is said to have been read in the code page used."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from cartong_plugin.core.survey.importer import import_survey

NEW_VILLAGE = "Boléro-Kétté"  # what a field team types in French


def _execute(algorithm_id, parameters):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    results, ok = QgsProcessingAlgorithm.run(
        algorithm, parameters, QgsProcessingContext(), QgsProcessingFeedback(), {}, False
    )
    assert ok
    return results


@pytest.fixture()
def survey(sample_dir, tmp_path):
    gpkg = tmp_path / "survey.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    layer = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
    first = next(layer.getFeatures())
    return f"{gpkg}|layername=survey", first["_uuid"], first["village"]


def _log(path, uuid, old, encoding, delimiter=","):
    rows = [
        ["uuid", "question", "old_value", "new_value", "issue", "change_type"],
        [uuid, "village", old, NEW_VILLAGE, "nom mal écrit", "change_response"],
    ]
    path.write_bytes("".join(delimiter.join(row) + "\r\n" for row in rows).encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("cp1252", ","),
        ("cp1252", ";"),  # Excel "CSV (comma/semicolon delimited)" on a French Windows
        ("utf-16", "\t"),
        ("utf-16", ","),  # Excel "Unicode text" (tab-separated, with a BOM)
    ],
)
def test_log_in_excel_encoding_keeps_its_accents(encoding, delimiter, cartong_provider, survey, tmp_path):
    layer, uuid, old = survey
    log = _log(tmp_path / "log.csv", uuid, old, encoding, delimiter)
    before = log.read_bytes()
    result = _execute(
        "cartong:applycleaninglog", {"INPUT": layer, "LOG": str(log), "OUTPUT": str(tmp_path / "clean.gpkg")}
    )
    assert result["CHANGED_VALUES"] == 1
    cleaned = QgsVectorLayer(result["OUTPUT"], "clean", "ogr")
    (village,) = [f["village"] for f in cleaned.getFeatures() if f["_uuid"] == uuid]
    assert village == NEW_VILLAGE
    assert log.read_bytes() == before  # the log itself is never rewritten


def test_log_that_is_not_text_is_named(cartong_provider, survey, tmp_path):
    layer, _uuid, _old = survey
    log = tmp_path / "log.csv"
    log.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(QgsProcessingException, match="log.csv"):
        _execute("cartong:applycleaninglog", {"INPUT": layer, "LOG": str(log), "OUTPUT": str(tmp_path / "c.gpkg")})
    assert not (tmp_path / "c.gpkg").exists()


# an Arabic Windows' Excel saves "CSV (comma delimited)" in Windows-1256; a Western one in Windows-1252
CHANGES = {
    "cp1256": [("u1", "water_other", "بئر جماعي", "بئر"), ("u2", "head_name", "فاطمه الزهراء", "فاطمة الزهراء")],
    "cp1252": [("u1", "water_other", "São Tomé", "São Tomé e Príncipe"), ("u2", "head_name", "Nino", "Niño")],
}


def _survey_with(changes, tmp_path, users=3):
    """A survey (no form) of ``users`` households u1, u2... holding the old values of ``changes``, imported
    from UTF-8."""
    from cartong_plugin.core.survey.importer import import_survey

    rows = {f"u{i}": {"water_other": "", "head_name": "x"} for i in range(1, users + 1)}
    for uuid, question, old, _new in changes:
        rows[uuid][question] = old
    data = tmp_path / "survey.csv"
    lines = ["_uuid;water_other;head_name"] + [f"{u};{r['water_other']};{r['head_name']}" for u, r in rows.items()]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_survey(data, None, tmp_path / "survey.gpkg")
    return tmp_path / "survey.gpkg"


@pytest.mark.parametrize("encoding", ["cp1256", "cp1252"])
def test_log_saved_by_excel_is_applied_in_its_code_page_and_said_so(encoding, cartong_provider, tmp_path):
    from tests.field_data import RecordingFeedback, apply_cleaning_log, ogr_rows

    changes = CHANGES[encoding]
    gpkg = _survey_with(changes, tmp_path)
    rows = [["uuid", "question", "old_value", "new_value", "issue", "change_type"]]
    rows += [[uuid, question, old, new, "typo", "change_response"] for uuid, question, old, new in changes]
    log = tmp_path / f"log_{encoding}.csv"
    log.write_bytes("".join(",".join(row) + "\r\n" for row in rows).encode(encoding))
    feedback = RecordingFeedback()
    result = apply_cleaning_log(gpkg, log, tmp_path / "clean.gpkg", feedback)
    assert result["CHANGED_VALUES"] == 2
    cleaned = {
        row[0]: row[1:] for row in ogr_rows(tmp_path / "clean.gpkg", "SELECT _uuid, water_other, head_name FROM clean")
    }
    for uuid, question, _old, new in changes:
        assert cleaned[uuid][["water_other", "head_name"].index(question)] == new
    assert not [w for w in feedback.warnings if "made for this survey" in w]  # every old value was found
    (warning,) = [w for w in feedback.warnings if log.name in w]
    expected = {"cp1256": "Windows-1256", "cp1252": "Windows-1252"}
    assert expected[encoding] in warning and "'CSV UTF-8'" in warning


def test_log_in_utf8_with_one_row_appended_in_windows_1252_keeps_every_accent(cartong_provider, tmp_path):
    # a UTF-8 log (the toolkit's own export) to which a reviewer added a row in Notepad: the UTF-8 rows must
    # not turn into "SÃ£o" (their old values would no longer match the survey), the appended row must not
    # lose its accent
    from tests.field_data import RecordingFeedback, apply_cleaning_log, ogr_rows

    changes = [(f"u{i}", "head_name", f"Hélène {i}", f"Hélène N'{i}") for i in range(1, 9)]
    late = ("u9", "head_name", "Rémi", "Rémy")
    gpkg = _survey_with([*changes, late], tmp_path, users=9)
    header = ["uuid", "question", "old_value", "new_value", "issue", "change_type"]
    lines = [header] + [[*change, "typo", "change_response"] for change in changes]
    log = tmp_path / "log_joined.csv"
    log.write_bytes(
        "".join(",".join(row) + "\r\n" for row in lines).encode("utf-8")
        + (",".join([*late, "typo", "change_response"]) + "\r\n").encode("cp1252")
    )
    feedback = RecordingFeedback()
    result = apply_cleaning_log(gpkg, log, tmp_path / "clean.gpkg", feedback)
    assert result["CHANGED_VALUES"] == 9
    cleaned = dict(ogr_rows(tmp_path / "clean.gpkg", "SELECT _uuid, head_name FROM clean"))
    assert [cleaned[uuid] for uuid, _q, _old, _new in changes] == [new for _u, _q, _old, new in changes]
    assert cleaned["u9"] == "Rémy"
    (warning,) = [w for w in feedback.warnings if log.name in w]
    assert "line 10" in warning and "Windows-1252" in warning
