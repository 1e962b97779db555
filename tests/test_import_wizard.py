# SPDX-License-Identifier: GPL-3.0-or-later
"""The import wizard driven through its real widgets: files, preview, options, QgsTask run, summary."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QPushButton, QTableWidget

from cartong_plugin.gui.importing.wizard import ImportWizard


def _wait(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        QgsApplication.processEvents()
        time.sleep(0.01)


def _wait_for_preview(wizard, seconds=60):
    """Process events until the preview page (read in a task) is complete; fail after ``seconds``."""
    _wait(wizard.preview_page.isComplete, seconds)


def _wait_for_preview_problem(wizard, seconds=60):
    """Process events until the preview task has ended with a message on the page."""
    _wait(lambda: not wizard.preview_page.is_reading() and wizard.preview_page.problem.text(), seconds)


@pytest.fixture()
def wizard(qgis_iface, qgis_new_project):
    wizard = ImportWizard(qgis_iface, None)
    wizard.show()
    yield wizard
    wizard.reject()
    wizard.deleteLater()


def _choose_files(wizard, data, form, output):
    page = wizard.source_page
    page.data.setFilePath(str(data))
    page.form.setFilePath(str(form) if form else "")
    page.output.setFilePath(str(output))


def test_wizard_imports_the_sample_and_shows_the_summary(wizard, sample_copy, tmp_path):
    output = tmp_path / "survey.gpkg"
    _choose_files(wizard, sample_copy / "household_survey_kobo.csv", sample_copy / "household_survey_form.xlsx", output)
    assert wizard.currentPage().isComplete()
    wizard.next()  # preview
    _wait_for_preview(wizard)
    table = wizard.findChild(QTableWidget, "preview_table")
    assert table.rowCount() == 20 and table.columnCount() == 43
    assert "location" in wizard.findChild(QLabel, "detected").text()
    wizard.next()  # options
    language = wizard.findChild(QComboBox, "language")
    assert [language.itemText(i) for i in range(language.count())] == ["English (en)", "Français (fr)"]
    language.setCurrentIndex(1)
    wizard.next()  # run in a QgsTask, then the summary by itself
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    counts = wizard.findChild(QLabel, "counts").text()
    assert "420 submissions" in counts and "4 without location" in counts and "members" in counts
    assert wizard.findChild(QPlainTextEdit, "warnings").toPlainText() == "No warnings."
    assert output.is_file()
    names = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    assert names == ["members", "survey"]
    assert len(QgsProject.instance().relationManager().relations()) == 1
    survey = QgsProject.instance().mapLayersByName("survey")[0]
    assert {"Oui", "Non"} <= {f["latrine_label"] for f in survey.getFeatures()}
    assert survey.editorWidgetSetup(survey.fields().indexOf("latrine")).type() == "ValueMap"


def test_summary_of_a_repeat_saved_alone_does_not_count_submissions(wizard, real_data_dir, tmp_path):
    """ODK Central's OData table of one repeat (real ruODK file): its rows are items, as the summary says."""
    data = real_data_dir / "ropensci+ruODK/tests/fixtures/decoded/test_odata_submission_get2.json"
    _choose_files(wizard, data, None, tmp_path / "strata.gpkg")
    wizard.next()  # preview
    _wait_for_preview(wizard)
    wizard.next()  # options
    wizard.next()  # run, then the summary
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    counts = wizard.findChild(QLabel, "counts").text()
    assert (
        "3 items of the repeat vegetation_stratum (not submissions)" in counts and "submissions imported" not in counts
    )


def test_wizard_can_keep_codes_in_forms(wizard, sample_copy, tmp_path):
    _choose_files(
        wizard,
        sample_copy / "household_survey_kobo.csv",
        sample_copy / "household_survey_form.xlsx",
        tmp_path / "codes.gpkg",
    )
    wizard.next()
    _wait_for_preview(wizard)
    wizard.next()
    wizard.findChild(QCheckBox, "show_labels").setChecked(False)
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    survey = QgsProject.instance().mapLayersByName("survey")[0]
    assert survey.editorWidgetSetup(survey.fields().indexOf("latrine")).type() != "ValueMap"


def test_wizard_shows_a_broken_file_on_the_preview_and_stops(wizard, tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_text('a;b\n"1;2\n3;4\n', encoding="utf-8")
    _choose_files(wizard, broken, None, tmp_path / "out.gpkg")
    wizard.next()
    _wait_for_preview_problem(wizard)
    assert "a quote opened near line 2 is never closed" in wizard.findChild(QLabel, "problem").text()
    assert not wizard.currentPage().isComplete()


def test_wizard_cancel_leaves_no_output(wizard, sample_copy, tmp_path, monkeypatch):
    import cartong_plugin.core.survey.importer as survey_import

    output = tmp_path / "out" / "cancelled.gpkg"
    real_write = survey_import._write

    def slow_write(*args, **kwargs):  # hold the task until the test has pressed cancel
        progress = args[-1]
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            progress(40)  # raises ImportCancelled once the task is cancelled
            time.sleep(0.01)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(survey_import, "_write", slow_write)
    _choose_files(wizard, sample_copy / "household_survey_kobo.csv", sample_copy / "household_survey_form.xlsx", output)
    wizard.next()
    _wait_for_preview(wizard)
    wizard.next()
    wizard.next()
    run = wizard.run_page
    _wait(lambda: run.task is not None and run.task.status() == run.task.TaskStatus.Running)
    run.cancel.click()
    _wait(lambda: not run.is_running())
    assert "cancelled" in wizard.findChild(QLabel, "status").text()
    assert not run.isComplete()
    assert not output.parent.exists() or list(output.parent.iterdir()) == []


def _import_sample(wizard, sample_copy, output, add_to_project=True):
    _choose_files(wizard, sample_copy / "household_survey_kobo.csv", sample_copy / "household_survey_form.xlsx", output)
    wizard.next()
    _wait_for_preview(wizard)
    wizard.next()
    wizard.findChild(QCheckBox, "add_to_project").setChecked(add_to_project)
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)


def _findings_table(wizard) -> dict[str, tuple]:
    table = wizard.findChild(QTableWidget, "personal_data")
    return {table.item(r, 0).text(): (table.item(r, 1), table.item(r, 2).text()) for r in range(table.rowCount())}


def test_summary_lists_personal_data_with_risk_word_colour_and_reason(wizard, sample_copy, tmp_path):
    _import_sample(wizard, sample_copy, tmp_path / "survey.gpkg")
    rows = _findings_table(wizard)
    for column in ("geometry", "respondent_name", "phone"):
        risk, reason = rows[column]
        assert risk.text() == "High" and risk.background().color().name() == "#f4a582"
        assert reason
    # the column a reason quotes is drawn as typed in Arabic (isolated), never reversed to "name_respondent"
    assert '"\u2066respondent_name\u2069"' in rows["respondent_name"][1]
    for column in ("hh_size", "admin1", "_uuid"):
        assert column not in rows
    table = wizard.findChild(QTableWidget, "personal_data")
    risks = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert risks == sorted(risks, key=["High", "Medium", "Low"].index)  # highest risk first
    note = wizard.findChild(QLabel, "personal_data_note").text()
    assert f"{len(rows)} columns likely hold personal data" in note


def test_arabic_summary_keeps_paths_and_column_names_left_to_right(wizard, sample_copy, tmp_path):
    """In a right-to-left page the path's leading "/" and a column's leading "_" went to the other end
    (attack-gui2 #2): the path is an isolated left-to-right run, the column cells are drawn left to right
    on the right-hand side."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QStyleOptionViewItem

    wizard.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    output = tmp_path / "survey.gpkg"
    _import_sample(wizard, sample_copy, output)
    assert f"\u2066{output}\u2069" in wizard.findChild(QLabel, "counts").text()
    table = wizard.findChild(QTableWidget, "personal_data")
    option = QStyleOptionViewItem()
    option.initFrom(table)
    assert option.direction == Qt.LayoutDirection.RightToLeft
    table.itemDelegateForColumn(0).initStyleOption(option, table.model().index(0, 0))
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight  # where the Arabic cells start
    assert table.itemDelegateForColumn(2) is None  # the reasons are sentences in the page's language


def test_summary_button_opens_data_protection_on_the_imported_layer(wizard, sample_copy, tmp_path):
    from cartong_plugin.gui.protection.wizard import ProtectionWizard

    _import_sample(wizard, sample_copy, tmp_path / "survey.gpkg", add_to_project=False)
    assert QgsProject.instance().mapLayersByName("survey") == []
    wizard.findChild(QPushButton, "open_protection").click()
    protection = wizard.summary_page.protection_wizard
    assert isinstance(protection, ProtectionWizard) and protection.isVisible()
    layer = protection.source_page.layer.currentLayer()
    assert layer is not None and layer.source().startswith(str(tmp_path / "survey.gpkg"))
    assert layer.name() == "survey" and layer.id() in QgsProject.instance().mapLayers()
    assert protection.source_page.form.filePath() == str(sample_copy / "household_survey_form.xlsx")
    protection.next()  # the findings page runs the same detection, in a task
    _wait(protection.findings_page.isComplete)
    assert "respondent_name" in protection.findings_page.combos
    protection.reject()


HOSTILE = "<img src=x onerror=alert(1)>"


def test_preview_shows_html_in_the_file_as_typed(wizard, tmp_path):
    from qgis.PyQt.QtCore import Qt

    hostile = tmp_path / "hostile.csv"
    hostile.write_text(f"village;{HOSTILE}\n{HOSTILE};1\nBouar;2\n", encoding="utf-8")
    _choose_files(wizard, hostile, None, tmp_path / "out.gpkg")
    wizard.next()
    _wait_for_preview(wizard)
    table = wizard.findChild(QTableWidget, "preview_table")
    assert table.horizontalHeaderItem(1).text().startswith(HOSTILE)
    assert table.item(0, 0).text() == HOSTILE
    for name in ("detected", "problem"):
        assert wizard.findChild(QLabel, name).textFormat() == Qt.TextFormat.PlainText, name


def test_preview_error_quoting_a_hostile_column_is_plain_text(wizard, tmp_path):
    from qgis.PyQt.QtCore import Qt

    hostile = tmp_path / "hostile_twice.csv"
    hostile.write_text(f"{HOSTILE};b;{HOSTILE}\n1;2;3\n", encoding="utf-8")
    _choose_files(wizard, hostile, None, tmp_path / "out.gpkg")
    wizard.next()
    _wait_for_preview(wizard)
    notes = wizard.findChild(QLabel, "preview_notes")  # a repeated name is a note now, not a problem
    assert HOSTILE in notes.text() and "used more than once" in notes.text()  # shown as typed
    assert notes.textFormat() == Qt.TextFormat.PlainText


def test_summary_tooltips_escape_hostile_column_names(wizard, tmp_path):
    from qgis.PyQt.QtGui import QTextDocument

    hostile = tmp_path / "hostile_phone.csv"
    rows = "\n".join(f"+23675{n:06d};{n}" for n in range(12))
    hostile.write_text(f"{HOSTILE}phone;n\n{rows}\n", encoding="utf-8")
    _choose_files(wizard, hostile, None, tmp_path / "out.gpkg")
    wizard.next()
    _wait_for_preview(wizard)
    wizard.next()
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    table = wizard.findChild(QTableWidget, "personal_data")
    cells = [table.item(r, 0) for r in range(table.rowCount())]
    hostile_cell = next(c for c in cells if HOSTILE in c.text())
    rendered = QTextDocument()
    rendered.setHtml(hostile_cell.toolTip())  # tooltips are rich text: the escaped markup renders as itself
    assert rendered.toPlainText() == hostile_cell.text()


def test_preview_is_read_in_a_task_with_next_disabled_until_ready(wizard, sample_copy, tmp_path, monkeypatch):
    import threading

    from qgis.PyQt.QtWidgets import QProgressBar, QWizard

    import cartong_plugin.core.survey.importer as survey_import

    real_preview = survey_import.preview_export
    threads, release = [], threading.Event()

    def held_preview(*args, **kwargs):  # hold the read until the test has seen the busy page
        threads.append(threading.current_thread())
        assert release.wait(20)
        return real_preview(*args, **kwargs)

    monkeypatch.setattr(survey_import, "preview_export", held_preview)
    _choose_files(
        wizard,
        sample_copy / "household_survey_kobo.xlsx",
        sample_copy / "household_survey_form.xlsx",
        tmp_path / "out.gpkg",
    )
    wizard.next()
    page = wizard.preview_page
    assert wizard.currentPage() is page and not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.findChild(QLabel, "preview_status").text() == "Reading the file…"
    assert page.findChild(QProgressBar, "preview_busy").isVisible()
    release.set()
    _wait_for_preview(wizard)
    assert threads and threads[0] is not threading.main_thread()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not page.findChild(QProgressBar, "preview_busy").isVisible()
    table = wizard.findChild(QTableWidget, "preview_table")
    assert table.rowCount() == 20
    assert (
        table.horizontalHeaderItem(0).text().split("\n")[0]
        == real_preview(sample_copy / "household_survey_kobo.xlsx", None, 1).headers[0]
    )


def test_preview_of_a_broken_file_shows_its_message_and_next_stays_disabled(wizard, tmp_path):
    from qgis.PyQt.QtWidgets import QWizard

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    _choose_files(wizard, broken, None, tmp_path / "out.gpkg")
    wizard.next()
    _wait_for_preview_problem(wizard)
    problem = wizard.findChild(QLabel, "problem").text()
    assert "broken.xlsx" in problem and "Unexpected error" not in problem
    assert not wizard.preview_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.findChild(QTableWidget, "preview_table").columnCount() == 0


def test_going_back_to_another_file_during_a_preview_shows_only_the_new_file(wizard, tmp_path, monkeypatch):
    import threading

    import cartong_plugin.core.survey.importer as survey_import

    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("first_a;first_b\n1;2\n", encoding="utf-8")
    second.write_text("second_a;second_b;second_c\n1;2;3\n", encoding="utf-8")
    real_preview = survey_import.preview_export
    started = {first.name: threading.Event(), second.name: threading.Event()}
    release = {first.name: threading.Event(), second.name: threading.Event()}

    def held_preview(data, *args, **kwargs):  # each read waits for the test's go
        name = Path(str(data)).name
        started[name].set()
        assert release[name].wait(20)
        return real_preview(data, *args, **kwargs)

    monkeypatch.setattr(survey_import, "preview_export", held_preview)
    page = wizard.preview_page
    _choose_files(wizard, first, None, tmp_path / "out.gpkg")
    wizard.next()
    first_task = page.task
    ended = []
    for signal in (first_task.done, first_task.failed, first_task.cancelled):
        signal.connect(lambda *_args: ended.append(True))
    _wait(started[first.name].is_set)  # the first file is being read
    wizard.back()
    _choose_files(wizard, second, None, tmp_path / "out.gpkg")
    wizard.next()
    release[first.name].set()  # the first read ends while the second is pending: its result is stale
    _wait(lambda: ended)
    QgsApplication.processEvents()
    table = wizard.findChild(QTableWidget, "preview_table")
    assert not page.isComplete() and table.columnCount() == 0 and page.problem.text() == ""
    release[second.name].set()
    _wait_for_preview(wizard)
    headers = [table.horizontalHeaderItem(c).text().split("\n")[0] for c in range(table.columnCount())]
    assert headers == ["second_a", "second_b", "second_c"]
    assert wizard.findChild(QLabel, "detected").text().startswith("3 columns")


def test_preview_headers_name_the_detected_types_in_words(wizard, sample_copy, tmp_path):
    from cartong_plugin.gui.importing.input_pages import kind_label

    _choose_files(
        wizard,
        sample_copy / "household_survey_kobo.csv",
        sample_copy / "household_survey_form.xlsx",
        tmp_path / "survey.gpkg",
    )
    wizard.next()
    _wait_for_preview(wizard)
    table = wizard.findChild(QTableWidget, "preview_table")
    headers = {
        table.horizontalHeaderItem(i).text().split("\n")[0]: table.horizontalHeaderItem(i).text()
        for i in range(table.columnCount())
    }
    assert headers["location"].endswith("(GPS point)")
    assert headers["household/hh_size"].endswith("(whole number)")
    assert headers["household/water_source"].endswith("(one choice)")
    assert not any(code in text for text in headers.values() for code in ("select_one", "geopoint", "(integer)"))
    assert kind_label("something_new") == "something_new"  # an unknown kind is shown as it is


# -- words and room (issue #15) -------------------------------------------------------------------


def _import_through_wizard(wizard, data, form, output):
    _choose_files(wizard, data, form, output)
    wizard.next()
    _wait_for_preview(wizard)
    wizard.next()
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)


def test_the_other_wizards_find_the_form_the_import_used(wizard, sample_copy, tmp_path, qgis_iface):
    from qgis.core import QgsSettings

    from cartong_plugin.gui.cleaning.wizard import CleaningWizard
    from cartong_plugin.gui.protection.wizard import ProtectionWizard
    from cartong_plugin.gui.survey_sources import SETTING_FORMS

    QgsSettings().remove(SETTING_FORMS)
    form = sample_copy / "household_survey_form.xlsx"
    (tmp_path / "out").mkdir()
    _import_through_wizard(wizard, sample_copy / "household_survey_kobo.csv", form, tmp_path / "out" / "s.gpkg")
    cleaning = CleaningWizard(qgis_iface)
    protection = ProtectionWizard(qgis_iface)
    try:
        cleaning.show()
        assert cleaning.layer_page.survey.currentLayer().name() == "survey"
        assert cleaning.layer_page.form.filePath() == str(form.resolve())
        assert protection.source_page.form.filePath() == str(form.resolve())
    finally:
        cleaning.reject()
        protection.reject()


def test_a_form_of_the_same_name_with_other_content_is_not_taken(wizard, sample_copy, tmp_path, qgis_iface):
    from qgis.core import QgsSettings

    from cartong_plugin.gui.cleaning.wizard import CleaningWizard
    from cartong_plugin.gui.survey_sources import SETTING_FORMS

    form = sample_copy / "household_survey_form.xlsx"
    _import_through_wizard(wizard, sample_copy / "household_survey_kobo.csv", form, tmp_path / "s.gpkg")
    QgsSettings().remove(SETTING_FORMS)  # another computer: only the GeoPackage's folder is looked in
    (tmp_path / "household_survey_form.xlsx").write_bytes(b"another version")
    cleaning = CleaningWizard(qgis_iface)
    try:
        cleaning.show()
        assert cleaning.layer_page.form.filePath() == ""
    finally:
        cleaning.reject()


def test_preview_says_how_the_file_was_read_in_words(wizard, sample_copy, tmp_path):
    _choose_files(wizard, sample_copy / "household_survey_kobo.csv", None, tmp_path / "s.gpkg")
    wizard.next()
    _wait_for_preview(wizard)
    detected = wizard.findChild(QLabel, "detected")
    assert detected.text().startswith("43 columns, separated by semicolons (;).")
    assert "Unicode (UTF-8)" in detected.text()
    assert "encoding" not in detected.text() and "delimiter" not in detected.text()
    assert "delimiter ';'" in detected.toolTip()


def test_preview_of_a_utf8_export_with_a_line_in_windows_1252_says_so(wizard, tmp_path):
    data = tmp_path / "export.csv"
    rows = "".join(f"Hélène {i};{i}\n" for i in range(20))
    data.write_bytes(f"name;hh_size\n{rows}".encode() + "Rémi;4\n".encode("cp1252"))
    _choose_files(wizard, data, None, tmp_path / "s.gpkg")
    wizard.next()
    _wait_for_preview(wizard)
    detected = wizard.findChild(QLabel, "detected")
    assert "Unicode (UTF-8), with a few lines in Windows-1252" in detected.text()


def test_preview_notes_are_not_shown_as_errors(wizard, tmp_path):
    from cartong_plugin.gui.wizard_common import PROBLEM_STYLE

    data = tmp_path / "export.csv"
    data.write_text("name;hh size\nA;3\nB;4\n", encoding="utf-8")
    _choose_files(wizard, data, None, tmp_path / "s.gpkg")
    wizard.next()
    _wait_for_preview(wizard)
    page = wizard.preview_page
    assert page.problem.text() == "" and page.problem.styleSheet() == PROBLEM_STYLE
    assert page.notes.styleSheet() == ""  # the notes (if any) in the text colour, never red


def test_preview_table_shows_many_rows_and_columns_at_the_opening_size(wizard, sample_copy, tmp_path):
    from cartong_plugin.gui.wizard_common import DEFAULT_SIZE

    wizard.resize(DEFAULT_SIZE)  # as on a 1366 x 768 laptop (the offscreen screen is 800 x 600)
    _choose_files(wizard, sample_copy / "household_survey_kobo.csv", None, tmp_path / "s.gpkg")
    wizard.next()
    _wait_for_preview(wizard)
    QgsApplication.processEvents()
    table = wizard.findChild(QTableWidget, "preview_table")
    viewport = table.viewport()
    rows = sum(1 for r in range(table.rowCount()) if 0 <= table.rowViewportPosition(r) < viewport.height())
    columns = sum(1 for c in range(table.columnCount()) if 0 <= table.columnViewportPosition(c) < viewport.width())
    assert rows >= 10 and columns >= 6, (rows, columns)


def test_summary_lists_every_finding_of_a_500_column_export(wizard, tmp_path):
    from cartong_plugin.gui.wizard_common import DEFAULT_SIZE

    wizard.resize(DEFAULT_SIZE)
    headers = ["_uuid", "start", "end"] + [f"phone_{i}" if i % 5 == 0 else f"q_{i}" for i in range(497)]
    lines = [";".join(headers)]
    for row in range(30):
        lines.append(
            ";".join(
                [f"uuid-{row}", "2024-03-01T10:00:00", "2024-03-01T10:30:00"]
                + [f"+23670{row:06d}" if h.startswith("phone") else str(row) for h in headers[3:]]
            )
        )
    data = tmp_path / "wide.csv"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _import_through_wizard(wizard, data, None, tmp_path / "wide.gpkg")
    findings = wizard.run_page.findings
    table = wizard.findChild(QTableWidget, "personal_data")
    assert len([f for f in findings if f.column.startswith("phone_")]) == 100
    assert table.rowCount() == len(findings)
    assert table.isVisible() and table.viewport().height() >= 8 * table.rowHeight(0)
    assert table.verticalScrollBar().maximum() > 0  # the rest is a scroll away, not cut


# -- the output GeoPackage: follows the export, never replaced silently (attack_gui finding 1) -----------


@pytest.fixture()
def questions(monkeypatch):
    """What the user answers to the wizard's questions (No unless a test says otherwise)."""
    from qgis.PyQt.QtWidgets import QMessageBox

    asked = {"answer": QMessageBox.StandardButton.No, "questions": []}

    def question(parent, title, text, *args):
        asked["questions"].append(text)
        return asked["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _survey_rows(gpkg) -> int:
    import sqlite3

    with sqlite3.connect(str(gpkg)) as db:
        return db.execute('SELECT count(*) FROM "survey"').fetchone()[0]


def _small_export(folder) -> Path:
    export = folder / "children.csv"
    export.write_text("_uuid;name;age\nu1;Awa;4\nu2;Moussa;6\n", encoding="utf-8")
    return export


def test_output_follows_the_export_chosen_unless_typed_after_it(wizard, sample_copy, tmp_path):
    page = wizard.source_page
    page.output.setFilePath(str(tmp_path / "chosen_first.gpkg"))
    page.data.setFilePath(str(sample_copy / "household_survey_kobo.csv"))
    assert page.output.filePath() == str(sample_copy / "household_survey_kobo.gpkg")  # follows the export
    page.output.setFilePath(str(tmp_path / "mine.gpkg"))  # typed after the export: kept
    page.form.setFilePath(str(sample_copy / "household_survey_form.xlsx"))
    assert page.output.filePath() == str(tmp_path / "mine.gpkg")
    page.data.setFilePath(str(_small_export(tmp_path)))  # another export: its own GeoPackage
    assert page.output.filePath() == str(tmp_path / "children.gpkg")
    (tmp_path / "children.gpkg").write_bytes(b"an earlier import")
    page.data.setFilePath(str(sample_copy / "household_survey_kobo.csv"))
    page.data.setFilePath(str(tmp_path / "children.csv"))
    assert page.output.filePath() == str(tmp_path / "children_2.gpkg")  # a free name, never the earlier file


def test_reopened_wizard_does_not_import_into_the_last_output(wizard, sample_copy, tmp_path, questions):
    first = tmp_path / "first_survey.gpkg"
    _import_through_wizard(wizard, sample_copy / "household_survey_kobo.csv", None, first)
    assert _survey_rows(first) == 420
    wizard.accept()
    wizard.show()  # opened again: the first page, the last output no longer proposed
    page = wizard.source_page
    assert wizard.currentPage() is page and page.output.filePath() != str(first)
    page.data.setFilePath(str(_small_export(tmp_path)))
    assert page.output.filePath() == str(tmp_path / "children.gpkg")
    wizard.next()
    _wait_for_preview(wizard)
    wizard.next()
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    assert _survey_rows(first) == 420 and _survey_rows(tmp_path / "children.gpkg") == 2
    assert questions["questions"] == []


def test_an_existing_geopackage_is_replaced_only_when_the_user_says_yes(wizard, sample_copy, tmp_path, questions):
    from qgis.PyQt.QtWidgets import QMessageBox

    existing = tmp_path / "earlier.gpkg"
    existing.write_bytes(b"an earlier survey")
    _choose_files(wizard, _small_export(tmp_path), None, existing)
    wizard.next()  # asked; No: the page stays, the file is kept
    assert wizard.currentPage() is wizard.source_page
    assert len(questions["questions"]) == 1 and str(existing) in questions["questions"][0]
    assert "earlier_2.gpkg" in questions["questions"][0]
    assert existing.read_bytes() == b"an earlier survey"
    questions["answer"] = QMessageBox.StandardButton.Yes
    wizard.next()
    _wait_for_preview(wizard)
    wizard.next()
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    assert _survey_rows(existing) == 2


def test_a_geopackage_the_project_uses_is_never_replaced(wizard, sample_copy, tmp_path, questions):
    from qgis.PyQt.QtWidgets import QMessageBox

    first = tmp_path / "first_survey.gpkg"
    _import_through_wizard(wizard, sample_copy / "household_survey_kobo.csv", None, first)
    wizard.accept()
    wizard.show()
    questions["answer"] = QMessageBox.StandardButton.Yes  # even a Yes would not do
    _choose_files(wizard, _small_export(tmp_path), None, first)
    wizard.next()
    assert wizard.currentPage() is wizard.source_page and questions["questions"] == []
    problem = wizard.findChild(QLabel, "output_problem").text()
    assert str(first) in problem and "members" in problem and "survey" in problem
    assert _survey_rows(first) == 420
    wizard.source_page.output.setFilePath(str(tmp_path / "other.gpkg"))
    assert wizard.findChild(QLabel, "output_problem").text() == ""


def test_run_refuses_an_output_that_appeared_after_it_was_chosen(wizard, tmp_path, questions):
    output = tmp_path / "late.gpkg"
    _choose_files(wizard, _small_export(tmp_path), None, output)
    wizard.next()
    _wait_for_preview(wizard)
    wizard.next()
    output.write_bytes(b"written meanwhile by something else")
    wizard.next()
    assert wizard.run_page.task is None and "late.gpkg" in wizard.run_page.status.text()
    assert output.read_bytes() == b"written meanwhile by something else"


def test_back_and_next_are_held_while_the_import_runs(wizard, sample_copy, tmp_path, monkeypatch):
    import threading

    from qgis.PyQt.QtWidgets import QWizard

    import cartong_plugin.core.survey.importer as survey_import

    release, real_write = threading.Event(), survey_import._write

    def held_write(*args, **kwargs):
        release.wait(20)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(survey_import, "_write", held_write)
    _choose_files(wizard, _small_export(tmp_path), None, tmp_path / "held.gpkg")
    wizard.next()
    _wait_for_preview(wizard)
    wizard.next()
    wizard.next()
    run = wizard.run_page
    _wait(lambda: run.task is not None and run.task.status() == run.task.TaskStatus.Running)
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
        assert not wizard.button(which).isEnabled()
    assert run.cancel.isEnabled()
    release.set()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()


@pytest.mark.parametrize(("locale", "expected"), [("fr_FR", "Français (fr)"), ("de_DE", "English (en)")])
def test_label_language_follows_the_qgis_language_when_the_form_has_it(
    wizard, sample_copy, tmp_path, languages, locale, expected
):
    languages("", locale)
    _choose_files(
        wizard,
        sample_copy / "household_survey_kobo.csv",
        sample_copy / "household_survey_form.xlsx",
        tmp_path / "survey.gpkg",
    )
    wizard.next()  # preview
    _wait_for_preview(wizard)
    wizard.next()  # options: the form's default is English (en)
    assert wizard.findChild(QComboBox, "language").currentData() == expected
