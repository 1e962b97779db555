#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that translations use the terms of i18n/glossary.csv.

Wherever an English glossary term appears as a word in a source, the translation must contain the
term's translation in that language, or one of its alternative forms (the ``<lang>_alt`` column:
plurals, verb forms, Arabic with the article…, separated by ``|``). Placeholders (``{file}``) and
quoted names (``'survey'``, the layer) are not words of the sentence and are ignored; the optional
``en_match`` column is a regular expression narrowing where the term counts (e.g. "field" but not
"field team"). Comparison ignores case and Arabic diacritics.

Usage: glossary_check.py LANG [FILE.json]   (default: the finished messages of i18n/cartong_LANG.ts)
Prints one line per message that misses a term; exits 1 when there is one.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GLOSSARY = HERE / "glossary.csv"
LANGUAGES = ("fr", "es", "pt", "ar")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_QUOTED = re.compile(r"""['"“‘][\w.-]+['"”’]""")  # a quoted name: 'survey', "id"
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u200e\u200f]")  # diacritics, tatweel, bidi marks


def normalise(text: str) -> str:
    """Casefolded, NFC, without Arabic diacritics, with plain apostrophes and spaces."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"&(?=\S)", "", text)  # a keyboard accelerator splits a word: "م&ساعدة"
    return _ARABIC_MARKS.sub("", text).casefold()


def load_glossary(path: Path = GLOSSARY) -> list[dict]:
    """The glossary rows, each with 'pattern' (compiled English matcher) and '<lang>_forms'."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        pattern = row.get("en_match") or r"\b" + re.escape(row["en"]) + r"(?:s|es)?\b"
        row["pattern"] = re.compile(pattern, re.IGNORECASE)
        for lang in LANGUAGES:
            alternatives = [a for a in (row.get(f"{lang}_alt") or "").split("|") if a.strip()]
            row[f"{lang}_forms"] = [normalise(f) for f in [row[lang], *alternatives]]
    return rows


def words_of(source: str) -> str:
    """The source without placeholders and quoted names, which no glossary term describes."""
    return _QUOTED.sub(" ", _PLACEHOLDER.sub(" ", source))


def missing_terms(source: str, translation: str, lang: str, glossary: list[dict]) -> list[str]:
    """English terms found in ``source`` whose ``lang`` translation is not in ``translation``."""
    text, target = words_of(source), normalise(translation)
    return [
        row["en"]
        for row in glossary
        if row["pattern"].search(text) and not any(form in target for form in row[f"{lang}_forms"])
    ]


def ts_pairs(lang: str) -> list[tuple[str, str]]:
    """(source, translation) of every finished message of cartong_<lang>.ts, one pair per plural form."""
    import xml.etree.ElementTree as ET

    pairs = []
    for message in ET.parse(HERE / f"cartong_{lang}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type"):
            continue  # unfinished, vanished or obsolete
        texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
        pairs += [(message.findtext("source") or "", text) for text in texts if text]
    return pairs


def json_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for source, text in json.loads(path.read_text(encoding="utf-8")).items():
        pairs += [(source, t) for t in (text if isinstance(text, list) else [text])]
    return pairs


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in LANGUAGES:
        print(__doc__)
        return 2
    lang = argv[0]
    pairs = json_pairs(Path(argv[1])) if len(argv) > 1 else ts_pairs(lang)
    glossary = load_glossary()
    found = 0
    for source, translation in pairs:
        for term in missing_terms(source, translation, lang, glossary):
            found += 1
            print(f"{term!r} not as {lang} glossary says in: {source[:70]!r} -> {translation[:70]!r}")
    print(f"{found} glossary misses in {len(pairs)} {lang} messages")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
