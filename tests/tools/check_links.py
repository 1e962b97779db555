#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""List the help-catalogue links that no longer answer (``make check-links``; needs internet).

Asks every URL of the bundled catalogue (and of ``--catalogue FILE``, a trainer's catalogue) with
HEAD, then GET when a server refuses HEAD, following redirects, with a timeout. Prints one line
per URL and exits 1 when any link is broken, so it can run in a scheduled CI job. Never run by
the tests: they must pass offline.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cartong_plugin.core.learning.help_catalogue import bundled_catalogue_path, read_catalogue_file  # noqa: E402

USER_AGENT = "CartONG-Toolkit-link-check/1 (+https://www.cartong.org/)"


def check_url(url: str, timeout: float) -> tuple[bool, str]:
    """(answers, detail): True for any final status below 400."""
    headers = {"User-Agent": USER_AGENT}
    try:
        response = requests.head(url, allow_redirects=True, timeout=timeout, headers=headers)
        if response.status_code >= 400:  # some servers refuse HEAD (403/405): ask for real
            response = requests.get(url, allow_redirects=True, timeout=timeout, headers=headers, stream=True)
            response.close()
    except requests.RequestException as err:
        return False, type(err).__name__
    detail = str(response.status_code)
    if response.url != url:
        detail += f" -> {response.url}"
    return response.status_code < 400, detail


def collect_urls(catalogues) -> tuple[dict[str, list[str]], list[str]]:
    """url -> ids of the entries using it, and the problems found reading the catalogues."""
    urls: dict[str, list[str]] = {}
    problems: list[str] = []
    for path in catalogues:
        resources, found = read_catalogue_file(path, origin=str(path))
        problems += found
        for resource in resources:
            for url in resource.urls.values():
                urls.setdefault(url, []).append(resource.id)
    return urls, problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogue", action="append", default=[], help="a trainer's catalogue to check too")
    parser.add_argument("--timeout", type=float, default=15.0, help="seconds per request (default 15)")
    parser.add_argument("--workers", type=int, default=4, help="parallel requests (default 4)")
    args = parser.parse_args(argv)

    urls, problems = collect_urls([bundled_catalogue_path(), *args.catalogue])
    for problem in problems:
        print(f"CATALOGUE  {problem}")
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        results = dict(zip(urls, pool.map(lambda u: check_url(u, args.timeout), urls)))
    broken = 0
    for url, (answers, detail) in results.items():
        broken += not answers
        print(f"{'OK    ' if answers else 'BROKEN'}  {detail:<12} {url}  [{', '.join(urls[url])}]")
    print(f"{len(urls)} links checked, {broken} broken, {len(problems)} catalogue problems")
    if urls and all(detail == "ConnectionError" for _ok, detail in results.values()):
        print("No server answered at all: check the internet connection (or proxy) and run again.")
        return 2
    return 1 if broken or problems else 0


if __name__ == "__main__":
    sys.exit(main())
