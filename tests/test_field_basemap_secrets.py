# SPDX-License-Identifier: GPL-3.0-or-later
"""A basemap source's password, token or key is never written: not in the field package's manifest, not
in a warning or an error, whether the basemap fails (no network here: a closed port) or is refused.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import CAF, SAMPLE_ADMIN, RecordingFeedback, closed_port, import_sample

SECRETS = ("S3cretPW", "SECRETKEY42", "bob", "with spaces")


def _sources(port: int) -> list[str]:
    return [
        f"http://bob:S3cretPW@127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png",
        f"type=xyz&url=http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png?apikey%3DSECRETKEY42&username=bob"
        "&password=S3cretPW&zmax=19",
        "contextualWMSLegend=0&crs=EPSG:4326&format=image/png&layers=a&password=S3cretPW&styles"
        f"&url=http://127.0.0.1:{port}/wms&username=bob",
        f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png?access_token=SECRETKEY42",
        # a QGIS source may quote a value: the whole quoted password goes, spaces included
        f"type=xyz&url=http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png&password='S3cretPW with spaces'&username=bob",
    ]


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    folder = tmp_path_factory.mktemp("inputs")
    import_sample(folder / "household.gpkg")
    shutil.copy(SAMPLE_ADMIN, folder / "boundaries.gpkg")
    return folder / "household.gpkg"


def _said(feedback: RecordingFeedback) -> str:
    return "\n".join(feedback.infos + feedback.warnings + feedback.errors)


@pytest.mark.parametrize("which", range(5))
def test_a_failed_basemap_never_writes_its_secret_in_the_package(cartong_provider, survey, tmp_path, which):
    import processing

    source = _sources(closed_port())[which]
    feedback = RecordingFeedback()
    result = processing.run(
        "cartong:preparefieldpackage",
        {"SURVEYS": [str(survey)], "SOURCE": source, "ZOOM_MIN": 5, "ZOOM_MAX": 6, "NAME": "team_a",
         "OUTPUT": str(tmp_path / "pkg")},
        feedback=feedback,
    )  # fmt: skip
    assert result["BASEMAP_KIND"] == "vector"
    folder = Path(result["FOLDER"])
    manifest = (folder / "manifest.json").read_text(encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "pkg" / "team_a.zip") as archive:
        zipped = archive.read("team_a/manifest.json").decode("utf-8")
    reason = json.loads(manifest)["basemap"]["reason"]
    assert "127.0.0.1" in reason and "***" in reason
    for text in (manifest, zipped, _said(feedback)):
        assert not [secret for secret in SECRETS if secret in text]


def test_the_offline_basemap_warning_masks_the_secret(cartong_provider, tmp_path):
    import processing

    feedback = RecordingFeedback()
    source = f"http://bob:S3cretPW@127.0.0.1:{closed_port()}/{{z}}/{{x}}/{{y}}.png?access_token=SECRETKEY42"
    processing.run(
        "cartong:makeofflinebasemap",
        {"SOURCE": source, "EXTENT": f"{CAF[0]},{CAF[2]},{CAF[1]},{CAF[3]} [EPSG:4326]", "ZOOM_MIN": 5,
         "ZOOM_MAX": 5, "OUTPUT": str(tmp_path / "caf.mbtiles")},
        feedback=feedback,
    )  # fmt: skip
    assert any("No tile could be made from http://***@127.0.0.1" in w for w in feedback.warnings)
    assert not [secret for secret in SECRETS if secret in _said(feedback)]


def test_a_refused_source_is_named_without_its_password(cartong_provider, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException) as refused:
        processing.run(
            "cartong:makeofflinebasemap",
            {"SOURCE": "ftp://bob:S3cretPW@tiles.example.org/map?token=SECRETKEY42", "EXTENT": "14,15,4,5 [EPSG:4326]",
             "OUTPUT": str(tmp_path / "caf.mbtiles")},
            feedback=RecordingFeedback(),
        )  # fmt: skip
    assert "tiles.example.org" in str(refused.value)
    assert not [secret for secret in SECRETS if secret in str(refused.value)]
