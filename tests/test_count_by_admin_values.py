# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin, mean or median of a question answered as text: the answers that are no
number are named with their feature, a decimal comma is said, and a question where no answer is a
number is refused (it would map "no data" everywhere)."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from tests.map_counts import run_count, write_table

pytestmark = pytest.mark.usefixtures("collect_cycles")


ANSWERS = ["4", "6", "five", "4,5", "8", "n/a", "10"]  # features 1 to 7


def test_mean_names_the_answers_left_out_and_the_decimal_comma(cartong_provider, tmp_path):
    survey = write_table(tmp_path / "s.gpkg", {"admin2": ["CF111"] * len(ANSWERS), "hh_size_txt": ANSWERS})
    _, warnings, _, rows = run_count(tmp_path, survey, STATISTIC="mean", VALUE_FIELD="hh_size_txt")
    assert rows["CF111"]["value_count"] == 5 and rows["CF111"]["value_mean"] == pytest.approx(6.5)
    assert warnings == [
        "2 answers of hh_size_txt are not numbers and were left out of the summary per area: “five”: 1 "
        "(first: feature 3); “n/a”: 1 (first: feature 6). Correct them in the survey if they are numbers.",
        "1 answer of hh_size_txt is written with a decimal comma and was counted as a number, as the import "
        "reads it: “4,5” as 4.5: 1 (first: feature 4). If the comma separates thousands, correct it in the survey.",
    ]


def test_median_of_a_text_question_is_refused_naming_it(cartong_provider, tmp_path):
    survey = write_table(tmp_path / "s.gpkg", {"admin2": ["CF111", "CF112", "CF111"], "water": ["well", "tap", "well"]})
    with pytest.raises(QgsProcessingException) as raised:
        run_count(tmp_path, survey, STATISTIC="median", VALUE_FIELD="water")
    assert str(raised.value) == (
        "No answer of water is a number (“well”: 2 (first: feature 1); “tap”: 1 (first: feature 2)): a mean or "
        "median needs a numeric question. Choose the question holding the numbers."
    )
    assert not (tmp_path / "counts.gpkg").exists()


def test_numbers_only_give_no_warning(cartong_provider, tmp_path):
    survey = write_table(tmp_path / "s.gpkg", {"admin2": ["CF111"] * 3, "n": ["4", None, " 8 "]})
    _, warnings, _, rows = run_count(tmp_path, survey, STATISTIC="mean", VALUE_FIELD="n")
    assert warnings == [] and rows["CF111"]["value_mean"] == pytest.approx(6.0)
