# SPDX-License-Identifier: GPL-3.0-or-later
"""Constraint and statistical outliers on small hand-made tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.cleaning.checks import ChecksConfig
from cartong_plugin.core.cleaning.checks.outliers import constraint_bounds, find_outliers
from cartong_plugin.core.survey.xlsform import FormSpec, Question


def _form(*questions):
    return FormSpec(questions={q.name: q for q in questions})


def test_constraint_bounds_are_read_from_the_form():
    assert constraint_bounds(". >= 1 and . <= 30") == (1.0, True, 30.0, True)
    assert constraint_bounds(".> 17 and .< 120") == (17.0, False, 120.0, False)
    assert constraint_bounds("regex(., '^[0-9]{8}$')") is None
    assert constraint_bounds(". <= today()") is None


def test_value_outside_constraint_is_flagged():
    form = _form(Question("hh_size", "integer", constraint=". >= 1 and . <= 30"))
    df = pd.DataFrame({"_uuid": ["a", "b", "c"], "hh_size": ["5", "99", "0"]})
    entries = find_outliers(df, form, ChecksConfig())
    assert [(e.uuid, e.check_id, e.old_value) for e in entries] == [
        ("b", "outliers.constraint", "99"),
        ("c", "outliers.constraint", "0"),
    ]


def test_values_inside_constraint_raise_nothing():
    form = _form(Question("hh_size", "integer", constraint=". >= 1 and . <= 30"))
    df = pd.DataFrame({"_uuid": list("abc"), "hh_size": [1, 30, 12]})
    assert find_outliers(df, form, ChecksConfig()) == []


def _sample(n=200, seed=1):
    rng = np.random.default_rng(seed)
    return rng.normal(50, 8, n).round(1)


def test_extreme_value_is_a_statistical_outlier():
    values = _sample()
    values[7] = 400.0
    df = pd.DataFrame({"_uuid": [f"u{i}" for i in range(len(values))], "weight": values})
    entries = find_outliers(df, None, ChecksConfig())
    assert [(e.uuid, e.check_id) for e in entries] == [("u7", "outliers.statistical")]


def test_normal_spread_raises_no_statistical_outlier():
    values = _sample(seed=2)
    df = pd.DataFrame({"_uuid": [f"u{i}" for i in range(len(values))], "weight": values})
    assert find_outliers(df, None, ChecksConfig()) == []


def test_skewed_amounts_are_judged_on_a_log_scale():
    rng = np.random.default_rng(3)
    income = np.exp(rng.normal(10, 0.8, 400)).round()  # long right tail, no error
    income[5] = income[5] * 100  # two extra zeros
    df = pd.DataFrame({"_uuid": [f"u{i}" for i in range(len(income))], "income": income})
    assert [e.uuid for e in find_outliers(df, None, ChecksConfig())] == ["u5"]


def test_outliers_are_judged_within_their_group():
    rng = np.random.default_rng(4)
    low, high = rng.normal(10, 1, 50), rng.normal(100, 10, 50)
    values = np.concatenate([low, high])
    values[3] = 100.0  # normal overall, absurd in its group
    df = pd.DataFrame({"_uuid": [f"u{i}" for i in range(100)], "v": values, "zone": ["A"] * 50 + ["B"] * 50})
    assert find_outliers(df, None, ChecksConfig()) == []
    grouped = find_outliers(df, None, ChecksConfig(outlier_group="zone"))
    assert [e.uuid for e in grouped] == ["u3"]


def test_a_group_field_that_is_no_column_is_refused_not_the_whole_table_compared():
    df = pd.DataFrame({"_uuid": [f"u{i}" for i in range(30)], "v": range(30), "zone": ["A"] * 30})
    with pytest.raises(CartongError, match=r"no field zone_id in the survey \(OUTLIER_GROUP\)"):
        find_outliers(df, None, ChecksConfig(outlier_group="zone_id"))


def test_text_in_a_number_question_is_flagged():
    form = _form(Question("age", "integer"))
    df = pd.DataFrame({"_uuid": ["a", "b"], "age": ["34", "trente"]})
    assert [(e.uuid, e.check_id) for e in find_outliers(df, form, ChecksConfig())] == [("b", "outliers.not_a_number")]


def test_one_answer_far_from_the_value_all_others_give_is_flagged():
    """Households answer 2 but one or two (IQR and MAD 0): the 500 is not its own yardstick, the unit of a
    count or the other answers' distance is. A 3 among the 2s is no outlier."""

    def flagged(*last):
        answers = [2] * (100 - len(last)) + list(last)
        df = pd.DataFrame({"_uuid": [f"u{i}" for i in range(100)], "rooms": answers})
        return [(e.uuid, e.old_value, e.issue) for e in find_outliers(df, None, ChecksConfig())]

    assert flagged(500) == [("u99", "500", "statistical outlier (common value)")]
    assert flagged(3, 500) == [("u99", "500", "statistical outlier (common value)")]
    assert flagged(3) == []
