# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks on a raw export whose headers keep the questions' group paths (Kobo and ONA
``household/hh_size``, ODK Central ``household-hh_size``) finds what it finds on the survey the importer
makes: outliers, constraints and other answers skipped every question in a group without a word."""

from __future__ import annotations

from checks_sample import import_sample, run_checks_algorithm

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
