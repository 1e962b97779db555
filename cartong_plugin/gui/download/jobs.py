# SPDX-License-Identifier: GPL-3.0-or-later
"""What the download wizard runs, without its widgets: logins and form lists, the download itself
(the core sync, as the ``downloadkobo``/``downloadodk`` algorithms call it), the progress relay out
of the task, and the project layers and settings of a downloaded GeoPackage.

The first part runs in the task thread (no widgets); the helpers at the end work on the project.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from qgis.core import QgsProject, QgsProviderRegistry, QgsSettings
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...core.base.errors import CartongError
from ...core.base.i18n import tr

KOBO, ODK = "kobo", "odk"
SETTINGS_PREFIX = "cartong/download/"


# -- what the pages hand to the tasks (no widgets: these run in the task thread) -----------------


@dataclass
class ServerLogin:
    """Server and credentials for one run; held in memory only."""

    kind: str  # KOBO or ODK
    url: str
    token: str = ""  # Kobo API token or ODK app-user token
    username: str = ""  # Kobo username (only to fetch the token) or ODK email
    password: str = ""
    connection: str = ""  # name of the saved connection used, if any

    def __repr__(self):  # keep secrets out of tracebacks
        return f"ServerLogin(kind={self.kind!r}, url={self.url!r}, connection={self.connection!r})"


@dataclass
class FormEntry:
    """One row of the form list."""

    key: str  # Kobo asset uid, or ODK "<project id>/<xmlFormId>"
    name: str
    submissions: int | None
    last_submission: str
    deployed: bool
    state: str  # shown in the Deployed column
    project_id: int | None = None
    form_id: str = ""  # Kobo uid or ODK xmlFormId, as the server's web page shows it


@dataclass
class ConnectionCheck:
    """The outcome of logging in and listing the forms."""

    ok: bool
    message: str = ""
    offline: bool = False
    refused: bool = False  # HTTP 401: wrong or expired token or password
    token: str = ""  # Kobo token fetched from the username and password
    forms: list[FormEntry] = field(default_factory=list)


@dataclass
class DownloadOutcome:
    result: object = None  # sync.SyncResult
    message: str = ""
    last_copy: Path | None = None  # OfflineError: the GeoPackage downloaded before
    shared: object = None  # teams.transfer.TransferReport: the survey also in the shared database
    share_error: str = ""  # why it is not there (the download itself stands)


def list_server_forms(login: ServerLogin, feedback=None) -> list[FormEntry]:
    """Every form the account can read: Kobo surveys (drafts too, marked) or ODK forms of every project."""
    if login.kind == KOBO:
        from ...core.servers.kobo import KoboClient

        client = KoboClient(login.url, login.token, feedback=feedback)
        try:
            return [
                FormEntry(
                    key=s.uid,
                    name=s.name,
                    submissions=s.submissions,
                    last_submission=str(getattr(s, "last_submission", "") or ""),
                    deployed=s.deployed,
                    state=tr("Yes") if s.deployed else tr("No"),
                    form_id=s.uid,
                )
                for s in client.list_surveys(deployed_only=False)
            ]
        finally:
            client.close()
    from ...core.servers.odk_central import OdkCentralClient

    client = OdkCentralClient(
        login.url, email=login.username, password=login.password, app_user_token=login.token, feedback=feedback
    )
    states = {"open": tr("Yes"), "closing": tr("Closing"), "closed": tr("Closed")}
    try:
        forms = []
        for project in client.list_projects():
            for form in client.list_forms(project.id):
                forms.append(
                    FormEntry(
                        key=f"{project.id}/{form.xml_form_id}",
                        name=f"{project.name} / {form.name}",
                        submissions=form.submissions,
                        last_submission=str(getattr(form, "last_submission", "") or ""),
                        deployed=form.state != "closed",
                        state=states.get(form.state, form.state),
                        project_id=project.id,
                        form_id=form.xml_form_id,
                    )
                )
        return forms
    finally:
        client.close()


def check_connection(login: ServerLogin, feedback=None) -> ConnectionCheck:
    """Log in (Kobo: fetch the token once from the username and password) and list the forms.

    Server failures come back as a ConnectionCheck saying what went wrong (401 wrong or expired
    credentials, 403 missing permission, offline), so the page can react to each.
    """
    from ...core.servers.kobo import fetch_kobo_token
    from ...core.servers.server_errors import AuthenticationFailed, NetworkUnavailable, ServerError

    token = ""
    try:
        if login.kind == KOBO and not login.token:
            token = fetch_kobo_token(login.url, login.username, login.password, feedback=feedback)
            login = replace(login, token=token, password="")
        forms = list_server_forms(login, feedback)
    except NetworkUnavailable as err:
        return ConnectionCheck(ok=False, message=str(err), offline=True)
    except AuthenticationFailed as err:
        return ConnectionCheck(ok=False, message=str(err), refused=True)
    except ServerError as err:
        if feedback is not None and feedback.isCanceled():
            raise
        return ConnectionCheck(ok=False, message=str(err))
    return ConnectionCheck(ok=True, token=token, forms=forms)


def run_download(
    login: ServerLogin,
    form: FormEntry,
    output: Path,
    *,
    update: bool,
    attachments: bool,
    xlsform: str = "",
    share=None,
    preferred_language: str = "",
    feedback=None,
) -> DownloadOutcome:
    """Download or update ``form`` into ``output`` with the core sync (same calls as the algorithms).

    ``preferred_language`` ("fr"): the labels are in that language when the form has it, else in the
    form's default; an update keeps the GeoPackage's.

    ``share`` (PgTarget, schema): then the GeoPackage goes into that schema too, as the algorithms'
    POSTGIS_CONNECTION does (an update adds only the new rows, the reviewers' decisions kept).
    """
    from ...core.servers.sync import OfflineError, sync_kobo, sync_odk

    try:
        if login.kind == KOBO:
            result = sync_kobo(
                login.url,
                login.token,
                form.key,
                output,
                update=update,
                attachments=attachments,
                preferred_language=preferred_language,
                feedback=feedback,
            )
        else:
            form_spec = None
            if xlsform:
                from ...core.survey.xlsform import read_xlsform

                form_spec = read_xlsform(xlsform)
            result = sync_odk(
                login.url,
                form.project_id,
                form.form_id,
                output,
                email=login.username,
                password=login.password,
                app_user_token=login.token,
                update=update,
                attachments=attachments,
                form_spec=form_spec,
                preferred_language=preferred_language,
                feedback=feedback,
            )
    except OfflineError as err:
        return DownloadOutcome(message=str(err), last_copy=err.last_copy)
    outcome = DownloadOutcome(result=result)
    if share is not None:
        from ...core.teams.append import share_survey

        target, schema = share
        try:
            outcome.shared = share_survey(
                result.gpkg, target, schema, update=result.mode == "update", feedback=feedback
            )
        except CartongError as err:
            outcome.share_error = str(err)
    return outcome


class ProgressRelay(QObject):
    """Lives in the GUI thread; ``message`` carries the core's progress lines out of the task."""

    message = pyqtSignal(str)


class RelayFeedback:
    """The task's feedback, whose progress lines ("Page 3: 2000 of 5000 submissions") also go to the page."""

    def __init__(self, feedback, relay: ProgressRelay):
        self._feedback = feedback
        self._relay = relay

    def pushInfo(self, text: str) -> None:  # noqa: N802
        self._relay.message.emit(text)
        self._feedback.pushInfo(text)

    def __getattr__(self, name):
        return getattr(self._feedback, name)


# -- project and settings helpers ------------------------------------------------------------------


def layers_of_geopackage(gpkg) -> list:
    """The project's layers read from ``gpkg`` (any table of it)."""
    target = os.path.normcase(os.path.realpath(str(gpkg)))
    registry = QgsProviderRegistry.instance()
    found = []
    for layer in QgsProject.instance().mapLayers().values():
        if layer.providerType() != "ogr":
            continue
        path = registry.decodeUri("ogr", layer.source()).get("path") or ""
        if path and os.path.normcase(os.path.realpath(path)) == target:
            found.append(layer)
    return found


def load_survey_layers(gpkg, looks=None) -> list[str]:
    """Add the survey layer and its repeat tables to the project (with the names and styles
    ``looks`` kept from before an update); return their names."""
    from ...core.maps.survey_project import add_survey_to_project

    added = add_survey_to_project(gpkg, QgsProject.instance(), looks=looks)
    return [added.survey.name(), *added.children]


def split_server_address(text: str) -> tuple[str, str]:
    """A pasted address -> (server root, ODK app-user token found in it or "").

    Users paste what the browser shows: a Kobo form page, or an ODK app user's link
    (``https://central.org/v1/key/<token>/projects/7``). Only the server root is kept as the
    address (settings and labels show it), without any ``user:password@``; the token found goes to
    the masked token field.
    """
    from urllib.parse import urlsplit

    text = text.strip()
    if not text:
        return "", ""
    parts = urlsplit(text if "://" in text else "https://" + text)
    found = re.search(r"/key/([^/?#]+)", parts.path)
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}", found.group(1) if found else ""


def _server_key(url: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in url.strip().rstrip("/").lower()) or "server"


def remember_last_copy(url: str, gpkg) -> None:
    """Remember where the last download from ``url`` went (offered when the server is offline)."""
    QgsSettings().setValue(f"{SETTINGS_PREFIX}last_copy/{_server_key(url)}", str(gpkg))


def last_copy_for(url: str) -> Path | None:
    value = QgsSettings().value(f"{SETTINGS_PREFIX}last_copy/{_server_key(url)}", "") if url else ""
    return Path(value) if value and Path(value).is_file() else None
