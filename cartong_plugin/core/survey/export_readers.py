# SPDX-License-Identifier: GPL-3.0-or-later
"""Read survey exports (CSV, ODK Central zip) into text tables, exactly as received.

Every value stays the text of the file (no type guessing, no "NA" turned into null): the
raw table of the GeoPackage must be what the user downloaded. Problems that make a file
unreadable (encoding, quoting, ragged rows) become a CartongError naming the file, the row
and the column. HXL tag rows, empty rows at the end and repeated column names are handled
by ``export_shape.tidy_table``. ``TextTable`` and ``name_blank_columns`` serve every export
reader: XLSX exports are read by ``export_xlsx``, zips by ``export_zip``, JSON by ``json_export``,
GeoJSON by ``geojson_reader``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings as warnings_module
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..base.errors import CartongError, os_reason
from ..base.i18n import tr, trn
from ..base.safe_files import content_kind, describe_content
from . import export_shape
from .code_pages import WESTERN, MixedLines, code_page_warning, not_utf8
from .csv_delimiter import choose_delimiter, cut_off_sentence, ends_mid_row, first_record
from .export_shape import ColumnNotes, OtherHeaderError, spreadsheet_row, tidy_table

if TYPE_CHECKING:
    import pandas as pd


SAMPLE_BYTES = 256 * 1024


@dataclass
class TextTable:
    """One table of an export: headers as written and a pandas DataFrame of str (columns 0..n-1)."""

    name: str  # "" for the main table, else the repeat (sheet or file suffix)
    headers: list[str]
    frame: pd.DataFrame  # str values, integer column labels
    source: str  # file (and sheet/member) it came from, for messages
    sheet: str = ""  # the workbook sheet it was read from (names a parent in _parent_table_name), else ""
    encoding: str = "utf-8"
    delimiter: str = ""
    warnings: list[str] = field(default_factory=list)
    # said when no delimiter gives the header's number of fields to the first rows (delimiter_doubt):
    # a refusal caused by the split (columns.plan_columns) repeats it
    delimiter_doubt: str = ""
    geometry_header: str = ""  # the column holding WKT geometries (GeoJSON input), else ""
    # rows that may be cut short, not yet counted (read_csv_text(check_short_rows=False)): see
    # short_rows_warning; the path says where to count them
    short_rows_unchecked: bool = False
    path: str = ""
    notes: ColumnNotes = field(default_factory=ColumnNotes)  # header as received, HXL tags (export_shape)
    # flattened repeat columns made into child tables (flat_repeats): index -> (repeat path, child header);
    # kept in the raw table, left out of the typed one
    moved: dict = field(default_factory=dict)
    parent_by_row: bool = False  # a child whose _parent_index is its parent's row number (no _index there)
    # rows of a download cut off mid-row: kept raw, left out of the typed table (survey_tables._write)
    cut_rows: list[int] = field(default_factory=list)
    cut_at: int = 0  # the file's row cut off (as a spreadsheet numbers it, the header being 1), else 0
    items_of: str = ""  # the main table is a repeat's items saved alone (OData Submissions.<repeat>), else ""
    # read under the header row of a file (CSV, XLSX sheet): its rows are numbered as the file shows them
    header_row: bool = False
    # (table, row of it per row) when the rows are items of a flattened repeat column (flat_repeats): each is
    # in the file row of its submission
    items_in: tuple | None = field(default=None, repr=False, compare=False)
    _distinct: dict = field(default_factory=dict, repr=False, compare=False)  # see distinct()

    @property
    def rows(self) -> int:
        return len(self.frame)

    def file_row(self, position: int) -> int:
        """The row a warning names for the row ``position`` of ``frame`` (0-based): the row of the file
        where the user finds it, as a spreadsheet shows it (``spreadsheet_row``). A table read from a
        file without a header row (JSON, GeoJSON) or downloaded numbers its submissions from 1."""
        if self.items_in is not None:
            parent, rows = self.items_in
            return parent.file_row(int(rows[position]))
        if self.header_row:
            return spreadsheet_row(position, self.notes.rows_above)
        return int(position) + 1

    def first_file_row(self, mask) -> int:
        """``file_row`` of the first row where ``mask`` (booleans, one per row) is true; 0 when none is."""
        import numpy as np

        hits = np.flatnonzero(np.asarray(mask, dtype=bool))
        return self.file_row(int(hits[0])) if len(hits) else 0

    def distinct(self, index: int):
        """The distinct values of column ``index`` in order of first appearance (``Series.unique``),
        found once per column: planning and typing ask for them several times. The array must not
        be changed; a new ``frame`` (not one changed in place) starts afresh."""
        cache = self._distinct
        if cache.get("frame") is not self.frame:
            cache.clear()
            cache["frame"] = self.frame
        if index not in cache:
            cache[index] = self.frame[index].unique()
        return cache[index]


def _fail(message: str, path, row: int | None = None, column: str = "") -> CartongError:
    return CartongError(message, path=str(path), row=row, field=column)


def detect_encoding(sample: bytes, path) -> str:
    """utf-8-sig / utf-8 / utf-16 from BOM and content; cp1252 when the bytes are not UTF-8, which stands for
    any single-byte code page: ``code_pages.not_utf8`` then tells which, from the whole file or line by line."""
    name = Path(str(path)).name
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if sample.startswith(b"PK\x03\x04"):
        raise _fail(
            tr(
                "{file} is a zip or Excel file, not a CSV text file. Choose the .xlsx or .zip "
                "import, or export the data again as CSV."
            ).format(file=name),
            path,
        )
    kind = content_kind(sample)
    if kind == "html":  # a login or error page saved under the export's name
        raise _fail(
            tr("{file} is not a CSV export: it looks like {what}. Download the export again.").format(
                file=name, what=describe_content(sample)
            ),
            path,
        )
    if b"\x00" in sample or kind not in ("text", "xml", "json"):
        raise _fail(
            tr("{file} contains binary data: it is not a CSV text file (it looks like {what}).").format(
                file=name, what=describe_content(sample)
            ),
            path,
        )
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as err:
        if err.start < len(sample) - 4:  # not just a character cut at the end of the sample
            return WESTERN
        return "utf-8"


def delimiter_doubt(source: str, delimiter: str) -> str:
    """The sentence saying the header and the first rows disagree under every delimiter: the raw table
    may then not hold the columns the user sees in a spreadsheet, and must not look checked."""
    named = tr("tab") if delimiter == "\t" else f"'{delimiter}'"
    return tr(
        "{file}: no delimiter (comma, semicolon, tab or |) gives the first rows as many fields as the "
        "header; the file was read with {delimiter}. Check that the columns are right, or save it again "
        "as CSV from a spreadsheet."
    ).format(file=source, delimiter=named)


def name_blank_columns(headers: list[str], frame, source: str, warnings: list[str], notes: ColumnNotes | None = None):
    """Columns without a header: dropped when empty (a trailing delimiter, a formatted Excel
    column), else named ``column_<n>`` with a warning. Returns (headers, frame); ``notes`` follow."""
    blank = [i for i, header in enumerate(headers) if not header.strip()]
    if not blank:
        return headers, frame
    used = {h.casefold() for h in headers}
    keep, names = [], []
    for i, header in enumerate(headers):
        if i in blank:
            if not (frame[i].str.strip() != "").any():
                continue
            name, n = f"column_{i + 1}", 1
            while name.casefold() in used:
                n += 1
                name = f"column_{i + 1}_{n}"
            used.add(name.casefold())
            warnings.append(
                tr(
                    "{file}: column {col} has no name in the header row but holds values; it was imported as '{name}'."
                ).format(file=source, col=i + 1, name=name)
            )
            header = name
        keep.append(i)
        names.append(header)
    if notes is not None:
        notes.keep(keep)
    frame = frame[keep]
    frame.columns = list(range(len(keep)))
    return names, frame


def read_csv_text(
    path,
    name: str = "",
    data: bytes | None = None,
    source: str | None = None,
    max_rows: int | None = None,
    check_short_rows: bool = True,
    labels: frozenset[str] = frozenset(),
) -> TextTable:
    """A CSV export as a TextTable; ``data`` reads from memory (a zip member) instead of ``path``.

    ``max_rows`` reads only the first rows (previews). Rows cut short are counted by parsing the
    file again (pandas reads a missing last field and an empty one alike); ``check_short_rows=False``
    leaves that to the caller, who may know already (``short_rows_unchecked``, ``count_short_rows``).
    ``labels``: the form's texts, which tell a second header row of labels (``export_shape.form_texts``).
    """
    import pandas as pd

    path = Path(str(path))
    source = source or path.name
    try:
        if data is None:
            with open(path, "rb") as handle:
                sample = handle.read(SAMPLE_BYTES)
        else:
            sample = data[:SAMPLE_BYTES]
    except FileNotFoundError:
        raise _fail(tr("The file {file} does not exist (moved or deleted?).").format(file=str(path)), path) from None
    except OSError as err:
        raise _fail(
            tr("The file {file} cannot be read: {reason}. Is it open in another program?").format(
                file=str(path), reason=os_reason(err)
            ),
            path,
        ) from None
    if not sample.strip():
        raise _fail(tr("{file} is empty.").format(file=source), path)
    encoding = detect_encoding(sample, path)
    whole = path if data is None else data
    # Excel's code page of a Western or Arabic Windows, or a UTF-8 file with a few lines in one
    page = not_utf8(whole) if encoding == WESTERN else None
    if page is not None:
        data, encoding = page.bytes_to_read(data)
        whole, sample = (path, sample) if data is None else (data, data[:SAMPLE_BYTES])
    warnings = []
    text = sample.decode(encoding, errors="replace").lstrip("\ufeff")
    header_line = first_record(text)
    # the header and the first records decide together (see csv_delimiter); raw_copy asks the same
    delimiter, agreed = choose_delimiter(text, complete=len(sample) < SAMPLE_BYTES)
    doubt = "" if agreed else delimiter_doubt(source, delimiter)
    if doubt:
        warnings.append(doubt)
    received = next(csv.reader([header_line], delimiter=delimiter))
    headers = [h.strip() for h in received]

    last = len(headers) - 1
    # pandas' C parser cuts a value at a NUL character (a\0b read as a): such a file is read by its
    # Python parser, which keeps it whole, as the raw table promises
    nul = _holds_nul(path if data is None else data, encoding)

    def parse(enc):
        # every value stays text ("NA" stays "NA"); only the last column is NA-filtered so that a
        # row cut short (ragged) can be spotted cheaply, then confirmed by the slow check below
        return pd.read_csv(
            io.BytesIO(data) if data is not None else path,
            sep=delimiter,
            header=0,
            index_col=False,
            dtype=str,
            keep_default_na=False,
            na_values={last: ["\ufffe" if nul else "\x00"]},
            encoding=enc,
            quotechar='"',
            doublequote=True,
            skip_blank_lines=True,
            engine="python" if nul else "c",
            names=list(range(len(headers))),
            nrows=max_rows,
        )

    try:
        with warnings_module.catch_warnings():
            # a first row longer than the header is only a warning for pandas, which drops the extra values
            warnings_module.simplefilter("error", pd.errors.ParserWarning)
            try:
                frame = parse(encoding)
            except UnicodeDecodeError:  # UTF-8 in the sample only
                page = not_utf8(whole)
                data, encoding = page.bytes_to_read(data)  # parse() reads the new data
                frame = parse(encoding)
    except pd.errors.ParserWarning:
        raise _long_row_error(path if data is None else data, encoding, delimiter, headers, source, path) from None
    except UnicodeDecodeError:
        raise _fail(
            tr("{file} is neither UTF-8 nor Windows-1252 text. Save it again as 'CSV UTF-8' and try again.").format(
                file=source
            ),
            path,
        ) from None
    except pd.errors.ParserError as err:
        if "EOF inside string" in str(err) and ends_mid_row(path, data, encoding, delimiter):
            line = _PANDAS_LINE.search(str(err))  # pandas counts rows from 0, header included
            raise _fail(cut_off_sentence(source, int(line.group(1)) + 1 if line else 0), path) from None
        if "Expected" in str(err):  # a longer row: the header row of a newer export joined, or a value's delimiter
            other = _long_row_error(path if data is None else data, encoding, delimiter, headers, source, path)
            raise (other if isinstance(other, OtherHeaderError) else _parser_error(err, source, path)) from None
        raise _parser_error(err, source, path) from None
    except pd.errors.EmptyDataError:
        raise _fail(tr("{file} is empty.").format(file=source), path) from None
    if page is not None:
        warnings.append(code_page_warning(source, page))
    if len(frame) == 0 and not name:  # a repeat's file (``name``) without rows is true: nobody answered it
        raise _fail(tr("{file} has a header row but no data rows.").format(file=source), path, row=1)
    short = frame[last].isna().to_numpy()  # candidates: pandas reads an empty last field as NaN too
    if short.any():
        frame[last] = frame[last].fillna("")
    headers, frame, notes = tidy_table(
        headers, frame, source, warnings, rows_done=not max_rows, received=received, labels=labels
    )
    if len(frame) == 0 and not name:
        raise _fail(tr("{file} has a header row but no data rows.").format(file=source), path, row=1)
    unchecked = False
    if short[notes.rows_above : notes.rows_above + len(frame)].any() and not max_rows:
        # real ODK Central exports end every row one field short: keep the rows, say so; a file read line
        # by line is counted now, from its text in memory
        if check_short_rows or isinstance(page, MixedLines):
            count, first, column = count_short_rows(
                path if data is None else data, encoding, delimiter, headers, skip=notes.rows_above, limit=len(frame)
            )
            if count:
                warnings.append(short_rows_warning(source, count, spreadsheet_row(first - 1, notes.rows_above), column))
        else:
            unchecked = True
    cut_rows: list[int] = []
    cut_at = 0
    if len(short) and short[-1] and not max_rows and ends_mid_row(path, data, encoding, delimiter):
        cut_at = spreadsheet_row(len(short) - 1)  # the last record: ``short`` has one per record under the header
        warnings.append(cut_off_sentence(source, cut_at))
        cut_rows = [len(frame) - 1]
    headers, frame = name_blank_columns(headers, frame, source, warnings, notes)
    if nul:
        warnings.append(_nul_warning(frame, headers, source, notes.rows_above))
    return TextTable(
        name=name,
        headers=headers,
        frame=frame,
        source=source,
        encoding=page.encoding if isinstance(page, MixedLines) else encoding,  # raw_copy keeps no GDAL copy
        delimiter=delimiter,
        warnings=warnings,
        short_rows_unchecked=unchecked,
        path=str(path) if data is None else "",
        notes=notes,
        delimiter_doubt=doubt,
        cut_rows=cut_rows,
        cut_at=cut_at,
        header_row=True,
    )


def _holds_nul(source, encoding: str) -> bool:
    """Whether the text of a CSV file (``source``: its path or bytes) holds a NUL character."""
    if encoding.startswith("utf-16"):
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        return "\x00" in data.decode(encoding, errors="replace")
    if isinstance(source, bytes):
        return b"\x00" in source
    with open(source, "rb") as handle:
        return any(b"\x00" in block for block in iter(lambda: handle.read(16 * 1024 * 1024), b""))


def _nul_warning(frame, headers: list[str], source: str, rows_above: int) -> str:
    """The sentence naming the values that hold a NUL character (the first by its row and column)."""
    found = frame.apply(lambda column: column.astype(str).str.contains("\x00", regex=False)).to_numpy()
    rows, columns = found.nonzero()  # row by row: the first is the first in the file
    return trn(
        "{file}: %n value holds a NUL character (first: row {row}, column {column}); the raw table keeps it "
        "whole, but QGIS shows and checks the text only up to that character. Fix it at the source.",
        "{file}: %n values hold a NUL character (first: row {row}, column {column}); the raw table keeps them "
        "whole, but QGIS shows and checks the texts only up to that character. Fix them at the source.",
        len(rows),
    ).format(file=source, row=spreadsheet_row(rows[0], rows_above), column=headers[columns[0]])


def short_rows_warning(source: str, count: int, first: int, column: str) -> str:
    """The sentence counting the rows cut short; ``first``: the first one's row as a spreadsheet shows
    it (the header is row 1)."""
    return tr(
        "{file}: {count} row(s) have fewer fields than the header (first: row {row}, from column "
        "{column}); the missing values were left empty."
    ).format(file=source, count=count, row=first, column=column)


def count_short_rows(
    source, encoding: str, delimiter: str, headers: list[str], skip: int = 0, limit: int | None = None
) -> tuple[int, int, str]:
    """(count, first data row (1: the first submission), first missing column) of the records of ``source``
    (a path, or the bytes of a zip member) with fewer fields than the header; read as a stream. The first
    ``skip`` records (HXL header rows) and those after ``limit`` more (empty rows at the end) are not rows."""
    import contextlib

    with contextlib.ExitStack() as stack:
        if isinstance(source, bytes):
            handle: TextIO = io.StringIO(source.decode(encoding, errors="replace"), newline="")
        else:
            handle = stack.enter_context(open(source, encoding=encoding, errors="replace", newline=""))
        reader = csv.reader(handle, delimiter=delimiter)
        next(reader, None)
        count, first, column, number = 0, 0, "", -skip
        for record in reader:
            if not record:
                continue  # blank lines are skipped by the parser too
            number += 1
            if number < 1:
                continue
            if limit is not None and number > limit:
                break
            if len(record) < len(headers):
                count += 1
                if not first:
                    first, column = number, headers[len(record)]
    return count, first, column


def _long_row_error(source, encoding: str, delimiter: str, headers: list[str], name: str, path) -> CartongError:
    """The error naming the first record of ``source`` (path or bytes) with more fields than the header;
    the refusal of a joined file when that record is the header row of a newer export (a column added)."""
    import contextlib

    with contextlib.ExitStack() as stack:
        if isinstance(source, bytes):
            handle: TextIO = io.StringIO(source.decode(encoding, errors="replace"), newline="")
        else:
            handle = stack.enter_context(open(source, encoding=encoding, errors="replace", newline=""))
        reader = csv.reader(handle, delimiter=delimiter)
        next(reader, None)
        position = 0  # among the records under the header: blank lines, which the readers skip, are no row
        for record in reader:
            if len(record) > len(headers) and export_shape.is_other_header(headers, record):
                return export_shape.other_header_error(name, spreadsheet_row(position), headers, record, path)
            if len(record) > len(headers):
                line = reader.line_num
                return _fail(
                    tr(
                        "{file}, line {row}: {saw} fields where the header has {expected}. A value "
                        "probably contains the delimiter without quotes."
                    ).format(file=name, row=line, saw=len(record), expected=len(headers)),
                    path,
                    row=line,
                )
            position += 1 if record else 0
    return _fail(
        tr("{file} cannot be read as CSV: {reason}").format(
            file=name, reason=tr("a row has more fields than the header")
        ),
        path,
    )


_PANDAS_LINE = re.compile(r"(?:line|row) (\d+)")


def _parser_error(err, source: str, path) -> CartongError:
    message = str(err)
    match = _PANDAS_LINE.search(message)
    line = int(match.group(1)) if match else None
    if "EOF inside string" in message:
        line = line + 1 if line is not None else None  # pandas counts rows from 0, header included
        return _fail(
            tr(
                "{file}: a quote opened near line {row} is never closed, so the rest of the "
                "file would be one value. Fix the quotes or export the data again."
            ).format(file=source, row=line),
            path,
            row=line,
        )
    found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if found:
        return _fail(
            tr(
                "{file}, line {row}: {saw} fields where the header has {expected}. A value "
                "probably contains the delimiter without quotes."
            ).format(file=source, row=found.group(2), saw=found.group(3), expected=found.group(1)),
            path,
            row=int(found.group(2)),
        )
    return _fail(tr("{file} cannot be read as CSV: {reason}").format(file=source, reason=message), path, row=line)


def sibling_repeat_csvs(path) -> dict[str, Path]:
    """Repeat CSVs saved beside a main CSV: ``<stem>-<repeat>.csv`` (ODK) or ``<stem>_<repeat>.csv`` (Kobo)."""
    path = Path(str(path))
    found = {}
    # not a glob of the stem: "[v2]" or "**" in a file name are pattern signs there ("[v2]" matched no file,
    # and the repeat was silently left out)
    candidates = (
        p for p in path.parent.iterdir() if p.suffix.lower() == ".csv" and p.stem.startswith(path.stem) and p.is_file()
    )
    for candidate in sorted(candidates):
        rest = candidate.stem[len(path.stem) :]
        if candidate != path and rest[:1] in ("-", "_") and len(rest) > 1:
            found[rest[1:]] = candidate
    return found
