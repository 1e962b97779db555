# SPDX-License-Identifier: GPL-3.0-or-later
"""Date-times of real exports through cartong:importsurvey: ODK Collect and Kobo offsets (+03, +0300,
+03:00, Z), fractions of seconds, and Excel date cells that keep their time of day."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REAL_DATA
from tests.real_imports import csv_rows, import_with_messages, query

KOBOCAT_GOOD = REAL_DATA / "kobotoolbox+kobocat/onadata/libs/tests/fixtures/good.csv"


def _utc(text: str) -> str | None:
    """What a date-time written by ODK/Kobo is in UTC, as GeoPackage stores it (Python's reading)."""
    from datetime import datetime, timezone

    if not text:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)  # noqa: UP017
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def test_kobo_date_times_with_offsets_and_milliseconds_are_typed(cartong_provider, tmp_path):
    records = csv_rows(KOBOCAT_GOOD)
    header = records[0]
    result, warnings = import_with_messages(KOBOCAT_GOOD, tmp_path / "good.gpkg")
    typed = query(tmp_path / "good.gpkg", "SELECT start_time, end_time, _submission_time FROM survey ORDER BY fid")
    expected = [
        tuple(_utc(r[header.index(h)]) for h in ("start_time", "end_time", "_submission_time")) for r in records[1:]
    ]
    assert typed == expected and typed[0][0] == "2014-09-04T12:06:01.000Z"
    assert not any("not date-times" in w for w in warnings)


ODK_OFFSETS = [
    "2021-07-05T10:58:34.147+03",
    "2021-07-05T10:58:34+0300",
    "2021-07-05T10:58:34.147+03:00",
    "2021-07-05T07:58:34.5Z",
    "2021-07-05T02:58:34.147-05",
    "2021-07-05T10:58:34.123456+0530",
    "2021-07-05T10:58:34",
    "",
]


def test_odk_collect_offsets_without_colon_are_typed_as_date_times(cartong_provider, sample_copy, tmp_path):
    records = csv_rows(sample_copy / "household_survey_kobo.csv", ";")
    column = records[0].index("start")
    rows = records[1 : len(ODK_OFFSETS) + 1]
    for row, value in zip(rows, ODK_OFFSETS):
        row[column] = value
    path = tmp_path / "offsets.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([records[0], *rows])
    result, warnings = import_with_messages(path, tmp_path / "o.gpkg", sample_copy / "household_survey_form.xlsx")
    typed = [v for (v,) in query(tmp_path / "o.gpkg", "SELECT start FROM survey ORDER BY fid")]
    assert typed == [_utc(v) for v in ODK_OFFSETS]
    assert typed[:2] == ["2021-07-05T07:58:34.147Z", "2021-07-05T07:58:34.000Z"]
    # every value is read; the one without a zone, among different offsets, stays UTC and is named
    (said,) = [w for w in warnings if "column start:" in w]
    assert "no time zone" in said and "read as UTC" in said and "row 8: '2021-07-05T10:58:34'" in said
    raw = [v for (v,) in query(tmp_path / "o.gpkg", "SELECT start FROM raw_survey ORDER BY fid")]
    assert raw == ODK_OFFSETS  # the raw table keeps what ODK wrote


def test_offsets_without_colon_are_date_times_without_a_form(tmp_path):
    from cartong_plugin.core.survey.importer import import_survey

    path = tmp_path / "collect.csv"
    path.write_text("start,name\n" + "".join(f"{v},x\n" for v in ODK_OFFSETS[:-1]), encoding="utf-8")
    import_survey(path, None, tmp_path / "c.gpkg")
    assert [v for (v,) in query(tmp_path / "c.gpkg", "SELECT start FROM survey ORDER BY fid")] == [
        _utc(v) for v in ODK_OFFSETS[:-1]
    ]


# Excel number formats of date cells met in exports: GDAL alone keeps the time only of the 2nd and 4th
DATE_FORMATS = [
    (164, "yyyy-mm-dd h:mm:ss"),
    (22, None),
    (165, "[$-409]m/d/yy h:mm AM/PM;@"),
    (166, "dd/mm/yyyy hh:mm:ss"),
    (167, "yyyy-mm-dd hh:mm:ss.000"),
]


@pytest.fixture()
def kobo_xlsx_with_date_cells(tmp_path):
    """A Kobo-like XLSX export whose date columns are Excel date cells (numbers with a date format)."""
    from tests.xlsx_cells import write_xlsx

    path = tmp_path / "dated.xlsx"
    formats = DATE_FORMATS + [(14, None), (21, None), (168, "0.00"), (169, "[h]:mm:ss")]
    header = ["_uuid", "_submission_time", "today", "time_seen", "hh_size", "duration"]
    rows = []
    for style in range(1, len(DATE_FORMATS) + 1):  # 2021-07-05 09:34:15 (.151 for the 5th), day 44382
        moment = 44382.3987864699 if style == 5 else 44382.39878472222
        rows.append([f"uuid-{style}", (moment, style), (44382, 6), (0.5, 7), (4.0, 8), (1.25, 9)])
    write_xlsx(path, header, rows, formats)
    return path, len(rows)


def test_xlsx_date_cells_keep_their_time_of_day_in_the_raw_table(cartong_provider, kobo_xlsx_with_date_cells, tmp_path):
    path, count = kobo_xlsx_with_date_cells
    result, _warnings = import_with_messages(path, tmp_path / "x.gpkg")
    raw = query(
        tmp_path / "x.gpkg", "SELECT _submission_time, today, time_seen, hh_size, duration FROM raw_survey ORDER BY fid"
    )
    assert raw == [("2021-07-05T09:34:15", "2021-07-05", "12:00:00", "4", "1.25")] * (count - 1) + [
        ("2021-07-05T09:34:15.151", "2021-07-05", "12:00:00", "4", "1.25")
    ]  # numbers stay numbers


def test_xlsx_submission_time_cells_are_typed_date_times(cartong_provider, kobo_xlsx_with_date_cells, tmp_path):
    path, count = kobo_xlsx_with_date_cells
    import_with_messages(path, tmp_path / "x.gpkg")
    typed = query(tmp_path / "x.gpkg", "SELECT _submission_time, today FROM survey ORDER BY fid")
    assert typed[0] == ("2021-07-05T09:34:15.000Z", "2021-07-05")
    assert [t for t, _ in typed] == ["2021-07-05T09:34:15.000Z"] * (count - 1) + ["2021-07-05T09:34:15.151Z"]


@pytest.mark.parametrize(("number", "code"), DATE_FORMATS)
def test_each_date_time_format_alone_gives_the_time_of_day(number, code, tmp_path):
    from cartong_plugin.core.survey.export_xlsx import read_xlsx_text
    from tests.xlsx_cells import write_xlsx

    path = tmp_path / "one.xlsx"
    write_xlsx(path, ["_submission_time", "n"], [[(44382.39878472222, 1), "x"]], [(number, code)])
    assert read_xlsx_text(path)[0].frame.to_numpy().tolist() == [["2021-07-05T09:34:15", "x"]]


def test_xlsx_date_styles_are_read_from_a_copy_the_file_is_unchanged(kobo_xlsx_with_date_cells):
    import hashlib

    from cartong_plugin.core.survey.export_xlsx import read_xlsx_text

    path, _count = kobo_xlsx_with_date_cells
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    read_xlsx_text(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


# Kobo's and ODK's own stamps (start, end, SubmissionDate): a cheaper SQL path types them (column_types.py)
STAMPS = [
    "2026-03-10T00:26:59.999+01:00",  # the day before in UTC
    "2026-12-31T23:30:00.001-05:30",  # the next year in UTC
    "2024-02-28T22:00:00.500-03:00",  # a leap day in UTC
    "2026-03-10T11:26:00.000+14:00",
    "2026-03-01T00:00:00.000+00:00",
    "",
    "2026-03-10T11:26:00.123-00:45",
]


@pytest.mark.parametrize("zulu", [False, True])
def test_kobo_and_odk_stamps_are_typed_in_utc_with_their_milliseconds(cartong_provider, tmp_path, zulu):
    stamps = [_utc(v)[:-1] + "Z" if (zulu and v) else v for v in STAMPS]  # ODK Central's SubmissionDate
    path = tmp_path / "stamps.csv"
    path.write_text("start,name\n" + "".join(f"{v},x\n" for v in stamps), encoding="utf-8")
    _result, warnings = import_with_messages(path, tmp_path / "s.gpkg")
    typed = [v for (v,) in query(tmp_path / "s.gpkg", "SELECT start FROM survey ORDER BY fid")]
    assert typed == [_utc(v) for v in STAMPS]
    assert typed[0] == "2026-03-09T23:26:59.999Z" and typed[1] == "2027-01-01T05:00:00.001Z"
    assert not any("column start:" in w for w in warnings)


def test_an_impossible_stamp_is_left_empty_and_named(cartong_provider, tmp_path):
    path = tmp_path / "stamps.csv"
    rows = [*STAMPS[:2], "2026-02-30T10:00:00.000+01:00", "2026-03-10T25:00:00.000+01:00"]
    path.write_text("start,name\n" + "".join(f"{v},x\n" for v in rows), encoding="utf-8")
    _result, warnings = import_with_messages(path, tmp_path / "s.gpkg")
    typed = [v for (v,) in query(tmp_path / "s.gpkg", "SELECT start FROM survey ORDER BY fid")]
    assert typed == [_utc(v) for v in STAMPS[:2]] + [None, None]
    # the header is row 1: the first impossible stamp is in row 4
    assert any("column start: 2 value(s)" in w and "(first at row 4: '2026-02-30T" in w for w in warnings), warnings


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 9999),
            st.integers(0, 13),
            st.integers(0, 32),
            st.integers(0, 25),
            st.integers(0, 60),
            st.integers(0, 60),
            st.integers(0, 999),
            st.sampled_from("+-"),
            st.integers(0, 24),
            st.sampled_from([0, 15, 30, 45, 59, 60]),
        ),
        min_size=1,
        max_size=200,
    )
)
def test_the_cheap_stamp_sql_equals_strftime_in_this_sqlite(parts):
    """The stamp path's SQL gives what strftime() gives, impossible values (NULL) included, in the SQLite
    this QGIS runs (the two CI versions have different SQLite versions)."""
    import sqlite3

    from cartong_plugin.core.survey.column_types import utc_stamp_sql

    values = [
        f"{y:04d}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}{sign}{oh:02d}:{om:02d}"
        for (y, m, d, h, mi, s, ms, sign, oh, om) in parts
    ]
    values += [v[:23] + "Z" for v in values]
    cheap = utc_stamp_sql("v")
    with sqlite3.connect(":memory:") as db:
        db.execute("CREATE TABLE t (v TEXT)")
        db.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])
        differ = db.execute(f"SELECT v FROM t WHERE strftime('%Y-%m-%dT%H:%M:%fZ', v) IS NOT {cheap}").fetchall()
    assert differ == []


@pytest.mark.parametrize(
    ("value", "fits"),
    [
        ("2026-03-10T11:26:00.000+01:00", True),
        ("2026-03-10T11:26:00.000-01:00", True),
        ("2026-03-10T11:26:00.000+01:00 ", False),  # longer
        ("2026-03-10T11:26:00.00+01:00", False),  # shorter
        ("2026-03-10T11:26:00.000*01:00", False),  # no sign
        ("2026-03-10T11:26:00.000+01-00", False),  # a separator changed
        ("2026-03-1OT11:26:00.000+01:00", False),  # a letter for a digit
        ("2026-03-١٠T11:26:00.000+01:00", False),  # digits, not ASCII
    ],
)
def test_stamp_layout_is_matched_exactly(value, fits):
    import numpy as np

    from cartong_plugin.core.survey.column_inference import fits_layout

    good = "2026-03-10T11:26:00.000+01:00"
    assert fits_layout(np.array([good, value, good], dtype=object), "9999-99-99T99:99:99.999+99:99") is fits


def test_stamp_columns_take_the_cheap_sql(tmp_path):
    from cartong_plugin.core.survey.column_types import TypedBuilder, utc_stamp_sql
    from cartong_plugin.core.survey.columns import plan_columns
    from cartong_plugin.core.survey.export_readers import read_csv_text

    path = tmp_path / "stamps.csv"
    path.write_text("start,end\n" + "".join(f"{v},{v[:23]}\n" for v in STAMPS if v), encoding="utf-8")
    text = read_csv_text(path)
    columns = plan_columns(text, None, [])
    builder = TypedBuilder("0", text, columns, None, "", [])
    assert [c.kind for c in columns] == ["datetime", "datetime"]
    assert builder.exprs[0] == utc_stamp_sql('r."start"')  # no impossible day: nothing around it
    assert "strftime" in builder.exprs[1]  # no offset: local time, read by strftime as before


@pytest.mark.parametrize("odd", ["1-2", "4e", "."])
def test_number_written_with_number_characters_but_no_number_is_named(cartong_provider, sample_copy, tmp_path, odd):
    """Digits, dots, signs and e only, yet no number: the careful path names it and leaves it empty."""
    records = csv_rows(sample_copy / "household_survey_kobo.csv", ";")
    sizes, incomes = records[0].index("household/hh_size"), records[0].index("household/income_month")
    records[2][sizes], records[3][incomes] = odd, odd  # rows 3 and 4 of the file: the header is row 1
    path = tmp_path / "odd.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(records)
    _result, warnings = import_with_messages(path, tmp_path / "o.gpkg", sample_copy / "household_survey_form.xlsx")
    for column, row in (("household/hh_size", 3), ("household/income_month", 4)):
        assert any(f"column {column}: 1 value(s)" in w and f"first at row {row}: '{odd}'" in w for w in warnings), (
            warnings
        )
    typed = query(tmp_path / "o.gpkg", "SELECT hh_size, income_month FROM survey ORDER BY fid LIMIT 3")
    assert typed[1][0] is None and typed[2][1] is None and typed[0][0] is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="0123456789-T:.+Z ١", min_size=19, max_size=30), min_size=1, max_size=5))
def test_stamp_layouts_are_date_times_for_the_inference_too(values):
    """The fast layout check never calls a date-time what the inference's pattern would not."""
    from cartong_plugin.core.survey.column_inference import _DATETIME, _all_fit, _stamps

    if _stamps(values):
        assert _all_fit(_DATETIME, values)


def test_stamps_are_told_without_matching_each_value():
    from cartong_plugin.core.survey.column_inference import _stamps

    assert _stamps([v for v in STAMPS if v]) and _stamps(["2026-03-10T11:26:00.000Z", "2026-03-10T11:26:01.000Z"])
    assert _stamps(["2026-03-10T11:26:00"]) and not _stamps(["2026-03-10T11:26:00", "2026-03-10T11:26:00.000Z"])
    assert not _stamps(["2026-03-10 11:26:00"])  # the pattern's business, value by value
