# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish, Portuguese and Arabic are ready to translate; Arabic lays the plugin out right to left."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QApplication

from cartong_plugin.core.base import translation
from cartong_plugin.core.base.i18n import tr
from cartong_plugin.core.base.translation import (
    install_translator,
    layout_direction,
    preferred_language,
    remove_translator,
)

REPO = Path(__file__).resolve().parent.parent
NEW_LANGUAGES = ["es", "pt", "ar"]


def _lrelease() -> str:
    sys.path.insert(0, str(REPO / "i18n"))
    try:
        import build_qm
    finally:
        sys.path.pop(0)
    return build_qm.lrelease()


def _main_dialog():
    from cartong_plugin.gui.main_dialog import MainDialog

    return MainDialog(None)  # the plugin is only used when a step is clicked


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_new_language_ts_is_a_qt_translation_source_for_the_plugin_context(language):
    root = ET.parse(REPO / "i18n" / f"cartong_{language}.ts").getroot()
    assert root.tag == "TS" and root.get("language") == language
    contexts = [c.findtext("name") for c in root.iter("context")]
    # Only the plugin's context: a QGuiApplication "QT_LAYOUT_DIRECTION" entry would flip all of QGIS.
    assert contexts == ["CartONG"]
    assert len(root.find("context").findall("message")) > 100


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_translation_compiles_and_falls_back_to_english_where_unfinished(qgis_app, tmp_path, monkeypatch, language):
    sys.path.insert(0, str(REPO / "i18n"))
    try:
        import update_ts
    finally:
        sys.path.pop(0)
    ts = REPO / "i18n" / f"cartong_{language}.ts"
    menu, kind = update_ts.read_ts(ts)["1. Import survey data…"]
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(tmp_path / f"cartong_{language}.qm")], check=True)
    monkeypatch.setattr(translation, "i18n_dir", lambda: tmp_path)
    translator = install_translator(language)
    assert translator is not None and translator.language() == language
    try:
        # the language's words where the message is finished, English where it is not
        assert tr("1. Import survey data…") == (menu if menu and not kind else "1. Import survey data…")
        assert tr("A sentence no catalogue holds") == "A sentence no catalogue holds"
    finally:
        remove_translator(translator)


@pytest.mark.parametrize(
    "language, direction",
    [
        ("ar", Qt.LayoutDirection.RightToLeft),
        ("ar_SA", Qt.LayoutDirection.RightToLeft),
        ("fa", Qt.LayoutDirection.RightToLeft),
        ("he", Qt.LayoutDirection.RightToLeft),
        ("ur", Qt.LayoutDirection.RightToLeft),
        ("fr", Qt.LayoutDirection.LeftToRight),
        ("en", Qt.LayoutDirection.LeftToRight),
        ("es", Qt.LayoutDirection.LeftToRight),
        ("pt_BR", Qt.LayoutDirection.LeftToRight),
    ],
)
def test_layout_direction_of_a_language(language, direction):
    assert layout_direction(language) == direction


def test_main_dialog_is_right_to_left_in_arabic(qgis_app, languages):
    languages("ar")
    dialog = _main_dialog()
    try:
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Children follow the window: the step buttons put their icon on the right.
        assert dialog.step_buttons["import"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        dialog.deleteLater()


def _ink_columns(label) -> list[int]:
    """x of the columns of ``label`` holding dark text pixels."""
    image = label.grab().toImage()
    return [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)).lightness() < 100 for y in range(image.height()))
    ]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_main_dialog_steps_start_on_the_reading_side_and_show_their_whole_description(
    qgis_app, languages, plugin_i18n, monkeypatch, language
):
    from qgis.PyQt.QtWidgets import QLabel

    monkeypatch.setattr(translation, "i18n_dir", lambda: plugin_i18n)
    languages(language)
    translator = install_translator(language)
    dialog = _main_dialog()
    try:
        dialog.show()
        QApplication.processEvents()
        for step, button in dialog.step_buttons.items():
            icon, words = button.findChild(QLabel, "step_icon"), button.findChild(QLabel, "step_text")
            assert words.text().startswith("<b>" + button.text().splitlines()[0]), step  # translated title
            # the whole description: wrapped to the button's width, as tall as the wrapped text
            assert words.width() <= button.width() and words.height() >= words.heightForWidth(words.width()), step
            ink = _ink_columns(words)
            if language == "ar":  # icon on the right, the text against it
                assert icon.geometry().left() > words.geometry().right(), step
                assert words.width() - ink[-1] < 8 and ink[0] > 4, step
            else:
                assert icon.geometry().right() < words.geometry().left() and ink[0] < 8, step
    finally:
        remove_translator(translator)
        dialog.deleteLater()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_main_dialog_is_left_to_right_in_french_and_english(qgis_app, languages, language):
    languages(language)
    dialog = _main_dialog()
    try:
        assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        dialog.deleteLater()


def test_plugin_override_wins_over_qgis_locale(qgis_app, languages):
    languages("fr", qgis="ar_EG")  # QGIS in Arabic, the plugin set to French
    assert preferred_language() == "fr"
    dialog = _main_dialog()
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    dialog.deleteLater()
    languages("ar", qgis="fr_FR")  # QGIS in French, the plugin set to Arabic
    assert preferred_language() == "ar"
    dialog = _main_dialog()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.deleteLater()


def test_without_override_the_plugin_follows_qgis_locale(qgis_app, languages):
    languages("", qgis="ar_EG")
    assert preferred_language() == "ar"
    dialog = _main_dialog()
    try:
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        dialog.deleteLater()


def test_help_dock_is_right_to_left_in_arabic(qgis_app, languages):
    from cartong_plugin.gui.learning.help_dock import HelpDock

    languages("ar")
    dock = HelpDock()
    try:
        dock.stop_probe()
        assert dock.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dock.browser.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        dock.deleteLater()


def test_arabic_plugin_leaves_qgis_left_to_right(qgis_app, languages, tmp_path, monkeypatch):
    """Only the plugin's windows turn: the translator carries no application-wide direction."""
    subprocess.run(
        [_lrelease(), "-silent", str(REPO / "i18n" / "cartong_ar.ts"), "-qm", str(tmp_path / "cartong_ar.qm")],
        check=True,
    )
    monkeypatch.setattr(translation, "i18n_dir", lambda: tmp_path)
    languages("ar")
    translator = install_translator()
    assert translator is not None
    try:
        QCoreApplication.processEvents()  # the LanguageChange event re-reads QT_LAYOUT_DIRECTION
        dialog = _main_dialog()
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        dialog.deleteLater()
    finally:
        remove_translator(translator)


def test_text_boxes_of_the_wizards_start_on_the_right_in_arabic(qgis_app, languages):
    """A QPlainTextEdit's document kept its left-to-right default in an Arabic page (the protection plan
    was flush left)."""
    from qgis.PyQt.QtWidgets import QPlainTextEdit

    from cartong_plugin.gui.wizard_common import follow_layout_direction

    for language, alignment in (("ar", Qt.AlignmentFlag.AlignRight), ("fr", Qt.AlignmentFlag.AlignLeft)):
        languages(language)
        edit = QPlainTextEdit()
        follow_layout_direction(edit)
        option = edit.document().defaultTextOption()
        assert option.alignment() == alignment
        assert option.textDirection() == layout_direction(language)
        edit.deleteLater()
