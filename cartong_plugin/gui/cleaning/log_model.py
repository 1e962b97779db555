# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning log as Qt models: a table model of LogEntry rows, a filter proxy and a change_type editor.

``LogTableModel`` shows the LOG_COLUMNS in words (``log_words``: decisions, checks, form
constraints; the log's codes stay in the EditRole, the tooltips and the exported file); only
``change_type`` and ``new_value`` are editable, and an edit stamps the row with the reviewer
(``who``) and the time (``when``). ``LogFilterProxy`` filters by check family, change_type and
free text and sorts by any column. ``ChangeTypeDelegate`` edits ``change_type`` with a combo box of
the allowed decisions, in words. The widget a reviewer works in is ``log_view.CleaningLogView``.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QComboBox, QStyledItemDelegate

from ...core.cleaning.log import CHANGE_TYPES, LOG_COLUMNS, PENDING, LogEntry, now_iso
from ...core.cleaning.log_cells import read_cell, store_text
from ..wizard_common import safe_tooltip
from .log_words import change_type_label, check_label, column_code_tip, column_titles, explanation_in_words

EDITABLE_COLUMNS = ("change_type", "new_value")
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the LogEntry of a row
FAMILY_ROLE = Qt.ItemDataRole.UserRole + 2  # the check family ("gps" for "gps.swapped")

# Colour-blind safe tints (Okabe-Ito, lightened) so a reviewer sees at a glance what is decided.
_CHANGE_COLOURS = {"change_response": "#d5e8f5", "remove_survey": "#f6dccb", "no_action": "#e3e3e3"}


def family_of(entry: LogEntry) -> str:
    return entry.check_id.split(".")[0]


def shown_value(entry: LogEntry, column: str) -> str:
    """What the review table shows in ``column``: decisions, checks and constraints in words."""
    value = getattr(entry, column)
    if column == "change_type":
        return change_type_label(value)
    if column == "check_id":
        return check_label(value)
    if column == "explanation":
        return explanation_in_words(value)
    return value


class LogTableModel(QAbstractTableModel):
    """A list of LogEntry as a table; ``reviewer`` is written in ``who`` when a row is edited."""

    def __init__(self, entries=(), parent=None):
        super().__init__(parent)
        self.entries: list[LogEntry] = list(entries)
        self.reviewer = ""
        self.titles = column_titles()
        self.dirty = False  # edited since the last save

    def set_entries(self, entries) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()
        self.dirty = False

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(LOG_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.titles[LOG_COLUMNS[section]]
            return section + 1
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return column_code_tip(LOG_COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = LOG_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_value(entry, column)
        if role == Qt.ItemDataRole.EditRole:  # the log's own value (codes for change_type and check_id)
            # a new value is typed as in any log cell (log_cells): "NA" is empty, 'NA the text NA
            return store_text(entry.new_value) if column == "new_value" else getattr(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            "issue",
            "explanation",
            "old_value",
            "new_value",
            "check_id",
            "change_type",
        ):
            return safe_tooltip(getattr(entry, column))  # survey values: shown as typed, never as HTML
        if role == Qt.ItemDataRole.BackgroundRole and column == "change_type":
            colour = _CHANGE_COLOURS.get(entry.change_type)
            return QBrush(QColor(colour)) if colour else None
        if role == ENTRY_ROLE:
            return entry
        if role == FAMILY_ROLE:
            return family_of(entry)
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and LOG_COLUMNS[index.column()] in EDITABLE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = LOG_COLUMNS[index.column()]
        if column not in EDITABLE_COLUMNS:
            return False
        value = "" if value is None else str(value)
        if column == "new_value":
            value = read_cell(value)
        if column == "change_type" and value not in CHANGE_TYPES:
            return False
        entry = self.entries[index.row()]
        if getattr(entry, column) == value:
            return False
        setattr(entry, column, value)
        if self.reviewer:
            entry.who = self.reviewer
        entry.when = now_iso()
        self.dirty = True
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(LOG_COLUMNS) - 1))
        return True

    def counts(self) -> dict[str, int]:
        """Rows per change_type."""
        counts = {change: 0 for change in CHANGE_TYPES}
        for entry in self.entries:
            counts[entry.change_type] = counts.get(entry.change_type, 0) + 1
        return counts

    def pending(self) -> int:
        return sum(1 for e in self.entries if e.change_type == PENDING)


class LogFilterProxy(QSortFilterProxyModel):
    """Rows of one check family and/or change_type whose text contains the filter (any column)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.family = ""
        self.change_type = ""
        self.text = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_family(self, family: str) -> None:
        self.family = family or ""
        self.invalidateFilter()

    def set_change_type(self, change_type: str) -> None:
        self.change_type = change_type or ""
        self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self.text = (text or "").strip().lower()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        entry = self.sourceModel().entries[source_row]
        if self.family and family_of(entry) != self.family:
            return False
        if self.change_type and entry.change_type != self.change_type:
            return False
        if self.text:  # what is shown and the log's codes both match
            return any(
                self.text in (getattr(entry, c) or "").lower() or self.text in shown_value(entry, c).lower()
                for c in LOG_COLUMNS
            )
        return True


class ChangeTypeDelegate(QStyledItemDelegate):
    """A combo box of the allowed decisions, in words (the code is the item's data)."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QComboBox(parent)
        editor.setObjectName("change_type_editor")
        for code in CHANGE_TYPES:
            editor.addItem(change_type_label(code), code)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or PENDING)))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
