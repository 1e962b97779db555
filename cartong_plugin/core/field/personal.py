# SPDX-License-Identifier: GPL-3.0-or-later
"""Personal data in a field package: left at the office unless the user deliberately takes it along.

A field laptop travels, and gets lost or stolen. So, by default, the package's copy of a survey
GeoPackage leaves out:

* the columns the protection detection (``protection.detect``, as the protection wizard runs it, every
  row read) finds at high risk in its data tables: names, phone numbers, GPS coordinates written out,
  photo links... never a row's identity (``_uuid``, ``_submission__uuid``, ``KEY``, ``_index``) nor the
  geometry, which the field team works on (the points stay exact; said in the sentences);
* the cleaning-log decisions about those columns (they hold their old and new values) and the photos
  and files linked from those columns only;
* the raw tables (the data as received, every column) and the office's merge records
  (``field_conflicts``, ``cartong_field_merged``: values of any column). The merge reads neither from a
  returned package but the raw rows of a new submission, which QGIS in the field never writes.

The merge compares each returned row with the package's base (``snapshot``), written after this: a
column left out is in neither, so the field cannot have changed it, and the office keeps its values
(never emptied, never a conflict). The copy is vacuumed afterwards so that the bytes of what was left
out do not stay in its free pages. What was left out (or carried) is recorded in the manifest and in
the base, for the merge to tell.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr, trn
from .pairs import REPEAT_ROW_KEYS
from .snapshot import PARENT_UUID, RAW_PREFIX, UUID

# the office's records of earlier merges: values of any column, needed by no field work nor merge
MERGE_RECORDS = ("field_conflicts", "cartong_field_merged")
# the toolkit's own tables: the form, the column notes, the log, GeoPackage internals; no answers
_TOOLKIT = re.compile(
    r"^(raw_.*|cleaning_log|form_questions|form_choices|field_conflicts|cartong_.*|gpkg_.*|rtree_.*|"
    r"layer_styles|sqlite_.*)$",
    re.IGNORECASE,
)
_KEYS = {UUID, PARENT_UUID, *REPEAT_ROW_KEYS, "fid", "geometry"}  # what the merge matches rows by
_SHOWN = 12  # column names listed in a sentence


@dataclass
class SurveyPersonalData:
    """One survey GeoPackage's personal data at high risk: found, and left out of its copy or carried."""

    columns: dict[str, list[str]] = field(default_factory=dict)  # {table: high-risk columns}
    tables: list[str] = field(default_factory=list)  # raw tables and merge records present
    points: bool = False  # a point layer: the exact locations of the submissions
    decisions: int = 0  # cleaning-log decisions about the columns, left out
    attachments: int = 0  # photos and files linked only from the columns, left out

    def record(self, included: bool) -> dict:
        """As the manifest and the base record it."""
        key = "carried" if included else "left_out"
        return {
            key: {"columns": self.columns, "tables": self.tables},
            "decisions_left_out": self.decisions,
            "attachments_left_out": self.attachments,
        }


@dataclass
class PersonalData:
    """The personal data of a package's surveys ({file name: SurveyPersonalData}), and whether it is carried."""

    included: bool = False
    surveys: dict[str, SurveyPersonalData] = field(default_factory=dict)

    def manifest(self) -> dict:
        return {"included": self.included, "surveys": {n: s.record(self.included) for n, s in self.surveys.items()}}

    def column_names(self) -> list[str]:
        names = []
        for found in self.surveys.values():
            for table, columns in found.columns.items():
                names += [c if table == "survey" else f"{table}.{c}" for c in columns]
        return list(dict.fromkeys(names))

    def sentences(self) -> tuple[list[str], list[str]]:
        """(notes, warnings) telling what the package carries and leaves out, in the user's language."""
        names = self.column_names()
        shown = ", ".join(names[:_SHOWN]) + (", …" if len(names) > _SHOWN else "")
        tables = sorted({t for s in self.surveys.values() for t in s.tables})
        points = any(s.points for s in self.surveys.values())
        careful = tr("Copy it only to an encrypted laptop, and delete it from the laptop after the merge.")
        if self.included:
            carried = [
                trn("%n column at high risk ({columns})", "%n columns at high risk ({columns})", len(names)).format(
                    columns=shown
                )
            ] if names else []  # fmt: skip
            carried += [tr("the raw tables ({tables})").format(tables=", ".join(tables))] if tables else []
            carried += [tr("the exact location of each submission")] if points else []
            if not carried:
                return [tr("No personal data at high risk was found in the surveys.")], []
            return [], [
                tr("This package carries personal data: {what}.").format(what="; ".join(carried)) + " " + careful
            ]
        notes = []
        if names:
            notes.append(
                trn(
                    "Left out of the package to protect personal data: %n column at high risk ({columns}).",
                    "Left out of the package to protect personal data: %n columns at high risk ({columns}).",
                    len(names),
                ).format(columns=shown)
            )
        if tables:
            notes.append(
                tr("Left out too: the tables {tables}, which the field work and the merge do not need.").format(
                    tables=", ".join(tables)
                )
            )
        decisions = sum(s.decisions for s in self.surveys.values())
        if decisions:
            notes.append(
                trn(
                    "%n cleaning decision about those columns was left out too.",
                    "%n cleaning decisions about those columns were left out too.",
                    decisions,
                )
            )
        attachments = sum(s.attachments for s in self.surveys.values())
        if attachments:
            notes.append(
                trn(
                    "%n photo or file linked from those columns was left out too.",
                    "%n photos or files linked from those columns were left out too.",
                    attachments,
                )
            )
        if names or tables:
            notes.append(tr("At the merge, the office keeps its values of what was left out."))
        warnings = []
        if points:
            warnings.append(
                tr("The package still holds the exact location of each submission (the points of the map).")
                + " "
                + careful
            )
        return notes, warnings


def find_personal_data(survey: Path, feedback=None) -> SurveyPersonalData:
    """The high-risk columns of the data tables of ``survey`` (every row read), with its raw tables and merge
    records. A cancelled ``feedback`` stops it (CartongError)."""
    from qgis.core import QgsVectorLayer

    from ..protection.detect import detect_in_layer

    found = SurveyPersonalData()
    for name in _table_names(survey):
        if name.lower().startswith(RAW_PREFIX) or name in MERGE_RECORDS:
            found.tables.append(name)
            continue
        if _TOOLKIT.match(name):
            continue
        layer = QgsVectorLayer(f"{survey}|layername={name}", name, "ogr")
        if not layer.isValid():
            continue
        findings = detect_in_layer(layer, feedback=feedback)
        del layer
        found.points = found.points or any(f.column == "geometry" for f in findings)
        columns = [f.column for f in findings if f.risk == "high" and f.column not in _KEYS]
        if columns:
            found.columns[name] = columns
    return found


@gdal_exceptions()
def _table_names(gpkg: Path) -> list[str]:
    from osgeo import gdal

    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
    try:
        return [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    finally:
        ds = None


@gdal_exceptions()
def leave_out(copy: Path, found: SurveyPersonalData) -> None:
    """Remove from ``copy`` (the package's copy of a survey) the columns and tables of ``found``, and the
    cleaning-log decisions about those columns (counted in ``found``); then rewrite it without free pages."""
    from osgeo import ogr

    ds = ogr.Open(str(copy), 1)
    try:
        for name in found.tables:
            for index in range(ds.GetLayerCount()):
                if ds.GetLayer(index).GetName() == name:
                    ds.DeleteLayer(index)
                    break
        for name, columns in found.columns.items():
            layer = ds.GetLayerByName(name)
            for column in columns:
                layer.DeleteField(layer.GetLayerDefn().GetFieldIndex(column))
        log = ds.GetLayerByName("cleaning_log")
        questions = {c for columns in found.columns.values() for c in columns}
        if log is not None and questions and log.GetLayerDefn().GetFieldIndex("question") >= 0:
            doomed = [f.GetFID() for f in log if f.GetField("question") in questions]
            for fid in doomed:
                log.DeleteFeature(fid)
            found.decisions = len(doomed)
    finally:
        ds = None
    with closing(sqlite3.connect(str(copy))) as db:  # the bytes of what was removed must not travel
        db.execute("VACUUM")


def left_out_note(left_out: dict | None) -> str:
    """The merge's sentence about what the returned package's base says was left out ('' when nothing)."""
    columns = (left_out or {}).get("columns") or {}
    names = [c if table == "survey" else f"{table}.{c}" for table, cs in sorted(columns.items()) for c in cs]
    if not names:
        return ""
    return trn(
        "The package did not carry %n column of personal data ({columns}): it was not merged, the office "
        "values stay as they are.",
        "The package did not carry %n columns of personal data ({columns}): they were not merged, the office "
        "values stay as they are.",
        len(names),
    ).format(columns=", ".join(names[:_SHOWN]) + (", …" if len(names) > _SHOWN else ""))
