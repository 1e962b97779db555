#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Plugin start-up: classFactory + initGui, a mock QGIS interface around a real window (not a test; run by hand).

The plugin is installed as Install from ZIP installs it (the files of dist/cartong_plugin.zip in a
plugins folder of its own) and started as QGIS starts it: Python writes the byte code next to the
modules on the first start and reads it on every later one. The first start after installing is
reported apart; the target (< 50 ms) is for the starts a user meets every day. Each run is a fresh
process, QGIS started before the clock; prints the best and median of N runs of classFactory +
initGui in milliseconds and the heavy modules imported (none expected).
Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "tools"))
from package_plugin import plugin_files  # noqa: E402  (a script beside the tests, not a package)


def install(folder: Path) -> Path:
    """The zip's files under ``folder`` (a plugins folder), as Install from ZIP leaves them."""
    for name, source in plugin_files().items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return folder


def started_env(plugins: Path) -> dict:
    """The environment of a user's QGIS: byte code written and read (the Makefile turns it off for the tests)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(plugins)
    return env


CHILD = """
import json, sys, time
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMainWindow
app = QgsApplication([], True); app.initQgis()
from unittest.mock import MagicMock
window = QMainWindow()
iface = MagicMock()  # records the menu and toolbar calls; the main window is a real one
iface.mainWindow.return_value = window
before = set(sys.modules)
started = time.perf_counter()
import cartong_plugin
plugin = cartong_plugin.classFactory(iface)
plugin.initGui()
ms = (time.perf_counter() - started) * 1000
heavy = sorted(m for m in set(sys.modules) - before
               if m.split('.')[0] in ('pandas', 'numpy', 'osgeo', 'openpyxl', 'requests'))
import os
assert cartong_plugin.__file__.startswith(os.environ["PYTHONPATH"]), cartong_plugin.__file__  # installed
print(json.dumps({"ms": ms, "heavy": heavy[:10]}))
"""

# Run by qgis.bin --code in the real desktop (under Xvfb): the real iface, a fresh profile
DESKTOP = """
import json, sys, time
sys.path.insert(0, {plugins!r})
from qgis.utils import iface
from qgis.PyQt.QtCore import QTimer
from qgis.core import QgsApplication
before = set(sys.modules)
started = time.perf_counter()
import cartong_plugin
plugin = cartong_plugin.classFactory(iface)
plugin.initGui()
ms = (time.perf_counter() - started) * 1000
heavy = sorted(m for m in set(sys.modules) - before
               if m.split('.')[0] in ('pandas', 'numpy', 'osgeo', 'openpyxl', 'requests'))
assert cartong_plugin.__file__.startswith({plugins!r}), cartong_plugin.__file__  # the installed copy
open({out!r}, "a").write(json.dumps({{"ms": ms, "heavy": heavy[:10]}}) + "\\n")
QTimer.singleShot(0, QgsApplication.instance().quit)
"""


def desktop_runs(runs: int, plugins: Path) -> list[dict]:
    """classFactory + initGui inside qgis.bin under xvfb-run, one fresh desktop per run (the first
    run writes the byte code, as a user's first start after installing does)."""
    if not (shutil.which("xvfb-run") and shutil.which("qgis.bin")):
        return []
    with tempfile.TemporaryDirectory(prefix="cartong_bench_startup_") as tmp:
        out, script = Path(tmp) / "ms.jsonl", Path(tmp) / "start.py"
        script.write_text(DESKTOP.format(plugins=str(plugins), out=str(out)), encoding="utf-8")
        env = {k: v for k, v in started_env(plugins).items() if k != "QT_QPA_PLATFORM"}  # drawn on Xvfb
        for _ in range(runs):
            subprocess.run(
                [
                    "xvfb-run",
                    "-a",
                    "qgis.bin",
                    "--noversioncheck",
                    "--nologo",
                    "--profiles-path",
                    str(Path(tmp) / "profile"),
                    "--code",
                    str(script),
                ],
                timeout=180,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return [json.loads(line) for line in lines]


def _summary(where: str, results: list[dict]) -> str:
    first, later = results[0], sorted(r["ms"] for r in results[1:])
    return (
        f"start-up {where}: first start after installing {first['ms']:.0f} ms (writes the byte code); "
        f"later starts best {later[0]:.0f} ms, median {later[len(later) // 2]:.0f} ms of {len(later)} "
        f"(target < 50 ms); heavy modules imported: {', '.join(first['heavy']) or 'none'}"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cartong_bench_plugins_") as tmp:
        plugins = install(Path(tmp) / "headless")
        env = dict(started_env(plugins), QT_QPA_PLATFORM="offscreen")
        results = []
        for _ in range(args.runs + 1):  # the first writes the byte code
            done = subprocess.run(  # run from the plugins folder: "-c" puts the working folder first on the path
                [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, cwd=plugins
            )
            if done.returncode:
                print(done.stderr[-2000:])
                return 1
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(_summary("(classFactory + initGui, offscreen)", results))
        real = desktop_runs(4, install(Path(tmp) / "desktop"))
    if len(real) > 1:
        print(_summary("in the real desktop (qgis.bin under Xvfb)", real))
    else:
        print("start-up in the real desktop: not measured (xvfb-run or qgis.bin missing, or the desktop failed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
