# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning wizard's first pages: the survey layer, its form and admin areas; the checks to run
and their thresholds.
"""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsCheckableComboBox, QgsExtentGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.base.i18n import left_to_right, tr
from ...core.cleaning.checks import CHECK_NAMES, ChecksConfig
from ...core.cleaning.log import UUID_COLUMN
from ..wizard_common import WizardPage, optional_file_ok, plain_label
from .log_words import check_titles
from .survey_layers import is_survey_layer, survey_geopackage

# -- page 1 ------------------------------------------------------------------------------------


class LayerPage(WizardPage):
    def __init__(self, iface=None, parent=None):
        super().__init__(
            "clean_layer",
            tr("Survey layer and form"),
            tr(
                "Choose the imported survey layer, the XLSForm it was collected with (required "
                "questions, constraints and skip logic are then checked) and, if you have them, "
                "the admin boundaries of the area surveyed."
            ),
            parent,
        )
        self.iface = iface
        layout = QFormLayout(self)
        self.survey = QgsMapLayerComboBox(self)
        self.survey.setObjectName("survey_layer")
        self.survey.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.form = QgsFileWidget(self)
        self.form.setObjectName("form_file")
        from ...core.survey.xlsform import xlsform_file_filter

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
        self.form.fileChanged.connect(self._form_chosen)
        self._suggested_form = ""  # the form this page filled in from the import's metadata
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
            admin2 = [layer for layer in layers if layer.name() == "admin2" and isinstance(layer, QgsVectorLayer)]
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
        for combo, default in (
            (self.admin_code, "adm2_pcode"),
            (self.admin_name, "adm2_name"),
            (self.admin_parent, "adm1_pcode"),
        ):
            combo.setLayer(layer)
            if layer is not None and layer.fields().indexOf(default) >= 0:
                combo.setField(default)
            combo.setEnabled(layer is not None)

    def _form_chosen(self, path: str) -> None:
        if path != self._suggested_form:
            self._suggested_form = ""  # the user's own choice: kept when the layer changes

    def _suggest_form(self, layer) -> None:
        """The XLSForm the import of this survey used, unless the user chose one."""
        from ..survey_sources import imported_form

        if self.form.filePath() and not self._suggested_form:
            return
        self._suggested_form = imported_form(survey_geopackage(layer)) if layer is not None else ""
        self.form.setFilePath(self._suggested_form)

    def _survey_changed(self, layer) -> None:
        self._suggest_form(layer)
        if layer is None:
            self.note.setText(
                tr(
                    "No survey layer in the project: import a survey first (step 1), or add the "
                    "'survey' layer of its GeoPackage."
                )
            )
        else:
            self.note.setText(
                tr("The cleaning log is kept in {file}; the raw data is never changed.").format(
                    file=left_to_right(survey_geopackage(layer))
                )
            )
        self.completeChanged.emit()

    def isComplete(self):  # noqa: N802
        return self.survey.currentLayer() is not None and optional_file_ok(self.form)


# -- page 2 ------------------------------------------------------------------------------------


class ChecksPage(WizardPage):
    def __init__(self, iface=None, parent=None):
        super().__init__(
            "clean_checks",
            tr("Checks and thresholds"),
            tr(
                "The defaults suit a household survey. Each flagged value becomes a row of the "
                "cleaning log that you review on the next pages."
            ),
            parent,
        )
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
        # Without admin boundaries typed names have nothing to be matched to: the check is unticked,
        # and said so, rather than run and reported with 0 rows as if every name were right.
        self.boundaries_note = plain_label("", self, "boundaries_note")
        layout.addWidget(self.boundaries_note)
        self._names_wanted = self.checks["admin_names"].isChecked()  # the user's choice, when it can run

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
        self.duplicate_keys.setToolTip(
            tr(
                "Questions that together identify a household, e.g. household id and "
                "date: two submissions with the same values are flagged"
            )
        )
        self.outlier_group = QgsFieldComboBox(limits)
        self.outlier_group.setObjectName("outlier_group")
        self.outlier_group.setAllowEmptyFieldName(True)
        self.outlier_group.setMinimumWidth(300)
        self.outlier_group.setToolTip(
            tr("Compare numbers within groups of this question (e.g. admin1); empty: the whole survey")
        )
        self._fields_of = None  # the layer whose fields the two combos list
        form.addRow(tr("Key questions for duplicates"), self.duplicate_keys)
        form.addRow(tr("Compare numbers within groups of"), self.outlier_group)
        # Plain words first; the statistician's term in the tooltip (and the help page).
        self.iqr_factor.setToolTip(
            tr(
                "Outlier fences, in interquartile ranges: a number is flagged when it lies "
                "this many times the spread of the middle half of the answers below the "
                "first quartile or above the third. 1.5 is usual; 3 flags only extremes."
            )
        )
        self.robust_z.setToolTip(
            tr(
                "Robust z-score: how many typical deviations (median absolute deviation) a "
                "number lies from the median. 3.5 is usual."
            )
        )
        form.addRow(
            self._term(tr("How far from the usual answers a number is flagged"), self.iqr_factor), self.iqr_factor
        )
        form.addRow(self._term(tr("How unusual a number must be to be flagged"), self.robust_z), self.robust_z)
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

    def _term(self, text: str, field) -> QLabel:
        """A form label in plain words carrying its field's tooltip (the technical term)."""
        label = QLabel(text, self)
        label.setToolTip(field.toolTip())
        label.setBuddy(field)
        return label

    def _number(self, name: str, value: float, low: float, high: float, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSuffix(suffix)
        spin.setValue(value)
        spin.setMinimumWidth(110)
        return spin

    def follow_boundaries(self, has_boundaries: bool) -> None:
        """Typed admin names need the admin boundaries of page 1: without them the check is off, and
        the note says why and what the GPS check then does without them."""
        names = self.checks["admin_names"]
        if names.isEnabled() and not has_boundaries:
            self._names_wanted = names.isChecked()
        names.setEnabled(has_boundaries)
        names.setChecked(self._names_wanted if has_boundaries else False)
        names.setToolTip("" if has_boundaries else self._no_boundaries_reason())
        self.boundaries_note.setText("" if has_boundaries else self._no_boundaries_reason())
        self.boundaries_note.setVisible(not has_boundaries)

    @staticmethod
    def _no_boundaries_reason() -> str:
        return tr(
            "Not run: choose the admin boundaries on the first page (Back) to check typed admin names. "
            "Without them, GPS points are checked against the area of interest below only when you tick it."
        )

    def initializePage(self):  # noqa: N802
        self.follow_boundaries(self.wizard().layer_page.admin.currentLayer() is not None)
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
