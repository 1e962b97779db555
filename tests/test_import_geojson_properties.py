# SPDX-License-Identifier: GPL-3.0-or-later
"""GeoJSON exports (as QGIS, GDAL or a server write them) through cartong:importsurvey: the raw table
holds each property as the file writes it. GDAL rewrote them: a nested ``{"hh": {"size": "5"}}``,
flattened to ``hh_size``, took the column of the real ``hh_size`` property and its values were lost;
``12345678901234567890`` became 9223372036854775807, ``-1.2863891666666667`` lost 2 digits, a list
became ``(2:a,b)`` and ``true`` became ``1``.
"""

from __future__ import annotations

import json

from tests.real_imports import import_with_messages, query


def _write(path, properties):
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [18.5 + n / 10, 4.4, 100]}, "properties": p}
        for n, p in enumerate(properties)
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def _raw(gpkg, *columns):
    names = ", ".join(f'"{c}"' for c in columns)
    return query(gpkg, f"SELECT {names} FROM raw_survey ORDER BY fid")


def test_numbers_lists_and_booleans_are_kept_as_the_file_writes_them(cartong_provider, tmp_path):
    # the repro's export: json.dumps writes these numbers as Python does, GDAL rewrote every one
    source = _write(
        tmp_path / "data.geojson",
        [
            {"name": "A", "weight": -1.2863891666666667, "price": 1.10, "tiny": 1e-7, "tags": ["a", "b"],
             "big": 12345678901234567890, "flag": True, "none": None, "_uuid": "u1"},
            {"name": "B", "weight": 0.1, "price": 2.5, "tiny": 3, "tags": [], "big": 1, "flag": False,
             "none": None, "_uuid": "u2"},
        ],
    )  # fmt: skip
    out = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(source, out)
    assert result["ROWS"] == 2
    assert _raw(out, "weight", "price", "tiny", "tags", "big", "flag", "none") == [
        ("-1.2863891666666667", "1.1", "1e-07", '["a", "b"]', "12345678901234567890", "true", ""),
        ("0.1", "2.5", "3", "[]", "1", "false", ""),
    ]
    # the typed layer reads the kept text: 17 digits, and a 20-digit number never clamped
    assert query(out, "SELECT weight FROM survey ORDER BY fid") == [(-1.2863891666666667,), (0.1,)]
    assert "9223372036854775807" not in str(query(out, "SELECT big FROM survey"))


def test_number_text_as_written_in_the_file(cartong_provider, tmp_path):
    source = tmp_path / "written.geojson"
    source.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, "properties": '
        '{"a": 1.10, "b": 1E+2, "c": -0.0, "d": 1.0, "o": {"k": [1.50, {"x": 2e3}]}}}]}',
        encoding="utf-8",
    )
    out = tmp_path / "out.gpkg"
    import_with_messages(source, out)
    assert _raw(out, "a", "b", "c", "d", "o_k") == [("1.10", "1E+2", "-0.0", "1.0", '[1.50, {"x": 2e3}]')]


def test_a_nested_property_never_takes_the_column_of_another(cartong_provider, tmp_path):
    source = _write(
        tmp_path / "clash.geojson",
        [{"hh": {"size": "5"}, "hh_size": "7", "name": "A"}, {"hh": {"size": "2"}, "hh_size": "3", "name": "B"}],
    )
    out = tmp_path / "clash.gpkg"
    result, warnings = import_with_messages(source, out)
    assert result["ROWS"] == 2
    assert _raw(out, "hh_size", "hh.size", "name") == [("7", "5", "A"), ("3", "2", "B")]
    (warning,) = [w for w in warnings if "hh.size" in w]
    assert "clash.geojson" in warning and "'hh_size'" in warning


def test_feature_ids_are_kept_beside_a_property_named_id(cartong_provider, tmp_path):
    source = tmp_path / "ids.geojson"
    features = [
        {"type": "Feature", "id": f"site-{n}", "geometry": None, "properties": {"id": f"p{n}", "name": f"S{n}"}}
        for n in (1, 2)
    ]
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    out = tmp_path / "ids.gpkg"
    import_with_messages(source, out)
    assert _raw(out, "id", "name", "id_2") == [("p1", "S1", "site-1"), ("p2", "S2", "site-2")]


def test_a_property_named_geometry_in_capitals_leaves_the_points(cartong_provider, tmp_path):
    source = _write(tmp_path / "caps.geojson", [{"Geometry": "point", "name": "A"}])
    out = tmp_path / "caps.gpkg"
    result, _warnings = import_with_messages(source, out)
    assert result["ROWS_WITHOUT_LOCATION"] == 0
    assert _raw(out, "Geometry", "geometry_wkt") == [("point", "POINT Z (18.5 4.4 100)")]
