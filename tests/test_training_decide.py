# SPDX-License-Identifier: GPL-3.0-or-later
"""The "decide on a cleaning log line" step ticks when the decision is taken the way the help teaches too:
the log exported to a spreadsheet, decided there, and applied with cartong:applycleaninglog (a cleaned
layer with a row removed or changed). A log applied without a decision, or a copy of the survey, does not."""

from __future__ import annotations

import csv

import pytest

from cartong_plugin.core.learning.training import TrainingSession
from tests.test_training import _run_algorithm

pytestmark = pytest.mark.usefixtures("collect_cycles")


@pytest.fixture()
def checked(tmp_path, sample_dir, cartong_provider) -> TrainingSession:
    """Imported and checked, the log exported to outputs/cleaning_log.csv for the field team."""
    session = TrainingSession.start(tmp_path / "training", sample=sample_dir)
    survey = session.output_dir / "survey.gpkg"
    _run_algorithm(
        "cartong:importsurvey",
        {
            "DATA": str(session.data_dir / "household_survey_kobo.csv"),
            "FORM": str(session.data_dir / "household_survey_form.xlsx"),
            "OUTPUT": str(survey),
        },
    )
    _run_algorithm(
        "cartong:runchecks",
        {
            "INPUT": f"{survey}|layername=survey",
            "FORM": str(session.data_dir / "household_survey_form.xlsx"),
            "ADMIN": f"{session.data_dir / 'admin_boundaries.gpkg'}|layername=admin2",
            "EXPORT_FILE": str(session.output_dir / "cleaning_log.csv"),
        },
    )
    assert set(session.evaluate()) == {"import_survey", "raw_kept", "run_checks"}
    return session


def _decided(session: TrainingSession, check_id: str, **decision) -> str:
    """outputs/cleaning_log_decided.csv: the first row of ``check_id`` decided and signed in the sheet."""
    with open(session.output_dir / "cleaning_log.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    row = next(r for r in rows if r["check_id"] == check_id)
    row.update(decision, who="Amina (trainee)")
    target = session.output_dir / "cleaning_log_decided.csv"
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return str(target)


def _apply(session: TrainingSession, log: str) -> dict:
    return _run_algorithm(
        "cartong:applycleaninglog",
        {
            "INPUT": f"{session.output_dir / 'survey.gpkg'}|layername=survey",
            "LOG": log,
            "OUTPUT": str(session.output_dir / "clean.gpkg"),
        },
    )


@pytest.mark.parametrize(
    "check_id, decision, result",
    [
        ("duplicates.uuid", {"change_type": "remove_survey"}, "REMOVED_SUBMISSIONS"),
        ("outliers.constraint", {"change_type": "change_response", "new_value": "9"}, "CHANGED_VALUES"),
    ],
)
def test_a_log_decided_in_the_spreadsheet_and_applied_ticks_the_step(checked, check_id, decision, result):
    applied = _apply(checked, _decided(checked, check_id, **decision))
    assert applied[result] == 1
    assert checked.evaluate() == ["decide"]


def test_a_log_applied_without_any_decision_does_not_tick(checked):
    applied = _apply(checked, str(checked.output_dir / "cleaning_log.csv"))
    assert applied["REMOVED_SUBMISSIONS"] == 0 and applied["CHANGED_VALUES"] == 0
    assert (checked.output_dir / "clean.gpkg").is_file()
    assert checked.evaluate() == []


def test_a_second_import_of_the_survey_is_no_decision(checked):
    """Labels in another language make other values, but the table is the survey, not a cleaned layer."""
    _run_algorithm(
        "cartong:importsurvey",
        {
            "DATA": str(checked.data_dir / "household_survey_kobo.csv"),
            "FORM": str(checked.data_dir / "household_survey_form.xlsx"),
            "LANGUAGE": "Français (fr)",
            "OUTPUT": str(checked.output_dir / "survey_fr.gpkg"),
        },
    )
    assert checked.evaluate() == []
