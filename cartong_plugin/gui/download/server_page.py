# SPDX-License-Identifier: GPL-3.0-or-later
"""The download wizard's first page: platform, server address, saved connection or login.

Next checks the connection in a CoreTask first (``jobs.check_connection``); a login asked to be
saved goes to the QGIS authentication manager (``credentials``), never to the settings.
"""

from __future__ import annotations

from dataclasses import replace

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from ...core.base.errors import CartongError
from ...core.base.i18n import tr
from ...core.servers import credentials
from ..tasks import CoreTask, follow_task
from ..wizard_common import message_label, plain_label
from .jobs import (
    KOBO,
    ODK,
    SETTINGS_PREFIX,
    ConnectionCheck,
    ServerLogin,
    check_connection,
    last_copy_for,
    layers_of_geopackage,
    load_survey_layers,
    split_server_address,
)

# Ways to log in, per platform: (method id, translated label) built in _methods().
TOKEN, PASSWORD, APP_TOKEN = "token", "password", "app_token"


# -- page 1: server and login ------------------------------------------------------------------------


class ServerPage(QWizardPage):
    """Platform, server address, saved connection or credentials; Next checks the connection first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("download_server")
        self.setTitle(tr("Server and login"))
        self.setSubTitle(
            tr(
                "Choose the server and how to log in. Tokens and passwords are kept only in the QGIS "
                "authentication manager, never in the project or the settings."
            )
        )
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
        for label, field_ in (
            (self.username_label, self.username),
            (self.password_label, self.password),
            (self.token_label, self.token),
        ):
            label.setBuddy(field_)
        self.login_hint = plain_label("", self.credentials_box, "login_hint")
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
        self.status = message_label("", self, "server_status")  # errors name the host: mixed scripts
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
        from ...core.servers.kobo import kobo_server_presets

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
            self.method.addItem(
                tr("Username and password (the token is fetched once; the password is not kept)"), PASSWORD
            )
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
            self.login_hint.setText(
                tr(
                    "The login of '{name}' is read from the QGIS authentication manager (configuration {authcfg})."
                ).format(name=connection.name, authcfg=connection.authcfg)
            )
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
            (KOBO, PASSWORD): tr(
                "Your KoboToolbox username and password are used once to fetch your API token; only the token is kept."
            ),
            (ODK, PASSWORD): tr("The email and password of your ODK Central web account."),
            (ODK, APP_TOKEN): tr(
                "In ODK Central: Project > App Users; the token is the last part of the "
                "app user's link. App users can send submissions but not read them: to "
                "download data, use a web account with the Project Viewer role."
            ),
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
        """The login typed or saved (the saved secret is read from the auth manager here, in the GUI thread);
        CartongError when its token or password holds what none has (``check_sendable``)."""
        from ...core.base.named_secrets import check_sendable

        login = self._login()
        where = (
            tr("The secret of the saved connection {name}").format(name=login.connection)
            if login.connection
            else tr("The token or password typed")
        )
        check_sendable(login.token, where, token=True)
        check_sendable(login.password, where, token=False)
        return login

    def _login(self) -> ServerLogin:
        connection = self.saved_connection()
        if connection is not None:
            secret = credentials.read_secret(connection.authcfg)
            if connection.kind == KOBO:
                return ServerLogin(
                    KOBO, connection.url, token=secret.token or secret.password, connection=connection.name
                )
            return ServerLogin(
                ODK,
                connection.url,
                token=secret.token,
                username=secret.username,
                password=secret.password,
                connection=connection.name,
            )
        from ...core.servers.http import normalise_base_url

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
        self.task = CoreTask(
            tr("Connecting to {url}").format(url=login.url), lambda feedback: check_connection(login, feedback)
        )
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
                message += "\n" + tr(
                    "The saved connection '{name}' holds an old token or password: choose 'New "
                    "connection', enter the new one and save it under the same name."
                ).format(name=self.login.connection)
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
            url=self.login.url, count=len(check.forms), deployed=deployed
        )
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
                from ...core.servers.sync import last_copy_message

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
                connection = credentials.save_connection(
                    name, ODK, login.url, username=login.username, password=login.password
                )
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
        self.status.setText(
            tr("The last downloaded copy {file} is in the project ({layers}).").format(
                file=gpkg, layers=", ".join(names)
            )
        )

    def cancel(self) -> None:
        if self.running():
            self.task.cancel()
