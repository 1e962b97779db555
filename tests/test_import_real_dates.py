# SPDX-License-Identifier: GPL-3.0-or-later
"""Date-times of real exports through cartong:importsurvey: ODK Collect and Kobo offsets (+03, +0300,
+03:00, Z), fractions of seconds, and Excel date cells that keep their time of day."""

from __future__ import annotations

import csv

import pytest

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
    assert not any("column start:" in w for w in warnings)
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
