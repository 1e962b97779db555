# SPDX-License-Identifier: GPL-3.0-or-later
"""Field names typed for a check (the key fields of the duplicate check, the outliers' group field) found
among a layer's fields, or refused by name.

A name typed in ``qgis_process``, a model or a batch sheet is found as the layer writes it, in another
Unicode form (NFC/NFD), with its group path (``household/village``) or in another case when only one field
fits; several names may be separated by commas or semicolons. A name matching no field is refused with the
closest field names: a check silently left out would read as "no problem found".
"""

from __future__ import annotations

import difflib
import re

from ..base.errors import CartongError
from ..base.i18n import tr
from .checks.common import same_text
from .log import resolve_column

_MAX_LISTED = 12  # fields listed when none is close to a name (a Kobo survey has hundreds)


def split_field_names(values) -> list[str]:
    """The names in ``values`` (texts such as "village, head_name" or "village;head_name"), once each."""
    names: list[str] = []
    for value in values or ():
        for name in re.split(r"[,;]", str(value)):
            name = name.strip()
            if name and name not in names:
                names.append(name)
    return names


def find_field(name: str, fields) -> str | None:
    """The field of ``fields`` that ``name`` means (see the module's text), or None."""
    fields = [f for f in fields if isinstance(f, str)]
    if name in fields:
        return name
    by_form = {same_text(f): f for f in fields}
    name = same_text(name.strip())
    if name in by_form:
        return by_form[name]
    found = resolve_column(name, list(by_form))  # group path, R's X_ prefix, "q/choice"
    if found is not None:
        return by_form[found]
    same_case = [f for key, f in by_form.items() if key.casefold() == name.casefold()]
    return same_case[0] if len(same_case) == 1 else None


def resolve_field_name(name: str, fields, parameter: str, layer: str) -> str:
    """The field of ``layer`` (whose field names are ``fields``) that one ``name`` means ("" for "").

    CartongError naming it, with the closest field names, when it is no field of the layer."""
    if not (name or "").strip():
        return ""
    fields = [f for f in fields if isinstance(f, str)]
    field = find_field(name, fields)
    if field is None:
        raise CartongError(_unknown_sentence(name.strip(), fields, parameter, layer), field=parameter)
    return field


def resolve_field_names(names, fields, parameter: str, layer: str) -> list[str]:
    """The fields of ``layer`` (whose field names are ``fields``) that ``names`` mean (texts of one or
    several names, see split_field_names), in order, once each.

    CartongError naming every name that is no field of the layer, with the closest field names."""
    fields = [f for f in fields if isinstance(f, str)]
    found: list[str] = []
    problems: list[str] = []
    for name in split_field_names(names):
        field = find_field(name, fields)
        if field is None:
            problems.append(_unknown_sentence(name, fields, parameter, layer))
        elif field not in found:
            found.append(field)
    if problems:
        raise CartongError(" ".join(problems), field=parameter)
    return found


def _unknown_sentence(name: str, fields, parameter: str, layer: str) -> str:
    by_case = {same_text(f).casefold(): f for f in fields}
    close = difflib.get_close_matches(same_text(name).casefold(), list(by_case), n=3, cutoff=0.6)
    if close:
        return tr(
            "There is no field {field} in {layer} ({parameter}); the closest field names are: {close}. "
            "Write the name as the layer has it."
        ).format(layer=layer, field=name, parameter=parameter, close=", ".join(by_case[c] for c in close))
    listed = ", ".join(fields[:_MAX_LISTED]) + (" ..." if len(fields) > _MAX_LISTED else ".")
    return tr(
        "There is no field {field} in {layer} ({parameter}), nor one close to it. Write the name as the layer "
        "has it; its fields are: {fields}"
    ).format(layer=layer, field=name, parameter=parameter, fields=listed)
