# SPDX-License-Identifier: GPL-3.0-or-later
"""Wizard windows that fit the work: resizable, opening at a laptop's size, remembering the user's,
subtitles that wrap; the main dialog's Help opens the overview."""

from __future__ import annotations

import importlib

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import QLabel

from cartong_plugin.gui.wizard_common import DEFAULT_SIZE, SIZE_SETTINGS, remembered_size

WIZARDS = [
    ("importing.wizard", "ImportWizard"),
    ("download.wizard", "DownloadWizard"),
    ("cleaning.wizard", "CleaningWizard"),
    ("maps.wizard", "MapWizard"),
    ("protection.wizard", "ProtectionWizard"),
]


@pytest.fixture()
def laptop_screen(monkeypatch):
    """A 1366 x 768 laptop screen less its task bar (the offscreen screen is 800 x 600)."""
    import cartong_plugin.gui.wizard_common as wizard_common

    monkeypatch.setattr(wizard_common, "available_size", lambda: QSize(1366, 728))


def _wizard(qgis_iface, module_name, class_name):
    module = importlib.import_module(f"cartong_plugin.gui.{module_name}")
    return getattr(module, class_name)(qgis_iface, None)


@pytest.mark.parametrize("module_name, class_name", WIZARDS)
def test_wizards_open_at_a_size_that_fits_a_laptop_and_remember_the_users(
    qgis_iface, laptop_screen, module_name, class_name
):
    first = _wizard(qgis_iface, module_name, class_name)
    QgsSettings().remove(SIZE_SETTINGS.format(name=first.objectName()))
    first.deleteLater()
    wizard = _wizard(qgis_iface, module_name, class_name)
    try:
        assert wizard.size() == DEFAULT_SIZE
        assert wizard.minimumWidth() <= 1366 and wizard.minimumHeight() <= 728 - 40
        assert wizard.isSizeGripEnabled() and wizard.maximumSize().height() > 728  # resizable
        wizard.show()
        wizard.resize(1200, 680)
        wizard.reject()
        again = _wizard(qgis_iface, module_name, class_name)
        assert again.size() == QSize(1200, 680)
        again.deleteLater()
    finally:
        QgsSettings().remove(SIZE_SETTINGS.format(name=wizard.objectName()))
        wizard.deleteLater()


def test_a_remembered_size_larger_than_the_screen_is_cut_to_it(qgis_app, laptop_screen):
    QgsSettings().setValue(SIZE_SETTINGS.format(name="CartongTestWizard"), QSize(2500, 1400))
    try:
        assert remembered_size("CartongTestWizard") == QSize(1366, 688)
    finally:
        QgsSettings().remove(SIZE_SETTINGS.format(name="CartongTestWizard"))


@pytest.mark.parametrize("module_name, class_name", WIZARDS)
def test_long_subtitles_wrap_instead_of_being_cut(qgis_iface, module_name, class_name):
    wizard = _wizard(qgis_iface, module_name, class_name)
    try:
        wizard.resize(DEFAULT_SIZE)
        wizard.show()
        for page_id in wizard.pageIds():
            wizard.page(page_id).setSubTitle("Choisissez l'export téléchargé depuis KoboToolbox " * 6)
        labels = [label for label in wizard.findChildren(QLabel) if label.text().startswith("Choisissez")]
        assert labels and all(label.wordWrap() for label in labels)
        assert wizard.subTitleFormat() == Qt.TextFormat.PlainText
    finally:
        wizard.reject()
        wizard.deleteLater()


def test_main_dialog_help_opens_the_overview_page(qgis_iface, monkeypatch):
    import cartong_plugin.gui.learning.help_dock as help_dock
    from cartong_plugin.gui.main_dialog import MainDialog

    shown = []
    monkeypatch.setattr(help_dock, "show_help", lambda page, iface=None: shown.append(page))

    class Plugin:
        iface = qgis_iface

    dialog = MainDialog(Plugin())
    dialog.extra_buttons["help"].click()
    assert shown == ["index"]
    dialog.deleteLater()


def _smoke_tool():
    """tests/tools/gui_smoke_wizards.py, the module gui-smoke runs inside the desktop."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent / "tools" / "gui_smoke_wizards.py"
    spec = importlib.util.spec_from_file_location("gui_smoke_wizards", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_smoke_finds_a_cut_label_and_passes_a_wrapped_one(qgis_app):
    from qgis.PyQt.QtWidgets import QVBoxLayout, QWizard

    from cartong_plugin.gui.wizard_common import WizardPage, plain_label

    wizard = QWizard()
    page = WizardPage("test_page", "Title")
    layout = QVBoxLayout(page)
    long_text = "Un sous-titre français bien plus long que la page ne le permet sur une seule ligne " * 3
    wrapped = plain_label(long_text, page)
    cut = QLabel(long_text.replace("Un", "Deux", 1), page)  # no word wrap in a narrow column: the end is cut
    cut.setMaximumWidth(300)
    layout.addWidget(wrapped)
    layout.addWidget(cut)
    wizard.addPage(page)
    wizard.resize(600, 400)
    wizard.show()
    try:
        clipped = _smoke_tool().clipped_texts(wizard)
        assert len(clipped) == 1 and clipped[0].startswith("'Deux sous-titre")
        cut.setMaximumWidth(5000)  # the window grows past the screen instead: said too
        wizard.resize(max(wizard.minimumSizeHint().width(), 1500), 800)
        clipped = _smoke_tool().clipped_texts(wizard, screen=QSize(1366, 728))
        assert any("larger than the screen" in text for text in clipped)
    finally:
        wizard.close()
        wizard.deleteLater()
