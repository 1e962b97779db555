# SPDX-License-Identifier: GPL-3.0-or-later
"""A start typed as a date alone the way a spreadsheet writes it ("25/03/2026"), among times with an offset,
through cartong:runchecks: read as midnight UTC, it made an interview of ten hours (a false "too long"), as
an ISO date alone did before it was checked for the collection period only."""

from __future__ import annotations

from test_checks_date_formats import ONE_LAYOUT, _csv, _run


def test_a_spreadsheet_date_without_time_among_times_is_checked_for_the_period_only(cartong_provider, tmp_path):
    rows = [*ONE_LAYOUT[:3], ("u-date", "25/03/2026", "2026-03-25T10:40:00.000+01:00", "d5")]
    rows += [("u-april", "25/04/2026", "2026-04-25T10:40:00.000+01:00", "d6")]
    flags, said, _ = _run(
        tmp_path, str(_csv(tmp_path / "dates.csv", rows)), PERIOD_START="2026-03-01", PERIOD_END="2026-03-31"
    )
    assert flags == {("u-short", "durations.too_short"), ("u-april", "durations.outside_period")}
    assert (
        "2 values of start are dates without a time (first: u-date, '25/03/2026'): their interviews were checked "
        "for the collection period only." in said
    )
