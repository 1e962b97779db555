# SPDX-License-Identifier: GPL-3.0-or-later
"""What real exports carry around their submissions: HXL tag rows, empty rows at the end, repeated names.

Exports written by others are rarely just a header and submissions:

* a second header row of labels (ONA's "include labels" export: ``Household size`` under
  ``hh/size``, the metadata columns' own names under ``_id``, ``_uuid``) is not submission 1 either:
  it is taken out of the rows and kept per column as a header row (``is_label_row``);
* an HXL hashtag row (``#adm1+name``, ``#affected+f``) under the header, sometimes below a second
  header row, is metadata of the columns: it is taken out of the rows and kept per column
  (``ColumnNotes``), so it is never counted or typed as submission 1;
* rows left empty at the end (a spreadsheet's formatted but unused rows) are not submissions:
  they are dropped, counted and reported;
* a row repeating the header row (two exports joined into one file, ``copy /b week1.csv+week2.csv``,
  the second header maybe behind its BOM) is not a submission: its values are kept aside
  (``ColumnNotes.header_copies``) and blanked, so that it is neither typed nor counted nor used to
  infer a type, while the raw table gets it back as received (``rows_as_received``);
* a column name used twice (Kobo "labels" exports of long forms repeat labels such as "Other")
  gets a deterministic suffix (``Other``, ``Other_2``...), every duplicate named in one warning;
  the name as received stays in the notes (``cartong_columns``, field aliases).
* a row that is a header row but not the first one's (a second export of a newer form version joined
  to the first: a column added, removed, renamed or moved) cannot be imported: its submissions would
  land under the wrong columns. The import is refused (``CartongError``), the row and the differences
  named (``other_header_error``).

``tidy_table`` applies them all to the headers and text rows of one table, before blank headers
are named; it works on a pandas DataFrame of str with integer column labels, as the readers make.
The rows taken out above the submissions still count in the row a warning names (``spreadsheet_row``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..base.errors import CartongError
from ..base.i18n import tr, trn

if TYPE_CHECKING:
    from .xlsform import FormSpec

# a hashtag and its attributes, as the HXL standard writes them: #adm1+name, #affected +f +children
_HXL_TAG = re.compile(r"\s*#[A-Za-z][A-Za-z0-9_]*(?:\s*\+\s*[A-Za-z][A-Za-z0-9_]*)*\s*")
# the HXL standard puts the hashtag row right under the header row(s): looked for in the first rows only
_HXL_SEARCH_ROWS = 10
# the columns Kobo, ONA or ODK Central add to the form's questions: a header row of any version has them
_EXPORT_NAMES = frozenset(
    "start end today deviceid username simserial subscriberid phonenumber audit instanceID meta/instanceID "
    "meta/instanceName meta/deprecatedID meta-instanceID meta-instanceName KEY PARENT_KEY SubmissionDate "
    "SubmitterID SubmitterName AttachmentsPresent AttachmentsExpected Status ReviewState DeviceID Edits "
    "FormVersion".split()
)
# the shape of a column name no answer has: Kobo's metadata (_uuid) or a group path (hh/size, kids[1]/age),
# each step two characters at least, so that "n/a" is none
_NAME_SHAPE = re.compile(r"_[A-Za-z]\w*|[A-Za-z_][\w.\-]+(?:\[\d+\])?(?:/[A-Za-z_][\w.\-]+(?:\[\d+\])?)+")


@dataclass
class ColumnNotes:
    """What the file says about each column besides its values (one entry per column, in order)."""

    received: list[str] = field(default_factory=list)  # the column's name in the file (before a suffix)
    hxl: list[str] = field(default_factory=list)  # the HXL hashtag of the column ("" when none)
    header_rows: list[list[str]] = field(default_factory=list)  # every header row's text, when several
    rows_above: int = 0  # rows of the file taken out above the first submission (labels and HXL rows)
    # rows repeating the header row, by position among the submissions: their values as received
    header_copies: dict[int, list[str]] = field(default_factory=dict)

    def keep(self, indices: list[int]) -> None:
        """Keep the notes of these columns only (columns dropped by the reader)."""
        self.received = [self.received[i] for i in indices]
        self.hxl = [self.hxl[i] for i in indices] if self.hxl else []
        self.header_rows = [self.header_rows[i] for i in indices] if self.header_rows else []
        self.header_copies = {row: [values[i] for i in indices] for row, values in self.header_copies.items()}


def spreadsheet_row(position: int, rows_above: int = 0) -> int:
    """The row of a CSV file or XLSX sheet holding its submission ``position`` (0-based), numbered as
    Excel or LibreOffice shows it: the header is row 1, then come the ``rows_above`` rows taken out above
    the first submission (labels row, HXL rows: ``ColumnNotes.rows_above``), then the submissions.

    Every warning naming a row of an export says it so, for the user to find the value quoted there.
    A CSV row is a record, not a line: a value holding line breaks spans several lines of a text editor
    but is one row of a spreadsheet, and the readers (pandas, ``count_short_rows``) count records too.
    Blank lines, which the readers skip, are not counted (an export has none between its rows)."""
    return int(position) + rows_above + 2


def is_hxl_row(values) -> bool:
    """Whether a row is an HXL hashtag row: at least one hashtag, and nothing but hashtags or empty cells."""
    tags = 0
    for value in values:
        text = str(value)
        if not text.strip():
            continue
        if not _HXL_TAG.fullmatch(text):
            return False
        tags += 1
    return tags > 0


def normalise_hxl(tag: str) -> str:
    """``#Affected +F`` -> ``#affected+f``: HXL hashtags and attributes are case-insensitive."""
    return re.sub(r"\s+", "", tag).lower()


def form_texts(spec: FormSpec | None) -> frozenset[str]:
    """What ONA writes in its "include labels" row for the columns of this form: the questions' labels
    (any language) or names, and ``<question>/<choice label>`` (or with ".") for the split columns
    of a select_multiple."""
    if spec is None:
        return frozenset()
    texts: set[str] = set()
    for question in spec.questions.values():
        own = {question.name} | {label.strip() for label in question.labels.values()}
        texts |= own
        if question.type == "select_multiple":
            for choice in spec.choices.get(question.list_name or "", ()):
                for label in {choice.name} | {text.strip() for text in choice.labels.values()}:
                    texts |= {f"{head}{sep}{label}" for head in own for sep in "/."}
    texts.discard("")
    return frozenset(texts)


def is_label_row(headers: list[str], values, labels: frozenset[str] = frozenset()) -> bool:
    """Whether the row right under the header is a second header row of labels, as ONA's "include
    labels" export writes it: every cell is its column's own name (or the last part of its path,
    which ONA writes for its metadata and for questions without a label) or a text of the form
    (``labels``, see ``form_texts``). Without the form, two metadata columns (``_id``, ``_uuid``...)
    holding their own names tell it: no submission has the id "_id"."""
    metadata = filled = 0
    from_form = True
    for header, value in zip(headers, values):
        text, name = str(value).strip(), header.strip()
        if not text:
            continue
        filled += 1
        own = text in (name, re.split(r"[/.]", name)[-1])
        if name.startswith("_"):
            if not own:
                return False
            metadata += 1
        elif not own and text not in labels:
            from_form = False
    return metadata >= 2 or (bool(labels) and from_form and filled >= 2)


def tidy_table(
    headers: list[str],
    frame,
    source: str,
    warnings: list[str],
    rows_done: bool = True,
    received=None,
    labels: frozenset[str] = frozenset(),
):
    """(headers, frame, notes) of one table with its labels row, HXL rows, empty end rows and repeated
    names handled.

    ``rows_done=False`` (a preview of the first rows) leaves the rows at the end alone. ``received``:
    the header cells exactly as written (``headers`` are stripped of surrounding spaces to be matched),
    kept in the notes unless HXL header rows named the columns. ``labels``: the form's texts that
    tell a labels row (``form_texts``).
    """
    notes = ColumnNotes()
    first_row = list(received) if received is not None and len(received) == len(headers) else list(headers)
    if len(frame) and is_label_row(headers, frame.iloc[0].tolist(), labels):
        notes.header_rows = [[header, str(value)] for header, value in zip(headers, frame.iloc[0].tolist())]
        notes.rows_above = 1
        frame = frame.iloc[1:].reset_index(drop=True)
        warnings.append(
            tr(
                "{file}: row 2 holds the questions' labels (a second header row, as ONA's \"include labels\" "
                "export writes it), not a submission; the labels are kept in the cartong_columns table."
            ).format(file=source)
        )
    named = _take_hxl_rows(headers, frame, source, warnings, notes)
    kept = received is not None and len(received) == len(headers) and named[0] is headers
    headers, frame = named
    notes.received = list(received) if kept else list(headers)
    if rows_done:
        frame = _drop_empty_end_rows(frame, source, warnings)
    frame = _set_aside_header_copies(first_row, frame, source, warnings, notes)
    _refuse_other_headers(first_row, frame, source, notes)
    headers = unique_headers(headers, source, warnings)
    return headers, frame, notes


def _take_hxl_rows(headers: list[str], frame, source: str, warnings: list[str], notes: ColumnNotes):
    """Take the HXL hashtag row (and any header rows above it) out of the rows, into ``notes``
    (after the rows ``notes`` already took out: a labels row)."""
    width = len(headers)
    head = frame.head(_HXL_SEARCH_ROWS).to_numpy().tolist()
    found = next((i for i, row in enumerate(head) if is_hxl_row(row)), None)
    if found is None:
        return headers, frame
    above = notes.rows_above
    tag_row = head[found]
    notes.hxl = [normalise_hxl(v) if str(v).strip() else "" for v in tag_row]
    extra = head[:found]  # header rows between the file's first row (or the labels row) and the tags
    if extra:
        first = notes.header_rows or [[header] for header in headers]
        notes.header_rows = [first[c] + [str(row[c]) for row in extra] for c in range(width)]
        # the header row nearest the tags names the columns (HXL puts the tags right under it);
        # a blank cell there keeps the name found higher up
        names = []
        for c, header in enumerate(headers):
            texts = [str(row[c]).strip() for row in reversed(extra)] + [header]
            names.append(next((t for t in texts if t), header))
        headers = names
    frame = frame.iloc[found + 1 :].reset_index(drop=True)
    notes.rows_above = above + found + 1
    tagged = sum(1 for t in notes.hxl if t)
    if extra:
        warnings.append(
            tr(
                "{file}: rows 2 to {last} are header rows with HXL hashtags ({count} tagged "
                "columns), not submissions; the hashtags and header texts are kept in the "
                "cartong_columns table."
            ).format(file=source, last=spreadsheet_row(found, above), count=tagged)
        )
    elif above:
        warnings.append(
            tr(
                "{file}: row {row} holds HXL hashtags ({count} tagged columns), not a submission; "
                "the hashtags are kept in the cartong_columns table."
            ).format(file=source, row=spreadsheet_row(0, above), count=tagged)
        )
    else:
        warnings.append(
            tr(
                "{file}: row 2 holds HXL hashtags ({count} tagged columns), not a submission; "
                "the hashtags are kept in the cartong_columns table."
            ).format(file=source, count=tagged)
        )
    return headers, frame


def _bare(value) -> str:
    """A cell as a header copy is compared: without its BOM (a joined file's second header starts with
    one) and surrounding spaces."""
    return str(value).strip().lstrip("\ufeff").strip()


def _set_aside_header_copies(first_row: list, frame, source: str, warnings: list[str], notes: ColumnNotes):
    """Blank the rows whose values are the header row's (``first_row``, the file's first row) and keep
    them as received in ``notes.header_copies``: a file made of two exports joined holds the second
    one's header among the submissions. Only the rows whose first named column holds its name are
    compared whole (one pass over one column)."""
    import numpy as np

    names = [_bare(cell) for cell in first_row]
    named = [i for i, name in enumerate(names) if name]
    if len(named) < 2 or len(frame) == 0 or frame.shape[1] != len(names):
        return frame
    column = frame[named[0]]
    matches = [value for value in column.unique() if _bare(value) == names[named[0]]]
    if not matches:
        return frame
    candidates = np.flatnonzero(column.isin(matches).to_numpy())
    values = frame.iloc[candidates].to_numpy()
    copies = [int(row) for row, cells in zip(candidates, values) if [_bare(v) for v in cells] == names]
    if not copies:
        return frame
    copies = _with_rows_under(copies, frame, notes)
    notes.header_copies = {row: [str(v) for v in frame.iloc[row].tolist()] for row in copies}
    frame = frame.copy()
    frame.iloc[copies, :] = ""
    rows = [spreadsheet_row(row, notes.rows_above) for row in copies]
    listed = ", ".join(str(row) for row in rows[:10]) + (", ..." if len(rows) > 10 else "")
    warnings.append(
        trn(
            "{file}: %n row repeats the header row (row {rows}): two files were probably joined into one. It is "
            "not a submission and was left out of the typed table; the raw table keeps it as received.",
            "{file}: %n rows repeat the header row (rows {rows}): several files were probably joined into one. "
            "They are not submissions and were left out of the typed table; the raw table keeps them as received.",
            len(rows),
        ).format(file=source, rows=listed)
    )
    return frame


def is_other_header(first_row: list, cells) -> bool:
    """Whether ``cells`` is a header row other than ``first_row`` (the file's first row): most of its
    filled cells are distinct column names (of ``first_row``, of an export's metadata, or shaped like
    ``_uuid`` or ``group/question``), two of them at least known ones. An answer equal to a column name
    or two leaves a submission one."""
    names = [_bare(cell) for cell in first_row]
    filled = [text for text in (_bare(cell) for cell in cells) if text]
    if not filled or filled == [name for name in names if name]:
        return False
    known = set(names) | _EXPORT_NAMES
    distinct = set(filled)
    shaped = {text for text in distinct if text in known or _NAME_SHAPE.fullmatch(text)}
    enough = min(3, sum(1 for name in names if name))
    return len(shaped & known) >= 2 and len(shaped) >= max(enough, 0.8 * len(filled))


class OtherHeaderError(CartongError):
    """The refusal of a file holding the header row of another export (``other_header_error``)."""


def other_header_error(source: str, row: int, first_row: list, cells, path="") -> OtherHeaderError:
    """The refusal of a file whose spreadsheet row ``row`` is another header row (``is_other_header``)."""
    old = [name for name in (_bare(cell) for cell in first_row) if name]
    new = [name for name in (_bare(cell) for cell in cells) if name]
    added = [name for name in new if name not in set(old)]
    missing = [name for name in old if name not in set(new)]
    parts = []
    if added:
        parts.append(tr("columns added: {names}").format(names=_first_few(added)))
    if missing:
        parts.append(tr("columns missing: {names}").format(names=_first_few(missing)))
    if not parts:
        parts.append(tr("the same columns in another order"))
    message = tr(
        "{file}: row {row} is another header row, different from row 1 ({differences}): two exports of "
        "different form versions were probably joined into one file, so values would land under the wrong "
        "questions. Nothing was imported: import each export separately, or download one export of all "
        "versions from the server."
    ).format(file=source, row=row, differences="; ".join(parts))
    return OtherHeaderError(message, path=str(path), row=row)


def _first_few(names: list[str]) -> str:
    return ", ".join(f"'{name}'" for name in names[:5]) + (", ..." if len(names) > 5 else "")


def _refuse_other_headers(first_row: list, frame, source: str, notes: ColumnNotes) -> None:
    """CartongError naming the first row that is another header row (``is_other_header``). Only the rows
    where two of a few columns (the first four named ones, two in the middle and the last two) hold a
    column name as written (or behind a BOM) are looked at whole, to keep the import fast: a header row of
    another version still has most of its names somewhere, if not at their place (four questions added
    before the first one, four dropped at the end: the first four and the last hold new or other names).
    A column added by a newer version makes a CSV row longer: the reader refuses it (``_long_row_error``)."""
    import numpy as np

    names = [_bare(cell) for cell in first_row]
    named = [i for i, name in enumerate(names) if name]
    if len(named) < 2 or len(frame) == 0 or frame.shape[1] != len(names):
        return
    known = set(names) | _EXPORT_NAMES
    known |= {"\ufeff" + name for name in known}  # the first cell of a joined file's second header
    hits = np.zeros(len(frame), dtype=np.int8)
    middle = len(named) // 2
    for column in dict.fromkeys(named[:4] + named[middle : middle + 2] + named[-2:]):
        hits += frame[column].isin(known).to_numpy()  # exact names: one hashed pass per column
    candidates = np.flatnonzero(hits >= 2)
    for row, cells in zip(candidates, frame.iloc[candidates].to_numpy()):
        if is_other_header(first_row, cells):
            raise other_header_error(source, spreadsheet_row(int(row), notes.rows_above), first_row, cells)


def _with_rows_under(copies: list[int], frame, notes: ColumnNotes) -> list[int]:
    """``copies`` and the rows right under each that repeat what the file's first header rows held: the
    labels row (``notes.header_rows``) or an HXL hashtag row, as a second export joined brings them."""
    labels = [_bare(value) for _header, value in notes.header_rows] if notes.header_rows else None
    found = []
    for row in copies:
        found.append(row)
        under = row + 1
        while under < len(frame) and under not in copies:
            cells = frame.iloc[under].tolist()
            if not (is_hxl_row(cells) or (labels is not None and [_bare(v) for v in cells] == labels)):
                break
            found.append(under)
            under += 1
    return found


def rows_as_received(frame, notes: ColumnNotes):
    """``frame`` with the header copies ``_set_aside_header_copies`` blanked given back their values:
    the rows of the raw table. ``frame`` itself when there are none."""
    if not notes.header_copies:
        return frame
    restored = frame.copy()
    for row, values in notes.header_copies.items():
        restored.iloc[row] = values
    return restored


def _empty_rows_at_end(frame) -> int:
    """How many rows at the end of ``frame`` hold nothing but empty or blank cells: read from the end
    in growing blocks, so a table without any costs one block."""
    import numpy as np

    total = len(frame)
    end, block = total, 64
    while end > 0:
        start = max(0, end - block)
        part = frame.iloc[start:end].to_numpy().astype(str)
        filled = np.flatnonzero((np.char.strip(part) != "").any(axis=1))
        if len(filled):
            return total - (start + int(filled[-1]) + 1)
        end, block = start, block * 2
    return total


def _drop_empty_end_rows(frame, source: str, warnings: list[str]):
    count = _empty_rows_at_end(frame) if len(frame) and frame.shape[1] else 0
    if not count:
        return frame
    warnings.append(
        trn(
            "{file}: %n empty row at the end of the table is not a submission and was not imported.",
            "{file}: %n empty rows at the end of the table are not submissions and were not imported.",
            count,
        ).format(file=source)
    )
    return frame.iloc[: len(frame) - count]


def unique_headers(headers: list[str], source: str, warnings: list[str]) -> list[str]:
    """Headers made unique without case (SQLite compares names so): a name used again gets ``_2``,
    ``_3``... after its own spelling (the next number no other column uses). Blank headers are left
    to ``name_blank_columns``. Every repeated name is listed in one warning."""
    seen: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        if header.strip():
            seen.setdefault(header.strip().casefold(), []).append(index)
    repeated = {key: places for key, places in seen.items() if len(places) > 1}
    if not repeated:
        return list(headers)
    used = {h.strip().casefold() for h in headers if h.strip()}
    names = list(headers)
    renamed = []
    for places in repeated.values():
        first = headers[places[0]]
        number = 1
        for index in places[1:]:
            number += 1
            while f"{headers[index]}_{number}".casefold() in used:
                number += 1
            names[index] = f"{headers[index]}_{number}"
            used.add(names[index].casefold())
        columns = ", ".join(str(i + 1) for i in places)
        renamed.append(
            tr("'{name}' (columns {columns}, imported as {names})").format(
                name=first, columns=columns, names=", ".join(f"'{names[i]}'" for i in places)
            )
        )
    warnings.append(
        trn(
            "{file}: %n column name is used more than once: {names}. The names as received are "
            "kept in the cartong_columns table.",
            "{file}: %n column names are used more than once: {names}. The names as received are "
            "kept in the cartong_columns table.",
            len(repeated),
        ).format(file=source, names="; ".join(renamed))
    )
    return names
