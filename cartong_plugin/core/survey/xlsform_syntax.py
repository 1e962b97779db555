# SPDX-License-Identifier: GPL-3.0-or-later
"""The spellings of an XLSForm that pyxform accepts: column headers and the ``type`` cell.

Forms written by others use older or alias spellings that KoboToolbox, ODK and pyxform all read:
``list name`` for ``list_name``, ``label:English`` (single colon) for ``label::English``,
``select one from yes_no``, ``select_one yes_no or_other``,
``begin loop over rooms``, ``BEGIN_GROUP``, ``int``, ``string``, ``location``... This module turns
each spelling into the one the rest of the toolkit reads (``core.survey.xlsform``), with pyxform's
alias tables (``aliases.py``, ``xls2json``) as the reference. It knows nothing of questions.
Media columns (``image``, ``audio``, ``media::image::English``) are left as written: they name no
question and no language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Header aliases by sheet, after snake_casing ("List Name" -> "list_name"). An alias is used only
# when the sheet has no column of the canonical name: "name" beats "value" in a choices sheet.
_HEADER_ALIASES = {
    "survey": {
        "caption": "label",
        "relevance": "relevant",
        "calculate": "calculation",
        "command": "type",
        "tag": "name",
        "value": "name",
        "constraining_message": "constraint_message",
        "requiredmsg": "required_message",
        "repeat_count": "jr:count",
        "count": "jr:count",
    },
    "choices": {"caption": "label", "value": "name"},
    "settings": {"set_form_title": "form_title", "set_form_id": "form_id", "id_string": "form_id"},
}

# Whole type cells (lower case, single spaces) -> base type; older spellings of pyxform's question types.
TYPE_ALIASES = {
    "int": "integer",
    "q int": "integer",
    "add integer prompt": "integer",
    "percentage": "integer",
    "number of days in last month": "integer",
    "number of days in last six months": "integer",
    "number of days in last year": "integer",
    "q decimal": "decimal",
    "add decimal prompt": "decimal",
    "string": "text",
    "q string": "text",
    "add text prompt": "text",
    "phone number": "text",
    "q date": "date",
    "add date prompt": "date",
    "get today": "today",
    "date time": "datetime",
    "q date time": "datetime",
    "q datetime": "datetime",
    "add date time prompt": "datetime",
    "add datetime prompt": "datetime",
    "start time": "start",
    "get start time": "start",
    "end time": "end",
    "get end time": "end",
    "gps": "geopoint",
    "location": "geopoint",
    "q location": "geopoint",
    "q geopoint": "geopoint",
    "add location prompt": "geopoint",
    "q picture": "image",
    "q image": "image",
    "add image prompt": "image",
    "add photo prompt": "image",
    "q audio": "audio",
    "add audio prompt": "audio",
    "q video": "video",
    "add video prompt": "video",
    "add file prompt": "file",
    "q barcode": "barcode",
    "add barcode prompt": "barcode",
    "q note": "note",
    "add note prompt": "note",
    "q calculate": "calculate",
    "add calculate prompt": "calculate",
    "q acknowledge": "acknowledge",
    "add acknowledge prompt": "acknowledge",
    "trigger": "acknowledge",
    "imei": "deviceid",
    "device id": "deviceid",
    "get device id": "deviceid",
    "subscriber id": "subscriberid",
    "get subscriber id": "subscriberid",
    "sim id": "simserial",
    "get sim id": "simserial",
    "get phone number": "phonenumber",
}
# Types whose answer is a geopoint ("lat lon alt acc"): the question's, and the locations the device records
# by itself (Kobo's automatic start location, ODK's background location)
DEVICE_GEOPOINT_TYPES = frozenset({"start-geopoint", "background-geopoint"})
GEOPOINT_TYPES = frozenset({"geopoint"}) | DEVICE_GEOPOINT_TYPES
# Select commands (lower case) -> base type; the list name (or file, or ${question}) follows.
_SELECTS = {
    "select_one": "select_one",
    "select one": "select_one",
    "select1": "select_one",
    "select one from": "select_one",
    "select one using": "select_one",
    "add select one prompt using": "select_one",
    "q select1": "select_one",
    "select_one_external": "select_one",
    "select_one_from_file": "select_one",
    "select one from file": "select_one",
    "select_multiple": "select_multiple",
    "select multiple": "select_multiple",
    "select all that apply": "select_multiple",
    "select all that apply from": "select_multiple",
    "select multiple from": "select_multiple",
    "select multiple using": "select_multiple",
    "add select multiple prompt using": "select_multiple",
    "q select": "select_multiple",
    "select_multiple_external": "select_multiple",
    "select_multiple_from_file": "select_multiple",
    "select multiple from file": "select_multiple",
    "rank": "rank",
}
_SELECT_COMMANDS = sorted(_SELECTS, key=len, reverse=True)  # "select one from" before "select one"
_OR_OTHER = {"or_other", "or other", "or specify other"}
# Groups, repeats and loops: begin/end joined by a space or "_", any case
_CONTROLS = {"group": "group", "repeat": "repeat", "looped group": "repeat", "lgroup": "repeat", "loop": "loop"}
_CONTROL = re.compile(r"^(begin|end)[ _](looped group|lgroup|group|repeat|loop)(?: (?:over )?(\S+))?$", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedType:
    """A type cell read: ``base`` (integer, select_one, begin group, end loop...), its list, or_other."""

    base: str
    list_name: str | None = None  # choice list, file name, ${question}, or the list a loop runs over
    or_other: bool = False  # "select_one list or_other": an "other" choice and a <name>_other question


def parse_type(raw: str) -> ParsedType:
    """Read a type cell whatever its spelling: ``select one from yes_no`` -> (select_one, yes_no)."""
    text = " ".join(raw.strip().split())
    lowered = text.lower()
    control = _CONTROL.match(text)
    if control:
        kind = _CONTROLS[control.group(2).lower()]
        return ParsedType(f"{control.group(1).lower()} {kind}", control.group(3) if kind == "loop" else None)
    if lowered in TYPE_ALIASES:
        return ParsedType(TYPE_ALIASES[lowered])
    for command in _SELECT_COMMANDS:
        if lowered == command:
            return ParsedType(_SELECTS[command])
        if lowered.startswith(command + " "):
            list_name, _, rest = text[len(command) + 1 :].partition(" ")
            return ParsedType(_SELECTS[command], list_name, rest.lower() in _OR_OTHER)
    head = lowered.split(" ")[0]
    return ParsedType(TYPE_ALIASES.get(head, head))


def canonical_headers(headers: list[str], sheet: str) -> list[str]:
    """The headers of one sheet as the toolkit reads them: ``base`` or ``base::language``.

    Like pyxform, a sheet uses single colons as separator (``label:English``) only when none
    of its headers has a double one; the first part is snake_cased (``List Name`` -> ``list_name``)
    and de-aliased. Empty headers stay empty.
    """
    separator = "::" if any("::" in h for h in headers) else ":"
    split = []
    for header in headers:
        parts = [p.strip() for p in header.split(separator)] if header.strip() else [""]
        if separator == ":" and parts[0].lower() == "jr" and len(parts) > 1:  # jr:count, jr:choice-name
            parts = [f"jr:{parts[1]}", *parts[2:]]
        parts[0] = "_".join(parts[0].split()).lower()
        split.append(parts)
    present = {parts[0] for parts in split}
    aliases = _HEADER_ALIASES.get(sheet, {})
    for parts in split:
        target = aliases.get(parts[0])
        if target and target not in present:
            parts[0] = target
    return ["::".join(parts) for parts in split]


# pyxform leaves out every survey row whose ``disabled`` cell (stripped) is one of these, exactly: its
# yes/no aliases that mean yes (``aliases.yes_no``); "1", "y" or "yEs" do not disable a row. Only that row
# goes: a disabled ``begin group`` leaves its questions in the enclosing group.
_DISABLED = frozenset({"yes", "Yes", "YES", "true", "True", "TRUE", "true()"})


def is_disabled(cell: str) -> bool:
    """Whether a survey row whose ``disabled`` cell holds ``cell`` is left out of the form, as pyxform does."""
    return cell.strip() in _DISABLED


def split_header(header: str) -> tuple[str, str | None]:
    """("label", "English (en)") for a canonical ``label::English (en)``; ("label", None) for ``label``."""
    base, found, rest = header.partition("::")
    return base, (rest if found else None)
