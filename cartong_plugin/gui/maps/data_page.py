# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard's data page: survey, admin areas and P-codes, the question mapped, the classes.

It guesses sensible defaults (the cleaned survey, the P-code fields, the first numeric question)
so that the sample survey maps without a change.
"""

from __future__ import annotations

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from ...core.base.errors import CartongError
from ...core.base.i18n import tr
from ...core.maps.aggregate import DEFAULT_MIN_COUNT, STAT_MEAN, STAT_MEDIAN
from ...core.maps.map_texts import MAP_COUNT, MAP_POINTS, MAP_SHARE
from ..wizard_common import PROBLEM_STYLE, plain_label
from .jobs import CHOROPLETHS, MAP_NUMBER, NEEDS_COUNTS, WITH_THRESHOLD
from .pages_common import growing_form


def classification_methods() -> list[tuple[str, str, str]]:
    """(``method`` code of styles.choropleth_renderer, name, explanation)."""
    return [
        ("quantile", tr("Quantiles"), tr("About the same number of areas in each class.")),
        ("jenks", tr("Natural breaks (Jenks)"), tr("Class limits where the values jump.")),
        ("equal", tr("Equal intervals"), tr("Classes of the same width.")),
        ("pretty", tr("Rounded breaks"), tr("Round numbers as class limits.")),
        (
            "manual",
            tr("Limits of my own"),
            tr("Type the class limits, e.g. 10, 20, 50: maps of several rounds or surveys then compare."),
        ),
    ]


def _first_field(layer, wanted: list[str], contains: str = "") -> str:
    names = layer.fields().names() if layer is not None else []
    for name in wanted:
        if name in names:
            return name
    return next((n for n in names if contains and contains in n.lower()), "")


def _first_numeric_question(layer) -> str:
    """The first numeric field that is a question (not metadata like _id or the split GPS columns)."""
    if layer is None:
        return ""
    return next(
        (
            f.name()
            for f in layer.fields()
            if f.isNumeric() and not f.name().startswith("_") and f.name().lower() != "fid"
        ),
        "",
    )


def select_questions(layer) -> list[str]:
    """The questions with answer labels (``<q>`` beside ``<q>_label``): the select questions."""
    names = layer.fields().names() if layer is not None else []
    return [n for n in names if f"{n}_label" in names]


def answer_choices(layer, field: str) -> list[tuple[str, str]]:
    """(code, label) of the answers found for ``field``, most frequent first.

    A select_multiple column holds "distance cost": each listed code becomes one choice (the
    count matches a code inside the list, as ``aggregate.answer_matches`` does).
    """
    from ...core.maps.styles import labels_from_layer

    if layer is None or layer.fields().indexOf(field) < 0:
        return []
    labels = labels_from_layer(layer, field)
    if not any(" " in code for code in labels):
        return list(labels.items())
    single = {code: label for code, label in labels.items() if " " not in code}
    codes: list[str] = []
    for code in labels:
        codes += [part for part in code.split() if part not in codes]
    return [(code, single.get(code, code)) for code in codes]


# -- page 2 ------------------------------------------------------------------------------------


class DataPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("map_data")
        self.setTitle(tr("Data and admin areas"))
        self.setSubTitle(
            tr("Choose the survey, the admin boundaries with their P-codes, and how each submission finds its area.")
        )
        # Two columns: what is mapped (left), where and how (right); fits a 1366 x 768 laptop.
        columns = QHBoxLayout(self)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        survey_box = QGroupBox(tr("Survey"), self)
        form = growing_form(survey_box)
        self.survey = QgsMapLayerComboBox(survey_box)
        self.survey.setObjectName("survey_layer")
        self.survey.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        # Areas only unless the user decides otherwise: a household's point is personal data.
        self.show_points = QCheckBox(tr("Also show each submission as a point"), survey_box)
        self.show_points.setObjectName("show_points")
        self.show_points.setChecked(False)
        self.points_warning = plain_label("", survey_box, "points_warning")  # its text: _points_toggled
        self.points_warning.setVisible(False)
        self.show_points.toggled.connect(self._points_toggled)
        form.addRow(tr("Survey layer"), self.survey)
        form.addRow(self.show_points)
        form.addRow(self.points_warning)
        left.addWidget(survey_box)

        self.admin_box = QGroupBox(tr("Admin areas"), self)
        form = growing_form(self.admin_box)
        self.admin = QgsMapLayerComboBox(self.admin_box)
        self.admin.setObjectName("admin_layer")
        self.admin.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.admin_code = QgsFieldComboBox(self.admin_box)
        self.admin_code.setObjectName("admin_code")
        self.admin_name = QgsFieldComboBox(self.admin_box)
        self.admin_name.setObjectName("admin_name")
        self.boundaries = QgsMapLayerComboBox(self.admin_box)
        self.boundaries.setObjectName("upper_boundaries")
        self.boundaries.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.boundaries.setAllowEmptyLayer(True)
        self.labels = QCheckBox(tr("Write the area names where they fit"), self.admin_box)
        self.labels.setObjectName("area_labels")
        form.addRow(tr("Admin boundaries"), self.admin)
        form.addRow(tr("P-code field"), self.admin_code)
        form.addRow(tr("Name field"), self.admin_name)
        form.addRow(tr("Upper level (optional)"), self.boundaries)
        form.addRow(self.labels)
        right.addWidget(self.admin_box)

        # Why Next is disabled, in words, with a way out when the boundaries are missing.
        self.reason = plain_label("", self, "missing_reason")
        self.reason.setStyleSheet(PROBLEM_STYLE)
        self.load_sample = QPushButton(tr("Load the sample's boundaries"), self)
        self.load_sample.setObjectName("load_sample_boundaries")
        self.load_sample.setToolTip(
            tr("The admin areas of the sample survey (Central African Republic), admin1 and admin2.")
        )
        self.load_own = QPushButton(tr("Load my boundaries…"), self)
        self.load_own.setObjectName("load_own_boundaries")
        self.load_own.setToolTip(
            tr("A GeoPackage, shapefile or GeoJSON of admin areas with their P-codes (e.g. an OCHA COD-AB).")
        )
        self.load_sample.clicked.connect(self.load_sample_boundaries)
        self.load_own.clicked.connect(self._ask_boundaries)
        load_row = QHBoxLayout()
        load_row.addWidget(self.load_sample)
        load_row.addWidget(self.load_own)
        load_row.addStretch(1)
        right.addWidget(self.reason)
        right.addLayout(load_row)

        self.join_box = QGroupBox(tr("Each submission counts in the area…"), self)
        join = QGridLayout(self.join_box)
        self.by_location = QRadioButton(tr("where its GPS point falls"), self.join_box)
        self.by_location.setObjectName("join_location")
        self.by_pcode = QRadioButton(tr("whose P-code it gives"), self.join_box)
        self.by_pcode.setObjectName("join_pcode")
        self.by_pcode.setToolTip(tr("Also counts the submissions without GPS, and the ones whose GPS point is wrong."))
        self.by_location.setChecked(True)
        self.join_field = QgsFieldComboBox(self.join_box)
        self.join_field.setObjectName("join_field")
        self.join_field.setEnabled(False)
        self.by_pcode.toggled.connect(self.join_field.setEnabled)
        join.addWidget(self.by_location, 0, 0, 1, 2)
        join.addWidget(self.by_pcode, 1, 0)
        join.addWidget(self.join_field, 1, 1)
        join.setColumnStretch(1, 1)
        right.addWidget(self.join_box)
        right.addStretch(1)

        self.question_box = QGroupBox(tr("Question"), self)
        form = growing_form(self.question_box)
        self.question = QgsFieldComboBox(self.question_box)
        self.question.setObjectName("question")
        self.answer = QComboBox(self.question_box)
        self.answer.setObjectName("answer")
        self.answer_label = QLabel(tr("Answer to count"), self.question_box)
        self.number = QgsFieldComboBox(self.question_box)
        self.number.setObjectName("number_question")
        self.number.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.statistic = QComboBox(self.question_box)
        self.statistic.setObjectName("statistic")
        self.statistic.addItem(tr("Mean"), STAT_MEAN)
        self.statistic.addItem(tr("Median (less swayed by a few extreme answers)"), STAT_MEDIAN)
        self.question_label = QLabel(tr("Question"), self.question_box)
        self.number_label = QLabel(tr("Numeric question"), self.question_box)
        self.statistic_label = QLabel(tr("Statistic"), self.question_box)
        form.addRow(self.question_label, self.question)
        form.addRow(self.answer_label, self.answer)
        form.addRow(self.number_label, self.number)
        form.addRow(self.statistic_label, self.statistic)
        left.addWidget(self.question_box)

        self.classes_box = QGroupBox(tr("Classes"), self)
        form = growing_form(self.classes_box)
        self.method = QComboBox(self.classes_box)
        self.method.setObjectName("class_method")
        for code, title, explanation in classification_methods():
            self.method.addItem(title, code)
            self.method.setItemData(self.method.count() - 1, explanation, Qt.ItemDataRole.ToolTipRole)
        self.classes = QSpinBox(self.classes_box)
        self.classes.setMaximumWidth(90)
        self.classes.setObjectName("class_count")
        self.classes.setRange(2, 7)
        self.classes.setValue(5)
        self.min_count = QSpinBox(self.classes_box)
        self.min_count.setMaximumWidth(160)
        self.min_count.setObjectName("min_count")
        self.min_count.setRange(1, 1000)
        self.min_count.setValue(DEFAULT_MIN_COUNT)
        self.min_count.setToolTip(
            tr("Areas with fewer submissions show 'insufficient data', not a percentage or a mean.")
        )
        self.min_count_label = QLabel(tr("Percentages from"), self.classes_box)
        self.min_count.setSuffix(tr(" submissions"))
        self.breaks = QLineEdit(self.classes_box)
        self.breaks.setObjectName("class_breaks")
        self.breaks.setPlaceholderText(tr("e.g. 10, 20, 50"))
        self.breaks.setToolTip(
            tr(
                "The upper limit of each class but the last, increasing. The first class "
                "starts at the smallest value, the last ends at the largest."
            )
        )
        self.breaks_label = QLabel(tr("Class limits"), self.classes_box)
        form.addRow(tr("Method"), self.method)
        form.addRow(self.breaks_label, self.breaks)
        form.addRow(tr("Number of classes"), self.classes)
        form.addRow(self.min_count_label, self.min_count)
        left.addWidget(self.classes_box)
        left.addStretch(1)

        self.method.currentIndexChanged.connect(self._method_changed)
        self.breaks.textChanged.connect(self.completeChanged)
        self._method_changed()
        self.survey.layerChanged.connect(self._survey_changed)
        self.admin.layerChanged.connect(self._admin_changed)
        self.question.fieldChanged.connect(self._question_changed)
        for signal in (
            self.admin_code.fieldChanged,
            self.admin_name.fieldChanged,
            self.join_field.fieldChanged,
            self.by_pcode.toggled,
            self.answer.currentIndexChanged,
            self.number.fieldChanged,
        ):
            signal.connect(self.completeChanged)
        self.choose_default_layers()

    def _method_changed(self, *_args) -> None:
        manual = self.method.currentData() == "manual"
        self.breaks.setVisible(manual)
        self.breaks_label.setVisible(manual)
        self.classes.setEnabled(not manual)  # the limits make the classes
        self.completeChanged.emit()

    def class_limits(self) -> list | None:
        """The limits typed by hand when the method is "manual" (CartongError when not numbers), else None."""
        from ...core.maps.classes import parse_breaks

        if self.method.currentData() != "manual":
            return None
        return parse_breaks(self.breaks.text()) or None

    def choose_default_layers(self) -> None:
        """The survey (cleaned first), admin2 and admin1 when the project has them."""
        from ..survey_sources import default_survey_layer

        layers = list(QgsProject.instance().mapLayers().values())
        survey = default_survey_layer(layers)
        if survey is not None:
            self.survey.setLayer(survey)
        polygons = {lyr.name(): lyr for lyr in layers if isinstance(lyr, QgsVectorLayer)}
        if "admin2" in polygons:
            self.admin.setLayer(polygons["admin2"])
        # The empty entry unless there is an admin1 (the combo would pick the first polygon layer).
        upper = polygons.get("admin1")
        self.boundaries.setLayer(upper if upper is not self.admin.currentLayer() else None)
        self._survey_changed(self.survey.currentLayer())
        self._admin_changed(self.admin.currentLayer())

    def _default_join_field(self) -> None:
        """The survey's admin question of the admin layer's level (its answers are P-codes)."""
        admin = self.admin.currentLayer()
        level = "admin1" if admin is not None and admin.fields().indexOf("adm2_pcode") < 0 else "admin2"
        self.join_field.setField(_first_field(self.survey.currentLayer(), [level, "admin2", "admin1"], "pcode"))

    def _survey_changed(self, layer) -> None:
        self.question.setLayer(layer)
        self.number.setLayer(layer)
        self.number.setField(_first_field(layer, ["hh_size", "income_month"]) or _first_numeric_question(layer))
        self.join_field.setLayer(layer)
        self._default_join_field()
        questions = select_questions(layer)
        preferred = [q for q in questions if not q.startswith("admin")] or questions
        if preferred:
            self.question.setField(preferred[0])
        self._points_toggled(self.show_points.isChecked())
        self.completeChanged.emit()

    def _admin_changed(self, layer) -> None:
        self.admin_code.setLayer(layer)
        self.admin_name.setLayer(layer)
        self.admin_code.setField(_first_field(layer, ["adm2_pcode", "adm1_pcode"], "pcode"))
        self.admin_name.setField(_first_field(layer, ["adm2_name", "adm1_name"], "name"))
        self._default_join_field()
        self.completeChanged.emit()

    def _question_changed(self, field: str) -> None:
        self.answer.clear()
        for code, label in answer_choices(self.survey.currentLayer(), field):
            self.answer.addItem(label, code)
            self.answer.setItemData(self.answer.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.completeChanged.emit()

    def initializePage(self):  # noqa: N802
        if self.survey.currentLayer() is None or self.admin.currentLayer() is None:
            self.choose_default_layers()  # layers added since the wizard opened
        kind = self.wizard().type_page.map_type()
        no_counts = kind not in NEEDS_COUNTS
        self.admin_box.setTitle(tr("Admin areas (optional, shown in grey)") if no_counts else tr("Admin areas"))
        self.join_box.setVisible(not no_counts)
        self.boundaries.setEnabled(not no_counts)
        self.labels.setVisible(kind in CHOROPLETHS)
        self.show_points.setVisible(kind in CHOROPLETHS)
        self.question_box.setVisible(kind in (MAP_SHARE, MAP_POINTS, MAP_NUMBER))
        for widget in (self.question, self.question_label):
            widget.setVisible(kind in (MAP_SHARE, MAP_POINTS))
        self.answer.setVisible(kind == MAP_SHARE)
        self.answer_label.setVisible(kind == MAP_SHARE)
        for widget in (self.number, self.number_label, self.statistic, self.statistic_label):
            widget.setVisible(kind == MAP_NUMBER)
        self.classes_box.setVisible(kind in CHOROPLETHS)
        self.min_count.setVisible(kind in WITH_THRESHOLD)
        self.min_count_label.setVisible(kind in WITH_THRESHOLD)
        self.min_count_label.setText(tr("Percentages from") if kind == MAP_SHARE else tr("Means from"))
        self.completeChanged.emit()

    def missing(self) -> str:
        """Why Next is disabled, in a sentence; "" when the page is complete."""
        wizard = self.wizard()
        kind = wizard.type_page.map_type() if wizard is not None else MAP_COUNT
        if self.survey.currentLayer() is None:
            return tr("No survey layer with points in the project: import a survey first (step 1).")
        if kind in (MAP_SHARE, MAP_POINTS) and not self.question.currentField():
            return tr("Choose the question to map.")
        if kind == MAP_SHARE and self.answer.currentData() in (None, ""):
            return tr("The question has no answer to count: choose another question.")
        if kind == MAP_NUMBER and not self.number.currentField():
            return tr("The survey has no numeric question: choose another kind of map.")
        if kind in CHOROPLETHS and self.method.currentData() == "manual":
            try:
                limits = self.class_limits()
            except CartongError as err:
                self.breaks.setToolTip(str(err))
                return str(err)
            if not limits:
                return tr("Type the class limits, e.g. 10, 20, 50.")
        if kind not in NEEDS_COUNTS:  # the admin areas are an optional background
            return ""
        if self.admin.currentLayer() is None:
            return tr(
                "No admin boundaries in the project: this map counts the submissions per area. Load "
                "the sample's boundaries or your own."
            )
        if not self.admin_code.currentField():
            return tr("Choose the P-code field of the admin boundaries.")
        if self.by_pcode.isChecked() and not self.join_field.currentField():
            return tr("Choose the question whose answers are the P-codes.")
        return ""

    def isComplete(self):  # noqa: N802
        missing = self.missing()
        self.reason.setText(missing)
        self.reason.setVisible(bool(missing))
        no_admin = self.admin.currentLayer() is None
        self.load_sample.setVisible(no_admin)
        self.load_own.setVisible(no_admin)
        return not missing

    def _points_toggled(self, on: bool) -> None:
        # the same decision as cartong:exportmappdf's: a protected copy's points need no warning
        from ...core.protection.map_points import unprotected_points_warning

        warning = unprotected_points_warning(self.survey.currentLayer()) if on else ""
        self.points_warning.setText(warning)
        self.points_warning.setVisible(bool(warning))

    def load_sample_boundaries(self) -> list:
        """Add the sample's admin1 and admin2 to the project and choose admin2."""
        from ...core.base.paths import sample_dir

        return self.load_boundaries(str(sample_dir() / "admin_boundaries.gpkg"))

    def _ask_boundaries(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Admin boundaries"), "", tr("Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)")
        )
        if path:
            self.load_boundaries(path)

    def load_boundaries(self, path: str) -> list:
        """Add the polygon layers of ``path`` to the project; the most detailed one becomes the admin layer."""
        from ...core.base.gdal_errors import gdal_exceptions

        names = []
        try:
            with gdal_exceptions():
                from osgeo import ogr

                dataset = ogr.Open(path)
                names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
                dataset = None
        except RuntimeError as err:
            self.reason.setText(tr("{file} cannot be read: {error}").format(file=path, error=err))
            return []
        added = []
        for name in names:
            layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
            if layer.isValid() and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
                added.append(layer)
        if not added:
            self.reason.setText(tr("{file} has no layer of areas (polygons).").format(file=path))
            return []
        QgsProject.instance().addMapLayers(added)
        self.choose_default_layers()
        if self.admin.currentLayer() is None:  # other names than admin1/admin2: the last (most detailed) level
            self.admin.setLayer(added[-1])
        self.completeChanged.emit()
        return added

    def number_text(self) -> str:
        layer, field = self.survey.currentLayer(), self.number.currentField()
        index = layer.fields().indexOf(field) if layer is not None else -1
        return layer.attributeDisplayName(index) if index >= 0 else field

    def answer_label_text(self) -> str:
        return self.answer.currentText()

    def question_text(self) -> str:
        layer, field = self.survey.currentLayer(), self.question.currentField()
        index = layer.fields().indexOf(field) if layer is not None else -1
        return layer.attributeDisplayName(index) if index >= 0 else field
