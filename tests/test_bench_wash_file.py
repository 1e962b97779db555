# SPDX-License-Identifier: GPL-3.0-or-later
"""The import benchmark's second file (tests/bench/generate_wash.py) imports whole, as a user runs it.

Other group prefixes (hh_roster/, wash/hygiene/), a geopoint in a group, long and accented names,
select_multiple 0/1 columns, calculate, text with commas, quotes and newlines: with its form and
without, no warning beyond "no form", every exported column reaches the typed layer, values intact.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer
from real_imports import csv_rows, import_with_messages, query

BENCH = Path(__file__).resolve().parent / "bench"


def _generate(rows, folder):
    spec = importlib.util.spec_from_file_location("generate_wash", BENCH / "generate_wash.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, *module.generate(rows, folder)


@pytest.mark.parametrize("with_form", [True, False], ids=["form", "no_form"])
def test_wash_file_imports_every_column(cartong_provider, tmp_path, with_form):
    module, data, form = _generate(200, tmp_path / "wash")
    output = tmp_path / "wash.gpkg"
    result, warnings = import_with_messages(data, output, form if with_form else None)
    assert result["ROWS"] == 200
    assert {"enumerator_name", "gps_point"} <= set(result["HIGH_RISK_COLUMNS"].split(","))
    import_warnings = [w for w in warnings if not w.startswith("Personal data at high risk")]  # the notice above
    assert len(import_warnings) == (0 if with_form else 1), import_warnings
    layer = QgsVectorLayer(f"{output}|layername=survey", "survey", "ogr")
    fields = set(layer.fields().names())
    header, *rows = csv_rows(data)
    arrived = dict(query(output, "SELECT received_name, typed_column FROM cartong_columns"))
    assert set(arrived) == set(header)  # every exported column, once
    assert set(arrived.values()) <= fields
    assert result["ROWS"] - result["ROWS_WITHOUT_LOCATION"] == sum(1 for f in layer.getFeatures() if f.hasGeometry())
    assert 0 < result["ROWS_WITHOUT_LOCATION"] < 30
    # values as exported: accents, commas, quotes, newlines, decimals, 0/1 columns
    by_uuid = {f["_uuid"]: f for f in layer.getFeatures()}
    column = header.index
    for row in rows:
        feature = by_uuid[row[column("_uuid")]]
        assert (feature[arrived["wash/comments"]] or "") == row[column("wash/comments")]
        assert (feature[arrived["intro/localité"]] or "") == row[column("intro/localité")]
        assert feature[arrived["livelihoods/assets/solar_panel"]] == int(row[column("livelihoods/assets/solar_panel")])
        assert feature[arrived["hh_roster/head_weight_kg"]] == pytest.approx(
            float(row[column("hh_roster/head_weight_kg")])
        )
    # a choice column is named after its question, with the form or without (never the bare "none")
    assert arrived["wash/water_treatment/none"] == "water_treatment_none"
    assert arrived["livelihoods/assets/solar_panel"] == "assets_solar_panel"
    if with_form:
        questions = {name for type_, name, *_ in module.FORM if type_ not in ("begin_group", "end_group")}
        assert questions <= fields
        assert layer.fields().field(arrived["hh_roster/head_birthdate"]).isDateOrTime()
        labels = {f["localité"]: f["localité_label"] for f in layer.getFeatures()}
        assert labels["bégoua"] == "Bégoua"
