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


# --------------------------------------------------------------- one submission, several ids


def _ids_survey(tmp_path, count=12):
    """A Kobo/ODK-like export: the submission's uuid in clear under four names, and Kobo's record number."""
    header = ["__id", "meta/instanceID", "hh_size", "water_source", "_id", "_uuid", "_submission__uuid", "_index"]
    rows = []
    for i in range(count):
        uuid = f"0000{i:04d}-4a5b-4c6d-8e7f-{i * 7919:012d}"
        rows.append([f"uuid:{uuid}", f"UUID:{uuid.upper()}", str(2 + i % 5), "forage", str(412570000 + i), uuid, uuid])
        rows[-1].append(str(i + 1))
    gpkg = _import(_write_csv(tmp_path / "ids.csv", header, rows), tmp_path / "ids.gpkg")
    return gpkg, [r[5] for r in rows], [r[4] for r in rows]


def _csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_pseudonymised_uuid_takes_its_other_names_and_the_server_record_number(cartong_provider, tmp_path, monkeypatch):
    monkeypatch.setenv("CARTONG_TEST_KEY", "cd" * 32)
    gpkg, uuids, record_ids = _ids_survey(tmp_path)
    names = _columns(gpkg, "survey")
    output = tmp_path / "ids_shared.csv"
    _share(gpkg, output, PSEUDONYMISE_FIELDS=["_uuid"], KEY_SOURCE="env:CARTONG_TEST_KEY")
    rows = _csv_rows(output)
    shared = output.read_text(encoding="utf-8-sig").casefold()
    assert not [u for u in uuids if u.casefold() in shared]
    assert not [n for n in record_ids if n in shared]
    # every copy of the id gets the uuid's own pseudonym, so joins still work
    copies = [c for c in names if c in ("__id", "instanceID", "meta_instanceID", "_submission__uuid")]
    assert len(copies) == 3, names
    assert all(row[c] == row["_uuid"] for row in rows for c in copies)
    assert len({row["_uuid"] for row in rows}) == len(rows) and len({row["_id"] for row in rows}) == len(rows)
    # ordinary columns (the row number is not a server id) stay in clear
    assert [row["hh_size"] for row in rows[:3]] == ["2", "3", "4"] and rows[0]["_index"] == "1"
    readme = (tmp_path / "ids_shared.csv.README.txt").read_text(encoding="utf-8")
    assert "same identifiers under another name" in readme and "_id" in readme


def test_dropped_uuid_takes_its_other_names_and_the_server_record_number(cartong_provider, tmp_path):
    gpkg, uuids, record_ids = _ids_survey(tmp_path)
    output = tmp_path / "ids_dropped.gpkg"
    _share(gpkg, output, DROP_FIELDS=["_uuid"])
    assert _columns(output)[2:] == ["hh_size", "water_source", "_index"]
