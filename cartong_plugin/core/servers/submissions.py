# SPDX-License-Identifier: GPL-3.0-or-later
"""Downloaded submissions written into the survey tables of the GeoPackage.

``write_submissions`` flattens Kobo-shaped records (``records.RecordFlattener``) into the text columns
of a Kobo export and writes them, ``CHUNK`` at a time, through the file import's writer
(``survey.survey_tables.write_survey_frames``), so that a download and an imported file give the same
tables; an update continues the ``_index`` numbering of the rows already there (``existing_counts``).
"""

from __future__ import annotations

from ..base.i18n import tr
from .attachments import attachment_rows, saved_attachment_names, valid_filename
from .records import RecordFlattener, attachment_link

RAW_MAIN = "raw_survey"
CHUNK = 25_000  # records written at a time: memory stays bounded whatever the download's size


def write_submissions(
    gpkg,
    records,
    form,
    language: str | None = None,
    *,
    update: bool = False,
    attachments_folder: str = "",
    every_1000=None,
) -> tuple[int, list]:
    """Write Kobo-shaped ``records`` (an iterable, e.g. a RecordSpool) into the GeoPackage ``gpkg``.

    The records are flattened into the text columns of a Kobo export and written, ``CHUNK`` at a
    time, by the file import's writer. ``update`` appends to the tables of an existing GeoPackage,
    numbering ``_index`` after its rows. ``every_1000(count)`` is called every 1000 records (it may
    raise to cancel). Returns (submissions already in the GeoPackage, one ImportReport per chunk).
    """
    from ..survey.survey_tables import write_survey_frames

    start_index, repeat_start = existing_counts(gpkg) if update else (0, {})
    flattener = RecordFlattener(form, form.title or RAW_MAIN, start_index, repeat_start)
    link = None
    # (submission uuid, question, row _index) -> the file that answer's attachment is saved as; (uuid, "\0",
    # cleaned name) -> the first file of that name (an attachment that names no question)
    saved: dict[tuple[str, str, str], str] = {}
    if attachments_folder:

        def link(owner, question, row, name):
            if not owner:
                return None
            name = (
                saved.get((owner, question, str(row or ""))) or saved.get((owner, "\0", valid_filename(name))) or name
            )
            return attachment_link(attachments_folder, owner, name)

    reports, chunk, first = [], [], 1
    for count, record in enumerate(records, start=1):
        flat = flattener.flatten(record)
        if attachments_folder and record.get("_attachments"):
            owner = str(record.get("_uuid") or "")
            names = saved_attachment_names(record)
            rows = [flat.main, *(row for repeat in flat.repeats.values() for row in repeat)]
            saved.update({(owner, *key): name for key, name in attachment_rows(names, rows).items()})
            saved.update({(owner, *key): files[0] for key, files in names.items() if key[0] == "\0"})
        chunk.append(flat)
        if every_1000 is not None and count % 1000 == 0:
            every_1000(count)
        if len(chunk) == CHUNK:
            reports.append(
                _write_chunk(gpkg, chunk, form, language, update or reports, link, write_survey_frames, first)
            )
            chunk, first = [], count + 1
    if chunk or not (update or reports):  # a first download with no submission still gets its tables
        reports.append(_write_chunk(gpkg, chunk, form, language, update or reports, link, write_survey_frames, first))
    return start_index, reports


def _write_chunk(gpkg, flats, form, language, append, link, write_survey_frames, first: int = 1):
    """One chunk of flattened records as DataFrames (columns in order of first appearance), written.

    ``first`` is the number of the chunk's first submission in the download: the rows its warnings
    name are counted from there."""
    import pandas as pd

    def frame(rows):
        columns: dict[str, None] = {}
        for row in rows:
            columns.update(row)  # a C-level merge: only the keys (and their order) matter
        names = list(columns)
        table = pd.DataFrame([[*map(row.get, names)] for row in rows], columns=names, dtype=object)
        return table.fillna("") if len(table) else table

    frames = [("", frame([f.main for f in flats]))]
    repeats: dict[str, list] = {}
    for flat in flats:
        for name, rows in flat.repeats.items():
            repeats.setdefault(name, []).extend(rows)
    frames += [(name, frame(rows)) for name, rows in repeats.items() if rows]
    source = form.title or form.form_id
    if first > 1:
        source = tr("{form} (rows counted from submission {first} of this download)").format(form=source, first=first)
    return write_survey_frames(
        gpkg, frames, form, language, source=source, append=bool(append), attachment_link=link, form_tables=not append
    )


def existing_counts(gpkg) -> tuple[int, dict[str, int]]:
    """(max _index of raw_survey, {repeat: max _index}) so that an update continues the numbering."""
    import sqlite3
    from contextlib import closing

    def max_index(db, table):
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
        if "_index" not in columns:
            return 0
        return int(db.execute(f'SELECT MAX(CAST("_index" AS INTEGER)) FROM "{table}"').fetchone()[0] or 0)

    with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
        tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
        repeats = {name[4:]: max_index(db, name) for name in tables if name.startswith("raw_") and name != RAW_MAIN}
        return max_index(db, RAW_MAIN), repeats


def submission_count(gpkg) -> int:
    """The rows of the typed main table (0 without it): the submissions in all, whatever gaps ``_index`` has
    (an export imported without some rows, which an update then added). Not ``raw_survey``'s: it also keeps,
    as received, a file's rows that are no submission (a header row repeated by two joined exports, a row cut
    off by the end of the file), which the typed table leaves out."""
    import sqlite3
    from contextlib import closing

    from ..survey.survey_tables import MAIN_TABLE

    with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (MAIN_TABLE,)).fetchone():
            return 0
        return int(db.execute(f'SELECT COUNT(*) FROM "{MAIN_TABLE}"').fetchone()[0])
