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


def _utf8_export_with_lines_in(path, count, late, after=0):
    """A UTF-8 export of ``count`` households with accents, then the rows ``late`` (lists) saved by an editor
    in Windows-1252 (a row typed in Notepad, two teams' files joined), then ``after`` households in UTF-8."""
    rows = ["start;name;village;comment;_uuid"] + [f"2024-03-01;Hélène {i};Bégoua;déjà vu;u{i}" for i in range(count)]
    following = "".join(f"2024-03-03;Adèle {i};Bégoua;déjà vu;v{i}\n" for i in range(after))
    path.write_bytes(
        ("\n".join(rows) + "\n").encode("utf-8")
        + "".join(";".join(row) + "\n" for row in late).encode("cp1252")
        + following.encode("utf-8")
    )
    return path


def test_one_windows_1252_line_in_a_utf8_export_leaves_the_other_accents_intact(cartong_provider, tmp_path):
    data = _utf8_export_with_lines_in(tmp_path / "menages.csv", 3000, [["2024-03-02", "Rémi", "Bégoua", "fixed", "r1"]])
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    sql = "SELECT name, village, comment FROM {} WHERE fid IN (1, 3000, 3001) ORDER BY fid"
    expected = [("Hélène 0", "Bégoua", "déjà vu"), ("Hélène 2999", "Bégoua", "déjà vu"), ("Rémi", "Bégoua", "fixed")]
    assert query(tmp_path / "s.gpkg", sql.format("raw_survey")) == expected
    assert query(tmp_path / "s.gpkg", sql.format("survey")) == expected
    assert query(tmp_path / "s.gpkg", "SELECT count(*) FROM raw_survey WHERE name LIKE '%Ã%'") == [(0,)]
    (warning,) = _about_encoding(warnings, "menages.csv")
    # the line as a text editor numbers it (the header is line 1); no advice to save it again from Excel,
    # which would read the whole file as Windows-1252 and keep the damage
    assert "line 3002" in warning and "Windows-1252" in warning and "'CSV UTF-8'" not in warning


def test_windows_1252_lines_past_the_first_quarter_megabyte_do_not_keep_gdals_copy(cartong_provider, tmp_path):
    # the first 256 KiB are valid UTF-8: GDAL copies the file for the raw table while pandas reads it, and
    # GDAL reads UTF-8 only; its copy (checked on its first and last rows, and rows with quotes or line
    # breaks) must give way to the text read line by line
    late = [["2024-03-02", "Rémi", "Bégoua", "fixed", "r1"], ["2024-03-02", "Zoé", "Ngaïkoumon", "ok", "r2"]]
    data = _utf8_export_with_lines_in(tmp_path / "long.csv", 8000, late, after=200)
    assert data.stat().st_size > 256 * 1024
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    sql = "SELECT name, village FROM raw_survey WHERE fid IN (1, 8001, 8002, 8202) ORDER BY fid"
    raw = query(tmp_path / "s.gpkg", sql)
    assert raw == [("Hélène 0", "Bégoua"), ("Rémi", "Bégoua"), ("Zoé", "Ngaïkoumon"), ("Adèle 199", "Bégoua")]
    (warning,) = _about_encoding(warnings, "long.csv")
    assert "lines 8002, 8003" in warning
    encoding = query(tmp_path / "s.gpkg", "SELECT encoding FROM cartong_metadata")
    assert encoding == [("utf-8+cp1252",)]


def test_arabic_lines_saved_by_excel_in_a_utf8_arabic_export_are_read_as_windows_1256(cartong_provider, tmp_path):
    header = "village;head_name;hh_size;_uuid"
    utf8 = [";".join(row) for row in ARABIC_ROWS * 10]
    late = [[village, name, size, uuid + "b"] for village, name, size, uuid in ARABIC_ROWS]
    data = tmp_path / "joined.csv"
    data.write_bytes(
        ("\n".join([header, *utf8]) + "\n").encode("utf-8")
        + "".join(";".join(row) + "\n" for row in late).encode("cp1256")
    )
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    raw = query(tmp_path / "s.gpkg", "SELECT village, head_name FROM raw_survey ORDER BY fid")
    assert raw == [tuple(row[:2]) for row in ARABIC_ROWS * 11]
    (warning,) = _about_encoding(warnings, "joined.csv")
    assert "Windows-1256" in warning and "lines 32, 33, 34" in warning


def test_many_lines_are_named_by_the_first_few_and_their_count(cartong_provider, tmp_path):
    late = [["2024-03-02", f"Rémi {i}", "Bégoua", "fixed", f"r{i}"] for i in range(7)]
    data = _utf8_export_with_lines_in(tmp_path / "menages.csv", 100, late)
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    assert query(tmp_path / "s.gpkg", "SELECT name FROM raw_survey WHERE fid IN (1, 107) ORDER BY fid") == [
        ("Hélène 0",),
        ("Rémi 6",),
    ]
    (warning,) = _about_encoding(warnings, "menages.csv")
    assert " 7 lines" in warning and "lines 102, 103, 104, 105, 106…" in warning and "107" not in warning


def test_an_ascii_export_with_a_few_windows_1252_lines_is_still_read_wholly_as_windows_1252(cartong_provider, tmp_path):
    # no line is UTF-8 beyond ASCII: nothing says the file was UTF-8, the known warning stays
    rows = [["Begoua", "Helene", "5", f"a{i}"] for i in range(50)]
    data = _csv(tmp_path / "survey_fr.csv", WESTERN_ROWS, "cp1252", before=rows)
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    raw = query(tmp_path / "s.gpkg", "SELECT village, head_name FROM raw_survey WHERE _uuid LIKE 'u%' ORDER BY fid")
    assert raw == [tuple(row[:2]) for row in WESTERN_ROWS]
    (warning,) = _about_encoding(warnings, "survey_fr.csv")
    assert "is not UTF-8" in warning and "'CSV UTF-8'" in warning


def test_a_file_half_utf8_half_windows_1252_is_read_as_windows_1252_as_before(cartong_provider, tmp_path):
    # the lines not in UTF-8 are no small minority: the file is read in the code page, as Excel would
    late = [["2024-03-02", "Rémi", "Bégoua", "fixed", f"r{i}"] for i in range(20)]
    data = _utf8_export_with_lines_in(tmp_path / "halves.csv", 20, late)
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg")
    (warning,) = _about_encoding(warnings, "halves.csv")
    assert "is not UTF-8" in warning and "Windows-1252" in warning


def test_a_line_cut_in_the_middle_of_a_letter_keeps_its_utf8_text(cartong_provider, tmp_path):
    # attack 17, finding 3: one byte left of a cut "é" on a line naming "ÁLVAREZ" (UTF-8 C3 81, 0x81 undefined in
    # Windows-1252) refused the whole file; without the "Á" the line's own "Ana Pérez" became "Ana PÃ©rez"
    lines = ["_uuid,name,comment"] + [f"u{i},Hélène N°{i},ok" for i in range(1, 41)]
    good = ("\n".join(lines) + "\n").encode("utf-8")
    for name, cut in (("cut.csv", "u41,ÁLVAREZ Íñigo,caf"), ("cut2.csv", "u41,Ana Pérez,caf")):
        path = tmp_path / name
        path.write_bytes(good + cut.encode("utf-8") + b"\xc3\n")
        out = tmp_path / f"{name}.gpkg"
        _result, warnings = import_with_messages(path, out)
        rows = query(out, "SELECT name, comment FROM survey ORDER BY fid")
        assert rows[0] == ("Hélène N°1", "ok") and rows[-1] == (cut.split(",")[1], "caf\u00c3"), rows[-1]
        assert query(out, "SELECT name FROM raw_survey ORDER BY fid")[-1] == (cut.split(",")[1],)
        assert any("line 42" in w for w in warnings), warnings
