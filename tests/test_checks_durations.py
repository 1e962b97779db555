# SPDX-License-Identifier: GPL-3.0-or-later
"""Interview durations, collection period and bursts of interviews on hand-made tables."""

from __future__ import annotations

import pandas as pd

from cartong_plugin.core.cleaning.checks import ChecksConfig
from cartong_plugin.core.cleaning.checks.durations import LOCAL_START_DATE, find_duration_problems


def _df(rows):
    """rows: (start, end[, device[, consent]])"""
    data = {"_uuid": [f"u{i}" for i in range(len(rows))], "start": [r[0] for r in rows], "end": [r[1] for r in rows]}
    data["deviceid"] = [r[2] if len(r) > 2 else f"dev{i}" for i, r in enumerate(rows)]
    data["consent"] = [r[3] if len(r) > 3 else "yes" for r in rows]
    return pd.DataFrame(data)


def _found(entries):
    return [(e.uuid, e.check_id) for e in entries]


def test_short_long_and_negative_durations_are_flagged():
    df = _df(
        [
            ("2026-03-02T08:00:00.000+01:00", "2026-03-02T08:30:00.000+01:00"),
            ("2026-03-02T08:00:00.000+01:00", "2026-03-02T08:03:00.000+01:00"),
            ("2026-03-02T08:00:00.000+01:00", "2026-03-02T12:00:00.000+01:00"),
            ("2026-03-02T08:00:00.000+01:00", "2026-03-02T07:40:00.000+01:00"),
        ]
    )
    entries = find_duration_problems(df, None, ChecksConfig())
    assert sorted(_found(entries)) == [
        ("u1", "durations.too_short"),
        ("u2", "durations.too_long"),
        ("u3", "durations.negative"),
    ]
    assert next(e.old_value for e in entries if e.uuid == "u1") == "3.0"


def test_time_zones_are_respected():
    df = _df([("2026-03-02T08:00:00+01:00", "2026-03-02T07:30:00+00:00")])  # 30 minutes, not -30
    assert find_duration_problems(df, None, ChecksConfig()) == []


def test_short_refusal_is_not_flagged():
    df = _df([("2026-03-02T08:00:00+01:00", "2026-03-02T08:04:00+01:00", "d", "no")])
    # its own row says the refusal (consent.find_refusals), not a short interview
    assert _found(find_duration_problems(df, None, ChecksConfig())) == [("u0", "durations.no_consent")]


def test_interviews_outside_the_collection_period_are_flagged():
    df = _df(
        [
            ("2026-02-25T09:00:00+01:00", "2026-02-25T09:30:00+01:00"),
            ("2026-03-05T09:00:00+01:00", "2026-03-05T09:30:00+01:00"),
            ("2026-03-21T09:00:00+01:00", "2026-03-21T09:30:00+01:00"),
        ]
    )
    config = ChecksConfig(period_start="2026-03-02", period_end="2026-03-20")
    assert _found(find_duration_problems(df, None, config)) == [
        ("u0", "durations.outside_period"),
        ("u2", "durations.outside_period"),
    ]


def test_many_interviews_from_one_device_in_little_time_are_flagged():
    times = [
        "2026-03-05T18:00:00+01:00",
        "2026-03-05T18:05:00+01:00",
        "2026-03-05T18:09:00+01:00",
        "2026-03-05T18:14:00+01:00",
    ]
    rows = [(t, t.replace("T18", "T19"), "phone1") for t in times]
    rows.append(("2026-03-05T18:01:00+01:00", "2026-03-05T18:40:00+01:00", "phone2"))
    rows.append(("2026-03-06T09:00:00+01:00", "2026-03-06T09:40:00+01:00", "phone1"))
    entries = find_duration_problems(_df(rows), None, ChecksConfig(burst_count=4, burst_minutes=30))
    assert sorted(_found(entries)) == [(f"u{i}", "durations.burst") for i in range(4)]


def test_interviews_spread_over_the_day_are_not_a_burst():
    times = [f"2026-03-05T{h:02d}:00:00+01:00" for h in range(8, 16)]
    rows = [(t, t.replace(":00:00", ":40:00"), "phone1") for t in times]
    assert find_duration_problems(_df(rows), None, ChecksConfig()) == []


def test_period_uses_the_local_start_date_over_the_utc_timestamp():
    # as read from a GeoPackage: `start` in UTC, the device's own date beside it
    df = _df(
        [
            (pd.Timestamp("2026-03-01T23:30:00Z"), pd.Timestamp("2026-03-02T00:00:00Z")),
            (pd.Timestamp("2026-03-01T22:30:00Z"), pd.Timestamp("2026-03-01T23:00:00Z")),
        ]
    )
    df[LOCAL_START_DATE] = ["2026-03-02", "2026-03-01"]
    config = ChecksConfig(period_start="2026-03-02", period_end="2026-03-20")
    assert _found(find_duration_problems(df, None, config)) == [("u1", "durations.outside_period")]


def test_period_falls_back_to_the_start_value_without_a_local_date():
    df = _df(
        [
            (pd.Timestamp("2026-03-01T23:30:00Z"), pd.Timestamp("2026-03-02T00:00:00Z")),
            (pd.Timestamp("2026-03-02T08:00:00Z"), pd.Timestamp("2026-03-02T08:30:00Z")),
        ]
    )
    df[LOCAL_START_DATE] = [None, None]
    config = ChecksConfig(period_start="2026-03-02", period_end="2026-03-20")
    assert _found(find_duration_problems(df, None, config)) == [("u0", "durations.outside_period")]
