# SPDX-License-Identifier: GPL-3.0-or-later
"""Without a form, a column is typed a number only when every value is that number exactly.

Phone numbers and codes with leading zeros (``0701234567`` beside ``0.5``), numbers written with a
``+`` (``+256701234567``) and identifiers with more digits than a double holds
(``12345678901234567890``) stay text in the typed table: typed as decimals they lost their zeros,
their ``+`` or their last digits, without a word. A column of whole numbers where one is written
"1.000" (one thousand in French, Spanish or Portuguese writing) is typed decimal with the warning a
form's integer column gets.
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


def test_whole_numbers_with_a_point_and_three_zeros_are_warned_without_a_form(cartong_provider, tmp_path):
    # "1.000" is one thousand in French, Spanish or Portuguese writing: typed 1.0, said so
    data = tmp_path / "amb.csv"
    data.write_text("village;n_people;weight;_uuid\nA;1.000;1.000;u1\nB;2;2.5;u2\nC;3;3;u3\n", encoding="utf-8")
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    assert query(tmp_path / "s.gpkg", "SELECT n_people, weight FROM survey ORDER BY fid") == [
        (1.0, 1.0),
        (2.0, 2.5),
        (3.0, 3.0),
    ]
    assert query(tmp_path / "s.gpkg", "SELECT n_people FROM raw_survey ORDER BY fid") == [("1.000",), ("2",), ("3",)]
    assert [w for w in warnings if "column n_people" in w] == [
        "amb.csv, column n_people: 1 value(s) have a point then three zeros, read as a decimal point (first at "
        "row 2: '1.000' is 1.0). If the point separates thousands, correct them; the raw table keeps them."
    ]
    assert not [w for w in warnings if "column weight" in w]  # a column of decimals: "1.000" is one


def test_codes_written_like_numbers_with_an_exponent_stay_text(cartong_provider, tmp_path):
    # "1E5" is shelter 1, row E, plot 5, never 100000: no number writer spells a number so (Excel writes
    # 1E+05, Python 1e+05, Java 1.0E5), which stay numbers
    data = tmp_path / "codes.csv"
    data.write_text("shelter,mixed,sci,_uuid\n1E5,2.5,1.5E+05,u1\n2E5,12e3,1.0E5,u2\n3E5,7,2e-3,u3\n", encoding="utf-8")
    _result, warnings = import_with_messages(data, tmp_path / "c.gpkg")
    assert query(tmp_path / "c.gpkg", "SELECT shelter, mixed, sci FROM survey ORDER BY fid") == [
        ("1E5", "2.5", 150000.0),
        ("2E5", "12e3", 100000.0),
        ("3E5", "7", 0.002),
    ]
    assert not [w for w in warnings if "shelter" in w or "mixed" in w]
