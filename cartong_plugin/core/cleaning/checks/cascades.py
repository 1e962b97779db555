# SPDX-License-Identifier: GPL-3.0-or-later
"""Answers outside their cascade: a choice of a cascading select whose parent is not the parent's answer.

A select filtered by ``admin1=${admin1}`` (the choices sheet giving each admin2 its admin1 in a column)
offers only the sous-préfectures of the préfecture answered. An answer whose choice belongs to another
préfecture (admin1 changed after admin2 was chosen, data edited on the server, a cleaning change) is
counted under two préfectures at once; REACH/IMPACT cleaning guidance asks to check it. Only filters made
of ``column=${question}`` equalities joined by ``and`` are read (``survey.choice_answers.filter_terms``);
another filter, or one this table cannot be checked against (a parent question in a repeat or left out
of the export, a filter column the choices do not fill), is said once in a note with why, never guessed.
Empty answers, on either side, are not flagged, nor a choice without a value in the filter's column (an
"other" row shared by every parent).
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
        terms = filter_terms(question.choice_filter, only_terms=True)
        if terms is None:
            add_note(
                config,
                tr(
                    "{question} was not checked against its choice_filter '{filter}': only filters of "
                    "{example} equalities joined by 'and' are read. Check its answers by hand."
                ).format(question=column, filter=question.choice_filter.strip(), example="column=${question}"),
            )
            continue
        parents = _parents(df, form, terms, question.list_name or "", choices)
        if isinstance(parents, str):
            add_note(
                config,
                tr(
                    "{question} was not checked against its choice_filter '{filter}': {reason}. "
                    "Check its answers by hand."
                ).format(question=column, filter=question.choice_filter.strip(), reason=parents),
            )
        else:
            entries += _outside(df, config, column, question.type, choices, parents)
    return entries


def _parents(df, form, terms, list_name: str, choices) -> list[tuple[str, str]] | str:
    """[(choices column, column of the question it must equal)] of a filter's ``col=${question}`` terms,
    or the reason (a translated clause) why the filter cannot be checked on this table."""
    parents = []
    for choice_column, name in terms:
        named = [(k, q) for k, q in form.questions.items() if q.name == name]
        if not named:
            return tr("the form has no question {name}").format(name=name)
        if len(named) > 1:
            return tr("the form has several questions {name}").format(name=name)
        if not any(choice_column in c.columns for c in choices):  # the form would offer no choice
            return tr("no choice of the list {list} has a value in a column {column} of the choices sheet").format(
                list=list_name, column=choice_column
            )
        key, parent = named[0]
        if parent.repeat is not None:  # its answers are in the repeat's table, one row per repetition
            return tr("the question {parent} it names is in the repeat group {repeat}").format(
                parent=key, repeat=parent.repeat
            )
        found = question_column(df.columns, key, parent)
        if found is None:  # left out of the export
            return tr("the question {parent} it names has no column in the layer").format(parent=key)
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
