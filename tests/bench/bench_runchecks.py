#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks end to end through processing.run, as a user runs it (not a test; run by hand).

For each size, generates the sample export (with its form), imports it, then runs the algorithm in
a fresh child process: reading the layer, every check, writing the cleaning log. Prints the best
of N wall times (target < 3 s at 100,000), the seconds per 100,000 submissions (linear growth
keeps it flat) and the peak memory of the child (VmHWM via peak_memory.py, target < 1 GB).
Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_runchecks.py [--sizes 10000,100000] [--runs 2]
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

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO)]

CHILD = """
import json, sys, time
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
sys.path.append("/usr/share/qgis/python/plugins")
import processing
from processing.core.Processing import Processing
Processing.initialize()
from cartong_plugin.processing.provider import CartongProvider
from peak_memory import peak_mb
provider = CartongProvider()  # kept: a provider Python collects leaves the registry
QgsApplication.processingRegistry().addProvider(provider)
started = time.perf_counter()
result = processing.run("cartong:runchecks", {"INPUT": sys.argv[1] + "|layername=survey", "FORM": sys.argv[2]})
print(json.dumps({"seconds": time.perf_counter() - started, "entries": result["ENTRIES"],
                  "peak_mb": peak_mb()}))
"""


def main(argv=None) -> int:
    from bench_import import generate

    from cartong_plugin.core.survey.importer import import_survey

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), str(HERE)]), QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="cartong_bench_runchecks_") as tmp:
        for rows in (int(size) for size in args.sizes.split(",")):
            folder = generate(rows, Path(tmp) / str(rows))
            form = folder / "household_survey_form.xlsx"
            imported = Path(tmp) / f"imported_{rows}.gpkg"
            import_survey(folder / "household_survey_kobo.csv", form, imported, "fr")
            best = None
            for _ in range(args.runs):
                gpkg = Path(tmp) / "checked.gpkg"  # a fresh copy: no cleaning log from the run before
                shutil.copy(imported, gpkg)
                done = subprocess.run(
                    [sys.executable, "-c", CHILD, str(gpkg), str(form)], capture_output=True, text=True, env=env
                )
                if done.returncode:
                    print(done.stderr[-2000:])
                    return 1
                result = json.loads(done.stdout.strip().splitlines()[-1])
                best = result if best is None or result["seconds"] < best["seconds"] else best
            print(
                f"runchecks {rows} submissions: {best['seconds']:.2f} s ({best['seconds'] * 100_000 / rows:.2f} s "
                f"per 100,000; target < 3 s at 100,000) | {best['entries']} log rows | peak memory "
                f"{best['peak_mb']:.0f} MB (target < 1024)",
                flush=True,
            )
            shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
