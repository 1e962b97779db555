# SPDX-License-Identifier: GPL-3.0-or-later
"""The plugin loads into QGIS, adds its menu, toolbar and provider, and unload removes them all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMenu, QToolBar

import cartong_plugin
from cartong_plugin.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME


def _menus(iface):
    return [
        m
        for m in iface.mainWindow().findChildren(QMenu, MENU_OBJECT_NAME)
        if m.menuAction() in iface.mainWindow().menuBar().actions()
    ]


def test_load_adds_menu_toolbar_and_provider(qgis_iface, no_cartong_provider):
    plugin = cartong_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        menus = _menus(qgis_iface)
        assert len(menus) == 1
        entries = [a for a in menus[0].actions() if not a.isSeparator()]
        assert len(entries) == 8  # home, the four steps, download, data protection, "Learn"
        assert entries[-1].menu() is not None and entries[-1].menu().actions()
        assert qgis_iface.mainWindow().findChild(QToolBar, TOOLBAR_OBJECT_NAME) is not None
        assert QgsApplication.processingRegistry().providerById("cartong") is not None
    finally:
        plugin.unload()


def test_unload_leaves_nothing_behind(qgis_iface, no_cartong_provider):
    for _ in range(2):  # a reload (Plugin Reloader) must not pile up menus or providers
        plugin = cartong_plugin.classFactory(qgis_iface)
        plugin.initGui()
        plugin.unload()
    assert _menus(qgis_iface) == []
    assert QgsApplication.processingRegistry().providerById("cartong") is None
    toolbars = [
        t
        for t in qgis_iface.mainWindow().findChildren(QToolBar, TOOLBAR_OBJECT_NAME)
        if t.parent() is not None and not t.isHidden()
    ]
    assert toolbars == []


def test_main_dialog_lists_the_data_cycle(qgis_iface, no_cartong_provider):
    plugin = cartong_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.open_main_dialog()
        dialog = plugin.dialogs["main"]
        assert dialog.isVisible()
        assert list(dialog.step_buttons) == ["import", "clean", "map", "export"]
        assert list(dialog.extra_buttons) == ["download", "protection", "field", "training", "help"]
        dialog.extra_buttons["field"].click()
        assert plugin.dialogs["field"].isVisible()
        dialog.extra_buttons["protection"].click()
        assert plugin.dialogs["protection"].isVisible()
        dialog.extra_buttons["download"].click()
        assert plugin.dialogs["download"].isVisible()
    finally:
        plugin.unload()


def test_plugin_start_does_not_import_pandas():
    """Start-up must stay cheap: pandas and the readers load on first use only."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from qgis.core import QgsApplication; app = QgsApplication([], True); app.initQgis()\n"
        "from qgis.PyQt.QtWidgets import QMainWindow\n"
        "class Iface:  # the two calls initGui makes\n"
        "    window = QMainWindow()\n"
        "    def mainWindow(self): return self.window\n"
        "    def addToolBar(self, name): return self.window.addToolBar(name)\n"
        "iface = Iface()\n"
        "import cartong_plugin; p = cartong_plugin.classFactory(iface); p.initGui()\n"
        "print('pandas' in sys.modules)\n"
    )
    repo = Path(cartong_plugin.__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=repo)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr
