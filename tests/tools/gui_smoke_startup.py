# SPDX-License-Identifier: GPL-3.0-or-later
"""Run by QGIS through PYQGIS_STARTUP, before plugins load: record every error QGIS logs.

Errors raised while QGIS imports or starts the plugin happen before ``--code`` runs, so they are
caught here, and QGIS's modal stack-trace dialog, which would block an unattended run, is switched
off. Each "Python error" message, and each CartONG message of level Critical, is appended as one
JSON line to the file named by CARTONG_SMOKE_ERRORS; gui_smoke.py reads it at the end.
"""

from __future__ import annotations

import json
import os

from qgis.core import Qgis, QgsApplication

_ERRORS_FILE = os.environ.get("CARTONG_SMOKE_ERRORS", "")
_PYTHON_ERROR_TAGS = {"Python error", "Python warning"}


def _record_log_message(message, tag, level):
    # qgis.utils logs plugin exceptions under "Python error"; the plugin logs its own under "CartONG".
    is_python_error = tag in _PYTHON_ERROR_TAGS and level >= Qgis.MessageLevel.Warning
    if tag == "Python warning" and "cartong" not in message.split("\n", 1)[0]:
        # a warning raised in QGIS's own Python (newer Pythons deprecate what qgis.utils calls) is
        # not the plugin's: its first line names the file that raised it
        is_python_error = False
    is_plugin_error = tag == "CartONG" and level >= Qgis.MessageLevel.Critical
    if not _ERRORS_FILE or not (is_python_error or is_plugin_error):
        return
    with open(_ERRORS_FILE, "a", encoding="utf-8") as out:
        out.write(json.dumps({"tag": tag, "level": int(level), "message": message}) + "\n")


def _no_stack_dialog(*args, **kwargs):
    """Stand-in for qgis.utils.open_stack_dialog: its modal dialog would block an unattended run."""


QgsApplication.messageLog().messageReceived.connect(_record_log_message)
import qgis.utils  # noqa: E402 - after the hook, so that nothing it logs is missed

qgis.utils.open_stack_dialog = _no_stack_dialog
