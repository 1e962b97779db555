# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK Central's OData submissions in the Kobo shape the GeoPackage writer knows (``normalise_odata_record``):
slash paths (``identification/admin1``), geopoints as ``"lat lon alt accuracy"`` and traces/shapes as
``"lat lon alt acc;..."`` from GeoJSON, repeats expanded with ``$expand=*`` as lists of such rows,
``_uuid``, ``_submission_time``, ``_submitted_by`` and ``_validation_status`` (review state); rows of
an encrypted form that came without their data are recognised (``encrypted_date``) and said
(``say_encrypted``). ``form_spec_from_fields`` reads Central's ``/fields`` as a form (no labels).
"""

from __future__ import annotations

from ..survey.submission_ids import without_uuid_prefix

# ``__system/status`` of a submission of an encrypted form that the feed gives without its data: Central
# decrypts only its CSV export (given the passphrase), never OData (docs.getodk.org/central-api-encryption)
ENCRYPTED_STATUSES = frozenset({"notDecrypted", "missingEncryptedFormData"})

_SYSTEM_RENAMES = {
    "submissionDate": "_submission_time",
    "submitterName": "_submitted_by",
    "reviewState": "_validation_status",
}


def normalise_odata_record(row: dict) -> dict:
    """One OData submission -> a flat Kobo-like record (see the module docstring)."""
    flat: dict = {}
    _flatten(row, "", flat)
    instance = str(row.get("__id") or "")
    flat["_uuid"] = without_uuid_prefix(instance)
    for key, new in _SYSTEM_RENAMES.items():
        if f"__system/{key}" in flat:
            flat[new] = flat[f"__system/{key}"]
    return flat


def odata_rows(page, host: str) -> list:
    """The rows of one OData answer (its ``value``); ServerError for an answer that is no OData list."""
    if not isinstance(page, dict) or not isinstance(page.get("value"), list):
        from ..base.i18n import tr
        from .server_errors import ServerError

        raise ServerError(
            tr(
                "{host} answered, but not with an OData list (no 'value'). "
                "Check that the address is an ODK Central server."
            ).format(host=host)
        )
    return page["value"]


def odata_count(page: dict, stats, feedback, host: str, form_id: str) -> int | None:
    """The ``@odata.count`` of an OData page as a number, a numeric string too (OData v4 writes counts as
    strings under ``IEEE754Compatible=true``); None when there is none, or when it is no count: then the
    download cannot be checked against it, and that is said once (``stats.warnings``)."""
    value = page.get("@odata.count")
    if value is None:
        return None
    try:
        number = None if isinstance(value, bool) else float(str(value).strip())
    except ValueError:
        number = None
    if number is not None and number.is_integer() and number >= 0:
        return int(number)
    from ..base.i18n import tr
    from .records import warn

    text = tr(
        "{host} gave the number of submissions of form {id} as {value}, which is not a number: whether every "
        "submission came could not be checked against it."
    ).format(host=host, id=form_id, value=str(value)[:40])
    if text not in stats.warnings:
        warn(feedback, stats, text)
    return None


def keep_row(row: dict, stats, known: set) -> bool:
    """Count one submission row of the feed as received (``stats.received``); True when it is to be written:
    not already in the GeoPackage (its ``__id`` in ``known``) nor encrypted (counted in ``stats.encrypted``)."""
    stats.received += 1
    if str(row.get("__id") or "") in known:
        return False
    date = encrypted_date(row)
    if date is not None:
        stats.encrypted += 1
        stats.encrypted_from = min(stats.encrypted_from or date, date)
        return False
    return True


def encrypted_date(row: dict) -> str | None:
    """The submission date of an OData row sent without its data (encrypted, not decrypted); None for
    any other row."""
    system = row.get("__system")
    if isinstance(system, dict) and system.get("status") in ENCRYPTED_STATUSES:
        return str(system.get("submissionDate") or "")
    return None


def say_encrypted(feedback, stats, spool, form_id: str, host: str) -> None:
    """Say how many submissions came encrypted (``stats.encrypted``), and make the next update ask for them
    again: it starts before the oldest of them (those imported meanwhile are left out then by their id)."""
    from ..base.i18n import trn
    from .records import warn

    if not stats.encrypted:
        return
    warn(
        feedback,
        stats,
        trn(
            "%n submission of form {id} on {host} is encrypted and could not be read, so it was not "
            "imported: download the form's submissions from ODK Central with the encryption passphrase "
            "(or decrypt them with ODK Briefcase) and import that export; every update asks for it again.",
            "%n submissions of form {id} on {host} are encrypted and could not be read, so they were not "
            "imported: download the form's submissions from ODK Central with the encryption passphrase "
            "(or decrypt them with ODK Briefcase) and import that export; every update asks for them again.",
            stats.encrypted,
        ).format(id=form_id, host=host),
    )
    older = (str(record.get("_submission_time") or "") for record in spool)
    stats.last_time = max((when for when in older if when < stats.encrypted_from), default="")


def _flatten(node: dict, prefix: str, out: dict) -> None:
    for key, value in node.items():
        if key.endswith("@odata.navigationLink") or key == "__id" and prefix:
            continue
        path = f"{prefix}/{key}" if prefix else key
        if isinstance(value, dict) and value.get("type") == "Point" and "coordinates" in value:
            out[path] = _geojson_point_to_odk(value)
        elif isinstance(value, dict) and value.get("type") in ("LineString", "Polygon"):
            out[path] = _geojson_to_odk_trace(value)
        elif isinstance(value, dict):
            _flatten(value, path, out)
        elif isinstance(value, list):  # a repeat expanded with $expand=*
            if not value:  # no items: no column, as Kobo leaves an empty repeat out
                continue
            items = []
            for item in value:
                child: dict = {}
                _flatten({k: v for k, v in item.items() if k not in ("__id", "__Submissions-id")}, path, child)
                child[f"{path}/__id"] = item.get("__id")
                items.append(child)
            out[path] = items
        else:
            out[path] = value


def _geojson_point_to_odk(point: dict) -> str:
    """GeoJSON (lon, lat, alt) + accuracy -> ODK's ``"lat lon alt accuracy"``."""
    coords = list(point.get("coordinates") or []) + [0, 0, 0]
    accuracy = (point.get("properties") or {}).get("accuracy", 0)
    lon, lat, alt = coords[0], coords[1], coords[2]
    return " ".join(str(v) for v in (lat, lon, alt or 0, accuracy or 0))  # str(float) keeps every digit


def _geojson_to_odk_trace(geometry: dict) -> str:
    coords = geometry.get("coordinates") or []
    if geometry.get("type") == "Polygon":
        coords = coords[0] if coords else []
    return ";".join(f"{c[1]} {c[0]} {c[2] if len(c) > 2 else 0} 0" for c in coords)


_FIELD_TYPES = {
    "int": "integer",
    "decimal": "decimal",
    "string": "text",
    "date": "date",
    "dateTime": "datetime",
    "time": "time",
    "geopoint": "geopoint",
    "geotrace": "geotrace",
    "geoshape": "geoshape",
    "binary": "image",
    "boolean": "text",
}


def form_spec_from_fields(fields: list[dict], xml_form_id: str, title: str = ""):
    """Build a FormSpec from Central's ``/fields``: names, types, groups and repeats (no labels)."""
    from ..survey.xlsform import Choice, FormSpec, Group, Question  # noqa: F401 (Choice: lists stay empty)

    spec = FormSpec(form_id=xml_form_id, title=title or xml_form_id)
    for number, item in enumerate(fields, start=2):
        path = str(item.get("path", "")).strip("/")
        parent, _, name = path.rpartition("/")
        repeat = None
        for g in reversed(list(spec.groups.values())):
            if g.is_repeat and (parent == g.path or parent.startswith(g.path + "/")):
                repeat = g.name
                break
        kind = item.get("type")
        if kind in ("structure", "repeat"):
            spec.groups[path] = Group(
                name=name, parent=parent, is_repeat=kind == "repeat", repeat=name if kind == "repeat" else repeat
            )
            continue
        if parent == "meta" or parent.startswith("meta/"):
            continue
        base = "select_multiple" if item.get("selectMultiple") else _FIELD_TYPES.get(str(kind), "text")
        question = Question(name=name, type=base, group=parent, repeat=repeat, raw_type=str(kind), row=number)
        spec.questions[name if name not in spec.questions else path] = question
    spec.languages = ["default"]
    spec.default_language = "default"
    return spec
