# SPDX-License-Identifier: GPL-3.0-or-later
"""An output never replaces an input: the one place that decides whether two paths are one file.

Writing a Processing sink or a GeoPackage onto the file a layer was read from deletes the whole
file (survey, raw table, cleaning log, metadata) and leaves only the new table. Every algorithm
with a file output, and every core function writing a file from a layer, asks
:func:`refuse_output_over_inputs` first.

Two names are the same file when they resolve to the same place: symbolic links, ``./x/../x.gpkg``,
hard links and a different case on a case-insensitive disk all count (``os.path.samefile``
compares device and inode once both exist). Layer sources are reduced to their file first:
``survey.gpkg|layername=survey``, ``ogr:dbname='survey.gpkg' table="x"``, ``GPKG:survey.gpkg:x``
and ``file://`` URLs.

One form is not a replacement: ``ogr:dbname='survey.gpkg' table="counts"`` adds the table
``counts`` to the GeoPackage and keeps the others (the demo stores its counts that way). It is
refused only when the table is one an input reads, or one that holds collected data or the
toolkit's records (``survey``, ``raw_*``, ``cleaning_log``, ``cartong_*``, GeoPackage tables).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .errors import CartongError
from .i18n import tr

# Destinations that are not files on disk.
_NOT_FILES = ("memory:", "TEMPORARY_OUTPUT", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:")
_DBNAME = re.compile(r"""dbname\s*=\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\S+))""")
_DRIVER_PREFIX = re.compile(r"^(GPKG|SQLite|GeoJSON|CSV|ESRI Shapefile):", re.IGNORECASE)
_TABLE = re.compile(r"""\btable\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s(]+))""")
_LAYERNAME = re.compile(r"\|layername=([^|]*)", re.IGNORECASE)
# Tables whose loss loses collected data or the toolkit's records: never an output's table.
_KEPT_TABLES = re.compile(
    r"^(survey|raw_.*|cleaning_log|cartong_.*|gpkg_.*|rtree_.*|layer_styles|sqlite_.*)$", re.IGNORECASE
)


def source_file(source) -> Path | None:
    """The file behind a layer source or an output destination, or None when it is not a file.

    ``/data/s.gpkg|layername=survey`` -> ``/data/s.gpkg``; ``ogr:dbname='/data/s.gpkg' table="t"``
    -> ``/data/s.gpkg``; ``GPKG:/data/s.gpkg:t`` -> ``/data/s.gpkg``; ``memory:`` -> None.
    """
    if source is None:
        return None
    text = str(source).strip()
    if not text or text.startswith(_NOT_FILES):
        return None
    if text.startswith("ogr:"):
        text = text[4:]
        found = _DBNAME.search(text)
        if found:
            text = next(group for group in found.groups() if group is not None).replace("\\'", "'")
    prefix = _DRIVER_PREFIX.match(text)
    if prefix:
        text = text[prefix.end() :]
        if prefix.group(1).upper() == "GPKG":
            # GPKG:<path>:<layer>; the path itself may hold a colon (C:\...)
            head, sep, _layer = text.rpartition(":")
            if sep and head and not re.fullmatch(r"[A-Za-z]", head):
                text = head
    text = text.split("|", 1)[0]
    if text.lower().startswith("file://"):
        text = unquote(urlsplit(text).path)
        if re.match(r"^/[A-Za-z]:", text):  # file:///C:/data -> C:/data
            text = text[1:]
    text = text.strip().strip("'\"")
    return Path(text) if text else None


def same_file(first, second) -> bool:
    """True when ``first`` and ``second`` (paths or layer sources) name one file on disk."""
    a, b = source_file(first), source_file(second)
    if a is None or b is None:
        return False
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    # one of them does not exist (yet): compare where they would be, without case on Windows
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def output_table(output) -> str | None:
    """The table an ``ogr:dbname=... table="t"`` destination adds to its file, else None."""
    text = str(output or "").strip()
    if not text.startswith("ogr:"):
        return None
    found = _TABLE.search(text)
    return next((group for group in found.groups() if group is not None), None) if found else None


def _layers_read(source, path: Path) -> set[str]:
    """The layer names an input reads from ``path`` (every layer of the file when it does not say)."""
    found = _LAYERNAME.search(str(source))
    if found:
        return {found.group(1).casefold()}
    try:
        from osgeo import ogr

        dataset = ogr.Open(str(path))
    except (ImportError, RuntimeError):  # not readable here: only the kept tables are guarded
        return set()
    if dataset is None:
        return set()
    return {dataset.GetLayer(i).GetName().casefold() for i in range(dataset.GetLayerCount())}


def refuse_output_over_inputs(output, inputs, what: str = "") -> None:
    """CartongError when ``output`` is the file of one of ``inputs``; nothing is written then.

    ``inputs`` maps a name the user recognises (the parameter's label, "survey layer") to a
    path or layer source; a plain list of sources works too. ``what`` names the output
    ("Cleaned survey") in the message. A new table added to an input's GeoPackage
    (``ogr:dbname=... table=...``) is allowed unless it would replace a table that matters.
    """
    target = source_file(output)
    if target is None:
        return
    table = output_table(output)
    items = inputs.items() if isinstance(inputs, dict) else ((None, source) for source in inputs)
    for label, source in items:
        if not same_file(target, source):
            continue
        source_path = source_file(source)  # a file: the same as target
        source_name = source_path.name if source_path is not None else str(source)
        if table is not None:
            if not _KEPT_TABLES.match(table) and table.casefold() not in _layers_read(source, target):
                continue  # another table beside the input's: the file keeps everything it holds
            raise CartongError(
                tr(
                    "The output {output} would replace the table {table} of {file}, which the input "
                    '"{input}" reads or which holds collected data or the toolkit\'s records. '
                    "Nothing was written; choose another table name."
                ).format(output=what or table, table=table, file=target, input=label or source_name),
                path=str(target),
            )
        raise CartongError(
            tr(
                'The output {output} is the file {file} that the input "{input}" is read '
                "from: writing it would delete every layer and table that file holds "
                "(survey, raw data, cleaning log). Nothing was written; choose another file "
                "name."
            ).format(output=what or target.name, file=target, input=label or source_name),
            path=str(target),
        )


def in_use_error(output: Path) -> CartongError:
    """The refusal of a file another program holds open (replacing it under them could corrupt it)."""
    return CartongError(
        tr(
            "{file} is open in QGIS or another program, so it cannot be replaced safely. Remove "
            "its layers from the project (or close the program) and try again; the file was "
            "not changed."
        ).format(file=output.name),
        path=str(output),
    )


def refuse_replacing_decisions(output) -> None:
    """CartongError when ``output`` is a GeoPackage holding cleaning decisions (rows of its cleaning_log
    decided: a change_type other than pending). A new import or download written in its place would lose
    a reviewer's work without a word; pending rows alone are remade by running the checks again."""
    import sqlite3
    from contextlib import closing

    from .i18n import trn

    path = Path(str(output))
    if not path.is_file():
        return
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            (decided,) = db.execute(
                "SELECT count(*) FROM cleaning_log WHERE coalesce(change_type, '') NOT IN ('', 'pending')"
            ).fetchone()
    except sqlite3.OperationalError as err:
        if "locked" in str(err) or "busy" in str(err):  # held by another program: what it holds is unknown
            raise in_use_error(path) from None
        return  # no cleaning log: no decision to keep
    except sqlite3.Error:
        return  # no file SQLite reads: no decision to keep
    if decided:
        raise CartongError(
            trn(
                "The GeoPackage {file} holds %n cleaning decision: writing the survey in its place would lose it. "
                "Choose a new GeoPackage, or export the cleaning log first (cleaning wizard, Export) and then "
                "delete the file.",
                "The GeoPackage {file} holds %n cleaning decisions: writing the survey in its place would lose "
                "them. Choose a new GeoPackage, or export the cleaning log first (cleaning wizard, Export) and "
                "then delete the file.",
                decided,
            ).format(file=str(path)),
            path=str(path),
        )
