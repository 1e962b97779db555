# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Learn" menu, and what links the help dock and the training panel.

The plugin calls ``build_learn_menu(menu, iface)`` in initGui and ``unload_help(iface)`` in unload;
``start_training`` opens a training session whose steps show their help in the help dock.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QMenu

from ...core.base.i18n import tr
from ...core.base.translation import preferred_language
from ...core.learning.help_catalogue import Catalogue, load_catalogue, topic_label
from .docks import main_iface, release_docks
from .help_dock import LEARN_MENU_OBJECT_NAME, HelpDock, open_url, show_help
from .training_panel import TrainingPanel, start_training_session


def start_training(iface, folder: str | Path | None = None) -> TrainingPanel | None:
    """Start or continue a training session; a step's help opens in the help dock."""
    return start_training_session(iface, folder, on_help=lambda page: show_help(page, iface))


def fill_learn_menu(menu: QMenu, iface=None, catalogue: Catalogue | None = None, language: str | None = None):
    """(Re)build the Learn menu: one submenu per data-cycle topic, then offline help and training."""
    language = language or preferred_language()
    catalogue = catalogue if catalogue is not None else load_catalogue()
    for submenu in menu.findChildren(QMenu):
        submenu.deleteLater()  # clear() drops the actions, not the submenus it created
    menu.clear()
    for topic, resources in catalogue.by_topic().items():
        submenu = menu.addMenu(topic_label(topic))
        submenu.setObjectName(f"mCartongLearn_{topic}")
        for resource in resources:
            text = resource.title(language)
            content_language = resource.language_of(language)
            if content_language != language:
                text += f" [{content_language}]"
            action = submenu.addAction(text)
            url = resource.url(language)
            action.setData(url)
            action.setToolTip(url)
            action.triggered.connect(lambda _checked=False, target=url: open_url(target))
    menu.addSeparator()
    offline = menu.addAction(tr("Offline help…"))
    offline.triggered.connect(lambda _checked=False: show_help("index", iface))
    training = menu.addAction(tr("Start training session…"))
    training.setObjectName("actionCartongTraining")

    training.triggered.connect(lambda _checked=False: start_training(main_iface(iface)))
    if catalogue.problems:
        problems = menu.addAction(tr("Problems in the help catalogue…"))
        problems.triggered.connect(lambda _checked=False: _show_problems(catalogue.problems, iface))
    return catalogue


def _show_problems(problems, iface=None) -> None:
    from qgis.PyQt.QtWidgets import QMessageBox

    QMessageBox.warning(main_iface(iface).mainWindow(), tr("CartONG help catalogue"), "\n\n".join(problems))


def build_learn_menu(
    parent_menu: QMenu, iface=None, catalogue: Catalogue | None = None, language: str | None = None
) -> QMenu:
    """Add the "Learn" submenu to ``parent_menu`` and return it.

    The catalogue is read again each time the menu opens, so a trainer's catalogue set in the
    settings applies at once; pass ``catalogue`` to fix it (tests)."""
    menu = QMenu(tr("Learn"), parent_menu)
    menu.setObjectName(LEARN_MENU_OBJECT_NAME)
    used = fill_learn_menu(menu, iface, catalogue, language)
    if catalogue is None:
        menu.aboutToShow.connect(lambda: fill_learn_menu(menu, iface, None, language))
        report_catalogue_problems(used, iface)
    parent_menu.addMenu(menu)
    return menu


def report_catalogue_problems(catalogue: Catalogue, iface=None) -> None:
    """Tell the user once, in the message bar, that the trainer's catalogue has problems."""
    if not catalogue.problems:
        return
    bar = getattr(main_iface(iface), "messageBar", None)
    if bar is None:
        return
    bar().pushMessage(
        tr("CartONG help"),
        tr(
            "{count} problem(s) in the help catalogue; the bundled catalogue is "
            "used for the rest. Details: CartONG › Learn › Problems in the help "
            "catalogue, or the CartONG log."
        ).format(count=len(catalogue.problems)),
        level=Qgis.MessageLevel.Warning,
        duration=10,
    )


def unload_help(iface=None) -> None:
    """Remove the help dock and the training panel from the main window (plugin unload)."""
    main_window = main_iface(iface).mainWindow()
    for dock in main_window.findChildren(HelpDock):
        dock.stop_probe()
    for dock_type in (HelpDock, TrainingPanel):
        for dock in main_window.findChildren(dock_type):
            main_window.removeDockWidget(dock)
            dock.setParent(None)
            dock.deleteLater()
    release_docks()
