# SPDX-License-Identifier: GPL-3.0-or-later
"""Two answers of one submission that name the same file each open their own attachment.

Found by the outside test of the downloads (attack 7, finding 4): iOS names every photo taken in a browser
``image.jpg``, so the water point's and the latrine's photos are both answered ``image.jpg``; Kobo stores the
second upload under Django's collision name (``image_Ab0Cd3E.jpg``). Both fields linked the first file, so
in half of the submissions the water point's photo showed the latrine, and the other file was orphaned.
The same holds for the items of a repeat (one photo per household member).
"""

from __future__ import annotations

import copy

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import FORMHUB_UUID, SURVEY, _row, kobo_content
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server


def _content() -> dict:
    """The form with a second photo (the latrine) and a photo of each household member."""
    survey = copy.deepcopy(SURVEY)
    at = next(n for n, row in enumerate(survey) if row.get("name") == "photo") + 1
    survey.insert(at, _row("image", "photo_latrine", "Photo of the latrine", "Photo de la latrine"))
    at = next(n for n, row in enumerate(survey) if row.get("type") == "end_repeat")
    survey.insert(at, _row("image", "member_photo", "Photo", "Photo"))
    return kobo_content(survey)


def _body(i: int, question: str, n: int = 0) -> bytes:
    return f"JPEG of {question} {n} of submission {i}".encode()


def every_photo_is_image_jpg(i, record, host):
    """Every photo answered ``image.jpg``; Kobo stored the first upload as ``image.jpg``, the others under a
    collision name; for odd submissions the latrine's photo was uploaded first."""
    record["photo"] = record["photo_latrine"] = "image.jpg"
    photos = [("photo", 0), ("photo_latrine", 0)]
    if i % 2:
        photos.reverse()
    for n, member in enumerate(record["members"]):
        member["members/member_photo"] = "image.jpg"
        photos.append(("members/member_photo", n))
    record["_attachments"] = [
        {
            "download_url": f"http://{host}/files/{i}/{question}/{n}",
            "filename": f"officer/attachments/{FORMHUB_UUID}/{record['_uuid']}/"
            + ("image.jpg" if k == 0 else f"image_{i:02d}{k}AbCd.jpg"),
            "mimetype": "image/jpeg",
            "question_xpath": question,
            "instance": record["_id"],
            "id": 100 * i + k,
        }
        for k, (question, n) in enumerate(photos)
    ]
    return record


def serve_files(handler, path, query):
    """``/files/<i>/<question>/<n>``: the photo of that question (item ``n`` of a repeat) of submission ``i``."""
    if not path.startswith("/files/"):
        return None
    i, rest = path[len("/files/") :].split("/", 1)
    question, n = rest.rsplit("/", 1)
    return 200, _body(int(i), question, int(n)), "image/jpeg", {}


def test_each_photo_answered_image_jpg_opens_its_own_file(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 4
    fake_server.state.content = _content()
    fake_server.state.edit_record = every_photo_is_image_jpg
    fake_server.state.route = serve_files
    gpkg = tmp_path / "k.gpkg"
    outcome, _feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, ATTACHMENTS=True)
    assert outcome["MISSING_ATTACHMENTS"] == []

    def opens(path) -> bytes:
        return (tmp_path / path).read_bytes()

    rows = gpkg_rows(gpkg, "SELECT _id, photo_file, photo_latrine_file FROM survey ORDER BY _id")
    assert len(rows) == 4
    for record_id, photo, latrine in rows:
        i = int(record_id) - 500000
        assert (opens(photo), opens(latrine)) == (_body(i, "photo"), _body(i, "photo_latrine"))
    members = gpkg_rows(gpkg, "SELECT _parent_index, member_photo_file FROM members ORDER BY _index")
    assert len(members) > 4
    seen: dict[int, int] = {}
    for parent, photo in members:
        i = int(parent) - 1
        n = seen[i] = seen.get(i, -1) + 1
        assert opens(photo) == _body(i, "members/member_photo", n)
    files = {
        path for (path,) in gpkg_rows(gpkg, "SELECT photo_file FROM survey UNION SELECT photo_latrine_file FROM survey")
    }
    assert len(files) == 8  # no file is orphaned
