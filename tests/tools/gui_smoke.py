# SPDX-License-Identifier: GPL-3.0-or-later
"""Run inside the real QGIS desktop by ``qgis.bin --code``: check the installed plugin, then quit.

Checks that QGIS started the plugin, that the "CartONG" menu is in the menu bar, and opens the
main dialog; saves a picture of the dialog (CARTONG_SMOKE_PNG) and of the whole screen with the
main window (CARTONG_SMOKE_WINDOW_PNG); writes a JSON status (CARTONG_SMOKE_STATUS) and quits.
Exceptions are caught through sys.excepthook and the message log (see gui_smoke_startup.py).
"""
from __future__ import annotations

import json
import os
import sys
import traceback

import qgis.utils
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QApplication, QMenu

SMOKE_PLUGIN = "cartong_plugin"
SMOKE_MENU = "mCartongMenu"
SMOKE_STATUS = {
    "qgis_version": qgis.utils.Qgis.QGIS_VERSION,
    "plugin_active": False,
    "menu_found": False,
    "menu_actions": [],
    "dialog_shown": False,
    "dialog_png": os.environ["CARTONG_SMOKE_PNG"],
    "window_png": os.environ["CARTONG_SMOKE_WINDOW_PNG"],
    "exceptions": [],
    "log_errors": [],
}


def smoke_excepthook(kind, value, tb):
    # Recorded, not passed on: QGIS's own hook may open a modal stack-trace dialog and block the run.
    text = "".join(traceback.format_exception(kind, value, tb))
    SMOKE_STATUS["exceptions"].append(text)
    sys.stderr.write(text)


def smoke_run(step):
    """Run a step; an exception in it is a failure of the smoke test, never a silent pass."""
    try:
        step()
    except Exception:  # noqa: BLE001 - everything the plugin raises is reported
        SMOKE_STATUS["exceptions"].append(traceback.format_exc())


def smoke_check_menu():
    window = qgis.utils.iface.mainWindow()
    window.setGeometry(0, 0, 1280, 800)  # no window manager under Xvfb: size it ourselves
    SMOKE_STATUS["plugin_active"] = SMOKE_PLUGIN in qgis.utils.active_plugins
    bar_actions = window.menuBar().actions()
    menus = [m for m in window.findChildren(QMenu, SMOKE_MENU) if m.menuAction() in bar_actions]
    SMOKE_STATUS["menu_found"] = len(menus) == 1
    if menus:
        SMOKE_STATUS["menu_title"] = menus[0].title()
        SMOKE_STATUS["menu_actions"] = [a.text() for a in menus[0].actions() if not a.isSeparator()]


def smoke_open_dialog():
    plugin = qgis.utils.plugins[SMOKE_PLUGIN]
    plugin.open_main_dialog()
    dialog = plugin.dialogs["main"]
    dialog.move(200, 150)
    SMOKE_STATUS["dialog_shown"] = dialog.isVisible()
    SMOKE_STATUS["dialog_title"] = dialog.windowTitle()


def smoke_screenshots():
    QApplication.processEvents()
    dialog = qgis.utils.plugins[SMOKE_PLUGIN].dialogs["main"]
    SMOKE_STATUS["dialog_png_saved"] = dialog.grab().save(SMOKE_STATUS["dialog_png"], "PNG")
    screen = QGuiApplication.primaryScreen().grabWindow(0)  # the main window with the dialog on top
    SMOKE_STATUS["window_png_saved"] = screen.save(SMOKE_STATUS["window_png"], "PNG")


def smoke_finish():
    errors_file = os.environ.get("CARTONG_SMOKE_ERRORS", "")
    if errors_file and os.path.exists(errors_file):
        with open(errors_file, encoding="utf-8") as lines:
            SMOKE_STATUS["log_errors"] = [json.loads(line) for line in lines if line.strip()]
    SMOKE_STATUS["ok"] = (
        SMOKE_STATUS["plugin_active"] and SMOKE_STATUS["menu_found"] and SMOKE_STATUS["dialog_shown"]
        and not SMOKE_STATUS["exceptions"] and not SMOKE_STATUS["log_errors"]
    )
    with open(os.environ["CARTONG_SMOKE_STATUS"], "w", encoding="utf-8") as out:
        json.dump(SMOKE_STATUS, out, indent=2)
    QgsProject.instance().setDirty(False)  # no "save the project?" question on the way out
    qgis.utils.iface.actionExit().trigger()
    QTimer.singleShot(15000, lambda: os._exit(3))  # exit refused or stuck: do not hang the build


def smoke_step(delay_ms, step):
    QTimer.singleShot(delay_ms, lambda: smoke_run(step))


sys.excepthook = smoke_excepthook
# Let the event loop start and the window settle before each step.
smoke_step(2000, smoke_check_menu)
smoke_step(3000, smoke_open_dialog)
smoke_step(5000, smoke_screenshots)
QTimer.singleShot(6000, smoke_finish)
