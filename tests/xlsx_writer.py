# SPDX-License-Identifier: GPL-3.0-or-later
"""The smallest XLSX a spreadsheet program writes, for tests: number, text and formula cells, hidden sheets.

GDAL's XLSX driver writes every cell as text and cannot hide a sheet; Excel files met in the field
hold numbers (dates as serial numbers) and hidden sheets, so the parts are written here directly. Texts
are inline strings, or shared strings (``Shared``) written as Excel and xlsxwriter write them.
"""

from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _column(index: int) -> str:
    name, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


class Number(str):
    """A number cell whose ``<v>`` is this text as written: Excel writes the 1.1 typed ``1.1000000000000001``."""


class Shared(str):
    """A text cell of the shared strings table, given as the XML inside its ``<si>``, as Excel writes it:
    ``<t>line one_x000D_\nline two</t>``, rich-text runs ``<r>``, phonetic guides ``<rPh>``."""


class Inline(str):
    """A text cell given as the XML inside its ``<is>`` (an inline string)."""


class Formula(str):
    """A formula cell (this text, without "="), with the result the program saved: None writes none (R's
    openxlsx::writeFormula), '' an empty ``<v></v>`` (openpyxl), other text that ``<v>``."""

    def __new__(cls, text: str, saved: str | None = None):
        cell = super().__new__(cls, text)
        cell.saved = saved
        return cell


def _sheet_xml(rows, strings: list[str]) -> str:
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{_MAIN}"><sheetData>']
    for r, row in enumerate(rows, start=1):
        parts.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            ref = f"{_column(c)}{r}"
            if isinstance(value, Shared):
                strings.append(value)
                parts.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
            elif isinstance(value, Inline):
                parts.append(f'<c r="{ref}" t="inlineStr"><is>{value}</is></c>')
            elif isinstance(value, Formula):
                saved = "" if value.saved is None else f"<v>{escape(value.saved)}</v>"
                parts.append(f'<c r="{ref}"><f>{escape(str(value))}</f>{saved}</c>')
            elif isinstance(value, Number):
                parts.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                parts.append(f'<c r="{ref}"><v>{value!r}</v></c>')
            elif value not in ("", None):
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
        parts.append("</row>")
    parts.append("</sheetData></worksheet>")
    return "".join(parts)


def write_xlsx(path, sheets, hidden=()) -> None:
    """``sheets``: [(name, rows)], rows of str (text cells), ``Shared`` / ``Inline`` (text cells as XML),
    int/float/``Number`` (number cells) or ``Formula``; the sheets named in ``hidden`` are hidden, as Excel's
    "Hide sheet" does."""
    types = [f'<Override PartName="/xl/workbook.xml" ContentType="{_SML}.sheet.main+xml"/>']
    entries, relations, strings = [], [], []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, (name, rows) in enumerate(sheets, start=1):
            types.append(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_SML}.worksheet+xml"/>')
            state = ' state="hidden"' if name in hidden else ""
            entries.append(f'<sheet name="{escape(name)}" sheetId="{n}"{state} r:id="rId{n}"/>')
            relations.append(f'<Relationship Id="rId{n}" Type="{_RELS}/worksheet" Target="worksheets/sheet{n}.xml"/>')
            archive.writestr(f"xl/worksheets/sheet{n}.xml", _sheet_xml(rows, strings))
        if strings:
            types.append(f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SML}.sharedStrings+xml"/>')
            relations.append(f'<Relationship Id="rIdS" Type="{_RELS}/sharedStrings" Target="sharedStrings.xml"/>')
            archive.writestr(
                "xl/sharedStrings.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{_MAIN}" count="{len(strings)}">'
                + "".join(f"<si>{text}</si>" for text in strings)
                + "</sst>",
            )
        archive.writestr(
            "[Content_Types].xml",
            (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>' + "".join(types) + "</Types>"
            ),
        )
        archive.writestr(
            "_rels/.rels",
            (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PACKAGE_RELS}">'
                f'<Relationship Id="rId1" Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
            ),
        )
        archive.writestr(
            "xl/workbook.xml",
            (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{_MAIN}" '
                f'xmlns:r="{_RELS}"><sheets>' + "".join(entries) + "</sheets></workbook>"
            ),
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PACKAGE_RELS}">'
                + "".join(relations)
                + "</Relationships>"
            ),
        )
