# SPDX-License-Identifier: GPL-3.0-or-later
"""Column names of exports that went through R (``read.csv``, ``readxl`` + ``make.names``).

REACH/IMPACT teams clean Kobo data in R: its column names come back changed. ``make.names`` turns
every character other than letters, digits, ``.`` and ``_`` into ``.`` (``group/question`` ->
``group.question``, ``q/choice`` -> ``q.choice``, ``meta-instanceID`` -> ``meta.instanceID``) and puts
an ``X`` before a name that does not start with a letter (``_uuid`` -> ``X_uuid``); a byte-order mark
read as text becomes ``X.U.FEFF.`` (or ``ï..``) before the first name. ``make_names`` gives R's
spelling of a name, ``restore_headers`` the export's own names of R-spelled headers.
"""

from __future__ import annotations

# R's reserved words: make.names appends a dot to them.
_RESERVED = frozenset(
    {
        "if",
        "else",
        "repeat",
        "while",
        "function",
        "for",
        "next",
        "break",
        "TRUE",
        "FALSE",
        "NULL",
        "Inf",
        "NaN",
        "NA",
        "NA_integer_",
        "NA_real_",
        "NA_character_",
        "NA_complex_",
        "in",
    }
)
# A byte-order mark read as text then passed through make.names (UTF-8 session; latin-1 session).
BOM_PREFIXES = ("X.U.FEFF.", "\u00ef..")
# Kobo metadata columns R renames; one of them in a header row says the export went through R.
_R_MARKERS = frozenset(
    {
        "X_uuid",
        "X_index",
        "X_id",
        "X_submission_time",
        "X_parent_index",
        "X_submission__uuid",
        "X_submission__id",
        "X_validation_status",
    }
)


def make_names(name: str) -> str:
    """``name`` as R's ``make.names`` writes it (``_uuid`` -> ``X_uuid``, ``g/q`` -> ``g.q``)."""
    text = "".join(char if char.isalnum() or char in "._" else "." for char in name)
    starts_well = bool(text) and (text[0].isalpha() or (text[0] == "." and not text[1:2].isdigit()))
    if not starts_well:
        text = "X" + text
    return text + "." if text in _RESERVED else text


def strip_bom_prefix(header: str) -> str:
    """``header`` without the trace of a byte-order mark R read as text."""
    for prefix in BOM_PREFIXES:
        if header.startswith(prefix) and len(header) > len(prefix):
            return header[len(prefix) :]
    return header


def restore_headers(headers: list[str], known=()) -> dict[str, str]:
    """{R-spelled header: the export's own name} for the headers R changed.

    A byte-order-mark prefix is removed from the first header; when the header row carries R's
    names of Kobo metadata (``X_uuid``, ``X_index``...), every ``X_name`` that is not itself a
    ``known`` name and whose ``_name`` is not also a header becomes ``_name`` again. Names matched
    through R spellings of the form's questions are found by the caller (see ``make_names``).
    """
    present = set(headers)
    restored: dict[str, str] = {}
    if headers:
        first = strip_bom_prefix(headers[0])
        if first != headers[0] and first not in present:
            restored[headers[0]] = first
    if not present & _R_MARKERS:
        return restored
    for header in headers:
        if header.startswith("X_") and header not in known and header[1:] not in present:
            restored[header] = header[1:]
    return restored
