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


def _import_sheets(tmp_path, households, members):
    """(GeoPackage, warnings) of cartong:importsurvey on a Kobo Excel export of these two sheets."""
    export = write_workbook(tmp_path / "export.xlsx", {"HH": households, "members": members})
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg)
    return gpkg, warnings


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
    gpkg, warnings = _import_sheets(
        tmp_path,
        households=[SUBMISSION, ["Alice", "101", "u-a", "1"], ["Eve", "103", "u-e", "2"]],
        members=[MEMBER, ["Alice jr", "1", "HH", "1", "u-a"], ["Eve jr", "2", "HH", "1", "u-e"]],
    )
    assert _households(gpkg) == [("Alice jr", "Alice"), ("Eve jr", "Eve")]
    assert any("_parent_index (row 3) points at another submission" in w for w in warnings)


def test_kobo_rows_whose_parent_is_missing_are_kept_and_counted(cartong_provider, tmp_path):
    gpkg, warnings = _import_sheets(
        tmp_path,
        households=[SUBMISSION, ["Alice", "101", "u-a", "1"]],
        # neither its _parent_index nor its uuid names a household (a uuid naming one links it: below)
        members=[MEMBER, ["Alice jr", "1", "HH", "1", "u-a"], ["Ghost", "2", "HH", "7", "u-gone"]],
    )
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


def test_a_row_whose_parent_index_names_no_row_is_linked_by_its_uuid(cartong_provider, tmp_path):
    """Eve jr's _parent_index (9) names no household, but her _submission__uuid names Eve's: she was an
    orphan, left out of every count per household."""
    gpkg, warnings = _import_sheets(
        tmp_path,
        households=[SUBMISSION, ["Alice", "101", "u-a", "1"], ["Eve", "103", "u-e", "2"]],
        members=[
            MEMBER,
            ["Alice jr", "1", "HH", "1", "u-a"],
            ["Eve jr", "2", "HH", "9", "u-e"],
            ["Ghost", "3", "HH", "7", "u-zz"],
        ],
    )
    assert _households(gpkg) == [("Alice jr", "Alice"), ("Eve jr", "Eve")]
    said = [w for w in warnings if "matches no row of survey, but its _submission__uuid names a submission" in w]
    assert len(said) == 1 and "1 row's _parent_index (row 3)" in said[0]
    # neither key names a household: still an orphan, kept and counted
    assert any("1 row's _submission__uuid matches no row of survey (row 4: u-zz)" in w for w in warnings)
    assert query(gpkg, "SELECT count(*) FROM members") == [(3,)]


def test_a_row_without_uuid_keeps_the_parent_index_link(cartong_provider, tmp_path):
    """Linking the table by uuid would lose Bob jr (no uuid, a good _parent_index): the link stays."""
    gpkg, warnings = _import_sheets(
        tmp_path,
        households=[SUBMISSION, ["Alice", "101", "u-a", "1"], ["Bob", "102", "u-b", "2"]],
        members=[MEMBER, ["Bob jr", "1", "HH", "2", ""], ["Alice jr", "2", "HH", "9", "u-a"]],
    )
    assert _households(gpkg) == [("Bob jr", "Bob")]
    assert any("1 row's _parent_index matches no row of survey (row 3: 9)" in w for w in warnings)


def _merged_nested(path):
    """Two exports pasted together, with a repeat nested in members: _index restarts at 1 in every sheet."""
    return write_workbook(
        path,
        {
            "HH": [SUBMISSION, ["Alice", "101", "u-a", "1"], ["Xavier", "201", "u-x", "1"]],
            "members": [
                MEMBER,
                ["Alice jr", "1", "HH", "1", "u-a"],
                ["Alice sr", "2", "HH", "1", "u-a"],
                ["Xavier jr", "1", "HH", "1", "u-x"],
            ],
            "visits": [
                ["vday", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"],
                ["Alice sr, Monday", "1", "members", "2", "u-a"],
                ["Xavier jr, Tuesday", "1", "members", "1", "u-x"],
                ["Alice jr, Friday", "2", "members", "1", "u-a"],
            ],
        },
    )


def test_pasted_exports_link_a_nested_repeat_within_its_submission(cartong_provider, tmp_path, qgis_new_project):
    """members is linked by uuid; visits (whose _parent_index 1 is Alice jr in one export, Xavier jr in
    the other) was left unlinked: it is linked by _parent_index within its _submission__uuid."""
    from qgis.core import QgsProject

    from cartong_plugin.core.maps.survey_project import add_survey_to_project

    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_merged_nested(tmp_path / "merged.xlsx"), gpkg)
    (rel,) = [r for r in _relations(gpkg) if r["child"] == "visits"]
    assert rel == {
        "parent": "members",
        "child": "visits",
        "parent_key": "_index",
        "child_key": "_parent_index",
        "also_keys": [["_submission__uuid", "_submission__uuid"]],
    }
    assert query(
        gpkg,
        "SELECT v.vday, m.mname FROM visits v JOIN members m ON m._index = v._parent_index "
        "AND m._submission__uuid = v._submission__uuid ORDER BY v.fid",
    ) == [("Alice sr, Monday", "Alice sr"), ("Xavier jr, Tuesday", "Xavier jr"), ("Alice jr, Friday", "Alice jr")]
    said = [w for w in warnings if "_index repeats in members (1)" in w]
    assert len(said) == 1 and "within its own submission" in said[0]
    assert not [w for w in warnings if "unlinked" in w]
    # the QGIS relation uses both keys: Xavier jr's form shows his visit only
    layers = add_survey_to_project(gpkg, QgsProject.instance())
    nested = next(r for r in layers.relations if r.referencedLayer().name() == "members")
    xavier = next(f for f in layers.children["members"].getFeatures() if f["mname"] == "Xavier jr")
    assert [f["vday"] for f in nested.getRelatedFeatures(xavier)] == ["Xavier jr, Tuesday"]
