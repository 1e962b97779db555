# SPDX-License-Identifier: GPL-3.0-or-later
"""Cascading selects (county -> sub-county) whose lists hold one choice name under two parents, through
cartong:importsurvey.

The label of such an answer is the one of the choice row the filter picks with the parent's answer.
It was left empty when the parent question was asked in the household while the sub-county was asked
in a repeat, and when the filter was written ``${county}=county`` or carried another term
(``and name != 'other'``). A filter whose meaning is not read (an ``or``) still leaves it empty, said.
"""

from __future__ import annotations

import pytest

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form, write_workbook

CHOICES = [
    ["list_name", "name", "label", "county"],
    ["county", "nairobi", "Nairobi", ""],
    ["county", "mombasa", "Mombasa", ""],
    ["sub", "central", "Central (Nairobi)", "nairobi"],
    ["sub", "westlands", "Westlands", "nairobi"],
    ["sub", "central", "Central (Mombasa)", "mombasa"],
    ["sub", "kisauni", "Kisauni", "mombasa"],
]
SETTINGS = [["form_id", "allow_choice_duplicates"], ["cascade", "yes"]]


def _form(path, choice_filter="county=${county}", in_repeat=False):
    sub = ["select_one sub", "work_sub_county", "Sub-county of work", choice_filter]
    rows = [["begin repeat", "members", "Members", ""], sub, ["end repeat", "", "", ""]] if in_repeat else [sub]
    survey = [["type", "name", "label", "choice_filter"], ["select_one county", "county", "County", ""], *rows]
    return write_form(path, survey, CHOICES, SETTINGS)


def test_a_repeat_question_filtered_by_the_households_answer_gets_the_label_of_its_county(cartong_provider, tmp_path):
    export = write_workbook(
        tmp_path / "export.xlsx",
        {
            "Cascade": [["county", "_id", "_uuid", "_index"], ["nairobi", "1", "u1", "1"], ["mombasa", "2", "u2", "2"]],
            "members": [
                ["members/work_sub_county", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"],
                ["central", "1", "Cascade", "2", "u2"],
                ["central", "2", "Cascade", "1", "u1"],
                ["kisauni", "3", "Cascade", "2", "u2"],
            ],
        },
    )
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg, _form(tmp_path / "form.xlsx", in_repeat=True))
    assert query(gpkg, "SELECT work_sub_county, work_sub_county_label FROM members ORDER BY fid") == [
        ("central", "Central (Mombasa)"),
        ("central", "Central (Nairobi)"),
        ("kisauni", "Kisauni"),
    ]
    assert not [w for w in warnings if "several choices of the same name" in w]


@pytest.mark.parametrize("choice_filter", ["${county}=county", "county=${county} and name != 'other'"])
def test_a_filter_naming_the_question_first_or_with_another_term_is_read(cartong_provider, tmp_path, choice_filter):
    data = tmp_path / "export.csv"
    data.write_text("county,work_sub_county,_uuid\nnairobi,central,u1\nmombasa,central,u2\n", encoding="utf-8")
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, gpkg, _form(tmp_path / "form.xlsx", choice_filter))
    assert query(gpkg, "SELECT work_sub_county_label FROM survey ORDER BY fid") == [
        ("Central (Nairobi)",),
        ("Central (Mombasa)",),
    ]
    assert not [w for w in warnings if "several choices of the same name" in w]


def test_a_filter_whose_choice_is_not_certain_leaves_the_label_empty_and_says_so(cartong_provider, tmp_path):
    """With an ``or``, the filter may have shown both Centrals: no label is picked."""
    data = tmp_path / "export.csv"
    data.write_text("county,work_sub_county,_uuid\nnairobi,central,u1\nnairobi,westlands,u2\n", encoding="utf-8")
    gpkg = tmp_path / "out.gpkg"
    form = _form(tmp_path / "form.xlsx", "county=${county} or county='any'")
    _result, warnings = import_with_messages(data, gpkg, form)
    assert query(gpkg, "SELECT work_sub_county_label FROM survey ORDER BY fid") == [(None,), ("Westlands",)]
    said = [w for w in warnings if "several choices of the same name" in w]
    assert len(said) == 1 and "'central': Central (Nairobi) / Central (Mombasa)" in said[0]


def test_the_real_impact_form_labels_each_gps_point_of_its_neighbourhood(cartong_provider, tmp_path, real_data_dir):
    """REACH's Tal Afar water survey form: gps_point_interview (578 choices) filtered by neighbourhood
    (``filter=${neighbourhood}``, the choices' column ``filter``)."""
    form = real_data_dir / "impact-initiatives+cleaningtools/data-raw/form.xlsx"
    data = tmp_path / "export.csv"
    data.write_text(
        "neighbourhood,gps_point_interview,_uuid\nal_askary1,al_askary1_3,u1\nal_needa,al_needa_12,u2\n",
        encoding="utf-8",
    )
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, gpkg, form, LANGUAGE="Arabic")
    assert query(gpkg, "SELECT neighbourhood_label, gps_point_interview_label FROM survey ORDER BY fid") == [
        ("al_askary1", "al_askary1_3"),
        ("al_needa", "al_needa_12"),
    ]
    assert not [w for w in warnings if "column gps_point_interview" in w or "same name" in w]
