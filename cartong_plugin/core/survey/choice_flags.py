# SPDX-License-Identifier: GPL-3.0-or-later
"""The SQL of a typed yes/no column of one choice of a select_multiple (``TypedBuilder.add``).

Exports write a choice's column in several ways: 1/0 (Kobo, ODK Central, ONA "binary"), True/False
(ONA's default), and with ONA's "value_select_multiples" the choice's own code (or its label, with
"show choice labels") when chosen and nothing when not. Which way a question's columns are written is
read from their values: when one of them holds its own code or label (other than a yes/no word: a
choice coded 0 in a 1/0 column is not chosen), every column of the question is read that way, an
empty one meaning "not chosen". ``n/a`` (ONA: not asked) and an
empty cell otherwise are no answer. Any other value is left empty in the typed table and said, naming
the column: never a silent NULL.
"""

from __future__ import annotations

from ..base.i18n import tr
from .column_types import _sql_text
from .columns import Column

_YES = frozenset({"1", "true", "1.0"})
_NO = frozenset({"0", "false", "0.0"})
_NOT_ASKED = "n/a"  # formhub / ONA's mark for a question that was not asked
_SMALL = 60  # up to this many distinct values, a CASE; more, a lookup table


def own_values(builder, column: Column) -> set[str]:
    """The texts that mean "chosen" in ``column`` written as its choice: the choice's code and its
    labels in every language (a column named by a label stands for the choice of that label)."""
    choice = column.choice or ""
    own = {choice} if choice else set()
    question = column.question
    if builder.spec is None or question is None:
        return own
    for row in builder.spec.choices.get(question.list_name or "", ()):
        labels = {text.strip() for text in row.labels.values()}
        if row.name == choice or choice in labels:
            own |= {row.name} | labels
    own.discard("")
    return own


def _written_as_values(builder, column: Column) -> bool:
    """Whether the columns of ``column``'s question hold the chosen choice's code or label (ONA's
    "value_select_multiples") rather than yes/no: one of them holds its own text, other than a yes/no
    word (a choice coded 0 in a 0/1 column is not chosen)."""
    siblings = [c for c in builder.columns if c.kind == "flag" and c.question is column.question] or [column]
    for sibling in siblings:
        own = {text for text in own_values(builder, sibling) if text.lower() not in _YES | _NO}
        if any(str(v).strip() in own for v in builder.table.distinct(sibling.index)):
            return True
    return False


def flag_values(builder, column: Column) -> tuple[dict[str, int], list[str]]:
    """({raw value: 1 or 0}, values that are no answer of this choice) of a choice column; values not
    in either (empty, ``n/a``) are no answer."""
    by_value = _written_as_values(builder, column)
    own = own_values(builder, column)
    known: dict[str, int] = {}
    bad = []
    for value in builder.table.distinct(column.index):
        text = str(value).strip()
        if by_value and text in own:
            known[value] = 1
        elif by_value and not text:
            known[value] = 0
        elif not by_value and text.lower() in _YES:
            known[value] = 1
        elif not by_value and text.lower() in _NO:
            known[value] = 0
        elif text and text.lower() != _NOT_ASKED:
            bad.append(value)
    return known, bad


def flag_sql(builder, column: Column, ref: str, warn: bool = True) -> str:
    """SQL of ``column`` as 1 (chosen), 0 (not chosen) or NULL (no answer, or a value that is neither:
    said when ``warn``)."""
    known, bad = flag_values(builder, column)
    if warn and bad:
        builder._warn_bad(
            column,
            bad,
            tr("yes/no answers of the choice '{choice}' (1/0, True/False, or its own code or label)").format(
                choice=column.choice or ""
            ),
        )
    if not known:
        return "NULL"
    if len(known) <= _SMALL:
        return f"CASE {ref} {' '.join(f'WHEN {_sql_text(v)} THEN {n}' for v, n in known.items())} END"
    lookup = builder._lookup(list(known.items()), width=1)
    return f"(SELECT v0 FROM temp.{lookup} WHERE k = {ref})"
