# SPDX-License-Identifier: GPL-3.0-or-later
"""An XLSForm cell holding a formula whose result was never saved is said, never read as empty in silence.

A form generated with openpyxl or R's ``openxlsx::writeFormula`` (a label built with ``=CONCAT``, a choice
label from another sheet) holds the formula without its result. cartong:importsurvey read such a cell as
an empty one without a word: the question lost its label, the choice its label. pyxform reads it as empty
too (so the deployed form has it so), so it is still read as empty, but a warning names the sheet, row,
cell and column. A formula whose result was saved (Excel, LibreOffice) is read with its result.
"""

from __future__ import annotations

import csv

from tests.real_imports import import_with_messages, query
from tests.xlsx_writer import Formula, write_xlsx


def test_form_cells_with_formulas_without_saved_result_are_named(cartong_provider, tmp_path):
    form = tmp_path / "form.xlsx"
    write_xlsx(
        form,
        [
            (
                "survey",
                [
                    ["type", "name", "label"],
                    ["select_one v", "village", Formula('CONCAT("Village", " name")')],  # openxlsx: no result
                    ["text", "head", Formula('CONCAT("Head", " of household")', saved="Head of household")],
                ],
            ),
            (
                "choices",
                [
                    ["list_name", "name", "label"],
                    ["v", "dan", Formula('UPPER("dan")', saved="")],  # openpyxl: an empty result
                    ["v", "kemo", "Kemo"],
                ],
            ),
        ],
    )
    data = tmp_path / "export.csv"
    with open(data, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["village", "head", "_uuid"], ["dan", "Awa", "u1"], ["kemo", "Binta", "u2"]])
    out = tmp_path / "out.gpkg"

    result, warnings = import_with_messages(data, out, form)

    assert result["ROWS"] == 2
    assert [w for w in warnings if "formula" in w] == [
        "Row 2 of the sheet survey of form.xlsx: the cell C2 (label) holds a formula with no saved result: open the "
        "file in Excel or LibreOffice and save it, or type the value; the cell was read as empty.",
        "Row 2 of the sheet choices of form.xlsx: the cell C2 (label) holds a formula with no saved result: open "
        "the file in Excel or LibreOffice and save it, or type the value; the cell was read as empty.",
    ]
    assert query(out, "SELECT name, label FROM form_questions WHERE name IN ('village', 'head') ORDER BY name") == [
        ("head", "Head of household"),
        ("village", "village"),  # no label: its name, as for any question without one
    ]
