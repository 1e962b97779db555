# SPDX-License-Identifier: GPL-3.0-or-later
"""read_xlsform on real public XLSForms (English/Arabic, Swahili/English, plain labels) and broken ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from xlsform_files import write_form, write_workbook

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.survey.xlsform import DEFAULT_LANGUAGE, read_xlsform

IMPACT = "impact-initiatives+cleaningtools/data-raw/form.xlsx"
UCL = "XLSForm+pyxform/tests/bug_example_xls/UCL_Biomass_Plot_Form.xlsx"
SPEC = "XLSForm+pyxform/tests/example_xls/xlsform_spec_test.xlsx"
RUODK = "ropensci+ruODK/inst/extdata/I8n_lang_choicefilter.xlsx"


@pytest.fixture(scope="module")
def real_data_dir() -> Path:
    """The copies of real forms kept with the tests (tests/data/real/SOURCES.md)."""
    return Path(__file__).parent / "data" / "real"


@pytest.fixture(scope="module")
def impact(real_data_dir):
    return read_xlsform(real_data_dir / IMPACT)


def test_languages_come_from_translated_label_columns(impact):
    assert impact.languages == ["English (en)", "Arabic (ar)"]
    assert impact.default_language == "English (en)"


def test_question_types_and_lists_are_parsed(impact):
    assert impact.questions["neighbourhood"].type == "select_one"
    assert impact.questions["neighbourhood"].list_name == "neighbourhoods"
    assert impact.questions["primary_livelihood"].type == "select_multiple"
    assert impact.questions["primary_livelihood"].list_name == "livelihood_type"
    assert impact.questions["age_hoh"].type == "integer"
    assert impact.questions["return_date"].type == "date"
    assert sum(q.type == "geopoint" for q in impact.questions.values()) == 1


def test_header_row_written_as_inline_strings_is_used_as_header(impact):
    # this workbook stores its header cells as inline strings, which GDAL 3.6 does not detect
    assert "type" not in impact.questions and len(impact.questions) > 200


def test_questions_keep_form_order(impact):
    names = list(impact.questions)
    assert names[:5] == ["start", "end", "date_assessment", "audit", "deviceid"]
    assert names.index("hhh_r") < names.index("primary_livelihood")


def test_group_path_of_grouped_and_top_level_questions(impact):
    assert impact.questions["hhh_r"].group == "hh_info"
    assert impact.questions["enumerator_num"].group == ""
    assert impact.questions["hhh_r"].path == "hh_info/hhh_r"


def test_required_constraint_and_relevant_are_kept(impact):
    age = impact.questions["age_hoh"]
    assert age.required is True
    assert age.constraint == ".> 17 and .< 120"
    assert age.relevant == "selected(${hhh_r}, 'no')"
    assert impact.questions["start"].required is False


def test_labels_in_each_language(impact):
    assert impact.label("age_respondent_r", "English (en)") == "What is your age?"
    assert impact.label("age_respondent_r", "ar") == "كم عمرك؟"
    assert impact.choice_label("sex", "female", "Arabic (ar)") == "انثى"
    assert impact.choice_label("sex", "female", "en") == "Female"


def test_unknown_language_falls_back_to_default(impact):
    assert impact.label("age_respondent_r", "Klingon") == "What is your age?"


def test_unknown_code_and_question_return_themselves(impact):
    assert impact.choice_label("sex", "unicorn", "en") == "unicorn"
    assert impact.label("no_such_question") == "no_such_question"


def test_space_separated_group_types_and_nested_repeats(real_data_dir):
    ucl = read_xlsform(real_data_dir / UCL)
    assert list(ucl.repeats) == ["trees", "stems", "stumps", "subplot1", "subplot2"]
    assert ucl.questions["cbh"].group == "trees/stems"
    assert ucl.questions["cbh"].repeat == "stems"
    assert ucl.questions["tag"].repeat == "trees"
    assert ucl.questions["center_point"].repeat is None


def test_select_one_from_file_keeps_the_file_as_list(real_data_dir):
    ucl = read_xlsform(real_data_dir / UCL)
    # the form writes two spaces after the type: "select_one_from_file  UCL_districts.csv"
    assert ucl.questions["district_id"].type == "select_one"
    assert ucl.questions["district_id"].list_name == "UCL_districts.csv"


def test_choice_header_with_trailing_space_is_read(real_data_dir):
    ucl = read_xlsform(real_data_dir / UCL)  # the choices sheet header is "name " (trailing space)
    assert [c.name for c in ucl.choices["yes_no"]] == ["yes", "no"]
    assert ucl.choice_label("yes_no", "yes", "English (en)") == "Yes"
    assert ucl.choice_label("yes_no", "yes") == "Ndiyo"  # the form's default_language is Swahili


def test_settings_sheet_gives_version_and_default_language(real_data_dir):
    ucl = read_xlsform(real_data_dir / UCL)
    assert ucl.version == "2022-04-11 16:26:28.971000"  # =NOW() formatted as a date: pyxform deploys str(datetime)
    assert ucl.default_language == "Swahili (sw)"
    assert ucl.form_id == "UCL_Biomass_Plot_Form"  # no form_id in settings: the file name


def test_settings_title_and_form_id(real_data_dir):
    form = read_xlsform(real_data_dir / RUODK)
    assert form.title == "I8n label lang with choice filter"
    assert form.form_id == "I8n_lang_choicefilter"


def test_plain_label_beside_translations_is_a_fallback(real_data_dir):
    spec = read_xlsform(real_data_dir / SPEC)
    # survey: label::english/label::chinese; choices: plain `label` and label::chinese
    assert spec.languages == ["english", "chinese"]
    assert spec.choice_label("yes_no", "yes", "english") == "Yes"
    assert spec.choice_label("yes_no", "yes", "chinese") == "是"


def test_choice_codes_stored_as_numbers_stay_text(real_data_dir):
    form = read_xlsform(real_data_dir / RUODK)
    assert [c.name for c in form.choices["yes_no"]] == ["0", "1", "99"]
    assert form.choice_label("yes_no", "99", "French (fr)") == "peut-être"


def test_choice_filter_and_repeat_group_path(real_data_dir):
    spec = read_xlsform(real_data_dir / SPEC)
    assert spec.questions["required_text"].group == "everything/repeat_test/group_test"
    assert spec.questions["required_text"].repeat == "repeat_test"
    assert spec.questions["datetime_test"].type == "datetime"
    form = read_xlsform(real_data_dir / RUODK)
    assert form.questions["choice_filter_question_2"].choice_filter.startswith("name = if(")


def test_only_plain_labels_give_the_default_language(tmp_path):
    path = write_form(
        tmp_path / "plain.xlsx",
        [["type", "name", "label"], ["integer", "age", "Age"]],
        [["list_name", "name", "label"], ["yn", "y", "Yes"]],
    )
    form = read_xlsform(path)
    assert form.languages == [DEFAULT_LANGUAGE]
    assert form.label("age", "fr") == "Age"
    assert form.choice_label("yn", "y") == "Yes"


def test_missing_form_names_the_file(tmp_path):
    with pytest.raises(CartongError, match="nothere.xlsx"):
        read_xlsform(tmp_path / "nothere.xlsx")


def test_file_that_is_not_a_workbook_is_refused(tmp_path):
    fake = tmp_path / "form.xlsx"
    fake.write_text("type,name\ninteger,age\n", encoding="utf-8")
    with pytest.raises(CartongError, match="form.xlsx"):
        read_xlsform(fake)


def test_workbook_without_survey_sheet_is_refused(tmp_path):
    data = write_workbook(tmp_path / "data.xlsx", {"sampling_frame": [["district", "population"], ["Mosul", "1"]]})
    with pytest.raises(CartongError, match="survey"):
        read_xlsform(data)


def test_form_is_not_modified(tmp_path, real_data_dir):
    copy = tmp_path / "form.xlsx"
    shutil.copy(real_data_dir / RUODK, copy)
    before = copy.read_bytes()
    read_xlsform(copy)
    assert copy.read_bytes() == before


def test_sheets_are_found_whatever_their_case(real_data_dir):
    from cartong_plugin.core.survey.xlsx_sheets import read_xlsx_sheets

    sheets = read_xlsx_sheets(real_data_dir / RUODK)
    assert sheets["SURVEY"] is sheets["survey"]
    assert sheets.get("Choices") is not None and sheets.get("nothing") is None
