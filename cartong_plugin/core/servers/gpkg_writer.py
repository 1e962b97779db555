# SPDX-License-Identifier: GPL-3.0-or-later
"""Write downloaded submissions into the survey GeoPackage (raw + typed tables), streaming.

The shared data contract: ``raw_survey`` / ``raw_<repeat>`` hold every column as TEXT with
the export's header names (``identification/admin1``, split ``_location_latitude``,
select_multiple 0/1 columns ``household/water_problems/distance``), ``survey`` is the typed
Point layer with bare question names and ``<q>_label`` columns, ``<repeat>`` the typed child
table, ``cartong_metadata`` one row per import/sync. Records are read one at a time from the
spool, so memory does not grow with the number of submissions.

This is the server-download adapter; when ``core/survey_import.py`` exposes a writer that
takes the same flattened rows, ``write_records`` can hand them over instead.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

from ..errors import CartongError
from ..geometry import CoordinateError, parse_geopoint
from ..i18n import tr
from .records import MEDIA_TYPES, attachment_link

RAW_MAIN = "raw_survey"
TYPED_MAIN = "survey"
METADATA = "cartong_metadata"
_JSON_COLUMNS = ("_attachments", "_tags", "_notes", "_geolocation")
_DATETIME_TYPES = ("datetime", "dateTime", "start", "end")
# Kobo's _submission_time is UTC written without a zone: "utc" stores it as such.
_METADATA_TYPES = {"_id": "integer", "_index": "integer", "_submission_time": "utc", "_uuid": "text",
                   "_validation_status": "text", "_status": "text", "_submitted_by": "text", "__version__": "text",
                   "_parent_index": "integer", "_submission__uuid": "text", "_submission__id": "integer",
                   "_submission__submission_time": "utc"}
# The submission's metadata repeated on each repeat row, as Kobo's repeat sheets have it.
_SUBMISSION_COPIES = ("_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
                      "_submitted_by", "__version__", "_tags")
_REPEAT_KEYS = ("_index", "_parent_table_name", "_parent_index") + tuple(f"_submission_{k}" for k in _SUBMISSION_COPIES)


@dataclass
class FlatRecord:
    """One submission as text columns, and its repeat rows by repeat name."""

    main: dict[str, str | None]
    repeats: dict[str, list[dict[str, str | None]]] = field(default_factory=dict)


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):  # empty lists (no tags, no notes) stay empty, as in exports
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else None
    return str(value)


class RecordFlattener:
    """Kobo-shaped records (slash paths, repeats as lists) -> export-like text columns."""

    def __init__(self, form, main_table: str, start_index: int = 0, repeat_start: dict | None = None):
        self.form = form
        self.main_table = main_table
        self.index = start_index
        self.repeat_index = dict(repeat_start or {})
        by_path = {}
        for question in form.questions.values():
            by_path[question.path] = question
        self.by_path = by_path

    def flatten(self, record: dict) -> FlatRecord:
        self.index += 1
        main: dict[str, str | None] = {}
        repeats: dict[str, list[dict]] = {}
        for key, value in record.items():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value) \
                    and key not in _JSON_COLUMNS:
                self._repeat(key, value, self.index, record, repeats, self.main_table)
                continue
            if key == "_validation_status" and isinstance(value, dict):
                main[key] = value.get("uid") or ""
                continue
            main[key] = _text(value)
            self._derived(key, value, main)
        main["_index"] = str(self.index)
        return FlatRecord(main=main, repeats=repeats)

    def collect_columns(self, record: dict, main: dict, repeats: dict, path: str = "") -> None:
        """Add the columns ``flatten`` would give ``record`` to ``main``/``repeats`` (ordered dicts).

        Cheaper than flattening: no values are converted. Split columns are listed whenever
        their question is present, so the column set is the same whatever the answers.
        """
        target = main if not path else repeats.setdefault(path.rsplit("/", 1)[-1], {})
        for key, value in record.items():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value) \
                    and key not in _JSON_COLUMNS:
                for item in value:
                    self.collect_columns(item, main, repeats, key)
                continue
            target.setdefault(key, None)
            question = self.by_path.get(key)
            if question is None:
                continue
            if question.type == "geopoint":
                for suffix in ("latitude", "longitude", "altitude", "precision"):
                    target.setdefault(f"_{question.name}_{suffix}", None)
            elif question.type == "select_multiple" and question.list_name in self.form.choices:
                for choice in self.form.choices[question.list_name]:
                    target.setdefault(f"{key}/{choice.name}", None)
        if path:
            for key in _REPEAT_KEYS:
                target.setdefault(key, None)
        else:
            target.setdefault("_index", None)

    def _derived(self, key: str, value, out: dict) -> None:
        """Split geopoint and select_multiple columns, as Kobo's own exports add them."""
        question = self.by_path.get(key)
        if question is None or value in (None, ""):
            return
        if question.type == "geopoint":
            parts = (str(value).split() + ["", "", "", ""])[:4]
            for suffix, part in zip(("latitude", "longitude", "altitude", "precision"), parts):
                out[f"_{question.name}_{suffix}"] = part or None
        elif question.type == "select_multiple" and question.list_name in self.form.choices:
            chosen = set(str(value).split())
            for choice in self.form.choices[question.list_name]:
                out[f"{key}/{choice.name}"] = "1" if choice.name in chosen else "0"

    def _repeat(self, path: str, items: list, parent_index: int, submission: dict, repeats: dict,
                parent_table: str) -> None:
        name = path.rsplit("/", 1)[-1]
        for item in items:
            index = self.repeat_index.get(name, 0) + 1
            self.repeat_index[name] = index
            row: dict[str, str | None] = {}
            for key, value in item.items():
                if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                    self._repeat(key, value, index, submission, repeats, name)
                    continue
                row[key] = _text(value)  # full path, as in Kobo's repeat sheets (members/member_age)
                self._derived(key, value, row)
            row.update({"_index": str(index), "_parent_table_name": parent_table,
                        "_parent_index": str(parent_index)})
            for key in _SUBMISSION_COPIES:
                value = submission.get(key)
                if key == "_validation_status" and isinstance(value, dict):
                    value = value.get("uid") or ""
                row[f"_submission_{key}"] = _text(value)
            repeats.setdefault(name, []).append(row)


# -- OGR helpers ------------------------------------------------------------------------------
def _ogr():
    from osgeo import ogr, osr

    ogr.UseExceptions()
    return ogr, osr


def _layer_fields(layer) -> list[str]:
    defn = layer.GetLayerDefn()
    return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def _field_name(column: str) -> str:
    """The GeoPackage column for ``column``: the table's own ``fid``/``geom`` names are taken."""
    return column + "_" if column.lower() in ("fid", "geom") else column


def _ensure_fields(layer, columns: list[str], types: dict | None = None) -> dict[str, int]:
    """Add the missing columns (appended: existing ones keep their place); {column: index}."""
    ogr, _ = _ogr()
    existing = {name.lower() for name in _layer_fields(layer)}
    for column in columns:
        name = _field_name(column)
        if name.lower() not in existing:  # SQLite column names ignore case
            layer.CreateField(ogr.FieldDefn(name, (types or {}).get(column, ogr.OFTString)))
            existing.add(name.lower())
    index = {name.lower(): i for i, name in enumerate(_layer_fields(layer))}
    return {column: index[_field_name(column).lower()] for column in columns} | {
        name: i for i, name in enumerate(_layer_fields(layer))}


def _get_or_create(ds, name: str, geom_type, srs=None):
    layer = ds.GetLayerByName(name)
    if layer is None:
        layer = ds.CreateLayer(name, srs=srs, geom_type=geom_type, options=["FID=fid"])
    return layer


class _TypedColumns:
    """Bare-name typed columns of one table, from the form."""

    def __init__(self, form, language: str, repeat: str | None):
        ogr, _ = _ogr()
        self.form = form
        self.language = language
        self.repeat = repeat
        self.ogr_types = {"integer": ogr.OFTInteger64, "decimal": ogr.OFTReal, "date": ogr.OFTDate,
                          "datetime": ogr.OFTDateTime, "utc": ogr.OFTDateTime, "text": ogr.OFTString,
                          "media": ogr.OFTString}
        self.labels_cache: dict[str, dict[str, str]] = {}

    def kind(self, column: str, question) -> str:
        if question is None:
            if column in _METADATA_TYPES:
                return _METADATA_TYPES[column]
            if column.startswith("_") and column.endswith(("_latitude", "_longitude", "_altitude", "_precision")):
                return "decimal"
            return "text"
        if question.type in ("integer",):
            return "integer"
        if question.type == "decimal":
            return "decimal"
        if question.type in ("date", "today"):
            return "date"
        if question.type in _DATETIME_TYPES:
            return "datetime"
        if question.type in MEDIA_TYPES:
            return "media"
        return "text"

    def labels(self, list_name: str) -> dict[str, str]:
        if list_name not in self.labels_cache:
            self.labels_cache[list_name] = self.form.choice_labels(list_name, self.language)
        return self.labels_cache[list_name]


def _set_datetime(feature, index: int, text: str, assume_utc: bool = False) -> None:
    """Set an OGR DateTime from ISO text, keeping the time zone (GeoPackage wants canonical text)."""
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))  # noqa: FURB162 (3.9: no "Z")
    except ValueError:
        return  # not a date: the raw table keeps the text
    tz_flag = 0  # unknown zone: stored as written
    if value.utcoffset() is None and assume_utc:
        value = value.replace(tzinfo=dt.UTC)
    if value.utcoffset() is not None:  # GeoPackage stores zoned times in UTC
        value, tz_flag = value.astimezone(dt.UTC), 100
    feature.SetField(index, value.year, value.month, value.day, value.hour, value.minute,
                     value.second + value.microsecond / 1e6, tz_flag)


def _convert(kind: str, text: str | None):
    if text is None or text == "":
        return None
    try:
        if kind == "integer":
            return int(float(text))
        if kind == "decimal":
            return float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
    except ValueError:
        return None  # the raw table keeps the text; the checks report it
    return text


class SurveyGpkgWriter:
    """Append flattened records to the raw and typed tables of one (open) GeoPackage."""

    def __init__(self, path: str, form, language: str | None = None, attachments_folder: str = ""):
        ogr, osr = _ogr()
        self.path = path
        self.attachments_folder = attachments_folder  # folder name relative to the GeoPackage
        self.form = form
        driver = ogr.GetDriverByName("GPKG")
        self.ds = ogr.Open(path, 1) if _exists(path) else driver.CreateDataSource(path)
        if self.ds is None:
            raise CartongError(tr("The GeoPackage {file} could not be opened for writing.").format(file=path),
                               path=path)
        self.srs = osr.SpatialReference()
        self.srs.ImportFromEPSG(4326)
        self.srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.language = form.resolve_language(language) if hasattr(form, "resolve_language") else ""
        self.geopoint = next((q for q in form.questions.values() if q.type == "geopoint" and not q.repeat), None)
        self.by_path = {q.path: q for q in form.questions.values()}

    def close(self) -> None:
        try:
            self.ds = None
        except RuntimeError:  # closing after a rolled-back first write: the temp file is discarded anyway
            pass

    def existing_counts(self) -> tuple[int, dict[str, int]]:
        """(max _index of raw_survey, {repeat: max _index}) so an update continues the numbering."""
        def max_index(table):
            if self.ds.GetLayerByName(table) is None:
                return 0
            sql = self.ds.ExecuteSQL(f'SELECT MAX(CAST("_index" AS INTEGER)) FROM "{table}"')
            try:
                feature = sql.GetNextFeature()
                return int(feature.GetField(0) or 0) if feature else 0
            finally:
                self.ds.ReleaseResultSet(sql)
        repeats = {}
        for i in range(self.ds.GetLayerCount()):
            name = self.ds.GetLayer(i).GetName()
            if name.startswith("raw_") and name != RAW_MAIN:
                repeats[name[4:]] = max_index(name)
        return max_index(RAW_MAIN), repeats

    def write(self, flat_records, columns: list[str], repeat_columns: dict[str, list[str]],
              every_1000=None) -> int:
        """Append every FlatRecord (an iterable, read once) in one transaction; return the count.

        ``every_1000(count)`` is called every 1000 records (progress; it may raise to cancel,
        which rolls the transaction back).
        """
        ogr, _ = _ogr()
        raw = _get_or_create(self.ds, RAW_MAIN, ogr.wkbNone)
        raw_idx = _ensure_fields(raw, columns)
        typed = _get_or_create(self.ds, TYPED_MAIN, ogr.wkbPoint, self.srs)
        typed_plan = self._typed_plan(typed, columns, None)
        repeat_layers = {}
        for name, cols in repeat_columns.items():
            layer = _get_or_create(self.ds, f"raw_{name}", ogr.wkbNone)
            table = name if name != TYPED_MAIN else f"{name}_rows"
            typed_layer = _get_or_create(self.ds, table, ogr.wkbNone)
            repeat_layers[name] = (layer, _ensure_fields(layer, cols), typed_layer,
                                   self._typed_plan(typed_layer, cols, name))
        for layer in [raw, typed] + [item for entry in repeat_layers.values() for item in entry[::2]]:
            layer.SyncToDisk()  # create the tables now: a rolled-back first write must not lose them
        count = 0
        self.ds.StartTransaction()
        try:
            for flat in flat_records:
                self._add_raw(raw, raw_idx, flat.main)
                self._add_typed(typed, typed_plan, flat.main, geometry=True)
                for name, rows in flat.repeats.items():
                    layer, idx, typed_layer, plan = repeat_layers[name]
                    for row in rows:
                        self._add_raw(layer, idx, row)
                        self._add_typed(typed_layer, plan, row, geometry=False)
                count += 1
                if every_1000 is not None and count % 1000 == 0:
                    every_1000(count)
            self.ds.CommitTransaction()
        except BaseException:
            self.ds.RollbackTransaction()
            raise
        return count

    def _add_raw(self, layer, idx: dict[str, int], row: dict) -> None:
        ogr, _ = _ogr()
        feature = ogr.Feature(layer.GetLayerDefn())
        set_string = feature.SetFieldString  # the generic SetField dispatch costs more than the write
        for key, value in row.items():
            if value is not None:
                set_string(idx[key], value)
        layer.CreateFeature(feature)

    def _typed_plan(self, layer, columns: list[str], repeat: str | None):
        """[(raw column, field index, kind, label field index, {code: label} or None)] for one table."""
        helper = _TypedColumns(self.form, self.language, repeat)
        chosen, wanted, types = [], [], {}
        used = set()
        for column in columns:
            question = self.by_path.get(column)
            if question is None and repeat is not None:  # ODK repeat rows may carry bare names
                question = self.by_path.get(f"{self._repeat_path(repeat)}/{column}")
            if question is None and "/" in column:
                continue  # select_multiple 0/1 split columns and unknown groups stay in the raw table only
            name = question.name if question is not None else column
            if name.lower() in used or name.lower() in ("fid", "geom"):  # SQLite names ignore case
                name = column.replace("/", "_")
                while name.lower() in used or name.lower() in ("fid", "geom"):
                    name += "_"
            used.add(name.lower())
            kind = helper.kind(column, question)
            list_name = question.list_name if question is not None and question.is_select else None
            chosen.append((column, name, kind, list_name))
            wanted.append(name)
            types[name] = helper.ogr_types[kind]
            if list_name:
                wanted.append(f"{name}_label")
            elif kind == "media":
                wanted.append(f"{name}_file")  # where the attachment is (or will be) beside the GeoPackage
        idx = _ensure_fields(layer, wanted, types)
        return [(column, idx[name], kind, idx.get(f"{name}_label", idx.get(f"{name}_file", -1)),
                 helper.labels(list_name) if list_name else None)
                for column, name, kind, list_name in chosen]

    def _repeat_path(self, repeat: str) -> str:
        group = self.form.repeats.get(repeat) if hasattr(self.form, "repeats") else None
        return group.path if group is not None else repeat

    def _add_typed(self, layer, plan, row: dict, geometry: bool) -> None:
        ogr, _ = _ogr()
        feature = ogr.Feature(layer.GetLayerDefn())
        for column, index, kind, label_index, labels in plan:
            text = row.get(column)
            if text is None or text == "":
                continue
            if kind == "text" or kind == "date":
                feature.SetFieldString(index, text)
            elif kind == "media":
                feature.SetFieldString(index, text)
                owner = row.get("_uuid") or row.get("_submission__uuid")
                if owner and self.attachments_folder:
                    feature.SetFieldString(label_index, attachment_link(self.attachments_folder, owner, text))
            elif kind == "datetime" or kind == "utc":
                _set_datetime(feature, index, text, assume_utc=kind == "utc")
            else:
                value = _convert(kind, text)
                if value is None:
                    continue
                if kind == "integer":
                    feature.SetFieldInteger64(index, value)
                else:
                    feature.SetField(index, value)  # GDAL < 3.7 has no SetFieldDouble
            if labels is not None:
                feature.SetFieldString(label_index, " ".join(labels.get(code, code) for code in text.split()))
        if geometry and self.geopoint is not None:
            try:
                point = parse_geopoint(row.get(self.geopoint.path))
            except CoordinateError:
                point = None  # kept in the raw table; the checks report bad coordinates
            if point is not None:
                geom = ogr.Geometry(ogr.wkbPoint)
                geom.AddPoint_2D(point.lon, point.lat)
                feature.SetGeometry(geom)
        layer.CreateFeature(feature)

    # -- metadata ---------------------------------------------------------------------------
    def write_form_tables(self) -> None:
        """``form_questions`` / ``form_choices`` as the file import writes them (read by the checks)."""
        ogr, _ = _ogr()
        form, lang = self.form, self.language
        fields = ("name", "path", "type", "list_name", "label", "required", "constraint_expr", "relevant",
                  "choice_filter", "group_path", "repeat")
        if self.ds.GetLayerByName("form_questions") is None:
            layer = _get_or_create(self.ds, "form_questions", ogr.wkbNone)
            idx = _ensure_fields(layer, list(fields))
            for key, q in form.questions.items():
                values = (q.name, q.path, q.type, q.list_name, form.label(key, lang),
                          "true" if q.required else "false", q.constraint, q.relevant, q.choice_filter,
                          q.group, q.repeat)
                self._add_raw(layer, idx, dict(zip(fields, values)))
        if self.ds.GetLayerByName("form_choices") is None:
            layer = _get_or_create(self.ds, "form_choices", ogr.wkbNone)
            idx = _ensure_fields(layer, ["list_name", "name", "label"])
            for list_name, choices in form.choices.items():
                for choice in choices:
                    self._add_raw(layer, idx, {"list_name": list_name, "name": choice.name,
                                               "label": form.choice_label(list_name, choice.name, lang)})

    def log_sync(self, entry: dict) -> None:
        """Append one row to ``cartong_metadata`` (columns added as needed, all text)."""
        ogr, _ = _ogr()
        layer = _get_or_create(self.ds, METADATA, ogr.wkbNone)
        idx = _ensure_fields(layer, list(entry))
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in entry.items():
            if value is not None:
                feature.SetField(idx[key], str(value))
        layer.CreateFeature(feature)


def read_metadata(path: str) -> list[dict[str, str]]:
    """Every row of ``cartong_metadata`` as {column: text}, oldest first ([] if none)."""
    ogr, _ = _ogr()
    if not _exists(path):
        return []
    ds = ogr.Open(str(path), 0)
    layer = ds.GetLayerByName(METADATA) if ds is not None else None
    if layer is None:
        return []
    names = _layer_fields(layer)
    rows = []
    for feature in layer:
        rows.append({n: feature.GetField(n) for n in names})
    return rows


def _exists(path) -> bool:
    import os

    return os.path.exists(path)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def sha256_of(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
