# SPDX-License-Identifier: GPL-3.0-or-later
"""Required questions left empty, where the question was relevant (its skip logic says it was asked)."""

from __future__ import annotations

from ...base.i18n import tr
from .common import NON_DATA_TYPES, blank_mask, make_entries
from .relevance import UnsupportedExpression, evaluate_condition


def group_relevants(form) -> dict[str, str]:
    """{group path: relevant} of the form's groups.

    Taken from the groups when the form reader keeps it, else read again from the form's survey sheet.
    """
    groups = getattr(form, "groups", {}) or {}
    found = {path: getattr(g, "relevant", "") for path, g in groups.items() if getattr(g, "relevant", "")}
    if found or not groups or not getattr(form, "path", ""):
        return found
    from pathlib import Path

    from ...survey.xlsform_syntax import is_disabled
    from ...survey.xlsx_sheets import read_xlsx_sheets

    try:
        headers, rows = read_xlsx_sheets(Path(form.path))["survey"]
    except (KeyError, OSError, RuntimeError, ValueError):
        return {}
    lowered = [h.strip().lower() for h in headers]
    if not {"type", "name", "relevant"} <= set(lowered):
        return {}
    col = {name: lowered.index(name) for name in ("type", "name", "relevant")}
    disabled = lowered.index("disabled") if "disabled" in lowered else None
    stack: list[str] = []
    for cells in rows:
        if disabled is not None and is_disabled(cells[disabled]):
            continue  # left out of the form by pyxform (xlsform._read_sheets)
        kind = " ".join(cells[col["type"]].strip().lower().replace("_", " ").split())
        if kind in ("begin group", "begin repeat"):
            stack.append(cells[col["name"]].strip())
            if cells[col["relevant"]].strip():
                found["/".join(stack)] = cells[col["relevant"]].strip()
        elif kind in ("end group", "end repeat") and stack:
            stack.pop()
    return found


def _group_conditions(relevants, question):
    """`relevant` of every group enclosing ``question``, outermost first."""
    out, path = [], ""
    for part in question.group.split("/") if question.group else []:
        path = f"{path}/{part}" if path else part
        if relevants.get(path):
            out.append(relevants[path])
    return out


def find_missing_required(df, form, config):
    """One entry per empty answer to a required question that was relevant.

    Without a form nothing is known to be required: no entry. A question whose skip logic
    cannot be read is not checked (it might not have been asked).
    """
    if form is None or config.uuid_column not in df.columns:
        return []
    entries = []
    relevants = group_relevants(form)
    for name, question in form.questions.items():
        if not question.required or question.repeat is not None or name not in df.columns:
            continue
        if question.type in NON_DATA_TYPES:
            continue
        mask = blank_mask(df[name])
        if not mask.any():
            continue
        conditions = _group_conditions(relevants, question) + ([question.relevant] if question.relevant else [])
        try:
            for condition in conditions:
                mask &= evaluate_condition(condition, df)
        except UnsupportedExpression:
            continue
        entries += make_entries(
            df,
            mask,
            uuid_column=config.uuid_column,
            question=name,
            issue=tr("required answer missing"),
            check_id="missing.required",
            explanations=tr("{question} is required by the form and was relevant, but is empty.").format(question=name),
            when=config.when,
            who=config.who,
        )
    return entries
