# SPDX-License-Identifier: GPL-3.0-or-later
"""Which submission a cleaning-log row means when several submissions share its uuid.

A uuid sent twice (a form resubmitted, a copied device) names two submissions; a log row on it says
which one by its old value. ``copies_meant`` gives the copies a row changes or removes: the only copy
whose value is the row's old value; every copy when each has it, or when a change gives no old value
(a note says so); otherwise the row is refused, since changing or removing a submission the reviewer
did not mean is worse than asking. A removal on the uuid question
itself keeps the first copy (cleaningtools' way), decided by ``plan_cleaning``. ``uuid_notes`` says
which rows changed several copies, and refuses a new uuid another kept submission has.
"""

from __future__ import annotations

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from .log import BLANK_RESPONSE, CHANGE_RESPONSE, LogProblem, problems_message


def copies_meant(entry, number: int, column, copies: list[int], matches, label, source: str):
    """(the positions the row acts on, a blocking LogProblem, a note) for a row whose uuid ``copies`` share.

    ``column``: the row's question resolved (None when it names no column); ``matches(pos, column, old)``
    tells whether the copy at ``pos`` holds the old value; ``label(pos)`` names a copy (its feature id).
    """
    old = (entry.old_value or "").strip()
    ids = ", ".join(label(pos) for pos in copies)
    changing = entry.change_type in (CHANGE_RESPONSE, BLANK_RESPONSE)
    if changing and not old:
        return tuple(copies), None, ""  # the row says nothing of the copies: each is changed, and said so
    matching = [pos for pos in copies if column is not None and old and matches(pos, column, entry.old_value)]
    if changing and len(matching) == len(copies):
        return tuple(copies), None, ""
    if len(matching) == len(copies):  # a removal naming a value every copy has: each goes, and that is said
        note = trn(
            "Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}) and each has {column} "
            "'{old}': each was removed.",
            "Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}) and each has {column} "
            "'{old}': each was removed.",
            len(copies),
        ).format(row=number, file=source, uuid=entry.uuid, ids=ids, column=column, old=entry.old_value)
        return tuple(copies), None, note
    if len(matching) == 1:
        words = (
            tr(
                "Row {row} of the cleaning log {file}: {count} submissions have the uuid {uuid} ({ids}); only "
                "{id}, whose {column} is '{old}', was changed."
            )
            if changing
            else tr(
                "Row {row} of the cleaning log {file}: {count} submissions have the uuid {uuid} ({ids}); only "
                "{id}, whose {column} is '{old}', was removed."
            )
        )
        note = words.format(
            row=number,
            file=source,
            count=len(copies),
            uuid=entry.uuid,
            ids=ids,
            id=label(matching[0]),
            column=column,
            old=entry.old_value,
        )
        return (matching[0],), None, note
    if changing:
        message = trn(
            "%n submissions have the uuid {uuid} ({ids}) and {matched} of them the old value '{old}': the row "
            "cannot tell which one it means. Give the old value that only the submission to change has",
            "%n submissions have the uuid {uuid} ({ids}) and {matched} of them the old value '{old}': the row "
            "cannot tell which one it means. Give the old value that only the submission to change has",
            len(copies),
        ).format(uuid=entry.uuid, ids=ids, matched=len(matching), old=entry.old_value)
    else:
        message = trn(
            "%n submissions have the uuid {uuid} ({ids}): the row cannot tell which one to remove. Give in "
            "old_value the value of its question that only the submission to remove has, or write the question "
            "_uuid to remove every copy but the first",
            "%n submissions have the uuid {uuid} ({ids}): the row cannot tell which one to remove. Give in "
            "old_value the value of its question that only the submission to remove has, or write the question "
            "_uuid to remove every copy but the first",
            len(copies),
        ).format(uuid=entry.uuid, ids=ids)
    return None, LogProblem(number, "old_value", message), ""


def uuid_notes(cells: dict, positions: dict, keep, uuid_column: str, source: str, ids=None) -> list[str]:
    """Notes on log rows whose uuid several kept submissions share (each copy takes the change); a new
    uuid that another kept submission has is refused (the cleaned layer would hold it twice)."""
    label = (lambda pos: str(pos + 1)) if ids is None else (lambda pos: str(ids[pos]))
    final = {pos: uuid for uuid, where in positions.items() for pos in where if keep[pos]}
    renamed = {}
    for (_uuid, column, targets), (text, number) in cells.items():
        if column == uuid_column:
            renamed.update({pos: (text, number) for pos in targets if keep[pos]})
    final.update({pos: text for pos, (text, _number) in renamed.items()})
    holders: dict[str, list[int]] = {}
    for pos, uuid in sorted(final.items()):
        holders.setdefault(uuid, []).append(pos)
    clashes: list[LogProblem] = []
    for _pos, (text, number) in sorted(renamed.items(), key=lambda item: item[1][1]):
        others = [other for other in holders.get(text, []) if renamed.get(other, ("", 0))[1] != number]
        if text and others and number not in {p.row for p in clashes}:
            message = tr("the new uuid {uuid} is the uuid of another submission ({ids}): it would be there twice")
            clashes.append(LogProblem(number, "new_value", message.format(uuid=text, ids=label(others[0]))))
    if clashes:
        raise CartongError(problems_message(clashes, source))
    notes = []
    for (uuid, column, targets), (_text, number) in cells.items():
        kept = [pos for pos in targets if keep[pos]]
        if len(kept) > 1:
            notes.append(
                trn(
                    "Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}); {column} "
                    "was changed in each of them.",
                    "Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}); {column} "
                    "was changed in each of them.",
                    len(kept),
                ).format(row=number, file=source, uuid=uuid, ids=", ".join(map(label, kept)), column=column)
            )
    return notes
