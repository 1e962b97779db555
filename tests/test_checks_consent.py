# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks raises one cleaning-log row per household that refused consent, suggesting its removal.

Found by an attack on the data cycle (attack16b, finding 3): the 4 refusals of the sample (no other answer,
but a GPS point, a village, an admin area, a start time and an enumerator) raised no row, though the checks
knew the consent question (they spare refusals the too-short check). REACH's own logs remove such surveys.
The consent question and its refusals are found as the too-short check finds them: by the form (the
question the groups' relevant depends on, its choice coded 1 and labelled "No"/"Non"), or in a raw
export read without its form (``identification/consent``).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import processing

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg
from tests.field_data import SAMPLE, RecordingFeedback, import_sample
from tests.xlsform_files import write_form

DURATIONS = 4  # index in runchecks' CHECKS enum


def _refusal_rows(gpkg):
    return [e for e in read_log_from_gpkg(gpkg) if e.check_id == "durations.no_consent"]


def _checks(layer, target, **parameters):
    parameters = {"INPUT": layer, "CHECKS": [DURATIONS], "OUTPUT_GPKG": str(target), **parameters}
    return processing.run("cartong:runchecks", parameters, feedback=RecordingFeedback())


def test_each_refusal_of_the_sample_gets_a_pending_row_suggesting_its_removal(cartong_provider, tmp_path):
    gpkg = import_sample(tmp_path / "s.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        refused = {row[0] for row in db.execute("SELECT _uuid FROM survey WHERE consent = 'no'")}

    result = _checks(f"{gpkg}|layername=survey", gpkg, FORM=str(SAMPLE / "household_survey_form.xlsx"))

    rows = _refusal_rows(gpkg)
    assert len(refused) == 4 and {e.uuid for e in rows} == refused and len(rows) == 4
    assert {(e.question, e.old_value, e.issue, e.change_type) for e in rows} == {
        ("consent", "no", "consent refused", "pending")
    }
    assert rows[0].explanation == (
        "The household refused consent: it gave no other answer, but the submission keeps its location, area, "
        "time and enumerator, which it did not agree to share. Choose remove_survey to leave it out of the "
        "cleaned data, or no_action to keep it."
    )
    assert not [e for e in read_log_from_gpkg(gpkg) if e.uuid in refused and e.check_id != "durations.no_consent"]
    assert result["DURATIONS"] == len([e for e in read_log_from_gpkg(gpkg) if e.check_id.startswith("durations.")])


def test_a_raw_export_read_without_its_form_finds_the_refusals_under_their_group(cartong_provider, tmp_path):
    target = tmp_path / "log.gpkg"
    _checks(str(SAMPLE / "household_survey_kobo.csv"), target)

    rows = _refusal_rows(target)
    assert [(e.question, e.old_value) for e in rows] == [("identification/consent", "no")] * 4
    too_short = {e.uuid for e in read_log_from_gpkg(target) if e.check_id == "durations.too_short"}
    assert not too_short & {e.uuid for e in rows}  # spared the too-short check as in the imported survey


def test_a_refusal_coded_as_the_form_codes_it_is_found(cartong_provider, tmp_path):
    """ONA and ODK forms often code the answers 1 and 2: the form's label (No, Non) tells which one refuses."""
    form = write_form(
        tmp_path / "form.xlsx",
        [
            ["type", "name", "label::English (en)", "label::Français (fr)", "relevant"],
            ["start", "start", "", "", ""],
            ["end", "end", "", "", ""],
            ["select_one agree", "consent", "Do you agree?", "Acceptez-vous ?", ""],
            ["begin group", "household", "Household", "Ménage", "${consent} = '2'"],
            ["integer", "hh_size", "Size", "Taille", ""],
            ["end group", "", "", "", ""],
        ],
        [
            ["list_name", "name", "label::English (en)", "label::Français (fr)"],
            ["agree", "1", "No", "Non"],
            ["agree", "2", "Yes", "Oui"],
        ],
    )
    export = tmp_path / "export.csv"
    lines = ["start;end;consent;household/hh_size;_uuid"]
    for number, answer in enumerate(["2", "1", "2", "1"]):
        size = "4" if answer == "2" else ""
        lines.append(f"2026-03-02T08:00:00+01:00;2026-03-02T08:30:00+01:00;{answer};{size};u{number}")
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "log.gpkg"

    _checks(str(export), target, FORM=str(form))

    assert [(e.uuid, e.question, e.old_value) for e in _refusal_rows(target)] == [
        ("u1", "consent", "1"),
        ("u3", "consent", "1"),
    ]
