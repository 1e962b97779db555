# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing leaves out the repeat rows of a household that refused consent, and says so.

Found by a review of the sharing path: the survey table shared left out the refusals, but the members table
shared by itself kept every row of a household that refused (its roster, its members' visits), without a
word. A repeat row is now judged by its submission's answer, with the survey's rule (the stored form's
choice coded 1 and labelled "No"), through the relations the import recorded (Kobo ``_parent_index``,
ODK ``PARENT_KEY``, nested repeats), or its ``_submission__uuid`` for a raw table; a repeat CSV shared
alone is shared as before, with a warning that its refusals could not be checked.
"""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from contextlib import closing

import processing

from tests.field_data import RecordingFeedback
from tests.real_imports import import_with_messages
from tests.xlsform_files import write_form, write_workbook

HOUSEHOLDS = [
    ["consent", "hname", "_id", "_uuid", "_index"],
    ["2", "Alice", "101", "u-a", "1"],
    ["1", "Bob", "102", "u-b", "2"],  # 1 is "No" in the form: Bob's household refused
    ["2", "Carol", "103", "u-c", "3"],
]
MEMBERS = [
    ["member_age", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"],
    ["31", "1", "household", "1", "u-a"],
    ["12", "2", "household", "2", "u-b"],
    ["45", "3", "household", "2", "u-b"],
    ["8", "4", "household", "3", "u-c"],
]
VISITS = [  # as older Kobo exports wrote a nested repeat: its parent row only, no _submission__uuid
    ["vdate", "_index", "_parent_table_name", "_parent_index"],
    ["2024-02-01", "1", "members", "1"],
    ["2024-02-02", "2", "members", "2"],
    ["2024-02-03", "3", "members", "3"],
    ["2024-02-04", "4", "members", "4"],
]
FORM = [
    ["type", "name", "label"],
    ["select_one agree", "consent", "Do you agree?"],
    ["text", "hname", "Head"],
    ["begin_repeat", "members", "Members"],
    ["integer", "member_age", "Age"],
    ["begin_repeat", "visits", "Visits"],
    ["date", "vdate", "Date"],
    ["end_repeat", "", ""],
    ["end_repeat", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["agree", "1", "No"], ["agree", "2", "Yes"]]


def _kobo(tmp_path):
    export = write_workbook(tmp_path / "export.xlsx", {"household": HOUSEHOLDS, "members": MEMBERS, "visits": VISITS})
    form = write_form(tmp_path / "form.xlsx", FORM, CHOICES, [["form_title"], ["household"]])
    gpkg = tmp_path / "kobo.gpkg"
    import_with_messages(export, gpkg, form)
    return gpkg


def _share(layer, output):
    feedback = RecordingFeedback()
    result = processing.run("cartong:exportforsharing", {"INPUT": layer, "OUTPUT": str(output)}, feedback=feedback)
    return result, feedback


def _rows(gpkg, query) -> list:
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(query).fetchall()


def _said(rows: int, column: str = "consent", table: str = "survey") -> str:
    return (
        f"{rows} rows belong to submissions that refused consent ({column} in the table {table}): they were left "
        "out of the shared file."
    )


def test_members_of_a_household_that_refused_are_left_out_and_said(cartong_provider, tmp_path):
    gpkg = _kobo(tmp_path)
    assert _rows(gpkg, "SELECT count(*) FROM members") == [(4,)]

    result, feedback = _share(f"{gpkg}|layername=members", tmp_path / "members.gpkg")

    assert _rows(result["OUTPUT"], "SELECT member_age FROM shared_survey ORDER BY fid") == [(31,), (8,)]
    assert result["ROWS"] == 2
    assert _rows(
        result["OUTPUT"],
        "SELECT columns, rows_affected, parameters FROM cartong_protection WHERE action LIKE '%refus%'",
    ) == [("consent", 2, '{"table": "survey"}')]
    readme = (tmp_path / "members.gpkg.README.txt").read_text(encoding="utf-8")
    assert "Rows of submissions whose answer to consent in the table survey refused consent left out: 2." in readme
    assert "dans la table survey refuse le consentement écartées : 2." in readme
    assert _said(2) in feedback.infos
    assert not feedback.warnings


def test_a_nested_repeat_row_of_a_household_that_refused_is_left_out(cartong_provider, tmp_path):
    gpkg = _kobo(tmp_path)

    result, feedback = _share(f"{gpkg}|layername=visits", tmp_path / "visits.csv")

    with open(tmp_path / "visits.csv", encoding="utf-8-sig", newline="") as handle:
        shared = [row["vdate"] for row in csv.DictReader(handle)]
    assert shared == ["2024-02-01", "2024-02-04"]
    assert _said(2) in feedback.infos


def test_the_raw_members_table_is_checked_by_its_submission_uuid(cartong_provider, tmp_path):
    gpkg = _kobo(tmp_path)

    result, feedback = _share(f"{gpkg}|layername=raw_members", tmp_path / "raw.gpkg")

    assert _rows(result["OUTPUT"], "SELECT member_age FROM shared_survey ORDER BY fid") == [("31",), ("8",)]
    assert _said(2, table="raw_survey") in feedback.infos


def _central(tmp_path):
    data = tmp_path / "hh.zip"
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr(
            "hh.csv", "SubmissionDate,consent,name,KEY\n2024-01-01,yes,Alice,uuid:aaa\n2024-01-02,no,Bob,uuid:bbb\n"
        )
        archive.writestr(
            "hh-members.csv",
            "age,PARENT_KEY,KEY\n31,uuid:aaa,uuid:aaa/members[1]\n12,uuid:bbb,uuid:bbb/members[1]\n",
        )
        archive.writestr(
            "hh-visits.csv",
            "vdate,PARENT_KEY,KEY\n2024-02-01,uuid:aaa/members[1],uuid:aaa/members[1]/visits[1]\n"
            "2024-02-03,uuid:bbb/members[1],uuid:bbb/members[1]/visits[1]\n"
            "2024-02-04,uuid:bbb/members[1],uuid:bbb/members[1]/visits[2]\n",
        )
    gpkg = tmp_path / "central.gpkg"
    import_with_messages(data, gpkg)
    return gpkg


def test_odk_visits_of_a_household_that_refused_are_left_out_by_their_keys(cartong_provider, tmp_path):
    gpkg = _central(tmp_path)

    result, feedback = _share(f"{gpkg}|layername=visits", tmp_path / "visits.gpkg")
    raw, raw_feedback = _share(f"{gpkg}|layername=raw_visits", tmp_path / "raw_visits.gpkg")

    assert _rows(result["OUTPUT"], "SELECT vdate FROM shared_survey") == [("2024-02-01",)]
    assert _said(2) in feedback.infos
    assert len(_rows(raw["OUTPUT"], "SELECT * FROM shared_survey")) == 1
    assert _said(2, table="raw_survey") in raw_feedback.infos


def test_a_repeat_csv_alone_is_shared_with_a_warning_that_refusals_were_not_checked(cartong_provider, tmp_path):
    members = tmp_path / "members.csv"
    members.write_text("\n".join(",".join(row) for row in MEMBERS) + "\n", encoding="utf-8")

    result, feedback = _share(str(members), tmp_path / "shared.csv")

    assert result["ROWS"] == 4  # shared as before: nothing tells which household refused
    assert (
        "members holds rows of submissions (a repeat table) whose survey table was not found beside it: whether "
        "their households refused consent could not be checked, and rows of refusals may be shared. Share the "
        "table from the GeoPackage the survey was imported into to leave them out."
    ) in feedback.warnings
    readme = (tmp_path / "shared.csv.README.txt").read_text(encoding="utf-8")
    assert "WARNING: the survey table of the submissions these rows belong to was not found beside members" in readme
