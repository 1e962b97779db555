# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning wizard driven page by page with real widgets on the imported sample survey."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from checks_sample import PERIOD, read_faults
from osgeo import ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QDate, Qt
from qgis.PyQt.QtWidgets import QLabel, QMessageBox

from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE, LOG_COLUMNS, REMOVE_SURVEY
from cartong_plugin.core.cleaning.log_files import export_log, read_log_file, read_log_from_gpkg
from cartong_plugin.gui.cleaning.survey_layers import CLEANED_LAYER
from cartong_plugin.gui.cleaning.wizard import CleaningWizard

OUT = Path(__file__).resolve().parent.parent / "out"
DUPLICATE = "b857ac90-f359-422a-8e26-0255b034bc27"  # faults.csv: duplicate_uuid
OLD_HEAD = "dcea90f5-ecd5-4055-b314-07e7a917918e"  # faults.csv: outlier_head_age


@pytest.fixture()
def survey_gpkg(qgis_new_project, tmp_path, sample_dir):
    """The sample imported with the real importer; its survey layer and admin2 in the project."""
    from cartong_plugin.core.survey.importer import import_survey

    gpkg = tmp_path / "survey.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    survey = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
    admin = QgsVectorLayer(f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2", "admin2", "ogr")
    assert survey.isValid() and admin.isValid()
    QgsProject.instance().addMapLayers([admin, survey])
    return gpkg


@pytest.fixture()
def answers(monkeypatch):
    """What the user answers to the wizard's questions (Discard unless a test says otherwise)."""
    asked = {"answer": QMessageBox.StandardButton.Discard, "questions": []}

    def question(parent, title, text, *args):
        asked["questions"].append(text)
        return asked["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture()
def wizard(qgis_iface, survey_gpkg, sample_dir, answers):
    wizard = CleaningWizard(qgis_iface)
    wizard.show()
    wizard.layer_page.form.setFilePath(str(sample_dir / "household_survey_form.xlsx"))
    yield wizard
    wizard.reject()
    _wait(lambda: not wizard.run_page.running())
    wizard.deleteLater()


def _wait(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def _finish(task):
    """Process events until the task has handed its outcome back on the main thread."""
    ended = []
    for signal in (task.done, task.failed, task.cancelled):
        signal.connect(lambda *args: ended.append(args))
    _wait(lambda: ended)


def _run_checks(wizard):
    """Layer page -> checks page (collection period of FAULTS.md) -> run, waiting for the task."""
    wizard.next()
    page = wizard.checks_page
    page.period.setChecked(True)
    page.period_start.setDate(QDate.fromString(PERIOD[0], Qt.DateFormat.ISODate))
    page.period_end.setDate(QDate.fromString(PERIOD[1], Qt.DateFormat.ISODate))
    wizard.next()
    assert wizard.currentPage() is wizard.run_page
    _finish(wizard.run_page.task)
    assert wizard.run_page.isComplete(), wizard.run_page.status.text()


def _to_review(wizard):
    _run_checks(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    return wizard.review_page.view


def _shown(review, column):
    """The log's values (codes, not the words shown) of one column of the rows shown, in display order."""
    proxy, index = review.proxy, LOG_COLUMNS.index(column)
    return [proxy.index(row, index).data(Qt.ItemDataRole.EditRole) for row in range(proxy.rowCount())]


def _proxy_row(review, uuid, check_id):
    proxy = review.proxy
    for row in range(proxy.rowCount()):
        check = proxy.index(row, LOG_COLUMNS.index("check_id")).data(Qt.ItemDataRole.EditRole)
        if (proxy.index(row, 0).data(), check) == (uuid, check_id):
            return row
    raise AssertionError(f"no row {uuid} {check_id}")


def _code(review, row, column):
    """The log's value (a code) of a cell, not the words the table shows."""
    return review.proxy.index(row, LOG_COLUMNS.index(column)).data(Qt.ItemDataRole.EditRole)


def _set(review, row, column, value):
    index = review.proxy.index(row, LOG_COLUMNS.index(column))
    assert review.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert review.proxy.setData(index, value, Qt.ItemDataRole.EditRole)


def _table_rows(gpkg, table):
    ds = ogr.Open(str(gpkg))
    layer = ds.GetLayerByName(table)
    return None if layer is None else [f.items() for f in layer]


def test_clean_step_opens_the_cleaning_wizard():
    from cartong_plugin.gui.main_dialog import WIZARDS

    assert WIZARDS["clean"] == "cleaning.wizard:CleaningWizard"


def test_pages_name_their_help_pages(wizard):
    from cartong_plugin.core.learning.help_catalogue import WIZARD_PAGES

    names = [wizard.page(i).property("cartong_help_page") for i in wizard.pageIds()]
    assert names == ["clean_layer", "clean_checks", "clean_run", "clean_log", "clean_apply"]
    assert set(names) <= set(WIZARD_PAGES)


def test_layer_page_offers_only_survey_layers_and_picks_survey_and_admin2(wizard):
    page = wizard.layer_page
    assert page.survey.currentLayer().name() == "survey"
    assert page.survey.count() == 1  # admin2 has no _uuid: not a survey layer
    assert page.admin.currentLayer().name() == "admin2"
    assert (page.admin_code.currentField(), page.admin_name.currentField()) == ("adm2_pcode", "adm2_name")
    assert page.isComplete()


def test_layer_page_refuses_a_form_that_does_not_exist(wizard, tmp_path):
    wizard.layer_page.form.setFilePath(str(tmp_path / "missing.xlsx"))
    assert not wizard.layer_page.isComplete()


def test_checks_page_turns_widgets_into_the_checks_config(wizard):
    wizard.next()
    page = wizard.checks_page
    page.checks["outliers"].setChecked(False)
    page.min_duration.setValue(7.5)
    page.max_precision.setValue(25)
    config = page.config()
    assert "outliers" not in config.enabled and "gps" in config.enabled
    assert (config.min_duration_min, config.max_precision_m) == (7.5, 25)
    assert config.period_start == ""  # the period is checked only when asked
    for box in page.checks.values():
        box.setChecked(False)
    assert not page.isComplete()


def test_collection_period_defaults_to_the_dates_of_the_data(wizard, survey_gpkg):
    wizard.next()
    page = wizard.checks_page
    ds = ogr.Open(str(survey_gpkg))
    low, high = ds.ExecuteSQL("SELECT min(today), max(today) FROM survey").GetNextFeature().items().values()
    assert (
        page.period_start.date().toString(Qt.DateFormat.ISODate),
        page.period_end.date().toString(Qt.DateFormat.ISODate),
    ) == (low[:10], high[:10])
    assert not page.period.isChecked() and not page.period_start.isEnabled()


def test_key_questions_find_households_surveyed_twice(wizard):
    wizard.next()
    page = wizard.checks_page
    keys = page.duplicate_keys
    keys.setItemCheckState(keys.findData("respondent_name"), Qt.CheckState.Checked)
    keys.setItemCheckState(keys.findData("phone"), Qt.CheckState.Checked)
    page.outlier_group.setField("admin1")
    config = page.config()
    assert (config.duplicate_keys, config.outlier_group) == (("respondent_name", "phone"), "admin1")
    for name, box in page.checks.items():
        box.setChecked(name == "duplicates")
    wizard.next()
    _finish(wizard.run_page.task)
    wizard.next()
    review = wizard.review_page.view
    rows = [r for r in range(review.proxy.rowCount()) if _code(review, r, "check_id") == "duplicates.keys"]
    assert DUPLICATE in {review.proxy.index(r, 0).data() for r in rows}  # the copy repeats name and phone


def test_review_table_shows_the_planted_duplicate_uuids(wizard, sample_dir):
    review = _to_review(wizard)
    rows = [r for r in range(review.proxy.rowCount()) if _code(review, r, "check_id") == "duplicates.uuid"]
    planted = {f["uuid"] for f in read_faults(sample_dir) if f["fault"] == "duplicate_uuid"}
    assert DUPLICATE in planted
    assert {review.proxy.index(r, 0).data() for r in rows} == planted
    assert set(_shown(review, "change_type")) == {"pending"}


def test_review_table_lists_every_planted_fault(wizard, sample_dir):
    review = _to_review(wizard)
    assert {f["uuid"] for f in read_faults(sample_dir)} <= set(_shown(review, "uuid"))


def test_run_summary_counts_rows_per_check(wizard):
    _run_checks(wizard)
    page = wizard.run_page
    counts = {
        page.summary.item(r, 0).text(): int(page.summary.item(r, 1).text()) for r in range(page.summary.rowCount())
    }
    assert len(counts) == 8 and counts["Duplicates"] > 0 and counts["GPS points"] > 0
    assert counts["Cascading selects"] == 0  # the sample's admin2 answers are all in their admin1
    assert sum(counts.values()) == len(page.result.entries)


def test_unticked_checks_raise_no_rows(wizard):
    wizard.next()
    for name, box in wizard.checks_page.checks.items():
        box.setChecked(name == "duplicates")
    wizard.next()
    _finish(wizard.run_page.task)
    wizard.next()
    assert {check.split(".")[0] for check in _shown(wizard.review_page.view, "check_id")} == {"duplicates"}


def test_filters_narrow_the_table_by_family_change_type_and_text(wizard):
    review = _to_review(wizard)
    total = review.proxy.rowCount()
    review.family.setCurrentIndex(review.family.findData("gps"))
    assert 0 < review.proxy.rowCount() < total
    assert all(c.startswith("gps.") for c in _shown(review, "check_id"))
    review.search.setText(DUPLICATE[:8])
    assert review.proxy.rowCount() == 0  # the duplicate is not a GPS problem
    review.family.setCurrentIndex(0)
    assert set(_shown(review, "uuid")) == {DUPLICATE}
    review.search.setText("")
    _set(review, 0, "change_type", "no_action")
    review.change_type.setCurrentIndex(review.change_type.findData("no_action"))
    assert review.proxy.rowCount() == 1
    assert "1 of" in review.counts.text()


def test_table_sorts_by_column(wizard):
    review = _to_review(wizard)
    column = LOG_COLUMNS.index("question")
    review.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    questions = _shown(review, "question")
    assert questions == sorted(questions, key=str.lower) and len(set(questions)) > 1


def test_change_type_editor_offers_the_five_decisions_in_words(wizard):
    review = _to_review(wizard)
    index = review.proxy.index(0, LOG_COLUMNS.index("change_type"))
    review.table.setCurrentIndex(index)
    review.table.edit(index)
    editor = review.table.findChild(type(review.family), "change_type_editor")
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Change the value",
        "Blank the value",
        "Remove the submission",
        "Keep as it is",
        "To decide",
    ]
    assert [editor.itemData(i) for i in range(editor.count())] == [
        "change_response",
        "blank_response",
        "remove_survey",
        "no_action",
        "pending",
    ]
    editor.setCurrentIndex(editor.findData("remove_survey"))
    review.table.commitData(editor)
    assert index.data() == "Remove the submission"
    assert index.data(Qt.ItemDataRole.EditRole) == "remove_survey"  # the log keeps its code


def test_only_change_type_and_new_value_are_editable(wizard):
    review = _to_review(wizard)
    editable = [
        c
        for c in LOG_COLUMNS
        if review.proxy.flags(review.proxy.index(0, LOG_COLUMNS.index(c))) & Qt.ItemFlag.ItemIsEditable
    ]
    assert editable == ["new_value", "change_type"]
    assert not review.proxy.setData(review.proxy.index(0, LOG_COLUMNS.index("change_type")), "delete")


def test_edits_are_saved_and_applied_to_the_cleaned_layer_only(wizard, survey_gpkg):
    raw_before, survey_before = _table_rows(survey_gpkg, "raw_survey"), _table_rows(survey_gpkg, "survey")
    members_before, import_before = _table_rows(survey_gpkg, "members"), _table_rows(survey_gpkg, "cartong_metadata")
    review = _to_review(wizard)
    review.reviewer.setText("Amina (supervisor)")
    for row in [r for r in range(review.proxy.rowCount()) if _code(review, r, "check_id") == "duplicates.uuid"]:
        _set(review, row, "change_type", REMOVE_SURVEY)
    row = _proxy_row(review, OLD_HEAD, "outliers.constraint")
    _set(review, row, "new_value", "61")
    _set(review, row, "change_type", CHANGE_RESPONSE)
    assert review.save()
    saved = next(e for e in read_log_from_gpkg(survey_gpkg) if e.uuid == OLD_HEAD and e.question == "head_age")
    assert (saved.change_type, saved.new_value, saved.who) == (CHANGE_RESPONSE, "61", "Amina (supervisor)")

    wizard.next()
    assert wizard.currentPage() is wizard.apply_page
    assert wizard.apply_page.task is None or not wizard.apply_page.task.is_running()  # nothing built yet
    assert wizard.apply_page.build()
    _finish(wizard.apply_page.task)
    results = wizard.apply_page.results
    assert results is not None, wizard.apply_page.status.text()
    assert (results["CHANGED_VALUES"], results["REMOVED_SUBMISSIONS"]) == (1, 2)  # later copy of each duplicate
    assert "1 value changed, 2 submissions removed" in wizard.apply_page.counts.text()
    cleaned = _table_rows(survey_gpkg, CLEANED_LAYER)
    assert len(cleaned) == len(survey_before) - 2
    assert len({row["_uuid"] for row in cleaned}) == len(cleaned)
    assert [row["head_age"] for row in cleaned if row["_uuid"] == OLD_HEAD] == [61]
    assert _table_rows(survey_gpkg, "raw_survey") == raw_before
    assert _table_rows(survey_gpkg, "survey") == survey_before
    # the cleaned layer alone goes into the survey's GeoPackage: its repeat table and record stay as they were,
    # and the roster rows of the removed copies are said
    assert _table_rows(survey_gpkg, "members") == members_before
    assert _table_rows(survey_gpkg, "cartong_metadata") == import_before
    later = {
        max(r["_index"] for r in survey_before if r["_uuid"] == u)
        for u in {r["_uuid"] for r in survey_before}
        if sum(1 for r in survey_before if r["_uuid"] == u) > 1
    }
    rosters = sum(1 for row in members_before if row["_parent_index"] in later)
    assert (
        f"{rosters} rows of the survey's repeat tables belong to submissions the cleaning log removed (members: "
        f"{rosters}), and the cleaned layer survey_cleaned is written without its repeat tables"
    ) in " ".join(results["WARNINGS"])
    added = wizard.apply_page.cleaned_layer
    assert added is not None and QgsProject.instance().mapLayer(added.id()) is added
    assert added.featureCount() == len(survey_before) - 2


def _apply(wizard):
    wizard.next()
    assert wizard.apply_page.build()
    _finish(wizard.apply_page.task)
    assert wizard.apply_page.results is not None, wizard.apply_page.status.text()


def test_applying_again_reloads_the_cleaned_layer_instead_of_adding_another(wizard, survey_gpkg):
    review = _to_review(wizard)
    _apply(wizard)
    first = wizard.apply_page.cleaned_layer
    wizard.back()
    _set(review, _proxy_row(review, DUPLICATE, "duplicates.uuid"), "change_type", REMOVE_SURVEY)
    _apply(wizard)
    assert wizard.apply_page.cleaned_layer is first
    assert first.featureCount() == len(_table_rows(survey_gpkg, "survey")) - 1
    assert [layer.name() for layer in QgsProject.instance().mapLayers().values()].count(first.name()) == 1
    assert wizard.layer_page.survey.count() == 1  # the cleaned copy is not offered as a survey to check


def test_a_new_value_of_the_wrong_type_is_refused_and_nothing_is_written(wizard, survey_gpkg):
    review = _to_review(wizard)
    row = _proxy_row(review, OLD_HEAD, "outliers.constraint")
    _set(review, row, "new_value", "sixty")
    _set(review, row, "change_type", CHANGE_RESPONSE)
    wizard.next()
    assert wizard.apply_page.build()
    _finish(wizard.apply_page.task)
    page = wizard.apply_page
    assert page.results is None and not page.isComplete()
    assert "'sixty' is not a valid value for the field head_age" in page.status.text()
    assert _table_rows(survey_gpkg, CLEANED_LAYER) is None
    assert wizard.apply_page.cleaned_layer is None


def test_back_from_apply_keeps_the_rows_as_reviewed(wizard):
    review = _to_review(wizard)
    _set(review, _proxy_row(review, OLD_HEAD, "outliers.constraint"), "new_value", "61")
    _apply(wizard)
    wizard.back()
    assert (
        review.proxy.index(_proxy_row(review, OLD_HEAD, "outliers.constraint"), LOG_COLUMNS.index("new_value")).data()
        == "61"
    )


def test_opened_again_the_wizard_starts_from_the_first_page(wizard, survey_gpkg):
    _to_review(wizard)
    assert wizard.review_page.view.save()
    wizard.reject()
    other = QgsVectorLayer(f"{survey_gpkg}|layername=survey", "survey (copy)", "ogr")
    QgsProject.instance().addMapLayer(other)
    wizard.show()
    assert wizard.currentPage() is wizard.layer_page
    assert wizard.layer_page.survey.count() == 2  # the project's layers are looked at again


def test_closing_with_unsaved_decisions_asks_first(wizard, answers):
    review = _to_review(wizard)
    _set(review, 0, "change_type", "no_action")
    answers["answer"] = QMessageBox.StandardButton.Cancel
    wizard.reject()
    assert wizard.isVisible() and len(answers["questions"]) == 1
    assert review.save()
    wizard.reject()
    assert not wizard.isVisible() and len(answers["questions"]) == 1


def test_cancel_leaves_no_cleaning_log_written(wizard, survey_gpkg):
    wizard.next()
    wizard.next()
    page = wizard.run_page
    page.cancel_button.click()  # a task still queued ends at once, a running one at its next check
    _wait(lambda: not page.running() and "cancelled" in page.status.text().lower())
    assert page.result is None and not page.isComplete()
    assert "cancelled" in page.status.text().lower()
    assert _table_rows(survey_gpkg, "cleaning_log") is None


def test_back_during_the_run_then_next_shows_only_the_new_run(wizard):
    wizard.next()
    wizard.next()
    first = wizard.run_page.task
    wizard.back()  # cancels the first run
    wizard.next()
    assert wizard.run_page.task is not first
    _finish(wizard.run_page.task)
    _wait(lambda: not first.is_running())
    assert wizard.run_page.isComplete() and "cancelled" not in wizard.run_page.status.text().lower()


def test_imported_log_with_an_unknown_uuid_is_rejected_with_the_row_listed(wizard, tmp_path):
    review = _to_review(wizard)
    entries = list(review.model.entries)
    edited = read_log_file(export_log(entries, tmp_path / "log.csv"))
    edited[2].uuid = "no-such-submission"
    export_log(edited, tmp_path / "edited.csv")
    assert not review.import_from(str(tmp_path / "edited.csv"))
    box = review.problem_box
    assert box is not None and box.isVisible()
    assert "Row 4, column uuid: no submission has the uuid no-such-submission" in box.informativeText()
    assert "edited.csv" in box.text()
    assert review.model.entries == entries  # nothing replaced
    box.close()


def test_edited_log_saved_by_a_western_excel_comes_back_with_its_accents_and_says_so(wizard, qgis_iface, tmp_path):
    """Excel's "CSV (comma delimited)" on a French Windows is Windows-1252: the accents come back, and the
    message bar says which code page the log was read with."""
    from qgis.core import Qgis

    review = _to_review(wizard)
    edited = read_log_file(export_log(list(review.model.entries), tmp_path / "log.csv"))
    target = next(e for e in edited if e.uuid == OLD_HEAD and e.question == "head_age")
    target.change_type, target.new_value, target.who = CHANGE_RESPONSE, "61", "équipe de Bérbérati"
    export_log(edited, tmp_path / "edited.csv")
    windows = tmp_path / "edited_excel.csv"
    windows.write_bytes((tmp_path / "edited.csv").read_text(encoding="utf-8-sig").encode("cp1252"))
    qgis_iface.messageBar().clear_messages()
    assert review.import_from(str(windows))
    row = _proxy_row(review, OLD_HEAD, target.check_id)
    assert review.proxy.index(row, LOG_COLUMNS.index("who")).data(Qt.ItemDataRole.EditRole) == "équipe de Bérbérati"
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("edited_excel.csv" in m and "Windows-1252" in m for m in warnings), warnings


def test_imported_log_with_two_new_value_columns_is_rejected_naming_them(wizard, tmp_path):
    """A second new_value column typed beside the exported one: only the first (empty) was read (attack8-ltr B)."""
    review = _to_review(wizard)
    entries = list(review.model.entries)
    lines = export_log(entries, tmp_path / "log.csv").read_text(encoding="utf-8-sig").splitlines()
    edited = tmp_path / "edited.csv"
    edited.write_text("\n".join([lines[0] + ",new_value"] + [line + ",5" for line in lines[1:]]) + "\n", "utf-8")
    assert not review.import_from(str(edited))
    box = review.problem_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("The cleaning log edited.csv has the column new_value more than once (columns D, K)")
    assert review.model.entries == entries  # nothing replaced
    box.close()


def test_edited_xlsx_log_comes_back_into_the_table(wizard, tmp_path):
    review = _to_review(wizard)
    assert review.export_to(str(tmp_path / "log.xlsx"))
    edited = read_log_file(tmp_path / "log.xlsx")
    target = next(e for e in edited if e.uuid == OLD_HEAD and e.question == "head_age")
    target.change_type, target.new_value, target.who = CHANGE_RESPONSE, "=61", "field team"
    export_log(edited, tmp_path / "edited.xlsx")
    assert review.import_from(str(tmp_path / "edited.xlsx"))
    row = _proxy_row(review, OLD_HEAD, target.check_id)
    values = {
        c: review.proxy.index(row, LOG_COLUMNS.index(c)).data(Qt.ItemDataRole.EditRole)
        for c in ("change_type", "new_value", "who")
    }
    assert values == {"change_type": CHANGE_RESPONSE, "new_value": "=61", "who": "field team"}
    assert "Not saved yet" in review.counts.text()


def test_double_click_selects_the_submission_and_zooms_the_map(wizard, qgis_iface):
    review = _to_review(wizard)
    layer = wizard.layer_page.survey.currentLayer()
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setExtent(layer.extent())  # the whole survey, as after adding the layer in QGIS
    row = _proxy_row(review, OLD_HEAD, "outliers.constraint")
    review.table.doubleClicked.emit(review.proxy.index(row, 3))
    selected = layer.selectedFeatures()
    assert [f["_uuid"] for f in selected] == [OLD_HEAD]
    point = selected[0].geometry().asPoint()
    extent = canvas.extent()
    assert extent.contains(point) and extent.width() < layer.extent().width() / 10


def test_zoom_to_a_submission_without_location_selects_it_but_does_not_move_the_map(wizard, qgis_iface, sample_dir):
    review = _to_review(wizard)
    missing = next(f["uuid"] for f in read_faults(sample_dir) if f["fault"] == "gps_missing")
    canvas = qgis_iface.mapCanvas()
    before = canvas.extent()
    row = _proxy_row(review, missing, "gps.missing")
    assert not review.zoom_to_row(review.proxy.index(row, 0))
    assert [f["_uuid"] for f in wizard.layer_page.survey.currentLayer().selectedFeatures()] == [missing]
    assert canvas.extent() == before


def test_review_page_screenshot(wizard):
    review = _to_review(wizard)
    review.reviewer.setText("Amina")
    wizard.resize(1100, 700)
    row = _proxy_row(review, OLD_HEAD, "outliers.constraint")
    _set(review, row, "new_value", "61")
    _set(review, row, "change_type", CHANGE_RESPONSE)
    _set(review, _proxy_row(review, DUPLICATE, "duplicates.uuid"), "change_type", REMOVE_SURVEY)
    QCoreApplication.processEvents()
    OUT.mkdir(exist_ok=True)
    image = wizard.grab().toImage()
    assert image.save(str(OUT / "cleaning-wizard.png"))
    assert image.width() >= 1000 and review.table.isVisible()


def test_arabic_log_draws_submissions_and_questions_left_to_right(wizard):
    """``_uuid`` was drawn ``uuid_`` in the right-to-left table (attack-gui2 #2)."""
    from qgis.PyQt.QtWidgets import QStyleOptionViewItem

    review = _to_review(wizard)
    wizard.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    for column, expected in (("uuid", Qt.LayoutDirection.LeftToRight), ("question", Qt.LayoutDirection.LeftToRight)):
        option = QStyleOptionViewItem()
        option.initFrom(review.table)
        index = review.proxy.index(0, LOG_COLUMNS.index(column))
        review.table.itemDelegateForColumn(LOG_COLUMNS.index(column)).initStyleOption(option, index)
        assert option.direction == expected and option.displayAlignment & Qt.AlignmentFlag.AlignRight


def test_log_tooltips_show_hostile_survey_values_as_typed(qgis_app):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QTextDocument

    from cartong_plugin.core.cleaning.log import LOG_COLUMNS, LogEntry
    from cartong_plugin.gui.cleaning.log_model import LogTableModel

    hostile = "<img src=x onerror=alert(1)> & co"
    model = LogTableModel([LogEntry(uuid="u1", question="village", old_value=hostile, issue="typo")])
    column = LOG_COLUMNS.index("old_value")
    tooltip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    rendered = QTextDocument()
    rendered.setHtml(tooltip)
    assert rendered.toPlainText() == hostile
    assert model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole) == hostile


def test_imported_log_problem_box_shows_a_hostile_uuid_as_plain_text(wizard, tmp_path):
    from qgis.PyQt.QtCore import Qt

    review = _to_review(wizard)
    edited = read_log_file(export_log(list(review.model.entries), tmp_path / "log.csv"))
    edited[2].uuid = "<img src=x onerror=alert(1)>"
    export_log(edited, tmp_path / "edited.csv")
    assert not review.import_from(str(tmp_path / "edited.csv"))
    box = review.problem_box
    assert "<img src=x onerror=alert(1)>" in box.informativeText()
    assert box.textFormat() == Qt.TextFormat.PlainText
    labels = [label for label in box.findChildren(QLabel) if "onerror" in label.text()]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    box.close()


def test_admin_layer_is_read_in_the_task_and_finds_points_in_the_wrong_area(wizard, monkeypatch):
    """The admin polygons reach the checks (points in the wrong sous-préfecture, names to P-codes)
    although the wizard hands the task only the layer's source, never the project layer."""
    import cartong_plugin.core.cleaning.checks.layers as layers

    read_in = []
    real = layers.areas_from_layer
    monkeypatch.setattr(
        layers,
        "areas_from_layer",
        lambda layer, *a: read_in.append((layer.id(), threading.current_thread())) or real(layer, *a),
    )
    _run_checks(wizard)
    admin2 = wizard.layer_page.admin.currentLayer()
    assert read_in and read_in[0][0] != admin2.id() and read_in[0][1] is not threading.main_thread()
    checks = {entry.check_id for entry in wizard.run_page.result.entries}
    assert {"gps.admin_mismatch", "admin_names.match"} <= checks


def test_area_of_interest_flags_the_points_outside_it(wizard):
    from qgis.core import QgsRectangle

    wizard.layer_page.admin.setLayer(None)  # the admin polygons would take precedence
    wizard.next()
    page = wizard.checks_page
    assert page.config().bbox is None  # unticked by default
    west_of_bangui = QgsRectangle(14.0, 2.0, 18.5, 11.5)
    page.area.setChecked(True)
    page.area.setOutputExtentFromUser(west_of_bangui, QgsCoordinateReferenceSystem("EPSG:4326"))
    assert page.config().bbox == pytest.approx((14.0, 2.0, 18.5, 11.5))
    wizard.next()
    _finish(wizard.run_page.task)
    survey = wizard.layer_page.survey.currentLayer()
    outside = {
        f["_uuid"]
        for f in survey.getFeatures()
        if not f.geometry().isNull() and not west_of_bangui.contains(f.geometry().asPoint())
    }
    flagged = {e.uuid for e in wizard.run_page.result.entries if e.check_id == "gps.outside_area"}
    assert outside and flagged and flagged <= outside


def test_without_boundaries_typed_admin_names_are_unticked_with_the_reason_not_reported_as_0(wizard):
    """With no admin layer the names have nothing to match: the check is off and says why, rather than
    listed on the run page with 0 rows as if every typed name were right (attack-gui2 #1)."""
    wizard.layer_page.admin.setLayer(None)
    wizard.next()
    page = wizard.checks_page
    names = page.checks["admin_names"]
    assert not names.isChecked() and not names.isEnabled()
    assert "choose the admin boundaries" in page.boundaries_note.text() and not page.boundaries_note.isHidden()
    assert "admin_names" not in page.config().enabled
    wizard.next()
    _finish(wizard.run_page.task)
    shown = [wizard.run_page.summary.item(r, 0).text() for r in range(wizard.run_page.summary.rowCount())]
    assert "Typed admin names" not in shown and "GPS points" in shown
    wizard.back()
    wizard.back()
    wizard.layer_page.admin.setLayer(QgsProject.instance().mapLayersByName("admin2")[0])
    wizard.next()  # boundaries chosen: the check is offered, ticked as before
    assert names.isChecked() and names.isEnabled() and page.boundaries_note.isHidden()


# -- words and what applying will do (issue #15) ---------------------------------------------------


def test_apply_page_says_every_decision_is_pending_before_building_anything(wizard, survey_gpkg):
    review = _to_review(wizard)
    rows = review.model.rowCount()
    wizard.next()
    page = wizard.apply_page
    assert f"All {rows} decisions of the log are still pending" in page.plan.text()
    assert "identical to the raw data" in page.plan.text()
    assert page.build_button.text() == "Build it anyway" and page.build_button.isEnabled()
    assert page.task is None and _table_rows(survey_gpkg, CLEANED_LAYER) is None  # nothing built yet
    assert not page.isComplete()


def test_after_the_build_the_all_pending_warning_and_the_build_button_are_gone(wizard):
    """The red "would be identical… decide first" and an enabled "Build it anyway" stayed under the
    built layer's sentence (attack-gui2 #4); Back to the review offers them again."""
    _to_review(wizard)
    _apply(wizard)
    page = wizard.apply_page
    assert page.plan.text() == "" and not page.build_button.isEnabled()
    assert "survey_cleaned" in page.status.text() and page.isComplete()
    wizard.back()
    wizard.next()
    assert "still pending" in page.plan.text() and page.build_button.isEnabled()


def test_apply_page_counts_the_pending_decisions_among_the_others(wizard):
    review = _to_review(wizard)
    _set(review, _proxy_row(review, DUPLICATE, "duplicates.uuid"), "change_type", REMOVE_SURVEY)
    pending = review.model.pending()
    wizard.next()
    plan = wizard.apply_page.plan.text()
    assert plan.startswith("0 values will be changed, 1 submission will be removed")
    assert f"{pending} decisions are still pending: they change nothing." in plan
    assert wizard.apply_page.build_button.text() == "Build the cleaned layer"


def test_review_table_shows_words_never_the_log_codes(wizard):
    from cartong_plugin.core.cleaning.log import CHANGE_TYPES

    review = _to_review(wizard)
    _set(review, _proxy_row(review, DUPLICATE, "duplicates.uuid"), "change_type", REMOVE_SURVEY)
    model = review.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert not set(headers) & set(LOG_COLUMNS)
    assert "old_value" in model.headerData(
        LOG_COLUMNS.index("old_value"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    shown = {
        model.index(r, c).data()
        for r in range(model.rowCount())
        for c in (LOG_COLUMNS.index("change_type"), LOG_COLUMNS.index("check_id"))
    }
    assert not shown & set(CHANGE_TYPES) and not any("." in value for value in shown)
    assert {"To decide", "Remove the submission", "Duplicates"} <= shown
    explanations = [model.index(r, LOG_COLUMNS.index("explanation")).data() for r in range(model.rowCount())]
    assert not any(re.search(r"'\s*\.\s*[<>]", text) for text in explanations)  # no ". >= 18 and …"
    filters = [review.change_type.itemText(i) for i in range(review.change_type.count())]
    assert not set(filters) & set(CHANGE_TYPES)


def test_a_form_constraint_is_explained_in_a_sentence(wizard):
    review = _to_review(wizard)
    row = _proxy_row(review, OLD_HEAD, "outliers.constraint")
    index = review.proxy.index(row, LOG_COLUMNS.index("explanation"))
    assert re.fullmatch(r"The form accepts only answers from \d+ to \d+\.", index.data())
    assert "Outside the form's constraint '. >=" in index.data(Qt.ItemDataRole.EditRole)  # the log keeps it


def test_constraints_in_words_cover_ranges_and_single_bounds(qgis_app):
    from cartong_plugin.gui.cleaning.log_words import constraint_in_words, explanation_in_words

    assert constraint_in_words(". >= 1 and . <= 20") == "The form accepts only answers from 1 to 20."
    assert constraint_in_words(". > 0") == "The form accepts only answers above 0."
    assert constraint_in_words(". <= 120") == "The form accepts only answers of 120 or less."
    assert constraint_in_words("regex(., '^[0-9]+$')") == ""
    french = "Hors de la contrainte du formulaire « . >= 15 and . <= 99 »."
    assert explanation_in_words(french) == "The form accepts only answers from 15 to 99."
    assert explanation_in_words("Duplicate of another submission.") == "Duplicate of another submission."


def test_checks_page_names_thresholds_in_plain_words_with_the_term_in_the_tooltip(wizard):
    wizard.next()
    page = wizard.checks_page
    labels = {label.buddy(): label for label in page.findChildren(QLabel) if label.buddy() is not None}
    iqr, robust = labels[page.iqr_factor], labels[page.robust_z]
    assert "interquartile" not in iqr.text() and "z-score" not in robust.text()
    assert "interquartile" in iqr.toolTip() and "z-score" in robust.toolTip()


def test_what_the_algorithm_warns_about_is_shown_on_the_apply_page(wizard, tmp_path):
    """A log row about a submission that is not in the survey is skipped: the page says so, in words,
    beside the counts (before, only the Processing log heard it)."""
    from qgis.core import QgsProcessingFeedback

    from cartong_plugin.core.cleaning.log import LogEntry
    from cartong_plugin.core.cleaning.log_files import write_log_to_gpkg
    from cartong_plugin.gui.cleaning.apply_page import build_cleaned_layer
    from tests.field_data import import_sample

    gpkg = import_sample(tmp_path / "survey.gpkg")
    write_log_to_gpkg([LogEntry("not-a-submission", "hh_size", "4", "5", change_type=CHANGE_RESPONSE)], gpkg)
    results = build_cleaned_layer(f"{gpkg}|layername=survey", str(gpkg), QgsProcessingFeedback())
    assert any("no submission has the uuid not-a-submission" in w for w in results["WARNINGS"])
    page = wizard.apply_page
    page._done(results)
    assert "no submission has the uuid not-a-submission" in page.advice.text()
