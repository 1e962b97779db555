# SPDX-License-Identifier: GPL-3.0-or-later
"""The rows of ``survey`` and of the typed repeat tables merged three ways (office, field, base).

A row is matched by its fid (see ``snapshot``), checked against its ``_uuid`` (in a repeat table its
link to its submission, ``_submission__uuid`` or ODK Central's ``PARENT_KEY`` read by ``owners``, and its
own key, ODK's ``KEY`` or Kobo's ``_index``: ``pairs``) so that an office file rebuilt
since the package left, or a copy whose fids were renumbered, is not written into the wrong row; a row
its fid no longer holds is found by that key. In each table:

* a value changed in the field only is applied; changed in both places differently, it is a conflict and
  the office value stays;
* a row added in the field is added (a new submission with its repeat rows, or a repeat row of a
  submission the office holds), its labels, choice columns and coordinates made as for an edited row
  (``derived``), its values in columns the office table lacks listed;
* a row deleted in the field is **not** deleted in the office: a copy edited offline cannot tell a
  deletion from a slip, and the toolkit removes a submission by a ``remove_survey`` decision in the
  cleaning log (who, when, why, undone by changing it). It is listed as not merged, like a change made in
  the field to a row the office removed, and a row the field added under the ``_uuid`` of a submission.

A copy merged again is compared with what the office took from it last time (``ledger``): a row it
added (known by its ``_uuid``, else its content) is not added twice, and later corrections to it are
merged. Another copy of the same package (a zip copied onto two laptops) adds its own rows; its edit
that another copy made alike is none, made differently a conflict. A new submission without a
``_uuid`` gets a new one (listed in the warnings).

Everything not merged is a :class:`Conflict` with its ``reason``: nothing done in the field is dropped
without being listed. Raw tables are never written here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from uuid import uuid4

from .derived import CODE_NOT_IN_CHOICES
from .ledger import as_office
from .owners import INDEX
from .pairs import pair_by_fid, pair_legacy, row_key_column
from .snapshot import GEOMETRY_KEY, KEY, PARENT_KEY, SURVEY, UUID, layer_rows, require_uuid

CHANGED_IN_BOTH = "changed_in_both"
CHANGED_IN_COPIES = "changed_in_another_copy"  # the office value came from another copy of the package
DELETED_IN_FIELD = "deleted_in_field"
REMOVED_IN_OFFICE = "removed_in_office"
UUID_IN_OFFICE = "uuid_in_office"
SAME_AS_OTHER_COPY = "same_as_another_copy"  # a new row without _uuid that another copy brought alike
NO_SUBMISSION = "no_submission"  # a repeat row whose _submission__uuid no merged submission holds
NO_SUBMISSION_KEY = "no_submission_key"  # an ODK Central repeat row whose PARENT_KEY no merged submission holds
UNKNOWN_COLUMN = "column_not_in_office"  # a value in a column the office table does not have
AMBIGUOUS = "ambiguous"  # 0.2.0 packages: rows sharing a _uuid added or deleted, cannot be told apart
SKIPPED_HOUR = "time_not_in_zone"  # a local time the spring change skips: no instant to merge (field_times)


@dataclass
class Conflict:
    """A field change the office did not take (``reason``): the office row or value was kept."""

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
    office_fid: str = ""
    field_fid: str = ""
    reason: str = CHANGED_IN_BOTH
    kept: str = "office"  # "field": the field value was merged, listed to be checked (derived.py)


def _three_way(table: str, uuid: str, fid, base: dict, office: dict, field: dict, report, field_fid) -> dict:
    """The field's changes to apply to the office row; conflicts (and unknown columns) into ``report``.
    A cell OGR cannot read as its column's type (``typed_cells``) is listed with its raw text, never taken."""
    changes = {}
    odd = report.unreadable.get(table, {}).get(field_fid, {})
    for column, value in field.items():
        if column in odd:
            raw, reason = odd[column]
            if report.office_unreadable.get(table, {}).get(fid, {}).get(column, ("",))[0] != raw:
                report.not_merged.append(
                    Conflict(table, uuid, column, base.get(column), office.get(column), raw, office_fid=str(fid),
                             field_fid=str(field_fid), reason=reason)
                )  # fmt: skip
            continue
        if column not in base or column not in office:
            report.unknown_columns.add(column if table == SURVEY else f"{table}.{column}")
            if value is not None and value != base.get(column):  # e.g. a renamed column: listed, value by value
                report.not_merged.append(
                    Conflict(table, uuid, column, base.get(column), office.get(column), value, office_fid=str(fid),
                             reason=UNKNOWN_COLUMN)
                )  # fmt: skip
            continue
        before, now = base[column], office[column]
        same, merged = _as_office(table, column, value, (before, now), report)
        if same:
            continue
        if report.times.readings(table, column, value) == []:  # no such time in the laptops' zone: as unreadable
            report.times.skipped.append((table, str(fid), column, value))
            report.not_merged.append(
                Conflict(table, uuid, column, before, now, value, office_fid=str(fid), field_fid=str(field_fid),
                         reason=SKIPPED_HOUR)
            )  # fmt: skip
            continue
        report.times.repeated_hour(table, column, value, str(fid))
        if now == before:
            changes[column] = merged
            if merged != value:
                report.times.count(table, column, value)
        else:
            report.conflicts.append(Conflict(table, uuid, column, before, now, merged, office_fid=str(fid)))
    return changes


def _as_office(table: str, column: str, value, others, report) -> tuple[bool, str | None]:
    """(whether the field ``value`` is one of ``others`` written another way, the value to merge): a date-time
    without a zone is the field laptop's time, merged in UTC (``field_times``), unless it is the same second as
    written (QGIS 3.22 saving an untouched UTC value again); at the same instant as one of ``others`` it is no edit."""
    if any(_same(column, value, other) for other in others):
        return True, value
    readings = report.times.readings(table, column, value)
    if not readings:
        return False, value
    for utc in readings:  # a local time the autumn change repeats: the reading at the base's instant is no edit
        if any(report.times.same_instant(utc, other) for other in others):
            return True, utc
    return False, readings[-1]


# OGR's text of a date-time ("2026/02/25 09:08:16.520+00") or ISO ("2026-02-25T09:08:16.520Z")
_DATETIME = re.compile(r"^(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}:\d{2}:\d{2})(\.\d*)?(Z|[+-]00(:?00)?)?$")


def _same(column: str, field, other) -> bool:
    """Whether a field value is ``other`` written another way, as a layer re-saved in QGIS writes it: a
    date-time without its milliseconds or Z (the same second), an empty geometry for none."""
    if field == other:
        return True
    if column == GEOMETRY_KEY:
        return _empty(field) and _empty(other)
    if field is None or other is None:
        return False
    mine, theirs = _DATETIME.match(field), _DATETIME.match(other)
    return bool(mine and theirs and mine.group(1, 2, 3, 4) == theirs.group(1, 2, 3, 4))


def _empty(wkb_hex) -> bool:
    from osgeo import ogr

    return wkb_hex is None or ogr.CreateGeometryFromWkb(bytes.fromhex(wkb_hex)).IsEmpty()


def _apply(layer, fid: int, changes: dict) -> None:
    from osgeo import ogr

    feature = layer.GetFeature(fid)
    for column, value in changes.items():
        if column == GEOMETRY_KEY:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes.fromhex(value)) if value else None)
        elif value is None:
            feature.SetFieldNull(column)
        else:
            feature.SetField(column, value)
    layer.SetFeature(feature)


def insert_copy(layer, feature, uuid: str | None = None, blank=(), given: dict | None = None) -> int:
    """Add a copy of ``feature`` (by field name, values and geometry as they are; ``uuid`` replacing its
    _uuid when given, ``given`` {column: value} the links it lacked (``owners``); the columns ``blank``
    empty) to ``layer``; returns its new fid."""
    from osgeo import ogr

    copy = ogr.Feature(layer.GetLayerDefn())
    copy.SetFrom(feature, 1)
    copy.SetFID(-1)
    if uuid is not None:
        copy.SetField(UUID, uuid)
    for column, value in (given or {}).items():
        if copy.GetFieldIndex(column) >= 0:
            copy.SetField(column, value)
    for column in blank:
        if copy.GetFieldIndex(column) >= 0:
            copy.SetFieldNull(column)
    layer.CreateFeature(copy)
    return copy.GetFID()


def _merge_base_rows(table: str, column: str, layer, base: dict, office: dict, field: dict, pairs, report) -> None:
    """Edits, conflicts, field deletions and changes to rows the office removed, for the base rows; how
    many of them the field copy changed or deleted, and in which columns, into ``report.field_changes``."""
    from collections import Counter

    differing, columns = 0, Counter[str]()
    for key, before in base.items():
        uuid = report.owners.shown(column, before)
        if uuid in pairs.ambiguous:
            continue
        office_fid, field_fid = pairs.office.get(key), pairs.field.get(key)
        if field_fid is None:
            differing += 1
            if office_fid is not None:
                report.not_merged.append(
                    Conflict(table, uuid, "", None, None, None, office_fid=str(office_fid), reason=DELETED_IN_FIELD)
                )
            continue
        now = field[field_fid]
        merged = report.ledger.get(table, f"base:{key}") if office_fid is not None else None
        if merged is not None:  # this copy was merged before: compare with what the office took then
            before = merged[1]
        others = report.ledger.elsewhere(table, f"base:{key}", base[key]) if office_fid is not None else []
        now = _taken_elsewhere(table, now, office.get(office_fid, {}), others, report)
        listed = len(report.conflicts)
        changed = [
            name
            for name, value in now.items()
            if name in before and not _as_office(table, name, value, (before[name],), report)[0]
        ]
        differing += bool(changed)
        columns.update(changed)
        if office_fid is None:  # each change listed; a date-time only written another way is none
            for name in changed:
                value = _as_office(table, name, now[name], (), report)[1]  # in UTC, as a conflict lists it
                report.not_merged.append(
                    Conflict(table, uuid, name, before[name], None, value, field_fid=str(field_fid),
                             reason=REMOVED_IN_OFFICE)
                )  # fmt: skip
            continue
        changes = _three_way(table, uuid, office_fid, before, office[office_fid], now, report, field_fid)
        for conflict in report.conflicts[listed:]:  # the office value is another copy's edit
            if any(other.get(conflict.question, "\0") == conflict.office for other in others):
                conflict.reason = CHANGED_IN_COPIES
        _take(table, f"base:{key}", layer, uuid, office_fid, before, office[office_fid], now, changes, report)
    report.field_changes[table] = (differing, len(base), columns)
    for uuid in sorted(pairs.ambiguous):
        if table == SURVEY:
            report.not_merged.append(Conflict(table, uuid, "", None, None, None, reason=AMBIGUOUS))


def _taken_elsewhere(table: str, now: dict, office: dict, others: list[dict], report) -> dict:
    """The field row ``now`` with the values another copy of the package brought already (the same edit
    made on two laptops, ``others``) read as the office holds them: no change, no conflict."""
    same = {
        column: office[column]
        for column, value in now.items()
        if column in office and any(column in other and _as_office(table, column, value, (other[column],), report)[0]
                                    for other in others)
    }  # fmt: skip
    return {**now, **same} if same else now


def _merge_added(table: str, column: str, layer, fid: int, now: dict, office: dict, report) -> bool:
    """A row the field added that this copy of the package brought into the office before (found by its
    own identity, ``Ledger.find_new``): its later changes are merged against what the office took then.
    False when the row was never merged."""
    key = report.ledger.find_new(table, fid, as_office(report.times, table, now), column)
    if key is None:
        return False
    office_fid, before = report.ledger.get(table, key)
    uuid = report.owners.shown(column, before)
    if office_fid not in office or (office[office_fid].get(column) or "") != (before.get(column) or ""):
        if now != before:
            report.not_merged.append(
                Conflict(table, uuid, "", None, None, None, field_fid=str(fid), reason=REMOVED_IN_OFFICE)
            )
        return True
    now = {**now, UUID: before[UUID]} if table == SURVEY else now  # a _uuid given at the merge stays
    report.owners.renumber(table, uuid, now.get(INDEX), office[office_fid].get(INDEX))  # its rows follow it
    changes = _three_way(table, uuid, office_fid, before, office[office_fid], now, report, fid)
    _take(table, key, layer, uuid, office_fid, before, office[office_fid], now, changes, report)
    return True


def _take(table: str, key: str, layer, uuid: str, office_fid, before: dict, office: dict, field: dict, changes, report):
    """Apply the field's ``changes`` and the values that follow them (``derived``) to the office row; the
    ledger keeps the field's values only, so that a label or a location made here is no field edit later."""
    derived = _follow(table, uuid, office_fid, before, office, field, changes, report)
    if changes:
        _apply(layer, office_fid, {**derived, **changes})
        report.ledger.put(table, key, office_fid, {**before, **changes})
        report.edits += len(changes)


def _follow(table: str, uuid: str, office_fid, before: dict, office: dict, field: dict, changes: dict, report):
    """The office columns that follow ``changes`` to the row ``office_fid`` (``derived``); select codes
    outside their list are listed in ``report.flagged``."""
    follower = report.followers.get(table)
    if follower is None:
        return {}

    def make(column, office_value, field_value):
        return Conflict(table, uuid, column, before.get(column), office_value, field_value,
                        office_fid=str(office_fid), reason=CODE_NOT_IN_CHOICES, kept="field")  # fmt: skip

    return follower.follow(uuid, office_fid, office, field, changes, report.flagged, make)


def _add(table: str, column: str, layer, field_layer, fid: int, values: dict, report, uuid=None, given=None) -> None:
    """A row added in the field copied into the office (with the links ``given`` it lacked: ``owners``, an
    ``_index`` for a new submission); its cells OGR cannot read are left empty and listed
    with their raw text (OGR's NULL or 0 would pass for an answer), and so are its values in columns the
    office lacks. Its labels, choice columns and coordinates are made as for an edited row whose every
    answer changed (``derived``): a row typed or duplicated in the field has none, or another row's."""
    odd = report.unreadable.get(table, {}).get(fid, {})
    skipped = {column for column, value in values.items() if report.times.readings(table, column, value) == []}
    odd = {**odd, **{column: (values[column], SKIPPED_HOUR) for column in skipped}}  # see _three_way
    feature = field_layer.GetFeature(fid)
    office_fid = insert_copy(layer, feature, uuid, blank=odd, given=given)
    owner = uuid or report.owners.shown(column, values)
    for column, (raw, reason) in sorted(odd.items()):
        if reason == SKIPPED_HOUR:
            report.times.skipped.append((table, str(office_fid), column, raw))
        report.not_merged.append(
            Conflict(
                table, owner, column, None, None, raw, office_fid=str(office_fid), field_fid=str(fid), reason=reason
            )
        )
    list_lost_columns(table, layer, feature, owner, office_fid, report)
    values = {**values, **dict.fromkeys(odd)}
    given = {column: value for column, value in values.items() if value is not None}
    derived = _follow(table, owner, office_fid, {}, {}, values, given, report)
    derived = {column: value for column, value in derived.items() if values.get(column) != value}
    utc = {column: report.times.utc(table, column, value) for column, value in values.items()}
    utc = {column: value for column, value in utc.items() if value is not None}  # see field_times
    for column in utc:
        report.times.count(table, column, values[column])
        report.times.repeated_hour(table, column, values[column], str(office_fid))
    if derived or utc:
        _apply(layer, office_fid, {**derived, **utc})
    values = {**values, **utc}  # as the office holds them, so that they read the same next time
    report.ledger.put(table, report.ledger.new_key(table, fid), office_fid, {**values, UUID: uuid} if uuid else values)


def list_lost_columns(table: str, layer, feature, owner: str, office_fid: int, report) -> None:
    """List the values of ``feature`` (a field row just copied into ``layer`` as ``office_fid``) in columns
    ``layer`` does not have: a copy by name drops them without a word."""
    defn, present = feature.GetDefnRef(), layer.GetLayerDefn()
    for index in range(defn.GetFieldCount()):
        column = defn.GetFieldDefn(index).GetName()
        if present.GetFieldIndex(column) < 0 and feature.IsFieldSetAndNotNull(index):
            report.unknown_columns.add(column if table == SURVEY else f"{table}.{column}")
            report.not_merged.append(
                Conflict(table, owner, column, None, None, feature.GetFieldAsString(index),
                         office_fid=str(office_fid), field_fid=str(feature.GetFID()), reason=UNKNOWN_COLUMN)
            )  # fmt: skip


def _row_key(values: dict) -> str:
    return json.dumps(sorted(values.items()))


class _Numbers:
    """The office's next Kobo ``_index`` (a row number) of a table, for a row added in the field without one
    (a new submission) or with one the office holds (another laptop's, numbered alike): the rows added under
    it name it as their ``_parent_index`` (the office's project links them by it; ``owners``)."""

    def __init__(self, table: str, office_layer, office: dict, report):
        self.table, self.report = table, report
        self.used = office_layer.GetLayerDefn().GetFieldIndex(INDEX) >= 0
        self.held = {values[INDEX] for values in office.values() if values.get(INDEX)}
        self.next = max((int(v) for v in self.held if v.isdigit()), default=0) + 1

    def give(self, uuid: str, index: str | None) -> dict:
        """{"_index": the office's next} for the row ``index`` of the submission ``uuid`` added now, or {}."""
        if not self.used or (index and index not in self.held):
            self.held.add(index or "")
            return {}
        while str(self.next) in self.held:
            self.next += 1
        given = str(self.next)
        self.held.add(given)
        self.report.given_indexes.setdefault(self.table, []).append(given)
        self.report.owners.renumber(self.table, uuid, index, given)
        return {INDEX: given}


def merge_survey(office_layer, field_layer, base, report) -> set[str]:
    """``survey`` merged; returns the _uuid of the submissions added from the field."""
    require_uuid(office_layer)
    require_uuid(field_layer)
    office, field = layer_rows(office_layer), layer_rows(field_layer)
    report.times.learn(SURVEY, office)
    report.owners.learn_rows(office)  # an ODK Central repeat row names its submission by KEY (owners)
    report.owners.learn_numbers(SURVEY, field)  # a Kobo row added in the field may name it by _index only
    if base.legacy is not None:
        rows, pairs = base.legacy, pair_legacy(base.legacy, office, field)
    else:
        rows = base.tables.get(SURVEY, {})
        pairs = pair_by_fid(rows, office, field, UUID)
    _merge_base_rows(SURVEY, UUID, office_layer, rows, office, field, pairs, report)
    in_base = {values.get(UUID) or "" for values in rows.values()}
    in_office = {values.get(UUID) or "" for values in office.values()}
    office_keys = {_row_key(values) for values in office.values()}
    numbers = _Numbers(SURVEY, office_layer, office, report)
    new_uuids: set[str] = set()
    for fid, values in sorted(field.items()):
        uuid = values.get(UUID) or ""
        report.owners.learn(values.get(KEY), uuid)
        if fid in pairs.claimed or _merge_added(SURVEY, UUID, office_layer, fid, values, office, report):
            continue
        if report.ledger.added_elsewhere(SURVEY, as_office(report.times, SURVEY, values)):  # alike: said
            report.not_merged.append(
                Conflict(SURVEY, "", "", None, None, None, field_fid=str(fid), reason=SAME_AS_OTHER_COPY)
            )
            continue
        if uuid in in_base:
            reason = UUID_IN_OFFICE if uuid in in_office else REMOVED_IN_OFFICE
            report.not_merged.append(Conflict(SURVEY, uuid, "", None, None, None, field_fid=str(fid), reason=reason))
            continue
        if uuid in in_office:
            if _row_key(values) not in office_keys:  # the same submission, added on both sides, is no change
                report.not_merged.append(
                    Conflict(SURVEY, uuid, "", None, None, None, field_fid=str(fid), reason=UUID_IN_OFFICE)
                )
            continue
        fresh = None if uuid else str(uuid4())
        if fresh:
            report.given_uuids.append(fresh)
        elif uuid in new_uuids:
            report.repeated_uuids.add(uuid)
        report.owners.learn(values.get(KEY), fresh)
        given = numbers.give(fresh or uuid, values.get(INDEX))
        report.owners.learn_office_index(fresh or uuid, given.get(INDEX) or values.get(INDEX))
        _add(SURVEY, UUID, office_layer, field_layer, fid, values, report, fresh, given)  # the ledger: its own
        new_uuids.add(uuid if uuid else str(fresh))
        report.new_submissions += 1
    report.base_uuids, report.office_uuids = in_base, in_office
    return new_uuids


def merge_repeat(
    name: str, office_layer, field_layer, base_rows: dict, report, new_uuids: set[str], column: str
) -> None:
    """A typed repeat table merged: edits, rows added to the office's submissions (or to the new ones),
    deletions listed, rows that belong to no submission merged listed. ``column`` links a row to its
    submission: ``_submission__uuid``, or ODK Central's ``PARENT_KEY`` (``owners``)."""
    from collections import Counter

    office, field = layer_rows(office_layer), layer_rows(field_layer)
    report.times.learn(name, office)
    pairs = pair_by_fid(base_rows, office, field, column, row_key_column(base_rows))
    _merge_base_rows(name, column, office_layer, base_rows, office, field, pairs, report)
    report.owners.learn_numbers(name, field)  # before the links of this table's rows are filled
    given = {fid: report.owners.links(name, column, field[fid]) for fid in field if fid not in pairs.claimed}
    field.update({fid: {**field[fid], **links} for fid, links in given.items() if links})
    ours = report.ledger.uuids(SURVEY) | new_uuids  # submissions this package brought, now or before
    numbers = _Numbers(name, office_layer, office, report)
    taken = set(pairs.office.values()) | report.ledger.office_fids(name)
    spare = Counter(_row_key(values) for fid, values in office.items() if fid not in taken)
    for fid, values in sorted(field.items()):
        parent = report.owners.of(column, values)
        if fid in pairs.claimed or _merge_added(name, column, office_layer, fid, values, office, report):
            continue
        if spare[_row_key(values)] > 0:  # already in the office (merged by an earlier version, or its own)
            spare[_row_key(values)] -= 1
            continue
        if parent in report.base_uuids and parent not in report.office_uuids:
            reason = REMOVED_IN_OFFICE
        elif parent and (parent in ours or parent in report.base_uuids):
            links = {**given.get(fid, {}), **numbers.give(parent, values.get(INDEX))}  # the ledger: its own _index
            _add(name, column, office_layer, field_layer, fid, values, report, given=links)
            report.new_repeat_rows += parent not in new_uuids  # a new submission's rows come with it
            continue
        else:
            reason = NO_SUBMISSION_KEY if column == PARENT_KEY else NO_SUBMISSION
        shown = report.owners.shown(column, values)
        report.not_merged.append(Conflict(name, shown, "", None, None, None, field_fid=str(fid), reason=reason))
