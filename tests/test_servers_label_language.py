# SPDX-License-Identifier: GPL-3.0-or-later
"""The language of a download's labels: cartong:downloadkobo and cartong:downloadodk (LANGUAGE), the
download wizard (the QGIS language when the form has it), and updates (the GeoPackage's language).

Found by the outside test of languages (attack 8, findings 3 and 4): the downloads had no LANGUAGE and
the wizard gave none, so with QGIS in French and a bilingual English/Français form every label column
was English, and said nothing; labels missing in the language asked were silently another language's.
"""

from __future__ import annotations

import json

import pytest

from tests.servers.algorithms import run_download, said
from tests.servers.fake_kobo_odk import ASSET_UID, CHOICES, KOBO_TOKEN, LANGS, SURVEY, kobo_content
from tests.servers.geopackage import gpkg_rows
from tests.test_download_wizard import (  # noqa: F401 (fixtures)
    _choose_form,
    _download,
    _fill_server,
    _next_from_server,
    clean_settings,
    credential_store,
    kobo_copy,
    wizard,
)

pytest_plugins = ["tests.servers.fixtures"]  # fake_server

FRENCH = {("yes", "Oui"), ("no", "Non")}


def _latrine(gpkg) -> set:
    return set(gpkg_rows(gpkg, "SELECT latrine, latrine_label FROM survey"))


@pytest.mark.parametrize(
    ("kind", "language"), [("kobo", "fr"), ("kobo", "Français"), ("kobo", "French (fr)"), ("odk", "fr")]
)
def test_a_download_labels_the_answers_in_the_language_asked(
    cartong_provider, fake_server, tmp_path, monkeypatch, kind, language
):
    gpkg = tmp_path / "survey.gpkg"
    outcome, feedback = run_download(monkeypatch, kind, fake_server.url, gpkg, LANGUAGE=language)
    assert outcome["TOTAL_RECORDS"] == 250, said(outcome, feedback)
    assert _latrine(gpkg) == FRENCH
    assert gpkg_rows(gpkg, "SELECT language FROM cartong_metadata") == [("Français (fr)",)]
    assert gpkg_rows(gpkg, "SELECT label FROM form_questions WHERE name = 'hh_size'") == [("Taille du ménage",)]
    assert not [w for w in feedback.warnings if "label" in w]


def test_a_language_the_form_lacks_is_said_as_the_import_says_it(cartong_provider, fake_server, tmp_path, monkeypatch):
    gpkg = tmp_path / "survey.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, LANGUAGE="de")
    assert outcome["TOTAL_RECORDS"] == 250
    assert (
        feedback.warnings.count(
            "The form has no labels in 'de': labels are in English (en) (the form has English (en), Français (fr))."
        )
        == 1
    )
    assert _latrine(gpkg) == {("yes", "Yes"), ("no", "No")}


def test_an_update_keeps_the_language_the_geopackage_was_made_with(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    gpkg = tmp_path / "survey.gpkg"
    run_download(monkeypatch, "kobo", fake_server.url, gpkg, LANGUAGE="fr")
    fake_server.add_records(3)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 3, said(outcome, feedback)
    fake_server.add_records(2)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, UPDATE=True, LANGUAGE="French (fr)")
    assert outcome["NEW_RECORDS"] == 2, said(outcome, feedback)  # its own language, by another name: no refusal
    assert gpkg_rows(gpkg, "SELECT COUNT(*) FROM survey") == [(255,)] and _latrine(gpkg) == FRENCH
    assert gpkg_rows(gpkg, "SELECT language FROM cartong_metadata") == [("Français (fr)",)] * 3


def test_an_update_asking_another_language_is_refused_before_downloading(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    gpkg = tmp_path / "survey.gpkg"
    run_download(monkeypatch, "kobo", fake_server.url, gpkg, LANGUAGE="fr")
    before = gpkg.read_bytes()
    fake_server.add_records(3)
    fake_server.clear()
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, UPDATE=True, LANGUAGE="en")
    assert isinstance(outcome, Exception) and gpkg.read_bytes() == before
    assert (
        "survey.gpkg has its labels in Français (fr): an update writes the new submissions' labels in that language "
        "too, so that old and new rows match. To have labels in English (en), download the survey again without "
        "Update (or into a new GeoPackage)."
    ) in said(outcome, feedback)
    assert not [r for r in fake_server.state.requests if r["path"].endswith("/data/")]


def test_an_update_says_when_the_form_no_longer_has_the_geopackage_language(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    gpkg = tmp_path / "survey.gpkg"
    run_download(monkeypatch, "kobo", fake_server.url, gpkg, LANGUAGE="fr")
    # the form deployed again with its second language as Español (es): French is gone
    spanish = ["Español (es)" if lang == LANGS[1] else lang for lang in LANGS]
    fake_server.state.content = kobo_content(translations=spanish)
    fake_server.add_records(3)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 3, said(outcome, feedback)
    assert (
        "survey.gpkg has its labels in Français (fr), a language the form no longer has (English (en), Español (es)): "
        "the new submissions are labelled in English (en), so its label columns mix two languages."
    ) in " ".join(feedback.warnings)


def test_a_download_names_the_labels_missing_in_the_language_asked(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    def without_french(row, names):
        if row.get("name") in names and "label" in row:
            return {**row, "label": [row["label"][0], None]}
        return row

    fake_server.state.content = kobo_content(
        [without_french(row, {"hh_size"}) for row in SURVEY], [without_french(row, {"river", "no"}) for row in CHOICES]
    )
    gpkg = tmp_path / "survey.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, LANGUAGE="fr")
    assert outcome["TOTAL_RECORDS"] == 250
    (missing,) = [w for w in feedback.warnings if "has no label in" in w]
    assert missing.startswith(
        "The form has no label in Français (fr) for 1 question and 2 choices (lists: yes_no (1), water_source (1)): "
        "they show their label in English (en) instead (e.g. question hh_size; yes_no: no; water_source: river)"
    )
    assert _latrine(gpkg) == {("yes", "Oui"), ("no", "No")}  # the English one rather than none
    (kept,) = gpkg_rows(gpkg, "SELECT warnings FROM cartong_metadata")
    assert missing in json.loads(kept[0])  # kept with the download's record


# -- the download wizard ---------------------------------------------------------------------------


def test_the_wizard_labels_in_the_qgis_language_when_the_form_has_it(wizard, fake_server, tmp_path, languages):  # noqa: F811
    gpkg = tmp_path / "kobo.gpkg"
    languages("", "fr_FR")
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    assert _download(wizard, gpkg) is wizard.summary_page, wizard.run_page.status.text()
    assert _latrine(gpkg) == FRENCH
    assert wizard.summary_page.language.text() == "Labels: Français (fr)."


def test_a_wizard_update_keeps_the_language_of_the_geopackage(wizard, fake_server, kobo_copy, languages):  # noqa: F811
    assert gpkg_rows(kobo_copy, "SELECT language FROM cartong_metadata") == [("English (en)",)]
    fake_server.add_records(4)
    languages("", "fr_FR")  # QGIS now in French: the update stays in the GeoPackage's English
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    assert _download(wizard, kobo_copy, update=True) is wizard.summary_page, wizard.run_page.status.text()
    assert gpkg_rows(kobo_copy, "SELECT COUNT(*) FROM survey") == [(254,)]
    assert _latrine(kobo_copy) == {("yes", "Yes"), ("no", "No")}
    assert wizard.summary_page.language.text() == "Labels: English (en)."
