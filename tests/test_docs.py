# SPDX-License-Identifier: GPL-3.0-or-later
"""The algorithm reference in docs/ is generated from the algorithms and never drifts from them."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("make_docs", REPO / "tests" / "tools" / "make_docs.py")
make_docs = importlib.util.module_from_spec(spec)
sys.modules["make_docs"] = make_docs
spec.loader.exec_module(make_docs)


LANGUAGES = ("en", "fr", "es", "pt", "ar")  # the plugin's languages: the reference is written in each
# the page's title and the translated name of cartong:applycleaninglog, as a reader of the language sees them
IN_ITS_LANGUAGE = {
    "fr": ("# Référence des algorithmes", "## Appliquer le journal de nettoyage (`cartong:applycleaninglog`)"),
    "es": ("# Referencia de los algoritmos", "## Aplicar el registro de limpieza (`cartong:applycleaninglog`)"),
    "pt": ("# Referência dos algoritmos", "## Aplicar o registo de limpeza (`cartong:applycleaninglog`)"),
    "ar": ("# مرجع الخوارزميات", "## تطبيق سجل التنظيف (`cartong:applycleaninglog`)"),
}


@pytest.fixture(scope="module")
def written_pages(qgis_app):
    """{language: the page `make docs` writes now}, rendered once for the module."""
    return {path.name.split(".")[1]: content for path, content in make_docs.pages().items()}


def test_make_docs_writes_the_reference_in_every_language_of_the_plugin(written_pages):
    assert tuple(written_pages) == LANGUAGES
    assert sorted(path.name for path in make_docs.pages()) == sorted(f"algorithms.{lang}.md" for lang in LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_algorithm_reference_is_what_make_docs_writes(written_pages, language):
    import difflib

    path = REPO / "docs" / f"algorithms.{language}.md"
    committed = path.read_text(encoding="utf-8") if path.is_file() else ""
    diff = list(difflib.unified_diff(committed.splitlines(), written_pages[language].splitlines(), lineterm="", n=0))
    assert committed == written_pages[language], f"{path.name} is stale, run `make docs`:\n" + "\n".join(diff[:30])


def test_reference_lists_every_algorithm_and_parameter(qgis_app):
    from cartong_plugin.processing.provider import algorithm_classes

    page = make_docs.render("en")
    for cls in algorithm_classes():
        algorithm = cls()
        algorithm.initAlgorithm()
        assert f"(`cartong:{algorithm.name()}`)" in page
        for parameter in algorithm.parameterDefinitions():
            assert f"| `{parameter.name()}` |" in page


def _descriptions(page: str) -> list[str]:
    """The description cell of every parameter and output row of a page, in page order."""
    return [match.group(1) for match in re.finditer(r"^\| `\w+` \| (.*?) \|", page, flags=re.MULTILINE)]


@pytest.mark.parametrize("language", sorted(IN_ITS_LANGUAGE))
def test_reference_is_in_its_language(written_pages, language):
    page, english = written_pages[language], written_pages["en"]
    assert english.startswith("# Algorithm reference\n")
    title, apply_log = IN_ITS_LANGUAGE[language]
    assert page.startswith(title + "\n") and apply_log + "\n" in page
    # every parameter and output is described in the language: none left as in the English page
    described, in_english = _descriptions(page), _descriptions(english)
    assert len(described) == len(in_english) > 200
    assert [text for text, source in zip(described, in_english) if text == source] == []
