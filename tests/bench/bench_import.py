#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Import speed and memory against `ogr2ogr -f GPKG` on the same Kobo CSVs (not a test; run by hand).

Two benchmark files: the sample generator's household export (semicolon CSV, 60 columns, with its
repeat CSV) and generate_wash.py's WASH export (comma CSV, about 50 columns, other group prefixes,
types and names). Each is imported with its XLSForm and without (types inferred). For each, times
alternately ogr2ogr (the floor: text columns, no typing, no geometry) and import_survey (raw table +
typed layer + labels + points + spatial index + metadata), keeping the best of N runs of each so that
a busy machine does not decide the ratio. Peak memory is the import child's own VmHWM (peak_memory.py).
Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_import.py [--rows 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]


def generate(rows: int, folder: Path, formats: str = "csv") -> Path:
    subprocess.run(
        [
            sys.executable,
            str(REPO / "resources" / "sample" / "generate_sample.py"),
            "--rows",
            str(rows),
            "--extra-columns",
            "17",
            "--output",
            str(folder),
            "--formats",
            formats,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return folder


def time_ogr2ogr(csv: Path, out: Path) -> float:
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(out), str(csv)], check=True)
    return time.perf_counter() - started


def time_import(data: Path, form: Path | None, out: Path) -> dict:
    """Run the import in a child process (without a form if None): times, warnings and peak memory (MB)."""
    out.unlink(missing_ok=True)
    form_arg, language = (str(form), "fr") if form else (None, None)
    code = (
        "import json\n"
        "from peak_memory import peak_mb\n"
        "from cartong_plugin.core.survey.importer import import_survey\n"
        f"r = import_survey({str(data)!r}, {form_arg!r}, {str(out)!r}, {language!r})\n"
        "print(json.dumps({'seconds': r.seconds, 'rows': r.rows, 'timings': r.timings,\n"
        "    'warnings': r.warnings, 'peak_mb': peak_mb()}))\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), str(HERE)]), QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started  # includes Python/QGIS start-up
    return result


def main(argv=None) -> int:
    from generate_wash import generate as generate_wash

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--xlsx-rows", type=int, default=20_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cartong_bench_import_") as tmp:
        folder = generate(args.rows, Path(tmp) / "big")
        csv, form = folder / "household_survey_kobo.csv", folder / "household_survey_form.xlsx"
        members = folder / "household_survey_kobo_members.csv"
        alone = Path(tmp) / "alone"  # the main CSV without its repeat file beside it
        alone.mkdir()
        (alone / csv.name).symlink_to(csv)
        wash_csv, wash_form = generate_wash(args.rows, Path(tmp) / "wash")
        for label, data, inputs, with_form in (
            ("sample main CSV, form", alone / csv.name, [csv], form),
            ("sample main CSV, no form", alone / csv.name, [csv], None),
            ("sample main + members CSVs, form", csv, [csv, members], form),
            ("WASH CSV, form", wash_csv, [wash_csv], wash_form),
            ("WASH CSV, no form", wash_csv, [wash_csv], None),
        ):
            floor, ours = [], []
            for _ in range(args.runs):
                floor.append(sum(time_ogr2ogr(path, Path(tmp) / f"ogr{i}.gpkg") for i, path in enumerate(inputs)))
                ours.append(time_import(data, with_form, Path(tmp) / "ours.gpkg"))
            best = min(ours, key=lambda r: r["seconds"])
            ratio = best["seconds"] / min(floor)
            size_mb = sum(p.stat().st_size for p in inputs) / 1e6
            target = 1.5 if with_form else 2
            print(
                f"{label}: {best['rows']} submissions, {size_mb:.0f} MB: ogr2ogr {min(floor):.2f} s | import "
                f"{best['seconds']:.2f} s ({best['rows'] / best['seconds']:,.0f} submissions/s) | ratio {ratio:.2f} "
                f"(target <= {target}) | peak memory {best['peak_mb']:.0f} MB (target < 1536)",
                flush=True,
            )
            print("  stages: " + ", ".join(f"{k} {v:.2f}" for k, v in best["timings"].items()))
            for warning in best["warnings"]:  # without a form, the first says so
                print(f"  warning: {warning}")
        if args.xlsx_rows:
            xfolder = generate(args.xlsx_rows, Path(tmp) / "xlsx", formats="xlsx")
            xlsx = xfolder / "household_survey_kobo.xlsx"
            xbest = min(
                (
                    time_import(xlsx, xfolder / "household_survey_form.xlsx", Path(tmp) / "x.gpkg")
                    for _ in range(args.runs)
                ),
                key=lambda r: r["seconds"],
            )
            print(
                f"XLSX {args.xlsx_rows} rows: import {xbest['seconds']:.2f} s "
                f"({xbest['rows'] / xbest['seconds']:,.0f} rows/s), peak memory {xbest['peak_mb']:.0f} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
