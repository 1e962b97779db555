# SPDX-License-Identifier: GPL-3.0-or-later
"""Run the toolkit's algorithms outside the QGIS desktop (demo, benchmarks, scripts)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile


@contextlib.contextmanager
def qgis_session(profile_folder: str | None = None):
    """Start a headless QgsApplication with Processing and the ``cartong`` provider.

    Yields the application; exits QGIS cleanly afterwards. Use only where no QGIS
    application exists yet (a script, not inside the desktop or pytest-qgis).
    QGIS's settings, profile and caches live in a temporary folder removed at the end, unless
    ``profile_folder`` names a lasting one (a script that must find again what a profile keeps,
    such as the protected export's default key in its authentication database).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtCore import QSettings

    # QGIS's settings, profile databases and caches go to a folder of their own, removed at the end:
    # without it an application with no name writes 'Unknown Organization' files into the user's home
    scratch = profile_folder or tempfile.mkdtemp(prefix="cartong_qgis_profile_")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, scratch)
    # Qt's standard locations (QGIS 3.40 takes its network cache there whatever the settings say)
    xdg = {name: os.path.join(scratch, folder) for name, folder in _XDG.items()}
    previous = {name: os.environ.get(name) for name in xdg}
    os.environ.update(xdg)
    app = QgsApplication([], False, scratch)
    QgsSettings().setValue("cache/directory", os.path.join(scratch, "cache"))  # QGIS's network cache
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
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        if profile_folder is None:
            shutil.rmtree(scratch, ignore_errors=True)


_XDG = {"XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "data", "XDG_CACHE_HOME": "cache"}
