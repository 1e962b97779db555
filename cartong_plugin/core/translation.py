# SPDX-License-Identifier: GPL-3.0-or-later
"""Install the plugin's Qt translator for QGIS's locale (or the plugin's override)."""
from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .paths import i18n_dir

SETTING_LOCALE = "cartong/locale"  # "" follows QGIS


def preferred_language() -> str:
    """Two-letter language code: the plugin override, else QGIS's user locale."""
    settings = QgsSettings()
    override = settings.value(SETTING_LOCALE, "", type=str)
    locale = override or settings.value("locale/userLocale", "", type=str) or "en"
    return locale[:2].lower()


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
