# SPDX-License-Identifier: GPL-3.0-or-later
"""The rows cartong:importsurvey's warnings name are the rows of the file, as a spreadsheet shows them.

The header is row 1, then come the rows taken out above the submissions (ONA's labels row, HXL hashtag
rows), then the submissions: the warnings on values (numbers, dates, choices, locations, form versions)
gave the submission's number instead, so "row 1" sent the user to the header and every other row to
the one above the value quoted. A CSV row is a record, as Excel shows it: a value with a line break
makes it two lines of a text editor, still one row. Each test opens the file at the row named and
finds the value quoted there.
"""

from __future__ import annotations

import csv
import re

from tests.real_imports import csv_rows, import_with_messages
from tests.xlsform_files import write_form
from tests.xlsx_writer import write_xlsx

SURVEY = [
    ["type", "name", "label"],
    ["text", "key", "Key"],
    ["integer", "size", "Household size"],
    ["select_one yn", "water", "Water"],
    ["date", "day", "Day"],
    ["geopoint", "gps", "GPS"],
]
CHOICES = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
# a row named with the value quoted from it: "(first at row 6: 'four')"
_NAMED = re.compile(r"\brow (\d+): '([^']*)'")


def _form(tmp_path, settings=None):
    return write_form(tmp_path / "form.xlsx", SURVEY, CHOICES, settings)


def _named(warnings) -> dict[int, set[str]]:
    """{row named: values quoted from it} over the warnings."""
    named: dict[int, set[str]] = {}
    for warning in warnings:
        for row, value in _NAMED.findall(warning):
            named.setdefault(int(row), set()).add(value)
    return named


def _assert_rows_hold_their_values(named: dict[int, set[str]], rows: list[list[str]]) -> None:
    """Each row named (1 = the header) holds the values the warnings quote from it."""
    for row, values in named.items():
        cells = {str(cell).strip() for cell in rows[row - 1]}
        assert values <= cells, f"row {row} of the file is {rows[row - 1]}, the warnings quote {values}"


def test_a_csv_with_a_labels_row_and_an_hxl_row_is_named_by_its_own_rows(cartong_provider, tmp_path):
    data = tmp_path / "ona_hxl.csv"
    with open(data, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["key", "size", "water", "day", "gps", "_id", "_uuid"],
                ["Key", "Household size", "Water", "Day", "GPS", "_id", "_uuid"],  # ONA's "include labels" row
                ["#meta+id", "#affected+hh", "", "#date", "#geo+coord", "", ""],  # HXL hashtags
                ["k1", "4", "yes", "2024-01-05", "4.1 18.5 0 5", "1", "u1"],
                ["k2", "5", "no", "2024-01-06", "4.2 18.6 0 5", "2", "u2\n(second line)"],  # one row, two lines
                ["k3", "four", "maybe", "2024-02-30", "95.2 18.6 0 5", "3", "u3"],
                ["k4", "3", "yes", "2024-01-08", "4.3 18.7 0 5", "4", "u4"],
            ]
        )
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", _form(tmp_path))
    named = _named(warnings)
    # k3's row: under the header, the labels row, the HXL row and two submissions (three lines of text)
    assert named == {6: {"four", "maybe", "2024-02-30"}}, warnings
    rows = csv_rows(data)
    _assert_rows_hold_their_values(named, rows)
    (location,) = [w for w in warnings if "cannot be read" in w]
    assert "ona_hxl.csv, column gps: 1 location cannot be read" in location
    assert "(row 6: Latitude 95.2 is outside" in location and rows[5][4].startswith("95.2 ")


def test_an_xlsx_export_is_named_by_its_sheet_rows(cartong_provider, tmp_path):
    settings = [["form_id", "version"], ["hh", "v2"]]
    rows = [
        ["key", "size", "water", "day", "gps", "_version", "_uuid"],
        ["k1", 4, "yes", 45296, "4.1 18.5 0 5", "v2", "u1"],  # 45296: Excel's serial number of 2024-01-05
        ["k2", "5", "No", "2024-01-06", "4.2 18.6 0 5", "v1", "u2"],  # a label, not a code; an older form
        ["k3", "four", "maybe", "2024-02-30", "4.3 18.7 0 5", "v2", "u3"],
    ]
    data = tmp_path / "export.xlsx"
    write_xlsx(data, [("hh", rows)])
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", _form(tmp_path, settings))
    named = _named(warnings)
    assert named == {2: {"45296"}, 3: {"No"}, 4: {"four", "maybe", "2024-02-30"}}, warnings
    _assert_rows_hold_their_values(named, rows)
    (version,) = [w for w in warnings if "another version of the form" in w]
    assert "('v1' in column _version, first at row 3)" in version  # k2's row of the sheet


def test_items_of_a_flattened_repeat_are_named_by_their_submissions_row(cartong_provider, tmp_path):
    """An ONA export writes each repeat item as columns of its submission's row (members[2]/age): a value
    of an item is found in that row of the file, not in a row numbered by the items."""
    survey = [
        ["type", "name", "label"],
        ["text", "key", "Key"],
        ["begin_repeat", "members", "Members"],
        ["text", "mname", "Name"],
        ["integer", "age", "Age"],
        ["end_repeat", "", ""],
    ]
    form = write_form(tmp_path / "form.xlsx", survey)
    data = tmp_path / "ona.csv"
    header = ["key", "members[1]/mname", "members[1]/age", "members[2]/mname", "members[2]/age", "_id", "_uuid"]
    with open(data, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                header,
                ["Key", "Name", "Age", "Name", "Age", "_id", "_uuid"],  # ONA's "include labels" row
                ["k1", "Awa", "30", "Issa", "ten", "1", "u1"],  # the 2nd item, in the file's row 3
                ["k2", "Binta", "41", "", "", "2", "u2"],
                ["k3", "Musa", "12", "Fanta", "9", "3", "u3"],
            ]
        )
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    named = _named(warnings)
    assert named == {3: {"ten"}}, warnings
    _assert_rows_hold_their_values(named, csv_rows(data))
