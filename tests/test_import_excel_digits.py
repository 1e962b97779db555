# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers Excel writes with 17 significant digits are read as the number Excel shows, pyxform deploys.

Excel saves the 1.1 a user typed as ``<v>1.1000000000000001</v>`` and 2.3 as ``2.2999999999999998``.
pyxform reads such a form cell with openpyxl as a float, whose ``str`` is "1.1": that is the choice name
the server deploys and the data holds. The toolkit read the 17 digits: answers 1.1 had no label, split
columns hset/1.1 were "not in the form's list". A Kobo CSV opened in Excel and saved as .xlsx had its
text answer 2.3 stored as 2.2999999999999998 in both tables, and a decimal 1.1 a false "rounded" warning.
"""

from __future__ import annotations

import csv

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form
from tests.xlsx_writer import Number, write_xlsx


def test_form_number_cells_are_read_as_pyxform_reads_them(cartong_provider, tmp_path):
    form = tmp_path / "form.xlsx"
    survey = [["type", "name", "label"], ["select_one hrs", "hours", "Hours"], ["select_multiple hrs", "hset", "Set"]]
    choices = [
        ["list_name", "name", "label"],
        ["hrs", Number("0.5"), "Half an hour"],
        ["hrs", Number("1.1000000000000001"), "About 1 hour"],
        ["hrs", Number("2.2999999999999998"), "About 2 hours"],
        ["hrs", Number("12.0"), "12 hours"],  # openpyxl's float 12.0: pyxform writes 12
    ]
    settings = [["form_title", "form_id", "version"], ["Hours", "hours", Number("1.1000000000000001")]]
    write_xlsx(form, [("survey", survey), ("choices", choices), ("settings", settings)])
    data = tmp_path / "data.csv"
    with open(data, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["hours", "hset", "hset/0.5", "hset/1.1", "hset/2.3", "hset/12", "__version__", "_uuid"])
        writer.writerow(["1.1", "1.1 2.3", "0", "1", "1", "0", "1.1", "u1"])
        writer.writerow(["12", "12", "0", "0", "0", "1", "1.1", "u2"])
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    assert query(tmp_path / "out.gpkg", "SELECT name FROM form_choices WHERE list_name = 'hrs'") == [
        ("0.5",),
        ("1.1",),
        ("2.3",),
        ("12",),
    ]
    assert query(tmp_path / "out.gpkg", "SELECT hours_label, hset_label FROM survey ORDER BY fid") == [
        ("About 1 hour", "About 1 hour; About 2 hours"),
        ("12 hours", "12 hours"),
    ]
    assert query(tmp_path / "out.gpkg", "SELECT form_version FROM cartong_metadata") == [("1.1",)]
    assert [w for w in warnings if "list" in w or "version" in w] == []


def test_an_export_saved_by_excel_holds_the_numbers_excel_shows(cartong_provider, tmp_path):
    survey = [
        ["type", "name", "label"],
        ["text", "plot", "Plot number"],
        ["decimal", "area", "Area (ha)"],
        ["select_one hrs", "hours", "Hours"],
        ["text", "card", "Card number"],
    ]
    choices = [["list_name", "name", "label"], ["hrs", "0.5", "Half an hour"], ["hrs", "1.1", "About 1 hour"]]
    form = write_form(tmp_path / "form.xlsx", survey, choices)
    rows = [
        ["plot", "area", "hours", "card", "_uuid"],
        [Number("2.2999999999999998"), Number("1.1000000000000001"), Number("1.1000000000000001"), "007", "u1"],
        [Number("14.199999999999999"), Number("0.5"), Number("0.5"), Number("12345678901234567890"), "u2"],
        [Number("-1.2863891666666667"), Number("36.81667443333333"), "", Number("9007199254740993"), "u3"],
        # a double that needs 17 digits (computed, another writer's): the digits the file holds (attack 14a, 7)
        [Number("0.12345678901234567"), Number("0.5"), "", Number("18.550123456789012"), "u4"],
    ]
    data = tmp_path / "data.xlsx"
    write_xlsx(data, [("data", rows)])
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    gpkg = tmp_path / "out.gpkg"
    assert query(gpkg, "SELECT plot, area, hours, card FROM raw_survey ORDER BY fid") == [
        ("2.3", "1.1", "1.1", "007"),
        ("14.2", "0.5", "0.5", "12345678901234567890"),
        ("-1.2863891666666667", "36.81667443333333", "", "9007199254740993"),  # exact already: unchanged
        ("0.12345678901234567", "0.5", "", "18.550123456789012"),  # not 0.12345678901234566, 18.550123456789013
    ]
    assert query(gpkg, "SELECT plot, area, hours_label, card FROM survey ORDER BY fid") == [
        ("2.3", 1.1, "About 1 hour", "007"),
        ("14.2", 0.5, "Half an hour", "12345678901234567890"),
        ("-1.2863891666666667", 36.81667443333333, None, "9007199254740993"),
        ("0.12345678901234567", 0.5, None, "18.550123456789012"),
    ]
    assert [w for w in warnings if "column area" in w or "column hours" in w] == []
