# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK Central: a download holds every submission the server still has, whatever changed during it.

Central's feed comes newest first, a page at a time, by position (``$skip``: ours, and the next links
of Central before 2023.4) or by cursor (the ``$skiptoken`` next links of 2023.4 and later). By
position, a submission deleted or restored during the download moves the later rows by one: a row
slips into a page already read and no page ever gives it, not even an update (it is older than the
newest one seen), while the count at the end may look right (one deleted, one restored). By cursor,
a link whose submission was deleted leads to an empty page.

So after the pages, when some were asked by position, the count moved or fewer came than announced,
``complete_download`` checks what came against the server's list of instance ids, asked in one
answer with ``$select=__id`` (Central v2022.3 and later; it cannot go with ``$expand``, so it is a
query of its own), and fetches each submission missing on its own (``Submissions('uuid:…')``, with
its repeats: inline with ``$expand=*``, else from the repeat tables read afterwards); those sent
during the download come with it too, instead of with the next update. A server that
does not answer ``$select`` (it sends whole rows) is older than submission deletion (Central
v2024.2): its feed is read once more, leaving out what came, only when its count moved or fewer
came than announced. The submissions already in the GeoPackage are never written again.
"""

from __future__ import annotations

from urllib.parse import quote

from ..base.i18n import tr, trn
from .bounds import PageGuard
from .http import log
from .odata_records import keep_row, odata_rows
from .odk_repeats import repeats_left_out
from .records import DownloadStats, check_record, first_ids, warn
from .server_errors import NotFound, QueryRefused


def needs_check(stats: DownloadStats) -> bool:
    """True when the pages may have missed a submission: more than one page, and one of them asked by
    position, or the count moved, or fewer submissions came than the server announced."""
    short = stats.server_count is not None and stats.received < stats.server_count
    return stats.pages > 1 and (stats.by_position or bool(stats.count_changes) or short)


def complete_download(
    http,
    url: str,
    query: dict,
    stats: DownloadStats,
    form_id: str,
    *,
    seen: set,
    known: set,
    write,
    read_again,
    feedback=None,
) -> None:
    """Write (``write(row)``) the submissions of the feed ``url`` (``query``: the download's own) that the
    pages missed; ``seen`` holds the ``__id`` of every row that came, ``known`` those already in the
    GeoPackage. ``read_again()`` gives the feed's pages once more, leaving out the ids in ``seen``
    (for a server without ``$select``). ``stats`` end with the server's last count and what of it came.
    """
    if not needs_check(stats):
        return
    ids = server_ids(http, url, query, form_id)
    if ids is None:
        short = stats.server_count is not None and stats.received < stats.server_count
        if stats.count_changes or short:
            found, repeated = 0, stats.repeated
            for rows in read_again():
                for row in rows:
                    write(row)
                    found += 1
            stats.repeated = repeated  # the rows that came before, asked again on purpose: not sent twice
            _say_recovered(feedback, found, form_id, http.host)
        return
    missing = [ident for ident in ids if ident not in seen and ident not in known]
    recovered, refused = 0, []
    for ident in missing:
        row = fetch_one(http, url, ident, query, form_id)
        if row is None:
            refused.append(ident)
            continue
        seen.add(ident)
        if keep_row(row, stats, known):
            write(row)
            stats.records += 1
        recovered += 1
    _say_recovered(feedback, recovered, form_id, http.host)
    if refused:  # deleted meanwhile (no longer listed: not missing), or kept back by the server
        now = server_ids(http, url, query, form_id)
        if now is not None:
            listed_now = set(now)
            deleted = [ident for ident in refused if ident not in listed_now]
            refused = [ident for ident in refused if ident in listed_now]
            ids = [ident for ident in ids if ident not in deleted]
            _say_deleted(feedback, deleted, form_id, http.host)
    if refused:  # counted missing below (``check_count``); named here
        warn(
            feedback,
            stats,
            trn(
                "%n submission of form {id} that the pages missed could not be downloaded on its own from {host} "
                "(deleted meanwhile, or the server would not send it alone): {uuids}. If it is still on the "
                "server, download the form again.",
                "%n submissions of form {id} that the pages missed could not be downloaded on their own from "
                "{host} (deleted meanwhile, or the server would not send them alone): {uuids}. If they are "
                "still on the server, download the form again.",
                len(refused),
            ).format(id=form_id, host=http.host, uuids=first_ids(refused)),
        )
    stats.note_server_count(len(ids), form_id, deletions_skip=False)
    # of the server's list, what is here; rows that came and were deleted since count no more
    stats.received = sum(1 for ident in ids if ident in seen or ident in known)


def server_ids(http, url: str, query: dict, form_id: str) -> list[str] | None:
    """The instance ids the feed ``url`` lists now (``$filter`` of ``query`` kept), newest first, from one
    ``$select=__id`` answer; None when the server does not answer ``$select`` (refused, or whole rows)."""
    rows = server_rows(http, url, query, form_id)
    return None if rows is None else [str(row["__id"]) for row in rows]


def server_rows(http, url: str, query: dict, form_id: str, select: str = "__id") -> list[dict] | None:
    """The rows the feed ``url`` lists now (``$filter`` of ``query`` kept), newest first, each id once, with
    only the properties ``select`` names (``__id,__system``: the index an update compares), from one
    ``$select`` answer; None when the server does not answer ``$select`` (refused, or whole rows)."""
    what = tr("the list of submissions of form {id}").format(id=form_id)
    light = {"$select": select, **({"$filter": query["$filter"]} if "$filter" in query else {})}
    try:
        probe = odata_rows(http.get_json(url, params=dict(light, **{"$top": 1}), what=what), http.host)
    except QueryRefused:
        return None
    if any(not isinstance(row, dict) or any(not key.startswith("__") for key in row) for row in probe):
        return None  # form fields: $select ignored (Central before v2022.3); asking for every whole row is no check
    rows: dict[str, dict] = {}
    guard = PageGuard(http.host, what, home=http.base_url, feedback=http.feedback)
    link: str | None = url
    params: dict | None = light  # no $top: the whole list in one answer, one moment of the server
    while link:
        asked = http.url(link)
        guard.visit(asked, params)
        page = http.get_json(link, params=params, what=what)
        for number, row in enumerate(odata_rows(page, http.host), start=1):
            check_record(row, http.host, what, len(guard.seen), number)
            if row.get("__id"):
                rows.setdefault(str(row["__id"]), row)
        link = page.get("@odata.nextLink")
        link, params = (guard.follow(str(link), asked) if link else None), None
    return list(rows.values())


def fetch_one(http, url: str, ident: str, query: dict, form_id: str) -> dict | None:
    """Submission ``ident`` of the feed ``url`` on its own, as the feed gives it (``$expand``, ``$wkt`` of
    ``query``); None when the server does not find it (deleted meanwhile, or an id Central cannot look up
    alone: not ``uuid:`` and letters, digits, hyphens) or sent it without the repeats asked for."""
    what = tr("submission {uuid} of form {id}").format(uuid=ident, id=form_id)
    params = {k: v for k, v in query.items() if k in ("$expand", "$wkt")}
    try:
        page = http.get_json(f"{url}('{quote(ident, safe='')}')", params=params, what=what)
    except NotFound:
        return None
    rows = odata_rows(page, http.host)
    if not rows:
        return None
    check_record(rows[0], http.host, what, 1, 1)
    if "$expand" in params and repeats_left_out(rows[:1]):
        return None  # written without its repeats, they would be lost for good: said missing instead
    return rows[0]


def _say_deleted(feedback, deleted: list[str], form_id: str, host: str) -> None:
    if not deleted:
        return
    text = trn(
        "%n submission of form {id} was deleted on {host} during the download, before it could be downloaded: "
        "{uuids}. It is no longer on the server.",
        "%n submissions of form {id} were deleted on {host} during the download, before they could be "
        "downloaded: {uuids}. They are no longer on the server.",
        len(deleted),
    ).format(id=form_id, host=host, uuids=first_ids(deleted))
    log(text)
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)


def _say_recovered(feedback, count: int, form_id: str, host: str) -> None:
    if not count:
        return
    text = trn(
        "%n submission of form {id} was not in the pages sent by {host} (submissions were sent, deleted or "
        "restored on the server during the download); it was downloaded on its own.",
        "%n submissions of form {id} were not in the pages sent by {host} (submissions were sent, deleted "
        "or restored on the server during the download); they were downloaded on their own.",
        count,
    ).format(id=form_id, host=host)
    log(text)
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)
