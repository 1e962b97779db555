# SPDX-License-Identifier: GPL-3.0-or-later
"""'Other (specify)' answers, listed for recoding into an existing or a new choice.

Each text answer becomes a pending entry; when it closely matches the label or code of an
existing choice, that choice is suggested in the explanation (never applied silently).
"""

from __future__ import annotations

import re

from ...base.i18n import tr
from .admin_names import best_matches, normalise
from .common import blank_mask, make_entries


def other_pairs(df, form, config):
    """[(select question or '', text question)] of the 'other (specify)' questions present in ``df``."""
    pairs = []
    if form is not None:
        for name, question in form.questions.items():
            if question.type != "text" or name not in df.columns or question.repeat is not None:
                continue
            refs = re.findall(r"\$\{([^}]+)\}", question.relevant or "")
            parent = next(
                (
                    r
                    for r in refs
                    if f"'{config.other_choice}'" in question.relevant
                    and r in form.questions
                    and form.questions[r].is_select
                ),
                "",
            )
            if parent or (name.endswith("_other") and name[: -len("_other")] in form.questions):
                pairs.append((parent or name[: -len("_other")], name))
        return pairs
    for column in df.columns:
        if isinstance(column, str) and column.endswith("_other") and df[column].dtype == object:
            base = column[: -len("_other")]
            pairs.append((base if base in df.columns else "", column))
    return pairs


def list_other_answers(df, form, config):
    if config.uuid_column not in df.columns:
        return []
    entries = []
    for parent, column in other_pairs(df, form, config):
        filled = ~blank_mask(df[column])
        if not filled.any():
            continue
        choices = {}
        if form is not None and parent in form.questions and form.questions[parent].list_name:
            list_name = form.questions[parent].list_name
            for code, label in form.choice_labels(list_name).items():
                if code != config.other_choice:
                    choices[normalise(label)] = code
                    choices.setdefault(normalise(code.replace("_", " ")), code)
        texts = df[column].astype(str)
        cache: dict[str, str] = {}

        def explain(i, texts=texts, choices=choices, parent=parent or column, cache=cache):
            text = texts.iloc[i]
            if text not in cache:
                matches = best_matches(normalise(text), list(choices), limit=1) if choices else []
                if matches and matches[0][1] >= config.match_threshold:
                    cache[text] = tr(
                        "Answer to 'other' of {question}; close to the existing choice '{code}' (score {score})."
                    ).format(question=parent, code=choices[matches[0][0]], score=f"{matches[0][1]:.2f}")
                else:
                    cache[text] = tr(
                        "Answer to 'other' of {question}: recode into an existing or a new choice."
                    ).format(question=parent)
            return cache[text]

        entries += make_entries(
            df,
            filled,
            uuid_column=config.uuid_column,
            question=column,
            issue=tr("recode other"),
            check_id="other_answers.recode",
            explanations=explain,
            when=config.when,
            who=config.who,
        )
    return entries
