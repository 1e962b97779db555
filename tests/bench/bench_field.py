#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Time a field package of the sample country at zoom 5–10 from the local tile server (not a test).

The package holds the imported sample survey, its admin boundaries and an MBTiles basemap of the
Central African Republic (extent of the boundaries + 5 %) rendered by QGIS's XYZ tiles algorithm from
``tests/servers/tile_server.py`` on 127.0.0.1; the raw tile algorithm alone on the same area is timed
beside it (the floor: what the package adds is the copy, the project, the manifest and the zip).
Prints the tile estimate, the tiles written, the package and zip sizes and the seconds of each step.
Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_field.py [zoom_min] [zoom_max]
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO)]
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(zoom_min: int, zoom_max: int) -> int:
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from cartong_plugin.core.field.basemap import build_offline_basemap
    from cartong_plugin.core.field.package import PackageOptions, prepare_field_package, survey_extent
    from tests.field_data import SAMPLE_ADMIN, import_sample
    from tests.servers.tile_server import TileServer

    out = REPO / "out" / "bench" / "field"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    survey = import_sample(out / "household.gpkg")
    server = TileServer(lifetime=1800, max_requests=500_000).start()
    try:
        extent = survey_extent(out, SAMPLE_ADMIN)
        started = time.perf_counter()
        alone = build_offline_basemap(
            server.url,
            extent,
            out / "alone" / "caf.mbtiles",
            zoom_min,
            zoom_max,
            max_tiles=0,
            feedback=QgsProcessingFeedback(),
        )
        tiles_seconds = time.perf_counter() - started
        requests_alone = server.requests
        started = time.perf_counter()
        report = prepare_field_package(
            PackageOptions(
                [survey],
                SAMPLE_ADMIN,
                server.url,
                zoom_min=zoom_min,
                zoom_max=zoom_max,
                max_tiles=0,
                language="fr",
                name="caf_field",
            ),
            out / "package",
            QgsProcessingFeedback(),
        )
        package_seconds = time.perf_counter() - started
    finally:
        server.stop()
    estimate = alone.estimate
    print(
        f"Sample country (CAF), zoom {zoom_min}-{zoom_max}: {estimate.tiles} tiles estimated "
        f"({', '.join(f'z{z}: {n}' for z, n in estimate.per_zoom.items())})"
    )
    print(f"{'step':<44}{'seconds':>10}{'tiles':>8}{'MB':>9}")
    print(
        f"{'QGIS XYZ tiles algorithm alone (MBTiles)':<44}{tiles_seconds:>10.1f}{alone.tiles:>8}"
        f"{alone.path.stat().st_size / 1e6:>9.1f}"
    )
    print(
        f"{'field package (copy, basemap, project, zip)':<44}{package_seconds:>10.1f}{report.basemap.tiles:>8}"
        f"{report.bytes / 1e6:>9.1f}"
    )
    print(f"{'  zip':<44}{'':>10}{'':>8}{report.zip.stat().st_size / 1e6:>9.1f}")
    print(
        f"tile requests (alone): {requests_alone}; files in the package: {report.files}; "
        f"tiles/s: {alone.tiles / max(tiles_seconds, 1e-9):.0f}"
    )
    return 0


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]] or [5, 10]
    sys.exit(main(*args))
