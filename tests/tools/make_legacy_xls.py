# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the legacy Excel (.xls) copy of a real .xlsx XLSForm used by the tests (format change only).

Run by hand when the fixture must be remade. It needs ``xlwt``, which neither the plugin nor the
test suite needs (``python3 -m venv /tmp/xlwt && /tmp/xlwt/bin/pip install xlwt``), and the
system python3 for GDAL:

    PYTHONPATH=/tmp/xlwt/lib/python3.11/site-packages python3 tests/tools/make_legacy_xls.py SOURCE.xlsx TARGET.xls

Every cell is written as text, as GDAL reads it from the .xlsx with FIELD_TYPES=STRING.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(source: str, target: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import xlwt

    from cartong_plugin.core.survey.xlsx_sheets import read_xlsx_sheets

    book = xlwt.Workbook(encoding="utf-8")
    for name, (headers, rows) in read_xlsx_sheets(Path(source)).items():
        sheet = book.add_sheet(name)
        for r, cells in enumerate([headers, *rows]):
            for c, value in enumerate(cells):
                if value != "":
                    sheet.write(r, c, value)
    book.save(target)


if __name__ == "__main__":
    main(*sys.argv[1:3])
