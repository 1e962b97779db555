# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers out of range: the form's constraints, then statistical outliers (IQR and robust z-score).

The statistical rule flags a value only when both the IQR fences and the robust z-score agree
(``outlier_method="both"``, the default), per group when ``outlier_group`` is set. Strongly
skewed positive columns (income, amounts) are judged on a log scale, as in REACH's tools.
Where more than half the answers are equal (count questions: MAD = 0) the robust z-score is
undefined: the z-score from the mean absolute deviation stands in for it (``|x - median| /
(1.2533 * mean absolute deviation)``, the usual fallback), and the log names that rule.

Where the middle half of the answers is one value m (IQR = 0 as well: 120 of 124 households
answer 1 pump), the fences collapse onto m and the mean absolute deviation only measures how rare
the other answers are (any answer but m gets a z-score above 3.5 once 95 % answer m): neither
says how far. There the spread is measured among the answers that differ from m: ``s``, the median
of their distances to m, the answer being judged left out (so that one 500 among 2s is not its own
yardstick), and at least the unit of the answers (1 for whole numbers, else the smallest gap
between two). ``s`` stands in for the IQR in the fences (|x - m| > k * s) and for the MAD in the
robust z-score (0.6745 * (x - m) / s), so the method and thresholds keep their meaning; the log
names that rule.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...base.i18n import tr
from ..field_names import resolve_field_name
from .common import blank_mask, is_metadata, is_numeric_column, make_entries, text_codes, to_number

_BOUND = re.compile(r"^\s*\.\s*(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$")
_SWAPPED_BOUND = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(<=|>=|<|>)\s*\.\s*$")
_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


def constraint_bounds(constraint: str):
    """(low, low_inclusive, high, high_inclusive) of ``. >= 1 and . <= 30``; None when it is anything else."""
    if not constraint or " or " in constraint:
        return None
    low = high = None
    low_inc = high_inc = True
    for part in re.split(r"\s+and\s+", constraint.strip()):
        part = part.strip().strip("()")
        match = _BOUND.match(part)
        if match:
            op, value = match.group(1), float(match.group(2))
        else:
            match = _SWAPPED_BOUND.match(part)
            if not match:
                return None
            op, value = _FLIP[match.group(2)], float(match.group(1))
        if op in (">", ">="):
            low, low_inc = value, op == ">="
        else:
            high, high_inc = value, op == "<="
    if low is None and high is None:
        return None
    return low, low_inc, high, high_inc


def numeric_columns(df, form, config):
    """The columns to check: configured, else the form's integer/decimal questions, else numeric columns."""
    if config.outlier_columns:
        return [c for c in config.outlier_columns if c in df.columns]
    if form is not None:
        return [
            n
            for n, q in form.questions.items()
            if q.type in ("integer", "decimal") and q.repeat is None and n in df.columns
        ]
    return [c for c in df.columns if not is_metadata(c) and is_numeric_column(df[c])]


def _format_bound(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def find_constraint_violations(df, form, config, column, numbers):
    """Values outside the min/max written in the form's constraint for ``column``."""
    question = form.questions.get(column) if form is not None else None
    bounds = constraint_bounds(question.constraint) if question is not None else None
    if question is None or bounds is None:
        return [], None
    import numpy as np

    low, low_inc, high, high_inc = bounds
    values = numbers.to_numpy()
    with np.errstate(invalid="ignore"):
        bad = np.zeros(len(values), dtype=bool)
        if low is not None:
            bad |= values < low if low_inc else values <= low
        if high is not None:
            bad |= values > high if high_inc else values >= high
    bad &= ~np.isnan(values)
    explanation = tr("Outside the form's constraint '{constraint}'.").format(constraint=question.constraint)
    entries = make_entries(
        df,
        bad,
        uuid_column=config.uuid_column,
        question=column,
        issue=tr("value outside the form's constraint"),
        check_id="outliers.constraint",
        explanations=explanation,
        when=config.when,
        who=config.who,
    )
    return entries, bad


def _is_skewed_positive(values) -> bool:
    import numpy as np

    finite = values[~np.isnan(values)]
    if len(finite) < 3 or finite.min() <= 0:
        return False
    median = np.median(finite)
    q1, q3 = np.percentile(finite, [25, 75])
    # Bowley-like check on the upper tail: long right tails are typical of money amounts
    return median > 0 and (finite.max() / median > 10) and (q3 - median) > (median - q1)


# the mean absolute deviation of a normal sample is 0.7979 standard deviations (sqrt(2/pi)): 1/0.7979
_MEAN_AD_SCALE = 1.253314


def statistical_outliers(numbers, groups, config):
    """Boolean mask, z-score and "MAD was 0" mask (z from the mean absolute deviation) of one column."""
    import numpy as np
    import pandas as pd

    values = numbers.to_numpy(dtype=float)
    scaled = np.log(values) if _is_skewed_positive(values) else values.copy()
    frame = pd.DataFrame({"v": scaled, "g": groups})
    grouped = frame.groupby("g", sort=False, dropna=False)["v"]
    size = grouped.transform("count").to_numpy()
    quartiles = grouped.quantile([0.25, 0.75]).unstack()
    q1 = frame["g"].map(quartiles[0.25]).to_numpy(dtype=float)
    q3 = frame["g"].map(quartiles[0.75]).to_numpy(dtype=float)
    median = grouped.transform("median").to_numpy()
    mad = (
        frame.assign(dev=(frame["v"] - median).abs())
        .groupby("g", sort=False, dropna=False)["dev"]
        .transform("median")
        .to_numpy()
    )
    mean_ad = (
        frame.assign(dev=(frame["v"] - median).abs())
        .groupby("g", sort=False, dropna=False)["dev"]
        .transform("mean")
        .to_numpy()
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        iqr = q3 - q1
        out_iqr = (scaled < q1 - config.iqr_factor * iqr) | (scaled > q3 + config.iqr_factor * iqr)
        out_iqr &= iqr > 0
        no_mad = ~(mad > 0) & (mean_ad > 0)
        z = np.where(
            mad > 0,
            0.6745 * (scaled - median) / mad,
            np.where(no_mad, (scaled - median) / (_MEAN_AD_SCALE * mean_ad), 0.0),
        )
        out_z = np.abs(z) > config.robust_z
    judged = ~np.isnan(scaled) & (size >= config.min_group_size)
    common = np.zeros(len(scaled), dtype=bool)  # rows judged beside their group's common value
    for group in pd.unique(frame["g"][judged & (iqr == 0)]):
        rows = np.flatnonzero((frame["g"] == group).to_numpy() & judged)
        value, spread = spread_beside_common_value(scaled[rows])
        with np.errstate(invalid="ignore", divide="ignore"):
            distance = scaled[rows] - value
            out_iqr[rows] = np.abs(distance) > config.iqr_factor * spread
            z[rows] = np.where(spread > 0, 0.6745 * distance / spread, 0.0)
            out_z[rows] = np.abs(z[rows]) > config.robust_z
        no_mad[rows], common[rows] = False, True
    method = config.outlier_method
    mask = {"iqr": out_iqr, "robust_z": out_z, "either": out_iqr | out_z}.get(method, out_iqr & out_z)
    mask &= judged
    return mask, z, no_mad, common


def spread_beside_common_value(values):
    """(m, s) of a group whose middle half is one value m: for each answer, s = the median distance to m
    of the other answers that differ from m (its own left out), at least the unit of the answers (1 for
    whole numbers, else the smallest gap between two); NaN for the answers equal to m (see the module's text)."""
    import numpy as np

    finite = values[~np.isnan(values)]
    value = float(np.median(finite))
    spread = np.full(len(values), np.nan)
    distinct = np.unique(finite)
    if len(distinct) < 2:
        return value, spread
    # the unit of the answers: 1 for counts (not the gap to the value judged: one 500 among 2s)
    step = 1.0 if np.all(distinct == np.round(distinct)) else float(np.diff(distinct).min())
    others = np.flatnonzero(~np.isnan(values) & (values != value))
    distances = np.abs(values[others] - value)
    order = np.argsort(distances, kind="stable")
    ranked = distances[order]
    if len(ranked) == 1:
        left_out = np.zeros(1)
    else:  # the median of the others once the answer of rank r is left out, for every r at once
        rank, remaining = np.arange(len(ranked)), len(ranked) - 1
        low, high = (remaining - 1) // 2, remaining // 2
        left_out = (ranked[low + (low >= rank)] + ranked[high + (high >= rank)]) / 2
    spread[others[order]] = np.maximum(left_out, step)
    return value, spread


def find_outliers(df, form, config):
    """Constraint violations, then statistical outliers among the values that respect the constraint."""
    import numpy as np

    if config.uuid_column not in df.columns:
        return []
    # a group field that is no column is refused: the whole table compared instead would go unnoticed
    config = replace(
        config, outlier_group=resolve_field_name(config.outlier_group, df.columns, "OUTLIER_GROUP", tr("the survey"))
    )
    # a group's name typed in NFC and in NFD (macOS) is one group (see common.same_text)
    groups = text_codes(df[config.outlier_group])[0] if config.outlier_group else np.zeros(len(df), dtype=int)
    entries, bounded = [], set()
    for column in numeric_columns(df, form, config):
        series = df[column]
        numbers = to_number(series)
        not_number = ~blank_mask(series) & numbers.isna().to_numpy()
        if not_number.any():
            entries += make_entries(
                df,
                not_number,
                uuid_column=config.uuid_column,
                question=column,
                issue=tr("not a number"),
                check_id="outliers.not_a_number",
                explanations=tr("A number is expected here."),
                when=config.when,
                who=config.who,
            )
        found, bad = find_constraint_violations(df, form, config, column, numbers)
        entries += found
        if bad is not None:
            bounded.add(column)
            numbers = numbers.where(~bad)
        few = numbers.nunique() < 5  # codes or counts with little spread: IQR and MAD would mislead
        if few and not _may_have_common_value(numbers, config.outlier_group in df.columns):
            continue
        mask, z, no_mad, common = statistical_outliers(numbers, groups, config)
        if few:
            mask &= common  # only answers far from the one most give
        if mask.any():
            entries += _statistical_entries(df, config, column, mask, z, no_mad, common)
    from .constraints import find_form_constraint_violations

    return entries + find_form_constraint_violations(df, form, config, bounded)


def _may_have_common_value(numbers, grouped: bool) -> bool:
    """False when no value is held by half the answers, which a middle half of one value needs (grouped:
    any group might have one)."""
    if grouped:
        return True
    counts = numbers.value_counts()
    return not counts.empty and 2 * counts.iloc[0] >= counts.sum()


def _statistical_entries(df, config, column, mask, z, no_mad, common):
    """Log entries of the statistical outliers; those found with the mean absolute deviation, or beside
    a common value, say so."""
    grouped = config.outlier_group in df.columns

    def explain(i):
        if common[i]:
            values = {"z": f"{z[i]:.1f}"}
            if grouped:
                return tr(
                    "Unusual value within its {group}: the middle half of the answers there are the same value, so "
                    "its distance to that value is compared with the other answers' distances to it: robust "
                    "z-score {z}."
                ).format(group=config.outlier_group, **values)
            return tr(
                "Unusual value: the middle half of the answers are the same value, so its distance to that value "
                "is compared with the other answers' distances to it: robust z-score {z}."
            ).format(**values)
        if no_mad[i]:
            if grouped:
                return tr(
                    "Unusual value within its {group}: more than half the answers are equal, so its z-score is "
                    "taken from the mean absolute deviation: {z}."
                ).format(group=config.outlier_group, z=f"{z[i]:.1f}")
            return tr(
                "Unusual value: more than half the answers are equal, so its z-score is taken from the mean "
                "absolute deviation: {z}."
            ).format(z=f"{z[i]:.1f}")
        if grouped:  # whole sentences: a translation cannot be glued from pieces
            return tr("Unusual value within its {group}: robust z-score {z}.").format(
                group=config.outlier_group, z=f"{z[i]:.1f}"
            )
        return tr("Unusual value: robust z-score {z}.").format(z=f"{z[i]:.1f}")

    shared = {
        "uuid_column": config.uuid_column,
        "question": column,
        "check_id": "outliers.statistical",
        "explanations": explain,
        "when": config.when,
        "who": config.who,
    }
    plain = mask & ~no_mad & ~common
    return (
        make_entries(df, plain, issue=tr("statistical outlier"), **shared)
        + make_entries(df, mask & no_mad, issue=tr("statistical outlier (mean absolute deviation)"), **shared)
        + make_entries(df, mask & common, issue=tr("statistical outlier (common value)"), **shared)
    )
