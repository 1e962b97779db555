# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing keeps every date-time as the survey stores it: milliseconds and "Z" (UTC).

QGIS 3.22 reads ``2026-02-25T09:08:16.520Z`` as a time without a zone and its writer stores
``09:08:16.000``: a partner would read UTC times as local ones, and durations would change.
"""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing

import pytest

from tests.field_data import import_sample
from tests.protection_data import share

TIMES = ("start", "end", "_submission_time")


@pytest.fixture(scope="module")
def imported(qgis_app, tmp_path_factory):
    """The sample survey as the import writes it (date-times as ISO text with milliseconds and Z)."""
    return import_sample(tmp_path_factory.mktemp("imported") / "s.gpkg")


def _stored(gpkg, table, where: str = "1") -> list[tuple]:
    columns = ", ".join(f'"{c}"' for c in TIMES)
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(f'SELECT {columns} FROM "{table}" WHERE {where} ORDER BY fid').fetchall()


def test_shared_geopackage_keeps_each_date_time_as_the_survey_stores_it(cartong_provider, imported, tmp_path):
    survey = _stored(imported, "survey")
    assert survey[0] == ("2026-02-25T09:08:16.520Z", "2026-02-25T09:47:14.414Z", "2026-02-25T13:43:28.000Z")

    result = share(imported, tmp_path / "shared.gpkg")

    kept = _stored(imported, "survey", "consent != 'no'")  # the households that refused are not shared
    assert result["ROWS"] == len(kept) == len(survey) - 4
    assert _stored(result["OUTPUT"], "shared_survey") == kept


def test_shared_csv_keeps_each_date_time_as_the_survey_stores_it(cartong_provider, imported, tmp_path):
    result = share(imported, tmp_path / "shared.csv")

    with open(result["OUTPUT"], newline="", encoding="utf-8-sig") as handle:
        shared = [tuple(row[c] for c in TIMES) for row in csv.DictReader(handle)]
    assert shared == [tuple(v or "" for v in row) for row in _stored(imported, "survey", "consent != 'no'")]
    assert shared[0][0] == "2026-02-25T09:08:16.520Z"
