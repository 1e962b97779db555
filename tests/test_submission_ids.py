# SPDX-License-Identifier: GPL-3.0-or-later
"""One rule for ODK's instanceID columns and their ``uuid:`` prefix, in every module (``survey/submission_ids``).

Found by review 19 (item 8): the prefix was removed four ways. The import of a Central export removed it
only when written exactly ``uuid:``, the sharing in any case and after spaces, so a submission whose id was
written ``UUID:…`` got ``_uuid`` ``UUID:…`` at import, while its ``KEY`` and instanceID got the pseudonym of
the bare uuid in a shared copy: the same submission under two pseudonyms.
"""

from __future__ import annotations

import csv
import io
import sqlite3

import processing
import pytest

from tests.field_data import RecordingFeedback, write_text_file
from tests.real_imports import import_with_messages, query
from tests.test_import_central_uuid import FLORA_ID, UUIDS, _export, _files, _text

SPELLINGS = ["uuid:x", "UUID:x", "Uuid:x", "  uuid:x", "\tUUID:x ", "x", "uuid:", "", "xuuid:x", "uuid:uuid:x"]


def test_the_python_and_sql_readings_agree():
    from cartong_plugin.core.survey.submission_ids import without_uuid_prefix, without_uuid_prefix_sql

    expected = ["x", "x", "x", "x", "x ", "x", "", "", "xuuid:x", "uuid:x"]
    assert [without_uuid_prefix(s) for s in SPELLINGS] == expected
    with sqlite3.connect(":memory:") as db:
        sql = without_uuid_prefix_sql("?1")
        assert [db.execute(f"SELECT {sql}", (s,)).fetchone()[0] for s in SPELLINGS] == expected


def test_instance_id_columns_in_every_spelling():
    from cartong_plugin.core.survey.submission_ids import is_instance_id

    named = [
        "instanceID",
        "meta/instanceID",
        "meta-instanceID",
        "meta_instanceID",
        "meta.instanceID",
        "META-INSTANCEID",
    ]
    assert all(is_instance_id(name) for name in named)
    assert not any(is_instance_id(n) for n in ["instanceName", "meta-instanceName", "xinstanceID", "meta--instanceID"])


@pytest.mark.parametrize("prefix", ["UUID:", " uuid:"], ids=["in capitals", "after a space"])
def test_a_submission_id_spelt_otherwise_gets_one_pseudonym(cartong_provider, tmp_path, prefix):
    """KEY and meta-instanceID written by another tool: ``_uuid`` is the bare uuid, and in a shared copy
    ``_uuid``, ``KEY`` and the instanceID of a submission all get its one pseudonym."""
    files = _files()
    main = f"{FLORA_ID}.csv"
    header, *rows = list(csv.reader(io.StringIO(files[main])))
    for row in rows:
        for column in ("KEY", "meta-instanceID"):
            row[header.index(column)] = prefix + row[header.index(column)].removeprefix("uuid:")
    files[main] = _text([header, *rows])
    gpkg = tmp_path / "flora.gpkg"
    import_with_messages(_export(tmp_path / "export", "csv", files), gpkg)
    assert query(gpkg, "SELECT _uuid FROM survey ORDER BY fid") == [(uuid,) for uuid in UUIDS]
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
    rows = query(shared, 'SELECT _uuid, KEY, "meta-instanceID" FROM shared_survey ORDER BY fid')
    assert len({row[0] for row in rows}) == 2 and all(len(set(row)) == 1 for row in rows)
    assert not {value for row in rows for value in row} & set(UUIDS)
