# SPDX-License-Identifier: GPL-3.0-or-later
"""The form's constraints beyond plain numeric bounds (cross-field ${x}, or/and, selected(),
count-selected(), regex(), today()), evaluated with the skip-logic engine on the answered rows, once per
distinct answer (or combination of the answers a constraint compares).

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
        columns = [name]  # the answers the constraint reads, its own first
        for reference in (r.strip() for r in _REFERENCE.findall(question.constraint)):
            if reference in df.columns:  # an empty answer compared says nothing about this one
                answered &= ~blank_mask(df[reference])
                columns += [] if reference in columns else [reference]
        if not answered.any():
            continue
        try:
            respected = _evaluate_once_per_answer(question.constraint, df, answered, columns)
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


def _evaluate_once_per_answer(constraint: str, df, answered, columns):
    """``constraint`` evaluated on each distinct combination of the answers it reads (``columns``, the
    question's own first), not on every row: surveys repeat their answers, and the string work of
    selected(), count-selected() and regex() is what costs. True where not ``answered``."""
    import numpy as np
    import pandas as pd

    # column by column: a DataFrame's row selection copies every column of its blocks (the whole survey)
    rows = {column: df[column][answered].reset_index(drop=True) for column in columns}
    if len(columns) == 1:
        codes, _ = pd.factorize(rows[columns[0]])
    else:
        codes = pd.DataFrame(rows).groupby(columns, sort=False, dropna=False).ngroup().to_numpy()
    _, first = np.unique(codes, return_index=True)  # the first row of each distinct combination
    distinct = pd.DataFrame({column: values.iloc[first].reset_index(drop=True) for column, values in rows.items()})
    respected = np.ones(len(df), dtype=bool)
    respected[answered] = evaluate_condition(constraint, distinct, distinct[columns[0]])[codes]
    return respected
