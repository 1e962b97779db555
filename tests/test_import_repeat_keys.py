# SPDX-License-Identifier: GPL-3.0-or-later
"""The recorded relation of a repeat links each row to its own submission, through cartong:importsurvey.

Two Kobo exports pasted one under the other restart ``_index`` at 1: linked on ``_index``, each member
showed under two households. A ``_parent_index`` that disagrees with the row's own ``_submission__uuid``
put it silently under another household. Rows whose parent is missing were kept without a word.
"""

from __future__ import annotations

import json
import zipfile

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_workbook

SUBMISSION = ["hname", "_id", "_uuid", "_index"]
MEMBER = ["mname", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"]


def _relations(gpkg):
    return json.loads(query(gpkg, "SELECT relations FROM cartong_metadata")[0][0])


def _households(gpkg):
    """Each member with the household(s) the recorded relation gives it, as QGIS joins them."""
    (rel,) = [r for r in _relations(gpkg) if r["child"] == "members"]
    return query(
        gpkg,
        f'SELECT m.mname, s.hname FROM members m JOIN survey s ON s."{rel["parent_key"]}" = m."{rel["child_key"]}" '
        "ORDER BY m.mname, s.hname",
    )


def _merged(path, with_uuid=True):
    """Two exports pasted together: _index restarts at 1 in both sheets."""
    uuid = (lambda u: u) if with_uuid else (lambda _u: "")
    return write_workbook(
        path,
        {
            "HH": [
                SUBMISSION,
                ["Alice", "101", uuid("u-a"), "1"],
                ["Bob", "102", uuid("u-b"), "2"],
                ["Xavier", "201", uuid("u-x"), "1"],
                ["Yara", "202", uuid("u-y"), "2"],
            ],
            "members": [
                MEMBER,
                ["Alice jr", "1", "HH", "1", uuid("u-a")],
                ["Bob jr", "2", "HH", "2", uuid("u-b")],
                ["Xavier jr", "1", "HH", "1", uuid("u-x")],
                ["Yara jr", "2", "HH", "2", uuid("u-y")],
            ],
        },
    )


def test_pasted_exports_link_members_by_their_submission_uuid(cartong_provider, tmp_path):
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_merged(tmp_path / "merged.xlsx"), gpkg)
    assert _households(gpkg) == [
        ("Alice jr", "Alice"),
        ("Bob jr", "Bob"),
        ("Xavier jr", "Xavier"),
        ("Yara jr", "Yara"),
    ]
    assert any("_index repeats in survey (1, 2)" in w and "_submission__uuid" in w for w in warnings)


def test_pasted_exports_without_uuid_leave_members_unlinked_and_said(cartong_provider, tmp_path):
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_merged(tmp_path / "merged.xlsx", with_uuid=False), gpkg)
    assert [r for r in _relations(gpkg) if r["child"] == "members"] == []
    assert any("_index repeats in survey (1, 2)" in w and "unlinked" in w for w in warnings)
    assert query(gpkg, "SELECT count(*) FROM members") == [(4,)]


def test_a_parent_index_that_disagrees_with_the_row_uuid_follows_the_uuid(cartong_provider, tmp_path):
    export = write_workbook(
        tmp_path / "export.xlsx",
        {
            "HH": [SUBMISSION, ["Alice", "101", "u-a", "1"], ["Eve", "103", "u-e", "2"]],
            "members": [MEMBER, ["Alice jr", "1", "HH", "1", "u-a"], ["Eve jr", "2", "HH", "1", "u-e"]],
        },
    )
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg)
    assert _households(gpkg) == [("Alice jr", "Alice"), ("Eve jr", "Eve")]
    assert any("_parent_index (row 3) points at another submission" in w for w in warnings)


def test_kobo_rows_whose_parent_is_missing_are_kept_and_counted(cartong_provider, tmp_path):
    export = write_workbook(
        tmp_path / "export.xlsx",
        {
            "HH": [SUBMISSION, ["Alice", "101", "u-a", "1"]],
            "members": [MEMBER, ["Alice jr", "1", "HH", "1", "u-a"], ["Ghost", "2", "HH", "7", "u-a"]],
        },
    )
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg)
    assert query(gpkg, "SELECT mname FROM members ORDER BY mname") == [("Alice jr",), ("Ghost",)]
    assert any("1 row's _parent_index matches no row of survey (row 3: 7)" in w for w in warnings)


def test_central_rows_whose_parent_is_missing_are_kept_and_counted(cartong_provider, tmp_path):
    data = tmp_path / "hh.zip"
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("hh.csv", "SubmissionDate,name,KEY\n2024-01-01,Alice,uuid:aaa\n2024-01-02,Bob,uuid:bbb\n")
        archive.writestr(
            "hh-members.csv",
            "name,PARENT_KEY,KEY\nAlice jr,uuid:aaa,uuid:aaa/members[1]\nCarol,uuid:ccc,uuid:ccc/members[1]\n"
            "Dan,uuid:bbb,uuid:bbb/members[1]\n",
        )
        archive.writestr(
            "hh-visits.csv",
            "vdate,PARENT_KEY,KEY\n2024-02-01,uuid:aaa/members[1],uuid:aaa/members[1]/visits[1]\n"
            "2024-02-03,uuid:bbb/members[9],uuid:bbb/members[9]/visits[1]\n",
        )
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, gpkg)
    assert query(gpkg, "SELECT count(*) FROM members") == [(3,)]
    assert query(gpkg, "SELECT count(*) FROM visits") == [(2,)]
    assert any("hh-members.csv" in w and "matches no row of survey (row 3: uuid:ccc)" in w for w in warnings)
    assert any("hh-visits.csv" in w and "matches no row of members (row 3: uuid:bbb/members[9])" in w for w in warnings)
