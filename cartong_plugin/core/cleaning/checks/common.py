# SPDX-License-Identifier: GPL-3.0-or-later
"""What the checks share: blank cells, numbers, metadata columns, building log entries."""

from __future__ import annotations

from ..log import PENDING, LogEntry, format_value

# Columns written by Kobo/ODK around the answers: never checked as answers.
METADATA_COLUMNS = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "username",
        "simserial",
        "subscriberid",
        "phonenumber",
        "audit",
        "_id",
        "_uuid",
        "_submission_time",
        "_validation_status",
        "_notes",
        "_status",
        "_submitted_by",
        "__version__",
        "_version_",
        "_tags",
        "_index",
        "_xform_id_string",
        "_attachments",
        "_geolocation",
        "instanceID",
        "meta/instanceID",
        "fid",
        "KEY",
        "SubmissionDate",
    }
)
NON_DATA_TYPES = frozenset(
    {
        "note",
        "calculate",
        "begin group",
        "end group",
        "begin repeat",
        "end repeat",
        "start",
        "end",
        "today",
        "deviceid",
        "username",
        "audit",
        "hidden",
        "xml-external",
    }
)


def add_note(config, sentence: str) -> None:
    """Keep a sentence for the run's output (what was not checked, or assumed); no-op outside run_checks."""
    if config.notes is not None and sentence not in config.notes:
        config.notes.append(sentence)


def is_metadata(column: str) -> bool:
    return column in METADATA_COLUMNS or column.startswith("_") or column.endswith("_label")


def map_text(series, func, missing):
    """``series.map(func)`` for a column of text (None/NaN for missing, which become ``missing``):
    ``func`` runs once per distinct value, not once per cell (surveys repeat their answers).
    Other columns (numbers or dates among the text) return None: the caller maps them cell by cell."""
    import numpy as np
    import pandas as pd

    if series.dtype != object or pd.api.types.infer_dtype(series, skipna=True) not in ("string", "empty"):
        return None
    codes, uniques = pd.factorize(series)  # missing values get the code -1: the last slot
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[:-1] = [func(value) for value in uniques]
    mapped[-1] = missing
    return pd.Series(mapped[codes], index=series.index, name=series.name, dtype=object)


def same_text(text: str) -> str:
    """``text`` in one Unicode form (NFC): a name typed on macOS or iOS arrives decomposed (NFD, "i" then
    U+0308), elsewhere composed ("ï"); on screen, and for the checks, the two are one name."""
    import unicodedata

    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def text_codes(series):
    """(codes, number of distinct values) of ``series`` as pandas.factorize gives them (-1 for missing),
    texts that differ only by their Unicode form (see same_text) sharing one code. The cells are not changed."""
    import numpy as np
    import pandas as pd

    codes, distinct = pd.factorize(series)
    if distinct.dtype != object:
        return codes, len(distinct)
    composed = [same_text(v) if isinstance(v, str) else v for v in distinct]
    if all(a is b for a, b in zip(composed, distinct)):  # same_text returns the text itself when already NFC
        return codes, len(distinct)
    merged, kept = pd.factorize(pd.Series(composed, dtype=object))
    return np.where(codes >= 0, merged[codes], -1), len(kept)


def blank_mask(series):
    """True where a cell holds no answer: missing, or text that is empty once stripped."""
    blank = map_text(series, lambda value: not value.strip(), True)
    if blank is not None:
        return blank.to_numpy(dtype=bool)
    mask = series.isna()
    if series.dtype == object:
        mask |= series.astype(str).str.strip().eq("")
    return mask.to_numpy()


def as_text(series):
    """Every cell as the text the log writes ('' for missing), vectorised where possible."""
    import pandas as pd

    if series.dtype == object:
        text = map_text(series, format_value, "")
        return text if text is not None else series.map(format_value)
    if pd.api.types.is_integer_dtype(series.dtype):
        return series.astype(str)
    return series.map(format_value)


def to_number(series):
    """Numbers of a column (NaN where the cell is empty or not a number); commas read as decimal points."""
    import pandas as pd

    if pd.api.types.is_bool_dtype(series.dtype):
        return series.astype(float)
    if pd.api.types.is_numeric_dtype(series.dtype):
        return series.astype(float)
    text = series.astype(str).str.strip().str.replace(",", ".", regex=False)
    return pd.to_numeric(text, errors="coerce")


def is_numeric_column(series, share: float = 0.95) -> bool:
    """True when almost every non-blank cell of ``series`` is a number."""
    import pandas as pd

    if pd.api.types.is_bool_dtype(series.dtype):
        return False
    if pd.api.types.is_numeric_dtype(series.dtype):
        return True
    filled = series[~blank_mask(series)]
    if filled.empty:
        return False
    sample = filled.iloc[:2000]
    return to_number(sample).notna().mean() >= share


def make_entries(
    df,
    mask,
    *,
    uuid_column: str,
    question: str,
    issue: str,
    check_id: str,
    old_values=None,
    new_values=None,
    explanations=None,
    change_type: str = PENDING,
    when: str = "",
    who: str = "",
) -> list[LogEntry]:
    """One LogEntry per True row of ``mask``; per-row texts come from aligned sequences or one string."""
    import numpy as np

    rows = np.flatnonzero(mask)
    if len(rows) == 0:
        return []
    uuids = df[uuid_column].iloc[rows].map(format_value).tolist()
    if old_values is None:
        old = df[question].iloc[rows].map(format_value).tolist() if question in df.columns else [""] * len(rows)
    else:
        old = _pick(old_values, rows)
    new = _pick(new_values, rows) if new_values is not None else [""] * len(rows)
    why = _pick(explanations, rows) if explanations is not None else [""] * len(rows)
    return [
        LogEntry(
            uuid=u,
            question=question,
            old_value=o,
            new_value=n,
            issue=issue,
            check_id=check_id,
            change_type=change_type,
            explanation=x,
            who=who,
            when=when,
        )
        for u, o, n, x in zip(uuids, old, new, why)
    ]


def _pick(values, rows) -> list[str]:
    if isinstance(values, str):
        return [values] * len(rows)
    if callable(values):  # computed for flagged rows only
        return [values(int(i)) for i in rows]
    if hasattr(values, "iloc"):
        return [format_value(v) for v in values.iloc[rows]]
    return [format_value(values[i]) for i in rows]


def column_holding(df, codes, exclude=()) -> str:
    """The text column whose values are mostly (> half) among ``codes`` (e.g. the P-code answer), or ''."""
    codes = set(codes)
    best, best_share = "", 0.5
    if not codes:
        return best
    for column in df.columns:
        if column in exclude or df[column].dtype != object or str(column).startswith("_"):
            continue
        filled = df[column].dropna().iloc[:2000]
        share = filled.astype(str).isin(codes).mean() if len(filled) else 0.0
        if share > best_share:
            best, best_share = column, share
    return best
