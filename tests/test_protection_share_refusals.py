# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing never shares a household that refused consent, and says how many it left out.

Found by an attack on the data cycle (attack16b, finding 3): with its defaults, the export shared the 4
refusals of the sample (consent = no: no other answer, but a moved point, a village, an admin area, a
start time and an enumerator), and counted them by area, without a word. A household that refused did not
agree to where it lives being kept or shared: the refusals are left out of the records and of the counts,
the README and the table cartong_protection say how many, and so does the run. The consent question is
found as the checks find it: the form the import kept (its choice coded 1 and labelled "No"), or the
column under its group in the raw table.
"""

from __future__ import annotations

import csv
import sqlite3
from collections import Counter
from contextlib import closing

import processing
import pytest

from tests.field_data import SAMPLE_ADMIN, RecordingFeedback, import_sample
from tests.protection_data import import_for_sharing
from tests.xlsform_files import write_form

SENTENCE = "4 submissions refused consent ({column}): they were left out of the shared file."


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    return import_sample(tmp_path_factory.mktemp("refusals") / "s.gpkg")


def _rows(gpkg, query, *arguments) -> list:
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(query, arguments).fetchall()


def _share(gpkg, output, **parameters):
    feedback = RecordingFeedback()
    parameters = {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": str(output), **parameters}
    return processing.run("cartong:exportforsharing", parameters, feedback=feedback), feedback


def _step(shared) -> list:
    return _rows(shared, "SELECT columns, rows_affected FROM cartong_protection WHERE action = 'leave_out_refusals'")


def test_refusals_are_left_out_of_the_shared_points_and_said(cartong_provider, survey, tmp_path):
    refused = {row[0] for row in _rows(survey, "SELECT _uuid FROM survey WHERE consent = 'no'")}

    result, feedback = _share(survey, tmp_path / "shared.gpkg")

    shared = [row[0] for row in _rows(result["OUTPUT"], "SELECT _uuid FROM shared_survey")]
    assert len(refused) == 4 and not refused & set(shared)
    assert result["ROWS"] == len(shared) == 416  # the 420 submissions received but the refusals
    assert _rows(result["OUTPUT"], "SELECT count(*) FROM shared_survey WHERE consent = 'no'") == [(0,)]
    assert _step(result["OUTPUT"]) == [("consent", 4)]
    readme = (tmp_path / "shared.gpkg.README.txt").read_text(encoding="utf-8")
    assert "Rows: 416." in readme
    assert "Submissions whose answer to consent refused consent left out: 4." in readme
    assert "Soumissions dont la réponse à consent refuse le consentement écartées : 4." in readme
    assert SENTENCE.format(column="consent") in feedback.infos


def test_refusals_of_the_raw_table_are_left_out_too(cartong_provider, survey, tmp_path):
    result, feedback = _share(survey, tmp_path / "raw.csv", INPUT=f"{survey}|layername=raw_survey")

    with open(tmp_path / "raw.csv", encoding="utf-8-sig", newline="") as handle:
        answers = Counter(row["identification/consent"] for row in csv.DictReader(handle))
    assert result["ROWS"] == 416 and answers == {"yes": 416}
    assert SENTENCE.format(column="identification/consent") in feedback.infos


def test_refusals_are_not_counted_by_area(cartong_provider, survey, tmp_path):
    refused = dict(_rows(survey, "SELECT _uuid, admin2 FROM survey WHERE consent = 'no'"))
    received = Counter(row[0] for row in _rows(survey, "SELECT admin2 FROM survey"))

    result, _ = _share(
        survey,
        tmp_path / "counts.gpkg",
        LOCATION_MODE=2,
        AREA_FIELD="admin2",
        K=2,
        BOUNDARIES=f"{SAMPLE_ADMIN}|layername=admin2",
    )

    totals = dict(_rows(result["OUTPUT"], "SELECT area_code, total FROM shared_counts WHERE total IS NOT NULL"))
    shown = [area for area in set(refused.values()) if area in totals]
    assert shown  # an area holding a refusal is counted without it
    for area in shown:
        assert totals[area] == received[area] - list(refused.values()).count(area)
    assert _step(result["OUTPUT"]) == [("consent", 4)]


def test_a_refusal_coded_1_and_labelled_no_in_the_stored_form_is_left_out(cartong_provider, tmp_path):
    form = write_form(
        tmp_path / "form.xlsx",
        [["type", "name", "label"], ["select_one agree", "consent", "Do you agree?"], ["integer", "hh_size", "Size"]],
        [["list_name", "name", "label"], ["agree", "1", "No"], ["agree", "2", "Yes"]],
    )
    export = tmp_path / "export.csv"
    answers = ["2", "1", "2", "2", "1", "2"]
    lines = ["consent;hh_size;_uuid"] + [f"{a};{3 if a == '2' else ''};u{n}" for n, a in enumerate(answers)]
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gpkg = import_for_sharing(export, tmp_path / "coded.gpkg", form)

    result, _ = _share(gpkg, tmp_path / "shared.gpkg")

    assert [row[0] for row in _rows(result["OUTPUT"], "SELECT _uuid FROM shared_survey ORDER BY fid")] == [
        "u0",
        "u2",
        "u3",
        "u5",
    ]
    assert _step(result["OUTPUT"]) == [("consent", 2)]
