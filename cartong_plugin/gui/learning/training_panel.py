# SPDX-License-Identifier: GPL-3.0-or-later
"""The training side panel: exercises whose steps tick themselves as outputs appear.

It watches the project (layers added, layouts added) and the training folder (files written),
and asks ``core.learning.training`` to re-evaluate the steps shortly after each change.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QFileSystemWatcher, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.base.errors import CartongError
from ...core.base.i18n import left_to_right, left_to_right_runs, tr, trn
from ...core.base.translation import RIGHT_TO_LEFT_LANGUAGES, layout_direction, preferred_language
from ...core.learning.training import SETTING_FOLDER, STATE_FILE, TrainingSession, default_folder
from .docks import keep_dock

PANEL_OBJECT_NAME = "CartongTrainingPanel"
REEVALUATE_DELAY_MS = 700  # let writers finish (a GeoPackage is written in several steps)


class TrainingPanel(QDockWidget):
    """Lists the exercises of a session; ticks steps, resets and exports the summary."""

    def __init__(
        self,
        session: TrainingSession,
        parent=None,
        project: QgsProject | None = None,
        language: str | None = None,
        iface=None,
    ):
        super().__init__(tr("CartONG training"), parent)
        self.setObjectName(PANEL_OBJECT_NAME)
        self.session = session
        self.project = project or QgsProject.instance()
        self.language = language or preferred_language()
        self.setLayoutDirection(layout_direction(self.language))  # Arabic steps read right to left
        self.iface = iface
        self.on_help = None  # callable(page_id) showing a step's help; set by open_training_panel

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.right_to_left = self.language in RIGHT_TO_LEFT_LANGUAGES
        folder = left_to_right(session.folder) if self.right_to_left else session.folder
        self.folder_label = QLabel(tr("Folder: {folder}").format(folder=folder), body)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        # A list, not a tree: QListView wraps long step texts to the panel's width.
        self.step_list = QListWidget(body)
        self.step_list.setObjectName("trainingSteps")
        self.step_list.setWordWrap(True)
        self.step_list.setUniformItemSizes(False)
        self.step_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.step_list.setSpacing(2)
        self.step_list.setToolTip(
            tr("Steps tick themselves when their result appears. Double-click a step for its help page.")
        )
        self.step_list.itemDoubleClicked.connect(self._show_step_help)
        layout.addWidget(self.step_list, 1)
        self.progress_label = QLabel(body)
        layout.addWidget(self.progress_label)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton(tr("Reset"), body)
        self.reset_button.setToolTip(tr("Put the training folder back as it was at the start"))
        self.reset_button.clicked.connect(self.confirm_reset)
        self.summary_button = QPushButton(tr("Export summary…"), body)
        self.summary_button.clicked.connect(self.ask_export_summary)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.summary_button)
        layout.addLayout(buttons)
        self.setWidget(body)

        self.step_items: dict[str, QListWidgetItem] = {}
        self._build_list()

        # Re-evaluate shortly after any change, once, whatever the number of signals.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REEVALUATE_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.schedule_refresh)
        self.watcher.fileChanged.connect(self.schedule_refresh)
        self.project.layersAdded.connect(self.schedule_refresh)
        self.project.layoutManager().layoutAdded.connect(self.schedule_refresh)
        self._watch_folder()
        self.refresh()

    # steps -------------------------------------------------------------------------
    def _build_list(self) -> None:
        self.step_list.clear()
        self.step_items.clear()
        for exercise in self.session.exercises:
            heading = QListWidgetItem(exercise.title(self.language), self.step_list)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            for step in exercise.steps:
                item = QListWidgetItem(self._in_direction(step.title(self.language)), self.step_list)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # ticked by the outputs, not by hand
                item.setToolTip(self._in_direction(step.hint(self.language)))
                item.setData(Qt.ItemDataRole.UserRole, step.help_page)
                self.step_items[step.id] = item
        self._show_ticks()

    def _in_direction(self, text: str) -> str:
        """In Arabic, paths and file, table or column names as left-to-right runs: the bidi algorithm
        would otherwise carry their slashes and underscores to the other end ("/data", "label_")."""
        return left_to_right_runs(text) if self.right_to_left else text

    def _show_ticks(self) -> None:
        done = self.session.done
        for step_id, item in self.step_items.items():
            item.setCheckState(Qt.CheckState.Checked if step_id in done else Qt.CheckState.Unchecked)
        self.progress_label.setText(
            tr("Steps done: {done} of {total}").format(done=len(done), total=len(self.step_items))
        )

    def is_ticked(self, step_id: str) -> bool:
        return self.step_items[step_id].checkState() == Qt.CheckState.Checked

    def _show_step_help(self, item) -> None:
        page = item.data(Qt.ItemDataRole.UserRole)
        if page and self.on_help is not None:
            self.on_help(page)

    # watching ----------------------------------------------------------------------
    def _watch_folder(self) -> None:
        """Watch every folder and GeoPackage of the session (new files, tables added)."""
        folder = self.session.folder
        paths = [str(folder)] + [
            str(p)
            for p in folder.rglob("*")
            if not any(part.startswith(".") for part in p.relative_to(folder).parts)
            and (p.is_dir() or p.suffix.lower() == ".gpkg")
        ]
        known = set(self.watcher.directories()) | set(self.watcher.files())
        new = [p for p in paths if p not in known]
        if new:
            self.watcher.addPaths(new)

    def schedule_refresh(self, *_args) -> None:
        self.timer.start()

    def refresh(self) -> list[str]:
        """Tick the steps whose outputs now exist; return the ids ticked now."""
        self._watch_folder()
        try:
            ticked = self.session.evaluate(self.project)
        except (OSError, CartongError) as err:
            QgsMessageLog.logMessage(str(err), "CartONG", Qgis.MessageLevel.Warning)
            ticked = []
        self._show_ticks()
        if ticked and self.iface is not None:
            titles = [self.step_items[s].text() for s in ticked]
            self.iface.messageBar().pushMessage(
                tr("Training"),
                tr("Step done: {steps}").format(steps="; ".join(titles)),
                level=Qgis.MessageLevel.Success,
                duration=5,
            )
        return ticked

    # actions -----------------------------------------------------------------------
    def confirm_reset(self) -> bool:
        """Ask (No by default: Enter keeps the work), then reset; False when nothing was done."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Reset the training"),
            tr("Delete everything done in {folder} and start again from the sample data?").format(
                folder=left_to_right(self.session.folder) if self.right_to_left else self.session.folder
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("training_confirm_reset")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        return self.reset()

    def reset(self) -> bool:
        """Close the project (it may hold the files), restore the start state, reopen it.

        Another project than the training's (the participant's own, opened meanwhile) is closed
        only once the user said so, as when the session started; False when they cancelled."""
        project = self.project
        if not self.session.is_its_project(project) and (project.mapLayers() or project.isDirty()):
            answer = ask_to_close_project(self, project, for_reset=True)
            if answer == "cancel" or (answer == "save" and not save_project(self.iface, project)):
                return False
        project.clear()
        self.session.reset()
        project.read(str(self.session.project_path))
        self._build_list()
        self._watch_folder()
        return True

    def ask_export_summary(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            # Beside the training folder, not in it: Reset empties the folder.
            self,
            tr("Export the session summary"),
            str(self.session.folder.parent / "training_summary.html"),
            tr("HTML (*.html);;Markdown (*.md)"),
        )
        if path:
            written = self.session.export_summary(path, self.language)
            if self.iface is not None:
                self.iface.messageBar().pushMessage(
                    tr("Training"),
                    tr("Summary written to {file}").format(file=written),
                    level=Qgis.MessageLevel.Success,
                    duration=5,
                )

    def closeEvent(self, event):
        self.timer.stop()
        for signal, slot in (
            (self.project.layersAdded, self.schedule_refresh),
            (self.project.layoutManager().layoutAdded, self.schedule_refresh),
        ):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        super().closeEvent(event)


def ask_to_close_project(parent, project: QgsProject, for_reset: bool = False) -> str:
    """Ask, in a clear dialog, before the training closes the user's project: "save", "discard" or "cancel".

    ``for_reset``: the question of Reset (the training project is opened again), else of the start."""
    layers = list(project.mapLayers().values())
    name = project.baseName() or tr("the current project (never saved)")
    if for_reset:
        text = trn(
            "Reset opens the training project again: {project}, with %n layer, will be closed. Save it first?",
            "Reset opens the training project again: {project}, with its %n layers, will be closed. Save it first?",
            len(layers),
        ).format(project=name)
    else:
        text = trn(
            "The training opens its own project: {project}, with %n layer, will be closed. Save it first?",
            "The training opens its own project: {project}, with its %n layers, will be closed. Save it first?",
            len(layers),
        ).format(project=name)
    temporary = [layer for layer in layers if layer.providerType() == "memory"]
    if temporary:
        text += "\n\n" + trn(
            "%n temporary layer is held in memory only: it is lost, saved or not.",
            "%n temporary layers are held in memory only: they are lost, saved or not.",
            len(temporary),
        )
    title = tr("Reset the training") if for_reset else tr("Start a training session")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("training_close_project")
    box.setTextFormat(Qt.TextFormat.PlainText)  # layer and project names as typed
    if for_reset:
        save = box.addButton(tr("Save, then reset"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("Reset without saving"), QMessageBox.ButtonRole.DestructiveRole)
    else:
        save = box.addButton(tr("Save, then start"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("Start without saving"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)  # Enter keeps the user's work
    box.setEscapeButton(cancel)
    box.exec()
    return {save: "save", discard: "discard"}.get(box.clickedButton(), "cancel")


def save_project(iface, project: QgsProject) -> bool:
    """Save the user's project (QGIS's Save As dialog when it has no file yet); False when not saved."""
    if project.fileName():
        if project.write():
            return True
        if iface is not None:
            iface.messageBar().pushMessage(
                tr("Training"),
                tr("{file} could not be saved: {error}").format(file=project.fileName(), error=project.error()),
                level=Qgis.MessageLevel.Critical,
            )
        return False
    if iface is None:
        return False  # no QGIS window to ask for a file name: keep the project open
    iface.actionSaveProjectAs().trigger()  # QGIS's own dialog; cancelled: no file name
    return bool(project.fileName())


def close_user_project(iface, session: TrainingSession) -> bool:
    """Close the project for the training, asking first when there is something to lose; False: cancelled."""
    project = QgsProject.instance()
    if session.is_its_project(project) or (not project.mapLayers() and not project.isDirty()):
        return bool(iface.newProject(True))  # nothing of the user's (QGIS asks if the training's is unsaved)
    answer = ask_to_close_project(iface.mainWindow(), project)
    if answer == "cancel" or (answer == "save" and not save_project(iface, project)):
        return False
    return bool(iface.newProject(False))  # the user has answered: QGIS asks nothing more


def open_training_panel(iface, session: TrainingSession, on_help=None) -> TrainingPanel | None:
    """Open the session's project and show its panel (replacing a previous panel).

    The user is first asked before their project is closed (``close_user_project``); None when they cancel."""
    if not close_user_project(iface, session):
        return None
    if not iface.addProject(str(session.project_path)):
        iface.messageBar().pushMessage(
            tr("Training"),
            tr("The training project {file} could not be opened.").format(file=session.project_path),
            level=Qgis.MessageLevel.Critical,
        )
        return None
    main_window = iface.mainWindow()
    for old in main_window.findChildren(TrainingPanel):
        old.close()
        main_window.removeDockWidget(old)
        old.setParent(None)
        old.deleteLater()
    panel = keep_dock(TrainingPanel(session, main_window, iface=iface))
    panel.on_help = on_help
    main_window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.show()
    return panel


def start_training_session(iface, folder: str | Path | None = None, on_help=None) -> TrainingPanel | None:
    """Ask for a folder (unless given), start or continue a session there, show the panel.

    ``on_help(page_id)`` shows the help of a step (``learn_menu.start_training`` passes the help dock)."""
    if folder is None:
        folder = QFileDialog.getExistingDirectory(
            iface.mainWindow(), tr("Choose an empty folder for the training session"), str(default_folder())
        )
        if not folder:
            return None
    folder = Path(folder)
    try:
        if (folder / STATE_FILE).is_file():
            session = TrainingSession.open(folder)
        else:
            session = TrainingSession.start(folder, language=preferred_language())
    except CartongError as err:
        iface.messageBar().pushMessage(tr("Training"), str(err), level=Qgis.MessageLevel.Critical)
        return None
    QgsSettings().setValue(SETTING_FOLDER, str(folder))
    return open_training_panel(iface, session, on_help)
