# SPDX-License-Identifier: GPL-3.0-or-later
"""Write a small .xlsx with typed cells (numbers with a number format), as Excel and export tools do.

GDAL's XLSX writer only makes the formats it knows, and the tests need the ones real exports carry
(``yyyy-mm-dd h:mm:ss``, built-in 22, ``[$-409]m/d/yy h:mm AM/PM``...): the parts are written here.
"""

from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape, quoteattr

_NS = "http://schemas.openxmlformats.org"
_MAIN = f"{_NS}/spreadsheetml/2006/main"
_REL = f"{_NS}/officeDocument/2006/relationships"


def _column(index: int) -> str:
    letters, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def write_xlsx(path, header: list[str], rows: list[list], formats: list[tuple[int, str | None]]) -> None:
    """One sheet ``data``: ``header`` then ``rows``. A cell is text, a bool (Excel's TRUE/FALSE), ""
    (no cell) or (number, style) (a number, or the exact text of its ``<v>``) where style n (1-based)
    uses ``formats[n - 1]`` = (numFmtId, format code, None for a built-in id); (number, style,
    formula): a formula cell, the number being the result Excel saved with it."""
    custom = [(number, code) for number, code in formats if code is not None]
    numfmts = "".join(f'<numFmt numFmtId="{n}" formatCode={quoteattr(code)}/>' for n, code in custom)
    xfs = '<xf numFmtId="0"/>' + "".join(f'<xf numFmtId="{n}" applyNumberFormat="1"/>' for n, _ in formats)
    styles = (
        f'<styleSheet xmlns="{_MAIN}">'
        + (f'<numFmts count="{len(custom)}">{numfmts}</numFmts>' if custom else "")
        + f'<cellXfs count="{len(formats) + 1}">{xfs}</cellXfs></styleSheet>'
    )

    def cell(row: int, col: int, value) -> str:
        ref = f"{_column(col)}{row}"
        if isinstance(value, bool):  # Excel's TRUE/FALSE, typed into a cell
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, tuple):
            number = value[0] if isinstance(value[0], str) else repr(value[0])  # str: the <v> text as written
            formula = f"<f>{escape(value[2])}</f>" if len(value) > 2 else ""  # the value is the formula's result
            return f'<c r="{ref}" s="{value[1]}">{formula}<v>{number}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'

    data = "".join(
        f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(row) if v != "") + "</row>"
        for r, row in enumerate([header, *rows], start=1)
    )
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{_NS}/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{_NS}/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            '<sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{_NS}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
        ),
        "xl/styles.xml": styles,
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{_MAIN}"><sheetData>{data}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text)
