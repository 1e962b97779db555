# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark (not a test): download submissions from the local fake Kobo server.

    .venv/bin/python tests/bench/bench_download.py [--sizes 10000,100000] [--json out.json]

The server runs in its own process (its memory is not counted). Each size is measured in a
fresh child process: a timed full sync (download to the JSON-lines spool + GeoPackage),
then a download-only pass under tracemalloc. Reported: records per second, the share of
the time spent outside the network wait (time not inside an HTTP request), the peak
Python allocation of the download (tracemalloc) and the process peak RSS (getrusage).
Memory must not grow with the number of pages: 100,000 records should peak like 10,000.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(server_url: str, size: int, page_size: int) -> dict:
    """Run in a child process: one timed sync, one traced download; return the numbers."""
    from cartong_plugin.core.servers.kobo import KoboClient
    from cartong_plugin.core.servers.records import RecordSpool
    from cartong_plugin.core.servers.sync import sync_kobo
    from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN

    with tempfile.TemporaryDirectory() as folder:
        gpkg = Path(folder) / "bench.gpkg"
        started = time.perf_counter()
        result = sync_kobo(server_url, KOBO_TOKEN, ASSET_UID, gpkg, page_size=page_size)
        sync_seconds = time.perf_counter() - started
        assert result.total_records == size, result

        client = KoboClient(server_url, KOBO_TOKEN)
        started = time.perf_counter()
        with RecordSpool(folder) as spool:
            stats = client.download_submissions(ASSET_UID, spool, page_size=page_size)
            spool_bytes = spool.path.stat().st_size
        download_seconds = time.perf_counter() - started
        download_network = client.http.network_seconds

        client = KoboClient(server_url, KOBO_TOKEN)
        tracemalloc.start()
        with RecordSpool(folder) as spool:
            client.download_submissions(ASSET_UID, spool, page_size=page_size)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {
        "records": size,
        "pages": stats.pages,
        "page_size": page_size,
        "sync_seconds": round(sync_seconds, 2),
        "sync_records_per_s": round(size / sync_seconds),
        "sync_share_outside_network": round(1 - result.network_seconds / sync_seconds, 3),
        "download_seconds": round(download_seconds, 2),
        "download_records_per_s": round(size / download_seconds),
        "download_share_outside_network": round(1 - download_network / download_seconds, 3),
        "spool_mb": round(spool_bytes / 1e6, 1),
        "download_peak_traced_mb": round(traced_peak / 1e6, 1),
        "process_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--json", default="")
    parser.add_argument("--child", nargs=2, metavar=("URL", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]), args.page_size)))
        return

    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        server = subprocess.Popen(
            [sys.executable, str(REPO / "tests" / "servers" / "fake_kobo_odk.py"), "--records", str(size)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            port = int(server.stdout.readline())
            done = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--page-size",
                    str(args.page_size),
                    "--child",
                    f"http://127.0.0.1:{port}",
                    str(size),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        finally:
            server.terminate()
            server.wait(10)
    keys = list(rows[0])
    print("  ".join(f"{k:>12}" if len(k) <= 12 else k for k in keys))
    for row in rows:
        print(json.dumps(row))
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(
            f"records x{last['records'] / first['records']:.0f}: download traced peak "
            f"{first['download_peak_traced_mb']} -> {last['download_peak_traced_mb']} MB, "
            f"peak RSS {first['process_peak_rss_mb']} -> {last['process_peak_rss_mb']} MB"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
