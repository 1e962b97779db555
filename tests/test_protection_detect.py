# SPDX-License-Identifier: GPL-3.0-or-later
"""Personal-data detection: by form type, by column name (English/French keywords), by values."""

from __future__ import annotations

import json

import pytest

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.protection.detect import (
    SETTING_KEYWORDS_PATH,
    detect_in_layer,
    detect_personal_data,
    keywords_path,
    load_keywords,
)
from tests.protection_data import SAMPLE_FORM, sample_rows, write_sample_survey_gpkg


@pytest.fixture(scope="module")
def keywords(qgis_app):
    return load_keywords()


@pytest.fixture(scope="module")
def sample_findings(keywords):
    columns, rows = sample_rows()
    return {f.column: f for f in detect_personal_data(columns, rows, keywords=keywords)}


@pytest.fixture(scope="module")
def sample_findings_with_form(keywords):
    from cartong_plugin.core.survey.xlsform import read_xlsform

    columns, rows = sample_rows()
    form = read_xlsform(SAMPLE_FORM)
    return {f.column: f for f in detect_personal_data(columns, rows, form=form, keywords=keywords)}


def _one(keywords, column, values=("",) * 3):
    found = detect_personal_data([column], [[v] for v in values], keywords=keywords)
    return found[0] if found else None


# ---------------------------------------------------------------- the sample survey


@pytest.mark.parametrize(
    "column, category",
    [
        ("household/respondent_name", "person_name"),
        ("household/phone", "phone"),
        ("location", "location"),
        ("_location_latitude", "location"),
        ("_location_longitude", "location"),
    ],
)
def test_sample_identifying_columns_are_high_risk(sample_findings, column, category):
    assert sample_findings[column].risk == "high"
    assert sample_findings[column].category == category


@pytest.mark.parametrize(
    "column",
    [
        "household/hh_size",
        "household/head_gender",
        "household/income_month",
        "identification/admin1",
        "identification/admin2",
        "_uuid",
        "_id",
        "_submission_time",
        "household/water_problems/distance",
        "_index",
    ],
)
def test_sample_non_identifying_columns_are_not_flagged(sample_findings, sample_findings_with_form, column):
    assert column not in sample_findings
    assert column not in sample_findings_with_form


def test_sample_phone_is_found_by_its_values_too(sample_findings):
    assert "look like phone numbers" in sample_findings["household/phone"].explanation
    assert sample_findings["household/phone"].reason == "values"
    assert sample_findings["household/respondent_name"].suggested_action == "drop"
    assert sample_findings["location"].suggested_action == "displace"


def test_form_types_flag_free_text_and_device_ids(sample_findings_with_form):
    found = sample_findings_with_form
    assert (found["household/water_source_other"].category, found["household/water_source_other"].risk) == (
        "free_text",
        "medium",
    )
    assert found["household/water_source_other"].reason == "form_type"
    assert found["deviceid"].category == "device_id"
    assert found["location"].reason == "form_type" and "geopoint" in found["location"].explanation
    # a text question whose name says more keeps the more telling category
    assert (found["identification/enumerator"].category, found["identification/enumerator"].risk) == (
        "staff_name",
        "medium",
    )


def test_form_type_without_keyword_or_pattern_is_flagged(keywords):
    from cartong_plugin.core.survey.xlsform import FormSpec, Question

    form = FormSpec(questions={"q7": Question(name="q7", type="image"), "q8": Question(name="q8", type="integer")})
    found = detect_personal_data(["grp/q7", "grp/q8"], [["a.bin", "3"]], form=form, keywords=keywords)
    assert [(f.column, f.category, f.risk) for f in found] == [("grp/q7", "attachment", "high")]


# ---------------------------------------------------------------- column names


@pytest.mark.parametrize(
    "column, category",
    [
        ("nom_du_chef", "person_name"),
        ("Prénom", "person_name"),
        ("household/NomComplet", "person_name"),
        ("Téléphone", "phone"),
        ("numTelephone", "phone"),
        ("contact_phone_number", "phone"),
        ("date_naissance", "birth_date"),
        ("cni", "id_number"),
        ("refugee_id_number", "id_number"),
        ("courriel", "email"),
        ("photo_maison", "attachment"),
        ("ethnie", "sensitive"),
        ("gps_menage", "location"),
        ("enqueteur", "staff_name"),
        ("quartier", "place_of_residence"),
    ],
)
def test_keyword_in_column_name_is_flagged(keywords, column, category):
    found = _one(keywords, column)
    assert found is not None and found.category == category and found.reason == "name"


@pytest.mark.parametrize(
    "column",
    [
        "adm2_name",
        "admin1_name",
        "district_name",
        "mother_tongue",
        "hh_size",
        "nombre_personnes",
        "water_source",
        "telecom_ok",
        "cellar",
        "latrine",
        "school_name",
        "nom_ecole",
    ],
)
def test_column_name_without_personal_data_is_not_flagged(keywords, column):
    assert _one(keywords, column) is None


def test_explanation_names_the_keyword_and_column(keywords):
    found = _one(keywords, "nom_du_chef")
    assert found.explanation == 'The name "nom_du_chef" contains "nom": it likely holds people\'s names.'
    assert found.risk == "high"


# ---------------------------------------------------------------- values


@pytest.mark.parametrize(
    "values, category",
    [
        (["+236 72 11 22 33", "+236 75 00 12 34", "00236 77 12 34 56"], "phone"),
        (["72112233", "75001234", "21614455", "70 12 34 56"], "phone"),
        (["+33 6 12 34 56 78", "+243 812 345 678", "+236-72-11-22-33"], "phone"),
        (["0770 123 4567", "07812345678", "0801 234 5678", "01012345678"], "phone"),  # Iraq, Nigeria, Egypt
        (["310 456 7890", "3204567890", "(11) 98765-4321", "21987654321"], "phone"),  # Colombia, Brazil
        (["76 12 34 56", "+223 66 45 78 12", "22370123456", "00226 70 11 22 33"], "phone"),  # Mali, Burkina Faso
        (["221 77 123 45 67", "237677123456", "243 812 345 678", "224 622 12 34 56"], "phone"),  # no "+"
        (["77 486 48 26", "76-543-21-09", "677 12 34 56", "622 12 34 56", "6 81 78 74 98", "90 11 22 33"], "phone"),
        (["awa@example.org", "jean.k@ngo.cf", "a_b@mail.fr"], "email"),
        (["4.3612 18.5550 0 5", "5.93171 20.01963 539.5 19.7", "-4.3612 15.2833"], "location"),
        (["https://kc.kobotoolbox.org/media/x.jpg", "1712.jpg", "rec.amr"], "attachment"),
        ([f"CF-2019-{i:05d}" for i in range(12)], "id_number"),
        ([f"My neighbour number {i} said the water is bad" for i in range(6)], "free_text"),
    ],
)
def test_value_pattern_is_flagged(keywords, values, category):
    found = _one(keywords, "q12", values)
    assert found is not None and found.category == category and found.reason == "values"
    assert f"{len(values)} of {len(values)} values" in found.explanation


@pytest.mark.parametrize(
    "values",
    [
        ["4", "7", "12", "3"],  # household sizes
        ["75000", "32000", "44500"],  # incomes in XAF
        ["412570009", "412570010", "412570011"],  # Kobo _id
        ["CF11", "CF43", "CF11", "CF43", "CF11", "CF43", "CF11", "CF43", "CF11", "CF43", "CF11"],
        [f"d06d8025-2b5d-469e-a2ae-b60190a9{i:04x}" for i in range(12)],  # _uuid
        ["2026-02-25T09:15:18.436+01:00", "2026-02-26T08:33:50.345+01:00"] * 6,
        ["yes", "no", "yes", "no", "yes"],
        ["Bangui", "Damara", "Bossangoa", "Bambari", "Berbérati", "Sibut"],  # one-word free text
        ["72112233", "no phone", "none", "4", "7"],  # too few phones
        ["4.3 18.5", "5.9 20.0", "-4.3 15.2"],  # coordinates rounded to ~10 km
        [str(72_000_100 + n) for n in range(400)],  # submission ids that look like CAR phones
        ["-31.99605811", "-31.99614843", "-0.3136111111", "0.5675675676", "-31.9962"],  # no separator to drop
        [str(1_250_000 * n) for n in range(1, 13)],  # amounts in IQD
        ["75000000", "62500000", "90000000", "58000000"],  # amounts in CFA francs, 8 digits like a phone
        ["75 125 500", "62 512 750", "90 250 125", "58 125 500"],  # amounts grouped by thousands
        ["568 682.18", "612 250.50", "75 125.75", "890 125.10"],  # amounts with cents
        ["88.25.73.67", "90.12.34.56", "62.30.11.8", "77.66.55.44"],  # IP addresses
        ["25 02 2026", "03 03 2026", "17 02 2026", "30 01 2026"],  # dates written with spaces
        [str(61_000_000 + 21_377 * n) for n in range(420)],  # Kobo _id of one form on a busy server
        [str(50_000_000 + 1_234_567 * n) for n in range(30)],  # micro-degrees, 8-digit barcodes
        [str(512_345_670 + 7 * n) for n in range(40)],  # 9-digit record ids
    ],
)
def test_values_without_personal_pattern_are_not_flagged(keywords, values):
    assert _one(keywords, "q12", values) is None


def test_values_far_down_the_file_are_read(keywords):
    """A question added in version 2 of a form is empty in the first rows: every row is read."""
    rows = [[""]] * 5000 + [["Mme Clarisse Wabo, tel 72 14 80 98"]] * 3
    found = detect_personal_data(["referral"], rows, keywords=keywords)
    assert [(f.category, f.risk) for f in found] == [("phone", "high")]


# ---------------------------------------------------------------- keyword file


def test_user_keyword_file_from_settings_replaces_the_bundled_list(qgis_app, tmp_path):
    from qgis.core import QgsSettings

    custom = tmp_path / "mots.json"
    custom.write_text(
        json.dumps(
            {"categories": {"id_number": {"risk": "high", "en": ["beneficiary code"], "fr": ["code bénéficiaire"]}}}
        ),
        encoding="utf-8",
    )
    settings = QgsSettings()
    settings.setValue(SETTING_KEYWORDS_PATH, str(custom))
    try:
        assert keywords_path() == custom
        found = detect_personal_data(["code_beneficiaire", "respondent_name"], [], keywords=None)
    finally:
        settings.remove(SETTING_KEYWORDS_PATH)
    assert [(f.column, f.category) for f in found] == [("code_beneficiaire", "id_number")]
    assert keywords_path().name == "protection_keywords.json"


def test_broken_keyword_file_gives_a_clear_error(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"categories": {"x": {"risk": "extreme", "en": ["a"]}}}', encoding="utf-8")
    with pytest.raises(CartongError, match="broken.json cannot be used"):
        load_keywords(broken)


# ---------------------------------------------------------------- layers


def test_layer_points_and_columns_are_reported(tmp_path, keywords):
    from qgis.core import QgsVectorLayer

    gpkg = write_sample_survey_gpkg(tmp_path / "survey.gpkg", limit=60)
    layer = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
    found = {f.column: f for f in detect_in_layer(layer, keywords=keywords)}
    assert found["geometry"].risk == "high" and found["geometry"].category == "location"
    assert found["respondent_name"].risk == "high" and found["phone"].risk == "high"
    assert found["photo_url"].category == "attachment"
    assert "hh_size" not in found and "admin2" not in found


# ---------------------------------------------------------------- real exports written by others


def _real_csv(real_data_dir, relative):
    import csv

    with open(real_data_dir / relative, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        columns = next(reader)
        return columns, list(reader)


def test_real_cleaning_log_uuids_are_no_phone_numbers(real_data_dir, keywords):
    """REACH's cleaning log binds each row to "question ~/~ uuid"; 22 uuids there start with 8 digits
    (51324001-970c-...), which an 8-digit mobile pattern read as phones: the column was removed when shared."""
    columns, rows = _real_csv(
        real_data_dir, "impact-initiatives+cleaningtools/inst/impact_cleaning_template/outputs/cleaning_log_filled.csv"
    )
    found = {f.column: f.category for f in detect_personal_data(columns, rows, keywords=keywords)}
    assert "phone" not in found.values(), found


def test_real_kobo_export_names_pictures_and_gps_are_found(real_data_dir, keywords):
    columns, rows = _real_csv(
        real_data_dir, "kobotoolbox+kobocat/onadata/apps/main/tests/fixtures/csv_export/tutorial_w_repeats.csv"
    )
    found = {f.column: (f.category, f.risk) for f in detect_personal_data(columns, rows, keywords=keywords)}
    assert found["name"] == ("person_name", "high")
    assert found["children[1]/childs_name"] == ("person_name", "high")
    assert found["picture"] == ("attachment", "high")
    assert found["gps"] == ("location", "high") and found["_gps_latitude"] == ("location", "high")
    assert not {"age", "has_children", "children[1]/childs_age", "web_browsers/firefox", "_uuid"} & set(found)


def test_real_kobo_phone_columns_are_found_by_name_and_by_values(real_data_dir, keywords):
    columns, rows = _real_csv(
        real_data_dir, "kobotoolbox+kobocat/onadata/apps/logger/tests/fixtures/csvs/childrens_survey.csv"
    )
    found = {f.column: f for f in detect_personal_data(columns, rows, keywords=keywords)}
    assert found["tel/tel.mobile"].category == found["tel/tel.office"].category == "phone"
    assert found["tel/tel.office"].reason == "values"
    assert "_parent_table_name" not in found and "_id" not in found


def test_real_odk_central_export_with_dash_groups(real_data_dir, keywords):
    columns, rows = _real_csv(
        real_data_dir, "ropensci+ruODK/docs/articles/attachments/build_Flora-Quadrat-0-4_1564384341.csv"
    )
    found = {f.column: (f.category, f.risk) for f in detect_personal_data(columns, rows, keywords=keywords)}
    assert found["location-quadrat_photo"] == ("attachment", "high")  # values are 1568794395624.jpg
    assert found["location-corner1-Latitude"] == ("location", "high")
    assert found["reporter"] == ("staff_name", "low") and found["SubmitterName"] == ("device_id", "medium")
    assert "location-area_name" not in found and "habitat-morphological_type" not in found


def test_real_public_reach_dataset_has_no_high_risk_column(real_data_dir, keywords):
    """A survey published as anonymised: coded questions about phones or location are not flagged."""
    from osgeo import gdal

    from cartong_plugin.core.survey.xlsform import read_xlsform

    folder = real_data_dir / "impact-initiatives+cleaningtools" / "data-raw"
    ds = gdal.OpenEx(str(folder / "data.xlsx"), open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    columns = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = [[feature.GetField(i) for i in range(len(columns))] for feature in layer]
    form = read_xlsform(folder / "form.xlsx")
    for with_form in (form, None):
        found = {f.column: f for f in detect_personal_data(columns, rows, form=with_form, keywords=keywords)}
        assert [c for c, f in found.items() if f.risk == "high"] == []
        assert not {"consent_telephone_number", "consent_share_location", "how_engaged_by_office.phone"} & set(found)
        assert found["deviceid"].category == "device_id" and found["neighbourhood"].risk == "low"
