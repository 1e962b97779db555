# SPDX-License-Identifier: GPL-3.0-or-later
"""Common ground of the CartONG algorithms: naming, help links, user-facing errors, and no output
written over an input (``core/base/outputs``)."""

from __future__ import annotations

import contextlib
import functools
import sqlite3

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..core.base.errors import CartongError, os_reason
from ..core.base.i18n import tr
from .parameter_help import apply_help, help_texts

_LOCKED = ("database is locked", "database table is locked", "database is busy")


def unexpected_error_sentence(err: BaseException) -> str:
    """What to tell the user about an error no step foresaw: what is known of its cause, in their
    language; the traceback goes to the log (CartONG tab), where a trainer or developer finds it."""
    import errno
    import traceback

    from qgis.core import Qgis, QgsApplication, QgsMessageLog

    # qgis_process prints the log on the terminal, under the sentence: there one line is enough
    headless = QgsApplication.instance() is not None and QgsApplication.platform() == "qgis_process"
    details = (
        f"{type(err).__name__}: {err}"
        if headless
        else "".join(traceback.format_exception(type(err), err, err.__traceback__))
    )
    QgsMessageLog.logMessage(details, "CartONG", Qgis.MessageLevel.Critical)
    text = str(err)
    if any(words in text.lower() for words in _LOCKED):
        return tr(
            "A GeoPackage of this run is being written by another program (QGIS editing it, a database "
            "browser, a synchronisation tool): it is locked. Save or close the edits there, then run again."
        )
    if isinstance(err, OSError) and err.errno == errno.ENOSPC or "disk is full" in text.lower():
        return tr("The disk is full: free some space (or choose another folder), then run again.")
    if isinstance(err, PermissionError):
        return tr("{file} cannot be read or written (permission denied). Choose a file or folder you can use.").format(
            file=err.filename or ""
        )
    return tr(
        "An unexpected error stopped the run ({error}). The details are in the log (View > Panels > "
        "Log Messages, CartONG tab)."
    ).format(error=type(err).__name__)


def for_reading(sentence: str) -> str:
    """``sentence`` as the user reads it: in a right-to-left language (Arabic), each path, file, table or
    column name it quotes is kept left to right (a path's leading "/" stayed at the other end)."""
    from qgis.PyQt.QtCore import Qt

    from ..core.base.i18n import left_to_right_runs
    from ..core.base.translation import layout_direction

    if layout_direction() == Qt.LayoutDirection.RightToLeft:
        return left_to_right_runs(sentence)
    return sentence


class CartongAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, define displayName/shortHelpString/initAlgorithm and ``execute``.

    ``execute(parameters, context, feedback)`` does the work by calling ``core/``; a
    CartongError it raises becomes a QgsProcessingException with the same message, so
    the Processing dialog and ``qgis_process`` show the translated sentence, not a traceback.
    (Not ``run``: that is QgsProcessingAlgorithm.run, which ``processing.run`` calls.)
    Heavy modules (pandas, core readers) are imported inside ``execute``, never at module level,
    so that loading the provider at QGIS start-up stays cheap.

    Help, without touching the algorithm modules: ``addParameter`` gives every parameter its help
    text and advanced flag from ``parameter_help``; the ``shortHelpString`` a subclass writes (what
    the algorithm does) is followed by the footer of ``algorithm_help`` (what goes in, what comes
    out, a ``qgis_process`` command, the resource-centre link), and ``helpUrl`` opens that link.
    """

    NAME = ""
    GROUP_ID = "workflow"
    # Destinations that are meant to be written into an input's file (runchecks adds its
    # cleaning_log table to the survey's GeoPackage); every other one must be a file of its own.
    WRITES_INTO_INPUT: tuple[str, ...] = ()
    # File destinations whose algorithm refuses a folder in a sentence of its own (mergefieldpackage's
    # conflicts file); every other file destination naming an existing folder is refused here.
    REFUSES_FOLDER_ITSELF: tuple[str, ...] = ()
    # Destinations an algorithm may write into on purpose, keeping what the file holds (a download's Update
    # copies the GeoPackage whole): every other GeoPackage destination holding cleaning decisions is refused.
    KEEPS_OUTPUT_TABLES: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs):
        # Wrap the description the subclass writes, so that every algorithm gets the footer.
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("shortHelpString")
        if own is not None and not getattr(own, "_with_footer", False):

            @functools.wraps(own)  # the subclass's own text stays reachable as __wrapped__
            def short_help_string(self, _describe=own):
                from .algorithm_help import footer

                return "\n".join(
                    text for text in (_describe(self).strip(), footer(self.name(), self.groupId())) if text
                )

            short_help_string._with_footer = True
            cls.shortHelpString = short_help_string

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

    def addParameter(self, parameterDefinition, createOutput=True):  # noqa: N802, N803
        # the texts of this algorithm, translated once per initialisation
        if getattr(self, "_help_texts", None) is None:
            self._help_texts = help_texts(self.name())
        apply_help(self.name(), parameterDefinition, self._help_texts)
        return super().addParameter(parameterDefinition, createOutput)

    def helpUrl(self):  # noqa: N802
        """The resource-centre page of the learning catalogue that explains this algorithm's step."""
        from ..core.base.translation import preferred_language
        from .algorithm_help import help_resource

        resource = help_resource(self.name(), self.groupId())
        return resource.url(preferred_language()) if resource is not None else ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            self.refuse_folders_as_files(parameters, context)
            self.refuse_outputs_over_inputs(parameters, context)
            with contextlib.ExitStack() as self._workbooks:  # see parameterAsVectorLayer
                return self.execute(parameters, context, feedback)
        except CartongError as err:
            raise QgsProcessingException(for_reading(str(err))) from err
        except QgsProcessingException:
            raise
        except Exception as err:  # noqa: BLE001 - the last net: a sentence for the user, the traceback in the log
            sentence = None
            if isinstance(err, (OSError, RuntimeError, sqlite3.Error)):  # a full disk, a folder not writable
                sentence = self._system_sentence(err, parameters, context)
            if sentence is None and isinstance(err, (RuntimeError, sqlite3.DatabaseError)):  # GDAL's or SQLite's
                sentence = self._damaged_input_sentence(err, parameters, context)
            raise QgsProcessingException(for_reading(sentence) if sentence else unexpected_error_sentence(err)) from err

    def parameterAsVectorLayer(self, parameters, name, context):  # noqa: N802
        """The layer of a vector parameter. A workbook sheet GDAL read without its header row (a raw Kobo
        XLSX export whose cells are all text: columns Field1..FieldN) is opened again with it, and GDAL
        keeps reading workbooks so until ``execute`` ends (``core/survey/spreadsheet_layers``)."""
        from ..core.survey.spreadsheet_layers import headers_forced, unnamed_sheet_error, with_header_row

        layer = super().parameterAsVectorLayer(parameters, name, context)
        workbooks = getattr(self, "_workbooks", None)
        reopened = with_header_row(layer) if workbooks is not None else layer
        refusal = unnamed_sheet_error(reopened) if workbooks is not None else None
        if refusal is not None:  # columns without names: nothing could be protected or checked by name
            raise refusal
        if reopened is not layer:
            workbooks.enter_context(headers_forced())
            context.temporaryLayerStore().addMapLayer(reopened)  # the run's layers own it
        return reopened

    def _outputs(self, parameters, context) -> list:
        """The file or folder each given destination names (``ogr:dbname=...`` reduced to its file)."""
        from ..core.base.outputs import source_file

        found = []
        for definition in self.destinationParameterDefinitions():
            if parameters.get(definition.name()) in (None, ""):
                continue
            path = source_file(self._destination(definition, parameters, context))
            if path is not None:
                found.append((definition, path))
        return found

    def refuse_folders_as_files(self, parameters, context) -> None:
        """CartongError, before any work, when a file output names an existing folder."""
        from qgis.core import QgsProcessingParameterFolderDestination

        from ..core.base.atomic import refuse_folder

        for definition, path in self._outputs(parameters, context):
            if definition.name() in self.REFUSES_FOLDER_ITSELF:
                continue
            if not isinstance(definition, QgsProcessingParameterFolderDestination):
                refuse_folder(path)

    def _system_sentence(self, err, parameters, context) -> str | None:
        """The translated sentence for a full disk or a folder that cannot be written, else None."""
        import errno
        import os
        from pathlib import Path

        from ..core.base.atomic import disk_is_full, no_space_error

        named = getattr(err, "filename", None)
        outputs = [Path(os.path.abspath(path)) for _definition, path in self._outputs(parameters, context)]
        # the output the failed file belongs to (never a hidden temporary name), else the first output
        near = [path for path in outputs if named and str(os.path.abspath(named)).startswith(str(path.parent))]
        choices = near + outputs + ([Path(named)] if named else [])
        place = choices[0] if choices else None
        if disk_is_full(err):
            return (
                str(no_space_error(place))
                if place is not None
                else tr("The disk is full: nothing was written. Free some space or choose another folder.")
            )
        if isinstance(err, OSError) and err.errno in (errno.EACCES, errno.EPERM, errno.EROFS) and place is not None:
            return tr(
                "{file} cannot be written: the folder {folder} cannot be written to ({reason}). "
                "Choose a folder you can write to."
            ).format(file=place.name, folder=str(Path(os.path.abspath(place)).parent), reason=os_reason(err))
        return None

    def _damaged_input_sentence(self, err, parameters, context) -> str | None:
        """After a database error ("database disk image is malformed", about the input or a temporary copy of
        it): the sentence naming the input GeoPackage that is damaged, else None."""
        from ..core.base.damaged_files import damaged_sentence, is_damaged

        if any(words in str(err).lower() for words in _LOCKED):
            return None  # another program holds the file: said by unexpected_error_sentence
        damaged = next((path for path in self._input_files(parameters, context) if is_damaged(path)), None)
        return damaged_sentence(damaged) if damaged is not None else None

    def _input_files(self, parameters, context) -> list:
        """The files the inputs read (a layer's GeoPackage, a file parameter, each file of a list)."""
        from qgis.core import QgsProcessingDestinationParameter, QgsProcessingParameterMultipleLayers

        from ..core.base.outputs import source_file

        found = []
        for definition in self.parameterDefinitions():
            if isinstance(definition, QgsProcessingDestinationParameter):
                continue
            sources = self._input_sources(definition, parameters, context)
            if isinstance(definition, QgsProcessingParameterMultipleLayers):  # files a layer cannot be made of
                sources += self.parameterAsFileList(parameters, definition.name(), context)
            found += [path for path in map(source_file, sources) if path is not None and path.is_file()]
        return list(dict.fromkeys(found))

    def refuse_outputs_over_inputs(self, parameters, context) -> None:
        """CartongError when a file output is the file of a layer or file input (checked before any work).

        Applies to every destination of every algorithm, so a new algorithm is covered too.
        """
        from qgis.core import QgsProcessingDestinationParameter

        from ..core.base.outputs import output_table, refuse_output_over_inputs, refuse_replacing_decisions, source_file

        for definition in self.destinationParameterDefinitions():
            name = definition.name()
            if name in self.WRITES_INTO_INPUT + self.KEEPS_OUTPUT_TABLES or parameters.get(name) in (None, ""):
                continue
            output = self._destination(definition, parameters, context)
            path = source_file(output) if output_table(output) is None else None  # a whole file, not a table added
            if path is not None and path.suffix.lower() == ".gpkg":
                refuse_replacing_decisions(path)  # a reviewer's decisions are not an output to overwrite
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
            QgsProcessing,
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
            if definition.layerType() == QgsProcessing.SourceType.TypeFile:
                # files, never loaded as layers here: loading a damaged GeoPackage printed GDAL's English
                # "ERROR 1: ... database disk image is malformed" lines into the run's log (QGIS 3.40)
                return self.parameterAsFileList(parameters, name, context)
            return [layer.source() for layer in self.parameterAsLayerList(parameters, name, context)]
        return []

    def _destination(self, definition, parameters, context) -> str:
        from qgis.core import QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination

        if isinstance(definition, (QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination)):
            return self.parameterAsFileOutput(parameters, definition.name(), context)
        return self.parameterAsOutputLayer(parameters, definition.name(), context)

    def execute(self, parameters, context, feedback):
        raise NotImplementedError
