# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning log in words for the review table: columns, decisions, checks and form constraints.

The log keeps its IMPACT/REACH codes (``change_response``, ``old_value``, ``outliers.constraint``) in
the GeoPackage and in the exported file that field teams edit; the reviewer reads the same rows in
translated words, each code one tooltip away.
"""

from __future__ import annotations

import re

from ...core.base.i18n import tr


def check_titles() -> dict[str, str]:
    """The check families as the user reads them (same wording as cartong:runchecks)."""
    return {
        "duplicates": tr("Duplicates"),
        "missing": tr("Missing required answers"),
        "outliers": tr("Outliers"),
        "gps": tr("GPS points"),
        "durations": tr("Interview durations and dates"),
        "other_answers": tr("'Other (specify)' answers"),
        "admin_names": tr("Typed admin names"),
        "cascades": tr("Cascading selects"),
    }


def column_titles() -> dict[str, str]:
    """The header of each log column in words; ``column_code_tip`` gives its name in the exported log."""
    return {
        "uuid": tr("Submission"),
        "question": tr("Question"),
        "old_value": tr("Value found"),
        "new_value": tr("New value"),
        "issue": tr("Issue"),
        "check_id": tr("Check"),
        "change_type": tr("Decision"),
        "explanation": tr("Explanation"),
        "who": tr("Reviewer"),
        "when": tr("Decided on"),
    }


def column_code_tip(column: str) -> str:
    return tr("Column “{column}” of the exported cleaning log").format(column=column)


def change_type_labels() -> dict[str, str]:
    """Each decision (the log's ``change_type`` code) in words, in the order the editor offers them."""
    return {
        "change_response": tr("Change the value"),
        "blank_response": tr("Blank the value"),
        "remove_survey": tr("Remove the submission"),
        "no_action": tr("Keep as it is"),
        "pending": tr("To decide"),
    }


def change_type_label(code: str) -> str:
    return change_type_labels().get(code, code)


def check_label(check_id: str) -> str:
    """``outliers.constraint`` -> "Outliers" (the family in words; the code is in the tooltip)."""
    family = (check_id or "").split(".")[0]
    return check_titles().get(family, check_id)


# A form expression quoted in an explanation: '. >= 1 and . <= 20', « . > 0 »…
_QUOTED_EXPRESSION = re.compile(r"[«'\"“]\s*([^«»'\"“”]*?\.\s*[<>][^«»'\"“”]*?)\s*[»'\"”]")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def constraint_in_words(expression: str) -> str:
    """A form constraint such as ``. >= 1 and . <= 20`` as a sentence; '' when it is not a simple range."""
    from ...core.cleaning.checks.outliers import constraint_bounds

    bounds = constraint_bounds(expression)
    if bounds is None:
        return ""
    low, low_inclusive, high, high_inclusive = bounds
    if low is not None and high is not None:
        if low_inclusive and high_inclusive:
            return tr("The form accepts only answers from {low} to {high}.").format(
                low=_number(low), high=_number(high)
            )
        return tr("The form accepts only answers between {low} and {high}.").format(
            low=_number(low), high=_number(high)
        )
    if low is not None:
        return (
            tr("The form accepts only answers of {low} or more.")
            if low_inclusive
            else tr("The form accepts only answers above {low}.")
        ).format(low=_number(low))
    return (
        tr("The form accepts only answers of {high} or less.")
        if high_inclusive
        else tr("The form accepts only answers below {high}.")
    ).format(high=_number(high))


def explanation_in_words(explanation: str) -> str:
    """The explanation with a quoted form constraint said in a sentence (other text as it is)."""
    match = _QUOTED_EXPRESSION.search(explanation or "")
    words = constraint_in_words(match.group(1)) if match else ""
    return words or explanation
