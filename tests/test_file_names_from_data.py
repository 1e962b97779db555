# SPDX-License-Identifier: GPL-3.0-or-later
"""File names made from data stay inside the chosen folder, valid everywhere and unique.

Found as issue #13: the atlas named its PDFs after the P-code and name of each admin area as QGIS
evaluated them, so a code like ``../../x`` wrote the PDF outside the folder chosen.
"""

from __future__ import annotations

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingFeedback

from cartong_plugin.core.base.safe_files import sanitise_filename, unique_filename
from tests.mapdata import admin2_polygons

pytestmark = pytest.mark.usefixtures("collect_cycles")

LONG = "Sous-préfecture " + "très longue " * 25  # about 320 characters


def _areas(path, rows) -> str:
    """A polygon layer of real admin-2 shapes carrying the hostile (code, name) of ``rows``."""
    shapes = list(admin2_polygons().values())
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("areas", srs, ogr.wkbMultiPolygon)
    for name, kind in (("adm2_pcode", ogr.OFTString), ("adm2_name", ogr.OFTString), ("submissions", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for index, (code, name) in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("adm2_pcode", code)
        feature.SetField("adm2_name", name)
        feature.SetField("submissions", 10 + index)
        feature.SetGeometry(ogr.ForceToMultiPolygon(shapes[index].Clone()))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername=areas"


def _everything_under(folder) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_atlas_files_named_from_hostile_codes_stay_in_the_chosen_folder(cartong_provider, tmp_path):
    import processing

    data = tmp_path / "data"
    data.mkdir()
    chosen = tmp_path / "maps" / "chosen"
    chosen.mkdir(parents=True)
    rows = [
        ("../../../escaped", "Bangui"),
        ("CF2", LONG),
        ("CF3", LONG + "bis"),
        ("CF4\x07", "Bell"),
        ("AB", "Same"),
        ("ab", "Same"),
        ("CF7", 'Fort:Sibut?*<>|"'),
    ]
    areas = _areas(data / "areas.gpkg", rows)
    before = _everything_under(tmp_path)
    result = processing.run(
        "cartong:exportmappdf",
        {
            "POLYGONS": areas,
            "COUNT_FIELD": "submissions",
            "TITLE": "Atlas",
            "ATLAS": True,
            "ATLAS_FILES": True,
            "DPI": 72,
            "OUTPUT": str(chosen / "atlas.pdf"),
        },
        feedback=QgsProcessingFeedback(),
    )
    folder = chosen / "atlas"
    assert result["OUTPUT"] == str(folder) and result["PAGES"] == len(rows)
    written = sorted(p.name for p in folder.iterdir())
    # nothing anywhere but the new folder's PDFs: not beside it, not above it
    assert _everything_under(tmp_path) - before == {"maps/chosen/atlas"} | {f"maps/chosen/atlas/{n}" for n in written}
    assert len(written) == len(rows) and all(n.endswith(".pdf") and len(n) <= 124 for n in written)
    assert "escaped_Bangui.pdf" in written
    assert "CF4__Bell.pdf" in written  # the bell character became "_"
    assert "CF7_Fort_Sibut_.pdf" in written
    assert {"AB_Same.pdf", "ab_Same_2.pdf"} <= set(written)
    long_names = [n for n in written if n.startswith("CF2_") or n.startswith("CF3_")]
    assert len(long_names) == 2  # both shortened, neither lost


def test_long_names_are_shortened_and_stay_different():
    first, second = sanitise_filename(LONG + ".pdf"), sanitise_filename(LONG + "bis.pdf")
    assert len(first) <= 120 and len(second) <= 120
    assert first.endswith(".pdf") and second.endswith(".pdf")
    assert first != second


def test_unique_names_ignore_case_as_windows_and_macos_do():
    taken: set[str] = set()
    assert [unique_filename(n, taken) for n in ("A.pdf", "a.pdf", "A.PDF", "b")] == ["A.pdf", "a_2.pdf", "A_3.PDF", "b"]


def test_downloaded_attachments_with_long_hostile_names_stay_apart_and_inside(qgis_app, tmp_path):
    """Server file names are data too: two 300-character names differing at the end are two files."""
    from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN, FakeServer, attachment_bytes

    server = FakeServer(records=1).start()
    try:
        url = f"http://{{host}}/api/v2/assets/{ASSET_UID}/data/{500000 + 0}/attachments/{9000}/"
        attachments = [
            {
                "download_url": url.replace("{host}", f"127.0.0.1:{server.port}"),
                "filename": f"enumerator/attachments/../../{'x' * 300}_{n}.jpg",
            }
            for n in (1, 2)
        ]
        server.inject(
            "/data/",
            results=[
                {
                    "_id": 500000,
                    "_uuid": "../../../escaped-uuid",
                    "_attachments": attachments,
                    "_submission_time": "2026-03-02T08:00:00",
                }
            ],
        )
        from cartong_plugin.core.servers.sync import sync_kobo

        gpkg = tmp_path / "chosen" / "household.gpkg"
        result = sync_kobo(server.url, KOBO_TOKEN, ASSET_UID, gpkg, attachments=True)
    finally:
        server.stop()
    folder = tmp_path / "chosen" / "household_attachments"
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.suffix == ".jpg")
    assert result.attachments == 2 and len(files) == 2
    assert all(folder in p.parents and len(p.name) <= 120 for p in files)
    assert [p.read_bytes() for p in files] == [attachment_bytes(0)] * 2
    # a uuid changed to be made safe gets a hash of itself: "dup/x" and "dup_x" must not share a folder
    assert {p.parent.name for p in files} == {"escaped-uuid-d259554b"}
