# SPDX-License-Identifier: GPL-3.0-or-later
"""Read a zip of CSV exports (ODK Central's "Download all data", a zipped Kobo folder) into text tables.

Which members are tables, and which is the main one, follows ODK Central's layout: ``<formId>.csv``,
``<formId>-<repeat>.csv`` per repeat (``<repeat>~1``, ``~2`` when repeats share a name: see
``numbered_repeats``) and ``<formId> - audit.csv`` at the top of the archive, the files attached to
submissions under ``media/``. Each CSV is read by ``export_readers.read_csv_text``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ..base.i18n import tr
from ..base.safe_archives import check_zip_archive, zip_errors
from .export_readers import TextTable, _fail, read_csv_text
from .export_shape import form_texts
from .numbered_repeats import first_key, numbered_repeat

if TYPE_CHECKING:
    from .xlsform import FormSpec


def read_zip_text(path, spec: FormSpec | None = None) -> list[TextTable]:
    """An ODK Central / Kobo CSV zip: the main CSV (``<formId>.csv``) then the others, a repeat's
    ``<formId>-<repeat>.csv`` named by its repeat.

    Only the CSVs at the top of the archive are tables (those of its one folder, when a folder was
    zipped): ODK Central puts the files attached to submissions under ``media/``, and a CSV an
    enumerator attached there is no table of the survey. The main CSV is ``<formId>.csv`` when the
    form ``spec`` names it, else the one whose name starts the most other names (``hh2024`` of
    ``hh2024-members``).
    """
    path = Path(str(path))
    if not path.is_file():
        raise _fail(tr("The file {file} does not exist (moved or deleted?).").format(file=str(path)), path)
    check_zip_archive(path)  # refuses absolute or '..' member paths, links, passwords and zip bombs
    with zip_errors(path), zipfile.ZipFile(path) as archive:
        members = _table_members(archive.namelist())
        if not members:
            raise _fail(tr("{file} contains no CSV file.").format(file=path.name), path)
        main = _main_member(members, spec.form_id if spec else "")
        labels = form_texts(spec)
        main_stem = PurePosixPath(main).stem
        tables = [read_csv_text(path, data=archive.read(main), source=f"{path.name} [{main}]", labels=labels)]
        for member in sorted((m for m in members if m != main), key=lambda m: (len(PurePosixPath(m).stem), m)):
            stem = PurePosixPath(member).stem
            # <formId>-<repeat> (ODK Central), <formId> - audit (its audit log), <form>_<repeat>
            repeat = stem[len(main_stem) :].lstrip(" -_") if stem.startswith(main_stem) else stem
            table = read_csv_text(
                path, name=repeat or stem, data=archive.read(member), source=f"{path.name} [{member}]", labels=labels
            )
            # <formId>-items~2: the second repeat named items (ODK Central), known by its rows' KEY
            table.name = numbered_repeat(table.name, spec, first_key(table)) or table.name
            tables.append(table)
        return tables


def _table_members(names: list[str]) -> list[str]:
    """The CSV members of a zip that are tables: those of the shallowest folder holding any (the top
    of the archive, or a zipped folder), never one under a ``media`` folder (submission attachments)."""
    csvs = [
        name
        for name in names
        if name.lower().endswith(".csv")
        and not any(part.lower() == "media" for part in PurePosixPath(name.replace("\\", "/")).parts[:-1])
    ]
    if not csvs:
        return []
    depth = min(name.replace("\\", "/").count("/") for name in csvs)
    return [name for name in csvs if name.replace("\\", "/").count("/") == depth]


def _main_member(members: list[str], form_id: str) -> str:
    """The main CSV of a zip's tables: ``<form_id>.csv``, else the one whose name starts the most others
    (the shortest name on a tie)."""
    stems = {member: PurePosixPath(member).stem for member in members}
    named = [m for m, stem in stems.items() if form_id and stem.casefold() == form_id.casefold()]
    if named:
        return named[0]

    def starts(member: str) -> int:
        stem = stems[member]
        return sum(1 for other in stems.values() if other != stem and other.startswith(stem))

    return min(members, key=lambda m: (-starts(m), len(stems[m]), m))
