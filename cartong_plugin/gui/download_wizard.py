# SPDX-License-Identifier: GPL-3.0-or-later
"""The download wizard: server and login -> form -> GeoPackage -> download (QgsTask) -> summary.

The pages are here; what they run (logins, form lists, the download, the project layers) is in
``download_jobs``.

A thin layer over ``core.servers``, calling the same functions as the ``downloadkobo`` and
``downloadodk`` algorithms: ``fetch_kobo_token``, ``KoboClient.list_surveys``,
``OdkCentralClient.list_projects/list_forms``, ``sync_kobo``/``sync_odk``, and ``credentials``
to keep the token or password in the QGIS authentication manager (settings hold only its id).
Network work runs in a ``CoreTask``. Secrets live in memory only (``ServerLogin``); they never
reach settings, labels, logs or messages (the core blanks them out of its errors).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
    QWizard,
    QWizardPage,
)

from ..core.base.errors import CartongError
from ..core.base.i18n import tr, trn
from ..core.maps.survey_project import save_looks
from ..core.servers import credentials
from .download_jobs import (
    KOBO,
    ODK,
    SETTINGS_PREFIX,
    ConnectionCheck,
    DownloadOutcome,
    FormEntry,
    ProgressRelay,
    RelayFeedback,
    ServerLogin,
    check_connection,
    last_copy_for,
    layers_of_geopackage,
    list_server_forms,
    load_survey_layers,
    remember_last_copy,
    run_download,
    split_server_address,
)
from .tasks import CoreTask, follow_task
from .wizard_common import CartongWizard, safe_tooltip

HELP_PAGE = "download_server"  # the one help page of the download (help_catalogue.WIZARD_PAGES)
# Ways to log in, per platform: (method id, translated label) built in _methods().
TOKEN, PASSWORD, APP_TOKEN = "token", "password", "app_token"


def _label(parent, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # server texts (form names, errors) are never rich text
    return label


# -- page 1: server and login ------------------------------------------------------------------------

class ServerPage(QWizardPage):
    """Platform, server address, saved connection or credentials; Next checks the connection first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("download_server")
        self.setTitle(tr("Server and login"))
        self.setSubTitle(tr("Choose the server and how to log in. Tokens and passwords are kept only in the QGIS "
                            "authentication manager, never in the project or the settings."))
        self.task = None
        self.check: ConnectionCheck | None = None
        self.login: ServerLogin | None = None
        self.verified = False
        self._advance = False  # Next was clicked: go on once the check succeeds
        self._edits = 0  # counts input changes: a check is only valid for the inputs it started with
        self._checked_edits = -1

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.platform = QComboBox(self)
        self.platform.setObjectName("platform")
        self.platform.addItem(tr("KoboToolbox"), KOBO)
        self.platform.addItem(tr("ODK Central"), ODK)
        self.saved = QComboBox(self)
        self.saved.setObjectName("saved_connection")
        self.preset = QComboBox(self)
        self.preset.setObjectName("server_preset")
        self.url = QLineEdit(self)
        self.url.setObjectName("server_url")
        self.url.setPlaceholderText(tr("https://your.server.org"))
        form.addRow(tr("Platform"), self.platform)
        form.addRow(tr("Saved connection"), self.saved)
        self.preset_label = QLabel(tr("Server"), self)
        form.addRow(self.preset_label, self.preset)
        form.addRow(tr("Server address"), self.url)
        layout.addLayout(form)

        self.credentials_box = QGroupBox(tr("Login"), self)
        login = QFormLayout(self.credentials_box)
        self.method = QComboBox(self.credentials_box)
        self.method.setObjectName("login_method")
        self.username = QLineEdit(self.credentials_box)
        self.username.setObjectName("username")
        self.password = QLineEdit(self.credentials_box)
        self.password.setObjectName("password")
        self.token = QLineEdit(self.credentials_box)
        self.token.setObjectName("token")
        for secret in (self.password, self.token):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = QLabel(tr("Username"), self.credentials_box)
        self.password_label = QLabel(tr("Password"), self.credentials_box)
        self.token_label = QLabel(tr("API token"), self.credentials_box)
        for label, field_ in ((self.username_label, self.username), (self.password_label, self.password),
                              (self.token_label, self.token)):
            label.setBuddy(field_)
        self.login_hint = _label(self.credentials_box, "login_hint")
        login.addRow(tr("Log in with"), self.method)
        login.addRow(self.token_label, self.token)
        login.addRow(self.username_label, self.username)
        login.addRow(self.password_label, self.password)
        login.addRow(self.login_hint)
        save_row = QHBoxLayout()
        self.save = QCheckBox(tr("Save this connection in the QGIS authentication manager as"), self.credentials_box)
        self.save.setObjectName("save_connection")
        self.save_name = QLineEdit(self.credentials_box)
        self.save_name.setObjectName("connection_name")
        save_row.addWidget(self.save)
        save_row.addWidget(self.save_name, 1)
        login.addRow(save_row)
        layout.addWidget(self.credentials_box)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(tr("Test the connection"), self)
        self.test_button.setObjectName("test_connection")
        self.last_copy_button = QPushButton(tr("Open the last downloaded copy"), self)
        self.last_copy_button.setObjectName("open_last_copy")
        self.last_copy_button.hide()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.last_copy_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.status = _label(self, "server_status")
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.progress = QProgressBar(self)  # follow_task drives it; the check has no real progress
        self.progress.hide()

        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.saved.currentIndexChanged.connect(self._saved_changed)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.method.currentIndexChanged.connect(self._method_changed)
        for edit in (self.url, self.username, self.password, self.token, self.save_name):
            edit.textChanged.connect(self._inputs_changed)
        self.save.toggled.connect(self._inputs_changed)
        self.url.editingFinished.connect(self._tidy_url)
        self.test_button.clicked.connect(lambda: self.start_check(advance=False))
        self.last_copy_button.clicked.connect(self.open_last_copy)
        self._restore()

    # -- platform, presets, saved connections --------------------------------------------------
    def kind(self) -> str:
        return self.platform.currentData()

    def _restore(self) -> None:
        settings = QgsSettings()
        index = self.platform.findData(settings.value(SETTINGS_PREFIX + "kind", KOBO))
        self.platform.setCurrentIndex(max(index, 0))
        self._platform_changed()
        saved = self.saved.findData(settings.value(SETTINGS_PREFIX + "connection", ""))
        if saved > 0:
            self.saved.setCurrentIndex(saved)
        else:
            self._set_url(settings.value(SETTINGS_PREFIX + "url", ""))

    def _platform_changed(self, *_args) -> None:
        from ..core.servers.kobo import kobo_server_presets

        kobo = self.kind() == KOBO
        self.preset.blockSignals(True)
        self.preset.clear()
        if kobo:
            for label, url in kobo_server_presets():
                self.preset.addItem(label, url)
        self.preset.addItem(tr("Another server (type its address)"), "")
        self.preset.blockSignals(False)
        self.preset.setVisible(kobo)
        self.preset_label.setVisible(kobo)
        self.method.blockSignals(True)
        self.method.clear()
        if kobo:
            self.method.addItem(tr("API token"), TOKEN)
            self.method.addItem(tr("Username and password (the token is fetched once; the password is not kept)"),
                                PASSWORD)
        else:
            self.method.addItem(tr("Email and password"), PASSWORD)
            self.method.addItem(tr("App-user token"), APP_TOKEN)
        self.method.blockSignals(False)
        self.refresh_saved()
        self._preset_changed()
        self._method_changed()

    def refresh_saved(self, select: str = "") -> None:
        """Fill the saved-connection list with this platform's connections (names and addresses only)."""
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(tr("New connection"), "")
        try:
            connections = [c for c in credentials.list_connections() if c.kind == self.kind()]
        except CartongError as err:
            connections = []
            self.status.setText(str(err))
        for connection in connections:
            self.saved.addItem(tr("{name} ({url})").format(name=connection.name, url=connection.url), connection.name)
        self.saved.setCurrentIndex(max(self.saved.findData(select), 0))
        self.saved.blockSignals(False)
        self._saved_changed()

    def saved_connection(self):
        name = self.saved.currentData()
        return credentials.load_connection(name) if name else None

    def _saved_changed(self, *_args) -> None:
        connection = self.saved_connection()
        self.credentials_box.setEnabled(connection is None)
        if connection is not None:
            self._set_url(connection.url)
            self.login_hint.setText(tr("The login of '{name}' is read from the QGIS authentication manager "
                                       "(configuration {authcfg}).").format(name=connection.name,
                                                                             authcfg=connection.authcfg))
        else:
            self._method_changed()
        for widget in (self.preset, self.url):
            widget.setEnabled(connection is None)
        if connection is None:
            self._preset_changed()
        self._inputs_changed()

    def _set_url(self, url: str) -> None:
        index = self.preset.findData(url.rstrip("/")) if url else 0
        if index < 0:
            index = self.preset.count() - 1  # "another server"
        self.preset.setCurrentIndex(index)
        self.url.setText(url or self.preset.currentData() or "")

    def _preset_changed(self, *_args) -> None:
        url = self.preset.currentData()
        custom = not url
        if not custom:
            self.url.setText(url)
        self.url.setReadOnly(not custom)
        if custom and self.url.text() in [self.preset.itemData(i) for i in range(self.preset.count())]:
            self.url.clear()

    def _tidy_url(self) -> None:
        """Keep the server root only; an ODK app user's link fills the (masked) token field instead."""
        url, token = split_server_address(self.url.text())
        if url != self.url.text():
            self.url.setText(url)
        if token and self.kind() == ODK:
            self.method.setCurrentIndex(self.method.findData(APP_TOKEN))
            self.token.setText(token)

    def _method_changed(self, *_args) -> None:
        self._show_method_fields()
        self._inputs_changed()

    def _show_method_fields(self) -> None:
        method = self.method.currentData()
        kobo = self.kind() == KOBO
        uses_token = method in (TOKEN, APP_TOKEN)
        for widget in (self.token, self.token_label):
            widget.setVisible(uses_token)
        for widget in (self.username, self.username_label, self.password, self.password_label):
            widget.setVisible(not uses_token)
        self.token_label.setText(tr("API token") if kobo else tr("App-user token"))
        self.username_label.setText(tr("Username") if kobo else tr("Email"))
        hints = {
            (KOBO, TOKEN): tr("In KoboToolbox: Account settings > Security > API key."),
            (KOBO, PASSWORD): tr("Your KoboToolbox username and password are used once to fetch your API token; "
                                 "only the token is kept."),
            (ODK, PASSWORD): tr("The email and password of your ODK Central web account."),
            (ODK, APP_TOKEN): tr("In ODK Central: Project > App Users; the token is the last part of the "
                                 "app user's link. App users can send submissions but not read them: to "
                                 "download data, use a web account with the Project Viewer role."),
        }
        if self.saved_connection() is None:
            self.login_hint.setText(hints.get((self.kind(), method), ""))

    # -- state -------------------------------------------------------------------------------------
    def initializePage(self):  # noqa: N802  (a restart: the server may have changed since the last check)
        self._inputs_changed()
        self.status.clear()

    def _inputs_changed(self, *_args) -> None:
        """Any change means the connection must be checked again."""
        self._edits += 1
        self.verified = False
        self.check = None
        self.last_copy_button.hide()
        self.completeChanged.emit()

    def isComplete(self):  # noqa: N802
        if self.running():
            return False
        if self.verified or self.saved_connection() is not None:
            return True
        if not self.url.text().strip():
            return False
        if self.method.currentData() in (TOKEN, APP_TOKEN):
            filled = bool(self.token.text().strip())
        else:
            filled = bool(self.username.text().strip() and self.password.text())
        return filled and (not self.save.isChecked() or bool(self.save_name.text().strip()))

    def running(self) -> bool:
        return self.task is not None and self.task.is_running()

    def validatePage(self):  # noqa: N802
        if self.verified:
            self._remember()
            return True
        self.start_check(advance=True)
        return False

    def current_login(self) -> ServerLogin:
        """The login typed or saved (the saved secret is read from the auth manager here, in the GUI thread)."""
        connection = self.saved_connection()
        if connection is not None:
            secret = credentials.read_secret(connection.authcfg)
            if connection.kind == KOBO:
                return ServerLogin(KOBO, connection.url, token=secret.token or secret.password,
                                   connection=connection.name)
            return ServerLogin(ODK, connection.url, token=secret.token, username=secret.username,
                               password=secret.password, connection=connection.name)
        from ..core.servers.http import normalise_base_url

        url = normalise_base_url(split_server_address(self.url.text())[0])
        method = self.method.currentData()
        if method in (TOKEN, APP_TOKEN):
            return ServerLogin(self.kind(), url, token=self.token.text().strip())
        return ServerLogin(self.kind(), url, username=self.username.text().strip(), password=self.password.text())

    # -- the check ----------------------------------------------------------------------------------
    def start_check(self, advance: bool) -> None:
        if self.running():
            return
        self._advance = advance
        self.last_copy_button.hide()
        try:
            login = self.current_login()
        except CartongError as err:
            self.status.setText(str(err))
            return
        self.login = login
        self._checked_edits = self._edits
        self.status.setText(tr("Connecting to {url}…").format(url=login.url))
        self.task = CoreTask(tr("Connecting to {url}").format(url=login.url),
                             lambda feedback: check_connection(login, feedback))
        follow_task(self, self.task, self._checked, self._failed, lambda: self._failed(tr("Connection cancelled.")))
        self.test_button.setEnabled(False)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def _checked(self, check: ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        if self._edits != self._checked_edits:
            self._failed(tr("The server or the login changed during the check: check again."))
            return
        if not check.ok:
            message = check.message
            if check.refused and self.login.connection:
                message += "\n" + tr("The saved connection '{name}' holds an old token or password: choose 'New "
                                     "connection', enter the new one and save it under the same name.").format(
                    name=self.login.connection)
            self._failed(message, offline=check.offline)
            return
        if check.token:  # the password has done its job: from now on the form holds the token instead
            self.login = replace(self.login, token=check.token, password="")
            for widget in (self.method, self.token, self.password):
                widget.blockSignals(True)
            self.password.clear()
            self.token.setText(check.token)
            self.method.setCurrentIndex(self.method.findData(TOKEN))
            for widget in (self.method, self.token, self.password):
                widget.blockSignals(False)
            self._show_method_fields()
        deployed = sum(1 for f in check.forms if f.deployed)
        text = tr("Connected to {url}: {count} forms, {deployed} deployed.").format(
            url=self.login.url, count=len(check.forms), deployed=deployed)
        saved = self._save_connection()  # refreshes the saved list, which clears the check: set it after
        if saved:
            text += " " + saved
        self.status.setText(text)
        self.check = check
        self.verified = True
        self.task = None
        self.completeChanged.emit()
        if self._advance and self.wizard() is not None and self.wizard().currentPage() is self:
            self.wizard().next()

    def _failed(self, message: str, offline: bool = False) -> None:
        self.test_button.setEnabled(True)
        self.task = None
        self.verified = False
        text = message
        if offline:
            copy = last_copy_for(self.login.url if self.login else self.url.text())
            if copy is not None:
                from ..core.servers.sync import last_copy_message

                text += "\n" + last_copy_message(copy)
                self.last_copy_button.setProperty("gpkg", str(copy))
                self.last_copy_button.show()
        self.status.setText(text)
        self.completeChanged.emit()

    def _save_connection(self) -> str:
        """Save the checked login in the auth manager when asked; the sentence to show, or ""."""
        if not self.save.isChecked() or self.saved_connection() is not None:
            return ""
        name = self.save_name.text().strip()
        login = self.login
        try:
            if login.kind == KOBO:
                connection = credentials.save_connection(name, KOBO, login.url, token=login.token)
            elif login.token:
                connection = credentials.save_connection(name, ODK, login.url, token=login.token)
            else:
                connection = credentials.save_connection(name, ODK, login.url, username=login.username,
                                                         password=login.password)
        except CartongError as err:
            return tr("The connection was not saved: {reason}").format(reason=err)
        self.login = replace(login, connection=connection.name)
        self.save.blockSignals(True)
        self.save.setChecked(False)
        self.save.blockSignals(False)
        self.refresh_saved(select=connection.name)
        return tr("Saved as '{name}' in the QGIS authentication manager.").format(name=connection.name)

    def _remember(self) -> None:
        settings = QgsSettings()
        settings.setValue(SETTINGS_PREFIX + "kind", self.kind())
        settings.setValue(SETTINGS_PREFIX + "connection", self.saved.currentData() or "")
        settings.setValue(SETTINGS_PREFIX + "url", self.login.url if self.login else "")

    def open_last_copy(self) -> None:
        gpkg = self.last_copy_button.property("gpkg")
        if not gpkg:
            return
        for layer in layers_of_geopackage(gpkg):
            QgsProject.instance().removeMapLayer(layer.id())
        try:
            names = load_survey_layers(gpkg)
        except CartongError as err:
            self.status.setText(str(err))
            return
        self.status.setText(tr("The last downloaded copy {file} is in the project ({layers}).").format(
            file=gpkg, layers=", ".join(names)))

    def cancel(self) -> None:
        if self.running():
            self.task.cancel()


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
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Submissions"), tr("Last submission"), tr("Deployed"),
                                              tr("Form ID")])
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
        self.status = _label(self, "form_status")
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
        self.task = CoreTask(tr("Listing the forms of {url}").format(url=login.url),
                             lambda feedback: list_server_forms(login, feedback))
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
            values = (form.name, "" if form.submissions is None else form.submissions,
                      form.last_submission[:16].replace("T", " ") or "—", form.state, form.form_id)
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
            self.status.setText(trn("%n form. Select it, then Next.", "%n forms. Select one, then Next.",
                                    len(self.forms)))
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
        for row in range(self.table.rowCount()):
            if self.forms[self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)].key == key:
                self.table.selectRow(row)
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
        self.setSubTitle(tr("The submissions go into a GeoPackage: raw tables as received, the 'survey' point "
                            "layer and a log of each download."))
        layout = QVBoxLayout(self)
        self.form_label = _label(self, "output_form")
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
        from ..core.survey.xlsform import xlsform_file_filter

        self.xlsform.setFilter(xlsform_file_filter())  # .xlsx and legacy .xls
        self.xlsform_label = QLabel(tr("XLSForm (optional: adds constraints and required flags)"), self)
        form.addRow(self.xlsform_label, self.xlsform)
        layout.addLayout(form)
        self.existing_box = QGroupBox(tr("This GeoPackage already exists"), self)
        existing = QVBoxLayout(self.existing_box)
        self.existing_note = _label(self.existing_box, "existing_note")
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
        layout.addStretch(1)
        self._form_key = None
        self.output.fileChanged.connect(self._output_changed)
        self.update_mode.toggled.connect(self.completeChanged)
        self.replace_mode.toggled.connect(self.completeChanged)

    def initializePage(self):  # noqa: N802
        wizard = self.wizard()
        form = wizard.form_page.selected_form()
        count = "?" if form.submissions is None else form.submissions
        self.form_label.setText(tr("Form: {name} ({count} submissions on the server)").format(name=form.name,
                                                                                                count=count))
        odk = wizard.server_page.login.kind == ODK
        self.xlsform.setVisible(odk)
        self.xlsform_label.setVisible(odk)
        if not self.output.filePath() or self._form_key != form.key:
            from ..core.base.safe_files import sanitise_filename

            folder = QgsSettings().value(SETTINGS_PREFIX + "folder", "") or str(Path.home())
            self.output.setFilePath(str(Path(folder) / (sanitise_filename(form.name, "survey") + ".gpkg")))
        self._form_key = form.key
        self._output_changed()

    def output_path(self) -> Path | None:
        text = self.output.filePath().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix.lower() == ".gpkg" else path.with_name(path.name + ".gpkg")

    def _output_changed(self, *_args) -> None:
        from ..core.servers.sync import attachments_dir

        path = self.output_path()
        self.attachments.setText(tr("Download attachments (photos) into the folder {folder} beside the GeoPackage")
                                 .format(folder=attachments_dir(path).name if path else "…_attachments"))
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
        from ..core.servers.sync import largest_kobo_id, last_copy_message, last_sync

        wizard = self.wizard()
        form = wizard.form_page.selected_form()
        kind = wizard.server_page.login.kind
        try:
            row = last_sync(path)
        except Exception:  # noqa: BLE001  (not a GeoPackage, or not ours: it can only be replaced)
            return False, tr("{file} is not a survey GeoPackage: it can only be replaced.").format(file=path.name)
        if row is None:
            if kind == KOBO and largest_kobo_id(path) is not None:
                return True, tr("{file} holds a KoboToolbox export imported from a file; an update adds the "
                                "submissions after its last _id. Make sure it is the same form.").format(file=path.name)
            return False, tr("{file} was not downloaded from a server: it can only be replaced.").format(
                file=path.name)
        source = str(row.get("source_file") or "")
        if kind == KOBO:
            same = f"/assets/{form.key}/" in source
        else:
            same = source.endswith(f"/projects/{form.project_id}/forms/{form.form_id}")
        if not same or row.get("source_kind") != kind:
            return False, tr("{file} holds another form ({source}): replace it or choose another file.").format(
                file=path.name, source=source)
        return True, last_copy_message(path)

    def isComplete(self):  # noqa: N802
        path = self.output_path()
        return path is not None and path.parent.is_dir() and (
            not path.is_file() or self.update_mode.isChecked() or self.replace_mode.isChecked())

    def is_update(self) -> bool:
        path = self.output_path()
        return bool(path and path.is_file() and self.update_mode.isChecked() and self.update_mode.isEnabled())

    def validatePage(self):  # noqa: N802
        QgsSettings().setValue(SETTINGS_PREFIX + "folder", str(self.output_path().parent))
        return True


# -- page 4: the download ------------------------------------------------------------------------------------

class RunPage(QWizardPage):
    """Runs the sync in a CoreTask with progress (records and pages) and Cancel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("download_run")
        self.setCommitPage(True)  # once downloaded, Back would only download again
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Next >"))
        self.setTitle(tr("Download"))
        self.setSubTitle(tr("QGIS stays usable during the download. If it fails or is cancelled, the GeoPackage "
                            "is left as it was."))
        self.task = None
        self.outcome: DownloadOutcome | None = None
        self.removed_layers = False
        self.looks = {}  # names and styles of the layers replaced by the download
        self.loaded: list[str] = []
        layout = QVBoxLayout(self)
        self.status = _label(self, "run_status")
        self.pages = _label(self, "run_pages")
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("run_progress")
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("run_cancel")
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.last_copy_button = QPushButton(tr("Open the last downloaded copy"), self)
        self.last_copy_button.setObjectName("run_open_last_copy")
        self.last_copy_button.hide()
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.pages)
        layout.addWidget(self.last_copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.relay = ProgressRelay(self)
        self.relay.message.connect(self.pages.setText)
        self.cancel_button.clicked.connect(self.cancel)
        self.last_copy_button.clicked.connect(self._open_last_copy)

    def initializePage(self):  # noqa: N802
        wizard = self.wizard()
        login, form = wizard.server_page.login, wizard.form_page.selected_form()
        output, update = wizard.output_page.output_path(), wizard.output_page.is_update()
        attachments = wizard.output_page.attachments.isChecked()
        xlsform = wizard.output_page.xlsform.filePath() if login.kind == ODK else ""
        self.outcome, self.loaded = None, []
        self.progress.setValue(0)
        self.pages.clear()
        self.last_copy_button.hide()
        # QGIS keeps a GeoPackage open while its layers are in the project: it cannot be replaced then.
        old = layers_of_geopackage(output)
        self.removed_layers = bool(old)
        self.looks = save_looks(old)  # the user's styles and names come back on the new layers
        if old:
            QgsProject.instance().removeMapLayers([layer.id() for layer in old])
        relay = self.relay
        self.task = CoreTask(tr("Downloading {form}").format(form=form.name),
                             lambda feedback: run_download(login, form, output, update=update, attachments=attachments,
                                                           xlsform=xlsform, feedback=RelayFeedback(feedback, relay)))
        follow_task(self, self.task, self._done, self._failed, self._cancelled)
        self.status.setText((tr("Downloading the new submissions of {form} into {file}…") if update else
                             tr("Downloading every submission of {form} into {file}…")).format(form=form.name,
                                                                                             file=output))
        self.cancel_button.setEnabled(True)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def running(self) -> bool:
        return self.task is not None and self.task.is_running()

    def cancel(self) -> None:
        if self.running():
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("Cancelling…"))
            self.task.cancel()

    def cleanupPage(self):  # noqa: N802  (Back: stop a download that is no longer wanted)
        self.cancel()
        super().cleanupPage()

    def _done(self, outcome: DownloadOutcome) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        if outcome.result is None:  # offline
            self._failed(outcome.message, last_copy=outcome.last_copy)
            return
        self.outcome = outcome
        result = outcome.result
        wizard = self.wizard()
        remember_last_copy(wizard.server_page.login.url, result.gpkg)
        self.progress.setValue(100)
        try:
            self.loaded = load_survey_layers(result.gpkg, self.looks)
        except CartongError as err:
            self.status.setText(str(err))
        else:
            self.status.setText(tr("Download finished."))
        self._message(trn("%n new submission downloaded into {file}.", "%n new submissions downloaded into {file}.",
                          result.new_records).format(file=result.gpkg),
                      Qgis.MessageLevel.Success)
        self.completeChanged.emit()
        if wizard.currentPage() is self:
            wizard.next()

    def _failed(self, message: str, last_copy: Path | None = None) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(message)
        self._restore_layers()
        if last_copy is not None and Path(last_copy).is_file():
            self.last_copy_button.setProperty("gpkg", str(last_copy))
            self.last_copy_button.show()
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        output = self.wizard().output_page.output_path()
        self._failed(tr("Download cancelled: {file} was left as it was.").format(file=output.name)
                     if output.is_file() else tr("Download cancelled: no GeoPackage was written."))

    def _restore_layers(self) -> None:
        """After a failure the previous GeoPackage is intact: put back the layers removed before the run."""
        output = self.wizard().output_page.output_path()
        if self.removed_layers and output.is_file() and not layers_of_geopackage(output):
            try:
                self.loaded = load_survey_layers(output, self.looks)
            except CartongError:
                pass
        self.removed_layers = False

    def _open_last_copy(self) -> None:
        gpkg = self.last_copy_button.property("gpkg")
        if gpkg and not layers_of_geopackage(gpkg):
            self.loaded = load_survey_layers(gpkg)
        self.status.setText(tr("The last downloaded copy {file} is in the project.").format(file=gpkg))

    def _message(self, text: str, level) -> None:
        iface = self.wizard().iface
        bar = iface.messageBar() if iface is not None and hasattr(iface, "messageBar") else None
        if bar is not None:
            bar.pushMessage(tr("CartONG"), text, level, 8)

    def isComplete(self):  # noqa: N802
        return self.outcome is not None


# -- page 5: summary ------------------------------------------------------------------------------------------

class SummaryPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("download_summary")
        self.setTitle(tr("Summary"))
        self.setSubTitle(tr("The survey is in the project. Next step: check and clean it (CartONG > 2. Check and "
                            "clean…)."))
        layout = QVBoxLayout(self)
        self.counts = _label(self, "summary_counts")
        self.where = _label(self, "summary_where")
        self.layers = _label(self, "summary_layers")
        self.folder_button = QPushButton(tr("Open the folder"), self)
        self.folder_button.setObjectName("open_folder")
        for widget in (self.counts, self.where, self.layers):
            layout.addWidget(widget)
        layout.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.folder_button.clicked.connect(self._open_folder)

    def initializePage(self):  # noqa: N802
        from ..core.servers.sync import attachments_dir

        run = self.wizard().run_page
        result = run.outcome.result
        verb = tr("Update") if result.mode == "update" else tr("Download")
        self.counts.setText(tr("{mode}: {new} new submissions, {total} in all, from {pages} pages in {seconds} s; "
                               "{files} attachments.").format(
            mode=verb, new=result.new_records, total=result.total_records, pages=result.pages,
            seconds=f"{result.seconds:.1f}", files=result.attachments))
        where = tr("GeoPackage: {file}").format(file=result.gpkg)
        if result.attachments:
            where += "\n" + tr("Attachments: {folder}").format(folder=attachments_dir(result.gpkg))
        self.where.setText(where)
        if run.loaded:
            self.layers.setText(tr("Layers in the project: {layers}.").format(layers=", ".join(run.loaded)))
        else:
            self.layers.clear()

    def _open_folder(self) -> None:
        result = self.wizard().run_page.outcome.result
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(result.gpkg).parent)))


# -- the wizard ------------------------------------------------------------------------------------------------

class DownloadWizard(CartongWizard):
    """Download a survey from KoboToolbox or ODK Central in five pages; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongDownloadWizard", tr("Download from KoboToolbox / ODK Central"), iface, parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(900, 600)
        self.server_page = ServerPage(self)
        self.form_page = FormPage(self)
        self.output_page = OutputPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        pages = (self.server_page, self.form_page, self.output_page, self.run_page, self.summary_page)
        for page in pages:
            page.setProperty("cartong_help_page", HELP_PAGE)
        self.add_pages(*pages)
        self.install_help()

    def running(self) -> bool:
        return any(p.running() for p in (self.server_page, self.form_page, self.run_page))

    def reject(self):
        for page in (self.server_page, self.form_page, self.run_page):
            page.cancel()
        super().reject()


__all__ = ["DownloadWizard", "check_connection", "list_server_forms", "run_download"]
