# SPDX-License-Identifier: GPL-3.0-or-later
"""Run the toolkit's algorithms outside the QGIS desktop (demo, benchmarks, scripts)."""

from __future__ import annotations

import contextlib
import os
import sys


@contextlib.contextmanager
def qgis_session():
    """Start a headless QgsApplication with Processing and the ``cartong`` provider.

    Yields the application; exits QGIS cleanly afterwards. Use only where no QGIS
    application exists yet (a script, not inside the desktop or pytest-qgis).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        # QGIS's own Processing plugin lives outside sys.path in a standalone application
        plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
        if plugins not in sys.path:
            sys.path.append(plugins)
        from processing.core.Processing import Processing

        Processing.initialize()
        from ..core.base.translation import install_translator
        from .provider import CartongProvider

        # Both are kept referenced for the session: once their Python wrappers are
        # collected, the registry's algorithms lose their Python implementation.
        translator = install_translator()  # noqa: F841
        provider = CartongProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        yield app
    finally:
        app.exitQgis()
