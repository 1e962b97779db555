# SPDX-License-Identifier: GPL-3.0-or-later
"""Number cells of XLSX exports keep their value in the raw table, whatever GDAL reads them with.

GDAL 3.6 formats a number cell with 15 significant digits (a 17-digit GPS coordinate loses its last
digits, an integer above 2^63 becomes 9223372036854775807); GDAL 3.10 keeps the text of the cell,
``4.0`` where the workbook shows 4 (ONA and other openpyxl exports write floats so). Text cells
that look like GDAL's date text stayed text only by chance; date cells out of Excel's range were
dropped. The raw table must be the same, exact, on both.
"""

from __future__ import annotations

import pytest

from tests.real_imports import import_with_messages, query
from tests.xlsx_cells import write_xlsx

# (the <v> text written by exporters, what the raw table must hold)
NUMBERS = [
    ("4.0", "4"),
    ("-4.0", "-4"),
    ("1.250", "1.25"),
    ("1e3", "1000"),
    ("1.0E+2", "100"),
    ("-1.2863891666666667", "-1.2863891666666667"),
    ("36.81667443333333", "36.81667443333333"),
    ("12345678901234567890", "12345678901234567890"),
    ("9007199254740993", "9007199254740993"),
    ("0.30000000000000004", "0.30000000000000004"),
    ("-0", "0"),
    ("1E-5", "0.00001"),
    ("44382.0", "44382"),
]


@pytest.fixture()
def ona_like_xlsx(tmp_path):
    """An XLSX export as openpyxl-based exporters (ONA) write it: floats as ``repr``, a date column."""
    path = tmp_path / "ona.xlsx"
    header = ["_uuid", "today", "note", *[f"n{i}" for i in range(len(NUMBERS))], "odd_day"]
    rows = [
        ["uuid-1", (44382, 1), "2021/07/05 09:34:15", *[(text, 2) for text, _ in NUMBERS], (3000000, 1)],
        ["uuid-2", (44383.5, 1), "1899/12/30 00:00:00", *[(text, 2) for text, _ in NUMBERS], (-1, 1)],
    ]
    write_xlsx(path, header, rows, [(14, None), (164, "0.00")])
    return path


def test_xlsx_number_cells_are_exact_in_the_raw_table(cartong_provider, ona_like_xlsx, tmp_path):
    import_with_messages(ona_like_xlsx, tmp_path / "n.gpkg")
    names = ", ".join(f"n{i}" for i in range(len(NUMBERS)))
    raw = query(tmp_path / "n.gpkg", f"SELECT {names} FROM raw_survey ORDER BY fid")
    assert raw == [tuple(shown for _text, shown in NUMBERS)] * 2


def test_xlsx_text_cells_and_odd_date_cells_are_kept(cartong_provider, ona_like_xlsx, tmp_path):
    import_with_messages(ona_like_xlsx, tmp_path / "n.gpkg")
    raw = query(tmp_path / "n.gpkg", "SELECT today, note, odd_day FROM raw_survey ORDER BY fid")
    # the text typed in a cell stays that text; a day number outside Excel's dates stays a number
    assert raw == [
        ("2021-07-05", "2021/07/05 09:34:15", "3000000"),
        ("2021-07-06T12:00:00", "1899/12/30 00:00:00", "-1"),
    ]


def test_xlsx_formula_cells_keep_the_value_excel_saved(cartong_provider, tmp_path):
    """A column computed in Excel (=B2/C2, =NOW()) before the import: the raw table holds the value the
    workbook saved, every digit, and a date-time as the other date cells, never GDAL's rounding."""
    path = tmp_path / "computed.xlsx"
    header = ["_uuid", "ratio", "small", "recorded", "household_id"]
    rows = [
        [
            "uuid-1",
            ("-1.2863891666666667", 1, "B5/C5"),
            ("0.00001", 1, "1/100000"),
            ("44382.455706018516", 2, "NOW()"),
            ("12345678901234567", 3, "A9&0"),
        ]
    ]
    write_xlsx(path, header, rows, [(0, None), (22, None), (1, None)])
    import_with_messages(path, tmp_path / "f.gpkg")
    raw = query(tmp_path / "f.gpkg", "SELECT ratio, small, recorded, household_id FROM raw_survey")
    assert raw == [("-1.2863891666666667", "0.00001", "2021-07-05T10:56:13", "12345678901234567")]


def test_xlsx_written_one_element_a_line_is_read_as_exactly(cartong_provider, tmp_path):
    """Some writers put every element on its own line (OCHA's COD-AB tables in tests/data/real are so):
    the numbers and date-times of such a workbook are as exact as those of a compact one."""
    import zipfile

    compact = tmp_path / "compact.xlsx"
    header = ["_uuid", "ratio", "recorded", "household_id"]
    rows = [["uuid-1", ("-1.2863891666666667", 1), ("44382.455706018516", 2), ("12345678901234567890", 1)]]
    write_xlsx(compact, header, rows, [(164, "GENERAL"), (166, "DD/MM/YYYY\\ HH:MM:SS")])
    indented = tmp_path / "indented.xlsx"
    with zipfile.ZipFile(compact) as source, zipfile.ZipFile(indented, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("xl/worksheets/"):
                data = data.replace(b"><", b">\n<")
            target.writestr(name, data)
    for path in (compact, indented):
        import_with_messages(path, tmp_path / f"{path.stem}.gpkg")
        raw = query(tmp_path / f"{path.stem}.gpkg", "SELECT ratio, recorded, household_id FROM raw_survey")
        assert raw == [("-1.2863891666666667", "2021-07-05T10:56:13", "12345678901234567890")], path.name


def test_xlsx_numbers_read_alone_without_date_styles(tmp_path):
    from cartong_plugin.core.survey.export_xlsx import read_xlsx_text

    path = tmp_path / "plain.xlsx"
    write_xlsx(path, ["a", "b", "c"], [[("4.0", 1), ("36.81667443333333", 1), "4.0"]], [(2, None)])
    assert read_xlsx_text(path)[0].frame.to_numpy().tolist() == [["4", "36.81667443333333", "4.0"]]


def _as_1904_workbook(made, path) -> None:
    """``made`` copied to ``path`` as a workbook counting days from 1904 (old Mac Excel)."""
    import zipfile

    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b"<sheets>", b'<workbookPr date1904="1"/><sheets>')
            target.writestr(info, data)


def test_xlsx_dates_of_a_1904_workbook_are_its_days(tmp_path):
    """Workbooks saved by old Mac Excel count days from 1904-01-01 (``<workbookPr date1904="1"/>``):
    day 42920 there is 2021-07-05, not 2017-07-04."""
    from cartong_plugin.core.survey.export_xlsx import read_xlsx_text

    made, path = tmp_path / "made.xlsx", tmp_path / "mac.xlsx"
    write_xlsx(made, ["_uuid", "today", "small"], [["u1", (42920, 1), ("1E-8", 2)]], [(14, None), (2, None)])
    _as_1904_workbook(made, path)
    assert read_xlsx_text(path)[0].frame.to_numpy().tolist() == [["u1", "2021-07-05", "1e-8"]]


def test_time_cells_of_a_1904_workbook_are_times_of_day(cartong_provider, tmp_path):
    """A time of day in a 1904 workbook (old Mac Excel) was imported as ``1904-01-01T12:14:24``: day 0 is a real
    day there, so only the cell's format tells a clock time (built-in 20 ``h:mm``, 21, a custom ``h:mm:ss AM/PM``)
    from a date-time on 1904-01-01 (attack8-ltr finding E)."""
    made, path = tmp_path / "made.xlsx", tmp_path / "mac.xlsx"
    header = ["_uuid", "start_time", "end_time", "custom_time", "recorded", "today"]
    rows = [["u1", ("0.51", 1), ("0.75", 2), ("0.5", 3), ("0.51", 4), (42920, 5)]]
    write_xlsx(made, header, rows, [(20, None), (21, None), (164, "[$-409]h:mm:ss AM/PM;@"), (22, None), (14, None)])
    _as_1904_workbook(made, path)
    import_with_messages(path, tmp_path / "mac.gpkg")
    raw = query(tmp_path / "mac.gpkg", "SELECT start_time, end_time, custom_time, recorded, today FROM raw_survey")
    # a date-time format keeps its day: 0.51 there is 1904-01-01 12:14:24
    assert raw == [("12:14:24", "18:00:00", "12:00:00", "1904-01-01T12:14:24", "2021-07-05")]
