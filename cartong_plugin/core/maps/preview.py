# SPDX-License-Identifier: GPL-3.0-or-later
"""A small picture of a print layout template in the map's language: the map wizard's thumbnail.

Drawn from the template itself, filled with the bundled sample survey counted per admin-2 area, by the
same ``build_choropleth_layout`` as the exported map and in the language chosen for it: the title, the
legend, the sources and date lines and the disclaimer read as they will on the map, and an Arabic page
is laid out right to left. A picture stored beforehand could only be in one language. Drawing takes
about half a second, on the main thread (layouts are Qt graphics scenes); the wizard keeps each page and
language it has drawn. The sample is counted once per session.
"""

from __future__ import annotations

from functools import lru_cache

from qgis.core import QgsLayoutExporter, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QImage

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.paths import sample_dir
from .map_texts import MAP_COUNT, MapTexts, default_title

SAMPLE_SOURCES = "CartONG sample survey; OCHA COD-AB CAF (CC BY-IGO)"  # a citation: the same in every language
MM_PER_INCH = 25.4


@lru_cache(maxsize=1)
def _sample_layers() -> tuple:
    """(survey points, admin-2 counts, admin-1 boundaries) of the bundled sample, counted once."""
    from .aggregate import count_layer

    sample = sample_dir()
    csv = (sample / "household_survey_kobo.csv").as_posix()
    points = QgsVectorLayer(
        f"file://{csv}?delimiter=;&xField=_location_longitude&yField=_location_latitude&crs=EPSG:4326&detectTypes=no",
        "survey",
        "delimitedtext",
    )
    admin2 = QgsVectorLayer(f"{sample / 'admin_boundaries.gpkg'}|layername=admin2", "admin2", "ogr")
    admin1 = QgsVectorLayer(f"{sample / 'admin_boundaries.gpkg'}|layername=admin1", "admin1", "ogr")
    if not (points.isValid() and admin2.isValid() and admin1.isValid()):
        raise CartongError(
            tr("The sample dataset was not found in {folder}; reinstall the plugin.").format(folder=str(sample))
        )
    counts, _summary = count_layer(points, admin2)
    return points, counts, admin1


def render_layout_preview(page: str, language: str, width: int) -> QImage:
    """The template ``page`` (``a4_landscape``...) filled with the sample survey in ``language``, drawn
    ``width`` pixels wide. CartongError when the sample data cannot be read."""
    from .aggregate import COUNT_FIELD
    from .layouts import build_choropleth_layout

    points, counts, admin1 = _sample_layers()
    project = QgsProject()  # the clones of the sample's layers go here, never into the user's project
    try:
        texts = MapTexts(title=default_title(MAP_COUNT, language), sources=SAMPLE_SOURCES, author="CartONG")
        layout = build_choropleth_layout(
            project, counts, COUNT_FIELD, texts, points=points, boundaries=admin1, page=page, language=language
        )
        pages = layout.pageCollection()
        first = pages.page(0) if pages is not None else None
        assert first is not None  # a layout built from a template always has its page
        size = first.pageSize()
        dpi = width * MM_PER_INCH / size.width()
        height = round(width * size.height() / size.width())
        return QgsLayoutExporter(layout).renderPageToImage(0, QSize(width, height), dpi)
    finally:
        project.clear()
