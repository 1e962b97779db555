# SPDX-License-Identifier: GPL-3.0-or-later
"""CartONG Toolkit for QGIS: import, clean, map and export humanitarian survey data."""


def classFactory(iface):  # noqa: N802 (QGIS naming)
    """QGIS entry point: build the plugin object, nothing heavy here."""
    from .plugin import CartongPlugin

    return CartongPlugin(iface)
