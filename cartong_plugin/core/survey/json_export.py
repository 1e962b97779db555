# SPDX-License-Identifier: GPL-3.0-or-later
"""Submissions saved as JSON: KoboToolbox API data (``results``), ODK Central OData (``value``), ONA lists.

Each submission becomes a row of text, as a CSV export would give it: keys as column names (ODK's
nested groups joined with ``/``, so ``location/corner1``), ``null`` as empty, ``true``/``false``,
numbers as written, GeoJSON points (ODK) as ``lat lon alt accuracy`` geopoint text, and the lists and
objects Kobo keeps as metadata (``_attachments``, ``_geolocation``, ``_validation_status``...) as JSON
text. A list of objects is a repeat: its items become rows of a child table, with ``_index``,
``_parent_index``, ``_parent_table_name`` and ``_submission__uuid`` as in Kobo's repeat sheets (the
main table gets ``_index`` when it has none). What the file says of itself is said: one page of a paged
download (``page_warning``), or one repeat's OData table saved alone (``repeat_alone``). GeoJSON files
are read by ``read_geojson_text``.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from ..base.errors import CartongError
from ..base.i18n import tr

_RECORD_LISTS = ("results", "value", "submissions", "data")  # Kobo API, OData, formpack, ONA


class JsonNumber(str):
    """A JSON number as written in the file (``1.10`` stays ``1.10``, ``1e-7`` stays ``1e-7``): the raw
    table keeps the text received, not Python's reformatting of a float."""

    __slots__ = ()


def scalar_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def dumps_as_written(value, number=str) -> str:
    """``json.dumps`` of a metadata object or list, its numbers as written in the file (``number`` gives
    the text of each ``JsonNumber``)."""
    if isinstance(value, JsonNumber):
        return number(value)
    if isinstance(value, dict):
        items = (f"{json.dumps(k, ensure_ascii=False)}: {dumps_as_written(v, number)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(dumps_as_written(v, number) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def loads_as_written(text: str, unreadable: list | None = None):
    """``json.loads`` keeping numbers as their text (``JsonNumber``). The numbers no float holds
    (``1e400``, ``NaN``) are also put in ``unreadable`` when it is given."""
    if unreadable is None:
        return json.loads(text, parse_float=JsonNumber, parse_int=JsonNumber, parse_constant=JsonNumber)

    def number(token: str) -> JsonNumber:
        value = JsonNumber(token)
        if not math.isfinite(float(token)):
            unreadable.append(value)
        return value

    def constant(token: str) -> JsonNumber:
        unreadable.append(JsonNumber(token))
        return unreadable[-1]

    return json.loads(text, parse_float=number, parse_int=JsonNumber, parse_constant=constant)


def _geojson_text(value: dict) -> str | None:
    """ODK's GeoJSON geopoint / geotrace / geoshape as ODK's text (``lat lon alt acc``, ``;`` between points)."""
    kind, coordinates = value.get("type"), value.get("coordinates")
    if kind not in ("Point", "LineString", "Polygon") or not isinstance(coordinates, list):
        return None

    def point(xyz: list, accuracy=None) -> str:
        parts = [xyz[1], xyz[0]] + list(xyz[2:3]) + ([accuracy] if accuracy is not None else [])
        return " ".join(scalar_text(v) for v in parts)

    if kind == "Point":
        return point(coordinates, (value.get("properties") or {}).get("accuracy"))
    rings = coordinates[0] if kind == "Polygon" and coordinates else coordinates
    return ";".join(point(xyz) for xyz in rings)


class _Tables:
    """Rows of the main table ("") and of each repeat, columns in order of first appearance."""

    def __init__(self, main_name: str):
        self.main_name = main_name
        self.rows: dict[str, list[dict[str, str]]] = {"": []}
        self.parents: dict[str, str] = {}  # repeat table -> parent table

    def submission(self, record: dict) -> None:
        index = str(len(self.rows[""]) + 1)
        row: dict[str, str] = {}
        uuid = scalar_text(record.get("_uuid") or record.get("__id") or "")
        self._fill("", record, "", row, index, uuid)
        row.setdefault("_index", index)
        self.rows[""].append(row)

    def _fill(self, table: str, record: dict, prefix: str, row: dict, index: str, uuid: str) -> None:
        for key, value in record.items():
            name = f"{prefix}{key}"
            if isinstance(value, dict):
                text = _geojson_text(value)
                if text is not None:
                    row[name] = text
                elif (key.startswith("_") and not key.startswith("__")) or not value:
                    row[name] = dumps_as_written(value)  # Kobo's metadata objects
                else:
                    self._fill(table, value, f"{name}/", row, index, uuid)  # an ODK group, or __system
            elif (
                isinstance(value, list)
                and value
                and not key.startswith("_")
                and all(isinstance(item, dict) for item in value)
            ):
                self._repeat(table, name, value, index, uuid)
            elif isinstance(value, list):
                row[name] = dumps_as_written(value) if value else ""
            else:
                row[name] = scalar_text(value)

    def _repeat(self, parent: str, name: str, items: list[dict], parent_index: str, uuid: str) -> None:
        table = name.split("/")[-1] or "repeat"
        if self.parents.setdefault(table, parent) != parent:  # same name elsewhere in the form
            table = name.replace("/", "_")
            self.parents.setdefault(table, parent)
        rows = self.rows.setdefault(table, [])
        for item in items:
            index = str(len(rows) + 1)
            row: dict[str, str] = {}
            self._fill(table, item, "", row, index, uuid)
            row.update({"_index": index, "_parent_index": parent_index, "_parent_table_name": parent or self.main_name})
            if uuid:
                row["_submission__uuid"] = uuid
            rows.append(row)


def records_of(data, name: str) -> list[dict]:
    """The submissions of a JSON document, or a CartongError saying what the file is instead."""
    if isinstance(data, dict):
        if "asset_type" in data and "content" in data:
            raise CartongError(
                tr(
                    "{file} is a KoboToolbox form definition, not submissions: download the data "
                    "(or use Download from a server)."
                ).format(file=name),
                path=name,
            )
        data = next((data[key] for key in _RECORD_LISTS if isinstance(data.get(key), list)), None)
    if not isinstance(data, list) or not all(isinstance(record, dict) for record in data):
        raise CartongError(
            tr(
                "{file} is JSON but holds no list of submissions (under 'results' for "
                "KoboToolbox, 'value' for ODK Central)."
            ).format(file=name),
            path=name,
        )
    return data


def _count(value) -> int | None:
    """A count written in the file (``JsonNumber`` text), or None when it is none."""
    try:
        return int(str(value)) if value is not None and not isinstance(value, bool) else None
    except ValueError:
        return None


def page_warning(data, rows: int, name: str) -> str:
    """The sentence saying that ``data`` is one page of a paged API download (KoboToolbox's ``count`` /
    ``next`` / ``previous``, OData's ``@odata.count`` / ``@odata.nextLink``), with the numbers; "" when
    it holds every submission. Such a page saved from a browser looks complete otherwise."""
    if not isinstance(data, dict):
        return ""
    count = _count(data.get("count") if "results" in data else data.get("@odata.count"))
    link = data.get("next") or data.get("@odata.nextLink") or ""
    if count is not None and count > rows:
        return tr(
            "{file} is one page of a paged download: it holds {rows} of the {count} submissions the server "
            "had; the other {missing} are not in the file. Download all the pages, or use Download from a "
            "server."
        ).format(file=name, rows=rows, count=count, missing=count - rows)
    if link or data.get("previous"):
        return tr(
            "{file} is one page of a paged download ({rows} submissions; the server named another page: "
            "{link}): the submissions of the other pages are not in the file. Download all the pages, or "
            "use Download from a server."
        ).format(file=name, rows=rows, link=link or data.get("previous"))
    return ""


_ODATA_REPEAT = re.compile(r"#Submissions\.(?:[^./]+\.)*([^./]+)$")  # ...$metadata#Submissions.members
_PARENT_ID = re.compile(r"__Submissions(?:-.+)?-id")  # each row's submission (or enclosing repeat item)


def repeat_alone(data, records: list[dict], name: str) -> tuple[str, str]:
    """(repeat name, sentence) when ``data`` is ODK Central's OData table of one repeat saved alone
    (``Submissions.<repeat>``, each row with ``__Submissions-id``): its rows are items, not
    submissions. ("", "") otherwise."""
    context = data.get("@odata.context", "") if isinstance(data, dict) else ""
    found = _ODATA_REPEAT.search(str(context))
    keys = [k for k in (records[0] if records else {}) if _PARENT_ID.fullmatch(k)]
    if not found and not keys:
        return "", ""
    # __Submissions-members-id: the rows of a repeat nested in members; the context names the repeat itself
    repeat = found.group(1) if found else keys[0]
    parents = {str(record.get(keys[0], "")) for record in records} - {""} if keys else set()
    return repeat, tr(
        "{file} is ODK Central's table of the repeat '{repeat}' saved alone, not the submissions: its {rows} "
        "rows are items of {count} submission(s) ({column}). They were imported as the rows of the survey "
        "layer; to import the submissions with their repeats, save the Submissions with $expand=* or use "
        "Download from a server."
    ).format(
        file=name,
        repeat=repeat,
        rows=len(records),
        count=len(parents) if keys else tr("unknown"),
        column=keys[0] if keys else "@odata.context",
    )


def read_json_text(path) -> list:
    """A JSON export as TextTables: the submissions, then one table per repeat."""
    import pandas as pd

    from .export_readers import TextTable
    from .geojson_reader import read_geojson_text

    path = Path(str(path))
    try:
        data = loads_as_written(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as err:
        raise CartongError(
            tr("{file} cannot be read as JSON: {reason}").format(file=path.name, reason=err), path=str(path)
        ) from None
    if isinstance(data, dict) and data.get("type") in ("FeatureCollection", "Feature"):
        return read_geojson_text(path, data)
    records = records_of(data, path.name)
    if not records:
        raise CartongError(tr("{file} has no submissions.").format(file=path.name), path=str(path))
    tables = _Tables(path.name)
    for record in records:
        tables.submission(record)
    result = []
    for table, rows in tables.rows.items():
        headers = list(dict.fromkeys(key for row in rows for key in row))
        frame = pd.DataFrame(
            [[row.get(h, "") for h in headers] for row in rows], columns=list(range(len(headers))), dtype=object
        )
        result.append(TextTable(name=table, headers=headers, frame=frame, source=path.name))
    paged = page_warning(data, len(records), path.name)
    if paged:
        result[0].warnings.insert(0, paged)
    result[0].items_of, alone = repeat_alone(data, records, path.name)
    if alone:
        result[0].warnings.insert(0, alone)
    return result
