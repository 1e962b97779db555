# SPDX-License-Identifier: GPL-3.0-or-later
"""The toolkit's home: the steps of the data cycle, each opening its wizard."""

from __future__ import annotations

import html
import importlib

from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
)

from ..core.base.i18n import tr
from ..core.base.paths import icon_path
from ..core.base.translation import layout_direction

# step id -> "module:factory" of its wizard in gui/; a step without one opens its algorithm.
WIZARDS: dict[str, str] = {
    "import": "importing.wizard:ImportWizard",
    "clean": "cleaning.wizard:CleaningWizard",
    "map": "maps.wizard:MapWizard",
    "export": "maps.wizard:MapWizard",  # the export is the map wizard's last page
}


def data_cycle_steps(plugin):
    """The four steps, in order: id, title, explanation, icon, algorithm and how to open it."""
    steps = [
        (
            "import",
            tr("1. Import survey data…"),
            tr("Read a KoboToolbox, ODK or ONA export with its XLSForm into a GeoPackage."),
            "import.svg",
            "cartong:importsurvey",
        ),
        (
            "clean",
            tr("2. Check and clean…"),
            tr("Find duplicates, GPS errors, outliers and short interviews; keep a cleaning log."),
            "clean.svg",
            "cartong:runchecks",
        ),
        (
            "map",
            tr("3. Make a map…"),
            tr("Count submissions by admin area and lay out a print-ready map."),
            "map.svg",
            "cartong:countbyadmin",
        ),
        (
            "export",
            tr("4. Export the map…"),
            tr("Write the map as a PDF ready to print or share."),
            "export.svg",
            "cartong:exportmappdf",
        ),
    ]
    return [
        {
            "id": sid,
            "title": title,
            "description": text,
            "icon": icon,
            "algorithm": alg,
            "open": (lambda checked=False, s=sid, a=alg: open_step(plugin, s, a)),
        }
        for sid, title, text, icon, alg in steps
    ]


def open_step(plugin, step_id: str, algorithm_id: str):
    """Open the step's wizard, or the Processing dialog of its algorithm."""
    target = WIZARDS.get(step_id)
    if target:
        module_name, factory = target.split(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        wizard = plugin._show(step_id, lambda: getattr(module, factory)(plugin.iface, plugin.iface.mainWindow()))
        if step_id == "export" and wizard is not None:
            wizard.go_to_export()  # the export page, as far as the pages before it are complete
        return wizard
    from processing import execAlgorithmDialog

    return execAlgorithmDialog(algorithm_id)


class StepButton(QToolButton):
    """A step of the data cycle: its icon, title and description laid out in the dialog's direction
    (icon on the right in Arabic) by labels, the description wrapped. QToolButton's own drawing
    keeps its text left-aligned and cuts a long description; it still holds the text (accessibility)."""

    def __init__(self, step: dict, parent=None):
        super().__init__(parent)
        self.setText(f"{step['title']}\n{step['description']}")
        picture = QLabel(self)
        picture.setObjectName("step_icon")
        picture.setPixmap(QIcon(icon_path(step["icon"])).pixmap(QSize(32, 32)))
        words = QLabel(f"<b>{html.escape(step['title'])}</b><br>{html.escape(step['description'])}", self)
        words.setObjectName("step_text")
        words.setWordWrap(True)
        row = QHBoxLayout(self)
        for label in (picture, words):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks reach the button
            row.addWidget(label, label is words)

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        # As tall as the wrapped description needs at the narrowest width: never cut, even in a
        # dialog that Qt sizes without asking each button its height for the width it gets.
        width = max(self.minimumWidth(), self.layout().totalMinimumSize().width())
        return QSize(width, self.heightForWidth(width))

    def sizeHint(self):  # noqa: N802 - Qt's name
        return self.minimumSizeHint()

    def paintEvent(self, _event):  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text, option.icon = "", QIcon()  # the frame only: the labels show the rest
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)


class MainDialog(QDialog):
    """A launcher listing the data cycle; what a trainer shows on the first slide."""

    def __init__(self, plugin, parent=None):
        super().__init__(parent)
        self.setObjectName("CartongMainDialog")
        self.setLayoutDirection(layout_direction())
        self.setWindowTitle(tr("CartONG Toolkit"))
        self.setWindowIcon(QIcon(icon_path()))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("From collected data to a print-ready map, one step at a time."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.step_buttons = {}
        for step in data_cycle_steps(plugin):
            button = StepButton(step, self)
            button.setObjectName(f"step_{step['id']}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setMinimumWidth(480)
            button.clicked.connect(step["open"])
            layout.addWidget(button)
            self.step_buttons[step["id"]] = button
        more = QHBoxLayout()
        self.extra_buttons = {}
        for key, text, icon, callback in self._extras(plugin):
            extra = QPushButton(QIcon(icon_path(icon)), text, self)
            extra.setObjectName(f"extra_{key}")
            extra.clicked.connect(callback)
            more.addWidget(extra)
            self.extra_buttons[key] = extra
        layout.addLayout(more)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))  # plugin language
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _extras(plugin):
        """What surrounds the data cycle: protecting data, training, help."""

        def training(_checked=False):
            from .learning.learn_menu import start_training

            start_training(plugin.iface)

        def help_page(_checked=False):
            from .learning.help_dock import show_help

            show_help("index", plugin.iface)  # the overview, every step linked from it

        return [
            (
                "download",
                tr("Download from a server…"),
                "import.svg",
                lambda _checked=False: plugin.open_download_wizard(),
            ),
            (
                "protection",
                tr("Data protection…"),
                "protect.svg",
                lambda _checked=False: plugin.open_protection_wizard(),
            ),
            ("field", tr("Prepare for the field…"), "export.svg", lambda _checked=False: plugin.open_field_wizard()),
            ("training", tr("Training session…"), "cartong.svg", training),
            ("help", tr("Help"), "cartong.svg", help_page),
        ]
