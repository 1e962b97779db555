#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`make bench`: run every benchmark, each in its own process, and keep one report.

Each bench_*.py measures one capability side by side with its reference (ogr2ogr, QGIS's
native algorithms, the network floor) and prints its own table; this runner only sequences
them and writes everything they printed to out/bench/report.txt.
Usage: run_all.py [name ...]   (names: import, checks, runchecks, startup, maps, download, field,
teams; default all)
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
BENCHES = {
    "import": ["bench_import.py", "--rows", "100000", "--runs", "2", "--growth", "10000,500000"],
    "checks": ["bench_checks.py", "--layers", "10000", "50000", "100000"],
    "runchecks": ["bench_runchecks.py", "--sizes", "10000,100000,500000", "--runs", "2"],
    "startup": ["bench_startup.py", "--runs", "5"],
    "maps": ["bench_maps.py", "100000", "1"],
    "download": ["bench_download.py", "--sizes", "10000,100000"],
    "field": ["bench_field.py", "5", "10"],
    "teams": ["bench_teams.py", "--rows", "100000", "--runs", "2", "--reviewers", "10"],
}


def main(names: list[str]) -> int:
    report_dir = REPO / "out" / "bench"
    report_dir.mkdir(parents=True, exist_ok=True)
    report = report_dir / "report.txt"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    failed = []
    with report.open("w", encoding="utf-8") as out:
        for name in names or list(BENCHES):
            script, *args = BENCHES[name]
            header = f"\n===== {name}: {script} {' '.join(args)} =====\n"
            print(header, end="", flush=True)
            out.write(header)
            started = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, str(HERE / script), *args],
                cwd=REPO,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            for line in proc.stdout:
                if "XDG_RUNTIME_DIR" in line:
                    continue
                print(line, end="", flush=True)
                out.write(line)
            if proc.wait() != 0:
                failed.append(name)
            footer = f"----- {name}: {time.perf_counter() - started:.0f} s, exit {proc.returncode}\n"
            print(footer, end="")
            out.write(footer)
    print(f"\nReport: {report.relative_to(REPO)}" + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
