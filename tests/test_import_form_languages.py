# SPDX-License-Identifier: GPL-3.0-or-later
"""A form's unnamed language through cartong:importsurvey: a plain ``label`` column beside
``label::Français (fr)`` and no ``default_language`` (KoboToolbox's "unnamed" first language,
pyxform's "default"). Its labels were replaced by the French ones everywhere, and asking for
English was answered "the form has no labels in 'en'" while it had them.
"""

from __future__ import annotations

import pytest

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

SURVEY = [
    ["type", "name", "label", "label::Français (fr)"],
    ["select_one yn", "water", "Water access?", "Accès à l'eau ?"],
    ["select_multiple src", "src", "Sources", "Sources"],
]
CHOICES = [
    ["list_name", "name", "label", "label::Français (fr)"],
    ["yn", "1", "Yes", "Oui"],
    ["yn", "0", "No", "Non"],
    ["src", "well", "Well", ""],
    ["src", "river", "River", "Rivière"],
]


def _import(tmp_path, settings=None, **extra):
    form = write_form(tmp_path / "form.xlsx", SURVEY, CHOICES, settings or [["form_id"], ["l1"]])
    data = tmp_path / "export.csv"
    data.write_text("water,src,_id,_uuid\n1,well river,1,u1\n0,well,2,u2\n", encoding="utf-8")
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, out, form, **extra)
    return out, warnings


def test_the_unnamed_labels_are_the_default_language(cartong_provider, tmp_path):
    out, warnings = _import(tmp_path)
    assert query(out, "SELECT water_label, src_label FROM survey ORDER BY fid") == [
        ("Yes", "Well; River"),
        ("No", "Well"),
    ]
    assert query(out, "SELECT language FROM cartong_metadata") == [("default",)]
    assert query(out, "SELECT name, label FROM form_questions ORDER BY fid") == [
        ("water", "Water access?"),
        ("src", "Sources"),
    ]
    assert query(out, "SELECT name, label FROM form_choices WHERE list_name = 'src' ORDER BY fid") == [
        ("well", "Well"),
        ("river", "River"),
    ]
    assert not [w for w in warnings if "no labels in" in w or "no language named" in w]


@pytest.mark.parametrize("language", ["fr", "Français", "French (fr)"])  # the last one by its code
def test_the_named_language_is_still_chosen_by_its_name(cartong_provider, tmp_path, language):
    out, warnings = _import(tmp_path, LANGUAGE=language)
    assert query(out, "SELECT water_label FROM survey ORDER BY fid") == [("Oui",), ("Non",)]
    assert query(out, "SELECT language FROM cartong_metadata") == [("Français (fr)",)]
    # only the choice without a French label is said (the unnamed labels stand in for it)
    assert [w for w in warnings if "language" in w] == [
        "The form has no label in Français (fr) for 1 choice (lists: src (1)): they show their label in default "
        "instead (e.g. src: well), so a label column may mix languages. Add the missing translations to the form "
        "to have every label in Français (fr)."
    ]


@pytest.mark.parametrize("language", ["en", "English"])
def test_a_language_the_form_does_not_name_falls_back_to_the_unnamed_labels_and_says_so(
    cartong_provider, tmp_path, language
):
    out, warnings = _import(tmp_path, LANGUAGE=language)
    assert query(out, "SELECT water_label FROM survey ORDER BY fid") == [("Yes",), ("No",)]
    said = [w for w in warnings if "language" in w]
    assert len(said) == 1 and f"no language named '{language}'" in said[0]
    assert "without a language name" in said[0] and "are default, Français (fr)" in said[0]
    assert "no labels in" not in said[0]  # it has them: only their language is not named


def test_the_unnamed_labels_are_chosen_as_default(cartong_provider, tmp_path):
    out, warnings = _import(
        tmp_path, settings=[["form_id", "default_language"], ["l1", "Français (fr)"]], LANGUAGE="default"
    )
    assert query(out, "SELECT water_label, src_label FROM survey ORDER BY fid") == [
        ("Yes", "Well; River"),
        ("No", "Well"),
    ]
    assert not [w for w in warnings if "language" in w]


def test_plain_labels_copying_a_named_language_are_that_language(cartong_provider, tmp_path, real_data_dir):
    # ruODK's form repeats its English labels in a plain `label` column: no language of its own
    form = real_data_dir / "ropensci+ruODK/inst/extdata/I8n_lang_choicefilter.xlsx"
    data = tmp_path / "export.csv"
    data.write_text("test_yn,a_integer,KEY\n99,3,uuid:1\n", encoding="utf-8")
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, out, form)
    assert query(out, "SELECT test_yn_label FROM survey") == [("Maybe",)]
    assert query(out, "SELECT language FROM cartong_metadata") == [("English (en)",)]
    assert not [w for w in warnings if "language" in w]


def test_the_language_help_names_default_for_the_unnamed_labels(cartong_provider):
    """LANGUAGE=default is accepted (above): the help the toolbox and qgis_process show must say so."""
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:importsurvey")
    text = algorithm.parameterDefinition("LANGUAGE").help()
    assert "default for the labels of the form's plain 'label' columns" in text
