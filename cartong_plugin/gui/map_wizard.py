# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard: kind of map -> data -> layout -> export (PDF, PNG or SVG).

A thin layer over ``core`` calling what ``cartong:countbyadmin`` and ``cartong:exportmappdf``
call: ``aggregate.count_layer`` counts the submissions per admin area in a CoreTask (layers
reopened in the task thread), or the mean or median of a numeric question; the layout is then
built with ``layouts.build_choropleth_layout`` (``build_atlas_layout`` for an atlas),
``build_points_layout``, ``build_proportional_layout`` or ``build_heatmap_layout`` and written by
``export.export_layout`` (``export_atlas``) on the main thread, where Qt graphics scenes live
(hence FlagNoThreading on cartong:exportmappdf). Default titles come from ``layouts.default_title``.
The layout stays in the project's layout manager, so the user can adjust it by hand.
The pages are here; what they run (counting in a task, building and exporting the layout) is in
``map_jobs``.
"""
from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsMessageLog,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QPixmap
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.base.errors import CartongError
from ..core.base.i18n import tr, trn
from ..core.base.paths import resources_dir
from ..core.maps.aggregate import (
    DEFAULT_MIN_COUNT,
    STAT_MEAN,
    STAT_MEDIAN,
    duplicates_warning,
)
from ..core.maps.layouts import MAP_COUNT, MAP_HEATMAP, MAP_POINTS, MAP_PROPORTIONAL, MAP_SHARE, MapTexts
from .map_jobs import (
    CHOROPLETHS,
    MAP_NUMBER,
    NEEDS_COUNTS,
    WITH_THRESHOLD,
    MapChoices,
    build_layout,
    count_in_task,
    counts_table_name,
    export_map,
    store_counts,
    table_name,
)
from .tasks import CoreTask, layer_for_task
from .wizard_common import CartongWizard

SURVEY_NAMES = ("survey_cleaned", "survey")  # the cleaned copy first: maps show cleaned data
SETTINGS_PREFIX = "cartong/map/"
LOG_TAG = "CartONG"


def map_types() -> list[tuple[str, str, str]]:
    """(key, title, explanation) of each kind of map the core can draw."""
    return [
        (MAP_COUNT, tr("Choropleth: submissions per admin area"),
         tr("Each area coloured by its number of submissions, in colour-blind-safe classes.")),
        (MAP_SHARE, tr("Choropleth: share of an answer per admin area (%)"),
         tr("Each area coloured by the share of submissions giving one answer. Areas with too few "
            "submissions show 'insufficient data' instead of a misleading percentage.")),
        (MAP_NUMBER, tr("Choropleth: mean or median of a number per admin area"),
         tr("Each area coloured by the mean or median answer to a numeric question (household size, "
            "income…); too few answers show 'insufficient data', not a misleading mean.")),
        (MAP_PROPORTIONAL, tr("Proportional circles: submissions per admin area"),
         tr("A circle at the centre of each area, its surface proportional to the number of submissions.")),
        (MAP_POINTS, tr("Points coloured by the answer to a question"),
         tr("Where the submissions were collected, one colour per answer (labels from the form).")),
        (MAP_HEATMAP, tr("Heatmap of the submissions"),
         tr("Where the submissions concentrate: light yellow (few) to dark red (many).")),
    ]


def classification_methods() -> list[tuple[str, str, str]]:
    """(``method`` code of styles.choropleth_renderer, name, explanation)."""
    return [("quantile", tr("Quantiles"), tr("About the same number of areas in each class.")),
            ("jenks", tr("Natural breaks (Jenks)"), tr("Class limits where the values jump.")),
            ("equal", tr("Equal intervals"), tr("Classes of the same width.")),
            ("pretty", tr("Rounded breaks"), tr("Round numbers as class limits.")),
            ("manual", tr("Limits of my own"), tr("Type the class limits, e.g. 10, 20, 50: maps of several "
                                                  "rounds or surveys then compare."))]


def preview_pixmap(page: str, width: int) -> QPixmap | None:
    """The PNG preview of a layout template (``resources/layouts/previews/<page>.png``), or None."""
    path = resources_dir() / "layouts" / "previews" / f"{page}.png"
    pixmap = QPixmap(str(path)) if path.is_file() else QPixmap()
    if pixmap.isNull():
        return None
    return pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


def _form(parent=None) -> QFormLayout:
    """A form whose fields take the width left (some styles keep them at their size hint)."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def default_survey_layer(layers: list):
    """The cleaned survey when there is one, else the survey (by layer or table name)."""
    points = [lyr for lyr in layers if isinstance(lyr, QgsVectorLayer) and lyr.isSpatial()]
    for wanted in SURVEY_NAMES:
        for layer in points:
            if wanted in (layer.name(), table_name(layer)):
                return layer
    cleaned = tr("survey (cleaned)")  # the cleaning wizard's layer name
    return next((lyr for lyr in points if lyr.name() == cleaned), None)


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
    return next((f.name() for f in layer.fields() if f.isNumeric() and not f.name().startswith("_")
                 and f.name().lower() != "fid"), "")


def select_questions(layer) -> list[str]:
    """The questions with answer labels (``<q>`` beside ``<q>_label``): the select questions."""
    names = layer.fields().names() if layer is not None else []
    return [n for n in names if f"{n}_label" in names]


def answer_choices(layer, field: str) -> list[tuple[str, str]]:
    """(code, label) of the answers found for ``field``, most frequent first.

    A select_multiple column holds "distance cost": each listed code becomes one choice (the
    count matches a code inside the list, as ``aggregate.answer_matches`` does).
    """
    from ..core.maps.styles import labels_from_layer

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


# -- page 1 ------------------------------------------------------------------------------------

class TypePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("map_type")
        self.setTitle(tr("Kind of map"))
        self.setSubTitle(tr("Choose the map that answers your question. Every map comes in a print-ready "
                            "layout with title, legend, scale bar, north arrow, sources and disclaimer."))
        layout = QHBoxLayout(self)
        # Six kinds with their notes: a scroll area keeps every note whole on a 768-pixel-high laptop.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, title, text in map_types():
            button = QRadioButton(title, inner)
            button.setObjectName(f"type_{key}")
            note = QLabel(text, inner)
            note.setWordWrap(True)
            note.setIndent(22)
            note.setStyleSheet("color: palette(mid);")
            self.group.addButton(button)
            self.buttons[key] = button
            column.addWidget(button)
            column.addWidget(note)
            column.addSpacing(4)
        column.addStretch(1)
        self.buttons[MAP_COUNT].setChecked(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.preview = QLabel(self)
        self.preview.setObjectName("type_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.preview)
        self.titles = {key: title for key, title, _text in map_types()}
        for key, button in self.buttons.items():
            button.toggled.connect(lambda on, key=key: on and self._show_preview(key))
        self._show_preview(MAP_COUNT)

    def _show_preview(self, key: str) -> None:
        """The sample map of this kind (resources/layouts/previews/type_<kind>.png, make_templates.py)."""
        pixmap = preview_pixmap(f"type_{key}", 300) or preview_pixmap("a4_landscape", 300)
        if pixmap is not None:
            self.preview.setPixmap(pixmap)
            self.preview.setToolTip(tr("{kind}: an A4 landscape map of the sample survey").format(
                kind=self.titles[key]))

    def map_type(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())


# -- page 2 ------------------------------------------------------------------------------------

class DataPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("map_data")
        self.setTitle(tr("Data and admin areas"))
        self.setSubTitle(tr("Choose the survey, the admin boundaries with their P-codes, and how each "
                            "submission finds its area."))
        # Two columns: what is mapped (left), where and how (right); fits a 1366 x 768 laptop.
        columns = QHBoxLayout(self)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        survey_box = QGroupBox(tr("Survey"), self)
        form = _form(survey_box)
        self.survey = QgsMapLayerComboBox(survey_box)
        self.survey.setObjectName("survey_layer")
        self.survey.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        self.show_points = QCheckBox(tr("Show the submissions as points on the map"), survey_box)
        self.show_points.setObjectName("show_points")
        self.show_points.setChecked(True)
        form.addRow(tr("Survey layer"), self.survey)
        form.addRow(self.show_points)
        left.addWidget(survey_box)

        self.admin_box = QGroupBox(tr("Admin areas"), self)
        form = _form(self.admin_box)
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

        self.join_box = QGroupBox(tr("Each submission counts in the area…"), self)
        join = QGridLayout(self.join_box)
        self.by_location = QRadioButton(tr("where its GPS point falls"), self.join_box)
        self.by_location.setObjectName("join_location")
        self.by_pcode = QRadioButton(tr("whose P-code it gives"), self.join_box)
        self.by_pcode.setObjectName("join_pcode")
        self.by_pcode.setToolTip(tr("Also counts the submissions without GPS, and the ones whose GPS point is "
                                    "wrong."))
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
        form = _form(self.question_box)
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
        form = _form(self.classes_box)
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
        self.min_count.setToolTip(tr("Areas with fewer submissions show 'insufficient data', not a percentage "
                                     "or a mean."))
        self.min_count_label = QLabel(tr("Percentages from"), self.classes_box)
        self.min_count.setSuffix(tr(" submissions"))
        self.breaks = QLineEdit(self.classes_box)
        self.breaks.setObjectName("class_breaks")
        self.breaks.setPlaceholderText(tr("e.g. 10, 20, 50"))
        self.breaks.setToolTip(tr("The upper limit of each class but the last, increasing. The first class "
                                  "starts at the smallest value, the last ends at the largest."))
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
        for signal in (self.admin_code.fieldChanged, self.admin_name.fieldChanged, self.join_field.fieldChanged,
                       self.by_pcode.toggled, self.answer.currentIndexChanged, self.number.fieldChanged):
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
        from ..core.maps.styles import parse_breaks

        if self.method.currentData() != "manual":
            return None
        return parse_breaks(self.breaks.text()) or None

    def choose_default_layers(self) -> None:
        """The survey (cleaned first), admin2 and admin1 when the project has them."""
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

    def isComplete(self):  # noqa: N802
        wizard = self.wizard()
        kind = wizard.type_page.map_type() if wizard is not None else MAP_COUNT
        if self.survey.currentLayer() is None:
            return False
        if kind in (MAP_SHARE, MAP_POINTS) and not self.question.currentField():
            return False
        if kind == MAP_SHARE and self.answer.currentData() in (None, ""):
            return False
        if kind == MAP_NUMBER and not self.number.currentField():
            return False
        if kind in CHOROPLETHS and self.method.currentData() == "manual":
            try:
                limits = self.class_limits()
            except CartongError as err:
                self.breaks.setToolTip(str(err))
                return False
            if not limits:
                return False
        if kind not in NEEDS_COUNTS:  # the admin areas are an optional background
            return True
        if self.admin.currentLayer() is None or not self.admin_code.currentField():
            return False
        return not (self.by_pcode.isChecked() and not self.join_field.currentField())

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


# -- page 3 ------------------------------------------------------------------------------------

class LayoutPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("map_layout")
        self.setTitle(tr("Layout and texts"))
        self.setSubTitle(tr("Page, language and the texts around the map. The date, scale bar, north arrow, "
                            "coordinate system and disclaimer are added for you."))
        settings = QgsSettings()
        outer = QHBoxLayout(self)
        form = _form()
        self.size = QComboBox(self)
        self.size.setObjectName("page_size")
        self.size.addItem("A4", "a4")
        self.size.addItem("A3", "a3")
        self.orientation = QComboBox(self)
        self.orientation.setObjectName("page_orientation")
        self.orientation.addItem(tr("Landscape"), "landscape")
        self.orientation.addItem(tr("Portrait"), "portrait")
        page_row = QHBoxLayout()
        page_row.addWidget(self.size)
        page_row.addWidget(self.orientation)
        page_row.addStretch(1)
        self.language = QComboBox(self)
        self.language.setObjectName("map_language")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        from ..core.base.translation import preferred_language

        self.language.setCurrentIndex(max(0, self.language.findData(preferred_language())))
        self.title = self._line("map_title", "")
        self.subtitle = self._line("map_subtitle", "")
        self.subtitle.setPlaceholderText(tr("e.g. Household survey, March 2026"))
        self.sources = self._line("map_sources", settings.value(SETTINGS_PREFIX + "sources", "", type=str))
        self.sources.setPlaceholderText(tr("e.g. household survey (partner), boundaries OCHA COD-AB"))
        self.author = self._line("map_author", settings.value(SETTINGS_PREFIX + "author", "CartONG", type=str))
        self.legend_title = self._line("legend_title", "")
        self.legend_title.setPlaceholderText(tr("Automatic"))
        self.logo = QgsFileWidget(self)
        self.logo.setObjectName("logo_file")
        self.logo.setFilter(tr("Images (*.png *.jpg *.jpeg *.svg)"))
        self.logo.setFilePath(settings.value(SETTINGS_PREFIX + "logo", "", type=str))
        form.addRow(tr("Page"), page_row)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        form.addRow(tr("Language of the map"), language_row)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Subtitle"), self.subtitle)
        form.addRow(tr("Data sources"), self.sources)
        form.addRow(tr("Map author"), self.author)
        form.addRow(tr("Legend title"), self.legend_title)
        form.addRow(tr("Logo (optional)"), self.logo)
        self.osm = QCheckBox(tr("OpenStreetMap background when online (credited on the map)"), self)
        self.osm.setObjectName("osm_background")
        self.osm.setToolTip(tr("Without a connection the map keeps the light offline background (Natural Earth)."))
        self.osm.setChecked(settings.value(SETTINGS_PREFIX + "osm", False, type=bool))
        form.addRow(self.osm)
        outer.addLayout(form, 1)
        self.preview = QLabel(self)
        self.preview.setObjectName("layout_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setMinimumWidth(300)
        outer.addWidget(self.preview)
        # Texts the user has typed are kept; the others follow the map type and language.
        self._typed: set[str] = set()
        for name, edit in (("title", self.title), ("legend", self.legend_title)):
            edit.textEdited.connect(lambda _text, n=name: self._typed.add(n))
        self.title.textChanged.connect(self.completeChanged)
        self.language.currentIndexChanged.connect(self.fill_default_texts)
        self.size.currentIndexChanged.connect(self._update_preview)
        self.orientation.currentIndexChanged.connect(self._update_preview)
        self._update_preview()

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setMinimumWidth(360)
        return edit

    def page_code(self) -> str:
        return f"{self.size.currentData()}_{self.orientation.currentData()}"

    def _update_preview(self, *_args) -> None:
        pixmap = preview_pixmap(self.page_code(), 280 if self.orientation.currentData() == "landscape" else 200)
        if pixmap is None:
            self.preview.clear()
        else:
            self.preview.setPixmap(pixmap)

    def initializePage(self):  # noqa: N802
        self.fill_default_texts()

    def fill_default_texts(self, *_args) -> None:
        """Title (and, for a share, legend title) in the map's language, unless typed by the user."""
        from ..core.maps.layouts import default_title, use_language

        wizard = self.wizard()
        if wizard is None:
            return
        kind, data, language = wizard.type_page.map_type(), wizard.data_page, self.language.currentData()
        if kind == MAP_NUMBER:
            kind = data.statistic.currentData()  # the core names a mean or median map by its statistic
        question = {MAP_POINTS: data.question_text, STAT_MEAN: data.number_text,
                    STAT_MEDIAN: data.number_text}.get(kind, lambda: "")()
        answer = data.answer_label_text() if kind == MAP_SHARE else ""
        title = default_title(kind, language, question=question, answer=answer)
        with use_language(language):
            if kind == MAP_SHARE:
                legend = tr("Submissions answering “{answer}” (%)").format(answer=answer)
            elif kind == MAP_POINTS:
                legend = question
            elif kind == STAT_MEDIAN:
                legend = tr("Median of “{question}”").format(question=question)
            elif kind == STAT_MEAN:
                legend = tr("Mean of “{question}”").format(question=question)
            else:
                legend = ""
        if "title" not in self._typed:
            self.title.setText(title)
        if "legend" not in self._typed:
            self.legend_title.setText(legend)

    def texts(self) -> MapTexts:
        return MapTexts(title=self.title.text().strip(), subtitle=self.subtitle.text().strip(),
                        sources=self.sources.text().strip(), author=self.author.text().strip(),
                        logo_path=self.logo.filePath())

    def isComplete(self):  # noqa: N802
        return bool(self.title.text().strip())

    def validatePage(self):  # noqa: N802
        logo = self.logo.filePath()
        if logo and not Path(logo).is_file():
            self.logo.setToolTip(tr("No image at {file}.").format(file=logo))
            return False
        settings = QgsSettings()
        settings.setValue(SETTINGS_PREFIX + "author", self.author.text().strip())
        settings.setValue(SETTINGS_PREFIX + "sources", self.sources.text().strip())
        settings.setValue(SETTINGS_PREFIX + "logo", logo)
        settings.setValue(SETTINGS_PREFIX + "osm", self.osm.isChecked())
        return True


# -- page 4 ------------------------------------------------------------------------------------

def problem_text(err: Exception, output: str) -> str:
    """What to tell the user about ``err``; unexpected errors also go to the message log."""
    if isinstance(err, CartongError):
        return str(err)
    if isinstance(err, OSError):
        return tr("Cannot write {file}: {error}. Choose another folder or file name.").format(
            file=output, error=err.strerror or err)
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
        self.setSubTitle(tr("PDF keeps texts sharp and searchable for print; PNG is an image for reports and "
                            "messages; SVG is for designers. The layout also stays in the project "
                            "(Project > Layouts) for changes by hand."))
        layout = QVBoxLayout(self)
        form = _form()
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
        self.keep_counts.setToolTip(tr("A new table each time: the layout then still works when the project is "
                                       "saved and reopened."))
        self.keep_counts.setChecked(True)
        form.addRow(self.keep_counts)
        self.atlas = QCheckBox(tr("Atlas: one page per admin area with data, zoomed on it (PDF)"), self)
        self.atlas.setObjectName("atlas")
        self.atlas.setToolTip(tr("Every page keeps the classes of the whole country, so pages compare; the title "
                                 "names the area and its P-code."))
        self.atlas_files = QCheckBox(tr("One PDF per area, named <P-code>_<name>.pdf, in a folder beside the file"),
                                     self)
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
        self.output.setFilter({".pdf": tr("PDF (*.pdf)"), ".png": tr("PNG image (*.png)"),
                               ".svg": tr("SVG (*.svg)")}[self.suffix()])
        path = self.output.filePath()
        if path:
            suggested = path == self._suggested
            self.output.setFilePath(str(Path(path).with_suffix(self.suffix())))
            if suggested:
                self._suggested = self.output.filePath()

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
            self._suggested = str(Path(folder) / (_file_stem(wizard.layout_page.title.text()) + self.suffix()))
            self.output.setFilePath(self._suggested)
        self.completeChanged.emit()

    def cleanupPage(self):  # noqa: N802  (Back: a run no longer wanted stops)
        self.cancel()
        super().cleanupPage()

    # -- the run -------------------------------------------------------------------------------
    def running(self) -> bool:
        return self._busy

    def run(self) -> bool:
        """Count in a CoreTask, then build and export the layout on the main thread."""
        from ..core.maps.export import check_output_path

        if self._busy:
            return False
        try:
            choices = self.wizard().choices()
            check_output_path(choices.output, choices.atlas)  # before any work
        except CartongError as err:
            self.status.setText(str(err))
            return False
        self.result_path, self._cancelled = None, False
        self._set_busy(True)
        self.progress.setValue(0)
        if choices.map_type not in NEEDS_COUNTS:
            self._after_counts(choices, None)
            return True
        args = (layer_for_task(choices.survey), layer_for_task(choices.admin), choices.code_field,
                choices.join_field, choices.question if choices.map_type == MAP_SHARE else None,
                choices.answer if choices.map_type == MAP_SHARE else None, choices.min_count)
        number = dict(value_field=choices.value_field, statistic=choices.statistic) \
            if choices.map_type == MAP_NUMBER else {}
        self.task = CoreTask(tr("Counting submissions per admin area"),
                             lambda feedback: count_in_task(*args, feedback, **number))
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value * 0.6)))
        self.task.done.connect(lambda result: self._after_counts(choices, result))
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._was_cancelled)
        self.status.setText(trn("Counting the %n submission of {layer} per area…",
                                   "Counting the %n submissions of {layer} per area…",
                                   choices.survey.featureCount()).format(layer=choices.survey.name()))
        QgsApplication.taskManager().addTask(self.task)
        return True

    def counts_geopackage(self, choices: MapChoices) -> str:
        """The survey's GeoPackage when the counts are to be kept there, else ''."""
        from ..core.cleaning.checks.layers import layer_geopackage

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
                self._failed(tr("No submission falls in an area of {layer}: check the join (location or P-code) "
                                "and the admin layer.").format(layer=choices.admin.name()))
                return
            if counts.duplicates:  # counted once per P-code, their areas merged: the user must know
                self._message(duplicates_warning(choices.admin, counts), Qgis.MessageLevel.Warning)
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
        self.progress.setValue(75)
        self.status.setText(tr("Exporting {file}…").format(file=choices.output))
        QTimer.singleShot(0, lambda: self._export(choices, layout, before))

    def _export(self, choices: MapChoices, layout, before: set) -> None:
        from ..core.maps.layouts import keep_in_project

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
            self.status.setText(tr("Atlas of {pages} pages written to {file}. The layout “{layout}” is in the "
                                   "project (Project > Layouts) for changes by hand.").format(
                pages=layout.atlas().count(), file=path, layout=layout.name()))
        else:
            self.status.setText(tr("Map written to {file}. The layout “{layout}” is in the project "
                                   "(Project > Layouts) for changes by hand.").format(file=path, layout=layout.name()))
        self._set_busy(False)
        self.designer_button.setEnabled(True)
        self._message(tr("Map written to {file}.").format(file=path), Qgis.MessageLevel.Success)
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


# -- the wizard --------------------------------------------------------------------------------

class MapWizard(CartongWizard):
    """Make a print-ready map in four pages; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongMapWizard", tr("Make a map"), iface, parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(900, 640)
        self.type_page = TypePage(self)
        self.data_page = DataPage(self)
        self.layout_page = LayoutPage(self)
        self.export_page = ExportPage(iface, self)
        pages = (self.type_page, self.data_page, self.layout_page, self.export_page)
        for page in pages:
            page.setProperty("cartong_help_page", page.objectName())
        self.add_pages(*pages)
        self.install_help()

    def choices(self) -> MapChoices:
        """What the pages say, checked (CartongError names what is missing)."""
        kind = self.type_page.map_type()
        data, page = self.data_page, self.layout_page
        survey = data.survey.currentLayer()
        if survey is None:
            raise CartongError(tr("Choose the survey layer."))
        admin = data.admin.currentLayer()
        if kind in NEEDS_COUNTS and (admin is None or not data.admin_code.currentField()):
            raise CartongError(tr("Choose the admin boundaries and their P-code field."))
        share = kind == MAP_SHARE
        return MapChoices(
            map_type=kind, survey=survey, admin=admin, code_field=data.admin_code.currentField(),
            name_field=data.admin_name.currentField(),
            boundaries=data.boundaries.currentLayer() if kind in NEEDS_COUNTS else None,
            join_field=data.join_field.currentField() if data.by_pcode.isChecked() else None,
            question=data.question.currentField() if kind in (MAP_SHARE, MAP_POINTS) else None,
            answer=data.answer.currentData() if share else None,
            method=data.method.currentData(), classes=data.classes.value(), min_count=data.min_count.value(),
            show_points=data.show_points.isChecked(), labels=data.labels.isChecked() and bool(
                data.admin_name.currentField()),
            page=page.page_code(), language=page.language.currentData(), texts=page.texts(),
            legend_title=page.legend_title.text().strip(), output=self.export_page.output.filePath(),
            dpi=self.export_page.dpi.value(),
            value_field=data.number.currentField() if kind == MAP_NUMBER else None,
            statistic=data.statistic.currentData(), breaks=data.class_limits() if kind in CHOROPLETHS else None,
            atlas=self.export_page.atlas.isChecked() and kind in CHOROPLETHS,
            atlas_files=self.export_page.atlas.isChecked() and self.export_page.atlas_files.isChecked(),
            background="osm" if page.osm.isChecked() else "offline")

    def reject(self):
        self.export_page.cancel()
        super().reject()


__all__ = ["MapWizard"]
