# SPDX-License-Identifier: GPL-3.0-or-later
"""Survey points with a numeric answer (``hh_size``), inside real CAR admin-2 areas.

For the mean/median maps: each test knows every number answered in each area.
"""

from __future__ import annotations

from pathlib import Path

from osgeo import ogr

from tests.mapdata import write_survey_points

# 10 answers (mean 5.5, median 5.5); 3 (below a threshold of 5); 5 (mean 4, median 2);
# 6 submissions of which 2 left the question empty: 4 answers, below the threshold.
NUMBERS = {
    "CF111": list(range(1, 11)),
    "CF112": [4, 5, 6],
    "CF113": [2, 2, 2, 2, 12],
    "CF114": [3, 3, 3, 3, None, None],
}


def write_numeric_survey(path: Path, numbers: dict[str, list] = NUMBERS, seed: int = 11) -> Path:
    """``write_survey_points`` plus an integer field ``hh_size`` holding ``numbers`` (None: empty)."""
    write_survey_points(path, {code: ["well"] * len(values) for code, values in numbers.items()}, seed=seed)
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("survey")
    layer.CreateField(ogr.FieldDefn("hh_size", ogr.OFTInteger))
    left = {code: list(values) for code, values in numbers.items()}
    features = [f for f in layer]
    for feature in features:
        value = left[feature.GetField("admin2")].pop(0)
        if value is not None:
            feature.SetField("hh_size", value)
        layer.SetFeature(feature)
    ds = None
    return path
