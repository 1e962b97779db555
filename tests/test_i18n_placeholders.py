# SPDX-License-Identifier: GPL-3.0-or-later
"""Every French translation keeps the source's {placeholders} and HTML tags.

The code calls ``tr("... {file} ...").format(file=...)``: a placeholder renamed, dropped or added in
French would raise KeyError (or lose the value) only when the French UI shows that message.
"""
from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parent.parent / "i18n" / "cartong_fr.ts"
TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def translated_messages() -> list[tuple[str, str]]:
    """(source, French) for every finished translation in cartong_fr.ts; one pair per plural form."""
    pairs = []
    for message in ET.parse(TS).getroot().iter("message"):
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


MESSAGES = translated_messages()


def test_french_translations_exist():
    assert len(MESSAGES) >= 100, f"only {len(MESSAGES)} finished French translations in {TS.name}"


@pytest.mark.parametrize("source, french", MESSAGES, ids=[s[:60] for s, _ in MESSAGES])
def test_french_placeholders_match_the_source(source, french):
    assert placeholders(french) == placeholders(source)


@pytest.mark.parametrize("source, french", MESSAGES, ids=[s[:60] for s, _ in MESSAGES])
def test_french_formats_with_the_source_arguments(source, french):
    names = {re.split(r"[.\[!:]", field[1:-1], maxsplit=1)[0] for field in placeholders(source)}
    values = {name: _AnyValue() for name in names if name and not name.isdigit()}
    french.format(*[_AnyValue()] * 10, **values)


@pytest.mark.parametrize("source, french", MESSAGES, ids=[s[:60] for s, _ in MESSAGES])
def test_french_html_tags_match_the_source(source, french):
    assert sorted(TAG.findall(french)) == sorted(TAG.findall(source))
