# SPDX-License-Identifier: GPL-3.0-or-later
"""Menu, toolbar and Processing provider; nothing heavy is imported here."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .core.base.i18n import tr
from .core.base.paths import icon_path
from .core.base.translation import install_translator, remove_translator

LOG_TAG = "CartONG"
MENU_OBJECT_NAME = "mCartongMenu"
TOOLBAR_OBJECT_NAME = "mCartongToolbar"


class CartongPlugin:
    """Adds the "CartONG" menu and toolbar and the ``cartong`` Processing provider."""

    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.dialogs = {}
        self.learn_menu = None

    # -- QGIS hooks -------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802
        from .processing.provider import CartongProvider

        registry = QgsApplication.processingRegistry()
        if registry.providerById("cartong") is not None:  # loaded twice: keep the first
            self.log(tr("The CartONG Processing provider is already registered."), Qgis.MessageLevel.Warning)
            return
        self.provider = CartongProvider()
        registry.addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("CartONG"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = self.iface.addToolBar(tr("CartONG Toolkit"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        self._add_action(tr("CartONG Toolkit…"), self.open_main_dialog, icon="cartong.svg", toolbar=True)
        self.menu.addSeparator()
        for step in self._steps():
            self._add_action(step["title"], step["open"], icon=step["icon"], toolbar=False)
        self._add_action(tr("Download from a server…"), self.open_download_wizard, icon="import.svg", toolbar=False)
        self._add_action(
            tr("Data protection: export for sharing…"), self.open_protection_wizard, icon="protect.svg", toolbar=False
        )
        self.menu.addSeparator()
        from .gui.learning.learn_menu import build_learn_menu

        self.learn_menu = build_learn_menu(self.menu, self.iface)

        menu_bar = main_window.menuBar()
        help_menu = self.iface.helpMenu() if hasattr(self.iface, "helpMenu") else None
        if help_menu is not None and help_menu.menuAction() in menu_bar.actions():
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def unload(self):
        for dialog in self.dialogs.values():
            dialog.close()
            dialog.deleteLater()
        self.dialogs.clear()
        from .gui.learning.learn_menu import unload_help

        unload_help(self.iface)
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions.clear()
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None

    # -- actions ----------------------------------------------------------------------
    def _add_action(self, text, callback, icon, toolbar):
        action = QAction(QIcon(icon_path(icon)), text, self.iface.mainWindow())
        action.triggered.connect(callback)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _steps(self):
        """The steps of the data cycle, in the order a user walks them."""
        from .gui.main_dialog import data_cycle_steps

        return data_cycle_steps(self)

    def open_main_dialog(self):
        from .gui.main_dialog import MainDialog

        self._show("main", lambda: MainDialog(self, self.iface.mainWindow()))

    def open_download_wizard(self):
        from .gui.download.wizard import DownloadWizard

        self._show("download", lambda: DownloadWizard(self.iface, self.iface.mainWindow()))

    def open_protection_wizard(self):
        from .gui.protection.wizard import ProtectionWizard

        self._show("protection", lambda: ProtectionWizard(self.iface, self.iface.mainWindow()))

    def open_field_wizard(self):
        from .gui.field.wizard import FieldWizard

        self._show("field", lambda: FieldWizard(self.iface, self.iface.mainWindow()))

    def _show(self, key, factory):
        dialog = self.dialogs.get(key)
        if dialog is None:
            from .core.base.translation import layout_direction

            dialog = self.dialogs[key] = factory()
            dialog.setLayoutDirection(layout_direction())  # the plugin's language may differ from QGIS's
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def log(self, message, level=Qgis.MessageLevel.Info):
        QgsMessageLog.logMessage(message, LOG_TAG, level)
