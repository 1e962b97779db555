# SPDX-License-Identifier: GPL-3.0-or-later
"""The language a survey's labels are written in, and what the user is told about it.

``label_language`` is shared by the file import (``importer``) and the server downloads
(``servers.sync``): the form's language matching the one asked ("fr", "French", "Français (fr)"),
the sentence when the form has none such, and the sentence naming the questions and choices that
have no label in that language. Those keep another language's label (an empty label is worse), so
one column may mix languages ("بعيد جدا; Coût"): the user is told which, once per run.
"""

from __future__ import annotations

from ..base.i18n import tr, trn
from .xlsform import DEFAULT_LANGUAGE, FormSpec

_EXAMPLES = 3  # questions, then choices, named in the sentence
_LISTS = 6  # choice lists named in the sentence


def label_language(spec: FormSpec, language: str | None) -> tuple[str, list[str]]:
    """(The form's language used for ``language``, the warnings to show).

    ``language`` empty: the form's default language, and no warning about its choice.
    """
    used = spec.resolve_language(language)
    warnings = []
    if language and spec.find_language(language) is None:
        warnings.append(language_not_in_form(spec, language, used))
    missing = missing_labels(spec, used)
    if missing:
        warnings.append(missing)
    return used, warnings


def language_not_in_form(spec: FormSpec, language: str, used: str) -> str:
    """The sentence when the form has no language matching ``language``: the labels are in ``used``."""
    if used == DEFAULT_LANGUAGE:
        # the plain `label` columns name no language: whether they are in the one asked is not known
        return tr(
            "The form has no language named '{language}': the labels are those of its 'label' columns "
            "without a language name (called 'default'), the form's default. Its languages are {languages}: "
            "choose one of them to get another."
        ).format(language=language, languages=", ".join(spec.languages))
    return tr("The form has no labels in '{language}': labels are in {used} (the form has {languages}).").format(
        language=language, used=used, languages=", ".join(spec.languages)
    )


def missing_labels(spec: FormSpec, lang: str) -> str:
    """The sentence naming the questions and choices without a label in ``lang`` that show another
    language's label instead; "" when every label is there.

    A question or choice without any label is not counted (its name is shown in every language), nor
    one whose only fallback is a plain ``label`` that is no language of the form (plain labels only in
    the choices sheet: one text for every language).
    """
    questions: list[str] = []
    choices: dict[str, list[str]] = {}
    used: dict[str, None] = {}  # the languages shown instead, in the order met
    for question in spec.questions.values():
        fallback = _fallback(spec, question.labels, lang)
        if fallback:
            questions.append(question.name)
            used[fallback] = None
    for list_name, rows in spec.choices.items():
        for choice in rows:
            fallback = _fallback(spec, choice.labels, lang)
            if fallback:
                choices.setdefault(list_name, []).append(choice.name)
                used[fallback] = None
    count = sum(len(names) for names in choices.values())
    if not questions and not count:
        return ""
    parts = []
    if questions:
        parts.append(trn("%n question", "%n questions", len(questions)))
    if count:
        lists = [f"{name} ({len(names)})" for name, names in choices.items()]
        more = ", …" if len(lists) > _LISTS else ""
        parts.append(
            trn("%n choice (lists: {lists})", "%n choices (lists: {lists})", count).format(
                lists=", ".join(lists[:_LISTS]) + more
            )
        )
    examples = [tr("question {name}").format(name=name) for name in questions[:_EXAMPLES]]
    examples += [f"{name}: {code}" for name, codes in choices.items() for code in codes][:_EXAMPLES]
    missing = (
        tr("{questions} and {choices}").format(questions=parts[0], choices=parts[1]) if len(parts) > 1 else parts[0]
    )
    return tr(
        "The form has no label in {language} for {missing}: they show their label in {used} instead "
        "(e.g. {examples}), so a label column may mix languages. Add the missing translations to the "
        "form to have every label in {language}."
    ).format(language=lang, missing=missing, used=", ".join(used), examples="; ".join(examples))


def _fallback(spec: FormSpec, labels: dict[str, str], lang: str) -> str:
    """The form's other language whose label stands in for the missing ``lang`` one; "" when none does."""
    if not labels or labels.get(lang):
        return ""
    # the order of xlsform._pick_label: the default language, the plain labels, then the first there
    for key in (spec.default_language, DEFAULT_LANGUAGE, *labels):
        if labels.get(key):
            return key if key in spec.languages else ""
    return ""
