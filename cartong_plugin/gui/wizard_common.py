# SPDX-License-Identifier: GPL-3.0-or-later
"""Boilerplate shared by the wizards: the wizard and its pages, plain-text labels, risk cells.

Labels built here never interpret their text as HTML, so survey values (``<img onerror=...>``)
are shown as typed.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QFontMetrics, QGuiApplication
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidgetItem,
    QWizard,
    QWizardPage,
)

from ..core.base.i18n import tr
from ..core.base.safe_files import plain_text
from ..core.base.translation import layout_direction
from ..core.protection.survey_findings import risk_label

SIZE_SETTINGS = "cartong/wizards/{name}/size"  # the size the user last left a wizard at
# A size that suits a 1366 x 768 laptop (the screen less the task bar and the window title); the
# smallest size keeps every page usable: what does not fit scrolls.
DEFAULT_SIZE = QSize(1100, 660)
MINIMUM_SIZE = QSize(760, 520)
# A note that is not an error (what was detected, what happens next): the text colour, never red.
NOTE_STYLE = ""
# A problem the user must fix before going on: dark red (ColorBrewer RdBu), bold, with words that say so.
PROBLEM_STYLE = "color: #a50026; font-weight: bold"

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
        # Resizable from its corner, opening at the size it was left at (within the screen).
        self.setSizeGripEnabled(True)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(remembered_size(name))
        # Subtitles in French or Arabic run longer than in English: wrapped, never cut.
        self.setSubTitleFormat(Qt.TextFormat.PlainText)

    def done(self, result):
        QgsSettings().setValue(SIZE_SETTINGS.format(name=self.objectName()), self.size())
        super().done(result)
        self._start_again = True

    def showEvent(self, event):  # noqa: N802
        if self._start_again:
            self._start_again = False
            self.restart()
        super().showEvent(event)

    def add_pages(self, *pages: QWizardPage) -> None:
        for page in pages:
            self.addPage(page)  # QWizard updates its buttons on completeChanged; ours runs after it
            page.completeChanged.connect(self.hold_buttons_while_busy)
        self.currentIdChanged.connect(self.hold_buttons_while_busy)

    def hold_buttons_while_busy(self, *_args) -> None:
        """While the current page's task runs (``task_running()``), Back, Next and Finish are disabled.

        Going Back would leave the task writing unseen, and Next again would start a second one beside
        it. The page emits completeChanged when its task starts and ends; QWizard then enables its
        buttons as usual and this disables them again while the task runs. Cancel stays.
        """
        page = self.currentPage()
        busy = getattr(page, "task_running", None)
        if page is None or busy is None or not busy():
            return
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        ):
            self.button(which).setEnabled(False)

    def install_help(self) -> None:
        try:
            from .learning.help_dock import install_wizard_help
        except ImportError:  # the help dock is optional for the wizards
            return
        install_wizard_help(self, self.iface)


def available_size() -> QSize:
    """The room on the screen (less the task bar), or the 1366 x 768 laptop's when there is no screen."""
    screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1366, 728)


def remembered_size(name: str) -> QSize:
    """The size the wizard ``name`` was last closed at, else DEFAULT_SIZE; never larger than the screen."""
    size = QgsSettings().value(SIZE_SETTINGS.format(name=name), DEFAULT_SIZE)
    if not isinstance(size, QSize) or not size.isValid():
        size = DEFAULT_SIZE
    room = available_size() - QSize(0, 40)  # the window's title bar
    return QSize(
        max(MINIMUM_SIZE.width(), min(size.width(), room.width())),
        max(MINIMUM_SIZE.height(), min(size.height(), room.height())),
    )


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

    ``help_page`` names the help page when it is not the object name. A page running a task that
    must not be left (a build, an import) returns True from ``task_running`` meanwhile and emits
    completeChanged when the task starts and ends: the wizard then holds Back and Next.
    """

    def task_running(self) -> bool:
        return False

    def __init__(self, name: str, title: str, subtitle: str = "", parent=None, help_page: str = ""):
        super().__init__(parent)
        self.setObjectName(name)
        self.setTitle(title)
        # Expanding: QWizard then gives the page the room below it, where tables and lists grow.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
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


def message_label(text: str = "", parent=None, name: str = "") -> QLabel:
    """A ``plain_label`` for long messages that mix Arabic with Latin runs (addresses, form IDs).

    In a right-to-left label Qt places a wrapped line as if its trailing space were visible, so a
    line that fills the width is pushed up to one space's width past the left edge, and its last
    word is cut. A side margin of one space (plus a pixel of anti-aliasing) keeps it inside.
    """
    label = plain_label(text, parent, name)
    slack = QFontMetrics(label.font()).horizontalAdvance(" ") + 1
    label.setContentsMargins(slack, 0, slack, 0)
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


def follow_layout_direction(edit) -> None:
    """A QPlainTextEdit's lines start where the page's do: right-aligned in Arabic. Its document keeps
    its own left-to-right default otherwise, even in a right-to-left window."""
    document = edit.document()
    option = document.defaultTextOption()
    direction = layout_direction()  # the plugin's language, which may differ from QGIS's
    option.setTextDirection(direction)
    right_to_left = direction == Qt.LayoutDirection.RightToLeft
    option.setAlignment(Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
    document.setDefaultTextOption(option)


class LeftToRightDelegate(QStyledItemDelegate):
    """Cells holding column names, uuids or paths drawn left to right, on the side the page reads from.

    In a right-to-left table ``_uuid`` would be drawn ``uuid_``; the cell keeps its place (right-aligned
    in Arabic) while its text runs as typed.
    """

    def initStyleOption(self, option, index):  # noqa: N802
        super().initStyleOption(option, index)
        if option.direction != Qt.LayoutDirection.RightToLeft:
            return
        option.direction = Qt.LayoutDirection.LeftToRight
        alignment = option.displayAlignment
        if not alignment & Qt.AlignmentFlag.AlignAbsolute:  # a leading edge: the right in Arabic
            if alignment & Qt.AlignmentFlag.AlignLeft:
                alignment = (alignment & ~Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignRight
            elif alignment & Qt.AlignmentFlag.AlignRight:
                alignment = (alignment & ~Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignLeft
            option.displayAlignment = alignment


def left_to_right_columns(view: QAbstractItemView, *columns: int) -> None:
    """Draw the cells of ``columns`` (identifiers, paths) left to right with a LeftToRightDelegate."""
    delegate = LeftToRightDelegate(view)
    for column in columns:
        view.setItemDelegateForColumn(column, delegate)
