# SPDX-License-Identifier: GPL-3.0-or-later
"""The learning catalogue: bundled entries valid, every wizard page covered, trainer's file merged."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest
from qgis.core import QgsSettings

from cartong_plugin.core.learning.help_catalogue import (
    LANGUAGES,
    SETTING_CATALOGUE_PATH,
    TOPICS,
    WIZARD_PAGES,
    bundled_catalogue_path,
    help_dir,
    load_catalogue,
    offline_page,
)


def _write(path: Path, data) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _entry(entry_id, topic="cleaning", url="https://example.org/guide", **extra):
    return {
        "id": entry_id,
        "topic": topic,
        "title": {"en": f"{entry_id} guide", "fr": f"guide {entry_id}"},
        "url": url,
        **extra,
    }


@pytest.fixture()
def catalogue_setting():
    """Set cartong/help/catalogue_path for one test and restore it afterwards."""
    settings = QgsSettings()
    old = settings.value(SETTING_CATALOGUE_PATH, None)

    def set_path(value):
        settings.setValue(SETTING_CATALOGUE_PATH, str(value))

    yield set_path
    if old is None:
        settings.remove(SETTING_CATALOGUE_PATH)
    else:
        settings.setValue(SETTING_CATALOGUE_PATH, old)


def test_every_bundled_entry_has_a_web_url_and_a_data_cycle_topic(qgis_app):
    raw = json.loads(bundled_catalogue_path().read_text(encoding="utf-8"))["resources"]
    catalogue = load_catalogue(user_path="")
    assert catalogue.problems == []
    assert len(catalogue.resources) == len(raw) >= 10
    for resource in catalogue.resources:
        assert resource.topic in TOPICS
        assert set(resource.titles) >= set(LANGUAGES), resource.id
        for url in resource.urls.values():
            parsed = urlparse(url)
            assert parsed.scheme in ("http", "https") and parsed.netloc, (resource.id, url)
    assert {r.topic for r in catalogue.resources} == set(TOPICS)  # the Learn menu has every topic


def test_every_wizard_page_has_a_help_entry_and_offline_pages_in_every_language(qgis_app):
    assert LANGUAGES == ("en", "fr", "es", "pt", "ar")
    catalogue = load_catalogue(user_path="")
    for page_id in (*WIZARD_PAGES, "index"):
        assert page_id == "index" or any(page_id in r.pages for r in catalogue.resources), f"no entry lists {page_id}"
        titles = {}
        for language in LANGUAGES:
            page = offline_page(page_id, language)
            assert page == help_dir() / language / f"{page_id}.html", (page_id, language)
            text = page.read_text(encoding="utf-8")
            direction = ' dir="rtl"' if language == "ar" else ""
            assert f'<html lang="{language}"{direction}>' in text, (page_id, language)
            titles[language] = re.search(r"<h1>(.*?)</h1>", text).group(1)
        assert all(titles.values()) and len(set(titles.values())) == len(LANGUAGES), (page_id, titles)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.targets = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "src"):
            if attrs.get(name):
                self.targets.append(attrs[name])


def test_offline_pages_link_only_to_files_that_exist(qgis_app):
    pages = sorted(help_dir().glob("*/*.html"))
    assert len(pages) >= 2 * len(WIZARD_PAGES)
    for page in pages:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for target in parser.targets:
            if urlparse(target).scheme in ("http", "https"):
                continue
            assert (page.parent / target).resolve().is_file(), f"{page.name}: {target}"


def _targets(page: Path) -> list[str]:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.targets


def test_translated_pages_link_to_the_same_pages_and_pictures_as_the_english_ones(qgis_app):
    for english in sorted((help_dir() / "en").glob("*.html")):
        for language in LANGUAGES[1:]:
            assert _targets(help_dir() / language / english.name) == _targets(english), (language, english.name)


def test_arabic_help_page_reads_right_to_left_in_the_help_browser(qgis_app):
    from qgis.PyQt.QtCore import Qt, QUrl
    from qgis.PyQt.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    browser.setSource(QUrl.fromLocalFile(str(offline_page("clean_log", "ar"))))
    block, directions = browser.document().begin(), set()
    while block.isValid():
        if block.text().strip():
            directions.add(block.textDirection())
        block = block.next()
    assert directions == {Qt.LayoutDirection.RightToLeft}
    assert browser.documentTitle() == "التنظيف: مراجعة سجل التنظيف"


# How a title says, in each language, that the resource is in English or in French.
LANGUAGE_NOTES = {
    "fr": {"en": "en anglais"},
    "es": {"en": "en inglés", "fr": "en francés"},
    "pt": {"en": "em inglês", "fr": "em francês"},
    "ar": {"en": "بالإنجليزية", "fr": "بالفرنسية"},
}


@pytest.mark.parametrize("language", ["es", "pt", "ar"])
def test_a_resource_not_in_the_users_language_says_in_which_one_it_is(qgis_app, language):
    for resource in load_catalogue(user_path="").resources:
        content = resource.language_of(language)
        assert content in ("en", "fr") and resource.url(language) == resource.urls[content], resource.id
        title = resource.title(language)
        assert title != resource.title("en") and LANGUAGE_NOTES[language][content] in title, (resource.id, title)


def test_versions_entry_takes_titles_in_languages_it_does_not_exist_in(qgis_app, tmp_path):
    entry = {
        "id": "guide",
        "topic": "cleaning",
        "title": {"es": "Guía (en inglés)"},
        "versions": {
            "en": {"title": "Guide", "url": "https://example.org/en"},
            "fr": {"title": "Guide (fr)", "url": "https://example.org/fr"},
        },
    }
    catalogue = load_catalogue(user_path=_write(tmp_path / "trainer.json", {"resources": [entry]}))
    guide = catalogue.get("guide")
    assert catalogue.problems == []
    assert (guide.title("es"), guide.url("es"), guide.language_of("es")) == (
        "Guía (en inglés)",
        "https://example.org/en",
        "en",
    )
    assert guide.title("fr") == "Guide (fr)" and guide.title("pt") == "Guide"


def test_offline_page_falls_back_to_english_for_another_language(qgis_app):
    assert offline_page("import_source", "sw") == help_dir() / "en" / "import_source.html"
    assert offline_page("no_such_page", "fr") is None


def test_malformed_user_catalogue_is_reported_and_bundled_still_works(qgis_app, tmp_path):
    broken = _write(tmp_path / "trainer.json", '{"resources": [ {"id": "x", "topic": "cleaning",, } ]}')
    bundled = load_catalogue(user_path="")
    catalogue = load_catalogue(user_path=broken)
    assert len(catalogue.problems) == 1
    assert str(broken) in catalogue.problems[0] and "line 1" in catalogue.problems[0]
    assert [r.id for r in catalogue.resources] == [r.id for r in bundled.resources]
    assert catalogue.for_page("clean_log")  # lookups still answer from the bundled catalogue


def test_invalid_entries_are_skipped_and_named_valid_ones_kept(qgis_app, tmp_path):
    path = _write(
        tmp_path / "trainer.json",
        {
            "resources": [
                _entry("bad-topic", topic="fundraising"),
                _entry("bad-url", url="ftp://example.org/file"),
                {"id": "no-title", "topic": "cleaning", "url": "https://example.org"},
                _entry("good", pages=["clean_log"]),
            ]
        },
    )
    catalogue = load_catalogue(user_path=path)
    assert len(catalogue.problems) == 3
    assert "entry 1" in catalogue.problems[0] and "fundraising" in catalogue.problems[0]
    assert "entry 2" in catalogue.problems[1] and "ftp://example.org/file" in catalogue.problems[1]
    assert "entry 3" in catalogue.problems[2] and "title" in catalogue.problems[2]
    assert catalogue.get("good") is not None
    assert catalogue.get("bad-topic") is None and catalogue.get("bad-url") is None


def test_missing_user_catalogue_file_is_reported(qgis_app, tmp_path):
    catalogue = load_catalogue(user_path=tmp_path / "nowhere.json")
    assert len(catalogue.problems) == 1 and "nowhere.json" in catalogue.problems[0]
    assert catalogue.get("lc-qgis-tutorial") is not None


def test_user_entry_overrides_bundled_entry_with_the_same_id(qgis_app, tmp_path):
    bundled = load_catalogue(user_path="")
    path = _write(
        tmp_path / "trainer.json",
        {
            "format": "cartong-help-catalogue",
            "resources": [
                _entry(
                    "lc-qgis-tutorial",
                    topic="visualisation",
                    url="https://training.example.org/qgis",
                    pages=["map_layout"],
                )
            ],
        },
    )
    catalogue = load_catalogue(user_path=path)
    assert catalogue.problems == []
    assert len(catalogue.resources) == len(bundled.resources)
    assert catalogue.get("lc-qgis-tutorial").url("en") == "https://training.example.org/qgis"
    assert catalogue.for_page("map_layout")[0].origin == str(path)
    assert "map_type" not in catalogue.get("lc-qgis-tutorial").pages  # replaced, not merged


def test_user_catalogue_from_the_setting_extends_the_bundled_one(qgis_app, tmp_path, catalogue_setting):
    path = _write(
        tmp_path / "trainer.json",
        {
            "resources": [
                _entry("field-sop", topic="collection", url="http://intranet.example.org/sop", pages=["import_source"])
            ]
        },
    )
    catalogue_setting(path)
    catalogue = load_catalogue()
    assert catalogue.for_page("import_source")[0].id == "field-sop"
    assert catalogue.get("lc-mdc-toolbox") is not None


def test_per_language_versions_give_the_url_in_the_users_language(qgis_app):
    toolbox = load_catalogue(user_path="").get("lc-mdc-toolbox")
    assert "/learning-corner/fr/" in toolbox.url("fr")
    assert "/learning-corner/en/" in toolbox.url("en")
    assert toolbox.url("es") == toolbox.url("en") and toolbox.language_of("es") == "en"


def test_lookup_by_check_map_type_and_error_code(qgis_app):
    catalogue = load_catalogue(user_path="")
    assert "lc-gis-layers" in [r.id for r in catalogue.for_check("gps.outside_area")]
    assert [r.topic for r in catalogue.for_check("durations.too_short")] == ["cleaning"]
    assert "lc-qgis-tutorial" in [r.id for r in catalogue.for_map_type("choropleth")]
    assert "cartong-mobile-data-collection" in [r.id for r in catalogue.for_error("server_unreachable")]
    assert catalogue.for_error("no_such_error") == []


def test_unknown_check_and_page_fall_back_to_their_topic(qgis_app):
    catalogue = load_catalogue(user_path="")
    assert {r.topic for r in catalogue.for_check("brand_new_check")} == {"cleaning"}
    assert {r.topic for r in catalogue.for_page("map_new_step")} == {"visualisation"}
