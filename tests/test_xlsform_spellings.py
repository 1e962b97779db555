# SPDX-License-Identifier: GPL-3.0-or-later
"""XLSForms written by others: every older or alias spelling pyxform reads gives the same form.

Each test writes a small XLSX form with GDAL (``xlsform_files``) in one spelling and checks what
``read_xlsform`` (and, where the user meets it so, ``cartong:importsurvey``) makes of it.
"""

from __future__ import annotations

import pytest
from xlsform_files import write_form

from cartong_plugin.core.survey.xlsform import DEFAULT_LANGUAGE, read_xlsform

YES_NO = [
    ["list_name", "name", "label"],
    ["yes_no", "yes", "Yes"],
    ["yes_no", "no", "No"],
    ["colors", "red", "Red"],
    ["colors", "blue", "Blue"],
]


def _form(tmp_path, survey, choices=YES_NO, settings=None, name="form.xlsx"):
    return read_xlsform(write_form(tmp_path / name, survey, choices, settings))


# ----------------------------------------------------------------------------- choices sheet


@pytest.mark.parametrize("header", ["list_name", "list name", "List Name", "LIST_NAME", "list  name"])
def test_choices_sheet_list_name_header_spellings(tmp_path, header):
    form = _form(
        tmp_path,
        [["type", "name", "label"], ["select_one yes_no", "ok", "OK?"]],
        [[header, "name", "label"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]],
    )
    assert [c.name for c in form.choices["yes_no"]] == ["yes", "no"]
    assert form.choice_label("yes_no", "yes") == "Yes"


def test_choices_value_and_caption_columns_are_name_and_label(tmp_path):
    form = _form(
        tmp_path,
        [["type", "name", "label"], ["select_one yes_no", "ok", "OK?"]],
        [["list name", "value", "caption"], ["yes_no", "yes", "Yes"]],
    )
    assert form.choice_label("yes_no", "yes") == "Yes"


def test_name_column_wins_over_its_alias_value(tmp_path):
    form = _form(
        tmp_path,
        [["type", "name", "label"], ["select_one yes_no", "ok", "OK?"]],
        [["list_name", "value", "name", "label"], ["yes_no", "1", "yes", "Yes"]],
    )
    assert [c.name for c in form.choices["yes_no"]] == ["yes"]


def test_two_spellings_of_one_column_the_first_is_read(tmp_path):
    form = _form(
        tmp_path,
        [["type", "name", "label"], ["select_one yes_no", "ok", "OK?"]],
        [["List Name", "name", "list_name", "label"], ["yes_no", "yes", "other_list", "Yes"]],
    )
    assert list(form.choices) == ["yes_no"]


# ----------------------------------------------------------------------------- type cells

SELECT_SPELLINGS = [
    ("select_one yes_no", "select_one", "yes_no"),
    ("select one yes_no", "select_one", "yes_no"),
    ("select one from yes_no", "select_one", "yes_no"),
    ("select1 yes_no", "select_one", "yes_no"),
    ("select one using yes_no", "select_one", "yes_no"),
    ("add select one prompt using yes_no", "select_one", "yes_no"),
    ("select_one_external yes_no", "select_one", "yes_no"),
    ("Select_One yes_no", "select_one", "yes_no"),
    ("select_one   yes_no", "select_one", "yes_no"),
    ("select_multiple colors", "select_multiple", "colors"),
    ("select multiple colors", "select_multiple", "colors"),
    ("select all that apply from colors", "select_multiple", "colors"),
    ("select all that apply colors", "select_multiple", "colors"),
    ("select multiple from colors", "select_multiple", "colors"),
    ("add select multiple prompt using colors", "select_multiple", "colors"),
    ("select_one_from_file places.csv", "select_one", "places.csv"),
    ("select one from file places.csv", "select_one", "places.csv"),
]


@pytest.mark.parametrize(("cell", "base", "list_name"), SELECT_SPELLINGS)
def test_select_type_spellings_give_the_type_and_its_list(tmp_path, cell, base, list_name):
    form = _form(tmp_path, [["type", "name", "label"], [cell, "q", "Q?"]])
    assert (form.questions["q"].type, form.questions["q"].list_name) == (base, list_name)
    assert form.questions["q"].raw_type == cell
    if list_name in form.choices:
        assert form.choice_labels(list_name) == {c.name: c.labels[DEFAULT_LANGUAGE] for c in form.choices[list_name]}


TYPE_SPELLINGS = [
    ("int", "integer"),
    ("integer", "integer"),
    ("q int", "integer"),
    ("add integer prompt", "integer"),
    ("Integer", "integer"),
    ("add decimal prompt", "decimal"),
    ("string", "text"),
    ("add text prompt", "text"),
    ("location", "geopoint"),
    ("gps", "geopoint"),
    ("add location prompt", "geopoint"),
    ("q location", "geopoint"),
    ("add date prompt", "date"),
    ("date time", "datetime"),
    ("dateTime", "datetime"),
    ("get today", "today"),
    ("add image prompt", "image"),
    ("add audio prompt", "audio"),
    ("imei", "deviceid"),
    ("get start time", "start"),
    ("end time", "end"),
    ("phone number", "text"),
    ("range", "range"),
    ("calculate", "calculate"),
]


@pytest.mark.parametrize(("cell", "base"), TYPE_SPELLINGS)
def test_type_aliases_give_the_base_type(tmp_path, cell, base):
    form = _form(tmp_path, [["type", "name", "label"], [cell, "q", "Q?"]])
    assert form.questions["q"].type == base


# ----------------------------------------------------------------------------- or_other


@pytest.mark.parametrize(
    ("cell", "list_name"),
    [
        ("select_one yes_no or_other", "yes_no"),
        ("select one from yes_no or other", "yes_no"),
        ("select_one yes_no or specify other", "yes_no"),
        ("select_multiple colors or_other", "colors"),
        ("select all that apply from colors or_other", "colors"),
    ],
)
def test_or_other_adds_the_other_choice_and_the_specify_question(tmp_path, cell, list_name):
    form = _form(tmp_path, [["type", "name", "label"], [cell, "q", "Q?"], ["integer", "after", "After"]])
    assert [c.name for c in form.choices[list_name]][-1] == "other"
    assert form.choice_label(list_name, "other") == "Other"
    assert list(form.questions) == ["q", "q_other", "after"]  # right after its select, as pyxform puts it
    other = form.questions["q_other"]
    assert other.type == "text" and "${q}" in other.relevant and "'other'" in other.relevant


def test_or_other_on_two_questions_adds_the_choice_once(tmp_path):
    form = _form(
        tmp_path,
        [["type", "name", "label"], ["select_one yes_no or_other", "a", "A"], ["select_one yes_no or_other", "b", "B"]],
    )
    assert [c.name for c in form.choices["yes_no"]] == ["yes", "no", "other"]
    assert {"a_other", "b_other"} <= set(form.questions)


def test_or_other_in_a_group_keeps_the_group(tmp_path):
    form = _form(
        tmp_path,
        [
            ["type", "name", "label"],
            ["begin group", "g", "G"],
            ["select_multiple colors or_other", "q", "Q?"],
            ["end group", "", ""],
        ],
    )
    assert form.questions["q_other"].path == "g/q_other"


# ----------------------------------------------------------------------------- groups, repeats, loops


@pytest.mark.parametrize(
    ("begin", "end"),
    [
        ("begin group", "end group"),
        ("begin_group", "end_group"),
        ("BEGIN GROUP", "END GROUP"),
        ("Begin_Group", "End Group"),
        ("begin  group", "end  group"),
        ("begin group", "end_group"),
    ],
)
def test_group_spellings_open_and_close_a_group(tmp_path, begin, end):
    form = _form(
        tmp_path,
        [
            ["type", "name", "label"],
            [begin, "hh", "Household"],
            ["integer", "size", "Size"],
            [end, "", ""],
            ["text", "after", "After"],
        ],
    )
    assert set(form.questions) == {"size", "after"}
    assert (form.questions["size"].path, form.questions["after"].path) == ("hh/size", "after")
    assert form.warnings == []


@pytest.mark.parametrize(
    ("begin", "end"),
    [
        ("begin repeat", "end repeat"),
        ("begin_repeat", "end_repeat"),
        ("BEGIN REPEAT", "END_REPEAT"),
        ("begin looped group", "end looped group"),
    ],
)
def test_repeat_spellings_open_and_close_a_repeat(tmp_path, begin, end):
    form = _form(
        tmp_path, [["type", "name", "label"], [begin, "members", "Members"], ["integer", "age", "Age"], [end, "", ""]]
    )
    assert form.questions["age"].repeat == "members"
    assert list(form.repeats) == ["members"]


@pytest.mark.parametrize("header", ["repeat_count", "jr:count", "count", "Repeat Count"])
def test_repeat_count_adds_the_count_calculate_pyxform_exports(tmp_path, header):
    form = _form(
        tmp_path,
        [
            ["type", "name", "label", header],
            ["integer", "size", "Size", ""],
            ["begin repeat", "members", "Members", "${size}"],
            ["integer", "age", "Age", ""],
            ["end repeat", "", "", ""],
        ],
    )
    assert list(form.questions) == ["size", "members_count", "age"]
    count = form.questions["members_count"]
    assert (count.type, count.calculation, count.path, count.repeat) == ("calculate", "${size}", "members_count", None)


def test_repeat_count_keeps_a_count_question_the_form_already_has(tmp_path):
    form = _form(
        tmp_path,
        [
            ["type", "name", "label", "calculation", "repeat_count"],
            ["calculate", "members_count", "", "2", ""],
            ["begin repeat", "members", "Members", "", "${members_count}"],
            ["integer", "age", "Age", "", ""],
            ["end repeat", "", "", "", ""],
        ],
    )
    assert list(form.questions) == ["members_count", "age"]
    assert form.questions["members_count"].calculation == "2" and form.warnings == []


ROOMS = [
    ["list_name", "name", "label"],
    ["rooms", "kitchen", "Kitchen"],
    ["rooms", "bedroom", "Bedroom"],
    ["rooms", "none", "None"],
]


@pytest.mark.parametrize(
    ("begin", "end"),
    [("begin loop over rooms", "end loop"), ("begin_loop over rooms", "end_loop"), ("begin loop rooms", "END LOOP")],
)
def test_loop_asks_its_questions_once_per_choice(tmp_path, begin, end):
    form = _form(
        tmp_path,
        [
            ["type", "name", "label"],
            [begin, "house", "House"],
            ["integer", "windows", "Windows in the %(label)s (%(name)s)"],
            [end, "", ""],
            ["text", "after", "After"],
        ],
        ROOMS,
    )
    paths = [q.path for q in form.questions.values()]
    assert paths == ["house/kitchen/windows", "house/bedroom/windows", "after"]  # "none" is skipped
    labels = [form.questions[k].labels[DEFAULT_LANGUAGE] for k in form.questions if k != "after"]
    assert labels == ["Windows in the Kitchen (kitchen)", "Windows in the Bedroom (bedroom)"]
    assert form.warnings == []
    assert "begin" not in form.questions and "house" not in form.questions


def test_nested_loops_each_close_at_their_own_end(tmp_path):
    form = _form(
        tmp_path,
        [
            ["type", "name", "label"],
            ["begin loop over rooms", "house", "House"],
            ["begin loop over colors", "paint", "Paint"],
            ["integer", "layers", "Layers"],
            ["end loop", "", ""],
            ["text", "state", "State"],
            ["end loop", "", ""],
            ["text", "after", "After"],
        ],
        YES_NO + ROOMS[1:],
    )
    assert [q.path for q in form.questions.values()] == [
        "house/kitchen/paint/red/layers",
        "house/kitchen/paint/blue/layers",
        "house/kitchen/state",
        "house/bedroom/paint/red/layers",
        "house/bedroom/paint/blue/layers",
        "house/bedroom/state",
        "after",
    ]
    assert form.warnings == []


def test_end_loop_without_a_loop_leaves_the_open_group_open(tmp_path):
    form = _form(
        tmp_path,
        [
            ["type", "name", "label"],
            ["begin group", "g", "G"],
            ["end loop", "", ""],
            ["integer", "inside", "Inside"],
            ["end group", "", ""],
        ],
    )
    assert form.questions["inside"].path == "g/inside"
    assert any("row 3" in w.lower() and "end loop" in w for w in form.warnings)


def test_loop_over_a_missing_list_is_a_warning_not_questions(tmp_path):
    form = _form(
        tmp_path,
        [
            ["type", "name", "label"],
            ["begin loop over nothing", "house", "House"],
            ["integer", "windows", "Windows"],
            ["end loop", "", ""],
            ["text", "after", "After"],
        ],
    )
    assert list(form.questions) == ["after"]
    assert any("nothing" in w and "row 2" in w.lower() for w in form.warnings)


# ----------------------------------------------------------------------------- labels and languages


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("label::English", "English"),
        ("label:English", "English"),
        ("label::English (en)", "English (en)"),
        ("Label::English (en)", "English (en)"),
        ("label :: English", "English"),
    ],
)
def test_label_language_spellings(tmp_path, header, language):
    form = _form(
        tmp_path,
        [["type", "name", header], ["select_one yes_no", "ok", "OK?"]],
        [["list_name", "name", header.replace("Label", "label")], ["yes_no", "yes", "Yes"]],
    )
    assert form.languages == [language]
    assert form.label("ok", "English") == "OK?"
    assert form.choice_label("yes_no", "yes", "en" if "(en)" in language else "English") == "Yes"


def test_hint_and_media_columns_are_neither_questions_nor_languages(tmp_path):
    form = _form(
        tmp_path,
        [
            [
                "type",
                "name",
                "label::English",
                "hint::English",
                "media::image::English",
                "image",
                "audio",
                "video",
                "big-image",
            ],
            ["integer", "age", "Age", "In years", "age.png", "a.png", "a.mp3", "a.mp4", "b.png"],
            ["text", "remarks", "Remarks", "", "", "", "", "", ""],
        ],
    )
    assert list(form.questions) == ["age", "remarks"]
    assert form.languages == ["English"]
    assert form.questions["age"].hints == {"English": "In years"}


@pytest.mark.parametrize(
    ("cell", "required"),
    [
        ("yes", True),
        ("Yes", True),
        ("YES", True),
        ("true", True),
        ("TRUE", True),
        ("true()", True),
        ("TRUE()", True),
        ("no", False),
        ("false", False),
        ("false()", False),
        ("", False),
    ],
)
def test_required_spellings(tmp_path, cell, required):
    form = _form(tmp_path, [["type", "name", "label", "required"], ["integer", "age", "Age", cell]])
    assert form.questions["age"].required is required


def test_plain_labels_are_in_the_settings_default_language(tmp_path):
    form = _form(
        tmp_path,
        [["type", "name", "label", "label::Français"], ["select_one yes_no", "ok", "OK?", "D'accord ?"]],
        [["list_name", "name", "label", "label::Français"], ["yes_no", "yes", "Yes", "Oui"]],
        [["form_title", "default_language"], ["Test", "English"]],
    )
    assert form.languages == ["English", "Français"]
    assert form.default_language == "English"
    assert form.label("ok") == "OK?" and form.label("ok", "Français") == "D'accord ?"
    assert form.choice_label("yes_no", "yes") == "Yes" and form.choice_label("yes_no", "yes", "Français") == "Oui"


def test_settings_default_language_naming_a_column_language(tmp_path):
    form = _form(
        tmp_path,
        [["type", "name", "label::English (en)", "label::Français (fr)"], ["integer", "age", "Age", "Âge"]],
        None,
        [["default_language"], ["Français"]],
    )
    assert form.languages == ["English (en)", "Français (fr)"]
    assert form.default_language == "Français (fr)" and form.label("age") == "Âge"


def test_settings_header_aliases(tmp_path):
    form = _form(
        tmp_path,
        [["type", "name", "label"], ["integer", "age", "Age"]],
        None,
        [["set form title", "id_string", "version"], ["Household survey", "hh_2024", "3"]],
    )
    assert (form.title, form.form_id, form.version) == ("Household survey", "hh_2024", "3")


def test_survey_header_aliases(tmp_path):
    form = _form(
        tmp_path,
        [
            ["Type", "Name", "Caption", "Relevance", "Constraint Message", "Calculate"],
            ["integer", "age", "Age", "${consent} = 'yes'", "Too old", ""],
            ["calculate", "double", "", "", "", "${age} * 2"],
        ],
    )
    age = form.questions["age"]
    assert (age.labels, age.relevant, age.constraint_messages) == (
        {DEFAULT_LANGUAGE: "Age"},
        "${consent} = 'yes'",
        {DEFAULT_LANGUAGE: "Too old"},
    )
    assert form.questions["double"].calculation == "${age} * 2"


# ----------------------------------------------------------------------------- through cartong:importsurvey

OLD_SURVEY = [
    ["Type", "Name", "Label:English"],
    ["select one from yes_no", "consent", "Consent?"],
    ["select all that apply from colors or_other", "paint", "Paint colours"],
    ["begin loop over rooms", "house", "House"],
    ["int", "windows", "Windows in the %(label)s"],
    ["end loop", "", ""],
    ["location", "gps", "GPS"],
]
OLD_CHOICES = [
    ["list name", "name", "label:English"],
    ["yes_no", "yes", "Yes"],
    ["yes_no", "no", "No"],
    ["colors", "red", "Red"],
    ["colors", "blue", "Blue"],
    ["rooms", "kitchen", "Kitchen"],
    ["rooms", "bedroom", "Bedroom"],
]
OLD_EXPORT = [
    [
        "consent",
        "paint",
        "paint/red",
        "paint/blue",
        "paint/other",
        "paint_other",
        "house/kitchen/windows",
        "house/bedroom/windows",
        "gps",
        "_uuid",
    ],
    ["yes", "red other", "1", "0", "1", "ochre", "2", "1", "12.1 15.2 0 5", "u1"],
    ["no", "blue", "0", "1", "0", "", "3", "0", "12.2 15.3 0 5", "u2"],
]


def test_old_spellings_import_with_labels_and_every_column_matched(cartong_provider, tmp_path):
    import csv

    import processing
    from osgeo import ogr
    from qgis.core import QgsProcessingFeedback

    form = write_form(tmp_path / "old_form.xlsx", OLD_SURVEY, OLD_CHOICES)
    data = tmp_path / "old_export.csv"
    with open(data, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(OLD_EXPORT)
    output = tmp_path / "old.gpkg"
    warnings = []

    class Recording(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    result = processing.run(
        "cartong:importsurvey", {"DATA": str(data), "FORM": str(form), "OUTPUT": str(output)}, feedback=Recording()
    )
    assert result["ROWS"] == 2
    ds = ogr.Open(str(output))
    rows = [f.items() for f in ds.GetLayerByName("survey")]
    assert [r["consent_label"] for r in rows] == ["Yes", "No"]  # labels, not codes
    assert [r["paint_other"] for r in rows] == ["ochre", None]
    assert [(r["windows"], r["house_bedroom_windows"]) for r in rows] == [(2, 1), (3, 0)]
    assert not [w for w in warnings if "not in the form" in w]
