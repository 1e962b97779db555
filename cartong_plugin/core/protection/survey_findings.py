# SPDX-License-Identifier: GPL-3.0-or-later
"""Personal data in a freshly imported survey GeoPackage, for the import summary and log.

The import wizard (in its task) and ``cartong:importsurvey`` both call
:func:`detect_in_survey` so the summary page and the algorithm's log list the same columns.
"""

from __future__ import annotations

from ..base.errors import CartongError
from ..base.i18n import tr
from .detect import RISK_ORDER, Finding, detect_in_layer

SURVEY_LAYER = "survey"
# rows read for the summary after an import (spread over the survey; about 0.3 s at 100,000 submissions)
FIRST_LOOK_ROWS = 10_000


def risk_label(risk: str) -> str:
    """The risk level as a translated word (never shown as a colour alone)."""
    return {"high": tr("High"), "medium": tr("Medium"), "low": tr("Low")}.get(risk, risk)


def detect_in_survey(gpkg, form_path=None) -> list[Finding]:
    """Findings of :func:`detect_in_layer` on the ``survey`` layer of ``gpkg``, highest risk first, from
    FIRST_LOOK_ROWS rows spread over the survey: the summary after an import is a first look that must
    not double the import's time (reading every row of 100,000 submissions takes about 3 s); protecting
    the data (sharing, detectpersonaldata) reads every row.

    ``form_path`` is the XLSForm used for the import (optional). Opens its own layer, so it
    may run in a QgsTask. Raises CartongError when the layer or the keyword list cannot be read.
    """
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername={SURVEY_LAYER}", SURVEY_LAYER, "ogr")
    if not layer.isValid():
        raise CartongError(
            tr("{file} has no 'survey' layer to look for personal data in.").format(file=str(gpkg)), path=str(gpkg)
        )
    form = None
    if form_path:
        from ..survey.xlsform import read_xlsform

        form = read_xlsform(form_path)
    findings = detect_in_layer(layer, form=form, at_most=FIRST_LOOK_ROWS)
    # stable sort: column order is kept within a risk level
    return sorted(findings, key=lambda f: -RISK_ORDER.get(f.risk, 0))


def high_risk_columns(findings: list[Finding]) -> list[str]:
    return [f.column for f in findings if f.risk == "high"]
