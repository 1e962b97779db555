#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Time an A4 choropleth + 100,000 points map to PDF, against QGIS's native:printlayouttopdf (not a test).

Then an atlas of 50 admin areas (one page each), ours vs native:atlaslayouttopdf (seconds per page).
Steps timed: counting the points per admin-2 area (by location and by P-code field), building the
layout from the template, exporting the PDF with ``core.export``; then the same layout, added to
the project, exported by ``native:printlayouttopdf`` with the same settings (300 dpi, vector,
text as text). Points are drawn at random inside the real CAR admin-2 polygons (cached in out/bench).
Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_maps.py [points] [repeats]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO)]
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ATLAS_PAGES = 50


def timed(fn, repeats):
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main(points_n: int, repeats: int) -> int:
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from cartong_plugin.core.maps import aggregate, layouts, map_texts
    from cartong_plugin.core.maps.export import export_layout
    from tests.mapdata import admin_source, write_many_points

    out = REPO / "out" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    points_path = out / f"points_{points_n}.gpkg"
    if not points_path.exists():
        print(f"writing {points_n} random points inside the admin-2 areas…", flush=True)
        write_many_points(points_path, points_n)
    gpkg, admin1_name, admin2_name = admin_source()
    points = QgsVectorLayer(f"{points_path}|layername=survey", "survey", "ogr")
    admin2 = QgsVectorLayer(f"{gpkg}|layername={admin2_name}", "admin2", "ogr")
    admin1 = QgsVectorLayer(f"{gpkg}|layername={admin1_name}", "admin1", "ogr")
    assert points.featureCount() == points_n, points.featureCount()

    rows = []
    t_loc, (counts, _) = timed(lambda: aggregate.count_layer(points, admin2), repeats)
    rows.append(("count by location", t_loc))
    t_code, _ = timed(lambda: aggregate.count_layer(points, admin2, join_field="admin2"), repeats)
    rows.append(("count by P-code field", t_code))

    texts = map_texts.MapTexts(
        title=f"Benchmark: {points_n:,} submissions by sous-préfecture",
        subtitle="Random points inside the CAR admin-2 areas",
        sources="OCHA COD-AB (CC BY-IGO)",
        author="bench_maps.py",
    )
    projects = []  # layouts die with their project: keep every project alive

    def build():
        project = QgsProject()
        projects.append(project)
        return layouts.build_choropleth_layout(project, counts, "submissions", texts, points=points, boundaries=admin1)

    t_build, layout = timed(build, repeats)
    rows.append(("build layout", t_build))
    ours_pdf = out / "maps_ours.pdf"
    t_ours, _ = timed(lambda: export_layout(layout, ours_pdf, title=texts.title, author=texts.author), repeats)
    rows.append(("export PDF (core.export)", t_ours))

    project = layout.project()
    project.layoutManager().addLayout(layout)
    context = QgsProcessingContext()
    context.setProject(project)
    native_pdf = out / "maps_native.pdf"
    params = {
        "LAYOUT": layout.name(),
        "DPI": 300,
        "FORCE_VECTOR": True,
        "GEOREFERENCE": False,
        "INCLUDE_METADATA": True,
        "DISABLE_TILED": False,
        "SIMPLIFY": True,
        "TEXT_FORMAT": 1,
        "SEPARATE_LAYERS": False,
        "OUTPUT": str(native_pdf),
    }
    t_native, _ = timed(
        lambda: processing.run("native:printlayouttopdf", params, context=context, feedback=QgsProcessingFeedback()),
        repeats,
    )
    rows.append(("native:printlayouttopdf (same layout)", t_native))

    # Atlas: 50 admin areas (first P-codes), one page each, ours vs native:atlaslayouttopdf.
    from cartong_plugin.core.maps.export import export_atlas

    atlas_project = QgsProject()
    projects.append(atlas_project)
    atlas_layout = layouts.build_atlas_layout(
        atlas_project, counts, "submissions", texts, points=points, boundaries=admin1
    )
    atlas = atlas_layout.atlas()
    codes = sorted(f["adm2_pcode"] for f in counts.getFeatures() if f["submissions"])[:ATLAS_PAGES]
    atlas.setFilterExpression('"adm2_pcode" IN ({})'.format(", ".join(f"'{c}'" for c in codes)))
    atlas_pdf = out / "atlas_ours.pdf"
    t_atlas, _ = timed(lambda: export_atlas(atlas_layout, atlas_pdf), 1)
    pages = atlas.count()
    rows.append((f"atlas {pages} pages (core.export)", t_atlas))
    atlas_project.layoutManager().addLayout(atlas_layout)
    atlas_context = QgsProcessingContext()
    atlas_context.setProject(atlas_project)
    native_atlas = out / "atlas_native.pdf"
    atlas_params = {
        "LAYOUT": atlas_layout.name(),
        "COVERAGE_LAYER": atlas.coverageLayer(),
        "FILTER_EXPRESSION": atlas.filterExpression(),
        "SORTBY_EXPRESSION": atlas.sortExpression(),
        "DPI": 300,
        "FORCE_VECTOR": True,
        "GEOREFERENCE": False,
        "INCLUDE_METADATA": True,
        "DISABLE_TILED": False,
        "SIMPLIFY": True,
        "TEXT_FORMAT": 1,
        "OUTPUT": str(native_atlas),
    }
    t_native_atlas, _ = timed(
        lambda: processing.run(
            "native:atlaslayouttopdf", atlas_params, context=atlas_context, feedback=QgsProcessingFeedback()
        ),
        1,
    )
    rows.append((f"native:atlaslayouttopdf {pages} pages", t_native_atlas))

    print(f"\nA4 landscape choropleth + {points_n:,} points, median of {repeats} run(s):")
    for name, seconds in rows:
        print(f"  {name:<40} {seconds:7.2f} s")
    total = t_loc + t_build + t_ours
    print(f"  {'ours, count + build + export':<40} {total:7.2f} s   (target < 10 s)")
    print(f"  atlas seconds per page: ours {t_atlas / pages:.2f} s, native {t_native_atlas / pages:.2f} s")
    print(f"  PDF sizes: ours {ours_pdf.stat().st_size / 1e6:.1f} MB, native {native_pdf.stat().st_size / 1e6:.1f} MB")
    return 0  # no teardown: the caller leaves at once (see below)


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    status = main(args[0] if args else 100_000, args[1] if len(args) > 1 else 3)
    # Leave before interpreter teardown: destroying leftover PyQGIS objects after QGIS may segfault.
    sys.stdout.flush()
    os._exit(status)
