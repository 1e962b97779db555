# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog with a log file while the survey's own cleaning log holds other decisions (found by
an outside test of the whole data cycle): the field team's remove_survey, merged into the GeoPackage's
cleaning_log, was silently ignored when the reviewer's sheet, which still said pending, was applied. The rows
decided otherwise are named, and only those."""

from __future__ import annotations

import shutil
from dataclasses import replace

from cartong_plugin.core.cleaning.log_files import export_log, read_log_file, read_log_from_gpkg, write_log_to_gpkg
from tests.field_data import RecordingFeedback
from tests.field_data import apply_cleaning_log as _apply


def _other(warnings):
    return [w for w in warnings if "decided otherwise in the survey's own cleaning log" in w]


def test_decisions_of_the_surveys_own_log_that_the_sheet_does_not_hold_are_named(
    cartong_provider, checked_survey, tmp_path
):
    gpkg = shutil.copy(checked_survey, tmp_path / "survey.gpkg")
    sheet = export_log(read_log_from_gpkg(gpkg), tmp_path / "sheet.csv")  # the reviewer's sheet, all pending
    rows = read_log_file(sheet)
    short = [e for e in rows if e.check_id == "durations.too_short"][:2]
    same, sheet_only = [e for e in rows if e.check_id == "duplicates.uuid"][:2]
    # the field team decides two rows, merged into the GeoPackage's log; one decision is in both logs
    field = {e.key(): replace(e, change_type="remove_survey", who="team_a") for e in [*short, same]}
    write_log_to_gpkg([field.get(e.key(), e) for e in read_log_from_gpkg(gpkg)], gpkg)
    decided = {same.key(), sheet_only.key()}  # the reviewer decides in the sheet
    export_log([replace(e, change_type="remove_survey") if e.key() in decided else e for e in rows], sheet)
    feedback = RecordingFeedback()
    result = _apply(gpkg, sheet, tmp_path / "clean.gpkg", feedback)
    assert result["REMOVED_SUBMISSIONS"] == 2  # the sheet's decisions: the field's are not applied
    listed = "; ".join(
        f"row {e.row} ({e.uuid}, duration, durations.too_short): pending in the file, remove_survey in the "
        "survey's log (by team_a)"
        for e in short
    )
    assert _other(feedback.warnings) == [
        "2 rows of the cleaning log sheet.csv are decided otherwise in the survey's own cleaning log survey.gpkg "
        f"(cleaning_log), which is not applied when a log file is chosen: {listed}. Bring the decisions together "
        "in one log and apply it again."
    ]
    # the survey's own log applied (no log file): nothing to compare
    feedback = RecordingFeedback()
    _apply(gpkg, gpkg, tmp_path / "own.gpkg", feedback)
    assert _other(feedback.warnings) == []
