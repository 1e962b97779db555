# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning wizard: layer and form -> checks and thresholds -> run (QgsTask) -> review log -> apply.

A thin layer over ``core``: the run reads the layer with ``checks.layers.layer_to_frame``, calls
``checks.run_checks`` and keeps earlier decisions with ``cleaning_log.merge_logs`` (as
``cartong:runchecks`` does); the review page shows the rows in a ``CleaningLogView`` (edit, save with
``write_log_to_gpkg``, export/import with ``export_log``/``import_log``); the apply page runs the
``cartong:applycleaninglog`` algorithm itself and stores its output as ``survey_cleaned`` in the
survey's GeoPackage. Slow work runs in a CoreTask; the raw tables are never written.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsCheckableComboBox, QgsExtentGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ..core.base.errors import CartongError
from ..core.base.gdal_errors import gdal_exceptions
from ..core.base.i18n import tr, trn
from ..core.cleaning.checks import CHECK_NAMES, ChecksConfig
from ..core.cleaning.log import UUID_COLUMN
from .cleaning_log_view import CleaningLogView, check_titles, family_of
from .tasks import CoreTask, follow_task, layer_for_task, open_in_task
from .wizard_common import CartongWizard, WizardPage, optional_file_ok, plain_label

CLEANED_LAYER = "survey_cleaned"


def survey_geopackage(layer) -> str:
    from ..core.cleaning.checks.layers import layer_geopackage

    return layer_geopackage(layer)


def is_survey_layer(layer) -> bool:
    """A vector layer of a GeoPackage with a ``_uuid`` field (what the checks and the log need),
    not the cleaned copy this wizard writes."""
    from qgis.core import QgsProviderRegistry

    if not isinstance(layer, QgsVectorLayer) or not survey_geopackage(layer):
        return False
    table = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("layerName")
    return table != CLEANED_LAYER and layer.fields().indexOf(UUID_COLUMN) >= 0


@dataclass
class ChecksRun:
    """What the run page hands to the review page."""

    entries: list
    frame: object  # the survey as a DataFrame, to validate imported logs against
    counts: dict = field(default_factory=dict)  # check family -> rows raised by this run
    kept_decisions: int = 0  # rows whose decision came from the log already in the GeoPackage


# -- page 1 ------------------------------------------------------------------------------------

class LayerPage(WizardPage):
    def __init__(self, iface=None, parent=None):
        super().__init__("clean_layer", tr("Survey layer and form"),
                         tr("Choose the imported survey layer, the XLSForm it was collected with (required "
                            "questions, constraints and skip logic are then checked) and, if you have them, "
                            "the admin boundaries of the area surveyed."), parent)
        self.iface = iface
        layout = QFormLayout(self)
        self.survey = QgsMapLayerComboBox(self)
        self.survey.setObjectName("survey_layer")
        self.survey.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.form = QgsFileWidget(self)
        self.form.setObjectName("form_file")
        from ..core.survey.xlsform import xlsform_file_filter

        self.form.setFilter(xlsform_file_filter())  # .xlsx and legacy .xls
        self.admin = QgsMapLayerComboBox(self)
        self.admin.setObjectName("admin_layer")
        self.admin.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.admin.setAllowEmptyLayer(True)
        self.admin_code = QgsFieldComboBox(self)
        self.admin_code.setObjectName("admin_code")
        self.admin_name = QgsFieldComboBox(self)
        self.admin_name.setObjectName("admin_name")
        self.admin_parent = QgsFieldComboBox(self)
        self.admin_parent.setObjectName("admin_parent")
        self.admin_parent.setAllowEmptyFieldName(True)
        self.note = plain_label("", self, "layer_note")
        layout.addRow(tr("Survey layer"), self.survey)
        layout.addRow(tr("XLSForm (optional)"), self.form)
        layout.addRow(tr("Admin boundaries (optional)"), self.admin)
        layout.addRow(tr("P-code field"), self.admin_code)
        layout.addRow(tr("Name field"), self.admin_name)
        layout.addRow(tr("Parent P-code field"), self.admin_parent)
        layout.addRow(self.note)
        self.admin.layerChanged.connect(self._admin_changed)
        self.survey.layerChanged.connect(self._survey_changed)
        self.form.fileChanged.connect(self.completeChanged)
        QgsProject.instance().layersAdded.connect(self.exclude_other_layers)
        self.refresh_layers()

    def refresh_layers(self) -> None:
        """Offer only the GeoPackage layers with a _uuid; prefer the active layer, then one named survey."""
        layers = self.exclude_other_layers()
        candidates = [layer for layer in layers if is_survey_layer(layer)]
        active = self.iface.activeLayer() if self.iface is not None and hasattr(self.iface, "activeLayer") else None
        preferred = [active] if active in candidates and active.name() == "survey" else []
        preferred += [layer for layer in candidates if layer.name() == "survey"]
        preferred += [active] if active in candidates else []
        if preferred:
            self.survey.setLayer(preferred[0])
        if self.admin.currentLayer() is None:
            admin2 = [layer for layer in layers if layer.name() == "admin2"
                      and isinstance(layer, QgsVectorLayer)]
            if admin2:
                self.admin.setLayer(admin2[0])
        self._admin_changed(self.admin.currentLayer())
        self._survey_changed(self.survey.currentLayer())

    def initializePage(self):  # noqa: N802  (each time the wizard starts: the project may have changed)
        self.refresh_layers()

    def exclude_other_layers(self, *_args) -> list:
        """Hide the layers that are not surveys (the project's layers are returned)."""
        layers = list(QgsProject.instance().mapLayers().values())
        self.survey.setExceptedLayerList([layer for layer in layers if not is_survey_layer(layer)])
        return layers

    def _admin_changed(self, layer) -> None:
        for combo, default in ((self.admin_code, "adm2_pcode"), (self.admin_name, "adm2_name"),
                               (self.admin_parent, "adm1_pcode")):
            combo.setLayer(layer)
            if layer is not None and layer.fields().indexOf(default) >= 0:
                combo.setField(default)
            combo.setEnabled(layer is not None)

    def _survey_changed(self, layer) -> None:
        if layer is None:
            self.note.setText(tr("No survey layer in the project: import a survey first (step 1), or add the "
                                 "'survey' layer of its GeoPackage."))
        else:
            self.note.setText(tr("The cleaning log is kept in {file}; the raw data is never changed.")
                              .format(file=survey_geopackage(layer)))
        self.completeChanged.emit()

    def isComplete(self):  # noqa: N802
        return self.survey.currentLayer() is not None and optional_file_ok(self.form)


# -- page 2 ------------------------------------------------------------------------------------

class ChecksPage(WizardPage):
    def __init__(self, iface=None, parent=None):
        super().__init__("clean_checks", tr("Checks and thresholds"),
                         tr("The defaults suit a household survey. Each flagged value becomes a row of the "
                            "cleaning log that you review on the next pages."), parent)
        defaults = ChecksConfig()
        # In a scroll area: the page stays usable on a small laptop screen.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        QVBoxLayout(self).addWidget(scroll)
        layout = QVBoxLayout(body)
        checks_box = QGroupBox(tr("Checks to run"), self)
        grid = QGridLayout(checks_box)
        self.checks: dict[str, QCheckBox] = {}
        for number, (name, title) in enumerate(check_titles().items()):
            box = QCheckBox(title, checks_box)
            box.setObjectName(f"check_{name}")
            box.setChecked(name in defaults.enabled)
            box.toggled.connect(self.completeChanged)
            grid.addWidget(box, number // 2, number % 2)
            self.checks[name] = box
        layout.addWidget(checks_box)

        limits = QGroupBox(tr("Thresholds"), self)
        form = QFormLayout(limits)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.min_duration = self._number("min_duration", defaults.min_duration_min, 0, 1440, tr(" min"))
        self.max_duration = self._number("max_duration", defaults.max_duration_min, 0, 1440, tr(" min"))
        self.max_precision = self._number("max_precision", defaults.max_precision_m, 0, 100000, tr(" m"))
        self.iqr_factor = self._number("iqr_factor", defaults.iqr_factor, 0, 100, "")
        self.robust_z = self._number("robust_z", defaults.robust_z, 0, 100, "")
        self.burst_count = QSpinBox(limits)
        self.burst_count.setObjectName("burst_count")
        self.burst_count.setRange(2, 1000)
        self.burst_count.setValue(defaults.burst_count)
        self.burst_count.setMinimumWidth(110)
        self.burst_minutes = self._number("burst_minutes", defaults.burst_minutes, 1, 1440, tr(" min"))
        self.period = QCheckBox(tr("Check the data collection period"), limits)
        self.period.setObjectName("check_period")
        self.period_start = QDateEdit(limits)
        self.period_start.setObjectName("period_start")
        self.period_end = QDateEdit(limits)
        self.period_end.setObjectName("period_end")
        for edit in (self.period_start, self.period_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.period.toggled.connect(edit.setEnabled)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_start)
        period_row.addWidget(QLabel(tr("to"), limits))
        period_row.addWidget(self.period_end)
        period_row.addStretch(1)
        self.duplicate_keys = QgsCheckableComboBox(limits)
        self.duplicate_keys.setObjectName("duplicate_keys")
        self.duplicate_keys.setDefaultText(tr("None"))
        self.duplicate_keys.setMinimumWidth(300)
        self.duplicate_keys.setToolTip(tr("Questions that together identify a household, e.g. household id and "
                                          "date: two submissions with the same values are flagged"))
        self.outlier_group = QgsFieldComboBox(limits)
        self.outlier_group.setObjectName("outlier_group")
        self.outlier_group.setAllowEmptyFieldName(True)
        self.outlier_group.setMinimumWidth(300)
        self.outlier_group.setToolTip(tr("Compare numbers within groups of this question (e.g. admin1); "
                                         "empty: the whole survey"))
        self._fields_of = None  # the layer whose fields the two combos list
        form.addRow(tr("Key questions for duplicates"), self.duplicate_keys)
        form.addRow(tr("Compare numbers within groups of"), self.outlier_group)
        form.addRow(tr("Outlier fences (interquartile ranges)"), self.iqr_factor)
        form.addRow(tr("Outlier threshold (robust z-score)"), self.robust_z)
        form.addRow(tr("Worst acceptable GPS precision"), self.max_precision)
        form.addRow(tr("Shortest plausible interview"), self.min_duration)
        form.addRow(tr("Longest plausible interview"), self.max_duration)
        form.addRow(tr("Suspicious interviews by one device"), self.burst_count)
        form.addRow(tr("... started within"), self.burst_minutes)
        form.addRow(self.period)
        form.addRow(tr("Collection period"), period_row)
        layout.addWidget(limits)
        # GPS points outside this rectangle are flagged; an admin layer, when chosen, is used instead
        self.area = QgsExtentGroupBox(self)
        self.area.setObjectName("area_of_interest")
        self.area.setTitleBase(tr("Area of interest, without an admin layer (GPS points outside are flagged)"))
        self.area.setCheckable(True)
        self.area.setChecked(False)
        self.area.setOutputCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        if iface is not None and iface.mapCanvas() is not None:
            self.area.setMapCanvas(iface.mapCanvas())
        layout.addWidget(self.area)
        layout.addStretch(1)

    def _number(self, name: str, value: float, low: float, high: float, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSuffix(suffix)
        spin.setValue(value)
        spin.setMinimumWidth(110)
        return spin

    def initializePage(self):  # noqa: N802
        # The collection period defaults to the dates found in the data (the user narrows it).
        layer = self.wizard().layer_page.survey.currentLayer()
        if layer is not None and layer is not self._fields_of:
            self._fields_of = layer
            self.duplicate_keys.clear()
            for name in layer.fields().names():
                if name not in ("fid", UUID_COLUMN):
                    self.duplicate_keys.addItemWithCheckState(name, Qt.CheckState.Unchecked, name)
            self.outlier_group.setLayer(layer)
            self.outlier_group.setField("")
            if not self.area.isChecked():  # proposed: the survey's own extent, to narrow down
                self.area.setOriginalExtent(layer.extent(), layer.crs())
                self.area.setCurrentExtent(layer.extent(), layer.crs())
                self.area.setOutputExtentFromOriginal()
                self.area.setChecked(False)  # setting an extent ticks the box: the user decides
        if layer is None or self.period.isChecked():
            return
        for column in ("today", "start"):
            index = layer.fields().indexOf(column)
            if index < 0:
                continue
            low, high = layer.minimumValue(index), layer.maximumValue(index)
            low = low.date() if hasattr(low, "date") else low
            high = high.date() if hasattr(high, "date") else high
            if isinstance(low, QDate) and isinstance(high, QDate) and low.isValid() and high.isValid():
                self.period_start.setDate(low)
                self.period_end.setDate(high)
                return

    def enabled_checks(self) -> tuple[str, ...]:
        return tuple(name for name in CHECK_NAMES if self.checks[name].isChecked())

    def config(self, **more) -> ChecksConfig:
        """The ChecksConfig these widgets describe (admin areas and gazetteer passed in ``more``)."""
        values = {
            "enabled": self.enabled_checks(),
            "duplicate_keys": tuple(self.duplicate_keys.checkedItemsData()),
            "outlier_group": self.outlier_group.currentField() or "",
            "min_duration_min": self.min_duration.value(),
            "max_duration_min": self.max_duration.value(),
            "max_precision_m": self.max_precision.value(),
            "iqr_factor": self.iqr_factor.value(),
            "robust_z": self.robust_z.value(),
            "burst_count": self.burst_count.value(),
            "burst_minutes": self.burst_minutes.value(),
        }
        if self.period.isChecked():
            values["period_start"] = self.period_start.date().toString(Qt.DateFormat.ISODate)
            values["period_end"] = self.period_end.date().toString(Qt.DateFormat.ISODate)
        extent = self.area.outputExtent()  # in EPSG:4326, the output CRS
        if self.area.isChecked() and not extent.isNull() and not extent.isEmpty():
            values["bbox"] = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        values.update(more)
        return ChecksConfig(**values)

    def isComplete(self):  # noqa: N802
        return bool(self.enabled_checks())


# -- page 3 ------------------------------------------------------------------------------------

def run_checks_on_layer(source: str, provider: str, name: str, form_path: str, config: ChecksConfig,
                        gpkg: str, feedback, admin: tuple | None = None) -> ChecksRun:
    """Read the layer, run the checks and keep the decisions of the log already in ``gpkg``.

    Runs in the task thread: the layer is opened again from its source there (QGIS layers belong
    to the main thread), and so is the ``admin`` layer ((layer_for_task spec, P-code, name, parent
    P-code fields), or None): its areas and names go into the config. Nothing is written.
    """
    import dataclasses

    from ..core.cleaning import log as cleaning_log
    from ..core.cleaning.checks import run_checks
    from ..core.cleaning.checks.layers import areas_from_layer, gazetteer_from_layer, layer_to_frame
    from ..core.survey.xlsform import read_xlsform

    if admin is not None:
        spec, code, label, parent = admin
        admin_layer = open_in_task(spec)
        config = dataclasses.replace(config, admin_areas=areas_from_layer(admin_layer, code, label),
                                     gazetteer=gazetteer_from_layer(admin_layer, code, label, parent))
    form = read_xlsform(form_path) if form_path else None
    layer = QgsVectorLayer(source, name, provider)
    if not layer.isValid():
        raise CartongError(tr("The layer {layer} cannot be read from {source}.").format(layer=name, source=source))
    frame = layer_to_frame(layer, feedback)
    if config.uuid_column not in frame.columns:
        raise CartongError(tr("The layer {layer} has no field {field}: it is needed to name each submission "
                              "in the cleaning log.").format(layer=name, field=config.uuid_column))

    def progress(fraction, check):
        if feedback.isCanceled():
            raise CartongError(tr("Cancelled."))
        feedback.setProgress(20 + 75 * fraction)
        feedback.pushInfo(tr("Check: {check}").format(check=check))

    fresh = run_checks(frame, form, config, progress=progress)
    counts = {name: 0 for name in config.enabled}
    for entry in fresh:
        counts[family_of(entry)] = counts.get(family_of(entry), 0) + 1
    previous = cleaning_log.read_log_from_gpkg(gpkg) if Path(gpkg).exists() else []
    merged = cleaning_log.merge_logs(previous, fresh)
    kept = sum(1 for a, b in zip(merged, fresh) if a is not b)
    feedback.setProgress(100)
    return ChecksRun(merged, frame, counts, kept)


class RunPage(WizardPage):
    def __init__(self, parent=None):
        super().__init__("clean_run", tr("Run the checks"),
                         tr("QGIS stays usable while the checks run. Nothing is written until you save the "
                            "log on the next page."), parent)
        layout = QVBoxLayout(self)
        self.status = plain_label("", self, "run_status")  # errors quote survey values
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("run_progress")
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("run_cancel")
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.summary = QTableWidget(0, 2, self)
        self.summary.setObjectName("run_summary")
        self.summary.setHorizontalHeaderLabels([tr("Check"), tr("Rows in the log")])
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.summary.verticalHeader().setVisible(False)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setMaximumWidth(560)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.cancel)
        self.task = None
        self.result: ChecksRun | None = None

    def initializePage(self):  # noqa: N802
        wizard = self.wizard()
        layer = wizard.layer_page.survey.currentLayer()
        self.result = None
        self.summary.setRowCount(0)
        self.progress.setValue(0)
        try:
            admin = wizard.admin_layer()
        except CartongError as err:
            self._failed(str(err))
            return
        args = (layer.source(), layer.providerType(), layer.name(), wizard.layer_page.form.filePath(),
                wizard.checks_page.config(), survey_geopackage(layer))
        self.task = CoreTask(tr("Checking {layer}").format(layer=layer.name()),
                             lambda feedback: run_checks_on_layer(*args, feedback, admin=admin))
        follow_task(self, self.task, self._done, self._failed, self._cancelled)
        self.status.setText(trn("Checking %n submission…", "Checking %n submissions…", layer.featureCount()))
        self.cancel_button.setEnabled(True)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def cleanupPage(self):  # noqa: N802  (Back: stop a run that is no longer wanted)
        self.cancel()
        super().cleanupPage()

    def cancel(self) -> None:
        if self.task is not None and self.task.is_running():
            self.task.cancel()

    def running(self) -> bool:
        return self.task is not None and self.task.is_running()

    def _done(self, result: ChecksRun) -> None:
        self.result = result
        self.cancel_button.setEnabled(False)
        self.progress.setValue(100)
        titles = check_titles()
        self.summary.setRowCount(len(result.counts))
        for row, (name, count) in enumerate(result.counts.items()):
            self.summary.setItem(row, 0, QTableWidgetItem(titles.get(name, name)))
            item = QTableWidgetItem(str(count))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.summary.setItem(row, 1, item)
        text = tr("{rows} rows for {submissions} submissions.").format(
            rows=len(result.entries), submissions=len({e.uuid for e in result.entries}))
        if result.kept_decisions:
            text += " " + trn("%n decision of the saved log is kept.", "%n decisions of the saved log are kept.",
                               result.kept_decisions)
        self.status.setText(text)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(message)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self._failed(tr("Checks cancelled: no cleaning log was written. Click Back, then Next to run them "
                        "again."))

    def isComplete(self):  # noqa: N802
        return self.result is not None


# -- page 4 ------------------------------------------------------------------------------------

class ReviewPage(WizardPage):
    """The cleaning log of the run in a CleaningLogView (edits, export/import, save, zoom)."""

    def __init__(self, iface=None, parent=None):
        super().__init__("clean_log", tr("Review the cleaning log"),
                         tr("Decide each row: change_response (set new_value), remove_survey, no_action or "
                            "pending. Double-click a row to see the submission on the map. Field teams can "
                            "edit an exported copy; import it back when they are done."), parent)
        self.view = CleaningLogView(iface, self)
        QVBoxLayout(self).addWidget(self.view)
        self._loaded = None  # the ChecksRun shown

    def initializePage(self):  # noqa: N802
        run = self.wizard().run_page.result
        if run is self._loaded:  # back from the apply page: keep the rows as reviewed (or imported)
            return
        self._loaded = run
        self.view.set_log(run.entries, run.frame, self.wizard().layer_page.survey.currentLayer())


# -- page 5 ------------------------------------------------------------------------------------

def build_cleaned_layer(source: str, gpkg: str, feedback) -> dict:
    """Run cartong:applycleaninglog on ``source`` with the log of ``gpkg``; store its output as
    CLEANED_LAYER in ``gpkg`` only when complete (a cancelled or failed run leaves the old one)."""
    from osgeo import gdal
    from qgis.core import QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException

    from ..processing.apply_log import ApplyCleaningLogAlgorithm

    algorithm = ApplyCleaningLogAlgorithm()
    algorithm.initAlgorithm({})
    with tempfile.TemporaryDirectory(prefix="cartong_clean_") as folder:
        output = str(Path(folder) / "cleaned.gpkg")
        try:
            results, ok = QgsProcessingAlgorithm.run(algorithm, {"INPUT": source, "OUTPUT": output},
                                                     QgsProcessingContext(), feedback, {}, False)
        except QgsProcessingException as err:
            raise CartongError(str(err)) from err
        if not ok or feedback.isCanceled():
            raise CartongError(tr("Cancelled."))
        with gdal_exceptions():
            copied = gdal.VectorTranslate(gpkg, output, format="GPKG", accessMode="overwrite",
                                          layerName=CLEANED_LAYER, options=["-preserve_fid"])
        if copied is None:
            raise CartongError(tr("The cleaned layer could not be written into {file}.").format(file=gpkg))
        copied = None
    results["OUTPUT"] = f"{gpkg}|layername={CLEANED_LAYER}"
    return results


class ApplyPage(WizardPage):
    def __init__(self, parent=None):
        super().__init__("clean_apply", tr("Apply the cleaning log"),
                         tr("The reviewed log is saved, then applied: the cleaned copy is the layer "
                            "'survey_cleaned' of the same GeoPackage. The raw data stays as it was."), parent)
        layout = QVBoxLayout(self)
        self.status = plain_label("", self, "apply_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("apply_progress")
        self.counts = plain_label("", self, "apply_counts")
        self.advice = plain_label("", self, "apply_advice")
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        self.task = None
        self.results: dict | None = None
        self.cleaned_layer = None

    def initializePage(self):  # noqa: N802
        review = self.wizard().review_page.view
        self.results = None
        for label in (self.counts, self.advice):
            label.clear()
        self.progress.setValue(0)
        if not review.save():
            self.status.setText(tr("The cleaning log could not be saved; nothing was applied."))
            return
        layer = review.layer
        gpkg = survey_geopackage(layer)
        source = layer.source()
        self.task = CoreTask(tr("Applying the cleaning log to {layer}").format(layer=layer.name()),
                             lambda feedback: build_cleaned_layer(source, gpkg, feedback))
        follow_task(self, self.task, self._done, self._failed,
                    lambda: self._failed(tr("Cancelled: the cleaned layer was not changed.")))
        self.status.setText(tr("Building the cleaned layer…"))
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def cleanupPage(self):  # noqa: N802
        if self.task is not None and self.task.is_running():
            self.task.cancel()
        super().cleanupPage()

    def _done(self, results: dict) -> None:
        self.results = results
        self.progress.setValue(100)
        self.status.setText(tr("The cleaned layer 'survey_cleaned' is in {file} and in the project.").format(
            file=results["OUTPUT"].split("|")[0]))
        self.counts.setText(tr("{changed} values changed, {removed} submissions removed, {pending} log rows still "
                               "pending, {kept} kept as they are.").format(
            changed=results["CHANGED_VALUES"], removed=results["REMOVED_SUBMISSIONS"], pending=results["PENDING"],
            kept=results["NO_ACTION"]))
        if results["PENDING"]:
            self.advice.setText(tr("Pending rows change nothing. Decide them (Back), or send the exported log to "
                                   "the field team, then apply again: the cleaned layer is rebuilt from the "
                                   "imported data each time."))
        self.cleaned_layer = add_cleaned_layer(results["OUTPUT"])
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.completeChanged.emit()

    def isComplete(self):  # noqa: N802
        return self.results is not None


def add_cleaned_layer(uri: str):
    """Add the cleaned layer to the project, or reload it when it is already there."""
    project = QgsProject.instance()
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.source() == uri:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
            return layer
    layer = QgsVectorLayer(uri, tr("survey (cleaned)"), "ogr")
    if layer.isValid():
        project.addMapLayer(layer)
        return layer
    return None


# -- the wizard --------------------------------------------------------------------------------

class CleaningWizard(CartongWizard):
    """Check and clean a survey in five pages; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongCleaningWizard", tr("Check and clean survey data"), iface, parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(900, 620)
        self.layer_page = LayerPage(iface, self)
        self.checks_page = ChecksPage(iface, self)
        self.run_page = RunPage(self)
        self.review_page = ReviewPage(iface, self)
        self.apply_page = ApplyPage(self)
        pages = (self.layer_page, self.checks_page, self.run_page, self.review_page, self.apply_page)
        for page in pages:
            page.setProperty("cartong_help_page", page.objectName())
        self.add_pages(*pages)
        self.install_help()

    def admin_layer(self) -> tuple | None:
        """The admin layer chosen, as the checks task reads it: (layer_for_task spec, P-code field, name
        field, parent P-code field); None without one. Its features are read in the task, not here."""
        page = self.layer_page
        admin = page.admin.currentLayer()
        if admin is None:
            return None
        code, name = page.admin_code.currentField(), page.admin_name.currentField()
        if not code or not name:
            raise CartongError(tr("Choose the P-code and name fields of the admin layer {layer}.").format(
                layer=admin.name()))
        return layer_for_task(admin), code, name, page.admin_parent.currentField()

    def reject(self):
        if self.review_page.view.model.dirty and self.isVisible():
            answer = QMessageBox.question(
                self, tr("Unsaved cleaning log"),
                tr("The decisions in the cleaning log are not saved. Close the wizard and lose them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        for task in (self.run_page.task, self.apply_page.task):
            if task is not None and task.is_running():
                task.cancel()
        super().reject()


__all__ = ["CLEANED_LAYER", "CleaningWizard"]
