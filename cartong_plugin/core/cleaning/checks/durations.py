# SPDX-License-Identifier: GPL-3.0-or-later
"""Interview timing: duration from start/end (too short, too long, negative), dates outside the data
collection period, and bursts of interviews from one device or enumerator in little time; and, with them,
the interviews that ended at once because consent was refused (``consent``)."""

from __future__ import annotations

from ...base.i18n import tr
from . import iso_day
from .common import make_entries
from .consent import find_refusals, refused_mask
from .dates import read_times

# Local calendar date of ``start`` (YYYY-MM-DD) as the device wrote it, added by layers.layer_to_frame
# from the raw table: the typed ``start`` of a GeoPackage is UTC, whose date can be the day before/after.
LOCAL_START_DATE = "_start_local_date"


def _minutes_text(minutes):
    """Lazy per-row text of the durations: only flagged rows are formatted."""
    return lambda i: f"{minutes[i]:.1f}" if minutes[i] == minutes[i] else ""


def _local_days(df, start):
    """Date of each interview's start as the enumerator saw it (numpy datetime64[D], NaT when unknown)."""
    import numpy as np
    import pandas as pd

    # text with its offset (CSV frames) gives the local date; a typed UTC timestamp only the UTC one
    day = start.days
    if LOCAL_START_DATE in df.columns:
        local = pd.to_datetime(df[LOCAL_START_DATE], format="%Y-%m-%d", errors="coerce").to_numpy()
        day = np.where(np.isnat(local), day, local.astype("datetime64[D]"))
    return day


def find_duration_problems(df, form, config):
    import numpy as np
    import pandas as pd

    if config.uuid_column not in df.columns:
        return []
    if "start" not in df.columns:
        return find_refusals(df, form, config)
    common = {"uuid_column": config.uuid_column, "when": config.when, "who": config.who}
    times = read_times(df, "start", config)
    start = times.utc
    entries = []
    refusals = refused_mask(df, form, config)  # judged once: the short interviews and their own rows
    if "end" in df.columns:
        end = read_times(df, "end", config, others=times, other="start").utc
        minutes = ((end - start).dt.total_seconds() / 60.0).to_numpy()
        known = ~np.isnan(minutes)
        negative = known & (minutes < 0)
        with np.errstate(invalid="ignore"):
            short = known & ~negative & (minutes < config.min_duration_min)
            long = known & (minutes > config.max_duration_min)
        short &= ~refusals[1]  # a refusal is a short interview by nature (consent)
        durations = _minutes_text(minutes)
        entries += make_entries(
            df,
            negative,
            question="duration",
            old_values=durations,
            issue=tr("interview ends before it starts"),
            check_id="durations.negative",
            explanations=tr("The end time is earlier than the start time."),
            **common,
        )
        entries += make_entries(
            df,
            short,
            question="duration",
            old_values=durations,
            issue=tr("interview too short"),
            check_id="durations.too_short",
            explanations=tr("Shorter than {limit} minutes.").format(limit=f"{config.min_duration_min:g}"),
            **common,
        )
        entries += make_entries(
            df,
            long,
            question="duration",
            old_values=durations,
            issue=tr("interview too long"),
            check_id="durations.too_long",
            explanations=tr("Longer than {limit} minutes.").format(limit=f"{config.max_duration_min:g}"),
            **common,
        )

    if config.period_start or config.period_end:
        day = _local_days(df, times)  # dates, not text: '25/02/2026' < '2026-02-20' as text
        outside = np.zeros(len(df), dtype=bool)
        if config.period_start:
            outside |= day < np.datetime64(iso_day(config.period_start), "D")  # NaT compares False
        if config.period_end:
            outside |= day > np.datetime64(iso_day(config.period_end), "D")
        entries += make_entries(
            df,
            outside,
            question="start",
            issue=tr("interview outside the data collection period"),
            check_id="durations.outside_period",
            explanations=tr("Data collection ran from {first} to {last}.").format(
                first=config.period_start or "…", last=config.period_end or "…"
            ),
            **common,
        )

    by = next((c for c in config.burst_by if c in df.columns), "")
    if by and config.burst_count > 1:
        seconds = (start - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds().to_numpy()
        device = df[by].astype(str).to_numpy()
        valid = ~np.isnan(seconds) & (df[by].notna().to_numpy())
        rows = np.flatnonzero(valid)
        if len(rows):
            codes, _ = pd.factorize(device[rows])
            order = np.lexsort((seconds[rows], codes))
            sorted_rows = rows[order]
            key = codes[order].astype(float) * 1e11 + seconds[sorted_rows]  # one device's times stay together
            window = config.burst_minutes * 60.0
            # the burst_count-th interview from a row's start must begin within the window
            ahead = np.arange(len(key)) + config.burst_count - 1
            ok = ahead < len(key)
            starts_burst = np.zeros(len(key), dtype=bool)
            starts_burst[ok] = key[ahead[ok]] - key[ok] < window
            # every interview of a burst is flagged: mark [i, i + burst_count) for each burst start
            marks = np.zeros(len(key) + 1, dtype=int)
            first = np.flatnonzero(starts_burst)
            np.add.at(marks, first, 1)
            np.add.at(marks, first + config.burst_count, -1)
            in_burst = np.cumsum(marks[:-1]) > 0
            flagged = np.zeros(len(df), dtype=bool)
            flagged[sorted_rows[in_burst]] = True
            explanation = tr("{count} or more interviews started by the same {by} within {minutes} minutes.").format(
                count=config.burst_count, by=by, minutes=f"{config.burst_minutes:g}"
            )
            entries += make_entries(
                df,
                flagged,
                question=by,
                issue=tr("many interviews in little time"),
                check_id="durations.burst",
                explanations=explanation,
                **common,
            )
    return entries + find_refusals(df, form, config, refusals)
