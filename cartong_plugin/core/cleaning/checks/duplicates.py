# SPDX-License-Identifier: GPL-3.0-or-later
"""Duplicated submissions: the same uuid twice, the same key fields, or the same answers throughout."""

from __future__ import annotations

from ...base.i18n import tr
from ..field_names import resolve_field_names
from ..log import format_value
from .common import blank_mask, is_metadata, make_entries, text_codes


def _row_groups(df, columns):
    """A number per row, the same for rows whose values in ``columns`` are all equal (NULLs equal; texts
    in NFC and NFD Unicode forms equal, see common.same_text).

    The grouping of DataFrame.duplicated and groupby(dropna=False), built one column at a time: two
    arrays of row numbers in memory instead of one per column (300 MB at 500,000 submissions).
    """
    import numpy as np
    import pandas as pd

    groups = np.zeros(len(df), dtype=np.int64)
    for column in columns:
        codes, distinct = text_codes(df[column])
        groups, _ = pd.factorize(groups * (distinct + 1) + codes.astype(np.int64) + 1)  # NULL: -1 + 1
    return groups


def _repeats(groups):
    """True for every row whose group came earlier."""
    import pandas as pd

    return pd.Series(groups).duplicated(keep="first").to_numpy()


def _first_uuid_of_group(df, groups, dup_mask, uuid_column):
    """uuid of the first submission of each row's group (see _row_groups) where ``dup_mask``, else ''."""
    first = df[uuid_column].groupby(groups, sort=False).transform("first")
    return first.where(dup_mask, "")


def find_duplicate_uuids(df, form, config):
    """Later copies of a uuid, pending on the uuid question (remove_survey there drops the later copies)."""
    column = config.uuid_column
    if column not in df.columns:
        return []
    present = ~blank_mask(df[column])
    dup = df[column].duplicated(keep="first").to_numpy() & present
    if not dup.any():
        return []
    index_col = "_index" if "_index" in df.columns else None

    def explain(i):
        row = format_value(df[index_col].iloc[i]) if index_col else i + 1
        return tr(
            "Submission uuid {uuid} appears more than once; this copy (_index {row}) repeats an earlier "
            "one. Choose remove_survey to drop the later copies (the first one is kept)."
        ).format(uuid=format_value(df[column].iloc[i]), row=row)

    return make_entries(
        df,
        dup,
        uuid_column=column,
        question=column,
        issue=tr("duplicated uuid"),
        check_id="duplicates.uuid",
        explanations=explain,
        when=config.when,
        who=config.who,
    )


def find_duplicate_keys(df, form, config):
    """Submissions whose key fields (chosen by the user) repeat an earlier submission's. CartongError when a
    key field is no column: the check silently left out would read as "no duplicate"."""
    keys = resolve_field_names(config.duplicate_keys, df.columns, "DUPLICATE_KEYS", tr("the survey"))
    if not keys or config.uuid_column not in df.columns:
        return []
    complete = ~blank_mask(df[keys[0]])
    for key in keys[1:]:
        complete &= ~blank_mask(df[key])
    groups = _row_groups(df, keys)
    dup = _repeats(groups) & complete
    if not dup.any():
        return []
    first = _first_uuid_of_group(df, groups, dup, config.uuid_column)
    if len(keys) > 1:

        def values(i):
            return " | ".join(format_value(df[k].iloc[i]) for k in keys)
    else:
        values = df[keys[0]]

    def explain(i):
        return tr("Same {keys} as submission {uuid}.").format(keys=", ".join(keys), uuid=first.iloc[i])

    return make_entries(
        df,
        dup,
        uuid_column=config.uuid_column,
        question=keys[0],
        old_values=values,
        issue=tr("duplicated key fields"),
        check_id="duplicates.keys",
        explanations=explain,
        when=config.when,
        who=config.who,
    )


def answer_columns(df, form):
    """The columns holding answers (not metadata), in table order."""
    if form is not None:
        names = [
            q
            for q, spec in form.questions.items()
            if q in df.columns
            and spec.repeat is None
            and spec.type not in ("start", "end", "today", "deviceid", "calculate", "note")
        ]
        if names:
            return names
    return [c for c in df.columns if not is_metadata(c) and c not in ("geometry",)]


def find_identical_answers(df, form, config):
    """Submissions with a different uuid but every answer equal to an earlier submission."""
    if not config.identical_answers or config.uuid_column not in df.columns:
        return []
    columns = answer_columns(df, form)
    if len(columns) < 3:  # too few answers to call two interviews identical
        return []
    uuid_dup = df[config.uuid_column].duplicated(keep=False).to_numpy()
    groups = _row_groups(df, columns)
    dup = _repeats(groups) & ~uuid_dup
    if not dup.any():
        return []
    first = _first_uuid_of_group(df, groups, dup, config.uuid_column)

    def explain(i):
        return tr("Every answer is the same as in submission {uuid}; remove_survey drops this one.").format(
            uuid=first.iloc[i]
        )

    return make_entries(
        df,
        dup,
        uuid_column=config.uuid_column,
        question=config.uuid_column,
        issue=tr("duplicated answers"),
        check_id="duplicates.answers",
        explanations=explain,
        when=config.when,
        who=config.who,
    )


def find_duplicates(df, form, config):
    return (
        find_duplicate_uuids(df, form, config)
        + find_duplicate_keys(df, form, config)
        + find_identical_answers(df, form, config)
    )
