# SPDX-License-Identifier: GPL-3.0-or-later
"""A repeat's columns are its own questions, through cartong:importsurvey.

Kobo XLSX exports without group headers and ODK Central's repeat CSVs write a repeat question's name
bare or relative to the repeat. The repeat's ``status`` (select_one ``marital``) was typed and
labelled as the main question ``status`` (select_one ``shelter``): 2 became "Rented" instead of
"Married", with no warning since the codes exist in both lists; its ``age`` (select_one ``agegrp``)
became the main question's integer, without labels.
"""

from __future__ import annotations

import zipfile

import pytest

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form, write_workbook

MAIN = [["select_one shelter", "status", "Shelter status"], ["integer", "age", "Respondent age (years)"]]
MEMBERS = [
    ["begin repeat", "members", "Household members"],
    ["text", "mname", "Member name"],
    ["select_one marital", "status", "Marital status"],
    ["begin group", "details", "Details"],  # a group nested in the repeat: still the repeat's question
    ["select_one agegrp", "age", "Age group"],
    ["end group", "", ""],
    ["end repeat", "", ""],
]
CHOICES = [
    ["list_name", "name", "label"],
    *[["shelter", code, label] for code, label in (("1", "Owned"), ("2", "Rented"), ("3", "Collective centre"))],
    *[["marital", code, label] for code, label in (("1", "Single"), ("2", "Married"), ("3", "Widowed"))],
    *[["agegrp", code, label] for code, label in (("1", "0-4"), ("2", "5-17"), ("3", "18-59"), ("4", "60+"))],
]


def _form(path, main_first: bool):
    """The form, the main questions before the repeat (the repeat's columns took them) or after it
    (the main table's columns took the repeat's, which came first)."""
    rows = MAIN + MEMBERS if main_first else MEMBERS + MAIN
    settings = [["form_id", "form_title"], ["t11", "Household survey"]]
    return write_form(path, [["type", "name", "label"], *rows], CHOICES, settings)


def _typed_members(gpkg):
    return query(gpkg, "SELECT mname, status, status_label, age, age_label FROM members ORDER BY fid")


@pytest.mark.parametrize("main_first", [True, False])
def test_kobo_xlsx_repeat_sheet_without_group_headers_takes_its_own_questions(cartong_provider, tmp_path, main_first):
    export = write_workbook(
        tmp_path / "export.xlsx",
        {
            "Household survey": [["status", "age", "_id", "_uuid", "_index"], ["1", "34", "1", "u1", "1"]],
            "members": [
                ["mname", "status", "age", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"],
                ["Ann", "2", "3", "1", "Household survey", "1", "u1"],
                ["Kid", "1", "1", "2", "Household survey", "1", "u1"],
            ],
        },
    )
    gpkg = tmp_path / "out.gpkg"
    import_with_messages(export, gpkg, _form(tmp_path / "form.xlsx", main_first))
    assert _typed_members(gpkg) == [("Ann", "2", "Married", "3", "18-59"), ("Kid", "1", "Single", "1", "0-4")]
    assert query(gpkg, "SELECT status, status_label, age FROM survey") == [("1", "Owned", 34)]


def test_odk_central_repeat_csv_relative_to_the_repeat_takes_its_own_questions(cartong_provider, tmp_path):
    """ODK Central writes ``status`` and ``details-age`` in t11-members.csv, not ``members-status``."""
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("t11.csv", "SubmissionDate,status,age,meta-instanceID,KEY\n2024-01-01,1,34,uuid:a,uuid:a\n")
        archive.writestr(
            "t11-members.csv",
            "mname,status,details-age,PARENT_KEY,KEY\n"
            "Ann,2,3,uuid:a,uuid:a/members[1]\nKid,1,1,uuid:a,uuid:a/members[2]\n",
        )
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg, _form(tmp_path / "form.xlsx", True))
    assert _typed_members(gpkg) == [("Ann", "2", "Married", "3", "18-59"), ("Kid", "1", "Single", "1", "0-4")]
    assert not [w for w in warnings if "not in the form" in w]


def test_a_name_several_questions_of_other_levels_share_is_not_guessed(cartong_provider, tmp_path):
    """A repeat sheet the form does not know: its ``status`` could be either question; it stays text."""
    export = write_workbook(
        tmp_path / "export.xlsx",
        {
            "Household survey": [["status", "_index"], ["1", "1"]],
            "visitors": [
                ["status", "_index", "_parent_table_name", "_parent_index"],
                ["2", "1", "Household survey", "1"],
            ],
        },
    )
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg, _form(tmp_path / "form.xlsx", True))
    assert [r[1] for r in query(gpkg, "PRAGMA table_info(visitors)")] == ["fid", "status", "_index"] + [
        "_parent_table_name",
        "_parent_index",
    ]
    assert query(gpkg, "SELECT status FROM visitors") == [("2",)]
    assert any("visitors" in w and "status" in w for w in warnings)
