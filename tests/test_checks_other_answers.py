# SPDX-License-Identifier: GPL-3.0-or-later
"""'Other (specify)' answers listed for recoding."""

from __future__ import annotations

import pandas as pd

from cartong_plugin.core.cleaning.checks import ChecksConfig
from cartong_plugin.core.cleaning.checks.other_answers import list_other_answers
from cartong_plugin.core.survey.xlsform import Choice, FormSpec, Question


def _form():
    return FormSpec(
        questions={
            "source": Question("source", "select_one", list_name="src"),
            "source_other": Question("source_other", "text", relevant="${source} = 'other'"),
        },
        choices={
            "src": [
                Choice("borehole", {"default": "Borehole"}),
                Choice("rain", {"default": "Rain water"}),
                Choice("other", {"default": "Other"}),
            ]
        },
        languages=["default"],
        default_language="default",
    )


def test_each_other_text_is_listed_with_its_question():
    df = pd.DataFrame(
        {
            "_uuid": ["a", "b", "c"],
            "source": ["other", "rain", "other"],
            "source_other": ["charrette", None, "Rain-water"],
        }
    )
    entries = list_other_answers(df, _form(), ChecksConfig())
    assert [(e.uuid, e.question, e.old_value, e.issue) for e in entries] == [
        ("a", "source_other", "charrette", "recode other"),
        ("c", "source_other", "Rain-water", "recode other"),
    ]


def test_text_close_to_an_existing_choice_suggests_it():
    df = pd.DataFrame({"_uuid": ["c"], "source": ["other"], "source_other": ["Rain-water"]})
    (entry,) = list_other_answers(df, _form(), ChecksConfig())
    assert "'rain'" in entry.explanation


def test_no_other_text_raises_nothing():
    df = pd.DataFrame({"_uuid": ["a"], "source": ["rain"], "source_other": [None]})
    assert list_other_answers(df, _form(), ChecksConfig()) == []


def test_without_a_form_columns_ending_in_other_are_used():
    df = pd.DataFrame({"_uuid": ["a", "b"], "shelter": ["other", "owned"], "shelter_other": ["tente", ""]})
    assert [(e.uuid, e.question) for e in list_other_answers(df, None, ChecksConfig())] == [("a", "shelter_other")]
