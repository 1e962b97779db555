# SPDX-License-Identifier: GPL-3.0-or-later
"""An XLSX export's header row is read exactly as in the sheet, whatever GDAL's version, through cartong:importsurvey.

GDAL 3.10 (QGIS 3.40) named a blank header cell ``Field3`` and a repeated "Other (specify)" (the usual case of
a Kobo "labels" export) ``Other (specify)2``: cartong_columns recorded names that are not in the file as
received, and neither warning was given. A sheet whose columns were really named ``Field1``, ``Field2`` lost
its first submission on either version (taken for GDAL's names, row 2 became the header).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from tests.real_imports import import_with_messages, query
from tests.xlsx_cells import write_xlsx

HOSTILE = Path(__file__).parent / "data" / "hostile"


def _uuid(number: int) -> str:
    return f"6f1c2a54-93b0-4c1e-8d7a-{number:012d}"


def _with_formatted_empty_cells(path, columns: str) -> None:
    """Cells with a format but no value in ``columns`` on every row (a spreadsheet formatted beyond its data)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}

    def formatted(match: re.Match) -> str:
        cells = "".join(f'<c r="{column}{match.group(2)}" s="1"/>' for column in columns)
        return match.group(1) + cells + "</row>"

    sheet = re.sub(r'(<row r="(\d+)">.*?)</row>', formatted, parts["xl/worksheets/sheet1.xml"].decode(), flags=re.S)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _below_empty_rows(path, count: int) -> None:
    """Every row moved ``count`` rows down: the sheet starts with empty rows (no cells written in them)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = re.sub(
        r'(r="[A-Z]*)(\d+)"',
        lambda m: f'{m.group(1)}{int(m.group(2)) + count}"',
        parts["xl/worksheets/sheet1.xml"].decode(),
    )
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _received(gpkg):
    return query(gpkg, "SELECT column_name, received_name FROM cartong_columns ORDER BY position")


def test_a_blank_and_a_repeated_header_cell_are_received_as_written_with_their_warnings(cartong_provider, tmp_path):
    data = tmp_path / "export.xlsx"
    header = ["_uuid", "hh_size", "", "note", "Other (specify)", "Other (specify)"]
    rows = [[_uuid(n), (n + 2, 0), (n * 2, 0), "ok", f"well {n}", f"cart {n}"] for n in range(1, 6)]
    write_xlsx(data, header, rows, [])
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg")
    assert (
        "export.xlsx [data]: column 3 has no name in the header row but holds values; it was imported as 'column_3'."
        in warnings
    )
    assert any(
        "'Other (specify)' (columns 5, 6, imported as 'Other (specify)', 'Other (specify)_2')" in w for w in warnings
    ), warnings
    assert _received(tmp_path / "out.gpkg") == [
        ("_uuid", "_uuid"),
        ("hh_size", "hh_size"),
        ("column_3", ""),
        ("note", "note"),
        ("Other (specify)", "Other (specify)"),
        ("Other (specify)_2", "Other (specify)"),
    ]
    assert query(tmp_path / "out.gpkg", 'SELECT column_3, "Other (specify)_2" FROM raw_survey WHERE fid = 1') == [
        ("2", "cart 1")
    ]


def test_a_value_below_a_trailing_blank_header_cell_is_a_column_of_its_own(cartong_provider, tmp_path):
    # as in tests/data/hostile/xlsx_formulas.xlsx: the last column was filled by a formula, its header never typed
    data = tmp_path / "export.xlsx"
    write_xlsx(data, ["_uuid", "hh_size"], [[_uuid(n), (n, 0), (n * 2, 0, f"B{n + 1}*2")] for n in (1, 2)], [])
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg")
    assert any("column 3 has no name in the header row but holds values" in w for w in warnings), warnings
    assert _received(tmp_path / "out.gpkg")[2] == ("column_3", "")
    assert query(tmp_path / "out.gpkg", "SELECT column_3 FROM raw_survey ORDER BY fid") == [("2",), ("4",)]


def test_the_formula_column_without_header_of_the_hostile_workbook_is_column_4_received_blank(
    cartong_provider, tmp_path
):
    # the file tests/data/bad/README.md cites for the column_<n> behaviour
    _result, warnings = import_with_messages(HOSTILE / "xlsx_formulas.xlsx", tmp_path / "out.gpkg")
    assert any(
        "column 4 has no name in the header row but holds values; it was imported as 'column_4'" in w for w in warnings
    ), warnings
    assert _received(tmp_path / "out.gpkg") == [
        ("respondent_name", "respondent_name"),
        ("hh_size", "hh_size"),
        ("note", "note"),
        ("column_4", ""),
    ]
    assert query(tmp_path / "out.gpkg", "SELECT note, column_4 FROM raw_survey") == [("details", "8")]


def test_empty_rows_above_the_header_are_skipped(cartong_provider, tmp_path):
    data = tmp_path / "export.xlsx"
    write_xlsx(
        data,
        ["_uuid", "hh_size", "", "Other (specify)", "Other (specify)"],
        [[_uuid(n), (n, 0), (n * 2, 0), f"well {n}", f"cart {n}"] for n in (1, 2)],
        [],
    )
    _below_empty_rows(data, 2)
    result, warnings = import_with_messages(data, tmp_path / "out.gpkg")
    assert result["ROWS"] == 2
    assert any("column 3 has no name in the header row but holds values" in w for w in warnings), warnings
    assert _received(tmp_path / "out.gpkg") == [
        ("_uuid", "_uuid"),
        ("hh_size", "hh_size"),
        ("column_3", ""),
        ("Other (specify)", "Other (specify)"),
        ("Other (specify)_2", "Other (specify)"),
    ]


def test_a_title_line_above_the_header_is_received_as_written_with_a_warning_per_unnamed_column(
    cartong_provider, tmp_path
):
    data = tmp_path / "export.xlsx"
    write_xlsx(data, ["Household survey, Bangui, March 2026"], [["_uuid", "hh_size"], [_uuid(1), (4, 0)]], [])
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg")
    assert any("column 2 has no name in the header row but holds values" in w for w in warnings), warnings
    assert [received for _name, received in _received(tmp_path / "out.gpkg")] == [
        "Household survey, Bangui, March 2026",
        "",
    ]


def test_columns_really_named_like_gdals_placeholders_keep_every_submission(cartong_provider, tmp_path):
    # a sheet saved from a layer GDAL read without headers: its columns are named Field1, Field2
    data = tmp_path / "export.xlsx"
    write_xlsx(data, ["Field1", "Field2"], [[_uuid(n), (n, 0)] for n in (1, 2, 3)], [])
    result, _warnings = import_with_messages(data, tmp_path / "out.gpkg")
    assert result["ROWS"] == 3
    assert _received(tmp_path / "out.gpkg") == [("Field1", "Field1"), ("Field2", "Field2")]
    assert query(tmp_path / "out.gpkg", "SELECT Field1, Field2 FROM raw_survey ORDER BY fid") == [
        (_uuid(1), "1"),
        (_uuid(2), "2"),
        (_uuid(3), "3"),
    ]


def test_formatted_empty_columns_without_header_are_not_columns(cartong_provider, tmp_path):
    data = tmp_path / "export.xlsx"
    write_xlsx(data, ["_uuid", "hh_size"], [[_uuid(n), (n, 1)] for n in (1, 2)], [(0, None)])
    _with_formatted_empty_cells(data, "CDEF")
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg")
    assert _received(tmp_path / "out.gpkg") == [("_uuid", "_uuid"), ("hh_size", "hh_size")]
    assert not [w for w in warnings if "no name in the header row" in w]


def test_a_sheet_wider_than_a_geopackage_table_is_refused_for_its_width(cartong_provider, tmp_path):
    """GDAL reads no sheet over 2,000 columns: the refusal said "has no sheet with data" (attack 9 finding 7)."""
    import processing
    from qgis.core import QgsProcessingException

    path = tmp_path / "msna.xlsx"
    header = ["_uuid", *(f"q{n}" for n in range(2000))]
    write_xlsx(path, header, [["u1", *("1" for _ in range(2000))]], [])
    with pytest.raises(QgsProcessingException) as refused:
        processing.run("cartong:importsurvey", {"DATA": str(path), "OUTPUT": str(tmp_path / "msna.gpkg")})
    assert "msna.xlsx [data] has 2001 columns; a GeoPackage table holds at most 1998" in str(refused.value)
    assert not (tmp_path / "msna.gpkg").exists()


def test_a_wide_survey_sheet_beside_a_narrow_repeat_sheet_is_refused_not_replaced_by_it(cartong_provider, tmp_path):
    """The repeat sheet was imported as the survey: "30 submissions" were the 30 members (attack 10)."""
    import processing
    from qgis.core import QgsProcessingException

    for sheet in ({}, {"SHEET": "survey_data"}):
        with pytest.raises(QgsProcessingException) as refused:
            processing.run(
                "cartong:importsurvey",
                {"DATA": str(HOSTILE / "xlsx_wide_survey_sheet.xlsx"), "OUTPUT": str(tmp_path / "w.gpkg"), **sheet},
            )
        assert (
            "xlsx_wide_survey_sheet.xlsx [survey_data] has 2102 columns; a GeoPackage table holds at most 1998"
            in str(refused.value)
        )
        assert not (tmp_path / "w.gpkg").exists()
