# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: count survey submissions per admin area (by location or by P-code), the share
of an answer, or the mean or median of a numeric question."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.base.i18n import tr, trn
from .base import CartongAlgorithm


class CountByAdminAlgorithm(CartongAlgorithm):
    NAME = "countbyadmin"
    GROUP_ID = "maps"

    def displayName(self):
        return tr("Count submissions by admin area")

    def shortHelpString(self):
        return tr(
            "Counts the survey points in each admin area (field submissions). Points are placed "
            "by their location, or by a P-code field when one is chosen (points without GPS are "
            "then counted too). Optionally counts the submissions giving one answer to a question "
            "and its share in percent of those answering it; areas where fewer submissions than the "
            "threshold answered get neither "
            "the count of the answer nor its percentage, only the status 'insufficient', so small "
            "numbers do not mislead or tell what a few households answered. "
            "STATISTIC mean or median with a numeric question gives its mean (field value_mean) "
            "or median (value_median) per area, under the same rule: areas with fewer answers "
            "than the threshold get no value but the status 'insufficient'."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer("POINTS", tr("Survey submissions"), [QgsProcessing.SourceType.TypeVector])
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "ADMIN", tr("Admin areas (polygons with P-codes)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        # Optional so that its default applies when omitted (QGIS 3.22 rejects a missing field value).
        self.addParameter(
            QgsProcessingParameterField(
                "ADMIN_CODE", tr("P-code field of the admin areas"), "adm2_pcode", "ADMIN", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "ADMIN_NAME", tr("Name field of the admin areas"), "adm2_name", "ADMIN", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "JOIN_FIELD",
                tr("P-code field of the submissions (empty: join by location)"),
                None,
                "POINTS",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "ANSWER_FIELD", tr("Question for a share of answers (optional)"), None, "POINTS", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString("ANSWER_VALUE", tr("Answer to count (choice name)"), optional=True)
        )
        # A code rather than an enum (QGIS 3.22 enums take only indexes): STATISTIC=median reads better.
        self.addParameter(
            QgsProcessingParameterString(
                "STATISTIC",
                tr(
                    "Statistic: count, share (of the answer), mean or median (of the numeric question); "
                    "empty: share when a question is given, else count"
                ),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "VALUE_FIELD",
                tr("Numeric question for a mean or median (optional)"),
                None,
                "POINTS",
                QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MIN_COUNT",
                tr("Fewest submissions for a percentage"),
                QgsProcessingParameterNumber.Type.Integer,
                5,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Submissions per admin area"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )

    def execute(self, parameters, context, feedback):
        from ..core.maps import aggregate
        from ..core.maps.area_warnings import area_warnings, duplicates_warning, outside_warning
        from ..core.maps.pcodes import loose_matches_warning, unmatched_warning

        points = self.parameterAsVectorLayer(parameters, "POINTS", context)
        admin = self.parameterAsVectorLayer(parameters, "ADMIN", context)
        code_field = self.parameterAsString(parameters, "ADMIN_CODE", context) or "adm2_pcode"
        join_field = self.parameterAsString(parameters, "JOIN_FIELD", context) or None
        answer_field = self.parameterAsString(parameters, "ANSWER_FIELD", context) or None
        answer_value = self.parameterAsString(parameters, "ANSWER_VALUE", context) or None
        min_count = self.parameterAsInt(parameters, "MIN_COUNT", context)
        name_field = self.parameterAsString(parameters, "ADMIN_NAME", context)
        if name_field:
            aggregate.require_field(admin, name_field, tr("admin name"))

        value_field = self.parameterAsString(parameters, "VALUE_FIELD", context) or None
        statistic = aggregate.check_statistic(
            self.parameterAsString(parameters, "STATISTIC", context), answer_field, value_field
        )
        spellings: tuple[str, ...] = ()
        if statistic != aggregate.STAT_SHARE:
            answer_field = answer_value = None
        elif answer_field and answer_value:
            from ..core.maps.answer_checks import resolve_answer

            aggregate.require_field(points, answer_field, tr("question"))
            # an answer no submission gives maps 0 % everywhere: its code when it is one written
            # otherwise or a label, else a warning naming the answers given; the answer written with
            # other capitals too is counted in each spelling, and said
            answer_value, spellings, warnings = resolve_answer(points, answer_field, answer_value)
            for warning in warnings:
                feedback.pushWarning(warning)
        counts = aggregate.count_points_by_admin(
            points,
            admin,
            code_field,
            join_field,
            answer_field,
            answer_value,
            feedback,
            value_field=value_field if statistic in aggregate.NUMBER_STATISTICS else None,
            answer_spellings=spellings,
        )
        with_answer = statistic == aggregate.STAT_SHARE
        if counts.duplicates:
            feedback.pushWarning(duplicates_warning(admin, counts))
        for warning in area_warnings(admin, counts, name_field or None):
            feedback.pushWarning(warning)
        if not join_field and counts.outside:  # by P-code, the unknown codes are said by unmatched_warning
            feedback.pushWarning(outside_warning(points, admin, counts.outside, counts.total))
        for warning in (unmatched_warning(counts.pcodes, admin.name()), loose_matches_warning(counts.pcodes)):
            if warning:
                feedback.pushWarning(warning)
        for warning in counts.numbers.warnings() if counts.numbers is not None else ():
            feedback.pushWarning(warning)
        if with_answer and counts.total > sum(counts.answered.values()):
            feedback.pushInfo(
                trn(
                    "%n submission gave no answer to {question} (skipped or refused): each share is of the "
                    "submissions that answered, and the threshold counts them only.",
                    "%n submissions gave no answer to {question} (skipped or refused): each share is of the "
                    "submissions that answered, and the threshold counts them only.",
                    counts.total - sum(counts.answered.values()),
                ).format(question=answer_field)
            )
        from ..core.maps.extents import has_crs, no_crs_message

        if join_field and not has_crs(admin.crs()):  # by location it is refused (count_points_by_admin)
            feedback.pushWarning(
                no_crs_message(admin)
                + " "
                + tr("The submissions were counted by their P-code, but the result cannot be mapped until it is set.")
            )
        fields = aggregate.admin_count_fields(admin, with_answer, statistic)
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context) or ""
        from ..core.base.outputs import source_file
        from ..core.base.provenance import layer_provenance
        from ..core.maps.counts_layer import COUNTED_PROPERTY, SHAPEFILE_NAME_WIDTH, counted_description
        from .atomic_sink import atomic_sink

        target = str(source_file(output) or "").lower()
        into_gpkg = target.endswith(".gpkg")
        cut = [f.name() for f in fields if len(f.name()) > SHAPEFILE_NAME_WIDTH]  # type: ignore[attr-defined]
        if target.endswith((".shp", ".dbf")) and cut:
            feedback.pushWarning(
                tr(
                    "A Shapefile cuts field names to 10 characters ({fields}): the map export finds them under "
                    "their cut names, but other tools may not, and the file cannot record the threshold and "
                    "the sources of the counts. A GeoPackage (.gpkg) keeps all of them."
                ).format(fields=", ".join(f"{name} -> {name[:SHAPEFILE_NAME_WIDTH]}" for name in cut))
            )
        # A GeoPackage records what was counted (the map of answer_count names the answer) and from which
        # table of which file (raw or cleaned survey, with its SHA-256), as a shared copy records it; a
        # temporary layer keeps the same record as a custom property (its map's legend and sources read it)
        recorded = into_gpkg or not target
        sources = {"submissions": layer_provenance(points), "admin_areas": layer_provenance(admin)} if recorded else {}
        description = counted_description(
            answer_field,
            answer_value,
            value_field if statistic in aggregate.NUMBER_STATISTICS else None,
            {role: source.as_dict() for role, source in sources.items()},
            min_count,
        )
        layer_options = [f"DESCRIPTION={description}"] if description and into_gpkg else []
        # written to a temporary file renamed when whole: a failed run keeps the previous output
        with atomic_sink(
            self,
            parameters,
            "OUTPUT",
            context,
            fields,
            aggregate.admin_count_type(admin, counts),
            admin.crs(),
            layer_options,
        ) as written:
            for feature in aggregate.admin_count_features(admin, counts, code_field, with_answer, min_count, statistic):
                if feedback.isCanceled():
                    break
                written.sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            written.close()
            if feedback.isCanceled():
                from ..core.base.errors import CartongError

                raise CartongError(tr("Cancelled: the counts were not written."))
        dest_id = written.dest_id
        if description and not into_gpkg and recorded:
            from qgis.core import QgsProcessingUtils

            layer = QgsProcessingUtils.mapLayerFromString(dest_id, context, False)  # the one in memory
            if layer is not None:
                layer.setCustomProperty(COUNTED_PROPERTY, description)
        # One sentence per number: each gets the plural form its own count needs ("1 submission").
        areas = sum(1 for n in counts.counts.values() if n)
        summary = (
            trn(
                "%n submission was counted in {areas}.", "%n submissions were counted in {areas}.", counts.total
            ).format(areas=trn("%n area", "%n areas", areas)),
            trn(
                "%n submission is outside every area or has an unknown P-code.",
                "%n submissions are outside every area or have an unknown P-code.",
                counts.outside,
            ),
            trn(
                "%n submission has no location or P-code.",
                "%n submissions have no location or P-code.",
                counts.no_location,
            ),
        )
        feedback.pushInfo(" ".join(summary))
        return {
            "OUTPUT": dest_id,
            "FIELD": aggregate.statistic_field(statistic),
            "TOTAL": counts.total,
            "OUTSIDE": counts.outside,
            "NO_LOCATION": counts.no_location,
            "DUPLICATE_CODES": ",".join(sorted(counts.duplicates)),
        }
