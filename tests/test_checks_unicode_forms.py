# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks takes a name in its decomposed Unicode form (NFD: "i" then U+0308, as macOS and iOS
keyboards send it) and in its composed form (NFC: "ï") for the same name, as the reviewer sees them: the
same key fields, the same answers, a typed admin name written as in the gazetteer. The log keeps the value
as it is stored; the survey is not changed."""

from __future__ import annotations

import sqlite3
import unicodedata
from contextlib import closing

import pytest
from household_checks import ADMIN_NAMES, DUPLICATES, OUTLIERS, admin_layer, import_households, run_checks

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _stored(gpkg, uuid: str, column: str) -> str:
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(f"SELECT {column} FROM survey WHERE _uuid = ?", (uuid,)).fetchone()[0]


def test_the_same_household_typed_on_a_phone_in_nfd_repeats_the_key_fields(cartong_provider, tmp_path):
    gpkg = import_households(
        tmp_path,
        [
            (nfc("Kpéténé"), nfc("Marie Ngaïkoïsset"), "5", "CF1111", "Bimbo", "u1"),
            (nfd("Kpéténé"), nfd("Marie Ngaïkoïsset"), "6", "CF1111", "Bimbo", "u2"),
            (nfc("Kpéténé"), nfc("Jean Ngaïkoïsset"), "4", "CF1111", "Bimbo", "u3"),
        ],
    )
    assert _stored(gpkg, "u2", "village") == nfd("Kpéténé") != nfc("Kpéténé")  # imported as received
    results, _ = run_checks(gpkg, [DUPLICATES], DUPLICATE_KEYS="village,head_name")
    (entry,) = [e for e in read_log_from_gpkg(gpkg) if e.check_id == "duplicates.keys"]
    assert (entry.uuid, entry.explanation) == ("u2", "Same village, head_name as submission u1.")
    assert entry.old_value == nfd("Kpéténé | Marie Ngaïkoïsset")  # the value as stored, not rewritten
    assert results["DUPLICATES"] == 1
    assert _stored(gpkg, "u2", "village") == nfd("Kpéténé")


def test_answers_that_differ_only_by_unicode_form_are_duplicated_answers(cartong_provider, tmp_path):
    gpkg = import_households(
        tmp_path,
        [
            (nfc("Kpéténé"), nfc("Marie Ngaïkoïsset"), "5", "CF1112", nfc("Bégoua"), "u1"),
            (nfd("Kpéténé"), nfd("Marie Ngaïkoïsset"), "5", "CF1112", nfd("Bégoua"), "u2"),
            (nfc("Kpéténé"), nfc("Jean Ngaïkoïsset"), "4", "CF1112", nfc("Bégoua"), "u3"),
        ],
    )
    run_checks(gpkg, [DUPLICATES])
    assert [(e.uuid, e.check_id) for e in read_log_from_gpkg(gpkg)] == [("u2", "duplicates.answers")]


@pytest.mark.parametrize(
    ("typed", "gazetteer"),
    [(nfd("Bégoua"), nfc("Bégoua")), (nfc("Bégoua"), nfd("Bégoua"))],
    ids=["typed in NFD", "gazetteer in NFD"],
)
def test_an_admin_name_written_as_in_the_gazetteer_in_another_unicode_form_is_exact(
    cartong_provider, tmp_path, typed, gazetteer
):
    """Not "admin name misspelt" with the same name suggested (score 1.00): no log row at all."""
    gpkg = import_households(
        tmp_path,
        [
            ("Boyali", "Jean Koyassambia", "7", "CF1112", typed, "u1"),
            ("Boyali", "Pauline Gbazi", "4", "CF1112", "Begoua", "u2"),  # accent left out: a real misspelling
        ],
    )
    results, _ = run_checks(gpkg, [ADMIN_NAMES], ADMIN=admin_layer(tmp_path, ("Bimbo", gazetteer)))
    entries = read_log_from_gpkg(gpkg)
    assert [(e.uuid, e.check_id, e.old_value) for e in entries] == [("u2", "admin_names.match", "Begoua")]
    assert entries[0].new_value == gazetteer  # the gazetteer's name, as the gazetteer writes it
    assert results["ADMIN_NAMES"] == 1


def test_a_group_name_in_both_unicode_forms_is_one_group_of_outliers(cartong_provider, tmp_path):
    """24 households of Bégoua, half typed on phones (NFD): one group, large enough (20) to be judged."""
    households = [
        ("Boyali", f"Head {i}", str(3 + i % 5), "CF1112", (nfd if i % 2 else nfc)("Bégoua"), f"g{i}") for i in range(24)
    ]
    households[6] = ("Boyali", "Head 6", "40", "CF1112", nfc("Bégoua"), "g6")
    gpkg = import_households(tmp_path, households)
    run_checks(gpkg, [OUTLIERS], OUTLIER_GROUP="admin2_typed")
    (entry,) = [e for e in read_log_from_gpkg(gpkg) if e.check_id == "outliers.statistical"]
    assert (entry.uuid, entry.question, entry.old_value) == ("g6", "hh_size", "40")
