# SPDX-License-Identifier: GPL-3.0-or-later
"""A damaged survey GeoPackage (cut short while copied, a page of a table overwritten by a failing disk) is
named in one sentence saying what to do, and nothing is left behind.

cartong:preparefieldpackage ended with "An unexpected error stopped the run (DatabaseError)" and, on QGIS
3.22, SQLite's words about the hidden temporary copy (``.field_package.<pid>-….part/data/truncated.gpkg``);
applycleaninglog and exportforsharing, which read tables of the survey with sqlite3, said the same
(attack8-ltr finding D).
"""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, damage_table, files_under, import_sample


def _sentence(path) -> str:
    return (
        f"The GeoPackage {path} is damaged: SQLite cannot read all of it (a copy cut short, a failing disk or USB "
        "stick). Take it from a backup, or import the survey again into a new GeoPackage, then run again."
    )


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    return import_sample(tmp_path_factory.mktemp("damaged") / "household.gpkg")


def _cut_short(survey, folder):
    """The first 5000 bytes of the survey: a copy interrupted (a USB stick pulled out)."""
    damaged = folder / "truncated.gpkg"
    damaged.write_bytes(survey.read_bytes()[:5000])
    return damaged


def _overwritten(survey, folder, table):
    return damage_table(survey, table, folder / "damaged.gpkg")


def _run(algorithm, parameters, feedback=None):
    import processing

    with pytest.raises(QgsProcessingException) as raised:
        processing.run(algorithm, parameters, feedback=feedback or RecordingFeedback())
    return str(raised.value)


@pytest.mark.parametrize("damage", ["cut short", "a page overwritten"])
def test_a_damaged_survey_is_named_by_preparefieldpackage_and_no_package_is_left(
    cartong_provider, survey, tmp_path, damage, capfd
):
    damaged = _cut_short(survey, tmp_path) if damage == "cut short" else _overwritten(survey, tmp_path, "survey")
    output = tmp_path / "package"
    feedback = RecordingFeedback()
    capfd.readouterr()
    message = _run("cartong:preparefieldpackage", {"SURVEYS": [str(damaged)], "OUTPUT": str(output)}, feedback)
    assert message == _sentence(damaged)  # the user's file, never the temporary copy's path
    assert files_under(tmp_path) == {damaged.name}
    # GDAL's English lines ("ERROR 1: sqlite3_prepare_v2(...) failed: database disk image is malformed", the
    # survey loaded as a layer to compare it with the output) stay out of the run's log (QGIS 3.40)
    printed = capfd.readouterr()
    said = "\n".join([printed.out, printed.err, *feedback.infos, *feedback.warnings, *feedback.errors])
    assert "malformed" not in said and "ERROR 1" not in said


def test_a_damaged_repeat_table_is_named_by_applycleaninglog(cartong_provider, survey, tmp_path):
    damaged = _overwritten(survey, tmp_path, "members")
    log = tmp_path / "log.csv"
    log.write_text("uuid,question,old_value,new_value,change_type\n", encoding="utf-8")
    message = _run(
        "cartong:applycleaninglog",
        {"INPUT": f"{damaged}|layername=survey", "LOG": str(log), "OUTPUT": str(tmp_path / "clean.gpkg")},
    )
    assert message == _sentence(damaged)
    assert files_under(tmp_path) == {damaged.name, log.name}


def test_a_damaged_survey_table_is_named_by_exportforsharing(cartong_provider, survey, tmp_path):
    damaged = _overwritten(survey, tmp_path, "survey")
    message = _run(
        "cartong:exportforsharing", {"INPUT": f"{damaged}|layername=survey", "OUTPUT": str(tmp_path / "shared.gpkg")}
    )
    assert message == _sentence(damaged)
    assert files_under(tmp_path) == {damaged.name}


def test_an_error_on_a_sound_survey_is_not_blamed_on_the_file(cartong_provider, survey, tmp_path, monkeypatch):
    """A database error with every input sound stays the unexpected error it is (the file is not accused)."""
    from cartong_plugin.core.cleaning import cleaned_repeats

    def failing(*args):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(cleaned_repeats, "_row_counts", failing)
    log = tmp_path / "log.csv"
    log.write_text("uuid,question,old_value,new_value,change_type\n", encoding="utf-8")
    message = _run(
        "cartong:applycleaninglog",
        {"INPUT": f"{survey}|layername=survey", "LOG": str(log), "OUTPUT": str(tmp_path / "clean.gpkg")},
    )
    assert message.startswith("An unexpected error stopped the run (DatabaseError).")
