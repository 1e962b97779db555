# SPDX-License-Identifier: GPL-3.0-or-later
"""Labels missing in the language asked, through cartong:importsurvey.

Found by the outside test of languages (attack 8, finding 4): with LANGUAGE=ar on a form with
``label::French (fr)``, ``label::Arabic (ar)`` and a plain ``label`` (default French), the choices and
questions without an Arabic label silently took the French one: one column mixed two languages
("بعيد جدا; Coût") and form_questions.label was French for some questions. The fallback stays (an
empty label is worse), and one warning says how many, which, and in which language instead.
"""

from __future__ import annotations

import pytest

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

SURVEY = [
    ["type", "name", "label::French (fr)", "label::Arabic (ar)", "label"],
    ["text", "village", "Village", "القرية", "Village (plain)"],
    ["select_one water", "water", "Source d'eau", "مصدر المياه", "Water source"],
    ["select_multiple prob", "problems", "Problèmes", "مشاكل", "Problems"],
    ["integer", "hh_size", "Taille du ménage", "", "Household size"],
    ["select_one sex", "head_sex", "Sexe du chef", "جنس رب الأسرة", "Sex of head"],
]
CHOICES = [
    ["list_name", "name", "label::French (fr)", "label::Arabic (ar)", "label"],
    ["water", "well", "Puits", "بئر", "Well"],
    ["water", "river", "Rivière", "", "River"],
    ["water", "tap", "Robinet", "صنبور", ""],
    ["prob", "far", "Trop loin", "بعيد جدا", "Too far"],
    ["prob", "cost", "Coût", "", "Cost"],
    ["sex", "f", "Femme", "أنثى", "Female"],
    ["sex", "m", "Homme", "", "Male"],
]
SETTINGS = [["form_title", "form_id", "default_language"], ["Test multilingue", "ml_test", "French (fr)"]]
DATA = "village,water,problems,hh_size,head_sex,_uuid,_index\nNord,well,far,5,f,u1,1\nSud,river,far cost,3,m,u2,2\n"


def _import(tmp_path, **extra):
    form = write_form(tmp_path / "form_ml.xlsx", SURVEY, CHOICES, SETTINGS)
    data = tmp_path / "data_ml.csv"
    data.write_text(DATA, encoding="utf-8")
    out = tmp_path / "ml.gpkg"
    _result, warnings = import_with_messages(data, out, form, **extra)
    return out, warnings


def _missing(warnings) -> list[str]:
    return [w for w in warnings if "has no label in" in w]


def test_labels_missing_in_the_language_asked_are_named_once_and_the_fallback_kept(cartong_provider, tmp_path):
    out, warnings = _import(tmp_path, LANGUAGE="ar")
    (said,) = _missing(warnings)
    assert said.startswith(
        "The form has no label in Arabic (ar) for 1 question and 3 choices (lists: water (1), prob (1), sex (1)): "
        "they show their label in French (fr) instead (e.g. question hh_size; water: river; prob: cost; sex: m), "
        "so a label column may mix languages."
    )
    # the labels themselves are unchanged: the French one rather than none
    assert query(out, "SELECT water_label, problems_label, head_sex_label FROM survey ORDER BY fid") == [
        ("بئر", "بعيد جدا", "أنثى"),
        ("Rivière", "بعيد جدا; Coût", "Homme"),
    ]
    assert query(out, "SELECT label FROM form_questions WHERE name = 'hh_size'") == [("Taille du ménage",)]


@pytest.mark.parametrize("language", ["fr", "French (fr)", "French"])
def test_a_language_with_every_label_gives_no_such_warning(cartong_provider, tmp_path, language):
    out, warnings = _import(tmp_path, LANGUAGE=language)
    assert _missing(warnings) == []
    assert query(out, "SELECT language FROM cartong_metadata") == [("French (fr)",)]


def test_a_real_form_names_its_questions_without_a_chinese_label(cartong_provider, tmp_path, real_data_dir):
    form = real_data_dir / "XLSForm+pyxform/tests/example_xls/xlsform_spec_test.xlsx"
    data = tmp_path / "export.csv"
    data.write_text("my_name,_uuid\nAmina,u1\n", encoding="utf-8")
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form, LANGUAGE="chinese")
    (said,) = _missing(warnings)
    assert said.startswith("The form has no label in chinese for 35 questions: they show their label in english")
    assert "question skip_to_end; question my_name;" in said


@pytest.mark.parametrize(
    ("form", "languages", "export"),
    [
        ("impact-initiatives+cleaningtools/data-raw/form.xlsx", ["en", "ar"], "start,_uuid\n2021-01-01,u1\n"),  # REACH
        (
            "ropensci+ruODK/inst/extdata/I8n_lang_choicefilter.xlsx",
            ["en", "fr"],
            "test_yn,a_integer,KEY\n99,3,uuid:1\n",
        ),
    ],
)
def test_real_forms_with_every_label_give_no_such_warning(
    cartong_provider, tmp_path, real_data_dir, form, languages, export
):
    data = tmp_path / "export.csv"
    data.write_text(export, encoding="utf-8")
    for language in languages:
        _result, warnings = import_with_messages(
            data, tmp_path / f"{language}.gpkg", real_data_dir / form, LANGUAGE=language
        )
        assert _missing(warnings) == [] and not [w for w in warnings if "no labels in" in w], language


def test_plain_choice_labels_shared_by_every_language_are_not_missing(cartong_provider, tmp_path):
    # the survey is translated, the choices have one plain label for every language (pcodes, names)
    survey = [
        ["type", "name", "label::English (en)", "label::Français (fr)"],
        ["select_one area", "area", "Area", "Zone"],
    ]
    choices = [["list_name", "name", "label"], ["area", "CF11", "Bangui"], ["area", "CF21", "Berbérati"]]
    form = write_form(tmp_path / "form.xlsx", survey, choices, [["form_id"], ["areas"]])
    data = tmp_path / "export.csv"
    data.write_text("area,_uuid\nCF21,u1\n", encoding="utf-8")
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, out, form, LANGUAGE="fr")
    assert query(out, "SELECT area_label FROM survey") == [("Berbérati",)]
    assert _missing(warnings) == []
