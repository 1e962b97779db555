# SPDX-License-Identifier: GPL-3.0-or-later
"""A workbook sheet given as a layer: row 1 is taken as its header only when it names an export's columns.

Raw Kobo XLSX exports (every header cell text) are read with their header row (processing/base.py,
core/survey/spreadsheet_layers). A sheet of data without any header row must not lose its first row: when it
was forced as the header, exportforsharing shared 2 households of 3 and wrote the first one's phone number,
taken for a column name, into the shared README (attack 11, finding 6). Any other all-text sheet has columns
without names (Field1..): nothing could be protected by name, so it is refused (attack 12, finding 1: names
and GPS points of an export without its meta columns were shared as "protected").
"""

from __future__ import annotations

import pytest

from tests.xlsform_files import write_workbook

HOUSEHOLDS = [
    ["Amina Yusuf", "+236 72 01 02 03", "Bangui", "12"],
    ["Jean Kamba", "+236 72 04 05 06", "Bimbo", "7"],
    ["Marie Ndoye", "+236 72 07 08 09", "Begoua", "3"],
]


def _refused(sheet, output):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as refused:
        processing.run("cartong:exportforsharing", {"INPUT": str(sheet), "OUTPUT": str(output)})
    assert not output.parent.exists() or not any(output.parent.iterdir())  # nothing written
    return str(refused.value)


def test_a_sheet_without_header_row_is_refused_and_no_value_becomes_a_name(cartong_provider, tmp_path):
    sheet = write_workbook(
        tmp_path / "households.xlsx", {"households": [["Field1", "Field2", "Field3", "Field4"]] + HOUSEHOLDS}
    )
    said = _refused(sheet, tmp_path / "out" / "shared.csv")
    assert said.startswith("households.xlsx, sheet households: every cell is text") and "+236" not in said


def test_an_all_text_export_without_its_meta_columns_is_refused_not_shared_unprotected(cartong_provider, tmp_path):
    """Kobo's "select questions to export" without the _uuid and other meta columns, every cell text."""
    header = ["household/respondent_name", "household/phone", "_location_latitude", "_location_longitude"]
    rows = [[name, phone, "4.9790032", "18.9153446"] for name, phone, _village, _n in HOUSEHOLDS]
    sheet = write_workbook(
        tmp_path / "no_meta.xlsx", {"export": [["Field1", "Field2", "Field3", "Field4"], header, *rows]}
    )
    said = _refused(sheet, tmp_path / "out" / "shared.csv")
    assert "no_meta.xlsx, sheet export" in said and "Save the sheet as a CSV file" in said


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
