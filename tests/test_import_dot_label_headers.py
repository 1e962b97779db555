# SPDX-License-Identifier: GPL-3.0-or-later
"""Kobo "labels" exports whose group separator is "." (an export option: formpack joins the group,
question and choice labels with it), through cartong:importsurvey. The headers were compared with
"/" only: when every column was in a group the export was refused as the wrong form ("none of its
columns is a question of the form"), else its grouped questions stayed untyped text (a
select_multiple without codes, labels or 0/1 columns) with only a "not in the form" warning.

Built from the real REACH survey (impact-initiatives cleaningtools): 209 of its questions are in
groups, its labels hold "." ("... (according to the GPS point name).") and "/" ("Public
tap/standpipe"), and 30 questions are "If other, please specify".
"""

from __future__ import annotations

import csv

import pytest

from tests.conftest import REAL_DATA
from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_workbook

REACH = REAL_DATA / "impact-initiatives+cleaningtools/data-raw"
_EN = "English (en)"
_ROWS = 60  # of the 632: enough for every column, quick to import


@pytest.fixture(scope="module")
def reach_columns():
    """(header parts, values) of the REACH data as a Kobo labels export heads them: the group labels
    then the question's English label, and for a select_multiple's 0/1 column its choice label."""
    from osgeo import gdal

    from cartong_plugin.core.survey.xlsform import read_xlsform

    form = read_xlsform(REACH / "form.xlsx")
    by_name = {q.name: q for q in form.questions.values()}
    ds = gdal.OpenEx(str(REACH / "data.xlsx"), gdal.OF_VECTOR, open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    values = [[f.GetFieldAsString(i) for i in range(len(names))] for f in layer][:_ROWS]

    def parts_of(question):
        groups = question.group.split("/") if question.group else []
        chain = [form.groups["/".join(groups[: i + 1])].labels[_EN] for i in range(len(groups))]
        return [*chain, question.labels[_EN]]

    columns = []  # (header parts, grouped, column index in data.xlsx)
    for index, name in enumerate(names):
        head, _dot, code = name.partition(".")  # R wrote the 0/1 columns "water_sources.piped"
        question = by_name.get(name) or by_name.get(head)
        if question is None or not question.labels.get(_EN):
            continue
        if name in by_name:
            columns.append((parts_of(question), bool(question.group), index))
        elif question.type == "select_multiple":
            choice = next(c for c in form.choices[question.list_name] if c.name == code)
            columns.append(([*parts_of(question), choice.labels[_EN]], bool(question.group), index))
    ids = names.index("X_uuid")  # R wrote "_uuid" so
    return columns, values, ids


def _write(path, separator, columns, values, ids):
    header = [separator.join(parts) for parts, _grouped, _index in columns] + ["_uuid"]
    rows = [[row[index] for _parts, _grouped, index in columns] + [row[ids]] for row in values]
    if path.suffix == ".xlsx":
        return write_workbook(path, {"Enquête": [header, *rows]})
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _survey(gpkg):
    names = [row[1] for row in query(gpkg, "PRAGMA table_info(survey)") if row[1] not in ("fid", "geom")]
    return names, query(gpkg, "SELECT {} FROM survey ORDER BY fid".format(", ".join(f'"{n}"' for n in names)))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("grouped_only", [True, False], ids=["every column in a group", "some in no group"])
def test_dot_separated_labels_import_as_the_slash_export(
    cartong_provider, reach_columns, tmp_path, suffix, grouped_only
):
    columns, values, ids = reach_columns
    if grouped_only:  # the export was refused as "the wrong form"
        columns = [c for c in columns if c[1]]
    assert any("." in parts[-1] for parts, _grouped, _index in columns)  # labels hold "." themselves
    imported = {}
    for separator, stem in (("/", "slash"), (".", "dot")):
        data = _write(tmp_path / f"{stem}{suffix}", separator, columns, values, ids)
        result, warnings = import_with_messages(data, tmp_path / f"{stem}.gpkg", REACH / "form.xlsx", LANGUAGE="en")
        assert result["ROWS"] == _ROWS
        assert not [w for w in warnings if "not in the form" in w or "fit several" in w], warnings
        imported[stem] = _survey(tmp_path / f"{stem}.gpkg")
    assert imported["dot"] == imported["slash"]  # the same columns, typed values, codes and labels
    names = imported["dot"][0]
    assert "water_sources_piped" in names and not [n for n in names if "." in n or "/" in n]
    integers = query(tmp_path / "dot.gpkg", "SELECT DISTINCT typeof(water_sources_piped) FROM survey")
    assert integers == [("integer",)]
    typed = query(
        tmp_path / "dot.gpkg",
        "SELECT water_sources, water_sources_label, water_sources_tap, typeof(num_hh_member) FROM survey ORDER BY fid",
    )
    assert typed[:3] == [
        ("piped", "Piped connection into house or yard", 0, "integer"),
        ("tap", "Public tap/standpipe", 1, "integer"),  # a choice label holding "/"
        ("piped borehole", "Piped connection into house or yard; Borehole", 0, "integer"),
    ]
