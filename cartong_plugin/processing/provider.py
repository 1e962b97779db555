# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``cartong`` Processing provider."""

from __future__ import annotations

import importlib

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.base.i18n import tr
from ..core.base.paths import icon_path

# "module:Class" of every algorithm; modules are light (core is imported inside run()).
ALGORITHMS = [
    "import_survey:ImportSurveyAlgorithm",
    "download_kobo:DownloadKoboAlgorithm",
    "download_odk:DownloadOdkAlgorithm",
    "count_by_admin:CountByAdminAlgorithm",
    "export_map:ExportMapAlgorithm",
    "detect_personal_data:DetectPersonalDataAlgorithm",
    "export_for_sharing:ExportForSharingAlgorithm",
    "run_checks:RunChecksAlgorithm",
    "apply_log:ApplyCleaningLogAlgorithm",
    "offline_basemap:OfflineBasemapAlgorithm",
    "prepare_field_package:PrepareFieldPackageAlgorithm",
    "merge_field_package:MergeFieldPackageAlgorithm",
    "survey_to_postgis:SurveyToPostgisAlgorithm",
    "survey_to_geopackage:SurveyToGeopackageAlgorithm",
    "review_sheet:ExportReviewSheetAlgorithm",
    "review_sheet:SaveDecisionsAlgorithm",
]


def algorithm_classes():
    for entry in ALGORITHMS:
        module_name, class_name = entry.split(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        yield getattr(module, class_name)


class CartongProvider(QgsProcessingProvider):
    def id(self):
        return "cartong"

    def name(self):
        return tr("CartONG Toolkit")

    def longName(self):  # noqa: N802
        return tr("CartONG Toolkit: survey data import, cleaning and maps")

    def icon(self):
        return QIcon(icon_path())

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
