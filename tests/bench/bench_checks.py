#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Time each cleaning check on 10k / 50k / 100k submissions x 60 columns (not a test; run by hand).

Rows are resampled from the sample survey (its planted faults included), with unique uuids,
interview times spread over 60 days and 500 devices, and extra answer columns up to 60.
Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_checks.py [--layers] [sizes...]
--layers also times the Processing path: reading the survey from a GeoPackage (layer_to_frame) and
writing the log table into it.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

COLUMNS = 60


def build_table(base, rows: int, seed: int = 0):
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    df = base.iloc[rng.integers(0, len(base), rows)].reset_index(drop=True)
    df["_uuid"] = [f"{u}-{i}" for i, u in enumerate(df["_uuid"])]
    df["_index"] = [str(i + 1) for i in range(rows)]
    # resampled households are different people: otherwise every copy is a "same answers" duplicate
    df["respondent_name"] = df["respondent_name"].fillna("") + " " + df["_index"]
    start = pd.to_datetime(df["start"], utc=True)
    end = pd.to_datetime(df["end"], utc=True)
    shift = pd.to_timedelta(rng.integers(0, 60 * 24 * 60, rows), unit="min")
    df["start"] = (start + shift).dt.strftime("%Y-%m-%dT%H:%M:%S.000+00:00")
    df["end"] = (end + shift).dt.strftime("%Y-%m-%dT%H:%M:%S.000+00:00")
    df["deviceid"] = df["deviceid"] + "-" + (np.arange(rows) % 500).astype(str)
    extra = 0
    while len(df.columns) < COLUMNS:  # more answers: numbers and texts, like a longer form
        extra += 1
        if extra % 2:
            df[f"extra_number_{extra}"] = rng.normal(50, 10, rows).round(1)
        else:
            df[f"extra_text_{extra}"] = rng.choice(["a", "b", "c", None], rows)
    return df


def time_layers(df, entries) -> str:
    """Seconds to read ``df`` back from a GeoPackage layer and to write the log beside it."""
    import tempfile

    from osgeo import gdal
    from qgis.core import QgsVectorLayer

    from cartong_plugin.core.cleaning.checks.layers import layer_to_frame
    from cartong_plugin.core.cleaning.log_files import write_log_to_gpkg

    with tempfile.TemporaryDirectory() as folder:
        csv, gpkg = Path(folder) / "survey.csv", Path(folder) / "survey.gpkg"
        df.to_csv(csv, index=False)
        gdal.VectorTranslate(
            str(gpkg),
            str(csv),
            options=gdal.VectorTranslateOptions(
                format="GPKG", layerName="survey", options=["-oo", "AUTODETECT_TYPE=YES"]
            ),
        )
        layer = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
        started = time.perf_counter()
        layer_to_frame(layer)
        read = time.perf_counter() - started
        started = time.perf_counter()
        write_log_to_gpkg(entries, gpkg)
        write = time.perf_counter() - started
    return f"read layer {read:.2f}s, write log {write:.2f}s"


def main(sizes, layers=False):
    from checks_sample import read_sample_survey, sample_config

    from cartong_plugin.core.cleaning.checks import CHECK_NAMES, run_checks
    from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE, REMOVE_SURVEY, apply_cleaning_log
    from cartong_plugin.core.survey.xlsform import read_xlsform

    sample = REPO / "resources" / "sample"
    base = read_sample_survey(sample)
    form = read_xlsform(sample / "household_survey_form.xlsx")
    config = sample_config(sample, period_start="", period_end="")  # the spread dates leave the period
    print(
        f"{'rows':>8} {'cols':>5} " + " ".join(f"{n:>13}" for n in CHECK_NAMES) + f" {'total':>8} {'entries':>8}"
        f" {'apply':>7}"
    )
    for rows in sizes:
        df = build_table(base, rows)
        timings = {}
        started = time.perf_counter()
        entries = run_checks(df, form, config, timings=timings)
        total = time.perf_counter() - started
        for number, entry in enumerate(entries):  # a reviewed log: some changes, some removals
            entry.change_type = (CHANGE_RESPONSE, REMOVE_SURVEY, "no_action")[number % 3]
            if entry.change_type == CHANGE_RESPONSE and entry.question not in df.columns:
                entry.change_type = "no_action"
        started = time.perf_counter()
        apply_cleaning_log(df, entries)
        apply_seconds = time.perf_counter() - started
        print(
            f"{rows:>8} {len(df.columns):>5} "
            + " ".join(f"{timings[n]:>12.2f}s" for n in CHECK_NAMES)
            + f" {total:>7.2f}s {len(entries):>8} {apply_seconds:>6.2f}s",
            flush=True,
        )
        if layers:
            print("         " + time_layers(df, entries))
        counts = Counter(e.check_id for e in entries)
        print("         entries per check: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    arguments = sys.argv[1:]
    with_layers = "--layers" in arguments
    sizes = [int(a) for a in arguments if a != "--layers"] or [10_000, 50_000, 100_000]
    if with_layers:
        from qgis.core import QgsApplication

        app = QgsApplication([], False)
        app.initQgis()
    main(sizes, with_layers)
