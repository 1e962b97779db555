# SPDX-License-Identifier: GPL-3.0-or-later
"""Test data for the protection tests: the sample Kobo export as rows and as a survey GeoPackage.

The GeoPackage mimics the import's ``survey`` layer (bare question names, hh_size an
integer, a Point EPSG:4326 from the split location columns), written here with OGR so the
protection tests do not depend on the importer.
"""

from __future__ import annotations

import csv
from pathlib import Path

from osgeo import ogr, osr

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CSV = REPO / "resources" / "sample" / "household_survey_kobo.csv"
SAMPLE_FORM = REPO / "resources" / "sample" / "household_survey_form.xlsx"
KEPT = (
    "enumerator",
    "admin1",
    "admin2",
    "village",
    "respondent_name",
    "phone",
    "hh_size",
    "head_gender",
    "water_source",
    "water_source_other",
    "_uuid",
    "_index",
)


def sample_rows() -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of the sample Kobo CSV (``;``, UTF-8 with BOM)."""
    with open(SAMPLE_CSV, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        rows = list(reader)
    return list(reader.fieldnames), rows


def write_sample_survey_gpkg(path: Path, limit: int | None = None) -> Path:
    """A ``survey`` point layer from the sample export; returns ``path``."""
    _, rows = sample_rows()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer("survey", srs, ogr.wkbPoint)
    for name in KEPT:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if name in ("hh_size", "_index") else ogr.OFTString))
    for name in ("_location_latitude", "_location_longitude"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("photo_url", ogr.OFTString))
    for index, row in enumerate(rows[:limit]):
        feature = ogr.Feature(layer.GetLayerDefn())
        bare = {k.rsplit("/", 1)[-1]: v for k, v in row.items()}
        for name in KEPT:
            if bare.get(name):
                feature.SetField(name, int(bare[name]) if name in ("hh_size", "_index") else bare[name])
        lat, lon = bare.get("_location_latitude"), bare.get("_location_longitude")
        try:
            lat_f, lon_f = float(lat), float(lon)
        except (TypeError, ValueError):
            lat_f = lon_f = None
        if lat_f is not None and -90 <= lat_f <= 90 and -180 <= lon_f <= 180:
            feature.SetField("_location_latitude", lat_f)
            feature.SetField("_location_longitude", lon_f)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({lon_f} {lat_f})"))
        feature.SetField("photo_url", f"https://kf.kobotoolbox.org/media/original?media_file=photo_{index}.jpg")
        layer.CreateFeature(feature)
    ds = None
    return path


def aeqd_distance_m(lon0: float, lat0: float, lon: float, lat: float) -> float:
    """Distance from (lon0, lat0) in PROJ's azimuthal equidistant projection centred there (exact)."""
    import math

    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    local = osr.SpatialReference()
    local.ImportFromProj4(f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +datum=WGS84 +units=m")
    x, y, _ = osr.CoordinateTransformation(wgs84, local).TransformPoint(lon, lat)
    return math.hypot(x, y)


def read_gpkg_rows(path: Path, layer_name: str) -> tuple[list[str], list[dict]]:
    """(field names, rows with '_x'/'_y' of point geometries or '_geom_type') read back with OGR."""
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = []
    for feature in layer:
        row = {name: feature.GetField(name) for name in names}
        geometry = feature.GetGeometryRef()
        if geometry is not None and geometry.GetGeometryType() == ogr.wkbPoint:
            row["_x"], row["_y"] = geometry.GetX(), geometry.GetY()
        row["_geom_type"] = geometry.GetGeometryName() if geometry is not None else None
        rows.append(row)
    return names, rows


def import_for_sharing(source, output, form=None):
    """The survey GeoPackage of ``source`` (and ``form``) at ``output``, through the importer."""
    from cartong_plugin.core.survey.importer import import_survey

    import_survey(source, form, output)
    return output


def share(gpkg, output, **parameters):
    """cartong:exportforsharing of the survey layer of ``gpkg`` into ``output`` (more ``parameters``)."""
    import processing
    from qgis.core import QgsProcessingFeedback

    parameters = {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": str(output), **parameters}
    return processing.run("cartong:exportforsharing", parameters, feedback=QgsProcessingFeedback())


def table_columns(path, table="shared_survey") -> list[str]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as db:
        return [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]


def write_semicolon_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path
