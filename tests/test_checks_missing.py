# SPDX-License-Identifier: GPL-3.0-or-later
"""Required answers missing, with the form's skip logic (relevant) respected."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from cartong_plugin.core.cleaning.checks import ChecksConfig
from cartong_plugin.core.cleaning.checks.missing import find_missing_required
from cartong_plugin.core.cleaning.checks.relevance import UnsupportedExpression, evaluate_condition
from cartong_plugin.core.survey.xlsform import FormSpec, Group, Question


def _form(*questions, groups=()):
    return FormSpec(questions={q.name: q for q in questions}, groups={g.path: g for g in groups})


def _df(**columns):
    return pd.DataFrame(columns, dtype=object)


def test_empty_required_answer_is_flagged():
    form = _form(Question("age", "integer", required=True))
    df = _df(_uuid=["a", "b", "c"], age=["4", None, " "])
    assert [e.uuid for e in find_missing_required(df, form, ChecksConfig())] == ["b", "c"]


def test_optional_question_left_empty_is_not_flagged():
    form = _form(Question("phone", "text", required=False))
    assert find_missing_required(_df(_uuid=["a"], phone=[None]), form, ChecksConfig()) == []


def test_required_question_skipped_by_relevant_is_not_flagged():
    form = _form(
        Question("source", "select_one"),
        Question("source_other", "text", required=True, relevant="${source} = 'other'"),
    )
    df = _df(_uuid=["a", "b"], source=["well", "other"], source_other=[None, None])
    assert [e.uuid for e in find_missing_required(df, form, ChecksConfig())] == ["b"]


def test_relevant_of_the_enclosing_group_is_respected():
    group = Group("household")
    group.relevant = "${consent} = 'yes'"  # the form reader may or may not keep it: both are read
    form = _form(
        Question("consent", "select_one"),
        Question("hh_size", "integer", required=True, group="household"),
        groups=[group],
    )
    df = _df(_uuid=["a", "b"], consent=["no", "yes"], hh_size=[None, None])
    assert [e.uuid for e in find_missing_required(df, form, ChecksConfig())] == ["b"]


def test_unreadable_relevant_skips_the_question():
    form = _form(Question("x", "text", required=True, relevant="${a} + ${b} > 3"))
    df = _df(_uuid=["a"], a=["1"], b=["5"], x=[None])
    assert find_missing_required(df, form, ChecksConfig()) == []


def test_relevant_expressions_are_evaluated_per_row():
    df = _df(a=["yes", "no", None], m=["x y", "y", ""], n=[3, 10, None])
    assert evaluate_condition("${a} = 'yes' or selected(${m}, 'y') and ${n} > 5", df).tolist() == [True, True, False]
    assert evaluate_condition("not(${a} = 'yes')", df).tolist() == [False, True, True]
    assert evaluate_condition("count-selected(${m}) >= 2", df).tolist() == [True, False, False]
    assert isinstance(evaluate_condition("${n} != ''", df), np.ndarray)


def test_unknown_function_is_unsupported():
    with pytest.raises(UnsupportedExpression):
        evaluate_condition("jr:choice-name(${a}, '${a}') = 'x'", _df(a=["1"]))
