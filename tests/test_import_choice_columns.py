# SPDX-License-Identifier: GPL-3.0-or-later
"""KoboToolbox split choice columns with the group separator ".", through cartong:importsurvey.

formpack joins the group path, the select_multiple and its choice with the group separator:
``hh.water.well``. A choice name may itself hold a "." (ISO-like sub-codes ``1.1``, ``piped.public``),
so ``hh.water.piped.public`` is the choice ``piped.public`` of ``hh.water``, not a column the form
does not know.
"""

from __future__ import annotations

import csv

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

SURVEY = [
    ["type", "name", "label"],
    ["begin_group", "hh", "Household"],
    ["select_multiple water", "water", "Water sources"],
    ["integer", "size", "Size"],
    ["end_group", "", ""],
]
CHOICES = [
    ["list_name", "name", "label"],
    ["water", "piped.public", "Public tap"],
    ["water", "piped.private", "Private tap"],
    ["water", "well", "Well"],
]
ROWS = [
    ["hh.water", "hh.water.piped.public", "hh.water.piped.private", "hh.water.well", "hh.size", "_id", "_uuid"],
    ["piped.public well", "1", "0", "1", "5", "1", "u1"],
    ["piped.private", "0", "1", "0", "3", "2", "u2"],
]


def test_choice_names_holding_the_group_separator_are_choice_columns(cartong_provider, tmp_path):
    export = tmp_path / "kobo_dot.csv"
    with open(export, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\n").writerows(ROWS)
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg, write_form(tmp_path / "form.xlsx", SURVEY, CHOICES))
    assert query(gpkg, 'SELECT "water_piped.public", "water_piped.private", water_well FROM survey ORDER BY fid') == [
        (1, 0, 1),
        (0, 1, 0),
    ]
    assert not [w for w in warnings if "not in the form" in w or "not in the form's list" in w]


def test_choices_named_alike_but_for_case_are_each_their_own_column(cartong_provider, tmp_path):
    # attack 16a, finding 7: "answer/yes" beside "answer/Yes" was renamed when read (SQLite names ignore
    # case), then said to name a choice that is not in the form's list
    survey = [["type", "name", "label"], ["select_multiple resp", "answer", "Answer"], ["text", "why", "Why"]]
    choices = [["list_name", "name", "label"], ["resp", "Yes", "Yes (sure)"], ["resp", "yes", "yes (unsure)"],
               ["resp", "no", "No"]]  # fmt: skip
    form = write_form(tmp_path / "form.xlsx", survey, choices)
    export = tmp_path / "data.csv"
    with open(export, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["answer", "answer/Yes", "answer/yes", "answer/no", "why", "_uuid"],
                ["yes", "0", "1", "0", "because", "u1"],
                ["Yes no", "1", "0", "1", "", "u2"],
            ]  # fmt: skip
        )
    _result, warnings = import_with_messages(export, tmp_path / "out.gpkg", form)
    assert not any("not in the form's list" in w for w in warnings), warnings
    names = [row[1] for row in query(tmp_path / "out.gpkg", "PRAGMA table_info(survey)")]
    assert "answer_Yes" in names and "answer_no" in names, names
    yes_unsure = next(n for n in names if n.lower().startswith("answer_") and "yes" in n and n != "answer_Yes")
    assert query(tmp_path / "out.gpkg", f"SELECT answer_Yes, {yes_unsure}, answer_no FROM survey") == [
        (0, 1, 0), (1, 0, 1)
    ]  # fmt: skip
