# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks and cartong:applycleaninglog on the imported sample survey GeoPackage."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing

import pytest
from checks_sample import PERIOD, read_faults
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE, REMOVE_SURVEY
from cartong_plugin.core.cleaning.log_files import export_log, read_log_file, read_log_from_gpkg, write_log_to_gpkg


def _execute(algorithm_id, parameters):
    """Run an algorithm through QGIS's own QgsProcessingAlgorithm.run (what the dialog and qgis_process do).

    processing.run() is not used: it calls ``alg.run(...)`` in Python, which CartongAlgorithm's ``run``
    hook shadows.
    """
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    results, ok = QgsProcessingAlgorithm.run(
        algorithm, parameters, QgsProcessingContext(), QgsProcessingFeedback(), {}, False
    )
    assert ok
    return results


def _import_sample(sample_dir, gpkg):
    """The sample survey as the importer writes it (`survey` layer, bare names, typed columns)."""
    from cartong_plugin.core.survey.importer import import_survey

    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    return gpkg


@pytest.fixture()
def survey_gpkg(tmp_path, sample_dir):
    return _import_sample(sample_dir, tmp_path / "survey.gpkg")


def _layers(gpkg, sample_dir):
    return f"{gpkg}|layername=survey", f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2"


def _run_checks(gpkg, sample_dir, **more):
    survey, admin = _layers(gpkg, sample_dir)
    parameters = {
        "INPUT": survey,
        "FORM": str(sample_dir / "household_survey_form.xlsx"),
        "ADMIN": admin,
        "PERIOD_START": PERIOD[0],
        "PERIOD_END": PERIOD[1],
    }
    parameters.update(more)
    return _execute("cartong:runchecks", parameters)


def _sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _raw_rows(gpkg):
    ds = ogr.Open(str(gpkg))
    return [f.items() for f in ds.GetLayerByName("raw_survey")]


def test_algorithms_are_registered(cartong_provider):
    ids = {a.id() for a in cartong_provider.algorithms()}
    assert {"cartong:runchecks", "cartong:applycleaninglog"} <= ids


def test_run_checks_writes_the_log_into_the_survey_geopackage(cartong_provider, survey_gpkg, sample_dir):
    raw_before = _raw_rows(survey_gpkg)
    result = _run_checks(survey_gpkg, sample_dir)
    log = read_log_from_gpkg(survey_gpkg)
    assert result["OUTPUT_GPKG"] == str(survey_gpkg)
    assert result["ENTRIES"] == len(log) > 0
    assert result["SUBMISSIONS"] == len({e.uuid for e in log})
    counts = ("DUPLICATES", "MISSING", "OUTLIERS", "GPS", "DURATIONS", "OTHER_ANSWERS", "ADMIN_NAMES")
    assert sum(result[k] for k in counts) == len(log)
    assert _raw_rows(survey_gpkg) == raw_before  # the raw table is untouched
    layer = QgsVectorLayer(result["OUTPUT_LAYER"], "log", "ogr")
    assert layer.isValid() and layer.featureCount() == len(log)


def test_run_checks_on_the_imported_layer_finds_every_planted_fault(cartong_provider, survey_gpkg, sample_dir):
    _run_checks(survey_gpkg, sample_dir)
    flagged = {e.uuid for e in read_log_from_gpkg(survey_gpkg)}
    faults = {f["uuid"] for f in read_faults(sample_dir)}
    assert faults - flagged == set()
    with closing(sqlite3.connect(survey_gpkg)) as db:  # no fault, but each listed for removal
        refused = {row[0] for row in db.execute("SELECT _uuid FROM survey WHERE consent = 'no'")}
    assert flagged - faults == refused and len(refused) == 4


def test_rerun_keeps_the_decisions_already_taken(cartong_provider, survey_gpkg, sample_dir):
    _run_checks(survey_gpkg, sample_dir)
    log = read_log_from_gpkg(survey_gpkg)
    decided = next(e for e in log if e.check_id == "outliers.constraint")
    decided.change_type, decided.new_value, decided.who = CHANGE_RESPONSE, "9", "supervisor"
    write_log_to_gpkg(log, survey_gpkg)
    _run_checks(survey_gpkg, sample_dir)
    again = next(e for e in read_log_from_gpkg(survey_gpkg) if e.key() == decided.key())
    assert (again.change_type, again.new_value, again.who) == (CHANGE_RESPONSE, "9", "supervisor")


def test_layer_outside_a_geopackage_needs_a_target(cartong_provider, sample_dir, qgis_app):
    with pytest.raises(QgsProcessingException, match="not in a GeoPackage"):
        _execute("cartong:runchecks", {"INPUT": str(sample_dir / "household_survey_kobo.csv")})


def test_extent_serves_as_area_of_interest_without_boundaries(cartong_provider, survey_gpkg, sample_dir):
    survey, _ = _layers(survey_gpkg, sample_dir)
    result = _execute(
        "cartong:runchecks",
        {
            "INPUT": survey,
            "CHECKS": [3],  # GPS only
            "EXTENT": "14.4,27.5,2.2,11.0 [EPSG:4326]",
        },
    )  # CAR's box
    outside = {e.uuid for e in read_log_from_gpkg(survey_gpkg) if e.check_id == "gps.outside_area"}
    swapped = {e.uuid for e in read_log_from_gpkg(survey_gpkg) if e.check_id == "gps.swapped"}
    faults = read_faults(sample_dir)
    assert swapped == {f["uuid"] for f in faults if f["fault"] == "gps_swapped"}
    assert outside <= {f["uuid"] for f in faults if f["fault"] == "gps_outside_country"}
    assert result["GPS"] > 0 and result["DURATIONS"] == 0


def test_run_checks_exports_the_log_for_field_teams(cartong_provider, survey_gpkg, sample_dir, tmp_path):
    result = _run_checks(survey_gpkg, sample_dir, EXPORT_FILE=str(tmp_path / "log.xlsx"))
    assert read_log_file(tmp_path / "log.xlsx") == read_log_from_gpkg(survey_gpkg)
    assert result["EXPORTED"] == str(tmp_path / "log.xlsx")


def _decide(gpkg):
    """Accept the suggested swaps and remove the duplicated uuids, as a supervisor would."""
    log = read_log_from_gpkg(gpkg)
    for entry in log:
        if entry.check_id == "gps.swapped":
            entry.change_type = CHANGE_RESPONSE
        elif entry.check_id == "duplicates.uuid":
            entry.change_type = REMOVE_SURVEY
    write_log_to_gpkg(log, gpkg)
    return log


def _apply(gpkg, sample_dir, output, **more):
    survey, _ = _layers(gpkg, sample_dir)
    return _execute("cartong:applycleaninglog", {"INPUT": survey, "OUTPUT": str(output), **more})


def test_apply_builds_the_cleaned_layer(cartong_provider, survey_gpkg, sample_dir, tmp_path):
    _run_checks(survey_gpkg, sample_dir)
    log = _decide(survey_gpkg)
    result = _apply(survey_gpkg, sample_dir, tmp_path / "clean.gpkg")
    assert result["REMOVED_SUBMISSIONS"] == 2  # the later copy of each duplicated uuid
    assert result["CHANGED_VALUES"] == 6  # latitude and longitude of the 3 swapped points
    assert result["PENDING"] == sum(1 for e in log if e.change_type == "pending")
    cleaned = QgsVectorLayer(result["OUTPUT"], "clean", "ogr")
    assert cleaned.featureCount() == 418
    swapped = {e.uuid for e in log if e.check_id == "gps.swapped"}
    areas = QgsVectorLayer(f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2", "a", "ogr")
    codes = {f["adm2_pcode"]: f.geometry() for f in areas.getFeatures()}
    moved = [f for f in cleaned.getFeatures() if f["_uuid"] in swapped]
    assert len(moved) == 3
    for feature in moved:  # the point is moved back into the sous-préfecture answered
        assert codes[feature["admin2"]].contains(feature.geometry())
        assert feature.geometry().asPoint().y() == pytest.approx(feature["_location_latitude"])


def test_apply_keeps_the_first_copy_of_a_duplicated_uuid(cartong_provider, survey_gpkg, sample_dir, tmp_path):
    # the sample's edited re-send (FAULTS.md): the first copy says 9 people and 27500, the later one 11 and 32500
    edited = "eb75c2e9-b976-4158-9b45-9c428b914416"
    source = ogr.Open(str(survey_gpkg))  # kept open while its layer is read
    first, later = (f.items() for f in source.GetLayerByName("survey") if f.GetField("_uuid") == edited)
    source = None
    assert (first["hh_size"], later["hh_size"], first["_index"] < later["_index"]) == (9, 11, True)
    _run_checks(survey_gpkg, sample_dir)
    _decide(survey_gpkg)
    result = _apply(survey_gpkg, sample_dir, tmp_path / "clean.gpkg")
    cleaned = QgsVectorLayer(result["OUTPUT"], "clean", "ogr")
    kept = [(f["_index"], f["hh_size"], f["income_month"]) for f in cleaned.getFeatures(f"\"_uuid\" = '{edited}'")]
    assert kept == [(first["_index"], 9, 27500)]


def test_apply_is_deterministic(cartong_provider, survey_gpkg, sample_dir, tmp_path):
    _run_checks(survey_gpkg, sample_dir)
    _decide(survey_gpkg)
    first = _apply(survey_gpkg, sample_dir, tmp_path / "a.gpkg")
    second = _apply(survey_gpkg, sample_dir, tmp_path / "b.gpkg")

    def rows(uri):
        layer = QgsVectorLayer(uri, "x", "ogr")
        return [(f.attributes(), f.geometry().asWkt(7)) for f in layer.getFeatures()]

    assert rows(first["OUTPUT"]) == rows(second["OUTPUT"])


def test_apply_refuses_an_edited_log_that_does_not_match(cartong_provider, survey_gpkg, sample_dir, tmp_path):
    _run_checks(survey_gpkg, sample_dir)
    log = read_log_from_gpkg(survey_gpkg)
    log[0].uuid = "not-a-submission"
    log[1].change_type, log[1].question = CHANGE_RESPONSE, "no_such_question"
    edited = export_log(log, tmp_path / "edited.xlsx")
    with pytest.raises(QgsProcessingException) as err:
        _apply(survey_gpkg, sample_dir, tmp_path / "clean.gpkg", LOG=str(edited))
    message = str(err.value)
    assert "edited.xlsx" in message and "Row 3, column question" in message and "no_such_question" in message
    assert "Row 2" not in message  # a submission that is not in the data is skipped and reported, not refused
    assert not (tmp_path / "clean.gpkg").exists()


def test_apply_refuses_a_value_of_the_wrong_type_and_writes_nothing(
    cartong_provider, survey_gpkg, sample_dir, tmp_path
):
    _run_checks(survey_gpkg, sample_dir)
    log = read_log_from_gpkg(survey_gpkg)
    entry = next(e for e in log if e.question == "hh_size")
    entry.change_type, entry.new_value = CHANGE_RESPONSE, "nine"
    edited = export_log(log, tmp_path / "edited.csv")
    row = log.index(entry) + 2
    with pytest.raises(QgsProcessingException, match=f"Row {row} of the cleaning log edited.csv: 'nine'"):
        _apply(survey_gpkg, sample_dir, tmp_path / "clean.gpkg", LOG=str(edited))
    assert not (tmp_path / "clean.gpkg").exists()


# Interviews around midnight, local time UTC+01:00: the typed `start` is UTC, the day before for two of them.
_MIDNIGHT_ROWS = (
    ("u-first-day", "2026-03-02T00:30:00.000+01:00", "2026-03-02T01:00:00.000+01:00"),  # 1 March 23:30 UTC
    ("u-day-before", "2026-03-01T23:30:00.000+01:00", "2026-03-02T00:00:00.000+01:00"),
    ("u-day-after", "2026-03-21T00:30:00.000+01:00", "2026-03-21T01:00:00.000+01:00"),  # 20 March 23:30 UTC
    ("u-last-day", "2026-03-20T23:00:00.000+01:00", "2026-03-20T23:30:00.000+01:00"),
)


def _import_midnight_csv(tmp_path):
    from cartong_plugin.core.survey.importer import import_survey

    csv, gpkg = tmp_path / "midnight.csv", tmp_path / "midnight.gpkg"
    lines = ["start;end;deviceid;_uuid"] + [
        f"{start};{end};dev{i};{uuid}" for i, (uuid, start, end) in enumerate(_MIDNIGHT_ROWS)
    ]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_survey(csv, None, gpkg)
    return gpkg


def test_period_check_uses_the_local_date_of_the_imported_start(qgis_app, tmp_path):
    from cartong_plugin.core.cleaning.checks import ChecksConfig, run_checks
    from cartong_plugin.core.cleaning.checks.layers import layer_to_frame

    gpkg = _import_midnight_csv(tmp_path)
    frame = layer_to_frame(QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr"))
    assert str(frame["start"].iloc[0]) == "2026-03-01 23:30:00+00:00"  # the typed layer keeps UTC
    config = ChecksConfig(enabled=("durations",), period_start=PERIOD[0], period_end=PERIOD[1])
    flagged = {e.uuid for e in run_checks(frame, None, config) if e.check_id == "durations.outside_period"}
    assert flagged == {"u-day-before", "u-day-after"}


def test_run_checks_flags_the_period_by_the_local_date(cartong_provider, tmp_path):
    gpkg = _import_midnight_csv(tmp_path)
    result = _execute(
        "cartong:runchecks",
        {
            "INPUT": f"{gpkg}|layername=survey",
            "CHECKS": [4],  # durations
            "PERIOD_START": PERIOD[0],
            "PERIOD_END": PERIOD[1],
        },
    )
    flagged = {e.uuid for e in read_log_from_gpkg(gpkg) if e.check_id == "durations.outside_period"}
    assert flagged == {"u-day-before", "u-day-after"}
    assert result["DURATIONS"] == 2  # 30-minute interviews: nothing else to flag


def test_a_wrong_export_file_is_refused_before_anything_is_written(cartong_provider, survey_gpkg, sample_dir, tmp_path):
    before = _sha256(survey_gpkg)
    with pytest.raises(QgsProcessingException, match=r"log\.txt: choose a \.csv or \.xlsx file"):
        _run_checks(survey_gpkg, sample_dir, EXPORT_FILE=str(tmp_path / "log.txt"))
    assert _sha256(survey_gpkg) == before  # no cleaning_log table added to the survey's GeoPackage
    with pytest.raises(QgsProcessingException, match="csv or .xlsx"):
        _run_checks(survey_gpkg, sample_dir, OUTPUT_GPKG=str(tmp_path / "log.gpkg"), EXPORT_FILE=str(tmp_path / "x"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["survey.gpkg"]


def test_the_log_geopackage_gets_its_extension_or_is_refused(cartong_provider, survey_gpkg, sample_dir, tmp_path):
    result = _run_checks(survey_gpkg, sample_dir, OUTPUT_GPKG=str(tmp_path / "checked"))
    assert result["OUTPUT_GPKG"] == str(tmp_path / "checked.gpkg")
    assert len(read_log_from_gpkg(tmp_path / "checked.gpkg")) == result["ENTRIES"] > 0
    with pytest.raises(QgsProcessingException, match=r"ending in \.gpkg, not log\.csv"):
        _run_checks(survey_gpkg, sample_dir, OUTPUT_GPKG=str(tmp_path / "log.csv"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["checked.gpkg", "survey.gpkg"]


def _fill(path, decisions):
    """The export as the field teams give it back: {check_id: (change_type, new_value)} on the first row of each."""
    log = read_log_file(path)
    filled = []
    for check, (change_type, new_value) in decisions.items():
        entry = next(e for e in log if e.check_id == check and e.change_type == "pending")
        entry.change_type, entry.new_value, entry.who = change_type, new_value, "team"
        filled.append(entry.key())
    path.unlink()
    export_log(log, path)
    return filled


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_rerun_keeps_the_decisions_the_teams_wrote_into_the_export(
    cartong_provider, survey_gpkg, sample_dir, tmp_path, suffix
):
    export = tmp_path / f"log{suffix}"
    _run_checks(survey_gpkg, sample_dir, EXPORT_FILE=str(export))
    decisions = {
        "duplicates.uuid": (REMOVE_SURVEY, ""),
        "gps.swapped": (CHANGE_RESPONSE, "4.5"),
        "outliers.constraint": ("no_action", ""),
    }
    keys = _fill(export, decisions)
    result = _run_checks(survey_gpkg, sample_dir, EXPORT_FILE=str(export))
    for log in (read_log_from_gpkg(survey_gpkg), read_log_file(export)):
        decided = {e.key(): (e.change_type, e.new_value, e.who) for e in log if e.change_type != "pending"}
        assert decided == {key: (*decisions[key[2]], "team") for key in keys}
    assert result["PENDING"] == result["ENTRIES"] - 3


def test_an_export_disagreeing_with_the_log_is_refused_and_nothing_is_written(
    cartong_provider, survey_gpkg, sample_dir, tmp_path
):
    export = tmp_path / "log.csv"
    _run_checks(survey_gpkg, sample_dir, EXPORT_FILE=str(export))
    (key,) = _fill(export, {"outliers.constraint": (CHANGE_RESPONSE, "9")})
    log = read_log_from_gpkg(survey_gpkg)
    decided = next(e for e in log if e.key() == key)
    decided.change_type, decided.new_value = CHANGE_RESPONSE, "12"
    write_log_to_gpkg(log, survey_gpkg)
    before = (_sha256(export), _sha256(survey_gpkg))
    row = next(e.row for e in read_log_file(export) if e.key() == key)
    with pytest.raises(QgsProcessingException) as raised:
        _run_checks(survey_gpkg, sample_dir, EXPORT_FILE=str(export))
    assert str(raised.value).startswith(
        f"The export file {export} holds 1 decision that differs from the cleaning log of {survey_gpkg} (first: row "
        f"{row}, {key[0]}, {key[1]}: 'change_response 9' in the file, 'change_response 12' in the log). Nothing was "
        "written: make them agree, or export to another file."
    )
    assert (_sha256(export), _sha256(survey_gpkg)) == before


def test_an_export_that_is_no_log_is_not_replaced(cartong_provider, survey_gpkg, sample_dir, tmp_path):
    export = tmp_path / "notes.csv"
    export.write_text("name,remark\nAmina,call back\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"notes\.csv may hold decisions of the field teams: it was not"):
        _run_checks(survey_gpkg, sample_dir, EXPORT_FILE=str(export))
    assert export.read_text(encoding="utf-8") == "name,remark\nAmina,call back\n"


def test_progress_names_each_check_as_the_user_reads_it(cartong_provider, survey_gpkg, sample_dir):
    """The progress said "Check: duplicates" (the internal id) in every language (attack8-lang finding 9)."""
    from tests.field_data import RecordingFeedback

    survey, admin = _layers(survey_gpkg, sample_dir)
    feedback = RecordingFeedback()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:runchecks")
    _results, ok = QgsProcessingAlgorithm.run(
        algorithm, {"INPUT": survey, "ADMIN": admin}, QgsProcessingContext(), feedback, {}, False
    )
    assert ok
    said = [line for line in feedback.infos if line.startswith("Check: ")]
    assert "Check: Duplicates" in said and "Check: Typed admin names" in said
    assert not any(line in said for line in ("Check: duplicates", "Check: admin_names"))
