# SPDX-License-Identifier: GPL-3.0-or-later
"""Two choices of one name in one list (``allow_choice_duplicates``, told apart by the choice_filter's
column), through cartong:importsurvey: the label took the list's last row whatever the filter said,
and ``form_choices`` gave the southern row the northern label.
"""

from __future__ import annotations

import json

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form


def _cascading_form(path, choice_filter="district=${district}"):
    return write_form(
        path,
        [
            ["type", "name", "label", "choice_filter"],
            ["select_one district", "district", "District", ""],
            ["select_one village", "village", "Village", choice_filter],
        ],
        [
            ["list_name", "name", "label", "district"],
            ["district", "north", "North district", ""],
            ["district", "south", "South district", ""],
            ["village", "v1", "Kanga (North)", "north"],
            ["village", "v2", "Mboko (North)", "north"],
            ["village", "v1", "Bria (South)", "south"],
            ["village", "v3", "Ndele (South)", "south"],
        ],
        [["form_id", "allow_choice_duplicates"], ["t7", "yes"]],
    )


def test_a_choice_name_used_twice_is_labelled_by_the_choice_filter(cartong_provider, tmp_path):
    data = tmp_path / "export.csv"
    data.write_text("district,village,_id,_index\nnorth,v1,1,1\nsouth,v1,2,2\nsouth,v3,3,3\n", encoding="utf-8")
    out = tmp_path / "out.gpkg"
    import_with_messages(data, out, _cascading_form(tmp_path / "form.xlsx"))
    assert query(out, "SELECT district, village, village_label FROM survey ORDER BY fid") == [
        ("north", "v1", "Kanga (North)"),
        ("south", "v1", "Bria (South)"),
        ("south", "v3", "Ndele (South)"),
    ]
    rows = query(out, "SELECT name, label, filters FROM form_choices WHERE list_name = 'village' ORDER BY fid")
    assert [(n, label, json.loads(f)) for n, label, f in rows] == [
        ("v1", "Kanga (North)", {"district": "north"}),
        ("v2", "Mboko (North)", {"district": "north"}),
        ("v1", "Bria (South)", {"district": "south"}),
        ("v3", "Ndele (South)", {"district": "south"}),
    ]


def test_a_choice_name_used_twice_under_another_filter_is_left_unlabelled_and_said(cartong_provider, tmp_path):
    data = tmp_path / "export.csv"
    data.write_text("district,village,_id,_index\nnorth,v1,1,1\nsouth,v2,2,2\n", encoding="utf-8")
    out = tmp_path / "out.gpkg"
    form = _cascading_form(tmp_path / "form.xlsx", "starts-with(district, ${district})")
    _result, warnings = import_with_messages(data, out, form)
    assert query(out, "SELECT village, village_label FROM survey ORDER BY fid") == [
        ("v1", None),
        ("v2", "Mboko (North)"),
    ]
    said = [w for w in warnings if "several choices of the same name" in w]
    assert len(said) == 1
    assert "'village'" in said[0] and "'v1': Kanga (North) / Bria (South)" in said[0] and "1 answer(s)" in said[0]
