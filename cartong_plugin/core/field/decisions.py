# SPDX-License-Identifier: GPL-3.0-or-later
"""Cleaning decisions taken in the field merged into the office's cleaning log, three ways: a decision
added or changed in the field only is taken (with its who and when), one changed in both places
differently is a conflict and the office's stays."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cleaning.log import LogEntry
from .rows import Conflict
from .snapshot import decision_key

if TYPE_CHECKING:
    from .report import MergeReport


def _decision(values) -> tuple[str, str, str]:
    """What a decision says: its change, new value and explanation (a comment written in the field counts)."""
    get = values.get if isinstance(values, dict) else (lambda name: getattr(values, name, ""))
    return (get("change_type") or "", get("new_value") or "", get("explanation") or "")


def _text(decision: tuple[str, str, str]) -> str:
    text = f"{decision[0]}: {decision[1]}" if decision[1] else decision[0]
    return f"{text} ({decision[2]})" if decision[2] else text


def merge_log(office: list[LogEntry], returned: list[LogEntry], base: dict, report: MergeReport):
    """The office log with the field's decisions merged in; None when nothing changes."""
    merged = list(office)
    where = {decision_key(e): i for i, e in enumerate(merged)}
    changed = False
    for entry in returned:
        key = decision_key(entry)
        before = base.get(key)
        mine = _decision(entry)
        if before is not None and mine == _decision(before):
            continue  # not decided in the field
        if key not in where:
            merged.append(entry)
            where[key] = len(merged) - 1
            report.decisions_added += 1
            changed = True
            continue
        current = merged[where[key]]
        if _decision(current) == mine:
            continue
        if before is not None and _decision(current) == _decision(before):
            merged[where[key]] = entry
            report.decisions_updated += 1
            changed = True
        else:
            report.conflicts.append(
                Conflict(
                    "cleaning_log",
                    entry.uuid,
                    f"{entry.question} ({entry.check_id})" if entry.check_id else entry.question,
                    _text(_decision(before)) if before else None,
                    _text(_decision(current)),
                    _text(mine),
                    current.who,
                    current.when,
                    entry.who,
                    entry.when,
                )
            )
    return merged if changed else None
