# SPDX-License-Identifier: GPL-3.0-or-later
"""Run inside the real QGIS desktop by ``qgis.bin --code``: check the installed plugin, then quit.

Checks that QGIS started the plugin, that the "CartONG" menu is in the menu bar, and opens the
main dialog; saves a picture of the dialog (CARTONG_SMOKE_PNG) and of the whole screen with the
main window (CARTONG_SMOKE_WINDOW_PNG); with CARTONG_SMOKE_WIZARDS_DIR, drives every wizard to its
end on the sample (gui_smoke_wizards.py, in English and French unless CARTONG_SMOKE_WIZARD_LANGUAGES
says otherwise) and pictures every page; writes a JSON status (CARTONG_SMOKE_STATUS) and quits.
Exceptions are caught through sys.excepthook and the message log (see gui_smoke_startup.py).

CARTONG_SMOKE_LANG names the plugin language the profile was given (``cartong/locale``):
- a complete translation (French, Spanish, Portuguese, Arabic) must show translated text in the
  main dialog, and also pictures the help dock on its offline page in that language
  (``<base>-help.png``) and the training panel of a new session in an empty folder
  (``<base>-training.png``), ``<base>`` being CARTONG_SMOKE_BASE;
- a right-to-left language (Arabic) must lay the main dialog, the help dock and the training
  panel out right to left, the step buttons' icons on the right, while QGIS's own window stays
  left to right.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QLabel, QListWidget, QMenu, QTextBrowser

SMOKE_PLUGIN = "cartong_plugin"
SMOKE_MENU = "mCartongMenu"
SMOKE_LANG = os.environ.get("CARTONG_SMOKE_LANG", "en")
SMOKE_BASE = os.environ.get("CARTONG_SMOKE_BASE", "")
# must show translated text (tests/test_translations_complete.py keeps these complete)
SMOKE_COMPLETE_LANGUAGES = {"fr", "es", "pt", "ar"}
SMOKE_RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}
# Source strings of the plugin (its "CartONG" translation context) whose translation must show.
SMOKE_FIRST_STEP = "1. Import survey data…"
SMOKE_HELP_TITLE = "CartONG help"
SMOKE_TRAINING_TITLE = "CartONG training"
SMOKE_HELP_PAGE = "clean_log"
SMOKE_HELP_DOCK = "CartongHelpDock"
SMOKE_TRAINING_PANEL = "CartongTrainingPanel"
SMOKE_STATUS = {
    "qgis_version": qgis.utils.Qgis.QGIS_VERSION,
    "language": SMOKE_LANG,
    "plugin_active": False,
    "menu_found": False,
    "menu_actions": [],
    "dialog_shown": False,
    "dialog_png": os.environ["CARTONG_SMOKE_PNG"],
    "window_png": os.environ["CARTONG_SMOKE_WINDOW_PNG"],
    "language_problems": [],
    "desktop_problems": [],
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


def smoke_translated(source: str) -> str:
    return QCoreApplication.translate("CartONG", source)


def smoke_expect_translation(what: str, shown: str, source: str) -> None:
    """In a complete language, ``shown`` must be the translation of ``source``, not the English."""
    translated = smoke_translated(source)
    SMOKE_STATUS.setdefault("translated_texts", {})[what] = shown
    if SMOKE_LANG not in SMOKE_COMPLETE_LANGUAGES:
        return
    if translated == source:
        SMOKE_STATUS["language_problems"].append(f"{what}: {source!r} has no {SMOKE_LANG} translation loaded")
    elif not shown.startswith(translated):
        SMOKE_STATUS["language_problems"].append(f"{what}: shows {shown!r}, expected {translated!r}")


def smoke_check_menu():
    window = qgis.utils.iface.mainWindow()
    window.setGeometry(0, 0, 1366, 768)  # a laptop's screen; no window manager under Xvfb: size it ourselves
    SMOKE_STATUS["plugin_active"] = SMOKE_PLUGIN in qgis.utils.active_plugins
    bar_actions = window.menuBar().actions()
    menus = [m for m in window.findChildren(QMenu, SMOKE_MENU) if m.menuAction() in bar_actions]
    SMOKE_STATUS["menu_found"] = len(menus) == 1
    if menus:
        SMOKE_STATUS["menu_title"] = menus[0].title()
        SMOKE_STATUS["menu_actions"] = [a.text() for a in menus[0].actions() if not a.isSeparator()]


def smoke_main_dialog():
    return qgis.utils.plugins[SMOKE_PLUGIN].dialogs["main"]


def smoke_open_dialog():
    plugin = qgis.utils.plugins[SMOKE_PLUGIN]
    plugin.open_main_dialog()
    dialog = smoke_main_dialog()
    dialog.move(200, 150)
    SMOKE_STATUS["dialog_shown"] = dialog.isVisible()
    SMOKE_STATUS["dialog_title"] = dialog.windowTitle()


def smoke_check_dialog_language():
    dialog = smoke_main_dialog()
    smoke_expect_translation("main dialog first step", dialog.step_buttons["import"].text(), SMOKE_FIRST_STEP)
    rtl = Qt.LayoutDirection.RightToLeft
    expected = rtl if SMOKE_LANG in SMOKE_RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    SMOKE_STATUS["dialog_right_to_left"] = dialog.layoutDirection() == rtl
    SMOKE_STATUS["qgis_right_to_left"] = qgis.utils.iface.mainWindow().layoutDirection() == rtl
    if dialog.layoutDirection() != expected:
        SMOKE_STATUS["language_problems"].append(f"main dialog: layout direction {dialog.layoutDirection()!r}")
    smoke_expect_direction("main dialog", dialog)
    button = dialog.step_buttons["import"]
    icon, text = (button.findChild(QLabel, name) for name in ("step_icon", "step_text"))
    if icon is not None and text is not None:  # the reading side: icon first, then the text
        icon_first = (
            icon.geometry().left() > text.geometry().right()
            if expected == rtl
            else icon.geometry().right() < text.geometry().left()
        )
        SMOKE_STATUS["dialog_icon_first"] = icon_first
        if not icon_first:
            SMOKE_STATUS["language_problems"].append("main dialog: the step icons are not on the reading side")


def smoke_expect_direction(what: str, widget) -> None:
    """A plugin window in a right-to-left language reads right to left, in another left to right."""
    rtl = Qt.LayoutDirection.RightToLeft
    right_to_left = widget.layoutDirection() == rtl
    SMOKE_STATUS.setdefault("right_to_left", {})[what] = right_to_left
    if right_to_left != (SMOKE_LANG in SMOKE_RIGHT_TO_LEFT):
        SMOKE_STATUS["language_problems"].append(f"{what}: layout direction {widget.layoutDirection()!r}")
    if SMOKE_STATUS["qgis_right_to_left"]:  # the plugin's language must not turn QGIS itself around
        SMOKE_STATUS["language_problems"].append("QGIS's main window turned right to left")


def smoke_save(widget, key: str, path: str) -> None:
    QApplication.processEvents()
    SMOKE_STATUS[key] = path
    SMOKE_STATUS[f"{key}_saved"] = widget.grab().save(path, "PNG")


def smoke_dialog_screenshot():
    smoke_save(smoke_main_dialog(), "dialog_png", SMOKE_STATUS["dialog_png"])


def smoke_window_screenshot():
    QApplication.processEvents()
    screen = QGuiApplication.primaryScreen().grabWindow(0)  # the main window with the plugin's windows
    SMOKE_STATUS["window_png_saved"] = screen.save(SMOKE_STATUS["window_png"], "PNG")


def smoke_give_dock_room(dock) -> None:
    window = qgis.utils.iface.mainWindow()
    window.resizeDocks([dock], [480], Qt.Orientation.Horizontal)


def smoke_open_help():
    from cartong_plugin.gui.learning.help_dock import show_help

    smoke_main_dialog().close()
    dock = show_help(SMOKE_HELP_PAGE, qgis.utils.iface)
    dock.set_online(False)  # no network in the smoke: the connection check's answer is not awaited
    dock.stop_probe()
    smoke_give_dock_room(dock)
    SMOKE_STATUS["help_page"] = dock.browser.source().toLocalFile()
    SMOKE_STATUS["help_shown"] = dock.isVisible()


def smoke_plugin_dock(name: str, plugin_class):
    """The plugin's dock, looked up as QGIS holds it (a QDockWidget), a second after it opened.

    The dock must still be its plugin class: when nothing in Python keeps a reference, PyQt drops
    the Python side of a widget parented to QGIS's window and its slots stop answering."""
    dock = qgis.utils.iface.mainWindow().findChild(QDockWidget, name)
    SMOKE_STATUS.setdefault("docks_alive", {})[name] = isinstance(dock, plugin_class)
    if dock is not None and not isinstance(dock, plugin_class):
        SMOKE_STATUS["desktop_problems"].append(
            f"{name}: the dock lost its Python object (a plain {type(dock).__name__} is left): nothing keeps a "
            "reference to it, so its buttons and signals stop working in the real desktop"
        )
    return dock


def smoke_help_screenshot():
    from cartong_plugin.gui.learning.help_dock import HelpDock

    dock = smoke_plugin_dock(SMOKE_HELP_DOCK, HelpDock)
    smoke_save(dock, "help_png", f"{SMOKE_BASE}-help.png")
    smoke_expect_translation("help dock title", dock.windowTitle(), SMOKE_HELP_TITLE)
    smoke_expect_direction("help dock", dock)
    page = Path(SMOKE_STATUS["help_page"])
    english = (page.parent.parent / "en" / page.name).read_text(encoding="utf-8")
    english_title = re.search(r"<title>(.*?)</title>", english, re.S).group(1).strip()
    shown_title = dock.findChild(QTextBrowser, "helpBrowser").documentTitle().strip()
    SMOKE_STATUS.setdefault("translated_texts", {})["help page title"] = shown_title
    if page.parent.name != SMOKE_LANG or shown_title == english_title:
        SMOKE_STATUS["language_problems"].append(f"help dock: shows {page} titled {shown_title!r}")
    dock.hide()  # the training panel gets the whole side of the window


def smoke_start_training():
    from cartong_plugin.gui.learning.learn_menu import start_training as start_training_session

    panel = start_training_session(qgis.utils.iface, os.environ["CARTONG_SMOKE_TRAINING_DIR"])
    SMOKE_STATUS["training_shown"] = panel is not None and panel.isVisible()
    if panel is not None:
        smoke_give_dock_room(panel)


def smoke_training_screenshot():
    from cartong_plugin.core.learning.training import load_exercises
    from cartong_plugin.gui.learning.training_panel import TrainingPanel

    panel = smoke_plugin_dock(SMOKE_TRAINING_PANEL, TrainingPanel)
    smoke_save(panel, "training_png", f"{SMOKE_BASE}-training.png")
    smoke_expect_translation("training panel title", panel.windowTitle(), SMOKE_TRAINING_TITLE)
    smoke_expect_direction("training panel", panel)
    first = load_exercises()[0]
    shown = panel.findChild(QListWidget, "trainingSteps").item(0).text()
    SMOKE_STATUS.setdefault("translated_texts", {})["first exercise"] = shown
    if shown != first.title(SMOKE_LANG) or shown == first.title("en"):
        SMOKE_STATUS["language_problems"].append(f"training panel: first exercise shows {shown!r}")


def smoke_wizards():
    """Every wizard driven to its end on the sample, each page pictured (gui_smoke_wizards.py)."""
    folder = os.environ.get("CARTONG_SMOKE_WIZARDS_DIR", "")
    sys.path.insert(0, os.environ["CARTONG_SMOKE_TOOLS"])
    from gui_smoke_wizards import drive_wizards

    result = drive_wizards(qgis.utils.plugins[SMOKE_PLUGIN], folder, os.environ["CARTONG_SMOKE_WORK"], SMOKE_LANG)
    SMOKE_STATUS["wizards"] = result
    for text in result["clipped"]:
        SMOKE_STATUS["desktop_problems"].append(f"clipped text: {text}")
    for text in result["problems"]:
        SMOKE_STATUS["desktop_problems"].append(f"wizard: {text}")


def smoke_finish():
    errors_file = os.environ.get("CARTONG_SMOKE_ERRORS", "")
    if errors_file and os.path.exists(errors_file):
        with open(errors_file, encoding="utf-8") as lines:
            SMOKE_STATUS["log_errors"] = [json.loads(line) for line in lines if line.strip()]
    extra_shown = [SMOKE_STATUS[key] for key in ("help_shown", "training_shown") if key in SMOKE_STATUS]
    SMOKE_STATUS["ok"] = bool(
        SMOKE_STATUS["plugin_active"]
        and SMOKE_STATUS["menu_found"]
        and SMOKE_STATUS["dialog_shown"]
        and all(extra_shown)
        and not SMOKE_STATUS["language_problems"]
        and not SMOKE_STATUS["desktop_problems"]
        and not SMOKE_STATUS["exceptions"]
        and not SMOKE_STATUS["log_errors"]
    )
    with open(os.environ["CARTONG_SMOKE_STATUS"], "w", encoding="utf-8") as out:
        json.dump(SMOKE_STATUS, out, indent=2, ensure_ascii=False)
    # Exit refused or stuck (a modal question): do not hang the build. A thread, because a modal
    # dialog opened by the exit would keep a timer of this event loop from ever firing.
    watchdog = threading.Timer(15, os._exit, args=(3,))
    watchdog.daemon = True
    watchdog.start()
    QgsProject.instance().setDirty(False)  # no "save the project?" question on the way out
    qgis.utils.iface.actionExit().trigger()


def smoke_steps():
    """(delay in ms before the step, step): the event loop runs and windows settle in between."""
    steps = [(2000, smoke_check_menu), (1000, smoke_open_dialog)]
    if SMOKE_LANG != "en":
        steps.append((0, smoke_check_dialog_language))
    steps.append((1000, smoke_dialog_screenshot))
    if SMOKE_LANG in SMOKE_COMPLETE_LANGUAGES and SMOKE_BASE:
        steps += [
            (0, smoke_open_help),
            (1000, smoke_help_screenshot),
            (0, smoke_start_training),
            (1500, smoke_training_screenshot),
        ]
    steps.append((0, smoke_window_screenshot))
    if (
        os.environ.get("CARTONG_SMOKE_WIZARDS_DIR")
        and SMOKE_LANG in os.environ.get("CARTONG_SMOKE_WIZARD_LANGUAGES", "en fr").split()
    ):
        steps.append((0, smoke_wizards))
    return steps


def smoke_chain(steps):
    """Run the steps one after the other, then finish (even when a step raised)."""
    if not steps:
        QTimer.singleShot(500, smoke_finish)
        return
    (delay_ms, step), rest = steps[0], steps[1:]

    def run_then_continue():
        smoke_run(step)
        smoke_chain(rest)

    QTimer.singleShot(delay_ms, run_then_continue)


sys.excepthook = smoke_excepthook
smoke_chain(smoke_steps())
