# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors no step foresaw reach the user as a sentence, never as a Python traceback: a survey GeoPackage
locked by another program made cartong:runchecks and cartong:applycleaninglog print
"RuntimeError: database is locked" with a traceback."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import import_sample


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    return import_sample(tmp_path_factory.mktemp("locked") / "household.gpkg")


@pytest.mark.slow  # the reader waits for the lock (SQLite's busy timeout) before giving up
@pytest.mark.parametrize(
    "algorithm, extra",
    [("cartong:runchecks", {}), ("cartong:applycleaninglog", {"OUTPUT": "clean.gpkg"})],
)
def test_a_survey_locked_by_another_program_is_said_in_a_sentence(cartong_provider, survey, tmp_path, algorithm, extra):
    import processing

    parameters = {"INPUT": f"{survey}|layername=survey"}
    parameters.update({key: str(tmp_path / value) for key, value in extra.items()})
    with closing(sqlite3.connect(survey, isolation_level=None)) as other_program:
        other_program.execute("BEGIN EXCLUSIVE")  # a database browser saving, a QGIS edit session committing
        with pytest.raises(QgsProcessingException) as raised:
            processing.run(algorithm, parameters)
        other_program.execute("ROLLBACK")
    message = str(raised.value)
    assert "is being written by another program" in message and "locked" in message
    assert "Traceback" not in message and "RuntimeError" not in message
    assert not (tmp_path / "clean.gpkg").exists()
