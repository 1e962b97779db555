# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK Central's "Download all data" zip, laid out as Central writes it, through cartong:importsurvey.

Central (central-backend ``lib/data/briefcase.js``, ``client-audits.js``, ``submission-attachments.js``)
writes ``<formId>.csv``, one ``<formId>-<repeat>.csv`` per repeat, ``<formId> - audit.csv`` when the
form has an ``audit``, and every file attached to a submission under ``media/``: a CSV an enumerator
attached there is no table of the survey.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

SURVEY = [
    ["type", "name", "label"],
    ["start", "start", ""],
    ["end", "end", ""],
    ["audit", "audit", ""],
    ["begin_group", "hh", "Household"],
    ["text", "head", "Head of household"],
    ["begin_repeat", "members", "Members"],
    ["text", "mname", "Name"],
    ["begin_group", "demo", "Demographics"],
    ["integer", "age", "Age"],
    ["select_one sex", "sex", "Sex"],
    ["end_group", "", ""],
    ["end_repeat", "", ""],
    ["end_group", "", ""],
    ["begin_group", "assets", "Assets"],
    ["begin_repeat", "items", "Items"],
    ["text", "item", "Item"],
    ["end_repeat", "", ""],
    ["end_group", "", ""],
    ["file", "doc", "Attach document"],
    ["image", "photo", "Photo"],
]
CHOICES = [["list_name", "name", "label"], ["sex", "f", "Female"], ["sex", "m", "Male"]]
MAIN = [
    ["SubmissionDate", "start", "end", "hh-head", "doc", "photo", "meta-instanceID", "KEY", "FormVersion"],
    [
        "2024-05-01T10:00:00.000Z",
        "2024-05-01T12:00:00.000+02:00",
        "2024-05-01T12:20:00.000+02:00",
        "Amina",
        "list.csv",
        "1714.jpg",
        "uuid:a1",
        "uuid:a1",
        "3",
    ],
    [
        "2024-05-02T10:00:00.000Z",
        "2024-05-02T12:00:00.000+02:00",
        "2024-05-02T12:20:00.000+02:00",
        "Bakari",
        "",
        "",
        "uuid:b2",
        "uuid:b2",
        "3",
    ],
]
MEMBERS = [
    ["mname", "demo-age", "demo-sex", "PARENT_KEY", "KEY"],
    ["Amina", "34", "f", "uuid:a1", "uuid:a1/hh/members[1]"],
    ["Omar", "6", "m", "uuid:a1", "uuid:a1/hh/members[2]"],
    ["Bakari", "40", "m", "uuid:b2", "uuid:b2/hh/members[1]"],
]
ITEMS = [["item", "PARENT_KEY", "KEY"], ["radio", "uuid:a1", "uuid:a1/assets/items[1]"]]


def _csv(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _form(tmp_path):
    return write_form(tmp_path / "form.xlsx", SURVEY, CHOICES, [["form_id", "version"], ["hh2024", "3"]])


def _central_zip(path, extra=()):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hh2024.csv", _csv(MAIN))
        archive.writestr("hh2024-members.csv", _csv(MEMBERS))
        archive.writestr("hh2024-items.csv", _csv(ITEMS))
        for name, data in extra:
            archive.writestr(name, data)
    return path


# an enumerator's answer to the `file` question: a CSV, which Central puts under media/ with the photos
MEDIA = [("media/1714.jpg", b"\xff\xd8\xff\xe0fakejpeg"), ("media/list.csv", _csv([["drug", "qty"], ["ORS", "5"]]))]


def _tables(gpkg):
    return json.loads(query(gpkg, "SELECT tables FROM cartong_metadata")[0][0])


def test_a_csv_attached_to_a_submission_is_not_taken_for_the_survey(cartong_provider, tmp_path):
    export = _central_zip(tmp_path / "central.zip", MEDIA)
    gpkg = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(export, gpkg)
    assert result["ROWS"] == 2
    assert query(gpkg, 'SELECT "hh-head", doc FROM survey ORDER BY fid') == [("Amina", "list.csv"), ("Bakari", None)]
    assert _tables(gpkg) == {"survey": 2, "members": 3, "items": 1}
    relations = json.loads(query(gpkg, "SELECT relations FROM cartong_metadata")[0][0])
    assert {(r["parent"], r["child"]) for r in relations} == {("survey", "members"), ("survey", "items")}


def test_a_central_zip_with_attachments_imports_with_its_form(cartong_provider, tmp_path):
    """With the form, the attached CSV's columns made the import fail as if the form were the wrong one."""
    export = _central_zip(tmp_path / "central.zip", MEDIA)
    gpkg = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(export, gpkg, _form(tmp_path))
    assert result["ROWS"] == 2
    assert query(gpkg, "SELECT head, doc FROM survey ORDER BY fid") == [("Amina", "list.csv"), ("Bakari", None)]
    assert query(gpkg, "SELECT mname, age, sex_label FROM members ORDER BY fid")[0] == ("Amina", 34, "Female")


def test_the_main_csv_is_the_forms_not_the_shortest_name(cartong_provider, tmp_path):
    """A form without repeats and another CSV with a shorter name at the top: the form's id names the
    main table (without a form, the name that starts the most others does, see the tests above)."""
    export = tmp_path / "central.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("ids.csv", _csv([["code", "name"], ["1", "a"], ["2", "b"], ["3", "c"]]))
        archive.writestr("hh2024.csv", _csv(MAIN))
    gpkg = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(export, gpkg, _form(tmp_path))
    assert result["ROWS"] == 2
    assert query(gpkg, "SELECT head FROM survey ORDER BY fid") == [("Amina",), ("Bakari",)]


AUDIT = [
    ["instance ID", "event", "node", "start", "end", "latitude", "longitude", "accuracy", "old-value", "new-value"],
    ["uuid:a1", "form start", "", "1714557600000", "", "", "", "", "", ""],
    ["uuid:a1", "question", "/data/hh/head", "1714557601000", "1714557610000", "", "", "", "", "Amina"],
    ["uuid:b2", "form start", "", "1714644000000", "", "", "", "", "", ""],
]


def test_the_audit_log_is_a_log_its_times_read_from_milliseconds(cartong_provider, tmp_path):
    """``hh2024 - audit.csv``: its start and end are not the form's start and end questions."""
    export = _central_zip(tmp_path / "central.zip", [("hh2024 - audit.csv", _csv(AUDIT))])
    gpkg = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(export, gpkg, _form(tmp_path))
    assert result["ROWS"] == 2
    assert query(gpkg, 'SELECT event, start, "end", node FROM audit ORDER BY fid') == [
        ("form start", "2024-05-01T10:00:00.000Z", None, None),
        ("question", "2024-05-01T10:00:01.000Z", "2024-05-01T10:00:10.000Z", "/data/hh/head"),
        ("form start", "2024-05-02T10:00:00.000Z", None, None),
    ]
    relations = json.loads(query(gpkg, "SELECT relations FROM cartong_metadata")[0][0])
    assert {"parent": "survey", "child": "audit", "parent_key": "KEY", "child_key": "instance ID"} in relations
    assert not [w for w in warnings if "audit" in w and ("date-times (ISO" in w or "not in the form" in w)]
    assert any("is the form's audit log" in w for w in warnings)


def test_an_audit_log_without_instance_ids_is_imported_unlinked_and_said(cartong_provider, tmp_path):
    """Older Central versions wrote the log without the submission's instance ID."""
    export = _central_zip(tmp_path / "central.zip", [("hh2024 - audit.csv", _csv([row[1:] for row in AUDIT]))])
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg)
    assert query(gpkg, "SELECT start FROM audit ORDER BY fid LIMIT 1") == [("2024-05-01T10:00:00.000Z",)]
    assert any("is the form's audit log" in w and "not linked" in w for w in warnings)
