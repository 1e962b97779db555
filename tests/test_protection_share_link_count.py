# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing counts the links and attachment file names it removes, and only those.

Found by an attack on the data cycle (attack16b, finding 7): sharing the raw table of the sample (every
column text, empty answers as '') reported "Links and attachment file names removed from 1616 values"
and wrote the same count into the README, though no cell held a link: the 1616 were empty texts turned
into NULL. A reviewer reading the record could not tell whether links had been there.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from osgeo import ogr

from tests.field_data import import_sample
from tests.protection_data import share

VALUES = ["", "https://kc.kobotoolbox.org/media/original?media_file=a.jpg", "photo_1712.jpg", "Forage privé", None]


def _strip_step(gpkg) -> int:
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute("SELECT rows_affected FROM cartong_protection WHERE action = 'strip_links'").fetchone()[0]


def _texts(gpkg, table, column) -> list:
    with closing(sqlite3.connect(gpkg)) as db:
        return [row[0] for row in db.execute(f'SELECT "{column}" FROM "{table}" ORDER BY fid')]


@pytest.fixture()
def notes_table(tmp_path):
    """A table whose text column holds an empty text, a link, a file name, an answer and NULL."""
    path = tmp_path / "notes.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("survey", geom_type=ogr.wkbNone)
    for name in ("_uuid", "water_source_other"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for index, value in enumerate(VALUES):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("_uuid", f"uuid-{index}")
        if value is not None:
            feature.SetField("water_source_other", value)
        layer.CreateFeature(feature)
    ds = None
    return path


def test_only_links_and_file_names_are_counted_and_empty_texts_stay_empty(cartong_provider, notes_table, tmp_path):
    # kept on purpose: a column holding links is removed whole by default, whose values are the point here
    result = share(notes_table, tmp_path / "shared.gpkg", KEEP_FIELDS=["water_source_other"])

    assert _texts(result["OUTPUT"], "shared_survey", "water_source_other") == ["", None, None, "Forage privé", None]
    assert _strip_step(result["OUTPUT"]) == 2
    readme = (tmp_path / "shared.gpkg.README.txt").read_text(encoding="utf-8")
    assert "Links and attachment file names removed from 2 values." in readme


def test_raw_table_without_links_reports_no_removal(cartong_provider, tmp_path):
    gpkg = import_sample(tmp_path / "s.gpkg")
    source = _texts(gpkg, "raw_survey", "_notes")
    assert source and set(source) == {""}  # every answer as received: empty texts, no NULL

    result = share(gpkg, tmp_path / "shared.gpkg", INPUT=f"{gpkg}|layername=raw_survey")

    assert _strip_step(result["OUTPUT"]) == 0
    assert set(_texts(result["OUTPUT"], "shared_survey", "_notes")) == {""}  # not changed into NULL
    readme = (tmp_path / "shared.gpkg.README.txt").read_text(encoding="utf-8")
    assert "Links and attachment file names removed from 0 values." in readme
    assert "Liens et noms de pièces jointes supprimés dans 0 valeurs." in readme
