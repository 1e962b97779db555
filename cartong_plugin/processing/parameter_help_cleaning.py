# SPDX-License-Identifier: GPL-3.0-or-later
"""Parameter help of the cleaning algorithms: run the checks, apply the cleaning log.

The tables are gathered by ``parameter_help.PARAMETER_HELP``.
"""

from __future__ import annotations

from ..core.base.i18n import tr
from .parameter_help_common import _admin_code, _admin_polygons, _survey_with_uuid, _xlsform


def _run_checks() -> dict[str, str]:
    return {
        "INPUT": _survey_with_uuid(),
        "FORM": _xlsform(),
        "CHECKS": tr(
            "Which families of checks to run (all by default). In qgis_process, their numbers separated by "
            "commas: 0 duplicates, 1 missing required answers, 2 outliers, 3 GPS points, 4 durations and "
            "dates, 5 'other (specify)' answers, 6 typed admin names; e.g. CHECKS=0,1,3."
        )
        + " "
        + tr(
            "7 cascading selects: answers whose choice belongs to another answer of the question their "
            "choice_filter names (needs the XLSForm)."
        ),
        "ADMIN": _admin_polygons()
        + " "
        + tr(
            "Points outside every area, or in another area than the one answered, "
            "are flagged, and typed admin names are matched to their P-codes."
        )
        + " "
        + tr(
            "A point less than 50 m from the area answered counts as in it (a point on a border, within "
            "the error of a phone's GPS), whatever the units of the boundaries. The P-code answered is "
            "compared without case or spaces (cf11 is CF11); one of no area is flagged as such."
        ),
        "ADMIN_CODE": _admin_code(),
        "ADMIN_NAME": tr(
            "The field of the admin boundaries that holds the names typed answers are matched to, "
            "e.g. adm2_name. Default adm2_name."
        ),
        "ADMIN_PARENT": tr(
            "The field that holds the P-code of the level above, e.g. adm1_pcode: when two areas of "
            "different provinces have the same name, the province answered settles which one is "
            "meant."
        ),
        "EXTENT": tr(
            "Without admin boundaries: a rectangle the points must be in, e.g. the country, "
            "14.4,27.5,2.2,11.0 [EPSG:4326] (xmin, xmax, ymin, ymax). Points outside are flagged."
        ),
        "DUPLICATE_KEYS": tr(
            "Fields that together identify one household or person, e.g. household_id, or village "
            "and respondent_name (typed in qgis_process as village,respondent_name): submissions with the "
            "same values are flagged. A name that is not a field of the layer is refused. Empty: only "
            "repeated _uuid and identical answers are flagged."
        ),
        "OUTLIER_GROUP": tr(
            "Compare numbers within each value of this field, e.g. admin1, when areas differ "
            "(incomes in the capital and in villages). Groups of fewer than 20 submissions get no "
            "statistical check."
        ),
        "MIN_DURATION": tr(
            "Interviews shorter than this, in minutes, are flagged (default 10; refusals are not). "
            "Take the shortest real interview of the pilot."
        ),
        "MAX_DURATION": tr(
            "Interviews longer than this, in minutes, are flagged (default 120): often a form left "
            "open and finished later."
        ),
        "PERIOD_START": tr(
            "The first day of data collection, as YYYY-MM-DD, e.g. 2026-03-02: submissions started "
            "earlier (tests, training) are flagged."
        ),
        "PERIOD_END": tr(
            "The last day of data collection, as YYYY-MM-DD, e.g. 2026-03-20: submissions started later are flagged."
        ),
        "MAX_PRECISION": tr(
            "GPS points whose precision (the accuracy radius the phone recorded, e.g. "
            "_location_precision) is worse than this many metres are flagged. Default 50 m; 20 m "
            "in a dense camp."
        ),
        "IQR_FACTOR": tr(
            "An answer is unusual when it lies further than this many interquartile ranges beyond the "
            "quartiles (below Q1 - k x IQR or above Q3 + k x IQR). Default 3, far out; 1.5 flags many "
            "more. A value is flagged only when the robust z-score agrees."
        )
        + " "
        + tr(
            "Where the middle half of the answers is one value (IQR 0, e.g. 1 pump in 120 of 124 "
            "households), the median distance of the other answers to it stands in for the IQR and for the "
            "median absolute deviation."
        ),
        "ROBUST_Z": tr(
            "An answer is unusual when its robust z-score (0.6745 x its distance to the median, in "
            "median absolute deviations) is above this. Default 3.5; lower flags more. Where more than half "
            "the answers are equal (median absolute deviation 0), its distance to the median in mean "
            "absolute deviations (x 1.2533) stands in for it."
        ),
        "BURST_COUNT": tr(
            "This many interviews (default 4) started by one device or enumerator within the minutes "
            "below are flagged: too fast to be real interviews."
        ),
        "BURST_MINUTES": tr("The time window of the burst check, in minutes (default 30)."),
        "KEEP_DECISIONS": tr(
            "Ticked (default): the decisions already taken in the existing cleaning log (new "
            "values, no_action, remove_survey, with who and when) are kept and new findings added. "
            "Not ticked: the log is written afresh and earlier decisions are lost."
        ),
        "OUTPUT_GPKG": tr(
            "The GeoPackage to write the table 'cleaning_log' into, e.g. cleaning.gpkg. Empty: the "
            "survey's own GeoPackage, beside the data it is about; the survey tables are not changed."
        ),
        "EXPORT_FILE": tr(
            "Also write the log as an Excel workbook (.xlsx) or a CSV file, e.g. cleaning_log.xlsx, "
            "for field teams to fill in new_value and change_type; bring it back with 'Apply the "
            "cleaning log'."
        ),
    }


def _apply_log() -> dict[str, str]:
    return {
        "INPUT": _survey_with_uuid(),
        "LOG": tr(
            "The cleaning log with the decisions. Empty: the table 'cleaning_log' of the survey's "
            "GeoPackage, or of its schema for a survey shared in PostgreSQL. Or an edited file, e.g. "
            "cleaning_log.xlsx, with the IMPACT/REACH columns uuid, question, old_value, new_value and "
            "change_type."
        ),
        "OUTPUT": tr(
            "The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the "
            "survey's GeoPackage. For a survey shared in PostgreSQL, a temporary layer is written as the table "
            "survey_cleaned of its schema (or into a table of that schema chosen with Save to Database "
            "Table). The input layer and the raw table are not changed."
        ),
    }
