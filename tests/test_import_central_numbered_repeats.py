# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK Central's numbered repeat CSVs through cartong:importsurvey: a form with two repeat groups of one
name (in two groups) is exported as ``<form>-<repeat>~1.csv`` and ``~2.csv`` (central-backend
``briefcase.js``: depth-first form order; each row's KEY spells the repeat's path). Each file is typed
and labelled as its own repeat, in a table named by the repeat's path, linked to the survey, and no
repeat is said to be missing; a file that no repeat of the form fits is said by its name."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from tests.conftest import REAL_DATA
from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

FLORA_DIR = REAL_DATA / "ropensci+ruODK/docs/articles/attachments"
FLORA_ID = "build_Flora-Quadrat-0-4_1564384341"
FALSE_SAYINGS = ("no rows in this file", "may no longer have this repeat", "cannot be told", "~")

# ruODK's Flora Quadrat form, its two repeats both named "records" (in groups stratum and taxa), as forms
# built before pyxform refused repeat names used twice could be
FLORA_SURVEY = [
    ["type", "name", "label"],
    ["start", "encounter_start_datetime", ""],
    ["text", "reporter", "Reporter"],
    ["begin group", "location", "Location"],
    ["text", "area_name", "Area"],
    ["geopoint", "corner1", "Corner 1"],
    ["end group", "", ""],
    ["begin group", "stratum", "Vegetation strata"],
    ["begin repeat", "records", "Stratum"],
    ["select_one nvis", "nvis_level3_broad_floristic_group", "Floristic group"],
    ["decimal", "max_height_m", "Maximum height (m)"],
    ["select_one cover", "foliage_cover", "Foliage cover"],
    *[["text", f"dominant_species_{n}", f"Dominant species {n}"] for n in range(1, 5)],
    ["end repeat", "", ""],
    ["end group", "", ""],
    ["begin group", "taxa", "Taxon encounters"],
    ["begin repeat", "records", "Taxon"],
    ["text", "field_name", "Field name"],
    ["image", "photo_in_situ", "Photo"],
    ["geopoint", "taxon_encounter_location", "Location"],
    ["select_one nvis", "life_form", "Life form"],
    ["barcode", "voucher_specimen_barcode", "Barcode"],
    ["text", "voucher_specimen_label", "Label"],
    ["end repeat", "", ""],
    ["end group", "", ""],
    ["end", "encounter_end_datetime", ""],
]
NVIS = ["w1.0_trees_with_dominant_genus", "w3.0_shrub", "w3.1_heath_shrub", "g2.0_tussock_grass", "g4.0_sedge"]
NVIS_LABELS = ["Trees: Dominant Genus", "Shrub", "Heath Shrub", "Tussock Grass", "Sedge"]
FLORA_CHOICES = [
    ["list_name", "name", "label"],
    *[["nvis", code, label] for code, label in zip(NVIS, NVIS_LABELS)],
    ["nvis", "m1.0_bryophyte", "Bryophyte"],
    *[["cover", code, f"{code}%"] for code in ("100-70", "30-10", "10-5", "5-0")],
]


def _real(name: str, old: str, new: str) -> str:
    """A real repeat CSV of the Flora export, its KEYs spelling the repeat's path in the renamed form."""
    return (FLORA_DIR / f"{FLORA_ID}-{name}.csv").read_text(encoding="utf-8").replace(f"/{old}[", f"/{new}[")


def _flora_files() -> dict[str, str]:
    return {
        f"{FLORA_ID}.csv": (FLORA_DIR / f"{FLORA_ID}.csv").read_text(encoding="utf-8"),
        f"{FLORA_ID}-records~1.csv": _real("vegetation_stratum", "vegetation_stratum", "stratum/records"),
        f"{FLORA_ID}-records~2.csv": _real("taxon_encounter", "taxon_encounter", "taxa/records"),
    }


def _export(tmp_path, files: dict[str, str], as_zip: bool):
    """The files in a zip (Central's "Download all data"), or side by side (the zip unpacked)."""
    if as_zip:
        with zipfile.ZipFile(tmp_path / "export.zip", "w") as archive:
            for name, text in files.items():
                archive.writestr(name, text)
        return tmp_path / "export.zip"
    folder = tmp_path / "unzipped"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder / next(iter(files))


def _said_falsely(warnings):
    return [w for w in warnings if any(said in w for said in FALSE_SAYINGS)]


def _relations(gpkg):
    return {
        (r["parent"], r["child"], r["child_key"])
        for r in json.loads(query(gpkg, "SELECT relations FROM cartong_metadata")[0][0])
    }


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "loose csvs"])
def test_the_real_flora_export_with_two_repeats_named_records(cartong_provider, tmp_path, as_zip):
    form = write_form(tmp_path / "flora.xlsx", FLORA_SURVEY, FLORA_CHOICES, [["form_id"], [FLORA_ID]])
    out = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(_export(tmp_path, _flora_files(), as_zip), out, form)
    assert result["ROWS"] == 2
    assert not _said_falsely(warnings), warnings
    strata = query(
        out,
        "SELECT nvis_level3_broad_floristic_group_label, max_height_m, foliage_cover_label, dominant_species_1 "
        "FROM stratum_records ORDER BY fid",
    )
    assert len(strata) == 7
    assert strata[0] == ("Trees: Dominant Genus", 3.0, "10-5%", "Euc big fruit")
    assert strata[1][:3] == ("Shrub", 2.0, "30-10%")
    taxa = query(
        out,
        "SELECT field_name, life_form_label, _taxon_encounter_location_latitude, voucher_specimen_label "
        "FROM taxa_records ORDER BY fid",
    )
    assert len(taxa) == 7
    assert taxa[0] == ("Conostylis yellow", "Tussock Grass", -31.99605058, "JD001")
    # both hang from the survey by PARENT_KEY, and every parent is a submission
    assert _relations(out) >= {("survey", "stratum_records", "PARENT_KEY"), ("survey", "taxa_records", "PARENT_KEY")}
    submissions = {k for (k,) in query(out, "SELECT KEY FROM survey")}
    for table in ("stratum_records", "taxa_records"):
        assert {k for (k,) in query(out, f"SELECT PARENT_KEY FROM {table}")} <= submissions


# two repeats "items" whose questions bear the same names, with other choice lists: code 1 is Rice in
# one and Blanket in the other
DIST_SURVEY = [
    ["type", "name", "label"],
    ["text", "site", "Site"],
    ["begin group", "food", "Food"],
    ["begin repeat", "items", "Food items"],
    ["select_one f", "item", "Item"],
    ["integer", "qty", "Quantity (kg)"],
    ["end repeat", "", ""],
    ["end group", "", ""],
    ["begin group", "nfi", "NFI"],
    ["begin repeat", "items", "NFI items"],
    ["select_one n", "item", "Item"],
    ["integer", "qty", "Quantity (pieces)"],
    ["end repeat", "", ""],
    ["end group", "", ""],
]
DIST_CHOICES = [["list_name", "name", "label"], ["f", "1", "Rice"], ["f", "2", "Beans"], ["n", "1", "Blanket"]]
DIST_MAIN = [
    ["SubmissionDate", "site", "meta-instanceID", "KEY"],
    ["2024-01-01T00:00:00.000Z", "S1", "uuid:a", "uuid:a"],
]
FOOD = [["item", "qty", "PARENT_KEY", "KEY"], ["1", "50", "uuid:a", "uuid:a/food/items[1]"]]
FOOD += [["2", "20", "uuid:a", "uuid:a/food/items[2]"]]
NFI = [["item", "qty", "PARENT_KEY", "KEY"], ["1", "3", "uuid:a", "uuid:a/nfi/items[1]"]]


def _csv(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "loose csvs"])
def test_same_question_names_get_the_labels_of_their_own_repeat(cartong_provider, tmp_path, as_zip):
    form = write_form(tmp_path / "form.xlsx", DIST_SURVEY, DIST_CHOICES, [["form_id"], ["dist"]])
    files = {"dist.csv": _csv(DIST_MAIN), "dist-items~1.csv": _csv(FOOD), "dist-items~2.csv": _csv(NFI)}
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path, files, as_zip), out, form)
    assert not _said_falsely(warnings), warnings
    assert query(out, "SELECT item, item_label, qty FROM food_items ORDER BY fid") == [
        ("1", "Rice", 50),
        ("2", "Beans", 20),
    ]
    assert query(out, "SELECT item, item_label, qty FROM nfi_items") == [("1", "Blanket", 3)]
    assert _relations(out) == {("survey", "food_items", "PARENT_KEY"), ("survey", "nfi_items", "PARENT_KEY")}


def test_a_numbered_file_no_repeat_of_the_form_fits_is_said_by_its_name(cartong_provider, tmp_path):
    """The form was changed since (the group nfi is now relief): the file's KEY names no repeat of it."""
    survey = [row if row[1] != "nfi" else [row[0], "relief", row[2]] for row in DIST_SURVEY]
    form = write_form(tmp_path / "form.xlsx", survey, DIST_CHOICES, [["form_id"], ["dist"]])
    files = {"dist.csv": _csv(DIST_MAIN), "dist-items~1.csv": _csv(FOOD), "dist-items~2.csv": _csv(NFI)}
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path, files, True), out, form)
    said = [w for w in warnings if "items~2" in w]
    assert len(said) == 1 and said[0].startswith("export.zip [dist-items~2.csv]: ODK Central numbers")
    assert "cannot be told from the KEY of its rows" in said[0] and "imported as text" in said[0]
    assert not [w for w in warnings if "no rows in this file" in w or "may no longer have" in w], warnings
    assert query(out, "SELECT item, qty FROM items_2") == [("1", "3")]  # kept, as text, never guessed
    assert query(out, "SELECT item_label, qty FROM food_items ORDER BY fid") == [("Rice", 50), ("Beans", 20)]


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "loose csvs"])
def test_a_numbered_file_without_its_key_column_is_the_nth_repeat_of_its_name(cartong_provider, tmp_path, as_zip):
    """Its KEY column deleted in a spreadsheet: the file is the repeat Central numbered so, in form order."""
    form = write_form(tmp_path / "form.xlsx", DIST_SURVEY, DIST_CHOICES, [["form_id"], ["dist"]])
    nfi = [row[:3] for row in NFI]
    files = {"dist.csv": _csv(DIST_MAIN), "dist-items~1.csv": _csv(FOOD), "dist-items~2.csv": _csv(nfi)}
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path, files, as_zip), out, form)
    assert not _said_falsely(warnings), warnings
    assert query(out, "SELECT item, item_label, qty FROM nfi_items") == [("1", "Blanket", 3)]
    assert query(out, "SELECT item_label, qty FROM food_items ORDER BY fid") == [("Rice", 50), ("Beans", 20)]


def test_a_repeat_nested_in_one_of_them_hangs_from_that_one(cartong_provider, tmp_path):
    """The food items' lots: their PARENT_KEY ends with items[n], which only its whole path tells apart."""
    survey = [*DIST_SURVEY[:6], ["begin repeat", "lots", "Lots"], ["text", "lot", "Lot"], ["end repeat", "", ""]]
    form = write_form(tmp_path / "form.xlsx", survey + DIST_SURVEY[6:], DIST_CHOICES, [["form_id"], ["dist"]])
    lots = [["lot", "PARENT_KEY", "KEY"], ["L7", "uuid:a/food/items[2]", "uuid:a/food/items[2]/lots[1]"]]
    files = {"dist.csv": _csv(DIST_MAIN), "dist-items~1.csv": _csv(FOOD), "dist-items~2.csv": _csv(NFI)}
    files["dist-lots.csv"] = _csv(lots)
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path, files, True), out, form)
    assert not _said_falsely(warnings), warnings
    assert ("food_items", "lots", "PARENT_KEY") in _relations(out)
    assert query(out, "SELECT lot FROM lots") == [("L7",)]
