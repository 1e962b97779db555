# SPDX-License-Identifier: GPL-3.0-or-later
"""A question name two groups share (identification/age, household/age) when the export's columns are not in
the form's order (Kobo orders an export by the newest form version; columns moved in Excel): runchecks named
them by the form's order, the importer and applycleaninglog by the export's, so the log's correction landed on
the other question's column and the imported survey was checked against the other question's constraint
(attack 11). One rule everywhere: the export's order."""

from __future__ import annotations

import processing
from checks_sample import run_checks_algorithm
from qgis.core import QgsVectorLayer
from test_checks_group_paths import _ENUMERATOR_TYPO, _HEAD_TYPOS, _shared_name_export

from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE
from cartong_plugin.core.cleaning.log_files import export_log, read_log_from_gpkg
from tests.real_imports import query


def _household_first(folder):
    """The raw export of test_checks_group_paths with household/age BEFORE identification/age."""
    form, raw = _shared_name_export(folder)
    lines = [line.split(";") for line in raw.read_text(encoding="utf-8").splitlines()]
    moved = [";".join(cells[:2] + [cells[3], cells[4], cells[2]] + cells[5:]) for cells in lines]
    raw.write_text("\n".join(moved) + "\n", encoding="utf-8")
    assert moved[0].startswith("start;end;household/age;household/hh_size;identification/age")
    return form, raw


def _imported(folder, raw, form):
    gpkg = folder / "survey.gpkg"
    processing.run("cartong:importsurvey", {"DATA": str(raw), "FORM": str(form), "OUTPUT": str(gpkg)})
    return gpkg


def _constraints(folder, name, layer, form):
    target = folder / f"{name}.gpkg"
    _, feedback = run_checks_algorithm({"INPUT": layer, "FORM": str(form), "OUTPUT_GPKG": str(target), "CHECKS": [2]})
    entries = [e for e in read_log_from_gpkg(target) if e.check_id == "outliers.constraint"]
    return entries, feedback.warnings


# the importer names the first column 'age' (the head's, first in the export), the other by its path
_EXPECTED = {
    (_ENUMERATOR_TYPO, "identification_age", "250"),
    (_HEAD_TYPOS[0], "age", "133"),
    (_HEAD_TYPOS[1], "age", "150"),
}


def test_raw_and_imported_are_checked_by_the_exports_order(cartong_provider, tmp_path):
    form, raw = _household_first(tmp_path)
    gpkg = _imported(tmp_path, raw, form)
    layer = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
    typed = {f["_uuid"]: (f["age"], f["identification_age"]) for f in layer.getFeatures()}
    assert typed[_ENUMERATOR_TYPO] == (43, 250)  # the importer's names, which must not change
    from_raw, _ = _constraints(tmp_path, "raw", str(raw), form)
    imported, said = _constraints(tmp_path, "imported", f"{gpkg}|layername=survey", form)
    # the enumerator's 250 is flagged, the heads' ages against the head's constraint (15-110), in both
    assert {(e.uuid, e.question, e.old_value) for e in from_raw} == _EXPECTED
    assert {(e.uuid, e.question, e.old_value) for e in imported} == _EXPECTED
    assert not any("it was not checked" in sentence or "form's order" in sentence for sentence in said), said


def test_the_raw_log_changes_the_right_column_of_the_raw_export_and_the_survey(cartong_provider, tmp_path):
    form, raw = _household_first(tmp_path)
    gpkg = _imported(tmp_path, raw, form)
    entries, _ = _constraints(tmp_path, "raw", str(raw), form)
    for entry in entries:  # the enumerator is 35, the heads 53
        entry.change_type, entry.new_value = CHANGE_RESPONSE, "35" if entry.uuid == _ENUMERATOR_TYPO else "53"
    log = export_log(entries, tmp_path / "decided.csv")
    for name, layer, columns in (
        ("raw", str(raw), ("identification/age", "household/age")),
        ("imported", f"{gpkg}|layername=survey", ("identification_age", "age")),
    ):
        cleaned = tmp_path / f"clean_{name}.gpkg"
        result = processing.run("cartong:applycleaninglog", {"INPUT": layer, "LOG": str(log), "OUTPUT": str(cleaned)})
        assert result["CHANGED_VALUES"] == 3, name
        out = QgsVectorLayer(str(cleaned), "clean", "ogr")
        ages = {f["_uuid"]: tuple(str(f[c]) for c in columns) for f in out.getFeatures()}
        assert ages[_ENUMERATOR_TYPO] == ("35", "43"), name  # (enumerator, head)
        assert [ages[uuid] for uuid in _HEAD_TYPOS] == [("35", "53"), ("39", "53")], name


def test_a_layer_that_records_no_header_is_taken_in_the_forms_order_and_said(cartong_provider, tmp_path):
    """The survey table saved elsewhere (no cartong_columns): nothing tells which column is which question."""
    form, raw = _shared_name_export(tmp_path)  # form order: nothing is wrong, but it is said
    gpkg = _imported(tmp_path, raw, form)
    copy = tmp_path / "copy.gpkg"
    processing.run("native:savefeatures", {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": str(copy)})
    entries, said = _constraints(tmp_path, "copy", str(copy), form)
    assert {(e.uuid, e.question) for e in entries} == {(_ENUMERATOR_TYPO, "age")} | {
        (u, "household_age") for u in _HEAD_TYPOS
    }
    assert any("several questions 'age'" in sentence and "form's order" in sentence for sentence in said), said


def test_the_cleaned_layer_keeps_which_export_column_each_column_came_from(cartong_provider, tmp_path):
    """Checks run again on the cleaned layer (after a first round of decisions) name the columns as on the
    survey: applycleaninglog copies the survey's cartong_columns rows beside the cleaned layer."""
    form, raw = _household_first(tmp_path)
    gpkg = _imported(tmp_path, raw, form)
    empty = export_log([], tmp_path / "empty.csv")
    cleaned = tmp_path / "cleaned.gpkg"
    processing.run(
        "cartong:applycleaninglog", {"INPUT": f"{gpkg}|layername=survey", "LOG": str(empty), "OUTPUT": str(cleaned)}
    )
    entries, said = _constraints(tmp_path, "again", f"{cleaned}|layername=cleaned", form)
    assert {(e.uuid, e.question, e.old_value) for e in entries} == _EXPECTED
    assert not any("form's order" in sentence for sentence in said), said
    again = tmp_path / "again_clean.gpkg"  # the cleaned GeoPackage alone is still one layer to clean
    result = processing.run(
        "cartong:applycleaninglog", {"INPUT": str(cleaned), "LOG": str(empty), "OUTPUT": str(again)}
    )
    assert result["CHANGED_VALUES"] == 0 and QgsVectorLayer(str(again), "again", "ogr").featureCount() == 12
    # found as the cleaned GeoPackage's only layer, its date-times are kept exactly (milliseconds, Z)
    starts = [query(path, "SELECT start FROM " + name) for path, name in ((cleaned, "cleaned"), (again, "again_clean"))]
    assert starts[0] == starts[1] and starts[0][0][0].endswith("Z")
