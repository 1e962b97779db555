# SPDX-License-Identifier: GPL-3.0-or-later
"""A nested repeat hangs from its own parent repeat, through cartong:importsurvey.

Kobo's XLSX export cuts sheet names to Excel's 31 characters, but ``_parent_table_name`` keeps the
repeat's full name: a nested repeat whose parent's name was longer (or, with a form, had capitals)
was linked to the survey table, so "Kid of Cid (Beta)" (``_parent_index`` 3, Cid's ``_index``)
joined the third submission, Gamma. A parent that cannot be found is now left unlinked, said.
"""

from __future__ import annotations

import json

import pytest

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form, write_workbook

CHILD = "member_children"


def _export(path, parent: str, parent_of_kids: str):
    """Three submissions; Cid (member _index 3) belongs to Beta; his kid points at him."""
    return write_workbook(
        path,
        {
            "Nested repeats": [
                ["village", "_id", "_uuid", "_index"],
                ["Alpha", "101", "u1", "1"],
                ["Beta", "102", "u2", "2"],
                ["Gamma", "103", "u3", "3"],
            ],
            parent[:31]: [
                ["mname", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"],
                ["Ann (Alpha)", "1", "Nested repeats", "1", "u1"],
                ["Bob (Beta)", "2", "Nested repeats", "2", "u2"],
                ["Cid (Beta)", "3", "Nested repeats", "2", "u2"],
            ],
            CHILD: [
                ["cname", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"],
                ["Kid of Cid (Beta)", "1", parent_of_kids, "3", "u2"],
            ],
        },
    )


def _form(path, parent: str):
    survey = [
        ["type", "name", "label"],
        ["text", "village", "Village"],
        ["begin repeat", parent, "Members"],
        ["text", "mname", "Member name"],
        ["begin repeat", CHILD, "Children of member"],
        ["text", "cname", "Child name"],
        ["end repeat", "", ""],
        ["end repeat", "", ""],
    ]
    return write_form(path, survey, settings=[["form_id", "form_title"], ["t5", "Nested repeats"]])


def _kid_relation(gpkg):
    relations = json.loads(query(gpkg, "SELECT relations FROM cartong_metadata")[0][0])
    return [r for r in relations if r["child"] == CHILD]


@pytest.mark.parametrize(
    ("parent", "with_form"),
    [("household_members_demographic_info", False), ("HouseholdMembersDemographicInfo2", True)],
)
def test_nested_repeat_hangs_from_its_parent_whose_sheet_name_was_cut(cartong_provider, tmp_path, parent, with_form):
    form = _form(tmp_path / "form.xlsx", parent) if with_form else None
    gpkg = tmp_path / "out.gpkg"
    import_with_messages(_export(tmp_path / "export.xlsx", parent, parent), gpkg, form)
    (relation,) = _kid_relation(gpkg)
    members = relation["parent"]
    assert members == (parent.lower() if with_form else parent[:31])
    assert (relation["parent_key"], relation["child_key"]) == ("_index", "_parent_index")
    # the recorded relation, followed as QGIS does, gives the kid's own household
    joined = query(
        gpkg,
        f'SELECT c.cname, m.mname, s.village FROM {CHILD} c JOIN "{members}" m ON m._index = c._parent_index '
        "JOIN survey s ON s._index = m._parent_index",
    )
    assert joined == [("Kid of Cid (Beta)", "Cid (Beta)", "Beta")]


@pytest.mark.parametrize("with_form", [False, True])
def test_a_parent_repeat_not_in_the_export_leaves_the_table_unlinked_and_said(cartong_provider, tmp_path, with_form):
    """The kids name a repeat whose sheet is not in the workbook: not linked to the survey instead."""
    form = _form(tmp_path / "form.xlsx", "members") if with_form else None
    if with_form:  # the form's repeat members has no sheet in the workbook
        export = write_workbook(
            tmp_path / "export.xlsx",
            {
                "Nested repeats": [["village", "_index"], ["Alpha", "1"]],
                CHILD: [["cname", "_index", "_parent_table_name", "_parent_index"], ["Kid", "1", "members", "1"]],
            },
        )
    else:  # a name that is no sheet of the workbook
        export = _export(tmp_path / "export.xlsx", "members", "members_of_another_form")
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(export, gpkg, form)
    assert _kid_relation(gpkg) == []
    assert any(CHILD in w and "unlinked" in w for w in warnings)
    assert query(gpkg, f"SELECT cname FROM {CHILD}")[0][0].startswith("Kid")


def _csv_export(folder, visits_parent: str, with_uuid: bool = True):
    """hh.csv and the visits of each member (a nested repeat) in hh_visits.csv, without the members' file:
    visit 1 is of member 3 (Cid, of Beta), visit 2 of member 1 (Ann, of Alpha)."""
    (folder / "hh.csv").write_text("village,_id,_uuid,_index\nAlpha,101,u1,1\nBeta,102,u2,2\nGamma,103,u3,3\n")
    uuid = ",_submission__uuid" if with_uuid else ""
    rows = [("Cid's visit", "1", "3", "u2"), ("Ann's visit", "2", "1", "u1")]
    (folder / "hh_visits.csv").write_text(
        f"vname,_index,_parent_table_name,_parent_index{uuid}\n"
        + "".join(f"{n},{i},{visits_parent},{p}" + (f",{u}" if with_uuid else "") + "\n" for n, i, p, u in rows)
    )
    return folder / "hh.csv"


@pytest.mark.parametrize("with_uuid", [True, False])
def test_a_csv_repeat_whose_parent_file_is_not_imported_is_left_unlinked_and_said(
    cartong_provider, tmp_path, with_uuid
):
    """Without a form, visits naming the members' table (not imported) were joined to the survey: Cid's
    visit (_parent_index 3) showed under Gamma."""
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_csv_export(tmp_path, "members", with_uuid), gpkg)
    relations = json.loads(query(gpkg, "SELECT relations FROM cartong_metadata")[0][0])
    assert [r for r in relations if r["child"] == "visits"] == []
    said = [w for w in warnings if "hh_visits.csv" in w and "'members'" in w]
    assert len(said) == 1 and "visits was imported unlinked" in said[0]
    assert query(gpkg, "SELECT vname FROM visits ORDER BY fid") == [("Cid's visit",), ("Ann's visit",)]


def test_a_csv_repeat_naming_the_form_title_is_linked_when_its_rows_show_the_survey(cartong_provider, tmp_path):
    """A first-level repeat names the form's title, which a CSV does not carry: its rows' uuids tell."""
    (tmp_path / "hh.csv").write_text("village,_id,_uuid,_index\nAlpha,101,u1,1\nBeta,102,u2,2\n")
    (tmp_path / "hh_members.csv").write_text(
        "mname,_index,_parent_table_name,_parent_index,_submission__uuid\n"
        "Ann,1,Village survey 2024,1,u1\nBob,2,Village survey 2024,2,u2\nCid,3,Village survey 2024,2,u2\n"
    )
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(tmp_path / "hh.csv", gpkg)
    assert query(
        gpkg, "SELECT m.mname, s.village FROM members m JOIN survey s ON s._index = m._parent_index ORDER BY m.fid"
    ) == [("Ann", "Alpha"), ("Bob", "Beta"), ("Cid", "Beta")]
    assert not [w for w in warnings if "unlinked" in w]
