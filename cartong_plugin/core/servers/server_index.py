# SPDX-License-Identifier: GPL-3.0-or-later
"""The server's light list of a form's submissions, and the submissions it names fetched by id.

What an update compares with the GeoPackage (``server_changes``): for each submission still on the server,
its id and what says that it changed. KoboToolbox API v2: the data endpoint with ``fields`` (``_id``,
``_uuid``, ``meta/instanceID``, ``_validation_status``, ``_last_edited``), paged by the download's pager
(``kobo_pages``: by ``_id``, so a deletion during the pass moves no row past a page; by its ``next`` links a
server that does not sort by ``_id``). ODK Central: one ``$select=__id,__system`` answer
(``odk_completeness.server_rows``, which the download's check of what its pages missed reads too).
The submissions the GeoPackage lacks then come by id: Kobo ``query`` ``{"_id": {"$in": [...]}}``,
``ID_BATCH`` at a time; Central ``Submissions('uuid:…')`` one by one, with their repeats. Every request
goes through the client's session (credentials to the configured server only, its time limits and
retries), every list through a ``PageGuard`` (bounded pages, no loop, no link off the server).
"""

from __future__ import annotations

import json

from ..base.i18n import tr
from .kobo_pages import kobo_pages, results_of
from .odata_records import ENCRYPTED_STATUSES, keep_row
from .odk_completeness import fetch_one, server_rows
from .records import check_record
from .server_errors import QueryRefused

KOBO_INDEX_FIELDS = ["_id", "_uuid", "meta/instanceID", "_validation_status", "_last_edited"]
INDEX_PAGE_SIZE = 5000  # light rows (about 200 bytes each); Kobo caps a page at 30000
ID_BATCH = 100  # ids of one Kobo query: the address stays short (about 1 kB)


def kobo_index(client, uid: str) -> dict[str, dict] | None:
    """{``_id``: the submission's ``KOBO_INDEX_FIELDS``} of every submission of ``uid`` on the server now;
    None when the server refuses the light query (``fields``, ``sort``, ``query``)."""
    what = tr("the list of submissions of form {uid}").format(uid=uid)
    index: dict[str, dict] = {}
    total = None
    pages = kobo_pages(
        client.http, uid, what, page_size=INDEX_PAGE_SIZE, fields=KOBO_INDEX_FIELDS, feedback=client.feedback
    )
    try:
        for page in pages:
            if total is None:
                total = page.count
            if page.restart:  # sort or query ignored: the list by its links, from the start
                index = {}
                continue
            before = len(index)
            for record, record_id in zip(page.results, page.ids):
                if record_id is not None:
                    index[str(record_id)] = {key: record.get(key) for key in KOBO_INDEX_FIELDS if key in record}
            # an empty page ends the list only when it has no next link (the pager stops then): a server
            # that does not filter as asked may link an empty first page to the rest, as the download reads on
            page.counted(len(index) - before, len(index), total)
    except QueryRefused:
        return None
    return index


def fetch_kobo_ids(client, uid: str, wanted: list[str], spool, stats) -> list[str]:
    """Write the submissions of ``uid`` whose ``_id`` is in ``wanted`` to ``spool`` (counted in ``stats``);
    returns the ids the server did not send (deleted meanwhile, or a server that ignores the query)."""
    http = client.http
    what = tr("the submissions of form {uid}").format(uid=uid)
    data = f"/api/v2/assets/{uid}/data/"
    left = list(dict.fromkeys(wanted))
    got: set[str] = set()
    for start in range(0, len(left), ID_BATCH):
        batch = left[start : start + ID_BATCH]
        params = {
            "limit": len(batch),
            "format": "json",
            "sort": json.dumps({"_id": 1}),
            "query": json.dumps({"_id": {"$in": [int(ident) for ident in batch]}}),
        }
        try:
            page = http.get_json(data, params=params, what=what)
        except QueryRefused:  # no `$in`: said not downloaded, the update still writes the rest
            continue
        for number, record in enumerate(results_of(page, http.host), start=1):
            check_record(record, http.host, what, 1, number)
            key = str(record.get("_id"))
            if key in batch and key not in got:  # only what was asked: a server that ignores the query sends others
                got.add(key)
                spool.write(record)
                stats.records += 1
                stats.last_time = max(stats.last_time, str(record.get("_submission_time") or ""))
        spool.flush()
    return [ident for ident in left if ident not in got]


def odk_index(client, project_id: int, xml_form_id: str) -> dict[str, dict] | None:
    """{``__id``: {``__system/updatedAt``, ``__system/reviewState``}} of every submission on Central now,
    encrypted ones left out (never downloaded: ``odata_records.say_encrypted``); None when the server does
    not answer ``$select`` (Central before v2022.3)."""
    url = f"{client.form_path(project_id, xml_form_id)}.svc/Submissions"
    rows = server_rows(client.http, url, {}, xml_form_id, select="__id,__system")
    if rows is None:
        return None
    index = {}
    for row in rows:
        found = row.get("__system")
        system: dict = found if isinstance(found, dict) else {}
        if system.get("status") in ENCRYPTED_STATUSES:
            continue
        index[str(row["__id"])] = {f"__system/{key}": system.get(key) for key in ("updatedAt", "reviewState")}
    return index


def fetch_odk_ids(client, project_id: int, xml_form_id: str, wanted: list[str], spool, stats) -> list[str]:
    """Write the submissions ``wanted`` (``__id``) to ``spool``, each with its repeats (counted in ``stats``);
    returns those the server did not send alone (deleted meanwhile, no ``$expand``, an id it cannot look up)."""
    from .odk_central import _write_normalised

    url = f"{client.form_path(project_id, xml_form_id)}.svc/Submissions"
    refused = []
    for ident in dict.fromkeys(wanted):
        try:
            row = fetch_one(client.http, url, ident, {"$expand": "*", "$wkt": "false"}, xml_form_id)
        except QueryRefused:  # no $expand (Central before 1.2): without its repeats it would lose them for good
            row = None
        if row is None:
            refused.append(ident)
            continue
        if keep_row(row, stats, set()):
            _write_normalised(row, stats, spool)
            stats.records += 1
    spool.flush()
    return refused
