# SPDX-License-Identifier: GPL-3.0-or-later
"""The delimiter of a CSV export is the one under which the header and the first rows agree, through
cartong:importsurvey.

It was chosen from the header line alone: a ``;`` export re-saved by Excel or LibreOffice (only fields
holding ``;`` are quoted) whose question labels hold more commas than semicolons was read with ``,``.
Without a form every submission landed whole in the first raw column (exit 0, only a "missing values
were left empty" warning); with its own form the import was refused as "does not match the form".
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from cartong_plugin.core.survey.export_readers import read_csv_text
from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

LABELS = "Village, camp, or settlement;Name, surname, nickname of head;Household size, total, all ages;Water available?"
EXCEL_SEMICOLON = f"{LABELS};_id;_uuid\nCamp A;Jo Doe;4;Yes;1;u1\nCamp B;Al Roe;5;No;2;u2\n"


def _raw(gpkg):
    names = [row[1] for row in query(gpkg, "PRAGMA table_info(raw_survey)")][1:]
    return names, [list(row[1:]) for row in query(gpkg, "SELECT * FROM raw_survey ORDER BY fid")]


def _import(tmp_path, text, form=None, name="export.csv"):
    data = tmp_path / name
    data.write_text(text, encoding="utf-8")
    gpkg = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, gpkg, form)
    ((delimiter,),) = query(gpkg, "SELECT delimiter FROM cartong_metadata")
    return delimiter, *_raw(gpkg), warnings


def _form(tmp_path):
    return write_form(
        tmp_path / "form.xlsx",
        [
            ["type", "name", "label"],
            ["text", "village", "Village, camp, or settlement"],
            ["text", "head", "Name, surname, nickname of head"],
            ["integer", "size", "Household size, total, all ages"],
            ["select_one yn", "water", "Water available?"],
        ],
        [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
    )


def test_semicolon_export_with_commas_in_unquoted_labels_without_form(cartong_provider, tmp_path):
    delimiter, names, rows, warnings = _import(tmp_path, EXCEL_SEMICOLON)
    assert delimiter == ";"
    assert names[:4] == LABELS.split(";") and names[4:] == ["_id", "_uuid"]
    assert rows == [["Camp A", "Jo Doe", "4", "Yes", "1", "u1"], ["Camp B", "Al Roe", "5", "No", "2", "u2"]]
    assert not [w for w in warnings if "fewer fields" in w or "delimiter" in w]


def test_semicolon_export_with_commas_in_unquoted_labels_with_its_form(cartong_provider, tmp_path):
    delimiter, _names, rows, _warnings = _import(tmp_path, EXCEL_SEMICOLON, _form(tmp_path))
    assert delimiter == ";"
    assert rows[1] == ["Camp B", "Al Roe", "5", "No", "2", "u2"]
    assert query(tmp_path / "out.gpkg", "SELECT village, size FROM survey ORDER BY fid") == [
        ("Camp A", 4),
        ("Camp B", 5),
    ]


def test_comma_export_with_semicolons_in_labels_and_quoted_answers(cartong_provider, tmp_path):
    # a ',' writer quotes only fields holding ','; labels with more ';' than ',' made the header say ';'
    text = 'Water; sanitation; hygiene needs,Name,_id\n"soap; buckets, jerrycans",Jo,1\n"latrines; showers",Al,2\n'
    delimiter, names, rows, warnings = _import(tmp_path, text)
    assert delimiter == ","
    assert names == ["Water; sanitation; hygiene needs", "Name", "_id"]
    assert rows == [["soap; buckets, jerrycans", "Jo", "1"], ["latrines; showers", "Al", "2"]]
    assert not [w for w in warnings if "fewer fields" in w]


def test_semicolon_export_with_commas_in_quoted_and_unquoted_labels(cartong_provider, tmp_path):
    text = (
        '"Needs; priorities";Village, camp, or settlement, site;Name, surname;_id\n'
        '"water; soap";"Camp A, north";Jo;1\n'
        '"food";Camp B;Al;2\n'
    )
    delimiter, names, rows, _warnings = _import(tmp_path, text)
    assert delimiter == ";"
    assert names == ["Needs; priorities", "Village, camp, or settlement, site", "Name, surname", "_id"]
    assert rows == [["water; soap", "Camp A, north", "Jo", "1"], ["food", "Camp B", "Al", "2"]]


def test_tab_export_with_commas_in_labels(cartong_provider, tmp_path):
    text = "Village, camp, or settlement\tName, surname\t_id\nCamp A, north\tJo\t1\nCamp B\tAl\t2\n"
    delimiter, names, rows, _warnings = _import(tmp_path, text, name="export.csv")
    assert delimiter == "\t"
    assert names == ["Village, camp, or settlement", "Name, surname", "_id"]
    assert rows == [["Camp A, north", "Jo", "1"], ["Camp B", "Al", "2"]]


def test_one_column_export_whose_label_holds_commas(cartong_provider, tmp_path):
    text = "Village, camp, or settlement\nCamp A\nCamp B\n"
    _delimiter, names, rows, warnings = _import(tmp_path, text)
    assert names == ["Village, camp, or settlement"]
    assert rows == [["Camp A"], ["Camp B"]]
    assert not [w for w in warnings if "fewer fields" in w or "delimiter" in w]


def test_rows_that_fit_no_delimiter_are_said_with_the_delimiter_used(cartong_provider, tmp_path):
    # rows shorter than the header by more than one field whatever the delimiter: read as before, said
    text = "Village,Name,_id,Notes\nCamp A,Jo\nCamp B\n"
    delimiter, _names, rows, warnings = _import(tmp_path, text)
    assert delimiter == "," and rows == [["Camp A", "Jo", "", ""], ["Camp B", "", "", ""]]
    said = [w for w in warnings if "no delimiter" in w]
    assert len(said) == 1 and "export.csv" in said[0] and "read with ','" in said[0]


def test_a_form_refusal_caused_by_the_split_says_so(cartong_provider, tmp_path):
    # ragged ';' rows under comma labels: no delimiter fits, so the refusal names the delimiter used
    data = tmp_path / "export.csv"
    data.write_text("Village, camp, or settlement, site;Name;Size\nCamp A;Jo\nCamp B;Al;4;Yes;x\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as refused:
        import_with_messages(data, tmp_path / "out.gpkg", _form(tmp_path))
    assert "does not match the form" in str(refused.value) and "read with ','" in str(refused.value)


@pytest.mark.parametrize(
    "text",
    [
        EXCEL_SEMICOLON,  # GDAL would split the header on its commas
        "Village, camp, or settlement\nCamp A\n",  # one column: GDAL would split it on spaces
        "a|b\n1|2\n",  # GDAL 3.6 has no '|'
    ],
)
def test_gdal_does_not_copy_files_it_would_split_otherwise(cartong_provider, tmp_path, text):
    from cartong_plugin.core.survey.raw_copy import can_copy

    data = tmp_path / "export.csv"
    data.write_text(text, encoding="utf-8")
    assert not can_copy(data)
    _delimiter, names, rows, _warnings = _import(tmp_path, text)
    expected = read_csv_text(data)
    assert (names, rows) == (expected.headers, expected.frame.to_numpy().tolist())


def test_gdal_copies_a_comma_file_whose_header_holds_more_semicolons(tmp_path):
    # the header alone said ';' where GDAL (and now pandas) split on ',': the copy was refused, then redone
    from cartong_plugin.core.survey.importer import import_survey

    data = tmp_path / "export.csv"
    data.write_text("Water; sanitation; hygiene,Name\n" + "".join(f"{i},N{i}\n" for i in range(200)), encoding="utf-8")
    report = import_survey(data, None, tmp_path / "out.gpkg")
    from osgeo import gdal

    if int(gdal.VersionInfo()) < 3070000:  # checked on GDAL 3.6 (Debian 12); later GDAL may split otherwise:
        assert report.raw_copied == ["raw_survey"]  # then the copy is refused and pandas writes it
    assert _raw(tmp_path / "out.gpkg")[1][199] == ["199", "N199"]


CUT = "name,age,note,instanceID,_uuid\nAnn,31,ok,uuid:a1,a1\nBob,40,,uuid:b2,b2\nZoe,22,fi"


@pytest.mark.parametrize("end", ["", ',"unfinished'])
def test_a_download_cut_mid_row_is_said_with_its_spreadsheet_row(cartong_provider, tmp_path, end):
    """The last row stops inside a value (short, or in an open quote) and the file has no final line break."""
    if end:
        with pytest.raises(QgsProcessingException, match=r"cut off: its last row \(row 4\).*Download the export again"):
            _import(tmp_path, CUT + end)
        return
    *_rest, warnings = _import(tmp_path, CUT)
    assert [w for w in warnings if "looks cut off" in w] == [
        "export.csv looks cut off: its last row (row 4) is incomplete and the file does not end with a line "
        "break, as when a download stops early. Download the export again."
    ]
    assert not [w for w in warnings if "delimiter" in w]
    assert [w for w in warnings if "fewer fields" in w] == [
        "export.csv: 1 row(s) have fewer fields than the header (first: row 4, from column instanceID); the missing "
        "values were left empty."
    ]


@pytest.mark.parametrize("text", [CUT + "ne,uuid:z,z\n", CUT + "ne,,\n", CUT + "ne,", CUT + "ne,uuid:z,z"])
def test_a_complete_file_is_not_called_cut(cartong_provider, tmp_path, text):
    """A final line break, or a last row ending in an empty value without one, is a whole file."""
    *_rest, warnings = _import(tmp_path, text)
    assert not [w for w in warnings if "cut off" in w or "delimiter" in w]
