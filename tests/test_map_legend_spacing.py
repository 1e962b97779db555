# SPDX-License-Identifier: GPL-3.0-or-later
"""The circle map's legend, printed: its layer heading and the circle legend's own title ("Circle area
proportional to the value") are two lines with white between them, in Arabic too, where tall marks
(the hamza over alif) reach higher than Latin letters. QGIS 3.40 drew them touching (attack 8)."""

from __future__ import annotations

import datetime

import pytest
from qgis.core import QgsLayoutExporter, QgsLayoutItemLegend, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

from cartong_plugin.core.maps import aggregate, layouts, map_texts
from tests.mapdata import admin_source, write_survey_points

PLAN = {"CF111": ["well"] * 9, "CF112": ["tap"] * 4, "CF121": ["well"] * 2}
DPI = 300
MM = DPI / 25.4


@pytest.fixture(scope="module")
def counts_uri(tmp_path_factory):
    path, _, admin2 = admin_source()
    survey = write_survey_points(tmp_path_factory.mktemp("legend") / "survey.gpkg", PLAN)
    return f"{survey}|layername=survey", f"{path}|layername={admin2}"


def _ink_bands(image, left: int, right: int) -> list[tuple[int, int]]:
    """(first row, last row) of each run of rows holding a dark pixel between columns left and right."""
    bands, start = [], None
    for y in range(image.height()):
        inked = any(QColor(image.pixel(x, y)).lightness() < 140 for x in range(left, right, 2))
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            bands.append((start, y - 1))
            start = None
    if start is not None:
        bands.append((start, image.height() - 1))
    return bands


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_circle_legend_title_does_not_touch_its_heading(qgis_app, counts_uri, language):
    survey_uri, admin_uri = counts_uri
    survey = QgsVectorLayer(survey_uri, "survey", "ogr")
    admin2 = QgsVectorLayer(admin_uri, "admin2", "ogr")
    counts, _ = aggregate.count_layer(survey, admin2)
    texts = map_texts.MapTexts(title="مسح الأسر", subtitle="", sources="", author="", date=datetime.date(2026, 3, 14))
    project = QgsProject()  # held: the layout dies with it
    layout = layouts.build_proportional_layout(
        project, counts, "submissions", texts, language=language, with_basemap=False
    )
    legend = next(i for i in layout.items() if isinstance(i, QgsLayoutItemLegend))
    image = QgsLayoutExporter(layout).renderRegionToImage(legend.sceneBoundingRect(), dpi=DPI)
    # the text side of the legend, clear of the circles and their numbers: its right (Arabic) or left quarter
    width = image.width()
    left, right = (width * 3 // 4, width) if language == "ar" else (0, width // 4)
    bands = _ink_bands(image, left, right)
    # legend title, layer heading, circle legend title: three lines, apart
    assert len(bands) >= 3, bands
    title, heading, size_title = bands[:3]
    assert size_title[0] - heading[1] > 0.5 * MM, (heading, size_title)
