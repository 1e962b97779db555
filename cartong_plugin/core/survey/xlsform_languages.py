# SPDX-License-Identifier: GPL-3.0-or-later
"""The languages of an XLSForm's label columns, and the language of its plain ``label`` columns.

``label::Français (fr)`` names its language; a plain ``label`` does not. pyxform calls the plain
columns' language "default" unless the settings' ``default_language`` names it; KoboToolbox shows it
as the form's "unnamed" language. ``plain_language_of`` decides, for ``xlsform.read_xlsform``, what
the plain labels are, and never guesses their language from their text. ``match_language`` finds a
language of the form by its name or code.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .xlsform_syntax import split_header

if TYPE_CHECKING:
    from .xlsform import FormSpec

DEFAULT_LANGUAGE = "default"  # the language of plain `label` columns (pyxform's name for it)

_LANG_CODE = re.compile(r"\(([^()]+)\)\s*$")
_TRANSLATED = ("label", "hint", "constraint_message", "required_message")


def form_languages(sheets: dict[str, tuple[list[str], list[dict[str, str]]]]) -> tuple[list[str], bool]:
    """Named languages of the label/hint columns (survey then choices order), and whether plain ones exist."""
    found: list[str] = []
    plain = False
    for sheet in ("survey", "choices"):
        for header in sheets.get(sheet, ([], []))[0]:
            base, lang = split_header(header)
            if base in _TRANSLATED:
                if lang and lang not in found:
                    found.append(lang)
                plain = plain or lang is None
    return found, plain


def plain_language_of(spec: FormSpec, sheets, has_plain: bool) -> str:
    """The language of the plain ``label`` columns, added to ``spec.languages`` when it is one of its own.

    As in pyxform, they are in the settings' default language when no ``label::<that language>``
    column exists. Else, when the survey's plain labels are a copy of one named language (ruODK's
    form repeats its English there), they are that language. Else, beside named languages, they are
    the form's unnamed language, which pyxform calls "default" (KoboToolbox's "unnamed" first
    language): the default when settings name none, and a language the user may choose by that name.
    Its language is never guessed, so LANGUAGE=en does not pick it by name (the importer says when
    it fell back to it). Plain labels found only in the choices stay a fallback of each language.
    """
    if spec.default_language and has_plain and not spec.find_language(spec.default_language):
        spec.languages.insert(0, spec.default_language)
        return spec.default_language
    survey = sheets.get("survey", ([], []))[1]
    plain = [(row, row.get("label", "").strip()) for row in survey if row.get("label", "").strip()]
    if not spec.languages or not plain:
        return DEFAULT_LANGUAGE
    for lang in spec.languages:
        texts = [row.get(f"label::{lang}", "").strip() for row, _text in plain]
        if any(texts) and all(not t or t == text for t, (_row, text) in zip(texts, plain)):
            spec.default_language = spec.default_language or lang
            return lang
    if spec.default_language:
        spec.languages.append(DEFAULT_LANGUAGE)
    else:
        spec.languages.insert(0, DEFAULT_LANGUAGE)
        spec.default_language = DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def match_language(languages: list[str], language: str | None) -> str | None:
    """The one of ``languages`` ("English (en)", "Français (fr)"...) matching ``language`` ("fr", "French",
    "Français (fr)", and "French (fr)" by its code), or None."""
    if not language:
        return None
    wanted = language.strip().casefold()
    for lang in languages:
        code = language_code(lang)
        name = _LANG_CODE.sub("", lang).strip()
        if wanted in (lang.casefold(), name.casefold()) or (code and wanted == code.casefold()):
            return lang
    # "French (fr)" for the form's "Français (fr)": the same code names the same language
    code = language_code(language.strip())
    return match_language(languages, code) if code else None


def language_code(language: str) -> str:
    """The code a form's language name ends with: "fr" for "Français (fr)"; "" when it names none."""
    code = _LANG_CODE.search(language)
    return code.group(1) if code else ""
