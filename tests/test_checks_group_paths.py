# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks on a raw export whose headers keep the questions' group paths (Kobo and ONA
``household/hh_size``, ODK Central ``household-hh_size``) finds what it finds on the survey the importer
makes: outliers, constraints and other answers skipped every question in a group without a word."""

from __future__ import annotations

from checks_sample import import_sample, run_checks_algorithm
from qgis.core import QgsVectorLayer

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg


def _found(tmp_path, name, layer, form, **settings):
    target = tmp_path / f"{name}.gpkg"
    _, feedback = run_checks_algorithm({"INPUT": layer, "FORM": str(form), "OUTPUT_GPKG": str(target), **settings})
    return {(e.uuid, e.check_id, e.question) for e in read_log_from_gpkg(target)}, feedback.warnings


def _central_copy(sample_dir, path):
    """The sample export as ODK Central names its columns: group path joined by '-'."""
    text = (sample_dir / "household_survey_kobo.csv").read_text(encoding="utf-8-sig")
    header, rest = text.split("\n", 1)
    fields = [f.replace("/", "-") if not f.startswith('"_') else f for f in header.split(";")]
    path.write_text(";".join(fields) + "\n" + rest, encoding="utf-8")
    return path


def test_a_raw_export_with_group_paths_gets_the_findings_of_its_imported_survey(cartong_provider, tmp_path, sample_dir):
    form = sample_dir / "household_survey_form.xlsx"
    gpkg = import_sample(sample_dir, tmp_path / "survey.gpkg")
    imported, _ = _found(tmp_path, "imported", f"{gpkg}|layername=survey", form)
    families = {check.split(".")[0] for _, check, _ in imported}
    assert {"outliers", "other_answers"} <= families  # the sample's faults in grouped questions
    kobo, said = _found(tmp_path, "kobo", str(sample_dir / "household_survey_kobo.csv"), form)
    assert kobo == imported
    assert any("'identification/enumerator'" in s and "'enumerator'" in s for s in said), said
    central, _ = _found(tmp_path, "central", str(_central_copy(sample_dir, tmp_path / "central.csv")), form)
    assert central == imported


def test_field_parameters_typed_with_the_group_path_still_name_their_columns(cartong_provider, tmp_path, sample_dir):
    form = sample_dir / "household_survey_form.xlsx"
    raw = str(sample_dir / "household_survey_kobo.csv")
    keys = {
        "DUPLICATE_KEYS": "household/respondent_name,identification/village",
        "OUTLIER_GROUP": "identification/admin1",
    }
    found, _ = _found(tmp_path, "keys", raw, form, **keys)
    gpkg = import_sample(sample_dir, tmp_path / "survey.gpkg")
    imported, _ = _found(
        tmp_path,
        "imported",
        f"{gpkg}|layername=survey",
        form,
        DUPLICATE_KEYS="respondent_name,village",
        OUTLIER_GROUP="admin1",
    )
    assert found == imported
    assert any(check == "duplicates.keys" for _, check, _ in found)


def test_an_odk_central_export_takes_field_parameters_and_its_own_log_back(cartong_provider, tmp_path, sample_dir):
    """Central's '-' paths: DUPLICATE_KEYS typed either way, and the log of the raw export applied to it
    (applycleaninglog refused "the data has no question hh_size"; attack 10)."""
    import processing

    from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE
    from cartong_plugin.core.cleaning.log_files import export_log

    form = sample_dir / "household_survey_form.xlsx"
    central = str(_central_copy(sample_dir, tmp_path / "central.csv"))
    bare, _ = _found(tmp_path, "bare", central, form, DUPLICATE_KEYS="respondent_name,village")
    pathed, _ = _found(
        tmp_path, "pathed", central, form, DUPLICATE_KEYS="household-respondent_name,identification-village"
    )
    assert bare == pathed and any(check == "duplicates.keys" for _, check, _ in bare)
    entries = [e for e in read_log_from_gpkg(tmp_path / "bare.gpkg") if e.question == "hh_size"]
    assert entries
    for entry in entries:
        entry.change_type, entry.new_value = CHANGE_RESPONSE, "5"
    log = export_log(entries, tmp_path / "decided.csv")
    result = processing.run(
        "cartong:applycleaninglog", {"INPUT": central, "LOG": str(log), "OUTPUT": str(tmp_path / "clean.gpkg")}
    )
    assert result["CHANGED_VALUES"] == len(entries)


def test_the_raw_kobo_xlsx_export_gets_the_findings_of_the_raw_csv(cartong_provider, tmp_path, sample_dir):
    """The sample's XLSX export, every cell text: GDAL read its header row as data (columns Field1..FieldN)
    and runchecks stopped on "The layer household_survey_kobo has no field _uuid" (attack 10)."""
    form = sample_dir / "household_survey_form.xlsx"
    from_csv, _ = _found(tmp_path, "csv", str(sample_dir / "household_survey_kobo.csv"), form)
    from_xlsx, said = _found(tmp_path, "xlsx", str(sample_dir / "household_survey_kobo.xlsx"), form)
    assert from_xlsx == from_csv and len(from_csv) > 40
    assert any("'identification/enumerator'" in s for s in said), said


def test_the_log_of_the_raw_csv_applies_to_the_raw_kobo_xlsx_export(cartong_provider, tmp_path, sample_dir):
    """applycleaninglog opens its INPUT the same way: the sample's XLSX export is read with its header row."""
    import processing

    from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE
    from cartong_plugin.core.cleaning.log_files import export_log

    form = sample_dir / "household_survey_form.xlsx"
    _found(tmp_path, "csv", str(sample_dir / "household_survey_kobo.csv"), form)
    entries = [e for e in read_log_from_gpkg(tmp_path / "csv.gpkg") if e.question == "hh_size"]
    for entry in entries:
        entry.change_type, entry.new_value = CHANGE_RESPONSE, "5"
    log = export_log(entries, tmp_path / "decided.csv")
    cleaned = tmp_path / "clean.gpkg"
    xlsx = str(sample_dir / "household_survey_kobo.xlsx")
    result = processing.run("cartong:applycleaninglog", {"INPUT": xlsx, "LOG": str(log), "OUTPUT": str(cleaned)})
    assert entries and result["CHANGED_VALUES"] == len(entries)
    layer = QgsVectorLayer(str(cleaned), "clean", "ogr")
    assert layer.featureCount() == 420  # the header row is no submission
    sizes = {f["_uuid"]: f["household/hh_size"] for f in layer.getFeatures()}
    assert all(sizes[entry.uuid] == "5" for entry in entries)
