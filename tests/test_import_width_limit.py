# SPDX-License-Identifier: GPL-3.0-or-later
"""The widest export cartong:importsurvey takes, at the boundary: every width it lets through imports with
all its values, and one column more is refused before anything is written, with the true limit.

SQLite holds 2,000 columns a table. The survey layer has a fid and a geometry column beside the export's
columns (1,998 at most), a repeat's table only a fid (1,999). A 1,999-column survey export was let through
(the geometry column was not counted) and GDAL's failure to create the layer was said as "The GeoPackage
... cannot be written: no such table: survey. Choose another folder or close the program using it."
(attack 10 finding 12); a sheet of 2,000 columns was refused with a limit of 1,999 whatever its table.
"""

from __future__ import annotations

import csv

import pytest
from qgis.core import QgsProcessingException

from tests.real_imports import import_with_messages, query
from tests.xlsx_writer import write_xlsx

SURVEY_MOST = 1998  # a survey layer: fid + geom + 1,998 columns = SQLite's 2,000
REPEAT_MOST = 1999  # a repeat's table: fid + 1,999 columns
ROWS = 4


def _survey(width: int) -> list[list[str]]:
    """A Kobo-style survey of ``width`` columns: _uuid, _index, then questions answered in text."""
    header = ["_uuid", "_index", *(f"q{n}" for n in range(1, width - 1))]
    return [header] + [
        [f"6f1c2a54-93b0-4c1e-8d7a-{row:012d}", str(row), *(f"r{row}c{n}" for n in range(1, width - 1))]
        for row in range(1, ROWS + 1)
    ]


def _members(width: int) -> list[list[str]]:
    """Kobo-style repeat rows of ``width`` columns, one per submission of ``_survey``."""
    header = ["_parent_index", "_submission__uuid", "_index", *(f"m{n}" for n in range(1, width - 2))]
    return [header] + [
        [str(row), f"6f1c2a54-93b0-4c1e-8d7a-{row:012d}", str(row), *(f"m{row}c{n}" for n in range(1, width - 2))]
        for row in range(1, ROWS + 1)
    ]


def _write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _export(tmp_path, kind: str, survey_width: int, repeat_width: int = 0):
    """The export file of ``kind`` (csv: beside its repeat CSV; xlsx: with its repeat sheet)."""
    repeat = [("members", _members(repeat_width))] if repeat_width else []
    if kind == "xlsx":
        write_xlsx(tmp_path / "msna.xlsx", [("survey_data", _survey(survey_width)), *repeat])
        return tmp_path / "msna.xlsx"
    for name, rows in repeat:
        _write_csv(tmp_path / f"msna_{name}.csv", rows)
    return _write_csv(tmp_path / "msna.csv", _survey(survey_width))


def _holds(gpkg, table: str, rows: list[list[str]]) -> None:
    """``table`` has the file's columns, in order, and every value of every row."""
    columns = [name for (name,) in query(gpkg, f"SELECT name FROM pragma_table_info('{table}')")]
    assert [c for c in columns if c not in ("fid", "geom")] == rows[0]
    listed = ", ".join(f'"{name}"' for name in rows[0])
    stored = query(gpkg, f'SELECT {listed} FROM "{table}" ORDER BY fid')
    assert [[str(value) for value in row] for row in stored] == rows[1:]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_widest_survey_taken_imports_with_all_its_values(cartong_provider, tmp_path, kind):
    data = _export(tmp_path, kind, SURVEY_MOST)
    result, _warnings = import_with_messages(data, tmp_path / "msna.gpkg")
    assert result["ROWS"] == ROWS
    for table in ("raw_survey", "survey"):
        _holds(tmp_path / "msna.gpkg", table, _survey(SURVEY_MOST))


@pytest.mark.parametrize(("kind", "source"), [("csv", "msna.csv"), ("xlsx", "msna.xlsx [survey_data]")])
def test_one_column_more_in_the_survey_is_refused_with_the_true_limit(cartong_provider, tmp_path, kind, source):
    data = _export(tmp_path, kind, SURVEY_MOST + 1)
    with pytest.raises(QgsProcessingException) as refused:
        import_with_messages(data, tmp_path / "msna.gpkg")
    assert f"{source} has 1999 columns; a GeoPackage table holds at most 1998" in str(refused.value)
    assert "cannot be written" not in str(refused.value)
    assert not (tmp_path / "msna.gpkg").exists()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_widest_repeat_taken_imports_with_all_its_values(cartong_provider, tmp_path, kind):
    data = _export(tmp_path, kind, 4, REPEAT_MOST)
    result, _warnings = import_with_messages(data, tmp_path / "msna.gpkg")
    assert result["ROWS"] == ROWS
    for table in ("raw_members", "members"):
        _holds(tmp_path / "msna.gpkg", table, _members(REPEAT_MOST))


@pytest.mark.parametrize(("kind", "source"), [("csv", "msna_members.csv"), ("xlsx", "msna.xlsx [members]")])
def test_one_column_more_in_a_repeat_is_refused_with_the_true_limit(cartong_provider, tmp_path, kind, source):
    data = _export(tmp_path, kind, 4, REPEAT_MOST + 1)
    with pytest.raises(QgsProcessingException) as refused:
        import_with_messages(data, tmp_path / "msna.gpkg")
    assert f"{source} has 2000 columns; a GeoPackage table holds at most 1999" in str(refused.value)
    assert not (tmp_path / "msna.gpkg").exists()
