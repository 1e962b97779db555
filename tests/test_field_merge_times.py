# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:mergefieldpackage with date-times a QGIS 3.22 field laptop wrote without their time zone (attack8-ltr
finding 3): QGIS 3.22 stores a start corrected to 10:00 in Bangui (UTC+1) as ``2026-03-02T10:00:00.000``; the
office's are UTC (``...Z``). Merged as written, cartong:runchecks read it as 10:00 UTC, after the end."""

from __future__ import annotations

import json
import os
import re
import time
import zipfile
from contextlib import contextmanager

import pytest

from tests.field_data import RecordingFeedback, import_sample, ogr_execute, ogr_rows, returned_package

EDITED = "2c6cdbe5-07a6-4a4b-b322-9a7fe5ec0535"  # start 09:05:57.556Z, end 09:46:14.985Z on 2026-03-02
NEW = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
TIMES = "SELECT start, \"end\" FROM survey WHERE _uuid = '{}'"


@contextmanager
def _time_zone(name: str):
    """This computer's time zone set to ``name`` (the TZ variable, as on a Linux laptop) for the block."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def _prepare(folder, zone: str, feedback=None, office_sql=(), **parameters):
    """The sample survey (changed by ``office_sql``) and the zip of its field package, prepared by
    cartong:preparefieldpackage on a computer in ``zone`` (with the further ``parameters``)."""
    import processing

    office = import_sample(folder / "household.gpkg")
    if office_sql:
        ogr_execute(office, *office_sql)
    with _time_zone(zone):
        processing.run(
            "cartong:preparefieldpackage",
            {"SURVEYS": [str(office)], "NAME": "equipe", "OUTPUT": str(folder / "package"), **parameters},
            feedback=feedback or RecordingFeedback(),
        )
    return office, folder / "package" / "equipe.zip"


@pytest.fixture()
def prepared(tmp_path_factory, cartong_provider):
    """The package prepared in Bangui, where the field laptops are."""
    return _prepare(tmp_path_factory.mktemp("office"), "Africa/Bangui")


@pytest.fixture()
def case(prepared, tmp_path):
    """A fresh office copy and the package as it comes back from the field (unzipped)."""
    mine, returned = returned_package(*prepared, tmp_path)
    return mine, returned, returned / "data" / "household.gpkg"


def _merge(returned, office, feedback, zone="America/Bogota"):
    """The merge on an office computer in ``zone`` (by default not the field's: the package's zone decides)."""
    import processing

    with _time_zone(zone):
        return processing.run(
            "cartong:mergefieldpackage",
            {"PACKAGE": str(returned / "manifest.json"), "OFFICE": str(office), "CONFLICTS": None},
            feedback=feedback,
        )


def _duration_flags(office, tmp_path):
    import processing

    processing.run(
        "cartong:runchecks",
        {"INPUT": f"{office}|layername=survey", "CHECKS": [4], "EXPORT_FILE": str(tmp_path / "log.csv")},
        feedback=RecordingFeedback(),
    )
    return ogr_rows(office, f"SELECT check_id, old_value FROM cleaning_log WHERE uuid = '{EDITED}'")


def test_the_package_records_the_time_zone_of_the_computer_that_prepared_it(prepared):
    _office, archive = prepared
    with zipfile.ZipFile(archive) as zipped:
        manifest = json.loads(zipped.read("equipe/manifest.json"))
    assert manifest["time_zone"] == {"name": "Africa/Bangui", "utc_offset": "+01:00"}


def test_a_start_corrected_on_a_qgis_3_22_laptop_is_merged_in_utc_and_raises_no_duration_flag(case, tmp_path):
    office, returned, field_gpkg = case
    assert ogr_rows(office, TIMES.format(EDITED)) == [("2026/03/02 09:05:57.556+00", "2026/03/02 09:46:14.985+00")]
    ogr_execute(field_gpkg, f"UPDATE survey SET start = '2026-03-02T10:00:00.000' WHERE _uuid = '{EDITED}'")
    feedback = RecordingFeedback()
    result = _merge(returned, office, feedback)
    assert (result["EDITS"], result["CONFLICT_COUNT"], result["NOT_MERGED"]) == (1, 0, 0)
    assert ogr_rows(office, TIMES.format(EDITED)) == [("2026/03/02 09:00:00+00", "2026/03/02 09:46:14.985+00")]
    stored = ogr_rows(office, f"SELECT CAST(start AS TEXT) FROM survey WHERE _uuid = '{EDITED}'")[0][0]
    assert re.fullmatch(r"2026-03-02T09:00:00(\.000)?Z", stored)  # GDAL 3.10 leaves out ".000"
    assert (
        "1 date-time written in the field without a time zone (start: 1) was read in the time zone chosen for "
        "the field laptops when the package was prepared (Africa/Bangui, UTC+01:00) and stored in UTC, as the "
        "office stores it." in feedback.infos
    )
    assert not [w for w in feedback.warnings if "time zone" in w]
    assert _duration_flags(office, tmp_path) == []  # was "durations.negative", -5.8 minutes
    again = RecordingFeedback()
    assert _merge(returned, office, again)["EDITS"] == 0  # what it took the first time is no edit now


def test_a_submission_added_on_a_qgis_3_22_laptop_is_stored_in_utc(case):
    office, returned, field_gpkg = case
    ogr_execute(
        field_gpkg,
        "CREATE TEMP TABLE s AS SELECT * FROM survey WHERE _uuid = '" + EDITED + "'",
        f"UPDATE s SET fid = NULL, _uuid = '{NEW}', start = '2026-03-02T12:22:19.000', \"end\" = "
        "'2026-03-02T12:58:03.000'",
        "INSERT INTO survey SELECT * FROM s",
    )
    feedback = RecordingFeedback()
    result = _merge(returned, office, feedback)
    assert result["NEW_SUBMISSIONS"] == 1
    assert ogr_rows(office, TIMES.format(NEW)) == [("2026/03/02 11:22:19+00", "2026/03/02 11:58:03+00")]
    assert any(info.startswith("2 date-times written in the field without a time zone (end: 1, start: 1)")
               for info in feedback.infos)  # fmt: skip
    ogr_execute(field_gpkg, f"UPDATE survey SET start = '2026-03-02T12:30:00.250' WHERE _uuid = '{NEW}'")
    again = _merge(returned, office, RecordingFeedback())  # corrected later on the laptop: an edit, no conflict
    assert (again["EDITS"], again["CONFLICT_COUNT"]) == (1, 0)
    assert ogr_rows(office, TIMES.format(NEW))[0][0] == "2026/03/02 11:30:00.250+00"


def test_date_times_the_field_wrote_without_zone_at_the_office_instant_are_no_edit(case):
    office, returned, field_gpkg = case
    before = ogr_rows(office, 'SELECT _uuid, start, "end" FROM survey ORDER BY fid')
    ogr_execute(
        field_gpkg,  # every start written as Bangui's time, every end saved again by QGIS 3.22 (UTC's clock, no zone)
        "UPDATE survey SET start = strftime('%Y-%m-%dT%H:%M:%f', start, '+1 hour'), "
        '"end" = substr("end", 1, 19) || \'.000\'',
    )
    assert ogr_rows(field_gpkg, TIMES.format(EDITED)) == [("2026/03/02 10:05:57.556", "2026/03/02 09:46:14")]
    feedback = RecordingFeedback()
    result = _merge(returned, office, feedback)
    assert (result["EDITS"], result["CONFLICT_COUNT"], result["NOT_MERGED"]) == (0, 0, 0)
    assert ogr_rows(office, 'SELECT _uuid, start, "end" FROM survey ORDER BY fid') == before
    # neither "420 of the 420 rows of survey ... differ in the returned copy" nor a blanket warning about them:
    # an untouched value QGIS 3.22 saves again is written so (a correction by exactly minus the zone's offset
    # would look the same; attack 11 finding 5, attack 12 finding 2: a warning on every normal merge)
    assert feedback.warnings == []
    assert not [info for info in feedback.infos if "time zone" in info]


def test_the_same_correction_made_in_the_office_with_another_offset_is_no_conflict(case):
    office, returned, field_gpkg = case
    ogr_execute(office, f"UPDATE survey SET start = '2026-03-02T12:00:00.000+03:00' WHERE _uuid = '{EDITED}'")
    ogr_execute(field_gpkg, f"UPDATE survey SET start = '2026-03-02T10:00:00.000' WHERE _uuid = '{EDITED}'")
    result = _merge(returned, office, RecordingFeedback())
    assert (result["EDITS"], result["CONFLICT_COUNT"], result["NOT_MERGED"]) == (0, 0, 0)


def test_a_submission_the_office_removed_lists_only_the_field_changes_to_it(case):
    office, returned, field_gpkg = case
    ogr_execute(office, f"DELETE FROM survey WHERE _uuid = '{EDITED}'")
    ogr_execute(  # start corrected on the laptop, end saved again by QGIS 3.22 (UTC's clock, no zone)
        field_gpkg,
        f"UPDATE survey SET start = '2026-03-02T10:00:00.000', \"end\" = '2026-03-02T09:46:14.000' "
        f"WHERE _uuid = '{EDITED}'",
    )
    result = _merge(returned, office, RecordingFeedback())
    assert result["NOT_MERGED"] == 1  # was 2: the end listed as a change
    assert ogr_rows(
        office, f"SELECT question, base_value, field_value, reason FROM field_conflicts WHERE uuid = '{EDITED}'"
    ) == [("start", "2026/03/02 09:05:57.556+00", "2026/03/02 09:00:00+00", "removed_in_office")]


def test_a_package_without_a_recorded_time_zone_is_read_in_the_office_zone_and_said(case, tmp_path):
    office, returned, field_gpkg = case
    ogr_execute(  # as prepared by an earlier version: its package row holds no time zone
        field_gpkg,
        "UPDATE cartong_field_base SET value = 'null' WHERE kind = 'package'",
        f"UPDATE survey SET start = '2026-03-02T10:00:00.000' WHERE _uuid = '{EDITED}'",
    )
    feedback = RecordingFeedback()
    result = _merge(returned, office, feedback, zone="Africa/Bangui")
    assert result["EDITS"] == 1
    assert ogr_rows(office, TIMES.format(EDITED))[0][0] == "2026/03/02 09:00:00+00"
    assert (
        "The package records no time zone (prepared by an earlier version): 1 date-time written in the field "
        "without a time zone (start: 1) was read in this computer's time zone (Africa/Bangui, UTC+01:00) and "
        "stored in UTC; check it if the field laptops were set to another time zone." in feedback.warnings
    )
    assert _duration_flags(office, tmp_path) == []


# -- the field laptops' zone chosen at preparation (attack 9 finding 2): prepared in Dakar (UTC+0) for Bangui (+1) --


def _manifest_zone(archive):
    with zipfile.ZipFile(archive) as zipped:
        return json.loads(zipped.read("equipe/manifest.json"))["time_zone"]


def test_a_package_prepared_in_dakar_for_laptops_in_bangui_reads_their_times_in_bangui(tmp_path, cartong_provider):
    said = RecordingFeedback()
    prepared = _prepare(tmp_path / "dakar", "Africa/Dakar", said, TIME_ZONE="Africa/Bangui")
    assert _manifest_zone(prepared[1]) == {"name": "Africa/Bangui", "utc_offset": "+01:00"}
    assert "Field laptops' time zone: Africa/Bangui (UTC+01:00 today)." in said.infos  # attack11 finding 3
    office, returned = returned_package(*prepared, tmp_path)
    others = f"SELECT _uuid, start, \"end\" FROM survey WHERE _uuid <> '{EDITED}' ORDER BY fid"
    before = ogr_rows(office, others)
    ogr_execute(
        returned / "data" / "household.gpkg",  # every time saved again by QGIS 3.22 in Bangui: local, no zone
        "UPDATE survey SET start = strftime('%Y-%m-%dT%H:%M:%f', start, '+1 hour'), "
        "\"end\" = strftime('%Y-%m-%dT%H:%M:%f', \"end\", '+1 hour')",
        # and one start really corrected by 2 hours: 12:05:57.556 in Bangui is 11:05:57.556Z
        f"UPDATE survey SET start = '2026-03-02T12:05:57.556' WHERE _uuid = '{EDITED}'",
    )
    feedback = RecordingFeedback()
    result = _merge(returned, office, feedback, zone="Africa/Dakar")
    assert (result["EDITS"], result["CONFLICT_COUNT"], result["NOT_MERGED"]) == (1, 0, 0)  # was 840 edits
    assert ogr_rows(office, TIMES.format(EDITED)) == [("2026/03/02 11:05:57.556+00", "2026/03/02 09:46:14.985+00")]
    assert ogr_rows(office, others) == before
    assert (
        "1 date-time written in the field without a time zone (start: 1) was read in the time zone chosen for "
        "the field laptops when the package was prepared (Africa/Bangui, UTC+01:00) and stored in UTC, as the "
        "office stores it." in feedback.infos
    )


def test_an_unknown_time_zone_for_the_field_laptops_is_refused_and_nothing_is_written(tmp_path, cartong_provider):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as refused:
        _prepare(tmp_path, "Africa/Dakar", TIME_ZONE="Africa/Bangi")
    assert str(refused.value) == (
        "The time zone Africa/Bangi is not known: give the time zone the field laptops are set to by its IANA "
        "name, such as Africa/Bangui, or leave it empty for this computer's."
    )
    assert not (tmp_path / "package").exists()


def test_a_computer_whose_time_zone_is_a_posix_rule_is_asked_for_the_field_zone(tmp_path, cartong_provider):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as refused:  # attack12 finding 4: Central European Time as a rule
        _prepare(tmp_path, "CET-1CEST,M3.5.0,M10.5.0/3")
    assert str(refused.value) == (
        "This computer's time zone (CET-1CEST,M3.5.0,M10.5.0/3) is not a time zone QGIS knows by name: give the "
        "time zone the field laptops are set to (TIME_ZONE) by its IANA name, such as Africa/Bangui."
    )  # was recorded as UTC+00:00: a laptop's 10:30 (09:30Z) merged as 10:30Z
    assert not (tmp_path / "package").exists()


def test_a_field_time_written_with_another_offset_is_stored_in_utc(case):
    office, returned, field_gpkg = case
    ogr_execute(field_gpkg, f"UPDATE survey SET start = '2026-03-02T13:00:00.000+03:00' WHERE _uuid = '{EDITED}'")
    feedback = RecordingFeedback()
    result = _merge(returned, office, feedback)
    assert (result["EDITS"], result["CONFLICT_COUNT"]) == (1, 0)
    assert ogr_rows(office, TIMES.format(EDITED))[0][0] == "2026/03/02 10:00:00+00"  # was "2026/03/02 13:00:00+03"
    assert not [info for info in feedback.infos if "time zone" in info]  # it had one: nothing was read in another


# -- attack11 finding 3: Etc/GMT+1 is UTC-01:00 (POSIX sign), the trap of a team at UTC+1 --


@pytest.mark.parametrize("zone", ["Etc/GMT+1", "posix/Etc/GMT+1", "right/Etc/GMT+1"])  # attack12 finding 5: aliases
def test_an_etc_gmt_zone_with_its_reversed_sign_is_refused_and_nothing_is_written(zone, tmp_path, cartong_provider):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as refused:
        _prepare(tmp_path, "Africa/Bangui", TIME_ZONE=zone)
    assert str(refused.value) == (
        f"The time zone {zone} is UTC-01:00 (the tz database reverses the sign of the Etc/GMT zones): give the "
        "place the field laptops are set to instead, such as Africa/Bangui."
    )  # the aliases were accepted: "Field laptops' time zone: posix/Etc/GMT+1 (UTC-01:00 today)"
    assert not (tmp_path / "package").exists()


@pytest.mark.parametrize("zone", ["Etc/GMT", "Etc/UTC"])
def test_the_utc_names_of_etc_stay_accepted_and_are_said(zone, tmp_path, cartong_provider):
    said = RecordingFeedback()
    prepared = _prepare(tmp_path, "Africa/Bangui", said, TIME_ZONE=zone)
    assert _manifest_zone(prepared[1]) == {"name": zone, "utc_offset": "+00:00"}
    assert f"Field laptops' time zone: {zone} (UTC+00:00 today)." in said.infos


# -- attack11 finding 4: laptops in Paris; 02:30 on 25 October 2026 is 00:30Z (CEST) and again 01:30Z (CET) --

AUTUMN = 'SELECT fid + 0, start, "end" FROM survey WHERE fid IN (1, 2) ORDER BY fid'


def test_an_untouched_time_of_the_hour_the_autumn_change_repeats_is_no_edit(tmp_path, cartong_provider):
    prepared = _prepare(
        tmp_path / "paris",
        "Africa/Dakar",
        office_sql=(  # fid 1 at the first 02:30-02:50 (summer time), fid 2 at the second (winter time)
            "UPDATE survey SET start = '2026-10-25T00:30:00.000Z', \"end\" = '2026-10-25T00:50:00.000Z' WHERE fid = 1",
            "UPDATE survey SET start = '2026-10-25T01:30:00.000Z', \"end\" = '2026-10-25T01:50:00.000Z' WHERE fid = 2",
        ),
        TIME_ZONE="Europe/Paris",
    )
    office, returned = returned_package(*prepared, tmp_path)
    before = ogr_rows(office, AUTUMN)
    ogr_execute(  # both saved again by QGIS 3.22 on a Paris laptop: Paris time, no zone
        returned / "data" / "household.gpkg",
        "UPDATE survey SET start = '2026-10-25T02:30:00.000', \"end\" = '2026-10-25T02:50:00.000' WHERE fid IN (1, 2)",
    )
    result = _merge(returned, office, RecordingFeedback(), zone="Africa/Dakar")
    assert (result["EDITS"], result["CONFLICT_COUNT"], result["NOT_MERGED"]) == (0, 0, 0)  # was 2 edits
    assert ogr_rows(office, AUTUMN) == before  # fid 1 was moved to 01:30-01:50Z


def test_a_correction_in_the_hour_the_autumn_change_repeats_is_merged_as_the_later_time_and_said(
    tmp_path, cartong_provider
):
    prepared = _prepare(
        tmp_path / "paris",
        "Africa/Dakar",
        office_sql=(  # fid 1 from 02:10 CEST to 02:50 CET; fid 2 at the second 02:30 (winter time)
            "UPDATE survey SET start = '2026-10-25T00:10:00.000Z', \"end\" = '2026-10-25T01:50:00.000Z' WHERE fid = 1",
            "UPDATE survey SET start = '2026-10-25T01:30:00.000Z', \"end\" = '2026-10-25T01:50:00.000Z' WHERE fid = 2",
        ),
        TIME_ZONE="Europe/Paris",
    )
    office, returned = returned_package(*prepared, tmp_path)
    ogr_execute(  # fid 1's start corrected to 02:40 (00:40Z or 01:40Z); fid 2 saved again untouched
        returned / "data" / "household.gpkg",
        "UPDATE survey SET start = '2026-10-25T02:40:00.000' WHERE fid = 1",
        "UPDATE survey SET start = '2026-10-25T02:30:00.000', \"end\" = '2026-10-25T02:50:00.000' WHERE fid = 2",
        "CREATE TEMP TABLE s AS SELECT * FROM survey WHERE fid = 3",  # and a new submission ending at 02:20
        f"UPDATE s SET fid = NULL, _uuid = '{NEW}', start = '2026-10-25T01:20:00.000', \"end\" = "
        "'2026-10-25T02:20:00.000'",
        "INSERT INTO survey SELECT * FROM s",
    )
    feedback = RecordingFeedback()
    result = _merge(returned, office, feedback, zone="Africa/Dakar")
    assert (result["EDITS"], result["NEW_SUBMISSIONS"], result["NOT_MERGED"]) == (1, 1, 0)
    assert ogr_rows(office, AUTUMN)[0][1] == "2026/10/25 01:40:00+00"  # as Qt reads it, the later
    assert ogr_rows(office, TIMES.format(NEW)) == [("2026/10/24 23:20:00+00", "2026/10/25 01:20:00+00")]
    offset = _manifest_zone(prepared[1])["utc_offset"]  # recorded today
    assert feedback.warnings == [
        "2 date-times written in the field without a time zone are in the hour the clocks repeat when they go back "
        f"in the field laptops' time zone (Europe/Paris, UTC{offset}) (the first: 2026/10/25 02:40:00, fid 1 of "
        "survey, column start): they were read as the later of the two possible times; check them."
    ]  # was nothing (fid 2, untouched, still says nothing)


# -- attack11 finding 8: laptops in Paris; 02:30 on 29 March 2026 does not exist there (02:00 became 03:00) --


def test_a_field_time_in_the_hour_the_spring_change_skips_is_not_merged_and_is_said(tmp_path, cartong_provider):
    prepared = _prepare(tmp_path / "paris", "Africa/Dakar", TIME_ZONE="Europe/Paris")
    office, returned = returned_package(*prepared, tmp_path)
    field_gpkg = returned / "data" / "household.gpkg"
    (fid,) = ogr_rows(office, f"SELECT fid + 0 FROM survey WHERE _uuid = '{EDITED}'")[0]
    before = ogr_rows(office, TIMES.format(EDITED))
    ogr_execute(
        field_gpkg,
        f"UPDATE survey SET start = '2026-03-29T02:30:00.000' WHERE _uuid = '{EDITED}'",
        "CREATE TEMP TABLE s AS SELECT * FROM survey WHERE _uuid = '" + EDITED + "'",  # and a new submission
        f"UPDATE s SET fid = NULL, _uuid = '{NEW}', start = '2026-03-29T02:10:00.000', \"end\" = "
        "'2026-03-29T03:40:00.000'",
        "INSERT INTO survey SELECT * FROM s",
    )
    feedback = RecordingFeedback()
    result = _merge(returned, office, feedback, zone="Africa/Dakar")
    assert (result["EDITS"], result["NEW_SUBMISSIONS"], result["NOT_MERGED"]) == (0, 1, 2)
    assert ogr_rows(office, TIMES.format(EDITED)) == before  # was '2026/03/29 02:30:00', without a zone
    assert ogr_rows(office, TIMES.format(NEW)) == [(None, "2026/03/29 01:40:00+00")]
    (added,) = ogr_rows(office, f"SELECT fid + 0 FROM survey WHERE _uuid = '{NEW}'")[0]
    assert ogr_rows(
        office, "SELECT office_fid, field_value FROM field_conflicts WHERE reason = 'time_not_in_zone'"
    ) == [
        (str(fid), "2026/03/29 02:30:00"),
        (str(added), "2026/03/29 02:10:00"),
    ]
    offset = _manifest_zone(prepared[1])["utc_offset"]  # recorded on the day the test runs (+02:00 in summer)
    assert (
        "2 date-times written in the field without a time zone do not exist in the field laptops' time zone "
        f"(Europe/Paris, UTC{offset}), in the hour the clocks skip when they go forward (the first: "
        f"2026/03/29 02:30:00, fid {fid} of survey, column start): they were not merged and are listed in the "
        "table field_conflicts; write in the office file the times they really were." in feedback.warnings
    )
    assert not [warning for warning in feedback.warnings if "0.2.0" in warning]  # not the default sentence


def test_a_submission_without_uuid_added_with_local_times_is_not_added_again(case):
    """The ledger keeps its start in UTC, the laptop in its own time: read alike, the copy returned again
    is the same copy, and the household corrected since is an update (review 18, item 4)."""
    office, returned, field_gpkg = case
    ogr_execute(
        field_gpkg,
        "CREATE TEMP TABLE s AS SELECT * FROM survey WHERE _uuid = '" + EDITED + "'",
        "UPDATE s SET fid = NULL, _uuid = NULL, start = '2026-03-02T12:22:19.000', village = 'LAPTOP'",
        "INSERT INTO survey SELECT * FROM s",
    )
    assert _merge(returned, office, RecordingFeedback())["NEW_SUBMISSIONS"] == 1
    again = _merge(returned, office, RecordingFeedback())
    assert (again["NEW_SUBMISSIONS"], again["EDITS"], again["NOT_MERGED"]) == (0, 0, 0)
    ogr_execute(field_gpkg, "UPDATE survey SET hh_size = 7 WHERE village = 'LAPTOP'")
    corrected = _merge(returned, office, RecordingFeedback())
    assert (corrected["NEW_SUBMISSIONS"], corrected["EDITS"], corrected["CONFLICT_COUNT"]) == (0, 1, 0)
    assert ogr_rows(office, "SELECT hh_size, start FROM survey WHERE village = 'LAPTOP'") == [
        (7, "2026/03/02 11:22:19+00")
    ]
