# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard's last page: the file, then counting (CoreTask), building and exporting the map.

The counts run in a task; the layout is built and exported on the main thread, step by step
through the event loop so that Cancel and the progress bar stay live. The layout stays in the
project for changes by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject, QgsSettings, QgsVectorLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from ...core.base.errors import CartongError, os_reason
from ...core.base.i18n import left_to_right, tr, trn
from ...core.base.safe_files import free_path
from ...core.maps.map_texts import MAP_SHARE
from ..tasks import CoreTask, cancel_and_wait, layer_for_task
from .jobs import (
    CHOROPLETHS,
    MAP_NUMBER,
    NEEDS_COUNTS,
    MapChoices,
    build_layout,
    classes_note,
    count_in_task,
    counts_table_name,
    export_map,
    store_counts,
)
from .pages_common import SETTINGS_PREFIX, growing_form

LOG_TAG = "CartONG"


# -- page 4 ------------------------------------------------------------------------------------


def problem_text(err: Exception, output: str) -> str:
    """What to tell the user about ``err``; unexpected errors also go to the message log."""
    if isinstance(err, CartongError):
        return str(err)
    if isinstance(err, OSError):
        return tr("Cannot write {file}: {error}. Choose another folder or file name.").format(
            file=output, error=os_reason(err)
        )
    QgsMessageLog.logMessage(repr(err), LOG_TAG, Qgis.MessageLevel.Critical)
    return tr("Unexpected error: {error}. Details are in the message log.").format(error=err)


def _file_stem(title: str) -> str:
    stem = re.sub(r"[\\/:*?\"<>|\s]+", "_", title).strip("_.")
    return stem[:60] or "map"


class ExportPage(QWizardPage):
    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("map_export")
        self.setTitle(tr("Export"))
        self.setSubTitle(
            tr(
                "PDF keeps texts sharp and searchable for print; PNG is an image for reports and "
                "messages; SVG is for designers. The layout also stays in the project "
                "(Project > Layouts) for changes by hand."
            )
        )
        layout = QVBoxLayout(self)
        form = growing_form()
        self.format = QComboBox(self)
        self.format.setObjectName("export_format")
        self.format.addItem(tr("PDF (vector, for print)"), ".pdf")
        self.format.addItem(tr("PNG image"), ".png")
        self.format.addItem(tr("SVG (for designers)"), ".svg")
        self.output = QgsFileWidget(self)
        self.output.setObjectName("output_file")
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setConfirmOverwrite(True)
        self.dpi = QSpinBox(self)
        self.dpi.setObjectName("export_dpi")
        self.dpi.setRange(72, 1200)
        self.dpi.setValue(300)
        self.dpi.setSuffix(tr(" dpi"))
        self.dpi.setMaximumWidth(120)
        self.format.setMaximumWidth(260)
        self.open_result = QCheckBox(tr("Open the map when it is written"), self)
        self.open_result.setObjectName("open_result")
        self.open_result.setChecked(True)
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("File"), self.output)
        form.addRow(tr("Resolution"), self.dpi)
        self.keep_counts = QCheckBox(tr("Keep the counts per area in the survey's GeoPackage"), self)
        self.keep_counts.setObjectName("keep_counts")
        self.keep_counts.setToolTip(
            tr("A new table each time: the layout then still works when the project is saved and reopened.")
        )
        self.keep_counts.setChecked(True)
        form.addRow(self.keep_counts)
        self.atlas = QCheckBox(tr("Atlas: one page per admin area with data, zoomed on it (PDF)"), self)
        self.atlas.setObjectName("atlas")
        self.atlas.setToolTip(
            tr(
                "Every page keeps the classes of the whole country, so pages compare; the title "
                "names the area and its P-code."
            )
        )
        self.atlas_files = QCheckBox(
            tr("One PDF per area, named <P-code>_<name>.pdf, in a folder beside the file"), self
        )
        self.atlas_files.setObjectName("atlas_files")
        self.atlas_files.setEnabled(False)
        self.atlas.toggled.connect(self.atlas_files.setEnabled)
        form.addRow(self.atlas)
        form.addRow(self.atlas_files)
        form.addRow(self.open_result)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.export_button = QPushButton(tr("Create the map"), self)
        self.export_button.setObjectName("export_button")
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("export_cancel")
        self.cancel_button.setEnabled(False)
        self.designer_button = QPushButton(tr("Open the layout…"), self)
        self.designer_button.setObjectName("open_designer")
        self.designer_button.setEnabled(False)
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.designer_button)
        layout.addLayout(row)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("export_progress")
        self.status = QLabel(self)
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.task = None
        self.layout = None  # the print layout kept in the project
        self.result_path: Path | None = None
        self._suggested = ""  # the file name this page proposed
        self.note = ""  # why the legend has fewer classes than asked
        self._cancelled = False
        self._busy = False
        self.format.currentIndexChanged.connect(self._format_changed)
        self.output.fileChanged.connect(self.completeChanged)
        self.export_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.designer_button.clicked.connect(self.open_designer)
        self._format_changed()

    def suffix(self) -> str:
        return self.format.currentData()

    def _format_changed(self, *_args) -> None:
        pdf = self.suffix() == ".pdf"
        self.atlas.setEnabled(pdf)  # QGIS writes atlases as PDF pages
        if not pdf:
            self.atlas.setChecked(False)
        self.output.setFilter(
            {".pdf": tr("PDF (*.pdf)"), ".png": tr("PNG image (*.png)"), ".svg": tr("SVG (*.svg)")}[self.suffix()]
        )
        path = self.output.filePath()
        if path:
            suggested = path == self._suggested
            path = Path(path).with_suffix(self.suffix())
            self.output.setFilePath(str(free_path(path) if suggested else path))
            if suggested:
                self._suggested = self.output.filePath()

    def forget_output(self, _result=0) -> None:
        """The wizard closed: opened again, it proposes a new file, never the last map's (nor the user's)."""
        self._suggested = ""
        self.output.setFilePath("")

    def initializePage(self):  # noqa: N802
        wizard = self.wizard()
        self.keep_counts.setVisible(wizard.type_page.map_type() in NEEDS_COUNTS)
        choropleth = wizard.type_page.map_type() in CHOROPLETHS
        self.atlas.setVisible(choropleth)
        self.atlas_files.setVisible(choropleth)
        if not choropleth:
            self.atlas.setChecked(False)
        path = self.output.filePath()
        if not path or path == self._suggested:  # a file the user chose is kept; ours follows the title
            folder = str(Path(path).parent) if path else QgsSettings().value(SETTINGS_PREFIX + "folder", "", type=str)
            if not folder or not Path(folder).is_dir():
                source = wizard.data_page.survey.currentLayer()
                source = source.source().split("|")[0] if source is not None else ""
                folder = str(Path(source).parent) if source and Path(source).exists() else str(Path.home())
            # beside the last map, never over it: Carte_2.pdf when Carte.pdf exists
            self._suggested = str(
                free_path(Path(folder) / (_file_stem(wizard.layout_page.title.text()) + self.suffix()))
            )
            self.output.setFilePath(self._suggested)
        self.completeChanged.emit()

    def cleanupPage(self):  # noqa: N802  (Back is held while the map is made; a Back from code stops it first)
        self.stop()
        super().cleanupPage()

    def stop(self) -> None:
        """Cancel a run and wait for its counting task: nothing of it lands on the page once left."""
        if not self._busy:
            return
        task = self.task
        self.cancel()
        cancel_and_wait(task)
        self.task = None  # what the task reports afterwards is not shown
        self._was_cancelled()

    # -- the run -------------------------------------------------------------------------------
    def running(self) -> bool:
        return self._busy

    def task_running(self) -> bool:  # Back, Next and Finish held meanwhile (CartongWizard)
        return self._busy

    def run(self) -> bool:
        """Count in a CoreTask, then build and export the layout on the main thread."""
        from ...core.maps.export import check_output_path

        if self._busy:
            return False
        try:
            choices = self.wizard().choices()
            check_output_path(choices.output, choices.atlas, choices.atlas_files)  # before any work
        except CartongError as err:
            self.status.setText(str(err))
            return False
        self.result_path, self._cancelled = None, False
        self._set_busy(True)
        self.progress.setValue(0)
        if choices.map_type not in NEEDS_COUNTS:
            self._after_counts(choices, None)
            return True
        args = (
            layer_for_task(choices.survey),
            layer_for_task(choices.admin),
            choices.code_field,
            choices.join_field,
            choices.question if choices.map_type == MAP_SHARE else None,
            choices.answer if choices.map_type == MAP_SHARE else None,
            choices.min_count,
        )
        number = (
            dict(value_field=choices.value_field, statistic=choices.statistic) if choices.map_type == MAP_NUMBER else {}
        )
        task = self.task = CoreTask(
            tr("Counting submissions per admin area"), lambda feedback: count_in_task(*args, feedback, **number)
        )

        def current(callback):  # a run stopped by Back reports after the page has moved on: ignored
            return lambda *values: callback(*values) if self.task is task else None

        task.progressChanged.connect(current(lambda value: self.progress.setValue(int(value * 0.6))))
        task.done.connect(current(lambda result: self._after_counts(choices, result)))
        task.failed.connect(current(self._failed))
        task.cancelled.connect(current(self._was_cancelled))
        self.status.setText(
            trn(
                "Counting the %n submission of {layer} per area…",
                "Counting the %n submissions of {layer} per area…",
                choices.survey.featureCount(),
            ).format(layer=choices.survey.name())
        )
        QgsApplication.taskManager().addTask(self.task)
        return True

    def counts_geopackage(self, choices: MapChoices) -> str:
        """The survey's GeoPackage when the counts are to be kept there, else ''."""
        from ...core.cleaning.checks.layers import layer_geopackage

        return layer_geopackage(choices.survey) if self.keep_counts.isChecked() else ""

    def cancel(self) -> None:
        if not self._busy:
            return
        self._cancelled = True
        if self.task is not None and self.task.is_running():
            self.task.cancel()  # the task reports back through _was_cancelled
        else:
            QTimer.singleShot(0, self._was_cancelled)

    def _after_counts(self, choices: MapChoices, result) -> None:
        if self._cancelled:  # the counts came back just as the user cancelled
            return
        counts_layer = None
        if result is not None:
            counts_layer, counts = result
            if counts.total == 0:
                self._failed(
                    tr(
                        "No submission falls in an area of {layer}: check the join (location or P-code) "
                        "and the admin layer."
                    ).format(layer=choices.admin.name())
                )
                return
            from ...core.maps.area_warnings import area_warnings, duplicates_warning
            from ...core.maps.pcodes import loose_matches_warning, unmatched_warning

            # what cartong:countbyadmin says of the same count: merged P-codes, areas without one,
            # overlaps, locations off the earth...
            for warning in (
                duplicates_warning(choices.admin, counts),
                *area_warnings(choices.admin, counts, choices.name_field or None),
                unmatched_warning(counts.pcodes, choices.admin.name()),
                loose_matches_warning(counts.pcodes),
                *(counts.numbers.warnings() if counts.numbers is not None else ()),
            ):
                if warning:
                    self._message(warning, Qgis.MessageLevel.Warning)
            gpkg = self.counts_geopackage(choices)
            if gpkg:
                try:
                    uri = store_counts(counts_layer, gpkg, counts_table_name(choices.admin))
                except CartongError as err:
                    self._failed(str(err))
                    return
                counts_layer = QgsVectorLayer(uri, tr("Submissions per area"), "ogr")
        self.progress.setValue(60)
        self.status.setText(tr("Building the layout…"))
        # Let the label repaint before the main thread is busy with the layout.
        QTimer.singleShot(0, lambda: self._build(choices, counts_layer))

    def _build(self, choices: MapChoices, counts_layer) -> None:
        if self._cancelled:
            return
        project = QgsProject.instance()
        before = set(project.mapLayers())
        try:
            layout = build_layout(project, choices, counts_layer)
        except Exception as err:  # noqa: BLE001  (a slot must not raise: PyQt would abort QGIS)
            self._forget_layers(project, before)
            self._failed(problem_text(err, choices.output))
            return
        from ...core.maps.area_warnings import no_boundary_warnings

        for warning in no_boundary_warnings(layout):  # atlas areas left without a page
            self._message(warning, Qgis.MessageLevel.Warning)
        self.progress.setValue(75)
        self.status.setText(tr("Exporting {file}…").format(file=choices.output))
        self.note = classes_note(choices, counts_layer)  # said with the result
        QTimer.singleShot(0, lambda: self._export(choices, layout, before))

    def _export(self, choices: MapChoices, layout, before: set) -> None:
        from ...core.maps.layouts import keep_in_project

        project = QgsProject.instance()
        if self._cancelled:
            self._forget_layers(project, before)
            return
        QgsApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = export_map(layout, choices)
        except Exception as err:  # noqa: BLE001  (a slot must not raise: PyQt would abort QGIS)
            self._forget_layers(project, before)
            self._failed(problem_text(err, choices.output))
            return
        finally:
            QgsApplication.restoreOverrideCursor()
        self.layout = keep_in_project(layout, project)
        self.result_path = path
        QgsSettings().setValue(SETTINGS_PREFIX + "folder", str(path.parent))
        self.progress.setValue(100)
        if choices.atlas:
            self.status.setText(
                tr(
                    "Atlas of {pages} pages written to {file}. The layout “{layout}” is in the "
                    "project (Project > Layouts) for changes by hand."
                ).format(pages=layout.atlas().count(), file=left_to_right(path), layout=layout.name())
            )
        else:
            self.status.setText(
                tr(
                    "Map written to {file}. The layout “{layout}” is in the project "
                    "(Project > Layouts) for changes by hand."
                ).format(file=left_to_right(path), layout=layout.name())
            )
        if self.note:
            self.status.setText(self.status.text() + "\n" + self.note)
        self._set_busy(False)
        self.designer_button.setEnabled(True)
        self._message(tr("Map written to {file}.").format(file=left_to_right(path)), Qgis.MessageLevel.Success)
        if self.open_result.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.completeChanged.emit()

    @staticmethod
    def _forget_layers(project: QgsProject, before: set) -> None:
        """Remove the styled copies a layout that is not kept had added to the project."""
        added = [layer_id for layer_id in project.mapLayers() if layer_id not in before]
        if added:
            project.removeMapLayers(added)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(message)
        self._message(message, Qgis.MessageLevel.Warning)

    def _was_cancelled(self) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(tr("Cancelled: no map was written."))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.export_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        for widget in (self.format, self.output, self.dpi, self.keep_counts, self.atlas):
            widget.setEnabled(not busy)
        if busy:
            self.designer_button.setEnabled(False)
        self.completeChanged.emit()

    def _message(self, text: str, level) -> None:
        bar = getattr(self.iface, "messageBar", None) if self.iface is not None else None
        if bar is not None:
            bar().pushMessage(tr("Map"), text, level, 8)

    def open_designer(self) -> bool:
        if self.layout is None or self.iface is None or not hasattr(self.iface, "openLayoutDesigner"):
            return False
        self.iface.openLayoutDesigner(self.layout)
        return True

    def isComplete(self):  # noqa: N802
        return self.result_path is not None and not self._busy
