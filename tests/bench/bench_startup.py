#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Plugin start-up: classFactory + initGui, a mock QGIS interface around a real window (not a test; run by hand).

Each run is a fresh process (imports not cached), QGIS started before the clock; prints the best of
N runs of classFactory + initGui in milliseconds (target < 50 ms) and the modules it imported.
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
print(json.dumps({"ms": ms, "heavy": heavy[:10]}))
"""

# Run by qgis.bin --code in the real desktop (under Xvfb): the real iface, a fresh profile
DESKTOP = """
import json, sys, time
sys.path.insert(0, {repo!r})
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
open({out!r}, "a").write(json.dumps({{"ms": ms, "heavy": heavy[:10]}}) + "\\n")
QTimer.singleShot(0, QgsApplication.instance().quit)
"""


def desktop_runs(runs: int) -> list[dict]:
    """classFactory + initGui inside qgis.bin under xvfb-run, one fresh desktop per run."""
    if not (shutil.which("xvfb-run") and shutil.which("qgis.bin")):
        return []
    with tempfile.TemporaryDirectory(prefix="cartong_bench_startup_") as tmp:
        out, script = Path(tmp) / "ms.jsonl", Path(tmp) / "start.py"
        script.write_text(DESKTOP.format(repo=str(REPO), out=str(out)), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the desktop draws on Xvfb
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    results = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env)
        if done.returncode:
            print(done.stderr[-2000:])
            return 1
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = min(results, key=lambda r: r["ms"])
    print(
        f"start-up (classFactory + initGui): best {best['ms']:.0f} ms of {args.runs}, median "
        f"{sorted(r['ms'] for r in results)[len(results) // 2]:.0f} ms (target < 50 ms); heavy modules "
        f"imported: {', '.join(best['heavy']) or 'none'}"
    )
    real = desktop_runs(3)
    if real:
        times = sorted(r["ms"] for r in real)
        print(
            f"start-up in the real desktop (qgis.bin under Xvfb, {len(real)} runs): "
            f"median {times[len(times) // 2]:.0f} ms "
            f"(target < 50 ms); heavy modules imported: {', '.join(real[0]['heavy']) or 'none'}"
        )
    else:
        print("start-up in the real desktop: not measured (xvfb-run or qgis.bin missing, or the desktop failed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
