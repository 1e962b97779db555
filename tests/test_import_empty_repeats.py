# SPDX-License-Identifier: GPL-3.0-or-later
"""A repeat nobody answered, through cartong:importsurvey and what follows it.

ODK Central's "Download all data" zip writes a CSV for every repeat of the form, even one no submission
answered: it then holds only its header row. KoboToolbox's XLSX export likewise has a sheet per repeat.
The whole import used to be refused ("... has a header row but no data rows."). The repeat's table is now
created empty (typed from the form, else as text), linked as usual (by the form, since no row names its
parent), and one sentence says the file has no rows; the main file with no rows is still refused. The
checks, the cleaning log and sharing cope with the empty table.
"""

from __future__ import annotations

import json
import zipfile

import processing
import pytest
from checks_sample import run_checks_algorithm
from qgis.core import QgsProcessingException

from tests.conftest import REAL_DATA
from tests.field_data import RecordingFeedback, apply_cleaning_log, write_text_file
from tests.real_imports import import_with_messages, query
from tests.test_protection_share_refused_repeats import CHOICES, FORM, HOUSEHOLDS, MEMBERS, VISITS
from tests.xlsform_files import write_form
from tests.xlsx_writer import write_xlsx

FLORA_DIR = REAL_DATA / "ropensci+ruODK/docs/articles/attachments"
FLORA_ID = "build_Flora-Quadrat-0-4_1564384341"
TAXA = f"{FLORA_ID}-taxon_encounter.csv"
# ruODK's Flora Quadrat form, as far as the import needs it: its two repeats at the first level
FLORA = [
    ["type", "name", "label"],
    ["start", "encounter_start_datetime", ""],
    ["text", "reporter", "Reporter"],
    ["begin group", "location", "Location"],
    ["text", "area_name", "Area"],
    ["geopoint", "corner1", "Corner 1"],
    ["end group", "", ""],
    ["begin repeat", "vegetation_stratum", "Stratum"],
    ["decimal", "max_height_m", "Maximum height (m)"],
    ["text", "dominant_species_1", "Dominant species"],
    ["end repeat", "", ""],
    ["begin repeat", "taxon_encounter", "Taxon"],
    ["text", "field_name", "Field name"],
    ["geopoint", "taxon_encounter_location", "Location"],
    ["image", "photo_in_situ", "Photo"],
    ["select_one life", "life_form", "Life form"],
    ["barcode", "voucher_specimen_barcode", "Barcode"],
    ["text", "voucher_specimen_label", "Label"],
    ["end repeat", "", ""],
    ["end", "encounter_end_datetime", ""],
]
LIFE = [["list_name", "name", "label"], ["life", "g2.0_tussock_grass", "Tussock grass"]]
FALSELY_SAID = ("no data rows", "of the form has no rows in this file", "holds rows of submissions", "unlinked")


def _said(source: str, table: str) -> str:
    return (
        f"{source} holds only its header row: none of the exported submissions has a row in {table}, which was "
        "imported as an empty table with its columns."
    )


def _flora_files(empty: str = TAXA) -> dict[str, str]:
    """The real Flora export, the file ``empty`` cut to its header row (a repeat nobody answered)."""
    files = {}
    for path in sorted(FLORA_DIR.glob(f"{FLORA_ID}*.csv")):
        text = path.read_text(encoding="utf-8")
        files[path.name] = text.splitlines(keepends=True)[0] if path.name == empty else text
    return files


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
    return folder / f"{FLORA_ID}.csv"


def _columns(gpkg, table):
    return {name: kind for _cid, name, kind, *_rest in query(gpkg, f'PRAGMA table_info("{table}")')}


def _relations(gpkg):
    return {(r["parent"], r["child"]) for r in json.loads(query(gpkg, "SELECT relations FROM cartong_metadata")[0][0])}


def _share(layer, output):
    feedback = RecordingFeedback()
    result = processing.run("cartong:exportforsharing", {"INPUT": layer, "OUTPUT": str(output)}, feedback=feedback)
    return result, feedback.warnings


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "loose csvs"])
def test_a_central_repeat_csv_with_only_its_header_is_an_empty_typed_table(cartong_provider, tmp_path, as_zip):
    form = write_form(tmp_path / "flora.xlsx", FLORA, LIFE, [["form_id"], [FLORA_ID]])
    out = tmp_path / "out.gpkg"
    data = _export(tmp_path, _flora_files(), as_zip)
    result, warnings = import_with_messages(data, out, form)

    assert result["ROWS"] == 2
    source = f"export.zip [{TAXA}]" if as_zip else TAXA
    assert [w for w in warnings if TAXA in w] == [_said(source, "taxon_encounter")]
    assert not [w for w in warnings if any(said in w for said in FALSELY_SAID)], warnings
    assert query(out, "SELECT count(*) FROM taxon_encounter") == [(0,)]
    columns = _columns(out, "taxon_encounter")  # typed by the form, though no value says so
    assert columns["_taxon_encounter_location_latitude"] == "REAL" and "life_form_label" in columns
    header = (FLORA_DIR / TAXA).read_text(encoding="utf-8").splitlines()[0].split(",")
    assert list(_columns(out, "raw_taxon_encounter")) == ["fid", *header]
    assert query(out, "SELECT count(*) FROM raw_taxon_encounter") == [(0,)]
    assert query(out, "SELECT count(*), max(max_height_m) FROM vegetation_stratum") == [(7, 3.0)]
    assert _relations(out) == {("survey", "taxon_encounter"), ("survey", "vegetation_stratum")}

    # shared: no row, and no word of rows whose refusals could not be checked
    for table in ("taxon_encounter", "raw_taxon_encounter"):
        shared, said = _share(f"{out}|layername={table}", tmp_path / f"{table}.gpkg")
        assert shared["ROWS"] == 0 and not [w for w in said if "refusals" in w], said
    shared, _said_too = _share(f"{out}|layername=survey", tmp_path / "survey.gpkg")
    assert shared["ROWS"] == 2


def test_without_a_form_the_empty_repeat_keeps_the_columns_of_its_header(cartong_provider, tmp_path):
    out = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(_export(tmp_path, _flora_files(), False), out)
    assert result["ROWS"] == 2
    assert _said(TAXA, "taxon_encounter") in warnings
    header = (FLORA_DIR / TAXA).read_text(encoding="utf-8").splitlines()[0].split(",")
    assert list(_columns(out, "raw_taxon_encounter")) == ["fid", *header]
    assert query(out, "SELECT count(*) FROM taxon_encounter") == [(0,)]
    assert ("survey", "taxon_encounter") in _relations(out)


def test_gdal_copies_the_empty_repeat_csv_as_the_other_raw_tables(qgis_app, tmp_path):
    """Beside the main CSV, GDAL writes the raw tables while pandas reads (raw_copy): an empty one too,
    kept once checked (no row: no fid), rather than written again from pandas."""
    from cartong_plugin.core.survey.importer import import_survey

    report = import_survey(_export(tmp_path, _flora_files(), False), None, tmp_path / "out.gpkg")
    assert report.tables == {"survey": 2, "taxon_encounter": 0, "vegetation_stratum": 7}
    assert report.raw_copied == ["raw_survey", "raw_taxon_encounter", "raw_vegetation_stratum"]


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "loose csvs"])
def test_the_main_csv_without_rows_is_still_refused(cartong_provider, tmp_path, as_zip):
    data = _export(tmp_path, _flora_files(empty=f"{FLORA_ID}.csv"), as_zip)
    with pytest.raises(QgsProcessingException, match="has a header row but no data rows"):
        import_with_messages(data, tmp_path / "out.gpkg")
    assert not (tmp_path / "out.gpkg").exists()


def test_an_empty_nested_central_repeat_hangs_from_its_parent_in_the_form(cartong_provider, tmp_path):
    """No row's PARENT_KEY names the parent of plots: the form does (plots is nested in taxon_encounter)."""
    survey = [*FLORA[:-2], ["begin repeat", "plots", "Plots"], ["integer", "plot", "Plot"], ["end repeat", "", ""]]
    form = write_form(tmp_path / "flora.xlsx", survey + FLORA[-2:], LIFE, [["form_id"], [FLORA_ID]])
    files = {**_flora_files(empty=""), f"{FLORA_ID}-plots.csv": "plot,PARENT_KEY,KEY\n"}
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path, files, True), out, form)
    assert _said(f"export.zip [{FLORA_ID}-plots.csv]", "plots") in warnings
    assert ("taxon_encounter", "plots") in _relations(out)
    assert _columns(out, "plots")["plot"] == "INTEGER"


def _kobo(tmp_path, visits=VISITS[:1]):
    """KoboToolbox's XLSX export: a sheet per repeat, that of the nested visits with its header only."""
    export = tmp_path / "household.xlsx"
    write_xlsx(export, [("household", HOUSEHOLDS), ("members", MEMBERS), ("visits", visits)])
    return export, write_form(tmp_path / "form.xlsx", FORM, CHOICES, [["form_title"], ["household"]])


def test_a_kobo_repeat_sheet_with_only_its_header_then_checks_cleaning_and_sharing(cartong_provider, tmp_path):
    export, form = _kobo(tmp_path)
    out = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(export, out, form)
    assert result["ROWS"] == 3
    assert _said("household.xlsx [visits]", "visits") in warnings
    assert not [w for w in warnings if any(said in w for said in FALSELY_SAID)], warnings
    assert query(out, "SELECT count(*) FROM visits") == [(0,)] and _columns(out, "visits")["vdate"] == "DATE"
    assert _relations(out) == {("survey", "members"), ("members", "visits")}  # by the form: no row tells

    results, feedback = run_checks_algorithm({"INPUT": f"{out}|layername=survey"})
    assert results["OUTPUT_LAYER"] and not feedback.errors

    log = write_text_file(tmp_path, "uuid,question,old_value,new_value,change_type\nu-b,hname,,,remove_survey\n")
    cleaned = apply_cleaning_log(out, log, tmp_path / "clean.gpkg")["OUTPUT"]
    assert query(cleaned, "SELECT count(*) FROM members") == [(2,)]  # Bob's members left out with him
    assert query(cleaned, "SELECT count(*) FROM visits") == [(0,)]

    for layer in (f"{out}|layername=visits", f"{out}|layername=raw_visits", f"{cleaned}|layername=visits"):
        shared, said = _share(layer, tmp_path / "shared.csv")
        assert shared["ROWS"] == 0 and not said, (layer, said)
        assert (tmp_path / "shared.csv").read_text(encoding="utf-8-sig").splitlines()[0].startswith("vdate")
        (tmp_path / "shared.csv").unlink()


def test_a_kobo_workbook_whose_submissions_sheet_has_no_rows_is_still_refused(cartong_provider, tmp_path):
    export, form = _kobo(tmp_path)
    write_xlsx(export, [("household", HOUSEHOLDS[:1]), ("members", MEMBERS), ("visits", VISITS)])
    with pytest.raises(QgsProcessingException, match=r"household\.xlsx \[household\] has a header row but no data"):
        import_with_messages(export, tmp_path / "out.gpkg", form)
