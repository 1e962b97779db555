# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard decides as cartong:exportmappdf whether the survey points it draws are a protected copy
(attack 13b, finding 4): the raw survey's points are warned of by name and the PDF carries no coordinates;
the points of a copy made by "Export for sharing" get no warning and a georeferenced PDF."""

from __future__ import annotations

from osgeo import gdal
from qgis.core import QgsProject, QgsVectorLayer

from cartong_plugin.core.maps.map_texts import MAP_COUNT
from tests.protection_data import share
from tests.test_map_wizard import (  # noqa: F401 (fixtures)
    _run,
    french_qm,
    opened,
    project_layers,
    wizard,
)


def _map_with_points(wizard, survey, output):  # noqa: F811
    """A choropleth of ``survey`` with its points shown: (the data page's warning, the PDF)."""
    wizard.type_page.buttons[MAP_COUNT].setChecked(True)
    wizard.next()
    data = wizard.data_page
    data.survey.setLayer(survey)
    data.show_points.setChecked(True)
    warning = data.points_warning.text() if not data.points_warning.isHidden() else ""
    wizard.next()
    wizard.next()
    page = wizard.export_page
    page.format.setCurrentIndex(page.format.findData(".pdf"))
    page.output.setFilePath(str(output))
    page.dpi.setValue(72)
    _run(page)
    assert output.is_file(), page.status.text()
    return warning, bool(gdal.Open(str(output)).GetProjection())


def test_raw_survey_points_are_warned_of_and_not_georeferenced(wizard, project_layers, tmp_path):  # noqa: F811
    warning, georeferenced = _map_with_points(wizard, project_layers["survey"], tmp_path / "map.pdf")
    assert warning.startswith("The points of survey are not a protected copy") and "personal data" in warning
    assert not georeferenced


def test_points_of_a_protected_copy_are_not_warned_of_and_georeferenced(
    cartong_provider,
    wizard,  # noqa: F811
    project_layers,  # noqa: F811
    tmp_path,
):
    shared = tmp_path / "shared.gpkg"
    share(project_layers["gpkg"], shared, LOCATION_MODE=0)
    moved = QgsVectorLayer(f"{shared}|layername=shared_survey", "moved", "ogr")
    assert moved.isValid() and moved.featureCount() > 0
    QgsProject.instance().addMapLayer(moved)
    warning, georeferenced = _map_with_points(wizard, moved, tmp_path / "map.pdf")
    assert warning == "" and georeferenced
