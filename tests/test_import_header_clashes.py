# SPDX-License-Identifier: GPL-3.0-or-later
"""Headers that could be two questions, through cartong:importsurvey (attack 14a): a question's name
that is another question's "_"-joined path (``Household_Size``, ``hh_size`` twice), a label written
twice where one question bears it, a name that is another question's label ("Age"). They went to
one question without a word, or made a second copy column of it; now the table tells which one,
or they are said and kept as text.
"""

from __future__ import annotations

from tests.real_imports import import_with_messages, query
from tests.test_import_label_paths import _export
from tests.xlsform_files import write_form

_TIMES = ["2026-03-01T10:00:00.000+01:00", "2026-03-02T10:00:00.000+01:00", "2026-03-03T10:00:00.000+01:00"]


def _columns(gpkg, table="survey"):
    return [row[1] for row in query(gpkg, f"PRAGMA table_info({table})")]


def _household_form(path, respondent_name=True):
    return write_form(
        path,
        [
            ["type", "name", "label"],
            ["start", "start", ""],
            ["begin_group", "Household", "Household"],
            ["decimal", "Size", "Shelter surface (m2)"],
            ["end_group", "", ""],
            ["begin_group", "Respondent", "Respondent"],
            ["integer", "Household_Size", "Household size (people)"],
            *([["text", "Name", "Name of respondent"]] if respondent_name else []),
            ["end_group", "", ""],
        ],
    )


def test_underscore_path_beside_a_name_goes_to_the_path_when_the_name_has_its_own(cartong_provider, tmp_path):
    header = ["start", "Household_Size", "Respondent_Household_Size", "Respondent_Name", "_id", "_uuid"]
    rows = [[_TIMES[0], "24.5", "9", "Jean", "1", "u1"], [_TIMES[1], "12", "4", "Marie", "2", "u2"]]
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(
        _export(tmp_path / "d.csv", header, rows), out, _household_form(tmp_path / "f.xlsx")
    )
    assert query(out, "SELECT Size, Household_Size, Name FROM survey ORDER BY fid") == [
        (24.5, 9, "Jean"),
        (12.0, 4, "Marie"),
    ]
    assert not [w for w in warnings if "fit several" in w or "not in the form" in w or "whole numbers" in w]


def test_underscore_path_that_is_also_a_name_is_said_when_the_table_does_not_tell(cartong_provider, tmp_path):
    header = ["start", "Household_Size", "_id", "_uuid"]
    rows = [[_TIMES[0], "24.5", "1", "u1"], [_TIMES[1], "12", "2", "u2"]]
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(
        _export(tmp_path / "d.csv", header, rows), out, _household_form(tmp_path / "f.xlsx", False)
    )
    assert query(out, "SELECT Household_Size, typeof(Household_Size) FROM survey ORDER BY fid") == [
        ("24.5", "text"),
        ("12", "text"),
    ]
    said = [w for w in warnings if "fit several" in w]
    assert len(said) == 1 and "Household_Size (Respondent/Household_Size / Household/Size)" in said[0], warnings


def test_top_level_name_written_twice_as_a_group_path_is_said_and_kept_as_text(cartong_provider, tmp_path):
    form = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label"],
            ["start", "start", ""],
            ["begin_group", "hh", "Household"],
            ["integer", "size", "Number of rooms"],
            ["end_group", "", ""],
            ["integer", "hh_size", "Household size (people)"],
        ],
    )
    header = ["start", "hh_size", "hh_size", "_id", "_uuid"]
    rows = [[_TIMES[0], "2", "9", "1", "u1"], [_TIMES[1], "1", "4", "2", "u2"]]
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path / "d.csv", header, rows), out, form)
    assert query(out, "SELECT hh_size, hh_size_2 FROM survey ORDER BY fid") == [("2", "9"), ("1", "4")]
    assert "size" not in _columns(out)
    said = [w for w in warnings if "fit several" in w]
    assert len(said) == 1 and "2 column(s)" in said[0] and "hh_size (hh_size / hh/size)" in said[0], warnings


def _water_form(path, third_label="Household size"):
    return write_form(
        path,
        [
            ["type", "name", "label", "disabled"],
            ["start", "start", "", ""],
            ["select_one src_old", "water_old", "Main water source", "yes"],
            ["select_one src", "water", "Main water source", ""],
            ["integer", "hh_size", third_label, ""],
        ],
        [
            ["list_name", "name", "label"],
            ["src_old", "1", "Borehole"],
            ["src_old", "2", "River"],
            ["src", "1", "Tap"],
            ["src", "2", "Borehole"],
            ["src", "3", "River"],
            ["src", "4", "Rain water"],
        ],  # fmt: skip
    )


def test_label_written_twice_for_one_question_is_said_not_given_a_copy_column(cartong_provider, tmp_path):
    header = ["start", "Main water source", "Main water source", "Household size", "_id", "_uuid"]
    rows = [[_TIMES[0], "River", "", "5", "1", "u1"], [_TIMES[1], "Borehole", "", "3", "2", "u2"],
            [_TIMES[2], "", "Rain water", "4", "3", "u3"]]  # fmt: skip
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(
        _export(tmp_path / "d.csv", header, rows), out, _water_form(tmp_path / "f.xlsx")
    )
    columns = _columns(out)
    assert "water" not in columns and "water_label" not in columns, columns
    assert query(out, "SELECT Main_water_source, Main_water_source_2, hh_size FROM survey ORDER BY fid") == [
        ("River", None, 5), ("Borehole", None, 3), (None, "Rain water", 4)
    ]  # fmt: skip
    said = [w for w in warnings if "fit several" in w]
    assert len(said) == 1 and "2 column(s)" in said[0] and "Main water source (water)" in said[0], warnings


def test_one_label_borne_by_as_many_questions_as_columns_is_still_matched(cartong_provider, tmp_path):
    form = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label"],
            ["start", "start", ""],
            ["text", "water_other", "If other, please specify"],
            ["text", "shelter_other", "If other, please specify"],
        ],
    )
    header = ["start", "If other, please specify", "If other, please specify", "_id", "_uuid"]
    rows = [[_TIMES[0], "Rain", "Tent", "1", "u1"]]
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path / "d.csv", header, rows), out, form)
    assert query(out, "SELECT water_other, shelter_other FROM survey") == [("Rain", "Tent")]
    assert not [w for w in warnings if "fit several" in w]


def test_labels_export_header_that_is_a_name_and_another_label_is_said(cartong_provider, tmp_path):
    form = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label"],
            ["start", "start", ""],
            ["integer", "Age", "Age of the head of household"],
            ["begin_group", "Spouse", "Spouse"],
            ["integer", "Age_spouse", "Age"],
            ["end_group", "", ""],
        ],
    )
    header = ["start", "Age of the head of household", "Age", "_id", "_uuid"]
    rows = [[_TIMES[0], "61", "19", "1", "u1"], [_TIMES[1], "45", "44", "2", "u2"]]
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path / "d.csv", header, rows), out, form)
    # the head's question keeps its own answers and no second copy of it is made from the spouse's
    assert query(out, "SELECT Age, Age_ FROM survey ORDER BY fid") == [(61, "19"), (45, "44")]
    said = [w for w in warnings if "fit several" in w]
    assert len(said) == 1 and "Age (Age / Spouse/Age_spouse)" in said[0], warnings


def test_underscore_export_finds_top_level_choice_columns_and_meta_groups(cartong_provider, tmp_path):
    form = write_form(
        tmp_path / "f.xlsx",
        [["type", "name", "label"], ["start", "start", ""], ["select_multiple need", "needs", "Needs"],
         ["begin_group", "hh", "Household"], ["text", "head", "Head"], ["end_group", "", ""]],
        [["list_name", "name", "label"], ["need", "food", "Food"], ["need", "water", "Water"]],
    )  # fmt: skip
    header = ["start", "needs", "needs_food", "needs_water", "hh_head", "meta_instanceID", "formhub_uuid", "_id"]
    rows = [[_TIMES[0], "food", "1", "0", "Jean", "uuid:a", "f1", "1"]]
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path / "d.csv", header, rows), out, form)
    assert query(out, "SELECT needs_food, typeof(needs_food), needs_water, head FROM survey") == [
        (1, "integer", 0, "Jean")
    ]
    assert not [w for w in warnings if "not in the form" in w or "fit several" in w], warnings


def test_repeated_header_that_is_a_name_and_a_path_is_never_given_to_one_twice(cartong_provider, tmp_path):
    header = ["start", "Household_Size", "Household_Size", "Respondent_Household_Size", "_id", "_uuid"]
    rows = [[_TIMES[0], "24.5", "30", "9", "1", "u1"]]
    out = tmp_path / "out.gpkg"
    form = _household_form(tmp_path / "f.xlsx", False)
    _result, warnings = import_with_messages(_export(tmp_path / "d.csv", header, rows), out, form)
    # the question Respondent/Household_Size keeps its name; the two clashing columns are text beside it
    assert query(out, "SELECT Household_Size, Household_Size_, Household_Size_2 FROM survey") == [(9, "24.5", "30")]
    assert "Size" not in _columns(out)
    assert [w for w in warnings if "2 column(s) fit several" in w], warnings


def test_an_older_column_named_like_another_questions_label_is_not_that_question(cartong_provider, tmp_path):
    # attack 14a, finding 5: an XML-values export holds `remarks` (integer, labelled "Comments") and a column
    # `Comments` of an earlier version (free text). `Comments` was typed as remarks (its text blanked) and the
    # real answers renamed remarks_, so survey.remarks was empty in every row.
    form = write_form(
        tmp_path / "f.xlsx",
        [["type", "name", "label"], ["start", "start", ""], ["integer", "remarks", "Comments"]],
    )
    header = ["start", "Comments", "remarks", "_id", "_uuid"]
    rows = [[_TIMES[0], "Jean Ngaba is sick", "3", "1", "u1"], [_TIMES[1], "", "5", "2", "u2"]]
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path / "d.csv", header, rows), out, form)
    assert query(out, "SELECT remarks, Comments FROM survey ORDER BY fid") == [(3, "Jean Ngaba is sick"), (5, None)]
    assert "remarks_" not in _columns(out)
    assert [w for w in warnings if "not in the form" in w and "Comments" in w], warnings
