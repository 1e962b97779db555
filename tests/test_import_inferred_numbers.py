# SPDX-License-Identifier: GPL-3.0-or-later
"""Without a form, a column is typed a number only when every value is that number exactly.

Phone numbers and codes with leading zeros (``0701234567`` beside ``0.5``), numbers written with a
``+`` (``+256701234567``) and identifiers with more digits than a double holds
(``12345678901234567890``) stay text in the typed table: typed as decimals they lost their zeros,
their ``+`` or their last digits, without a word.
"""

from __future__ import annotations

from tests.real_imports import import_with_messages, query

ROWS = [
    ("0701234567", "+256701234567", "12345678901234567890", "3.14159265358979323846", "36.81667443333333"),
    ("0.5", "12", "7", "2.5", "0.1"),
    ("", "+1", "", "", ""),
]


def test_numbers_that_a_double_would_change_stay_text(cartong_provider, tmp_path):
    path = tmp_path / "phones.csv"
    path.write_text("phone,intl,uid,pi,lat_ok\n" + "".join(",".join(r) + "\n" for r in ROWS), encoding="utf-8")
    import_with_messages(path, tmp_path / "p.gpkg")
    typed = query(tmp_path / "p.gpkg", "SELECT phone, intl, uid, pi, lat_ok FROM survey ORDER BY fid")
    assert [row[:4] for row in typed] == [tuple(v or None for v in r[:4]) for r in ROWS]
    assert [row[4] for row in typed] == [36.81667443333333, 0.1, None]  # exact as a double: a number
