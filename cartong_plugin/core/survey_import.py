# SPDX-License-Identifier: GPL-3.0-or-later
"""Import a KoboToolbox / ODK / ONA export and its XLSForm into the survey GeoPackage.

The GeoPackage holds (see the data contract in the project brief):
``raw_survey`` / ``raw_<repeat>``: every column as text, every row in file order;
``survey``: the typed, labelled layer (Point EPSG:4326, null geometry without location);
``<repeat>``: typed child tables linked by ``_parent_index`` (Kobo) or ``PARENT_KEY`` (ODK);
``cartong_metadata``: one row per import; ``form_questions`` / ``form_choices``: the form.

Speed: the export is parsed once by pandas; the raw tables are bulk-inserted with SQLite
and the typed tables are computed *inside* SQLite from the raw ones. Values are converted
once per distinct value (numbers, choice labels) through small lookup tables, dates by
SQLite's own date functions, so the work grows with the number of distinct answers,
not with rows x columns in Python.
"""
from __future__ import annotations

import hashlib
import json
import math
import operator
import re
import struct
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from . import gpkg_writer as gw
from .atomic import atomic_output
from .errors import CartongError
from .export_readers import (
    TextTable,
    read_csv_text,
    read_xlsx_text,
    read_zip_text,
    sibling_repeat_csvs,
)
from .geometry import CoordinateError, gpkg_blob, odk_wkb, parse_geopoint
from .i18n import tr
from .xlsform import FormSpec, Question, read_xlsform

MAIN_TABLE = "survey"
METADATA_TABLE = "cartong_metadata"
GEO_PARTS = ("latitude", "longitude", "altitude", "precision")
_ODK_GEO = {"latitude": "latitude", "longitude": "longitude", "altitude": "altitude", "accuracy": "precision"}
ODK_META = {"KEY", "PARENT_KEY", "SubmissionDate", "SubmitterID", "SubmitterName", "AttachmentsPresent",
            "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion",
            "meta-instanceID", "meta-instanceName", "instanceID"}
META_INTEGER = {"_id", "_index", "_parent_index", "_submission__id", "AttachmentsPresent", "AttachmentsExpected",
                "Edits"}
META_DATETIME = {"_submission_time", "_submission__submission_time", "SubmissionDate"}
# XLSForm type -> typed column kind
_KIND = {
    "integer": "integer", "decimal": "decimal", "range": "decimal",
    "date": "date", "today": "date", "datetime": "datetime", "start": "datetime", "end": "datetime",
    "select_one": "select_one", "select_multiple": "select_multiple",
    "geopoint": "geopoint", "geotrace": "geotrace", "geoshape": "geoshape",
}
_SEPARATORS = ("/", ".", "-", ":")
_RESERVED = {gw.FID, gw.GEOM}


class ImportCancelled(CartongError):
    """The user cancelled; nothing was written."""


@dataclass
class ImportReport:
    """What the import did: counts for the summary page and the Processing outputs."""

    output: str = ""
    rows: int = 0
    rows_without_location: int = 0
    warnings: list[str] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)  # typed table -> rows
    relations: list[dict] = field(default_factory=list)
    language: str = ""
    form_id: str = ""
    form_version: str = ""
    geometry_column: str = ""
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, for `make bench`

    def lap(self, stage: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - since
        return now


@dataclass
class Column:
    """How one column of the export becomes a column of the typed table."""

    index: int
    header: str
    name: str = ""  # typed column name
    kind: str = "text"  # text integer decimal date datetime select_one select_multiple flag geo* coordinate
    question: Question | None = None
    choice: str | None = None  # flag columns of a select_multiple
    geo_part: str | None = None  # coordinate columns: latitude/longitude/altitude/precision
    geo_question: str = ""


class _Progress:
    def __init__(self, feedback):
        self.feedback = feedback

    def __call__(self, percent: float) -> None:
        if self.feedback is None:
            return
        if self.feedback.isCanceled():
            raise ImportCancelled(tr("Import cancelled: nothing was written."))
        self.feedback.setProgress(max(0.0, min(100.0, percent)))


# ----------------------------------------------------------------------------- reading

def read_export(data_path, spec: FormSpec | None = None, repeat_paths: dict | None = None) -> list[TextTable]:
    """The main table then the repeat tables of an export (CSV, CSV with sibling repeat CSVs, XLSX, zip)."""
    path = Path(str(data_path))
    suffix = path.suffix.lower()
    if not path.exists():
        raise CartongError(tr("The file {file} does not exist (moved or deleted?).").format(file=str(path)),
                           path=str(path))
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx_text(path)
    if suffix == ".zip":
        return read_zip_text(path)
    if suffix == ".xls":
        raise CartongError(tr("{file} is an old Excel .xls file: export the data again as .xlsx or CSV.")
                           .format(file=path.name), path=str(path))
    tables = [read_csv_text(path)]
    repeats = dict(repeat_paths or {})
    known = set(spec.repeats) if spec else set()
    for name, candidate in sibling_repeat_csvs(path).items():
        if name in repeats:
            continue
        if name in known or (not spec and _looks_like_repeat(candidate)):
            repeats[name] = candidate
    for name, repeat_path in repeats.items():
        tables.append(read_csv_text(repeat_path, name=name))
    return tables


def _looks_like_repeat(path: Path) -> bool:
    with open(path, "rb") as handle:
        head = handle.readline(64 * 1024).decode("utf-8", errors="replace")
    return "_parent_index" in head or "PARENT_KEY" in head


# ----------------------------------------------------------------------------- planning

def _question_keys(spec: FormSpec) -> dict[str, Question]:
    """Every header spelling of each question: full path with / . - : separators, then the bare name."""
    keys: dict[str, Question] = {}
    bare: dict[str, list[Question]] = {}
    for question in spec.questions.values():
        parts = question.path.split("/")
        for sep in _SEPARATORS:
            keys.setdefault(sep.join(parts), question)
        # Kobo repeat sheets sometimes start the path at the repeat
        if question.repeat and question.repeat in parts:
            inner = parts[parts.index(question.repeat):]
            for sep in _SEPARATORS:
                keys.setdefault(sep.join(inner), question)
        bare.setdefault(question.name, []).append(question)
    for name, questions in bare.items():
        keys.setdefault(name, questions[0])
    return keys


def _label_keys(spec: FormSpec) -> dict[str, Question]:
    """Question labels (any language) -> question, for "labels" exports."""
    keys: dict[str, Question] = {}
    for question in spec.questions.values():
        for label in question.labels.values():
            keys.setdefault(label.strip(), question)
    return keys


_KOBO_GEO = re.compile(r"^_(.+)_(latitude|longitude|altitude|precision)$")
_ODK_GEO_RE = re.compile(r"^(.+)[-/.:](latitude|longitude|altitude|accuracy)$", re.IGNORECASE)
_GEOPOINT_TEXT = r"[+-]?\d+(?:[.,]\d+)?\s+[+-]?\d+(?:[.,]\d+)?(?:\s+[+-]?\d+(?:[.,]\d+)?){0,2}"


def plan_columns(table: TextTable, spec: FormSpec | None, warnings: list[str]) -> list[Column]:
    """Decide the typed name and kind of every column of ``table``."""
    keys = _question_keys(spec) if spec else {}
    labels = _label_keys(spec) if spec else {}
    columns = []
    unmatched = []
    for index, header in enumerate(table.headers):
        column = Column(index=index, header=header)
        question = keys.get(header)
        # Kobo split coordinates may carry the group prefix: "geo/_geolocation_latitude"
        kobo_geo, odk_geo = _KOBO_GEO.match(header.split("/")[-1]), _ODK_GEO_RE.match(header)
        if question is not None:
            column.question = question
            column.kind = _KIND.get(question.type, "text")
            column.name = question.name
        elif spec and (flag := _flag_of(header, keys, spec)):
            column.question, column.choice = flag
            column.kind, column.name = "flag", f"{flag[0].name}_{flag[1]}"
        elif kobo_geo and (spec is None or kobo_geo.group(1) in spec.questions or kobo_geo.group(1) in keys):
            column.kind, column.geo_part, column.geo_question = "coordinate", kobo_geo.group(2), kobo_geo.group(1)
            column.name = header.split("/")[-1]
        elif odk_geo and (spec is None or odk_geo.group(1) in keys):
            target = keys[odk_geo.group(1)].name if spec else odk_geo.group(1).split("-")[-1]
            part = _ODK_GEO[odk_geo.group(2).lower()]
            column.kind, column.geo_part, column.geo_question = "coordinate", part, target
            column.name = f"_{target}_{part}"
        elif header.startswith("_") or header in ODK_META:
            column.kind = ("integer" if header in META_INTEGER else
                           "datetime" if header in META_DATETIME else "text")
            column.name = header
        elif spec and (question := labels.get(header) or labels.get(header.split("/")[-1].strip())):
            column.question, column.kind, column.name = question, _KIND.get(question.type, "text"), question.name
        else:
            column.name = re.split(r"[/]", header)[-1] or header
            if spec:
                unmatched.append(header)
        columns.append(column)
    if spec is None:
        _infer_kinds(table, columns)
    else:
        matched = sum(1 for c in columns if c.question is not None)
        candidates = sum(1 for c in columns if not (c.header.startswith("_") or c.header in ODK_META))
        if candidates and matched == 0:
            raise CartongError(
                tr("{file} does not match the form {form}: none of its {count} columns is a question of the "
                   "form. Choose the form this export was downloaded with.")
                .format(file=table.source, form=Path(spec.path).name, count=candidates), path=table.source)
        if unmatched:
            warnings.append(tr("{file}: {count} column(s) are not in the form and were imported as text: {columns}")
                            .format(file=table.source, count=len(unmatched),
                                    columns=", ".join(unmatched[:8]) + (" ..." if len(unmatched) > 8 else "")))
    _unique_names(columns)
    return columns


def _flag_of(header: str, keys: dict[str, Question], spec: FormSpec):
    """(question, choice) when ``header`` is a split select_multiple column like ``group/q/choice``."""
    for sep in _SEPARATORS:
        head, found, choice = header.rpartition(sep)
        if found and head in keys and keys[head].type == "select_multiple":
            question = keys[head]
            codes = {c.name for c in spec.choices.get(question.list_name or "", ())}
            if choice in codes or not codes:
                return question, choice
    return None


def _unique_names(columns: list[Column]) -> None:
    """Typed names unique without case (SQLite), never fid/geom, labels included."""
    used = set(_RESERVED)
    for column in columns:
        base = column.name or column.header
        name, n = base, 1
        while name.casefold() in used or (column.kind in ("select_one", "select_multiple")
                                          and f"{name}_label".casefold() in used):
            n += 1
            name = f"{base}_{n}"
        column.name = name
        used.add(name.casefold())
        if column.kind in ("select_one", "select_multiple"):
            used.add(f"{name}_label".casefold())


def _infer_kinds(table: TextTable, columns: list[Column]) -> None:
    """Without a form: integer, decimal, date, datetime or geopoint when every non-empty value fits."""
    frame = table.frame
    for column in columns:
        if column.kind != "text" or column.header in ODK_META or column.header.startswith("_"):
            continue
        values = frame[column.index].str.strip()
        uniques = values[values != ""].drop_duplicates()
        if uniques.empty:
            continue
        if column.header.strip().lower() in ("latitude", "lat", "longitude", "lon", "lng", "long", "x", "y"):
            part = "latitude" if column.header.strip().lower() in ("latitude", "lat", "y") else "longitude"
            column.kind, column.geo_part, column.geo_question = "coordinate", part, ""
            continue
        if uniques.str.fullmatch(_GEOPOINT_TEXT).all():
            column.kind = "geopoint"
        elif uniques.str.contains(";").any() and uniques.str.fullmatch(
                rf"{_GEOPOINT_TEXT}(?:\s*;\s*{_GEOPOINT_TEXT})+\s*;?").all():
            column.kind = "geoshape" if all(_closed(v) for v in uniques) else "geotrace"
        elif uniques.str.fullmatch(r"[+-]?[1-9]\d{0,17}|0").all():
            column.kind = "integer"  # leading zeros (phone numbers, codes) stay text
        elif uniques.str.fullmatch(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?").all():
            column.kind = "decimal"
        elif uniques.str.fullmatch(r"\d{4}-\d{2}-\d{2}").all():
            column.kind = "date"
        elif uniques.str.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?").all():
            column.kind = "datetime"


def _closed(text: str) -> bool:
    points = [p.split()[:2] for p in text.split(";") if p.strip()]
    return len(points) > 3 and points[0] == points[-1]


# ----------------------------------------------------------------------------- converting

def _first_row(series, values) -> int:
    """1-based data row of the first value of ``series`` in ``values``."""
    hits = series.isin(list(values)).to_numpy().nonzero()[0]
    return int(hits[0]) + 1 if len(hits) else 0


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SMALL_LIST = 60  # choice lists up to this size are labelled by a CASE expression, larger by a lookup


def _real_day(text: str) -> bool:
    try:
        date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return False
    return True


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_INTEGER_TEXT = r"[+-]?\d+(?:\.0*)?"
_NUMBER_TEXT = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?\d*,\d+"


class _TypedBuilder:
    """Builds the SQL that fills one typed table from its raw table.

    ``fields`` are the typed columns (name, OGR type), ``exprs`` their SQL over the raw row
    ``r``, ``joins`` the lookup tables they read. Lookups are created later, in the
    connection that runs the INSERT (temporary tables belong to one connection).
    """

    def __init__(self, key: str, table: TextTable, columns: list[Column], spec: FormSpec | None, language: str,
                 warnings: list[str]):
        self.key, self.table, self.columns, self.spec = key, table, columns, spec
        self.language, self.warnings = language, warnings
        self.fields: list[tuple[str, int]] = []
        self.exprs: list[str] = []
        self.joins: list[str] = []
        self.date_checks: list[tuple[Column, str]] = []
        self.lookups: list[tuple[str, int, list[tuple]]] = []
        for column in columns:
            self.add(column)

    def _lookup(self, pairs: list[tuple], width: int) -> str:
        """Name of a temporary table (k, v0[, v1]) that will hold ``pairs``."""
        name = f"_lookup_{self.key}_{len(self.lookups)}"
        self.lookups.append((name, width, pairs))
        return name

    def create_lookups(self, db) -> None:
        for name, width, pairs in self.lookups:
            values = "".join(f", v{i}" for i in range(width))
            db.execute(f"CREATE TEMP TABLE {name} (k TEXT PRIMARY KEY{values}) WITHOUT ROWID")
            db.executemany(f"INSERT INTO temp.{name} VALUES ({', '.join('?' * (width + 1))})", pairs)

    def _warn_bad(self, column: Column, bad: list[str], what: str) -> None:
        if not bad:
            return
        series = self.table.frame[column.index]
        self.warnings.append(
            tr("{file}, column {column}: {count} value(s) are not {what} and were left empty in the typed "
               "table (first at row {row}: '{value}'). The raw table keeps them.")
            .format(file=self.table.source, column=column.header, count=int(series.isin(bad).sum()), what=what,
                    row=_first_row(series, bad), value=series[series.isin(bad)].iloc[0]))

    def _number(self, column: Column, ref: str) -> str:
        """CAST in SQLite, after checking each distinct value once in pandas (bad ones -> NULL)."""
        import pandas as pd

        integer = column.kind == "integer"
        sql_type = "INTEGER" if integer else "REAL"
        distinct = self.table.frame[column.index].unique()
        if self._plain_numbers(distinct, integer, column):
            return f"CAST(NULLIF({ref}, '') AS {sql_type})"  # the usual case, and the cheapest
        uniques = pd.Series(distinct, dtype=object)
        text = uniques.str.strip()
        valid = text.str.fullmatch(_INTEGER_TEXT if integer else _NUMBER_TEXT)
        bad_mask = (text != "") & ~valid
        if column.kind == "coordinate" and column.geo_part in ("latitude", "longitude"):
            limit = 90 if column.geo_part == "latitude" else 180
            numbers = pd.to_numeric(text.where(valid, "").str.replace(",", ".", regex=False), errors="coerce")
            bad_mask |= numbers.abs() > limit
        bad = uniques[bad_mask].tolist()
        self._warn_bad(column, bad, tr("whole numbers") if integer else tr("numbers"))
        good = uniques[valid]
        if not bad and not good.str.contains(r"[\s,]").any():
            return f"CAST(NULLIF({ref}, '') AS {sql_type})"  # the usual case, and the cheapest
        cast = f"CAST(replace(trim({ref}), ',', '.') AS {sql_type})"
        if not bad:
            return f"CASE WHEN trim({ref}) = '' THEN NULL ELSE {cast} END"
        lookup = self._lookup([(v,) for v in bad], width=0)
        return f"CASE WHEN trim({ref}) = '' OR {ref} IN (SELECT k FROM temp.{lookup}) THEN NULL ELSE {cast} END"

    @staticmethod
    def _plain_numbers(distinct, integer: bool, column: Column) -> bool:
        """True when every distinct value is a plain number SQLite's CAST reads exactly (checked in C).

        Plain: digits (and for decimals ". e E + -"), no spaces or decimal commas, finite, in range
        for coordinates. Anything else takes the careful path, value by value.
        """
        import numpy as np
        import pandas as pd

        values = distinct[distinct != ""]
        if not len(values):
            return True
        joined = "\x1f".join(values.tolist())
        if re.search(r"[^0-9\x1f-]" if integer else r"[^0-9.eE+\x1f-]", joined):
            return False
        try:
            numbers = pd.to_numeric(values).astype(float)
        except (ValueError, TypeError):
            return False
        if not np.isfinite(numbers).all():
            return False
        if column.kind == "coordinate" and column.geo_part in ("latitude", "longitude"):
            return bool((np.abs(numbers) <= (90 if column.geo_part == "latitude" else 180)).all())
        return True

    def add(self, column: Column) -> None:
        from osgeo import ogr

        ref = "r." + gw.quote(column.header)
        kind = column.kind
        if kind in ("integer", "decimal", "coordinate"):
            self.fields.append((column.name, ogr.OFTInteger64 if kind == "integer" else ogr.OFTReal))
            self.exprs.append(self._number(column, ref))
        elif kind == "date":
            self.fields.append((column.name, ogr.OFTDate))
            day = f"substr(trim({ref}), 1, 10)"
            self.exprs.append(self._unless_impossible_day(column, day, f"date({day})"))
            self.date_checks.append((column, tr("dates (YYYY-MM-DD)")))
        elif kind == "datetime":
            self.fields.append((column.name, ogr.OFTDateTime))
            day = f"substr(trim({ref}), 1, 10)"
            # SQLite turns "+01:00" offsets into UTC, which is how GeoPackage stores date-times
            self.exprs.append(self._unless_impossible_day(column, day,
                                                          f"strftime('%Y-%m-%dT%H:%M:%fZ', trim({ref}))"))
            self.date_checks.append((column, tr("date-times (ISO 8601)")))
        elif kind in ("select_one", "select_multiple"):
            pairs, unknown, recoded = self._choice_pairs(column)
            lookup = self._lookup(pairs, width=2) if recoded or len(pairs) > _SMALL_LIST else None
            # subqueries, not joins: a big form has more select questions than SQLite's 64-join limit
            self.fields += [(column.name, ogr.OFTString), (f"{column.name}_label", ogr.OFTString)]
            self.exprs.append(f"(SELECT v0 FROM temp.{lookup} WHERE k = {ref})" if recoded else f"NULLIF({ref}, '')")
            if len(pairs) <= _SMALL_LIST:  # a CASE costs less than a lookup per row
                whens = " ".join(f"WHEN {_sql_text(v)} THEN {_sql_text(label)}" for v, _codes, label in pairs)
                self.exprs.append(f"CASE {ref} {whens} END" if pairs else "NULL")
            else:
                self.exprs.append(f"(SELECT v1 FROM temp.{lookup} WHERE k = {ref})")
            if unknown:
                series = self.table.frame[column.index]
                self.warnings.append(
                    tr("{file}, column {column}: {count} answer(s) are not in the choice list '{list}' "
                       "(first at row {row}: '{value}'); the code is kept as its own label.")
                    .format(file=self.table.source, column=column.header, list=column.question.list_name,
                            count=int(series.isin(unknown).sum()), row=_first_row(series, unknown),
                            value=series[series.isin(unknown)].iloc[0]))
        elif kind == "flag":
            self.fields.append((column.name, ogr.OFTInteger))
            self.exprs.append(f"CASE lower(trim({ref})) WHEN '1' THEN 1 WHEN 'true' THEN 1 WHEN '1.0' THEN 1 "
                              f"WHEN '0' THEN 0 WHEN 'false' THEN 0 WHEN '0.0' THEN 0 END")
        else:  # text, and geo columns: the original string is kept beside the geometry
            self.fields.append((column.name, ogr.OFTString))
            self.exprs.append(f"NULLIF({ref}, '')")

    def _unless_impossible_day(self, column: Column, day: str, expr: str) -> str:
        """``expr``, or NULL for days like 2021-02-30 that SQLite's date functions let through."""
        import numpy as np

        # numpy truncates to 10 characters in C; values with leading spaces are rare and SQLite trims them
        days = np.unique(self.table.frame[column.index].to_numpy().astype("U10"))
        impossible = [d for d in days if _DAY.fullmatch(d) and not _real_day(d)]
        if not impossible:
            return expr
        return f"CASE WHEN {day} IN ({', '.join(_sql_text(d) for d in impossible)}) THEN NULL ELSE {expr} END"

    def _choice_pairs(self, column: Column):
        """(value, codes, labels) of every distinct answer, the unknown answers, whether codes were recoded.

        Answers are codes; a "labels" export has labels instead, recoded here to their codes.
        """
        spec, question = self.spec, column.question
        list_name = question.list_name or "" if question else ""
        choices = spec.choices.get(list_name, []) if spec else []
        labels = spec.choice_labels(list_name, self.language) if spec else {}
        by_label = {}
        for choice in choices:
            for text in choice.labels.values():
                by_label.setdefault(text.strip(), choice.name)
        pairs, unknown, recoded = [], [], False
        for value in self.table.frame[column.index].unique():
            text = value.strip()
            if not text:
                continue
            if column.kind == "select_one" or (text in by_label and not all(t in labels for t in text.split())):
                tokens = [text]
            else:
                tokens = text.split()
            codes = []
            for token in tokens:
                code = token if token in labels else by_label.get(token)
                if code is None:
                    code = token
                    if choices:
                        unknown.append(value)
                codes.append(code)
            joined = " ".join(codes)
            recoded = recoded or joined != value
            pairs.append((value, joined, "; ".join(labels.get(c, c) for c in codes)))
        return pairs, sorted(set(unknown)), recoded

    def check_dates(self, db, typed: str, raw: str, raw_fid: str) -> None:
        """Warn about values SQLite could not read as dates (one scan for all date columns)."""
        if not self.date_checks:
            return
        fid = gw.quote(raw_fid)
        failed = [f"(t.{gw.quote(c.name)} IS NULL AND trim(r.{gw.quote(c.header)}) <> '')"
                  for c, _ in self.date_checks]
        counts = db.execute(f"SELECT {', '.join(f'total({f})' for f in failed)} FROM {gw.quote(raw)} r "
                            f"JOIN {gw.quote(typed)} t ON t.fid = r.{fid}").fetchone()
        for (column, what), condition, count in zip(self.date_checks, failed, counts):
            if not count:
                continue
            first, value = db.execute(f"SELECT r.{fid}, r.{gw.quote(column.header)} FROM {gw.quote(raw)} r "
                                      f"JOIN {gw.quote(typed)} t ON t.fid = r.{fid} WHERE {condition} "
                                      f"ORDER BY r.{fid} LIMIT 1").fetchone()
            self.warnings.append(
                tr("{file}, column {column}: {count} value(s) are not {what} and were left empty in the "
                   "typed table (first at row {row}: '{value}'). The raw table keeps them.")
                .format(file=self.table.source, column=column.header, count=int(count), what=what, row=first,
                        value=value))


# ----------------------------------------------------------------------------- geometry

def choose_geometry(columns: list[Column], geometry_field: str | None = None, lat_field: str | None = None,
                    lon_field: str | None = None):
    """The geo column(s) giving the location: a geopoint/geotrace/geoshape column or a lat/lon pair.

    ``lat_field``/``lon_field`` name two columns of a plain table (decimal comma accepted).
    """
    if lat_field or lon_field:
        by_name = {c.header: c for c in columns} | {c.name: c for c in columns}
        lat, lon = by_name.get(lat_field or ""), by_name.get(lon_field or "")
        if lat is None or lon is None:
            return None, None, None
        for column, part in ((lat, "latitude"), (lon, "longitude")):
            column.kind, column.geo_part, column.geo_question = "coordinate", part, "_user"
        return "pair", lat, lon
    if geometry_field:
        for column in columns:
            if geometry_field in (column.header, column.name):
                if column.kind not in ("geopoint", "geotrace", "geoshape"):
                    column.kind = "geopoint"  # the user says so: read it as "lat lon [alt acc]"
                return column.kind, column, None
        return None, None, None
    for column in columns:
        if column.kind == "geopoint":
            return "geopoint", column, None
    pairs: dict[str, dict[str, Column]] = {}
    for column in columns:
        if column.kind == "coordinate":
            pairs.setdefault(column.geo_question, {})[column.geo_part] = column
    for parts in pairs.values():
        if "latitude" in parts and "longitude" in parts:
            return "pair", parts["latitude"], parts["longitude"]
    for column in columns:
        if column.kind in ("geotrace", "geoshape"):
            return column.kind, column, None
    return None, None, None


def _to_float(series):
    import pandas as pd

    text = series.str.strip()
    if text.str.contains(",", regex=False).any():
        text = text.str.replace(r"^([+-]?\d*),(\d+)$", r"\1.\2", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _split_geopoints(text):
    """The 4 numeric parts of geopoint strings, parsed by pandas' C reader (fast path), or None."""
    import io

    import pandas as pd

    values = text.tolist()
    try:
        # a sentinel last line keeps a trailing empty value from being dropped
        # no dtype: the C reader turns clean numeric parts into floats itself
        parts = pd.read_csv(io.StringIO("\n".join(values) + "\n0 0"), sep=" ", header=None, names=range(5),
                            skip_blank_lines=False, engine="c", keep_default_na=False, na_values=[""],
                            quoting=3)
    except (ValueError, pd.errors.ParserError):
        return None
    if len(parts) != len(values) + 1:
        return None
    return parts.iloc[:-1].reset_index(drop=True)


def geopoint_arrays(series):
    """lat, lon, alt, acc float arrays (NaN when empty or bad) and the mask of bad non-empty values."""
    import numpy as np

    text = series.str.strip()
    empty = (text == "").to_numpy()
    parts = _split_geopoints(text)
    if parts is None:
        parts = text.str.split(r"\s+", n=4, expand=True, regex=True)
        while parts.shape[1] < 5:
            parts[parts.shape[1]] = None
    lat, lon, alt, acc = (parts[i].to_numpy(dtype=float) if parts[i].dtype.kind in "fi"
                          else _to_float(parts[i].fillna("").astype(str)).to_numpy(dtype=float) for i in range(4))
    with np.errstate(invalid="ignore"):
        ok = parts[1].notna().to_numpy() & parts[4].isna().to_numpy()
        ok &= np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
        ok &= ~(parts[2].notna().to_numpy() & ~np.isfinite(alt))
        ok &= ~(parts[3].notna().to_numpy() & ~np.isfinite(acc))
    bad = ~empty & ~ok
    # odd spacing (tabs, double spaces) defeats the fast split: give those rows the careful parser
    for index in bad.nonzero()[0][:10000]:
        try:
            point = parse_geopoint(series.iloc[index])
        except CoordinateError:
            continue
        lat[index], lon[index] = point.lat, point.lon
        alt[index] = np.nan if point.alt is None else point.alt
        acc[index] = np.nan if point.acc is None else point.acc
        ok[index], bad[index] = True, False
    nan = np.nan
    return np.where(ok, lat, nan), np.where(ok, lon, nan), np.where(ok, alt, nan), np.where(ok, acc, nan), bad


def build_geometries(table: TextTable, how, first: Column, second: Column | None, warnings: list[str]):
    """Rows (fid, blob, lat, lon, alt, acc, minx, maxx, miny, maxy) of the located rows, and the extent."""
    import numpy as np

    frame = table.frame
    n = len(frame)
    fids = np.arange(1, n + 1)
    if how in ("geopoint", "pair"):
        if how == "geopoint":
            lat, lon, alt, acc, bad = geopoint_arrays(frame[first.index])
        else:
            lat = _to_float(frame[first.index]).to_numpy(dtype=float)
            lon = _to_float(frame[second.index]).to_numpy(dtype=float)
            with np.errstate(invalid="ignore"):
                ok = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
            empty = ((frame[first.index].str.strip() == "") & (frame[second.index].str.strip() == "")).to_numpy()
            bad = ~empty & ~ok
            lat, lon = np.where(ok, lat, np.nan), np.where(ok, lon, np.nan)
            alt = acc = np.full(n, np.nan)
        if bad.any():
            first_bad = int(bad.nonzero()[0][0])
            value = frame[first.index].iloc[first_bad]
            if second is not None:
                value = f"{value} {frame[second.index].iloc[first_bad]}"
            warnings.append(
                tr("{file}, column {column}: {count} location(s) cannot be read and were imported without "
                   "geometry (first at row {row}: {reason})")
                .format(file=table.source, column=first.header, count=int(bad.sum()), row=first_bad + 1,
                        reason=_coordinate_reason(value)))
        idx = (np.isfinite(lat) & np.isfinite(lon)).nonzero()[0]
        prefix = b"GP\x00\x01" + struct.pack("<i", 4326) + struct.pack("<BI", 1, 1)
        pack = struct.Struct("<dd").pack
        lons, lats = lon[idx].tolist(), lat[idx].tolist()
        blobs = [prefix + pack(x, y) for x, y in zip(lons, lats)]
        rows = list(zip(fids[idx].tolist(), blobs, lats, lons, _nan_none(alt[idx]), _nan_none(acc[idx]),
                        lons, lons, lats, lats))
        extent = (min(lons), min(lats), max(lons), max(lats)) if lons else None
        return rows, extent
    # geotrace / geoshape: rare and short lists, parsed row by row
    from osgeo import ogr

    rows, bad_rows = [], []
    for fid, value in zip(fids.tolist(), frame[first.index].tolist()):
        try:
            wkb = odk_wkb(value, how)
        except CoordinateError as err:
            bad_rows.append((fid, str(err)))
            continue
        if wkb is not None:
            minx, maxx, miny, maxy = ogr.CreateGeometryFromWkb(wkb).GetEnvelope()
            rows.append((fid, gpkg_blob(wkb), None, None, None, None, minx, maxx, miny, maxy))
    if bad_rows:
        warnings.append(tr("{file}, column {column}: {count} shape(s) cannot be read and were imported without "
                           "geometry (first at row {row}: {reason})")
                        .format(file=table.source, column=first.header, count=len(bad_rows), row=bad_rows[0][0],
                                reason=bad_rows[0][1]))
    extent = (min(r[6] for r in rows), min(r[8] for r in rows), max(r[7] for r in rows),
              max(r[9] for r in rows)) if rows else None
    return rows, extent


def _nan_none(values) -> list:
    return [None if math.isnan(v) else v for v in values.tolist()]


def _coordinate_reason(value: str) -> str:
    try:
        parse_geopoint(value)
    except CoordinateError as err:
        return str(err)
    return tr("'{value}' is not a location").format(value=value)


# ----------------------------------------------------------------------------- preview

@dataclass
class ExportPreview:
    """What the import wizard shows before importing: first rows and what was detected."""

    headers: list[str]
    rows: list[list[str]]
    encoding: str
    delimiter: str
    kinds: dict[str, str]  # header -> detected kind (text, integer, select_one, geopoint...)
    geometry_candidates: list[str]  # headers usable as the location
    geometry_default: str  # what the import will use when not told ("" when none)
    languages: list[str]
    default_language: str
    repeats: list[str]
    warnings: list[str]


def preview_export(data_path, form_path=None, rows: int = 20) -> ExportPreview:
    """Read the first ``rows`` of an export (and its form) without writing anything."""
    spec = read_xlsform(form_path) if form_path else None
    path = Path(str(data_path))
    if path.suffix.lower() == ".csv":
        tables = [read_csv_text(path, max_rows=rows)]
        repeats = [name for name, candidate in sibling_repeat_csvs(path).items()
                   if (spec and name in spec.repeats) or (not spec and _looks_like_repeat(candidate))]
    else:
        tables = read_export(path, spec)
        repeats = [t.name for t in tables[1:]]
    main = tables[0]
    warnings = list(main.warnings) + (list(spec.warnings) if spec else [])
    plan = plan_columns(main, spec, warnings)
    _how, first, second = choose_geometry(plan)
    return ExportPreview(
        headers=main.headers, rows=main.frame.head(rows).to_numpy().tolist(), encoding=main.encoding,
        delimiter=main.delimiter, kinds={c.header: c.kind for c in plan},
        geometry_candidates=[c.header for c in plan if c.kind in ("geopoint", "geotrace", "geoshape")],
        geometry_default="" if first is None else (first.header if second is None else
                                                   f"{first.header} + {second.header}"),
        languages=list(spec.languages) if spec else [], default_language=spec.default_language if spec else "",
        repeats=repeats, warnings=warnings)


# ----------------------------------------------------------------------------- writing

def _sha256(path, out: dict) -> None:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(4 * 1024 * 1024), b""):
            digest.update(block)  # hashlib releases the GIL: this runs beside the CSV parser
    out[str(path)] = digest.hexdigest()


def _table_names(tables: list[TextTable], spec: FormSpec | None) -> list[tuple[str, str]]:
    """(typed name, raw name) of each table: survey/raw_survey, then <repeat>/raw_<repeat>."""
    names = [(MAIN_TABLE, "raw_" + MAIN_TABLE)]
    used = {MAIN_TABLE, "raw_" + MAIN_TABLE, METADATA_TABLE, "form_questions", "form_choices", "cleaning_log"}
    repeats = list(spec.repeats) if spec else []
    for table in tables[1:]:
        name = next((r for r in repeats if r == table.name or r[:31] == table.name[:31]), table.name)
        name = re.sub(r"[^0-9A-Za-z_]+", "_", name).strip("_").lower() or "repeat"
        base, n = name, 1
        while name in used or "raw_" + name in used:
            n += 1
            name = f"{base}_{n}"
        used |= {name, "raw_" + name}
        names.append((name, "raw_" + name))
    return names


def _relation(parent: str, parent_columns: list[Column], child: str, child_columns: list[Column]) -> dict | None:
    parent_names = {c.header: c.name for c in parent_columns}
    child_names = {c.header: c.name for c in child_columns}
    for parent_key, child_key in (("_index", "_parent_index"), ("KEY", "PARENT_KEY"), ("_uuid", "_submission__uuid")):
        if parent_key in parent_names and child_key in child_names:
            return {"parent": parent, "child": child, "parent_key": parent_names[parent_key],
                    "child_key": child_names[child_key]}
    return None


def import_survey(data_path, form_path=None, output_gpkg=None, language: str | None = None, *,
                  geometry_field: str | None = None, lat_field: str | None = None, lon_field: str | None = None,
                  repeat_paths: dict | None = None, feedback=None) -> ImportReport:
    """Import ``data_path`` (+ optional XLSForm ``form_path``) into the GeoPackage ``output_gpkg``.

    ``language`` picks the label language ("fr", "French", "Français (fr)"; default: the form's).
    ``geometry_field`` forces the location column ("lat lon alt acc" strings), ``lat_field`` and
    ``lon_field`` name two coordinate columns instead; ``repeat_paths`` {repeat: csv} adds repeat CSVs.
    ``feedback`` (QgsFeedback-like: setProgress, isCanceled) reports progress and may cancel;
    a cancel or an error leaves no output file. Returns an ImportReport.
    """
    started = time.perf_counter()
    if output_gpkg is None:
        raise CartongError(tr("No output GeoPackage was given."))
    data_path = Path(str(data_path))
    output = Path(str(output_gpkg))
    if output.suffix.lower() != ".gpkg":
        output = output.with_suffix(".gpkg")
    if output.resolve() == data_path.resolve():
        raise CartongError(tr("The output must not overwrite the input file {file}.").format(file=data_path.name))
    progress = _Progress(feedback)
    progress(0)
    report = ImportReport(output=str(output))
    checksums: dict[str, str] = {}
    hasher = threading.Thread(target=_sha256, args=(data_path, checksums), daemon=True) \
        if data_path.is_file() else None
    if hasher:
        hasher.start()

    spec = read_xlsform(form_path) if form_path else None
    if spec:
        report.warnings += spec.warnings
        report.language = spec.resolve_language(language)
        report.form_id, report.form_version = spec.form_id, spec.version
        if language and report.language.casefold() != language.casefold() and \
                report.language not in (spec.resolve_language(language),):
            pass
    else:
        report.warnings.append(tr("No XLSForm was given: column types were inferred from the values and "
                                  "choices have no labels."))
    lap = report.lap("form", started)
    tables = read_export(data_path, spec, repeat_paths)
    lap = report.lap("read", lap)
    for table in tables:
        report.warnings += table.warnings
    progress(25)
    names = _table_names(tables, spec)
    plans = [plan_columns(table, spec, report.warnings) for table in tables]
    lap = report.lap("plan", lap)
    geo = choose_geometry(plans[0], geometry_field, lat_field, lon_field)
    if (geometry_field or lat_field or lon_field) and geo[0] is None:
        raise CartongError(tr("The location column {column} is not in {file}.")
                           .format(column=geometry_field or f"{lat_field} / {lon_field}", file=tables[0].source))
    for plan, (typed, _raw) in zip(plans[1:], names[1:]):
        rel = _relation(MAIN_TABLE, plans[0], typed, plan)
        if rel:
            report.relations.append(rel)
    progress(30)

    with atomic_output(output) as tmp:
        _write(tmp, tables, plans, names, spec, report, geo, progress)
        lap = time.perf_counter()
        if hasher:
            hasher.join()
        form_sum = {}
        if form_path:
            _sha256(form_path, form_sum)
        _write_metadata(tmp, report, data_path, form_path, spec, tables[0], checksums.get(str(data_path), ""),
                        form_sum.get(str(form_path), ""))
        report.lap("metadata", lap)
        progress(99)
    report.seconds = time.perf_counter() - started
    progress(100)
    return report


def _geometry_plan(plans, geo):
    """(OGR geometry type, split coordinate columns to compute from the geopoint string)."""
    from osgeo import ogr

    how, first, _second = geo
    geometry_type = {"geopoint": ogr.wkbPoint, "pair": ogr.wkbPoint, "geotrace": ogr.wkbLineString,
                     "geoshape": ogr.wkbPolygon}.get(how, ogr.wkbPoint)
    extra = []
    if how == "geopoint":  # Kobo-style split coordinates, when the export has only the string
        base = first.question.name if first.question else first.name
        present = {c.geo_part for c in plans[0] if c.kind == "coordinate" and c.geo_question in (base, first.header)}
        used = {c.name.casefold() for c in plans[0]}
        extra = [(f"_{base}_{part}", col) for part, col in zip(GEO_PARTS, ("lat", "lon", "alt", "acc"))
                 if part not in present and f"_{base}_{part}".casefold() not in used]
    return geometry_type, extra


class _FrameRows:
    """A DataFrame seen as a sequence of row lists, converted one chunk at a time (less memory)."""

    def __init__(self, frame):
        self.values = frame.to_numpy()  # a view of pandas' single block of str objects, no copy

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, part: slice) -> list[list[str]]:
        return self.values[part].tolist()


def _raw_fid(table: TextTable) -> str:
    return "cartong_fid" if any(h.casefold() == gw.FID for h in table.headers) else gw.FID


def _write(path, tables, plans, names, spec, report: ImportReport, geo, progress) -> None:
    """Create every table, bulk-load the raw ones, then fill the typed ones inside SQLite."""
    from osgeo import ogr

    how, first, second = geo
    report.geometry_column = "" if first is None else (first.header if second is None else
                                                        f"{first.header} + {second.header}")
    lap = time.perf_counter()
    geometry_type, extra_geo = _geometry_plan(plans, geo)
    builders = [_TypedBuilder(str(i), table, plan, spec, report.language, report.warnings)
                for i, (table, plan) in enumerate(zip(tables, plans))]
    lap = report.lap("convert", lap)
    progress(40)
    schema = []
    for index, (table, (typed, raw), builder) in enumerate(zip(tables, names, builders)):
        schema.append({"name": raw, "fid": _raw_fid(table), "fields": [(h, ogr.OFTString) for h in table.headers]})
        fields = builder.fields + ([(name, ogr.OFTReal) for name, _ in extra_geo] if index == 0 else [])
        schema.append({"name": typed, "fields": fields, "geometry": geometry_type if index == 0 else None})
    schema += _metadata_schema(spec)
    gw.create_gpkg(path, schema)
    lap = report.lap("schema", lap)
    geo_rows, extent = build_geometries(tables[0], how, first, second, report.warnings) if how else ([], None)
    rtree = gw.RtreeBuilder([(r[0], r[6], r[7], r[8], r[9]) for r in geo_rows]) if how else None
    lap = report.lap("geometry", lap)
    report.rows = tables[0].rows
    report.rows_without_location = tables[0].rows - len(geo_rows)
    counts = {}
    with closing(gw.connect(path)) as db, gw.triggers_suspended(db, [name for pair in names for name in pair]):
        total = sum(t.rows for t in tables) or 1
        done = [0]

        def chunk_done(rows):
            progress(40 + 30 * (done[0] + rows) / total)

        for table, (_typed, raw), builder in zip(tables, names, builders):
            gw.insert_rows(db, raw, table.headers, _FrameRows(table.frame), on_chunk=chunk_done)
            done[0] += table.rows
            counts[raw] = table.rows
            lap = report.lap("raw_insert", lap)
            builder.create_lookups(db)
        # only the geometry, plus the coordinates the export lacks as split columns
        wanted = ["fid", "geom"] + [col for _, col in extra_geo]
        pick = operator.itemgetter(*[("fid", "geom", "lat", "lon", "alt", "acc").index(col) for col in wanted])
        db.execute(f"CREATE TEMP TABLE _geo (fid INTEGER PRIMARY KEY, {', '.join(wanted[1:])})")
        db.executemany(f"INSERT INTO temp._geo VALUES ({', '.join('?' * len(wanted))})",
                       map(pick, geo_rows))
        progress(75)
        if rtree:  # started now, it overlaps the typed INSERT, one long SQLite step without the GIL
            rtree.start()
        lap = report.lap("lookups", lap)
        for index, (table, (typed, raw), builder) in enumerate(zip(tables, names, builders)):
            raw_fid = gw.quote(_raw_fid(table))
            columns = [gw.FID] + [name for name, _ in builder.fields]
            exprs = [f"r.{raw_fid}"] + builder.exprs
            join = "".join(" " + j for j in builder.joins)
            if index == 0:
                columns += [name for name, _ in extra_geo] + ([gw.GEOM] if how else [])
                exprs += [f"g.{col}" for _, col in extra_geo] + (["g.geom"] if how else [])
                join += f" LEFT JOIN temp._geo g ON g.fid = r.{raw_fid}"
            db.execute("BEGIN")
            db.execute(f"INSERT INTO {gw.quote(typed)} ({', '.join(gw.quote(c) for c in columns)}) "
                       f"SELECT {', '.join(exprs)} FROM {gw.quote(raw)} r{join} ORDER BY r.{raw_fid}")
            db.execute("COMMIT")
            lap = report.lap("typed_insert", lap)
            builder.check_dates(db, typed, raw, _raw_fid(table))
            lap = report.lap("date_check", lap)
            counts[typed] = table.rows
            report.tables[typed] = table.rows
            progress(75 + 20 * (index + 1) / len(tables))
        indexed = rtree is not None and rtree.copy_into(db, names[0][0])
        lap = report.lap("rtree", lap)
    gw.finish_gpkg(path, counts, {names[0][0]: extent} if how else {}, needs_index=[] if indexed or not how
                   else [names[0][0]])
    report.lap("finish", lap)


def _metadata_schema(spec: FormSpec | None) -> list[dict]:
    from osgeo import ogr

    tables = [{"name": METADATA_TABLE, "fields": [(name, kind) for name, kind in _metadata_fields()]}]
    if spec:
        tables.append({"name": "form_questions", "fields": [(n, ogr.OFTString) for n in _FORM_QUESTION_FIELDS]})
        tables.append({"name": "form_choices", "fields": [(n, ogr.OFTString) for n in ("list_name", "name", "label")]})
    return tables


_FORM_QUESTION_FIELDS = ("name", "path", "type", "list_name", "label", "required", "constraint_expr", "relevant",
                         "choice_filter", "group_path", "repeat")


def _metadata_fields():
    from osgeo import ogr

    return [("action", ogr.OFTString), ("imported_at", ogr.OFTDateTime), ("source_file", ogr.OFTString),
            ("source_sha256", ogr.OFTString), ("form_file", ogr.OFTString), ("form_sha256", ogr.OFTString),
            ("form_id", ogr.OFTString), ("form_version", ogr.OFTString), ("form_title", ogr.OFTString),
            ("language", ogr.OFTString), ("rows", ogr.OFTInteger64), ("rows_without_location", ogr.OFTInteger64),
            ("tables", ogr.OFTString), ("relations", ogr.OFTString), ("warnings", ogr.OFTString),
            ("encoding", ogr.OFTString), ("delimiter", ogr.OFTString), ("geometry_column", ogr.OFTString)]


def _write_metadata(path, report: ImportReport, data_path: Path, form_path, spec: FormSpec | None,
                    main: TextTable, data_sha: str, form_sha: str) -> None:
    """One row in cartong_metadata, and the form's questions and choices in the chosen language."""
    utc = timezone.utc  # noqa: UP017 (datetime.UTC needs Python 3.11; QGIS may run 3.9)
    now = datetime.now(utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    with closing(gw.connect(path)) as db:
        gw.insert_rows(db, METADATA_TABLE, [f for f, _ in _metadata_fields()], [(
            "import", now, data_path.name, data_sha, Path(str(form_path)).name if form_path else None,
            form_sha or None, report.form_id or None, report.form_version or None, spec.title if spec else None,
            report.language or None, report.rows, report.rows_without_location,
            json.dumps(report.tables, ensure_ascii=False), json.dumps(report.relations, ensure_ascii=False),
            json.dumps(report.warnings, ensure_ascii=False), main.encoding, main.delimiter, report.geometry_column)])
        counts = {METADATA_TABLE: 1}
        if spec:
            lang = report.language
            rows = [(q.name, q.path, q.type, q.list_name, spec.label(key, lang), "true" if q.required else "false",
                     q.constraint, q.relevant, q.choice_filter, q.group, q.repeat)
                    for key, q in spec.questions.items()]
            gw.insert_rows(db, "form_questions", list(_FORM_QUESTION_FIELDS), rows)
            choice_rows = [(list_name, c.name, spec.choice_label(list_name, c.name, lang))
                           for list_name, choices in spec.choices.items() for c in choices]
            gw.insert_rows(db, "form_choices", ["list_name", "name", "label"], choice_rows)
            counts.update(form_questions=len(rows), form_choices=len(choice_rows))
        for table, count in counts.items():
            db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                       (count, table))
