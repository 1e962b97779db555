# SPDX-License-Identifier: GPL-3.0-or-later
"""KoboToolbox's validation status kept as its JSON object, which names the account of the person who validated.

The API gives ``_validation_status`` as ``{"timestamp": ..., "uid": "validation_status_approved", "by_whom":
"<staff account>", "color": ..., "label": "Approved"}``. A download (``servers.records``) keeps only the
``uid``; a saved API JSON file, or a CSV export holding the object (as JSON, or as the repr of Python's
dict that pandas' ``to_csv`` writes), is imported as received (the raw table is exact, and the survey
layer keeps Kobo's metadata objects as JSON text, like ``_geolocation``). Detection
flags such values as an account identifier (``detect``), and a copy for sharing keeps the status alone
(``share_records``): the status is useful to partners, the validator's account is not theirs to read.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Mapping

ACCOUNT_KEY = "by_whom"  # Kobo's only key naming a user in the object
_LONGEST = 10_000  # characters of a repr read as a dict: a status is some 150; a longer cell is no status


def validation_object(value) -> dict | None:
    """The validation status object ``value`` holds as text (JSON, or Python's repr of the dict) when it
    names a validator, else None."""
    if not isinstance(value, str) or ACCOUNT_KEY not in value or not value.lstrip().startswith("{"):
        return None
    try:
        found = json.loads(value)
    except ValueError:
        found = _python_dict(value)
    if not isinstance(found, dict) or found.get(ACCOUNT_KEY) in (None, "", {}, []):
        return None
    return found


def _python_dict(text: str):
    """The dict that Python's repr ``text`` writes (``{'uid': ..., 'by_whom': ...}``: pandas' ``to_csv`` of the
    API's column), read as a literal only (no code runs); None for any other text."""
    text = text.strip()
    if len(text) > _LONGEST or not text.endswith("}") or f"'{ACCOUNT_KEY}'" not in text:
        return None
    try:
        return ast.literal_eval(text)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None


def status_only(value):
    """The status alone (its ``uid``, as a download holds it, else its ``label``) of a validation status
    naming its validator; None when it has neither; any other value as it is."""
    found = validation_object(value)
    if found is None:
        return value
    status = found.get("uid") or found.get("label")
    return str(status) if status not in (None, "") else None


def with_validators(evidence: list[tuple], values: Mapping[str, int]) -> list[tuple]:
    """``evidence`` (``detect``'s (risk, category, reason, detail)) of a column whose ``values`` ({text: rows})
    hold validation statuses naming their validator: an account identifier, and the JSON of the statuses is
    no free text. ``evidence`` as it is for other columns."""
    accounts = sum(rows for value, rows in values.items() if validation_object(value) is not None)
    if not accounts:
        return evidence
    prose = ("free_text", "values")
    return [e for e in evidence if e[1:3] != prose] + [
        ("medium", "device_id", "validator", (accounts, sum(values.values())))
    ]
