# SPDX-License-Identifier: GPL-3.0-or-later
"""The form's constraints beyond plain numeric bounds (cross-field ${x}, or/and, selected(),
count-selected(), regex(), today()), evaluated with the skip-logic engine on every answered row.

Plain bounds of integer/decimal questions are left to outliers.find_constraint_violations. A
constraint the engine cannot read is not guessed: it is named in the run's output instead.
"""

from __future__ import annotations

import re

from ...base.i18n import tr
from .common import NON_DATA_TYPES, add_note, blank_mask, make_entries
from .relevance import UnsupportedExpression, evaluate_condition

_REFERENCE = re.compile(r"\$\{([^}]+)\}")


def find_form_constraint_violations(df, form, config, bounded=()):
    """One outliers.constraint entry per answer breaking its question's constraint; ``bounded``: questions
    whose constraint was already checked as plain bounds."""
    if form is None or config.uuid_column not in df.columns:
        return []
    entries, unread = [], []
    for name, question in form.questions.items():
        if not question.constraint or name in bounded or question.type in NON_DATA_TYPES:
            continue
        if question.repeat is not None or name not in df.columns:
            continue  # a question absent from the layer has no answer to check
        answered = ~blank_mask(df[name])
        for reference in _REFERENCE.findall(question.constraint):
            if reference.strip() in df.columns:  # an empty answer compared says nothing about this one
                answered &= ~blank_mask(df[reference.strip()])
        if not answered.any():
            continue
        try:
            respected = evaluate_condition(question.constraint, df, df[name])
        except UnsupportedExpression:
            unread.append(name)
            continue
        entries += make_entries(
            df,
            answered & ~respected,
            uuid_column=config.uuid_column,
            question=name,
            issue=tr("value outside the form's constraint"),
            check_id="outliers.constraint",
            explanations=tr("Outside the form's constraint '{constraint}'.").format(constraint=question.constraint),
            when=config.when,
            who=config.who,
        )
    if unread:
        add_note(
            config,
            tr(
                "{count} form constraint(s) not checked, their expressions are beyond what the checks read: "
                "{questions}. Check these answers by hand."
            ).format(count=len(unread), questions=", ".join(unread[:20]) + (" ..." if len(unread) > 20 else "")),
        )
    return entries
