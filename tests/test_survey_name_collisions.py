# SPDX-License-Identifier: GPL-3.0-or-later
"""A question keeps its own name: choice columns never take a question's name nor a bare choice code.

A Kobo export of a form whose select_multiple ``water_source`` has the choice ``other`` holds the
yes/no column ``water_source/other`` beside the real "other (specify)" text question
``water_source_other``; ``transport ... or_other`` gets its ``transport_other`` question from pyxform;
``transport/ambulance`` names a choice dropped from the form, beside a question ``ambulance``.
Imported with cartong:importsurvey, then checked with cartong:runchecks (other answers).
"""

from __future__ import annotations

import csv

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingFeedback
from xlsform_files import write_form

from cartong_plugin.core.cleaning.checks import CHECK_NAMES
from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg

SURVEY = [
    ["type", "name", "label", "relevant"],
    ["start", "start", "", ""],
    ["end", "end", "", ""],
    ["select_multiple water", "water_source", "Water sources", ""],
    ["text", "water_source_other", "Other water source", "selected(${water_source}, 'other')"],
    ["select_multiple transport or_other", "transport", "Transport to the clinic", ""],
    ["integer", "ambulance", "Ambulances seen this month", ""],
]
CHOICES = [
    ["list_name", "name", "label"],
    ["water", "borehole", "Borehole"],
    ["water", "river", "River"],
    ["water", "other", "Other"],
    ["transport", "car", "Car"],
    ["transport", "motorbike", "Motorbike"],
]
HEADER = [
    "start",
    "end",
    "water_source",
    "water_source/borehole",
    "water_source/river",
    "water_source/other",
    "water_source_other",
    "transport",
    "transport/car",
    "transport/motorbike",
    "transport/ambulance",
    "transport/other",
    "transport_other",
    "ambulance",
    "_uuid",
    "_index",
]
ROWS = [
    [
        "2024-03-01T09:00:00",
        "2024-03-01T09:30:00",
        "borehole other",
        "1",
        "0",
        "1",
        "tanker truck",
        "car other",
        "1",
        "0",
        "0",
        "1",
        "donkey cart",
        "2",
        "u1",
        "1",
    ],
    [
        "2024-03-01T10:00:00",
        "2024-03-01T10:30:00",
        "river",
        "0",
        "1",
        "0",
        "",
        "ambulance",
        "0",
        "0",
        "1",
        "0",
        "",
        "0",
        "u2",
        "2",
    ],
    [
        "2024-03-01T11:00:00",
        "2024-03-01T11:30:00",
        "borehole",
        "1",
        "0",
        "0",
        "",
        "motorbike",
        "0",
        "1",
        "0",
        "0",
        "",
        "1",
        "u3",
        "3",
    ],
    [
        "2024-03-01T12:00:00",
        "2024-03-01T12:30:00",
        "other",
        "0",
        "0",
        "1",
        "rain water",
        "car",
        "1",
        "0",
        "0",
        "0",
        "",
        "3",
        "u4",
        "4",
    ],
]


@pytest.fixture()
def inputs(tmp_path):
    form = write_form(tmp_path / "clinic_form.xlsx", SURVEY, CHOICES)
    data = tmp_path / "clinic_export.csv"
    with open(data, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *ROWS])
    return data, form


def _execute(algorithm_id, parameters):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    results, ok = QgsProcessingAlgorithm.run(
        algorithm, parameters, QgsProcessingContext(), QgsProcessingFeedback(), {}, False
    )
    assert ok
    return results


@pytest.fixture()
def imported(cartong_provider, inputs, tmp_path):
    data, form = inputs
    gpkg = tmp_path / "clinic.gpkg"
    _execute("cartong:importsurvey", {"DATA": str(data), "FORM": str(form), "OUTPUT": str(gpkg)})
    return gpkg, form


def _column(gpkg, name):
    ds = ogr.Open(str(gpkg))  # kept: GDAL layers die with their dataset
    layer = ds.GetLayerByName("survey")
    assert layer.GetLayerDefn().GetFieldIndex(name) >= 0, name
    return [f.GetField(name) for f in layer]


def _fields(gpkg):
    ds = ogr.Open(str(gpkg))
    defn = ds.GetLayerByName("survey").GetLayerDefn()
    return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def test_other_specify_question_keeps_its_name_and_its_texts(imported):
    gpkg, _ = imported
    assert _column(gpkg, "water_source_other") == ["tanker truck", None, None, "rain water"]


def test_choice_column_named_like_a_question_gets_a_double_underscore(imported):
    gpkg, _ = imported
    assert _column(gpkg, "water_source__other") == [1, 0, 0, 1]
    assert _column(gpkg, "water_source_borehole") == [1, 0, 1, 0]


def test_or_other_question_keeps_its_name_beside_its_choice_column(imported):
    gpkg, _ = imported
    assert _column(gpkg, "transport_other") == ["donkey cart", None, None, None]
    assert _column(gpkg, "transport__other") == [1, 0, 0, 0]


def test_choice_column_never_takes_a_bare_choice_code(imported):
    gpkg, _ = imported
    assert _column(gpkg, "ambulance") == [2, 0, 1, 3]  # the question
    assert _column(gpkg, "transport_ambulance") == [0, 1, 0, 0]  # the choice dropped from the form
    fields = _fields(gpkg)
    assert "other" not in fields and not any(f.endswith("_") for f in fields)


def test_other_answers_check_lists_the_typed_texts(imported):
    gpkg, form = imported
    result = _execute(
        "cartong:runchecks",
        {"INPUT": f"{gpkg}|layername=survey", "FORM": str(form), "CHECKS": [CHECK_NAMES.index("other_answers")]},
    )
    entries = {(e.uuid, e.question, e.old_value) for e in read_log_from_gpkg(gpkg)}
    assert entries == {
        ("u1", "water_source_other", "tanker truck"),
        ("u4", "water_source_other", "rain water"),
        ("u1", "transport_other", "donkey cart"),
    }
    assert result["OTHER_ANSWERS"] == 3


def test_choice_dropped_from_the_form_is_reported(inputs, tmp_path):
    from cartong_plugin.core.survey.importer import import_survey

    data, form = inputs
    report = import_survey(data, form, tmp_path / "clinic.gpkg")
    (warning,) = [w for w in report.warnings if "transport/ambulance" in w]
    assert "clinic_export.csv" in warning and "choice" in warning  # not "imported as text"


def _import_columns(tmp_path, header, rows):
    """Import a small export of the clinic form; the survey layer's field names."""
    form = write_form(tmp_path / "clinic_form.xlsx", SURVEY, CHOICES)
    data = tmp_path / "export.csv"
    with open(data, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([header, *rows])
    gpkg = tmp_path / "clinic.gpkg"
    _execute("cartong:importsurvey", {"DATA": str(data), "FORM": str(form), "OUTPUT": str(gpkg)})
    return gpkg


def test_choice_column_avoids_a_question_of_the_form_absent_from_the_export(cartong_provider, tmp_path):
    # the names do not depend on which columns an export happens to hold
    gpkg = _import_columns(tmp_path, ["water_source", "water_source/other", "_uuid"], [["other", "1", "u1"]])
    assert _column(gpkg, "water_source__other") == [1]
    assert "water_source_other" not in _fields(gpkg)


def test_column_outside_the_form_never_takes_a_question_name(cartong_provider, tmp_path):
    gpkg = _import_columns(tmp_path, ["old_section/ambulance", "ambulance", "_uuid"], [["yes", "4", "u1"]])
    assert _column(gpkg, "ambulance") == [4]
    assert _column(gpkg, "old_section_ambulance") == ["yes"]
