# SPDX-License-Identifier: GPL-3.0-or-later
"""The ODK Central session opened with the e-mail and password is closed at the end of every run.

Found by the outside test of the downloads (attack 16c, finding 9): each run logged in (``POST /v1/sessions``)
and never logged out, so every bearer stayed valid for 24 hours: scheduled updates piled up live sessions
under the manager's account, and any copy of one (a proxy log) stayed usable for a day.
"""

from __future__ import annotations

from tests.field_data import RecordingFeedback
from tests.servers.algorithms import SECRET_VARIABLE, run_download
from tests.servers.fake_kobo_odk import FORM_ID, ODK_APP_TOKEN, ODK_EMAIL, ODK_PASSWORD, PROJECT_ID

pytest_plugins = ["tests.servers.fixtures"]  # fake_server


def _logouts(server) -> list[dict]:
    return [r for r in server.state.requests if r["method"] == "DELETE"]


def _logged_in(server) -> int:
    return sum(r["path"] == "/v1/sessions" for r in server.state.requests)


def test_a_download_closes_its_session(cartong_provider, fake_server, tmp_path, monkeypatch):
    outcome, _ = run_download(monkeypatch, "odk", fake_server.url, tmp_path / "o.gpkg")
    assert outcome["TOTAL_RECORDS"] == 250
    assert _logged_in(fake_server) == 1 and fake_server.state.sessions == set()  # the bearer no longer works
    (logout,) = _logouts(fake_server)
    assert logout["path"].startswith("/v1/sessions/session") and logout["auth"]
    assert fake_server.state.requests[-1] is logout  # the last request of the run


def test_a_failed_download_closes_its_session(cartong_provider, fake_server, tmp_path, monkeypatch):
    outcome, _ = run_download(monkeypatch, "odk", fake_server.url, tmp_path / "o.gpkg", FORM="no_such_form")
    assert isinstance(outcome, Exception) and "HTTP 404" in str(outcome)
    assert _logged_in(fake_server) == 1 and fake_server.state.sessions == set() and len(_logouts(fake_server)) == 1


def test_a_cancelled_download_closes_its_session(cartong_provider, fake_server, tmp_path, monkeypatch):
    import processing
    from qgis.core import QgsProcessingException

    feedback = RecordingFeedback()

    def cancel_on_the_data(handler, path, query):  # the user presses Cancel while the first page comes
        if path.endswith(".svc/Submissions"):
            feedback.cancel()
        return None

    fake_server.state.route = cancel_on_the_data
    monkeypatch.setenv(SECRET_VARIABLE, ODK_PASSWORD)
    parameters = {
        "SERVER": fake_server.url,
        "PROJECT": PROJECT_ID,
        "FORM": FORM_ID,
        "USERNAME": ODK_EMAIL,
        "SECRET": f"env:{SECRET_VARIABLE}",
        "OUTPUT": str(tmp_path / "o.gpkg"),
    }
    try:
        processing.run("cartong:downloadodk", parameters, feedback=feedback)
        raise AssertionError("the cancel did not stop the download")
    except QgsProcessingException as err:
        assert "cancelled" in str(err)
    assert _logged_in(fake_server) == 1 and fake_server.state.sessions == set() and len(_logouts(fake_server)) == 1


def test_an_app_user_has_no_session_to_close(cartong_provider, fake_server, tmp_path, monkeypatch):
    monkeypatch.setenv("CARTONG_TEST_APP_USER", ODK_APP_TOKEN)
    outcome, _ = run_download(
        monkeypatch, "odk", fake_server.url, tmp_path / "o.gpkg", SECRET="env:CARTONG_TEST_APP_USER", USERNAME=""
    )
    assert outcome["TOTAL_RECORDS"] == 250 and _logouts(fake_server) == []
