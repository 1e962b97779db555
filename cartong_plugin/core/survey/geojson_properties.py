# SPDX-License-Identifier: GPL-3.0-or-later
"""The properties of GeoJSON features as the file writes them, one column each.

GDAL rewrites them when it reads the file: a number as a float or a 64-bit integer
(``12345678901234567890`` clamped to 9223372036854775807, 17 digits cut to 15, ``1.10`` to ``1.1``),
a list in its own notation (``(2:a,b)``), ``true`` as ``1``; and the name of a nested object's
property flattened with "_" (``{"hh": {"size": 5}}`` to ``hh_size``) takes the column of a property
already so named, whose values it overwrites. Here each value is the text the file holds (the
features parsed with ``json_export.loads_as_written``): numbers as written, ``true``/``false``, lists
and empty objects as JSON text. Nested objects are still flattened with "_", as GDAL names them, but
a flattened name that another property (or another flattened one) already has is given the property's
path (``hh.size``) instead, and said. Features' string ``id`` members, which GDAL read as a column
``id``, are kept so too.
"""

from __future__ import annotations

import re

from ..base.i18n import tr, trn
from .json_export import JsonNumber, dumps_as_written, scalar_text

_FEATURE_ID = ("\0id",)  # the key of the column of the features' ids (no property path is so)
_INTEGER = re.compile(r"-?\d+")


def property_table(features: list, source: str, warnings: list[str]) -> tuple[list[str], list[list[str]]]:
    """(headers, rows of text) of the properties of ``features`` (parsed GeoJSON features as dicts, in order).

    A clash between a flattened name and another property's name is said in ``warnings``; names
    differing only by case are left to ``export_shape.unique_headers``."""
    cells: list[dict] = []
    for feature in features:
        row: dict = {}
        properties = feature.get("properties")
        if isinstance(properties, dict):
            _cells(properties, (), row)
        cells.append(row)
    # a property's key is its name, a nested one's is its path (a tuple): they never meet
    keys: list = list(dict.fromkeys(key for row in cells for key in row))
    ids = [feature.get("id") for feature in features]
    # GDAL takes integer ids as its feature numbers, other ids as a column "id": every id is kept then
    if any(i is not None and not (isinstance(i, JsonNumber) and _INTEGER.fullmatch(i)) for i in ids):
        for row, value in zip(cells, ids):
            row[_FEATURE_ID] = scalar_text(value)
        taken = any(isinstance(key, str) and key.casefold() == "id" for key in keys)
        keys = keys + [_FEATURE_ID] if taken else [_FEATURE_ID] + keys  # a property "id" keeps its name
    names = _names(keys, source, warnings)
    return [names[key] for key in keys], [[row.get(key, "") for key in keys] for row in cells]


def _cells(properties: dict, path: tuple, row: dict) -> None:
    """The text of each property into ``row``; tried in the order of their frequency (100,000 features)."""
    for key, value in properties.items():
        kind = type(value)
        if path:
            key = path + (key,)
        if kind is str or kind is JsonNumber:
            row[key] = value
        elif value is None:
            row[key] = ""
        elif kind is dict and value:
            _cells(value, key if path else (key,), row)
        elif kind is bool:
            row[key] = "true" if value else "false"
        else:  # a list, an empty object
            row[key] = dumps_as_written(value)


def _nested(key) -> bool:
    return isinstance(key, tuple) and key != _FEATURE_ID


def _names(keys: list, source: str, warnings: list[str]) -> dict:
    """The column name of each key: a property's own name, a nested one's path joined by "_" (as GDAL
    names it) unless a property, or a nested property met before, already has that name."""
    names = {key: key if isinstance(key, str) else "id" if key == _FEATURE_ID else "_".join(key) for key in keys}
    # properties (and the ids) keep their names whatever their order; then nested ones in the order met
    owners: dict[str, object] = {}
    for key in sorted(keys, key=_nested):
        owners.setdefault(names[key].casefold(), key)
    used = {name.casefold() for name in names.values()}
    moved = []
    for key in keys:
        if not _nested(key) or owners[names[key].casefold()] == key:
            continue
        flat, name, number = names[key], ".".join(key), 1
        while name.casefold() in used:
            number += 1
            name = f"{'.'.join(key)}_{number}"
        used.add(name.casefold())
        names[key] = name
        moved.append(tr("'{path}' ('{flat}')").format(path=name, flat=flat))
    if moved:
        warnings.append(
            trn(
                "{file}: once flattened, the name of the nested property {names} is already another property's "
                "name; it was imported under its path instead, so that no value is lost.",
                "{file}: once flattened, the names of the nested properties {names} are already other "
                "properties' names; they were imported under their paths instead, so that no value is lost.",
                len(moved),
            ).format(file=source, names=", ".join(moved))
        )
    return names
