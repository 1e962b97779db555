# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: write a protected copy of a survey layer for sharing, with a README."""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.base.errors import CartongError
from ..core.base.i18n import tr
from ..core.base.qgis_compat import field_names_parameter, mark_advanced
from .base import CartongAlgorithm

# Order of the LOCATION_MODE choices; the values are share_options.LOCATION_MODES names.
MODES = ("displace", "snap", "aggregate", "drop", "keep")


class ExportForSharingAlgorithm(CartongAlgorithm):
    NAME = "exportforsharing"
    GROUP_ID = "export"

    def displayName(self):
        return tr("Export for sharing")

    def shortHelpString(self):
        return tr(
            "Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen "
            "columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS "
            "authentication manager). Columns likely holding personal data at high risk (names, phone "
            "numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, "
            "recorded in the README). As in the wizard, columns identifying staff, devices, accounts or "
            "documents are pseudonymised unless you choose otherwise; when no key can be opened (a run "
            "without the QGIS window and no KEY_SOURCE) they are removed instead. Links and attachment "
            "names are removed. Points are moved at "
            "random between a minimum and a maximum distance, snapped to a grid, removed, or replaced "
            "by counts per admin area where counts below k are hidden, with other counts hidden so "
            "none can be worked out from the totals. Columns repeating the exact location are "
            "removed whenever points are protected. Rare combinations of the columns an outsider could know "
            "(area, sex, age, household size...) are blanked until each is shared by k rows. Submissions "
            "whose consent was refused are left out, and so are the rows of repeat tables that belong to them. "
            "A KoboToolbox validation status keeps the status, not who validated. A layer with a filter "
            "shares only the submissions it shows, and says so. What was done is recorded in the table "
            "cartong_protection and in a README in English and French beside the file."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer("INPUT", tr("Survey layer"), [QgsProcessing.SourceType.TypeVector])
        )
        self.addParameter(
            QgsProcessingParameterField(
                "DROP_FIELDS", tr("Columns to remove"), None, "INPUT", allowMultiple=True, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "PSEUDONYMISE_FIELDS",
                tr("Columns to replace by pseudonyms"),
                None,
                "INPUT",
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "KEEP_FIELDS",
                tr("Columns at high risk to keep anyway (not recommended; written in the README)"),
                None,
                "INPUT",
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "QUASI_IDENTIFIERS",
                tr("Columns an outsider could know (rare combinations are blanked)"),
                None,
                "INPUT",
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterAuthConfig(
                "KEY_AUTHCFG", tr("Pseudonymisation key (empty: your default key, created if needed)"), optional=True
            )
        )
        self.addParameter(
            mark_advanced(
                QgsProcessingParameterString(
                    "KEY_SOURCE",
                    tr(
                        "Or a key kept outside QGIS: env:VARIABLE or file:PATH holding 64 hexadecimal "
                        "characters (runs without a desktop; no master password asked)"
                    ),
                    optional=True,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "LOCATION_MODE",
                tr("Protection of locations"),
                [
                    tr("Move points at random (displace)"),
                    tr("Snap points to a grid"),
                    tr("Count by admin area (small counts hidden)"),
                    tr("Remove locations"),
                    tr("Keep exact locations (not recommended)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MIN_DISTANCE",
                tr("Smallest displacement (m)"),
                QgsProcessingParameterNumber.Type.Double,
                250.0,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_DISTANCE",
                tr("Largest displacement (m)"),
                QgsProcessingParameterNumber.Type.Double,
                2000.0,
                minValue=2.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "GRID_SIZE", tr("Grid cell size (m)"), QgsProcessingParameterNumber.Type.Double, 1000.0, minValue=1.0
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "AREA_FIELD", tr("Admin area column (P-codes) for counts"), "admin2", "INPUT", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "CATEGORY_FIELD", tr("Question to count answers of (optional)"), None, "INPUT", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "K", tr("Smallest count shown (k)"), QgsProcessingParameterNumber.Type.Integer, 5, minValue=2
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "BOUNDARIES",
                tr("Admin areas: for the counts, or to keep moved points in their area (optional)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "BOUNDARIES_CODE_FIELD",
                tr("P-code field of the admin areas"),
                "adm2_pcode",
                "BOUNDARIES",
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean("STRIP_LINKS", tr("Remove links and attachment names"), True))
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("Shared file"), tr("GeoPackage (*.gpkg);;CSV (*.csv)"))
        )
        self.addOutput(QgsProcessingOutputFile("README", tr("README beside the shared file")))
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows written")))
        self.addOutput(
            QgsProcessingOutputString(
                "HIGH_RISK_REMOVED", tr("Columns at high risk removed by default (comma-separated)")
            )
        )
        self.addOutput(
            QgsProcessingOutputString(
                "HIGH_RISK_KEPT", tr("Columns at high risk kept by your choice (comma-separated)")
            )
        )

    def execute(self, parameters, context, feedback):
        from ..core.protection.pseudonymise import (
            default_key,
            displacement_secret,
            key_from_named_source,
            load_key,
        )
        from ..core.protection.share_export import export_for_sharing
        from ..core.protection.share_options import ShareOptions

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        pseudonymise = field_names_parameter(self, parameters, "PSEUDONYMISE_FIELDS", context)
        key, named = None, False
        authcfg = self.parameterAsString(parameters, "KEY_AUTHCFG", context)
        source = self.parameterAsString(parameters, "KEY_SOURCE", context)
        mode = MODES[self.parameterAsEnum(parameters, "LOCATION_MODE", context)]
        # a key named for the export also fixes the displaced points' offsets (the same on every machine)
        if authcfg and (pseudonymise or mode == "displace"):
            key, named = load_key(authcfg), True
        elif source and (pseudonymise or mode == "displace"):
            key, named = key_from_named_source(source, feedback), True
        elif pseudonymise:
            key = default_key()[1]
        problems: list[str] = []

        def key_for_defaults():
            """The key for the identifiers pseudonymised by default (the wizard's start state)."""
            try:
                if key:
                    return key
                if authcfg:
                    return load_key(authcfg)
                if source:
                    return key_from_named_source(source, feedback)
                if QgsApplication.platform() == "qgis_process":  # no master password can be asked
                    raise CartongError(tr("a run without the QGIS window cannot open your default key"))
                return default_key()[1]
            except CartongError as err:
                problems.append(str(err))
                raise

        options = ShareOptions(
            drop_columns=field_names_parameter(self, parameters, "DROP_FIELDS", context),
            pseudonymise_columns=pseudonymise,
            key=key if pseudonymise else None,
            displacement_secret=displacement_secret(key) if named else None,
            location_mode=mode,
            min_distance_m=self.parameterAsDouble(parameters, "MIN_DISTANCE", context),
            max_distance_m=self.parameterAsDouble(parameters, "MAX_DISTANCE", context),
            grid_size_m=self.parameterAsDouble(parameters, "GRID_SIZE", context),
            area_field=self.parameterAsString(parameters, "AREA_FIELD", context) or "admin2",
            category_field=self.parameterAsString(parameters, "CATEGORY_FIELD", context) or "",
            k=self.parameterAsInt(parameters, "K", context),
            boundaries=self.parameterAsVectorLayer(parameters, "BOUNDARIES", context),
            boundaries_code_field=self.parameterAsString(parameters, "BOUNDARIES_CODE_FIELD", context) or "adm2_pcode",
            strip_links=self.parameterAsBool(parameters, "STRIP_LINKS", context),
            quasi_identifiers=field_names_parameter(self, parameters, "QUASI_IDENTIFIERS", context),
            keep_columns=field_names_parameter(self, parameters, "KEEP_FIELDS", context),
            key_for_defaults=key_for_defaults,
        )
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        report = export_for_sharing(layer, output, options, feedback)
        from ..core.protection.share_readme import action_sentence

        for action in report.actions:  # as the README says it, not the step's internal name
            feedback.pushInfo(action_sentence(action))
        from ..core.protection.share_refusals import ACTION, refusals_sentence
        from ..core.protection.share_refused_repeats import ACTION as REFUSED_ROWS
        from ..core.protection.share_refused_repeats import repeat_refusals_sentence

        for action in report.actions:  # a default with no option: said in the user's language
            if action["action"] == ACTION:
                feedback.pushInfo(refusals_sentence(action["rows_affected"], ", ".join(action["columns"])))
            elif action["action"] == REFUSED_ROWS:
                feedback.pushInfo(
                    repeat_refusals_sentence(
                        action["rows_affected"], ", ".join(action["columns"]), action["parameters"]["table"]
                    )
                )
        removed = _columns_of(report.actions, "drop_high_risk_columns")
        kept = _columns_of(report.actions, "keep_high_risk_columns")
        if removed:
            feedback.pushInfo(
                tr(
                    "Columns likely holding personal data at high risk were removed by default: "
                    "{columns}. To share them, pseudonymise them (PSEUDONYMISE_FIELDS) or keep them "
                    "(KEEP_FIELDS)."
                ).format(columns=", ".join(removed))
            )
        if kept:
            feedback.pushWarning(
                tr(
                    "Columns likely holding personal data at high risk were kept as you chose: "
                    "{columns}. The README says so; share the file only under a data sharing "
                    "agreement."
                ).format(columns=", ".join(kept))
            )
        unkeyed = _columns_of(report.actions, "drop_identifiers_without_key")
        if unkeyed:
            feedback.pushWarning(
                tr(
                    "The columns {columns} identify staff, devices, accounts or documents and are pseudonymised "
                    "by default, but no pseudonymisation key could be opened ({reason}): they were removed "
                    "instead. To share them as pseudonyms, name a key with KEY_SOURCE (file:... or env:...) or "
                    "KEY_AUTHCFG; to keep them as they are, list them in KEEP_FIELDS."
                ).format(columns=", ".join(unkeyed), reason=problems[-1] if problems else tr("none was given"))
            )
        return {
            "OUTPUT": str(report.output),
            "README": str(report.readme),
            "ROWS": report.rows,
            "HIGH_RISK_REMOVED": ",".join(removed),
            "HIGH_RISK_KEPT": ",".join(kept),
        }


def _columns_of(actions: list[dict], kind: str) -> list[str]:
    return [column for action in actions if action["action"] == kind for column in action.get("columns", [])]
