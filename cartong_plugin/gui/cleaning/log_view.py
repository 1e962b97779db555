# SPDX-License-Identifier: GPL-3.0-or-later
"""``CleaningLogView``, the widget a reviewer works in (used by the cleaning wizard's review page).

The reviewer's name, filters by check family, decision and text, the table of the log (its models
and the change_type editor are ``log_model``'s), counts, and the buttons that save the log into the
survey's GeoPackage, export it for field teams and import it back edited (``core.cleaning.log_files``).
A double-click on a row zooms the map to its submission.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsExpression, QgsSettings
from qgis.gui import QgsFilterLineEdit
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.base.errors import CartongError
from ...core.base.i18n import listed, tr, trn
from ...core.cleaning.checks.layers import layer_geopackage
from ...core.cleaning.log import CHANGE_TYPES, LOG_COLUMNS, UUID_COLUMN
from ..wizard_common import left_to_right_columns, plain_label
from .log_model import ENTRY_ROLE, ChangeTypeDelegate, LogFilterProxy, LogTableModel
from .log_words import change_type_label, change_type_labels, check_titles

SETTINGS_PREFIX = "cartong/cleaning/"


class CleaningLogView(QWidget):
    """The log as a reviewer works on it: reviewer name, filters, the table, export/import/save.

    ``set_log(entries, frame, layer)`` shows a log of ``layer`` (its GeoPackage holds the saved log;
    ``frame`` is the survey as a DataFrame, to validate imported logs). Problems are shown in a
    window-modal message (``problem_box``); short news in the QGIS message bar.
    """

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.layer = None
        self.model = LogTableModel(parent=self)
        self.proxy = LogFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.frame = None
        self.problem_box = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.reviewer = QLineEdit(self)
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(tr("Your name, written in the 'who' column of the rows you edit"))
        self.reviewer.setText(QgsSettings().value(SETTINGS_PREFIX + "reviewer", "", type=str))
        self.reviewer.textChanged.connect(self._reviewer_changed)
        self.reviewer.setMinimumWidth(320)
        label = QLabel(tr("&Reviewer"), self)
        label.setBuddy(self.reviewer)
        top.addWidget(label)
        top.addWidget(self.reviewer)
        top.addStretch(1)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.family = QComboBox(self)
        self.family.setObjectName("filter_family")
        self.family.addItem(tr("All checks"), "")
        for name, title in check_titles().items():
            self.family.addItem(title, name)
        self.change_type = QComboBox(self)
        self.change_type.setObjectName("filter_change_type")
        self.change_type.addItem(tr("All decisions"), "")
        for change in CHANGE_TYPES:
            self.change_type.addItem(change_type_label(change), change)
        self.search = QgsFilterLineEdit(self)
        self.search.setObjectName("filter_text")
        self.search.setShowSearchIcon(True)
        self.search.setPlaceholderText(tr("Search uuid, question, values, issue…"))
        filters.addWidget(self.family)
        filters.addWidget(self.change_type)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)
        self.family.currentIndexChanged.connect(lambda: self.proxy.set_family(self.family.currentData()))
        self.change_type.currentIndexChanged.connect(lambda: self.proxy.set_change_type(self.change_type.currentData()))
        self.search.textChanged.connect(self.proxy.set_text)

        self.table = QTableView(self)
        self.table.setObjectName("log_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # file order until the user sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Double-click zooms to the submission; a click on a selected cell (or F2) edits it.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(LOG_COLUMNS.index("change_type"), ChangeTypeDelegate(self.table))
        left_to_right_columns(self.table, LOG_COLUMNS.index("uuid"), LOG_COLUMNS.index("question"))
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # uuids: both ends stay readable
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The decision beside the values it is about (the model keeps the log's column order for exports).
        header.moveSection(
            header.visualIndex(LOG_COLUMNS.index("change_type")), header.visualIndex(LOG_COLUMNS.index("new_value")) + 1
        )
        self.table.doubleClicked.connect(self.zoom_to_row)
        layout.addWidget(self.table, 1)

        self.counts = plain_label("", self, "log_counts")
        layout.addWidget(self.counts)
        bottom = QHBoxLayout()
        self.export_button = QPushButton(tr("Export…"), self)
        self.export_button.setObjectName("export_log")
        self.export_button.setToolTip(tr("Write the log to XLSX or CSV for field teams"))
        self.import_button = QPushButton(tr("Import edited log…"), self)
        self.import_button.setObjectName("import_log")
        self.save_button = QPushButton(tr("Save to the GeoPackage"), self)
        self.save_button.setObjectName("save_log")
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.export_button.clicked.connect(self._ask_export)
        self.import_button.clicked.connect(self._ask_import)
        self.save_button.clicked.connect(self.save)
        for signal in (
            self.model.dataChanged,
            self.model.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self._update_counts)
        self._reviewer_changed(self.reviewer.text())

    def set_log(self, entries, frame, layer) -> None:
        """Show ``entries`` (not saved yet) of the survey ``layer``, read as ``frame``."""
        self.layer, self.frame = layer, frame
        self.model.set_entries(entries)
        self.model.dirty = True
        self.fit_columns()
        self._update_counts()

    def fit_columns(self) -> None:
        """Columns as wide as their content, within limits (long issues are in the tooltip)."""
        self.table.resizeColumnsToContents()
        limits = {"uuid": 130, "old_value": 140, "new_value": 140, "issue": 320, "explanation": 360}
        for number, column in enumerate(LOG_COLUMNS):
            width = min(self.table.columnWidth(number), limits.get(column, 220))
            if column == "change_type":  # room for the longest decision and the combo box arrow
                longest = max(
                    self.table.fontMetrics().horizontalAdvance(label) for label in change_type_labels().values()
                )
                width = max(width, longest + 40)
            self.table.setColumnWidth(number, max(width, 70))

    # -- helpers ---------------------------------------------------------------------------
    def gpkg(self) -> str:
        return layer_geopackage(self.layer)

    def _reviewer_changed(self, text: str) -> None:
        self.model.reviewer = text.strip()
        QgsSettings().setValue(SETTINGS_PREFIX + "reviewer", text.strip())

    def _update_counts(self, *_args) -> None:
        counts = self.model.counts()
        text = tr("{rows}; {counts}.").format(
            rows=trn("{shown} of %n row shown", "{shown} of %n rows shown", self.model.rowCount()).format(
                shown=self.proxy.rowCount()
            ),
            counts=listed(
                [
                    trn("%n pending", "%n pending", counts["pending"]),
                    trn("%n to change", "%n to change", counts["change_response"]),
                    trn("%n to remove", "%n to remove", counts["remove_survey"]),
                    trn("%n kept as it is", "%n kept as they are", counts["no_action"]),
                ]
            ),
        )
        if self.model.dirty:
            text += " " + tr("Not saved yet.")
        self.counts.setText(text)

    def _message(self, text: str, level=None) -> None:
        bar = getattr(self.iface, "messageBar", None) if self.iface is not None else None
        if bar is not None:
            bar().pushMessage(tr("Cleaning"), text, level if level is not None else Qgis.MessageLevel.Info, 5)

    # -- actions ---------------------------------------------------------------------------
    def zoom_to_row(self, index) -> bool:
        """Select the submission of the row (by _uuid) on the survey layer and zoom the map to it."""
        entry = self.proxy.data(index, ENTRY_ROLE)
        layer = self.layer
        if entry is None or layer is None:
            return False
        expression = f"{QgsExpression.quotedColumnRef(UUID_COLUMN)} = {QgsExpression.quotedValue(entry.uuid)}"
        layer.selectByExpression(expression)
        if not layer.selectedFeatureCount():
            self._message(
                tr("No submission has the uuid {uuid} in {layer}.").format(uuid=entry.uuid, layer=layer.name())
            )
            return False
        if not layer.isSpatial() or layer.boundingBoxOfSelected().isNull():
            self._message(tr("The submission {uuid} has no location.").format(uuid=entry.uuid))
            return False
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None:
            return False
        canvas.zoomToSelected(layer)
        canvas.flashFeatureIds(layer, layer.selectedFeatureIds())
        return True

    def save(self) -> bool:
        from ...core.cleaning.log_files import write_log_to_gpkg

        try:
            write_log_to_gpkg(self.model.entries, self.gpkg())
        except CartongError as err:
            self.show_problem(tr("The cleaning log was not saved"), str(err))
            return False
        self.model.dirty = False
        self._update_counts()
        self._message(
            trn(
                "Cleaning log saved in {file} (%n row).",
                "Cleaning log saved in {file} (%n rows).",
                self.model.rowCount(),
            ).format(file=self.gpkg())
        )
        return True

    def export_to(self, path: str) -> bool:
        from ...core.cleaning.log_files import export_log, export_warning

        try:
            export_log(self.model.entries, path)
        except CartongError as err:
            self.show_problem(tr("The cleaning log was not exported"), str(err))
            return False
        warning = export_warning(self.model.entries, path)  # cells Excel would cut
        self._message(" ".join(filter(None, (tr("Cleaning log exported to {file}.").format(file=path), warning))))
        return True

    def import_from(self, path: str) -> bool:
        """Replace the rows by an edited log, if every row matches the survey; else list the bad rows."""
        from ...core.cleaning.log_files import import_log

        warnings: list[str] = []
        try:
            entries = import_log(path, self.frame, warnings=warnings)
        except CartongError as err:
            self.show_problem(tr("The edited log was not imported"), str(err))
            return False
        self.model.set_entries(entries)
        self.fit_columns()
        self.model.dirty = True
        self._update_counts()
        self._message(
            trn(
                "%n row imported from {file}. Save it to keep it.",
                "%n rows imported from {file}. Save them to keep them.",
                len(entries),
            ).format(file=Path(path).name)
        )
        for warning in warnings:  # a log Excel saved in a Windows code page: which one it was read with
            self._message(warning, Qgis.MessageLevel.Warning)
        return True

    def show_problem(self, title: str, message: str) -> None:
        """A window-modal message (open(), not exec(): QGIS and the tests keep running)."""
        first, _, rows = message.partition("\n")
        box = QMessageBox(QMessageBox.Icon.Warning, title, first, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("problem_box")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes values of the imported log
        if rows:  # the rows at fault, visible at once; the whole message to copy in the details
            box.setInformativeText(rows)
            box.setDetailedText(message)
            informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
            if informative is not None:  # Qt gives the informative text its own label, in AutoText
                informative.setTextFormat(Qt.TextFormat.PlainText)
        # QMessageBox sizes itself; a spacer keeps one row at fault on one line.
        grid = box.layout()
        grid.addItem(
            QSpacerItem(560, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
            grid.rowCount(),
            0,
            1,
            grid.columnCount(),
        )
        self.problem_box = box
        box.open()

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export the cleaning log"),
            str(Path(self.gpkg()).with_name("cleaning_log.xlsx")),
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_to(path)

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import an edited cleaning log"), str(Path(self.gpkg()).parent), tr("Cleaning logs (*.xlsx *.csv)")
        )
        if path:
            self.import_from(path)
