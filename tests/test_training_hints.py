# SPDX-License-Identifier: GPL-3.0-or-later
"""Exercise hints name menus, buttons and columns with the words of the translated interface: the words
a participant searches the screen for ("3. Créer une carte…", not "3. Faire une carte")."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from cartong_plugin.core.base.i18n import tr
from cartong_plugin.core.learning.help_catalogue import LANGUAGES
from cartong_plugin.core.learning.training import load_exercises
from tests.test_training import plugin_language  # noqa: F401  (the fixture)

REPO = Path(__file__).resolve().parent.parent


def _steps():
    return [step for exercise in load_exercises() for step in exercise.steps]


def test_hints_declare_every_menu_they_quote_and_the_words_are_the_codes():
    sys.path.insert(0, str(REPO / "i18n"))
    try:
        import update_ts
    finally:
        sys.path.pop(0)
    sources = update_ts.extract_strings()
    for step in _steps():
        assert all(word in sources for word in step.interface), step.id  # a message of the interface
        if "›" in step.hint("en"):  # a menu path: its item is declared
            assert any(word.endswith("…") for word in step.interface), step.id
    assert {"1. Import survey data…", "2. Check and clean…", "3. Make a map…", "Reviewer"} <= {
        word for step in _steps() for word in step.interface
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_hint_quotes_the_interface_as_its_language_shows_it(language, plugin_language, qgis_app):  # noqa: F811
    if language != "en":
        plugin_language(language)
    wrong = []
    for step in _steps():
        hint = step.hint(language)
        for word in step.interface:
            shown = re.sub(r"&(?!&)", "", tr(word)).lstrip("\u200f")
            if shown not in hint:
                wrong.append(f"{step.id}: {shown!r} not in {hint!r}")
    assert wrong == []
