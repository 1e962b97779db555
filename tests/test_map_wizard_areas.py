# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard says what cartong:countbyadmin says of the admin areas it counted in (areas
without P-code, overlapping areas...), and names the atlas areas it made no page for."""

from __future__ import annotations

import pytest
from osgeo import gdal, ogr
from qgis.core import Qgis, QgsProject, QgsVectorLayer

from tests.test_map_wizard import (  # noqa: F401 (fixtures)
    _run,
    _to_export_page,
    french_qm,
    opened,
    project_layers,
    wizard,
)


@pytest.fixture()
def edited_admin(project_layers, tmp_path, sample_dir):  # noqa: F811
    """A copy of the sample's admin2 in place of it in the project, edited by ``edit(layer)``."""

    def edit(change) -> None:
        copy = tmp_path / "admin.gpkg"
        gdal.VectorTranslate(str(copy), str(sample_dir / "admin_boundaries.gpkg"), layers=["admin2"])
        ds = ogr.Open(str(copy), 1)
        change(ds.GetLayerByName("admin2"))
        ds = None
        QgsProject.instance().removeMapLayer(project_layers["admin"].id())
        QgsProject.instance().addMapLayer(QgsVectorLayer(f"{copy}|layername=admin2", "admin2", "ogr"))

    return edit


def _first_area(layer):
    layer.ResetReading()
    return layer.GetNextFeature()


def test_an_area_without_pcode_is_named_after_counting(wizard, edited_admin, tmp_path, qgis_iface):  # noqa: F811
    names = []

    def without_code(layer):
        area = _first_area(layer)
        names.append(area.GetField("adm2_name"))
        area.SetFieldNull("adm2_pcode")
        layer.SetFeature(area)

    edited_admin(without_code)
    page = _to_export_page(wizard, tmp_path / "carte.pdf")
    _run(page)
    assert page.result_path is not None, page.status.text()
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any(names[0] in m and "P-code" in m and "admin2" in m for m in warnings), warnings


def test_overlapping_areas_are_named_after_counting(wizard, edited_admin, tmp_path, qgis_iface):  # noqa: F811
    codes = []

    def overlapping(layer):  # the first area a second time, under a code and name of its own
        twice = _first_area(layer).Clone()
        codes.append(twice.GetField("adm2_pcode"))
        twice.SetFID(-1)
        twice.SetField("adm2_pcode", "CF999")
        twice.SetField("adm2_name", "Zone ajoutée")
        layer.CreateFeature(twice)

    edited_admin(overlapping)
    page = _to_export_page(wizard, tmp_path / "carte.pdf")
    _run(page)
    assert page.result_path is not None, page.status.text()
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any(f"{codes[0]} + CF999" in m for m in warnings), warnings


def test_atlas_names_an_area_without_boundary_and_makes_no_page_for_it(
    wizard,  # noqa: F811
    edited_admin,
    tmp_path,
    qgis_iface,
    project_layers,  # noqa: F811
):
    survey = project_layers["survey"]
    given = {f["admin2"] for f in survey.getFeatures()}
    with_data = given & {f["adm2_pcode"] for f in project_layers["admin"].getFeatures()}
    lost = []

    def without_boundary(layer):  # an area the submissions name by P-code, its geometry removed
        for area in layer:
            if area.GetField("adm2_pcode") in given:
                lost.append(f"{area.GetField('adm2_pcode')} {area.GetField('adm2_name')}")
                area.SetGeometry(None)
                layer.SetFeature(area)
                return

    edited_admin(without_boundary)
    wizard.next()
    wizard.data_page.by_pcode.setChecked(True)
    wizard.next()
    wizard.next()
    export = wizard.export_page
    export.format.setCurrentIndex(export.format.findData(".pdf"))
    export.atlas.setChecked(True)
    export.output.setFilePath(str(tmp_path / "atlas.pdf"))
    export.dpi.setValue(72)
    _run(export)
    assert export.result_path is not None, export.status.text()
    pages = export.layout.atlas().count()
    assert f"Atlas of {pages} pages" in export.status.text()
    assert pages == len(with_data) - 1
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any(
        m.endswith(f"{lost[0]} has no boundary (its geometry is empty): no page was made for it.") for m in warnings
    )
