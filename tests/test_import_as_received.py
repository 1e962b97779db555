# SPDX-License-Identifier: GPL-3.0-or-later
"""What the raw table and ``cartong_columns`` keep is the text received, through cartong:importsurvey.

JSON numbers were re-formatted by Python (``1.10`` became ``1.1``, ``1e-7`` became ``1e-07``, ``5.0``
became ``5``) and header cells lost their surrounding spaces in ``cartong_columns.received_name``.
"""

from __future__ import annotations

import json

from tests.real_imports import import_with_messages, query
from tests.xlsx_cells import write_xlsx


def test_json_numbers_stay_as_written_in_the_raw_table(cartong_provider, tmp_path):
    data = tmp_path / "kobo.json"
    data.write_text(
        '{"count": 2, "results": ['
        '{"_id": 1, "_uuid": "a", "amount": 1.10, "tiny": 1e-7, "whole": 5.0, "big": 123456789012345678901234},'
        '{"_id": 2, "_uuid": "b", "amount": 2, "tiny": 0.5, "whole": 3, "big": 1, "_geolocation": [4.3610, 18.555]}]}',
        encoding="utf-8",
    )
    import_with_messages(data, tmp_path / "out.gpkg")
    raw = query(tmp_path / "out.gpkg", "SELECT amount, tiny, whole, big FROM raw_survey ORDER BY fid")
    assert raw == [("1.10", "1e-7", "5.0", "123456789012345678901234"), ("2", "0.5", "3", "1")]
    assert query(tmp_path / "out.gpkg", "SELECT _geolocation FROM raw_survey WHERE fid = 2") == [("[4.3610, 18.555]",)]
    typed = query(tmp_path / "out.gpkg", "SELECT amount, tiny FROM survey ORDER BY fid")
    assert typed == [(1.1, 1e-7), (2.0, 0.5)]


def test_json_text_that_looks_like_a_number_stays_text(cartong_provider, tmp_path):
    data = tmp_path / "central.json"
    data.write_text(json.dumps({"value": [{"__id": "u1", "code": "007", "n": 7}]}), encoding="utf-8")
    import_with_messages(data, tmp_path / "out.gpkg")
    assert query(tmp_path / "out.gpkg", "SELECT code, n FROM raw_survey") == [("007", "7")]


def _received(gpkg):
    return query(gpkg, "SELECT column_name, received_name FROM cartong_columns ORDER BY position")


def test_csv_header_cells_keep_their_spaces_as_received(cartong_provider, tmp_path):
    data = tmp_path / "export.csv"
    data.write_text(" name ,age\t,x\nA,1,2\nB,3,4\n", encoding="utf-8")
    import_with_messages(data, tmp_path / "out.gpkg")
    assert _received(tmp_path / "out.gpkg") == [("name", " name "), ("age", "age\t"), ("x", "x")]
    assert query(tmp_path / "out.gpkg", "SELECT name, age FROM raw_survey ORDER BY fid") == [("A", "1"), ("B", "3")]


def test_xlsx_header_cells_keep_their_spaces_as_received(cartong_provider, tmp_path):
    data = tmp_path / "export.xlsx"
    write_xlsx(data, [" name ", "age ", "x"], [["A", "1", "2"], ["B", "3", "4"]], [])
    import_with_messages(data, tmp_path / "out.gpkg")
    assert _received(tmp_path / "out.gpkg") == [("name", " name "), ("age", "age "), ("x", "x")]


def _form_with_number_cells(path, names):
    """An XLSForm whose choice names are number cells written as ``names`` gives them (``1.0`` as Excel
    saves a code typed as a number), read by GDAL as a column of reals."""
    import re
    import zipfile

    from tests.xlsform_files import write_form

    rows = [["n", str(index), label] for index, (_text, label) in enumerate(names, 1)]
    write_form(path, [["type", "name", "label"], ["select_one n", "q", "Q"]], [["list_name", "name", "label"], *rows])
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet2.xml"].decode()
    for row, (text, _label) in enumerate(names, 2):  # the placeholder cell B<row> becomes a number cell
        sheet = re.sub(rf'<c r="B{row}" t="s">\s*<v>\d+</v>\s*</c>', f'<c r="B{row}"><v>{text}</v></c>', sheet)
    parts["xl/worksheets/sheet2.xml"] = sheet.encode()
    assert sheet.count("<v>1.0</v>") == 1
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_long_number_choice_name_of_the_form_is_read_exactly(cartong_provider, tmp_path):
    form = _form_with_number_cells(tmp_path / "form.xlsx", [("1.0", "One"), ("12345678901234567", "Big")])
    data = tmp_path / "export.csv"
    data.write_text("q,_id\n1,1\n12345678901234567,2\n", encoding="utf-8")
    import processing

    result = processing.run(
        "cartong:importsurvey", {"DATA": str(data), "FORM": str(form), "OUTPUT": str(tmp_path / "out.gpkg")}
    )
    assert query(tmp_path / "out.gpkg", "SELECT q, q_label FROM survey ORDER BY fid") == [
        ("1", "One"),
        ("12345678901234567", "Big"),
    ]
    assert ("12345678901234567", "Big") in query(tmp_path / "out.gpkg", "SELECT name, label FROM form_choices")
    assert result["ROWS"] == 2
