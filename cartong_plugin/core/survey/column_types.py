# SPDX-License-Identifier: GPL-3.0-or-later
"""The SQL that turns a raw (all text) table into its typed table, inside SQLite.

Each distinct value is checked once in pandas; SQLite then converts every row with CAST, its
date functions, CASE expressions for choice labels, or small lookup tables. Values that cannot
be read become NULL in the typed table (the raw table keeps them) and a warning names the file,
column, row and value.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta, timezone

from ..base.i18n import tr
from . import gpkg_writer as gw
from .audit_log import epoch_ms_sql
from .column_inference import fits_layout
from .column_names import is_media
from .columns import Column
from .export_readers import TextTable
from .number_columns import number_sql
from .xlsform import FormSpec
from .zone_less import find_zone_less, zone_less_warning


def _first_position(series, values) -> int:
    """0-based position of the first value of ``series`` in ``values`` (there is one)."""
    return int(series.isin(list(values)).to_numpy().nonzero()[0][0])


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII: int() would read other digits, SQLite not
_PLAIN_DATETIME = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
# a time of day then an offset without colon: 10:58:34.147+03, 10:58:34+0300
_SHORT_OFFSET = r":[0-9][0-9][^+-]*[+-][0-9][0-9](?:[0-9][0-9])?\s*$"
ATTACHMENT_LINK = "cartong_attachment_link"


def _real_day(text: str) -> bool:
    try:
        date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return False
    return True


_HOUR_24 = re.compile(r"\s*[0-9]{4}-[0-9]{2}-[0-9]{2}[T ]24:")
_END_OF_DAY = re.compile(
    r"\s*([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]24:00(?::00(?:\.0+)?)?(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?\s*"
)


def _end_of_day(text: str) -> str | None:
    """The UTC date-time (as the GeoPackage stores it) of ``text`` written with 24:00, the end of its day,
    or None when it is another time of hour 24 (24:30) or an impossible day."""
    found = _END_OF_DAY.fullmatch(text)
    if not found or not _real_day(found[1]):
        return None
    moment = datetime.fromisoformat(f"{date.fromisoformat(found[1]) + timedelta(days=1)}T00:00:00{found[2] or ''}")
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _unless_empty(ref: str, expr: str | None = None) -> str:
    """``expr`` (default: ``ref``), NULL where ``ref`` is ''. A CASE costs SQLite about half of NULLIF()
    (a function call per value), which counts over millions of values."""
    return f"CASE WHEN {ref} <> '' THEN {expr or ref} END"


# A number in a date, date-time or time column: Excel's serial date (days since 1899-12-30), which
# SQLite's date() would read as a Julian day (44561 -> year -4591)
_SERIAL = re.compile(r"[+-]?\d+(?:\.\d*)?(?:[eE][+-]?\d+)?")
_LAST_SERIAL = 2958465  # 9999-12-31


def excel_serial(text: str, kind: str) -> str | None:
    """ISO text of an Excel serial number (1900 date system) for a ``date``, ``datetime`` or ``time``
    column (date-times in UTC, as the GeoPackage stores them); None when it is no serial date."""
    number = float(text)
    if not math.isfinite(number):
        return None
    if kind == "time":
        if not 0 <= number < 1:
            return None
        seconds = min(round(number * 86400), 86399)
        return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    if not 1 <= number < _LAST_SERIAL + 1 or 60 <= number < 61:  # 60 is 1900-02-29, a day that never was
        return None
    if number < 60:
        number += 1  # Excel counts that day: serials before it are one day late
    moment = datetime(1899, 12, 30) + timedelta(seconds=round(number * 86400))
    if kind == "date":
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def utc_stamp_sql(ref: str) -> str:
    """SQL of the UTC date-time of ``ref``, written YYYY-MM-DDTHH:MM:SS.mmm+HH:MM or ...Z: SQLite's
    datetime() and the value's own milliseconds, equal to strftime('%Y-%m-%dT%H:%M:%fZ') for such
    values (NULL for impossible ones) at a third of its cost."""
    return f"replace(datetime({ref}), ' ', 'T') || substr({ref}, 20, 4) || 'Z'"


class TypedBuilder:
    """Builds the SQL that fills one typed table from its raw table.

    ``fields`` are the typed columns (name, OGR type), ``exprs`` their SQL over the raw row
    ``r``, ``joins`` the lookup tables they read. Lookups are created later, in the
    connection that runs the INSERT (temporary tables belong to one connection).
    With ``attachment_links``, each media question gets a ``<q>_file`` column computed by the
    SQL function ``ATTACHMENT_LINK(owner uuid, question, row _index, file name)`` that connection must define.
    ``enclosing(question)`` gives the answers of the rows a repeat's rows belong to (cascading selects).
    """

    def __init__(
        self,
        key: str,
        table: TextTable,
        columns: list[Column],
        spec: FormSpec | None,
        language: str,
        warnings: list[str],
        attachment_links: bool = False,
        enclosing=None,
    ):
        self.key, self.table, self.columns, self.spec = key, table, columns, spec
        # question name -> the answers of each row's enclosing rows, or None (repeat_links.enclosing_answers)
        self.enclosing = enclosing
        self.language, self.warnings = language, warnings
        self.attachment_links = attachment_links  # add <q>_file columns (SQL function ATTACHMENT_LINK)
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
            tr(
                "{file}, column {column}: {count} value(s) are not {what} and were left empty in the typed "
                "table (first at row {row}: '{value}'). The raw table keeps them."
            ).format(
                file=self.table.source,
                column=column.header,
                count=int(series.isin(bad).sum()),
                what=what,
                row=self.table.first_file_row(series.isin(bad)),
                value=series[series.isin(bad)].iloc[0],
            )
        )

    def add(self, column: Column) -> None:
        from osgeo import ogr

        ref = "r." + gw.quote(column.header)
        kind = column.kind
        if kind in ("integer", "decimal", "coordinate"):
            self.fields.append((column.name, ogr.OFTInteger64 if kind == "integer" else ogr.OFTReal))
            self.exprs.append(number_sql(self, column, ref, _unless_empty))
        elif kind == "date":
            self.fields.append((column.name, ogr.OFTDate))
            day = f"substr(trim({ref}), 1, 10)"
            if self._plain_days(column):  # SQLite's date() would give each value back as it is
                self.exprs.append(_unless_empty(ref))
            else:
                expr = self._unless_impossible_day(column, day, f"date({day})")
                self.exprs.append(self._excel_serials(column, ref, expr))
                self.date_checks.append((column, tr("dates (YYYY-MM-DD)")))
        elif kind == "datetime":
            self.fields.append((column.name, ogr.OFTDateTime))
            day = f"substr(trim({ref}), 1, 10)"
            if self._plain_datetimes(column):  # strftime() would only append the milliseconds and Z
                self.exprs.append(_unless_empty(ref, f"{ref} || '.000Z'"))
            elif self._stamped_datetimes(column):
                expr = self._unless_impossible_day(column, day, utc_stamp_sql(ref))
                self.exprs.append(self._ends_of_days(column, ref, expr))
            else:  # SQLite turns "+01:00" offsets into UTC, which is how GeoPackage stores date-times
                value = self._zone_less(column, ref, self._offset_with_colon(column, f"trim({ref})"))
                expr = self._unless_impossible_day(column, day, f"strftime('%Y-%m-%dT%H:%M:%fZ', {value})")
                self.exprs.append(self._ends_of_days(column, ref, self._excel_serials(column, ref, expr)))
            self.date_checks.append((column, tr("date-times (ISO 8601)")))
        elif kind == "epoch_ms":  # ODK's audit log (audit_log)
            self.fields.append((column.name, ogr.OFTDateTime))
            self.exprs.append(epoch_ms_sql(ref))
            self.date_checks.append((column, tr("times in milliseconds since 1970")))
        elif kind in ("select_one", "select_multiple"):
            from .select_columns import select_sql

            self.fields += [(column.name, ogr.OFTString), (f"{column.name}_label", ogr.OFTString)]
            self.exprs += select_sql(self, column, ref)
        elif kind == "flag":
            from .choice_flags import flag_sql

            self.fields.append((column.name, ogr.OFTInteger))
            self.exprs.append(flag_sql(self, column, ref))
        else:  # text, and geo columns: the original string is kept beside the geometry
            self.fields.append((column.name, ogr.OFTString))
            # empty answers become NULL; a column without any is copied as is (cheaper per row)
            has_empty = bool((self.table.frame[column.index].to_numpy() == "").any())
            expr = _unless_empty(ref) if has_empty else ref
            is_time = column.question is not None and column.question.type == "time"
            self.exprs.append(self._excel_serials(column, ref, expr) if is_time else expr)
            if self.attachment_links and is_media(column):
                owner = next(
                    (f"r.{gw.quote(h)}" for h in ("_uuid", "_submission__uuid") if h in self.table.headers), "NULL"
                )
                row = f"r.{gw.quote('_index')}" if "_index" in self.table.headers else "NULL"
                question = "'" + column.header.replace("'", "''") + "'"
                self.fields.append((f"{column.name}_file", ogr.OFTString))
                self.exprs.append(
                    f"CASE WHEN {ref} <> '' THEN {ATTACHMENT_LINK}({owner}, {question}, {row}, {ref}) END"
                )

    def _plain_days(self, column: Column) -> bool:
        """True when every distinct value is empty or a real day written YYYY-MM-DD."""
        values = [v for v in self.table.distinct(column.index) if v]
        return len(values) < 100_000 and all(_DAY.fullmatch(v) and _real_day(v) for v in values)

    def _plain_datetimes(self, column: Column) -> bool:
        """True when every value is empty or a real local date-time YYYY-MM-DDTHH:MM:SS (no offset, no
        fraction: Kobo's _submission_time); checked in C by numpy and pandas, the first value first."""
        import pandas as pd

        values = self._answers(column)
        if not len(values) or not re.fullmatch(_PLAIN_DATETIME, values[0]):
            return False
        if not fits_layout(values, "9999-99-99T99:99:99"):
            return False
        parsed = pd.to_datetime(pd.Series(values), format="%Y-%m-%dT%H:%M:%S", exact=True, errors="coerce")
        return bool(parsed.notna().all())

    def _stamped_datetimes(self, column: Column) -> bool:
        """True when every value is empty or written YYYY-MM-DDTHH:MM:SS.mmm with an offset +HH:MM or Z,
        all alike (Kobo's and ODK's start, end and SubmissionDate). Their UTC time is then SQLite's
        datetime() and their own milliseconds, as strftime() would give it at a third of the cost
        (offsets are whole minutes; an impossible value is NULL in both; ``tests/test_import_dates.py``
        compares the two)."""
        values = self._answers(column)
        return bool(len(values)) and (
            fits_layout(values, "9999-99-99T99:99:99.999+99:99") or fits_layout(values, "9999-99-99T99:99:99.999Z")
        )

    def _answers(self, column: Column):
        values = self.table.frame[column.index].to_numpy()
        return values[values != ""]

    def _excel_serials(self, column: Column, ref: str, expr: str) -> str:
        """``expr``, except for numbers (Excel's serial dates, 44561.5): read in Excel's 1900 date system,
        with a warning naming them; a number that is no serial date becomes NULL (and is reported)."""
        values = [v for v in self.table.distinct(column.index) if _SERIAL.fullmatch(v.strip())]
        if not values:
            return expr
        kind = "time" if column.kind == "text" else column.kind
        pairs = [(v, excel_serial(v.strip(), kind)) for v in values]
        read = [(v, text) for v, text in pairs if text is not None]
        if read:
            series = self.table.frame[column.index]
            first = _first_position(series, [v for v, _ in read])
            shown = dict(read)[series.iloc[first]]
            self.warnings.append(
                tr(
                    "{file}, column {column}: {count} value(s) are Excel serial numbers, read as dates of "
                    "Excel's 1900 date system (first at row {row}: '{value}' is {date}). The raw table keeps them."
                ).format(
                    file=self.table.source,
                    column=column.header,
                    count=int(series.isin(dict(read)).sum()),
                    row=self.table.file_row(first),
                    value=series.iloc[first],
                    date=shown,
                )
            )
        lookup = self._lookup(pairs, width=1)
        return (
            f"CASE WHEN {ref} IN (SELECT k FROM temp.{lookup}) THEN (SELECT v0 FROM temp.{lookup} "
            f"WHERE k = {ref}) ELSE {expr} END"
        )

    def _ends_of_days(self, column: Column, ref: str, expr: str) -> str:
        """``expr``, except for hour 24, which SQLite's date functions keep as it is ("T24:00:00.000Z", no
        date-time): ISO 8601's 24:00, the end of a day, is the next day's 00:00; another time past
        24:00 becomes NULL (and is reported with the other unreadable date-times)."""
        column_values = self.table.frame[column.index].to_numpy()
        try:  # the whole column joined costs less than finding its distinct values (nearly all are)
            joined = "\x00".join(column_values)
        except TypeError:  # a value that is no text
            joined = "\x00".join(v for v in column_values if isinstance(v, str))
        if "T24:" not in joined and " 24:" not in joined:  # one search in C, not a match per value
            return expr
        values = [v for v in self.table.distinct(column.index) if isinstance(v, str) and _HOUR_24.match(v)]
        if not values:
            return expr
        lookup = self._lookup([(v, _end_of_day(v)) for v in values], width=1)
        return (
            f"CASE WHEN {ref} IN (SELECT k FROM temp.{lookup}) THEN (SELECT v0 FROM temp.{lookup} "
            f"WHERE k = {ref}) ELSE {expr} END"
        )

    def _offset_with_colon(self, column: Column, value: str) -> str:
        """``value`` (SQL) with a UTC offset written ``+03`` or ``+0300`` (ODK Collect, Kobo) as ``+03:00``,
        the only form SQLite's date functions read; unchanged when no value of the column needs it."""
        import pandas as pd

        distinct = pd.Series(self.table.distinct(column.index), dtype=object)
        if not distinct.str.contains(_SHORT_OFFSET).any():
            return value
        return (
            f"CASE WHEN {value} GLOB '*:[0-9][0-9]*[+-][0-9][0-9]' THEN {value} || ':00' "
            f"WHEN {value} GLOB '*:[0-9][0-9]*[+-][0-9][0-9][0-9][0-9]' "
            f"THEN substr({value}, 1, length({value}) - 2) || ':' || substr({value}, -2) ELSE {value} END"
        )

    def _zone_less(self, column: Column, ref: str, value: str) -> str:
        """``value`` (SQL), with the offset of the column's other values appended to the values written
        without a zone when those all have the same (``zone_less``); a warning names them either way."""
        found = find_zone_less(self.table.distinct(column.index))
        if found is None:
            return value
        self.warnings.append(zone_less_warning(self.table, column.header, column.index, found))
        if not found.offset:
            return value
        lookup = self._lookup([(v,) for v in found.values], width=0)
        return f"CASE WHEN {ref} IN (SELECT k FROM temp.{lookup}) THEN trim({ref}) || '{found.offset}' ELSE {value} END"

    def _unless_impossible_day(self, column: Column, day: str, expr: str) -> str:
        """``expr``, or NULL for days like 2021-02-30 that SQLite's date functions let through."""
        # the first 10 characters; values with leading spaces are rare and SQLite trims them
        days = {value[:10] for value in self.table.frame[column.index].to_numpy()}
        impossible = sorted(d for d in days if _DAY.fullmatch(d) and not _real_day(d))
        if not impossible:
            return expr
        return f"CASE WHEN {day} IN ({', '.join(_sql_text(d) for d in impossible)}) THEN NULL ELSE {expr} END"

    def _warn_labels_read(self, column: Column, as_labels: list[str], pairs: list[tuple]) -> None:
        """Warn about answers that are choice labels, read as the codes of those choices."""
        if not as_labels:
            return
        series = self.table.frame[column.index]
        first = _first_position(series, as_labels)
        value = series.iloc[first]
        self.warnings.append(
            tr(
                "{file}, column {column}: {count} answer(s) are choice labels, not codes, and were read as the "
                "codes of those choices (first at row {row}: '{value}' is '{code}'). The raw table keeps them."
            ).format(
                file=self.table.source,
                column=column.header,
                count=int(series.isin(as_labels).sum()),
                row=self.table.file_row(first),
                value=value,
                code=next(codes for v, codes, _labels in pairs if v == value),
            )
        )

    def check_dates(self, db, typed: str, raw: str, raw_fid: str, after_fid: int = 0) -> None:
        """Warn about values SQLite could not read as dates (one scan of the rows after ``after_fid``)."""
        if not self.date_checks:
            return
        fid = gw.quote(raw_fid)
        rows = f"r.{fid} > {int(after_fid)}"
        failed = [f"(t.{gw.quote(c.name)} IS NULL AND trim(r.{gw.quote(c.header)}) <> '')" for c, _ in self.date_checks]
        # typed rows first (CROSS JOIN keeps that order): the raw row is read only where a date is NULL
        some_null = " OR ".join(f"t.{gw.quote(c.name)} IS NULL" for c, _ in self.date_checks)
        counts = db.execute(
            f"SELECT {', '.join(f'total({f})' for f in failed)} FROM {gw.quote(typed)} t "
            f"CROSS JOIN {gw.quote(raw)} r ON r.{fid} = t.fid "
            f"WHERE t.fid > {int(after_fid)} AND ({some_null})"
        ).fetchone()
        for (column, what), condition, count in zip(self.date_checks, failed, counts):
            if not count:
                continue
            first, value = db.execute(
                f"SELECT r.{fid}, r.{gw.quote(column.header)} FROM {gw.quote(raw)} r "
                f"JOIN {gw.quote(typed)} t ON t.fid = r.{fid} WHERE {rows} AND {condition} "
                f"ORDER BY r.{fid} LIMIT 1"
            ).fetchone()
            self.warnings.append(
                tr(
                    "{file}, column {column}: {count} value(s) are not {what} and were left empty in the "
                    "typed table (first at row {row}: '{value}'). The raw table keeps them."
                ).format(
                    file=self.table.source,
                    column=column.header,
                    count=int(count),
                    what=what,
                    row=self.table.file_row(first - after_fid - 1),  # the raw fids of its rows follow after_fid
                    value=value,
                )
            )
