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
       [--growth 10000,500000] (each case once more at these sizes: how time and memory grow)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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


def cases(rows: int, folder: Path) -> list[tuple]:
    """Generate both benchmark files with ``rows`` submissions in ``folder``: the five cases to measure,
    each (label, file to import, files ogr2ogr copies, form or None)."""
    from generate_wash import generate as generate_wash

    generated = generate(rows, folder / "big")
    csv, form = generated / "household_survey_kobo.csv", generated / "household_survey_form.xlsx"
    members = generated / "household_survey_kobo_members.csv"
    alone = folder / "alone"  # the main CSV without its repeat file beside it
    alone.mkdir()
    (alone / csv.name).symlink_to(csv)
    wash_csv, wash_form = generate_wash(rows, folder / "wash")
    return [
        ("sample main CSV, form", alone / csv.name, [csv], form),
        ("sample main CSV, no form", alone / csv.name, [csv], None),
        ("sample main + members CSVs, form", csv, [csv, members], form),
        ("WASH CSV, form", wash_csv, [wash_csv], wash_form),
        ("WASH CSV, no form", wash_csv, [wash_csv], None),
    ]


def measure(case: tuple, runs: int, scratch: Path) -> tuple[float, dict]:
    """(best ogr2ogr seconds, best import result) of one case, the two alternating ``runs`` times."""
    _label, data, inputs, with_form = case
    floor, ours = [], []
    for _ in range(runs):
        floor.append(sum(time_ogr2ogr(path, scratch / f"ogr{i}.gpkg") for i, path in enumerate(inputs)))
        ours.append(time_import(data, with_form, scratch / "ours.gpkg"))
    for path in scratch.glob("*.gpkg"):
        path.unlink()
    return min(floor), min(ours, key=lambda r: r["seconds"])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--xlsx-rows", type=int, default=20_000)
    parser.add_argument(
        "--growth", default="", help="other sizes, comma-separated (10000,500000): each case once, to see growth"
    )
    args = parser.parse_args(argv)
    growth: dict[str, dict[int, tuple[float, dict]]] = {}
    with tempfile.TemporaryDirectory(prefix="cartong_bench_import_") as tmp:
        for case in cases(args.rows, Path(tmp) / str(args.rows)):
            label, _data, inputs, with_form = case
            floor, best = measure(case, args.runs, Path(tmp))
            growth.setdefault(label, {})[args.rows] = (floor, best)
            ratio = best["seconds"] / floor
            size_mb = sum(p.stat().st_size for p in inputs) / 1e6
            target = 1.5 if with_form else 2
            print(
                f"{label}: {best['rows']} submissions, {size_mb:.0f} MB: ogr2ogr {floor:.2f} s | import "
                f"{best['seconds']:.2f} s ({best['rows'] / best['seconds']:,.0f} submissions/s) | ratio {ratio:.2f} "
                f"(target <= {target}) | peak memory {best['peak_mb']:.0f} MB (target < 1536)",
                flush=True,
            )
            print("  stages: " + ", ".join(f"{k} {v:.2f}" for k, v in best["timings"].items()))
            for warning in best["warnings"]:  # without a form, the first says so
                print(f"  warning: {warning}")
        sizes = [int(size) for size in args.growth.split(",") if size.strip()]
        for size in sizes:  # one size at a time, so that only one set of files is on disk
            folder = Path(tmp) / str(size)
            for case in cases(size, folder):
                growth[case[0]][size] = measure(case, 1, Path(tmp))
            shutil.rmtree(folder)
        if sizes:
            print_growth(growth)
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


def print_growth(growth: dict[str, dict[int, tuple[float, dict]]]) -> None:
    """Per case and size: import seconds, ratio to ogr2ogr, peak memory, seconds per 100,000
    submissions; then the seconds per 100,000 added submissions between two sizes (constant when
    time grows linearly)."""
    print("growth (each case at each size; s/100k = import seconds per 100,000 submissions):")
    for label, by_size in growth.items():
        cells = []
        for size, (floor, best) in sorted(by_size.items()):
            cells.append(
                f"{size:,}: {best['seconds']:.2f} s, x{best['seconds'] / floor:.2f}, "
                f"{best['seconds'] * 100_000 / size:.2f} s/100k, {best['peak_mb']:.0f} MB"
            )
        print(f"  {label}: " + " | ".join(cells))
        steps = sorted(by_size.items())
        marginal = [  # fixed costs (start-up, form) cancel out: linear growth keeps this constant
            f"{a:,} -> {b:,}: {(tb['seconds'] - ta['seconds']) * 100_000 / (b - a):.2f} s/100k"
            for (a, (_fa, ta)), (b, (_fb, tb)) in zip(steps, steps[1:])
        ]
        print("    added submissions: " + " | ".join(marginal))


if __name__ == "__main__":
    sys.exit(main())
