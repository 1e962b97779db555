# SPDX-License-Identifier: GPL-3.0-or-later
"""What an update of a survey GeoPackage may add: the new submissions of the form it was downloaded from.

``last_sync`` is the GeoPackage's latest server sync (``cartong_metadata``); ``previous_sync`` refuses an
update from another server or form than that one (its starting point, the last ``_id`` or date, means
nothing there: most of the other form was skipped and the rest mixed in); ``held_ids`` are the
submissions it holds, left out when a server sends one again; ``largest_kobo_id`` is where an update of
a Kobo export imported from a file continues.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from ..base.errors import CartongError
from ..base.i18n import tr
from .bounds import origin
from .geopackage import read_metadata
from .submissions import RAW_MAIN


def last_sync(gpkg: Path) -> dict[str, str] | None:
    """The latest server-sync row of ``cartong_metadata`` (None if never synced from a server)."""
    rows = [r for r in read_metadata(str(gpkg)) if r.get("source_kind") in ("kobo", "odk")]
    return rows[-1] if rows else None


def previous_sync(gpkg: Path, source: str) -> dict[str, str] | None:
    """The latest server sync of ``gpkg`` (None if never synced), when it came from ``source`` (the form's
    address on its server, as ``cartong_metadata.source_file`` holds it); CartongError when it did not."""
    row = last_sync(gpkg)
    if row is None:
        return None
    held = str(row.get("source_file") or "")
    if _same_form(held, source):
        return row
    raise CartongError(
        tr(
            "{file} holds the submissions of {held}, not of {given}: an update adds only the new submissions "
            "of the form it was downloaded from, so choose that server and form again, or download {given} "
            "into a new GeoPackage."
        ).format(file=Path(gpkg).name, held=describe_source(held), given=describe_source(source)),
        path=str(gpkg),
    )


def _same_form(first: str, second: str) -> bool:
    """The same server (scheme, host, port: ``kf.KoboToolbox.org`` is ``kf.kobotoolbox.org``) and form."""
    return origin(first) == origin(second) and urlsplit(first).path.rstrip("/") == urlsplit(second).path.rstrip("/")


def describe_source(source: str) -> str:
    """``form aBc of https://kf.kobotoolbox.org`` for a form's address on its server (as it is when unknown)."""
    parts = urlsplit(source)
    server = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    path = parts.path.strip("/").split("/")
    if len(path) >= 4 and path[:3] == ["api", "v2", "assets"]:
        return tr("form {form} on {server}").format(form=path[3], server=server)
    if len(path) >= 5 and path[0] == "v1" and path[1] == "projects" and path[3] == "forms":
        return tr("form {form} of project {project} on {server}").format(form=path[4], project=path[2], server=server)
    return source or tr("an unknown form")


def held_ids(gpkg: Path, column: str) -> set[str]:
    """The values of ``column`` in ``raw_survey`` (the submissions' ids), empty without that column."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{RAW_MAIN}")')]
        if column not in columns:
            return set()
        quoted = column.replace('"', '""')
        return {str(value) for (value,) in db.execute(f'SELECT "{quoted}" FROM "{RAW_MAIN}"') if value}


def largest_kobo_id(gpkg: Path) -> int | None:
    """The largest Kobo ``_id`` of ``raw_survey`` (None without such a column or rows)."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    layer = ds.GetLayerByName(RAW_MAIN) if ds is not None else None
    if layer is None or layer.GetLayerDefn().GetFieldIndex("_id") < 0:
        return None
    result = ds.ExecuteSQL(f'SELECT MAX(CAST("_id" AS INTEGER)) FROM "{RAW_MAIN}"')
    try:
        feature = result.GetNextFeature()
        value = feature.GetField(0) if feature is not None else None
    finally:
        ds.ReleaseResultSet(result)
    return int(value) if value is not None else None
