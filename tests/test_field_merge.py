# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:mergefieldpackage: a returned field package merged into the office GeoPackage, three ways."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from cartong_plugin.core.cleaning.log import LogEntry
from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg, write_log_to_gpkg
from tests.field_data import RecordingFeedback, files_under, import_sample, ogr_execute, ogr_rows, returned_package

NEW_UUID = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"


@pytest.fixture(scope="module")
def prepared(tmp_path_factory, qgis_app, qgis_processing):
    """An office survey with a pending cleaning log, and the zip of its field package (vector background,
    personal data included; test_field_personal merges the default package)."""
    from cartong_plugin.core.field.package import PackageOptions, prepare_field_package

    folder = tmp_path_factory.mktemp("office")
    office = import_sample(folder / "household.gpkg")
    uuids = [row[0] for row in ogr_rows(office, "SELECT _uuid FROM survey ORDER BY fid LIMIT 4")]
    write_log_to_gpkg([LogEntry(u, "hh_size", "6", issue="outlier", check_id="outliers") for u in uuids[:3]], office)
    # the personal data included (raw tables too): a package that carries everything merges as before
    options = PackageOptions([office], name="household_field", include_personal_data=True)
    report = prepare_field_package(options, folder / "package")
    return office, report.zip, uuids


@pytest.fixture()
def case(prepared, tmp_path):
    """A fresh office copy and the package returned from the field (unzipped, to edit as a team would)."""
    office, archive, uuids = prepared
    mine, returned = returned_package(office, archive, tmp_path)
    return mine, returned, returned / "data" / "household.gpkg", uuids


def _merge(returned, office, conflicts=None, feedback=None):
    import processing

    return processing.run(
        "cartong:mergefieldpackage",
        {"PACKAGE": str(returned), "OFFICE": str(office), "CONFLICTS": str(conflicts) if conflicts else None},
        feedback=feedback or RecordingFeedback(),
    )


def _value(gpkg, uuid, column="hh_size"):
    return ogr_rows(gpkg, f"SELECT \"{column}\" FROM survey WHERE _uuid = '{uuid}'")[0][0]


def test_a_value_edited_in_the_field_is_applied_in_the_office(cartong_provider, case):
    office, returned, field_gpkg, uuids = case
    ogr_execute(field_gpkg, f"UPDATE survey SET hh_size = 9, village = 'Boali' WHERE _uuid = '{uuids[0]}'")
    result = _merge(returned / "manifest.json", office)
    assert result["EDITS"] == 2 and result["CONFLICT_COUNT"] == 0
    assert (_value(office, uuids[0]), _value(office, uuids[0], "village")) == (9, "Boali")


def test_a_value_changed_in_both_places_is_a_conflict_and_the_office_value_stays(cartong_provider, case, tmp_path):
    office, returned, field_gpkg, uuids = case
    before = _value(office, uuids[1])
    ogr_execute(field_gpkg, f"UPDATE survey SET hh_size = 77 WHERE _uuid = '{uuids[1]}'")
    ogr_execute(office, f"UPDATE survey SET hh_size = 55 WHERE _uuid = '{uuids[1]}'")
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, tmp_path / "conflicts.csv", feedback)
    assert result["CONFLICT_COUNT"] == 1 and result["EDITS"] == 0
    assert _value(office, uuids[1]) == 55
    table = ogr_rows(
        office, "SELECT table_name, uuid, question, base_value, office_value, field_value, kept FROM field_conflicts"
    )
    assert table == [("survey", uuids[1], "hh_size", str(before), "55", "77", "office")]
    with open(tmp_path / "conflicts.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["uuid"], r["office_value"], r["field_value"]) for r in rows] == [(uuids[1], "55", "77")]
    assert any("1 conflict" in e and "office value was kept" in e for e in feedback.errors)


def test_the_same_change_in_both_places_is_no_conflict(cartong_provider, case):
    office, returned, field_gpkg, uuids = case
    for gpkg in (field_gpkg, office):
        ogr_execute(gpkg, f"UPDATE survey SET hh_size = 12 WHERE _uuid = '{uuids[1]}'")
    assert _merge(returned / "manifest.json", office)["CONFLICT_COUNT"] == 0


def test_a_new_submission_comes_with_its_raw_row_and_its_members(cartong_provider, case):
    office, returned, field_gpkg, uuids = case
    source = uuids[3]
    members = len(ogr_rows(field_gpkg, f"SELECT 1 FROM members WHERE _submission__uuid = '{source}'"))
    assert members > 0
    ogr_execute(
        field_gpkg,
        f"INSERT INTO survey (geom, _uuid, hh_size, village) SELECT geom, '{NEW_UUID}', 4, 'Bimbo' "
        f"FROM survey WHERE _uuid = '{source}'",
        f"CREATE TEMP TABLE r AS SELECT * FROM raw_survey WHERE _uuid = '{source}'",
        f"UPDATE r SET fid = NULL, _uuid = '{NEW_UUID}'",
        "INSERT INTO raw_survey SELECT * FROM r",
        f"CREATE TEMP TABLE m AS SELECT * FROM members WHERE _submission__uuid = '{source}'",
        f"UPDATE m SET fid = NULL, _submission__uuid = '{NEW_UUID}'",
        "INSERT INTO members SELECT * FROM m",
    )
    raw_before = ogr_rows(office, "SELECT * FROM raw_survey ORDER BY fid")
    result = _merge(returned / "manifest.json", office)
    assert result["NEW_SUBMISSIONS"] == 1
    assert ogr_rows(office, f"SELECT hh_size, village, geom IS NOT NULL FROM survey WHERE _uuid = '{NEW_UUID}'") == [
        (4, "Bimbo", 1)
    ]
    assert len(ogr_rows(office, f"SELECT 1 FROM members WHERE _submission__uuid = '{NEW_UUID}'")) == members
    raw_after = ogr_rows(office, "SELECT * FROM raw_survey ORDER BY fid")
    assert raw_after[: len(raw_before)] == raw_before and len(raw_after) == len(raw_before) + 1
    assert raw_after[-1][1:] == ogr_rows(field_gpkg, f"SELECT * FROM raw_survey WHERE _uuid = '{NEW_UUID}'")[0][1:]


def test_raw_rows_edited_in_the_field_stay_as_received_in_the_office(cartong_provider, case):
    office, returned, field_gpkg, uuids = case
    ogr_execute(field_gpkg, f"UPDATE raw_survey SET \"household/hh_size\" = '999' WHERE _uuid = '{uuids[0]}'")
    raw_before = ogr_rows(office, "SELECT * FROM raw_survey ORDER BY fid")
    _merge(returned / "manifest.json", office)
    assert ogr_rows(office, "SELECT * FROM raw_survey ORDER BY fid") == raw_before


def test_field_cleaning_decisions_arrive_with_who_and_when(cartong_provider, case):
    office, returned, field_gpkg, uuids = case
    log = read_log_from_gpkg(field_gpkg)
    log[0].change_type, log[0].new_value, log[0].who, log[0].when = "change_response", "5", "Aline", "2026-03-04"
    log.append(
        LogEntry(uuids[3], "village", "Bangui", "", "typo", "admin_names", "no_action", "", "Aline", "2026-03-04")
    )
    write_log_to_gpkg(log, field_gpkg)
    result = _merge(returned / "manifest.json", office)
    assert result["DECISIONS"] == 2 and result["CONFLICT_COUNT"] == 0
    merged = {(e.uuid, e.question): e for e in read_log_from_gpkg(office)}
    first = merged[(uuids[0], "hh_size")]
    assert (first.change_type, first.new_value, first.who, first.when) == (
        "change_response",
        "5",
        "Aline",
        "2026-03-04",
    )
    assert merged[(uuids[3], "village")].change_type == "no_action"
    assert len(merged) == 4


def test_a_decision_taken_differently_in_both_places_is_a_conflict(cartong_provider, case):
    office, returned, field_gpkg, uuids = case
    for gpkg, (kind, who) in ((field_gpkg, ("remove_survey", "Aline")), (office, ("no_action", "Marc"))):
        log = read_log_from_gpkg(gpkg)
        log[1].change_type, log[1].who, log[1].when = kind, who, "2026-03-05"
        write_log_to_gpkg(log, gpkg)
    result = _merge(returned / "manifest.json", office)
    assert result["CONFLICT_COUNT"] == 1 and result["DECISIONS"] == 0
    assert read_log_from_gpkg(office)[1].change_type == "no_action"
    assert ogr_rows(
        office, "SELECT table_name, office_value, field_value, office_who, field_who FROM field_conflicts"
    ) == [("cleaning_log", "no_action", "remove_survey", "Marc", "Aline")]


def test_a_geopackage_that_was_not_packaged_is_refused_and_the_office_untouched(cartong_provider, case, tmp_path):
    office, _returned, _field, _uuids = case
    other = import_sample(tmp_path / "other.gpkg")
    before = office.read_bytes()
    with pytest.raises(QgsProcessingException, match="other.gpkg was not prepared as a field package"):
        _merge(other, office)
    assert office.read_bytes() == before
    assert files_under(office.parent) == {"household.gpkg"}


def test_the_returned_zip_itself_can_be_merged(cartong_provider, prepared, tmp_path):
    office, archive, _uuids = prepared
    mine = tmp_path / "household.gpkg"
    mine.write_bytes(Path(office).read_bytes())
    result = _merge(archive, mine)
    assert (result["NEW_SUBMISSIONS"], result["EDITS"], result["CONFLICT_COUNT"]) == (0, 0, 0)


def test_a_package_that_brings_nothing_leaves_the_office_file_as_it_was(cartong_provider, case, tmp_path):
    """Merged twice, or returned unchanged: the office file keeps its bytes (no needless rewrite that a
    backup or a sync would take for a change), and an empty conflicts file is still written."""
    import os

    office, returned, _field_gpkg, _uuids = case
    before, stamp = office.read_bytes(), os.stat(office).st_mtime_ns
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, tmp_path / "conflicts.csv", feedback)
    assert result["EDITS"] == 0 and result["CONFLICT_COUNT"] == 0
    assert any("brings nothing new" in line and "household.gpkg was left as it was" in line for line in feedback.infos)
    assert office.read_bytes() == before and os.stat(office).st_mtime_ns == stamp
    assert (tmp_path / "conflicts.csv").exists()
    assert files_under(office.parent) == {"household.gpkg"}


def test_merging_the_same_package_twice_records_its_conflict_once(cartong_provider, case, tmp_path):
    office, returned, field_gpkg, uuids = case
    ogr_execute(field_gpkg, f"UPDATE survey SET hh_size = 77 WHERE _uuid = '{uuids[1]}'")
    ogr_execute(office, f"UPDATE survey SET hh_size = 55 WHERE _uuid = '{uuids[1]}'")
    assert _merge(returned / "manifest.json", office)["CONFLICT_COUNT"] == 1
    before = office.read_bytes()
    feedback = RecordingFeedback()
    again = _merge(returned / "manifest.json", office, tmp_path / "again.csv", feedback)
    assert again["CONFLICT_COUNT"] == 1  # still a conflict (the office value is kept), still listed
    assert ogr_rows(office, "SELECT count(*) FROM field_conflicts") == [(1,)]
    assert office.read_bytes() == before
    assert any("brings nothing new" in line for line in feedback.infos)
    with open(tmp_path / "again.csv", encoding="utf-8-sig", newline="") as handle:
        assert [r["uuid"] for r in csv.DictReader(handle)] == [uuids[1]]


# -- rows matched by the identity the package recorded; nothing done in the field dropped unsaid ----------


def _conflict_rows(office, table="survey"):
    return ogr_rows(
        office,
        "SELECT uuid, question, base_value, office_value, field_value, office_fid, field_fid, reason "
        f"FROM field_conflicts WHERE table_name = '{table}' ORDER BY fid",
    )


def _duplicated_uuid(office):
    """The sample's _uuid held by two survey rows, and their fids (322 and 333, hh_size 9 and 11)."""
    uuid, fids = ogr_rows(
        office, "SELECT _uuid, group_concat(fid) FROM survey GROUP BY _uuid HAVING count(*) = 2 ORDER BY max(fid) DESC"
    )[0]
    return uuid, [int(fid) for fid in fids.split(",")]


def test_deleting_one_of_two_rows_sharing_a_uuid_moves_no_edit_onto_the_other(cartong_provider, case, tmp_path):
    office, returned, field_gpkg, _uuids = case
    uuid, (first, second) = _duplicated_uuid(office)
    query = f"SELECT fid + 0, hh_size, village FROM survey WHERE _uuid = '{uuid}' ORDER BY fid"
    assert [row[:2] for row in ogr_rows(office, query)] == [(first, 9), (second, 11)]
    ogr_execute(
        field_gpkg, f"DELETE FROM survey WHERE fid = {first}", f"UPDATE survey SET hh_size = 12 WHERE fid = {second}"
    )
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, tmp_path / "conflicts.csv", feedback)
    assert (result["EDITS"], result["CONFLICT_COUNT"], result["NOT_MERGED"]) == (1, 0, 1)
    assert ogr_rows(office, query) == [(first, 9, "Bozou"), (second, 12, "Bozou")]
    assert _conflict_rows(office) == [(uuid, "", None, None, None, str(first), "", "deleted_in_field")]
    assert "1 row of survey deleted in the field was kept in the office: deletions are not merged." in feedback.warnings
    csv_path = tmp_path / "conflicts.csv"
    assert any(
        e.startswith("1 change made in the field was not merged") and str(csv_path) in e for e in feedback.errors
    )
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["uuid"], r["office_fid"], r["reason"], r["kept"]) for r in rows] == [
        (uuid, str(first), "deleted_in_field", "office")
    ]


def test_a_submission_deleted_in_the_field_stays_in_the_office_and_is_listed(cartong_provider, case):
    office, returned, field_gpkg, uuids = case
    gone = uuids[2]
    before = ogr_rows(office, f"SELECT fid + 0, * FROM survey WHERE _uuid = '{gone}'")
    members = ogr_rows(office, f"SELECT fid + 0, * FROM members WHERE _submission__uuid = '{gone}' ORDER BY fid")
    assert len(members) == 7
    ogr_execute(  # QGIS deletes the repeat rows with their submission (a composition relation)
        field_gpkg,
        f"DELETE FROM survey WHERE _uuid = '{gone}'",
        f"DELETE FROM members WHERE _submission__uuid = '{gone}'",
    )
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, None, feedback)
    assert (result["EDITS"], result["NOT_MERGED"]) == (0, 8)
    assert ogr_rows(office, f"SELECT fid + 0, * FROM survey WHERE _uuid = '{gone}'") == before
    assert (
        ogr_rows(office, f"SELECT fid + 0, * FROM members WHERE _submission__uuid = '{gone}' ORDER BY fid") == members
    )
    fid = str(before[0][0])
    assert _conflict_rows(office) == [(gone, "", None, None, None, fid, "", "deleted_in_field")]
    assert [row[-3:] for row in _conflict_rows(office, "members")] == [
        (str(m[0]), "", "deleted_in_field") for m in members
    ]
    assert feedback.warnings[:2] == [
        "7 rows of members deleted in the field were kept in the office: deletions are not merged.",
        "1 row of survey deleted in the field was kept in the office: deletions are not merged.",
    ]


def test_repeat_rows_edited_added_and_deleted_in_the_field(cartong_provider, case):
    office, returned, field_gpkg, _uuids = case
    edited, added, deleted = (
        row[0]
        for row in ogr_rows(
            office, "SELECT _submission__uuid FROM members GROUP BY 1 HAVING count(*) >= 3 ORDER BY 1 LIMIT 3"
        )
    )
    ages = "SELECT fid + 0, member_age FROM members WHERE _submission__uuid = '{}' ORDER BY fid"
    e_rows, a_rows, d_rows = (ogr_rows(office, ages.format(u)) for u in (edited, added, deleted))
    raw_before = ogr_rows(office, "SELECT * FROM raw_members ORDER BY fid")
    ogr_execute(
        field_gpkg,
        f"UPDATE members SET member_age = 111 WHERE fid = {e_rows[0][0]}",
        f"UPDATE members SET member_age = 60 WHERE fid = {e_rows[1][0]}",
        f"CREATE TEMP TABLE m AS SELECT * FROM members WHERE fid = {a_rows[0][0]}",
        "UPDATE m SET fid = NULL, member_age = 222, _index = NULL",
        "INSERT INTO members SELECT * FROM m",
        f"DELETE FROM members WHERE fid = {d_rows[1][0]}",
    )
    ogr_execute(office, f"UPDATE members SET member_age = 50 WHERE fid = {e_rows[1][0]}")
    result = _merge(returned / "manifest.json", office)
    assert (result["EDITS"], result["NEW_REPEAT_ROWS"], result["CONFLICT_COUNT"], result["NOT_MERGED"]) == (1, 1, 1, 1)
    assert ogr_rows(office, ages.format(edited)) == [(e_rows[0][0], 111), (e_rows[1][0], 50), *e_rows[2:]]
    after = ogr_rows(office, ages.format(added))
    assert after[:-1] == a_rows and after[-1][1] == 222 and after[-1][0] > max(r[0] for r in a_rows)
    assert ogr_rows(office, ages.format(deleted)) == d_rows
    assert _conflict_rows(office, "members") == [
        (edited, "member_age", str(e_rows[1][1]), "50", "60", str(e_rows[1][0]), "", "changed_in_both"),
        (deleted, "", None, None, None, str(d_rows[1][0]), "", "deleted_in_field"),
    ]
    assert ogr_rows(office, "SELECT * FROM raw_members ORDER BY fid") == raw_before


def test_a_package_of_version_0_2_0_merges_unique_rows_and_lists_shifted_duplicates(cartong_provider, case):
    """Its base keys survey rows by _uuid and rank: a deleted duplicate must not shift its edit onto the other."""
    office, returned, field_gpkg, uuids = case
    uuid, (first, second) = _duplicated_uuid(office)
    ogr_execute(
        field_gpkg,
        "DELETE FROM cartong_field_base WHERE kind LIKE 'rows:%' AND kind <> 'rows:survey'",
        "CREATE TEMP TABLE k AS SELECT fid AS id, json_extract(value, '$._uuid') AS u, CAST(key AS INTEGER) AS row "
        "FROM cartong_field_base WHERE kind = 'rows:survey'",
        "UPDATE cartong_field_base SET kind = 'survey', key = (SELECT k.u || char(9) || (SELECT count(*) FROM k AS "
        "o WHERE o.u = k.u AND o.row < k.row) FROM k WHERE k.id = cartong_field_base.fid) WHERE kind = 'rows:survey'",
        f"DELETE FROM survey WHERE fid = {first}",
        f"UPDATE survey SET hh_size = 12 WHERE fid = {second}",
        f"UPDATE survey SET hh_size = 13 WHERE _uuid = '{uuids[0]}'",
    )
    assert ogr_rows(field_gpkg, f"SELECT key FROM cartong_field_base WHERE key LIKE '{uuid}%' ORDER BY key") == [
        (f"{uuid}\t0",),
        (f"{uuid}\t1",),
    ]
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, None, feedback)
    assert (result["EDITS"], result["NOT_MERGED"]) == (1, 1)
    assert _value(office, uuids[0]) == 13
    assert ogr_rows(office, f"SELECT fid + 0, hh_size FROM survey WHERE _uuid = '{uuid}' ORDER BY fid") == [
        (first, 9),
        (second, 11),
    ]
    assert _conflict_rows(office) == [(uuid, "", None, None, None, "", "", "ambiguous")]
    assert any("prepared by version 0.2.0" in w and "repeat tables" in w for w in feedback.warnings)


def test_a_conflicts_output_that_is_a_folder_is_refused_in_a_sentence(cartong_provider, case, tmp_path):
    office, returned, field_gpkg, uuids = case
    ogr_execute(field_gpkg, f"UPDATE survey SET hh_size = 9 WHERE _uuid = '{uuids[0]}'")
    (tmp_path / "conflicts.csv").mkdir()
    before = office.read_bytes()
    with pytest.raises(QgsProcessingException, match=r"conflicts.csv is a folder: give a file name"):
        _merge(returned / "manifest.json", office, tmp_path / "conflicts.csv")
    assert office.read_bytes() == before


def test_without_a_conflicts_file_the_message_names_the_table_in_the_office_file(cartong_provider, case):
    office, returned, field_gpkg, uuids = case
    ogr_execute(field_gpkg, f"UPDATE survey SET hh_size = 77 WHERE _uuid = '{uuids[1]}'")
    ogr_execute(office, f"UPDATE survey SET hh_size = 55 WHERE _uuid = '{uuids[1]}'")
    feedback = RecordingFeedback()
    import processing

    result = processing.run(
        "cartong:mergefieldpackage",
        {"PACKAGE": str(returned / "manifest.json"), "OFFICE": str(office), "CONFLICTS": None},
        feedback=feedback,
    )
    assert result["CONFLICTS"] is None and result["CONFLICT_COUNT"] == 1
    assert feedback.errors == [
        "1 conflict: a value was changed both in the office and in the field. The office value was kept. "
        "See the table field_conflicts in household.gpkg."
    ]


def test_a_conflicts_file_that_cannot_be_replaced_does_not_fail_a_merge_already_in_place(
    cartong_provider, case, tmp_path, monkeypatch
):
    """The previous conflicts.csv open in Excel (Windows refuses the rename): the office GeoPackage is merged by
    then, so the run says the CSV was not written and where the same list is, instead of failing (review 19)."""
    import os

    from cartong_plugin.core.base import atomic

    office, returned, field_gpkg, uuids = case
    ogr_execute(field_gpkg, f"UPDATE survey SET hh_size = 9 WHERE _uuid = '{uuids[0]}'")
    (tmp_path / "conflicts.csv").write_text("the previous list, open in a spreadsheet\n", encoding="utf-8")
    real = os.replace

    def locked(source, target, *args, **kwargs):
        if str(target).endswith("conflicts.csv"):
            raise PermissionError(13, "Permission denied", str(target))
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "replace", locked)
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, tmp_path / "conflicts.csv", feedback)
    assert result["EDITS"] == 1 and _value(office, uuids[0]) == 9 and result["CONFLICTS"] is None
    assert any(
        w.startswith("The office GeoPackage was merged, but the conflicts file ")
        and "could not be written (Permission denied): the same list is in its table field_conflicts." in w
        for w in feedback.warnings
    ), feedback.warnings
    assert (tmp_path / "conflicts.csv").read_text(encoding="utf-8") == "the previous list, open in a spreadsheet\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("conflicts")) == ["conflicts.csv"]
