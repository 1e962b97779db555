# SPDX-License-Identifier: GPL-3.0-or-later
"""A QGIS PostgreSQL connection with its password in the auth manager, in a fresh profile (not a test).

``python teams_auth_run.py PROFILE_DIR SOCKET_DIR USER PASSWORD`` creates the QGIS settings and
authentication database (with a master password) in PROFILE_DIR, saves a Browser PostgreSQL
connection "Team store" (SSL mode verify-full, the password in a Basic authentication
configuration), then connects through it with ``cartong_plugin.core.teams`` and prints a JSON
report on the last line. tests/test_teams_connection.py reads it and searches the profile for
the password.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

PROFILE, SOCKET, USER, PASSWORD = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
os.environ["QGIS_AUTH_DB_DIR_PATH"] = str(PROFILE / "auth")
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = str(PROFILE)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = str(PROFILE / "home")
(PROFILE / "auth").mkdir(parents=True, exist_ok=True)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry  # noqa: E402
from qgis.PyQt.QtCore import QCoreApplication, QSettings  # noqa: E402

QCoreApplication.setOrganizationName("QGIS")
QCoreApplication.setApplicationName("QGIS3")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(PROFILE / "settings"))
app = QgsApplication([], False)
app.initQgis()
manager = QgsApplication.authManager()
manager.setMasterPassword("master-password-of-the-test-profile", True)

from cartong_plugin.core.base.errors import CartongError  # noqa: E402
from cartong_plugin.core.teams.connection import resolve_target  # noqa: E402
from cartong_plugin.core.teams.store import open_session  # noqa: E402

config = QgsAuthMethodConfig("Basic")
config.setName("Team store login")
config.setConfig("username", USER)
config.setConfig("password", PASSWORD)
manager.storeAuthenticationConfig(config)
metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
uri = QgsDataSourceUri()
uri.setConnection(SOCKET, "5432", "teams", "", "", QgsDataSourceUri.SslMode.SslVerifyFull, config.id())
metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), "Team store")
bare = QgsDataSourceUri()
bare.setConnection(SOCKET, "5432", "teams", USER, "")
metadata.saveConnection(
    metadata.createConnection(bare.uri(False), {"saveUsername": True}), "Team store without password"
)
QSettings().sync()

report = {"authcfg": config.id()}
target = resolve_target("Team store")
report["label"], report["repr"] = target.label, repr(target)
report["sslmode"] = "sslmode=verify-full" in target.conninfo
with open_session(target) as session:
    report["current_user"] = session.current_user()
for name, text in (
    ("without_password", "Team store without password"),
    ("unknown", "Nowhere"),
    ("missing_authcfg", f"host={SOCKET} dbname=teams authcfg=nosuch1"),
):
    try:
        with open_session(resolve_target(text)):
            report[name] = "connected"
    except CartongError as err:
        report[name] = str(err)
report["settings_files"] = [str(p) for p in PROFILE.rglob("*") if p.is_file()]
print(json.dumps(report))
