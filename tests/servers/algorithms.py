# SPDX-License-Identifier: GPL-3.0-or-later
"""The download algorithms run as a user runs them headless: ``processing.run`` with the secret in an
environment variable (``SECRET=env:NAME``), against the local fake server."""

from __future__ import annotations

from tests.field_data import RecordingFeedback
from tests.servers.fake_kobo_odk import ASSET_UID, FORM_ID, KOBO_TOKEN, ODK_EMAIL, ODK_PASSWORD, PROJECT_ID

SECRET_VARIABLE = "CARTONG_TEST_SERVER_SECRET"


def run_download(monkeypatch, kind: str, server_url: str, gpkg, **params):
    """``cartong:downloadkobo`` (``kind`` "kobo") or ``cartong:downloadodk`` ("odk") into ``gpkg``.

    Returns (the results, or the QgsProcessingException raised; the RecordingFeedback)."""
    import processing
    from qgis.core import QgsProcessingException

    feedback = RecordingFeedback()
    values = {"SERVER": server_url, "SECRET": f"env:{SECRET_VARIABLE}", "OUTPUT": str(gpkg), **params}
    if kind == "kobo":
        monkeypatch.setenv(SECRET_VARIABLE, KOBO_TOKEN)
        values.setdefault("ASSET", ASSET_UID)
    else:
        monkeypatch.setenv(SECRET_VARIABLE, ODK_PASSWORD)
        values = {"PROJECT": PROJECT_ID, "FORM": FORM_ID, "USERNAME": ODK_EMAIL, **values}
    try:
        return processing.run(f"cartong:download{kind}", values, feedback=feedback), feedback
    except QgsProcessingException as err:
        return err, feedback


def said(outcome, feedback) -> str:
    """Everything the run told the user: the exception's message, errors and warnings."""
    return "\n".join([str(outcome) if isinstance(outcome, Exception) else "", *feedback.errors, *feedback.warnings])
