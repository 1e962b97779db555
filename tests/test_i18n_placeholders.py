# SPDX-License-Identifier: GPL-3.0-or-later
"""Every translation (fr, es, pt, ar) keeps the source's {placeholders} and HTML tags.

The code calls ``tr("... {file} ...").format(file=...)``: a placeholder renamed, dropped or added in
a translation would raise KeyError (or lose the value) only when that language's UI shows that
message. Each test lists every faulty message of one language.
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parent.parent / "i18n"
LANGUAGES = ["fr", "es", "pt", "ar"]
TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def translated_messages(language: str) -> list[tuple[str, str]]:
    """(source, translation) for every finished message of cartong_<language>.ts; one pair per plural form."""
    pairs = []
    for message in ET.parse(I18N / f"cartong_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type"):
            continue  # unfinished, vanished or obsolete: Qt does not ship them
        texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
        pairs += [(message.findtext("source") or "", text) for text in texts if text]
    return pairs


def placeholders(text: str) -> set[str]:
    """The replacement fields of a str.format() template, with conversion and format spec."""
    fields = set()
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            fields.add("{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}")
    return fields


class _AnyValue:
    """Formats under any format spec (``{seconds:.1f}``, ``{ratio:.0f}``…)."""

    def __format__(self, spec):
        return "x"

    def __str__(self):
        return "x"


def _formats(source: str, translation: str) -> bool:
    names = {re.split(r"[.\[!:]", field[1:-1], maxsplit=1)[0] for field in placeholders(source)}
    values = {name: _AnyValue() for name in names if name and not name.isdigit()}
    try:
        translation.format(*[_AnyValue()] * 10, **values)
    except (KeyError, IndexError, ValueError):
        return False
    return True


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_exist(language):
    messages = translated_messages(language)
    assert len(messages) >= 100, f"only {len(messages)} finished translations in cartong_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match_the_source(language):
    bad = [(s, t) for s, t in translated_messages(language) if placeholders(t) != placeholders(s)]
    assert not bad, "\n".join(f"{s!r} -> {t!r}" for s, t in bad)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_formats_with_the_source_arguments(language):
    bad = [(s, t) for s, t in translated_messages(language) if not _formats(s, t)]
    assert not bad, "\n".join(f"{s!r} -> {t!r}" for s, t in bad)


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_tags_match_the_source(language):
    bad = [(s, t) for s, t in translated_messages(language) if sorted(TAG.findall(t)) != sorted(TAG.findall(s))]
    assert not bad, "\n".join(f"{s!r} -> {t!r}" for s, t in bad)
