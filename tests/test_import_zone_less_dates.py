# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:importsurvey with date-times typed again without a time zone among values that carry one.

Kobo and ODK write ``2024-03-01T10:15:00.000+01:00``; the same answer re-typed in Excel is ``2024-03-01
10:15``. It used to be stored as UTC without a word, an hour from the same moment in the next row. Now,
when every value with a zone has the same offset, the others are read with it; when the offsets differ
they stay UTC. Either way a warning names the column, the first such row and how many there are. The
same rule holds for start/end and for dateTime questions.
"""

from __future__ import annotations

import csv

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

HEADER = ["start", "end", "visit", "name", "_uuid", "_submission_time"]
SURVEY = [["type", "name", "label"], ["start", "start", ""], ["end", "end", ""], ["dateTime", "visit", "Visit"]]
SURVEY.append(["text", "name", "Name"])


def _import(tmp_path, rows):
    """Import ``rows`` (under HEADER, as a Kobo CSV export) with a form asking for the dateTime ``visit``."""
    form = write_form(tmp_path / "form.xlsx", SURVEY)
    data = tmp_path / "visits.csv"
    with open(data, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    _result, warnings = import_with_messages(data, tmp_path / "s.gpkg", form)
    return warnings


def _about(warnings, column):
    return [w for w in warnings if f"column {column}:" in w]


KOBO = ("2024-03-01T10:00:00.000+01:00", "2024-03-01T10:30:00.000+01:00")


def test_date_times_typed_again_without_a_zone_take_the_offset_of_the_others(cartong_provider, tmp_path):
    rows = [
        [*KOBO, "2024-03-01T10:15:00.000+01:00", "A", "u1", "2024-03-01T09:35:00"],
        [*KOBO, "2024-03-01 10:15", "B", "u2", "2024-03-01T09:36:00"],  # re-typed in Excel
        [*KOBO, "2024-03-02T08:05:00.000+01:00", "C", "u3", "2024-03-02T07:35:00"],
        [*KOBO, "2024-03-02T08:05", "D", "u4", "2024-03-02T07:36:00"],
    ]
    warnings = _import(tmp_path, rows)
    visits = query(tmp_path / "s.gpkg", "SELECT name, visit FROM survey ORDER BY fid")
    assert visits == [
        ("A", "2024-03-01T09:15:00.000Z"),
        ("B", "2024-03-01T09:15:00.000Z"),  # the same moment as A, no longer an hour later
        ("C", "2024-03-02T07:05:00.000Z"),
        ("D", "2024-03-02T07:05:00.000Z"),
    ]
    raw = query(tmp_path / "s.gpkg", "SELECT visit FROM raw_survey WHERE fid IN (2, 4) ORDER BY fid")
    assert raw == [("2024-03-01 10:15",), ("2024-03-02T08:05",)]  # kept as written
    (warning,) = _about(warnings, "visit")
    assert "2 date-times have no time zone" in warning and "+01:00" in warning
    assert "row 3: '2024-03-01 10:15'" in warning  # the header is row 1
    # Kobo's _submission_time has no zone in any row: nothing mixes, nothing to say
    assert not _about(warnings, "_submission_time")


def test_date_times_without_a_zone_among_different_offsets_stay_utc_and_are_named(cartong_provider, tmp_path):
    rows = [
        [*KOBO, "2024-03-01T10:15:00.000+01:00", "A", "u1", "2024-03-01T09:35:00"],
        [*KOBO, "2024-03-01T12:15:00.000+03:00", "B", "u2", "2024-03-01T09:36:00"],
        [*KOBO, "2024-03-01 10:15", "C", "u3", "2024-03-01T09:37:00"],
    ]
    warnings = _import(tmp_path, rows)
    visits = query(tmp_path / "s.gpkg", "SELECT visit FROM survey ORDER BY fid")
    assert visits == [("2024-03-01T09:15:00.000Z",), ("2024-03-01T09:15:00.000Z",), ("2024-03-01T10:15:00.000Z",)]
    (warning,) = _about(warnings, "visit")
    assert "1 date-time has no time zone" in warning and "different" in warning and "UTC" in warning
    assert "row 4: '2024-03-01 10:15'" in warning


def test_start_and_end_follow_the_same_rule(cartong_provider, tmp_path):
    rows = [
        ["2024-03-01T10:00:00.000+03:00", "2024-03-01T10:30:00.000+03:00", "", "A", "u1", ""],
        ["2024-03-01 10:00", "2024-03-01T10:30:00.000+03:00", "", "B", "u2", ""],
    ]
    warnings = _import(tmp_path, rows)
    starts = query(tmp_path / "s.gpkg", "SELECT start FROM survey ORDER BY fid")
    assert starts == [("2024-03-01T07:00:00.000Z",), ("2024-03-01T07:00:00.000Z",)]
    (warning,) = _about(warnings, "start")
    assert "+03:00" in warning and "row 3: '2024-03-01 10:00'" in warning
    assert not _about(warnings, "end")
