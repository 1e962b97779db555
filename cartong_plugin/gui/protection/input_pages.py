# SPDX-License-Identifier: GPL-3.0-or-later
"""The data protection wizard's first pages: the layer to share, then the personal data found in it.

Each finding gets a row with an example value (shown as plain text, never leaving the dialog) and
an action to choose: keep, remove or pseudonymise; high risk starts as removed. The detection reads
every row (seconds on a large survey): it runs in a CoreTask on its own copy of the layer, Next held
meanwhile, and the table is filled on the main thread when it ends. Back, Cancel or closing the wizard
cancel it, and it stops within a second (the detection checks the task's cancel as it reads).
"""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsMapLayerProxyModel
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QTableWidget,
    QVBoxLayout,
)

from ...core.base.i18n import left_to_right, left_to_right_names, tr
from ...core.protection.detect import detect_in_layer
from ...core.protection.share_defaults import default_action  # the start state cartong:exportforsharing applies too
from ...core.survey.xlsform import read_xlsform
from ..tasks import ReadingPage, layer_for_task, open_in_task
from ..wizard_common import left_to_right_columns, optional_file_ok, plain_label, risk_item, text_item
from .pages_common import WARNING_STYLE, ProtectionPage

ACTIONS = ("keep", "drop", "pseudonymise")


EXAMPLE_LENGTH = 40


COLUMNS = ("column", "category", "risk", "example", "reason", "action")


COLUMN_WIDTHS = {"column": 160, "category": 150, "risk": 90, "example": 140}  # the reason stretches


def action_label(action: str) -> str:
    return {"keep": tr("Keep"), "drop": tr("Remove"), "pseudonymise": tr("Pseudonymise")}[action]


def category_label(category: str) -> str:
    return {
        "person_name": tr("Person name"),
        "phone": tr("Phone number"),
        "id_number": tr("ID number"),
        "email": tr("E-mail"),
        "address": tr("Address"),
        "location": tr("GPS location"),
        "attachment": tr("Photo or attachment"),
        "sensitive": tr("Sensitive"),
        "birth_date": tr("Date of birth"),
        "device_id": tr("Device or account ID"),
        "free_text": tr("Free text"),
        "staff_name": tr("Staff name"),
        "place_of_residence": tr("Place of residence"),
    }.get(category, category)


def _example_values(layer, columns: list[str], limit: int = 200) -> dict[str, str]:
    """The first non-empty value of each column in the first ``limit`` rows (one read).

    The user's own data, shown to help them decide; it never leaves the dialog.
    """
    columns = [c for c in columns if layer.fields().indexOf(c) >= 0]
    examples: dict[str, str] = {}
    request = (
        QgsFeatureRequest()
        .setFlags(QgsFeatureRequest.Flag.NoGeometry)
        .setSubsetOfAttributes(columns, layer.fields())
        .setLimit(limit)
    )
    for feature in layer.getFeatures(request):
        for column in columns:
            value = feature[column]
            if (
                column not in examples
                and value is not None
                and not (hasattr(value, "isNull") and value.isNull())
                and str(value).strip()
            ):
                examples[column] = _shown(value)
        if len(examples) == len(columns):
            break
    return examples


def _shown(value) -> str:
    """A value as the user reads it: a date as 2019-03-07, not PyQt5.QtCore.QDate(2019, 3, 7)."""
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDate, QDateTime, QTime
        return value.toString(Qt.DateFormat.ISODate)
    return str(value)


class SourcePage(ProtectionPage):
    def __init__(self, parent=None):
        super().__init__(
            "protection_source",
            tr("Data to share"),
            tr(
                "Choose the survey layer to share and, if you have it, the XLSForm it was "
                "collected with: the form tells which questions hold names, GPS points or photos."
            ),
            parent,
        )
        layout = QFormLayout(self)
        self.layer = QgsMapLayerComboBox(self)
        self.layer.setObjectName("layer")
        self.layer.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.form = QgsFileWidget(self)
        self.form.setObjectName("form_file")
        from ...core.survey.xlsform import xlsform_file_filter

        self.form.setFilter(xlsform_file_filter())  # .xlsx and legacy .xls
        layout.addRow(tr("Survey layer"), self.layer)
        layout.addRow(tr("XLSForm (optional)"), self.form)
        note = plain_label(tr("Nothing is changed in this layer: a protected copy is written at the end."), self)
        layout.addRow(note)
        self.layer.layerChanged.connect(self.completeChanged)
        self.layer.layerChanged.connect(self._suggest_form)
        self.form.fileChanged.connect(self.completeChanged)
        self._suggested_form = ""

    def choose_survey(self, active=None) -> None:
        """Start on the survey (a layer of an imported GeoPackage), not on a map's background layer."""
        from ..survey_sources import preferred_survey_layer

        layer = preferred_survey_layer(active)
        if layer is not None:
            self.layer.setLayer(layer)
        self._suggest_form(self.layer.currentLayer())

    def _suggest_form(self, layer) -> None:
        """The XLSForm the import used, unless the user chose another one."""
        from ..survey_sources import imported_form, layer_geopackage

        if self.form.filePath() and self.form.filePath() != self._suggested_form:
            return
        self._suggested_form = imported_form(layer_geopackage(layer)) if layer is not None else ""
        self.form.setFilePath(self._suggested_form)

    def isComplete(self):  # noqa: N802
        return self.layer.currentLayer() is not None and optional_file_ok(self.form)


class FindingsPage(ReadingPage, ProtectionPage):
    """One row per column likely holding personal data, with an action to choose."""

    STOPS_WHEN_CANCELLED = True  # detect_in_layer checks the feedback: Back waits for it to stop

    def __init__(self, parent=None):
        super().__init__(
            "protection_findings",
            tr("Personal data found"),
            tr(
                "Columns that likely hold personal data, found from the form, the column names and "
                "the values. Choose what to do with each before sharing; read the reason when unsure."
            ),
            parent,
        )
        layout = QVBoxLayout(self)
        self.add_busy_widgets(layout, "findings")
        self.counts = plain_label("", self, "finding_counts")
        self.table = QTableWidget(0, len(COLUMNS), self)
        left_to_right_columns(self.table, COLUMNS.index("column"))  # _uuid is not drawn uuid_ in Arabic
        self.table.setObjectName("findings_table")
        self.table.setHorizontalHeaderLabels(
            [tr("Column"), tr("Category"), tr("Risk"), tr("Example value"), tr("Why"), tr("Action")]
        )
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
        # Every row is read (about 3 s for 100,000 submissions): off the GUI thread, on the task's own copy.
        source = self.wizard().source_page
        layer_spec = layer_for_task(source.layer.currentLayer())
        form_path = source.form.filePath()
        self.findings, self.combos, self.detected = [], {}, False
        self.table.setRowCount(0)
        for label in (self.counts, self.details, self.warning, self.problem):
            label.clear()
        self.warning.setVisible(False)

        def work(feedback):
            form = read_xlsform(form_path) if form_path else None
            layer = open_in_task(layer_spec)
            findings = detect_in_layer(layer, form=form, feedback=feedback)
            return findings, _example_values(layer, [f.column for f in findings])

        self.start_reading(tr("Detect personal data"), work)

    def _done(self, result) -> None:
        self._read()
        self.findings, examples = result
        self.detected = True
        self._fill(examples)
        self.completeChanged.emit()

    def _fill(self, examples: dict[str, str]) -> None:
        self.table.setRowCount(len(self.findings))
        for row, finding in enumerate(self.findings):
            self.table.setItem(row, COLUMNS.index("column"), text_item(finding.column))
            self.table.setItem(row, COLUMNS.index("category"), text_item(category_label(finding.category)))
            self.table.setItem(row, COLUMNS.index("risk"), risk_item(finding.risk))
            self.table.setItem(
                row, COLUMNS.index("example"), text_item(examples.get(finding.column, ""), EXAMPLE_LENGTH)
            )
            self.table.setItem(row, COLUMNS.index("reason"), text_item(self._reason(finding)))
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
        self.counts.setText(
            tr(
                "{high} columns at high risk, {medium} at medium risk, {low} at low risk. "
                "The list helps; it does not guarantee that nothing else is personal."
            ).format(**counts)
        )
        self._update_warning()

    def _reason(self, finding) -> str:
        """Why the column was flagged, its column names drawn as typed in Arabic (``_uuid``, not ``uuid_``)."""
        return left_to_right_names(finding.explanation, [f.column for f in self.findings])

    def _show_details(self, row: int, *_args) -> None:
        finding = self.findings[row] if 0 <= row < len(self.findings) else None
        self.details.setText(
            tr("{column}: {explanation}").format(
                column=left_to_right(finding.column), explanation=self._reason(finding)
            )
            if finding
            else ""
        )

    def _update_warning(self, *_args) -> None:
        kept = [
            f.column
            for f in self.findings
            if f.risk == "high" and f.column in self.combos and self.action(f.column) == "keep"
        ]
        self.warning.setText(
            tr(
                "Warning: columns at high risk are kept: {columns}. Share the file only with "
                "partners bound by a data sharing agreement."
            ).format(columns=", ".join(kept))
            if kept
            else ""
        )
        self.warning.setVisible(bool(kept))

    def action(self, column: str) -> str:
        return self.combos[column].currentData()

    def set_action(self, column: str, action: str) -> None:
        self.combos[column].setCurrentIndex(ACTIONS.index(action))

    def columns_with(self, action: str) -> list[str]:
        return [column for column in self.combos if self.action(column) == action]

    def isComplete(self):  # noqa: N802
        return self.detected
