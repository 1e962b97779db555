# SPDX-License-Identifier: GPL-3.0-or-later
"""An import or a new download written in place of a GeoPackage that holds cleaning decisions is refused:
importsurvey replaced the file whole, and its 45 decided log rows were gone without a word (attack 9)."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from checks_sample import import_sample, run_checks_algorithm
from qgis.core import QgsProcessingException

from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE
from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg, write_log_to_gpkg
from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN

pytest_plugins = ["tests.servers.fixtures"]  # fake_server


def _reviewed(tmp_path, sample_dir, decided: int):
    """The sample imported and checked, ``decided`` of its log rows decided by a reviewer."""
    gpkg = import_sample(sample_dir, tmp_path / "survey.gpkg")
    run_checks_algorithm({"INPUT": f"{gpkg}|layername=survey", "CHECKS": [4]})
    entries = read_log_from_gpkg(gpkg)
    for entry in entries[:decided]:
        entry.change_type, entry.new_value, entry.who = CHANGE_RESPONSE, "5", "alice"
    write_log_to_gpkg(entries, gpkg)
    return gpkg


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_importing_over_a_geopackage_with_decisions_is_refused_and_leaves_it_whole(
    cartong_provider, tmp_path, sample_dir
):
    import processing

    gpkg = _reviewed(tmp_path, sample_dir, decided=3)
    before = _digest(gpkg)
    with pytest.raises(QgsProcessingException) as refused:
        processing.run(
            "cartong:importsurvey", {"DATA": str(sample_dir / "household_survey_kobo.csv"), "OUTPUT": str(gpkg)}
        )
    assert f"The GeoPackage {gpkg} holds 3 cleaning decisions" in str(refused.value)
    assert _digest(gpkg) == before


def test_a_log_with_pending_rows_only_is_remade_by_the_checks_so_the_import_goes_on(
    cartong_provider, tmp_path, sample_dir
):
    import processing

    gpkg = _reviewed(tmp_path, sample_dir, decided=0)
    processing.run("cartong:importsurvey", {"DATA": str(sample_dir / "household_survey_kobo.csv"), "OUTPUT": str(gpkg)})
    assert read_log_from_gpkg(gpkg) == []  # a new survey; its checks are run again


def test_a_new_download_over_a_geopackage_with_decisions_is_refused(
    qgis_app, cartong_provider, fake_server, tmp_path, sample_dir
):
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.servers.sync import sync_kobo

    gpkg = _reviewed(tmp_path, sample_dir, decided=1)
    kept = tmp_path / "kept.gpkg"
    shutil.copy(gpkg, kept)
    with pytest.raises(CartongError, match="holds 1 cleaning decision: "):
        sync_kobo(fake_server.url, KOBO_TOKEN, ASSET_UID, gpkg)
    assert _digest(gpkg) == _digest(kept)
    assert not [r for r in fake_server.state.requests if r["path"].endswith("/data/")]  # refused before downloading


def test_no_algorithm_writes_a_file_in_place_of_a_geopackage_holding_decisions(cartong_provider, tmp_path, sample_dir):
    """applycleaninglog's cleaned layer written onto another survey's GeoPackage replaced it, 4 decisions lost
    (attack 10): every GeoPackage destination is checked before any work."""
    import processing

    (tmp_path / "other").mkdir()
    other = _reviewed(tmp_path / "other", sample_dir, decided=4)
    survey = import_sample(sample_dir, tmp_path / "survey.gpkg")
    before = _digest(other)
    with pytest.raises(QgsProcessingException, match="holds 4 cleaning decisions"):
        processing.run("cartong:applycleaninglog", {"INPUT": f"{survey}|layername=survey", "OUTPUT": str(other)})
    assert _digest(other) == before


def test_a_geopackage_another_program_holds_locked_is_not_replaced(cartong_provider, tmp_path, sample_dir):
    import sqlite3

    import processing

    gpkg = _reviewed(tmp_path, sample_dir, decided=2)
    holder = sqlite3.connect(gpkg)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # another program writing into it
        with pytest.raises(QgsProcessingException, match="is open in QGIS or another program"):
            processing.run(
                "cartong:importsurvey", {"DATA": str(sample_dir / "household_survey_kobo.csv"), "OUTPUT": str(gpkg)}
            )
    finally:
        holder.rollback()
        holder.close()
    assert len([e for e in read_log_from_gpkg(gpkg) if e.who == "alice"]) == 2
