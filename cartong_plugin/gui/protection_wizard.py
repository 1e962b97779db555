# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Data protection / Export for sharing" wizard.

Layer and form -> personal data found (one action per column) -> locations and small groups
-> output file -> run (QgsTask, cancellable) -> summary with a link to the README note.

A thin layer over ``core.protection``: the findings come from ``detect.detect_in_layer`` and
the file from ``share_export.export_for_sharing``, the same calls as the Processing
algorithms ``cartong:detectpersonaldata`` and ``cartong:exportforsharing``. Text from the
survey (column names, values) is shown in table items (drawn as plain text), labels set to
``Qt.TextFormat.PlainText`` (``wizard_common.plain_label``), or escaped where Qt renders rich
text (``wizard_common.safe_tooltip`` for tooltips, ``plain_text`` in links).
"""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsCheckableComboBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWizard,
)

from ..core.base.errors import CartongError
from ..core.base.i18n import tr, trn
from ..core.base.safe_files import plain_text, sanitise_filename
from ..core.protection import pseudonymise
from ..core.protection.detect import detect_in_layer
from ..core.protection.displace import check_radius
from ..core.protection.share_defaults import default_action  # the start state cartong:exportforsharing applies too
from ..core.protection.share_export import LOCATION_MODES, ShareOptions, export_for_sharing
from ..core.survey.xlsform import read_xlsform
from .tasks import CoreTask, layer_for_task, open_in_task
from .wizard_common import CartongWizard, WizardPage, optional_file_ok, plain_label, risk_item, text_item

HELP_PAGE = "data_protection"
ACTIONS = ("keep", "drop", "pseudonymise")
DEFAULTS = ShareOptions()  # the cautious defaults, shared with the algorithm
EXAMPLE_LENGTH = 40
WARNING_STYLE = "color: #a50026; font-weight: bold"
COLUMNS = ("column", "category", "risk", "example", "reason", "action")
COLUMN_WIDTHS = {"column": 160, "category": 150, "risk": 90, "example": 140}  # the reason stretches


def action_label(action: str) -> str:
    return {"keep": tr("Keep"), "drop": tr("Remove"), "pseudonymise": tr("Pseudonymise")}[action]


def category_label(category: str) -> str:
    return {
        "person_name": tr("Person name"), "phone": tr("Phone number"), "id_number": tr("ID number"),
        "email": tr("E-mail"), "address": tr("Address"), "location": tr("GPS location"),
        "attachment": tr("Photo or attachment"), "sensitive": tr("Sensitive"), "birth_date": tr("Date of birth"),
        "device_id": tr("Device or account ID"), "free_text": tr("Free text"), "staff_name": tr("Staff name"),
        "place_of_residence": tr("Place of residence"),
    }.get(category, category)


def describe_action(action: dict) -> str:
    """One sentence, in the user's language, for an action recorded by export_for_sharing."""
    params = action.get("parameters", {})
    columns = ", ".join(action.get("columns", []))
    rows = action.get("rows_affected", 0)
    kind = action["action"]
    if kind == "drop_columns":
        return tr("Columns removed: {columns}.").format(columns=columns)
    if kind == "drop_location_columns":
        return tr("Columns repeating the exact location removed: {columns}.").format(columns=columns)
    if kind == "drop_attachment_columns":
        return tr("Attachment columns removed: {columns}.").format(columns=columns)
    if kind == "drop_high_risk_columns":
        return tr("Columns at high risk removed by default: {columns}.").format(columns=columns)
    if kind == "keep_high_risk_columns":
        return tr("WARNING: columns at high risk kept by your choice: {columns}.").format(columns=columns)
    if kind == "pseudonymise":
        return tr("Columns replaced by pseudonyms (key {key}, kept in your QGIS authentication database): "
                  "{columns}.").format(key=params.get("key_fingerprint", ""), columns=columns)
    if kind == "suppress_rare_combinations":
        return tr("Rare combinations of {columns}: {values} values blanked in {rows} rows (k = {k}).").format(
            columns=columns, values=params.get("values_blanked", 0), rows=rows, k=params.get("k", ""))
    if kind == "strip_links":
        return tr("Links and attachment names removed from {rows} values.").format(rows=rows)
    if kind == "displace":
        return tr("{rows} points moved in a random direction by {min:.0f} to {max:.0f} m.").format(
            rows=rows, min=params.get("min_distance_m", 0), max=params.get("max_distance_m", 0))
    if kind == "keep_in_admin_area":
        return tr("Points kept in their admin area; {rows} could not be and may lie in a neighbouring "
                  "area.").format(rows=rows)
    if kind == "snap_to_grid":
        return tr("{rows} points moved to the centre of {size:.0f} m grid cells.").format(
            rows=rows, size=params.get("grid_size_m", 0))
    if kind == "drop_geometry":
        return tr("Locations removed: the file holds no points.")
    if kind == "keep_location":
        return tr("WARNING: exact locations kept. Share only under a data sharing agreement.")
    if kind == "aggregate":
        return tr("Counts by {columns} for {rows} areas; {small} small counts and {other} other counts hidden "
                  "(k = {k}).").format(columns=columns, rows=rows, small=params.get("hidden_small_counts", 0),
                                       other=params.get("hidden_complementary", 0), k=params.get("k", ""))
    return kind


def _row(*items, stretch: bool = False) -> QHBoxLayout:
    """Widgets (and label texts) side by side; a trailing stretch keeps short fields short."""
    row = QHBoxLayout()
    for item in items:
        if isinstance(item, str):
            item = plain_label(item)
            item.setWordWrap(False)
        row.addWidget(item, 1 if stretch and isinstance(item, QComboBox) else 0)
    if not stretch:
        row.addStretch(1)
    return row


def _example_values(layer, columns: list[str], limit: int = 200) -> dict[str, str]:
    """The first non-empty value of each column in the first ``limit`` rows (one read).

    The user's own data, shown to help them decide; it never leaves the dialog.
    """
    columns = [c for c in columns if layer.fields().indexOf(c) >= 0]
    examples: dict[str, str] = {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(
        columns, layer.fields()).setLimit(limit)
    for feature in layer.getFeatures(request):
        for column in columns:
            value = feature[column]
            if column not in examples and value is not None and not (
                    hasattr(value, "isNull") and value.isNull()) and str(value).strip():
                examples[column] = str(value)
        if len(examples) == len(columns):
            break
    return examples


def _unused_path(folder: Path, stem: str, suffix: str = ".gpkg") -> Path:
    """``folder/stem.gpkg``, or ``stem_2.gpkg``... so a suggestion never overwrites an earlier share."""
    path, number = folder / f"{stem}{suffix}", 2
    while path.exists():
        path, number = folder / f"{stem}_{number}{suffix}", number + 1
    return path


# --------------------------------------------------------------------------- pages

class _Page(WizardPage):
    def __init__(self, name: str, title: str, subtitle: str, parent=None):
        super().__init__(name, title, subtitle, parent, help_page=HELP_PAGE)


class SourcePage(_Page):
    def __init__(self, parent=None):
        super().__init__("protection_source", tr("Data to share"),
                         tr("Choose the survey layer to share and, if you have it, the XLSForm it was "
                            "collected with: the form tells which questions hold names, GPS points or photos."),
                         parent)
        layout = QFormLayout(self)
        self.layer = QgsMapLayerComboBox(self)
        self.layer.setObjectName("layer")
        self.layer.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.form = QgsFileWidget(self)
        self.form.setObjectName("form_file")
        self.form.setFilter(tr("XLSForm (*.xlsx)"))
        layout.addRow(tr("Survey layer"), self.layer)
        layout.addRow(tr("XLSForm (optional)"), self.form)
        note = plain_label(tr("Nothing is changed in this layer: a protected copy is written at the end."), self)
        layout.addRow(note)
        self.layer.layerChanged.connect(self.completeChanged)
        self.form.fileChanged.connect(self.completeChanged)

    def isComplete(self):  # noqa: N802
        return self.layer.currentLayer() is not None and optional_file_ok(self.form)


class FindingsPage(_Page):
    """One row per column likely holding personal data, with an action to choose."""

    def __init__(self, parent=None):
        super().__init__("protection_findings", tr("Personal data found"),
                         tr("Columns that likely hold personal data, found from the form, the column names and "
                            "the values. Choose what to do with each before sharing; read the reason when unsure."),
                         parent)
        layout = QVBoxLayout(self)
        self.counts = plain_label("", self, "finding_counts")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("findings_table")
        self.table.setHorizontalHeaderLabels([tr("Column"), tr("Category"), tr("Risk"), tr("Example value"),
                                              tr("Why"), tr("Action")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)  # one line per column; the full reason is shown below the table
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("reason"), QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._show_details)
        self.details = plain_label("", self, "finding_details")
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(6)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 3 + 14)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.warning = plain_label("", self, "keep_warning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.problem = plain_label("", self, "problem")
        self.problem.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        self.findings = []
        self.combos: dict[str, QComboBox] = {}
        self.detected = False

    def initializePage(self):  # noqa: N802
        source = self.wizard().source_page
        layer = source.layer.currentLayer()
        self.findings, self.combos, self.detected = [], {}, False
        self.table.setRowCount(0)
        self.problem.clear()
        try:
            form = read_xlsform(source.form.filePath()) if source.form.filePath() else None
            self.findings = detect_in_layer(layer, form=form)
            self.detected = True
        except CartongError as err:
            self.problem.setText(str(err))
        self._fill(layer)
        self.completeChanged.emit()

    def _fill(self, layer) -> None:
        self.table.setRowCount(len(self.findings))
        examples = _example_values(layer, [f.column for f in self.findings])
        for row, finding in enumerate(self.findings):
            self.table.setItem(row, COLUMNS.index("column"), text_item(finding.column))
            self.table.setItem(row, COLUMNS.index("category"), text_item(category_label(finding.category)))
            self.table.setItem(row, COLUMNS.index("risk"), risk_item(finding.risk))
            self.table.setItem(row, COLUMNS.index("example"),
                               text_item(examples.get(finding.column, ""), EXAMPLE_LENGTH))
            self.table.setItem(row, COLUMNS.index("reason"), text_item(finding.explanation))
            if finding.column == "geometry":  # the points themselves: protected on the next page
                later = text_item(tr("Next page"))
                later.setToolTip(tr("Where the points go is chosen on the next page."))
                later.setForeground(QBrush(QColor("#555555")))
                self.table.setItem(row, COLUMNS.index("action"), later)
                continue
            combo = QComboBox(self.table)
            combo.setObjectName(f"action_{finding.column}")
            for action in ACTIONS:
                combo.addItem(action_label(action), action)
            combo.setCurrentIndex(ACTIONS.index(default_action(finding)))
            combo.currentIndexChanged.connect(self._update_warning)
            self.table.setCellWidget(row, COLUMNS.index("action"), combo)
            self.combos[finding.column] = combo
        self.table.resizeColumnsToContents()
        for name, widest in COLUMN_WIDTHS.items():
            column = COLUMNS.index(name)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        if self.combos:  # room for the longest action name
            action = COLUMNS.index("action")
            self.table.setColumnWidth(action, max(c.sizeHint().width() for c in self.combos.values()) + 4)
        self.table.resizeRowsToContents()
        self.details.setText(tr("Click a row to read why the column was flagged.") if self.findings else "")
        counts = {risk: sum(1 for f in self.findings if f.risk == risk) for risk in ("high", "medium", "low")}
        if self.detected:
            self.counts.setText(tr("{high} columns at high risk, {medium} at medium risk, {low} at low risk. "
                                   "The list helps; it does not guarantee that nothing else is personal.").format(
                **counts))
        self._update_warning()

    def _show_details(self, row: int, *_args) -> None:
        finding = self.findings[row] if 0 <= row < len(self.findings) else None
        self.details.setText(tr("{column}: {explanation}").format(column=finding.column,
                                                                  explanation=finding.explanation)
                             if finding else "")

    def _update_warning(self, *_args) -> None:
        kept = [f.column for f in self.findings if f.risk == "high" and f.column in self.combos
                and self.action(f.column) == "keep"]
        self.warning.setText(tr("Warning: columns at high risk are kept: {columns}. Share the file only with "
                                "partners bound by a data sharing agreement.").format(columns=", ".join(kept))
                             if kept else "")
        self.warning.setVisible(bool(kept))

    def action(self, column: str) -> str:
        return self.combos[column].currentData()

    def set_action(self, column: str, action: str) -> None:
        self.combos[column].setCurrentIndex(ACTIONS.index(action))

    def columns_with(self, action: str) -> list[str]:
        return [column for column in self.combos if self.action(column) == action]

    def isComplete(self):  # noqa: N802
        return self.detected


class LocationPage(_Page):
    """How the points are protected, links, and rare combinations of known columns."""

    def __init__(self, parent=None):
        super().__init__("protection_location", tr("Locations and small groups"),
                         tr("A GPS point is often a home. Move, snap or count the points by admin area before "
                            "sharing them."), parent)
        layout = QVBoxLayout(self)
        modes = QGroupBox(tr("Locations"), self)
        modes_layout = QVBoxLayout(modes)
        grid = QGridLayout()
        modes_layout.addLayout(grid)
        grid.setColumnStretch(2, 1)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        texts = {"displace": tr("Move each point at random"), "snap": tr("Snap points to a grid"),
                 "aggregate": tr("Count by admin area"), "drop": tr("Remove the locations"),
                 "keep": tr("Keep the exact locations (not recommended)")}
        for index, mode in enumerate(LOCATION_MODES):
            button = QRadioButton(texts[mode], modes)
            button.setObjectName(f"mode_{mode}")
            self.mode_group.addButton(button, index)
            self.mode_buttons[mode] = button
            grid.addWidget(button, index, 0)

        self.min_distance = self._metres(DEFAULTS.min_distance_m, "min_distance")
        self.max_distance = self._metres(DEFAULTS.max_distance_m, "max_distance")
        grid.addLayout(_row(tr("between"), self.min_distance, tr("and"), self.max_distance), 0, 1, 1, 2)
        self.grid_size = self._metres(DEFAULTS.grid_size_m, "grid_size")
        grid.addLayout(_row(tr("cells of"), self.grid_size), 1, 1, 1, 2)
        self.area_field = QgsFieldComboBox(modes)
        self.area_field.setObjectName("area_field")
        self.category_field = QgsFieldComboBox(modes)
        self.category_field.setObjectName("category_field")
        self.category_field.setAllowEmptyFieldName(True)
        self.category_field.setToolTip(tr("Optional: one count per answer of this question."))
        grid.addLayout(_row(tr("column"), self.area_field, tr("answers of"), self.category_field), 2, 1, 1, 2)
        self.keep_warning = plain_label(tr("Warning: anyone with this file can find the homes of the people "
                                            "surveyed. Share it only under a data sharing agreement."),
                                         modes, "location_warning")
        self.keep_warning.setStyleSheet(WARNING_STYLE)
        modes_layout.addWidget(self.keep_warning)
        layout.addWidget(modes)

        areas = QGroupBox(tr("Admin areas (for counts, or to keep moved points in their area)"), self)
        self.admin_layer = QgsMapLayerComboBox(areas)
        self.admin_layer.setObjectName("admin_layer")
        self.admin_layer.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.admin_layer.setAllowEmptyLayer(True)
        self.admin_layer.setLayer(None)
        self.admin_code = QgsFieldComboBox(areas)
        self.admin_code.setObjectName("admin_code")
        self.admin_code.setFilters(QgsFieldProxyModel.Filter.String)
        self.admin_layer.layerChanged.connect(self._admin_layer_changed)
        self.keep_in_area = QCheckBox(tr("Keep each moved point inside its admin area"), areas)
        self.keep_in_area.setObjectName("keep_in_area")
        areas_layout = QVBoxLayout(areas)
        areas_layout.addLayout(_row(tr("Layer"), self.admin_layer, tr("P-code field"), self.admin_code,
                                    stretch=True))
        areas_layout.addWidget(self.keep_in_area)
        layout.addWidget(areas)

        others = QGroupBox(tr("Links and small groups"), self)
        others_form = QFormLayout(others)
        self.strip_links = QCheckBox(tr("Remove links and attachment file names"), others)
        self.strip_links.setObjectName("strip_links")
        self.strip_links.setChecked(True)
        self.k = QSpinBox(others)
        self.k.setObjectName("k")
        self.k.setRange(2, 100)
        self.k.setValue(DEFAULTS.k)
        self.k.setToolTip(tr("Counts below k are hidden; rare combinations are blanked until k rows share them."))
        self.known_columns = QgsCheckableComboBox(others)
        self.known_columns.setObjectName("known_columns")
        self.known_columns.setDefaultText(tr("None"))
        self.known_columns.setToolTip(tr("Columns an outsider could know (area, sex, age, household size…): "
                                         "combinations shared by fewer than k rows are blanked."))
        others_form.addRow(self.strip_links)
        others_form.addRow(tr("Smallest group (k)"), _row(self.k, tr("smaller counts are hidden, rarer "
                                                                     "combinations blanked")))
        others_form.addRow(tr("Columns an outsider could know"), self.known_columns)
        layout.addWidget(others)
        self.problem = plain_label("", self, "problem")
        self.problem.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.mode_group.buttonToggled.connect(self._update_enabled)
        self.mode_buttons["displace"].setChecked(True)

    def _metres(self, value: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setObjectName(name)
        box.setRange(1, 100000)
        box.setDecimals(0)
        box.setSingleStep(50)
        box.setSuffix(tr(" m"))
        box.setValue(value)
        return box

    def initializePage(self):  # noqa: N802
        layer = self.wizard().source_page.layer.currentLayer()
        points = layer.isSpatial() and QgsWkbTypes.geometryType(layer.wkbType()) == \
            QgsWkbTypes.GeometryType.PointGeometry
        for mode in ("displace", "snap", "keep"):
            self.mode_buttons[mode].setEnabled(points)
        if not points and self.mode() in ("displace", "snap", "keep"):
            self.mode_buttons["drop"].setChecked(True)
        for box in (self.area_field, self.category_field):
            box.setLayer(layer)
        names = layer.fields().names()
        self.area_field.setField(next((n for n in ("admin2", "admin1") if n in names), ""))
        self.known_columns.clear()
        findings = self.wizard().findings_page
        removed = set(findings.columns_with("drop"))
        self.known_columns.addItems([n for n in names if n not in removed and n.lower() != "fid"])
        self._update_enabled()

    def _admin_layer_changed(self, layer) -> None:
        self.admin_code.setLayer(layer)
        if layer is not None:
            names = layer.fields().names()
            self.admin_code.setField(next((n for n in ("adm2_pcode", "adm1_pcode") if n in names), ""))
        self._update_enabled()

    def _update_enabled(self, *_args) -> None:
        mode = self.mode()
        for widget in (self.min_distance, self.max_distance, self.keep_in_area):
            widget.setEnabled(mode == "displace")
        self.grid_size.setEnabled(mode == "snap")
        for widget in (self.area_field, self.category_field):
            widget.setEnabled(mode == "aggregate")
        self.keep_warning.setVisible(mode == "keep")
        self.problem.clear()

    def mode(self) -> str:
        checked = self.mode_group.checkedId()
        return LOCATION_MODES[checked] if checked >= 0 else "displace"

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def validatePage(self):  # noqa: N802
        self.problem.clear()
        try:
            if self.mode() == "displace":
                check_radius(self.min_distance.value(), self.max_distance.value())
            if self.mode() == "aggregate" and not self.area_field.currentField():
                raise CartongError(tr("Choose the admin area column to count by."))
            if self.uses_admin_layer() and not self.admin_code.currentField():
                raise CartongError(tr("Choose the P-code field of the admin area layer."))
        except CartongError as err:
            self.problem.setText(str(err))
            return False
        return True

    def uses_admin_layer(self) -> bool:
        layer = self.admin_layer.currentLayer()
        return layer is not None and (self.mode() == "aggregate" or
                                      (self.mode() == "displace" and self.keep_in_area.isChecked()))


class OutputPage(_Page):
    def __init__(self, parent=None):
        super().__init__("protection_output", tr("Shared file"),
                         tr("Where to write the protected copy. A note explaining what was done is written "
                            "beside it (same name followed by .README.txt), in English and French."), parent)
        layout = QFormLayout(self)
        self.output = QgsFileWidget(self)
        self.output.setObjectName("output_file")
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("GeoPackage (*.gpkg);;CSV (*.csv)"))
        self.output.setConfirmOverwrite(True)
        self.output.fileChanged.connect(self.completeChanged)
        self.plan = QPlainTextEdit(self)
        self.plan.setObjectName("plan")
        self.plan.setReadOnly(True)
        self.problem = plain_label("", self, "problem")
        self.problem.setStyleSheet(WARNING_STYLE)
        # which key makes the pseudonyms: the usual one (they match the user's other exports) or
        # one for this recipient only (nobody can link their file to another one)
        self.key_choice = QComboBox(self)
        self.key_choice.setObjectName("key_choice")
        layout.addRow(tr("Output file"), self.output)
        layout.addRow(tr("Pseudonymisation key"), self.key_choice)
        layout.addRow(tr("What will be done"), self.plan)
        layout.addRow(self.problem)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Export"))
        self.key = None
        self.new_keys: dict[str, tuple[str, bytes]] = {}  # output path -> key created for it

    def initializePage(self):  # noqa: N802
        self.problem.clear()
        wizard = self.wizard()
        if not self.output.filePath():
            layer = wizard.source_page.layer.currentLayer()
            folder = Path(layer.source().split("|")[0]).parent if layer.providerType() == "ogr" else Path.home()
            self.output.setFilePath(str(_unused_path(folder, sanitise_filename(layer.name(), "survey") + "_shared")))
        self.plan.setPlainText("\n".join(wizard.plan_lines()))
        self._offer_keys(bool(wizard.findings_page.columns_with("pseudonymise")))

    def _offer_keys(self, needed: bool) -> None:
        chosen = self.key_choice.currentData()
        self.key_choice.clear()
        self.key_choice.addItem(tr("My usual key (pseudonyms match my other exports)"), "default")
        self.key_choice.addItem(tr("A new key for this file only (pseudonyms cannot be linked to other exports)"),
                                "new")
        usual = QgsSettings().value(pseudonymise.SETTING_KEY_AUTHCFG, "", type=str)
        for authcfg, name in pseudonymise.list_keys():
            if authcfg != usual:
                self.key_choice.addItem(name, authcfg)
        index = self.key_choice.findData(chosen) if chosen else 0
        self.key_choice.setCurrentIndex(max(index, 0))
        self.key_choice.setEnabled(needed)
        self.key_choice.setToolTip("" if needed else tr("No column is pseudonymised."))

    def _chosen_key(self) -> bytes:
        """The key chosen, read (or created) here, on the GUI thread: QGIS may ask for the master password."""
        choice = self.key_choice.currentData()
        if choice == "new":
            path = str(self.output_path())
            if path not in self.new_keys:  # Back and Next again: the same new key, not another one
                self.new_keys[path] = pseudonymise.create_key(self.output_path().name)
            return self.new_keys[path][1]
        if choice and choice != "default":
            return pseudonymise.load_key(choice)
        return pseudonymise.default_key()[1]

    def output_path(self) -> Path:
        """The chosen path; a name without .gpkg or .csv gets .gpkg."""
        path = Path(self.output.filePath())
        return path if path.suffix.lower() in (".gpkg", ".csv") else path.with_name(path.name + ".gpkg")

    def isComplete(self):  # noqa: N802
        return bool(self.output.filePath().strip())

    def validatePage(self):  # noqa: N802
        self.problem.clear()
        self.key = None
        path = self.output_path()
        if not path.parent.is_dir():
            self.problem.setText(tr("The folder {folder} does not exist.").format(folder=path.parent))
            return False
        source = self.wizard().source_page.layer.currentLayer()
        if path.resolve() == Path(source.source().split("|")[0]).resolve():
            self.problem.setText(tr("Choose another file: the shared copy cannot replace the survey itself."))
            return False
        if self.wizard().findings_page.columns_with("pseudonymise"):
            try:
                self.key = self._chosen_key()
            except CartongError as err:
                self.problem.setText(str(err))
                return False
        return True


class RunPage(_Page):
    def __init__(self, parent=None):
        super().__init__("protection_run", tr("Export"), tr("Writing the protected copy."), parent)
        layout = QVBoxLayout(self)
        self.status = plain_label("", self, "status")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.cancel = QPushButton(tr("Cancel the export"), self)
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self._cancel)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel)
        layout.addStretch(1)
        self.task = None
        self.report = None
        self.setCommitPage(True)  # the file is written: the summary has no way back
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Continue"))

    def initializePage(self):  # noqa: N802
        wizard = self.wizard()
        self.report = None
        options = wizard.share_options()
        layer_spec = layer_for_task(wizard.source_page.layer.currentLayer())
        boundaries_spec = layer_for_task(options.boundaries)
        output = wizard.output_page.output_path()

        def work(feedback):
            options.boundaries = open_in_task(boundaries_spec)
            return export_for_sharing(open_in_task(layer_spec), output, options, feedback)

        self.task = CoreTask(tr("Export for sharing: {file}").format(file=output.name), work)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task.done.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.status.setText(tr("Exporting… QGIS stays usable meanwhile."))
        self.progress.setValue(0)
        self.cancel.setEnabled(True)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def cleanupPage(self):  # noqa: N802  # Back while running: stop the export
        self._cancel()

    def _cancel(self):
        if self.task is not None:
            self.task.cancel()

    def is_running(self) -> bool:
        return self.task is not None

    def _finish(self, status: str) -> None:
        self.task = None
        self.cancel.setEnabled(False)
        self.status.setText(status)
        self.completeChanged.emit()

    def _done(self, report):
        self.report = report
        self.progress.setValue(100)
        self._finish(tr("Export finished."))
        if self.wizard().currentPage() is self:  # not after Back was pressed meanwhile
            self.wizard().next()

    def _failed(self, message: str):
        self._finish(message)

    def _cancelled(self):
        self._finish(tr("Export cancelled: nothing was written."))

    def isComplete(self):  # noqa: N802
        return self.report is not None


class SummaryPage(_Page):
    def __init__(self, parent=None):
        super().__init__("protection_summary", tr("Done"),
                         tr("Read the note before sending the file: it travels with it."), parent)
        layout = QVBoxLayout(self)
        self.headline = plain_label("", self, "headline")
        self.actions = QPlainTextEdit(self)
        self.actions.setObjectName("actions")
        self.actions.setReadOnly(True)
        self.links = QLabel(self)
        self.links.setObjectName("links")
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setOpenExternalLinks(True)
        layout.addWidget(self.headline)
        layout.addWidget(self.actions, 1)
        layout.addWidget(self.links)

    def initializePage(self):  # noqa: N802
        report = self.wizard().run_page.report
        self.headline.setText(trn("%n row written to {file}.", "%n rows written to {file}.", report.rows).format(
            file=report.output))
        self.actions.setPlainText("\n".join("• " + describe_action(a) for a in report.actions))
        self.links.setText(tr("{readme} · {folder}").format(
            readme=_link(report.readme, tr("Open the README note")),
            folder=_link(report.output.parent, tr("Open the folder"))))


def _link(path: Path, text: str) -> str:
    """An HTML link to a local file; the URL and text are escaped."""
    return f'<a href="{plain_text(QUrl.fromLocalFile(str(path)).toString())}">{plain_text(text)}</a>'


class ProtectionWizard(CartongWizard):
    """Export a survey layer for sharing; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongProtectionWizard", tr("Data protection: export for sharing"), iface, parent)
        self.source_page = SourcePage(self)
        self.findings_page = FindingsPage(self)
        self.location_page = LocationPage(self)
        self.output_page = OutputPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        self.add_pages(self.source_page, self.findings_page, self.location_page, self.output_page, self.run_page,
                       self.summary_page)
        self.resize(1100, 700)
        active = iface.activeLayer() if iface is not None and hasattr(iface, "activeLayer") else None
        if isinstance(active, QgsVectorLayer) and active.id() in QgsProject.instance().mapLayers():
            self.source_page.layer.setLayer(active)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.finished.connect(self._forget_output)  # next time: a fresh file name, never the last one
        self.install_help()

    def share_options(self):
        """ShareOptions from the pages (the same object the algorithm builds from its parameters)."""
        findings, location = self.findings_page, self.location_page
        mode = location.mode()
        return ShareOptions(
            drop_columns=findings.columns_with("drop"),
            pseudonymise_columns=findings.columns_with("pseudonymise"),
            keep_columns=findings.columns_with("keep"),  # an explicit choice: written in the README
            key=self.output_page.key,
            location_mode=mode,
            min_distance_m=location.min_distance.value(),
            max_distance_m=location.max_distance.value(),
            grid_size_m=location.grid_size.value(),
            area_field=location.area_field.currentField() or "admin2",
            category_field=location.category_field.currentField() or "",
            k=location.k.value(),
            boundaries=location.admin_layer.currentLayer() if location.uses_admin_layer() else None,
            boundaries_code_field=location.admin_code.currentField() or "adm2_pcode",
            strip_links=location.strip_links.isChecked(),
            quasi_identifiers=location.known_columns.checkedItems(),
        )

    def plan_lines(self) -> list[str]:
        """What the export will do, in words, for the output page."""
        findings, location = self.findings_page, self.location_page
        mode = location.mode()
        if mode == "aggregate":
            return [tr("Write only counts by {column}, hiding counts below {k} (and other counts that would "
                       "reveal them); no individual record is shared.").format(
                column=location.area_field.currentField(), k=location.k.value())]
        lines = []
        for action, text in (("drop", tr("Remove: {columns}")), ("pseudonymise", tr("Pseudonymise: {columns}")),
                             ("keep", tr("Keep although flagged: {columns}"))):
            columns = findings.columns_with(action)
            if columns:
                lines.append(text.format(columns=", ".join(columns)))
        lines.append({
            "displace": tr("Move points by {min:.0f} to {max:.0f} m at random.").format(
                min=location.min_distance.value(), max=location.max_distance.value()),
            "snap": tr("Snap points to a {size:.0f} m grid.").format(size=location.grid_size.value()),
            "drop": tr("Remove the locations."),
            "keep": tr("Keep the exact locations (not recommended)."),
        }[mode])
        if location.uses_admin_layer():
            lines.append(tr("Keep each moved point inside its admin area ({layer}).").format(
                layer=location.admin_layer.currentLayer().name()))
        if mode != "keep":
            lines.append(tr("Columns repeating the exact location are removed too."))
        if location.strip_links.isChecked():
            lines.append(tr("Remove links and attachment file names."))
        known = location.known_columns.checkedItems()
        if known:
            lines.append(tr("Blank rare combinations of: {columns} (k = {k}).").format(
                columns=", ".join(known), k=location.k.value()))
        return lines

    def reject(self):
        self.run_page._cancel()  # closing the wizard stops a running export
        super().reject()

    def _forget_output(self, _result=0) -> None:
        self.output_page.output.setFilePath("")  # a fresh suggestion, never the last file again
        self.restart()
