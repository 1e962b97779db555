# SPDX-License-Identifier: GPL-3.0-or-later
"""The download wizard's middle pages: which form (listed in a CoreTask), and which GeoPackage.

For an existing GeoPackage, the output page offers to update it (only new submissions) when it
holds the same form, or to replace it.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QItemSelectionModel, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ...core.base.i18n import tr, trn
from ..shared_database import SharedDatabaseChoice
from ..tasks import CoreTask, follow_task
from ..wizard_common import message_label, plain_label, safe_tooltip
from .jobs import KOBO, ODK, SETTINGS_PREFIX, FormEntry, list_server_forms

# -- page 2: the form ----------------------------------------------------------------------------------


class FormPage(QWizardPage):
    """The forms of the account in a table; Refresh lists them again in a CoreTask."""

    COLUMNS = ("name", "submissions", "last_submission", "deployed", "form_id")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("download_form")
        self.setTitle(tr("Survey"))
        self.setSubTitle(tr("Choose the form whose submissions to download."))
        self.task = None
        self.forms: list[FormEntry] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QLineEdit(self)
        self.filter.setObjectName("form_filter")
        self.filter.setPlaceholderText(tr("Search by name or form ID"))
        self.filter.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(tr("Refresh"), self)
        self.refresh_button.setObjectName("refresh_forms")
        top.addWidget(self.filter, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("form_table")
        self.table.setHorizontalHeaderLabels(
            [tr("Name"), tr("Submissions"), tr("Last submission"), tr("Deployed"), tr("Form ID")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 150)
        self.table.setWordWrap(False)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)
        self.status = message_label("", self, "form_status")
        layout.addWidget(self.status)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("form_progress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.table.itemSelectionChanged.connect(self.completeChanged)
        self.table.itemDoubleClicked.connect(lambda *_: self.wizard().next() if self.isComplete() else None)
        self.filter.textChanged.connect(self._filter)
        self.refresh_button.clicked.connect(self.refresh)

    def initializePage(self):  # noqa: N802
        check = self.wizard().server_page.check
        if check is not None and check.ok:
            self.show_forms(check.forms)
        else:
            self.refresh()

    def refresh(self) -> None:
        """List the forms again, in a CoreTask."""
        if self.running():
            return
        login = self.wizard().server_page.login
        self.task = CoreTask(
            tr("Listing the forms of {url}").format(url=login.url), lambda feedback: list_server_forms(login, feedback)
        )
        follow_task(self, self.task, self.show_forms, self._failed, lambda: self._failed(tr("Listing cancelled.")))
        self.status.setText(tr("Listing the forms of {url}…").format(url=login.url))
        self.progress.show()
        self.refresh_button.setEnabled(False)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def running(self) -> bool:
        return self.task is not None and self.task.is_running()

    def show_forms(self, forms: list[FormEntry]) -> None:
        self.task = None
        self.progress.hide()
        self.refresh_button.setEnabled(True)
        previous = self.selected_form()
        self.forms = list(forms)
        self.table.setSortingEnabled(False)
        self.table.clearSelection()
        self.table.setRowCount(len(self.forms))
        for row, form in enumerate(self.forms):
            values = (
                form.name,
                "" if form.submissions is None else form.submissions,
                form.last_submission[:16].replace("T", " ") or "—",
                form.state,
                form.form_id,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setData(Qt.ItemDataRole.UserRole, row)
                item.setToolTip(safe_tooltip(value))  # form names come from the server
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 2 and not form.last_submission:
                    item.setToolTip(tr("The server did not send the date of the last submission."))
                if not form.deployed and not form.submissions:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                    item.setToolTip(tr("This form is not deployed and has no submissions to download."))
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self._filter(self.filter.text())
        if not self.forms:
            self.status.setText(tr("This account has no forms on this server, or none shared with it."))
        else:
            self.status.setText(
                trn("%n form. Select it, then Next.", "%n forms. Select one, then Next.", len(self.forms))
            )
        selectable = [f for f in self.forms if f.deployed or f.submissions]
        keep = previous.key if previous is not None else (selectable[0].key if len(selectable) == 1 else "")
        if keep:
            self.select(keep)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.task = None
        self.progress.hide()
        self.refresh_button.setEnabled(True)
        self.status.setText(message)
        self.completeChanged.emit()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.table.rowCount()):
            form = self.forms[self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)]
            self.table.setRowHidden(row, bool(needle) and needle not in f"{form.name} {form.form_id}".lower())

    def select(self, key: str) -> bool:
        """Select the form ``key`` (Refresh keeps the choice; the only form is preselected).

        Through the selection model, not ``QTableView.selectRow``: in a right-to-left table that
        one looks the row up at the viewport's right edge, finds no column there, and selects
        nothing (Arabic).
        """
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if self.forms[item.data(Qt.ItemDataRole.UserRole)].key != key:
                continue
            if not item.flags() & Qt.ItemFlag.ItemIsSelectable:
                return False
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.table.indexFromItem(item), flags)
            self.table.scrollToItem(item)
            return True
        return False

    def selected_form(self) -> FormEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.forms[self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)]

    def isComplete(self):  # noqa: N802
        return not self.running() and self.selected_form() is not None

    def cancel(self) -> None:
        if self.running():
            self.task.cancel()


# -- page 3: the GeoPackage ------------------------------------------------------------------------------


class OutputPage(QWizardPage):
    """Where to write; for an existing GeoPackage, update it (only new submissions) or replace it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("download_output")
        self.setTitle(tr("Survey GeoPackage"))
        self.setSubTitle(
            tr(
                "The submissions go into a GeoPackage: raw tables as received, the 'survey' point "
                "layer and a log of each download."
            )
        )
        layout = QVBoxLayout(self)
        self.form_label = plain_label("", self, "output_form")
        layout.addWidget(self.form_label)
        form = QFormLayout()
        self.output = QgsFileWidget(self)
        self.output.setObjectName("output_file")
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output.setConfirmOverwrite(False)  # an existing file is updated or replaced: asked below
        form.addRow(tr("GeoPackage"), self.output)
        self.xlsform = QgsFileWidget(self)
        self.xlsform.setObjectName("xlsform_file")
        from ...core.survey.xlsform import xlsform_file_filter

        self.xlsform.setFilter(xlsform_file_filter())  # .xlsx and legacy .xls
        self.xlsform_label = QLabel(tr("XLSForm (optional: adds constraints and required flags)"), self)
        form.addRow(self.xlsform_label, self.xlsform)
        layout.addLayout(form)
        self.existing_box = QGroupBox(tr("This GeoPackage already exists"), self)
        existing = QVBoxLayout(self.existing_box)
        self.existing_note = plain_label("", self.existing_box, "existing_note")
        self.update_mode = QRadioButton(tr("Update (only new submissions)"), self.existing_box)
        self.update_mode.setObjectName("mode_update")
        self.replace_mode = QRadioButton(tr("Replace (download every submission again)"), self.existing_box)
        self.replace_mode.setObjectName("mode_replace")
        for widget in (self.existing_note, self.update_mode, self.replace_mode):
            existing.addWidget(widget)
        layout.addWidget(self.existing_box)
        self.attachments = QCheckBox(self)
        self.attachments.setObjectName("attachments")
        layout.addWidget(self.attachments)
        sharing = QFormLayout()
        self.sharing = SharedDatabaseChoice(self, sharing)  # also in a shared database, if asked
        layout.addLayout(sharing)
        layout.addStretch(1)
        self._form_key = None
        self.output.fileChanged.connect(self._output_changed)
        self.update_mode.toggled.connect(self.completeChanged)
        self.replace_mode.toggled.connect(self.completeChanged)

    def initializePage(self):  # noqa: N802
        wizard = self.wizard()
        form = wizard.form_page.selected_form()
        count = "?" if form.submissions is None else form.submissions
        self.form_label.setText(
            tr("Form: {name} ({count} submissions on the server)").format(name=form.name, count=count)
        )
        odk = wizard.server_page.login.kind == ODK
        self.xlsform.setVisible(odk)
        self.xlsform_label.setVisible(odk)
        if not self.output.filePath() or self._form_key != form.key:
            from ...core.base.safe_files import sanitise_filename

            folder = QgsSettings().value(SETTINGS_PREFIX + "folder", "") or str(Path.home())
            self.output.setFilePath(str(Path(folder) / (sanitise_filename(form.name, "survey") + ".gpkg")))
        self._form_key = form.key
        self._output_changed()
        self.sharing.fill_connections()

    def output_path(self) -> Path | None:
        text = self.output.filePath().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix.lower() == ".gpkg" else path.with_name(path.name + ".gpkg")

    def _output_changed(self, *_args) -> None:
        from ...core.servers.attachments import attachments_dir

        path = self.output_path()
        self.attachments.setText(
            tr("Download attachments (photos) into the folder {folder} beside the GeoPackage").format(
                folder=attachments_dir(path).name if path else "…_attachments"
            )
        )
        exists = path is not None and path.is_file()
        self.existing_box.setVisible(exists)
        if exists:
            can_update, note = self._update_possible(path)
            self.existing_note.setText(note)
            self.update_mode.setEnabled(can_update)
            (self.update_mode if can_update else self.replace_mode).setChecked(True)
        self.completeChanged.emit()

    def _update_possible(self, path: Path) -> tuple[bool, str]:
        """Can ``path`` be updated with the chosen form? And the sentence saying what it holds."""
        from ...core.servers.sync import largest_kobo_id, last_copy_message, last_sync

        wizard = self.wizard()
        form = wizard.form_page.selected_form()
        kind = wizard.server_page.login.kind
        try:
            row = last_sync(path)
        except Exception:  # noqa: BLE001  (not a GeoPackage, or not ours: it can only be replaced)
            return False, tr("{file} is not a survey GeoPackage: it can only be replaced.").format(file=path.name)
        if row is None:
            if kind == KOBO and largest_kobo_id(path) is not None:
                return True, tr(
                    "{file} holds a KoboToolbox export imported from a file; an update adds the "
                    "submissions after its last _id. Make sure it is the same form."
                ).format(file=path.name)
            return False, tr("{file} was not downloaded from a server: it can only be replaced.").format(file=path.name)
        source = str(row.get("source_file") or "")
        if kind == KOBO:
            same = f"/assets/{form.key}/" in source
        else:
            same = source.endswith(f"/projects/{form.project_id}/forms/{form.form_id}")
        if not same or row.get("source_kind") != kind:
            return False, tr("{file} holds another form ({source}): replace it or choose another file.").format(
                file=path.name, source=source
            )
        return True, last_copy_message(path)

    def isComplete(self):  # noqa: N802
        path = self.output_path()
        return (
            path is not None
            and path.parent.is_dir()
            and (not path.is_file() or self.update_mode.isChecked() or self.replace_mode.isChecked())
        )

    def is_update(self) -> bool:
        path = self.output_path()
        return bool(path and path.is_file() and self.update_mode.isChecked() and self.update_mode.isEnabled())

    def validatePage(self):  # noqa: N802
        QgsSettings().setValue(SETTINGS_PREFIX + "folder", str(self.output_path().parent))
        return True
