# SPDX-License-Identifier: GPL-3.0-or-later
"""Every language the plugin ships (fr, es, pt, ar) is complete, well-formed and uses the glossary.

Placeholders and HTML tags are checked by test_i18n_placeholders.py. Here, for each language: no
message is unfinished or missing; a counted message has the plural forms its language needs, each
with %n; leading/trailing spaces, newlines and & accelerators are those of the source; an Arabic
message starting with a Latin word or a placeholder opens with a right-to-left mark (else Qt lays the
whole sentence out left to right); and wherever an English term of i18n/glossary.csv appears as a
word, the translation uses the glossary's translation. Each test lists every faulty message.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "i18n"
LANGUAGES = ["fr", "es", "pt", "ar"]
RLM = "\u200f"
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def _i18n_module(name: str):
    sys.path.insert(0, str(I18N))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


update_ts = _i18n_module("update_ts")
glossary_check = _i18n_module("glossary_check")
STRINGS = update_ts.extract_strings()  # also fills update_ts.NUMERUS


def messages(language: str) -> dict[str, tuple]:
    """source -> (translation or tuple of plural forms, type) of the sources still in the code."""
    existing = update_ts.read_ts(I18N / f"cartong_{language}.ts")
    return {source: existing[source] for source in STRINGS if source in existing}


def texts(translation) -> list[str]:
    return list(translation) if isinstance(translation, tuple) else [translation]


def _edges(text: str) -> tuple[str, str]:
    """Leading and trailing whitespace (spaces, newlines)."""
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def _first_strong_direction(text: str) -> str:
    """'L', 'R' or '' for the first strongly directional character; a placeholder counts as Latin."""
    for char in re.sub(r"\{[^{}]*\}", "x", text):
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_is_unfinished_or_missing(language):
    problems = update_ts.problems(I18N / f"cartong_{language}.ts", STRINGS)
    assert not problems, f"{len(problems)} messages to translate:\n" + "\n".join(problems[:50])


@pytest.mark.parametrize("language", LANGUAGES)
def test_counted_messages_have_their_plural_forms_each_with_the_number(language):
    expected = update_ts.PLURAL_FORMS[language]
    bad = []
    for source in sorted(update_ts.NUMERUS):
        forms, _ = messages(language).get(source, ((), "missing"))
        if not isinstance(forms, tuple) or len(forms) != expected or not all("%n" in f for f in forms):
            bad.append(f"{source!r} -> {forms!r}")
    assert not bad, f"{language} needs {expected} forms, each with %n:\n" + "\n".join(bad)


def test_arabic_has_the_six_plural_forms_of_qt():
    # Qt's order for Arabic: zero, one, two, few (3-10), many (11-99), other (100, 101…)
    assert update_ts.PLURAL_FORMS["ar"] == 6


@pytest.mark.parametrize("language", LANGUAGES)
def test_spaces_newlines_and_accelerators_are_those_of_the_source(language):
    bad = []
    for source, (translation, _) in messages(language).items():
        for text in texts(translation):
            if not text:
                continue
            if (
                _edges(text) != _edges(source)
                or text.count("\n") != source.count("\n")
                or len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source))
            ):
                bad.append(f"{source!r} -> {text!r}")
    assert not bad, "\n".join(bad)


def test_arabic_messages_starting_with_latin_text_open_right_to_left():
    bad = []
    for source, (translation, _) in messages("ar").items():
        for text in texts(translation):
            if text and not text[0].isspace() and _first_strong_direction(text) == "L":
                bad.append(f"{source!r} -> {text!r}")
    assert not bad, "Start these with U+200F (RIGHT-TO-LEFT MARK):\n" + "\n".join(bad)


def test_glossary_gives_every_term_in_every_language():
    with (I18N / "glossary.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 60
    assert len({row["en"] for row in rows}) == len(rows), "a term is listed twice"
    for row in rows:
        assert all(row[lang].strip() for lang in ["en", *LANGUAGES]), row["en"]


def test_glossary_french_column_is_how_the_french_translation_says_it():
    # The French column was taken from cartong_fr.ts: the term is there, at least once, for each
    # English term the code uses.
    glossary = glossary_check.load_glossary()
    french = messages("fr")
    unused = [
        row["en"]
        for row in glossary
        if any(row["pattern"].search(glossary_check.words_of(s)) for s in french)
        and not any(
            glossary_check.normalise(row["fr"]) in glossary_check.normalise(t)
            for s, (translation, _) in french.items()
            for t in texts(translation)
            if row["pattern"].search(glossary_check.words_of(s))
        )
    ]
    assert not unused, unused


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_use_the_glossary_terms(language):
    glossary = glossary_check.load_glossary()
    bad = []
    for source, (translation, kind) in messages(language).items():
        if kind:
            continue  # unfinished: reported by test_no_message_is_unfinished_or_missing
        for text in texts(translation):
            for term in glossary_check.missing_terms(source, text, language, glossary):
                bad.append(f"{term!r}: {source!r} -> {text!r}")
    assert not bad, f"{len(bad)} messages do not use the glossary (i18n/glossary.csv):\n" + "\n".join(bad[:50])


def test_glossary_check_flags_a_term_translated_otherwise():
    glossary = glossary_check.load_glossary()
    source = "The cleaning log {file} does not exist."
    assert glossary_check.missing_terms(source, "El registro de limpieza {file} no existe.", "es", glossary) == []
    assert glossary_check.missing_terms(source, "El diario de depuración {file} no existe.", "es", glossary) == [
        "cleaning log",
        "cleaning",
    ]
    # a placeholder or a quoted layer name is not a word of the sentence
    assert (
        glossary_check.missing_terms(
            "{file} has no 'survey' layer.", "{file} no tiene la capa «survey».", "es", glossary
        )
        == []
    )
