#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sharing a survey in PostGIS: copy speed against `ogr2ogr -f PostgreSQL`, and concurrent reviewers.

Starts a throw-away PostgreSQL 15 + PostGIS cluster (tests/postgis_cluster.py), generates the
benchmark export (N submissions x 60 columns and their members), imports it into a survey
GeoPackage, then times, alternately, ogr2ogr loading the same CSVs into PostgreSQL (the floor: text
columns, no typing, no geometry) and ``survey_to_postgis`` copying the whole GeoPackage (raw tables,
typed layer with points, repeats, metadata, in one transaction), best of N runs of each.
Then R reviewer processes, each with its own connections, load the shared log at the same moment
and save D decisions one by one (as a reviewer clicking through), S of them on rows that every
reviewer decides on: the throughput of saved decisions and the conflicts caught (exactly R-1 per
shared row must be refused, none lost) are printed.
Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_teams.py [--rows 100000] [--runs 2]
       [--reviewers 10] [--decisions 50] [--shared 10]
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

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO)]


def generate(rows: int, folder: Path) -> Path:
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
            "csv",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return folder


def _python(code: str, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def import_with_log(folder: Path, gpkg: Path) -> dict:
    """The survey GeoPackage of the export, with a cleaning log flagging about 2,000 submissions."""
    code = (
        "import json, sys\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "from cartong_plugin.core.survey.importer import import_survey\n"
        "from cartong_plugin.core.cleaning.log import LogEntry\n"
        "from cartong_plugin.core.cleaning.log_files import write_log_to_gpkg\n"
        "from osgeo import ogr\n"
        "r = import_survey(sys.argv[1], sys.argv[2], sys.argv[3])\n"
        "ds = ogr.Open(sys.argv[3]); uuids = [f.GetField('_uuid') for f in ds.GetLayerByName('survey')]; ds = None\n"
        "log = [LogEntry(u, 'hh_size', '99', '', 'outlier', 'outliers.iqr') for u in uuids[:: max(1, len(uuids)"
        " // 2000)]]\n"
        "write_log_to_gpkg(log, sys.argv[3])\n"
        "print(json.dumps({'rows': r.rows, 'log': len(log), 'seconds': r.seconds}))\n"
    )
    return _python(
        code, str(folder / "household_survey_kobo.csv"), str(folder / "household_survey_form.xlsx"), str(gpkg)
    )


def time_ogr2ogr(cluster, csvs: list[Path], schema: str) -> float:
    cluster.sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema} AUTHORIZATION steward")
    started = time.perf_counter()
    for csv in csvs:
        subprocess.run(
            [
                "ogr2ogr",
                "-f",
                "PostgreSQL",
                "PG:" + cluster.conninfo(),
                str(csv),
                "-lco",
                f"SCHEMA={schema}",
                "-nln",
                csv.stem,
            ],
            check=True,
        )
    return time.perf_counter() - started


def time_copy(cluster, gpkg: Path, schema: str) -> dict:
    code = (
        "import json, sys\n"
        "from cartong_plugin.core.teams.connection import resolve_target\n"
        "from cartong_plugin.core.teams.transfer import survey_to_postgis\n"
        "r = survey_to_postgis(sys.argv[1], resolve_target(sys.argv[2]), sys.argv[3], replace=True)\n"
        "print(json.dumps({'seconds': r.seconds, 'tables': r.tables}))\n"
    )
    return _python(code, str(gpkg), cluster.conninfo(), schema)


_WORKER = """
import json, sys, time
from cartong_plugin.core.teams.connection import resolve_target
from cartong_plugin.core.teams.review import Decision, StaleDecision, load_log, save_decision
target, schema, rows = resolve_target(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
versions = {row.log_id: row.version for row in load_log(target, schema)}
print("loaded", flush=True)
sys.stdin.readline()
saved = refused = 0
started = time.perf_counter()
for log_id in rows:
    try:
        save_decision(target, schema, Decision(log_id, versions[log_id], "no_action", "", sys.argv[4]))
        saved += 1
    except StaleDecision:
        refused += 1
print(json.dumps({"saved": saved, "refused": refused, "seconds": time.perf_counter() - started}))
"""


def review(cluster, schema: str, reviewers: int, decisions: int, shared: int) -> dict:
    people = [f"bench_reviewer_{i}" for i in range(reviewers)]
    cluster.sql(
        "".join(f"DROP ROLE IF EXISTS {p}; CREATE ROLE {p} LOGIN; GRANT {schema}_reviewer TO {p};" for p in people),
        user="postgres",
    )
    own = decisions - shared
    plans = [
        list(range(1, shared + 1)) + list(range(shared + 1 + i * own, shared + 1 + (i + 1) * own))
        for i in range(reviewers)
    ]
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, cluster.conninfo(person), schema, json.dumps(plan), f"checked by {person}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for person, plan in zip(people, plans)
    ]
    for process in processes:
        if process.stdout.readline().strip() != "loaded":
            raise RuntimeError(process.communicate()[1])
    started = time.perf_counter()
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
    results = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        if process.returncode != 0:
            raise RuntimeError(err)
        results.append(json.loads(out.strip().splitlines()[-1]))
    wall = time.perf_counter() - started
    stored = int(cluster.sql(f"SELECT count(*) FROM {schema}.cleaning_log WHERE version > 1"))
    return {
        "wall": wall,
        "saved": sum(r["saved"] for r in results),
        "refused": sum(r["refused"] for r in results),
        "expected_refused": (reviewers - 1) * shared,
        "rows_decided": stored,
        "expected_rows": shared + reviewers * own,
    }


def main(argv=None) -> int:
    from tests.postgis_cluster import PostgisCluster

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--reviewers", type=int, default=10)
    parser.add_argument("--decisions", type=int, default=50)
    parser.add_argument("--shared", type=int, default=10)
    args = parser.parse_args(argv)
    cluster = PostgisCluster()
    try:
        cluster.start()
        with tempfile.TemporaryDirectory(prefix="cartong_bench_teams_") as tmp:
            folder = generate(args.rows, Path(tmp) / "big")
            gpkg = Path(tmp) / "survey.gpkg"
            imported = import_with_log(folder, gpkg)
            csvs = [folder / "household_survey_kobo.csv", folder / "household_survey_kobo_members.csv"]
            floor, ours = [], []
            for _ in range(args.runs):
                floor.append(time_ogr2ogr(cluster, csvs, "bench_ogr"))
                ours.append(time_copy(cluster, gpkg, "bench_survey"))
            best = min(ours, key=lambda r: r["seconds"])
            rows = sum(best["tables"].values())
            print(
                f"copy: {imported['rows']} submissions, GeoPackage {gpkg.stat().st_size / 1e6:.0f} MB, {rows:,} rows "
                f"in {len(best['tables'])} tables: ogr2ogr (2 CSVs) {min(floor):.2f} s | survey_to_postgis "
                f"{best['seconds']:.2f} s ({rows / best['seconds']:,.0f} rows/s) | ratio "
                f"{best['seconds'] / min(floor):.2f} (ours also copies the typed layers and points)"
            )
            needed = args.shared + args.reviewers * (args.decisions - args.shared)
            if needed > imported["log"]:
                print(f"review: skipped, the log has {imported['log']} rows and the plan needs {needed}")
                return 0
            result = review(cluster, "bench_survey", args.reviewers, args.decisions, args.shared)
            attempts = result["saved"] + result["refused"]
            ok = result["refused"] == result["expected_refused"] and result["rows_decided"] == result["expected_rows"]
            print(
                f"review: {args.reviewers} reviewers x {args.decisions} decisions ({args.shared} rows decided by "
                f"all): {attempts} saves in {result['wall']:.2f} s = {attempts / result['wall']:.0f} saves/s | "
                f"saved {result['saved']}, conflicts caught {result['refused']} (expected "
                f"{result['expected_refused']}), rows decided {result['rows_decided']} (expected "
                f"{result['expected_rows']}) -> {'OK' if ok else 'WRONG'}"
            )
            return 0 if ok else 1
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
