#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Refresh i18n/cartong_<lang>.ts from every ``tr("literal")`` in the plugin.

Qt's pylupdate gives a context per class; the plugin uses one context ("CartONG") for
all strings, so this small extractor reads the code with ``ast`` instead. Existing
translations are kept; new strings are added as unfinished; strings no longer in the
code are marked obsolete (kept for reference, not shipped). ``trn(singular, plural, n)``
calls give numerus messages: the plural is the source, each language has its plural forms.

Usage: update_ts.py [--check] [lang ...]   (default: every existing .ts)
--check exits 1 when a .ts is out of date or has an unfinished or missing translation.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = "CartONG"
SOURCES = [ROOT / "cartong_plugin"]
# plural forms per language, in Qt's order (French: 0 and 1 take the singular)
PLURAL_FORMS = {"fr": 2, "es": 2, "pt": 2, "ar": 6}
NUMERUS: set[str] = set()  # sources of trn() calls, filled by extract_strings()


def extract_strings() -> dict[str, str]:
    """Map each translatable source text to the first 'file:line' it appears at."""
    found: dict[str, str] = {}
    NUMERUS.clear()
    for base in SOURCES:
        for path in sorted(base.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                arg = node.args[0]
                if name in ("translate", "trn") and len(node.args) >= 2:
                    arg = node.args[1]
                elif name != "tr":
                    continue
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, f"{path.relative_to(ROOT)}:{node.lineno}")
                    if name == "trn":
                        NUMERUS.add(arg.value)
    return found


def read_ts(path: Path) -> dict[str, tuple]:
    """source -> (translation, type) where type is '', 'unfinished', 'obsolete' or 'vanished';
    the translation of a numerus message is the tuple of its plural forms."""
    if not path.exists():
        return {}
    result = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            result[source] = ("", "unfinished")
            continue
        forms = translation.findall("numerusform")
        text = tuple(form.text or "" for form in forms) if forms else (translation.text or "")
        result[source] = (text, translation.get("type", ""))
    return result


def _finished(text) -> bool:
    return all(text) if isinstance(text, tuple) else bool(text)


def write_ts(path: Path, lang: str, strings: dict[str, str], existing: dict[str, tuple[str, str]]):
    root = ET.Element("TS", version="2.1", language=lang)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    keys = sorted(set(strings) | set(existing))
    for source in keys:
        message = ET.SubElement(context, "message")
        if source in strings:
            file_name, line = strings[source].rsplit(":", 1)
            ET.SubElement(message, "location", filename=f"../{file_name}", line=line)
        ET.SubElement(message, "source").text = source
        text, kind = existing.get(source, ("", "unfinished"))
        translation = ET.SubElement(message, "translation")
        if source in NUMERUS or isinstance(text, tuple):
            message.set("numerus", "yes")
            forms = list(text) if isinstance(text, tuple) else []
            forms = (forms + [""] * PLURAL_FORMS.get(lang, 2))[: PLURAL_FORMS.get(lang, 2)]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            text = tuple(forms)
        else:
            translation.text = text
        if source not in strings:
            translation.set("type", "vanished")
        elif kind == "unfinished" or not _finished(text):
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(path: Path, strings: dict[str, str]) -> list[str]:
    existing = read_ts(path)
    out = []
    for source, where in sorted(strings.items(), key=lambda kv: kv[1]):
        text, kind = existing.get(source, ("", "missing"))
        if source in NUMERUS and not isinstance(text, tuple):
            kind = "singular-only"  # a plural message needs its forms
        if kind in ("missing", "unfinished", "singular-only") or not _finished(text):
            out.append(f"{path.name}: {kind or 'empty'} translation for {source!r} ({where})")
    return out


def main(argv: list[str]) -> int:
    check = "--check" in argv
    langs = [a for a in argv if not a.startswith("--")] or sorted(
        p.stem.split("_", 1)[1] for p in (ROOT / "i18n").glob("cartong_*.ts")
    )
    strings = extract_strings()
    status = 0
    for lang in langs:
        path = ROOT / "i18n" / f"cartong_{lang}.ts"
        if check:
            found = problems(path, strings)
            for line in found:
                print(line)
            status |= bool(found)
        else:
            write_ts(path, lang, strings, read_ts(path))
            print(f"{path.relative_to(ROOT)}: {len(strings)} strings, {len(problems(path, strings))} to translate")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
