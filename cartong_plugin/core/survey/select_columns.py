# SPDX-License-Identifier: GPL-3.0-or-later
"""The SQL of a typed select_one / select_multiple column and its ``<q>_label`` (``TypedBuilder.add``).

Each distinct answer is read once (``choice_answers.read_answers``); SQLite then labels every row
with a CASE, or a lookup table for long lists. A label that depends on the row (a choice name used
twice in its list, told apart by the choice_filter's column) is looked up with the row's answer to the
filter's question, or, for a repeat, the answer of the row it belongs to (``TypedBuilder.enclosing``);
a select_multiple summary of a "labels" export that is no exact list of labels is read from the
export's choice columns when it has them. A label that cannot be known is left empty, and said.
"""

from __future__ import annotations

import pandas as pd

from ..base.i18n import tr
from .choice_answers import (
    Answer,
    Answers,
    SameLabel,
    choices_elsewhere,
    filter_label,
    filter_terms,
    read_answers,
)
from .columns import Column
from .xlsform import FormSpec, Question

_SMALL_LIST = 60  # choice lists up to this size are labelled by a CASE expression, larger by a lookup


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _raw(column: Column) -> str:
    from . import gpkg_writer as gw

    return "r." + gw.quote(column.header)


def select_sql(builder, column: Column, ref: str) -> tuple[str, str]:
    """(code SQL, label SQL) of a select column; warnings go to ``builder.warnings``."""
    # without a form every answer is its own label
    spec = builder.spec or FormSpec()
    question = column.question or Question(name="", type=column.kind)
    values = builder.table.distinct(column.index)
    headers = {column.header.strip(), column.header.split("/")[-1].strip()}
    labels_header = bool(headers & set(question.labels.values())) and question.name not in headers
    answers, ambiguous = read_answers(spec, question, column.kind, values, builder.language, labels_header)
    builder._warn_labels_read(column, answers.as_labels, [(a.value, a.codes, "") for a in answers.answers])
    # a label of several choices: no code ("" would be one), the label as written
    pairs = [(a.value, a.codes or None, a.label(spec, builder.language, ambiguous)) for a in answers.answers]
    lookup = builder._lookup(pairs, width=2) if answers.recoded or len(pairs) > _SMALL_LIST else None
    code = (
        f"(SELECT v0 FROM temp.{lookup} WHERE k = {ref})"
        if answers.recoded
        else f"CASE WHEN {ref} <> '' THEN {ref} END"
    )
    elsewhere = choices_elsewhere(spec, question) if builder.spec else ""
    if elsewhere:  # no label to give: never the code written again as if it were one
        if answers.answers:
            _warn_elsewhere(builder, column, question, elsewhere)
        return code, "NULL"
    if len(pairs) <= _SMALL_LIST:  # a CASE costs less than a lookup per row
        whens = " ".join(f"WHEN {_sql_text(v)} THEN {_sql_text(label)}" for v, _c, label in pairs if label is not None)
        label_sql = f"CASE {ref} {whens} END" if whens else "NULL"
    else:
        label_sql = f"(SELECT v1 FROM temp.{lookup} WHERE k = {ref})"
    by_row = [a for a in answers.answers if a.parts and any(isinstance(p, str) and p in ambiguous for p in a.parts)]
    if by_row:
        label_sql = _filtered_labels(builder, column, question, ref, by_row, ambiguous, label_sql)
    if answers.unknown:
        series = builder.table.frame[column.index]
        builder.warnings.append(
            tr(
                "{file}, column {column}: {count} answer(s) are not in the choice list '{list}' "
                "(first at row {row}: '{value}'); the code is kept as its own label."
            ).format(
                file=builder.table.source,
                column=column.header,
                list=question.list_name or "",
                count=int(series.isin(answers.unknown).sum()),
                row=builder.table.first_file_row(series.isin(answers.unknown)),
                value=series[series.isin(answers.unknown)].iloc[0],
            )
        )
    if answers.same_labels:
        _warn_same_labels(builder, column, question, answers)
    if answers.undecoded:
        code, label_sql = _undecoded(builder, column, question, ref, answers, code, label_sql)
    return code, label_sql


def _warn_elsewhere(builder, column: Column, question: Question, where: str) -> None:
    builder.warnings.append(
        tr(
            "{file}, column {column}: question {question} has no labels in the form given: {where}. "
            "Its codes are imported and its label column left empty."
        ).format(file=builder.table.source, column=column.header, question=question.name, where=where)
    )


def _warn_same_labels(builder, column: Column, question: Question, answers: Answers) -> None:
    """Say which labels of a "labels" export name several choices, and that their answers have no code."""
    series = builder.table.frame[column.index]
    mask = series.isin(answers.same_labels)
    shared = {
        p.label: p.names for a in answers.answers if a.value in answers.same_labels for p in a.parts
        if isinstance(p, SameLabel)
    }  # fmt: skip
    builder.warnings.append(
        tr(
            "{file}, column {column}: the export writes one label for several choices of question {question} "
            "(list '{list}': {shared}), so which one was chosen cannot be told; {count} answer(s) were left "
            "without a code, their label kept (first at row {row}). Export the data with XML values (codes) "
            "to tell them apart; the raw table keeps the answers."
        ).format(
            file=builder.table.source,
            column=column.header,
            question=question.name,
            list=question.list_name or "",
            shared="; ".join(f"'{label}': {' / '.join(names)}" for label, names in list(shared.items())[:4]),
            count=int(mask.sum()),
            row=builder.table.first_file_row(mask),
        )
    )


def _filtered_labels(
    builder, column: Column, question: Question, ref: str, by_row: list[Answer], ambiguous, label_sql: str
) -> str:
    """``label_sql``, except for answers naming a choice that has several labels in its list: those are
    labelled by the choice row whose filter columns hold the row's answers to the filter's questions
    (``col=${question}`` terms, see ``filter_terms``), asked in this table or in the rows it belongs to (a
    repeat filtered by a household's answer); else their label is left empty."""
    spec, frame = builder.spec, builder.table.frame
    list_name = question.list_name or ""
    terms = filter_terms(question.choice_filter) or []
    # per filter question: (its codes by answer, each row's answer, the raw columns that key the row's label)
    sources = []
    for _col, name in terms:
        local = next((c for c in builder.columns if c.question is not None and c.question.name == name), None)
        if local is not None:
            sources.append((_codes_of(spec, local), frame[local.index], [local]))
            continue
        above = builder.enclosing(name) if builder.enclosing else None
        if above is None:
            break
        answers, answered, link = above
        sources.append((_codes_of(spec, answered), answers, link))
    values = [a.value for a in by_row]
    rows = frame[column.index].isin(values)
    resolved: list[tuple[str, str]] = []
    if terms and len(sources) == len(terms):
        answer_of = {a.value: a for a in by_row}
        keys = list({c.index: c for _codes, _answers, link in sources for c in link}.values())
        keyed = frame[column.index].str.cat([frame[c.index].fillna("") for c in keys], sep="\x1f")
        picked = pd.DataFrame({"key": keyed, "value": frame[column.index]})
        for k, (_codes, answers, _link) in enumerate(sources):
            picked[k] = answers.to_numpy()
        picked = picked[rows.to_numpy()].drop_duplicates("key")
        unresolved = []
        for key, value, *given in picked.itertuples(index=False):
            wanted = {
                col: codes.get(v.strip(), v.strip()) for (col, _q), (codes, _a, _l), v in zip(terms, sources, given)
            }
            label = filter_label(spec, list_name, answer_of[value], builder.language, wanted)
            if label is None:
                unresolved.append(key)
            else:
                resolved.append((key, label))
        rows = rows & keyed.isin(unresolved)
        lookup = builder._lookup(resolved, width=1)
        key_sql = " || char(31) || ".join([ref] + [f"coalesce({_raw(c)}, '')" for c in keys])
        label_sql = (
            f"CASE WHEN {ref} IN ({', '.join(_sql_text(v) for v in values)}) "
            f"THEN (SELECT v0 FROM temp.{lookup} WHERE k = {key_sql}) ELSE {label_sql} END"
        )
    if rows.any():
        named = sorted({p for a in by_row for p in a.parts if isinstance(p, str) and p in ambiguous})
        builder.warnings.append(
            tr(
                "{file}, column {column}: the list '{list}' has several choices of the same name ({choices}) "
                "and the question's choice_filter does not tell which one an answer means; {count} answer(s) "
                "were left without a label (first at row {row}). The raw table keeps them."
            ).format(
                file=builder.table.source,
                column=column.header,
                list=list_name,
                choices=", ".join(
                    "'{}': {}".format(
                        n, " / ".join(dict.fromkeys(spec.label_of(c, builder.language) for c in ambiguous[n]))
                    )
                    for n in named[:4]
                ),
                count=int(rows.sum()),
                row=builder.table.first_file_row(rows),
            )
        )
    return label_sql


def _codes_of(spec, column: Column) -> dict[str, str]:
    """{answer as written: code} of a filter question's column, its labels read as their codes."""
    question = column.question
    out = {}
    for choice in reversed(spec.choices.get(question.list_name or "", []) if question else []):
        for text in choice.labels.values():
            out[text.strip()] = choice.name
    for choice in spec.choices.get(question.list_name or "", []) if question else []:
        out[choice.name] = choice.name
    return out


def _undecoded(
    builder, column: Column, question: Question, ref: str, answers: Answers, code: str, label_sql: str
) -> tuple[str, str]:
    """Summaries of a "labels" export that are no exact list of the choice labels: read from the
    export's choice columns (``choice_flags``) of the question when every one of them names a choice of its list,
    else left without a label. Said either way."""
    spec = builder.spec
    codes = {c.name: c for c in spec.choices.get(question.list_name or "", [])}
    flags = [c for c in builder.columns if c.kind == "flag" and c.question is question]
    series = builder.table.frame[column.index]
    mask = series.isin(answers.undecoded)
    common = {
        "file": builder.table.source,
        "column": column.header,
        "list": question.list_name or "",
        "count": int(mask.sum()),
        "row": builder.table.first_file_row(mask),
        "value": series[mask].iloc[0],
    }
    if flags and all(f.choice in codes for f in flags):
        from .choice_flags import flag_sql

        def joined(text_of, sep: str) -> str:
            chosen = [(flag_sql(builder, f, _raw(f), warn=False), _sql_text(sep + text_of(f))) for f in flags]
            parts = " || ".join(f"CASE WHEN ({sql}) = 1 THEN {text} ELSE '' END" for sql, text in chosen)
            return f"NULLIF(substr({parts}, {len(sep) + 1}), '')"

        inside = f"{ref} IN ({', '.join(_sql_text(v) for v in answers.undecoded)})"
        code = f"CASE WHEN {inside} THEN {joined(lambda f: f.choice, ' ')} ELSE {code} END"
        label = joined(lambda f: spec.label_of(codes[f.choice], builder.language), "; ")
        label_sql = f"CASE WHEN {inside} THEN {label} ELSE {label_sql} END"
        builder.warnings.append(
            tr(
                "{file}, column {column}: {count} answer(s) are not a list of the labels of the choice list "
                "'{list}' (first at row {row}: '{value}'); their choices were read from the export's choice "
                "columns ({columns}). The raw table keeps them."
            ).format(columns=", ".join(f.header for f in flags[:4]) + (" ..." if len(flags) > 4 else ""), **common)
        )
    else:
        builder.warnings.append(
            tr(
                "{file}, column {column}: {count} answer(s) are not a list of the labels of the choice list "
                "'{list}' (first at row {row}: '{value}'); their label was left empty. The raw table keeps them."
            ).format(**common)
        )
    return code, label_sql
