# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing as a script or qgis_process runs it: a relative OUTPUT is written where it names,
once, and a key pasted into KEY_SOURCE is refused without being quoted.

Found by the outside test of the "never leak" rule (attack 19leak): OUTPUT=rel/shared.gpkg was written to
rel/rel/shared.gpkg (finding 3: the relative folder was joined twice), leaving whatever older file was at
rel/shared.gpkg to be sent; a value in KEY_SOURCE that was not a place was quoted in full (finding 2).
"""

from __future__ import annotations

import processing
import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, import_sample

KEY = "ab" * 32


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    return import_sample(tmp_path_factory.mktemp("relative") / "s.gpkg")


def _share(gpkg, output, **parameters):
    feedback = RecordingFeedback()
    parameters = {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": output, **parameters}
    return processing.run("cartong:exportforsharing", parameters, feedback=feedback), feedback


@pytest.mark.parametrize("name", ["shared.gpkg", "shared.csv"])
def test_a_relative_output_is_written_where_it_names(cartong_provider, survey, tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rel").mkdir()
    result, _feedback = _share(survey, f"rel/{name}")
    assert result["OUTPUT"] == str(tmp_path / "rel" / name)
    assert (tmp_path / "rel" / name).stat().st_size > 0
    assert (tmp_path / "rel" / f"{name}.README.txt").is_file()
    assert not (tmp_path / "rel" / "rel").exists()


@pytest.mark.parametrize("given", [KEY, f"file:{KEY}", f"env:{KEY}"], ids=["bare", "file:", "env:"])
def test_a_key_pasted_into_key_source_is_not_quoted(cartong_provider, survey, tmp_path, monkeypatch, given):
    monkeypatch.chdir(tmp_path)
    feedback = RecordingFeedback()
    parameters = {
        "INPUT": f"{survey}|layername=survey",
        "PSEUDONYMISE_FIELDS": "respondent_name",
        "KEY_SOURCE": given,
        "OUTPUT": str(tmp_path / "shared.gpkg"),
    }
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("cartong:exportforsharing", parameters, feedback=feedback)
    told = "\n".join([str(caught.value), *feedback.errors, *feedback.warnings, *feedback.infos])
    assert str(caught.value).startswith(("KEY_SOURCE must start with env: or file:", "KEY_SOURCE gives "))
    assert KEY[:16] not in told
    assert not (tmp_path / "shared.gpkg").exists()
