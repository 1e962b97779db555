# SPDX-License-Identifier: GPL-3.0-or-later
"""Raw tables written by GDAL beside the pandas read (core/survey/raw_copy.py): kept only when exact.

The raw table must be the text pandas read, whatever GDAL's CSV reader does with odd files:
each odd file below is imported and its raw table compared with the reader's values, and the
property test throws random bytes in the middle of a file (where only the suspect-row check
can see them) and requires every kept copy to be identical.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.survey.export_readers import read_csv_text
from cartong_plugin.core.survey.import_report import ImportCancelled
from cartong_plugin.core.survey.importer import import_survey
from cartong_plugin.core.survey.raw_copy import RawCopy, _has_lone_cr, can_copy, suspect_rows

HEADER = ["start", "village", "note", "count"]


def _raw(gpkg, table="raw_survey"):
    with closing(sqlite3.connect(str(gpkg))) as db:
        names = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')][1:]
        return names, [list(row[1:]) for row in db.execute(f'SELECT * FROM "{table}" ORDER BY fid')]


def _csv(path: Path, middle: str, eol: str = "\r\n", rows: int = 120) -> Path:
    """A ;-separated file: clean quoted rows, ``middle`` (raw text) after the first ``rows``, clean rows again."""
    clean = [
        ";".join(f'"{v}"' for v in (f"2026-01-{i % 28 + 1:02d}", f"Village {i}", "ok", str(i))) for i in range(rows)
    ]
    text = eol.join([";".join(HEADER), *clean, middle, *clean]) + eol
    path.write_bytes(text.encode("utf-8"))
    return path


def _imported_exactly(path: Path, tmp_path: Path):
    report = import_survey(path, None, tmp_path / "out.gpkg")
    expected = read_csv_text(path)
    names, rows = _raw(tmp_path / "out.gpkg")
    assert names == expected.headers
    assert rows == expected.frame.to_numpy().tolist()
    return report, rows


def test_sample_raw_tables_are_written_by_gdal_and_exact(sample_dir, tmp_path):
    report = import_survey(
        sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", tmp_path / "s.gpkg", "fr"
    )
    assert report.raw_copied == ["raw_members", "raw_survey"]
    for table, csv_name in (
        ("raw_survey", "household_survey_kobo.csv"),
        ("raw_members", "household_survey_kobo_members.csv"),
    ):
        expected = read_csv_text(sample_dir / csv_name)
        assert _raw(tmp_path / "s.gpkg", table) == (expected.headers, expected.frame.to_numpy().tolist())


@pytest.mark.parametrize(
    "middle, eol, copied, row",
    [
        # a stray quote: GDAL 3.6 opens a quoted string there and swallows the delimiters, pandas keeps it
        # (GDAL 3.10 reads it as pandas does: either way the text must be the reader's)
        ('"2026-02-01";Bangui "centre;ok;7', "\r\n", None, ["2026-02-01", 'Bangui "centre', "ok", "7"]),
        # a quoted value holding a CRLF line break: GDAL stores LF
        ('"2026-02-01";"two\r\nlines";"ok";"7"', "\r\n", False, ["2026-02-01", "two\r\nlines", "ok", "7"]),
        # a lone carriage return: pandas ends the line there, GDAL keeps it in the value
        ('"2026-02-01";"a";"b\rc";"7"', "\n", False, None),
        # well-formed doubled quotes: both readers agree, the copy is kept
        ('"2026-02-01";"le ""Grand"" marché";"ok";"7"', "\r\n", True, ["2026-02-01", 'le "Grand" marché', "ok", "7"]),
        # a row cut short: GDAL leaves NULLs, filled with "" as the reader does
        ('"2026-02-01";"Bossangoa"', "\r\n", True, ["2026-02-01", "Bossangoa", "", ""]),
        # a line feed inside quotes of a LF file: both readers agree
        ('"2026-02-01";"two\nlines";"ok";"7"', "\n", True, ["2026-02-01", "two\nlines", "ok", "7"]),
    ],
)
def test_odd_rows_give_the_readers_text_whoever_writes_it(tmp_path, middle, eol, copied, row):
    path = _csv(tmp_path / "odd.csv", middle, eol)
    report, rows = _imported_exactly(path, tmp_path)
    if copied is not None:
        assert report.raw_copied == (["raw_survey"] if copied else [])
    if row is not None:
        assert rows[120] == row


def test_lone_carriage_return_with_the_same_row_count_falls_back(tmp_path):
    """Found by fuzzing: both readers see 124 rows, but split rows 61-62 differently."""
    text = "c0;c1\n" + "x;x\n" * 60 + '\r\n";é" a\n\r;b\r\néa\r"\n\';\n"é\n' + "y;y\n" * 60
    (tmp_path / "cr.csv").write_bytes(text.encode("utf-8"))
    report, rows = _imported_exactly(tmp_path / "cr.csv", tmp_path)
    assert report.raw_copied == [] and rows[61] == ["b", ""]


def test_a_copy_refused_after_the_typed_tables_were_written_gives_one_clean_import(tmp_path):
    """The check runs beside the typed inserts: when it refuses GDAL's copy, the file is written again
    from pandas' values, with each warning said once and no row of the first pass left."""
    middle = '"2026-02-01";"two\r\nlines";"ok";"7"\r\n"2026-02-02";"Bossangoa"'  # a CRLF in quotes, a short row
    path = _csv(tmp_path / "odd.csv", middle)
    report, rows = _imported_exactly(path, tmp_path)
    assert report.raw_copied == []
    assert len([w for w in report.warnings if "fewer fields" in w]) == 1
    assert len(report.warnings) == len(set(report.warnings))
    with closing(sqlite3.connect(str(tmp_path / "out.gpkg"))) as db:
        assert db.execute("SELECT count(*), min(fid), max(fid) FROM survey").fetchone() == (242, 1, 242)
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'survey'").fetchone() == (
            242,
        )
    assert rows[120] == ["2026-02-01", "two\r\nlines", "ok", "7"] and rows[121] == ["2026-02-02", "Bossangoa", "", ""]


def test_a_folder_name_with_uri_characters_still_gets_the_copy(tmp_path):
    """The check reads the GeoPackage read-only through a file: URI: '#', '?', '%' and spaces must not
    send it to another file (or make it create one)."""
    folder = tmp_path / "a b#c?d%25 é"
    folder.mkdir()
    path = _csv(folder / "odd.csv", '"2026-02-01";"le ""Grand"" marché";"ok";"7"')
    report, _rows = _imported_exactly(path, folder)
    assert report.raw_copied == ["raw_survey"]
    assert sorted(p.name for p in folder.iterdir()) == ["odd.csv", "out.gpkg"]


@pytest.mark.parametrize("csvt", [False, True])  # GDAL's copy tells missing from empty; without it, csv does
def test_rows_cut_short_are_counted_exactly_whoever_writes_the_raw_table(tmp_path, csvt):
    path = _csv(tmp_path / "short.csv", '"2026-02-01";"Bossangoa"\r\n"2026-02-02";"Bria";"ok";""\r\n"x";"y";"z"')
    if csvt:
        (tmp_path / "short.csvt").write_text('"String","String","String","String"')
    report, rows = _imported_exactly(path, tmp_path)
    assert report.raw_copied == ([] if csvt else ["raw_survey"])
    (warning,) = [w for w in report.warnings if "fewer fields" in w]
    assert "2 row(s)" in warning and "row 122" in warning and "from column note" in warning
    assert rows[120] == ["2026-02-01", "Bossangoa", "", ""] and rows[121][3] == ""


def test_csvt_file_beside_the_csv_is_not_given_to_gdal(tmp_path):
    path = _csv(tmp_path / "typed.csv", '"2026-02-01";"Bria";"ok";"007"')
    (tmp_path / "typed.csvt").write_text('"String","String","String","Integer"')
    report, rows = _imported_exactly(path, tmp_path)
    assert report.raw_copied == [] and rows[120][3] == "007"


def test_windows_1252_file_falls_back_to_pandas_text(tmp_path):
    path = tmp_path / "cp.csv"
    _csv(path, "")
    path.write_bytes(path.read_bytes().replace(b'"Village 7"', '"Béléngou"'.encode("cp1252")))
    report, rows = _imported_exactly(path, tmp_path)
    assert report.raw_copied == [] and rows[7][1] == "Béléngou"


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("plain.csv", 'a;b\n"1";"2"\n', True),
        ("geometry.csv", "id;WKT\n1;POINT (1 2)\n", False),  # GDAL would read WKT as a geometry
        ("utf16.csv", "a;b\n1;2\n".encode("utf-16"), False),
        ("data.txt", "a;b\n1;2\n", False),
    ],
)
def test_can_copy_only_plain_utf8_csv(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    assert can_copy(path) is expected


@pytest.mark.parametrize(
    "data, lone",
    [(b"a\r\nb\r\n", False), (b"a\rb\n", True), (b"abc\r", True), (b"abc\r\n\r\n", False), (b"a\r\r\n", True)],
)
def test_lone_carriage_returns_are_found_across_blocks(tmp_path, data, lone):
    path = tmp_path / "cr.csv"
    path.write_bytes(data)
    for block in (1, 2, 3, 1024):  # every split of a CRLF between two reads
        assert _has_lone_cr(path, block=block) is lone


def test_suspect_rows_are_those_with_quotes_or_line_breaks(tmp_path):
    frame = read_csv_text(_csv(tmp_path / "s.csv", '"x";"say ""hi""";"a\nb";"1"', "\n")).frame
    assert suspect_rows(frame) == ([120], [1, 2])


def test_cancel_while_gdal_writes_leaves_nothing(sample_dir, tmp_path):
    class Cancel:
        def setProgress(self, value):  # noqa: N802
            self.value = value

        def isCanceled(self):  # noqa: N802
            return getattr(self, "value", 0) >= 30

    with pytest.raises(ImportCancelled):
        import_survey(sample_dir / "household_survey_kobo.csv", None, tmp_path / "c.gpkg", feedback=Cancel())
    assert list(tmp_path.iterdir()) == []


_ODD = st.lists(st.sampled_from(list("ab é;,\"\t'") + ["\n", "\r\n", "\r", '""', "\u00a0"]), max_size=30).map("".join)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(middle=st.lists(_ODD, min_size=1, max_size=4), eol=st.sampled_from(["\n", "\r\n"]))
def test_a_kept_copy_is_always_the_readers_text(tmp_path, middle, eol):
    folder = tmp_path / "case"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = _csv(folder / "f.csv", eol.join(middle), eol, rows=60)
    try:
        text = read_csv_text(path)
    except CartongError:
        return  # unreadable for pandas too: the import refuses it before any copy matters
    copy = RawCopy(folder / "o.gpkg", [(path, "raw_survey", "fid")]).start()
    if copy.keep("raw_survey", text):
        assert _raw(folder / "o.gpkg") == (text.headers, text.frame.to_numpy().tolist())
    else:  # a refused copy is dropped: the importer then creates the table itself
        assert "raw_survey" not in copy.written


def test_a_check_that_breaks_refuses_the_copy(tmp_path, monkeypatch):
    """Whatever stops the comparison (not only a file error) counts as a refusal: pandas writes the table."""
    from cartong_plugin.core.survey import raw_copy

    def broken(frame):
        raise TypeError("a value that is not text")

    monkeypatch.setattr(raw_copy, "suspect_rows", broken)
    report, rows = _imported_exactly(_csv(tmp_path / "plain.csv", '"2026-02-01";"Bria";"ok";"7"'), tmp_path)
    assert report.raw_copied == [] and rows[120] == ["2026-02-01", "Bria", "ok", "7"]


def test_a_comparison_kept_waiting_by_the_writer_is_done_again_at_the_end(tmp_path, monkeypatch):
    from cartong_plugin.core.survey import raw_copy

    real, calls = raw_copy._same_values, []

    def busy_once(*args):
        calls.append(args[1])
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        return real(*args)

    monkeypatch.setattr(raw_copy, "_same_values", busy_once)
    report, _rows = _imported_exactly(_csv(tmp_path / "plain.csv", '"2026-02-01";"Bria";"ok";"7"'), tmp_path)
    assert calls == ["raw_survey", "raw_survey"] and report.raw_copied == ["raw_survey"]


def test_the_checks_connection_holds_no_lock_between_statements(tmp_path):
    """The typed inserts commit while the check reads: a read must not keep the file locked after it."""
    from cartong_plugin.core.survey.raw_copy import _read_only

    path = tmp_path / "r.gpkg"
    with closing(sqlite3.connect(str(path))) as db:
        db.execute("CREATE TABLE raw (v)")
        db.commit()
    with closing(_read_only(str(path))) as reader, closing(sqlite3.connect(str(path), timeout=0)) as writer:
        reader.execute("CREATE TEMP TABLE _wanted (id INTEGER PRIMARY KEY)")
        reader.executemany("INSERT INTO temp._wanted VALUES (?)", [(1,), (2,)])
        reader.execute("SELECT count(*) FROM raw JOIN temp._wanted").fetchall()
        writer.execute("INSERT INTO raw VALUES (1)")
        writer.commit()  # "database is locked" if the reader still held its shared lock
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("INSERT INTO raw VALUES (2)")  # and it cannot write the GeoPackage


def test_rows_found_while_gdal_still_writes_are_those_compared(tmp_path, monkeypatch):
    """While GDAL still writes, the check finds the rows to compare at once (the caller only waits then):
    once, and the comparison that follows still refuses a copy split unlike pandas (a CRLF in quotes)."""
    import time

    from cartong_plugin.core.survey import raw_copy

    real_copy, real_suspects, found = RawCopy._copy, raw_copy.suspect_rows, []

    def slow_copy(self, *args):
        time.sleep(1.0)  # GDAL still writes when the check starts
        return real_copy(self, *args)

    def counted(frame):
        found.append(threading.current_thread().name)
        return real_suspects(frame)

    monkeypatch.setattr(RawCopy, "_copy", slow_copy)
    monkeypatch.setattr(raw_copy, "suspect_rows", counted)
    report, rows = _imported_exactly(_csv(tmp_path / "crlf.csv", '"2026-02-01";"two\r\nlines";"ok";"7"'), tmp_path)
    assert found == ["cartong-raw-check"]
    assert report.raw_copied == [] and rows[120] == ["2026-02-01", "two\r\nlines", "ok", "7"]
