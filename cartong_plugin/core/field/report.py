# SPDX-License-Identifier: GPL-3.0-or-later
"""What a merge tells: its counts and lists (:class:`MergeReport`) and the sentences of its warnings, one
per kind of field change that was listed rather than applied."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..base.i18n import tr, trn
from .conflicts import CONFLICTS_TABLE
from .field_times import FieldTimes
from .ledger import Ledger
from .owners import Owners
from .rows import Conflict
from .typed_cells import NOT_A_DATE, NOT_A_NUMBER, NOT_AN_INTEGER


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
    notes: list[str] = field(default_factory=list)  # news that needs no action (date-times merged in UTC)
    ledger: Ledger = field(default_factory=lambda: Ledger(""))  # what this package brought before (ledger)
    given_uuids: list[str] = field(default_factory=list)  # new submissions that came without a _uuid
    given_indexes: dict = field(default_factory=dict)  # {table: the _index given to Kobo rows added (rows._Numbers)}
    repeated_uuids: set[str] = field(default_factory=set)  # a _uuid held by several new submissions
    flagged: list[Conflict] = field(default_factory=list)  # field values merged and listed (derived.py)
    unreadable: dict = field(default_factory=dict)  # cells OGR cannot read, of the field copy (typed_cells)
    office_unreadable: dict = field(default_factory=dict)  # and of the office file
    followers: dict = field(default_factory=dict)  # {table: Followers}: labels and coordinates (derived)
    field_changes: dict = field(default_factory=dict)  # {table: (base rows changed or deleted, base rows, columns)}
    times: FieldTimes = field(default_factory=lambda: FieldTimes(None))  # date-times without a zone (field_times)
    owners: Owners = field(default_factory=Owners)  # the submission of an ODK Central row, by its KEY (owners)

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


def given_index_notes(report: MergeReport) -> list[str]:
    """The row numbers (``_index``) given to Kobo rows added in the field (``rows._Numbers``)."""
    if not report.given_indexes:
        return []
    given = "; ".join(f"{table}: {', '.join(numbers)}" for table, numbers in sorted(report.given_indexes.items()))
    return [
        trn(
            "%n row added in the field came without an _index, or with one the office holds: it was given the "
            "office's next one ({indexes}), which the rows added under it name as their _parent_index.",
            "%n rows added in the field came without an _index, or with one the office holds: they were given the "
            "office's next ones ({indexes}), which the rows added under them name as their _parent_index.",
            sum(len(numbers) for numbers in report.given_indexes.values()),
        ).format(indexes=given)
    ]


MOST_ROWS_CHANGED = 20  # rows: a team's usual round of corrections stays below it


def most_rows_changed_warnings(report: MergeReport) -> list[str]:
    """A sentence per table of which the field copy changed or deleted more than half of the rows the
    package left with (and more than MOST_ROWS_CHANGED): a layer re-saved or converted by another program,
    or replaced by another one, looks so. The merge went on: its rules keep every office change and
    delete nothing; the user checks the columns named before relying on it."""
    warnings = []
    for table, (changed, total, columns) in sorted(report.field_changes.items()):
        if changed > MOST_ROWS_CHANGED and 2 * changed > total:
            warnings.append(
                trn(
                    "%n of the {total} rows of {table} the package left with differs in the returned copy (most in "
                    "the columns {columns}): a layer re-saved or converted by another program, or replaced by "
                    "another one, looks like this; its changes were merged where the office had not changed the value, "
                    "so check those columns in {office} before relying on them.",
                    "%n of the {total} rows of {table} the package left with differ in the returned copy (most in "
                    "the columns {columns}): a layer re-saved or converted by another program, or replaced by "
                    "another one, looks like this; its changes were merged where the office had not changed the value, "
                    "so check those columns in {office} before relying on them.",
                    changed,
                ).format(
                    total=total,
                    table=table,
                    columns=", ".join(name for name, _count in columns.most_common(3)) or "-",
                    office=report.office.name,
                )
            )
    return warnings


def not_merged_warnings(report: MergeReport, base) -> list[str]:
    """One sentence per kind of field change that was listed and not applied, with its count."""
    from collections import Counter

    from .rows import CHANGED_IN_COPIES, SKIPPED_HOUR

    rows: Counter = Counter()
    for item in report.not_merged:
        reason = NOT_A_NUMBER if item.reason == NOT_AN_INTEGER else item.reason  # one sentence says both
        if reason != SKIPPED_HOUR:  # said with its first value by field_times
            rows[(reason, item.table, item.uuid, item.office_fid, item.field_fid)] = 1
    counts: Counter = Counter()
    for reason, table, *_rest in rows:
        counts[(reason, table)] += 1
    warnings = [
        _not_merged_sentence(reason, count).format(table=table) for (reason, table), count in sorted(counts.items())
    ]
    copies = sum(1 for item in report.conflicts if item.reason == CHANGED_IN_COPIES)
    if copies:
        warnings.append(
            trn(
                "%n conflict is between two copies of this package (one package copied onto several laptops?): "
                "another copy merged before had changed the value otherwise; the value merged first was kept.",
                "%n conflicts are between two copies of this package (one package copied onto several laptops?): "
                "another copy merged before had changed the values otherwise; the values merged first were kept.",
                copies,
            )
        )
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
    from .rows import (
        DELETED_IN_FIELD,
        NO_SUBMISSION,
        NO_SUBMISSION_KEY,
        REMOVED_IN_OFFICE,
        SAME_AS_OTHER_COPY,
        UNKNOWN_COLUMN,
        UUID_IN_OFFICE,
    )

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
    if reason == SAME_AS_OTHER_COPY:
        return trn(
            "%n row of {table} added in the field, without a _uuid, has the same answers and point as a submission "
            "another copy of this package brought: it was not added (if it is another household, add it by hand).",
            "%n rows of {table} added in the field, without a _uuid, have the same answers and point as submissions "
            "another copy of this package brought: they were not added (if they are other households, add them by "
            "hand).",
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
    if reason == NOT_A_NUMBER:  # and NOT_AN_INTEGER
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
    if reason == NO_SUBMISSION_KEY:
        return trn(
            "%n row of {table} added in the field belongs to no submission merged (its PARENT_KEY is empty or "
            "is not the KEY of a submission of this package): it was not merged.",
            "%n rows of {table} added in the field belong to no submission merged (their PARENT_KEY is empty "
            "or is not the KEY of a submission of this package): they were not merged.",
            count,
        )
    return trn(  # AMBIGUOUS
        "%n _uuid shared by several rows of {table} had rows added or deleted, in a package prepared by "
        "version 0.2.0 that cannot tell them apart: their field changes were not merged.",
        "%n _uuids shared by several rows of {table} had rows added or deleted, in a package prepared by "
        "version 0.2.0 that cannot tell them apart: their field changes were not merged.",
        count,
    )
