# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning log: one row per flagged value, reviewed by people, applied to the raw data.

Columns follow the usual humanitarian cleaning logs (IMPACT/REACH ``cleaningtools``): ``uuid``,
``question``, ``old_value``, ``new_value``, ``issue``, ``check_id``, ``change_type`` plus
``explanation``, ``who`` and ``when``; the other columns of a log (cleaningtools' ``check_binding``,
``enumerator_num``, ``date_assessment``...) are kept as they are in ``LogEntry.extras`` and written
back after ours (Excel serial days of their date columns written as dates). The log lives in the
survey GeoPackage as the attribute table ``cleaning_log``; it goes to field teams as CSV or XLSX
(written with OGR, formula-like cells neutralised) and comes back edited, validated row by row
before anything is applied.

Applying it is ``apply.py``'s (``apply_cleaning_log``, ``clean_with_summary``, ``plan_cleaning`` are
still importable from here); its new values are read by ``log_values`` (decimal marks, TRUE/FALSE,
Excel dates). The raw table is never changed.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr
from ..survey.r_names import strip_bom_prefix
from . import log_values

LOG_LAYER = "cleaning_log"
LOG_COLUMNS = (
    "uuid",
    "question",
    "old_value",
    "new_value",
    "issue",
    "check_id",
    "change_type",
    "explanation",
    "who",
    "when",
)
CHANGE_RESPONSE = "change_response"
BLANK_RESPONSE = "blank_response"  # cleaningtools: the value becomes empty, whatever new_value says
REMOVE_SURVEY = "remove_survey"
NO_ACTION = "no_action"
PENDING = "pending"
CHANGE_TYPES = (CHANGE_RESPONSE, BLANK_RESPONSE, REMOVE_SURVEY, NO_ACTION, PENDING)
UUID_COLUMN = "_uuid"

# Names other logs use for our columns (REACH logs, cleaningtools pre-logs, R-mangled headers).
_ALIASES = {
    "x_uuid": "uuid",
    "_uuid": "uuid",
    "submission_uuid": "uuid",
    "questions": "question",
    "variable": "question",
    "name": "question",
    "field": "question",
    "value": "old_value",
    "issue_type": "issue",
    "comment": "explanation",
    "reason": "explanation",
    "action": "change_type",
    "date": "when",
    "comments": "explanation",
}
# Spreadsheet programs run cells starting with these as formulas (CSV/formula injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MAX_LISTED = 25


@dataclass
class LogEntry:
    """One flagged value (or whole submission) and what to do with it."""

    uuid: str
    question: str
    old_value: str = ""
    new_value: str = ""
    issue: str = ""
    check_id: str = ""
    change_type: str = PENDING
    explanation: str = ""
    who: str = ""
    when: str = ""
    extras: dict = field(default_factory=dict)  # the log's other columns, by header, as read

    def key(self) -> tuple[str, str, str]:
        """What identifies a flag across runs: the same check on the same value of a submission."""
        return (self.uuid, self.question, self.check_id)


@dataclass
class LogProblem:
    """A row of an edited log that cannot be applied."""

    row: int  # 1-based data row number as the user sees it in the file (header is row 1 -> data starts at 2)
    column: str
    message: str
    blocking: bool = True  # False: the row is skipped and reported, the rest of the log is applied


@dataclass
class ApplySummary:
    changed_values: int = 0
    removed_submissions: int = 0
    pending: int = 0
    no_action: int = 0
    notes: list = field(default_factory=list)  # rows skipped or repeated, as sentences naming the row


# -- conversions ----------------------------------------------------------------------------


def format_value(value) -> str:
    """A cell as the text written in the log: '' for missing, 5.0 -> '5', dates in ISO 8601."""
    if value is None or type(value).__name__ == "NAType":  # pandas.NA
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if hasattr(value, "isoformat"):
        try:
            import pandas as pd

            if value is pd.NaT:
                return ""
        except ImportError:  # pragma: no cover
            pass
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return format_value(value.item())
    return str(value)


def now_iso() -> str:
    utc = _dt.timezone.utc  # noqa: UP017 (datetime.UTC needs Python 3.11)
    return _dt.datetime.now(utc).replace(microsecond=0).isoformat()


def entries_to_rows(entries) -> list[list[str]]:
    return [[getattr(e, c) or "" for c in LOG_COLUMNS] for e in entries]


def _rows_with_extras(entries) -> list[list[str]]:
    """The LOG_COLUMNS then the log's other columns (see extra_columns) of every entry."""
    extras = extra_columns(entries)
    return [
        row + [entry.extras.get(name, "") for name in extras] for row, entry in zip(entries_to_rows(entries), entries)
    ]


def log_to_frame(entries):
    """The log as a DataFrame with the LOG_COLUMNS, all text."""
    import pandas as pd

    return pd.DataFrame(entries_to_rows(entries), columns=list(LOG_COLUMNS), dtype=object)


def extra_columns(entries) -> list[str]:
    """The headers of the log's other columns, in the order they first appear."""
    return list(dict.fromkeys(name for entry in entries for name in entry.extras))


def _canonical_column(header: str) -> str:
    name = strip_bom_prefix(header.strip().lstrip("\ufeff"))
    lowered = name.lower()
    if lowered in LOG_COLUMNS:
        return lowered
    return _ALIASES.get(lowered, name)


def neutralise_formula(text: str) -> str:
    """Prefix a cell that a spreadsheet would run as a formula with an apostrophe."""
    return "'" + text if text and text.startswith(_FORMULA_START) else text


def restore_formula(text: str) -> str:
    """Undo neutralise_formula (an apostrophe followed by a formula character)."""
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1:].startswith(_FORMULA_START) else text


_IDENTIFIERS = ("uuid", "question", "check_id", "change_type")


def _clean_cell(text, column: str) -> str:
    """A cell read back: NA (R's missing value) is empty; values keep their spaces, identifiers do not."""
    text = "" if text is None else str(text)
    if column in _IDENTIFIERS:
        text = text.strip()
    return "" if text.strip() == "NA" else restore_formula(text)


# -- GeoPackage -------------------------------------------------------------------------------


def _ogr():
    from osgeo import gdal, ogr

    return gdal, ogr


@gdal_exceptions()
def write_log_to_gpkg(entries, gpkg_path, layer_name: str = LOG_LAYER) -> None:
    """Replace the ``cleaning_log`` attribute table of a GeoPackage (created if missing) in one transaction.

    Other layers of the GeoPackage are left untouched; a failure leaves the previous log in place.
    """
    _, ogr = _ogr()
    path = Path(gpkg_path)
    driver = ogr.GetDriverByName("GPKG")
    try:
        ds = ogr.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    except RuntimeError as err:
        raise CartongError(
            tr("The GeoPackage {file} cannot be opened for writing: {error}").format(file=str(path), error=str(err)),
            path=str(path),
        ) from err
    try:
        ds.StartTransaction()
        try:
            for index in range(ds.GetLayerCount()):
                if ds.GetLayer(index).GetName() == layer_name:
                    ds.DeleteLayer(index)
                    break
            layer = ds.CreateLayer(layer_name, geom_type=ogr.wkbNone, options=["FID=fid"])
            for column in LOG_COLUMNS + tuple(extra_columns(entries)):
                layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
            defn = layer.GetLayerDefn()
            for row in _rows_with_extras(entries):
                feature = ogr.Feature(defn)
                for i, value in enumerate(row):
                    feature.SetField(i, value)
                layer.CreateFeature(feature)
            ds.CommitTransaction()
        except Exception:
            ds.RollbackTransaction()
            raise
    finally:
        ds = None


@gdal_exceptions()
def _read_ogr_rows(path: Path, layer_name: str | None, open_options=()) -> tuple[list[str], list[list[str]]]:
    gdal, _ = _ogr()
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, open_options=list(open_options))
    except RuntimeError as err:
        raise CartongError(
            tr("The cleaning log {file} cannot be read: {error}").format(file=path.name, error=str(err)), path=str(path)
        ) from err
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    if layer is None:
        raise CartongError(
            tr("{file} has no layer '{layer}'.").format(file=path.name, layer=layer_name), path=str(path)
        )
    defn = layer.GetLayerDefn()
    count = defn.GetFieldCount()
    headers = [defn.GetFieldDefn(i).GetName() for i in range(count)]
    rows = []
    for feature in layer:
        rows.append([feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else "" for i in range(count)])
    return headers, rows


def _rows_to_entries(headers: list[str], rows: list[list[str]], path: Path) -> list[LogEntry]:
    columns = [_canonical_column(h) for h in headers]
    missing = [c for c in ("uuid", "question") if c not in columns]
    if missing:
        raise CartongError(
            tr(
                "The cleaning log {file} has no column {columns}; it needs at least uuid and "
                "question (and usually old_value, new_value, issue, change_type)."
            ).format(file=path.name, columns=", ".join(missing)),
            path=str(path),
        )
    positions = {c: columns.index(c) for c in LOG_COLUMNS if c in columns}
    taken = set(positions.values())
    others = [
        (h.strip(), i)
        for i, h in enumerate(headers)
        if i not in taken and h.strip() and h.strip().casefold() not in ("fid", "geom")
    ]
    entries = []
    for cells in rows:
        values = {c: _clean_cell(cells[i], c) for c, i in positions.items()}
        extras = {h: _clean_cell(cells[i], h) for h, i in others}
        if not any(v.strip() for v in values.values()) and not any(v.strip() for v in extras.values()):
            continue  # blank line left by a spreadsheet
        values["change_type"] = values.get("change_type", "").lower() or PENDING  # not reviewed yet
        # R and Excel write the dates of a log as serial days (44389): shown and kept as dates
        values["when"] = log_values.serial_to_iso_date(values.get("when", ""))
        extras = {h: log_values.serial_to_iso_date(v) if "date" in h.lower() else v for h, v in extras.items()}
        entries.append(LogEntry(**values, extras=extras))
    return entries


@gdal_exceptions()
def read_log_from_gpkg(gpkg_path, layer_name: str = LOG_LAYER) -> list[LogEntry]:
    """The cleaning log stored in a GeoPackage ([] when the GeoPackage has none yet)."""
    _, ogr = _ogr()
    path = Path(gpkg_path)
    ds = ogr.Open(str(path))
    has_layer = ds is not None and ds.GetLayerByName(layer_name) is not None
    ds = None
    if not has_layer:
        return []
    headers, rows = _read_ogr_rows(path, layer_name)
    return _rows_to_entries(headers, rows, path)


# -- CSV / XLSX for field teams ------------------------------------------------------------


@gdal_exceptions()
def export_log(entries, path) -> Path:
    """Write the log to ``path`` (.csv or .xlsx) with OGR; formula-like cells are neutralised.

    CSV is UTF-8 with a BOM (Excel then shows accents right), comma separated.
    """
    _, ogr = _ogr()
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise CartongError(
            tr("Cannot export the cleaning log to {file}: choose a .csv or .xlsx file.").format(file=path.name),
            path=str(path),
        )
    driver_name = "CSV" if suffix == ".csv" else "XLSX"
    options = ["WRITE_BOM=YES", "STRING_QUOTING=IF_NEEDED"] if suffix == ".csv" else []
    with atomic_output(path) as tmp:
        ds = ogr.GetDriverByName(driver_name).CreateDataSource(tmp)
        layer = ds.CreateLayer(LOG_LAYER, geom_type=ogr.wkbNone, options=options)
        for column in LOG_COLUMNS + tuple(extra_columns(entries)):
            layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
        defn = layer.GetLayerDefn()
        for row in _rows_with_extras(entries):
            feature = ogr.Feature(defn)
            for i, value in enumerate(row):
                feature.SetField(i, neutralise_formula(value))
            layer.CreateFeature(feature)
        ds = None
    return path


def read_log_file(path) -> list[LogEntry]:
    """Read a cleaning log from CSV or XLSX (ours or a REACH-style one); every cell as text.

    Known other column names are mapped (``X_uuid``, ``questions``, ``variable``...), ``NA``
    is read as empty, neutralised cells get their first character back, other columns are kept in
    ``extras``.
    """
    path = Path(path)
    if not path.is_file():
        raise CartongError(tr("The cleaning log {file} does not exist.").format(file=str(path)), path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from ..survey.xlsform import read_xlsx_sheets

        sheets = read_xlsx_sheets(path, what="log")
        if not sheets:
            raise CartongError(tr("The cleaning log {file} has no sheet.").format(file=path.name), path=str(path))
        headers, rows = sheets.get(LOG_LAYER) or next(iter(sheets.values()))
    elif suffix in (".csv", ".txt"):
        headers, rows = _read_csv_log(path)
    elif suffix == ".gpkg":
        return read_log_from_gpkg(path)
    else:
        raise CartongError(
            tr("Cannot read a cleaning log from {file}: choose a .csv or .xlsx file.").format(file=path.name),
            path=str(path),
        )
    return _rows_to_entries(headers, rows, path)


def _read_csv_log(path: Path) -> tuple[list[str], list[list[str]]]:
    """A CSV log in any encoding the export readers accept (UTF-8, UTF-16, Windows-1252 from Excel).

    OGR reads UTF-8 only: it would turn Windows-1252 accents into garbage and refuse UTF-16, so
    such a log is given to it as UTF-8 in memory (the file itself is not touched).
    """
    import uuid

    from ..survey.export_readers import SAMPLE_BYTES, detect_encoding

    options = ["AUTODETECT_TYPE=NO", "HEADERS=YES"]
    with open(path, "rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    encoding = detect_encoding(sample, path) if sample.strip() else "utf-8"
    data = path.read_bytes()
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        try:
            encoding, text = "cp1252", data.decode("cp1252")
        except UnicodeDecodeError:
            raise CartongError(
                tr(
                    "The cleaning log {file} is neither UTF-8, UTF-16 nor Windows-1252 text. Save "
                    "it again as 'CSV UTF-8' and try again."
                ).format(file=path.name),
                path=str(path),
            ) from None
    if encoding in ("utf-8", "utf-8-sig"):
        return _read_ogr_rows(path, None, options)
    gdal, _ = _ogr()
    memory = f"/vsimem/cartong_log_{uuid.uuid4().hex}/{path.name}"
    gdal.FileFromMemBuffer(memory, text.lstrip("\ufeff").encode("utf-8"))
    try:
        headers, rows = _read_ogr_rows(Path(memory), None, options)
    finally:
        gdal.Unlink(memory)
    return headers, rows


# -- validation -------------------------------------------------------------------------------


def resolve_column(question: str, columns, names: dict | None = None) -> str | None:
    """The column of a table holding ``question``, or None.

    ``names`` maps the export's spellings to the table's columns when the import's plan is known
    (see ``apply.survey_names``). Otherwise: the column itself; R's ``X_name`` for ``_name``; a
    select_multiple choice written ``q.choice`` or ``group/q/choice`` as the typed ``q_choice``; a
    group-prefixed raw header ending in the question; the question without its group prefix.
    """
    if names and names.get(question) in columns:
        return names[question]
    if question in columns:
        return question
    name = strip_bom_prefix(question)
    if name.startswith("X_") and name[1:] in columns:
        return name[1:]
    for sep in ("/", "."):
        head, found, choice = name.rpartition(sep)
        bare = re.split(r"[/.]", head)[-1]
        if found and bare in columns and f"{bare}_{choice}" in columns:
            return f"{bare}_{choice}"
    for sep in ("/", "."):
        matches = [c for c in columns if isinstance(c, str) and c.endswith(sep + name)]
        if len(matches) == 1:
            return matches[0]
    bare = re.split(r"[/.]", name)[-1]
    return bare if bare != name and bare in columns else None


def validate_log(entries, df=None, uuid_column: str = UUID_COLUMN) -> list[LogProblem]:
    """Rows of the log that cannot be applied to ``df`` (all rows are checked, none is skipped).

    change_type must be one of CHANGE_TYPES; uuid must name a submission of ``df``; a
    change_response must name a column of ``df``. Row numbers count the header as row 1.
    """
    uuids = set(df[uuid_column].astype(str)) if df is not None and uuid_column in df.columns else None
    return validate_entries(entries, uuids, list(df.columns) if df is not None else None)


def validate_entries(entries, uuids=None, columns=None, names: dict | None = None) -> list[LogProblem]:
    """validate_log against a set of uuids and a list of column names (None: not checked).

    A uuid that is not in the data is not ``blocking``: applying skips that row and reports it.
    """
    problems = []
    for number, entry in enumerate(entries, start=2):
        if entry.change_type not in CHANGE_TYPES:
            problems.append(
                LogProblem(
                    number,
                    "change_type",
                    tr("'{value}' is not one of {allowed}").format(
                        value=entry.change_type, allowed=", ".join(CHANGE_TYPES)
                    ),
                )
            )
        if not entry.uuid:
            problems.append(LogProblem(number, "uuid", tr("the uuid is empty")))
        elif uuids is not None and entry.uuid not in uuids:
            problems.append(
                LogProblem(
                    number, "uuid", tr("no submission has the uuid {uuid}").format(uuid=entry.uuid), blocking=False
                )
            )
        if entry.change_type in (CHANGE_RESPONSE, BLANK_RESPONSE):
            if not entry.question:
                problems.append(
                    LogProblem(
                        number, "question", tr("a {change_type} needs a question").format(change_type=entry.change_type)
                    )
                )
            elif columns is not None and resolve_column(entry.question, columns, names) is None:
                problems.append(
                    LogProblem(
                        number, "question", tr("the data has no question {question}").format(question=entry.question)
                    )
                )
    return problems


def problems_message(problems, file_name: str) -> str:
    lines = [
        tr("Row {row}, column {column}: {message}").format(row=p.row, column=p.column, message=p.message)
        for p in problems[:_MAX_LISTED]
    ]
    if len(problems) > _MAX_LISTED:
        lines.append(tr("... and {count} more.").format(count=len(problems) - _MAX_LISTED))
    return tr("The cleaning log {file} does not match the data; fix these rows and import it again:\n{rows}").format(
        file=file_name, rows="\n".join(lines)
    )


def import_log(path, df=None, uuid_column: str = UUID_COLUMN) -> list[LogEntry]:
    """Read an edited log and validate it against ``df``; CartongError listing every bad row."""
    entries = read_log_file(path)
    problems = validate_log(entries, df, uuid_column)
    if problems:
        raise CartongError(
            problems_message(problems, Path(path).name), path=str(path), row=problems[0].row, field=problems[0].column
        )
    return entries


def merge_logs(previous, fresh) -> list[LogEntry]:
    """A new run of the checks, keeping the decisions already taken on the previous log.

    A fresh flag already in the previous log (same uuid, question, check) keeps the previous
    row (its change_type, new_value, who, when). Reviewed rows no longer raised (e.g. added by
    hand) are kept; pending rows no longer raised are dropped: the value was fixed at source.
    """
    reviewed = {e.key(): e for e in previous if e.change_type != PENDING}
    pending = {e.key(): e for e in previous if e.change_type == PENDING}
    merged, seen = [], set()
    for entry in fresh:
        key = entry.key()
        if key in seen:
            merged.append(entry)
            continue
        seen.add(key)
        merged.append(reviewed.get(key) or pending.get(key) or entry)
    merged.extend(e for e in previous if e.change_type != PENDING and e.key() not in seen)
    return merged


# -- applying: in apply.py, still importable from here ------------------------------------------

_APPLYING = ("CleaningPlan", "plan_cleaning", "clean_with_summary", "apply_cleaning_log")


def __getattr__(name: str):
    if name in _APPLYING:
        from . import apply

        return getattr(apply, name)
    raise AttributeError(name)
