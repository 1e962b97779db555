# SPDX-License-Identifier: GPL-3.0-or-later
"""Two exports of different form versions joined into one file, through cartong:importsurvey.

kobocat's real ``good.csv`` (the formhub pizza tutorial, 9 submissions) is the first export; the second,
downloaded after the form changed (a question added, removed, renamed or moved), is pasted under it with
its own header row, behind its BOM as ``copy /b`` keeps it. Its submissions were imported under the first
header's columns (an e-mail address as the age...), exit code 0. The import is now refused before writing
anything, one sentence naming the file, the row and what differs. A submission whose answers equal a
column name or two is still one.
"""

from __future__ import annotations

import csv
import io

import pytest
from qgis.core import QgsProcessingException

from tests.conftest import REAL_DATA
from tests.real_imports import csv_rows, import_with_messages, query
from tests.xlsx_writer import write_xlsx

GOOD = REAL_DATA / "kobotoolbox+kobocat/onadata/libs/tests/fixtures/good.csv"
ADVICE = (
    "two exports of different form versions were probably joined into one file, so values would land under "
    "the wrong questions. Nothing was imported: import each export separately, or download one export of all "
    "versions from the server."
)


def _newer(header, rows, change):
    """The second export's header and rows after ``change`` to the form."""
    age = header.index("age")
    if change == "added":  # a question after age: every row one field longer
        return header[: age + 1] + ["email"] + header[age + 1 :], [
            r[: age + 1] + ["a@b.org"] + r[age + 1 :] for r in rows
        ]
    if change == "added_first":  # a question before the first one
        return ["consent", *header], [["yes", *r] for r in rows]
    if change == "four_added_first":  # four questions before the first one, the last four dropped: same width
        return ["consent", "ward", "team", "round", *header[:-4]], [["yes", "w1", "t1", "1", *r[:-4]] for r in rows]
    if change == "removed":  # one field shorter: the last column was left empty
        return header[:age] + header[age + 1 :], [r[:age] + r[age + 1 :] for r in rows]
    if change == "renamed":
        return header[:age] + ["age_years"] + header[age + 1 :], rows
    if change == "moved":  # name and age swapped: the first named column holds another name
        return [header[1], header[0], *header[2:]], [[r[1], r[0], *r[2:]] for r in rows]
    raise AssertionError(change)


def _csv(records) -> str:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(records)
    return text.getvalue()


@pytest.mark.parametrize(
    "change, differences",
    [
        ("added", "columns added: 'email'"),
        ("added_first", "columns added: 'consent'"),
        ("removed", "columns missing: 'age'"),
        ("renamed", "columns added: 'age_years'; columns missing: 'age'"),
        ("moved", "the same columns in another order"),
        (
            "four_added_first",
            "columns added: 'consent', 'ward', 'team', 'round'; "
            "columns missing: '_submission_time', '_tags', '_notes', '_submitted_by'",
        ),
    ],
)
def test_a_newer_export_joined_under_an_older_one_is_refused(cartong_provider, tmp_path, change, differences):
    header, *rows = csv_rows(GOOD)
    data = tmp_path / "all.csv"
    newer = _newer(header, rows, change)
    data.write_bytes(("\ufeff" + _csv([header, *rows]) + "\ufeff" + _csv([newer[0], *newer[1]])).encode("utf-8"))
    with pytest.raises(QgsProcessingException) as refused:
        import_with_messages(data, tmp_path / "out.gpkg")
    # row 1 the header, rows 2 to 10 the first export's submissions, row 11 the second header
    assert (
        str(refused.value) == f"all.csv: row 11 is another header row, different from row 1 ({differences}): " + ADVICE
    )
    assert not (tmp_path / "out.gpkg").exists()
    assert not list(tmp_path.glob("out*"))  # no temporary file left either


def test_a_workbook_pasted_under_another_version_is_refused(cartong_provider, tmp_path):
    """The same in an XLSX: the second workbook, with a question added before the first, pasted under the
    first in its sheet (one column wider); numbers are number cells, as Excel keeps them."""
    header, *rows = csv_rows(GOOD)
    age = header.index("age")
    typed = [[int(v) if i == age else v for i, v in enumerate(row)] for row in rows]
    newer = [["consent", *header]] + [["yes", *row] for row in typed[:3]]
    data = tmp_path / "all.xlsx"
    write_xlsx(data, [("pizza", [header, *typed, *newer])])
    with pytest.raises(QgsProcessingException) as refused:
        import_with_messages(data, tmp_path / "out.gpkg")
    assert str(refused.value) == (
        "all.xlsx [pizza]: row 11 is another header row, different from row 1 (columns added: 'consent'): " + ADVICE
    )
    assert not (tmp_path / "out.gpkg").exists()


def test_answers_equal_to_column_names_are_still_submissions(cartong_provider, tmp_path):
    """A respondent called "age", a pizza type "pizza_fan", a gender "name", three answers "_uuid"-like or
    group-path-like, and rows full of "n/a": submissions all the same, imported as written."""
    header, *rows = csv_rows(GOOD)
    column = header.index
    rows[1][column("name")], rows[1][column("gender")] = "age", "name"
    rows[2][column("name")], rows[2][column("age")], rows[2][column("pizza_type")] = "gender", "date", "pizza_fan"
    rows[3][column("pizza_type")], rows[3][column("gender")] = "favorite_toppings/cheese", "_notes"
    data = tmp_path / "answers.csv"
    data.write_text(_csv([header, *rows]), encoding="utf-8")
    gpkg = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(data, gpkg)
    assert result["ROWS"] == 9
    assert query(gpkg, "SELECT name, gender, pizza_type FROM survey WHERE fid IN (2, 3, 4) ORDER BY fid") == [
        ("age", "name", "chitown"),
        ("gender", "male", "pizza_fan"),
        ("Name_4", "_notes", "favorite_toppings/cheese"),
    ]
    assert [list(r[1:]) for r in query(gpkg, "SELECT * FROM raw_survey ORDER BY fid")] == rows
