# SPDX-License-Identifier: GPL-3.0-or-later
"""All checks on the sample survey (every planted fault found by its check, no alarm on clean rows)
and on REACH's real Iraq water survey compared with REACH's own cleaning log."""

from __future__ import annotations

from collections import defaultdict

import pytest
from checks_sample import REACH, read_faults, read_reach_survey, read_sample_survey, sample_config

from cartong_plugin.core.cleaning.checks import ChecksConfig, run_checks
from cartong_plugin.core.cleaning.log_files import read_log_file
from cartong_plugin.core.survey.xlsform import read_xlsform

EXPECTED_CHECK = {
    "duplicate_uuid": "duplicates.uuid",
    "gps_zero": "gps.zero",
    "gps_swapped": "gps.swapped",
    "gps_missing": "gps.missing",
    "gps_outside_country": "gps.outside_area",
    "gps_low_precision": "gps.precision",
    "gps_admin_mismatch": "gps.admin_mismatch",
    "outlier_hh_size": "outliers.constraint",
    "outlier_head_age": "outliers.constraint",
    "outlier_income": "outliers.statistical",
    "duration_short": "durations.too_short",
    "duration_negative": "durations.negative",
    "duration_long": "durations.too_long",
    "outside_period": "durations.outside_period",
    "other_answer": "other_answers.recode",
    "admin_name_misspelled": "admin_names.match",
    "device_burst": "durations.burst",
}


@pytest.fixture(scope="module")
def sample_run(sample_dir):
    df = read_sample_survey(sample_dir)
    form = read_xlsform(sample_dir / "household_survey_form.xlsx")
    entries = run_checks(df, form, sample_config(sample_dir))
    found = defaultdict(set)
    for entry in entries:
        found[entry.uuid].add(entry.check_id)
    return df, entries, found


def test_every_planted_fault_is_found_by_its_check(sample_dir, sample_run):
    _, _, found = sample_run
    faults = read_faults(sample_dir)
    assert {f["fault"] for f in faults} == set(EXPECTED_CHECK)  # a new kind of fault needs a check here
    missed = [
        (f["uuid"], f["fault"], sorted(found.get(f["uuid"], ())))
        for f in faults
        if found.get(f["uuid"]) != {EXPECTED_CHECK[f["fault"]]}
    ]
    assert missed == []


def test_outlier_faults_name_the_faulty_question(sample_dir, sample_run):
    _, entries, _ = sample_run
    fields = {f["uuid"]: f["field"] for f in read_faults(sample_dir) if f["fault"].startswith("outlier")}
    assert {(e.uuid, e.question) for e in entries if e.uuid in fields} == set(fields.items())


def test_clean_rows_raise_no_alarm(sample_dir, sample_run):
    df, entries, _ = sample_run
    faulty = {f["uuid"] for f in read_faults(sample_dir)}
    refused = set(df.loc[df["consent"] == "no", "_uuid"])  # no fault, but a row each (next test)
    assert [(e.uuid, e.check_id, e.old_value) for e in entries if e.uuid not in faulty | refused] == []


def test_each_refusal_raises_one_row_suggesting_its_removal_and_nothing_else(sample_run):
    df, entries, _ = sample_run
    refused = set(df.loc[df["consent"] == "no", "_uuid"])
    rows = [e for e in entries if e.uuid in refused]
    assert len(refused) == 4 and sorted(e.uuid for e in rows) == sorted(refused)  # not too short: refusals
    assert {(e.check_id, e.question, e.old_value, e.change_type, e.issue) for e in rows} == {
        ("durations.no_consent", "consent", "no", "pending", "consent refused")
    }
    assert all("remove_survey" in e.explanation for e in rows)


def test_misspelt_admin_names_get_the_official_name_of_the_answered_pcode(sample_dir, sample_run):
    df, entries, _ = sample_run
    names = {p.pcode: p.name for p in sample_config(sample_dir).gazetteer}
    answered = dict(zip(df["_uuid"], df["admin2"]))
    suggestions = [(e.new_value, names[answered[e.uuid]]) for e in entries if e.check_id == "admin_names.match"]
    assert len(suggestions) == 11 and all(new == official for new, official in suggestions)


def test_swapped_points_are_suggested_back_into_the_answered_area(sample_dir, sample_run):
    df, entries, _ = sample_run
    areas = sample_config(sample_dir).admin_areas
    new = defaultdict(dict)
    for e in entries:
        if e.check_id == "gps.swapped":
            new[e.uuid][e.question] = float(e.new_value)
    answered = dict(zip(df["_uuid"], df["admin2"]))
    for uuid, coords in new.items():
        code = areas.locate([coords["_location_longitude"]], [coords["_location_latitude"]])[0]
        assert code == answered[uuid]


# -- REACH's real data --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reach_run(real_data_dir):
    df = read_reach_survey(real_data_dir)
    form = read_xlsform(real_data_dir / REACH / "data-raw" / "form.xlsx")
    log = read_log_file(real_data_dir / REACH / "inst/impact_cleaning_template/outputs/cleaning_log_filled.csv")
    return df, form, run_checks(df, form, ChecksConfig()), log


def test_reach_other_answers_are_those_reach_recoded(reach_run):
    _, _, entries, log = reach_run
    ours = {(e.uuid, e.question) for e in entries if e.check_id == "other_answers.recode"}
    theirs = {(e.uuid, e.question) for e in log if e.issue == "recode other"}
    assert len(ours) >= 50 and ours <= theirs


def test_reach_long_interviews_are_in_reach_duration_flags(reach_run):
    _, _, entries, log = reach_run
    ours = {e.uuid for e in entries if e.check_id == "durations.too_long"}
    theirs = {e.uuid for e in log if e.question == "duration"}
    assert len(ours) >= 50 and ours <= theirs


def test_reach_missing_answers_are_only_raised_where_the_question_was_relevant(reach_run):
    df, _, entries, _ = reach_run
    flagged = [e for e in entries if e.check_id == "missing.required" and e.question == "spend_piped"]
    sources = dict(zip(df["_uuid"], df["water_sources"].fillna("")))
    assert flagged and all("piped" in sources[e.uuid].split() for e in flagged)
    assert all(e.old_value == "" for e in entries if e.check_id == "missing.required")
