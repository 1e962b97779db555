# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments of a download: where they are saved and how the survey layer opens them.

``attachments_dir`` is the folder beside the GeoPackage (``<gpkg stem>_attachments/``);
``link_attachments`` stores in the GeoPackage a default style whose attribute form opens each
``<question>_file`` from that folder (an ExternalResource editor widget with relative paths).
"""

from __future__ import annotations

from pathlib import Path

from ..base.i18n import tr
from .geopackage import utc_now


def attachments_dir(gpkg: Path) -> Path:
    """``<gpkg stem>_attachments/`` beside the GeoPackage."""
    gpkg = Path(gpkg)
    return gpkg.with_name(f"{gpkg.stem}_attachments")


ROOT_EXPRESSION = "file_path(layer_property(@layer, 'path'))"


def link_attachments(gpkg, folder) -> int:
    """Make every ``<question>_file`` field of ``survey`` open its file from the attribute form.

    Stored as the layer's default style (``layer_styles``, as QGIS saves it): an attachment
    widget whose paths are relative to ``folder``, where the GeoPackage lives, given as an expression
    (``ROOT_EXPRESSION``) so that the style names no folder of this computer. The style is
    built on a memory layer and written with OGR: opening the GeoPackage with a QGIS layer
    would switch it to WAL mode and keep it open. Returns the number of fields linked.
    """
    from osgeo import ogr
    from qgis.core import QgsEditorWidgetSetup, QgsMapLayer, QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    ds = ogr.Open(str(gpkg), 1)
    survey = ds.GetLayerByName("survey") if ds is not None else None
    defn = survey.GetLayerDefn() if survey is not None else None
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] if defn is not None else []
    names = [n for n in names if n.endswith("_file")]
    if not names:
        return 0
    memory = QgsVectorLayer("Point?crs=EPSG:4326&" + "&".join(f"field={n}:string" for n in names), "survey", "memory")
    for index, _name in enumerate(names):
        memory.setEditorWidgetSetup(
            index,
            QgsEditorWidgetSetup(
                "ExternalResource",
                {
                    # the folder of the GeoPackage, worked out where it is opened: an absolute path
                    # would name the user's folders in every copy and field package, and point nowhere
                    # on another laptop
                    "DefaultRoot": "",
                    "PropertyCollection": {
                        "name": None,
                        "type": "collection",
                        "properties": {"propertyRootPath": {"active": True, "type": 3, "expression": ROOT_EXPRESSION}},
                    },
                    "RelativeStorage": 2,
                    "DocumentViewer": 1,
                    "FileWidget": True,
                    "FileWidgetButton": True,
                    "UseLink": True,
                    "FullUrl": False,
                    "StorageMode": 0,
                },
            ),
        )
    document = QDomDocument()
    memory.exportNamedStyle(document, categories=QgsMapLayer.StyleCategory.Fields | QgsMapLayer.StyleCategory.Forms)
    styles = ds.GetLayerByName("layer_styles")
    if styles is None:
        styles = ds.CreateLayer("layer_styles", geom_type=ogr.wkbNone, options=["FID=id"])
        for field, kind in (
            ("f_table_catalog", ogr.OFTString),
            ("f_table_schema", ogr.OFTString),
            ("f_table_name", ogr.OFTString),
            ("f_geometry_column", ogr.OFTString),
            ("styleName", ogr.OFTString),
            ("styleQML", ogr.OFTString),
            ("styleSLD", ogr.OFTString),
            ("useAsDefault", ogr.OFTInteger),
            ("description", ogr.OFTString),
            ("owner", ogr.OFTString),
            ("ui", ogr.OFTString),
            ("update_time", ogr.OFTDateTime),
        ):
            definition = ogr.FieldDefn(field, kind)
            if field == "useAsDefault":
                definition.SetSubType(ogr.OFSTBoolean)
            styles.CreateField(definition)
    styles.SetAttributeFilter("f_table_name = 'survey' AND useAsDefault = 1")
    for old in list(styles):
        old.SetField("useAsDefault", 0)
        styles.SetFeature(old)
    styles.SetAttributeFilter(None)
    feature = ogr.Feature(styles.GetLayerDefn())
    for field, value in (
        ("f_table_catalog", ""),
        ("f_table_schema", ""),
        ("f_table_name", "survey"),
        ("f_geometry_column", survey.GetGeometryColumn() or "geom"),
        ("styleName", "survey"),
        ("styleQML", document.toString()),
        ("styleSLD", ""),
        ("description", tr("Survey: attachments open from the form")),
        ("owner", ""),
        ("ui", ""),
        ("update_time", utc_now()),
    ):
        feature.SetField(field, value)
    feature.SetField("useAsDefault", 1)
    styles.CreateFeature(feature)
    ds = None
    return len(names)
