# SPDX-License-Identifier: GPL-3.0-or-later
"""Test helpers for the checks: the sample survey as the checks see it, and its gazetteer/areas.

Until the importer writes a typed `survey` layer, the sample Kobo CSV is read with pandas (all
text, as in `raw_survey`) and group prefixes are stripped, as the `survey` layer names columns.
"""

from __future__ import annotations

import csv
from pathlib import Path

from cartong_plugin.core.cleaning.checks import ChecksConfig
from cartong_plugin.core.cleaning.checks.admin_names import Place
from cartong_plugin.core.cleaning.checks.gps import AdminAreas

PERIOD = ("2026-03-02", "2026-03-20")  # FAULTS.md: the collection period


def read_sample_survey(sample_dir: Path):
    import pandas as pd

    df = pd.read_csv(
        sample_dir / "household_survey_kobo.csv", sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig"
    )
    df = df.replace("", None)
    # bare names: drop group prefixes but keep the select_multiple split columns distinct
    renamed = {}
    for column in df.columns:
        parts = column.split("/")
        if len(parts) >= 3:
            renamed[column] = f"{parts[-2]}/{parts[-1]}"
        else:
            renamed[column] = parts[-1]
    return df.rename(columns=renamed)


def read_faults(sample_dir: Path) -> list[dict[str, str]]:
    with open(sample_dir / "faults.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def read_gazetteer(sample_dir: Path) -> tuple[Place, ...]:
    from osgeo import ogr

    ds = ogr.Open(str(sample_dir / "admin_boundaries.gpkg"))
    return tuple(
        Place(f.GetField("adm2_pcode"), f.GetField("adm2_name"), f.GetField("adm1_pcode"))
        for f in ds.GetLayerByName("admin2")
    )


def read_areas(sample_dir: Path) -> AdminAreas:
    return AdminAreas.from_ogr(sample_dir / "admin_boundaries.gpkg", "admin2", "adm2_pcode", "adm2_name")


def sample_config(sample_dir: Path, **changes) -> ChecksConfig:
    """What a user sets for the sample: collection period, admin-2 boundaries and gazetteer."""
    values = dict(
        period_start=PERIOD[0],
        period_end=PERIOD[1],
        admin_areas=read_areas(sample_dir),
        gazetteer=read_gazetteer(sample_dir),
    )
    values.update(changes)
    return ChecksConfig(**values)


REACH = "impact-initiatives+cleaningtools"


def read_reach_survey(real_data_dir: Path):
    """REACH's Iraq 2021 water survey (data-raw/data.xlsx read with GDAL), R-mangled names undone:
    ``X.U.FEFF.start`` -> ``start``, ``X_uuid`` -> ``_uuid``."""
    import pandas as pd

    from cartong_plugin.core.survey.xlsx_sheets import read_xlsx_sheets

    sheets = read_xlsx_sheets(real_data_dir / REACH / "data-raw" / "data.xlsx", what="data")
    headers, rows = next(iter(sheets.values()))
    df = pd.DataFrame(rows, columns=headers).replace("", None)

    def unmangle(name: str) -> str:
        name = name.removeprefix("X.U.FEFF.")
        return "_" + name[2:] if name.startswith("X_") else name

    return df.rename(columns=unmangle)


def run_checks_algorithm(parameters):
    """cartong:runchecks through QGIS's own run (what qgis_process does); (results, RecordingFeedback)."""
    from field_data import RecordingFeedback
    from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingContext

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:runchecks")
    feedback = RecordingFeedback()
    results, ok = QgsProcessingAlgorithm.run(algorithm, parameters, QgsProcessingContext(), feedback, {}, False)
    assert ok, feedback.errors
    return results, feedback


def import_sample(sample_dir: Path, gpkg: Path) -> Path:
    """The sample survey imported with its form into ``gpkg`` (layer ``survey``), as the importer writes it."""
    from cartong_plugin.core.survey.importer import import_survey

    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    return gpkg
