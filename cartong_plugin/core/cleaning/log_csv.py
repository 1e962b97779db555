# SPDX-License-Identifier: GPL-3.0-or-later
"""A cleaning log in CSV read as Excel and R write it: any encoding, Windows line breaks, file row numbers.

``read_csv_log_rows`` gives the headers, the rows as text and each row's number in the file (as a
spreadsheet shows it); a row holding more cells than the header (a decimal comma in a comma-separated
file) is refused with its row. ``log_files.read_log_file`` turns the rows into log entries.
``_read_ogr_rows`` reads any layer's rows as text (a GeoPackage's ``cleaning_log`` too).
"""

from __future__ import annotations

from pathlib import Path

from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr


def _ogr():
    from osgeo import gdal, ogr

    return gdal, ogr


@gdal_exceptions()
def _read_ogr_rows(
    path: Path, layer_name: str | None, open_options=(), fids: list[int] | None = None
) -> tuple[list[str], list[list[str]]]:
    """(headers, rows as text) of a layer; ``fids``, when given, receives each row's feature id."""
    gdal, _ = _ogr()
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, open_options=list(open_options))
    except RuntimeError as err:
        raise CartongError(
            tr("The cleaning log {file} cannot be read: {error}").format(file=path.name, error=str(err)), path=str(path)
        ) from err
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    if layer is None:
        raise CartongError(
            tr("{file} has no layer '{layer}'.").format(file=path.name, layer=layer_name), path=str(path)
        )
    defn = layer.GetLayerDefn()
    count = defn.GetFieldCount()
    headers = [defn.GetFieldDefn(i).GetName() for i in range(count)]
    rows = []
    for feature in layer:
        rows.append([feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else "" for i in range(count)])
        if fids is not None:
            fids.append(feature.GetFID())
    return headers, rows


def read_csv_log_rows(
    path: Path, warnings: list[str] | None = None
) -> tuple[list[str], list[list[str]], list[int] | None]:
    """A CSV log in any encoding the export readers accept (UTF-8, UTF-16, or Windows-1252 or Windows-1256
    from Excel on a Western or an Arabic Windows); ``warnings`` gets the code page a log not in UTF-8 was
    read with.

    OGR reads UTF-8 only: it would turn Windows-1252 accents into garbage and refuse UTF-16, so
    such a log is given to it as UTF-8 in memory (the file itself is not touched).
    """
    import uuid

    from ..survey.code_pages import WESTERN, code_page_warning, not_utf8
    from ..survey.export_readers import SAMPLE_BYTES, detect_encoding

    options = ["AUTODETECT_TYPE=NO", "HEADERS=YES"]
    with open(path, "rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    encoding = detect_encoding(sample, path) if sample.strip() else "utf-8"
    data = path.read_bytes()
    # not UTF-8 (in the sample, or further on): the code page is told from the whole log (see not_utf8)
    page = not_utf8(data) if encoding == WESTERN else None
    try:
        text = page.decode(data) if page else data.decode(encoding)
    except UnicodeDecodeError:
        page = page or not_utf8(data)
        try:
            text = page.decode(data)
        except UnicodeDecodeError:
            raise CartongError(
                tr(
                    "The cleaning log {file} is neither UTF-8, UTF-16 nor Windows-1252 text. Save "
                    "it again as 'CSV UTF-8' and try again."
                ).format(file=path.name),
                path=str(path),
            ) from None
    if page is not None:
        encoding = page.encoding
        if warnings is not None:
            warnings.append(code_page_warning(path.name, page))
    _refuse_longer_rows(text, path)
    if encoding in ("utf-8", "utf-8-sig"):
        headers, rows = _read_ogr_rows(path, None, options)
    else:
        gdal, _ = _ogr()
        memory = f"/vsimem/cartong_log_{uuid.uuid4().hex}/{path.name}"
        gdal.FileFromMemBuffer(memory, text.lstrip("\ufeff").encode("utf-8"))
        try:
            headers, rows = _read_ogr_rows(Path(memory), None, options)
        finally:
            gdal.Unlink(memory)
    return headers, _with_carriage_returns(text, rows), _file_rows(text, len(rows))


def _with_carriage_returns(text: str, rows: list[list[str]]) -> list[list[str]]:
    """``rows`` as OGR read them, with the carriage returns of quoted cells OGR turned into line feeds
    (a Windows line break in an answer): each such cell is taken as Python's csv reads it."""
    if "\r" not in text:
        return rows
    records = [record for record in (_records(text) or [])[1:] if record]
    if len(records) != len(rows):
        return rows  # the two readers disagree on the rows: keep OGR's
    fixed = []
    for row, record in zip(rows, records):
        fixed.append(
            [
                exact if exact != cell and exact.replace("\r\n", "\n").replace("\r", "\n") == cell else cell
                for cell, exact in zip(row, record + [""] * (len(row) - len(record)))
            ]
        )
    return fixed


def _records(text: str):
    """The CSV records of ``text`` split by the delimiter of its header line (None when unreadable)."""
    import csv
    import io

    body = text.lstrip("\ufeff")
    delimiter = max(",;\t|", key=body.split("\n", 1)[0].count)
    try:
        return list(csv.reader(io.StringIO(body, newline=""), delimiter=delimiter))
    except csv.Error:
        return None


def _refuse_longer_rows(text: str, path: Path) -> None:
    """A row with more filled cells than the header: a value split in two (``30500,75``, a decimal comma in
    a comma-separated file) whose second half the reader would drop. Refused with its row."""
    records = _records(text) or []
    if not records or not records[0] or records[0][0].strip().lower().startswith("sep="):
        return  # no header to count by (a blank first line, Excel's "sep=" line): the reader says what is wrong
    width = len(records[0])
    for number, record in enumerate(records[1:], start=2):
        if any('"' in cell for cell in record):
            continue  # quotes inside a cell: GDAL reads them where Python's csv does not, the cells may be right
        if len(record) > width and any(cell.strip() for cell in record[width:]):
            raise CartongError(
                tr(
                    "Row {row} of the cleaning log {file} has {count} cells for {columns} columns: a value "
                    "holds the separator (a decimal comma in a comma-separated file?). Put that value in "
                    "quotes, or save the log with semicolons."
                ).format(row=number, file=path.name, count=len(record), columns=width),
                path=str(path),
                row=number,
            )


def _file_rows(text: str, count: int) -> list[int] | None:
    """The row each of the ``count`` data rows OGR read has in the file as a spreadsheet shows it
    (header: 1): OGR skips empty lines, which a spreadsheet shows as rows. None when unsure."""
    records = _records(text)
    if records is None:
        return None
    numbers = [i for i, record in enumerate(records, start=1) if record][1:]  # after the header
    return numbers if len(numbers) == count else None
