# SPDX-License-Identifier: GPL-3.0-or-later
"""Date-times a field laptop wrote without a time zone, merged as the office stores them: in UTC.

The import stores date-times in UTC (``2026-03-02T09:05:57.556Z``). QGIS 3.22 reads them as times without a
zone and its file writer stores what it writes without a zone (and, for a new row, without milliseconds): a
start corrected to 10:00 on a laptop in Bangui (UTC+1) is stored ``2026-03-02T10:00:00.000``, which the office
would read as 10:00 UTC, an hour late (QGIS 3.40 stores ``2026-03-02T09:00:00Z``). So in a column whose
office values carry a zone, a field value without one is the local time of the field laptop: the time zone
chosen for the field laptops when the package was prepared (:func:`field_time_zone`; by default the zone of
the computer that prepared it), kept in the package's base and manifest, or for a package of an earlier
version the office's own, said in a warning. The zone is never guessed from the values: a real correction by
whole hours would be taken for a zone. It is merged in UTC with its milliseconds (GDAL writes a date-time
column as the import does; GDAL 3.10 leaves out ``.000``); a field value with another offset (``+03:00``) is
merged in UTC too. A value that is the base's or the office's written another way (the same second as
written: QGIS 3.22 saving an untouched UTC value again; or the same instant, in either reading of a local time
the autumn change repeats) is no edit (``rows``). A correction by exactly minus the zone's offset is written
the same as an untouched value saved again and is taken as one: not said, since every normal merge would say
it of every re-saved value. Another local time the autumn change repeats is read as Qt reads it, the later,
and said. A local time the spring change skips is no instant: not merged, listed and said, as an unreadable
value.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from ..cleaning.log_times import offset_seconds
from .snapshot import SURVEY

# OGR's text of a date-time ("2026/03/02 10:00:00.5", "... +00") or ISO 8601 ("2026-03-02T10:00:00.000Z")
_DATE_TIME = re.compile(
    r"(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?"
)
_OFFSET = re.compile(r"Z|[+-]\d{2}(?::?\d{2})?")
_REVERSED = re.compile(r"(?:^|/)GMT[+-](\d+)$", re.IGNORECASE)  # also under tzdata's posix/ and right/


def machine_time_zone() -> dict:
    """This computer's time zone: its IANA name ("" when the system gives none) and its offset from UTC
    now ("+01:00"), as a package records it for the laptops it goes to."""
    from qgis.PyQt.QtCore import QDateTime, QTimeZone

    zone = QTimeZone.systemTimeZone()
    return {
        "name": QTimeZone.systemTimeZoneId().data().decode("ascii", "replace"),
        "utc_offset": _offset_text(zone.offsetFromUtc(QDateTime.currentDateTimeUtc())),
    }


def field_time_zone(name: str = "") -> dict:
    """The time zone of the field laptops, as a package records it: the zone of the IANA ``name`` (such as
    Africa/Bangui) with its offset from UTC now, or this computer's when ``name`` is empty. CartongError naming
    ``name`` when no time zone has it, or when ``name`` is empty and this computer's zone is not one Qt knows
    (TZ set to a POSIX rule such as CET-1CEST,M3.5.0,M10.5.0/3)."""
    name = (name or "").strip()
    from qgis.PyQt.QtCore import QDateTime, QTimeZone

    if not name:
        if not QTimeZone.systemTimeZone().isValid():  # a POSIX rule in TZ: its offset would be read as 0
            raise CartongError(
                tr(
                    "This computer's time zone ({zone}) is not a time zone QGIS knows by name: give the time zone "
                    "the field laptops are set to (TIME_ZONE) by its IANA name, such as Africa/Bangui."
                ).format(zone=machine_time_zone()["name"])
            )
        return machine_time_zone()

    zone = QTimeZone(name.encode("utf-8"))
    if sign_reversed(name):  # Etc/GMT+1 is UTC-01:00: the trap of a team at UTC+1 (refused however Qt knows it)
        offset = _offset_text(zone.offsetFromUtc(QDateTime.currentDateTimeUtc())) if zone.isValid() else ""
        raise CartongError(
            tr(
                "The time zone {zone} is UTC{offset} (the tz database reverses the sign of the Etc/GMT zones): "
                "give the place the field laptops are set to instead, such as Africa/Bangui."
            ).format(zone=name, offset=offset or _reversed_offset(name))
        )
    if not zone.isValid():
        raise CartongError(
            tr(
                "The time zone {zone} is not known: give the time zone the field laptops are set to by its "
                "IANA name, such as Africa/Bangui, or leave it empty for this computer's."
            ).format(zone=name)
        )
    offset = _offset_text(zone.offsetFromUtc(QDateTime.currentDateTimeUtc()))
    return {"name": zone.id().data().decode("ascii", "replace"), "utc_offset": offset}


def _reversed_offset(name: str) -> str:
    """The offset an Etc/GMT+N name means ("-01:00" for Etc/GMT+1), for a Qt that does not know the name
    (QGIS 3.40's Qt has no posix/ or right/ aliases)."""
    found = re.search(r"GMT([+-])(\d+)$", name, re.IGNORECASE)
    return f"{'-' if found and found[1] == '+' else '+'}{int(found[2]) if found else 0:02d}:00"


def sign_reversed(name: str) -> bool:
    """Whether ``name`` is an Etc/GMT+N or Etc/GMT-N zone other than UTC's (or its alias: GMT+1,
    posix/Etc/GMT+1, right/Etc/GMT+1), whose sign is the reverse of the offset it means (POSIX): refused for
    the field laptops, not offered by the wizard."""
    found = _REVERSED.search((name or "").strip())
    return bool(found and int(found[1]) != 0)


def zone_sentence(zone: dict) -> str:
    """What a package records for the field laptops, said at its preparation."""
    offset = zone.get("utc_offset") or ""
    return tr("Field laptops' time zone: {zone} (UTC{offset} today).").format(
        zone=zone.get("name") or f"UTC{offset}", offset=offset
    )


def _offset_text(seconds: int) -> str:
    sign, seconds = ("-" if seconds < 0 else "+"), abs(seconds)
    return f"{sign}{seconds // 3600:02d}:{seconds // 60 % 60:02d}"


def _offset_seconds(text: str) -> int | None:
    """The seconds of an offset from UTC ("Z", "+01", "+01:00", "-0330"); None for another text."""
    return offset_seconds(text) if _OFFSET.fullmatch(text or "") else None


def _utc_second(text) -> float | None:
    """The second since 1970 of a date-time with a zone (OGR's text or ISO 8601); None for another value."""
    found = _DATE_TIME.fullmatch(text.strip()) if isinstance(text, str) else None
    if found is None or not found[8]:
        return None
    offset = offset_seconds(found[8])  # the pattern has checked its form
    try:
        year, month, day, hour, minute, second = (int(found[i] or 0) for i in range(1, 7))
        moment = datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc)
    except ValueError:  # a day that does not exist
        return None
    return moment.timestamp() - offset


class FieldTimes:
    """Converts the date-times without a zone of a returned copy; counts them by column for the report."""

    def __init__(self, recorded: dict | None):
        self.assumed = not (isinstance(recorded, dict) and (recorded.get("name") or recorded.get("utc_offset")))
        self.recorded = None if self.assumed else recorded
        self.zoned: dict[str, set[str]] = {}  # {table: columns whose office values carry a zone}
        self.converted: Counter[str] = Counter()  # {column: values merged in UTC}
        self.skipped: list[tuple[str, str, str, str]] = []  # (table, office fid, column, value) not merged (rows)
        self.repeated: list[tuple[str, str, str, str]] = []  # the same, read as the later of two: see repeated_hour
        self._zone: Any = None  # QTimeZone, found at its first use

    def learn(self, table: str, office_rows: dict) -> None:
        """The columns of ``table`` whose office values (``office_rows``: {fid: values}) are all date-times
        and carry a zone (at least one)."""
        not_dates: set[str] = set()
        zoned: set[str] = set()
        for values in office_rows.values():
            for column, value in values.items():
                if value is None or column in not_dates:
                    continue
                found = _DATE_TIME.fullmatch(value.strip())
                if not found:
                    not_dates.add(column)
                elif found[8]:
                    zoned.add(column)
        self.zoned[table] = zoned - not_dates

    def utc(self, table: str, column: str, value) -> str | None:
        """``value`` in UTC when it is a date-time without a zone (the field laptops' time) or with an offset
        other than UTC's in a column whose office values carry a zone, else None: as OGR reads a date-time column
        (``2026/03/02 09:00:00.250+00``, so that it reads back the same), or as the import writes date-times
        (``2026-03-02T09:00:00.250Z``) in a text column. A local time the autumn change repeats is read as its
        second occurrence, as Qt reads it (see :meth:`readings`)."""
        readings = self.readings(table, column, value)
        return readings[-1] if readings else None

    def readings(self, table: str, column: str, value) -> list[str] | None:
        """The instants ``value`` may be, in UTC as :meth:`utc` writes them, the earliest first: one, or two
        for a local time the autumn change repeats (Qt takes the second: an untouched value of the first
        occurrence would become an edit an hour off), none for one the spring change skips. None when
        :meth:`utc` has nothing to convert (or the date does not exist)."""
        if value is None or column not in self.zoned.get(table, ()):
            return None
        found = _DATE_TIME.fullmatch(value.strip())
        if not found or (found[8] and offset_seconds(found[8]) == 0):
            return None
        from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone

        zone = QTimeZone(offset_seconds(found[8])) if found[8] else self.zone()
        year, month, day, hour, minute = (int(part) for part in found.group(1, 2, 3, 4, 5))
        milliseconds = round(float(f"0.{found[7]}") * 1000) if found[7] else 0
        clock = QDateTime(  # the wall clock, as if it were UTC's
            QDate(year, month, day), QTime(hour, minute, int(found[6] or 0), min(milliseconds, 999)), Qt.TimeSpec.UTC
        )
        if not clock.isValid():
            return None
        offsets = sorted({zone.offsetFromUtc(clock.addSecs(shift)) for shift in (-86400, 0, 86400)}, reverse=True)
        moments = [clock.addSecs(-offset) for offset in offsets]  # the readings whose offset is the zone's then
        moments = [moment for moment, offset in zip(moments, offsets) if zone.offsetFromUtc(moment) == offset]
        if "/" not in value:
            return [moment.toString("yyyy-MM-ddTHH:mm:ss.zzz") + "Z" for moment in moments]
        return [
            moment.toString("yyyy/MM/dd HH:mm:ss" + (".zzz" if moment.time().msec() else "")) + "+00"
            for moment in moments
        ]

    def repeated_hour(self, table: str, column: str, value, row: str) -> None:
        """Note a field ``value`` that is no edit of ``row`` (office fid) in the hour the autumn change repeats:
        it is merged (or listed) as Qt reads it, the later of its two instants, which the enumerator may not have
        meant (an interview an hour shorter), so it is said (:meth:`sentences`)."""
        readings = self.readings(table, column, value)
        if readings is not None and len(readings) > 1:
            self.repeated.append((table, row, column, value))

    @staticmethod
    def same_instant(one, other) -> bool:
        """Whether two date-times with a zone are the same second (``+00`` and ``Z``, or ``+01:00``)."""
        second = _utc_second(one)
        return second is not None and second == _utc_second(other)

    def count(self, table: str, column: str, value) -> None:
        """One ``value`` of ``column`` merged in UTC (named ``table.column`` outside ``survey``): counted when it
        had no zone (read in the laptops'; one with its offset is the same instant, nothing to check)."""
        found = _DATE_TIME.fullmatch(value.strip()) if isinstance(value, str) else None
        if found is None or found[8]:
            return
        self.converted[column if table == SURVEY else f"{table}.{column}"] += 1

    def zone(self):
        """The QTimeZone of the field laptops: the recorded one (by name, else by its offset), else this computer's."""
        if self._zone is None:
            from qgis.PyQt.QtCore import QTimeZone

            zone = QTimeZone.systemTimeZone()
            if self.recorded is not None:
                named = QTimeZone(str(self.recorded.get("name") or "").encode("ascii", "replace"))
                offset = _offset_seconds(str(self.recorded.get("utc_offset") or ""))
                zone = named if named.isValid() else QTimeZone(offset) if offset is not None else zone
            self._zone = zone
        return self._zone

    def sentences(self) -> tuple[list[str], list[str]]:
        """(news, warnings): the values converted in one sentence, a warning when the zone was assumed; a
        warning for the values of the hour the spring change skips, and for those of the hour the autumn change
        repeats read as the later time."""
        warnings = self._skipped_sentences() + self._repeated_sentences()
        count = sum(self.converted.values())
        if not count:
            return [], warnings
        columns = ", ".join(f"{column}: {n}" for column, n in sorted(self.converted.items()))
        if self.assumed:
            return [], [
                trn(
                    "The package records no time zone (prepared by an earlier version): %n date-time written in "
                    "the field without a time zone ({columns}) was read in this computer's time zone ({zone}) and "
                    "stored in UTC; check it if the field laptops were set to another time zone.",
                    "The package records no time zone (prepared by an earlier version): %n date-times written in "
                    "the field without a time zone ({columns}) were read in this computer's time zone ({zone}) and "
                    "stored in UTC; check them if the field laptops were set to another time zone.",
                    count,
                ).format(columns=columns, zone=self._zone_text())
            ] + warnings
        return [
            trn(
                "%n date-time written in the field without a time zone ({columns}) was read in the time zone "
                "chosen for the field laptops when the package was prepared ({zone}) and stored in UTC, as the "
                "office stores it.",
                "%n date-times written in the field without a time zone ({columns}) were read in the time zone "
                "chosen for the field laptops when the package was prepared ({zone}) and stored in UTC, as the "
                "office stores them.",
                count,
            ).format(columns=columns, zone=self._zone_text())
        ], warnings

    def _skipped_sentences(self) -> list[str]:
        """The values of the hour the spring change skips, not merged (``rows``), in one sentence."""
        if not self.skipped:
            return []
        from .conflicts import CONFLICTS_TABLE

        table, row, column, value = self.skipped[0]
        return [
            trn(
                "%n date-time written in the field without a time zone does not exist in the field laptops' time "
                "zone ({zone}), in the hour the clocks skip when they go forward ({value}, fid {row} of {table}, "
                "column {column}): it was not merged and is listed in the table {conflicts}; write in the office "
                "file the time it really was.",
                "%n date-times written in the field without a time zone do not exist in the field laptops' time "
                "zone ({zone}), in the hour the clocks skip when they go forward (the first: {value}, fid {row} of "
                "{table}, column {column}): they were not merged and are listed in the table {conflicts}; write in "
                "the office file the times they really were.",
                len(self.skipped),
            ).format(
                zone=self._zone_text(), value=value, row=row, table=table, column=column, conflicts=CONFLICTS_TABLE
            )
        ]

    def _repeated_sentences(self) -> list[str]:
        """The values of the hour the autumn change repeats read as the later time (:meth:`repeated_hour`)."""
        if not self.repeated:
            return []
        table, row, column, value = self.repeated[0]
        return [
            trn(
                "%n date-time written in the field without a time zone is in the hour the clocks repeat when they "
                "go back in the field laptops' time zone ({zone}) ({value}, fid {row} of {table}, column {column}): "
                "it was read as the later of the two possible times; check it.",
                "%n date-times written in the field without a time zone are in the hour the clocks repeat when they "
                "go back in the field laptops' time zone ({zone}) (the first: {value}, fid {row} of {table}, column "
                "{column}): they were read as the later of the two possible times; check them.",
                len(self.repeated),
            ).format(zone=self._zone_text(), value=value, row=row, table=table, column=column)
        ]

    def _zone_text(self) -> str:
        """The zone's name and its offset, as recorded, else now ("Africa/Bangui, UTC+01:00")."""
        from qgis.PyQt.QtCore import QDateTime

        zone = self.zone()
        name = zone.id().data().decode("ascii", "replace")
        offset = (self.recorded or {}).get("utc_offset") or _offset_text(
            zone.offsetFromUtc(QDateTime.currentDateTimeUtc())
        )
        return f"{name}, UTC{offset}" if name and not name.startswith("UTC") else f"UTC{offset}"
