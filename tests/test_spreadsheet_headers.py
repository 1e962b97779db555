# SPDX-License-Identifier: GPL-3.0-or-later
"""A workbook sheet given as a layer: row 1 is taken as its header only when it names an export's columns.

Raw Kobo XLSX exports (every header cell text) are read with their header row (processing/base.py,
core/survey/spreadsheet_layers). A sheet of data without any header row must keep every row: when its first
row was forced as the header, exportforsharing shared 2 households of 3 and wrote the first one's phone
number, taken for a column name, into the shared README (attack 11, finding 6).
"""

from __future__ import annotations

from tests.xlsform_files import write_workbook

HOUSEHOLDS = [
    ["Amina Yusuf", "+236 72 01 02 03", "Bangui", "12"],
    ["Jean Kamba", "+236 72 04 05 06", "Bimbo", "7"],
    ["Marie Ndoye", "+236 72 07 08 09", "Begoua", "3"],
]


def test_a_sheet_without_header_row_keeps_its_first_row_and_no_value_becomes_a_name(cartong_provider, tmp_path):
    import processing

    sheet = write_workbook(
        tmp_path / "households.xlsx", {"households": [["Field1", "Field2", "Field3", "Field4"]] + HOUSEHOLDS}
    )
    shared = tmp_path / "out" / "shared.csv"
    shared.parent.mkdir()
    result = processing.run("cartong:exportforsharing", {"INPUT": str(sheet), "OUTPUT": str(shared)})
    assert result["ROWS"] == 3
    written = shared.read_text(encoding="utf-8-sig") + (tmp_path / "out" / "shared.csv.README.txt").read_text(
        encoding="utf-8"
    )
    assert "Amina" not in written.splitlines()[0] and "+236 72 01 02 03" not in written


def test_a_sheet_whose_first_row_names_the_export_columns_is_read_with_it(cartong_provider, tmp_path):
    import processing

    header = ["household/name", "household/village", "_uuid"]
    rows = [[name, village, f"u{i}"] for i, (name, _phone, village, _n) in enumerate(HOUSEHOLDS)]
    sheet = write_workbook(tmp_path / "export.xlsx", {"export": [["Field1", "Field2", "Field3"], header, *rows]})
    shared = tmp_path / "out" / "shared.csv"
    shared.parent.mkdir()
    result = processing.run("cartong:exportforsharing", {"INPUT": str(sheet), "OUTPUT": str(shared)})
    assert result["ROWS"] == 3
    assert "_uuid" in shared.read_text(encoding="utf-8-sig").splitlines()[0]
