# SPDX-License-Identifier: GPL-3.0-or-later
"""An output chosen as the input's own GeoPackage is refused, by every algorithm, before anything is written.

Found as issue #13: applycleaninglog, exportforsharing, detectpersonaldata and countbyadmin wrote their
table over the survey GeoPackage they read, leaving only the new table (survey, raw table, cleaning log
and metadata gone). The file is compared byte for byte before and after each refused run.
"""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from cartong_plugin.core.base.outputs import refuse_output_over_inputs, same_file, source_file

REFUSED = r"is the file .* that the input .* is read from.*Nothing was written"


def _run(algorithm_id, parameters):
    import processing

    return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(gpkg) -> list[str]:
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    return sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))


@pytest.fixture(scope="module")
def imported(tmp_path_factory, sample_dir, qgis_app):
    """The sample survey as the importer writes it, with a cleaning log: survey, raw table, log, metadata."""
    from cartong_plugin.core.cleaning import log as cleaning_log
    from cartong_plugin.core.cleaning import log_files
    from cartong_plugin.core.survey.importer import import_survey

    gpkg = tmp_path_factory.mktemp("imported") / "survey.gpkg"
    from osgeo import ogr

    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    ds = ogr.Open(str(gpkg))
    uuid = next(iter(ds.GetLayerByName("survey"))).GetField("_uuid")
    ds = None
    entry = cleaning_log.LogEntry(
        uuid=uuid,
        question="hh_size",
        old_value="1",
        new_value="",
        issue="test",
        check_id="test.1",
        change_type=cleaning_log.PENDING,
    )
    log_files.write_log_to_gpkg([entry], gpkg)
    return gpkg


@pytest.fixture()
def survey(imported, tmp_path):
    """A fresh copy of the imported survey, its fingerprint and its tables."""
    gpkg = tmp_path / "survey.gpkg"
    shutil.copyfile(imported, gpkg)
    return gpkg, _digest(gpkg), _tables(gpkg)


def _assert_untouched(survey_fixture):
    gpkg, digest, tables = survey_fixture
    assert _digest(gpkg) == digest
    assert _tables(gpkg) == tables
    assert {"survey", "raw_survey", "cleaning_log", "cartong_metadata"} <= set(tables)


ALGORITHMS = {
    "applycleaninglog": lambda uri, out, admin: {"INPUT": uri, "OUTPUT": out},
    "exportforsharing": lambda uri, out, admin: {"INPUT": uri, "LOCATION_MODE": 3, "OUTPUT": out},
    "detectpersonaldata": lambda uri, out, admin: {"INPUT": uri, "OUTPUT": out},
    "countbyadmin": lambda uri, out, admin: {"POINTS": uri, "ADMIN": admin, "OUTPUT": out},
}


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_output_that_is_the_input_geopackage_is_refused(cartong_provider, survey, sample_dir, algorithm):
    gpkg = survey[0]
    parameters = ALGORITHMS[algorithm](
        f"{gpkg}|layername=survey", str(gpkg), f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2"
    )
    with pytest.raises(QgsProcessingException, match=REFUSED):
        _run(f"cartong:{algorithm}", parameters)
    _assert_untouched(survey)


@pytest.mark.parametrize("spelling", ["dotdot", "symlink", "hardlink", "layername"])
def test_every_spelling_of_the_same_file_is_refused(cartong_provider, survey, tmp_path, spelling):
    gpkg = survey[0]
    (tmp_path / "sub").mkdir()
    if spelling == "dotdot":
        output = str(tmp_path / "sub" / ".." / "survey.gpkg")
    elif spelling == "symlink":
        os.symlink(gpkg, tmp_path / "link.gpkg")
        output = str(tmp_path / "link.gpkg")
    elif spelling == "hardlink":
        os.link(gpkg, tmp_path / "sub" / "other_name.gpkg")
        output = str(tmp_path / "sub" / "other_name.gpkg")
    else:
        output = f"{gpkg}|layername=found"
    with pytest.raises(QgsProcessingException, match=REFUSED):
        _run("cartong:detectpersonaldata", {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": output})
    _assert_untouched(survey)


@pytest.mark.parametrize("table", ["survey", "raw_survey", "cleaning_log", "cartong_metadata"])
def test_a_table_that_matters_in_the_input_geopackage_is_not_replaced(cartong_provider, survey, table):
    gpkg = survey[0]
    with pytest.raises(QgsProcessingException, match=rf"would replace the table {table} of .*Nothing was written"):
        _run(
            "cartong:detectpersonaldata",
            {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)"},
        )
    _assert_untouched(survey)


def test_a_new_table_beside_the_survey_is_added_and_keeps_every_other(cartong_provider, survey):
    """The demo stores its counts that way: the GeoPackage keeps every table it held."""
    gpkg, _, tables = survey
    _run(
        "cartong:detectpersonaldata",
        {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": f"ogr:dbname='{gpkg}' table=\"found\" (geom)"},
    )
    assert _tables(gpkg) == sorted([*tables, "found"])


def test_the_admin_boundaries_are_an_input_too(cartong_provider, survey, sample_dir, tmp_path):
    admin = tmp_path / "admin.gpkg"
    shutil.copyfile(sample_dir / "admin_boundaries.gpkg", admin)
    before = _digest(admin)
    points = f"{survey[0]}|layername=survey"
    with pytest.raises(QgsProcessingException, match=r"Admin areas \(polygons with P-codes\)"):
        _run("cartong:countbyadmin", {"POINTS": points, "ADMIN": f"{admin}|layername=admin2", "OUTPUT": str(admin)})
    assert _digest(admin) == before


def test_export_log_over_the_xlsform_is_refused(cartong_provider, survey, sample_dir, tmp_path):
    form = tmp_path / "form.xlsx"
    shutil.copyfile(sample_dir / "household_survey_form.xlsx", form)
    before = _digest(form)
    with pytest.raises(QgsProcessingException, match=REFUSED):
        _run(
            "cartong:runchecks",
            {"INPUT": f"{survey[0]}|layername=survey", "FORM": str(form), "CHECKS": [0], "EXPORT_FILE": str(form)},
        )
    assert _digest(form) == before


def test_export_for_sharing_refuses_its_input_from_the_core_too(qgis_app, survey):
    """The protection wizard calls the core function directly: it is guarded there as well."""
    from qgis.core import QgsVectorLayer

    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.protection.share_export import export_for_sharing
    from cartong_plugin.core.protection.share_options import ShareOptions

    gpkg = survey[0]
    layer = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
    with pytest.raises(CartongError, match=REFUSED):
        export_for_sharing(layer, gpkg, ShareOptions(location_mode="drop"))
    del layer
    _assert_untouched(survey)


def test_import_refuses_the_export_as_output_through_the_shared_helper(cartong_provider, sample_copy, tmp_path):
    data = sample_copy / "household_survey_kobo.csv"
    link = tmp_path / "export.gpkg"
    os.symlink(data, link)
    before = _digest(data)
    with pytest.raises(QgsProcessingException, match=REFUSED):
        _run("cartong:importsurvey", {"DATA": str(data), "OUTPUT": str(link)})
    assert _digest(data) == before


def test_source_file_reads_every_kind_of_layer_source(tmp_path):
    gpkg = tmp_path / "s.gpkg"
    assert source_file(f"{gpkg}|layername=survey") == gpkg
    assert source_file(f'{gpkg}|layerid=0|subset="a" = 1') == gpkg
    assert source_file(f"ogr:dbname='{gpkg}' table=\"t\" (geom)") == gpkg
    assert source_file(f"GPKG:{gpkg}:survey") == gpkg
    assert source_file(f"file://{gpkg}") == gpkg
    assert source_file("memory:") is None and source_file("TEMPORARY_OUTPUT") is None


def test_a_different_file_is_not_refused(tmp_path):
    (tmp_path / "a.gpkg").write_bytes(b"a")
    refuse_output_over_inputs(tmp_path / "b.gpkg", {"survey": f"{tmp_path / 'a.gpkg'}|layername=survey"})
    assert not same_file(tmp_path / "a.gpkg", tmp_path / "A.gpkg") or os.path.exists(tmp_path / "A.gpkg")
