# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:importsurvey with CSVs Excel saved in a Windows code page: Arabic text comes through as Arabic.

Excel's "CSV (comma delimited)" is Windows-1252 on a French, Spanish or Portuguese Windows and Windows-1256
on an Arabic one. Both read any bytes, and an Arabic survey used to land in the raw table, which promises
the values as received, as "ÏæÇÑ ÇáÓáÇã" for "دوار السلام", under a vague "check the accents".
The code page is now told from the text (Arabic words are runs of bytes above 127; accents sit between
ASCII letters), the warning names it and the way to avoid the guess, and says so when unsure.
"""

from __future__ import annotations

from tests.real_imports import import_with_messages, query

ARABIC_ROWS = [
    ["دوار السلام", "فاطمة الزهراء", "5", "u1"],
    ["قرية النور", "أحمد بن علي", "3", "u2"],
    ["حي الأمل", "مريم", "4", "u3"],
]
WESTERN_ROWS = [
    ["Bégoua", "Hélène Ngaïkoumon", "5", "u1"],
    ["São Tomé", "João", "3", "u2"],
    ["Niño", "Peña", "4", "u3"],
]
HEADER = ["village", "head_name", "hh_size", "_uuid"]


def _csv(path, rows, encoding, before=()):
    """``rows`` under HEADER, ';'-separated with Excel's CRLF, in ``encoding``; ``before``: rows written
    first, in ASCII."""
    lines = [HEADER, *before, *rows]
    path.write_bytes("".join(";".join(row) + "\r\n" for row in lines).encode(encoding))
    return path


def _about_encoding(warnings, name):
    return [w for w in warnings if "UTF-8" in w and name in w]


def test_survey_saved_by_arabic_excel_is_read_as_arabic(cartong_provider, tmp_path):
    data = _csv(tmp_path / "survey_ar.csv", ARABIC_ROWS, "cp1256")
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    raw = query(tmp_path / "s.gpkg", "SELECT village, head_name FROM raw_survey ORDER BY fid")
    assert raw == [tuple(row[:2]) for row in ARABIC_ROWS]
    assert query(tmp_path / "s.gpkg", "SELECT village FROM survey ORDER BY fid") == [(r[0],) for r in ARABIC_ROWS]
    (warning,) = _about_encoding(warnings, "survey_ar.csv")
    assert "Windows-1256" in warning and "'CSV UTF-8'" in warning and "Windows-1252" not in warning


def test_survey_saved_by_western_excel_keeps_its_accents(cartong_provider, tmp_path):
    data = _csv(tmp_path / "survey_fr.csv", WESTERN_ROWS, "cp1252")
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    raw = query(tmp_path / "s.gpkg", "SELECT village, head_name FROM raw_survey ORDER BY fid")
    assert raw == [tuple(row[:2]) for row in WESTERN_ROWS]
    (warning,) = _about_encoding(warnings, "survey_fr.csv")
    assert "Windows-1252" in warning and "'CSV UTF-8'" in warning and "Windows-1256" not in warning


def test_arabic_after_the_first_quarter_megabyte_is_still_read_as_arabic(cartong_provider, tmp_path):
    # the first 256 KiB are ASCII (valid UTF-8): the code page is told from the whole file
    before = [[f"village {i}", f"name {i}", "2", f"a{i}"] for i in range(12000)]
    data = _csv(tmp_path / "long_ar.csv", ARABIC_ROWS, "cp1256", before=before)
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    raw = query(tmp_path / "s.gpkg", "SELECT village FROM raw_survey WHERE _uuid LIKE 'u%' ORDER BY fid")
    assert raw == [(row[0],) for row in ARABIC_ROWS]
    (warning,) = _about_encoding(warnings, "long_ar.csv")
    assert "Windows-1256" in warning


def test_a_file_that_fits_both_code_pages_is_said_uncertain(cartong_provider, tmp_path):
    # rows pasted from two files: Arabic words in Windows-1256, Spanish accents in Windows-1252
    data = tmp_path / "mixed.csv"
    data.write_bytes(
        _csv(tmp_path / "a.csv", ARABIC_ROWS[:1], "cp1256").read_bytes()
        + "".join(";".join(row) + "\r\n" for row in WESTERN_ROWS * 2).encode("cp1252")
    )
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    (warning,) = _about_encoding(warnings, "mixed.csv")
    assert "Windows-1252" in warning and "Windows-1256" in warning and "'CSV UTF-8'" in warning
