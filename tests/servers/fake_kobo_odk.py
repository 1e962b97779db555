# SPDX-License-Identifier: GPL-3.0-or-later
"""A local KoboToolbox (API v2) + ODK Central (REST/OData) server for tests and benchmarks.

Listens on 127.0.0.1 only, on a free port. Serves one household survey (the sample form's
questions) as generated submissions, in the exact response shapes recorded from real
servers (robotoolbox and ruODK fixtures in tests/data/real), and injects faults on
request: ``server.inject("/data/", status=401)``, ``inject(..., delay=2)``,
``inject(..., truncate=True)``, ``inject(..., cut=True)``, ``inject(..., html=True)``,
``inject(..., count_delta=+5)`` (submissions added or deleted right after that page),
``inject(..., delete=[3])`` (submission number 3 deleted right after that page),
``inject(..., restore=[3])`` (a deleted submission 3 restored right after that page: back in its place),
``inject(..., next_link="{self}")`` (the page's next link replaced: ``{self}`` is the page itself,
``{host}`` this server's ``host:port`` as asked), ``inject(..., drip=0.05)`` (the body one byte
at a time), ``inject(..., results=["text", 3])`` (items that are not submissions) and
``inject(..., padding=2_000_000)`` (a page that many bytes bigger), ``inject(..., status=200, body=b"",
content_type="image/jpeg")`` (that answer sent as that type; JSON by default); ``after=2`` lets the first two
matching requests through before the fault starts, and ``{host}`` in a header (a redirect's
``Location``) is the ``host:port`` asked;
``state.expand = "refuse"`` or ``"ignore"`` plays an ODK Central without ``$expand`` (before 1.2),
``state.page_limit = 10`` a Kobo that sends at most 10 submissions a page, ``state.gt_is_ge = True`` an
ODK Central before v2023.1 (``gt`` on the submission date also gives the submission of that date),
``state.encrypted = {2, 5}`` submissions of an encrypted form not decrypted (no data,
``__system/status`` ``notDecrypted``), ``state.next_links = "skiptoken"`` an ODK Central 2023.4 or
later (next links with a ``$skiptoken`` cursor: the instance id of the page's last row; a cursor whose
submission is gone gives an empty page, as Central does for a token it cannot use), ``"skip"`` one
before (next links by position: ``$skip`` and no ``$top``, so the rest in one page),
``state.select = False`` an ODK Central before v2022.3 (``$select`` ignored: whole rows),
``state.attachment_names = {0: ("a (1).jpg", "a_1.jpg")}`` the Kobo answer and stored file name of
submission 0's photo (Django cleans the stored name; None: no attachment listed),
``state.edit_record = f`` serves ``f(i, record, host)`` as Kobo submission ``i``, ``state.edit_odata = f`` serves
``f(i, row)`` as ODK submission ``i`` (an edit or a review on the server), ``state.route = f`` answers
``f(handler, path, query)`` = (status, body, content type, headers) before anything else (None: as usual),
``state.kobo_query = False`` a Kobo that ignores ``query`` and ``sort`` (all its submissions, newest first),
``state.link_host = "host:port"`` writes every next link (Kobo ``next``, ODK ``@odata.nextLink``) for that
address instead of the one asked (a proxy that drops the port, Central's configured domain).

Run it alone (for the benchmark) with ``python fake_kobo_odk.py --records 100000``: it
prints the port on the first line and serves until killed.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import gzip
import json
import random
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

KOBO_TOKEN = "kobo-test-token-5e1f0c9a7b3d42e8a6f1c0d2b4e6a8f0"
KOBO_USER = "cartong_officer"
KOBO_PASSWORD = "kobo-test-password-Ee7$k2"
ODK_EMAIL = "officer@example.org"
ODK_PASSWORD = "odk-test-password-Zq8#v2!Lm"
ODK_APP_TOKEN = "AppUserTokenXk3Jp9Qw2Rt7Yz5Nb1Mc4Lv6Hd8Fs0GaPe"
ASSET_UID = "aHhWashCaf2026Sample"
FORM_ID = "household_wash_caf"
PROJECT_ID = 7
FORMHUB_UUID = "3f5b1c2d9e8a4b7c8d6e5f4a3b2c1d0e"
VERSION = "vK8kPqR2sT4uV6wX8yZ0aB"
T0 = dt.datetime(2026, 3, 2, 8, 0, 0)

ADMIN = {"CF11": ["CF111", "CF112"], "CF21": ["CF211", "CF212"], "CF32": ["CF321", "CF322"]}
CENTRES = {
    "CF111": (4.39, 18.56),
    "CF112": (4.45, 18.40),
    "CF211": (5.76, 16.98),
    "CF212": (6.10, 17.30),
    "CF321": (7.00, 19.18),
    "CF322": (6.49, 20.65),
}
LANGS = ["English (en)", "Français (fr)"]


def _row(kind, name, en, fr, **extra):
    row = {"type": kind, "name": name, "$autoname": name, "$kuid": f"k{abs(hash(name)) % 10**8:08d}"}
    if en:
        row["label"] = [en, fr]
    row.update(extra)
    return row


SURVEY = [
    _row("start", "start", "", ""),
    _row("end", "end", "", ""),
    _row("today", "today", "", ""),
    _row("deviceid", "deviceid", "", ""),
    _row("begin_group", "identification", "Identification", "Identification"),
    _row("text", "enumerator", "Enumerator", "Enquêteur"),
    _row("select_one", "admin1", "Prefecture", "Préfecture", select_from_list_name="admin1", required=True),
    _row(
        "select_one",
        "admin2",
        "Sub-prefecture",
        "Sous-préfecture",
        select_from_list_name="admin2",
        choice_filter="admin1=${admin1}",
    ),
    _row("text", "admin2_typed", "Sub-prefecture (typed)", "Sous-préfecture (saisie)"),
    _row("text", "village", "Village", "Village"),
    _row("select_one", "consent", "Consent", "Consentement", select_from_list_name="yes_no"),
    {"type": "end_group", "$kuid": "e1"},
    _row("begin_group", "household", "Household", "Ménage"),
    _row("text", "respondent_name", "Respondent name", "Nom du répondant"),
    _row("text", "phone", "Phone", "Téléphone"),
    _row("integer", "hh_size", "Household size", "Taille du ménage", required=True, constraint=". >= 1 and . <= 30"),
    _row("select_one", "head_gender", "Gender of head", "Sexe du chef", select_from_list_name="gender"),
    _row("integer", "head_age", "Age of head", "Âge du chef", constraint=". >= 15 and . <= 110"),
    _row("decimal", "income_month", "Monthly income (XAF)", "Revenu mensuel (XAF)"),
    _row("date", "arrival_date", "Arrival date", "Date d'arrivée"),
    _row(
        "select_one",
        "water_source",
        "Main water source",
        "Source d'eau principale",
        select_from_list_name="water_source",
    ),
    _row("text", "water_source_other", "Other source", "Autre source", relevant="${water_source} = 'other'"),
    _row("select_multiple", "water_problems", "Water problems", "Problèmes d'eau", select_from_list_name="problems"),
    _row("select_one", "latrine", "Latrine", "Latrine", select_from_list_name="yes_no"),
    {"type": "end_group", "$kuid": "e2"},
    _row("geopoint", "location", "Location", "Localisation"),
    _row("image", "photo", "Photo of the water point", "Photo du point d'eau"),
    _row("begin_repeat", "members", "Members", "Membres"),
    _row("integer", "member_age", "Age", "Âge"),
    _row("select_one", "member_sex", "Sex", "Sexe", select_from_list_name="gender"),
    _row("select_one", "member_school", "At school", "Scolarisé", select_from_list_name="yes_no"),
    {"type": "end_repeat", "$kuid": "e3"},
]


def _choice(list_name, name, en, fr):
    return {"list_name": list_name, "name": name, "$autovalue": name, "label": [en, fr], "$kuid": f"c{name}"}


CHOICES = (
    [_choice("admin1", a, a, a) for a in ADMIN]
    + [_choice("admin2", b, b, b) | {"admin1": a} for a, bs in ADMIN.items() for b in bs]
    + [
        _choice("yes_no", "yes", "Yes", "Oui"),
        _choice("yes_no", "no", "No", "Non"),
        _choice("gender", "female", "Female", "Femme"),
        _choice("gender", "male", "Male", "Homme"),
        _choice("water_source", "borehole", "Borehole", "Forage"),
        _choice("water_source", "river", "River", "Rivière"),
        _choice("water_source", "other", "Other", "Autre"),
        _choice("problems", "distance", "Too far", "Trop loin"),
        _choice("problems", "cost", "Cost", "Coût"),
        _choice("problems", "none", "None", "Aucun"),
        _choice("problems", "other", "Other", "Autre"),
    ]
)


def make_record(i: int, host: str) -> dict:
    """Submission number ``i`` (0-based) in the Kobo API v2 data shape (deterministic)."""
    rnd = random.Random(i)
    admin1 = rnd.choice(list(ADMIN))
    admin2 = rnd.choice(ADMIN[admin1])
    lat, lon = CENTRES[admin2]
    lat, lon = round(lat + rnd.uniform(-0.05, 0.05), 6), round(lon + rnd.uniform(-0.05, 0.05), 6)
    when = T0 + dt.timedelta(seconds=37 * i)
    uuid = f"{i:08x}-4a5b-4c6d-8e7f-{(i * 7919) % 16**12:012x}"
    rec_id = 500000 + i
    source = rnd.choice(["borehole", "river", "other"])
    record = {
        "_id": rec_id,
        "formhub/uuid": FORMHUB_UUID,
        "start": (when - dt.timedelta(minutes=20)).strftime("%Y-%m-%dT%H:%M:%S.000+01:00"),
        "end": (when - dt.timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%S.000+01:00"),
        "today": when.strftime("%Y-%m-%d"),
        "deviceid": f"collect:{rnd.randrange(10**6):06d}",
        "identification/enumerator": rnd.choice(["Aline", "Bertrand", "Chantal"]),
        "identification/admin1": admin1,
        "identification/admin2": admin2,
        "identification/admin2_typed": admin2.lower(),
        "identification/village": f"Village {i % 50}",
        "identification/consent": "yes",
        "household/respondent_name": f"Respondent {i}",
        "household/phone": f"+236 7{i % 10**7:07d}",
        "household/hh_size": str(rnd.randint(1, 12)),
        "household/head_gender": rnd.choice(["female", "male"]),
        "household/head_age": str(rnd.randint(18, 80)),
        "household/income_month": f"{rnd.randint(0, 90000)}.5",
        "household/arrival_date": (T0 - dt.timedelta(days=rnd.randint(1, 900))).strftime("%Y-%m-%d"),
        "household/water_source": source,
        "household/water_problems": " ".join(sorted(rnd.sample(["distance", "cost", "other"], rnd.randint(1, 2)))),
        "household/latrine": rnd.choice(["yes", "no"]),
        "location": f"{lat} {lon} 412.0 5.0",
        "members": [
            {
                "members/member_age": str(rnd.randint(0, 70)),
                "members/member_sex": rnd.choice(["female", "male"]),
                "members/member_school": rnd.choice(["yes", "no"]),
            }
            for _ in range(rnd.randint(1, 3))
        ],
        "__version__": VERSION,
        "meta/instanceID": f"uuid:{uuid}",
        "_xform_id_string": ASSET_UID,
        "_uuid": uuid,
        "_attachments": [],
        "_status": "submitted_via_web",
        "_geolocation": [lat, lon],
        "_submission_time": when.strftime("%Y-%m-%dT%H:%M:%S"),
        "_tags": [],
        "_notes": [],
        "_validation_status": {},
        "_submitted_by": None,
    }
    if source == "other":
        record["household/water_source_other"] = "Rain water"
    if i % 10 == 0:
        record["photo"] = f"photo_{i}.jpg"
        record["_attachments"] = [
            {
                "download_url": f"http://{host}/api/v2/assets/{ASSET_UID}/data/{rec_id}/attachments/{9000 + i}/",
                "filename": f"enumerator/attachments/{FORMHUB_UUID}/{uuid}/photo_{i}.jpg",
                "mimetype": "image/jpeg",
                "uid": f"attK{i:08d}",
                "question_xpath": "photo",
                "instance": rec_id,
                "id": 9000 + i,
            }
        ]
    return record


SAMPLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "sample"
_SPLIT_GEO = ("_latitude", "_longitude", "_altitude", "_precision")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def sample_records() -> list[dict]:
    """The bundled sample export (household_survey_kobo*.csv) back in the API v2 data shape.

    The CSV is what Kobo exports from these JSON records: split columns (geopoint parts and
    select_multiple 0/1) are dropped again, repeats nested under their submission.
    """
    rows = _read_csv(SAMPLE_DIR / "household_survey_kobo.csv")
    members: dict[str, list[dict]] = {}
    for member in _read_csv(SAMPLE_DIR / "household_survey_kobo_members.csv"):
        members.setdefault(member["_parent_index"], []).append(
            {k: v for k, v in member.items() if k.startswith("members/") and v != ""}
        )
    multiple = {h.rsplit("/", 1)[0] for h in rows[0] if h.count("/") == 2}
    records = []
    for row in rows:
        record: dict = {}
        for key, value in row.items():
            if key.rsplit("/", 1)[0] in multiple or (key.startswith("_location") and key.endswith(_SPLIT_GEO)):
                continue
            if key == "_index" or (value == "" and not key.startswith("_")):
                continue  # Kobo's JSON leaves unanswered questions out
            record[key] = value
        record["_id"] = int(row["_id"])
        record["_validation_status"] = {"uid": row["_validation_status"]} if row["_validation_status"] else {}
        record["_tags"] = [t for t in row["_tags"].split(",") if t]
        record["_notes"] = []
        record["_attachments"] = []
        record["_submitted_by"] = row["_submitted_by"] or None
        lat, lon = row.get("_location_latitude"), row.get("_location_longitude")
        record["_geolocation"] = [float(lat), float(lon)] if lat and lon else [None, None]
        if members.get(row["_index"]):
            record["members"] = members[row["_index"]]
        records.append(record)
    return records


def kobo_content(survey=None, choices=None, translations=None) -> dict:
    """The generated form as a Kobo asset ``content``; a test sets another ``survey``, ``choices`` or
    ``translations`` (``state.content``) as a form deployed again would have them."""
    translations = translations or LANGS
    return {
        "schema": "1",
        "survey": SURVEY if survey is None else survey,
        "choices": CHOICES if choices is None else choices,
        "settings": {"id_string": FORM_ID, "version": "2026-03", "default_language": translations[0]},
        "translated": ["label"],
        "translations": translations,
    }


def sample_form_content() -> dict:
    """The sample XLSForm (household_survey_form.xlsx) as a Kobo asset ``content``."""
    from cartong_plugin.core.survey.xlsx_sheets import read_xlsx_sheets

    sheets = read_xlsx_sheets(SAMPLE_DIR / "household_survey_form.xlsx")
    headers, _ = sheets["survey"]
    langs = [h.split("::", 1)[1] for h in headers if h.startswith("label::")]

    def convert(headers, cells, is_choice=False):
        row = dict(zip(headers, cells))
        out = {}
        for column in ("label", "hint", "constraint_message"):
            if any(row.get(f"{column}::{lang}") for lang in langs):
                out[column] = [row.get(f"{column}::{lang}") or None for lang in langs]
        for key, value in row.items():
            if "::" not in key and value:
                out[key] = value
        if not is_choice and " " in out.get("type", "").strip():
            kind, list_name = out["type"].split()[:2]
            out["type"], out["select_from_list_name"] = kind, list_name
        if not is_choice:
            out["type"] = (
                out.get("type", "")
                .replace("begin group", "begin_group")
                .replace("end group", "end_group")
                .replace("begin repeat", "begin_repeat")
                .replace("end repeat", "end_repeat")
            )
        return out

    survey = [convert(headers, cells) for cells in sheets["survey"][1] if any(cells)]
    choice_headers, choice_rows = sheets["choices"]
    choices = [convert(choice_headers, cells, True) for cells in choice_rows if any(cells)]
    settings_headers, settings_rows = sheets.get("settings", ([], [[]]))
    settings = dict(zip(settings_headers, settings_rows[0] if settings_rows else []))
    return {
        "schema": "1",
        "survey": survey,
        "choices": choices,
        "translated": ["label", "hint"],
        "translations": langs,
        "settings": {
            "id_string": settings.get("form_id", FORM_ID),
            "version": settings.get("version", ""),
            "default_language": settings.get("default_language", ""),
        },
        "_title": settings.get("form_title", ""),
    }


def attachment_bytes(i: int) -> bytes:
    return b"\xff\xd8\xff\xe0" + f"fake jpeg of submission {i}".encode() + b"\xff\xd9"


def odata_record(i: int) -> dict:
    """Submission ``i`` in ODK Central's OData shape (nested groups, GeoJSON, __system)."""
    kobo = make_record(i, "")
    nested: dict = {"__id": kobo["meta/instanceID"]}
    for key, value in kobo.items():
        if key.startswith("_") or key in ("formhub/uuid", "members", "location", "meta/instanceID"):
            continue
        node = nested
        parts = key.split("/")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        if parts[-1] in ("hh_size", "head_age"):
            value = int(value)
        elif parts[-1] == "income_month":
            value = float(value)
        node[parts[-1]] = value
    lat, lon, alt, acc = (float(v) for v in kobo["location"].split())
    nested["location"] = {"type": "Point", "coordinates": [lon, lat, alt], "properties": {"accuracy": acc}}
    nested["meta"] = {"instanceID": kobo["meta/instanceID"]}
    nested["__system"] = {
        "submissionDate": kobo["_submission_time"] + ".000Z",
        "updatedAt": None,
        "submitterId": "53",
        "submitterName": "Aline",
        "attachmentsPresent": 1 if i % 10 == 0 else 0,
        "attachmentsExpected": 1 if i % 10 == 0 else 0,
        "status": None,
        "reviewState": None,
        "deviceId": kobo["deviceid"],
        "edits": 0,
        "formVersion": "2026-03",
    }
    nested["members"] = [
        {
            "member_age": int(m["members/member_age"]),
            "member_sex": m["members/member_sex"],
            "member_school": m["members/member_school"],
            "__id": f"{i:06x}{n:02d}aa",
            "__Submissions-id": kobo["meta/instanceID"],
        }
        for n, m in enumerate(kobo["members"])
    ]
    nested["members@odata.navigationLink"] = f"Submissions('{kobo['meta/instanceID']}')/members"
    return nested


ODK_FIELDS = [
    {"name": "start", "path": "/start", "type": "dateTime", "binary": None, "selectMultiple": None},
    {"name": "end", "path": "/end", "type": "dateTime", "binary": None, "selectMultiple": None},
    {"name": "today", "path": "/today", "type": "date", "binary": None, "selectMultiple": None},
    {"name": "deviceid", "path": "/deviceid", "type": "string", "binary": None, "selectMultiple": None},
    {"name": "identification", "path": "/identification", "type": "structure", "binary": None, "selectMultiple": None},
    *[
        {"name": n, "path": f"/identification/{n}", "type": "string", "binary": None, "selectMultiple": None}
        for n in ("enumerator", "admin1", "admin2", "admin2_typed", "village", "consent")
    ],
    {"name": "household", "path": "/household", "type": "structure", "binary": None, "selectMultiple": None},
    *[
        {"name": n, "path": f"/household/{n}", "type": t, "binary": None, "selectMultiple": sm}
        for n, t, sm in (
            ("respondent_name", "string", None),
            ("phone", "string", None),
            ("hh_size", "int", None),
            ("head_gender", "string", None),
            ("head_age", "int", None),
            ("income_month", "decimal", None),
            ("arrival_date", "date", None),
            ("water_source", "string", None),
            ("water_source_other", "string", None),
            ("water_problems", "string", True),
            ("latrine", "string", None),
        )
    ],
    {"name": "location", "path": "/location", "type": "geopoint", "binary": None, "selectMultiple": None},
    {"name": "photo", "path": "/photo", "type": "binary", "binary": True, "selectMultiple": None},
    {"name": "members", "path": "/members", "type": "repeat", "binary": None, "selectMultiple": None},
    {"name": "member_age", "path": "/members/member_age", "type": "int", "binary": None, "selectMultiple": None},
    {"name": "member_sex", "path": "/members/member_sex", "type": "string", "binary": None, "selectMultiple": None},
    {
        "name": "member_school",
        "path": "/members/member_school",
        "type": "string",
        "binary": None,
        "selectMultiple": None,
    },
    {"name": "meta", "path": "/meta", "type": "structure", "binary": None, "selectMultiple": None},
    {"name": "instanceID", "path": "/meta/instanceID", "type": "string", "binary": None, "selectMultiple": None},
]


def make_xform() -> str:
    """The generated survey as an XForm, the way pyxform writes it: itext translations for
    labels, one secondary instance per choice list read by an ``itemset``."""
    from xml.sax.saxutils import escape

    texts = {lang: [] for lang in LANGS}
    instance, body, lists, stack = [], [], {}, []

    def itext(text_id, labels):
        for lang, text in zip(LANGS, labels):
            texts[lang].append(f'<text id="{text_id}"><value>{escape(text)}</value></text>')

    for row in SURVEY:
        kind, name = row["type"], row.get("name")
        path = "/".join(["/data"] + [g for g in stack] + ([name] if name else []))
        if kind in ("begin_group", "begin_repeat"):
            tag = "repeat" if kind == "begin_repeat" else "group"
            instance.append(f"<{name}>")
            itext(f"{path}:label", row["label"])
            body.append(
                f'<group ref="{path}"><label ref="jr:itext(\'{path}:label\')"/>'
                + (f'<repeat nodeset="{path}">' if tag == "repeat" else "")
            )
            stack.append(name)
            continue
        if kind in ("end_group", "end_repeat"):
            closed = stack.pop()
            instance.append(f"</{closed}>")
            body.append("</repeat></group>" if kind == "end_repeat" else "</group>")
            continue
        instance.append(f"<{name}/>")
        if "label" not in row:
            continue
        itext(f"{path}:label", row["label"])
        label = f"<label ref=\"jr:itext('{path}:label')\"/>"
        if kind in ("select_one", "select_multiple"):
            list_name = row["select_from_list_name"]
            lists[list_name] = [c for c in CHOICES if c["list_name"] == list_name]
            tag = "select1" if kind == "select_one" else "select"
            body.append(
                f'<{tag} ref="{path}">{label}<itemset nodeset="instance(\'{list_name}\')/root/item">'
                f'<value ref="name"/><label ref="jr:itext(itextId)"/></itemset></{tag}>'
            )
        else:
            body.append(
                f'<{"upload" if kind == "image" else "input"} ref="{path}">{label}'
                f"</{'upload' if kind == 'image' else 'input'}>"
            )
    secondary = []
    for list_name, choices in lists.items():
        items = []
        for n, choice in enumerate(choices):
            text_id = f"static_instance-{list_name}-{n}"
            itext(text_id, choice["label"])
            items.append(f"<item><itextId>{text_id}</itextId><name>{choice['name']}</name></item>")
        secondary.append(f'<instance id="{list_name}"><root>{"".join(items)}</root></instance>')
    default = ' default="true()"'
    translations = "".join(
        f'<translation lang="{escape(lang)}"{default if i == 0 else ""}>{"".join(texts[lang])}</translation>'
        for i, lang in enumerate(LANGS)
    )
    return (
        '<?xml version="1.0"?><h:html xmlns="http://www.w3.org/2002/xforms" '
        'xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">'
        f"<h:head><h:title>Household WASH survey CAR</h:title><model><itext>{translations}</itext>"
        f'<instance><data id="{FORM_ID}">{"".join(instance)}<meta><instanceID/></meta></data></instance>'
        f"{''.join(secondary)}</model></h:head><h:body>{''.join(body)}</h:body></h:html>"
    )


@dataclass
class Fault:
    match: str
    times: int = 1
    status: int | None = None
    headers: dict = field(default_factory=dict)
    body: bytes | None = None
    delay: float = 0.0
    truncate: bool = False
    cut: bool = False
    html: bool = False
    count_delta: int = 0
    next_link: str | None = None
    drip: float = 0.0
    results: list | None = None
    padding: int = 0
    after: int = 0
    delete: tuple = ()
    restore: tuple = ()
    content_type: str = "application/json"  # of an answer given by ``status``


class FakeState:
    def __init__(self, records: int, sample: list[dict] | None = None, content: dict | None = None):
        self.sample = sample  # the bundled sample survey instead of generated records
        self.content = content
        self.first = 0  # records [first, first + count) exist (deletions remove from the start)
        self.count = records
        self.faults: list[Fault] = []
        self.requests: list[dict] = []
        self.sessions: set[str] = set()
        # "*" answers $expand=*; "refuse" answers it with HTTP 501 and "ignore" leaves the repeats out
        # (navigation links only), as ODK Central before 1.2 did
        self.expand = "*"
        self.deleted: set[int] = set()  # submissions deleted one by one (inject(..., delete=...))
        self.gt_is_ge = False
        self.page_limit = 30000  # the most submissions of one Kobo page, whatever the limit asked
        self.encrypted: set[int] = set()
        self.next_links: str | None = None  # ODK: "skip" (Central before 2023.4) or "skiptoken" (2023.4 and later)
        self.select = True  # ODK: $select=__id answered (Central v2022.3 and later); False: ignored
        self.attachment_names: dict[int, tuple[str, str]] = {}
        self.edit_record = None  # Kobo: edit_record(i, record, host) -> the record served instead
        self.edit_odata = None  # ODK: edit_odata(i, row) -> the OData row served instead
        self.route = None  # route(handler, path, query) -> (status, body, content type, headers) or None
        self.link_host: str | None = None  # next links written for this host:port (a proxy, Central's domain)
        self.kobo_query = True  # False: a Kobo that ignores `query` and `sort` (every submission, newest first)
        self.gzip = False  # True: JSON answers gzip-compressed when the client accepts it, as real servers send them
        self.gzipped = 0  # the answers sent compressed
        self.lock = threading.Lock()

    def ids(self):
        every = range(self.first, self.first + self.count)
        return [i for i in every if i not in self.deleted] if self.deleted else every


class Handler(BaseHTTPRequestHandler):
    server_version = "FakeKoboOdk/1.0"
    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16  # headers and body in one send: no 40 ms delayed-ACK stall per response

    def log_message(self, *args):  # keep test output clean
        pass

    # -- plumbing -----------------------------------------------------------------------
    @property
    def state(self) -> FakeState:
        return self.server.state

    def _send(self, status: int, body: bytes, content_type="application/json", headers=None, fault=None):
        if self.state.gzip and content_type.startswith("application/json") and not headers and fault is None:
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                body, headers = gzip.compress(body), {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
                self.state.gzipped += 1
        full_length = len(body)
        if fault is not None and fault.truncate:
            body = body[: max(1, len(body) // 2)]
            full_length = len(body)
        if fault is not None and fault.cut:
            body = body[: max(1, len(body) // 2)]  # announce the full length, send half, hang up
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(full_length))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if fault is not None and (fault.cut or fault.drip):
            self.send_header("Connection", "close")
        self.end_headers()
        if fault is not None and fault.drip:
            self._drip(body, fault.drip)
            return
        self.wfile.write(body)
        self.wfile.flush()
        if fault is not None and fault.cut:
            self.close_connection = True

    def _drip(self, body: bytes, seconds: float) -> None:
        """One byte, a pause, the next byte...; stops when the client hangs up (bounded by the body)."""
        self.close_connection = True
        for byte in body:
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return
            time.sleep(seconds)

    def _json(self, status: int, payload, fault=None, headers=None):
        if fault is not None and isinstance(payload, dict):
            host = self.headers.get("Host")
            if fault.next_link is not None:
                key = "@odata.nextLink" if "value" in payload else "next"
                payload[key] = fault.next_link.replace("{self}", f"http://{host}{self.path}").replace("{host}", host)
            if fault.results is not None:
                payload["results" if "results" in payload else "value"] = fault.results
            if fault.padding:
                payload["padding"] = "x" * fault.padding
        self._send(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"), headers=headers, fault=fault)

    def _take_fault(self, path: str) -> Fault | None:
        with self.state.lock:
            for fault in self.state.faults:
                if fault.times > 0 and fault.match in path:
                    if fault.after > 0:
                        fault.after -= 1
                        continue
                    fault.times -= 1
                    return fault
        return None

    def do_POST(self):  # noqa: N802
        self._handle("POST")

    def do_GET(self):  # noqa: N802
        self._handle("GET")

    def do_DELETE(self):  # noqa: N802
        self._handle("DELETE")

    def _handle(self, method: str):
        target = self.path
        if target.startswith("http://"):  # we are being used as a proxy
            target = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
        parts = urlsplit(target)
        path, query = unquote(parts.path), {k: v[-1] for k, v in parse_qs(parts.query).items()}
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.state.requests.append(
            {
                "method": method,
                "path": path,
                "query": query,
                "raw": self.path,
                "proxied": self.path.startswith("http://"),
                "auth": bool(self.headers.get("Authorization")),
                "host": self.headers.get("Host", ""),
            }
        )
        fault = self._take_fault(path)
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.status:
                payload = (
                    fault.body if fault.body is not None else json.dumps({"detail": f"fault {fault.status}"}).encode()
                )
                host = self.headers.get("Host", "")
                headers = {key: value.replace("{host}", host) for key, value in fault.headers.items()}
                return self._send(fault.status, payload, fault.content_type, headers=headers)
            if fault.html:
                return self._send(200, b"<html><body>Proxy login required</body></html>", "text/html")
        answer = self.state.route(self, path, query) if self.state.route is not None else None
        if answer is not None:
            status, payload, content_type, headers = answer
            return self._send(status, payload, content_type, headers=headers, fault=fault)
        try:
            if path == "/token/":
                basic = "Basic " + base64.b64encode(f"{KOBO_USER}:{KOBO_PASSWORD}".encode()).decode()
                if self.headers.get("Authorization") != basic:
                    self._json(401, {"detail": "Invalid username/password."})
                else:
                    self._json(200, {"token": KOBO_TOKEN}, fault)
            elif path.startswith("/api/v2/"):
                self._kobo(method, path, query, fault)
            elif path.startswith("/v1/"):
                self._odk(method, path, query, body, fault)
            else:
                self._json(404, {"detail": "Not found."})
        except (BrokenPipeError, ConnectionResetError):
            pass
        if fault is not None and fault.delete:
            with self.state.lock:
                self.state.deleted.update(fault.delete)
        if fault is not None and fault.restore:
            with self.state.lock:
                self.state.deleted.difference_update(fault.restore)
        if fault is not None and fault.count_delta:
            with self.state.lock:
                if fault.count_delta > 0:
                    self.state.count += fault.count_delta
                else:
                    self.state.first -= fault.count_delta
                    self.state.count += fault.count_delta

    # -- KoboToolbox --------------------------------------------------------------------
    def _kobo(self, method, path, query, fault):
        if self.headers.get("Authorization") != f"Token {KOBO_TOKEN}":
            return self._json(401, {"detail": "Invalid token."})
        host = self.headers.get("Host")
        base = f"http://{host}"
        if path == "/api/v2/assets/":
            assets = [
                self._asset_summary(base),
                {"uid": "aBlockOnly", "name": "Question library block", "asset_type": "block", "has_deployment": False},
                {
                    "uid": "aDraftSurvey01",
                    "name": "Draft survey",
                    "asset_type": "survey",
                    "has_deployment": False,
                    "deployment__active": False,
                    "deployment__submission_count": 0,
                    "deployment__last_submission_time": None,
                },
                {
                    **self._asset_summary(base),
                    "uid": "aSecondSurvey02",
                    "name": "Market prices",
                    "deployment__submission_count": 12,
                    "deployment__last_submission_time": "2026-02-27T16:41:09.220531Z",
                },
            ]
            return self._json(200, self._page(assets, query, f"{base}{path}"), fault)
        match = re.fullmatch(r"/api/v2/assets/([^/]+)/(data/(?:(\d+)/attachments/(\d+)/)?)?", path)
        if not match or match.group(1) != ASSET_UID:
            return self._json(404, {"detail": "Not found."})
        if match.group(3):
            i = int(match.group(3)) - 500000
            return self._send(200, attachment_bytes(i), "image/jpeg", fault=fault)
        if not match.group(2):
            return self._json(200, self._asset(base), fault)
        ids = list(self.state.ids())
        if not self.state.kobo_query:
            ids.reverse()  # newest first, whatever was asked
        if "query" in query and self.state.kobo_query:
            condition = json.loads(query["query"])
            if "_id" in condition and "$in" in condition["_id"]:
                wanted = {int(v) for v in condition["_id"]["$in"]}
                ids = [i for i in ids if self._record(i, "")["_id"] in wanted]
            elif "_id" in condition:
                floor, top = int(condition["_id"].get("$gt", -1)), condition["_id"].get("$lte")
                top = 10**12 if top is None else int(top)
                if self.state.sample is None:  # generated: _id is 500000 + i (pages by _id stay fast at 100k)
                    ids = [i for i in ids if floor < 500000 + i <= top]
                else:
                    ids = [i for i in ids if floor < self._record(i, "")["_id"] <= top]
            if "_submission_time" in condition:
                after = condition["_submission_time"].get("$gt", "")
                ids = [i for i in ids if self._record(i, "")["_submission_time"] > after]
        start, limit = int(query.get("start", 0)), min(int(query.get("limit", 30000)), self.state.page_limit)
        chosen = ids[start : start + limit]
        results = [self._record(i, host) for i in chosen]
        if "fields" in query and self.state.kobo_query:  # only those keys of each submission, as KPI's `fields`
            keys = json.loads(query["fields"])
            results = [{key: record[key] for key in keys if key in record} for record in results]
        page = {"count": len(ids), "next": None, "previous": None, "results": results}
        if start + limit < len(ids):
            linked = f"http://{self.state.link_host}" if self.state.link_host else base
            page["next"] = self._link(linked + path, query, start=start + limit, limit=limit)
        if start > 0:
            page["previous"] = self._link(base + path, query, start=max(0, start - limit), limit=limit)
        return self._json(200, page, fault)

    def _record(self, i: int, host: str) -> dict:
        if self.state.sample is not None:
            return self.state.sample[i]
        record = make_record(i, host)
        if i in self.state.attachment_names:
            answer, stored = self.state.attachment_names[i]
            record["photo"] = answer
            if stored is None:  # the answer names a file the server does not list
                record["_attachments"] = []
            for attachment in record["_attachments"]:
                attachment["filename"] = f"enumerator/attachments/{FORMHUB_UUID}/{record['_uuid']}/{stored}"
        if self.state.edit_record is not None:
            record = self.state.edit_record(i, record, host)
        return record

    @staticmethod
    def _link(url, query, **changes):
        from urllib.parse import urlencode

        return url + "?" + urlencode({**query, **{k: str(v) for k, v in changes.items()}})

    def _page(self, items, query, url):
        start, limit = int(query.get("start", 0)), int(query.get("limit", 2))
        limit = min(limit, 2)  # small pages so that the client must follow `next`
        page = {"count": len(items), "next": None, "previous": None, "results": items[start : start + limit]}
        if start + limit < len(items):
            page["next"] = self._link(url, query, start=start + limit, limit=limit)
        return page

    def _asset_summary(self, base):
        name = (self.state.content or {}).get("_title") or "Household WASH survey CAR"
        return {
            "url": f"{base}/api/v2/assets/{ASSET_UID}/",
            "uid": ASSET_UID,
            "name": name,
            "asset_type": "survey",
            "has_deployment": True,
            "deployment__active": True,
            "deployment__submission_count": self.state.count,
            "date_modified": "2026-03-01T09:00:00Z",
            "deployment__last_submission_time": self._kobo_last_submission(),
            "owner__username": "cartong_officer",
        }

    def _kobo_last_submission(self) -> str | None:
        """The newest ``_submission_time`` (UTC) as the asset list gives it: microseconds and ``Z``."""
        if not self.state.count:
            return None
        ids = self.state.ids() if self.state.sample is not None else [self.state.ids()[-1]]  # generated: in order
        return max(self._record(i, "")["_submission_time"] for i in ids) + ".000000Z"

    def _asset(self, base):
        # The real recorded asset (robotoolbox fixture) gives the shape; the content is ours.
        return {
            **self._asset_summary(base),
            "owner": f"{base}/api/v2/users/cartong_officer/",
            "parent": None,
            "settings": {
                "sector": {},
                "country": [{"label": "Central African Republic", "value": "CAF"}],
                "description": "",
                "organization": "",
                "country_codes": ["CAF"],
            },
            "summary": {"geo": True, "languages": LANGS, "row_count": len(SURVEY), "default_translation": LANGS[0]},
            "version_id": VERSION,
            "deployed_version_id": VERSION,
            "deployment__uuid": FORMHUB_UUID,
            "content": self.state.content or kobo_content(),
            "data": f"{base}/api/v2/assets/{ASSET_UID}/data/",
        }

    # -- ODK Central --------------------------------------------------------------------
    def _odk(self, method, path, query, body, fault):
        if path == "/v1/sessions" and method == "POST":
            try:
                creds = json.loads(body or b"{}")
            except ValueError:
                creds = {}
            if creds.get("email") == ODK_EMAIL and creds.get("password") == ODK_PASSWORD:
                token = "session" + "".join(random.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(56))
                self.state.sessions.add(token)
                return self._json(
                    200,
                    {"createdAt": "2026-03-02T08:00:00.000Z", "expiresAt": "2026-03-03T08:00:00.000Z", "token": token},
                    fault,
                )
            return self._json(401, {"code": 401.2, "message": "Could not authenticate with the provided credentials."})
        if path.startswith("/v1/sessions/") and method == "DELETE":  # log out: the bearer is no longer valid
            token = path.rsplit("/", 1)[1]
            if self.headers.get("Authorization") != f"Bearer {token}" or token not in self.state.sessions:
                return self._json(403, {"code": 403.1, "message": "The authenticated actor cannot do this."})
            self.state.sessions.discard(token)
            return self._json(200, {"success": True})
        key = re.match(r"/v1/key/([^/]+)(/.*)", path)
        if key:
            if key.group(1) != ODK_APP_TOKEN:
                return self._json(401, {"code": 401.2, "message": "Could not authenticate."})
            path = "/v1" + key.group(2)
        else:
            auth = self.headers.get("Authorization", "")
            basic = "Basic " + base64.b64encode(f"{ODK_EMAIL}:{ODK_PASSWORD}".encode()).decode()
            if not (auth.startswith("Bearer ") and auth[7:] in self.state.sessions) and auth != basic:
                return self._json(
                    401, {"code": 401.2, "message": "Could not authenticate with the provided credentials."}
                )
        if path == "/v1/projects":
            return self._json(
                200,
                [
                    {
                        "id": PROJECT_ID,
                        "name": "CAR WASH assessment",
                        "archived": None,
                        "createdAt": "2026-01-10T10:00:00.000Z",
                    }
                ],
                fault,
            )
        form_base = f"/v1/projects/{PROJECT_ID}/forms"
        if path == form_base:
            return self._json(
                200,
                [
                    {
                        "projectId": PROJECT_ID,
                        "xmlFormId": FORM_ID,
                        "state": "open",
                        "name": "Household WASH survey CAR",
                        "version": "2026-03",
                        "enketoId": "xyz",
                        "hash": "0" * 32,
                        "keyId": None,
                        "publishedAt": "2026-03-01T09:00:00.000Z",
                        **(self._odk_extended_form() if self.headers.get("X-Extended-Metadata") == "true" else {}),
                    }
                ],
                fault,
            )
        if path == f"{form_base}/{FORM_ID}/fields":
            return self._json(200, ODK_FIELDS, fault)
        if path == f"{form_base}/{FORM_ID}.xml":
            return self._send(200, make_xform().encode("utf-8"), "text/xml", fault=fault)
        if path == f"{form_base}/{FORM_ID}.svc/Submissions":
            return self._odata(query, fault)
        one = re.fullmatch(rf"{form_base}/{FORM_ID}\.svc/Submissions\('uuid:([0-9a-f]{{8}})-[^']*'\)", path)
        if one:
            return self._odata_one(int(one.group(1), 16), query, fault)
        if path == f"{form_base}/{FORM_ID}.svc/Submissions.members":
            return self._odata_members(query, fault)
        attach = re.fullmatch(rf"{form_base}/{FORM_ID}/submissions/uuid:([^/]+)/attachments(?:/(.+))?", path)
        if attach:
            i = int(attach.group(1).split("-")[0], 16)
            if attach.group(2):
                return self._send(200, attachment_bytes(i), "image/jpeg", fault=fault)
            return self._json(200, [{"name": f"photo_{i}.jpg", "exists": True}] if i % 10 == 0 else [], fault)
        return self._json(404, {"code": 404.1, "message": "Could not find the resource you were looking for."})

    def _odk_extended_form(self) -> dict:
        """What ``X-Extended-Metadata: true`` adds to a form (Central's ExtendedForm)."""
        newest = (
            odata_record(self.state.first + self.state.count - 1)["__system"]["submissionDate"]
            if self.state.count
            else None
        )
        return {
            "submissions": self.state.count,
            "lastSubmission": newest,
            "reviewStates": {"received": self.state.count, "hasIssues": 0, "edited": 0},
            "createdBy": {"id": 53, "type": "user", "displayName": "CartONG officer"},
            "excelContentType": None,
            "entityRelated": False,
            "publicLinks": 0,
        }

    def _odata(self, query, fault):
        if "$expand" in query and self.state.expand == "refuse":
            return self._json(
                501, {"code": 501.1, "message": "The requested feature $expand is not supported by this server."}
            )
        ids = list(reversed(self.state.ids()))  # Central serves the newest submissions first
        condition = query.get("$filter", "")
        found = re.fullmatch(r"__system/submissionDate gt (\S+)", condition)
        if found:
            after = found.group(1)
            ids = [
                i
                for i in ids
                if make_record(i, "")["_submission_time"] + ".000Z" > after
                or (self.state.gt_is_ge and make_record(i, "")["_submission_time"] + ".000Z" == after)
            ]
        skip, top = int(query.get("$skip", 0)), int(query.get("$top", 10**9))
        if "$skiptoken" in query:  # the rows after the cursor's submission; none when it is gone
            cursor = json.loads(base64.b64decode(query["$skiptoken"][2:]))["instanceId"]
            after = int(cursor[5:13], 16)
            skip = ids.index(after) + 1 if after in ids else len(ids)
        rows = [self._odata_row(i, query) for i in ids[skip : skip + top]]
        page = {
            "@odata.context": f"http://{self.headers.get('Host')}/v1/projects/{PROJECT_ID}/forms/"
            f"{FORM_ID}.svc/$metadata#Submissions",
            "value": rows,
        }
        if query.get("$count") == "true":
            page["@odata.count"] = len(ids)
        if self.state.next_links and "$top" in query and skip + top < len(ids) and rows:
            here = f"http://{self.state.link_host or self.headers.get('Host')}{urlsplit(self.path).path}"
            rest = {k: v for k, v in query.items() if k not in ("$skip", "$skiptoken")}
            if self.state.next_links == "skiptoken":
                token = "01" + base64.b64encode(json.dumps({"instanceId": rows[-1]["__id"]}).encode()).decode()
                page["@odata.nextLink"] = self._link(here, rest, **{"$skiptoken": token})
            else:
                del rest["$top"]
                page["@odata.nextLink"] = self._link(here, rest, **{"$skip": skip + top})
        return self._json(200, page, fault)

    def _odata_row(self, i: int, query) -> dict:
        """Submission ``i`` as the feed gives it for ``query``: its repeats inline ($expand=*) or as links,
        only its id when ``$select=__id`` is answered."""
        row = self._odata_record(i)
        if "$select" in query and self.state.select:  # only the properties named (``__id,__system``)
            return {key: row[key] for key in query["$select"].split(",") if key in row}
        if query.get("$expand") != "*" or self.state.expand != "*":
            row.pop("members", None)
        else:
            row.pop("members@odata.navigationLink", None)
        return row

    def _odata_one(self, i: int, query, fault):
        """``Submissions('uuid:...')``: one submission, in a list of one as Central sends it; 404 when gone."""
        if i not in self.state.ids():
            return self._json(404, {"code": 404.1, "message": "Could not find the resource you were looking for."})
        page = {
            "@odata.context": f"http://{self.headers.get('Host')}/v1/projects/{PROJECT_ID}/forms/"
            f"{FORM_ID}.svc/$metadata#Submissions",
            "value": [self._odata_row(i, query)],
        }
        return self._json(200, page, fault)

    def _odata_record(self, i: int) -> dict:
        """Submission ``i`` as the feed gives it: only its id and system fields when it is encrypted."""
        row = odata_record(i)
        if self.state.edit_odata is not None:
            row = self.state.edit_odata(i, row)
        if i in self.state.encrypted:
            system = dict(row["__system"], status="notDecrypted", attachmentsPresent=0)
            return {"__id": row["__id"], "__system": system}
        return row

    def _odata_members(self, query, fault):
        """The repeat's own table (``Submissions.members``): every item, linked by ``__Submissions-id``."""
        items = [
            item
            for i in reversed(self.state.ids())
            if i not in self.state.encrypted
            for item in odata_record(i)["members"]
        ]
        skip, top = int(query.get("$skip", 0)), int(query.get("$top", 10**9))
        page = {
            "@odata.context": f"http://{self.headers.get('Host')}/v1/projects/{PROJECT_ID}/forms/"
            f"{FORM_ID}.svc/$metadata#Submissions.members",
            "value": items[skip : skip + top],
        }
        if query.get("$count") == "true":
            page["@odata.count"] = len(items)
        return self._json(200, page, fault)


class FakeServer:
    """The running server: ``url``, ``state`` (requests log, counts) and ``inject()``."""

    def __init__(self, records: int = 250, port: int = 0, sample: bool = False):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        if sample:
            rows = sample_records()
            self.httpd.state = FakeState(len(rows), rows, sample_form_content())
        else:
            self.httpd.state = FakeState(records)
        self.state = self.httpd.state
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="fake-kobo-odk", daemon=True)

    def start(self) -> FakeServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def inject(self, match: str, **kwargs) -> Fault:
        fault = Fault(match=match, **kwargs)
        self.state.faults.append(fault)
        return fault

    def add_records(self, n: int) -> None:
        with self.state.lock:
            self.state.count += n

    def clear(self) -> None:
        self.state.faults.clear()
        self.state.requests.clear()


if __name__ == "__main__":
    count = int(sys.argv[sys.argv.index("--records") + 1]) if "--records" in sys.argv else 250
    server = FakeServer(records=count)
    print(server.port, flush=True)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
