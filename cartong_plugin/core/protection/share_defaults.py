# SPDX-License-Identifier: GPL-3.0-or-later
"""What an export for sharing protects when nobody said otherwise: the wizard's start state, everywhere.

The protection wizard starts each finding's row with :func:`default_action`, and
``share_export.export_for_sharing`` (behind the wizard and ``cartong:exportforsharing``) applies the
same action to every finding no one chose for (:func:`default_plan`): columns at high risk are
removed; identifiers of staff, devices, accounts and ID numbers are pseudonymised, or removed when no
pseudonymisation key can be opened (a run without a desktop and no key named); other personal data
whose suggestion is removal (dates of birth...) is removed. Keeping such a column is an explicit
choice (``ShareOptions.keep_columns``), written into the README and the protection table, never a
default. Locations are not handled here: the location mode protects them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def default_action(finding) -> str:
    """The action a finding starts with: high risk is removed, identifiers pseudonymised.

    ``review`` (free text, places) and ``displace`` below high risk start as ``keep``: the
    user reads the reason and decides. A Kobo validation status naming its validator (``status_only``)
    starts as ``keep``: the copy keeps its status alone, never the account (``share_records``).
    """
    if finding.risk == "high":
        return "drop"
    if finding.suggested_action == "status_only":
        return "keep"
    if finding.suggested_action == "pseudonymise" or finding.category in ("id_number", "device_id"):
        return "pseudonymise"
    if finding.suggested_action == "drop":
        return "drop"
    return "keep"


@dataclass
class DefaultPlan:
    """What happens to the columns no one chose for, and the columns at high risk kept on purpose."""

    removed: list[str] = field(default_factory=list)  # high risk, removed by default
    kept: list[str] = field(default_factory=list)  # high risk, kept by explicit choice
    pseudonymised: list[str] = field(default_factory=list)  # identifiers, pseudonymised by default
    dropped: list[str] = field(default_factory=list)  # lower risk whose default is removal
    unkeyed: list[str] = field(default_factory=list)  # identifiers removed: no key to pseudonymise them
    key_problem: str = ""  # why no key could be opened, for the user

    def actions(self) -> list[dict]:
        """The steps recorded in the README and the ``cartong_protection`` table (pseudonyms apart)."""
        steps = []
        for kind, columns in (
            ("drop_high_risk_columns", self.removed),
            ("keep_high_risk_columns", self.kept),
            ("drop_personal_columns", self.dropped),
            ("drop_identifiers_without_key", self.unkeyed),
        ):
            if columns:
                steps.append({"action": kind, "columns": list(columns)})
        return steps

    def without_key(self, problem: str) -> None:
        """No key could be opened: the identifiers to pseudonymise by default are removed instead."""
        self.unkeyed, self.pseudonymised, self.key_problem = self.pseudonymised, [], problem


def default_plan(findings, options) -> DefaultPlan:
    """What :func:`default_action` does to each column no one chose for, and which columns at high
    risk are kept on purpose.

    ``findings`` come from ``detect.detect_in_layer``; ``options`` is a ``ShareOptions``.
    A column the user listed to remove or pseudonymise follows that choice; one listed in
    ``keep_columns`` is kept (and reported when at high risk); with ``protect_high_risk`` False
    every column is kept as it is. Locations are left to the location mode.
    """
    chosen = set(options.drop_columns) | set(options.pseudonymise_columns)
    plan = DefaultPlan()
    seen: set[str] = set()
    for finding in findings:
        column = finding.column
        if finding.category == "location" or column == "geometry" or column in chosen or column in seen:
            continue
        seen.add(column)
        keep = column in options.keep_columns or not options.protect_high_risk
        if finding.risk == "high":
            (plan.kept if keep else plan.removed).append(column)
        elif not keep:
            action = default_action(finding)
            if action == "pseudonymise":
                plan.pseudonymised.append(column)
            elif action == "drop":
                plan.dropped.append(column)
    return plan
