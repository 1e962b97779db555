# SPDX-License-Identifier: GPL-3.0-or-later
"""Typed admin names matched to P-codes: normalisation, scores, ambiguity, mismatching codes."""

from __future__ import annotations

import pandas as pd

from cartong_plugin.core.cleaning.checks import ChecksConfig
from cartong_plugin.core.cleaning.checks.admin_names import Place, match_admin_names, match_name, normalise

GAZETTEER = (
    Place("CF111", "Bimbo", "CF11"),
    Place("CF112", "Bégoua", "CF11"),
    Place("CF421", "Kouango", "CF42"),
    Place("CF511", "Kouanga", "CF51"),
    Place("CF611", "Bossembélé", "CF61"),
)


def test_normalise_drops_accents_case_punctuation_and_spaces():
    assert normalise("  Bossembélé-  Centre ") == "bossembele centre"


def test_exact_name_matches_with_full_score():
    result = match_name("Bimbo", GAZETTEER)
    assert (result.status, result.places[0].pcode, result.score) == ("exact", "CF111", 1.0)


def test_misspelt_name_matches_its_pcode_with_a_score():
    result = match_name("Bossembele ", GAZETTEER)
    assert (result.status, result.places[0].pcode) == ("match", "CF611")
    result = match_name("Bossembelle", GAZETTEER)
    assert result.status == "match" and result.places[0].pcode == "CF611" and 0.8 <= result.score < 1


def test_equally_close_names_are_ambiguous_not_guessed():
    result = match_name("Kouangu", GAZETTEER)
    assert result.status == "ambiguous"
    assert {p.pcode for p in result.places} == {"CF421", "CF511"}


def test_answered_parent_settles_an_ambiguous_match():
    result = match_name("Kouangu", GAZETTEER, parent="CF51")
    assert (result.status, result.places[0].pcode) == ("match", "CF511")


def test_unrelated_name_matches_nothing():
    assert match_name("Paris", GAZETTEER).status == "none"


def test_log_entries_for_each_kind_of_name():
    df = pd.DataFrame(
        {
            "_uuid": list("abcde"),
            "zone_typed": ["Bimbo", "bégoua", "Kouangu", "Paris", "Bimbo"],
            "zone": ["CF111", "CF112", "CF421", "CF111", "CF112"],
        }
    )
    config = ChecksConfig(gazetteer=GAZETTEER, admin_name_columns=("zone_typed",))
    entries = match_admin_names(df, None, config)
    assert sorted((e.uuid, e.check_id, e.new_value) for e in entries) == [
        ("b", "admin_names.match", "Bégoua"),
        ("c", "admin_names.ambiguous", ""),
        ("d", "admin_names.no_match", ""),
        ("e", "admin_names.code_mismatch", ""),
    ]
    assert "CF421" in next(e.explanation for e in entries if e.uuid == "c")
