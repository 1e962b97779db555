# SPDX-License-Identifier: GPL-3.0-or-later
"""The form's repeat groups an export holds no rows of, said with where their rows are.

Several exports leave the repeats out by design: KoboToolbox's CSV export never includes them (only its
XLSX export and its API do), ODK Central writes each in its own CSV of the zip export, and its OData
saved without ``$expand=*`` holds ``<repeat>@odata.navigationLink`` in their place. The import of such a
file alone makes no table for them and, unless told, the user believes that no household listed any
member. Exports that always carry the repeats' rows when there are any (JSON of the Kobo API or OData
with ``$expand=*``, repeats flattened into columns) are not suspected: there were none. A repeat's file
or sheet with only its header row is no missing repeat: nobody answered it (``empty_tables_sentences``).
"""

from __future__ import annotations

from pathlib import Path

from ..base.i18n import tr, trn
from .columns import form_repeat
from .export_readers import TextTable
from .flat_repeats import flattened_repeat_names
from .numbered_repeats import numbered
from .xlsform import FormSpec

_ODATA_LINK = "@odata.navigationLink"
# columns only KoboToolbox's exports have (its CSV export carries no repeat), beside _submission_time
_KOBO_COLUMNS = ("_index", "__version__", "_validation_status")
_CENTRAL_COLUMNS = ("SubmissionDate", "KEY", "SubmitterID", "ReviewState")  # ODK Central's main CSV


def missing_repeats_warning(data_path, main: TextTable, imported: list[str], spec: FormSpec | None) -> str:
    """The sentence naming the repeats of ``spec`` (those with a question holding data) that no table of
    the export holds (``imported``: the names of its repeat tables) and where their rows are; "" when
    none is missing, without a form, or when the file is no export of all the submissions."""
    if spec is None or main.items_of:  # a repeat's items saved alone are not the submissions
        return ""
    path = Path(str(data_path))
    suffix = path.suffix.lower()
    links = [h for h in main.headers if h.endswith(_ODATA_LINK)]
    if (suffix in (".json", ".geojson") and not links) or flattened_repeat_names(main.headers):
        return ""  # the rows of every repeat were in the file: none was answered
    held = {form_repeat(name, spec) for name in imported}
    # ODK Central's items~2 that no repeat was found for (said apart) may hold any repeat named items
    unsure = {found[0] for found in map(numbered, imported) if found}
    with_data = {q.repeat for q in spec.questions.values() if q.repeat and q.type != "note"}
    missing = [
        name
        for name, group in spec.repeats.items()
        if name in with_data and name not in held and group.name not in unsure
    ]
    if not missing:
        return ""
    said = trn(
        "{file}: %n repeat group of the form has no rows in this file ({repeats}), so its answers were not "
        "imported (this does not mean that nobody answered it).",
        "{file}: %n repeat groups of the form have no rows in this file ({repeats}), so their answers were not "
        "imported (this does not mean that nobody answered them).",
        len(missing),
    ).format(file=path.name, repeats=", ".join(missing))
    return f"{said} {_where(path, main, links)}"


def empty_tables_sentences(tables: list[TextTable], names: list[tuple[str, str]]) -> list[str]:
    """A sentence per repeat file or sheet holding only its header row (``names``: the (typed, raw) table
    names of ``tables``): ODK Central writes a CSV, KoboToolbox's XLSX a sheet, for every repeat, even
    one nobody answered. Its table is there, empty; nothing was lost."""
    return [
        tr(
            "{file} holds only its header row: none of the exported submissions has a row in {table}, which "
            "was imported as an empty table with its columns."
        ).format(file=table.source, table=typed)
        for table, (typed, _raw) in zip(tables[1:], names[1:])
        if table.rows == 0 and table.header_row
    ]


def _where(path: Path, main: TextTable, links: list[str]) -> str:
    """Where the repeats' rows are, for the kind of export ``path`` is."""
    headers = set(main.headers)
    suffix = path.suffix.lower()
    if links or suffix == ".zip" or headers & set(_CENTRAL_COLUMNS):
        return tr(
            "ODK Central keeps each repeat group apart: import its zip export, which holds one CSV per repeat "
            "group, or the submissions downloaded through OData with $expand=*."
        )
    if suffix in (".xlsx", ".xlsm"):
        return tr(
            "The workbook has no sheet for them: import KoboToolbox's XLSX export with all its sheets (one per "
            "repeat group; hidden sheets are not read)."
        )
    if "_submission_time" in headers and headers & set(_KOBO_COLUMNS):
        return tr(
            "KoboToolbox's CSV export never includes repeat groups: import its XLSX export (one sheet per repeat "
            "group) or download the data from the server instead."
        )
    return tr(
        "Save each repeat group's own CSV beside this file, named {stem}-<repeat>.csv, and import it again."
    ).format(stem=path.stem)
