# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: run the data-quality checks on a survey layer and write the cleaning log."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.base.i18n import tr, trn
from ..core.base.qgis_compat import field_names_parameter
from ..core.survey.xlsform import xlsform_file_filter
from .base import CartongAlgorithm

# Check families in the order of the CHECKS enum (kept here so the provider loads without pandas).
CHECK_NAMES = ("duplicates", "missing", "outliers", "gps", "durations", "other_answers", "admin_names", "cascades")
ADMIN_PARENT_DEFAULT = "adm1_pcode"
COUNT_OUTPUTS = {
    "duplicates": "DUPLICATES",
    "missing": "MISSING",
    "outliers": "OUTLIERS",
    "gps": "GPS",
    "durations": "DURATIONS",
    "other_answers": "OTHER_ANSWERS",
    "admin_names": "ADMIN_NAMES",
    "cascades": "CASCADES",
}


def _check_titles():
    return [
        tr("Duplicates"),
        tr("Missing required answers"),
        tr("Outliers"),
        tr("GPS points"),
        tr("Interview durations and dates"),
        tr("'Other (specify)' answers"),
        tr("Typed admin names"),
        tr("Cascading selects"),
    ]


class RunChecksAlgorithm(CartongAlgorithm):
    NAME = "runchecks"
    GROUP_ID = "cleaning"
    WRITES_INTO_INPUT = ("OUTPUT_GPKG",)  # the cleaning_log table goes into the survey's GeoPackage

    def displayName(self):
        return tr("Run data-quality checks")

    def shortHelpString(self):
        return (
            tr(
                "Checks a survey layer (or table) for duplicated submissions, missing required answers, "
                "values out of range or unusual, GPS problems (missing, at 0,0, swapped, outside the admin "
                "areas, poor precision, in another area than answered), interview durations, collection "
                "dates and bursts, 'other (specify)' answers to recode, and typed admin names to match to "
                "P-codes. With the XLSForm the checks know required questions, skip logic and constraints. "
                "Each flagged value becomes a row of the cleaning log (uuid, question, old_value, "
                "new_value, issue, check_id, change_type...), written as the table 'cleaning_log' of the "
                "survey's GeoPackage (or of the GeoPackage you choose). Decisions already taken in an "
                "existing log are kept. The raw data is not changed."
            )
            + " "
            + tr(
                "With the XLSForm, answers of cascading selects outside their cascade are flagged too: an admin2 "
                "whose choice row names another admin1 than the one answered (the choice_filter admin1=${admin1})."
            )
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "INPUT", tr("Survey layer or table"), [QgsProcessing.SourceType.TypeVector]
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "FORM", tr("XLSForm (optional)"), fileFilter=xlsform_file_filter(), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "CHECKS",
                tr("Checks to run"),
                _check_titles(),
                allowMultiple=True,
                defaultValue=list(range(len(CHECK_NAMES))),
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "ADMIN",
                tr("Admin boundaries (area of interest, P-codes, gazetteer)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "ADMIN_CODE", tr("P-code field of the admin boundaries"), "adm2_pcode", "ADMIN", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "ADMIN_NAME", tr("Name field of the admin boundaries"), "adm2_name", "ADMIN", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "ADMIN_PARENT",
                tr("Parent P-code field of the admin boundaries"),
                ADMIN_PARENT_DEFAULT,
                "ADMIN",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterExtent(
                "EXTENT", tr("Area of interest when there are no admin boundaries (optional)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "DUPLICATE_KEYS",
                tr("Key fields that identify a household (optional)"),
                None,
                "INPUT",
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "OUTLIER_GROUP",
                tr("Compare numbers within groups of this field (optional)"),
                None,
                "INPUT",
                optional=True,
            )
        )
        number = QgsProcessingParameterNumber.Type.Double
        self.addParameter(
            QgsProcessingParameterNumber(
                "MIN_DURATION", tr("Shortest plausible interview (minutes)"), number, 10.0, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_DURATION", tr("Longest plausible interview (minutes)"), number, 120.0, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "PERIOD_START", tr("First day of data collection (YYYY-MM-DD, optional)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "PERIOD_END", tr("Last day of data collection (YYYY-MM-DD, optional)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_PRECISION", tr("Worst acceptable GPS precision (metres)"), number, 50.0, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "IQR_FACTOR", tr("Outlier fences: interquartile ranges beyond the quartiles"), number, 3.0, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber("ROBUST_Z", tr("Outlier threshold: robust z-score"), number, 3.5, minValue=0)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "BURST_COUNT",
                tr("Suspicious number of interviews by one device ..."),
                QgsProcessingParameterNumber.Type.Integer,
                4,
                minValue=2,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber("BURST_MINUTES", tr("... started within (minutes)"), number, 30.0, minValue=1)
        )
        self.addParameter(
            QgsProcessingParameterBoolean("KEEP_DECISIONS", tr("Keep the decisions of the existing cleaning log"), True)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT_GPKG",
                tr("GeoPackage for the cleaning log (empty: the survey's GeoPackage)"),
                tr("GeoPackage (*.gpkg)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "EXPORT_FILE",
                tr("Also export the log for field teams (CSV or XLSX, optional)"),
                tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(
            QgsProcessingOutputVectorLayer("OUTPUT_LAYER", tr("Cleaning log"), QgsProcessing.SourceType.TypeVector)
        )
        self.addOutput(QgsProcessingOutputNumber("ENTRIES", tr("Rows in the cleaning log")))
        self.addOutput(QgsProcessingOutputNumber("SUBMISSIONS", tr("Submissions flagged")))
        self.addOutput(QgsProcessingOutputNumber("PENDING", tr("Rows waiting for a decision")))
        for name, key in COUNT_OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(key, tr("Rows raised by the check: {check}").format(check=name)))
        self.addOutput(QgsProcessingOutputFile("EXPORTED", tr("Exported cleaning log")))

    def execute(self, parameters, context, feedback):
        from ..core.base.errors import CartongError
        from ..core.base.layer_filters import refuse_filtered
        from ..core.cleaning import log as cleaning_log
        from ..core.cleaning import log_files
        from ..core.cleaning.checks import ChecksConfig, run_checks, validate_config
        from ..core.cleaning.checks.layers import (
            areas_from_layer,
            gazetteer_from_layer,
            layer_geopackage,
            layer_table_name,
            layer_to_frame,
            refuse_repeat_table,
        )
        from ..core.cleaning.field_names import resolve_field_name, resolve_field_names
        from ..core.survey.xlsform import read_xlsform

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        refuse_repeat_table(layer)  # the log names submissions by _uuid: a repeat table is named, before any work
        # duplicates and outliers are found against the whole survey, and a merged log drops the pending rows of
        # the submissions not seen: a filtered layer is refused, not checked in part
        refuse_filtered(layer, for_checks=True)
        form_path = self.parameterAsFile(parameters, "FORM", context)
        form = read_xlsform(form_path) if form_path else None
        target = self.parameterAsFileOutput(parameters, "OUTPUT_GPKG", context)
        shared = None
        if not target and layer.providerType() == "postgres":  # a survey shared in PostGIS: its log goes there
            from ..core.teams.shared_log import layer_survey

            shared = layer_survey(layer.source())
        target = target or layer_geopackage(layer)
        if not target and shared is None:
            raise CartongError(
                tr("The layer {layer} is not in a GeoPackage: choose a GeoPackage for the cleaning log.").format(
                    layer=layer.name()
                )
            )
        # every output refused before anything is read or written: a run that fails writes nothing
        target = str(log_files.log_gpkg_path(target)) if target else target
        exported = self.parameterAsFileOutput(parameters, "EXPORT_FILE", context)
        keep = self.parameterAsBool(parameters, "KEEP_DECISIONS", context)
        edited = []  # decisions the field teams wrote into an earlier export: never overwritten unseen
        if exported:  # never the survey's own files, nor a sheet that is no log or whose decisions would go
            from ..core.cleaning.export_guard import export_decisions

            log_files.log_export_path(exported)
            edited = export_decisions(exported, keep, layer_geopackage(layer))
        enabled = tuple(CHECK_NAMES[i] for i in self.parameterAsEnums(parameters, "CHECKS", context))
        # names typed in qgis_process or a model are found among the layer's fields, or refused by name
        fields = layer.fields().names()
        keys = field_names_parameter(self, parameters, "DUPLICATE_KEYS", context)
        group = self.parameterAsString(parameters, "OUTLIER_GROUP", context) or ""
        values = {
            "enabled": enabled,
            "duplicate_keys": tuple(resolve_field_names(keys, fields, "DUPLICATE_KEYS", layer_table_name(layer))),
            "outlier_group": resolve_field_name(group, fields, "OUTLIER_GROUP", layer_table_name(layer)),
            "min_duration_min": self.parameterAsDouble(parameters, "MIN_DURATION", context),
            "max_duration_min": self.parameterAsDouble(parameters, "MAX_DURATION", context),
            "period_start": self.parameterAsString(parameters, "PERIOD_START", context).strip(),
            "period_end": self.parameterAsString(parameters, "PERIOD_END", context).strip(),
            "max_precision_m": self.parameterAsDouble(parameters, "MAX_PRECISION", context),
            "iqr_factor": self.parameterAsDouble(parameters, "IQR_FACTOR", context),
            "robust_z": self.parameterAsDouble(parameters, "ROBUST_Z", context),
            "burst_count": self.parameterAsInt(parameters, "BURST_COUNT", context),
            "burst_minutes": self.parameterAsDouble(parameters, "BURST_MINUTES", context),
        }
        validate_config(ChecksConfig(**values))  # before anything is read or written
        admin = self.parameterAsVectorLayer(parameters, "ADMIN", context)
        if admin is not None:
            code = self.parameterAsString(parameters, "ADMIN_CODE", context) or "adm2_pcode"
            name = self.parameterAsString(parameters, "ADMIN_NAME", context) or "adm2_name"
            parent = self.parameterAsString(parameters, "ADMIN_PARENT", context) or ""
            if parent and parent != ADMIN_PARENT_DEFAULT:  # the default is used only when the layer has it
                parent = resolve_field_name(parent, admin.fields().names(), "ADMIN_PARENT", layer_table_name(admin))
            values["admin_areas"] = areas_from_layer(admin, code, name)
            values["gazetteer"] = gazetteer_from_layer(admin, code, name, parent)
            _warn_shared_codes(admin, values["gazetteer"], feedback)
        elif parameters.get("EXTENT"):
            extent = self.parameterAsExtent(parameters, "EXTENT", context, QgsCoordinateReferenceSystem("EPSG:4326"))
            if not extent.isNull():
                values["bbox"] = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        config = ChecksConfig(**values)

        feedback.pushInfo(tr("Reading {layer}...").format(layer=layer.name()))
        df = layer_to_frame(layer, feedback)

        def progress(fraction, check):
            if feedback.isCanceled():
                raise CartongError(tr("Cancelled."))
            feedback.setProgress(20 + 70 * fraction)
            titles = dict(zip(CHECK_NAMES, _check_titles()))  # the family's name as the user reads it
            feedback.pushInfo(tr("Check: {check}").format(check=titles.get(check, check)))

        timings, notes = {}, []
        entries = run_checks(df, form, config, progress=progress, timings=timings, notes=notes)
        counts = {name: 0 for name in CHECK_NAMES}
        for entry in entries:
            family = entry.check_id.split(".")[0]
            counts[family] = counts.get(family, 0) + 1
        for name in enabled:
            feedback.pushInfo(
                tr("{check}: {count} rows ({seconds} s)").format(
                    check=name, count=counts[name], seconds=f"{timings.get(name, 0):.2f}"
                )
            )
        for note in notes:  # what was not checked: a silent skip would read as "no problem"
            feedback.pushWarning(note)
        if shared is not None:
            entries, uri = _write_shared(shared, layer.source(), entries, keep, feedback)
        else:
            if keep:
                from pathlib import Path

                previous = log_files.read_log_from_gpkg(target) if Path(target).exists() else []
                previous, conflicts = cleaning_log.carry_decisions(previous, edited)
                if conflicts:
                    raise CartongError(_conflicts_sentence(exported, target, conflicts, previous))
                entries = cleaning_log.merge_logs(previous, entries)
            log_files.write_log_to_gpkg(entries, target)
            uri = f"{target}|layername={cleaning_log.LOG_LAYER}"
        if exported:
            _refuse_lost_decisions(exported, cleaning_log.missing_decisions(edited, entries))
            log_files.export_log(entries, exported)
            warning = log_files.export_warning(entries, exported)
            if warning:
                feedback.pushWarning(warning)
        feedback.setProgress(100)
        context.addLayerToLoadOnCompletion(
            uri, QgsProcessingContext.LayerDetails(cleaning_log.LOG_LAYER, context.project(), "OUTPUT_LAYER")
        )
        results = {
            "OUTPUT_GPKG": target or None,
            "OUTPUT_LAYER": uri,
            "ENTRIES": len(entries),
            "SUBMISSIONS": len({e.uuid for e in entries}),
            "PENDING": sum(1 for e in entries if e.change_type == cleaning_log.PENDING),
            "EXPORTED": exported or None,
        }
        results.update({key: counts[name] for name, key in COUNT_OUTPUTS.items()})
        return results


def _refuse_lost_decisions(exported, lost) -> None:
    """An export file whose decisions the new log lacks (a shared log keeps its own decisions first) is left
    as the teams filled it."""
    from ..core.base.errors import CartongError

    if lost:
        raise CartongError(
            trn(
                "The export file {file} holds %n decision that the new cleaning log does not (first: row "
                "{row}): the file was not replaced. Bring its decisions into the log, or export to another file.",
                "The export file {file} holds %n decisions that the new cleaning log does not (first: row "
                "{row}): the file was not replaced. Bring its decisions into the log, or export to another file.",
                len(lost),
            ).format(file=exported, row=lost[0].row),
            path=str(exported),
        )


def _conflicts_sentence(exported, target, conflicts, previous) -> str:
    from ..core.cleaning.log import decision

    first = conflicts[0]
    known = next(e for e in previous if e.key() == first.key() and e.change_type != "pending")
    return trn(
        "The export file {file} holds %n decision that differs from the cleaning log of {gpkg} (first: row {row}, "
        "{uuid}, {question}: '{decision}' in the file, '{logged}' in the log). Nothing was written: make them "
        "agree, or export to another file.",
        "The export file {file} holds %n decisions that differ from the cleaning log of {gpkg} (first: row {row}, "
        "{uuid}, {question}: '{decision}' in the file, '{logged}' in the log). Nothing was written: make them "
        "agree, or export to another file.",
        len(conflicts),
    ).format(
        file=exported,
        gpkg=target,
        row=first.row,
        uuid=first.uuid,
        question=first.question,
        decision=" ".join(filter(None, decision(first))),
        logged=" ".join(filter(None, decision(known))),
    )


def _write_shared(shared, source: str, entries, keep: bool, feedback):
    """The log written into the survey's PostGIS schema; (the log as it now is, the URI of its table)."""
    from qgis.core import QgsDataSourceUri

    from ..core.cleaning.log import LOG_LAYER
    from ..core.teams.shared_log import write_shared_log

    target, schema = shared
    report = write_shared_log(target, schema, entries, keep_decisions=keep)
    feedback.pushInfo(
        tr(
            "Cleaning log of {schema} in {target}: {kept} rows kept with their decisions, {new} new, "
            "{gone} no longer raised removed."
        ).format(schema=schema, target=target.label, kept=report.kept, new=report.inserted, gone=report.deleted)
    )
    uri = QgsDataSourceUri(source)
    uri.setDataSource(schema, LOG_LAYER, None, "", "fid")
    return report.entries, "postgres://" + uri.uri(False)


def _warn_shared_codes(admin, gazetteer, feedback) -> None:
    """Say which P-codes several areas of the admin layer share: points in either area get that code."""
    from collections import Counter

    shared = {code: n for code, n in Counter(place.pcode for place in gazetteer).items() if code and n > 1}
    if shared:
        codes = sorted(shared)
        feedback.pushWarning(
            tr(
                "The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. "
                "The P-code checks cannot tell these areas apart; check the boundaries."
            ).format(
                layer=admin.name(),
                count=len(codes),
                codes=", ".join(
                    tr("{code} ({count} areas)").format(code=code, count=shared[code]) for code in codes[:10]
                )
                + (" ..." if len(codes) > 10 else ""),
            )
        )
