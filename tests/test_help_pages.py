# SPDX-License-Identifier: GPL-3.0-or-later
"""The offline help pages describe the screens that exist, with the words of the translated interface.

A page marks each interface name it quotes (a menu, a page title, a button, a field, a column) as
``<b class="ui">…</b>``: in every language it must be a message of the plugin's code as that
language's translation says it. The pages that told of missing features (ONA downloads, a Run button,
a filter, a settings screen, exercises in a catalogue) are anchored to the real widgets' texts."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest

from cartong_plugin.core.base.i18n import tr
from cartong_plugin.core.learning.help_catalogue import LANGUAGES, SETTING_CATALOGUE_PATH
from tests.test_training import plugin_language  # noqa: F401  (the fixture)

REPO = Path(__file__).resolve().parent.parent
HELP = REPO / "resources" / "help"


def ui_names(language: str, page: str) -> list[str]:
    text = (HELP / language / f"{page}.html").read_text(encoding="utf-8")
    return [html.unescape(name) for name in re.findall(r'<b class="ui">(.*?)</b>', text, re.S)]


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text)  # the accelerator marks of buttons and labels


@pytest.fixture(scope="module")
def interface_words() -> dict[str, set[str]]:
    """Per language, every message of the code as the interface shows it (English: the sources)."""
    sys.path.insert(0, str(REPO / "i18n"))
    try:
        import update_ts
    finally:
        sys.path.pop(0)
    sources = update_ts.extract_strings()
    words = {"en": {_plain(source) for source in sources}}
    for language in LANGUAGES:
        if language == "en":
            continue
        messages = update_ts.read_ts(REPO / "i18n" / f"cartong_{language}.ts")
        words[language] = {
            _plain(text)
            for source, (text, kind) in messages.items()
            if source in sources and kind == "" and isinstance(text, str) and text
        }
    return words


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_name_quoted_in_a_page_is_the_translated_interfaces(language, interface_words):
    pages = sorted((HELP / language).glob("*.html"))
    assert pages
    unknown = [
        f"{page.name}: {name!r}"
        for page in pages
        for name in ui_names(language, page.stem)
        if name not in interface_words[language]
    ]
    assert unknown == []


@pytest.fixture()
def speaking(plugin_language):  # noqa: F811
    """speaking(language): the plugin's interface in that language for the rest of the test."""

    def install(language: str) -> None:
        if language != "en":
            plugin_language(language)

    return install


@pytest.mark.parametrize("language", LANGUAGES)
def test_map_type_page_names_the_six_kinds_of_the_wizard(language, speaking, qgis_app):
    from cartong_plugin.gui.maps.type_page import map_types

    speaking(language)
    kinds = [title for _key, title, _text in map_types()]
    assert len(kinds) == 6
    assert [name for name in ui_names(language, "map_type") if name in kinds] == kinds


@pytest.mark.parametrize("language", LANGUAGES)
def test_clean_checks_page_names_every_check_box(language, speaking, qgis_app):
    from cartong_plugin.gui.cleaning.log_words import check_titles

    speaking(language)
    named = ui_names(language, "clean_checks")
    assert [title for title in check_titles().values() if title not in named] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_clean_run_page_names_only_what_the_run_page_shows(language, speaking, qgis_app):
    """The checks start when the page opens: there is no Run button, only Cancel."""
    from qgis.PyQt.QtWidgets import QPushButton

    from cartong_plugin.gui.cleaning.run_pages import RunPage

    speaking(language)
    page = RunPage()
    shown = {page.title()} | {_plain(b.text()) for b in page.findChildren(QPushButton)}
    shown |= {page.summary.horizontalHeaderItem(i).text() for i in range(page.summary.columnCount())}
    named = set(ui_names(language, "clean_run"))
    assert page.title() in named and tr("Cancel") in named and named <= shown
    page.deleteLater()


@pytest.mark.parametrize("language", LANGUAGES)
def test_download_page_tells_the_platforms_and_what_the_download_writes(language, speaking, qgis_app):
    speaking(language)
    text = (HELP / language / "download_server.html").read_text(encoding="utf-8")
    assert "ONA" not in text  # the platforms offered: KoboToolbox and ODK Central
    named = ui_names(language, "download_server")
    for source in ("KoboToolbox", "ODK Central", "Survey GeoPackage", "Update (only new submissions)"):
        assert tr(source) in named, source
    assert tr("2. Check and clean…") in named  # the next step, as the download's summary says
    assert '<p class="nav">' in text and 'href="clean_layer.html"' in text.split('<p class="nav">')[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_import_options_page_says_where_the_output_is_chosen(language, speaking, qgis_app):
    speaking(language)
    named = ui_names(language, "import_options")
    for source in ("Label language", "Location column", "Output GeoPackage", "Survey export and its form"):
        assert tr(source) in named, source
    # the output is chosen on the first page, replaced when it exists; adding goes through the download
    assert named.index(tr("Output GeoPackage")) + 1 == named.index(tr("Survey export and its form"))
    assert tr("Update (only new submissions)") in named


@pytest.mark.parametrize("language", LANGUAGES)
def test_map_data_page_names_the_join_choice_not_a_filter(language, speaking, qgis_app):
    speaking(language)
    named = ui_names(language, "map_data")
    for source in ("Each submission counts in the area…", "where its GPS point falls", "whose P-code it gives"):
        assert tr(source) in named, source


@pytest.mark.parametrize("language", LANGUAGES)
def test_training_page_names_the_menu_buttons_and_the_real_catalogue_setting(language, speaking, qgis_app):
    speaking(language)
    named = ui_names(language, "training")
    for source in ("Learn", "Start training session…", "CartONG training", "Reset", "Export summary…"):
        assert tr(source) in named, source
    assert f"{SETTING_CATALOGUE_PATH}" in (HELP / language / "training.html").read_text(encoding="utf-8")


# Examples of a naming rule, written in the page's language (question_choix, pregunta_opcion...).
EXAMPLE_NAMES = {"question_choice", "question__choice"}


def _items_and_code(language: str, page: str) -> tuple[int, set[str]]:
    text = (HELP / language / f"{page}.html").read_text(encoding="utf-8").replace("\u2066", "").replace("\u2069", "")
    return text.count("<li>"), set(re.findall(r"<code>(.*?)</code>", text, re.S))


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "en"])
def test_translated_pages_say_everything_the_english_ones_say(language):
    """As many steps as the English page, quoting the same tables, columns, files and form spellings."""
    behind = []
    for page in sorted(p.stem for p in (HELP / "en").glob("*.html")):
        english_items, english_code = _items_and_code("en", page)
        items, code = _items_and_code(language, page)
        missing = english_code - code - EXAMPLE_NAMES
        if items != english_items or missing:
            behind.append(f"{page}: {items} of {english_items} items, missing {sorted(missing)}")
    assert behind == []


def test_french_pages_keep_their_punctuation_with_its_word():
    """French typography, as the French interface writes it: a non-breaking space before : ; ? ! and
    inside « » (a line never starts with a colon)."""
    loose = []
    for page in sorted((HELP / "fr").glob("*.html")):
        text = re.sub(r"<code>.*?</code>", "", page.read_text(encoding="utf-8"), flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
        loose += [f"{page.name}: …{m.group(0)}…" for m in re.finditer(r".{0,12}(?: [:;?!»]|« ).{0,12}", text)]
    assert loose == []
