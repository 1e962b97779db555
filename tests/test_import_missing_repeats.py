# SPDX-License-Identifier: GPL-3.0-or-later
"""The form's repeat groups an export holds no rows of are said, with where their rows are, through
cartong:importsurvey: KoboToolbox's CSV export (it never includes repeats), ODK Central's OData saved
without $expand (links in place of the rows), a zip without a repeat's CSV. Exports whose repeats were
imported (repeat CSVs beside, XLSX sheets, a complete zip, flattened columns, API JSON) say nothing."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile

import pytest

from tests.conftest import REAL_DATA
from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

SAID = ("of the form has no rows in this file", "of the form have no rows in this file")

# a household form with its members (a repeat), and a repeat holding only a note (no column in any export)
SURVEY = [
    ["type", "name", "label"],
    ["start", "start", ""],
    ["end", "end", ""],
    ["text", "village", "Village"],
    ["integer", "hh_size", "Household size"],
    ["begin repeat", "members", "Member"],
    ["text", "m_name", "Name"],
    ["integer", "m_age", "Age"],
    ["end repeat", "", ""],
    ["begin repeat", "reminders", "Reminder"],
    ["note", "read_aloud", "Read the consent aloud"],
    ["end repeat", "", ""],
]
# KoboToolbox's CSV export (";" and a BOM): its columns, never a repeat's
KOBO_HEADER = [
    "start",
    "end",
    "village",
    "hh_size",
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
]
KOBO_ROWS = [
    ["2024-03-01T10:00:00.000+01:00", "2024-03-01T10:30:00.000+01:00", "Bégoua", "4", "1", "u1"]
    + ["2024-03-01T09:31:00", "", "", "submitted_via_web", "", "vAbCdEfGhIjKlMnOpQrStUv", "", "1"],
    ["2024-03-01T11:00:00.000+01:00", "2024-03-01T11:30:00.000+01:00", "Bimbo", "3", "2", "u2"]
    + ["2024-03-01T10:31:00", "", "", "submitted_via_web", "", "vAbCdEfGhIjKlMnOpQrStUv", "", "2"],
]
KOBO_MEMBERS = [
    ["m_name", "m_age", "_index", "_parent_table_name", "_parent_index", "_submission__id", "_submission__uuid"],
    ["Awa", "34", "1", "hh", "1", "1", "u1"],
    ["Ali", "6", "2", "hh", "1", "1", "u1"],
]


def _kobo_csv(path, rows=KOBO_ROWS, header=KOBO_HEADER):
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, delimiter=";").writerows([header, *rows])
    return path


def _form(tmp_path, survey=SURVEY):
    return write_form(tmp_path / "form.xlsx", survey, settings=[["form_id"], ["hh"]])


def _said(warnings):
    return [w for w in warnings if any(said in w for said in SAID)]


def test_kobo_csv_export_says_its_repeat_is_in_the_xlsx_export(cartong_provider, tmp_path):
    data = _kobo_csv(tmp_path / "hh_-_latest_version_-_False_-_2024-03-05.csv")
    result, warnings = import_with_messages(data, tmp_path / "out.gpkg", _form(tmp_path))
    assert result["ROWS"] == 2
    assert not query(tmp_path / "out.gpkg", "SELECT 1 FROM gpkg_contents WHERE table_name = 'members'")
    said = _said(warnings)
    assert len(said) == 1
    assert said[0].startswith("hh_-_latest_version_-_False_-_2024-03-05.csv: 1 repeat group of the form has no rows")
    assert "(members)" in said[0] and "reminders" not in said[0]  # a repeat of notes has no column anywhere
    assert "KoboToolbox's CSV export never includes repeat groups" in said[0] and "XLSX export" in said[0]


ODATA = REAL_DATA / "ropensci+ruODK/tests/fixtures/decoded/test_odata_submission_get0.json"
FLORA = [  # the repeats of ruODK's Flora Quadrat form, which this OData page holds only links to
    ["type", "name", "label"],
    ["start", "encounter_start_datetime", ""],
    ["text", "reporter", "Reporter"],
    ["begin group", "location", "Location"],
    ["text", "area_name", "Area"],
    ["geopoint", "corner1", "Corner 1"],
    ["end group", "", ""],
    ["begin repeat", "vegetation_stratum", "Stratum"],
    ["text", "dominant_species_1", "Species"],
    ["end repeat", "", ""],
    ["begin repeat", "taxon_encounter", "Taxon"],
    ["text", "field_name", "Name"],
    ["end repeat", "", ""],
    ["end", "encounter_end_datetime", ""],
]


def test_odata_saved_without_expand_names_both_repeats_and_expand(cartong_provider, tmp_path):
    form = write_form(tmp_path / "flora.xlsx", FLORA, settings=[["form_id"], ["build_Flora-Quadrat-0-4_1564384341"]])
    result, warnings = import_with_messages(ODATA, tmp_path / "out.gpkg", form)
    assert result["ROWS"] == 1
    said = _said(warnings)
    assert len(said) == 1
    assert said[0].startswith("test_odata_submission_get0.json: 2 repeat groups of the form have no rows")
    assert "(vegetation_stratum, taxon_encounter)" in said[0]
    assert "$expand=*" in said[0] and "zip export" in said[0]


def _csv(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


CENTRAL_SURVEY = [
    ["type", "name", "label"],
    ["text", "village", "Village"],
    ["begin repeat", "members", "Member"],
    ["text", "m_name", "Name"],
    ["end repeat", "", ""],
    ["begin repeat", "items", "Item"],
    ["text", "item", "Item"],
    ["end repeat", "", ""],
]
CENTRAL_MAIN = [
    ["SubmissionDate", "village", "meta-instanceID", "KEY", "SubmitterID", "ReviewState"],
    ["2024-05-01T10:00:00.000Z", "Bégoua", "uuid:a1", "uuid:a1", "5", "approved"],
    ["2024-05-02T10:00:00.000Z", "Bimbo", "uuid:b2", "uuid:b2", "5", ""],
]
CENTRAL_MEMBERS = [["m_name", "PARENT_KEY", "KEY"], ["Awa", "uuid:a1", "uuid:a1/members[1]"]]
CENTRAL_ITEMS = [["item", "PARENT_KEY", "KEY"], ["radio", "uuid:b2", "uuid:b2/items[1]"]]


def _central_zip(path, members=True, items=True):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hh.csv", _csv(CENTRAL_MAIN))
        if members:
            archive.writestr("hh-members.csv", _csv(CENTRAL_MEMBERS))
        if items:
            archive.writestr("hh-items.csv", _csv(CENTRAL_ITEMS))
    return path


def test_a_central_zip_without_a_repeats_csv_names_that_repeat_only(cartong_provider, tmp_path):
    form = write_form(tmp_path / "form.xlsx", CENTRAL_SURVEY, settings=[["form_id"], ["hh"]])
    data = _central_zip(tmp_path / "hh.zip", items=False)
    result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    assert result["ROWS"] == 2 and query(tmp_path / "out.gpkg", "SELECT m_name FROM members") == [("Awa",)]
    said = _said(warnings)
    assert len(said) == 1 and "(items)" in said[0] and "members" not in said[0]
    assert "zip export" in said[0]


def test_central_main_csv_alone_says_the_zip_export(cartong_provider, tmp_path):
    form = write_form(tmp_path / "form.xlsx", CENTRAL_SURVEY, settings=[["form_id"], ["hh"]])
    (tmp_path / "hh.csv").write_text(_csv(CENTRAL_MAIN), encoding="utf-8")
    _result, warnings = import_with_messages(tmp_path / "hh.csv", tmp_path / "out.gpkg", form)
    said = _said(warnings)
    assert (
        len(said) == 1
        and "2 repeat groups of the form have no rows in this file (members, items)" in said[0]
        and "zip export" in said[0]
    )


def test_another_csv_is_told_where_to_put_the_repeats_csv_and_that_then_works(cartong_provider, tmp_path):
    survey = [row for row in SURVEY if row[1] not in ("start", "end")]
    form = _form(tmp_path, survey)
    data = tmp_path / "week 1.csv"
    data.write_text(_csv([["village", "hh_size", "_index"], ["Bégoua", "4", "1"], ["Bimbo", "3", "2"]]))
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    said = _said(warnings)
    assert len(said) == 1 and "named week 1-<repeat>.csv" in said[0]
    # done as said: the repeat's CSV beside, named so
    (tmp_path / "week 1-members.csv").write_text(_csv([["m_name", "m_age", "_parent_index"], ["Awa", "34", "1"]]))
    _result, warnings = import_with_messages(data, tmp_path / "again.gpkg", form)
    assert not _said(warnings)
    assert query(tmp_path / "again.gpkg", "SELECT m_name, m_age FROM members") == [("Awa", 34)]


# ----------------------------------------------------------------------------- repeats imported: nothing said


def test_kobo_csv_with_its_repeat_csv_beside_says_nothing(cartong_provider, sample_copy, tmp_path):
    data = sample_copy / "household_survey_kobo.csv"
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", sample_copy / "household_survey_form.xlsx")
    assert not _said(warnings) and query(tmp_path / "out.gpkg", "SELECT count(*) FROM members")[0][0] > 0
    # the same file alone: its members are said to be missing
    (sample_copy / "household_survey_kobo_members.csv").unlink()
    _result, warnings = import_with_messages(data, tmp_path / "alone.gpkg", sample_copy / "household_survey_form.xlsx")
    assert len(_said(warnings)) == 1 and "(members)" in _said(warnings)[0]


def test_kobo_xlsx_export_with_its_repeat_sheet_says_nothing(cartong_provider, sample_dir, tmp_path):
    data = tmp_path / "household_survey_kobo.xlsx"
    shutil.copy(sample_dir / "household_survey_kobo.xlsx", data)
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", sample_dir / "household_survey_form.xlsx")
    assert not _said(warnings) and query(tmp_path / "out.gpkg", "SELECT count(*) FROM members")[0][0] > 0


def test_a_complete_central_zip_says_nothing(cartong_provider, tmp_path):
    form = write_form(tmp_path / "form.xlsx", CENTRAL_SURVEY, settings=[["form_id"], ["hh"]])
    _result, warnings = import_with_messages(_central_zip(tmp_path / "hh.zip"), tmp_path / "out.gpkg", form)
    assert not _said(warnings)


NESTED = REAL_DATA / "kobotoolbox+kobocat/onadata/apps/viewer/tests/fixtures/nested_repeats/nested_repeats.csv"
NESTED_SURVEY = [
    ["type", "name", "label"],
    ["begin group", "kids", "Kids"],
    ["text", "has_kids", "Has kids"],
    ["begin repeat", "kids_details", "Kid"],
    ["text", "kids_name", "Name"],
    ["integer", "kids_age", "Age"],
    ["begin repeat", "kids_immunization", "Immunization"],
    ["text", "immunization_info", "Info"],
    ["end repeat", "", ""],
    ["end repeat", "", ""],
    ["end group", "", ""],
    # a repeat nobody answered: an export flattening repeats has no column of it, and no rows are lost
    ["begin repeat", "pets", "Pet"],
    ["text", "pet_name", "Name"],
    ["end repeat", "", ""],
]


def test_repeats_flattened_into_columns_say_nothing(cartong_provider, tmp_path):
    form = write_form(tmp_path / "form.xlsx", NESTED_SURVEY)
    _result, warnings = import_with_messages(NESTED, tmp_path / "out.gpkg", form)
    assert not _said(warnings) and query(tmp_path / "out.gpkg", "SELECT count(*) FROM kids_details")[0][0] > 0


@pytest.mark.parametrize("answered", [True, False], ids=["members", "nobody listed"])
def test_kobo_api_json_says_nothing_it_holds_every_repeat_answered(cartong_provider, tmp_path, answered):
    import json

    results = [
        {"_id": 1, "_uuid": "u1", "village": "Bégoua", "_submission_time": "2024-03-01T09:31:00"},
        {"_id": 2, "_uuid": "u2", "village": "Bimbo", "_submission_time": "2024-03-01T10:31:00"},
    ]
    if answered:
        results[0]["members"] = [{"members/m_name": "Awa", "members/m_age": "34"}]
    data = tmp_path / "hh.json"
    data.write_text(json.dumps({"count": 2, "next": None, "previous": None, "results": results}), encoding="utf-8")
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", _form(tmp_path))
    assert not _said(warnings)


def test_kobo_xlsx_export_without_its_repeat_sheet_says_the_sheet(cartong_provider, tmp_path):
    from tests.xlsform_files import write_workbook

    data = write_workbook(tmp_path / "hh.xlsx", {"hh": [KOBO_HEADER, *KOBO_ROWS]})
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", _form(tmp_path))
    said = _said(warnings)
    assert len(said) == 1 and said[0].startswith(
        "hh.xlsx: 1 repeat group of the form has no rows in this file (members)"
    )
    assert "The workbook has no sheet for them" in said[0]
    # with its members sheet, as KoboToolbox writes it: nothing to say
    data = write_workbook(tmp_path / "full.xlsx", {"hh": [KOBO_HEADER, *KOBO_ROWS], "members": KOBO_MEMBERS})
    _result, warnings = import_with_messages(data, tmp_path / "full.gpkg", _form(tmp_path))
    assert not _said(warnings) and query(tmp_path / "full.gpkg", "SELECT m_name FROM members") == [("Awa",), ("Ali",)]


def test_the_wizards_preview_says_it_too(tmp_path):
    from cartong_plugin.core.survey.importer import preview_export

    preview = preview_export(_kobo_csv(tmp_path / "hh.csv"), _form(tmp_path))
    assert len(_said(preview.warnings)) == 1 and "members" in _said(preview.warnings)[0]


def test_odata_items_of_one_repeat_saved_alone_say_nothing_of_the_others(cartong_provider, tmp_path):
    """``Submissions.members`` saved alone: its rows are items (said so), the submissions are elsewhere."""
    import json

    page = {
        "@odata.context": "https://central.example.org/v1/projects/1/forms/hh.svc/$metadata#Submissions.members",
        "value": [
            {"m_name": "Awa", "m_age": 34, "pets@odata.navigationLink": "Submissions('uuid:a')/members('1')/pets"}
            | {"__id": "1", "__Submissions-id": "uuid:a"},
        ],
    }
    survey = [*SURVEY[:-3], ["begin repeat", "pets", "Pet"], ["text", "pet_name", "Name"], ["end repeat", "", ""]]
    data = tmp_path / "members.json"
    data.write_text(json.dumps(page), encoding="utf-8")
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", _form(tmp_path, survey))
    assert any("saved alone" in w for w in warnings) and not _said(warnings)
