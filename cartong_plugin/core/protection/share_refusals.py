# SPDX-License-Identifier: GPL-3.0-or-later
"""The submissions that refused consent, left out of every file shared.

A household that refused consent answered nothing else, yet its submission keeps a GPS point, a village,
an admin area, a start time and an enumerator: it did not agree to any of them being kept or shared.
The cleaning checks list each refusal for removal (``durations.no_consent``); whatever the cleaning
decided, ``share_export.export_for_sharing`` leaves them out, with the points moved or the counts by
area alike, and records how many (``leave_out_refusals``: README, ``cartong_protection``). There is no
option to share them: no partner may receive what a household refused to give. The rows of a repeat table
(the members of such a household) are left out with them (``share_refused_repeats``).

The consent question and its refusals are found by the checks' rule (``cleaning.checks.consent``) with
the form the import kept in the GeoPackage (``companions.stored_form``), else in the column ``consent``
(``identification/consent`` in a raw table).
"""

from __future__ import annotations

from ..base.i18n import trn
from ..cleaning.checks.consent import consent_column, is_refusal, refusal_answers
from .companions import stored_form
from .share_options import _py

ACTION = "leave_out_refusals"


def refused_features(layer) -> tuple[str, set[int]]:
    """(the column answering consent, the feature ids of the submissions that refused it); ("", set())
    when the layer has no consent question (a repeat table, a table of another kind)."""
    from qgis.core import QgsFeatureRequest

    form = stored_form(layer, choices=True)
    question, column = consent_column(layer.fields().names(), form)
    if not column:
        return "", set()
    answers = refusal_answers(form, question)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([column], layer.fields())
    return column, {f.id() for f in layer.getFeatures(request) if is_refusal(_py(f[column]), answers)}


def refusal_actions(column: str, refused: set[int]) -> list[dict]:
    """The step recorded for the README and the protection table ([] when no submission refused)."""
    return [{"action": ACTION, "columns": [column], "rows_affected": len(refused)}] if refused else []


def refusals_sentence(count: int, column: str) -> str:
    """What was left out, for the user (the algorithm's log, the wizard's summary)."""
    return trn(
        "%n submission refused consent ({column}): it was left out of the shared file.",
        "%n submissions refused consent ({column}): they were left out of the shared file.",
        count,
    ).format(column=column)
