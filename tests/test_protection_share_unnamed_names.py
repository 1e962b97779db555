# SPDX-License-Identifier: GPL-3.0-or-later
"""People's names typed in columns whose names say nothing of them ("chef_menage", "quien_respondio") are
not shared (attack 13b, finding 3): a survey that follows the "no name column" advice may still type names
elsewhere, and no keyword finds them. A column whose values are mostly different and mostly look like names
(2 to 4 capitalised words, or Arabic words) is rated high; villages and teams repeated from row to row stay."""

from __future__ import annotations

from tests.protection_data import import_for_sharing, share, write_semicolon_csv

FIRST = ["Omar", "Ahmad", "Hortense", "Aïcha", "Florentine", "Mariam", "Jean-Marie", "Clarisse", "Layla", "Esther"]
LAST = ["Yousef", "Tambala", "Wabo", "Haddad", "Gbaya", "Zokoué", "N'Gaba", "Doko", "Saleh", "Zoumaldé"]
ARABIC_FIRST = ["فاطمة", "محمد", "عائشة", "يوسف", "ليلى", "أحمد", "مريم", "علي"]
ARABIC_LAST = ["الزهراء", "حسن", "صالح", "أحمد", "خليل", "عمر", "سعيد", "ناصر"]
ROWS = 40


def _name(i: int, shift: int) -> str:
    return f"{FIRST[(i + shift) % 10]} {LAST[(i // 10 + i * 3 + shift) % 10]}"  # 40 different names


def test_names_in_columns_named_otherwise_are_not_shared(cartong_provider, tmp_path):
    header = ["chef_menage", "quien_respondio", "voisin_reference", "المسؤول", "village", "equipe", "hh_size", "_uuid"]
    villages = ["Bangui Centre", "Bimbo", "Mont Cameroun", "Boali", "Bégoua"]
    rows = [
        [
            _name(i, 0),
            _name(i, 3),
            _name(i, 7),
            f"{ARABIC_FIRST[i % 8]} {ARABIC_LAST[(i // 8 + i * 3) % 8]}",
            villages[i % 5],
            ("Equipe Nord", "Equipe Sud")[i % 2],
            str(1 + i % 7),
            f"u{i}",
        ]
        for i in range(ROWS)
    ]
    gpkg = import_for_sharing(write_semicolon_csv(tmp_path / "s.csv", header, rows), tmp_path / "s.gpkg")
    output = tmp_path / "shared.csv"
    result = share(gpkg, output, LOCATION_MODE=3)
    removed = set(result["HIGH_RISK_REMOVED"].split(","))
    assert {"chef_menage", "quien_respondio", "voisin_reference", "المسؤول"} <= removed
    text = output.read_text(encoding="utf-8-sig")
    assert not [n for i in range(ROWS) for n in (_name(i, 0), _name(i, 3)) if n in text]
    assert {"village", "equipe", "hh_size"} <= set(text.splitlines()[0].split(","))
    assert "Mont Cameroun" in text and "Equipe Nord" in text
