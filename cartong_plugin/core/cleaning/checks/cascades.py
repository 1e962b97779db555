# SPDX-License-Identifier: GPL-3.0-or-later
"""Answers outside their cascade: a choice of a cascading select whose parent is not the parent's answer.

A select filtered by ``admin1=${admin1}`` (the choices sheet giving each admin2 its admin1 in a column)
offers only the sous-préfectures of the préfecture answered. An answer whose choice belongs to another
préfecture (admin1 changed after admin2 was chosen, data edited on the server, a cleaning change) is
counted under two préfectures at once; REACH/IMPACT cleaning guidance asks to check it. Only filters made
of ``column=${question}`` equalities joined by ``and`` are read (``survey.choice_answers.filter_terms``);
another filter is said once in a note, never guessed. Empty answers, on either side, are not flagged, nor
a choice without a value in the filter's column (an "other" row shared by every parent).
"""

from __future__ import annotations

from ...base.i18n import tr
from .common import add_note, as_text, make_entries
from .question_columns import question_column

CHECK_ID = "cascades.parent"


def find_cascade_problems(df, form, config):
    """One entry per submission whose answer to a cascading select (each chosen choice of a
    select_multiple) belongs to another answer of the question its choice_filter names."""
    from ...survey.choice_answers import filter_terms

    if form is None or config.uuid_column not in df.columns:
        return []
    entries = []
    for key, question in form.questions.items():
        if not question.is_select or not question.choice_filter.strip() or question.repeat is not None:
            continue
        column = question_column(df.columns, key, question)
        if column is None:
            continue
        choices = form.choices.get(question.list_name or "", [])
        parents = _parents(df, form, filter_terms(question.choice_filter, only_terms=True), choices)
        if parents is None:
            add_note(
                config,
                tr(
                    "{question} was not checked against its choice_filter '{filter}': only filters of "
                    "{example} equalities joined by 'and' are read. Check its answers by hand."
                ).format(question=column, filter=question.choice_filter.strip(), example="column=${question}"),
            )
        elif parents:
            entries += _outside(df, config, column, question.type, choices, parents)
    return entries


def _parents(df, form, terms, choices) -> list[tuple[str, str]] | None:
    """[(choices column, column of the question it must equal)] of a filter's terms; None when the filter
    cannot be read (other syntax, a column the choices do not have, a question the form has not once);
    [] when a question it names is not in the table (a repeat's)."""
    if not terms:
        return None
    parents = []
    for choice_column, name in terms:
        named = [(k, q) for k, q in form.questions.items() if q.name == name]
        if len(named) != 1 or not any(choice_column in c.columns for c in choices):
            return None
        found = question_column(df.columns, *named[0])
        if found is None or named[0][1].repeat is not None:
            return []
        parents.append((choice_column, found))
    return parents


def _outside(df, config, column: str, kind: str, choices, parents):
    rows_of: dict[str, list[dict]] = {}  # with allow_choice_duplicates a name may have several rows
    for choice in choices:
        rows_of.setdefault(choice.name, []).append({k: str(v).strip() for k, v in choice.columns.items()})
    import pandas as pd

    # each pair of an answer and its parents' answers explained once (a few hundred), joined back in C
    keys = [str(i) for i in range(len(parents) + 1)]
    pairs = pd.DataFrame(
        {key: as_text(df[name]).to_numpy() for key, name in zip(keys, [column] + [p for _c, p in parents])}
    )
    unique = pairs.drop_duplicates().copy()
    unique["why"] = [
        _explain(column, kind, row[0].strip(), tuple(v.strip() for v in row[1:]), rows_of, parents)
        for row in unique.itertuples(index=False, name=None)
    ]
    why = pairs.merge(unique, how="left", on=keys)["why"].tolist()
    return make_entries(
        df,
        [bool(x) for x in why],
        uuid_column=config.uuid_column,
        question=column,
        issue=tr("answer outside its cascade"),
        check_id=CHECK_ID,
        explanations=why,
        when=config.when,
        who=config.who,
    )


def _explain(column, kind, answer, values, rows_of, parents) -> str:
    """The sentence saying which chosen choices belong to other answers than ``values``; "" when none."""
    codes = [answer] if kind == "select_one" else answer.split()
    said = []
    for code in filter(None, codes):
        rows = rows_of.get(code)
        if not rows:
            continue  # a code outside the list: not a cascade's business
        terms = [(col, parent, value) for (col, parent), value in zip(parents, values) if value]
        if any(all(row.get(col, "") in ("", value) for col, _p, value in terms) for row in rows):
            continue
        for col, parent, value in terms:
            owners = sorted({row.get(col, "") for row in rows} - {""})
            if owners and value not in owners:
                said.append(
                    tr("{question} '{code}' belongs to {parent} '{expected}', but {parent} is '{answer}'.").format(
                        question=column, code=code, parent=parent, expected="', '".join(owners), answer=value
                    )
                )
                break
        else:  # each term is met by some row of the name, never all by one row
            said.append(
                tr("{question} '{code}' belongs to no choice row matching {answers}.").format(
                    question=column, code=code, answers=", ".join(f"{p} '{v}'" for _c, p, v in terms)
                )
            )
    return " ".join(said)
