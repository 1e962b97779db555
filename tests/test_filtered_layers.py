# SPDX-License-Identifier: GPL-3.0-or-later
"""A survey layer filtered in QGIS (its subset string, set while exploring one area or one enumerator) and the
algorithms that must see the whole survey (attack 18clean, finding 1: applycleaninglog on a layer filtered to
"fid" <= 100 wrote 60 of 632 submissions with 643 false "no submission has the uuid" warnings, and the repeat
rows of the hidden submissions as orphans).

applycleaninglog and runchecks refuse such a layer before any work, naming the layer, the filter and how many
submissions it shows; exportforsharing shares the part it shows (it may be meant) but says so, in the feedback and
in the README that goes with the file. The repeat tables of a cleaned GeoPackage hold only the rows of the
submissions written.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from tests.field_data import RecordingFeedback, import_sample
from tests.field_data import write_text_file as _log

HOW_TO_CLEAR = "(Layer Properties > Source > Query Builder, or the filter icon in the Layers panel)"


@pytest.fixture(scope="module")
def imported(tmp_path_factory, qgis_app):
    """The bundled sample imported once (420 submissions, members repeat)."""
    return import_sample(tmp_path_factory.mktemp("filtered") / "household.gpkg")


@pytest.fixture()
def survey(imported, tmp_path):
    gpkg = tmp_path / "household.gpkg"
    shutil.copy(imported, gpkg)
    return gpkg


@pytest.fixture()
def filtered(survey):
    """The survey layer as a user filters it in the project (Query Builder): 5 of 420 submissions shown."""
    layer = QgsVectorLayer(f"{survey}|layername=survey", "household survey", "ogr")
    assert layer.setSubsetString('"fid" <= 5')
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _removal_log(gpkg, folder):
    with closing(sqlite3.connect(gpkg)) as db:
        (uuid,) = db.execute("SELECT _uuid FROM survey WHERE fid = 1").fetchone()
    return _log(folder, f"uuid,question,old_value,new_value,change_type\n{uuid},_uuid,,,remove_survey\n")


def test_the_cleaning_log_is_not_applied_to_a_filtered_layer(cartong_provider, survey, filtered, tmp_path):
    log, out = _removal_log(survey, tmp_path), tmp_path / "cleaned.gpkg"
    before = _sha(survey)
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "cartong:applycleaninglog", {"INPUT": filtered, "LOG": str(log), "OUTPUT": str(out)}, feedback=feedback
        )
    assert str(raised.value).endswith(
        'The layer household survey has a filter ("fid" <= 5): 5 of 420 submissions shown. The cleaned survey is '
        "the whole survey minus the submissions the cleaning log removes, so nothing was written: clear the filter "
        f"{HOW_TO_CLEAR} and run again."
    )
    assert not out.exists() and _sha(survey) == before
    assert not any("no submission has the uuid" in w for w in feedback.warnings)


def test_a_filtered_layer_named_by_its_source_is_refused_too(cartong_provider, survey, tmp_path):
    """As a script or a model names it: the filter in the layer's source."""
    out = tmp_path / "cleaned.gpkg"
    with pytest.raises(QgsProcessingException, match=r"\): 100 of 420 submissions shown\. The cleaned survey"):
        processing.run(
            "cartong:applycleaninglog",
            {"INPUT": f'{survey}|layername=survey|subset="fid" <= 100', "OUTPUT": str(out)},
            feedback=RecordingFeedback(),
        )
    assert not out.exists()


def test_a_filter_that_hides_no_submission_is_cleaned_as_the_whole_survey(cartong_provider, survey, tmp_path):
    out = tmp_path / "cleaned.gpkg"
    log = _removal_log(survey, tmp_path)
    result = processing.run(
        "cartong:applycleaninglog",
        {"INPUT": f'{survey}|layername=survey|subset="fid" > 0', "LOG": str(log), "OUTPUT": str(out)},
        feedback=RecordingFeedback(),
    )
    assert result["REMOVED_SUBMISSIONS"] == 1
    with closing(sqlite3.connect(out)) as db:
        assert db.execute("SELECT count(*) FROM cleaned").fetchone() == (419,)


def test_selected_features_only_cannot_be_given_to_the_cleaning(cartong_provider, survey, filtered, tmp_path):
    """INPUT is a layer parameter: QGIS offers no "selected features only" nor feature limit for it, and refuses
    a source definition asking for one (if INPUT ever became a feature source, this would need a refusal too)."""
    filtered.setSubsetString("")
    filtered.selectByIds([1, 2, 3])
    out = tmp_path / "cleaned.gpkg"
    for definition in (
        QgsProcessingFeatureSourceDefinition(filtered.id(), True),
        QgsProcessingFeatureSourceDefinition(filtered.id(), False, 10),
    ):
        with pytest.raises(QgsProcessingException, match="Incorrect parameter value for INPUT"):
            processing.run("cartong:applycleaninglog", {"INPUT": definition, "OUTPUT": str(out)})
    assert not out.exists()


def test_the_checks_are_not_run_on_a_filtered_layer(cartong_provider, survey, filtered):
    """Refused rather than warned: duplicates and outliers are found against the whole survey, and the log they
    write is the survey's, whose pending rows of the hidden submissions a merge would drop."""
    before = _sha(survey)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("cartong:runchecks", {"INPUT": filtered}, feedback=RecordingFeedback())
    assert str(raised.value).endswith(
        'The layer household survey has a filter ("fid" <= 5): 5 of 420 submissions shown. The checks compare each '
        "submission with the whole survey (duplicates, outliers, interviews in bursts) and write its cleaning log, "
        "which would lose the pending rows of the hidden submissions, so nothing was checked: clear the filter "
        f"{HOW_TO_CLEAR} and run again."
    )
    assert _sha(survey) == before  # no cleaning_log table written


def test_the_cleaning_wizard_does_not_check_a_filtered_layer_either(cartong_provider, survey, filtered):
    """The wizard's task opens the project layer again from its source, which keeps the filter."""
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.cleaning.checks import ChecksConfig
    from cartong_plugin.gui.cleaning.run_pages import run_checks_on_layer

    with pytest.raises(CartongError, match=r'^The layer household survey has a filter \("fid" <= 5\): 5 of 420 '):
        run_checks_on_layer(
            filtered.source(), "ogr", filtered.name(), "", ChecksConfig(), str(survey), RecordingFeedback()
        )


def test_a_filtered_layer_shared_says_it_holds_a_part(cartong_provider, survey, filtered, tmp_path):
    key_file = tmp_path / "share.key"
    key_file.write_text("ab" * 32, encoding="utf-8")
    output = tmp_path / "shared.gpkg"
    feedback = RecordingFeedback()
    result = processing.run(
        "cartong:exportforsharing",
        {"INPUT": filtered, "LOCATION_MODE": 3, "KEY_SOURCE": f"file:{key_file}", "OUTPUT": str(output)},
        feedback=feedback,
    )
    assert result["ROWS"] == 5
    assert (
        'The layer household survey has a filter ("fid" <= 5): only the 5 of its 420 submissions that it shows are '
        "shared, and every count (by area, small counts hidden, rare combinations) is made on them, not on the "
        "whole survey; the README says so. To share the whole survey, clear the filter (Layer Properties > Source > "
        "Query Builder, or the filter icon in the Layers panel)."
    ) in feedback.warnings
    readme = output.with_name(output.name + ".README.txt").read_text(encoding="utf-8")
    assert (
        "- WARNING: this file holds 5 of the 420 submissions of its source, chosen by a filter: its counts are not "
        "the survey's totals." in readme
    )
    assert "- ATTENTION : ce fichier contient 5 des 420 soumissions de sa source, choisies par un filtre" in readme
    assert '"fid"' not in readme  # the filter may name a person (an enumerator): it stays on this computer
    with closing(sqlite3.connect(output)) as db:
        assert db.execute("SELECT action, parameters FROM cartong_protection WHERE step = 1").fetchone() == (
            "part_of_source",
            '{"shown": 5, "total": 420}',
        )
    from cartong_plugin.gui.protection.output_pages import describe_action  # the wizard's summary of the steps

    assert describe_action({"action": "part_of_source", "parameters": {"shown": 5, "total": 420}}) == (
        "WARNING: the file holds 5 of the 420 submissions of the layer (its filter chose them): its counts are not "
        "the survey's totals."
    )


@pytest.fixture()
def postgis_survey(cartong_provider, postgis, checked_survey):
    """The checked sample sent to PostGIS (cartong:surveytopostgis) and its survey table opened as a QGIS
    connection with "Use estimated table metadata" opens it (estimatedmetadata=true): a filtered layer's
    featureCount() is then the planner's estimate, not a count."""
    from teams_data import execute

    execute(
        "cartong:surveytopostgis",
        {"INPUT": str(checked_survey), "CONNECTION": postgis.conninfo(), "SCHEMA": "filtered"},
    )
    source = f'{postgis.conninfo()} estimatedmetadata=true key=\'fid\' table="filtered"."survey" (geom)'
    layers = []

    def open_filtered(subset):
        layer = QgsVectorLayer(source, "household survey", "postgres")
        assert layer.isValid() and layer.setSubsetString(subset)
        layers.append(QgsProject.instance().addMapLayer(layer))
        return layer

    yield open_filtered
    postgis.sql("DROP SCHEMA filtered CASCADE")
    for layer in layers:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_filtered_postgis_layer_with_estimated_metadata_is_refused_with_its_real_counts(postgis_survey, tmp_path):
    layer = postgis_survey('"fid" <= 5')
    assert layer.featureCount() != 5  # the estimate of a table not yet analysed (70 here)
    out = tmp_path / "cleaned.gpkg"
    with pytest.raises(QgsProcessingException, match=r'\("fid" <= 5\): 5 of 420 submissions shown\. The cleaned'):
        processing.run("cartong:applycleaninglog", {"INPUT": layer, "OUTPUT": str(out)}, feedback=RecordingFeedback())
    assert not out.exists()
    with pytest.raises(QgsProcessingException, match=r'\("fid" <= 5\): 5 of 420 submissions shown\. The checks'):
        processing.run("cartong:runchecks", {"INPUT": layer}, feedback=RecordingFeedback())


def test_a_postgis_filter_hiding_nothing_is_cleaned_whatever_the_estimate(
    postgis, postgis_survey, checked_survey, tmp_path
):
    postgis.sql("ANALYZE filtered.survey")
    layer = postgis_survey("\"_uuid\" <> ''")
    assert layer.featureCount() != 420  # the planner's estimate (419 here) of a filter that hides no row
    out = tmp_path / "cleaned.gpkg"
    result = processing.run(
        "cartong:applycleaninglog",
        {"INPUT": layer, "LOG": str(_removal_log(checked_survey, tmp_path)), "OUTPUT": str(out)},
        feedback=RecordingFeedback(),
    )
    assert result["REMOVED_SUBMISSIONS"] == 1
    with closing(sqlite3.connect(out)) as db:
        assert db.execute("SELECT count(*) FROM cleaned").fetchone() == (419,)
