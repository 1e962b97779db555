# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: a print-ready map (choropleth + points) exported to PDF, PNG or SVG."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.base.i18n import tr, trn
from .base import CartongAlgorithm

LANGUAGES = ["en", "fr", "es", "pt", "ar"]  # core.maps.map_texts.LANGUAGES (not imported: the provider loads fast)
PAGES = ["a4_landscape", "a4_portrait", "a3_landscape", "a3_portrait"]
METHODS = ["quantile", "jenks", "equal", "pretty", "manual"]
BACKGROUNDS = ["offline", "osm"]
MAP_TYPES = ["choropleth", "circles", "heatmap"]


class ExportMapAlgorithm(CartongAlgorithm):
    NAME = "exportmappdf"
    GROUP_ID = "export"

    def displayName(self):
        return tr("Export a print-ready map (PDF)")

    def shortHelpString(self):
        return tr(
            "Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey "
            "points on top, in a print layout with title, legend, scale bar, north arrow, overview "
            "map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. "
            "Class limits can be given by hand (BREAKS, e.g. 10, 20, 50). A heatmap shows where the "
            "survey points concentrate instead. "
            "The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the "
            "chosen language."
        )

    def flags(self):
        # Layouts are Qt graphics scenes: build and export them on the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "POLYGONS", tr("Admin areas with a count"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        # Optional so that its default applies when omitted (QGIS 3.22 rejects a missing field value).
        self.addParameter(
            QgsProcessingParameterField(
                "COUNT_FIELD",
                tr("Value to map"),
                "submissions",
                "POLYGONS",
                QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "POINTS", tr("Survey points (optional)"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "BOUNDARIES",
                tr("Upper admin level boundaries (optional)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterString("SUBTITLE", tr("Subtitle"), optional=True))
        self.addParameter(QgsProcessingParameterString("SOURCES", tr("Data sources"), optional=True))
        self.addParameter(QgsProcessingParameterString("AUTHOR", tr("Map author"), "CartONG", optional=True))
        self.addParameter(QgsProcessingParameterString("LEGEND_TITLE", tr("Legend title"), optional=True))
        # Codes rather than enums: QGIS 3.22 enums take only indexes, and scripts, the demo and
        # qgis_process read better with LANGUAGE=fr PAGE=a3_portrait METHOD=jenks.
        self.addParameter(
            QgsProcessingParameterString(
                "LANGUAGE",
                tr(
                    "Language of the map texts: en (English), fr (French), es (Spanish), pt (Portuguese) "
                    "or ar (Arabic, laid out right to left)"
                ),
                "en",
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "PAGE", tr("Page: a4_landscape, a4_portrait, a3_landscape or a3_portrait"), "a4_landscape"
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "MAP_TYPE",
                tr(
                    "Map type: choropleth (areas in colour classes), circles (proportional symbols) or "
                    "heatmap (density of the survey points, admin areas as outlines)"
                ),
                "choropleth",
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "METHOD",
                tr("Classes: quantile (equal count), jenks (natural breaks), equal (intervals) or pretty"),
                "quantile",
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "BREAKS",
                tr(
                    "Class limits of your own, e.g. 10, 20, 50 (replace the METHOD; with ';' between "
                    "limits, a comma is a decimal comma)"
                ),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "CLASSES", tr("Number of classes"), QgsProcessingParameterNumber.Type.Integer, 5, minValue=2, maxValue=7
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
            QgsProcessingParameterBoolean("LABELS", tr("Write the admin names (field below) where they fit"), False)
        )
        self.addParameter(
            QgsProcessingParameterBoolean("ATLAS", tr("Atlas: one page per admin area with data (PDF only)"), False)
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "ATLAS_FILES",
                tr(
                    "Atlas as one PDF per area, named by its P-code and name (CF111_Bimbo.pdf), in a folder named "
                    "after the map file"
                ),
                False,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "ADMIN_CODE", tr("P-code field naming the atlas pages"), "adm2_pcode", "POLYGONS", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "ADMIN_NAME",
                tr("Name field of the admin areas (labels, atlas pages)"),
                "adm2_name",
                "POLYGONS",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "BACKGROUND",
                tr(
                    "Background: offline (bundled Natural Earth countries) or osm (OpenStreetMap, "
                    "credited on the map, when a connection exists)"
                ),
                "offline",
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "DPI",
                tr("Resolution (dpi)"),
                QgsProcessingParameterNumber.Type.Integer,
                300,
                minValue=72,
                maxValue=1200,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", tr("Map file"), tr("PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)")
            )
        )

    def _choice(self, parameters, name, context, options) -> str:
        """The code given for ``name`` (or its position in ``options``, as older enums gave)."""
        from ..core.base.errors import CartongError

        value = (self.parameterAsString(parameters, name, context) or options[0]).strip().lower()
        if value.isdigit() and int(value) < len(options):
            return options[int(value)]
        if value not in options:
            raise CartongError(
                tr("{name} cannot be {value}: choose one of {options}.").format(
                    name=name, value=value, options=", ".join(options)
                )
            )
        return value

    def execute(self, parameters, context, feedback):
        from qgis.core import QgsProject

        from ..core.base.errors import CartongError
        from ..core.maps import aggregate
        from ..core.maps.area_warnings import no_boundary_warnings
        from ..core.maps.export import check_output_path, export_atlas, export_layout
        from ..core.maps.layouts import (
            build_atlas_layout,
            build_choropleth_layout,
            build_heatmap_layout,
            build_proportional_layout,
        )
        from ..core.maps.map_texts import (
            MAP_ANSWER_COUNT,
            MAP_COUNT,
            MAP_HEATMAP,
            MAP_MEAN,
            MAP_MEDIAN,
            MAP_PROPORTIONAL,
            MAP_SHARE,
            MAP_VALUE_COUNT,
            MapTexts,
            boundaries_credit,
            count_legend,
            default_title,
            survey_credit,
            use_language,
        )

        polygons = self.parameterAsVectorLayer(parameters, "POLYGONS", context)
        if polygons is not None and polygons.featureCount() == 0:  # no extent: the map would fail unexplained
            raise CartongError(
                tr("The admin layer {layer} has no areas: choose the layer holding the boundaries.").format(
                    layer=polygons.name()
                )
            )
        points = self.parameterAsVectorLayer(parameters, "POINTS", context)
        boundaries = self.parameterAsVectorLayer(parameters, "BOUNDARIES", context)
        from ..core.maps.extents import require_crs

        require_crs(polygons, points, boundaries)  # no place on the earth: said by file, not a QgsCsException
        field = self.parameterAsString(parameters, "COUNT_FIELD", context) or aggregate.COUNT_FIELD
        language = self._choice(parameters, "LANGUAGE", context, LANGUAGES)
        page = self._choice(parameters, "PAGE", context, PAGES)
        method = self._choice(parameters, "METHOD", context, METHODS)
        map_type = self._choice(parameters, "MAP_TYPE", context, MAP_TYPES)
        background = self._choice(parameters, "BACKGROUND", context, BACKGROUNDS)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        # Resolved once, before anything is named after it: a relative path (the help's example)
        # names the same file or atlas folder at every step, whatever folder QGIS works in.
        output = os.path.abspath(output) if output else output
        from ..core.maps.counts_layer import counted_question, counts_for_map

        # With a small-count status (answer_count too: empty there, its areas hatched, not left blank), areas
        # are hidden under the higher of this map's threshold and the count's; fields a Shapefile cut are found.
        counts = counts_for_map(polygons, field, self.parameterAsInt(parameters, "MIN_COUNT", context))
        field, status_field = counts.field, counts.status_field
        if counts.hidden:
            feedback.pushWarning(
                trn(
                    "%n area of {layer} shows a value made from fewer than {n} submissions: the map hides it as "
                    "insufficient data, but the layer still holds the value; do not share the layer as it is.",
                    "%n areas of {layer} show a value made from fewer than {n} submissions: the map hides them as "
                    "insufficient data, but the layer still holds their values; do not share the layer as it is.",
                    counts.hidden,
                ).format(layer=polygons.name(), n=counts.min_count)
            )
        author = self.parameterAsString(parameters, "AUTHOR", context)
        counted = {
            aggregate.ANSWER_PCT_FIELD: MAP_SHARE,
            aggregate.STAT_FIELDS[aggregate.STAT_MEAN]: MAP_MEAN,
            aggregate.STAT_FIELDS[aggregate.STAT_MEDIAN]: MAP_MEDIAN,
            aggregate.ANSWER_COUNT_FIELD: MAP_ANSWER_COUNT,
            aggregate.VALUE_COUNT_FIELD: MAP_VALUE_COUNT,
        }.get(field, MAP_COUNT)
        kind = {"heatmap": MAP_HEATMAP, "circles": MAP_PROPORTIONAL}.get(map_type) or counted
        # What cartong:countbyadmin recorded it counted (question and answer), else generic texts.
        question, answer = counted_question(polygons) if counted != MAP_COUNT else ("", "")
        of_answers = counted in (MAP_ANSWER_COUNT, MAP_VALUE_COUNT) and kind != MAP_HEATMAP  # circles too
        # circles name what they show as the choropleth does (a median is no count of submissions)
        title = self.parameterAsString(parameters, "TITLE", context) or default_title(
            kind if kind == MAP_HEATMAP else counted, language, question=question, answer=answer
        )
        legend_title = self.parameterAsString(parameters, "LEGEND_TITLE", context)
        if not legend_title and of_answers:
            with use_language(language):
                legend_title = count_legend(counted, question, answer)
        from ..core.maps.classes import parse_breaks

        breaks = parse_breaks(self.parameterAsString(parameters, "BREAKS", context))
        if breaks:
            method = "manual"
        sources = self.parameterAsString(parameters, "SOURCES", context)
        credits = []
        if not sources.strip():  # the boundaries drawn are credited all the same (COD-AB asks for it)
            with use_language(language):
                credits = [c for c in [survey_credit(polygons), boundaries_credit(polygons, boundaries)] if c]
        texts = MapTexts(
            title=title,
            subtitle=self.parameterAsString(parameters, "SUBTITLE", context),
            sources=sources,
            author=author,
            extra_sources=credits,
        )
        atlas = self.parameterAsBoolean(parameters, "ATLAS", context)
        one_file_per_area = atlas and self.parameterAsBoolean(parameters, "ATLAS_FILES", context)
        check_output_path(output, atlas, one_file_per_area)  # before any work, and before a layout exists
        if map_type == "heatmap" and points is None:
            raise CartongError(tr("A heatmap needs the survey points (POINTS)."))
        if map_type == "heatmap" and atlas:
            raise CartongError(tr("An atlas is made of choropleth pages: choose MAP_TYPE choropleth for it."))
        name_field = self.parameterAsString(parameters, "ADMIN_NAME", context) or "adm2_name"
        options = dict(
            points=points,
            boundaries=boundaries,
            page=page,
            language=language,
            method=method,
            classes=self.parameterAsInt(parameters, "CLASSES", context),
            legend_title=legend_title,
            status_field=status_field,
            min_count=counts.min_count,  # the threshold applied: the legend says that one
            breaks=breaks or None,
            background=background,
        )
        if self.parameterAsBoolean(parameters, "LABELS", context):
            options["label_field"] = name_field
        dpi = self.parameterAsInt(parameters, "DPI", context)
        if map_type != "heatmap":
            _warn_no_data(counts.layer, field, status_field, feedback)
        from ..core.protection.map_points import unprotected_points_warning

        # households at their true place: said, and no coordinates in the PDF to read them back with
        points_warning = unprotected_points_warning(points if map_type != "circles" else None)  # circles: none drawn
        if points_warning:
            feedback.pushWarning(points_warning)
        georeference = not points_warning
        feedback.pushInfo(tr("Building the {page} layout…").format(page=page))
        # A project of its own: the PDF metadata and the styled copies do not touch the user's project.
        project = QgsProject()
        layout = None
        try:
            if atlas:
                layout = build_atlas_layout(
                    project,
                    counts.layer,
                    field,
                    texts,
                    code_field=self.parameterAsString(parameters, "ADMIN_CODE", context) or "adm2_pcode",
                    name_field=name_field,
                    **options,
                )
                _warn_shortened(layout, feedback)
                for warning in no_boundary_warnings(layout):
                    feedback.pushWarning(warning)
                target = str(Path(output).with_suffix("")) if one_file_per_area else output
                feedback.pushInfo(tr("Exporting {file}…").format(file=target))
                files = export_atlas(
                    layout,
                    target,
                    one_file_per_area=one_file_per_area,
                    dpi=dpi,
                    title=title,
                    author=author,
                    feedback=feedback,
                    georeference=georeference,
                )
                return {"OUTPUT": target, "PAGES": layout.atlas().count(), "FILES": [str(f) for f in files]}
            if map_type == "heatmap":
                layout = build_heatmap_layout(
                    project,
                    points,
                    texts,
                    areas=counts.layer,
                    page=page,
                    language=language,
                    legend_title=options["legend_title"],
                    background=background,
                )
            elif map_type == "circles":
                layout = build_proportional_layout(
                    project,
                    counts.layer,
                    field,
                    texts,
                    boundaries=boundaries,
                    page=page,
                    language=language,
                    legend_title=options["legend_title"],
                    background=background,
                    status_field=status_field,
                    min_count=options["min_count"],
                    label_field=options.get("label_field"),
                )
            else:
                layout = build_choropleth_layout(project, counts.layer, field, texts, **options)
            feedback.setProgress(30)
            _warn_shortened(layout, feedback)
            if feedback.isCanceled():
                return {}
            feedback.pushInfo(tr("Exporting {file}…").format(file=output))
            export_layout(layout, output, dpi=dpi, title=title, author=author, georeference=georeference)
            feedback.setProgress(100)
            return {"OUTPUT": output}
        finally:
            # The layout must go before its project, even when an error keeps this frame alive.
            layout = None


def _warn_shortened(layout, feedback) -> None:
    """A text cut to fit the page (``fitting.fit_text``) is said, with its full wording."""
    from ..core.maps.fitting import shortened_texts, shortened_warning

    for text in shortened_texts(layout):
        feedback.pushWarning(shortened_warning(text))


def _warn_no_data(layer, field: str, status_field, feedback) -> None:
    """A map by admin area where no area has a value is said: it stays on the areas, all empty."""
    from ..core.maps.extents import areas_shown

    if areas_shown(layer, field, status_field) == 0:
        feedback.pushWarning(
            tr(
                "No area of {layer} has a value in {field}: no submission was counted in any of its areas, so "
                "the map shows every area without data. If the survey was made there, check the submissions' "
                "coordinates (latitude and longitude swapped, or the wrong coordinate reference system) and "
                "count them again (Count submissions by admin area)."
            ).format(layer=layer.name(), field=field)
        )
