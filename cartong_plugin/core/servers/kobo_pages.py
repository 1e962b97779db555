# SPDX-License-Identifier: GPL-3.0-or-later
"""KoboToolbox API v2: the pages of a form's submissions, as the download and an update's comparison read them.

This module owns how ``GET /api/v2/assets/{uid}/data/`` is paged, for ``KoboClient.download_submissions``
(whole submissions) and ``server_index.kobo_index`` (the light list an update compares with, ``fields``):
pages of ``page_size`` asked by ``_id``, never by position (``query`` ``$gt`` the largest id received, sorted
by ``_id``): by position, a submission deleted during the pass moves a later one into a page already read.
The server's ``next`` link then only says that more follow; it is not followed, so neither is it checked.
A server that does not sort or filter as asked (ids out of order, an empty page with a ``next`` link) is
read by its ``next`` links instead, from the start of the list again (``start=0``) when pages by ``_id``
came before. Every page goes through one ``PageGuard`` (no page asked twice, no link off the server, no
endless list); the time limit of a page (``bounds.MAX_PAGE_SECONDS``) and the cancel are the session's
(``ServerClient.get_json``). What the records mean, and what is counted, stays with the caller.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from ..base.i18n import tr
from .bounds import PageGuard
from .records import check_record
from .server_errors import ServerError


@dataclass
class KoboPage:
    """One page of submissions: its ``results``, their ``_id`` (None when missing or not a number) and the
    server's ``count``. ``in_order``: asked by ``_id`` and came so (the count is of the ids after the
    cursor); ``restart``: pages by ``_id`` came before, this one is out of order, so the list is read again
    from its start by its links; ``to_links``: the next page is the one the server's ``next`` link names."""

    results: list
    ids: list
    count: int | None
    in_order: bool
    restart: bool
    to_links: bool = False
    new: int | None = None  # set by ``counted``: None, the page was left out and is not judged endless
    received: int = 0
    expected: int | None = None

    def counted(self, new: int, received: int, expected: int | None) -> None:
        """Say what the page added (``new``), what came in all and the server's count, before the next page:
        pages in a row that add nothing stop the list (``PageGuard.keep_going``)."""
        self.new, self.received, self.expected = new, received, expected


def kobo_pages(
    http,
    uid: str,
    what: str,
    *,
    page_size: int,
    after_id: int | None = None,
    fields: list[str] | None = None,
    pages_before: int = 0,
    feedback=None,
) -> Iterator[KoboPage]:
    """The pages of form ``uid``'s submissions (``_id > after_id`` when given; only ``fields`` when given),
    each checked to hold JSON objects (page numbers after ``pages_before``, those of a resumed download).
    Stop iterating to stop the list; ServerError when the server loops, never ends or leaves itself."""
    data = f"/api/v2/assets/{uid}/data/"
    url: str | None = data
    params: dict[str, object] | None = page_params(page_size, after_id, fields=fields)
    cursor, by_id = after_id, True
    guard = PageGuard(http.host, what, home=http.base_url, feedback=feedback)
    while url:
        asked = http.url(url)
        guard.visit(asked, params)
        answer = http.get_json(url, params=params, what=what)
        results = results_of(answer, http.host)
        for number, record in enumerate(results, start=1):
            check_record(record, http.host, what, pages_before + len(guard.seen), number)
        ids = [as_int(record.get("_id")) for record in results]
        in_order = by_id and ascending(ids, cursor)
        restart = by_id and not in_order and cursor != after_id  # pages by _id came, the server ignores them
        link = answer.get("next")
        page = KoboPage(results, ids, as_int(answer.get("count")), in_order, restart)
        page.to_links = not restart and bool(link) and not (in_order and results)
        yield page
        if restart:  # read the whole list again by its links
            by_id = False
            url, params = data, page_params(page_size, after_id, start=0, fields=fields)
        elif not link:
            break
        elif in_order and results:  # the link only says that more follow (not followed: not checked)
            cursor = ids[-1]
            url, params = data, page_params(page_size, cursor, fields=fields)
        else:
            by_id = False
            url, params = guard.follow(str(link), asked), None  # `next` already carries the query
        if page.new is not None and not guard.keep_going(page.new, page.received, page.expected):
            break  # every announced submission is here; the links lead nowhere new


def page_params(page_size: int, after_id, start: int | None = None, fields: list[str] | None = None) -> dict:
    """The query of one page of submissions: ``limit`` of them sorted by ``_id``, with only ``fields`` (when
    given), from position ``start`` (when given: paging by position), those after ``after_id`` only (when
    given)."""
    params: dict[str, object] = {"limit": page_size, "format": "json", "sort": json.dumps({"_id": 1})}
    if fields is not None:
        params["fields"] = json.dumps(fields)
    if start is not None:
        params["start"] = start
    if after_id is not None:
        params["query"] = json.dumps({"_id": {"$gt": int(after_id)}})
    return params


def ascending(ids: list, after) -> bool:
    """True when every id is there and they increase, all after ``after`` (None: from the start)."""
    previous = -1 if after is None else int(after)
    for record_id in ids:
        if record_id is None or record_id <= previous:
            return False
        previous = record_id
    return True


def results_of(page, host: str) -> list:
    """The ``results`` of a KoboToolbox list; ServerError when the answer is not one."""
    if not isinstance(page, dict) or not isinstance(page.get("results"), list):
        raise ServerError(
            tr(
                "{host} answered, but not with a KoboToolbox list (no 'results'). "
                "Check that the address is a KoboToolbox server."
            ).format(host=host)
        )
    return page["results"]


def as_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
