# SPDX-License-Identifier: GPL-3.0-or-later
"""Download a form's submissions into the survey GeoPackage, or update it with the new ones.

The download goes to a temporary spool (JSON lines), then a temporary copy of the
GeoPackage is written, through the file import's writer (``survey_tables.write_survey_frames``:
the records are flattened into the columns of a Kobo export, so both paths give the same
tables), and renamed over the target only when everything succeeded: a
failure or a cancel leaves the previous GeoPackage exactly as it was. "Update" asks the
server only for submissions newer than the last sync (Kobo ``_id``, ODK submission date,
both read from ``cartong_metadata``) and appends them: raw tables are append-only.
A download cut by the network keeps what it received and the next one continues it
(``resume``); an attachment the server lost is skipped and listed, never fatal.

For a wizard: run ``sync_kobo``/``sync_odk`` in a QgsTask with a QgsFeedback (progress per
page, cancel at any time); ``OfflineError`` comes at once when the server cannot be reached
and its ``last_copy`` is the GeoPackage to open instead; remove the survey's layers from the
project before an update (a GeoPackage held open cannot be replaced safely).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.i18n import tr
from .http import NetworkUnavailable, ServerError, log
from .records import RecordFlattener, attachment_link
from .resume import PartialDownload, resumed_message

RAW_MAIN = "raw_survey"
METADATA = "cartong_metadata"
CHUNK = 25_000  # records written at a time: memory stays bounded whatever the download's size


@dataclass
class SyncResult:
    gpkg: Path
    mode: str  # "download" or "update"
    new_records: int
    total_records: int
    pages: int
    attachments: int
    seconds: float
    network_seconds: float
    server_count: int | None = None
    resumed_records: int = 0  # submissions kept from an interrupted attempt, not downloaded again
    # attachments skipped: (submission uuid, file name, reason)
    missing_attachments: list[tuple[str, str, str]] = field(default_factory=list)


class OfflineError(NetworkUnavailable):
    """The server cannot be reached; ``last_copy`` is the GeoPackage downloaded before, if any."""

    def __init__(self, message: str, last_copy: Path | None = None):
        super().__init__(message)
        self.last_copy = last_copy


def attachments_dir(gpkg: Path) -> Path:
    """``<gpkg stem>_attachments/`` beside the GeoPackage."""
    gpkg = Path(gpkg)
    return gpkg.with_name(f"{gpkg.stem}_attachments")


def last_sync(gpkg: Path) -> dict[str, str] | None:
    """The latest server-sync row of ``cartong_metadata`` (None if never synced from a server)."""
    rows = [r for r in read_metadata(str(gpkg)) if r.get("source_kind") in ("kobo", "odk")]
    return rows[-1] if rows else None


def last_copy_message(gpkg: Path) -> str:
    row = last_sync(gpkg) if Path(gpkg).exists() else None
    if row is None:
        return tr("No copy of this form has been downloaded on this computer yet.")
    return tr("The last downloaded copy is still available: {file} ({records} submissions, synced {when}).").format(
        file=Path(gpkg).name, records=row.get("rows", "?"), when=row.get("imported_at", "?")
    )


def sync_kobo(
    server_url: str,
    token: str,
    uid: str,
    output,
    *,
    update: bool = False,
    attachments: bool = False,
    language: str | None = None,
    feedback=None,
    page_size: int | None = None,
    **client_options,
) -> SyncResult:
    """Download (or update) KoboToolbox survey ``uid`` into the GeoPackage ``output``."""
    from .kobo import PAGE_SIZE, KoboClient

    output = Path(output)
    client = KoboClient(server_url, token, feedback=feedback, **client_options)
    try:
        form = _offline_guard(lambda: client.read_form(uid), output)
        previous = last_sync(output) if update and output.exists() else None
        after = int(previous["last_id"]) if previous and (previous.get("last_id") or "").isdigit() else None
        if update and output.exists() and previous is None:
            after = largest_kobo_id(output)  # a Kobo export imported from a file: continue after it

        def download(spool, stats):
            start = int(stats.last_id) if stats.last_id.isdigit() else after  # a resumed download: after the last kept
            return client.download_submissions(
                uid, spool, after_id=start, page_size=page_size or PAGE_SIZE, stats=stats
            )

        def fetch_attachments(records, folder, missing):
            return client.download_attachments(records, folder, missing)

        source = f"{client.http.base_url}/api/v2/assets/{uid}/"
        return _sync(
            client.http,
            form,
            output,
            update,
            download,
            fetch_attachments if attachments else None,
            source=source,
            kind="kobo",
            language=language,
            feedback=feedback,
            can_update=after is not None,
            start=after,
        )
    finally:
        client.close()


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


def sync_odk(
    server_url: str,
    project_id: int,
    xml_form_id: str,
    output,
    *,
    email: str = "",
    password: str = "",
    app_user_token: str = "",
    update: bool = False,
    attachments: bool = False,
    form_spec=None,
    language: str | None = None,
    feedback=None,
    page_size: int | None = None,
    **client_options,
) -> SyncResult:
    """Download (or update) ODK Central form ``xml_form_id`` of project ``project_id`` into ``output``.

    ``form_spec`` (read from the XLSForm with ``read_xlsform``) gives labels and choices;
    without it the form's fields from Central give names and types only.
    """
    from .odk_central import PAGE_SIZE, OdkCentralClient

    output = Path(output)
    client = _offline_guard(
        lambda: OdkCentralClient(
            server_url,
            email=email,
            password=password,
            app_user_token=app_user_token,
            feedback=feedback,
            **client_options,
        ),
        output,
    )
    try:
        fields_form = _offline_guard(lambda: client.read_form(project_id, xml_form_id), output)
        form = form_spec or fields_form
        previous = last_sync(output) if update and output.exists() else None
        after = previous.get("last_time") if previous else None

        def download(spool, stats):
            return client.download_submissions(
                project_id, xml_form_id, spool, after_time=after or None, page_size=page_size or PAGE_SIZE, stats=stats
            )

        def fetch_attachments(records, folder, missing):
            return client.download_attachments(project_id, xml_form_id, records, folder, missing)

        source = f"{client.http.base_url}/v1/projects/{int(project_id)}/forms/{xml_form_id}"
        return _sync(
            client.http,
            form,
            output,
            update,
            download,
            fetch_attachments if attachments else None,
            source=source,
            kind="odk",
            language=language,
            feedback=feedback,
            start=after,
        )
    finally:
        client.close()


def _offline_guard(call, output: Path):
    """Run ``call``; when the server cannot be reached say so at once and point to the last copy."""
    try:
        return call()
    except NetworkUnavailable as err:
        copy = output if output.exists() else None
        raise OfflineError(f"{err} {last_copy_message(output)}", last_copy=copy) from err


def _sync(
    http,
    form,
    output: Path,
    update: bool,
    download,
    fetch_attachments,
    *,
    source: str,
    kind: str,
    language,
    feedback,
    can_update: bool = False,
    start=None,
) -> SyncResult:
    started = time.perf_counter()
    mode = "update" if update and output.exists() else "download"
    if mode == "update" and not can_update and last_sync(output) is None:
        raise CartongError(
            tr(
                "{file} was not downloaded from a server, so it cannot be updated from one. "
                "Download into a new GeoPackage instead."
            ).format(file=output.name),
            path=str(output),
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    ensure_not_in_use(output)
    partial = PartialDownload(output, f"{kind} {source} {mode}", start)
    missing: list[tuple[str, str, str]] = []
    with partial.open() as spool:
        if partial.resumed:
            log(resumed_message(partial.resumed, output.name))
            if feedback is not None and hasattr(feedback, "pushInfo"):
                feedback.pushInfo(resumed_message(partial.resumed, output.name))
        stats = _offline_guard(lambda: _download_keeping_what_came(download, spool, partial), output)
        http.check_cancelled()
        try:
            with atomic_output(output) as tmp:
                if mode == "update":
                    copy_geopackage(output, tmp)  # the original stays untouched until the rename
                total, saved = _write_geopackage(
                    tmp,
                    output,
                    mode,
                    form,
                    language,
                    spool,
                    stats,
                    fetch_attachments,
                    source,
                    kind,
                    http,
                    feedback,
                    missing,
                )
                http.check_cancelled()  # a cancel at the very end still leaves the old file
                ensure_not_in_use(output)
        except PermissionError as err:  # Windows: the GeoPackage is open in QGIS
            raise _in_use(output) from err
    partial.discard()  # written into the GeoPackage: the kept part has served
    result = SyncResult(
        gpkg=output,
        mode=mode,
        new_records=stats.records,
        total_records=total,
        pages=stats.pages,
        attachments=len(saved),
        seconds=time.perf_counter() - started,
        network_seconds=http.network_seconds,
        server_count=stats.server_count,
        resumed_records=partial.resumed,
        missing_attachments=missing,
    )
    log(
        tr("{file}: {new} new submissions ({total} in all) from {pages} pages in {seconds} s.").format(
            file=output.name, new=result.new_records, total=total, pages=result.pages, seconds=f"{result.seconds:.1f}"
        )
    )
    return result


def _download_keeping_what_came(download, spool, partial: PartialDownload):
    """``download(spool, stats)``; when it fails for a reason that may pass, the submissions
    received so far are kept for the next attempt and the message says so."""
    try:
        return download(spool, partial.stats)
    except ServerError as err:
        kept = partial.keep(spool) if err.resumable else ""
        if kept:
            err.args = (f"{err} {kept}",)
        raise


def _report_missing(missing, feedback) -> None:
    """Each attachment skipped, in the QGIS log and the algorithm's log."""
    for uuid, name, reason in missing:
        line = tr("Attachment {name} of submission {uuid} was skipped: {reason}").format(
            name=name, uuid=uuid, reason=reason
        )
        log(line)
        if feedback is not None and hasattr(feedback, "pushWarning"):
            feedback.pushWarning(line)


def _write_geopackage(
    tmp,
    output: Path,
    mode: str,
    form,
    language,
    spool,
    stats,
    fetch_attachments,
    source: str,
    kind: str,
    http=None,
    feedback=None,
    missing=None,
) -> tuple[int, list]:
    """Append the spooled records to the GeoPackage at ``tmp``; fetch attachments; log the sync."""

    def written(count: int) -> None:
        if http is not None:
            http.check_cancelled()
        if feedback is not None and stats.records:
            feedback.setProgress(100.0 * count / stats.records)

    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(
            tr("Writing {records} submissions into {file}…").format(records=stats.records, file=output.name)
        )
    start_index, reports = write_submissions(
        tmp,
        spool,
        form,
        language,
        update=mode == "update",
        attachments_folder=attachments_dir(output).name,
        every_1000=written,
    )
    total = start_index + stats.records
    # what the import's writer found (an unreadable location, a value that is no number...): said, not dropped
    warnings = [warning for report in reports for warning in report.warnings]
    for warning in warnings:
        log(warning, _warning_level())
        if feedback is not None and hasattr(feedback, "pushWarning"):
            feedback.pushWarning(warning)
    missing = [] if missing is None else missing
    saved = fetch_attachments(iter(spool), attachments_dir(output), missing) if fetch_attachments else []
    _report_missing(missing, feedback)
    relations = []  # the same in every chunk, once a repeat has rows
    for relation in (r for report in reports for r in report.relations):
        if relation not in relations:
            relations.append(relation)
    # Column names shared with the file import (``survey.import_metadata``), so that both kinds of rows
    # sit in one cartong_metadata table; the server-only ones follow.
    log_sync(
        tmp,
        {
            "action": "import" if mode == "download" else "sync",
            "imported_at": utc_now(),
            "source_file": source,
            "source_sha256": _sha256(spool.path),
            "form_id": form.form_id,
            "form_version": form.version,
            "form_title": form.title,
            "language": form.resolve_language(language) if hasattr(form, "resolve_language") else "",
            "rows": total,
            "relations": json.dumps(relations, ensure_ascii=False) if mode == "download" else None,
            "source_kind": kind,
            "records_new": stats.records,
            "pages": stats.pages,
            "server_count": stats.server_count,
            "last_id": stats.last_id or _previous(output, "last_id"),
            "last_time": stats.last_time or _previous(output, "last_time"),
            "attachments": len(saved),
            "warnings": json.dumps(warnings, ensure_ascii=False),
            "attachments_missing": json.dumps([name for _, name, _ in missing], ensure_ascii=False)
            if missing
            else None,
        },
    )
    if mode == "download" or saved:
        link_attachments(tmp, output.parent)
    return total, saved


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
    if attachments_folder:

        def link(owner, name):
            return attachment_link(attachments_folder, owner, name) if owner else None

    reports, chunk, first = [], [], 1
    for count, record in enumerate(records, start=1):
        chunk.append(flattener.flatten(record))
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


def _warning_level():
    try:
        from qgis.core import Qgis
    except ImportError:
        return None
    return Qgis.MessageLevel.Warning


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


def log_sync(gpkg, entry: dict) -> None:
    """Append one row to ``cartong_metadata`` (columns added as needed, as text)."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName(METADATA) or ds.CreateLayer(METADATA, geom_type=ogr.wkbNone, options=["FID=fid"])
    defn = layer.GetLayerDefn()
    existing = {defn.GetFieldDefn(i).GetName().casefold() for i in range(defn.GetFieldCount())}
    for key in entry:
        if key.casefold() not in existing:
            layer.CreateField(ogr.FieldDefn(key, ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    for key, value in entry.items():
        if value is not None:
            feature.SetField(key, str(value))
    layer.CreateFeature(feature)
    ds = None


def read_metadata(gpkg) -> list[dict[str, str]]:
    """Every row of ``cartong_metadata`` as {column: value}, oldest first ([] if none)."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 0) if Path(gpkg).exists() else None
    layer = ds.GetLayerByName(METADATA) if ds is not None else None
    if layer is None:
        return []
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    return [{n: feature.GetField(n) for n in names} for feature in layer]


def utc_now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()  # noqa: UP017 (Python 3.9)


def _sha256(path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _in_use(output: Path) -> CartongError:
    return CartongError(
        tr(
            "{file} is open in QGIS or another program, so it cannot be replaced safely. Remove "
            "its layers from the project (or close the program) and try again; the file was "
            "not changed."
        ).format(file=output.name),
        path=str(output),
    )


def ensure_not_in_use(output: Path) -> None:
    """CartongError when another SQLite connection holds the GeoPackage in WAL mode.

    Replacing the file under such a connection would let its write-ahead log be replayed
    onto the new file and corrupt it; QGIS keeps one open while a layer is in the project.
    Leftover ``-wal``/``-shm`` files of closed read-only connections are cleaned first: a
    checkpointing connection that is the last one to close removes them.
    """
    import sqlite3
    from contextlib import closing

    side_files = (Path(f"{output}-wal"), Path(f"{output}-shm"))
    if not any(p.exists() for p in side_files):
        return
    try:
        with closing(sqlite3.connect(str(output), timeout=2)) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as err:
        raise _in_use(output) from err
    if any(p.exists() for p in side_files):
        raise _in_use(output)


def copy_geopackage(source: Path, target) -> None:
    """A consistent copy through SQLite's backup API: changes still in a ``-wal`` file are included."""
    import sqlite3
    from contextlib import closing

    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(str(target))) as dst,
    ):
        src.backup(dst)


def link_attachments(gpkg, folder) -> int:
    """Make every ``<question>_file`` field of ``survey`` open its file from the attribute form.

    Stored as the layer's default style (``layer_styles``, as QGIS saves it): an attachment
    widget whose paths are relative to ``folder``, where the GeoPackage lives. The style is
    built on a memory layer and written with OGR: opening the GeoPackage with a QGIS layer
    would switch it to WAL mode and keep it open. Returns the number of fields linked.
    """
    from osgeo import ogr
    from qgis.core import QgsEditorWidgetSetup, QgsMapLayer, QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    ds = ogr.Open(str(gpkg), 1)
    survey = ds.GetLayerByName("survey") if ds is not None else None
    defn = survey.GetLayerDefn() if survey is not None else None
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] if defn is not None else []
    names = [n for n in names if n.endswith("_file")]
    if not names:
        return 0
    memory = QgsVectorLayer("Point?crs=EPSG:4326&" + "&".join(f"field={n}:string" for n in names), "survey", "memory")
    for index, _name in enumerate(names):
        memory.setEditorWidgetSetup(
            index,
            QgsEditorWidgetSetup(
                "ExternalResource",
                {
                    "DefaultRoot": str(folder),
                    "RelativeStorage": 2,
                    "DocumentViewer": 1,
                    "FileWidget": True,
                    "FileWidgetButton": True,
                    "UseLink": True,
                    "FullUrl": False,
                    "StorageMode": 0,
                },
            ),
        )
    document = QDomDocument()
    memory.exportNamedStyle(document, categories=QgsMapLayer.StyleCategory.Fields | QgsMapLayer.StyleCategory.Forms)
    styles = ds.GetLayerByName("layer_styles")
    if styles is None:
        styles = ds.CreateLayer("layer_styles", geom_type=ogr.wkbNone, options=["FID=id"])
        for field, kind in (
            ("f_table_catalog", ogr.OFTString),
            ("f_table_schema", ogr.OFTString),
            ("f_table_name", ogr.OFTString),
            ("f_geometry_column", ogr.OFTString),
            ("styleName", ogr.OFTString),
            ("styleQML", ogr.OFTString),
            ("styleSLD", ogr.OFTString),
            ("useAsDefault", ogr.OFTInteger),
            ("description", ogr.OFTString),
            ("owner", ogr.OFTString),
            ("ui", ogr.OFTString),
            ("update_time", ogr.OFTDateTime),
        ):
            definition = ogr.FieldDefn(field, kind)
            if field == "useAsDefault":
                definition.SetSubType(ogr.OFSTBoolean)
            styles.CreateField(definition)
    styles.SetAttributeFilter("f_table_name = 'survey' AND useAsDefault = 1")
    for old in list(styles):
        old.SetField("useAsDefault", 0)
        styles.SetFeature(old)
    styles.SetAttributeFilter(None)
    feature = ogr.Feature(styles.GetLayerDefn())
    for field, value in (
        ("f_table_catalog", ""),
        ("f_table_schema", ""),
        ("f_table_name", "survey"),
        ("f_geometry_column", survey.GetGeometryColumn() or "geom"),
        ("styleName", "survey"),
        ("styleQML", document.toString()),
        ("styleSLD", ""),
        ("description", tr("Survey: attachments open from the form")),
        ("owner", ""),
        ("ui", ""),
        ("update_time", utc_now()),
    ):
        feature.SetField(field, value)
    feature.SetField("useAsDefault", 1)
    styles.CreateFeature(feature)
    ds = None
    return len(names)


def _previous(output: Path, key: str) -> str:
    row = last_sync(output) if output.exists() else None
    return (row or {}).get(key) or ""
