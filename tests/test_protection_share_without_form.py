# SPDX-License-Identifier: GPL-3.0-or-later
"""Sharing a layer that carries no form of the survey says so (attack 16b, finding 1).

A CSV or shapefile saved from the survey has lost the form's tables: the rules that read the form (a
select listing people by full name, a calculate holding the latitude) cannot run, and 60 full names
were shared with no word. exportforsharing warns once, naming the file; the survey's GeoPackage (which
carries its form) and a GeoPackage the toolkit imported without a form (the import said so) get no
such warning.
"""

from __future__ import annotations

import pytest

from tests.field_data import RecordingFeedback
from tests.protection_data import import_for_sharing
from tests.test_protection_share_cleaned import PEOPLE, _survey

NO_FORM = (
    "{file} carries no form of the survey, so the protections that read it (lists of people, calculated "
    "positions, question types) could not apply: share the survey's GeoPackage, which carries its form, instead."
)


@pytest.fixture(scope="module")
def people(tmp_path_factory, qgis_app):
    """The distribution list of 60 people, imported with its form."""
    return _survey(tmp_path_factory.mktemp("share_without_form"))


def _share(source: str, output, feedback: RecordingFeedback) -> dict:
    import processing

    return processing.run(
        "cartong:exportforsharing", {"INPUT": source, "LOCATION_MODE": 3, "OUTPUT": str(output)}, feedback=feedback
    )


def _no_form_warnings(feedback: RecordingFeedback) -> list[str]:
    return [warning for warning in feedback.warnings if "carries no form" in warning]


@pytest.mark.parametrize("name", ["saved.csv", "saved.shp"])
def test_a_copy_saved_without_the_form_is_shared_with_a_warning_naming_it(cartong_provider, people, tmp_path, name):
    import processing

    saved = tmp_path / name
    processing.run("native:savefeatures", {"INPUT": f"{people}|layername=survey", "OUTPUT": str(saved)})
    feedback = RecordingFeedback()
    _share(str(saved), tmp_path / "shared.csv", feedback)
    assert _no_form_warnings(feedback) == [NO_FORM.format(file=name)]


def test_the_survey_geopackage_carrying_its_form_is_shared_without_that_warning(cartong_provider, people, tmp_path):
    feedback = RecordingFeedback()
    result = _share(f"{people}|layername=survey", tmp_path / "shared.csv", feedback)
    assert "beneficiaire" in result["HIGH_RISK_REMOVED"].split(",")
    assert _no_form_warnings(feedback) == []
    text = (tmp_path / "shared.csv").read_text(encoding="utf-8-sig")
    assert not any(person in text for _code, person in PEOPLE)


def test_a_survey_imported_without_a_form_is_not_warned_about_again(cartong_provider, people, tmp_path):
    """The import already said that no XLSForm was given: sharing does not repeat it."""
    gpkg = import_for_sharing(people.parent / "pdm.csv", tmp_path / "no_form.gpkg")
    feedback = RecordingFeedback()
    _share(f"{gpkg}|layername=survey", tmp_path / "shared.csv", feedback)
    assert _no_form_warnings(feedback) == []


def test_the_survey_geopackage_given_by_its_path_alone_is_shared_with_its_form(cartong_provider, people, tmp_path):
    """``INPUT=pdm.gpkg`` opens its survey table: the form beside it is read too (it was not: 60 names shared)."""
    feedback = RecordingFeedback()
    result = _share(str(people), tmp_path / "shared.csv", feedback)
    assert "beneficiaire" in result["HIGH_RISK_REMOVED"].split(",")
    text = (tmp_path / "shared.csv").read_text(encoding="utf-8-sig")
    assert not any(person in text for _code, person in PEOPLE)
    assert _no_form_warnings(feedback) == []
