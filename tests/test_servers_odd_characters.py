# SPDX-License-Identifier: GPL-3.0-or-later
"""One odd character in one answer never blocks the whole form, and the warning names where it was.

Found by the outside test of the downloads (attack 7, finding 6): a lone UTF-16 surrogate escape (``\\ud83d``,
half of an emoji) in one answer failed every download of the form with "An unexpected error stopped the run
(UnicodeEncodeError)"; a page sent in ISO-8859-1 (an old self-hosted server, a proxy) was taken as cut
short, asked 5 times, then refused; neither named a submission or field.
Attack 16c, finding 3: a UTF-8 page labelled ``charset=ISO-8859-1`` (a web server's or proxy's default) was read
as Latin-1, every accented or Arabic answer turned into mojibake, raw tables included, with no word.
"""

from __future__ import annotations

import json

import pytest

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import ASSET_UID, make_record, odata_record
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server

HALF_AN_EMOJI = "Awa \ud83d Koné"


def _kobo_page(host: str, edit) -> dict:
    records = [make_record(i, host) for i in range(30)]
    edit(records)
    return {"count": 30, "next": None, "previous": None, "results": records}


def _one_page(body: bytes, content_type: str):
    """A route answering the first page of Kobo submissions with ``body`` (the others as usual)."""
    sent = []

    def route(handler, path, query):
        if path != f"/api/v2/assets/{ASSET_UID}/data/" or sent:
            return None
        sent.append(path)
        return 200, body, content_type, {}

    return route


def _said(feedback) -> str:
    return "\n".join(feedback.warnings)


def test_half_an_emoji_in_one_kobo_answer_is_replaced_and_named(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 30

    def edit(records):
        records[7]["household/respondent_name"] = HALF_AN_EMOJI

    page = _kobo_page(f"127.0.0.1:{fake_server.port}", edit)
    fake_server.state.route = _one_page(json.dumps(page).encode("ascii"), "application/json")  # \ud83d escaped
    gpkg = tmp_path / "k.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["TOTAL_RECORDS"] == 30
    names = dict(gpkg_rows(gpkg, 'SELECT _id, "household/respondent_name" FROM raw_survey'))
    assert names["500007"] == "Awa \ufffd Koné" and names["500008"] == "Respondent 8"
    assert (
        f"Submission 500007 from 127.0.0.1:{fake_server.port}: the answer to household/respondent_name held "
        "a character that is not valid text (half of an emoji, or text not in UTF-8); it was replaced by \ufffd"
    ) in _said(feedback)
    (warnings,) = gpkg_rows(gpkg, "SELECT warnings FROM cartong_metadata")[0]
    assert any("Submission 500007" in w for w in json.loads(warnings))


def test_half_an_emoji_in_one_odk_answer_is_replaced_and_named(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 30
    rows = [odata_record(i) for i in reversed(range(30))]
    for row in rows:
        row.pop("members@odata.navigationLink")
    rows[3]["household"]["respondent_name"] = HALF_AN_EMOJI  # submission 26
    page = {"@odata.context": "x", "@odata.count": 30, "value": rows}
    fake_server.inject(".svc/Submissions", status=200, body=json.dumps(page).encode("ascii"))
    gpkg = tmp_path / "o.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, gpkg)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["TOTAL_RECORDS"] == 30
    uuid = make_record(26, "")["_uuid"]
    names = dict(gpkg_rows(gpkg, 'SELECT _uuid, "household/respondent_name" FROM raw_survey'))
    assert names[uuid] == "Awa \ufffd Koné"
    assert (
        f"Submission uuid:{uuid} from 127.0.0.1:{fake_server.port}: the answer to household/respondent_name"
    ) in _said(feedback)


@pytest.mark.parametrize("declared", [True, False], ids=["charset declared", "no charset"])
def test_a_page_not_in_utf8_is_read_not_asked_again(cartong_provider, fake_server, tmp_path, monkeypatch, declared):
    fake_server.state.count = 30

    def edit(records):
        for record in records[4:9]:
            record["identification/village"] = "Bangui été"

    page = _kobo_page(f"127.0.0.1:{fake_server.port}", edit)
    body = json.dumps(page, ensure_ascii=False).encode("iso-8859-1")
    content_type = "application/json; charset=ISO-8859-1" if declared else "application/json"
    fake_server.state.route = _one_page(body, content_type)
    gpkg = tmp_path / "k.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["TOTAL_RECORDS"] == 30
    assert not any("retry" in line for line in feedback.infos)  # read in full: not asked again
    villages = dict(gpkg_rows(gpkg, 'SELECT _id, "identification/village" FROM raw_survey'))
    assert villages["500003"] == "Village 3"
    if declared:  # read in its charset, as it is not UTF-8: nothing lost, and said once
        assert villages["500004"] == "Bangui été"
        assert feedback.warnings == [
            f"127.0.0.1:{fake_server.port} sent data that is not UTF-8 and declared it as ISO-8859-1: it was read "
            "as ISO-8859-1. Check a few accented names in the survey; if they look wrong, ask the server's "
            "administrator to send UTF-8."
        ]
    else:
        assert villages["500004"] == "Bangui \ufffdt\ufffd"
        assert f"Submission 500004 from 127.0.0.1:{fake_server.port}: " in _said(feedback)
        assert "the answer to identification/village held a character that is not valid text" in _said(feedback)
        assert f"2 more submissions from 127.0.0.1:{fake_server.port} held such" in _said(feedback)  # 3 named
        assert len(feedback.warnings) == 4


def test_a_utf8_page_labelled_iso_8859_1_is_read_as_utf8(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 30
    names = ["Bangui été", "Bossangoa – Ngoumbélé", "القرية الجديدة", "Kaga-Bandoro œuvre"]

    def edit(records):
        for number, record in enumerate(records[:8]):
            record["identification/village"] = names[number % len(names)]
            record["household/respondent_name"] = "Aïcha Ndémé"

    page = _kobo_page(f"127.0.0.1:{fake_server.port}", edit)
    body = json.dumps(page, ensure_ascii=False).encode("utf-8")  # as every Kobo sends it, a proxy's label added
    fake_server.state.route = _one_page(body, "application/json; charset=ISO-8859-1")
    gpkg = tmp_path / "k.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    assert not isinstance(outcome, Exception), outcome
    raw = gpkg_rows(gpkg, 'SELECT "identification/village", "household/respondent_name" FROM raw_survey LIMIT 8')
    assert [village for village, _ in raw] == names * 2
    assert {name for _, name in raw} == {"Aïcha Ndémé"}
    typed = gpkg_rows(gpkg, "SELECT village, respondent_name FROM survey WHERE _index <= 3 ORDER BY _index")
    assert typed == [(village, "Aïcha Ndémé") for village in names[:3]]
    assert not feedback.warnings
