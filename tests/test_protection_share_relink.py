# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing gives nothing back that another part of the file, or another export, could undo.

Outside-test findings (notes/attack_leaks.md): a pseudonymised ``_uuid`` read back from ``instanceID``;
a household's true point found by averaging repeated exports; a blanked area read back from a free-text
copy; an output name that silently changed format. Each test imports a small CSV, shares it through the
Processing algorithm and reads the output back with sqlite3 or csv.
"""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback


def _import(source, output, form=None):
    from cartong_plugin.core.survey.importer import import_survey

    import_survey(source, form, output)
    return output


def _share(gpkg, output, **parameters):
    import processing

    parameters = {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": str(output), **parameters}
    return processing.run("cartong:exportforsharing", parameters, feedback=QgsProcessingFeedback())


def _columns(path, table="shared_survey") -> list[str]:
    with closing(sqlite3.connect(path)) as db:
        return [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]


def _write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _small_survey(tmp_path):
    header = ["_uuid", "hh_size", "water_source"]
    rows = [[f"00000000-4a5b-4c6d-8e7f-{i:012d}", str(2 + i % 5), "forage"] for i in range(12)]
    return _import(_write_csv(tmp_path / "small.csv", header, rows), tmp_path / "small.gpkg")


# --------------------------------------------------------------- the output name


@pytest.mark.parametrize("name", ["..gpkg", " .gpkg", "_.gpkg", ".gpkg", "..csv"])
def test_a_name_that_is_only_a_suffix_is_refused_not_written_as_another_format(cartong_provider, tmp_path, name):
    gpkg = _small_survey(tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(QgsProcessingException, match="needs a name before"):
        _share(gpkg, folder / name)
    assert list(folder.iterdir()) == []


def test_a_name_with_dots_keeps_its_format(cartong_provider, tmp_path):
    gpkg = _small_survey(tmp_path)
    result = _share(gpkg, tmp_path / "..round 2.gpkg")
    assert result["OUTPUT"].endswith("round 2.gpkg")
    assert _columns(result["OUTPUT"])[2:] == ["_uuid", "hh_size", "water_source"]
