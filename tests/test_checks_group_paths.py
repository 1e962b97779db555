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


# Two questions named 'age' in two groups: the enumerator's (18-70) and the head of household's (15-110).
_SHARED_FORM = [
    ["type", "name", "label", "constraint"],
    ["start", "start", "", ""],
    ["end", "end", "", ""],
    ["begin_group", "identification", "Identification", ""],
    ["integer", "age", "Enumerator age", ". >= 18 and . <= 70"],
    ["end_group", "", "", ""],
    ["begin_group", "household", "Household", ""],
    ["integer", "age", "Age of the head of household", ". >= 15 and . <= 110"],
    ["integer", "hh_size", "Household size", ". >= 1 and . <= 30"],
    ["end_group", "", "", ""],
]
_ENUMERATOR_TYPO, _HEAD_TYPOS = "u03", ("u05", "u09")


def _shared_name_export(folder, separator="/"):
    """A raw export of _SHARED_FORM: one enumerator age and two head ages outside their constraints."""
    from xlsform_files import write_form

    form = write_form(folder / "shared_form.xlsx", _SHARED_FORM)
    header = ["start", "end", "identification/age", "household/age", "household/hh_size", "_uuid", "_index"]
    lines = [";".join(h.replace("/", separator) for h in header)]
    for number in range(1, 13):
        uuid = f"u{number:02d}"
        enumerator = "250" if uuid == _ENUMERATOR_TYPO else str(30 + number)
        head = "133" if uuid == _HEAD_TYPOS[0] else "150" if uuid == _HEAD_TYPOS[1] else str(40 + number)
        day = f"2026-03-{number + 1:02d}"
        times = [f"{day}T09:00:00.000+01:00", f"{day}T09:40:00.000+01:00"]
        lines.append(";".join([*times, enumerator, head, str(3 + number % 4), uuid, str(number)]))
    raw = folder / "shared_raw.csv"
    raw.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return form, raw


def test_a_name_two_groups_share_is_checked_under_the_importers_names(cartong_provider, tmp_path):
    """runchecks renamed only identification/age to 'age', and the imported survey's household_age was not
    checked at all (attack 10): both are checked, raw and imported, as 'age' and 'household_age'."""
    from cartong_plugin.core.survey.importer import import_survey

    form, raw = _shared_name_export(tmp_path)
    from_raw, _ = _found(tmp_path, "raw", str(raw), form, CHECKS=[2])
    gpkg = tmp_path / "survey.gpkg"
    import_survey(raw, form, gpkg)
    imported, _ = _found(tmp_path, "imported", f"{gpkg}|layername=survey", form, CHECKS=[2])
    expected = {(_ENUMERATOR_TYPO, "age"), *((uuid, "household_age") for uuid in _HEAD_TYPOS)}
    assert {(uuid, question) for uuid, check, question in from_raw if check == "outliers.constraint"} == expected
    assert imported == from_raw
    central, _ = _found(tmp_path, "central", str(_shared_name_export(tmp_path, "-")[1]), form, CHECKS=[2])
    assert central == from_raw


def test_the_log_of_a_raw_export_with_a_shared_name_applies_to_it(cartong_provider, tmp_path):
    """Applying its own log to the raw export was refused: "the data has no question age" (attack 10)."""
    import processing

    from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE
    from cartong_plugin.core.cleaning.log_files import export_log

    form, raw = _shared_name_export(tmp_path)
    _found(tmp_path, "raw", str(raw), form, CHECKS=[2])
    entries = [e for e in read_log_from_gpkg(tmp_path / "raw.gpkg") if e.check_id == "outliers.constraint"]
    for entry in entries:
        entry.change_type, entry.new_value = CHANGE_RESPONSE, "35" if entry.question == "age" else "33"
    log = export_log(entries, tmp_path / "decided.csv")
    cleaned = tmp_path / "clean.gpkg"
    result = processing.run("cartong:applycleaninglog", {"INPUT": str(raw), "LOG": str(log), "OUTPUT": str(cleaned)})
    assert result["CHANGED_VALUES"] == len(entries) == 3
    layer = QgsVectorLayer(str(cleaned), "clean", "ogr")
    ages = {f["_uuid"]: (f["identification/age"], f["household/age"]) for f in layer.getFeatures()}
    assert ages[_ENUMERATOR_TYPO] == ("35", "43")
    assert [ages[uuid] for uuid in _HEAD_TYPOS] == [("35", "33"), ("39", "33")]


def test_a_question_of_a_shared_name_without_its_column_is_said_unchecked(cartong_provider, tmp_path):
    form, raw = _shared_name_export(tmp_path)
    lines = raw.read_text(encoding="utf-8").splitlines()
    cut = [";".join(cells[:3] + cells[4:]) for cells in (line.split(";") for line in lines)]  # no household/age
    raw.write_text("\n".join(cut) + "\n", encoding="utf-8")
    found, said = _found(tmp_path, "cut", str(raw), form, CHECKS=[2])
    assert (_ENUMERATOR_TYPO, "outliers.constraint", "age") in found
    assert any("household/age has no column household_age" in sentence for sentence in said), said
