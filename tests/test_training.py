# SPDX-License-Identifier: GPL-3.0-or-later
"""Training mode: steps tick on real outputs (GeoPackages, project layers, layouts, PDFs); reset restores."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from osgeo import gdal, ogr
from qgis.core import (
    QgsApplication,
    QgsLayoutItemMap,
    QgsPrintLayout,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.cleaning.log import LogEntry
from cartong_plugin.core.cleaning.log_files import write_log_to_gpkg
from cartong_plugin.core.learning.help_catalogue import LANGUAGES, WIZARD_PAGES
from cartong_plugin.core.learning.training import STATE_FILE, TrainingSession, load_exercises
from cartong_plugin.core.maps.export import export_layout

gdal.UseExceptions()


@pytest.fixture()
def session(tmp_path, sample_dir, qgis_app) -> TrainingSession:
    if not (sample_dir / "household_survey_kobo.csv").is_file():
        pytest.skip("the sample dataset is not built yet")
    return TrainingSession.start(tmp_path / "training", sample=sample_dir)


def _survey_geopackage(session: TrainingSession) -> Path:
    """outputs/survey.gpkg from the real sample export, written with OGR: the typed point
    layer ``survey`` and the text table ``raw_survey`` (what the import produces)."""
    csv = session.data_dir / "household_survey_kobo.csv"
    target = session.output_dir / "survey.gpkg"
    gdal.VectorTranslate(
        str(target),
        str(csv),
        layerName="survey",
        options=[
            "-oo",
            "SEPARATOR=SEMICOLON",
            "-oo",
            "X_POSSIBLE_NAMES=_location_longitude",
            "-oo",
            "Y_POSSIBLE_NAMES=_location_latitude",
            "-oo",
            "AUTODETECT_TYPE=YES",
            "-a_srs",
            "EPSG:4326",
            "-nlt",
            "POINT",
        ],
    )
    gdal.VectorTranslate(
        str(target),
        str(csv),
        layerName="raw_survey",
        accessMode="update",
        options=["-oo", "SEPARATOR=SEMICOLON", "-nlt", "NONE"],
    )
    return target


def _training_project(session: TrainingSession) -> QgsProject:
    """The session's training.qgz, as the panel judges it (steps in another project never tick)."""
    project = QgsProject()
    assert project.read(str(session.project_path))
    return project


def _uuids(gpkg: Path, count: int) -> list[str]:
    dataset = ogr.Open(str(gpkg))
    layer = dataset.GetLayerByName("survey")
    return [feature.GetField("_uuid") for _i, feature in zip(range(count), layer)]


def _pdf_of_admin2(session: TrainingSession, project: QgsProject, path: Path) -> Path:
    """A layout mapping the submissions counted by admin2 area (as the map wizard builds it), exported."""
    from cartong_plugin.core.maps import aggregate

    admin2 = QgsVectorLayer(f"{session.data_dir / 'admin_boundaries.gpkg'}|layername=admin2", "admin2", "ogr")
    survey = QgsVectorLayer(f"{_survey_geopackage(session)}|layername=survey", "survey", "ogr")
    assert admin2.isValid() and survey.isValid()
    counts, _ = aggregate.count_layer(survey, admin2)
    return export_layout(_layout_of(project, counts, "admin2"), path)


def _layout_of(project: QgsProject, layer, name: str) -> QgsPrintLayout:
    """A print layout named ``name`` in ``project`` with one map of ``layer`` (None: an empty page)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    if layer is not None:
        project.addMapLayer(layer)
        map_item = QgsLayoutItemMap(layout)
        map_item.attemptSetSceneRect(map_item.rect().adjusted(0, 0, 200, 150))
        map_item.setLayers([layer])
        map_item.setExtent(layer.extent())
        layout.addLayoutItem(map_item)
    project.layoutManager().addLayout(layout)
    return layout


def _wait_until(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.05)
    return condition()


def test_exercises_exist_in_every_language_and_point_to_help_pages():
    exercises = load_exercises()
    assert [e.id for e in exercises] == ["import", "clean", "map", "export"]
    for exercise in exercises:
        assert set(exercise.titles) >= set(LANGUAGES) and len(set(exercise.titles.values())) == len(LANGUAGES)
        for step in exercise.steps:
            assert set(step.titles) >= set(LANGUAGES) and set(step.hints) >= set(LANGUAGES), step.id
            assert len(set(step.titles.values())) == len(LANGUAGES), step.titles  # each one translated
            assert len(set(step.hints.values())) == len(LANGUAGES), step.hints
            assert step.help_page in WIZARD_PAGES, step.id


def test_start_copies_the_sample_and_writes_a_ready_project(session, sample_dir):
    assert (session.data_dir / "household_survey_kobo.csv").read_bytes() == (
        sample_dir / "household_survey_kobo.csv"
    ).read_bytes()
    assert not (session.data_dir / "faults.csv").exists()  # the answers stay with the trainer
    project = QgsProject()
    assert project.read(str(session.project_path))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert set(layers) == {"admin1", "admin2"}
    assert all(layer.isValid() and layer.featureCount() > 0 for layer in layers.values())
    opening_view = project.viewSettings().defaultViewExtent()  # on the country, not an empty 1:1 map
    assert opening_view.contains(layers["admin1"].extent()) and not opening_view.isEmpty()
    # a quiet base: light sous-préfectures under the prefecture borders (outline only, drawn on top)
    order = [layer.name() for layer in project.layerTreeRoot().layerOrder()]
    assert order == ["admin1", "admin2"]
    assert layers["admin1"].renderer().symbol().symbolLayer(0).brushStyle() == Qt.BrushStyle.NoBrush
    assert layers["admin2"].renderer().symbol().color().name() == "#e8e8e8"


def test_the_training_project_carries_no_account_name(session):
    """Trainers copy the folder to every participant: not the trainer's account as author or last saver."""
    import xml.etree.ElementTree as ET
    import zipfile

    with zipfile.ZipFile(session.project_path) as qgz:
        root = ET.fromstring(qgz.read(next(n for n in qgz.namelist() if n.endswith(".qgs"))))
    assert [author.text or "" for author in root.iter("author")] == [""]
    assert "saveUser" not in root.attrib and "saveUserFull" not in root.attrib


def test_start_refuses_a_folder_that_is_not_empty(tmp_path, sample_dir, qgis_app):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CartongError, match="not empty"):
        TrainingSession.start(tmp_path, sample=sample_dir)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_no_step_is_ticked_at_the_start(session):
    project = _training_project(session)
    assert session.evaluate(project) == []
    assert session.done == {}


def test_import_steps_tick_on_a_real_survey_geopackage(session):
    project = _training_project(session)
    _survey_geopackage(session)
    assert set(session.evaluate(project)) == {"import_survey", "raw_kept"}
    layer = QgsVectorLayer(f"{session.output_dir / 'survey.gpkg'}|layername=survey", "survey", "ogr")
    assert layer.isValid() and layer.featureCount() > 100
    project.addMapLayer(layer)
    assert session.evaluate(project) == ["survey_on_map"]
    reopened = TrainingSession.open(session.folder)  # progress is saved with its times
    assert set(reopened.done) == {"import_survey", "raw_kept", "survey_on_map"}


def _run_algorithm(algorithm_id: str, parameters: dict) -> dict:
    """QgsProcessingAlgorithm.run as the Processing dialog calls it (processing.run() is shadowed by
    CartongAlgorithm.run, see tests/test_import_algorithm.py)."""
    from qgis.core import QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingFeedback

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    if algorithm is None:
        pytest.skip(f"{algorithm_id} is not registered yet")
    results, ok = QgsProcessingAlgorithm.run(
        algorithm, parameters, QgsProcessingContext(), QgsProcessingFeedback(), {}, False
    )
    assert ok, algorithm_id
    return results


def test_steps_tick_on_the_outputs_of_the_real_algorithms(session, cartong_provider):
    """The trainee's real path: import, checks, a decision, counts by admin area and the PDF map."""
    from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg

    survey = session.output_dir / "survey.gpkg"
    admin2 = f"{session.data_dir / 'admin_boundaries.gpkg'}|layername=admin2"
    project = _training_project(session)
    _run_algorithm(
        "cartong:importsurvey",
        {
            "DATA": str(session.data_dir / "household_survey_kobo.csv"),
            "FORM": str(session.data_dir / "household_survey_form.xlsx"),
            "LANGUAGE": "Français (fr)",
            "OUTPUT": str(survey),
        },
    )
    assert set(session.evaluate(project)) == {"import_survey", "raw_kept"}
    project.addMapLayer(QgsVectorLayer(f"{survey}|layername=survey", "survey", "ogr"))
    assert session.evaluate(project) == ["survey_on_map"]

    _run_algorithm("cartong:runchecks", {"INPUT": f"{survey}|layername=survey", "ADMIN": admin2})
    assert session.evaluate(project) == ["run_checks"]  # proposals of the checks are not decisions
    log = read_log_from_gpkg(survey)
    log[0].change_type, log[0].explanation, log[0].who = "no_action", "checked with the enumerator", "trainee"
    write_log_to_gpkg(log, survey)
    assert session.evaluate(project) == ["decide"]

    counts = _run_algorithm(
        "cartong:countbyadmin",
        {
            "POINTS": f"{survey}|layername=survey",
            "ADMIN": admin2,
            "ADMIN_CODE": "adm2_pcode",
            "OUTPUT": str(session.output_dir / "counts.gpkg"),
        },
    )
    _run_algorithm(
        "cartong:exportmappdf", {"POLYGONS": counts["OUTPUT"], "OUTPUT": str(session.output_dir / "map.pdf")}
    )
    assert session.evaluate(project) == ["pdf"]
    assert set(session.done) == {s.id for _e, s in session.steps()} - {"layout"}


def test_a_broken_or_half_written_geopackage_does_not_tick_nor_fail(session):
    (session.output_dir / "survey.gpkg").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    (session.output_dir / "other.gpkg").write_bytes(b"")
    assert session.evaluate() == []


def test_cleaning_steps_tick_on_the_cleaning_log_table(session):
    gpkg = _survey_geopackage(session)
    session.evaluate()
    first, second = _uuids(gpkg, 2)
    write_log_to_gpkg(
        [
            LogEntry(
                uuid=first,
                question="hh_size",
                old_value="45",
                issue="outside constraint",
                check_id="outliers.constraint",
            ),
            LogEntry(
                uuid=second,
                question="_uuid",
                issue="duplicate",
                check_id="duplicates.uuid",
                change_type="remove_survey",
            ),
        ],
        gpkg,
    )
    assert session.evaluate() == ["run_checks"]  # the checks' own proposals are no decision
    write_log_to_gpkg(
        [
            LogEntry(
                uuid=first,
                question="hh_size",
                old_value="45",
                new_value="4",
                issue="outside constraint",
                check_id="outliers.constraint",
                change_type="change_response",
                explanation="confirmed by phone",
                who="trainee",
            )
        ],
        gpkg,
    )
    assert session.evaluate() == ["decide"]


def test_map_and_pdf_steps_tick_on_a_layout_and_a_real_pdf(session):
    project = _training_project(session)
    (session.output_dir / "map.pdf").write_bytes(b"not a pdf at all" * 100)
    assert "pdf" not in session.evaluate(project)
    (session.output_dir / "map.pdf").unlink()
    _pdf_of_admin2(session, project, session.output_dir / "admin2.pdf")
    assert (session.output_dir / "admin2.pdf").read_bytes()[:4] == b"%PDF"
    assert set(session.evaluate(project)) == {"import_survey", "raw_kept", "layout", "pdf"}


def test_reset_restores_the_start_state(session):
    start = dict(session.state["start_files"])
    _survey_geopackage(session)
    (session.data_dir / "household_survey_kobo.csv").write_text("edited by a trainee", encoding="utf-8")
    (session.folder / "extra").mkdir()
    session.evaluate()
    assert session.done
    session.reset()
    assert TrainingSession._snapshot(session.folder) == start
    assert not (session.output_dir / "survey.gpkg").exists() and not (session.folder / "extra").exists()
    assert session.done == {} and session.evaluate() == []
    assert [e["event"] for e in TrainingSession.open(session.folder).state["events"]][-1] == "reset"
    assert (session.folder / STATE_FILE).is_file()


def test_summary_lists_what_was_done_with_times(session, tmp_path):
    _survey_geopackage(session)
    session.evaluate()
    markdown = session.export_summary(tmp_path / "summary.md", language="fr").read_text(encoding="utf-8")
    assert "✔ Importez data/household_survey_kobo.csv" in markdown
    assert "☐ Exportez la carte en PDF dans le dossier outputs" in markdown
    assert session.done["import_survey"][:16].replace("T", " ") in markdown
    page = session.export_summary(tmp_path / "summary.html", language="en").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Check that the raw table raw_survey" in page


def test_panel_ticks_steps_when_outputs_appear(session, qgis_iface, qgis_new_project):
    from cartong_plugin.gui.learning.training_panel import TrainingPanel

    project = QgsProject.instance()
    assert project.read(str(session.project_path))  # what start_training_session opens
    panel = TrainingPanel(session, qgis_iface.mainWindow(), project=project, language="fr")
    try:
        assert not panel.is_ticked("import_survey")
        assert panel.step_items["import_survey"].text().startswith("Importez")
        _survey_geopackage(session)  # seen by the folder watcher, no explicit refresh
        assert _wait_until(lambda: panel.is_ticked("import_survey") and panel.is_ticked("raw_kept"))
        project.addMapLayer(QgsVectorLayer(f"{session.output_dir / 'survey.gpkg'}|layername=survey", "survey", "ogr"))
        assert _wait_until(lambda: panel.is_ticked("survey_on_map"))
        panel.reset()
        assert not panel.is_ticked("import_survey") and not (session.output_dir / "survey.gpkg").exists()
        assert {layer.name() for layer in project.mapLayers().values()} == {"admin1", "admin2"}
    finally:
        panel.close()
        panel.deleteLater()
        project.clear()


@pytest.fixture()
def remembered_settings(monkeypatch):
    """What start_training_session saves in QgsSettings, kept in memory (the test profile stays clean)."""
    import cartong_plugin.gui.learning.training_panel as training_panel

    saved = {}

    class MemorySettings:
        def setValue(self, key, value):  # noqa: N802
            saved[key] = value

    monkeypatch.setattr(training_panel, "QgsSettings", MemorySettings)
    return saved


def test_start_training_session_opens_the_project_and_the_panel_then_continues_it(
    qgis_iface, tmp_path, sample_dir, qgis_new_project, remembered_settings
):
    from qgis.core import Qgis

    from cartong_plugin.core.learning.training import SETTING_FOLDER
    from cartong_plugin.gui.learning.help_dock import help_dock
    from cartong_plugin.gui.learning.learn_menu import start_training, unload_help
    from cartong_plugin.gui.learning.training_panel import TrainingPanel, start_training_session

    if not (sample_dir / "household_survey_kobo.csv").is_file():
        pytest.skip("the sample dataset is not built yet")
    try:
        panel = start_training(qgis_iface, tmp_path / "course")
        assert qgis_iface.mainWindow().findChildren(TrainingPanel) == [panel]
        step = next(item for item in panel.step_items.values() if item.data(Qt.ItemDataRole.UserRole))
        assert help_dock(qgis_iface, create=False) is None
        panel.step_list.itemDoubleClicked.emit(step)  # a step's help opens in the help dock
        assert help_dock(qgis_iface, create=False) is not None
        assert remembered_settings[SETTING_FOLDER] == str(tmp_path / "course")  # offered next time
        assert {layer.name() for layer in QgsProject.instance().mapLayers().values()} == {"admin1", "admin2"}
        again = start_training_session(qgis_iface, tmp_path / "course")  # same folder: continue, not restart
        assert again.session.state["started"] == panel.session.state["started"]
        assert len(qgis_iface.mainWindow().findChildren(TrainingPanel)) == 1
        (tmp_path / "mine").mkdir()
        (tmp_path / "mine" / "report.docx").write_bytes(b"x")
        qgis_iface.messageBar().clear_messages()
        assert start_training_session(qgis_iface, tmp_path / "mine") is None
        assert "not empty" in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)[0]
    finally:
        unload_help(qgis_iface)
        QgsProject.instance().clear()


@pytest.mark.parametrize("answer, opened", [("cancel", False), ("discard", True)])
def test_starting_a_training_asks_before_closing_the_users_project(
    qgis_iface, tmp_path, qgis_new_project, remembered_settings, monkeypatch, answer, opened
):
    import cartong_plugin.gui.learning.training_panel as training_panel
    from cartong_plugin.gui.learning.learn_menu import unload_help

    mine = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "my sketch", "memory")
    QgsProject.instance().addMapLayer(mine)
    mine_id = mine.id()
    asked = []
    monkeypatch.setattr(
        training_panel,
        "ask_to_close_project",
        lambda parent, project: asked.append(sorted(project.mapLayers())) or answer,
    )
    try:
        panel = training_panel.start_training_session(qgis_iface, tmp_path / "course")
        assert asked == [[mine_id]]
        assert (panel is not None) is opened
        assert (QgsProject.instance().mapLayer(mine_id) is not None) is (not opened)
    finally:
        unload_help(qgis_iface)
        QgsProject.instance().clear()


def test_the_question_names_the_project_and_its_temporary_layers(qgis_app, qgis_new_project, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    import cartong_plugin.gui.learning.training_panel as training_panel

    QgsProject.instance().addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326", "my sketch", "memory"))
    shown = {}

    def answer(box):
        shown["text"], shown["buttons"] = box.text(), [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert training_panel.ask_to_close_project(None, QgsProject.instance()) == "cancel"
    assert "will be closed. Save it first?" in shown["text"]
    assert "1 temporary layer is held in memory only" in shown["text"]
    assert sorted(shown["buttons"]) == ["Cancel", "Save, then start", "Start without saving"]
    QgsProject.instance().clear()


# What the panel shows in each language: its title, the first exercise, its first step, its hint, the count.
PANEL_TEXTS = {
    "es": (
        "Formación CartONG",
        "1. Importar la encuesta de hogares",
        "Importe data/household_survey_kobo.csv",
        "Menú CartONG › 1. Importar datos de encuesta…",
        "Pasos terminados: 0 de 7",
        "Resumen de la sesión de formación",
    ),
    "pt": (
        "Formação CartONG",
        "1. Importar o inquérito aos agregados familiares",
        "Importe data/household_survey_kobo.csv",
        "Menu CartONG › 1. Importar dados de inquérito…",
        "Passos concluídos: 0 de 7",
        "Resumo da sessão de formação",
    ),
    "ar": (
        "تدريب CartONG",
        "1. استيراد مسح الأسر",
        "استورد data/household_survey_kobo.csv",
        "قائمة CartONG › 1. استيراد بيانات المسح…",
        "الخطوات المنجزة: 0 من 7",
        "ملخص جلسة التدريب",
    ),
}


@pytest.fixture()
def plugin_language(plugin_i18n):
    """Install the plugin's translation of a language for the test, as the plugin does at start."""
    from qgis.PyQt.QtCore import QTranslator

    installed = []

    def install(language: str) -> None:
        translator = QTranslator()
        assert translator.load(str(plugin_i18n / f"cartong_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["es", "pt", "ar"])
def test_training_session_shows_its_steps_in_the_trainees_language(
    language, tmp_path, sample_dir, qgis_iface, qgis_new_project, plugin_language
):
    from cartong_plugin.gui.learning.training_panel import TrainingPanel

    plugin_language(language)
    session = TrainingSession.start(tmp_path / "training", sample=sample_dir, language=language)
    title, exercise, step, hint, progress, summary = PANEL_TEXTS[language]
    panel = TrainingPanel(session, qgis_iface.mainWindow(), project=QgsProject.instance(), language=language)
    try:
        assert panel.windowTitle() == title
        assert panel.step_list.item(0).text() == exercise

        def shown(text: str) -> str:  # Arabic paths are left-to-right runs (see test_training_arabic.py)
            return text.replace("\u2066", "").replace("\u2069", "")

        assert shown(panel.step_items["import_survey"].text()).startswith(step)
        assert shown(panel.step_items["import_survey"].toolTip()).startswith(hint)
        assert panel.progress_label.text() == progress
        right_to_left = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        assert panel.layoutDirection() == right_to_left
    finally:
        panel.close()
        panel.deleteLater()
    written = session.export_summary(tmp_path / "summary.md", language=language).read_text(encoding="utf-8")
    if language == "ar":  # a right-to-left block, paths as left-to-right runs (see test_training_summary.py)
        written = written.split("\n", 2)[2].replace("\u2066", "").replace("\u2069", "")
    assert written.startswith("# " + summary) and exercise in written and f"☐ {step}" in written
