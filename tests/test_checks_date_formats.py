# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks' timing checks (durations, collection period, bursts) on start/end written in every way
surveys arrive with: ISO 8601 with or without milliseconds, offsets or seconds, a space for the T, a date
alone (a CSV given as INPUT: text); offsets in a GeoPackage's date-time column; day/month/year from a CSV
re-saved by a French Excel, month/day/year from a US one (24-hour clock or AM/PM). The same flags on QGIS
3.22 (pandas 1.5, GDAL 3.6) and 3.40 (pandas 2, GDAL 3.10), and what could not be read is said."""

from __future__ import annotations

import csv
import sqlite3
import warnings
from contextlib import closing

import pytest
from checks_sample import PERIOD, import_sample, run_checks_algorithm
from osgeo import ogr

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg

OUTLIERS, DURATIONS = 2, 4  # indexes in runchecks' CHECKS enum

# (uuid, start, end, device): every third way of writing a time that Kobo, ODK, merges and hand edits give
MIXED = [
    ("u-first", "2026-03-02T08:00:00.000+01:00", "2026-03-02T08:40:00.000+01:00", "d1"),  # pandas 2's model
    ("u-negative", "2026-03-02T09:00:00+01:00", "2026-03-02T08:38:42+01:00", "d2"),  # no milliseconds: -21.3
    ("u-short", "2026-03-02 10:00", "2026-03-02 10:04:30", "d3"),  # a space, no seconds: 4.5 min
    ("u-long", "2026-03-02T07:00:00Z", "2026-03-02T10:28:30Z", "d4"),  # UTC: 208.5 min
    ("u-zones", "2026-03-02T12:00:00+01:00", "2026-03-02T11:30:00Z", "d5"),  # 30 min across two zones
    ("u-day", "2026-03-03", "2026-03-03T00:45:00Z", "d6"),  # a date alone: midnight UTC, 45 min
    ("u-burst-1", "2026-03-04T14:00:00.000+01:00", "2026-03-04T14:40:00.000+01:00", "tablet-7"),
    ("u-burst-2", "2026-03-04T14:05:00+01:00", "2026-03-04T14:45:00+01:00", "tablet-7"),
    ("u-burst-3", "2026-03-04 13:12:00", "2026-03-04 13:52:00", "tablet-7"),  # no zone: taken as UTC
    ("u-burst-4", "2026-03-04T13:20:00Z", "2026-03-04T14:00:00Z", "tablet-7"),
    ("u-no-day", "2026-02-30T10:00:00+01:00", "2026-02-30T10:40:00+01:00", "d7"),  # no 30 February
]


def _csv(path, rows):
    lines = ["_uuid;start;end;deviceid"] + [";".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(tmp_path, layer, **settings):
    """runchecks (durations) on ``layer`` into tmp_path/log.gpkg; ({(uuid, check_id)}, warnings, Python warnings)."""
    target = tmp_path / "log.gpkg"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _, feedback = run_checks_algorithm(
            {"INPUT": layer, "CHECKS": [DURATIONS], "OUTPUT_GPKG": str(target), **settings}
        )
    flags = {(e.uuid, e.check_id) for e in read_log_from_gpkg(target)}
    return flags, feedback.warnings, [f"{w.category.__name__}: {w.message} ({w.filename})" for w in caught]


def test_durations_are_checked_whatever_way_each_time_is_written(cartong_provider, tmp_path):
    flags, said, python_warnings = _run(tmp_path, str(_csv(tmp_path / "mixed.csv", MIXED)))
    assert flags == {
        ("u-negative", "durations.negative"),
        ("u-short", "durations.too_short"),
        ("u-long", "durations.too_long"),
        *{(f"u-burst-{n}", "durations.burst") for n in range(1, 5)},
    }
    # the value no one can read is said, by column and first submission, once per column
    assert [s for s in said if "u-no-day" in s] == [
        "1 value of start could not be read as a date (first: u-no-day, '2026-02-30T10:00:00+01:00'): its "
        "interview was not checked for duration, collection period or bursts. Write it YYYY-MM-DD or "
        "YYYY-MM-DDThh:mm:ss, as Kobo and ODK export dates.",
        "1 value of end could not be read as a date (first: u-no-day, '2026-02-30T10:40:00+01:00'): its "
        "interview was not checked for duration, collection period or bursts. Write it YYYY-MM-DD or "
        "YYYY-MM-DDThh:mm:ss, as Kobo and ODK export dates.",
    ]
    assert python_warnings == []


# every value in one export layout (read in one pass): offsets of two zones, and a day that does not exist
ONE_LAYOUT = [
    ("u-ok", "2026-03-02T08:00:00.000+01:00", "2026-03-02T08:40:00.000+01:00", "d1"),
    ("u-zones", "2026-03-02T09:00:00.000+02:00", "2026-03-02T08:30:00.000+01:00", "d2"),  # 30 min, not -30
    ("u-short", "2026-03-02T10:00:00.000+01:00", "2026-03-02T10:04:00.000+01:00", "d3"),
    ("u-no-day", "2026-02-30T10:00:00.000+01:00", "2026-03-01T10:40:00.000+01:00", "d4"),
]


def test_durations_of_times_all_written_in_one_export_layout(cartong_provider, tmp_path):
    flags, said, python_warnings = _run(tmp_path, str(_csv(tmp_path / "one.csv", ONE_LAYOUT)))
    assert flags == {("u-short", "durations.too_short")}
    assert [s for s in said if "u-no-day" in s] == [
        "1 value of start could not be read as a date (first: u-no-day, '2026-02-30T10:00:00.000+01:00'): its "
        "interview was not checked for duration, collection period or bursts. Write it YYYY-MM-DD or "
        "YYYY-MM-DDThh:mm:ss, as Kobo and ODK export dates."
    ]
    assert python_warnings == []


def _offset_gpkg(tmp_path):
    """Six 40-minute interviews imported with start and end in UTC (Z); then, as other tools write it, the
    start of every other one rewritten with its +01:00 offset: the same instant."""
    from cartong_plugin.core.survey.importer import import_survey

    rows = [(f"u{i}", f"2026-03-0{i}T08:05:35.199Z", f"2026-03-0{i}T08:45:35.199Z", f"dev{i}") for i in range(1, 7)]
    gpkg = tmp_path / "zones.gpkg"
    import_survey(_csv(tmp_path / "zones.csv", rows), None, gpkg)
    ds = ogr.Open(str(gpkg), 1)  # through GDAL: the GeoPackage's triggers call its SQL functions
    ds.ExecuteSQL(
        "UPDATE survey SET start = strftime('%Y-%m-%dT%H:%M:%f', start, '+1 hour') || '+01:00' WHERE fid % 2 = 0"
    )
    ds = None
    with closing(sqlite3.connect(gpkg)) as db:
        written = db.execute("SELECT start FROM survey ORDER BY fid").fetchall()
    assert written[:2] == [("2026-03-01T08:05:35.199Z",), ("2026-03-02T09:05:35.199+01:00",)]
    return gpkg


@pytest.mark.parametrize("subset", ["", '|subset="fid" > 0'], ids=["arrow", "feature by feature"])
def test_offsets_in_a_geopackage_are_the_same_instants(cartong_provider, tmp_path, subset):
    # GDAL 3.6's Arrow reader and QGIS 3.22's features took 09:05:35+01:00 as 09:05 UTC: -20 minutes
    gpkg = _offset_gpkg(tmp_path)
    flags, said, _ = _run(tmp_path, f"{gpkg}|layername=survey{subset}")
    assert flags == set()
    assert said == []


def _excel_fr(path, days, extra=()):
    """A Kobo CSV re-saved by a French Excel: start/end as dd/mm/yyyy hh:mm, one 40-minute interview a day."""
    rows = [(f"u-{d}", f"{d} 10:08", f"{d} 10:48", f"dev{i}") for i, d in enumerate(days)]
    return _csv(path, [*rows, *extra])


def test_period_check_reads_day_month_year_dates(cartong_provider, tmp_path):
    days = ["20/02/2026", "25/02/2026", "03/03/2026", "31/03/2026", "01/04/2026"]
    flags, said, python_warnings = _run(
        tmp_path, str(_excel_fr(tmp_path / "excel_fr.csv", days)), PERIOD_START="2026-02-20", PERIOD_END="2026-03-31"
    )
    assert flags == {("u-01/04/2026", "durations.outside_period")}  # 1 April: the only one after 31 March
    assert said == [
        "The dates of start are written day/month/year (first: '20/02/2026 10:08'), not YYYY-MM-DD: they were read so.",
        "The dates of end are written day/month/year (first: '20/02/2026 10:48'), not YYYY-MM-DD: they were read so.",
    ]
    # no pandas "Parsing dates in %d/%m/%Y format when dayfirst=False" (pandas 2), with the plugin's path
    assert python_warnings == []


def test_dates_whose_day_and_month_cannot_be_told_apart_are_said_not_flagged(cartong_provider, tmp_path):
    # every day is 12 or less: 03/02/2026 is 3 February or 2 March; a 4-minute interview stays unjudged too
    days = ["02/03/2026", "05/03/2026", "12/03/2026"]
    short = ("u-short", "06/03/2026 09:00", "06/03/2026 09:04", "dev9")
    flags, said, _ = _run(
        tmp_path,
        str(_excel_fr(tmp_path / "excel_fr.csv", days, [short])),
        PERIOD_START="2026-03-02",
        PERIOD_END="2026-03-20",
    )
    assert flags == set()
    assert said[0] == (
        "4 dates of start are not ISO dates (YYYY-MM-DD) and could not be read as day/month/year without doubt "
        "(first: u-02/03/2026, '02/03/2026 10:08'): their interviews were not checked for duration, collection "
        "period or bursts. Export the data again from the server, or write the dates YYYY-MM-DD."
    )
    assert said[1].startswith("4 dates of end are not ISO dates") and len(said) == 2


# --- the sample survey, as the outside tester changed it (attack8-ltr repros 1, 2 and 10) ---


def _sample_rows(sample_dir):
    with open(sample_dir / "household_survey_kobo.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def _write_rows(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL).writerows(rows)
    return path


def _sample_flags(tmp_path, name, layer, **settings):
    folder = tmp_path / name
    folder.mkdir()
    flags, said, python_warnings = _run(folder, layer, **settings)
    assert python_warnings == []
    return flags, said


def test_sample_without_milliseconds_in_every_third_interview_gets_the_same_flags(
    cartong_provider, tmp_path, sample_dir
):
    # 3.40 (pandas 2) found 14 of the 25 problems: the rows written unlike the first one were skipped unsaid
    from cartong_plugin.core.survey.importer import import_survey

    rows = _sample_rows(sample_dir)
    for number, row in enumerate(rows[1:], 1):
        if number % 3 == 0:  # 2026-03-02T07:59:18.215+01:00 -> 2026-03-02T07:59:18+01:00
            row[0], row[1] = (value[:19] + value[23:] for value in row[:2])
    assert len(rows[3][0]) == len("2026-03-02T07:59:18+01:00")
    original, _ = _sample_flags(tmp_path, "original", str(sample_dir / "household_survey_kobo.csv"))
    mixed_csv = _write_rows(tmp_path / "mixed_ms.csv", rows)
    mixed, said = _sample_flags(tmp_path, "mixed", str(mixed_csv))
    assert mixed == original
    assert len(mixed) == 25 and said == []
    # the raw_survey table of the imported file: the export's text too
    gpkg = tmp_path / "mixed.gpkg"
    import_survey(mixed_csv, sample_dir / "household_survey_form.xlsx", gpkg)
    raw, said = _sample_flags(tmp_path, "raw", f"{gpkg}|layername=raw_survey")
    assert raw == original and said == []
    assert any(uuid.startswith("f8325d31") and check == "durations.negative" for uuid, check in mixed)


def test_sample_geopackage_with_offsets_in_start_gets_the_same_flags(cartong_provider, tmp_path, sample_dir):
    # QGIS 3.22 (GDAL 3.6's Arrow reader) took 09:05:35.199+01:00 for 09:05 UTC: 228 rows instead of 21
    gpkg = import_sample(sample_dir, tmp_path / "s.gpkg")
    original, _ = _sample_flags(tmp_path, "original", f"{gpkg}|layername=survey")
    ds = ogr.Open(str(gpkg), 1)
    ds.ExecuteSQL(
        "UPDATE survey SET start = strftime('%Y-%m-%dT%H:%M:%f', start, '+1 hour') || '+01:00' WHERE fid % 2 = 0"
    )
    ds = None
    offsets, said = _sample_flags(tmp_path, "offsets", f"{gpkg}|layername=survey")
    assert offsets == original and len(offsets) == 25 and said == []  # 21 problems and 4 refusals


def test_sample_resaved_by_a_french_excel_is_inside_its_collection_period(cartong_provider, tmp_path, sample_dir):
    # start '25/02/2026 10:08' was compared as text with '2026-02-20': all 420 interviews "outside the period"
    rows = _sample_rows(sample_dir)
    for row in rows[1:]:
        for column in (0, 1):
            value = row[column]
            row[column] = f"{value[8:10]}/{value[5:7]}/{value[0:4]} {value[11:16]}"
        row[2] = f"{row[2][8:10]}/{row[2][5:7]}/{row[2][0:4]}"
    excel = str(_write_rows(tmp_path / "excel_fr.csv", rows))
    wide, said = _sample_flags(tmp_path, "wide", excel, PERIOD_START="2026-02-20", PERIOD_END="2026-03-31")
    assert not [flag for flag in wide if flag[1] == "durations.outside_period"]
    assert said[0].startswith("The dates of start are written day/month/year (first: '25/02/2026 10:08')")
    # the sample's own period: the same interviews outside it as in the file Kobo exported
    period = {"PERIOD_START": PERIOD[0], "PERIOD_END": PERIOD[1]}
    original, _ = _sample_flags(tmp_path, "original", str(sample_dir / "household_survey_kobo.csv"), **period)
    excel_flags, _ = _sample_flags(tmp_path, "excel", excel, **period)
    outside = {flag for flag in original if flag[1] == "durations.outside_period"}
    assert outside and {flag for flag in excel_flags if flag[1] == "durations.outside_period"} == outside


def _us_excel(value: str) -> str:
    """2026-03-25T14:05:31.520+01:00 as a US Excel re-saves it: 3/25/2026 14:05:31 (2026-03-25: 3/25/2026)."""
    day = f"{int(value[5:7])}/{int(value[8:10])}/{value[0:4]}"
    return f"{day} {int(value[11:13])}:{value[14:19]}" if len(value) > 10 else day


def test_sample_resaved_by_a_us_excel_gets_the_same_timing_flags(cartong_provider, tmp_path, sample_dir):
    # '3/25/2026 14:05' was said unreadable: no duration, period or burst checked in any of the 420 interviews
    rows = _sample_rows(sample_dir)
    for row in rows[1:]:
        row[0], row[1], row[2] = (_us_excel(value) for value in row[:3])
    period = {"PERIOD_START": PERIOD[0], "PERIOD_END": PERIOD[1]}
    original, _ = _sample_flags(tmp_path, "original", str(sample_dir / "household_survey_kobo.csv"), **period)
    us, said = _sample_flags(tmp_path, "us", str(_write_rows(tmp_path / "excel_us.csv", rows)), **period)
    assert us == original
    assert {check for _uuid, check in us} >= {"durations.too_short", "durations.too_long", "durations.outside_period"}
    assert said == [
        f"The dates of start are written month/day/year (first: '{rows[1][0]}'), not YYYY-MM-DD: they were read so.",
        f"The dates of end are written month/day/year (first: '{rows[1][1]}'), not YYYY-MM-DD: they were read so.",
    ]
    # the interviews of the 1st to the 12th alone: 3/2/2026 may be 2 March or 3 February, still said so
    early = [rows[0]] + [row for row in rows[1:] if int(row[0].split("/")[1]) <= 12 and int(row[1].split("/")[1]) <= 12]
    flags, said = _sample_flags(tmp_path, "early", str(_write_rows(tmp_path / "excel_us_early.csv", early)), **period)
    assert {check for _uuid, check in flags} <= {"durations.no_consent"}  # no timing flag; a refusal needs no date
    assert said[0].startswith(
        f"{len(early) - 1} dates of start are not ISO dates (YYYY-MM-DD) and could not be read as day/month/year "
        f"without doubt (first: {early[1][rows[0].index('_uuid')]}, '{early[1][0]}')"
    )
    assert said[1].startswith(f"{len(early) - 1} dates of end are not ISO dates") and len(said) == 2


def _us_excel_12_hour(value: str, dotted: bool = False) -> str:
    """2026-03-25T14:05:31.520+01:00 as an English Excel re-saves it on a 12-hour clock: 3/25/2026 2:05:31 PM,
    or 03/25/2026 02:05:31 p.m. (``dotted``); 2026-03-25: 3/25/2026."""
    if len(value) == 10:
        return f"{int(value[5:7])}/{int(value[8:10])}/{value[0:4]}"
    hour = int(value[11:13])
    half = ("a.m." if dotted else "AM") if hour < 12 else ("p.m." if dotted else "PM")
    if dotted:
        return f"{value[5:7]}/{value[8:10]}/{value[0:4]} {hour % 12 or 12:02d}:{value[14:19]} {half}"
    return f"{int(value[5:7])}/{int(value[8:10])}/{value[0:4]} {hour % 12 or 12}:{value[14:19]} {half}"


def test_sample_resaved_by_a_us_excel_with_am_pm_gets_the_same_timing_flags(cartong_provider, tmp_path, sample_dir):
    # '3/25/2026 2:05:31 PM' was said unreadable: no duration, period or burst checked in any interview
    rows = _sample_rows(sample_dir)
    period = {"PERIOD_START": PERIOD[0], "PERIOD_END": PERIOD[1]}
    original, _ = _sample_flags(tmp_path, "original", str(sample_dir / "household_survey_kobo.csv"), **period)
    # an afternoon hour typed on both clocks ('6:05:31 PM' as '18:05:31 PM') in an interview no check flags
    uuid = rows[0].index("_uuid")
    flagged = {flag_uuid for flag_uuid, _check in original}
    typo = next(row for row in rows[1:] if int(row[0][11:13]) > 12 and row[uuid] not in flagged)
    for number, row in enumerate(rows[1:], 1):
        row[0], row[1], row[2] = (_us_excel_12_hour(value, dotted=number % 3 == 0) for value in row[:3])
    assert rows[3][0].endswith((" a.m.", " p.m.")) and rows[1][0].endswith((" AM", " PM"))
    assert any(" 12:" in row[0] and row[0].endswith("PM") for row in rows[1:])  # noon is 12 PM
    date, time = typo[0].split(" ", 1)
    typo[0] = f"{date} {int(time.split(':')[0]) % 12 + 12}:{time.split(':', 1)[1]}"
    us, said = _sample_flags(tmp_path, "us", str(_write_rows(tmp_path / "excel_us_12h.csv", rows)), **period)
    assert us == original
    assert {check for _uuid, check in us} >= {
        "durations.too_short",
        "durations.too_long",
        "durations.outside_period",
        "durations.burst",
    }
    assert said == [
        f"The dates of start are written month/day/year (first: '{rows[1][0]}'), not YYYY-MM-DD: they were read so.",
        f"1 value of start could not be read as a date (first: {typo[uuid]}, '{typo[0]}'): its interview was not "
        "checked for duration, collection period or bursts. Write it YYYY-MM-DD or YYYY-MM-DDThh:mm:ss, as Kobo "
        "and ODK export dates.",
        f"The dates of end are written month/day/year (first: '{rows[1][1]}'), not YYYY-MM-DD: they were read so.",
    ]


# (uuid, start, end, device): interviews of 20 minutes around midnight and noon on a 12-hour clock
TWELVE_HOUR = [
    ("u-midnight", "3/25/2026 11:50 PM", "3/26/2026 12:10 AM", "d1"),  # 12 AM is 00: not 12 hours later
    ("u-noon", "3/26/2026 11:50 AM", "3/26/2026 12:10 PM", "d2"),  # 12 PM is noon: not before the start
    ("u-after-midnight", "3/27/2026 12:05 am", "3/27/2026 12:25 a.m.", "d3"),
    ("u-after-noon", "03/27/2026 12:40:00 p.m.", "03/27/2026 01:00:00 P.M.", "d4"),
    ("u-both-clocks", "3/28/2026 13:05 PM", "3/28/2026 1:25 PM", "d5"),  # no 13 o'clock after noon
]


def test_twelve_hour_times_around_midnight_and_noon_are_read_as_written(cartong_provider, tmp_path):
    target = tmp_path / "log.gpkg"
    _, feedback = run_checks_algorithm(
        {
            "INPUT": str(_csv(tmp_path / "twelve.csv", TWELVE_HOUR)),
            "CHECKS": [DURATIONS],
            "MIN_DURATION": 30,  # every 20-minute interview is flagged with its duration
            "OUTPUT_GPKG": str(target),
        }
    )
    durations = {(e.uuid, e.check_id, e.old_value) for e in read_log_from_gpkg(target)}
    assert durations == {
        (uuid, "durations.too_short", "20.0") for uuid in ("u-midnight", "u-noon", "u-after-midnight", "u-after-noon")
    }
    assert (
        "1 value of start could not be read as a date (first: u-both-clocks, '3/28/2026 13:05 PM'): its interview "
        "was not checked for duration, collection period or bursts. Write it YYYY-MM-DD or YYYY-MM-DDThh:mm:ss, "
        "as Kobo and ODK export dates." in feedback.warnings
    )


def test_date_answers_resaved_by_a_french_excel_meet_their_constraints(cartong_provider, tmp_path, sample_dir):
    # arrival_date '. <= today()': pandas 2 took '09/06/2013', the first answer, for month/day and read every
    # later day above 12 as no date (constraint broken), with its English warning and path in the run's log
    rows = _sample_rows(sample_dir)
    rows[0] = [name.split("/", 1)[-1] for name in rows[0]]  # exported without group names: the form's names
    column = rows[0].index("arrival_date")
    rows[5][column] = "2031-05-14"  # an arrival in the future: the one answer breaking the constraint
    kobo = str(_write_rows(tmp_path / "kobo.csv", rows))
    for row in rows[1:]:
        value = row[column]
        row[column] = f"{value[8:10]}/{value[5:7]}/{value[0:4]}" if value else ""
    excel = str(_write_rows(tmp_path / "excel_fr.csv", rows))
    settings = {"FORM": str(sample_dir / "household_survey_form.xlsx"), "CHECKS": [OUTLIERS]}
    kobo_flags, _ = _sample_flags(tmp_path, "kobo", kobo, **settings)
    excel_flags, _ = _sample_flags(tmp_path, "excel", excel, **settings)
    assert (rows[5][rows[0].index("_uuid")], "outliers.constraint") in kobo_flags
    assert excel_flags == kobo_flags


def test_interviews_without_start_or_end_are_said_not_skipped_silently(cartong_provider, tmp_path):
    rows = [*ONE_LAYOUT[:3], ("u-no-start", "", "2026-03-02T10:40:00.000+01:00", "d5")]
    rows += [("u-no-end", "2026-03-02T10:00:00.000+01:00", "", "d6")]
    flags, said, _ = _run(tmp_path, str(_csv(tmp_path / "blank.csv", rows)))
    assert flags == {("u-short", "durations.too_short")}
    assert "1 interview has no start time: it was not checked for duration, collection period or bursts." in said
    assert "1 interview has no end time: it was not checked for duration, collection period or bursts." in said


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def test_times_typed_in_arabic_digits_have_their_day_too(cartong_provider, tmp_path):
    """The instants were read but not the day: the period check found no interview outside it, silently."""
    rows = [
        (uuid, start.translate(ARABIC_INDIC), end.translate(ARABIC_INDIC), device)
        for uuid, start, end, device in ONE_LAYOUT[:3]
        + [("u-april", "2026-04-02T10:00:00.000+01:00", "2026-04-02T10:40:00.000+01:00", "d9")]
    ]
    flags, _, _ = _run(
        tmp_path, str(_csv(tmp_path / "arabic.csv", rows)), PERIOD_START="2026-03-01", PERIOD_END="2026-03-31"
    )
    assert flags == {("u-short", "durations.too_short"), ("u-april", "durations.outside_period")}


def test_a_time_without_zone_among_zoned_ones_is_read_in_their_offset_and_said(cartong_provider, tmp_path):
    """A start corrected by hand in Excel loses its +01:00: as UTC it was an hour late, 'ends before it starts'."""
    rows = [
        ONE_LAYOUT[0],
        ONE_LAYOUT[2],
        ("u-excel", "2026-03-02 10:00:00", "2026-03-02T10:30:00.000+01:00", "d5"),  # 30 min in Bangui
    ]
    flags, said, _ = _run(tmp_path, str(_csv(tmp_path / "zones.csv", rows)))
    assert flags == {("u-short", "durations.too_short")}
    assert (
        "1 time of start has no time zone while the others have +01:00 (first: u-excel, '2026-03-02 10:00:00'): it "
        "was read in +01:00." in said
    )


def test_a_time_without_zone_among_several_offsets_is_read_as_utc_and_said(cartong_provider, tmp_path):
    rows = [*ONE_LAYOUT[:3], ("u-excel", "2026-03-02 10:00:00", "2026-03-02T10:30:00.000+01:00", "d5")]
    flags, said, _ = _run(tmp_path, str(_csv(tmp_path / "zones.csv", rows)))
    assert ("u-excel", "durations.negative") in flags  # 10:00 UTC is after 09:30 UTC: no offset to borrow
    assert any(s.startswith("1 time of start has no time zone while the others have several") for s in said)


def test_ends_all_without_zone_are_read_in_the_offset_of_the_starts(cartong_provider, tmp_path):
    """Every end without its zone, every start with +01:00: the ends read as UTC hid real problems (attack 10)."""
    rows = [
        (uuid, start, end[:23], device)  # "2026-03-02T08:40:00.000" without "+01:00"
        for uuid, start, end, device in (ONE_LAYOUT[0], ONE_LAYOUT[2])
    ] + [("u-negative", "2026-03-02T11:00:00.000+01:00", "2026-03-02T10:30:00.000", "d5")]
    flags, said, _ = _run(tmp_path, str(_csv(tmp_path / "ends.csv", rows)))
    assert flags == {("u-short", "durations.too_short"), ("u-negative", "durations.negative")}
    assert "The times of end have no time zone while those of start have +01:00: they were read in +01:00." in said


def test_a_date_without_time_among_times_is_checked_for_the_period_only(cartong_provider, tmp_path):
    """A start typed as a date alone (midnight UTC) made an interview of hours: a false "too long" (attack 10)."""
    rows = [*ONE_LAYOUT[:3], ("u-date", "2026-03-02", "2026-03-02T10:40:00.000+01:00", "d5")]
    rows += [("u-april", "2026-04-02", "2026-04-02T10:40:00.000+01:00", "d6")]
    flags, said, _ = _run(
        tmp_path, str(_csv(tmp_path / "dates.csv", rows)), PERIOD_START="2026-03-01", PERIOD_END="2026-03-31"
    )
    assert flags == {("u-short", "durations.too_short"), ("u-april", "durations.outside_period")}
    assert (
        "2 values of start are dates without a time (first: u-date, '2026-03-02'): their interviews were checked "
        "for the collection period only." in said
    )


# An end corrected by hand in Excel among ends with an offset (attack 11): typed as its locale shows it
# (month/day/year AM/PM, day/month/year) it was read as UTC without a word, an hour or five off; typed ISO
# (the control) it was read in the column's offset and said. (offset, f1's end, the others' ends or None for
# Kobo's, flags, sentence)
_READ_IN = "1 time of end has no time zone while the others have {0} (first: f1, '{1}'): it was read in {0}."
HAND_TYPED_ENDS = {
    "us": ("+01:00", "3/25/2026 2:10 PM", None, {("f1", "durations.too_short", "4.5")}, _READ_IN),  # not 64.5
    "iso": ("+01:00", "2026-03-25 14:10", None, {("f1", "durations.too_short", "4.5")}, _READ_IN),
    "french": ("-05:00", "25/03/2026 14:40", None, set(), _READ_IN),  # 34.5 min, not "ends before it starts"
    "all-us": (
        "+01:00",
        "3/25/2026 2:10 PM",
        ("3/24/2026 10:40 AM", "3/23/2026 10:40 AM"),  # every end typed: read in the starts' offset
        {("f1", "durations.too_short", "4.5")},
        "The times of end have no time zone while those of start have {0}: they were read in {0}.",
    ),
}


@pytest.mark.parametrize("case", HAND_TYPED_ENDS)
def test_an_end_typed_by_hand_in_excel_among_zoned_ones_is_read_in_their_offset_and_said(
    cartong_provider, tmp_path, case
):
    offset, typed, others, expected, sentence = HAND_TYPED_ENDS[case]
    others = others or (f"2026-03-24T10:40:00.000{offset}", f"2026-03-23T10:40:00.000{offset}")
    rows = [
        ("f1", f"2026-03-25T14:05:31.000{offset}", typed, "d1"),
        ("f2", f"2026-03-24T10:00:00.000{offset}", others[0], "d2"),
        ("f3", f"2026-03-23T10:00:00.000{offset}", others[1], "d3"),
    ]
    target = tmp_path / "log.gpkg"
    _, feedback = run_checks_algorithm(
        {
            "INPUT": str(_csv(tmp_path / "ends.csv", rows)),
            "CHECKS": [DURATIONS],
            "MIN_DURATION": 15,
            "OUTPUT_GPKG": str(target),
        }
    )
    assert {(e.uuid, e.check_id, e.old_value) for e in read_log_from_gpkg(target)} == expected
    assert sentence.format(offset, typed) in feedback.warnings


def test_an_unreadable_hand_typed_end_is_said_unread_not_read_in_the_offset(cartong_provider, tmp_path):
    rows = [ONE_LAYOUT[0], ONE_LAYOUT[2], ("u-clocks", "2026-03-28T13:00:00.000+01:00", "3/28/2026 13:05 PM", "d5")]
    _, said, _ = _run(tmp_path, str(_csv(tmp_path / "ends.csv", rows)))
    assert [s for s in said if "u-clocks" in s] == [
        "1 value of end could not be read as a date (first: u-clocks, '3/28/2026 13:05 PM'): its interview was "
        "not checked for duration, collection period or bursts. Write it YYYY-MM-DD or YYYY-MM-DDThh:mm:ss, as "
        "Kobo and ODK export dates."
    ]


# One column, two spreadsheets (attack 11, finding 9): rows a French Excel wrote (24-hour clock) beside rows
# a US Excel wrote (AM/PM). The whole column was read day first: 3/5/2026 2:05 PM became 3 May, outside a
# March period (or silently two months off without one). Each clock's rows now settle their own order.
TWO_SPREADSHEETS = {
    # the AM/PM rows alone leave a doubt (3/5: 3 May or 5 March): said, not read day first
    "us-unclear": (
        [
            ("us-1", "3/5/2026 2:05 PM", "3/5/2026 2:45 PM", "d2"),
            ("us-2", "3/6/2026 9:05 AM", "3/6/2026 9:45 AM", "d3"),
        ],
        set(),
        "2 dates of start are not ISO dates (YYYY-MM-DD) and could not be read as day/month/year without doubt "
        "(first: us-1, '3/5/2026 2:05 PM'): their interviews were not checked for duration, collection period "
        "or bursts. Export the data again from the server, or write the dates YYYY-MM-DD.",
    ),
    # 3/26 tells the AM/PM rows are month first: 4/2/2026 is 2 April (inside), not 4 February (outside)
    "us-clear": (
        [
            ("us-1", "3/26/2026 2:05 PM", "3/26/2026 2:45 PM", "d2"),
            ("us-2", "4/2/2026 9:05 AM", "4/2/2026 9:45 AM", "d3"),
        ],
        set(),
        "The dates of start are written month/day/year (first: '3/26/2026 2:05 PM'), not YYYY-MM-DD: they were "
        "read so.",
    ),
}


@pytest.mark.parametrize("case", TWO_SPREADSHEETS)
def test_am_pm_rows_beside_24_hour_rows_settle_their_own_day_month_order(cartong_provider, tmp_path, case):
    us_rows, expected, sentence = TWO_SPREADSHEETS[case]
    rows = [("fr-1", "25/03/2026 14:05", "25/03/2026 14:45", "d1"), *us_rows]
    flags, said, python_warnings = _run(
        tmp_path, str(_csv(tmp_path / "two.csv", rows)), PERIOD_START="2026-03-01", PERIOD_END="2026-04-03"
    )
    assert flags == expected
    assert sentence in said
    assert (
        "The dates of start are written day/month/year (first: '25/03/2026 14:05'), not YYYY-MM-DD: they were "
        "read so." in said
    )
    assert python_warnings == []
