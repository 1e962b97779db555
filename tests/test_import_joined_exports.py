# SPDX-License-Identifier: GPL-3.0-or-later
"""Two exports joined into one file (``copy /b week1.csv+week2.csv all.csv``, two workbooks pasted one
under the other), through cartong:importsurvey: the second header row, behind its BOM, is no submission.

It was imported as a household whose village is "village": counted, mapped, said six times as values
that are not numbers or dates, and, without a form, it made start, end and hh_size text. The typed tables
leave it out, one sentence names its row; the raw tables keep every row of the file as it is.
"""

from __future__ import annotations

import csv

from tests.conftest import REAL_DATA
from tests.real_imports import csv_rows, import_with_messages, query
from tests.xlsform_files import write_form, write_workbook

HEADER = ["start", "end", "village", "hh_size", "_id", "_uuid", "_submission_time", "_index"]
SURVEY = [
    ["type", "name", "label"],
    ["start", "start", ""],
    ["end", "end", ""],
    ["text", "village", "Village"],
    ["integer", "hh_size", "Household size"],
    ["begin repeat", "members", "Member"],
    ["text", "m_name", "Name"],
    ["end repeat", "", ""],
]
MEMBER_HEADER = ["m_name", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"]


def _week(days, village: str) -> list[list[str]]:
    """One weekly KoboToolbox export's submissions; ``_index`` restarts at 1 in each export."""
    return [
        [f"2024-03-0{d}T10:00:00.000+01:00", f"2024-03-0{d}T10:30:00.000+01:00", village, str(d), str(d), f"u{d}"]
        + [f"2024-03-0{d}T09:31:00", str(n)]
        for n, d in enumerate(days, start=1)
    ]


def _export(rows, header=HEADER) -> bytes:
    """A KoboToolbox CSV export as downloaded: BOM, ";" and CRLF."""
    lines = [";".join(header)] + [";".join(row) for row in rows]
    return ("\ufeff" + "".join(line + "\r\n" for line in lines)).encode("utf-8")


def _joined(tmp_path, name="all.csv"):
    data = tmp_path / name
    data.write_bytes(_export(_week((1, 2, 3), "Bégoua")) + _export(_week((4, 5, 6), "Bimbo")))  # copy /b
    return data


def test_the_header_of_the_second_export_is_no_submission(cartong_provider, tmp_path):
    data = _joined(tmp_path)
    form = write_form(tmp_path / "form.xlsx", [row for row in SURVEY if "members" not in row[1:2]][:5])
    gpkg = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(data, gpkg, form)
    assert result["ROWS"] == 6 and result["ROWS_WITHOUT_LOCATION"] == 6
    assert query(gpkg, "SELECT fid, village, hh_size, _uuid FROM survey ORDER BY fid") == [
        (1, "Bégoua", 1, "u1"),
        (2, "Bégoua", 2, "u2"),
        (3, "Bégoua", 3, "u3"),
        (5, "Bimbo", 4, "u4"),
        (6, "Bimbo", 5, "u5"),
        (7, "Bimbo", 6, "u6"),
    ]
    # the raw table is the file, row for row: the second header with its BOM too
    records = csv_rows(data, ";")
    assert records[4][0] == "\ufeffstart"
    assert [list(row[1:]) for row in query(gpkg, "SELECT * FROM raw_survey ORDER BY fid")] == records[1:]
    said = [w for w in warnings if "repeats the header row" in w]
    assert said == [
        "all.csv: 1 row repeats the header row (row 5): two files were probably joined into one. It is not a "
        "submission and was left out of the typed table; the raw table keeps it as received."
    ]
    assert not [w for w in warnings if "row 5" in w and w not in said]  # no value of it said not a number or date
    assert query(gpkg, "SELECT rows FROM cartong_metadata") == [(6,)]


def test_without_a_form_the_header_copy_spoils_no_type(cartong_provider, tmp_path):
    alone = tmp_path / "week1.csv"
    alone.write_bytes(_export(_week((1, 2, 3), "Bégoua")))
    import_with_messages(alone, tmp_path / "alone.gpkg")
    import_with_messages(_joined(tmp_path), tmp_path / "joined.gpkg")
    types = "SELECT name, type FROM pragma_table_info('survey') ORDER BY cid"
    assert query(tmp_path / "joined.gpkg", types) == query(tmp_path / "alone.gpkg", types)
    assert ("start", "DATETIME") in query(tmp_path / "joined.gpkg", types)
    assert ("hh_size", "INTEGER") in query(tmp_path / "joined.gpkg", types)
    assert query(tmp_path / "joined.gpkg", "SELECT sum(hh_size), count(*) FROM survey") == [(21, 6)]


def test_workbooks_pasted_one_under_the_other_in_both_sheets(cartong_provider, tmp_path):
    """The survey sheet and the members sheet each hold the second workbook's header row, typed again
    with spaces around its names; the members keep their link to their household."""
    second = [f" {name} " for name in HEADER]
    members = [
        ["Awa", "1", "hh", "1", "u1"],
        ["Ali", "2", "hh", "1", "u1"],
        MEMBER_HEADER,
        ["Bea", "1", "hh", "1", "u4"],
    ]
    data = write_workbook(
        tmp_path / "all.xlsx",
        {
            "hh": [HEADER, *_week((1, 2), "Bégoua"), second, *_week((4,), "Bimbo")],
            "members": [MEMBER_HEADER, *members],
        },
    )
    gpkg = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(data, gpkg, write_form(tmp_path / "form.xlsx", SURVEY))
    assert result["ROWS"] == 3
    assert query(gpkg, "SELECT fid, village FROM survey ORDER BY fid") == [(1, "Bégoua"), (2, "Bégoua"), (4, "Bimbo")]
    assert query(gpkg, "SELECT fid, m_name, _parent_index FROM members ORDER BY fid") == [
        (1, "Awa", 1),
        (2, "Ali", 1),
        (4, "Bea", 1),
    ]
    raw = [list(row[1:]) for row in query(gpkg, "SELECT * FROM raw_survey ORDER BY fid")]
    assert raw[2] == second and len(raw) == 4  # as the sheet holds it, spaces kept
    assert [list(row[1:]) for row in query(gpkg, "SELECT * FROM raw_members ORDER BY fid")] == members
    said = [w for w in warnings if "repeats the header row" in w]
    assert len(said) == 2 and "all.xlsx [hh]: 1 row repeats the header row (row 4)" in said[0]
    assert "all.xlsx [members]: 1 row repeats the header row (row 4)" in said[1]
    # Bea is linked to u4 by her uuid (_index restarts in the second workbook); no row is said unlinked
    assert not [w for w in warnings if "match" in w and "no row of" in w]
    members_of = "SELECT s._uuid, m.m_name FROM members m JOIN survey s ON s._uuid = m._submission__uuid ORDER BY m.fid"
    assert query(gpkg, members_of) == [("u1", "Awa"), ("u1", "Ali"), ("u4", "Bea")]


NESTED = REAL_DATA / "kobotoolbox+kobocat/onadata/apps/viewer/tests/fixtures/nested_repeats/nested_repeats.csv"


def test_a_joined_export_of_flattened_repeats_counts_no_empty_item_in_the_header(cartong_provider, tmp_path):
    """kobocat's real nested_repeats.csv joined with itself: its repeat items twice, its empty items
    counted twice (4 + 4), none in the second header row."""
    records = csv_rows(NESTED)
    data = tmp_path / "twice.csv"
    with open(data, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(records + records)
    result, warnings = import_with_messages(data, tmp_path / "out.gpkg")
    assert result["ROWS"] == 2 * (len(records) - 1)
    assert query(tmp_path / "out.gpkg", "SELECT count(*) FROM kids_details") == [(10,)]
    assert any("kids_details: 10, kids_immunization: 22" in w and "left out: 8." in w for w in warnings)
    assert any("1 row repeats the header row (row 4)" in w for w in warnings)


def test_the_hashtag_row_under_the_second_header_is_no_submission_either(cartong_provider, tmp_path):
    # attack 17, finding 1: two exports "with HXL hashtags" joined: the second file's hashtag row was a household
    header, tags = ["start", "village", "hh_size", "_uuid", "_index"], ["#date+start", "#loc+village", "#population+hh",
                                                                       "#meta+uuid", ""]  # fmt: skip
    week1 = [
        ["2024-01-01T10:00:00+01:00", "Alpha", "4", "u1", "1"],
        ["2024-01-02T10:00:00+01:00", "Beta", "5", "u2", "2"],
    ]
    week2 = [["2024-01-08T10:00:00+01:00", "Gamma", "6", "u3", "1"]]
    data = tmp_path / "joined_hxl.csv"
    data.write_bytes(_export([tags, *week1], header) + _export([tags, *week2], header))
    gpkg = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(data, gpkg)  # without a form: the tags made every column text
    assert result["ROWS"] == 3
    assert query(gpkg, "SELECT village, hh_size, typeof(hh_size) FROM survey ORDER BY fid") == [
        ("Alpha", 4, "integer"), ("Beta", 5, "integer"), ("Gamma", 6, "integer")
    ]  # fmt: skip
    # the raw table keeps the file's rows under its first hashtag row, the second header and tags included
    assert query(gpkg, "SELECT village FROM raw_survey ORDER BY fid") == [
        ("Alpha",), ("Beta",), ("village",), ("#loc+village",), ("Gamma",)
    ]  # fmt: skip
    said = [w for w in warnings if "repeat the header" in w]
    assert len(said) == 1 and "rows 5, 6" in said[0], warnings
