# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin with an admin layer in which one P-code names two areas (a layer appended
twice, a district split in parts): each submission is counted once, and the P-code is named."""

from __future__ import annotations

import pytest
from osgeo import gdal, ogr
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsVectorLayer,
)

from cartong_plugin.core.survey.importer import import_survey
from tests.field_data import RecordingFeedback


def _count(parameters):
    feedback = RecordingFeedback()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:countbyadmin")
    results, ok = QgsProcessingAlgorithm.run(algorithm, parameters, QgsProcessingContext(), feedback, {}, False)
    assert ok
    return results, feedback


@pytest.fixture(scope="module")
def survey(tmp_path_factory, sample_dir):
    gpkg = tmp_path_factory.mktemp("dup") / "survey.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    return f"{gpkg}|layername=survey"


def _admin_with_a_shared_code(sample_dir, path, code):
    """The sample's real admin2 boundaries (CAF COD-AB), the area ``code`` appended a second time."""
    gdal.VectorTranslate(str(path), str(sample_dir / "admin_boundaries.gpkg"), layers=["admin2"], layerName="admin2")
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("admin2")
    layer.SetAttributeFilter(f"adm2_pcode = '{code}'")
    copy = next(iter(layer)).Clone()
    layer.SetAttributeFilter(None)
    copy.SetFID(-1)
    layer.CreateFeature(copy)
    ds = None
    return f"{path}|layername=admin2"


def _by_code(output):
    layer = QgsVectorLayer(output, "counts", "ogr")
    rows = [(f["adm2_pcode"], f["submissions"]) for f in layer.getFeatures()]
    return rows


@pytest.mark.parametrize("join_field", [None, "admin2"], ids=["by location", "by P-code"])
def test_each_submission_is_counted_once_when_a_pcode_names_two_areas(
    join_field, cartong_provider, survey, sample_dir, tmp_path
):
    clean = f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2"
    parameters = {"POINTS": survey, "ADMIN_CODE": "adm2_pcode", "ADMIN_NAME": "adm2_name"}
    if join_field:
        parameters["JOIN_FIELD"] = join_field
    reference, _ = _count({**parameters, "ADMIN": clean, "OUTPUT": str(tmp_path / "ref.gpkg")})
    expected = dict(_by_code(reference["OUTPUT"]))
    busiest = max(expected, key=expected.get)
    admin = _admin_with_a_shared_code(sample_dir, tmp_path / "admin.gpkg", busiest)
    result, feedback = _count({**parameters, "ADMIN": admin, "OUTPUT": str(tmp_path / "counts.gpkg")})
    rows = _by_code(result["OUTPUT"])
    assert sorted(rows) == sorted(expected.items())  # one area per P-code, the same counts
    assert sum(n for _, n in rows) == result["TOTAL"] == reference["TOTAL"]
    assert result["DUPLICATE_CODES"] == busiest
    (warning,) = [w for w in feedback.warnings if "P-code" in w]
    assert f"{busiest} (2 areas)" in warning and "admin" in warning


def test_countbyadmin_given_polygons_as_submissions_says_so_in_a_sentence(
    qgis_processing, cartong_provider, sample_dir, tmp_path
):
    """By location needs points: the admin polygons given as POINTS get a sentence, not a TypeError."""
    import processing
    from qgis.core import QgsProcessingException

    admin = f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2"
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(
            "cartong:countbyadmin",
            {
                "POINTS": admin,
                "ADMIN": admin,
                "ADMIN_CODE": "adm2_pcode",
                "ADMIN_NAME": "adm2_name",
                "OUTPUT": str(tmp_path / "x.gpkg"),
            },
        )
    assert "holds no points" in str(caught.value) and "Polygon" in str(caught.value)
    assert not (tmp_path / "x.gpkg").exists()
