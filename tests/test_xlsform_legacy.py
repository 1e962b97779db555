# SPDX-License-Identifier: GPL-3.0-or-later
"""Legacy Excel (.xls) XLSForms through cartong:importsurvey: read with GDAL's XLS driver, or refused
with one sentence saying to save the form as .xlsx when this GDAL has no XLS driver."""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

LEGACY = Path(__file__).parent / "data" / "real" / "ropensci+ruODK" / "derived" / "I8n_lang_choicefilter.xls"
# An export of the form (questions of its sheet; "-" group separator) with the _uuid the checks name rows by
HEADER = [
    "SubmissionDate",
    "select_example_filter",
    "choice_filter_example-choice_filter_question_1",
    "some_text",
    "a_integer",
    "a_decimal",
    "test_yn",
    "_uuid",
]
ROWS = [
    ["2024-03-01T09:00:00Z", "0", "1 2", "hello", "3", "1.5", "99", "a"],
    ["2024-03-01T10:00:00Z", "1", "3", "", "4", "2.5", "0", "b"],
]


@pytest.fixture()
def inputs(tmp_path):
    form = tmp_path / "form.xls"
    shutil.copy(LEGACY, form)
    data = tmp_path / "export.csv"
    with open(data, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *ROWS])
    return data, form


def _run(params):
    import processing

    return processing.run("cartong:importsurvey", params)


def test_legacy_xls_form_is_accepted_by_the_import_algorithm(cartong_provider, inputs, tmp_path):
    data, form = inputs
    before = hashlib.sha256(form.read_bytes()).hexdigest()
    output = tmp_path / "survey.gpkg"
    result = _run({"DATA": str(data), "FORM": str(form), "LANGUAGE": "fr", "OUTPUT": str(output)})
    assert result["ROWS"] == 2
    ds = ogr.Open(str(output))
    labels = [f.GetField("test_yn_label") for f in ds.GetLayerByName("survey")]
    assert labels == ["peut-être", "Oui"]  # the French labels of the .xls choices sheet
    assert hashlib.sha256(form.read_bytes()).hexdigest() == before


@pytest.fixture()
def without_xls_driver():
    driver = gdal.GetDriverByName("XLS")
    driver.Deregister()
    try:
        yield
    finally:
        driver.Register()


def test_without_the_xls_driver_the_form_is_refused_with_a_sentence(
    cartong_provider, inputs, tmp_path, without_xls_driver
):
    data, form = inputs
    output = tmp_path / "survey.gpkg"
    with pytest.raises(QgsProcessingException, match=r"form\.xls is an old Excel file .*save it as \.xlsx"):
        _run({"DATA": str(data), "FORM": str(form), "OUTPUT": str(output)})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv", "form.xls"]  # no output, even half-written


def test_legacy_xls_form_is_accepted_by_the_checks_algorithm(cartong_provider, inputs, tmp_path):
    data, form = inputs
    output = tmp_path / "survey.gpkg"
    _run({"DATA": str(data), "FORM": str(form), "OUTPUT": str(output)})
    import processing

    result = processing.run(
        "cartong:runchecks", {"INPUT": f"{output}|layername=survey", "FORM": str(form), "CHECKS": [1]}
    )  # missing answers: needs the form
    assert result["OUTPUT_GPKG"] == str(output)
