# SPDX-License-Identifier: GPL-3.0-or-later
"""Install the plugin's Qt translator for QGIS's locale (or the plugin's override).

Right-to-left: the plugin does not translate Qt's ``QT_LAYOUT_DIRECTION`` marker (context
"QGuiApplication"), since a plugin translator saying "RTL" would flip the whole QGIS window.
Instead each plugin window sets ``layout_direction()`` on itself, so an Arabic plugin in an
English QGIS is right-to-left, and a French plugin in an Arabic QGIS is left-to-right.
"""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from .paths import i18n_dir

SETTING_LOCALE = "cartong/locale"  # "" follows QGIS
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})  # Arabic, Persian, Hebrew, Urdu


def preferred_language() -> str:
    """Two-letter language code: the plugin override, else QGIS's user locale."""
    settings = QgsSettings()
    override = settings.value(SETTING_LOCALE, "", type=str)
    locale = override or settings.value("locale/userLocale", "", type=str) or "en"
    return locale[:2].lower()


def plugin_locale() -> QLocale:
    """How the plugin's language writes numbers ("6,8" in French, "٦٫٨" in Arabic): QGIS's own locale may
    be another language's (the plugin's can be chosen apart, ``cartong/locale``)."""
    return QLocale(preferred_language())


def layout_direction(language: str | None = None) -> Qt.LayoutDirection:
    """Direction of the plugin's windows for ``language`` (default: the plugin's language).

    Call ``widget.setLayoutDirection(layout_direction())`` on each top-level window or dock the
    plugin creates: Qt gives a new window the application's direction, which is QGIS's, not ours.
    """
    language = (language or preferred_language())[:2].lower()
    if language in RIGHT_TO_LEFT_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def install_translator(language: str | None = None) -> QTranslator | None:
    """Load ``cartong_<lang>.qm`` into the application; return the translator, or None.

    The caller keeps the returned object (Qt does not own it) and removes it on unload.
    """
    language = language or preferred_language()
    qm = i18n_dir() / f"cartong_{language}.qm"
    if language == "en" or not qm.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
