# SPDX-License-Identifier: GPL-3.0-or-later
"""Server connections: the secret in the QGIS authentication manager, only its id in settings.

A connection is a name, a kind (``kobo`` or ``odk``), a server URL and an ``authcfg`` id.
The token (Kobo API token, ODK app-user token) is kept in an ``EsriToken`` configuration
(a plain token holder, present in QGIS 3.22 and later), an ODK email/password in a
``Basic`` one. QgsSettings under ``cartong/servers/<name>/`` hold the URL, the kind and the
authcfg id, never the secret; project files and logs never see it either.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base.errors import CartongError
from ..base.i18n import tr

SETTINGS_PREFIX = "cartong/servers"
TOKEN_METHOD = "EsriToken"
PASSWORD_METHOD = "Basic"


@dataclass
class ServerConnection:
    name: str
    kind: str  # "kobo" or "odk"
    url: str
    authcfg: str


@dataclass
class Secret:
    """What the authentication manager holds for one connection (never log it)."""

    token: str = ""
    username: str = ""
    password: str = ""

    def __repr__(self):  # keep secrets out of tracebacks and debug prints
        return f"Secret(token={'***' if self.token else ''}, username={self.username!r}, password=***)"


def _auth_manager():
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise CartongError(
            tr(
                "The QGIS authentication system is not available, so the password or token "
                "cannot be kept safely. Check Settings > Options > Authentication."
            )
        )
    if not manager.masterPasswordIsSet() and not manager.setMasterPassword(True):
        raise CartongError(
            tr(
                "The QGIS authentication database is locked: enter its master password "
                "when QGIS asks for it, then try again."
            )
        )
    return manager


def store_secret(
    name: str, url: str, *, token: str = "", username: str = "", password: str = "", authcfg: str = ""
) -> str:
    """Create (or update ``authcfg``) an authentication configuration; return its id."""
    from qgis.core import QgsAuthMethodConfig

    manager = _auth_manager()
    method = TOKEN_METHOD if token else PASSWORD_METHOD
    if method not in manager.authMethodsKeys():
        raise CartongError(
            tr("This QGIS has no '{method}' authentication method to keep the credentials.").format(method=method)
        )
    config = QgsAuthMethodConfig(method)
    config.setName(tr("CartONG: {name}").format(name=name))
    config.setUri(url)
    if token:
        config.setConfig("token", token)
    else:
        config.setConfig("username", username)
        config.setConfig("password", password)
    if authcfg:
        config.setId(authcfg)
        ok = manager.updateAuthenticationConfig(config)
    else:
        ok = manager.storeAuthenticationConfig(config)
        ok = ok[0] if isinstance(ok, tuple) else ok
    if not ok or not config.id():
        raise CartongError(
            tr("The credentials for {name} could not be saved in the QGIS authentication database.").format(name=name)
        )
    return config.id()


def read_secret(authcfg: str) -> Secret:
    """The token or username/password of ``authcfg``; CartongError when it does not exist."""
    from qgis.core import QgsAuthMethodConfig

    manager = _auth_manager()
    config = QgsAuthMethodConfig()
    loaded = manager.loadAuthenticationConfig(authcfg, config, True)
    if isinstance(loaded, tuple):
        loaded, config = loaded[0], loaded[1]
    if not loaded or not config.id():
        raise CartongError(
            tr(
                "The saved credentials '{authcfg}' were not found in the QGIS authentication "
                "database. Enter the token or password again."
            ).format(authcfg=authcfg)
        )
    return Secret(
        token=config.config("token", ""), username=config.config("username", ""), password=config.config("password", "")
    )


def save_connection(
    name: str, kind: str, url: str, *, token: str = "", username: str = "", password: str = ""
) -> ServerConnection:
    """Store the secret in the auth manager and the connection (without secret) in QgsSettings."""
    from qgis.core import QgsSettings

    if kind not in ("kobo", "odk"):
        raise CartongError(tr("Unknown server kind '{kind}': use KoboToolbox or ODK Central.").format(kind=kind))
    existing = load_connection(name)
    authcfg = store_secret(
        name, url, token=token, username=username, password=password, authcfg=existing.authcfg if existing else ""
    )
    settings = QgsSettings()
    key = f"{SETTINGS_PREFIX}/{_key(name)}"
    settings.setValue(f"{key}/name", name)
    settings.setValue(f"{key}/kind", kind)
    settings.setValue(f"{key}/url", url)
    settings.setValue(f"{key}/authcfg", authcfg)
    settings.sync()
    return ServerConnection(name=name, kind=kind, url=url, authcfg=authcfg)


def load_connection(name: str) -> ServerConnection | None:
    from qgis.core import QgsSettings

    settings = QgsSettings()
    key = f"{SETTINGS_PREFIX}/{_key(name)}"
    authcfg = settings.value(f"{key}/authcfg", "")
    if not authcfg:
        return None
    return ServerConnection(
        name=settings.value(f"{key}/name", name),
        kind=settings.value(f"{key}/kind", ""),
        url=settings.value(f"{key}/url", ""),
        authcfg=authcfg,
    )


def list_connections() -> list[ServerConnection]:
    from qgis.core import QgsSettings

    settings = QgsSettings()
    settings.beginGroup(SETTINGS_PREFIX)
    keys = settings.childGroups()
    settings.endGroup()
    return [c for c in (load_connection(k) for k in keys) if c is not None]


def remove_connection(name: str) -> None:
    """Forget a connection: its settings and its secret in the auth manager."""
    from qgis.core import QgsSettings

    connection = load_connection(name)
    if connection is not None:
        _auth_manager().removeAuthenticationConfig(connection.authcfg)
    QgsSettings().remove(f"{SETTINGS_PREFIX}/{_key(name)}")


def _key(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name.strip()) or "server"
