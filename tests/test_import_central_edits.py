# SPDX-License-Identifier: GPL-3.0-or-later
"""A submission edited on ODK Central keeps its ``_uuid`` at import, the one the toolkit's ODK download writes.

Found by review 19 on the real ruODK Flora Quadrat export, its first submission edited as Central writes it:
``meta-instanceID`` becomes the id of the new version, while ``KEY`` (the submission's id, OData's ``__id``)
and its repeat rows' ``PARENT_KEY`` stay. The import took ``_uuid`` from ``meta-instanceID``: it was not the
``_uuid`` of the ODK download (``__id``), and it changed with each edit, so a cleaning log or a field package
made from a download, or before the edit, no longer matched. ``_uuid`` now comes from ``KEY``.
"""

from __future__ import annotations

import csv
import io
import sqlite3

import processing
import pytest

from tests.field_data import RecordingFeedback, write_text_file
from tests.field_data import apply_cleaning_log as apply_log
from tests.household_checks import run_checks
from tests.real_imports import import_with_messages, query
from tests.test_import_central_uuid import (
    FLORA_FORM,
    FLORA_ID,
    INSTANCE_IDS,
    LIFE,
    REPEATS,
    UUIDS,
    _export,
    _files,
    _text,
)
from tests.xlsform_files import write_form

NEW_VERSION = "11111111-2222-3333-4444-555555555555"  # the instanceID Central gives the edited version


def _import(tmp_path, name: str, edited: bool):
    """The Flora export imported with its form; ``edited``: its first submission edited on Central."""
    files = _files()
    if edited:
        main = f"{FLORA_ID}.csv"
        header, *rows = list(csv.reader(io.StringIO(files[main])))
        rows[0][header.index("meta-instanceID")] = "uuid:" + NEW_VERSION
        files[main] = _text([header, *rows])
    folder = tmp_path / name
    folder.mkdir()
    form = write_form(folder / "flora.xlsx", FLORA_FORM, LIFE, [["form_id"], [FLORA_ID]])
    out = folder / "flora.gpkg"
    import_with_messages(_export(folder / "export", "csv", files), out, form)
    return out, form


def test_an_edit_on_central_keeps_the_uuid_of_the_odk_download(cartong_provider, tmp_path):
    from cartong_plugin.core.servers.odata_records import normalise_odata_record

    before, _form = _import(tmp_path, "before", edited=False)
    after, _form = _import(tmp_path, "after", edited=True)
    assert query(after, 'SELECT "meta-instanceID" FROM raw_survey ORDER BY fid')[0] == ("uuid:" + NEW_VERSION,)
    uuids = [(uuid,) for uuid in UUIDS]
    assert query(before, "SELECT _uuid FROM survey ORDER BY fid") == uuids
    assert query(after, "SELECT _uuid FROM survey ORDER BY fid") == uuids  # was 11111111-… for the first
    # the same submission in Central's OData feed, as the ODK download reads it: the same _uuid
    odata = {"__id": INSTANCE_IDS[0], "meta": {"instanceID": "uuid:" + NEW_VERSION}}
    assert normalise_odata_record(odata)["_uuid"] == uuids[0][0]
    # the repeat rows still hang from their submission
    for repeat in REPEATS:
        parents = {parent for (parent,) in query(after, f'SELECT PARENT_KEY FROM "{repeat}"')}
        assert parents == {f"uuid:{uuid}" for uuid in UUIDS}
        joined = query(after, f'SELECT count(*) FROM "{repeat}" r JOIN survey s ON r.PARENT_KEY = s.KEY')
        assert joined == query(after, f'SELECT count(*) FROM "{repeat}"')


def test_a_log_made_before_the_edit_applies_after_it(cartong_provider, tmp_path):
    """The log of the checks run on the export before the edit removes the edited submission, and its repeat
    rows, from the export downloaded again after it."""
    before, form = _import(tmp_path, "before", edited=False)
    run_checks(before, list(range(8)), FORM=str(form), MAX_PRECISION=4)
    logged = query(before, "SELECT uuid, question, old_value, check_id FROM cleaning_log")
    removed, kept = UUIDS
    decided = {removed: "remove_survey", kept: "no_action"}
    rows = [["uuid", "question", "old_value", "check_id", "change_type", "new_value"]]
    rows += [[uuid, question, old, check, decided[uuid], ""] for uuid, question, old, check in logged]
    after, _form = _import(tmp_path, "after", edited=True)
    cleaned = tmp_path / "cleaned.gpkg"
    feedback = RecordingFeedback()
    apply_log(after, write_text_file(tmp_path, _text(rows)), cleaned, feedback)
    assert query(cleaned, "SELECT _uuid FROM cleaned") == [(kept,)]
    for repeat in REPEATS:
        assert {parent for (parent,) in query(cleaned, f'SELECT PARENT_KEY FROM "{repeat}"')} == {f"uuid:{kept}"}
    assert not [w for w in feedback.warnings if "no submission has" in w or removed in w]


@pytest.mark.parametrize("edited", [False, True], ids=["as exported", "edited on Central"])
def test_a_shared_copy_holds_no_submission_id_in_clear(cartong_provider, tmp_path, edited):
    """Review 19 checked it (``_uuid`` pseudonymised: no id left in any table); the id of an edited version
    (``meta-instanceID``) is no more in clear than the submission's own."""
    gpkg, form = _import(tmp_path, "export", edited=edited)
    run_checks(gpkg, list(range(8)), FORM=str(form), MAX_PRECISION=4)
    key = write_text_file(tmp_path, "ab" * 32, "share.key")
    shared = tmp_path / "shared.gpkg"
    processing.run(
        "cartong:exportforsharing",
        {
            "INPUT": f"{gpkg}|layername=survey",
            "PSEUDONYMISE_FIELDS": ["_uuid"],
            "KEY_SOURCE": f"file:{key}",
            "OUTPUT": str(shared),
        },
        feedback=RecordingFeedback(),
    )
    ids = {*UUIDS, NEW_VERSION}
    with sqlite3.connect(shared) as db:
        tables = [name for (name,) in db.execute("SELECT table_name FROM gpkg_contents")]
        assert "shared_survey" in tables
        leaks = [
            (table, value)
            for table in tables
            for row in db.execute(f'SELECT * FROM "{table}"')
            for value in row
            if isinstance(value, str) and any(i in value for i in ids)
        ]
        assert leaks == []
        # KEY names the submission as _uuid does: the same pseudonym
        rows = db.execute("SELECT _uuid, KEY FROM shared_survey ORDER BY fid").fetchall()
    assert len(rows) == 2 and all(uuid == key for uuid, key in rows)
