# SPDX-License-Identifier: GPL-3.0-or-later
"""GDAL/OGR exceptions switched on or off, and GDAL configuration options set, for one block only.

GDAL's exception switch is process-wide: a plugin that calls ``gdal.UseExceptions()`` for
good changes how QGIS's own Python code and every other plugin see GDAL errors (and a
non-fatal driver complaint becomes an exception). The toolkit sets it around its own GDAL
work and gives the caller's choice back afterwards, for the calling thread only where GDAL
allows it (3.7 and later). Works as ``with`` and as a decorator.
``gdal_options`` does the same for configuration options, in the calling thread only.
``gdal_errors_recorded`` keeps GDAL's error messages of a block for its caller to check.
"""

from __future__ import annotations

import contextlib


def _switch(wanted: dict) -> None:
    """Set each module's switch; GDAL 3.6 keeps their error handlers on a stack and refuses
    to pop one that is not on top, so modules that refuse are retried after the others."""
    pending = [(module, on) for module, on in wanted.items() if module.GetUseExceptions() != on]
    for _attempt in range(len(pending) + 1):
        refused = []
        for module, on in pending:
            try:
                (module.UseExceptions if on else module.DontUseExceptions)()
            except RuntimeError:
                refused.append((module, on))
        if not refused:
            return
        pending = refused


@contextlib.contextmanager
def gdal_exceptions(enabled: bool = True):
    import sys

    from osgeo import gdal, ogr, osr

    modules = [gdal, ogr, osr]
    if all(hasattr(module, "_SetExceptionsLocal") for module in modules):
        # GDAL >= 3.7: this thread's switch only. Flipping the process-wide one from a task's thread while
        # another thread was inside a GDAL call crashed QGIS 3.40 (abort in VectorTranslate, its error handlers
        # unbalanced); the local switch is what ``gdal.ExceptionMgr`` sets.
        if "osgeo.gdal_array" in sys.modules:
            modules.append(sys.modules["osgeo.gdal_array"])
        local = {module: module._GetExceptionsLocal() for module in modules}  # -1: this thread follows the process
        for module in modules:
            module._SetExceptionsLocal(1 if enabled else 0)
        try:
            yield
        finally:
            for module, value in local.items():
                module._SetExceptionsLocal(value)
        return
    previous = {module: bool(module.GetUseExceptions()) for module in modules}
    _switch({module: enabled for module in modules})
    try:
        yield
    finally:
        _switch(previous)


@contextlib.contextmanager
def gdal_options(**options: str):
    """GDAL configuration options set in this thread only for the block, then given back: QGIS and
    other plugins (other threads) never see them."""
    from osgeo import gdal

    previous = {key: gdal.GetThreadLocalConfigOption(key, None) for key in options}
    for key, value in options.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        yield
    finally:
        for key, value in previous.items():
            gdal.SetThreadLocalConfigOption(key, value)


@contextlib.contextmanager
def gdal_errors_recorded():
    """Keep GDAL's error messages of the block (in this thread) in the list yielded, as (class, text),
    instead of printing them: a writer that cannot report a failure itself (QGIS's file writer committing
    on a full disk) is then checked by its caller. Errors of GDAL classes Failure and Fatal are 3 and 4."""
    from osgeo import gdal

    recorded: list[tuple[int, str]] = []

    def keep(error_class, _number, message):
        recorded.append((int(error_class), str(message)))

    gdal.PushErrorHandler(keep)
    try:
        yield recorded
    finally:
        gdal.PopErrorHandler()
