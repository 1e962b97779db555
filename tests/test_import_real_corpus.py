# SPDX-License-Identifier: GPL-3.0-or-later
"""Every real export of tests/data/real through cartong:importsurvey, counted again by independent readers.

A file added to tests/data/real is in the corpus without touching this test. Its submissions and
columns are counted here with Python's csv and json modules and a plain reading of the workbook's
XML, by the rules users are promised: the HXL hashtag row (and header rows above it) and empty rows
at the end are not submissions, a nameless empty column is not a column, a repeat is a table.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import REAL_DATA

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
_TAG = re.compile(r"\s*#[A-Za-z][A-Za-z0-9_]*(\s*\+\s*[A-Za-z][A-Za-z0-9_]*)*\s*")


def _corpus() -> list[Path]:
    files = sorted(p for p in REAL_DATA.rglob("*") if p.suffix.lower() in (".csv", ".xlsx", ".json"))
    return [p for p in files if not _is_kobo_form_definition(p)]


def _is_kobo_form_definition(path: Path) -> bool:
    if path.suffix.lower() != ".json":
        return False
    data = json.loads(path.read_text(encoding="utf-8"))
    return isinstance(data, dict) and "asset_type" in data


def _submission_rows(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """(header, submissions) by the promised rules, from the rows of a table (header first)."""
    header, data = rows[0], rows[1:]
    tag_row = next(
        (
            i
            for i, row in enumerate(data[:10])
            if any(v.strip() for v in row) and all(_TAG.fullmatch(v) for v in row if v.strip())
        ),
        None,
    )
    if tag_row is not None:
        data = data[tag_row + 1 :]
    while data and not any(v.strip() for v in data[-1]):
        data.pop()
    return header, data


def _column_count(header: list[str], data: list[list[str]]) -> int:
    """Named columns, and nameless ones that hold a value."""
    width = max([len(header)] + [len(row) for row in data])
    return sum(
        1
        for i in range(width)
        if (i < len(header) and header[i].strip()) or any(i < len(row) and row[i].strip() for row in data)
    )


def _decoded(data: bytes) -> str:
    """The text of a CSV as a spreadsheet would open it: UTF-16 with its mark, else UTF-8, else Windows-1252."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _csv_counts(path: Path) -> tuple[int, int]:
    text = _decoded(path.read_bytes())
    first = text.splitlines()[0]
    delimiter = max(",;\t|", key=first.count)
    rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if row]
    header, data = _submission_rows(rows)
    return len(data), _column_count(header, data)


def _xlsx_sheets(path: Path) -> list[list[list[str]]]:
    """Each sheet as rows of cell text, from the workbook's XML (numbers as written in the cells)."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        shared = []
        if "xl/sharedStrings.xml" in names:
            root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{{{_NS['m']}}}t")) for si in root.findall("m:si", _NS)]
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        sheets = []
        for sheet in workbook.iterfind("m:sheets/m:sheet", _NS):
            target = targets[sheet.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            rows: dict[int, dict[int, str]] = {}
            for cell in ElementTree.fromstring(archive.read(part)).iter(f"{{{_NS['m']}}}c"):
                ref = re.fullmatch(r"([A-Z]+)(\d+)", cell.get("r"))
                column = 0
                for letter in ref.group(1):
                    column = column * 26 + ord(letter) - 64
                value = cell.find("m:v", _NS)
                if cell.get("t") == "s" and value is not None:
                    text = shared[int(value.text)]
                elif cell.get("t") == "inlineStr":
                    text = "".join(t.text or "" for t in cell.iter(f"{{{_NS['m']}}}t"))
                else:
                    text = value.text if value is not None and value.text else ""
                rows.setdefault(int(ref.group(2)), {})[column - 1] = text
            filled = [r for r, cells in rows.items() if any(v.strip() for v in cells.values())]
            if not filled:
                continue
            width = max(max(cells) for cells in rows.values()) + 1
            first = min(filled)
            sheets.append([[rows.get(r, {}).get(c, "") for c in range(width)] for r in range(first, max(filled) + 1)])
        return sheets


def _xlsx_counts(path: Path) -> list[tuple[int, int]]:
    return [(len(data), _column_count(header, data)) for header, data in map(_submission_rows, _xlsx_sheets(path))]


def _json_counts(path: Path) -> tuple[int, int, dict[str, int]]:
    """(submissions, columns of the main table, items per repeat) by walking the JSON."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = next(data[k] for k in ("results", "value", "submissions", "data") if isinstance(data.get(k), list))
    leaves: set[str] = set()
    items: dict[str, int] = {}

    def walk(record: dict, prefix: str, main: bool) -> None:
        for key, value in record.items():
            repeat = isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
            if repeat and not key.startswith("_"):
                items[key.split("/")[-1]] = items.get(key.split("/")[-1], 0) + len(value)
                for item in value:
                    walk(item, "", False)
            elif (
                isinstance(value, dict)
                and value
                and "coordinates" not in value
                and not (key.startswith("_") and not key.startswith("__"))
            ):
                walk(value, f"{prefix}{key}/", main)
            elif main:
                leaves.add(f"{prefix}{key}")

    for record in data:
        walk(record, "", True)
    return len(data), len(leaves | {"_index"}), items


def _import(path: Path, output: Path) -> dict:
    import processing

    return processing.run("cartong:importsurvey", {"DATA": str(path), "OUTPUT": str(output)})


def _raw_counts(gpkg: Path, table: str) -> tuple[int, int]:
    with sqlite3.connect(str(gpkg)) as db:
        rows = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        columns = len(db.execute(f'PRAGMA table_info("{table}")').fetchall()) - 1  # fid
    return rows, columns


def _raw_tables(gpkg: Path) -> list[str]:
    """The raw tables in the order the import wrote them (raw_survey first, then each repeat)."""
    with sqlite3.connect(str(gpkg)) as db:
        tables = json.loads(db.execute("SELECT tables FROM cartong_metadata").fetchone()[0])
    return [f"raw_{name}" for name in tables]


def test_the_corpus_holds_every_kind_of_real_export():
    kinds = {p.suffix.lower() for p in _corpus()}
    assert kinds == {".csv", ".xlsx", ".json"} and len(_corpus()) >= 30


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: str(p.relative_to(REAL_DATA)))
def test_real_export_keeps_every_submission_and_column(path, cartong_provider, tmp_path):
    output = tmp_path / "corpus.gpkg"
    result = _import(path, output)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        submissions, columns = _csv_counts(path)
        assert (result["ROWS"], *_raw_counts(output, "raw_survey")) == (submissions, submissions, columns)
    elif suffix == ".xlsx":
        expected = _xlsx_counts(path)
        got = [_raw_counts(output, table) for table in _raw_tables(output)]
        assert result["ROWS"] == expected[0][0]
        assert got == expected
    else:
        submissions, columns, repeats = _json_counts(path)
        assert (result["ROWS"], *_raw_counts(output, "raw_survey")) == (submissions, submissions, columns)
        tables = _raw_tables(output)[1:]
        assert {table[4:]: _raw_counts(output, table)[0] for table in tables} == repeats


def test_a_kobo_form_definition_is_refused_with_what_it_is(cartong_provider, tmp_path):
    from qgis.core import QgsProcessingException

    asset = REAL_DATA / "dickoa+robotoolbox/tests/fixtures/decoded/kobo_data_dm__00.json"
    with pytest.raises(QgsProcessingException, match="kobo_data_dm__00.json is a KoboToolbox form definition"):
        _import(asset, tmp_path / "asset.gpkg")
    assert not (tmp_path / "asset.gpkg").exists()
