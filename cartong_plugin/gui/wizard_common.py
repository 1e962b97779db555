# SPDX-License-Identifier: GPL-3.0-or-later
"""Boilerplate shared by the wizards: the wizard and its pages, plain-text labels, risk cells.

Labels built here never interpret their text as HTML, so survey values (``<img onerror=...>``)
are shown as typed.
"""
from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import QLabel, QTableWidgetItem, QWizard, QWizardPage

from ..core.base.i18n import tr
from ..core.base.safe_files import plain_text
from ..core.protection.survey_findings import risk_label

# Light backgrounds from ColorBrewer RdBu (colour-blind safe), always beside the level in words.
RISK_COLOURS = {"high": "#f4a582", "medium": "#fddbc7", "low": "#d1e5f0"}


class CartongWizard(QWizard):
    """A named wizard with its title; ``add_pages`` then ``install_help`` (the Help button).

    The plugin keeps each wizard between uses: closed, it opens again on its first page.
    """

    def __init__(self, name: str, title: str, iface=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self._start_again = False
        self.setObjectName(name)
        self.setWindowTitle(title)
        translate_wizard_buttons(self)

    def done(self, result):
        super().done(result)
        self._start_again = True

    def showEvent(self, event):  # noqa: N802
        if self._start_again:
            self._start_again = False
            self.restart()
        super().showEvent(event)

    def add_pages(self, *pages: QWizardPage) -> None:
        for page in pages:
            self.addPage(page)

    def install_help(self) -> None:
        try:
            from .learning.help_dock import install_wizard_help
        except ImportError:  # the help dock is optional for the wizards
            return
        install_wizard_help(self, self.iface)


def translate_wizard_buttons(wizard: QWizard) -> None:
    """Qt's own button texts follow QGIS's language; ours may be set differently (cartong/locale)."""
    texts = {
        QWizard.WizardButton.BackButton: tr("< &Back"),
        QWizard.WizardButton.NextButton: tr("&Next >"),
        QWizard.WizardButton.FinishButton: tr("&Finish"),
        QWizard.WizardButton.CancelButton: tr("Cancel"),
        QWizard.WizardButton.HelpButton: tr("&Help"),
    }
    for button, text in texts.items():
        wizard.setButtonText(button, text)


def optional_file_ok(widget) -> bool:
    """An optional file chooser (e.g. the XLSForm) is empty or names an existing file."""
    path = widget.filePath()
    return not path or Path(path).is_file()


class WizardPage(QWizardPage):
    """A page with its object name (tests and the help dock find it by it), title and subtitle.

    ``help_page`` names the help page when it is not the object name.
    """

    def __init__(self, name: str, title: str, subtitle: str = "", parent=None, help_page: str = ""):
        super().__init__(parent)
        self.setObjectName(name)
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
        if help_page:
            from .learning.help_dock import HELP_PAGE_PROPERTY

            self.setProperty(HELP_PAGE_PROPERTY, help_page)


def plain_label(text: str = "", parent=None, name: str = "") -> QLabel:
    """A word-wrapped label that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if name:
        label.setObjectName(name)
    return label


def safe_tooltip(value) -> str:
    """A tooltip showing ``value`` as typed.

    Qt guesses whether a tooltip is rich text; the escaped value inside a paragraph is always
    rich text, so ``<img onerror=...>`` shows as those characters and ``a & b`` as ``a & b``.
    """
    text = "" if value is None else str(value)
    return f"<p>{plain_text(text)}</p>" if text else ""


def text_item(text: str, max_length: int | None = None) -> QTableWidgetItem:
    """A table item: drawn as plain text; its tooltip (rich text in Qt) is escaped."""
    shown = text if max_length is None or len(text) <= max_length else text[:max_length] + "…"
    item = QTableWidgetItem(shown)
    if text:
        item.setToolTip(safe_tooltip(text))
    return item


def risk_item(risk: str) -> QTableWidgetItem:
    """A table item giving the risk in words on its colour; high risk in bold."""
    item = text_item(risk_label(risk))
    item.setBackground(QBrush(QColor(RISK_COLOURS.get(risk, "#ffffff"))))
    item.setForeground(QBrush(QColor("#000000")))
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if risk == "high":
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item
