# SPDX-License-Identifier: GPL-3.0-or-later
"""Common ground of the CartONG algorithms: naming, help links, user-facing errors."""
from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..core.base.errors import CartongError
from ..core.base.i18n import tr


class CartongAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, define displayName/shortHelpString/initAlgorithm and ``execute``.

    ``execute(parameters, context, feedback)`` does the work by calling ``core/``; a
    CartongError it raises becomes a QgsProcessingException with the same message, so
    the Processing dialog and ``qgis_process`` show the translated sentence, not a traceback.
    (Not ``run``: that is QgsProcessingAlgorithm.run, which ``processing.run`` calls.)
    Heavy modules (pandas, core readers) are imported inside ``execute``, never at module level,
    so that loading the provider at QGIS start-up stays cheap.
    """

    NAME = ""
    GROUP_ID = "workflow"

    def name(self):
        return self.NAME

    def group(self):
        return {
            "workflow": tr("Survey data workflow"),
            "import": tr("Import"),
            "cleaning": tr("Cleaning"),
            "maps": tr("Maps"),
            "export": tr("Export"),
            "field": tr("In the field"),
            "teams": tr("Teams (PostgreSQL)"),
        }[self.GROUP_ID]

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def createInstance(self):  # noqa: N802
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            return self.execute(parameters, context, feedback)
        except CartongError as err:
            raise QgsProcessingException(str(err)) from err

    def execute(self, parameters, context, feedback):
        raise NotImplementedError
