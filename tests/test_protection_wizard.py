# SPDX-License-Identifier: GPL-3.0-or-later
"""The data protection wizard driven through its real widgets, on the survey written by the real import."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QTextDocument
from qgis.PyQt.QtWidgets import QLabel, QPlainTextEdit, QProgressBar, QWizard

from cartong_plugin.gui.protection.input_pages import COLUMNS, default_action
from cartong_plugin.gui.protection.wizard import ProtectionWizard
from tests.protection_data import aeqd_distance_m, read_gpkg_rows

REPO = Path(__file__).resolve().parent.parent
SCREENSHOT = REPO / "out" / "protection-wizard.png"
HOSTILE = "<img src=x onerror=alert(1)>"
TEST_KEY = b"wizard-test-key-0123456789abcdef"


def _wait(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        QgsApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture(scope="module")
def imported(qgis_app, sample_dir, tmp_path_factory):
    """The sample imported once by the real importer (copied per test before any change)."""
    from cartong_plugin.core.survey.importer import import_survey

    gpkg = tmp_path_factory.mktemp("imported") / "survey.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    return gpkg


@pytest.fixture()
def survey_gpkg(imported, tmp_path):
    target = tmp_path / "survey.gpkg"
    shutil.copy(imported, target)
    return target


@pytest.fixture()
def survey_layer(survey_gpkg, qgis_new_project):
    layer = QgsVectorLayer(f"{survey_gpkg}|layername=survey", "survey", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


@pytest.fixture()
def key(monkeypatch):
    """A fixed pseudonymisation key: the auth manager (master password) is tested in the core tests."""
    import cartong_plugin.core.protection.pseudonymise as pseudonymise

    monkeypatch.setattr(pseudonymise, "default_key", lambda: ("testcfg", TEST_KEY))
    monkeypatch.setattr(pseudonymise, "list_keys", lambda: [])
    return TEST_KEY


@pytest.fixture()
def wizard(qgis_iface, survey_layer, sample_dir, key):
    wizard = ProtectionWizard(qgis_iface, None)
    wizard.source_page.layer.setLayer(survey_layer)
    wizard.source_page.form.setFilePath(str(sample_dir / "household_survey_form.xlsx"))
    wizard.show()
    yield wizard
    wizard.reject()
    wizard.deleteLater()
    QgsApplication.processEvents()


def _to_findings(wizard):
    """Next from the first page, then wait for the personal data looked for in a task."""
    wizard.next()
    _wait(wizard.findings_page.isComplete)
    return wizard.findings_page


def _rows(wizard) -> dict[str, dict]:
    """{column: {header: text}} of the findings table as shown."""
    table = wizard.findings_page.table
    shown = {}
    for row in range(table.rowCount()):
        cells = {name: table.item(row, i).text() if table.item(row, i) else "" for i, name in enumerate(COLUMNS)}
        combo = table.cellWidget(row, COLUMNS.index("action"))
        cells["action"] = combo.currentData() if combo is not None else cells["action"]
        shown[cells["column"]] = cells
    return shown


def _to_output_page(wizard, output: Path, mode="displace", minimum=300, maximum=1500):
    _to_findings(wizard)
    wizard.next()  # locations
    location = wizard.location_page
    location.set_mode(mode)
    location.min_distance.setValue(minimum)
    location.max_distance.setValue(maximum)
    wizard.next()  # output
    wizard.output_page.output.setFilePath(str(output))


def test_findings_show_personal_columns_at_high_risk_removed_by_default(wizard):
    _to_findings(wizard)
    shown = _rows(wizard)
    for column in ("respondent_name", "phone", "location"):
        assert shown[column]["risk"] == "High", column
        assert shown[column]["action"] == "drop", column
    assert shown["deviceid"]["action"] == "pseudonymise"  # an identifier, medium risk
    assert shown["admin2_typed"]["action"] == "keep"  # free text to review
    assert shown["geometry"]["action"] == "Next page"
    for column in ("hh_size", "admin2", "_uuid"):
        assert column not in shown
    table = wizard.findings_page.table
    risk = table.item(list(shown).index("phone"), COLUMNS.index("risk"))
    assert risk.background().color().name() == "#f4a582"  # colour beside the word, never alone
    assert "look like phone numbers" in shown["phone"]["reason"]


def test_findings_page_screenshot(wizard):
    _to_findings(wizard)
    assert wizard.findings_page.table.rowCount() > 0
    QgsApplication.processEvents()  # let the layout settle: rows fit the final column widths
    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert wizard.grab().save(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def test_personal_data_is_looked_for_in_a_task_with_next_held_meanwhile(wizard, survey_layer, monkeypatch):
    """Every row is read (seconds on 100,000 submissions): never on the GUI thread, QGIS stays usable."""
    import threading

    import cartong_plugin.gui.protection.input_pages as input_pages

    real_detect = input_pages.detect_in_layer
    seen, release = [], threading.Event()

    def held_detect(layer, **kwargs):  # hold the detection until the test has seen the busy page
        seen.append((threading.current_thread(), layer))
        if threading.current_thread() is not threading.main_thread():  # on the GUI thread: a plain failure
            release.wait(20)
        return real_detect(layer, **kwargs)

    monkeypatch.setattr(input_pages, "detect_in_layer", held_detect)
    wizard.next()
    page = wizard.findings_page
    _wait(lambda: seen)  # the task has started (and holds)
    assert wizard.currentPage() is page and not page.isComplete()
    assert page.findChild(QLabel, "findings_status").text() == "Reading the file…"
    assert page.findChild(QProgressBar, "findings_busy").isVisible()
    assert page.table.rowCount() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # Back stays: it cancels the detection (tests/test_protection_wizard_cancel.py)
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    thread, layer = seen[0]
    assert thread is not threading.main_thread()
    assert layer is not survey_layer and layer.source() == survey_layer.source()  # the task's own copy
    release.set()
    _wait(page.isComplete)
    assert not page.findChild(QProgressBar, "findings_busy").isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    shown = _rows(wizard)
    assert shown["respondent_name"]["action"] == "drop" and shown["respondent_name"]["example"]
    assert "columns at high risk" in page.counts.text()


def test_a_form_that_cannot_be_read_shows_its_sentence_and_next_stays_disabled(wizard, tmp_path):
    broken = tmp_path / "broken_form.xlsx"
    broken.write_bytes(b"not a workbook")
    wizard.source_page.form.setFilePath(str(broken))
    wizard.next()
    page = wizard.findings_page
    _wait(lambda: not page.task_running() and page.problem.text())
    assert "broken_form.xlsx" in page.problem.text() and "Unexpected error" not in page.problem.text()
    assert not page.isComplete() and page.table.rowCount() == 0
    assert not page.findChild(QProgressBar, "findings_busy").isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()


def test_closing_the_wizard_during_the_detection_shows_nothing_from_it(wizard, monkeypatch):
    import threading

    import cartong_plugin.gui.protection.input_pages as input_pages

    real_detect = input_pages.detect_in_layer
    started, release = threading.Event(), threading.Event()

    def held_detect(layer, **kwargs):
        started.set()
        if threading.current_thread() is not threading.main_thread():
            release.wait(20)
        return real_detect(layer, **kwargs)

    monkeypatch.setattr(input_pages, "detect_in_layer", held_detect)
    wizard.next()
    page = wizard.findings_page
    _wait(started.is_set)
    wizard.reject()
    assert not page.task_running()
    release.set()
    _wait(lambda: not QgsApplication.taskManager().countActiveTasks())
    QgsApplication.processEvents()
    assert page.table.rowCount() == 0 and not page.isComplete()


def test_keeping_a_high_risk_column_shows_a_warning(wizard):
    page = _to_findings(wizard)
    assert page.warning.isHidden()
    page.set_action("respondent_name", "keep")
    assert not page.warning.isHidden()
    assert "respondent_name" in page.warning.text()


def test_markup_in_a_value_is_shown_literally(survey_gpkg, wizard):
    ds = ogr.Open(str(survey_gpkg), update=1)
    ds.ExecuteSQL(f"UPDATE survey SET respondent_name = '{HOSTILE}' WHERE fid = 1")
    ds = None
    _to_findings(wizard)
    table = wizard.findings_page.table
    row = list(_rows(wizard)).index("respondent_name")
    item = table.item(row, COLUMNS.index("example"))
    assert item.text() == HOSTILE
    rendered = QTextDocument()
    rendered.setHtml(item.toolTip())  # tooltips are rich text: the escaped markup renders as itself
    assert rendered.toPlainText() == HOSTILE


def test_export_with_displacement_writes_a_protected_file_and_readme(wizard, survey_gpkg, tmp_path, key):
    output = tmp_path / "out" / "shared.gpkg"
    output.parent.mkdir()
    _to_output_page(wizard, output)
    plan = wizard.findChild(QPlainTextEdit, "plan").toPlainText()
    assert "respondent_name" in plan and "300 to 1500 m" in plan
    wizard.next()  # run in a QgsTask, then the summary by itself
    _wait(lambda: wizard.currentPage() is wizard.summary_page)

    names, rows = read_gpkg_rows(output, "shared_survey")
    assert "respondent_name" not in names and "phone" not in names
    assert not [n for n in names if "location" in n]
    source = {r["_index"]: r for r in read_gpkg_rows(survey_gpkg, "survey")[1]}
    moved = 0
    for row in rows:
        original = source[row["_index"]]
        if "_x" in original:
            distance = aeqd_distance_m(original["_x"], original["_y"], row["_x"], row["_y"])
            assert 300 - 0.5 <= distance <= 1500 + 0.5
            moved += 1
    # every point moved but those of the households that refused consent, which are not shared
    assert moved == sum(1 for r in source.values() if "_x" in r and r["consent"] != "no") > 400
    from cartong_plugin.core.protection.pseudonymise import pseudonymise_value

    first = next(r for r in rows if source[r["_index"]]["deviceid"])
    assert first["deviceid"] == pseudonymise_value(source[first["_index"]]["deviceid"], key)

    readme = output.with_name("shared.gpkg.README.txt")
    assert "Points moved in a random direction by 300 to 1500 m" in readme.read_text(encoding="utf-8")
    summary = wizard.findChild(QPlainTextEdit, "actions").toPlainText()
    assert "points moved in a random direction by 300 to 1500 m" in summary
    assert "4 submissions refused consent (\u2066consent\u2069): they were left out of the shared file." in summary
    links = wizard.findChild(QLabel, "links").text()
    assert "shared.gpkg.README.txt" in links and "Open the README note" in links


def test_a_new_key_for_one_recipient_gives_pseudonyms_nobody_can_link(wizard, tmp_path, monkeypatch, key):
    import cartong_plugin.core.protection.pseudonymise as pseudonymise
    from cartong_plugin.core.protection.pseudonymise import pseudonymise_value

    created, partner = [], b"partner-key-0123456789abcdef0123"
    monkeypatch.setattr(pseudonymise, "create_key", lambda label: created.append(label) or ("newcfg", b"n" * 32))
    monkeypatch.setattr(pseudonymise, "list_keys", lambda: [("partnercfg", "CartONG pseudonymisation key - NGO")])
    monkeypatch.setattr(pseudonymise, "load_key", lambda authcfg: {"partnercfg": partner}[authcfg])
    output = tmp_path / "for_partner.gpkg"
    _to_output_page(wizard, output, mode="drop")
    choice = wizard.output_page.key_choice
    assert [choice.itemData(i) for i in range(choice.count())] == ["default", "new", "partnercfg", "file", "new_file"]
    assert choice.isEnabled()  # deviceid is pseudonymised by default
    choice.setCurrentIndex(choice.findData("new"))
    assert wizard.output_page.validatePage() and wizard.output_page.validatePage()
    assert created == ["for_partner.gpkg"] and wizard.output_page.key == b"n" * 32  # one key, made once
    choice.setCurrentIndex(choice.findData("partnercfg"))
    assert wizard.output_page.validatePage() and wizard.output_page.key == partner
    choice.setCurrentIndex(choice.findData("new"))
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    rows = read_gpkg_rows(output, "shared_survey")[1]
    assert len(created) == 1
    source_devices = {
        r["_index"]: r["deviceid"]
        for r in read_gpkg_rows(Path(wizard.source_page.layer.currentLayer().source().split("|")[0]), "survey")[1]
    }
    first = next(r for r in rows if source_devices[r["_index"]])
    assert first["deviceid"] == pseudonymise_value(source_devices[first["_index"]], b"n" * 32)
    assert first["deviceid"] != pseudonymise_value(source_devices[first["_index"]], key)


def test_export_to_csv_is_chosen_by_the_file_name(wizard, tmp_path):
    output = tmp_path / "shared.csv"
    _to_output_page(wizard, output, mode="drop")
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    header = output.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert "hh_size" in header and "phone" not in header and "longitude" not in header


def test_progress_is_shown_and_cancel_leaves_no_output(wizard, tmp_path, monkeypatch):
    import cartong_plugin.core.protection.share_records as share_records

    real_check = share_records._check

    def slow_check(feedback):  # hold each row until the test has pressed cancel
        time.sleep(0.05)
        real_check(feedback)

    monkeypatch.setattr(share_records, "_check", slow_check)  # where the rows are read
    output = tmp_path / "out" / "cancelled.gpkg"
    output.parent.mkdir()
    _to_output_page(wizard, output)
    wizard.next()
    run = wizard.run_page
    _wait(lambda: run.progress.value() > 0)  # the task reports its progress while it runs
    assert run.is_running()
    run.cancel.click()
    _wait(lambda: not run.is_running())
    assert "cancelled" in wizard.findChild(QLabel, "status").text()
    assert wizard.currentPage() is run and not run.isComplete()
    assert list(output.parent.iterdir()) == []


def test_summary_has_no_way_back_to_a_second_run(wizard, tmp_path):
    _to_output_page(wizard, tmp_path / "shared.gpkg", mode="drop")
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()


def test_finish_starts_the_next_share_on_the_first_page_with_a_new_file(wizard, survey_gpkg):
    _to_output_page(wizard, survey_gpkg.with_name("survey_shared.gpkg"), mode="drop")
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    wizard.accept()
    wizard.show()
    assert wizard.currentPage() is wizard.source_page
    _to_findings(wizard)
    wizard.next()
    wizard.next()
    assert Path(wizard.output_page.output.filePath()) == survey_gpkg.with_name("survey_shared_2.gpkg")


def test_counts_by_admin_area_hide_small_counts(wizard, sample_dir, tmp_path):
    admin = QgsVectorLayer(f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2", "admin2", "ogr")
    QgsProject.instance().addMapLayer(admin)
    _to_findings(wizard)
    wizard.next()
    location = wizard.location_page
    location.set_mode("aggregate")
    location.admin_layer.setLayer(admin)
    location.k.setValue(10)
    assert location.area_field.currentField() == "admin2" and location.admin_code.currentField() == "adm2_pcode"
    wizard.next()
    output = tmp_path / "counts.gpkg"
    wizard.output_page.output.setFilePath(str(output))
    assert "no individual record" in wizard.output_page.plan.toPlainText()
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    names, rows = read_gpkg_rows(output, "shared_counts")
    assert names == ["area_code", "total"]
    shown = [r["total"] for r in rows if r["total"] is not None]
    assert [t for t in shown if t >= 10] and not [t for t in shown if 0 < t < 10]  # zero is no one to find
    assert any(r["total"] is None for r in rows)  # areas with 1..9 submissions are hidden
    assert {r["_geom_type"] for r in rows} == {"MULTIPOLYGON"}


def test_a_table_without_points_cannot_be_displaced(wizard, survey_gpkg):
    raw = QgsVectorLayer(f"{survey_gpkg}|layername=raw_survey", "raw_survey", "ogr")
    QgsProject.instance().addMapLayer(raw)
    wizard.source_page.layer.setLayer(raw)
    wizard.source_page.form.setFilePath("")
    _to_findings(wizard)
    wizard.next()
    location = wizard.location_page
    assert location.mode() == "drop"
    assert not location.mode_buttons["displace"].isEnabled() and not location.mode_buttons["keep"].isEnabled()


def test_help_button_opens_the_data_protection_page(wizard, qgis_iface):
    from cartong_plugin.gui.learning.help_dock import HelpDock
    from cartong_plugin.gui.learning.learn_menu import unload_help

    _to_findings(wizard)
    try:
        wizard.helpRequested.emit()
        dock = qgis_iface.mainWindow().findChild(HelpDock)
        assert dock.page_id == "data_protection"
        assert dock.browser.source().fileName() == "data_protection.html"
    finally:
        unload_help(qgis_iface)


def test_output_defaults_beside_the_survey_and_cannot_replace_it(wizard, survey_gpkg):
    _to_findings(wizard)
    wizard.next()
    wizard.next()
    page = wizard.output_page
    assert Path(page.output.filePath()) == survey_gpkg.with_name("survey_shared.gpkg")
    page.output.setFilePath(str(survey_gpkg))
    wizard.next()
    assert wizard.currentPage() is page and "cannot replace the survey" in page.problem.text()


def test_a_memory_layer_is_exported_from_a_copy(wizard, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    memory = QgsVectorLayer("Point?crs=EPSG:4326&field=full_name:string&field=hh_size:integer", "drawn", "memory")
    features = []
    for index in range(6):
        feature = QgsFeature(memory.fields())
        feature.setAttributes([f"Person {index}", index + 1])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(18.5 + index / 10, 4.3)))
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(memory)
    wizard.source_page.layer.setLayer(memory)
    wizard.source_page.form.setFilePath("")
    output = tmp_path / "drawn.gpkg"
    _to_output_page(wizard, output)
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    names, rows = read_gpkg_rows(output, "shared_survey")
    assert names == ["hh_size"] and len(rows) == 6
    for row in rows:
        original = 18.5 + (row["hh_size"] - 1) / 10
        assert 300 - 0.5 <= aeqd_distance_m(original, 4.3, row["_x"], row["_y"]) <= 1500 + 0.5


def test_displacement_needs_a_minimum_below_the_maximum(wizard):
    _to_findings(wizard)
    wizard.next()
    location = wizard.location_page
    location.min_distance.setValue(3000)
    location.max_distance.setValue(1000)
    wizard.next()
    assert wizard.currentPage() is location
    assert "minimum distance" in location.problem.text()


def test_default_action_follows_risk_then_suggestion():
    from cartong_plugin.core.protection.detect import Finding

    def finding(risk, category, suggested):
        return Finding("c", category, risk, "name", "", suggested)

    assert default_action(finding("high", "location", "displace")) == "drop"
    assert default_action(finding("high", "device_id", "pseudonymise")) == "drop"
    assert default_action(finding("medium", "staff_name", "pseudonymise")) == "pseudonymise"
    assert default_action(finding("medium", "id_number", "drop")) == "pseudonymise"
    assert default_action(finding("medium", "birth_date", "drop")) == "drop"
    assert default_action(finding("medium", "free_text", "review")) == "keep"


# -- defaults and the key page (issue #15) -------------------------------------------------------


def test_the_imported_survey_is_preselected_not_a_background_layer(qgis_iface, survey_layer, sample_dir, key):
    countries = QgsVectorLayer(f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin1", "Countries", "ogr")
    QgsProject.instance().addMapLayer(countries)
    qgis_iface.setActiveLayer(countries)  # what a map export leaves active
    wizard = ProtectionWizard(qgis_iface, None)
    try:
        assert wizard.source_page.layer.currentLayer() is survey_layer
        wizard.source_page.layer.setLayer(countries)  # the user's own choice, then Finish: the survey again
        wizard._forget_output()
        assert wizard.source_page.layer.currentLayer() is survey_layer
    finally:
        wizard.reject()
        QgsProject.instance().removeMapLayer(countries.id())


def test_key_page_says_before_export_that_qgis_may_ask_its_master_password(wizard, tmp_path):
    _to_output_page(wizard, tmp_path / "shared.gpkg", mode="drop")
    page = wizard.output_page
    assert page.key_choice.currentData() == "default"
    assert "password store" in page.key_note.text() and "master password" in page.key_note.text()
    assert page.key_file.isHidden()
    choices = [page.key_choice.itemData(i) for i in range(page.key_choice.count())]
    assert choices[-2:] == ["file", "new_file"]
    page.key_choice.setCurrentIndex(page.key_choice.findData("file"))
    assert not page.key_file.isHidden() and "password store is not used" in page.key_note.text()
    assert not page.isComplete()  # the file is still to be named


def test_a_new_key_saved_to_a_file_needs_no_password_store(wizard, tmp_path, monkeypatch):
    import cartong_plugin.core.protection.pseudonymise as pseudonymise
    from cartong_plugin.core.protection.pseudonymise import key_from_named_source, pseudonymise_value

    def no_store(*_args):
        raise AssertionError("the password store was used")

    for name in ("default_key", "create_key", "load_key", "store_key"):
        monkeypatch.setattr(pseudonymise, name, no_store)
    output, key_file = tmp_path / "one_off.gpkg", tmp_path / "one_off.key"
    _to_output_page(wizard, output, mode="drop")
    page = wizard.output_page
    page.key_choice.setCurrentIndex(page.key_choice.findData("new_file"))
    page.key_file.setFilePath(str(key_file))
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    key = key_from_named_source(f"file:{key_file}")
    assert len(key) == 32 and oct(key_file.stat().st_mode & 0o777) == "0o600"
    rows = read_gpkg_rows(output, "shared_survey")[1]
    source = {
        r["_index"]: r["deviceid"]
        for r in read_gpkg_rows(Path(wizard.source_page.layer.currentLayer().source().split("|")[0]), "survey")[1]
    }
    first = next(r for r in rows if source[r["_index"]])
    assert first["deviceid"] == pseudonymise_value(source[first["_index"]], key)
    summary = wizard.summary_page.actions.toPlainText()
    assert f"in the key file \u2066{key_file}\u2069" in summary and "authentication database" not in summary


def test_an_existing_key_file_is_never_replaced_by_a_new_key(wizard, tmp_path):
    _to_output_page(wizard, tmp_path / "shared.gpkg", mode="drop")
    page = wizard.output_page
    kept = tmp_path / "mine.key"
    kept.write_text("ab" * 32 + "\n", encoding="utf-8")
    page.key_choice.setCurrentIndex(page.key_choice.findData("new_file"))
    page.key_file.setFilePath(str(kept))
    assert not page.validatePage()
    assert "mine.key already exists" in page.problem.text()
    assert kept.read_text(encoding="utf-8") == "ab" * 32 + "\n"
    page.key_choice.setCurrentIndex(page.key_choice.findData("file"))
    assert page.validatePage() and page.key == bytes.fromhex("ab" * 32)


def test_a_key_pasted_into_the_key_file_box_is_not_quoted(wizard, tmp_path, monkeypatch):
    # attack 19leak, finding 2: what is not a file may be the key itself, pasted there by mistake
    monkeypatch.chdir(tmp_path)
    _to_output_page(wizard, tmp_path / "shared.gpkg", mode="drop")
    page = wizard.output_page
    page.key_choice.setCurrentIndex(page.key_choice.findData("file"))
    page.key_file.setFilePath("cd" * 32)
    assert not page.validatePage()
    assert page.problem.text() == (
        "No file exists at the path typed in Key file: choose the file that holds the key, not the key."
    )
    assert not (tmp_path / "shared.gpkg").exists()


def test_an_existing_file_is_replaced_only_on_yes_and_never_one_the_project_uses(wizard, tmp_path, monkeypatch):
    """attack_gui finding 1, in the protection wizard: an existing shared file is never replaced silently."""
    from qgis.PyQt.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    earlier = tmp_path / "earlier_share.gpkg"
    earlier.write_bytes(b"an earlier share")
    _to_output_page(wizard, earlier)
    page = wizard.output_page
    wizard.next()  # asked; No: the page stays and the file is kept
    assert wizard.currentPage() is page and len(asked) == 1 and str(earlier) in asked[0]
    assert earlier.read_bytes() == b"an earlier share"
    shutil.copy(wizard.source_page.layer.currentLayer().source().split("|")[0], tmp_path / "other.gpkg")
    other = QgsVectorLayer(f"{tmp_path / 'other.gpkg'}|layername=survey", "other survey", "ogr")
    assert other.isValid()
    QgsProject.instance().addMapLayer(other)
    page.output.setFilePath(str(tmp_path / "other.gpkg"))
    wizard.next()  # refused without a question: the project reads it
    assert wizard.currentPage() is page and len(asked) == 1
    assert "other survey" in page.problem.text()
    QgsProject.instance().removeMapLayer(other.id())


def test_a_date_of_birth_is_shown_as_a_date(qgis_iface, survey_gpkg, sample_dir, key, qgis_new_project):
    """The example of a date column read PyQt5.QtCore.QDate(1990, 5, 17): shown as the user wrote it."""
    import sqlite3
    from contextlib import closing

    from cartong_plugin.core.survey.gpkg_writer import triggers_suspended

    with closing(sqlite3.connect(survey_gpkg)) as db:
        db.execute("ALTER TABLE survey ADD COLUMN date_of_birth DATE")
        with triggers_suspended(db, ["survey"]):  # GDAL's R-tree triggers call ST_ functions sqlite3 lacks
            db.execute("UPDATE survey SET date_of_birth = '1990-05-17'")
        db.commit()
    layer = QgsVectorLayer(f"{survey_gpkg}|layername=survey", "survey", "ogr")
    assert layer.isValid() and layer.fields().field("date_of_birth").typeName().lower() == "date"
    QgsProject.instance().addMapLayer(layer)
    wizard = ProtectionWizard(qgis_iface, None)
    try:
        wizard.source_page.layer.setLayer(layer)
        wizard.show()
        _to_findings(wizard)
        assert _rows(wizard)["date_of_birth"]["example"] == "1990-05-17"
    finally:
        wizard.reject()
        wizard.deleteLater()
        QgsProject.instance().removeMapLayer(layer.id())
        QgsApplication.processEvents()


def test_column_names_and_key_file_in_the_summary_stay_left_to_right(qgis_app):
    """In Arabic the key file's "/" and a column's "_" were drawn at the other end (attack-gui2 #2)."""
    from cartong_plugin.gui.protection.output_pages import describe_action

    action = {
        "action": "pseudonymise",
        "columns": ["_submitted_by", "phone"],
        "parameters": {"key_fingerprint": "ab12"},
    }
    sentence = describe_action(action, "/data/keys/survey.key")
    assert "\u2066/data/keys/survey.key\u2069" in sentence
    assert "\u2066_submitted_by\u2069, \u2066phone\u2069" in sentence


def test_the_cleaned_survey_is_preselected_as_in_the_map_wizard(qgis_iface, survey_layer, survey_gpkg, key):
    """The raw survey was preselected while its cleaned copy was in the project: the shared file and the
    published map disagreed (attack-gui2 #3)."""
    from osgeo import gdal

    gdal.VectorTranslate(
        str(survey_gpkg), str(survey_gpkg), accessMode="update", layers=["survey"], layerName="survey_cleaned"
    )
    cleaned = QgsVectorLayer(f"{survey_gpkg}|layername=survey_cleaned", "survey (cleaned)", "ogr")
    assert cleaned.isValid()
    QgsProject.instance().addMapLayer(cleaned)
    wizard = ProtectionWizard(qgis_iface, None)
    try:
        for active in (None, survey_layer):  # nothing selected, or the raw table of the same GeoPackage
            wizard.source_page.choose_survey(active)
            assert wizard.source_page.layer.currentLayer() is cleaned
    finally:
        wizard.deleteLater()
        QgsProject.instance().removeMapLayer(cleaned.id())


def test_arabic_findings_draw_column_names_left_to_right(wizard):
    """The findings table drew ``_location_latitude`` as ``location_latitude_`` in Arabic (seen on the final
    screenshots): its column names run as typed, on the right-hand side."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QStyleOptionViewItem

    page = _to_findings(wizard)
    wizard.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    column = COLUMNS.index("column")
    option = QStyleOptionViewItem()
    option.initFrom(page.table)
    delegate = page.table.itemDelegateForColumn(column)
    assert delegate is not None
    delegate.initStyleOption(option, page.table.model().index(1, column))
    assert option.direction == Qt.LayoutDirection.LeftToRight and option.displayAlignment & Qt.AlignmentFlag.AlignRight


def test_the_reasons_draw_the_column_names_they_quote_left_to_right(wizard):
    """The "why" column quoted ``_submitted_by`` inside an Arabic sentence, drawn ``submitted_by_``: each
    column name a reason quotes is an isolated left-to-right run, as in the details under the table."""
    page = _to_findings(wizard)
    reasons = {cells["column"]: cells["reason"] for cells in _rows(wizard).values()}
    quoted = [(column, reason) for column, reason in reasons.items() if column in reason.replace("\u2066", "")]
    assert quoted, reasons  # some reason quotes its column
    for column, reason in quoted:
        assert f"\u2066{column}\u2069" in reason
    page.table.setCurrentCell(0, 0)
    page._show_details(0)
    assert page.details.text().startswith(f"\u2066{page.findings[0].column}\u2069: ")
