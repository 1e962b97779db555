# SPDX-License-Identifier: GPL-3.0-or-later
"""What an export for sharing protects when nobody said otherwise: personal data at high risk.

The protection wizard starts each finding's row with :func:`default_action`, and
``share_export.export_for_sharing`` (behind the wizard and ``cartong:exportforsharing``)
removes every column that detection rates at high risk and that no one chose to remove,
pseudonymise or keep (:func:`high_risk_plan`). Keeping such a column is an explicit choice
(``ShareOptions.keep_columns``), written into the README and the protection table, never a
default. Locations are not handled here: the location mode protects them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def default_action(finding) -> str:
    """The action a finding starts with: high risk is removed, identifiers pseudonymised.

    ``review`` (free text, places) and ``displace`` below high risk start as ``keep``: the
    user reads the reason and decides.
    """
    if finding.risk == "high":
        return "drop"
    if finding.suggested_action == "pseudonymise" or finding.category in ("id_number", "device_id"):
        return "pseudonymise"
    if finding.suggested_action == "drop":
        return "drop"
    return "keep"


@dataclass
class HighRiskPlan:
    """Columns at high risk: removed because nobody chose for them, or kept by explicit choice."""

    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    def actions(self) -> list[dict]:
        """The steps recorded in the README and the ``cartong_protection`` table."""
        steps = []
        if self.removed:
            steps.append({"action": "drop_high_risk_columns", "columns": list(self.removed)})
        if self.kept:
            steps.append({"action": "keep_high_risk_columns", "columns": list(self.kept)})
        return steps


def high_risk_plan(findings, options) -> HighRiskPlan:
    """Which columns at high risk are removed by default and which are kept on purpose.

    ``findings`` come from ``detect.detect_in_layer``; ``options`` is a ``ShareOptions``.
    A column the user listed to remove or pseudonymise follows that choice; one listed in
    ``keep_columns`` (or every remaining one when ``protect_high_risk`` is False) is kept and
    reported; any other is removed.
    """
    chosen = set(options.drop_columns) | set(options.pseudonymise_columns)
    plan = HighRiskPlan()
    for finding in findings:
        column = finding.column
        if finding.risk != "high" or finding.category == "location" or column == "geometry":
            continue
        if column in chosen or column in plan.removed or column in plan.kept:
            continue
        if column in options.keep_columns or not options.protect_high_risk:
            plan.kept.append(column)
        else:
            plan.removed.append(column)
    return plan
