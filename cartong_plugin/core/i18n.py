# SPDX-License-Identifier: GPL-3.0-or-later
"""One translation context for the whole plugin.

Every user-facing string is written ``tr("...")`` with a literal argument, so that
``i18n/update_ts.py`` can extract it; QObject.tr() is not used because its context
would change with the class name.
"""
from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "CartONG"


def tr(text: str) -> str:
    """Translate ``text`` with the plugin's translator (installed by the plugin or tests)."""
    return QCoreApplication.translate(CONTEXT, text)
