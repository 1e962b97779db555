# SPDX-License-Identifier: GPL-3.0-or-later
"""The data protection wizard's last pages: the output file and key, the export (CoreTask), the summary.

The summary says in words what ``export_for_sharing`` did, and links the README note that
travels with the file.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
)

from ...core.base.errors import CartongError
from ...core.base.i18n import left_to_right, left_to_right_list, tr, trn
from ...core.base.layer_filters import shared_part_sentence
from ...core.base.safe_files import plain_text, sanitise_filename
from ...core.protection import pseudonymise
from ...core.protection.share_export import export_for_sharing
from ...core.protection.share_refused_repeats import ACTION as REFUSED_ROWS
from ...core.protection.share_refused_repeats import UNCHECKED, repeat_refusals_sentence, unchecked_warning
from ...core.protection.share_repeats import absent_submissions_warning
from ..tasks import CoreTask, layer_for_task, open_in_task
from ..wizard_common import follow_layout_direction, plain_label
from .pages_common import WARNING_STYLE, ProtectionPage


def describe_action(action: dict, key_file: str = "") -> str:
    """One sentence, in the user's language, for an action recorded by export_for_sharing.

    ``key_file``: the file the pseudonymisation key came from, when it was not QGIS's password store."""
    params = action.get("parameters", {})
    columns = left_to_right_list(action.get("columns", []))
    rows = action.get("rows_affected", 0)
    kind = action["action"]
    if kind == "part_of_source":
        return shared_part_sentence(action)
    if kind == "leave_out_refusals":
        from ...core.protection.share_refusals import refusals_sentence

        return refusals_sentence(rows, columns)
    if kind == REFUSED_ROWS:
        return repeat_refusals_sentence(rows, columns, params.get("table", ""))
    if kind == UNCHECKED:
        return unchecked_warning(action)
    if kind == "drop_columns":
        return tr("Columns removed: {columns}.").format(columns=columns)
    if kind == "drop_high_risk_columns":
        return tr("Columns at high risk removed by default: {columns}.").format(columns=columns)
    if kind == "keep_high_risk_columns":
        return tr("WARNING: columns at high risk kept by your choice: {columns}.").format(columns=columns)
    if kind == "drop_location_columns":
        return tr("Columns repeating the exact location removed: {columns}.").format(columns=columns)
    if kind == "drop_attachment_columns":
        return tr("Attachment columns removed: {columns}.").format(columns=columns)
    if kind == "drop_companion_columns":
        return tr("Choice labels and choice columns removed with their question: {columns}.").format(columns=columns)
    if kind == "blank_companion_columns":
        return tr("Choice labels and choice columns blanked with their question in {rows} rows: {columns}.").format(
            rows=rows, columns=columns
        )
    if kind == "pseudonymise_same_id_columns":
        return tr(
            "The same identifiers under another name replaced by pseudonyms with the same key: {columns}."
        ).format(columns=columns)
    if kind == "pseudonymise" and key_file:
        return tr("Columns replaced by pseudonyms (key {key}, in the key file {file}): {columns}.").format(
            key=params.get("key_fingerprint", ""), file=left_to_right(key_file), columns=columns
        )
    if kind == "pseudonymise":
        return tr(
            "Columns replaced by pseudonyms (key {key}, kept in your QGIS authentication database): {columns}."
        ).format(key=params.get("key_fingerprint", ""), columns=columns)
    if kind == "suppress_rare_combinations":
        return tr("Rare combinations of {columns}: {values} values blanked in {rows} rows (k = {k}).").format(
            columns=columns, values=params.get("values_blanked", 0), rows=rows, k=params.get("k", "")
        )
    if kind == "points_reveal_blanked_values":
        return tr(
            "WARNING: the points are kept and can show the area a blanked value of {columns} stood for: "
            "count by admin area or remove the locations to share rare areas."
        ).format(columns=columns)
    if kind == "strip_links":
        return tr("Links and attachment names removed from {rows} values.").format(rows=rows)
    if kind == "displace":
        return tr("{rows} points moved in a random direction by {min:.0f} to {max:.0f} m.").format(
            rows=rows, min=params.get("min_distance_m", 0), max=params.get("max_distance_m", 0)
        )
    if kind == "offsets_by_row":
        return tr(
            "WARNING: no submission id column; offsets follow the row number, so a copy of a re-imported "
            "file moves the points another way."
        )
    if kind == "rows_of_absent_submissions":
        return absent_submissions_warning(action)
    if kind == "keep_in_admin_area":
        return tr("Points kept in their admin area; {rows} could not be and may lie in a neighbouring area.").format(
            rows=rows
        )
    if kind == "snap_to_grid":
        return tr("{rows} points moved to the centre of {size:.0f} m grid cells.").format(
            rows=rows, size=params.get("grid_size_m", 0)
        )
    if kind == "drop_geometry":
        return tr("Locations removed: the file holds no points.")
    if kind == "keep_location":
        return tr("WARNING: exact locations kept. Share only under a data sharing agreement.")
    if kind == "aggregate":
        return tr(
            "Counts by {columns} for {rows} areas; {small} small counts and {other} other counts hidden (k = {k})."
        ).format(
            columns=columns,
            rows=rows,
            small=params.get("hidden_small_counts", 0),
            other=params.get("hidden_complementary", 0),
            k=params.get("k", ""),
        )
    return kind


def _unused_path(folder: Path, stem: str, suffix: str = ".gpkg") -> Path:
    """``folder/stem.gpkg``, or ``stem_2.gpkg``... so a suggestion never overwrites an earlier share."""
    path, number = folder / f"{stem}{suffix}", 2
    while path.exists():
        path, number = folder / f"{stem}_{number}{suffix}", number + 1
    return path


class OutputPage(ProtectionPage):
    def __init__(self, parent=None):
        super().__init__(
            "protection_output",
            tr("Shared file"),
            tr(
                "Where to write the protected copy. A note explaining what was done is written "
                "beside it (same name followed by .README.txt), in English and French."
            ),
            parent,
        )
        layout = QFormLayout(self)
        self.output = QgsFileWidget(self)
        self.output.setObjectName("output_file")
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("GeoPackage (*.gpkg);;CSV (*.csv)"))
        self.output.setConfirmOverwrite(False)  # an existing file is asked about on Export (validatePage)
        self.output.fileChanged.connect(self.completeChanged)
        self.plan = QPlainTextEdit(self)
        follow_layout_direction(self.plan)
        self.plan.setObjectName("plan")
        self.plan.setReadOnly(True)
        self.problem = plain_label("", self, "problem")
        self.problem.setStyleSheet(WARNING_STYLE)
        # which key makes the pseudonyms: the usual one (they match the user's other exports), one
        # for this recipient only (nobody can link their file to another one), or a key file the
        # user keeps (no password store, so no master password: for a one-off export)
        self.key_choice = QComboBox(self)
        self.key_choice.setObjectName("key_choice")
        self.key_file = QgsFileWidget(self)
        self.key_file.setObjectName("key_file")
        self.key_file.setFilter(tr("Key files (*.key *.txt);;All files (*)"))
        self.key_file_label = QLabel(tr("Key file"), self)
        self.key_note = plain_label("", self, "key_note")
        self.key_choice.currentIndexChanged.connect(self._key_choice_changed)
        self.key_file.fileChanged.connect(self.completeChanged)
        layout.addRow(tr("Output file"), self.output)
        layout.addRow(tr("Pseudonymisation key"), self.key_choice)
        layout.addRow(self.key_file_label, self.key_file)
        layout.addRow(self.key_note)
        layout.addRow(tr("What will be done"), self.plan)
        layout.addRow(self.problem)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Export"))
        self._suggested = ""  # the file name this page proposed (it follows the survey chosen)
        self.key = None
        self.key_source = ""  # the key file used, when the key came from one
        self.new_keys: dict[str, tuple[str, bytes]] = {}  # output path (or key file) -> key created for it
        self._key_choice_changed()

    def initializePage(self):  # noqa: N802
        self.problem.clear()
        wizard = self.wizard()
        if not self.output.filePath() or self.output.filePath() == self._suggested:  # ours follows the survey
            layer = wizard.source_page.layer.currentLayer()
            folder = Path(layer.source().split("|")[0]).parent if layer.providerType() == "ogr" else Path.home()
            self._suggested = str(_unused_path(folder, sanitise_filename(layer.name(), "survey") + "_shared"))
            self.output.setFilePath(self._suggested)
        self.plan.setPlainText("\n".join(wizard.plan_lines()))
        self._offer_keys(bool(wizard.findings_page.columns_with("pseudonymise")))

    def _offer_keys(self, needed: bool) -> None:
        chosen = self.key_choice.currentData()
        self.key_choice.clear()
        self.key_choice.addItem(tr("My usual key (pseudonyms match my other exports)"), "default")
        self.key_choice.addItem(
            tr("A new key for this file only (pseudonyms cannot be linked to other exports)"), "new"
        )
        usual = QgsSettings().value(pseudonymise.SETTING_KEY_AUTHCFG, "", type=str)
        for authcfg, name in pseudonymise.list_keys():
            if authcfg != usual:
                self.key_choice.addItem(name, authcfg)
        self.key_choice.addItem(tr("A key file I keep…"), "file")
        self.key_choice.addItem(tr("Save a new key to a file…"), "new_file")
        index = self.key_choice.findData(chosen) if chosen else 0
        self.key_choice.setCurrentIndex(max(index, 0))
        self.key_choice.setEnabled(needed)
        self.key_choice.setToolTip("" if needed else tr("No column is pseudonymised."))
        self._key_choice_changed()

    def _key_choice_changed(self, *_args) -> None:
        """Say before Export where the key is kept, and whether QGIS may ask its master password."""
        choice = self.key_choice.currentData()
        in_file = choice in ("file", "new_file")
        self.key_file.setVisible(in_file)
        self.key_file_label.setVisible(in_file)
        self.key_file.setStorageMode(
            QgsFileWidget.StorageMode.SaveFile if choice == "new_file" else QgsFileWidget.StorageMode.GetFile
        )
        self.key_file.setConfirmOverwrite(False)  # an existing key file is never replaced (validatePage)
        if not self.key_choice.isEnabled():
            self.key_note.setText("")
        elif choice == "file":
            self.key_note.setText(
                tr(
                    "The key is read from your file; QGIS's password store is not used. Use the "
                    "same file next time to get the same pseudonyms."
                )
            )
        elif choice == "new_file":
            self.key_note.setText(
                tr(
                    "A new key is written to the file you name (it must not exist yet). Keep it "
                    "safe and apart from the shared data: whoever has it can check a guessed "
                    "name against its pseudonym."
                )
            )
        else:
            self.key_note.setText(
                tr(
                    "The key is kept in QGIS's password store: after Export, QGIS may ask for "
                    "its master password (or to create one). For a one-off export without it, "
                    "choose a key file."
                )
            )
        self.completeChanged.emit()

    def _chosen_key(self) -> bytes:
        """The key chosen, read (or created) here, on the GUI thread: QGIS may ask for the master password."""
        choice = self.key_choice.currentData()
        if choice in ("file", "new_file"):
            return self._file_key(choice)
        if choice == "new":
            path = str(self.output_path())
            if path not in self.new_keys:  # Back and Next again: the same new key, not another one
                self.new_keys[path] = pseudonymise.create_key(self.output_path().name)
            return self.new_keys[path][1]
        if choice and choice != "default":
            return pseudonymise.load_key(choice)
        return pseudonymise.default_key()[1]

    def _file_key(self, choice: str) -> bytes:
        """The key of the chosen file, or a new key written to it (CartongError names the file)."""
        path = self.key_file.filePath().strip()
        if not path:
            raise CartongError(tr("Choose the key file."))
        self.key_source = path
        if choice == "file":
            if not Path(path).expanduser().is_file():  # not quoted: the key itself may have been pasted there
                raise CartongError(
                    tr(
                        "No file exists at the path typed in {label}: choose the file that holds the key, not the key."
                    ).format(label=self.key_file_label.text())
                )
            return pseudonymise.key_from_named_source(f"file:{path}", parameter=self.key_file_label.text())
        if path in self.new_keys:  # Back and Next again: the key written the first time
            return self.new_keys[path][1]
        if Path(path).exists():
            raise CartongError(
                tr(
                    '{file} already exists: choose "A key file I keep…" to use it, or another name for the new key.'
                ).format(file=path)
            )
        if not Path(path).parent.is_dir():
            raise CartongError(tr("The folder {folder} does not exist.").format(folder=Path(path).parent))
        key = pseudonymise.new_key()
        write_key_file(Path(path), key)
        self.new_keys[path] = ("file", key)
        return key

    def output_path(self) -> Path:
        """The chosen path; a name without .gpkg or .csv gets .gpkg."""
        path = Path(self.output.filePath())
        return path if path.suffix.lower() in (".gpkg", ".csv") else path.with_name(path.name + ".gpkg")

    def isComplete(self):  # noqa: N802
        if (
            self.key_choice.isEnabled()
            and self.key_choice.currentData() in ("file", "new_file")
            and not self.key_file.filePath().strip()
        ):
            return False
        return bool(self.output.filePath().strip())

    def validatePage(self):  # noqa: N802
        self.problem.clear()
        self.key, self.key_source = None, ""
        path = self.output_path()
        if not path.parent.is_dir():
            self.problem.setText(tr("The folder {folder} does not exist.").format(folder=path.parent))
            return False
        source = self.wizard().source_page.layer.currentLayer()
        if path.resolve() == Path(source.source().split("|")[0]).resolve():
            self.problem.setText(tr("Choose another file: the shared copy cannot replace the survey itself."))
            return False
        if path.exists() and not self._may_replace(path):
            return False
        if self.wizard().findings_page.columns_with("pseudonymise"):
            try:
                self.key = self._chosen_key()
            except CartongError as err:
                self.problem.setText(str(err))
                return False
        return True

    def _may_replace(self, path: Path) -> bool:
        """An existing file is replaced only when the project does not use it and the user says Yes."""
        from ..output_guard import confirm_replace, in_use_problem

        problem = in_use_problem(path)
        if problem:
            self.problem.setText(problem)
            return False
        return confirm_replace(self, path)


def write_key_file(path: Path, key: bytes) -> None:
    """The key as 64 hexadecimal characters on one line, readable by its owner only; whole or not at all."""
    import os

    from ...core.base.atomic import atomic_output

    with atomic_output(path) as tmp:
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(key.hex() + "\n")


class RunPage(ProtectionPage):
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

    def task_running(self) -> bool:  # Back and Next held meanwhile (CartongWizard)
        return self.is_running()

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


class SummaryPage(ProtectionPage):
    def __init__(self, parent=None):
        super().__init__(
            "protection_summary", tr("Done"), tr("Read the note before sending the file: it travels with it."), parent
        )
        layout = QVBoxLayout(self)
        self.headline = plain_label("", self, "headline")
        self.actions = QPlainTextEdit(self)
        follow_layout_direction(self.actions)
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
        self.headline.setText(
            trn("%n row written to {file}.", "%n rows written to {file}.", report.rows).format(
                file=left_to_right(report.output)
            )
        )
        key_file = self.wizard().output_page.key_source
        self.actions.setPlainText("\n".join("• " + describe_action(a, key_file) for a in report.actions))
        self.links.setText(
            tr("{readme} · {folder}").format(
                readme=_link(report.readme, tr("Open the README note")),
                folder=_link(report.output.parent, tr("Open the folder")),
            )
        )


def _link(path: Path, text: str) -> str:
    """An HTML link to a local file; the URL and text are escaped."""
    return f'<a href="{plain_text(QUrl.fromLocalFile(str(path)).toString())}">{plain_text(text)}</a>'
