# SPDX-License-Identifier: GPL-3.0-or-later
"""XLSX exports and forms written by Excel or xlsxwriter (Kobo's formpack) through cartong:importsurvey: each
text is the one Excel shows. Excel's ``_xHHHH_`` escapes stayed in the answers (``line one_x000D_`` and a
line break, ``_x005F_x0041_`` for a literal ``_x0041_``), a Japanese Excel's phonetic guide was appended
(``Dan`` read ``Danダン``) and an inline rich text lost its runs after the first (``Bin`` for ``Binta``).
"""

from __future__ import annotations

import csv

from tests.real_imports import import_with_messages, query
from tests.xlsx_writer import Inline, Shared, write_xlsx

_PHONETIC = '<t>Dan</t><rPh sb="0" eb="3"><t>ダン</t></rPh><phoneticPr fontId="1" type="noConversion"/>'
_HEADER = ["start", "name", "comment", "_id", "_uuid", "_index"]


def _export(path):
    """The main sheet of a Kobo XLSX export, its texts as Excel and xlsxwriter write them."""
    rows = [
        ["2024-03-01", "Awa", Shared("<t>line one_x000D_\nline two</t>"), 1, "u1", 1],
        ["2024-03-01", Shared("<r><t>Bin</t></r><r><rPr><b/></rPr><t>ta</t></r>"), Shared("<t>tab_x0009_here</t>"), 2,
         "u2", 2],
        ["2024-03-01", Shared('<t xml:space="preserve">  Chidi  </t>'), Shared("<t>_x005F_x0041_ literal</t>"), 3,
         "u3", 3],
        ["2024-03-01", Shared(_PHONETIC), Shared("<t>bell_x0007_</t>"), 4, "u4", 4],
        ["2024-03-01", Inline("<r><t>Bin</t></r><r><rPr><b/></rPr><t>ta</t></r>"),
         Inline("<t>in_x000D_line</t><rPh sb=\"0\" eb=\"1\"><t>イン</t></rPh>"), 5, "u5", 5],
    ]  # fmt: skip
    write_xlsx(path, [("household", [_HEADER, *rows])])
    return path


_SHOWN = [
    ("Awa", "line one\r\nline two"),
    ("Binta", "tab\there"),
    ("  Chidi  ", "_x0041_ literal"),
    ("Dan", "bell\x07"),
    ("Binta", "in\rline"),
]


def test_xlsx_export_texts_are_read_as_excel_shows_them(cartong_provider, tmp_path):
    out = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(_export(tmp_path / "household.xlsx"), out)
    assert result["ROWS"] == 5
    assert query(out, "SELECT name, comment FROM raw_survey ORDER BY fid") == _SHOWN
    typed = query(out, "SELECT name, comment FROM survey ORDER BY fid")
    assert [comment for _name, comment in typed] == [comment for _name, comment in _SHOWN]
    assert [name for name, _comment in typed][3] == "Dan"


def test_form_labels_and_choice_names_are_read_as_excel_shows_them(cartong_provider, tmp_path):
    form = tmp_path / "form.xlsx"
    write_xlsx(
        form,
        [
            (
                "survey",
                [
                    ["type", "name", "label"],
                    ["select_one v", "village", Shared("<t>Village_x000D_\n(as on the card)</t>")],
                    ["text", "head", "Head of household"],
                ],
            ),
            (
                "choices",
                [
                    ["list_name", "name", "label"],
                    ["v", Shared(_PHONETIC.replace("Dan", "dan")), Shared(_PHONETIC)],
                    ["v", "kemo", Shared("<t>Kemo _x005F_x0041_</t>")],
                ],
            ),
        ],
    )
    data = tmp_path / "export.csv"
    with open(data, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["village", "head", "_uuid"], ["dan", "Awa", "u1"], ["kemo", "Binta", "u2"]])
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, out, form)
    assert query(out, "SELECT village, village_label FROM survey ORDER BY fid") == [
        ("dan", "Dan"),
        ("kemo", "Kemo _x0041_"),
    ]
    assert not [w for w in warnings if "not in the form" in w or "ダン" in w]
    assert query(out, "SELECT label FROM form_questions WHERE name = 'village'") == [("Village\r\n(as on the card)",)]


def test_an_escaped_character_beyond_u_ffff_is_one_character_and_a_lone_half_stays_as_written(
    cartong_provider, tmp_path
):
    # review 17: _xD83D__xDE00_ (an emoji as two UTF-16 halves) made two lone surrogates and a traceback
    rows = [
        ["2024-03-01", "Awa", Shared("<t>smile _xD83D__xDE00_ here</t>"), 1, "u1", 1],
        ["2024-03-01", "Binta", Shared("<t>half _xD83D_ only</t>"), 2, "u2", 2],
        ["2024-03-01", "Chidi", "coord_x and gps_x", 3, "u3", 3],
    ]
    out = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(write_xlsx_path(tmp_path / "h.xlsx", [_HEADER, *rows]), out)
    assert result["ROWS"] == 3
    assert query(out, "SELECT comment FROM survey ORDER BY fid") == [
        ("smile \U0001f600 here",), ("half _xD83D_ only",), ("coord_x and gps_x",)
    ]  # fmt: skip


def write_xlsx_path(path, rows):
    write_xlsx(path, [("household", rows)])
    return path
