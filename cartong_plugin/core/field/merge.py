# SPDX-License-Identifier: GPL-3.0-or-later
"""Back from the field: merge a returned package's survey GeoPackage into the office GeoPackage.

Three ways, against the base the package carries (``snapshot``):

* new submissions (a ``_uuid`` neither the office nor the base has) are added to ``survey``, their
  raw rows to ``raw_survey`` and their repeat rows (by ``_submission__uuid``) to the repeat tables,
  exactly as received; raw rows already in the office are never changed;
* rows of ``survey`` and of the typed repeat tables (see ``rows``): an edit made in the field (field
  value differs from the base, office value still the base's) is applied; the same value changed in
  both places to different values is a **conflict**: the office value stays; a repeat row added in the
  field to a submission is added; a row deleted in the field is kept in the office and listed as not
  merged. Conflicts and what was not merged are recorded in the table ``field_conflicts`` (and a CSV),
  each with its reason;
* cleaning decisions (the ``cleaning_log``, with their ``who`` and ``when``) taken in the field are
  added or update the office's undecided ones; a decision changed in both places is a conflict too.

The office GeoPackage is merged in a copy and replaced when the merge is whole (``atomic_output``);
the returned package is only read.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr, trn
from ..base.safe_archives import safe_extract_zip
from ..base.safe_files import write_neutralised_csv
from ..cleaning.log import LogEntry
from ..cleaning.log_files import read_log_from_gpkg, write_log_to_gpkg
from ..servers.geopackage import copy_geopackage, ensure_not_in_use, utc_now
from .derived import Followers
from .ledger import Ledger, read_ledger, write_ledger
from .rows import Conflict, insert_copy, merge_repeat, merge_survey
from .snapshot import PARENT_UUID, RAW_PREFIX, SURVEY, UUID, decision_key, read_base
from .typed_cells import NOT_A_DATE, NOT_A_NUMBER, NOT_AN_INTEGER, unreadable_cells

CONFLICTS_TABLE = "field_conflicts"
CONFLICT_COLUMNS = (
    "merged_at",
    "package",
    "table_name",
    "uuid",
    "question",
    "base_value",
    "office_value",
    "field_value",
    "office_who",
    "office_when",
    "field_who",
    "field_when",
    "kept",
    "office_fid",
    "field_fid",
    "reason",
)
RAW_SURVEY = "raw_survey"
__all__ = ["CONFLICTS_TABLE", "Conflict", "MergeReport", "merge_field_package"]


@dataclass
class MergeReport:
    office: Path
    returned: Path
    new_submissions: int = 0
    new_raw_rows: int = 0
    edits: int = 0
    decisions_added: int = 0
    decisions_updated: int = 0
    new_repeat_rows: int = 0  # added in the field to submissions the office holds
    conflicts: list[Conflict] = field(default_factory=list)
    not_merged: list[Conflict] = field(default_factory=list)  # field changes listed, not applied (rows.py)
    unknown_columns: set[str] = field(default_factory=set)
    base_uuids: set[str] = field(default_factory=set)
    office_uuids: set[str] = field(default_factory=set)
    conflicts_csv: Path | None = None
    conflicts_recorded: int = 0  # conflicts new to the office's table (a second merge brings the same)
    warnings: list[str] = field(default_factory=list)
    ledger: Ledger = field(default_factory=lambda: Ledger(""))  # what this package brought before (ledger)
    given_uuids: list[str] = field(default_factory=list)  # new submissions that came without a _uuid
    repeated_uuids: set[str] = field(default_factory=set)  # a _uuid held by several new submissions
    flagged: list[Conflict] = field(default_factory=list)  # field values merged and listed (derived.py)
    unreadable: dict = field(default_factory=dict)  # cells OGR cannot read, of the field copy (typed_cells)
    office_unreadable: dict = field(default_factory=dict)  # and of the office file
    followers: dict = field(default_factory=dict)  # {table: Followers}: labels and coordinates (derived)

    def unchanged(self) -> bool:
        """Whether the merge brought nothing into the office file (no row, edit, decision or new conflict)."""
        return not (
            self.new_submissions
            or self.new_raw_rows
            or self.edits
            or self.new_repeat_rows
            or self.decisions_added
            or self.decisions_updated
            or self.conflicts_recorded
        )


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
        log = _merge_log(read_log_from_gpkg(office), read_log_from_gpkg(field_gpkg), base.log, report)
        try:
            with atomic_output(office) as tmp:
                copy_geopackage(office, Path(tmp))
                _merge_tables(Path(tmp), field_gpkg, base, report, returned.name)
                if log is not None:
                    write_log_to_gpkg(log, tmp)
                if conflicts_csv:
                    report.conflicts_csv = Path(conflicts_csv)
                    with atomic_output(conflicts_csv) as csv_tmp:
                        listed = report.conflicts + report.not_merged + report.flagged
                        write_neutralised_csv(csv_tmp, CONFLICT_COLUMNS[2:], [_conflict_row(c)[2:] for c in listed])
                if feedback is not None and feedback.isCanceled():
                    raise CartongError(tr("Cancelled: the office GeoPackage was not changed."), path=str(office))
                if report.unchanged():
                    raise _NothingMerged  # the office file stays as it was, byte for byte (its copy is dropped)
        except _NothingMerged:
            pass
    report.warnings.extend(_not_merged_warnings(report, base))
    return report


class _NothingMerged(Exception):
    """Raised inside atomic_output when the returned package brings nothing new."""


def _conflict_row(conflict: Conflict, merged_at: str = "", package: str = "") -> list:
    return [
        merged_at,
        package,
        conflict.table,
        conflict.uuid,
        conflict.question,
        conflict.base,
        conflict.office,
        conflict.field,
        conflict.office_who,
        conflict.office_when,
        conflict.field_who,
        conflict.field_when,
        conflict.kept,
        conflict.office_fid,
        conflict.field_fid,
        conflict.reason,
    ]


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
        report.ledger = read_ledger(office_ds, base.identity)
        office_survey, field_survey = office_ds.GetLayerByName(SURVEY), field_ds.GetLayerByName(SURVEY)
        if office_survey is None or field_survey is None:
            raise CartongError(
                tr("The office GeoPackage or the returned one has no 'survey' layer: import the survey first.")
            )
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
        for index in range(field_ds.GetLayerCount()):
            field_layer = field_ds.GetLayer(index)
            name = field_layer.GetName()
            office_layer = office_ds.GetLayerByName(name)
            if office_layer is None or name == SURVEY:
                continue
            if name == RAW_SURVEY:  # the raw rows of the submissions merged now, never another survey's
                report.new_raw_rows += _append_new(office_layer, field_layer, UUID, new_uuids)
            elif _has_field(office_layer, PARENT_UUID):
                if name in base.tables and not name.startswith(RAW_PREFIX) and _has_field(field_layer, PARENT_UUID):
                    merge_repeat(name, office_layer, field_layer, base.tables[name], report, new_uuids)
                else:
                    _append_new(office_layer, field_layer, PARENT_UUID, new_uuids)
        write_ledger(office_ds, report.ledger)
        listed = report.conflicts + report.not_merged + report.flagged
        if listed:
            report.conflicts_recorded = _record_conflicts(office_ds, listed, package)
        office_ds.CommitTransaction()
    finally:
        office_ds = field_ds = None


def _has_field(layer, name: str) -> bool:
    return layer.GetLayerDefn().GetFieldIndex(name) >= 0


def _append_new(office_layer, field_layer, column: str, wanted: set[str]) -> int:
    """Copy, as they are, the rows of ``field_layer`` whose ``column`` is in ``wanted`` and that the
    office layer does not hold yet. Returns the rows added."""
    if not _has_field(field_layer, column) or not _has_field(office_layer, column):
        return 0
    office_layer.ResetReading()
    known = {f.GetFieldAsString(column) for f in office_layer} if column == UUID else set()
    added = 0
    field_layer.ResetReading()
    for feature in field_layer:
        value = feature.GetFieldAsString(column)
        if value and value in wanted and value not in known:
            insert_copy(office_layer, feature)
            added += 1
    return added


def _not_merged_warnings(report: MergeReport, base) -> list[str]:
    """One sentence per kind of field change that was listed and not applied, with its count."""
    from collections import Counter

    rows: Counter = Counter()
    for item in report.not_merged:
        rows[(item.reason, item.table, item.uuid, item.office_fid, item.field_fid)] = 1
    counts: Counter = Counter()
    for reason, table, *_rest in rows:
        counts[(reason, table)] += 1
    warnings = [
        _not_merged_sentence(reason, count).format(table=table) for (reason, table), count in sorted(counts.items())
    ]
    if report.flagged:
        warnings.append(
            trn(
                "%n select answer changed in the field is not a choice of the form ({values}): it was merged as "
                "written, with itself as its label; check it in the table {table}.",
                "%n select answers changed in the field are not choices of the form ({values}): they were merged "
                "as written, with themselves as their labels; check them in the table {table}.",
                len(report.flagged),
            ).format(
                values=", ".join(sorted({f"{c.question}={c.field}" for c in report.flagged})), table=CONFLICTS_TABLE
            )
        )
    if report.given_uuids:
        warnings.append(
            trn(
                "%n new submission came from the field without a _uuid: it was added with a new one ({uuids}).",
                "%n new submissions came from the field without a _uuid: they were added with new ones ({uuids}).",
                len(report.given_uuids),
            ).format(uuids=", ".join(report.given_uuids))
        )
    if report.repeated_uuids:
        warnings.append(
            tr(
                "Several new submissions of the field copy have the same _uuid ({uuids}): they were all added; "
                "check whether they are the same household and remove the copies by a remove_survey decision."
            ).format(uuids=", ".join(sorted(report.repeated_uuids)))
        )
    if report.unknown_columns:
        warnings.append(
            tr("Columns of the field copy that the office survey does not have were not merged: {columns}").format(
                columns=", ".join(sorted(report.unknown_columns))
            )
        )
    if base.legacy is not None:
        warnings.append(
            tr(
                "This package was prepared by version 0.2.0: changes made in the field to the rows of repeat "
                "tables of existing submissions cannot be told and were not merged; compare them by hand."
            )
        )
    return warnings


def _not_merged_sentence(reason: str, count: int) -> str:
    from .rows import DELETED_IN_FIELD, NO_SUBMISSION, REMOVED_IN_OFFICE, UNKNOWN_COLUMN, UUID_IN_OFFICE

    if reason == DELETED_IN_FIELD:
        return trn(
            "%n row of {table} deleted in the field was kept in the office: deletions are not merged.",
            "%n rows of {table} deleted in the field were kept in the office: deletions are not merged.",
            count,
        )
    if reason == REMOVED_IN_OFFICE:
        return trn(
            "%n row of {table} changed or added in the field belongs to a submission removed in the office: "
            "it was not merged.",
            "%n rows of {table} changed or added in the field belong to submissions removed in the office: "
            "they were not merged.",
            count,
        )
    if reason == UUID_IN_OFFICE:
        return trn(
            "%n row of {table} added in the field has the _uuid of a submission the office holds: it was not merged.",
            "%n rows of {table} added in the field have the _uuid of submissions the office holds: they were "
            "not merged.",
            count,
        )
    if reason == UNKNOWN_COLUMN:
        return trn(
            "%n row of {table} has values entered in the field in columns the office file does not have: they "
            "were not merged (each is listed with its column and value).",
            "%n rows of {table} have values entered in the field in columns the office file does not have: "
            "they were not merged (each is listed with its column and value).",
            count,
        )
    if reason == NOT_A_DATE:
        return trn(
            "%n row of {table} has a date written in the field that is not a date (e.g. 12/03/2024 instead of "
            "2024-03-12): the office value was kept (each is listed with its text).",
            "%n rows of {table} have dates written in the field that are not dates (e.g. 12/03/2024 instead of "
            "2024-03-12): the office values were kept (each is listed with its text).",
            count,
        )
    if reason in (NOT_A_NUMBER, NOT_AN_INTEGER):
        return trn(
            "%n row of {table} has a number written in the field that its column cannot hold (e.g. '30 500,5' "
            "or 'six'): the office value was kept (each is listed with its text).",
            "%n rows of {table} have numbers written in the field that their columns cannot hold (e.g. "
            "'30 500,5' or 'six'): the office values were kept (each is listed with its text).",
            count,
        )
    if reason == NO_SUBMISSION:
        return trn(
            "%n row of {table} added in the field belongs to no submission merged (its _submission__uuid is "
            "empty or another package's): it was not merged.",
            "%n rows of {table} added in the field belong to no submission merged (their _submission__uuid is "
            "empty or another package's): they were not merged.",
            count,
        )
    return trn(  # AMBIGUOUS
        "%n _uuid shared by several rows of {table} had rows added or deleted, in a package prepared by "
        "version 0.2.0 that cannot tell them apart: their field changes were not merged.",
        "%n _uuids shared by several rows of {table} had rows added or deleted, in a package prepared by "
        "version 0.2.0 that cannot tell them apart: their field changes were not merged.",
        count,
    )


def _record_conflicts(ds, conflicts: list[Conflict], package: str) -> int:
    """Add the conflicts the table does not hold yet (a package merged twice brings the same ones):
    how many were added."""
    from osgeo import ogr

    table = ds.GetLayerByName(CONFLICTS_TABLE)
    if table is None:
        table = ds.CreateLayer(CONFLICTS_TABLE, geom_type=ogr.wkbNone, options=["FID=fid"])
        for column in CONFLICT_COLUMNS:
            table.CreateField(ogr.FieldDefn(column, ogr.OFTString))
    known = {table.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(table.GetLayerDefn().GetFieldCount())}
    for column in CONFLICT_COLUMNS:
        if column not in known:  # a table written by 0.2.0
            table.CreateField(ogr.FieldDefn(column, ogr.OFTString))
    same = (*range(2, 8), *range(13, 16))  # table, uuid, question, the values, the rows, the reason

    def key_of(values) -> tuple:
        return tuple(values[i] or None for i in same)

    recorded = {key_of([feature.GetField(column) for column in CONFLICT_COLUMNS]) for feature in table}
    merged_at, added = utc_now(), 0
    for conflict in conflicts:
        row = _conflict_row(conflict, merged_at, package)
        key = key_of([None if value is None else str(value) for value in row])
        if key in recorded:
            continue
        recorded.add(key)
        feature = ogr.Feature(table.GetLayerDefn())
        for column, value in zip(CONFLICT_COLUMNS, row):
            if value is not None:
                feature.SetField(column, value)
        table.CreateFeature(feature)
        added += 1
    return added


# -- cleaning decisions ---------------------------------------------------------------------------


def _decision(values) -> tuple[str, str, str]:
    """What a decision says: its change, new value and explanation (a comment written in the field counts)."""
    get = values.get if isinstance(values, dict) else (lambda name: getattr(values, name, ""))
    return (get("change_type") or "", get("new_value") or "", get("explanation") or "")


def _text(decision: tuple[str, str, str]) -> str:
    text = f"{decision[0]}: {decision[1]}" if decision[1] else decision[0]
    return f"{text} ({decision[2]})" if decision[2] else text


def _merge_log(office: list[LogEntry], returned: list[LogEntry], base: dict, report: MergeReport):
    """The office log with the field's decisions merged in; None when nothing changes."""
    merged = list(office)
    where = {decision_key(e): i for i, e in enumerate(merged)}
    changed = False
    for entry in returned:
        key = decision_key(entry)
        before = base.get(key)
        mine = _decision(entry)
        if before is not None and mine == _decision(before):
            continue  # not decided in the field
        if key not in where:
            merged.append(entry)
            where[key] = len(merged) - 1
            report.decisions_added += 1
            changed = True
            continue
        current = merged[where[key]]
        if _decision(current) == mine:
            continue
        if before is not None and _decision(current) == _decision(before):
            merged[where[key]] = entry
            report.decisions_updated += 1
            changed = True
        else:
            report.conflicts.append(
                Conflict(
                    "cleaning_log",
                    entry.uuid,
                    f"{entry.question} ({entry.check_id})" if entry.check_id else entry.question,
                    _text(_decision(before)) if before else None,
                    _text(_decision(current)),
                    _text(mine),
                    current.who,
                    current.when,
                    entry.who,
                    entry.when,
                )
            )
    return merged if changed else None
