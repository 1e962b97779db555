# SPDX-License-Identifier: GPL-3.0-or-later
"""Duplicate checks on small hand-made tables."""

from __future__ import annotations

import pandas as pd
import pytest

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.cleaning.checks import ChecksConfig
from cartong_plugin.core.cleaning.checks.duplicates import (
    find_duplicate_keys,
    find_duplicate_uuids,
    find_identical_answers,
)


def _table(**columns):
    return pd.DataFrame(columns, dtype=object)


def test_second_copy_of_a_uuid_is_flagged_for_review():
    df = _table(_uuid=["a", "b", "a"], _index=["11", "12", "13"], q=["x", "y", "z"])
    entries = find_duplicate_uuids(df, None, ChecksConfig())
    assert [(e.uuid, e.question, e.change_type) for e in entries] == [("a", "_uuid", "pending")]
    assert "_index 13" in entries[0].explanation  # the export's _index, not the row's position


def test_unique_uuids_raise_nothing():
    df = _table(_uuid=["a", "b", "c"], q=["x", "x", "x"])
    assert find_duplicate_uuids(df, None, ChecksConfig()) == []


def test_repeated_key_fields_name_the_first_submission():
    df = _table(_uuid=["a", "b", "c"], hh_id=["H1", "H2", "H1"], day=["d1", "d1", "d1"])
    entries = find_duplicate_keys(df, None, ChecksConfig(duplicate_keys=("hh_id", "day")))
    assert [(e.uuid, e.question, e.old_value) for e in entries] == [("c", "hh_id", "H1 | d1")]
    assert "a" in entries[0].explanation


def test_a_key_field_that_is_no_column_is_refused_not_left_out():
    df = _table(_uuid=["a", "b"], hh_id=["H1", "H1"], day=["d1", "d1"])
    with pytest.raises(CartongError, match=r"no field hh_idd in the survey \(DUPLICATE_KEYS\).*: hh_id"):
        find_duplicate_keys(df, None, ChecksConfig(duplicate_keys=("hh_idd", "day")))


def test_key_fields_without_a_uuid_column_raise_nothing():
    df = _table(hh_id=["H1", "H1"])
    assert find_duplicate_keys(df, None, ChecksConfig(duplicate_keys=("hh_id",))) == []


def test_a_blank_second_key_field_is_not_a_duplicate():
    df = _table(_uuid=["a", "b", "c"], hh_id=["H1", "H1", "H1"], day=["d1", None, None])
    assert find_duplicate_keys(df, None, ChecksConfig(duplicate_keys=("hh_id", "day"))) == []


def test_empty_key_fields_are_not_duplicates():
    df = _table(_uuid=["a", "b"], hh_id=[None, None])
    assert find_duplicate_keys(df, None, ChecksConfig(duplicate_keys=("hh_id",))) == []


def test_identical_answers_under_new_uuid_are_flagged():
    df = _table(
        _uuid=["a", "b", "c"],
        q1=["1", "2", "1"],
        q2=["x", "y", "x"],
        q3=["k", "k", "k"],
        _submission_time=["t1", "t2", "t3"],
    )
    entries = find_identical_answers(df, None, ChecksConfig())
    assert [(e.uuid, e.check_id) for e in entries] == [("c", "duplicates.answers")]


def test_identical_answers_are_compared_on_the_form_s_questions_only(sample_dir):
    from cartong_plugin.core.survey.xlsform import read_xlsform

    form = read_xlsform(sample_dir / "household_survey_form.xlsx")
    # a re-send with new start/end times, and a column the form does not have (added by hand) that differs
    df = _table(
        _uuid=["a", "b"],
        start=["t1", "t2"],
        end=["t3", "t4"],
        enumerator=["Awa", "Awa"],
        hh_size=["4", "4"],
        head_age=["30", "30"],
        income_month=["5000", "5000"],
        my_total=["1", "2"],
    )
    entries = find_identical_answers(df, form, ChecksConfig())
    assert [(e.uuid, e.check_id) for e in entries] == [("b", "duplicates.answers")]
    assert find_identical_answers(df, None, ChecksConfig()) == []  # without the form, my_total is an answer


def test_answers_differing_in_one_question_are_not_identical():
    df = _table(_uuid=["a", "b"], q1=["1", "1"], q2=["x", "x"], q3=["k", "m"])
    assert find_identical_answers(df, None, ChecksConfig()) == []


def test_identical_answers_with_a_blank_date_time_name_the_first_submission():
    """A date-time answer left blank in both copies: the explanation names the first one (pandas 1.5's
    groupby(dropna=False) gave NaN for a group whose key held NaT, and the log said 'submission nan')."""
    df = _table(_uuid=["a", "b", "c"], q1=["1", "2", "1"], q2=["x", "y", "x"], q3=["k", "k", "k"])
    df["visit"] = pd.to_datetime(["2026-03-02 08:00", "2026-03-02 09:00", None], utc=True)
    df.loc[0, "visit"] = pd.NaT
    entries = find_identical_answers(df, None, ChecksConfig())
    assert [e.uuid for e in entries] == ["c"] and "submission a" in entries[0].explanation
