# SPDX-License-Identifier: GPL-3.0-or-later
"""Consent: the question that asks it, the submissions that refused it, and a cleaning-log row for each.

A household that refused consent answered nothing else, yet its submission keeps a GPS point, a village,
an admin area, a start time and an enumerator: it did not agree to any of them being kept or shared.
``find_refusals`` raises one pending row per refusal (``durations.no_consent``, remove_survey suggested,
as REACH's cleaning logs remove such surveys); the too-short check spares refusals (``durations``); the
export for sharing leaves them out (``protection.share_refusals``), with the same rule:

- the consent question is the select_one on which most groups' ``relevant`` depends (``${x} = 'yes'``),
  else the first select_one whose name holds "consent", else the configured column (``consent``), found
  in a raw export under its group path too (``identification/consent``);
- a refusal is an answer among ``REFUSED`` or, with the form, the code or a label of a choice of that
  question whose code or label says no (``NO_WORDS``: "Non", "Não", "لا"...), so that codes such as ONA's
  ``1`` labelled "No" and exports with labels are read alike.
"""

from __future__ import annotations

import re

from ...base.i18n import tr
from .common import make_entries

REFUSED = ("no", "0", "false", "non")
NO_WORDS = REFUSED + ("não", "nao", "لا")  # "no" as a choice label in the plugin's languages
CHECK_ID = "durations.no_consent"
# a group asked only when a question is answered yes: ${x} = 'yes' or selected(${x}, 'yes')
_ASKED_IF_YES = re.compile(r"\$\{([^}]+)\}\s*=\s*['\"]yes['\"]|selected\(\s*\$\{([^}]+)\}\s*,\s*['\"]yes['\"]\s*\)")


def consent_question(df, form, config) -> str:
    """The column of ``df`` answering consent (see the module), or ``config.consent_column``."""
    question, column = consent_column(list(df.columns), form, config.consent_column)
    return column or question


def consent_column(columns: list, form, fallback: str = "consent") -> tuple[str, str]:
    """(the consent question, the column of ``columns`` holding its answers or ''): the column itself, or a
    raw export's header ending in it (``identification/consent``: a raw table, an export read without
    its form)."""
    from ..log import resolve_column

    question = consent_among(columns, form, fallback)
    return question, resolve_column(question, columns) or ""


def consent_among(columns, form, fallback: str = "consent") -> str:
    """The consent question among ``columns`` (names of questions): the select_one on which most groups'
    `relevant` depends (${x} = 'yes'), else the first select_one whose name holds "consent", else ``fallback``."""
    from collections import Counter

    from .missing import group_relevants

    questions = getattr(form, "questions", {}) or {}
    candidates = {
        name for name, q in questions.items() if q.type == "select_one" and q.repeat is None and name in columns
    }
    if not candidates:
        return fallback
    gating = Counter(
        name
        for relevant in group_relevants(form).values()
        for match in _ASKED_IF_YES.finditer(relevant)
        for name in [match.group(1) or match.group(2)]
        if name.strip() in candidates
    )
    if gating:
        return gating.most_common(1)[0][0].strip()
    named = [name for name in questions if name in candidates and "consent" in name.lower()]
    return named[0] if named else fallback


def refusal_answers(form, question: str) -> set[str]:
    """The answers (case-folded) that refuse consent to ``question``: ``REFUSED``, and the code and labels
    of each of its choices whose code or a label (in any language of the form) says no."""
    answers = set(REFUSED)
    spec = (getattr(form, "questions", {}) or {}).get(question)
    choices = (getattr(form, "choices", {}) or {}).get(getattr(spec, "list_name", None) or "", [])
    for choice in choices:
        texts = [choice.name, *choice.labels.values()]
        if any(text.strip().casefold() in NO_WORDS for text in texts if text):
            answers |= {text.strip().casefold() for text in texts if text and text.strip()}
    return answers


def is_refusal(value, answers) -> bool:
    """Whether an answer (any type; None is no answer) is one of ``answers`` (see refusal_answers)."""
    return value is not None and str(value).strip().casefold() in answers


def refused_mask(df, form, config):
    """(the column answering consent, a numpy bool array: the rows of ``df`` whose answer refuses consent);
    all False when ``df`` has no consent question."""
    import numpy as np

    question, column = consent_column(list(df.columns), form, config.consent_column)
    if not column:
        return question, np.zeros(len(df), dtype=bool)
    answers = refusal_answers(form, question)
    values = df[column]
    # each distinct answer judged once (100,000 submissions hold a few)
    refusing = [value for value in values.dropna().unique() if is_refusal(value, answers)]
    return column, values.isin(refusing).to_numpy(dtype=bool)


def find_refusals(df, form, config, judged=None):
    """One pending row per submission that refused consent, on the consent question (its answer as
    old value), suggesting remove_survey. ``judged``: ``refused_mask``'s result when the caller has it."""
    if config.uuid_column not in df.columns:
        return []
    question, refused = judged if judged is not None else refused_mask(df, form, config)
    return make_entries(
        df,
        refused,
        uuid_column=config.uuid_column,
        question=question,
        issue=tr("consent refused"),
        check_id=CHECK_ID,
        explanations=tr(
            "The household refused consent: it gave no other answer, but the submission keeps its location, "
            "area, time and enumerator, which it did not agree to share. Choose remove_survey to leave it out of "
            "the cleaned data, or no_action to keep it."
        ),
        when=config.when,
        who=config.who,
    )
