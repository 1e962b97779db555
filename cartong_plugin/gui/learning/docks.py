# SPDX-License-Identifier: GPL-3.0-or-later
"""What the plugin's docks share: the main window's iface, and keeping their Python side alive.

The help dock and the training panel both use this module and never import each other; the
"Learn" menu (``learn_menu``) is what links them.
"""

from __future__ import annotations

from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QDockWidget

# The plugin's docks. QGIS's main window is a C++ object whose Python wrapper comes and goes: a
# dock parented to it loses its Python side (slots, attributes) unless Python keeps a reference.
_DOCKS: set = set()


def keep_dock(dock: QDockWidget) -> QDockWidget:
    """Keep the Python side of a dock added to QGIS's main window until ``release_docks``."""
    _DOCKS.difference_update([old for old in _DOCKS if sip.isdeleted(old)])  # replaced panels
    _DOCKS.add(dock)
    return dock


def release_docks() -> None:
    """Forget every dock kept by ``keep_dock`` (plugin unload, after removing them)."""
    _DOCKS.clear()


def main_iface(iface=None):
    """``iface`` when given, else QGIS's own (the running desktop)."""
    if iface is not None:
        return iface
    from qgis.utils import iface as qgis_iface

    return qgis_iface
