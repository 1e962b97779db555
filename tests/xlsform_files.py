# SPDX-License-Identifier: GPL-3.0-or-later
"""Write small XLSX workbooks (XLSForms, exports) in tests with GDAL's XLSX driver, every cell as text."""

from __future__ import annotations

from pathlib import Path


def write_workbook(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    """One sheet per item: its first list is the header row, the others the rows (text cells)."""
    from osgeo import gdal, ogr

    ds = gdal.GetDriverByName("XLSX").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    for sheet, (header, *rows) in sheets.items():
        layer = ds.CreateLayer(sheet, geom_type=ogr.wkbNone)
        for name in header:
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        for row in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for i, value in enumerate(row):
                if value != "":
                    feature.SetField(i, value)
            layer.CreateFeature(feature)
    ds = None
    return path


def write_form(
    path: Path, survey: list[list[str]], choices: list[list[str]] | None = None, settings: list[list[str]] | None = None
) -> Path:
    """An XLSForm: ``survey`` (and ``choices``, ``settings``) as header row then rows."""
    sheets = {"survey": survey}
    if choices:
        sheets["choices"] = choices
    if settings:
        sheets["settings"] = settings
    return write_workbook(path, sheets)
