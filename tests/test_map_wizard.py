# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard driven page by page with real widgets on the imported sample survey."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QDesktopServices, QImage
from qgis.PyQt.QtWidgets import QWizard

from cartong_plugin.core.base.paths import resources_dir
from cartong_plugin.core.maps import basemaps, map_texts
from cartong_plugin.core.maps.aggregate import count_points_by_admin
from cartong_plugin.core.maps.map_texts import MAP_COUNT, MAP_HEATMAP, MAP_POINTS, MAP_PROPORTIONAL, MAP_SHARE
from cartong_plugin.gui.maps.data_page import DataPage
from cartong_plugin.gui.maps.jobs import MAP_NUMBER, build_layout
from cartong_plugin.gui.maps.pages_common import SETTINGS_PREFIX
from cartong_plugin.gui.maps.wizard import MapWizard

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "out"
FRENCH_TITLE = "Enquête ménages EHA : soumissions par sous-préfecture"


@pytest.fixture(scope="module")
def french_qm(tmp_path_factory):
    """i18n/cartong_fr.ts compiled (the .qm files are built, not committed)."""
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        pytest.skip("lrelease (qttools5-dev-tools) is not installed")
    folder = tmp_path_factory.mktemp("i18n")
    subprocess.run(
        [lrelease, "-silent", str(REPO / "i18n" / "cartong_fr.ts"), "-qm", str(folder / "cartong_fr.qm")], check=True
    )
    return folder


@pytest.fixture()
def project_layers(qgis_new_project, tmp_path, sample_dir):
    """The sample imported with the real importer; its survey layer and admin2 in the project."""
    from cartong_plugin.core.survey.importer import import_survey

    gpkg = tmp_path / "survey.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    survey = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
    admin = QgsVectorLayer(f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2", "admin2", "ogr")
    assert survey.isValid() and admin.isValid()
    QgsProject.instance().addMapLayers([admin, survey])
    yield {"survey": survey, "admin": admin, "gpkg": gpkg}
    for layout in QgsProject.instance().layoutManager().printLayouts():
        QgsProject.instance().layoutManager().removeLayout(layout)


@pytest.fixture()
def opened(monkeypatch):
    """The URLs the wizard asks the desktop to open (nothing really opens)."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture()
def wizard(qgis_iface, project_layers, opened, monkeypatch, french_qm):
    monkeypatch.setattr(map_texts, "i18n_dir", lambda: french_qm)
    QgsSettings().remove(SETTINGS_PREFIX.rstrip("/"))  # no folder, author... from other tests
    wizard = MapWizard(qgis_iface)
    wizard.show()
    yield wizard
    wizard.reject()
    _wait(lambda: not wizard.export_page.running())
    wizard.deleteLater()
    QCoreApplication.processEvents()


def _wait(condition, timeout=120.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())  # "ﬁ" ligatures -> "fi"


def _tables(gpkg) -> list[str]:
    dataset = ogr.Open(str(gpkg))
    return sorted(dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount()))


def _pdfinfo(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def _to_layout_page(wizard, kind=MAP_COUNT, language="fr", title=FRENCH_TITLE):
    wizard.type_page.buttons[kind].setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.data_page
    assert wizard.data_page.isComplete()
    wizard.next()
    page = wizard.layout_page
    assert wizard.currentPage() is page
    page.size.setCurrentIndex(page.size.findData("a4"))
    page.orientation.setCurrentIndex(page.orientation.findData("landscape"))
    page.language.setCurrentIndex(page.language.findData(language))
    page.title.setText(title)
    page.subtitle.setText("Données d'exemple, République centrafricaine")
    page.sources.setText("Enquête CartONG ; OCHA COD-AB")
    page.author.setText("CartONG")
    return page


def _to_export_page(wizard, output, **layout):
    _to_layout_page(wizard, **layout)
    wizard.next()
    page = wizard.export_page
    assert wizard.currentPage() is page
    page.format.setCurrentIndex(page.format.findData(Path(output).suffix))
    page.output.setFilePath(str(output))
    page.dpi.setValue(150)
    return page


def _run(page):
    assert page.run(), page.status.text()
    _wait(lambda: not page.running())


def test_data_page_defaults_to_the_survey_and_admin2_fields(wizard):
    wizard.next()
    data = wizard.data_page
    assert data.survey.currentLayer().name() == "survey"
    assert data.admin.currentLayer().name() == "admin2"
    assert (data.admin_code.currentField(), data.admin_name.currentField()) == ("adm2_pcode", "adm2_name")
    assert data.join_field.currentField() == "admin2"
    assert data.min_count.value() == 5
    assert data.boundaries.currentLayer() is None  # no admin1 in the project: no upper boundaries


def test_data_page_takes_admin1_as_upper_boundaries(wizard, sample_dir):
    admin1 = QgsVectorLayer(f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin1", "admin1", "ogr")
    QgsProject.instance().addMapLayer(admin1)
    data = DataPage()
    assert data.admin.currentLayer().name() == "admin2"
    assert data.boundaries.currentLayer() is admin1


def test_data_page_prefers_the_cleaned_survey(wizard, project_layers):
    cleaned = QgsVectorLayer(f"{project_layers['gpkg']}|layername=survey", "survey_cleaned", "ogr")
    QgsProject.instance().addMapLayer(cleaned)
    data = DataPage()
    assert data.survey.currentLayer() is cleaned


def test_french_choropleth_is_written_to_an_a4_landscape_pdf_and_kept_in_the_project(wizard, tmp_path, opened):
    output = tmp_path / "carte.pdf"
    page = _to_export_page(wizard, output)
    wizard.data_page.show_points.setChecked(True)  # the points too: a deliberate choice
    _run(page)

    assert page.result_path == output and output.is_file(), page.status.text()
    info = _pdfinfo(output)
    assert "Pages:           1" in info
    assert "842 x 595 pts (A4)" in info
    text = _pdf_text(output)
    assert FRENCH_TITLE in text
    for legend in ("Légende", "Soumissions par unité administrative", "Soumission (position GPS)"):
        assert legend in text, legend
    assert "do not imply" not in text  # the disclaimer too is in French
    kept = QgsProject.instance().layoutManager().layoutByName(FRENCH_TITLE)
    assert kept is not None and kept is page.layout
    assert [url.toLocalFile() for url in opened] == [str(output)]
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()


def test_counts_are_kept_in_the_survey_geopackage_for_the_saved_project(wizard, tmp_path, project_layers):
    page = _to_export_page(wizard, tmp_path / "carte.pdf")
    assert page.keep_counts.isChecked()
    _run(page)

    tables = _tables(project_layers["gpkg"])
    counts = [name for name in tables if name.startswith("counts_admin2_")]
    assert len(counts) == 1
    main_map = page.layout.itemById("main_map")
    sources = {layer.source() for layer in main_map.layers()}
    assert f"{project_layers['gpkg']}|layername={counts[0]}" in sources
    layer = QgsVectorLayer(f"{project_layers['gpkg']}|layername={counts[0]}", "counts", "ogr")
    expected = count_points_by_admin(project_layers["survey"], project_layers["admin"])
    assert {f["adm2_pcode"]: f["submissions"] for f in layer.getFeatures()} == expected.counts
    assert 0 < expected.total <= 416  # 420 submissions, 4 without GPS, some GPS points off the map


def test_layout_still_shows_its_layers_when_the_saved_project_is_reopened(wizard, tmp_path):
    page = _to_export_page(wizard, tmp_path / "carte.pdf")
    _run(page)
    project_file = tmp_path / "project.qgz"
    assert QgsProject.instance().write(str(project_file))

    reopened = QgsProject()
    assert reopened.read(str(project_file))
    layout = reopened.layoutManager().layoutByName(FRENCH_TITLE)
    layers = layout.itemById("main_map").layers()
    assert len(layers) >= 2  # areas, basemap (the points only when chosen)
    assert all(layer.isValid() and layer.featureCount() > 0 for layer in layers)
    del layout, layers
    reopened.clear()


def test_counts_stay_in_memory_when_not_kept(wizard, tmp_path, project_layers):
    tables = _tables(project_layers["gpkg"])
    page = _to_export_page(wizard, tmp_path / "carte.pdf")
    page.keep_counts.setChecked(False)
    _run(page)

    assert page.result_path is not None, page.status.text()
    assert _tables(project_layers["gpkg"]) == tables


def test_export_keeps_the_user_project_metadata(wizard, tmp_path):
    project = QgsProject.instance()
    metadata = project.metadata()
    metadata.setTitle("My project")
    project.setMetadata(metadata)
    page = _to_export_page(wizard, tmp_path / "carte.pdf")
    _run(page)

    assert page.result_path is not None, page.status.text()
    assert project.metadata().title() == "My project"
    assert f"Title:           {FRENCH_TITLE}" in _pdfinfo(page.result_path)


def test_cancel_leaves_no_file_and_no_layout(wizard, tmp_path, opened, project_layers):
    output = tmp_path / "carte.pdf"
    tables = _tables(project_layers["gpkg"])
    page = _to_export_page(wizard, output)
    layers_before = set(QgsProject.instance().mapLayers())
    assert page.run()
    page.cancel()
    _wait(lambda: not page.running())

    assert "Cancelled" in page.status.text() or "Annulé" in page.status.text()
    assert not output.exists()
    assert list(tmp_path.glob("carte*")) == []
    assert QgsProject.instance().layoutManager().printLayouts() == []
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert _tables(project_layers["gpkg"]) == tables
    assert opened == []
    assert not page.isComplete()


def test_cancel_before_the_layout_is_built_leaves_nothing(wizard, tmp_path, opened):
    output = tmp_path / "points.pdf"
    page = _to_export_page(wizard, output, kind=MAP_POINTS, language="en", title="Water sources")
    layers_before = set(QgsProject.instance().mapLayers())
    assert page.run()  # a points map needs no counting: straight to the main-thread stage
    page.cancel()
    _wait(lambda: not page.running())
    for _ in range(5):  # any stage still queued on the event loop
        QCoreApplication.processEvents()

    assert not output.exists()
    assert QgsProject.instance().layoutManager().printLayouts() == []
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert opened == []


def test_share_needs_an_answer_and_maps_insufficient_data(wizard, tmp_path):
    wizard.type_page.buttons[MAP_SHARE].setChecked(True)
    wizard.next()
    data = wizard.data_page
    data.question.setField("water_source")
    assert data.answer.count() > 2
    data.answer.setCurrentIndex(data.answer.findData("borehole"))
    assert data.isComplete()
    data.min_count.setValue(15)
    data.by_pcode.setChecked(True)
    wizard.next()
    page = wizard.layout_page
    page.language.setCurrentIndex(page.language.findData("en"))
    assert "Borehole (hand pump)" in page.title.text()
    wizard.next()
    export = wizard.export_page
    export.format.setCurrentIndex(export.format.findData(".svg"))
    export.output.setFilePath(str(tmp_path / "share.svg"))
    _run(export)

    assert export.result_path == tmp_path / "share.svg", export.status.text()
    svg = export.result_path.read_text(encoding="utf-8")
    assert "Insufficient data (fewer than 15 submissions answering)" in svg
    assert "Borehole (hand pump)" in svg


def test_points_map_to_png_names_its_legend_after_the_question(wizard, tmp_path):
    wizard.type_page.buttons[MAP_POINTS].setChecked(True)
    wizard.next()
    wizard.data_page.question.setField("water_source")
    wizard.data_page.by_pcode.setChecked(True)  # not used by a points map
    wizard.next()
    page = wizard.layout_page
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.legend_title.text() == "water_source"
    page.legend_title.setText("Main water source")
    wizard.next()
    export = wizard.export_page
    export.format.setCurrentIndex(export.format.findData(".png"))
    export.output.setFilePath(str(tmp_path / "points.png"))
    export.dpi.setValue(100)
    _run(export)

    legend = export.layout.itemById("legend")
    assert [node.name() for node in legend.model().rootGroup().children()] == ["Main water source"]
    image = QImage(str(export.result_path))
    assert not image.isNull() and image.width() > image.height()
    sample = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    assert len(sample) > 20


def test_layout_page_screenshot(wizard):
    page = _to_layout_page(wizard)
    _wait(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), 30)  # drawn when shown
    for edit in (page.title, page.subtitle, page.sources):
        edit.setCursorPosition(0)
    wizard.resize(1000, 680)
    QCoreApplication.processEvents()
    OUT.mkdir(exist_ok=True)
    assert wizard.grab().save(str(OUT / "map-wizard.png"))


def test_pages_name_their_help_pages(wizard):
    from cartong_plugin.core.learning.help_catalogue import WIZARD_PAGES

    names = [wizard.page(i).property("cartong_help_page") for i in wizard.pageIds()]
    assert names == ["map_type", "map_data", "map_layout", "map_export"]
    assert set(names) <= set(WIZARD_PAGES)


@pytest.mark.parametrize("step", ["map", "export"])
def test_map_and_export_steps_open_the_map_wizard(qgis_iface, step):
    from cartong_plugin.gui.main_dialog import open_step

    class Plugin:
        iface = qgis_iface

        @staticmethod
        def _show(key, factory):
            return factory()

    opened = open_step(Plugin(), step, "cartong:exportmappdf")
    assert isinstance(opened, MapWizard)
    opened.deleteLater()


def test_open_layout_button_opens_the_kept_layout_in_the_designer(wizard, tmp_path, qgis_iface, monkeypatch):
    designed = []
    monkeypatch.setattr(qgis_iface, "openLayoutDesigner", designed.append, raising=False)
    page = _to_export_page(wizard, tmp_path / "carte.pdf")
    assert not page.designer_button.isEnabled()
    _run(page)

    assert page.designer_button.isEnabled()
    page.designer_button.click()
    assert designed == [QgsProject.instance().layoutManager().layoutByName(FRENCH_TITLE)]


def test_a_failed_export_says_why_and_keeps_nothing(wizard, tmp_path, qgis_iface):
    from qgis.core import Qgis

    (tmp_path / "a_file").write_text("not a folder")
    page = _to_export_page(wizard, tmp_path / "a_file" / "carte.pdf")
    layers_before = set(QgsProject.instance().mapLayers())
    _run(page)

    assert page.result_path is None and not page.isComplete()
    assert "carte.pdf" in page.status.text()
    assert QgsProject.instance().layoutManager().printLayouts() == []
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert any("carte.pdf" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))


def test_suggested_file_follows_the_title_until_the_user_picks_one(wizard, project_layers):
    _to_layout_page(wizard, title="Carte 1")
    wizard.next()
    page = wizard.export_page
    assert page.output.filePath() == str(project_layers["gpkg"].parent / "Carte_1.pdf")
    page.format.setCurrentIndex(page.format.findData(".png"))
    assert page.output.filePath().endswith("Carte_1.png")
    wizard.back()
    wizard.layout_page.title.setText("Carte 2")
    wizard.next()
    assert page.output.filePath().endswith("Carte_2.png")
    page.output.setFilePath(str(project_layers["gpkg"].parent / "mine.png"))
    wizard.back()
    wizard.layout_page.title.setText("Carte 3")
    wizard.next()
    assert page.output.filePath().endswith("mine.png")


def test_proportional_circles_map_has_its_size_legend(wizard, tmp_path):
    page = _to_export_page(
        wizard, tmp_path / "circles.pdf", kind=MAP_PROPORTIONAL, language="en", title="Submissions per sous-préfecture"
    )
    _run(page)

    text = _pdf_text(page.result_path)
    assert "Submissions per sous-préfecture" in text
    assert "Circle area proportional to the value" in text


def test_area_names_are_written_when_asked(wizard, tmp_path, project_layers):
    names = {f["adm2_name"] for f in project_layers["admin"].getFeatures()}
    wizard.data_page.labels.setChecked(True)
    page = _to_export_page(wizard, tmp_path / "labels.pdf", language="en", title="With names")
    _run(page)
    labelled = _pdf_text(page.result_path)
    page.layout = None
    wizard.data_page.labels.setChecked(False)
    page.output.setFilePath(str(tmp_path / "plain.pdf"))
    _run(page)
    plain = _pdf_text(page.result_path)

    assert sum(name in labelled for name in names) > sum(name in plain for name in names) + 5


def test_author_sources_and_logo_are_remembered_for_the_next_map(wizard, qgis_iface, sample_dir):
    page = _to_layout_page(wizard)
    logo = str(REPO / "resources" / "layouts" / "previews" / "a4_portrait.png")
    page.author.setText("Partner NGO")
    page.logo.setFilePath(logo)
    wizard.next()

    other = MapWizard(qgis_iface)
    assert other.layout_page.author.text() == "Partner NGO"
    assert other.layout_page.sources.text() == "Enquête CartONG ; OCHA COD-AB"
    assert other.layout_page.logo.filePath() == logo
    other.deleteLater()


def test_chosen_logo_is_placed_on_the_map(wizard, tmp_path):
    logo = str(REPO / "resources" / "icons" / "cartong.svg")
    wizard.layout_page.logo.setFilePath(logo)
    page = _to_export_page(wizard, tmp_path / "logo.png")
    page.dpi.setValue(72)
    _run(page)

    assert page.layout.itemById("logo").picturePath() == logo


def test_median_map_of_a_number_marks_small_areas_insufficient(wizard, tmp_path, project_layers):
    wizard.type_page.buttons[MAP_NUMBER].setChecked(True)
    wizard.next()
    data = wizard.data_page
    assert data.number.isVisible() and not data.answer.isVisible()
    data.number.setField("hh_size")
    data.statistic.setCurrentIndex(data.statistic.findData("median"))
    data.min_count.setValue(15)
    data.by_pcode.setChecked(True)
    assert data.isComplete()
    wizard.next()
    page = wizard.layout_page
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.title.text().startswith("Median of ")
    legend = page.legend_title.text()
    wizard.next()
    export = wizard.export_page
    export.output.setFilePath(str(tmp_path / "median.pdf"))
    export.dpi.setValue(150)
    _run(export)

    assert export.result_path == tmp_path / "median.pdf", export.status.text()
    text = _pdf_text(export.result_path)
    assert legend in text and "Insufficient data (fewer than 15 submissions answering)" in text
    # The areas with enough answers are coloured by their median, computed from the survey itself.
    counts = next(lyr for lyr in QgsProject.instance().mapLayers().values() if "value_median" in lyr.fields().names())
    shown = [f for f in counts.getFeatures() if f["data_status"] == "ok"]
    assert shown and all(f["value_count"] >= 15 for f in shown)


def test_class_limits_of_ones_own_make_the_legend(wizard, tmp_path):
    wizard.next()
    data = wizard.data_page
    data.method.setCurrentIndex(data.method.findData("manual"))
    assert data.breaks.isVisible() and not data.classes.isEnabled()
    assert not data.isComplete()  # no limits yet
    data.breaks.setText("5, douze")
    assert not data.isComplete() and "douze" in data.breaks.toolTip()
    data.breaks.setText("10, 20, 50")
    assert data.isComplete()
    data.by_pcode.setChecked(True)
    wizard.next()
    wizard.next()
    export = wizard.export_page
    export.output.setFilePath(str(tmp_path / "limits.pdf"))
    export.dpi.setValue(150)
    _run(export)

    assert export.result_path == tmp_path / "limits.pdf", export.status.text()
    text = _pdf_text(export.result_path)
    # Every class ends at a limit typed, but the last, which ends at the largest count.
    counts = next(lyr for lyr in QgsProject.instance().mapLayers().values() if "submissions" in lyr.fields().names())
    values = [f["submissions"] for f in counts.getFeatures() if f["submissions"]]
    smallest, largest = min(values), max(values)
    assert smallest < 10 and largest > 50
    for pattern in (rf"\b{smallest} ?– ?10\b", r"\b11 ?– ?20\b", r"\b21 ?– ?50\b", rf"\b51 ?– ?{largest}\b"):
        assert re.search(pattern, text), pattern


def test_heatmap_to_png_with_its_ramp_legend(wizard, tmp_path):
    wizard.type_page.buttons[MAP_HEATMAP].setChecked(True)
    wizard.next()
    data = wizard.data_page
    assert not data.classes_box.isVisible() and not data.join_box.isVisible()
    assert data.isComplete()
    wizard.next()
    page = wizard.layout_page
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.title.text() == "Where the submissions were collected"
    wizard.next()
    export = wizard.export_page
    export.format.setCurrentIndex(export.format.findData(".pdf"))
    export.output.setFilePath(str(tmp_path / "heat.pdf"))
    export.dpi.setValue(100)
    _run(export)

    assert export.result_path == tmp_path / "heat.pdf", export.status.text()
    text = _pdf_text(export.result_path)
    assert "Where the submissions were collected" in text and "Many submissions" in text
    layout = QgsProject.instance().layoutManager().layoutByName("Where the submissions were collected")
    assert layout is not None  # kept for changes by hand


def _areas_with_submissions(project_layers) -> int:
    counts = count_points_by_admin(project_layers["survey"], project_layers["admin"], "adm2_pcode", "admin2")
    return sum(1 for n in counts.counts.values() if n)


def test_atlas_writes_one_page_per_area_with_data(wizard, tmp_path, project_layers):
    wizard.next()
    wizard.data_page.by_pcode.setChecked(True)
    wizard.next()
    page = wizard.layout_page
    page.language.setCurrentIndex(page.language.findData("en"))
    page.title.setText("Household survey")
    wizard.next()
    export = wizard.export_page
    export.format.setCurrentIndex(export.format.findData(".png"))
    assert not export.atlas.isEnabled()  # atlases are PDF
    export.format.setCurrentIndex(export.format.findData(".pdf"))
    export.atlas.setChecked(True)
    export.output.setFilePath(str(tmp_path / "atlas.pdf"))
    export.dpi.setValue(72)
    _run(export)

    assert export.result_path == tmp_path / "atlas.pdf", export.status.text()
    pages = _areas_with_submissions(project_layers)
    assert f"Pages:           {pages}" in _pdfinfo(export.result_path)
    assert f"Atlas of {pages} pages" in export.status.text()
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(export.result_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Household survey – " in unicodedata.normalize("NFKC", first)


def test_atlas_one_file_per_area_named_by_pcode_and_name(wizard, tmp_path, project_layers):
    wizard.next()
    wizard.data_page.by_pcode.setChecked(True)
    wizard.next()
    wizard.next()
    export = wizard.export_page
    export.atlas.setChecked(True)
    export.atlas_files.setChecked(True)
    export.output.setFilePath(str(tmp_path / "atlas.pdf"))
    export.dpi.setValue(72)
    _run(export)

    assert export.result_path == tmp_path / "atlas", export.status.text()
    files = sorted(p.name for p in (tmp_path / "atlas").iterdir())
    assert len(files) == _areas_with_submissions(project_layers)
    names = {f["adm2_pcode"]: f["adm2_name"] for f in project_layers["admin"].getFeatures()}
    for name in files:
        code = name.split("_", 1)[0]
        assert code in names and name.endswith(".pdf"), name
        assert name[len(code) + 1 : -4] == re.sub(r'[\\/:*?"<>| ]+', "_", names[code])


def test_osm_background_choice_reaches_the_layout(wizard, monkeypatch):
    from cartong_plugin.core.maps.aggregate import count_layer

    monkeypatch.setattr(basemaps, "osm_reachable", lambda: True)  # never online in tests: nothing is drawn
    wizard.next()
    wizard.data_page.by_pcode.setChecked(True)
    wizard.next()
    page = wizard.layout_page
    assert not page.osm.isChecked()  # offline by default
    page.osm.setChecked(True)
    wizard.next()
    choices = wizard.choices()
    assert choices.background == "osm"
    counts, _ = count_layer(choices.survey, choices.admin, choices.code_field, choices.join_field)
    project = QgsProject()  # held: the layout's layers live in it
    layout = build_layout(project, choices, counts)
    assert "© OpenStreetMap contributors" in layout.itemById("sources").text()
    assert QgsSettings().value(SETTINGS_PREFIX + "osm", False, type=bool)


def test_closed_and_opened_again_the_wizard_starts_from_the_first_page(wizard):
    wizard.next()
    assert wizard.currentPage() is wizard.data_page
    wizard.reject()
    wizard.show()
    assert wizard.currentPage() is wizard.type_page
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"  # the plugin's own, translated


def test_each_kind_of_map_shows_its_own_preview(wizard):
    page = wizard.type_page
    seen = {}
    for key, button in page.buttons.items():
        assert (resources_dir() / "layouts" / "previews" / f"type_{key}.png").is_file(), key
        button.setChecked(True)
        seen[key] = page.preview.pixmap().toImage()
        assert not seen[key].isNull() and page.titles[key] in page.preview.toolTip()
    assert len({image.cacheKey() for image in seen.values()}) == len(seen)
    assert seen["points"] != seen["heatmap"]  # different pictures, not the same one reloaded


def test_pcodes_shared_by_two_areas_are_named_and_counted_once(
    wizard, tmp_path, project_layers, qgis_iface, sample_dir
):
    from osgeo import gdal
    from qgis.core import Qgis

    copy = tmp_path / "admin.gpkg"  # the sample's admin2, one area appended a second time
    gdal.VectorTranslate(str(copy), str(sample_dir / "admin_boundaries.gpkg"), layers=["admin2"])
    ds = ogr.Open(str(copy), 1)
    layer = ds.GetLayerByName("admin2")
    twice = layer.GetNextFeature().Clone()
    twice.SetFID(-1)
    layer.CreateFeature(twice)
    ds = None
    QgsProject.instance().removeMapLayer(project_layers["admin"].id())
    QgsProject.instance().addMapLayer(QgsVectorLayer(f"{copy}|layername=admin2", "admin2", "ogr"))
    page = _to_export_page(wizard, tmp_path / "carte.pdf")
    _run(page)
    assert page.result_path is not None, page.status.text()
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    code = twice.GetField("adm2_pcode")
    assert any(f"{code} (2 zones)" in m or f"{code} (2 areas)" in m for m in warnings), warnings


# -- defaults a non-specialist can keep (issue #15) ----------------------------------------------


def test_choropleth_shows_areas_only_unless_points_are_chosen_with_a_warning(wizard, tmp_path):
    wizard.next()
    data = wizard.data_page
    assert not data.show_points.isChecked()
    assert data.points_warning.isHidden()
    data.show_points.setChecked(True)
    assert not data.points_warning.isHidden() and "personal data" in data.points_warning.text()
    data.show_points.setChecked(False)
    output = tmp_path / "areas.pdf"
    wizard.next()
    wizard.next()
    wizard.export_page.output.setFilePath(str(output))
    _run(wizard.export_page)
    assert output.is_file(), wizard.export_page.status.text()
    assert "Submission (GPS location)" not in _pdf_text(output)  # no household point in the legend
    sources = {layer.name() for layer in wizard.export_page.layout.itemById("main_map").layers()}
    assert "survey" not in sources


def test_data_page_says_why_next_is_disabled_and_loads_the_sample_boundaries(wizard, project_layers):
    QgsProject.instance().removeMapLayer(project_layers["admin"].id())
    wizard.next()
    data = wizard.data_page
    assert not data.isComplete()
    assert "No admin boundaries in the project" in data.reason.text() and not data.reason.isHidden()
    assert not data.load_sample.isHidden() and not data.load_own.isHidden()
    added = data.load_sample_boundaries()
    assert {layer.name() for layer in added} == {"admin1", "admin2"}
    assert data.admin.currentLayer().name() == "admin2" and data.admin_code.currentField() == "adm2_pcode"
    assert data.isComplete() and data.reason.isHidden() and data.load_sample.isHidden()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_loading_a_file_without_areas_says_so(wizard, project_layers, sample_dir, tmp_path):
    QgsProject.instance().removeMapLayer(project_layers["admin"].id())
    wizard.next()
    points = tmp_path / "points.gpkg"
    shutil.copy(project_layers["gpkg"], points)
    assert wizard.data_page.load_boundaries(str(points)) == []
    assert "has no layer of areas" in wizard.data_page.reason.text()


def test_export_step_opens_the_map_wizard_at_its_export_page(qgis_iface, project_layers, opened):
    from cartong_plugin.gui.main_dialog import open_step

    class Plugin:
        iface = qgis_iface
        dialogs: dict = {}

        def _show(self, key, factory):
            dialog = self.dialogs.setdefault(key, factory())
            dialog.show()
            return dialog

    plugin = Plugin()
    wizard = open_step(plugin, "export", "cartong:exportmappdf")
    try:
        assert isinstance(wizard, MapWizard)
        assert wizard.currentPage() is wizard.export_page
        assert wizard.export_page.output.filePath().endswith(".pdf")
        map_wizard = open_step(plugin, "map", "cartong:countbyadmin")
        assert map_wizard.currentPage() is map_wizard.type_page  # step 3 still starts at the kind of map
        map_wizard.reject()
    finally:
        wizard.reject()


def test_export_step_stops_on_the_page_that_needs_an_answer(wizard, project_layers):
    QgsProject.instance().removeMapLayer(project_layers["admin"].id())
    wizard.go_to_export()
    assert wizard.currentPage() is wizard.data_page
    assert "No admin boundaries" in wizard.data_page.reason.text()


def test_collapsed_quantile_classes_are_merged_and_the_export_says_why(wizard, tmp_path):
    page = _to_export_page(wizard, tmp_path / "carte.pdf", language="en", title="Submissions")
    _run(page)
    assert page.result_path is not None, page.status.text()
    assert "quantile classes holding a single value (10, 11, 12) were merged" in page.status.text()
    assert "Natural breaks (Jenks)" in page.status.text()
    labels = [rule.label() for rule in _area_rules(page.layout)]
    assert labels[:3] == ["1 – 9", "10 – 12", "13 – 82"]


def _area_rules(layout):
    for layer in layout.itemById("main_map").layers():
        renderer = layer.renderer()
        if hasattr(renderer, "rootRule") and renderer.rootRule().children():
            return renderer.rootRule().children()
    raise AssertionError("no choropleth layer in the layout")


def test_layout_page_offers_five_languages_and_writes_an_arabic_map_right_to_left(
    wizard, tmp_path, monkeypatch, plugin_i18n
):
    monkeypatch.setattr(map_texts, "i18n_dir", lambda: plugin_i18n)
    arabic_title = "إرسالات المسح حسب الوحدة الإدارية"  # the default title of a count map
    output = tmp_path / "arabic.pdf"
    page = _to_export_page(wizard, output, language="ar", title="")
    layout_page = wizard.layout_page
    languages = [layout_page.language.itemData(i) for i in range(layout_page.language.count())]
    assert languages == ["en", "fr", "es", "pt", "ar"]
    assert layout_page.language.currentText() == "العربية"
    layout_page.fill_default_texts()  # the title the user left empty follows the language
    assert layout_page.title.text() == arabic_title
    _run(page)

    assert output.is_file(), page.status.text()
    text = _pdf_text(output)
    assert arabic_title in re.sub("[\u200e\u200f\u202a-\u202e]", "", text) and "Legend" not in text
    title = page.layout.itemById("title")
    assert title.hAlign() == Qt.AlignmentFlag.AlignRight
    assert title.sceneBoundingRect().right() == pytest.approx(297 - 10, abs=0.5)  # against the right margin


def test_reopened_wizard_never_proposes_the_last_map_again(wizard, project_layers):
    """attack_gui finding 1, in the map wizard: the last map's file is not kept for the next map."""
    folder = project_layers["gpkg"].parent
    _to_layout_page(wizard, title="Carte 1")
    wizard.next()
    page = wizard.export_page
    page.output.setFilePath(str(folder / "mine.pdf"))  # the user's own file for this map
    (folder / "mine.pdf").write_bytes(b"the first map")
    (folder / "Carte_1.pdf").write_bytes(b"an earlier map with the same title")
    wizard.accept()
    wizard.show()
    _to_layout_page(wizard, title="Carte 1")
    wizard.next()
    assert page.output.filePath() == str(folder / "Carte_1_2.pdf")  # beside the earlier map, never over it
    page.format.setCurrentIndex(page.format.findData(".png"))
    assert page.output.filePath() == str(folder / "Carte_1_2.png")


def test_a_map_without_sources_credits_the_admin_boundaries_it_draws(wizard, tmp_path):
    """As cartong:exportmappdf does (COD-AB's licence asks for attribution): the wizard's maps said nothing."""
    output = tmp_path / "map.pdf"
    page = _to_export_page(wizard, output, language="en", title="Submissions per area")
    wizard.layout_page.sources.setText("")
    _run(page)
    text = _pdf_text(output)
    assert "admin boundaries (admin_boundaries.gpkg)" in text, text
