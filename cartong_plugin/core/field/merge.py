# SPDX-License-Identifier: GPL-3.0-or-later
"""Back from the field: merge a returned package's survey GeoPackage into the office GeoPackage.

Three ways, against the base the package carries (``snapshot``):

* new submissions (a ``_uuid`` neither the office nor the base has) are added to ``survey``, their
  raw rows to ``raw_survey`` and their repeat rows (by ``_submission__uuid``) to the repeat tables,
  exactly as received; raw rows already in the office are never changed;
* an edit made in the field (field value differs from the base, office value still the base's) is
  applied to ``survey``; the same value changed in both places to different values is a **conflict**:
  the office value stays, and the conflict is recorded in the table ``field_conflicts`` (and a CSV);
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
from ..base.i18n import tr
from ..base.safe_archives import safe_extract_zip
from ..base.safe_files import write_neutralised_csv
from ..cleaning.log import LogEntry
from ..cleaning.log_files import read_log_from_gpkg, write_log_to_gpkg
from ..servers.geopackage import copy_geopackage, ensure_not_in_use, utc_now
from .snapshot import GEOMETRY_KEY, SURVEY, UUID, decision_key, keyed_rows, read_base

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
)
RAW_SURVEY = "raw_survey"
PARENT_UUID = "_submission__uuid"


@dataclass
class Conflict:
    """One value changed differently in the office and in the field: the office value was kept."""

    table: str
    uuid: str
    question: str
    base: str | None
    office: str | None
    field: str | None
    office_who: str = ""
    office_when: str = ""
    field_who: str = ""
    field_when: str = ""


@dataclass
class MergeReport:
    office: Path
    returned: Path
    new_submissions: int = 0
    new_raw_rows: int = 0
    edits: int = 0
    decisions_added: int = 0
    decisions_updated: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    conflicts_csv: Path | None = None
    conflicts_recorded: int = 0  # conflicts new to the office's table (a second merge brings the same)
    warnings: list[str] = field(default_factory=list)

    def unchanged(self) -> bool:
        """Whether the merge brought nothing into the office file (no row, edit, decision or new conflict)."""
        return not (
            self.new_submissions
            or self.new_raw_rows
            or self.edits
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
        log = _merge_log(read_log_from_gpkg(office), read_log_from_gpkg(field_gpkg), base[1], report)
        try:
            with atomic_output(office) as tmp:
                copy_geopackage(office, Path(tmp))
                _merge_tables(Path(tmp), field_gpkg, base[0], report, returned.name)
                if log is not None:
                    write_log_to_gpkg(log, tmp)
                if conflicts_csv:
                    report.conflicts_csv = Path(conflicts_csv)
                    with atomic_output(conflicts_csv) as csv_tmp:
                        write_neutralised_csv(
                            csv_tmp, CONFLICT_COLUMNS[2:], [_conflict_row(c)[2:] for c in report.conflicts]
                        )
                if feedback is not None and feedback.isCanceled():
                    raise CartongError(tr("Cancelled: the office GeoPackage was not changed."), path=str(office))
                if report.unchanged():
                    raise _NothingMerged  # the office file stays as it was, byte for byte (its copy is dropped)
        except _NothingMerged:
            pass
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
        "office",
    ]


# -- submissions ----------------------------------------------------------------------------------


@gdal_exceptions()
def _merge_tables(office: Path, field_gpkg: Path, base_rows: dict, report: MergeReport, package: str) -> None:
    from osgeo import gdal, ogr

    office_ds = ogr.Open(str(office), 1)
    field_ds = gdal.OpenEx(str(field_gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
    try:
        office_ds.StartTransaction()
        new_uuids = _merge_survey(office_ds.GetLayerByName(SURVEY), field_ds.GetLayerByName(SURVEY), base_rows, report)
        for index in range(field_ds.GetLayerCount()):
            name = field_ds.GetLayer(index).GetName()
            office_layer = office_ds.GetLayerByName(name)
            if office_layer is None or name == SURVEY:
                continue
            if name == RAW_SURVEY:
                report.new_raw_rows += _append_new(office_layer, field_ds.GetLayer(index), UUID, None)
            elif _has_field(office_layer, PARENT_UUID):
                _append_new(office_layer, field_ds.GetLayer(index), PARENT_UUID, new_uuids)
        if report.conflicts:
            report.conflicts_recorded = _record_conflicts(office_ds, report.conflicts, package)
        office_ds.CommitTransaction()
    finally:
        office_ds = field_ds = None


def _has_field(layer, name: str) -> bool:
    return layer.GetLayerDefn().GetFieldIndex(name) >= 0


def _append_new(office_layer, field_layer, column: str, wanted: set[str] | None) -> int:
    """Copy, as they are, the rows of ``field_layer`` whose ``column`` is in ``wanted`` (None: whose
    ``column`` value the office layer does not hold yet). Returns the rows added."""
    if not _has_field(field_layer, column) or not _has_field(office_layer, column):
        return 0
    known: set[str] = set()
    if wanted is None:
        office_layer.ResetReading()
        known = {f.GetFieldAsString(column) for f in office_layer}
    added = 0
    field_layer.ResetReading()
    for feature in field_layer:
        value = feature.GetFieldAsString(column)
        if (wanted is not None and value in wanted) or (wanted is None and value not in known):
            _insert_copy(office_layer, feature)
            added += 1
    return added


def _insert_copy(layer, feature) -> None:
    from osgeo import ogr

    copy = ogr.Feature(layer.GetLayerDefn())
    copy.SetFrom(feature, 1)  # by field name, values and geometry as they are; a new fid
    copy.SetFID(-1)
    layer.CreateFeature(copy)


def _merge_survey(office_layer, field_layer, base_rows: dict, report: MergeReport) -> set[str]:
    """New submissions and field edits into the office ``survey``; conflicts into the report."""
    from osgeo import ogr

    if office_layer is None or field_layer is None:
        raise CartongError(
            tr("The office GeoPackage or the returned one has no 'survey' layer: import the survey first.")
        )
    office_rows, field_rows = keyed_rows(office_layer), keyed_rows(field_layer)
    new_uuids, unknown_columns = set(), set()
    for key, (field_fid, field_values) in field_rows.items():
        uuid = key.split("\t")[0]
        if key not in office_rows:
            if key in base_rows:
                report.warnings.append(
                    tr(
                        "Submission {uuid} was removed in the office and kept in the field: it was not added back."
                    ).format(uuid=uuid)
                )
                continue
            _insert_copy(office_layer, field_layer.GetFeature(field_fid))
            new_uuids.add(uuid)
            report.new_submissions += 1
            continue
        base = base_rows.get(key)
        if base is None:
            continue  # added on both sides since the package left (e.g. the same download): the office keeps its own
        office_fid, office_values = office_rows[key]
        changes = {}
        for column, value in field_values.items():
            if column not in base or column not in office_values:
                unknown_columns.add(column)
                continue
            before, now = base[column], office_values[column]
            if value == before or value == now:
                continue
            if now == before:
                changes[column] = value
            else:
                report.conflicts.append(Conflict(SURVEY, uuid, column, before, now, value))
        if changes:
            feature = office_layer.GetFeature(office_fid)
            for column, value in changes.items():
                if column == GEOMETRY_KEY:
                    feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes.fromhex(value)) if value else None)
                elif value is None:
                    feature.SetFieldNull(column)
                else:
                    feature.SetField(column, value)
            office_layer.SetFeature(feature)
            report.edits += len(changes)
    if unknown_columns:
        report.warnings.append(
            tr("Columns of the field copy that the office survey does not have were not merged: {columns}").format(
                columns=", ".join(sorted(unknown_columns))
            )
        )
    return new_uuids


def _record_conflicts(ds, conflicts: list[Conflict], package: str) -> int:
    """Add the conflicts the table does not hold yet (a package merged twice brings the same ones):
    how many were added."""
    from osgeo import ogr

    table = ds.GetLayerByName(CONFLICTS_TABLE)
    if table is None:
        table = ds.CreateLayer(CONFLICTS_TABLE, geom_type=ogr.wkbNone, options=["FID=fid"])
        for column in CONFLICT_COLUMNS:
            table.CreateField(ogr.FieldDefn(column, ogr.OFTString))
    same = CONFLICT_COLUMNS[2:8]  # table, uuid, question, base, office and field values
    recorded = {tuple(feature.GetField(column) for column in same) for feature in table}
    merged_at, added = utc_now(), 0
    for conflict in conflicts:
        row = _conflict_row(conflict, merged_at, package)
        key = tuple(None if value is None else str(value) for value in row[2:8])
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


def _decision(values) -> tuple[str, str]:
    get = values.get if isinstance(values, dict) else (lambda name: getattr(values, name))
    return (get("change_type") or "", get("new_value") or "")


def _text(decision: tuple[str, str]) -> str:
    return f"{decision[0]}: {decision[1]}" if decision[1] else decision[0]


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
