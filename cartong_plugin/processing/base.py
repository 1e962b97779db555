# SPDX-License-Identifier: GPL-3.0-or-later
"""Common ground of the CartONG algorithms: naming, help links, user-facing errors, and no output
written over an input (``core/base/outputs``)."""
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
    # Destinations that are meant to be written into an input's file (runchecks adds its
    # cleaning_log table to the survey's GeoPackage); every other one must be a file of its own.
    WRITES_INTO_INPUT: tuple[str, ...] = ()

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
            self.refuse_outputs_over_inputs(parameters, context)
            return self.execute(parameters, context, feedback)
        except CartongError as err:
            raise QgsProcessingException(str(err)) from err

    def refuse_outputs_over_inputs(self, parameters, context) -> None:
        """CartongError when a file output is the file of a layer or file input (checked before any work).

        Applies to every destination of every algorithm, so a new algorithm is covered too.
        """
        from qgis.core import QgsProcessingDestinationParameter

        from ..core.base.outputs import refuse_output_over_inputs

        inputs = {}
        for definition in self.parameterDefinitions():
            if isinstance(definition, QgsProcessingDestinationParameter):
                continue
            for source in self._input_sources(definition, parameters, context):
                inputs.setdefault(definition.description(), source)
        if not inputs:
            return
        for definition in self.destinationParameterDefinitions():
            name = definition.name()
            if name in self.WRITES_INTO_INPUT or parameters.get(name) in (None, ""):
                continue
            output = self._destination(definition, parameters, context)
            refuse_output_over_inputs(output, inputs, definition.description())

    def _input_sources(self, definition, parameters, context) -> list[str]:
        """The sources (file paths or layer URIs) an input parameter reads from."""
        from qgis.core import (
            QgsProcessingParameterFile,
            QgsProcessingParameterMapLayer,
            QgsProcessingParameterMultipleLayers,
            QgsProcessingParameterVectorLayer,
        )

        name = definition.name()
        if parameters.get(name) in (None, ""):
            return []
        if isinstance(definition, QgsProcessingParameterFile):
            return [self.parameterAsFile(parameters, name, context)]
        if isinstance(definition, (QgsProcessingParameterVectorLayer, QgsProcessingParameterMapLayer)):
            layer = self.parameterAsLayer(parameters, name, context)
            return [layer.source()] if layer is not None else []
        if isinstance(definition, QgsProcessingParameterMultipleLayers):
            return [layer.source() for layer in self.parameterAsLayerList(parameters, name, context)]
        return []

    def _destination(self, definition, parameters, context) -> str:
        from qgis.core import QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination

        if isinstance(definition, (QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination)):
            return self.parameterAsFileOutput(parameters, definition.name(), context)
        return self.parameterAsOutputLayer(parameters, definition.name(), context)

    def execute(self, parameters, context, feedback):
        raise NotImplementedError
