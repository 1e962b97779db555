# SPDX-License-Identifier: GPL-3.0-or-later
"""Parameter help of the map algorithms: count submissions by admin area, export a map.

The tables are gathered by ``parameter_help.PARAMETER_HELP``.
"""

from __future__ import annotations

from ..core.base.i18n import tr
from .parameter_help_common import _admin_code, _admin_name, _admin_polygons


def _count_by_admin() -> dict[str, str]:
    return {
        "POINTS": tr(
            "The survey submissions to count: the layer 'survey' of the imported GeoPackage (e.g. "
            "household_survey.gpkg|layername=survey) or its cleaned copy. Submissions without a location "
            "are counted only by a P-code field (JOIN_FIELD)."
        ),
        "ADMIN": _admin_polygons() + " " + tr("Every area is in the output, with 0 where no submission falls."),
        "ADMIN_CODE": _admin_code(),
        "ADMIN_NAME": _admin_name(),
        "JOIN_FIELD": tr(
            "A field of the submissions that holds the P-code of the area answered, e.g. admin2 "
            "holding CF7112. Chosen: submissions are counted by this code, those without GPS "
            "included. Empty: each submission is placed by its location."
        ),
        "ANSWER_FIELD": tr(
            "A question whose answers to count, e.g. water_source. With the answer below, each area "
            "also gets the number of submissions answering the question (value_count), and the number and "
            "the share (%) of them giving that answer: submissions that skipped or refused it are left out."
        ),
        "ANSWER_VALUE": tr(
            "The answer to count, written as its choice name in the form (not its label), e.g. borehole. "
            "When no submission gives it, the run says which answers they give."
        ),
        "STATISTIC": tr(
            "What each area gets: count (submissions), share (% giving the answer above), mean or "
            "median (of the numeric question below), e.g. median. Empty: share when a question is "
            "given, else count."
        ),
        "VALUE_FIELD": tr(
            "A numeric question for a mean or a median, e.g. hh_size (persons) or income_month (in the "
            "question's currency). Answers that are not numbers are left out and named."
        ),
        "MIN_COUNT": tr(
            "Areas where fewer submissions than this answered the question get no answer count, percentage, "
            "mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. "
            "Default 5 submissions; raise it for sensitive questions."
        ),
        "OUTPUT": tr(
            "The admin areas with their counts: submissions, value_count (submissions answering the question), "
            "and answer_count and answer_pct for a share, value_mean or value_median for a mean or median, "
            "with data_status. E.g. counts.gpkg (a Shapefile cuts the field names), or a temporary layer."
        ),
    }


def _export_map() -> dict[str, str]:
    return {
        "POLYGONS": tr(
            "The admin areas with the value to map, usually the output of 'Count submissions by admin "
            "area', e.g. counts.gpkg."
        ),
        "COUNT_FIELD": tr(
            "The numeric field the areas are coloured by: submissions (the count, default), answer_pct "
            "(a share in % of the submissions answering), value_mean or value_median."
        ),
        "POINTS": tr(
            "The survey points drawn on top, e.g. household_survey.gpkg|layername=survey; a heatmap needs "
            "them. They show where households were interviewed: for a map shared outside the team, leave "
            "them out or give a protected copy (Export for sharing). Points that are not a protected copy "
            "are warned of, and the PDF is then not georeferenced."
        ),
        "BOUNDARIES": tr(
            "The boundaries of the level above, e.g. the layer admin1 of admin_boundaries.gpkg, drawn "
            "as thicker outlines."
        ),
        "TITLE": tr(
            "The map title, e.g. Household WASH survey, Central African Republic. Empty: a title in the "
            "map's language saying what is mapped."
        ),
        "SUBTITLE": tr(
            "A line under the title: area, period, population, e.g. Submissions per sous-préfecture, 2-20 March 2026."
        ),
        "SOURCES": tr(
            "The credits printed on the map, data and boundaries with their licence, e.g. CartONG survey "
            "2026; boundaries OCHA COD-AB (CC BY-IGO)."
        ),
        "AUTHOR": tr(
            "Who made the map, printed with the date and written in the PDF's properties, e.g. your "
            "organisation. Default CartONG."
        ),
        "LEGEND_TITLE": tr(
            "The title of the legend, e.g. Households interviewed. Empty: the name of the value mapped."
        ),
        "LANGUAGE": tr(
            "The language of the texts the toolkit writes on the map (legend, disclaimer, date, scale), "
            "as a two-letter code, e.g. fr. Your own title, subtitle and sources are printed as given."
        ),
        "PAGE": tr(
            "Paper size and orientation: a4_landscape (default), a4_portrait, a3_landscape or a3_portrait. "
            "A3 suits wall maps."
        ),
        "MAP_TYPE": tr(
            "choropleth (default): areas coloured by classes of the value; circles: one circle per area, "
            "its size following the value, better for counts; heatmap: density of the survey points "
            "(needs the points)."
        ),
        "METHOD": tr(
            "How the class limits are chosen: quantile (the same number of areas in each class, default), "
            "jenks (natural breaks), equal (intervals of equal width) or pretty (round numbers). Not used "
            "when class limits are given."
        ),
        "BREAKS": tr(
            "Class limits of your own, increasing, e.g. 10, 20, 50: classes from the smallest value to "
            "10, 10 to 20, 20 to 50 and 50 to the largest. With a decimal comma, put ';' between limits: "
            "2,5; 5; 7,5. Replaces the method and the number of classes."
        ),
        "CLASSES": tr("The number of colour classes, from 2 to 7 (default 5). Fewer classes read better on paper."),
        "MIN_COUNT": tr(
            "For a share, a mean or a median: areas where fewer submissions than this answered are hatched "
            "and labelled 'insufficient data' instead of a misleading value; counts made with a higher "
            "threshold keep theirs. Default 5 submissions."
        ),
        "LABELS": tr("Ticked: the names of the areas (the name field below) are written on the map where they fit."),
        "ATLAS": tr(
            "Ticked: one page per admin area with data, zoomed on it, all in one PDF (the map file must end in .pdf)."
        ),
        "ATLAS_FILES": tr(
            "With the atlas: one PDF per area instead of one file, each named after the P-code and the "
            "name of its area, in a folder named after the map file (map.pdf gives the folder map)."
        ),
        "ADMIN_CODE": tr(
            "With the atlas: the field holding the P-codes that name and order its pages, e.g. "
            "adm2_pcode. Default adm2_pcode."
        ),
        "ADMIN_NAME": tr(
            "The field holding the names of the areas, for the labels and the titles of atlas pages, "
            "e.g. adm2_name. Default adm2_name."
        ),
        "BACKGROUND": tr(
            "offline (default): the countries of Natural Earth bundled with the toolkit, no network "
            "needed; osm: OpenStreetMap tiles, credited on the map, only when a connection exists."
        ),
        "DPI": tr(
            "Resolution of the export in dots per inch: 300 (default) for print, 150 for screens and e-mail, "
            "up to 1200. Higher is sharper and heavier: an A3 page in PNG at 600 dpi is about 7000 x 9900 "
            "pixels."
        ),
        "OUTPUT": tr(
            "The map file; its extension sets the format: .pdf (vector, best for print), .png (image) or "
            ".svg (to edit in a drawing program), e.g. household_survey_map.pdf."
        ),
    }
