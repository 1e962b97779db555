# SPDX-License-Identifier: GPL-3.0-or-later
"""Back from the field: merge a returned package's survey GeoPackage into the office GeoPackage.

Three ways, against the base the package carries (``snapshot``):

* new submissions (a ``_uuid`` neither the office nor the base has) are added to ``survey``, their
  raw rows to ``raw_survey`` and their repeat rows (by ``_submission__uuid``, Kobo's ``_parent_index`` ->
  ``_index`` when a row added in the field has only that, or ODK Central's ``PARENT_KEY`` -> ``KEY``:
  ``owners``) to the repeat tables, as received but for the links they lacked (a new Kobo submission
  without ``_index`` gets the office's next); raw rows already in the office are never changed;
* rows of ``survey`` and of the typed repeat tables (see ``rows``): an edit made in the field (field
  value differs from the base, office value still the base's) is applied; the same value changed in
  both places to different values is a **conflict**: the office value stays; a repeat row added in the
  field to a submission is added; a row deleted in the field is kept in the office and listed as not
  merged. Conflicts and what was not merged are recorded in the table ``field_conflicts`` (and a CSV),
  each with its reason;
* cleaning decisions (the ``cleaning_log``, with their ``who`` and ``when``) taken in the field are
  added or update the office's undecided ones; a decision changed in both places is a conflict too.

The office GeoPackage is merged in a copy and replaced when the merge is whole (``atomic_output``);
the returned package is only read. The steps live beside this module: ``rows`` (the tables' rows),
``typed_cells`` and ``derived`` (cells OGR cannot read; labels and coordinates that follow an edit),
``field_times`` (date-times a QGIS 3.22 laptop wrote without their time zone, merged in UTC),
``decisions`` (the cleaning log), ``conflicts`` (the table of what was not merged), ``returned_files``
(the photos of the merged rows, copied beside the office GeoPackage with it) and ``report`` (the counts
and the warnings). A returned GeoPackage SQLite cannot read whole (cut short or zeroed: a USB stick
pulled out) is refused in a sentence naming it before anything is merged. A column the package left
out (personal data, ``personal``) is in neither its base nor its rows: never edited in the field, so
the office keeps its values; the merge says so.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import tempfile
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.damaged_files import is_damaged
from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr
from ..base.safe_archives import safe_extract_zip
from ..base.safe_files import write_neutralised_csv
from ..cleaning.log_files import read_log_from_gpkg, write_log_to_gpkg
from ..servers.geopackage import copy_geopackage, ensure_not_in_use
from .conflicts import CONFLICT_COLUMNS, CONFLICTS_TABLE, conflict_row, record_conflicts
from .decisions import merge_log
from .derived import Followers
from .field_times import FieldTimes
from .ledger import read_ledger, write_ledger
from .owners import kobo_parents
from .personal import left_out_note
from .report import MergeReport, given_index_notes, most_rows_changed_warnings, not_merged_warnings
from .returned_files import ReturnedFiles, bring_files
from .rows import Conflict, insert_copy, list_lost_columns, merge_repeat, merge_survey
from .snapshot import KEY, RAW_PREFIX, SURVEY, UUID, link_column, read_base
from .typed_cells import unreadable_cells

RAW_SURVEY = "raw_survey"
__all__ = ["CONFLICTS_TABLE", "Conflict", "MergeReport", "merge_field_package"]


def returned_survey(returned: Path, office: Path, workdir: Path) -> Path:
    """The survey GeoPackage of a returned package (a zip, its folder, or the GeoPackage itself)."""
    if returned.is_file() and returned.suffix.lower() == ".gpkg":
        return returned
    if returned.is_file() and returned.suffix.lower() == ".zip":
        safe_extract_zip(returned, workdir)
        folder = workdir
    elif returned.is_dir():
        folder = returned
    else:
        raise CartongError(
            tr("The returned package {file} is neither a field package folder, its zip, nor a GeoPackage.").format(
                file=str(returned)
            ),
            path=str(returned),
        )
    candidates = sorted(p for p in folder.rglob("data/*.gpkg") if p.name != "admin_boundaries.gpkg")
    same = [p for p in candidates if p.name.lower() == office.name.lower()]
    if len(same) == 1:
        return same[0]
    if len(candidates) == 1:
        return candidates[0]
    raise CartongError(
        tr("The returned package {file} holds no survey GeoPackage named {name} (found: {found}).").format(
            file=returned.name, name=office.name, found=", ".join(p.name for p in candidates) or "-"
        ),
        path=str(returned),
    )


def refuse_damaged_package(field_gpkg: Path, returned: Path, workdir: Path, err: BaseException | None = None) -> None:
    """CartongError naming the returned GeoPackage when SQLite cannot read it whole, or it is no SQLite file
    at all: a copy cut short or zeroed (a USB stick pulled out while it was written). Checked before the
    merge (a damaged page the merge never reads would otherwise pass as a field without changes)."""
    try:
        with open(field_gpkg, "rb") as handle:
            header = handle.read(16)
    except OSError:
        return  # unreadable for another reason: said where it is opened
    if header == b"SQLite format 3\x00" and not is_damaged(field_gpkg):
        return
    if field_gpkg == returned:
        file, package = field_gpkg.name, str(returned.parent)
    else:
        inside = workdir if field_gpkg.is_relative_to(workdir) else returned
        file, package = field_gpkg.relative_to(inside).as_posix(), str(returned)
    raise CartongError(
        tr(
            "{file} of the returned package {package} is damaged or was not copied completely (a USB stick pulled "
            "out too early, a failing disk): it cannot be merged, and the office GeoPackage was not changed. Copy "
            "the package again from the field laptop, then run again."
        ).format(file=file, package=package),
        path=str(returned),
    ) from err


def merge_field_package(returned, office, conflicts_csv=None, feedback=None) -> MergeReport:
    """Merge the returned package ``returned`` into the office GeoPackage ``office`` (see the module)."""
    returned, office = Path(returned), Path(office)
    if not office.is_file():
        raise CartongError(
            tr("The office GeoPackage {file} does not exist.").format(file=str(office)), path=str(office)
        )
    ensure_not_in_use(office)
    if conflicts_csv and Path(conflicts_csv).is_dir():
        raise CartongError(
            tr("The conflicts file {file} is a folder: give a file name, e.g. conflicts.csv.").format(
                file=str(conflicts_csv)
            ),
            path=str(conflicts_csv),
        )
    with tempfile.TemporaryDirectory(prefix="cartong-merge-") as workdir:
        field_gpkg = returned_survey(returned, office, Path(workdir))
        refuse_damaged_package(field_gpkg, returned, Path(workdir))
        try:
            report, files, base = _merge(returned, office, field_gpkg, conflicts_csv, feedback)
        except (RuntimeError, sqlite3.DatabaseError) as err:  # read after the check: damaged since?
            refuse_damaged_package(field_gpkg, returned, Path(workdir), err)
            raise
    report.notes, times_warnings = report.times.sentences()
    report.notes.extend(given_index_notes(report))
    if note := left_out_note(base.left_out):  # said, so that unchanged columns are no surprise
        report.notes.insert(0, note)
    files_notes, files_warnings = files.sentences()
    report.notes.extend(files_notes)
    report.warnings.extend(
        times_warnings + files_warnings + most_rows_changed_warnings(report) + not_merged_warnings(report, base)
    )
    return report


def _merge(returned: Path, office: Path, field_gpkg: Path, conflicts_csv, feedback):
    """The merge of ``merge_field_package`` once the returned GeoPackage is found: (report, files, base)."""
    base = read_base(field_gpkg)
    if base is None:
        raise CartongError(
            tr(
                "{file} was not prepared as a field package (it has no table {table}): its "
                "changes cannot be told from the office's, nothing was merged."
            ).format(file=field_gpkg.name, table="cartong_field_base"),
            path=str(field_gpkg),
        )
    report = MergeReport(office, returned)
    report.times = FieldTimes(base.time_zone)
    log = merge_log(read_log_from_gpkg(office), read_log_from_gpkg(field_gpkg), base.log, report)
    files = ReturnedFiles(office)  # filled once the rows are merged
    # the conflicts CSV is renamed into place once the office copy is: never for a merge that failed, and
    # a failure of its own (the file open in a spreadsheet) no longer undoes a merge already in place
    csv_output = contextlib.ExitStack()
    csv_tmp = csv_output.enter_context(atomic_output(conflicts_csv)) if conflicts_csv else None
    try:
        with atomic_output(office) as tmp:
            copy_geopackage(office, Path(tmp))
            _merge_tables(Path(tmp), field_gpkg, base, report, returned.name)
            bring_files(office, Path(tmp), field_gpkg, files)
            if log is not None:
                write_log_to_gpkg(log, tmp)
            if csv_tmp is not None:
                listed = report.conflicts + report.not_merged + report.flagged
                write_neutralised_csv(csv_tmp, CONFLICT_COLUMNS[2:], [conflict_row(c)[2:] for c in listed])
            if feedback is not None and feedback.isCanceled():
                raise CartongError(tr("Cancelled: the office GeoPackage was not changed."), path=str(office))
            if report.unchanged():
                raise _NothingMerged  # the office file stays as it was, byte for byte (its copy is dropped)
            files.place()  # last: the merged copy is whole; removed again if its rename fails
    except _NothingMerged:
        pass  # what was not merged is still listed in the CSV
    except BaseException:
        files.undo()
        csv_output.__exit__(*sys.exc_info())  # the CSV's temporary file removed, nothing renamed
        raise
    finally:
        files.discard()
    _finish_conflicts_csv(csv_output, conflicts_csv, report)
    return report, files, base


def _finish_conflicts_csv(csv_output: contextlib.ExitStack, conflicts_csv, report: MergeReport) -> None:
    """Rename the conflicts CSV into place (the merge is done): its failure is a warning, the same list is in
    the office's table."""
    try:
        csv_output.close()
    except (OSError, CartongError) as err:
        report.warnings.append(
            tr(
                "The office GeoPackage was merged, but the conflicts file {file} could not be written ({reason}): "
                "the same list is in its table {table}. Close the program that has the file open if any."
            ).format(file=str(conflicts_csv), reason=_reason(err), table=CONFLICTS_TABLE)
        )
        return
    if conflicts_csv:
        report.conflicts_csv = Path(conflicts_csv)


def _reason(err: BaseException) -> str:
    """The system's reason of a failed rename (atomic_output wraps it in a sentence of its own)."""
    from ..base.errors import os_reason

    cause = err if isinstance(err, OSError) else err.__cause__
    return os_reason(cause) if isinstance(cause, OSError) else str(err)


class _NothingMerged(Exception):
    """Raised inside atomic_output when the returned package brings nothing new."""


# -- submissions ----------------------------------------------------------------------------------


@gdal_exceptions()
def _merge_tables(office: Path, field_gpkg: Path, base, report: MergeReport, package: str) -> None:
    from osgeo import gdal, ogr

    tables = {SURVEY, *base.tables}
    report.unreadable = unreadable_cells(field_gpkg, tables)
    report.office_unreadable = unreadable_cells(office, tables) if report.unreadable else {}
    office_ds = ogr.Open(str(office), 1)
    field_ds = gdal.OpenEx(str(field_gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
    try:
        for name in tables:
            if office_ds.GetLayerByName(name) is not None:
                report.followers[name] = Followers(office, office_ds.GetLayerByName(name))
        office_ds.StartTransaction()
        report.ledger = read_ledger(office_ds, base, field_ds, report.times)
        office_survey, field_survey = office_ds.GetLayerByName(SURVEY), field_ds.GetLayerByName(SURVEY)
        if office_survey is None or field_survey is None:
            raise CartongError(
                tr("The office GeoPackage or the returned one has no 'survey' layer: import the survey first.")
            )
        report.owners.parents = kobo_parents(field_ds)
        new_uuids = merge_survey(office_survey, field_survey, base, report)
        shared = (report.base_uuids & report.office_uuids) - {""}
        if report.base_uuids - {""} and report.office_uuids and not shared:
            raise CartongError(
                tr(
                    "The package {package} was not prepared from {office}: none of its {count} submissions are "
                    "there (another survey?). Nothing was merged; merge it into the survey file it was made from."
                ).format(package=package, office=report.office.name, count=len(report.base_uuids - {""})),
                path=str(field_gpkg),
            )
        for name in _parents_first([field_ds.GetLayer(i).GetName() for i in range(field_ds.GetLayerCount())], report):
            field_layer = field_ds.GetLayerByName(name)
            office_layer = office_ds.GetLayerByName(name)
            if office_layer is None or name == SURVEY:
                continue
            link = link_column(office_layer)  # _submission__uuid, or ODK Central's PARENT_KEY (owners)
            if name == RAW_SURVEY:  # the raw rows of the submissions merged now, never another survey's
                own = UUID if _has_field(office_layer, UUID) else KEY  # Central's raw table has its KEY only
                report.new_raw_rows += _append_new(office_layer, field_layer, own, new_uuids, report)
            elif link is not None:
                if name in base.tables and not name.startswith(RAW_PREFIX) and _has_field(field_layer, link):
                    merge_repeat(name, office_layer, field_layer, base.tables[name], report, new_uuids, link)
                else:
                    _append_new(office_layer, field_layer, link, new_uuids, report)
        write_ledger(office_ds, report.ledger)
        listed = report.conflicts + report.not_merged + report.flagged
        if listed:
            report.conflicts_recorded = record_conflicts(office_ds, listed, package)
        office_ds.CommitTransaction()
    finally:
        office_ds = field_ds = None


def _parents_first(names: list[str], report: MergeReport) -> list[str]:
    """``names`` with a Kobo repeat table after the table its ``_parent_index`` numbers (``owners``: a nested
    row added in the field is found through its parent's rows)."""

    def depth(name: str) -> int:
        seen = [name]
        while seen[-1] in report.owners.parents and len(seen) <= len(names):
            seen.append(report.owners.parents[seen[-1]])
        return len(seen)

    return sorted(names, key=depth)  # stable: otherwise in the GeoPackage's order


def _has_field(layer, name: str) -> bool:
    return layer.GetLayerDefn().GetFieldIndex(name) >= 0


def _append_new(office_layer, field_layer, column: str, wanted: set[str], report: MergeReport) -> int:
    """Copy, as they are, the rows of ``field_layer`` whose ``column`` names a submission (its _uuid, or
    an ODK Central KEY read by ``report.owners``) in ``wanted`` and that the office layer does not hold
    yet (their values in columns it lacks listed). Returns the rows added."""
    if not _has_field(field_layer, column) or not _has_field(office_layer, column):
        return 0
    office_layer.ResetReading()
    known = {f.GetFieldAsString(column) for f in office_layer} if column in (UUID, KEY) else set()
    added = 0
    field_layer.ResetReading()
    for feature in field_layer:
        value = feature.GetFieldAsString(column)
        owner = report.owners.of(column, {column: value})
        if owner and owner in wanted and value not in known:
            fid = insert_copy(office_layer, feature)
            list_lost_columns(office_layer.GetName(), office_layer, feature, owner, fid, report)
            added += 1
    return added
