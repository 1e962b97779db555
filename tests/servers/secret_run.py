# SPDX-License-Identifier: GPL-3.0-or-later
"""Run the plugin's server downloads in a fresh, temporary QGIS profile (a separate process).

``python secret_run.py PROFILE_DIR OUTPUT_DIR SERVER_URL``: creates the QGIS settings and the
authentication database (with a master password) inside PROFILE_DIR, saves connections
through ``credentials``, runs the ``downloadkobo``/``downloadodk`` algorithms (successes and
failures) and prints a JSON report on the last line: every QgsMessageLog and feedback message,
the settings file, the auth database, and the results of the credential round trips.
The test then searches every file of both folders and every message for the secrets.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

PROFILE, OUTPUT, SERVER = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
os.environ["QGIS_AUTH_DB_DIR_PATH"] = str(PROFILE / "auth")
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = str(PROFILE)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = str(PROFILE / "home")
(PROFILE / "auth").mkdir(parents=True, exist_ok=True)
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
)
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
from cartong_plugin.core.servers import credentials  # noqa: E402
from cartong_plugin.core.servers.kobo import fetch_kobo_token  # noqa: E402
from cartong_plugin.processing.provider import CartongProvider  # noqa: E402
from tests.servers.fake_kobo_odk import (  # noqa: E402
    ASSET_UID,
    FORM_ID,
    KOBO_PASSWORD,
    KOBO_TOKEN,
    KOBO_USER,
    ODK_APP_TOKEN,
    ODK_EMAIL,
    ODK_PASSWORD,
    PROJECT_ID,
)

EXPIRED_TOKEN = "kobo-expired-token-77aa99cc00dd11ee22ff33gg"
messages: list[str] = []
QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: messages.append(f"{tag}: {text}"))


class Feedback(QgsProcessingFeedback):
    def pushInfo(self, info):  # noqa: N802
        messages.append(f"info: {info}")

    def pushWarning(self, warning):  # noqa: N802
        messages.append(f"warning: {warning}")

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        messages.append(f"error: {error}")


PROVIDER = CartongProvider()  # keep a reference: the registry does not own it in every version
QgsApplication.processingRegistry().addProvider(PROVIDER)


def run(algorithm: str, parameters: dict) -> bool:
    alg = QgsApplication.processingRegistry().createAlgorithmById(f"cartong:{algorithm}")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    try:
        result = alg.run(parameters, context, Feedback())
        result = result[0] if isinstance(result, tuple) else result  # (results, ok) or results by version
        ok = bool(result) and "OUTPUT" in result
    except Exception as err:  # 3.22 reports through feedback; keep anything else too
        messages.append(f"exception: {err}")
        ok = False
    return bool(ok)


report: dict = {}
token = fetch_kobo_token(SERVER, KOBO_USER, KOBO_PASSWORD)  # what a wizard does: the password is not kept
kobo = credentials.save_connection("Kobo CAR", "kobo", SERVER, token=token)
expired = credentials.save_connection("Kobo old", "kobo", SERVER, token=EXPIRED_TOKEN)
odk = credentials.save_connection("ODK CAR", "odk", SERVER, username=ODK_EMAIL, password=ODK_PASSWORD)
app_user = credentials.save_connection("ODK collector", "odk", SERVER, token=ODK_APP_TOKEN)
report["authcfg"] = kobo.authcfg
report["round_trip_token"] = credentials.read_secret(kobo.authcfg).token == KOBO_TOKEN
secret = credentials.read_secret(odk.authcfg)
report["round_trip_password"] = (secret.username, secret.password) == (ODK_EMAIL, ODK_PASSWORD)
report["secret_repr"] = repr(secret)
report["connections"] = sorted(c.name for c in credentials.list_connections())
report["settings_authcfg"] = QgsSettings().value("cartong/servers/Kobo_CAR/authcfg")
report["settings_keys"] = QgsSettings().allKeys()

report["kobo_ok"] = run(
    "downloadkobo",
    {
        "SERVER": SERVER,
        "AUTHCFG": kobo.authcfg,
        "ASSET": ASSET_UID,
        "UPDATE": False,
        "ATTACHMENTS": True,
        "OUTPUT": str(OUTPUT / "kobo.gpkg"),
    },
)
report["kobo_update_expired_ok"] = run(
    "downloadkobo",
    {
        "SERVER": SERVER,
        "AUTHCFG": expired.authcfg,
        "ASSET": ASSET_UID,
        "UPDATE": True,
        "OUTPUT": str(OUTPUT / "kobo.gpkg"),
    },
)
report["odk_ok"] = run(
    "downloadodk",
    {
        "SERVER": SERVER,
        "AUTHCFG": odk.authcfg,
        "PROJECT": PROJECT_ID,
        "FORM": FORM_ID,
        "UPDATE": False,
        "ATTACHMENTS": True,
        "OUTPUT": str(OUTPUT / "odk.gpkg"),
    },
)
report["odk_app_user_ok"] = run(
    "downloadodk",
    {
        "SERVER": SERVER,
        "AUTHCFG": app_user.authcfg,
        "PROJECT": PROJECT_ID,
        "FORM": FORM_ID,
        "OUTPUT": str(OUTPUT / "odk_app.gpkg"),
    },
)
credentials.remove_connection("Kobo old")
try:
    credentials.read_secret(expired.authcfg)
    report["removed_secret_error"] = ""
except CartongError as err:
    report["removed_secret_error"] = str(err)
report["connections_after_remove"] = sorted(c.name for c in credentials.list_connections())
QgsSettings().sync()
report["settings_file"] = QgsSettings().fileName()
report["auth_db"] = manager.authenticationDatabasePath()
report["messages"] = messages
report["expired_token"] = EXPIRED_TOKEN
print(json.dumps(report))
app.exitQgis()
