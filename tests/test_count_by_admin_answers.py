# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin, share of an answer no submission gives: written otherwise (capitals) or
given as its label, its choice name is counted and said; otherwise a warning names the answers
given. A share of 0 % in every area never comes without a word. An answer given in two spellings
("borehole" and "Borehole") is counted in both and said, unless the form tells they differ."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from tests.map_counts import run_count, write_table

pytestmark = pytest.mark.usefixtures("collect_cycles")

CODES = ["borehole", "borehole", "tap", "borehole", "other"]  # features 1 to 5, all in CF111
LABELS = {"borehole": "Borehole (hand pump)", "tap": "Public or private tap", "other": "Other"}


@pytest.fixture
def with_form(tmp_path):
    return write_table(
        tmp_path / "form.gpkg",
        {"admin2": ["CF111"] * len(CODES), "water_source": CODES},
        choices={"water_source": list(LABELS.items())},
    )


def _share(tmp_path, survey, answer):
    return run_count(tmp_path, survey, ANSWER_FIELD="water_source", ANSWER_VALUE=answer)


def test_an_answer_written_with_capitals_counts_its_choice_and_says_so(cartong_provider, tmp_path, with_form):
    _, warnings, _, rows = _share(tmp_path, with_form, "Borehole")
    assert (rows["CF111"]["answer_count"], rows["CF111"]["answer_pct"]) == (3, 60.0)
    assert warnings == [
        "No submission gives the answer “Borehole” to water_source, but 3 give “borehole”, the same written "
        "otherwise: “borehole” was counted. Give ANSWER_VALUE=borehole to count it without this warning."
    ]


def test_a_label_of_the_form_counts_its_choice_and_says_so(cartong_provider, tmp_path, with_form):
    _, warnings, _, rows = _share(tmp_path, with_form, "Borehole (hand pump)")
    assert rows["CF111"]["answer_count"] == 3
    assert warnings == [
        "“Borehole (hand pump)” is the label of the answer “borehole” of water_source, the choice name the "
        "survey stores (3 submissions give it): “borehole” was counted. Give ANSWER_VALUE=borehole to count it "
        "without this warning."
    ]


def test_a_label_column_names_the_choice_without_a_form(cartong_provider, tmp_path):
    survey = write_table(
        tmp_path / "labels.gpkg",
        {
            "admin2": ["CF111"] * len(CODES),
            "water_source": CODES,
            "water_source_label": [LABELS[code] for code in CODES],
        },
    )
    _, warnings, _, rows = _share(tmp_path, survey, "public or private TAP")
    assert rows["CF111"]["answer_count"] == 1 and "“tap” was counted" in warnings[0]


def test_an_answer_nobody_gives_is_warned_with_the_answers_given(cartong_provider, tmp_path, with_form):
    _, warnings, _, rows = _share(tmp_path, with_form, "river")
    assert (rows["CF111"]["answer_count"], rows["CF111"]["answer_pct"]) == (0, 0.0)
    assert warnings == [
        "No submission gives the answer “river” to water_source: its share is 0 % in every area with enough "
        "submissions. The answers given are: “borehole”: 3 (first: feature 1); “tap”: 1 (first: feature 3); "
        "“other”: 1 (first: feature 5). Check ANSWER_VALUE: it is the choice name the survey stores, not its label."
    ]


def test_an_answer_matching_two_choices_is_refused_naming_them(cartong_provider, tmp_path):
    survey = write_table(tmp_path / "two.gpkg", {"admin2": ["CF111"] * 3, "water_source": ["Well", "well", "tap"]})
    with pytest.raises(QgsProcessingException, match="any of “Well”, “well” \\(written otherwise"):
        _share(tmp_path, survey, "WELL")
    assert not (tmp_path / "counts.gpkg").exists()


def test_an_answer_given_is_counted_without_a_word(cartong_provider, tmp_path, with_form):
    _, warnings, _, rows = _share(tmp_path, with_form, "tap")
    assert warnings == [] and rows["CF111"]["answer_count"] == 1


def test_one_answer_in_two_spellings_is_counted_in_both_and_said(cartong_provider, checked_survey, tmp_path):
    # the imported sample, its borehole answers of province CF11 written "Borehole" (a merged form version)
    edited = tmp_path / "merged.gpkg"
    shutil.copy(checked_survey, edited)
    dataset = ogr.Open(str(edited), 1)  # through GDAL: the GeoPackage's triggers need its SQL functions
    dataset.ExecuteSQL(
        "UPDATE survey SET water_source = 'Borehole' WHERE water_source = 'borehole' AND admin1 = 'CF11'"
    )
    dataset = None
    with sqlite3.connect(edited) as db:
        changed, first = db.execute("SELECT count(*), min(fid) FROM survey WHERE water_source = 'Borehole'").fetchone()
    db.close()
    assert changed > 20
    (tmp_path / "a").mkdir()
    _, before, _, rows_before = _share(tmp_path / "a", f"{checked_survey}|layername=survey", "borehole")
    _, warnings, _, rows = _share(tmp_path, f"{edited}|layername=survey", "borehole")
    assert before == [] and rows == rows_before  # Bimbo, Damara... keep their share, not 0 %
    assert warnings == [
        f"{changed} submissions give “borehole” to water_source written otherwise: “Borehole”: {changed} (first: "
        f"feature {first}). They were counted as “borehole”, the same answer. Correct the survey to write it one way."
    ]


def test_a_spelling_the_form_gives_to_another_choice_is_named_not_counted(cartong_provider, tmp_path):
    # "Borehole" is the label of bh_deep: typed in place of its code, it is no "borehole"
    survey = write_table(
        tmp_path / "deep.gpkg",
        {"admin2": ["CF111"] * 4, "water_source": ["borehole", "Borehole", "borehole", "tap"]},
        choices={"water_source": [("borehole", "Borehole (hand pump)"), ("bh_deep", "Borehole"), ("tap", "Tap")]},
    )
    _, warnings, _, rows = _share(tmp_path, survey, "borehole")
    assert rows["CF111"]["answer_count"] == 2
    assert warnings == [
        "1 submission gives an answer to water_source written like “borehole” but which the form names as another "
        "choice (its name or its label): “Borehole”: 1 (first: feature 2). It was not counted as “borehole”: check it."
    ]
