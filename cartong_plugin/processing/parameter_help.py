# SPDX-License-Identifier: GPL-3.0-or-later
"""The help text of every parameter of the ``cartong:`` algorithms, and which ones are for experts.

One table, by algorithm name and parameter key, so that the algorithm modules keep only what they
do: ``CartongAlgorithm.addParameter`` gives each parameter its help (what to give, what it changes,
an example value, the unit) and puts the expert ones under "Advanced parameters" (thresholds of
the statistical checks, precision, DPI, page and class tweaks, key and secret sources, grid sizes,
k...). The texts are ``tr()`` calls made when an algorithm is initialised, so they follow the
plugin's language. A help text set by the algorithm module itself wins over the table (the test
then lists the table's entry as stale). ``tests/test_parameter_help.py`` fails when a parameter has
no help, or when the table names a parameter that its algorithm does not have.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.base.i18n import tr
from ..core.base.qgis_compat import mark_advanced

# Parameters a newcomer should not need to touch: shown under "Advanced parameters".
EXPERT_PARAMETERS: dict[str, frozenset[str]] = {
    "runchecks": frozenset(
        {
            "ADMIN_PARENT",
            "OUTLIER_GROUP",
            "MAX_PRECISION",
            "IQR_FACTOR",
            "ROBUST_Z",
            "BURST_COUNT",
            "BURST_MINUTES",
            "KEEP_DECISIONS",
        }
    ),
    "exportmappdf": frozenset(
        {
            "AUTHOR",
            "LEGEND_TITLE",
            "PAGE",
            "METHOD",
            "BREAKS",
            "CLASSES",
            "MIN_COUNT",
            "ATLAS_FILES",
            "ADMIN_CODE",
            "BACKGROUND",
            "DPI",
        }
    ),
    "countbyadmin": frozenset({"MIN_COUNT"}),
    "exportforsharing": frozenset(
        {
            "KEY_AUTHCFG",
            "KEY_SOURCE",
            "MIN_DISTANCE",
            "MAX_DISTANCE",
            "GRID_SIZE",
            "K",
            "BOUNDARIES_CODE_FIELD",
            "STRIP_LINKS",
            "KEEP_FIELDS",
        }
    ),
    "importsurvey": frozenset({"SHEET"}),
    "downloadkobo": frozenset({"SECRET"}),
    "downloadodk": frozenset({"SECRET", "USERNAME"}),
    "makeofflinebasemap": frozenset({"MAX_TILES"}),
    "preparefieldpackage": frozenset({"MAX_TILES"}),
}


# -- texts shared by several algorithms ---------------------------------------------------
def _xlsform() -> str:
    return tr(
        "The XLSForm the survey was collected with (.xlsx or .xls, as downloaded from the form's page on "
        "the server), e.g. household_survey_form.xlsx. With it, questions keep their types, labels, "
        "choices, required flags, skip logic and constraints; without it, they are guessed from the values."
    )


def _survey_layer() -> str:
    return tr(
        "The survey layer to read: usually the layer 'survey' of the GeoPackage written by the import or a "
        "download, e.g. household_survey.gpkg|layername=survey. It is only read, never changed."
    )


def _survey_with_uuid() -> str:
    return tr(
        "The survey layer: usually the layer 'survey' of the GeoPackage written by the import or a "
        "download, e.g. household_survey.gpkg|layername=survey. Another layer or table works when it has "
        "the _uuid column that names each submission. It is only read, never changed."
    )


def _admin_polygons() -> str:
    return tr(
        "The admin area polygons with their P-codes, e.g. the layer admin2 of admin_boundaries.gpkg (OCHA "
        "COD-AB boundaries)."
    )


def _admin_code() -> str:
    return tr(
        "The field of the admin areas that holds their P-code, the code that joins survey answers to areas, "
        "e.g. adm2_pcode holding CF7112. Default adm2_pcode."
    )


def _admin_name() -> str:
    return tr("The field of the admin areas that holds their name, e.g. adm2_name. Default adm2_name.")


def _survey_output() -> str:
    return tr(
        "The survey GeoPackage to write, e.g. household_survey.gpkg: raw tables exactly as received, the "
        "typed layer 'survey' and one table per repeat group. With Update, the existing file is extended. "
        "It is written to a temporary file first: a failed download leaves the previous file as it was."
    )


def _update() -> str:
    return tr(
        "Ticked: only the submissions newer than the last sync recorded in the GeoPackage are downloaded "
        "and appended. Not ticked: every submission of the form is downloaded into the GeoPackage."
    )


def _attachments() -> str:
    return tr(
        "Ticked: photos, signatures and other files attached to the submissions are downloaded into a "
        "folder beside the GeoPackage, named after it (household_survey_attachments). It can take long "
        "and much space over a slow connection."
    )


def _zoom_min() -> str:
    return tr("The widest zoom level to download, from 0 (the whole world) to 19 (a house). Default 5: a country.")


def _zoom_max() -> str:
    return tr(
        "The closest zoom level to download, from 0 to 19. Default 12: towns, villages and main roads. Each "
        "level more needs about 4 times as many tiles: 15 shows streets but may need hours."
    )


# -- one table per algorithm --------------------------------------------------------------
def _import_survey() -> dict[str, str]:
    return {
        "DATA": tr(
            "The file exported from the server: a KoboToolbox or ONA CSV (';' or ',' separated) or XLSX "
            "export, an ODK Central zip of CSV files, or a GeoJSON file, e.g. household_survey_kobo.csv. "
            "The file is only read, never changed."
        ),
        "FORM": _xlsform(),
        "SHEET": tr(
            "The sheet of an XLSX export that holds the submissions, by its name, e.g. household_survey. "
            "Empty: the first visible sheet (hidden sheets are skipped). Not used for CSV, zip or GeoJSON "
            "files."
        ),
        "LANGUAGE": tr(
            "The language of the form's labels written beside the codes, as the form's label columns "
            "name it: English (en), Français (fr), or just fr. Empty: the form's default language. "
            "Without a form it changes nothing."
        ),
        "OUTPUT": tr(
            "The survey GeoPackage to write, e.g. household_survey.gpkg: the raw table exactly as received, "
            "the typed layer 'survey' (points in EPSG:4326), one table per repeat group and a metadata "
            "table. It is written to a temporary file and renamed when complete: a failed import leaves "
            "no half-written file."
        ),
    }


def _download_kobo() -> dict[str, str]:
    return {
        "SERVER": tr(
            "The address of the KoboToolbox server: https://kf.kobotoolbox.org (global server), "
            "https://eu.kobotoolbox.org (European server) or your organisation's own server. The address "
            "only, without /api/v2."
        ),
        "AUTHCFG": tr(
            "The QGIS authentication configuration that holds your KoboToolbox API token (in Kobo: "
            "Account settings > Security > API key). The token stays in the QGIS authentication "
            "database, protected by its master password; only the configuration's id is saved."
        ),
        "ASSET": tr(
            "The form's ID on KoboToolbox (asset uid): the code of letters and digits in the form's "
            "address, e.g. aBcD1234eFgH5678iJkL9m in https://kf.kobotoolbox.org/#/forms/"
            "aBcD1234eFgH5678iJkL9m/summary."
        ),
        "UPDATE": _update(),
        "ATTACHMENTS": _attachments(),
        "OUTPUT": _survey_output(),
        "SECRET": tr(
            "Only for runs without the QGIS window (qgis_process, scheduled tasks), where the master "
            "password cannot be asked: where the API token is, env:KOBO_TOKEN (an environment variable) "
            "or file:/home/me/kobo_token.txt (a file holding the token). Give the place, never the token "
            "itself: parameter values are kept in the Processing history and in models."
        ),
    }


def _download_odk() -> dict[str, str]:
    return {
        "SERVER": tr("The address of your ODK Central server, e.g. https://central.example.org, without /v1."),
        "AUTHCFG": tr(
            "The QGIS authentication configuration that holds your ODK Central login: Basic with your "
            "email and password, or an app-user token. The secret stays in the QGIS authentication "
            "database, protected by its master password; only the configuration's id is saved."
        ),
        "PROJECT": tr(
            "The number of the project on ODK Central, as in its address: "
            "https://central.example.org/#/projects/3 is project 3. Default 1."
        ),
        "FORM": tr(
            "The form's ID (xmlFormId): the form_id of the XLSForm's settings sheet, also in the form's "
            "address on Central, e.g. household_survey."
        ),
        "XLSFORM": _xlsform(),
        "UPDATE": _update(),
        "ATTACHMENTS": _attachments(),
        "OUTPUT": _survey_output(),
        "SECRET": tr(
            "Only for runs without the QGIS window (qgis_process, scheduled tasks), where the master "
            "password cannot be asked: where the password or app-user token is, env:ODK_PASSWORD (an "
            "environment variable) or file:/home/me/odk_password.txt (a file holding it). Give the place, "
            "never the secret itself: parameter values are kept in the Processing history and in models."
        ),
        "USERNAME": tr(
            "Only with the place of a password above: the email of the ODK Central account the password "
            "belongs to, e.g. data.manager@example.org. Leave it empty when the place holds an app-user "
            "token."
        ),
    }


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
            "also gets the number and the share (%) of submissions giving that answer."
        ),
        "ANSWER_VALUE": tr(
            "The answer to count, written as its choice name in the form (not its label), e.g. borehole."
        ),
        "STATISTIC": tr(
            "What each area gets: count (submissions), share (% giving the answer above), mean or "
            "median (of the numeric question below), e.g. median. Empty: share when a question is "
            "given, else count."
        ),
        "VALUE_FIELD": tr(
            "A numeric question for a mean or a median, e.g. hh_size (persons) or income_month (in the "
            "question's currency)."
        ),
        "MIN_COUNT": tr(
            "Areas with fewer submissions (or answers) than this get no percentage, mean or median, "
            "only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default "
            "5 submissions; raise it for sensitive questions."
        ),
        "OUTPUT": tr(
            "The admin areas with their counts: submissions, and answer_count and answer_pct for a share, "
            "value_mean or value_median for a mean or median, with data_status. E.g. counts.gpkg, or a "
            "temporary layer."
        ),
    }


def _detect_personal_data() -> dict[str, str]:
    return {
        "INPUT": _survey_layer(),
        "FORM": _xlsform(),
        "OUTPUT": tr(
            "A table with one row per column likely holding personal data: column, risk (high, medium, "
            "low), category, reason, suggested_action and explanation. E.g. personal_data.csv, or a "
            "temporary layer."
        ),
    }


def _run_checks() -> dict[str, str]:
    return {
        "INPUT": _survey_with_uuid(),
        "FORM": _xlsform(),
        "CHECKS": tr(
            "Which families of checks to run (all by default). In qgis_process, their numbers separated by "
            "commas: 0 duplicates, 1 missing required answers, 2 outliers, 3 GPS points, 4 durations and "
            "dates, 5 'other (specify)' answers, 6 typed admin names; e.g. CHECKS=0,1,3."
        ),
        "ADMIN": _admin_polygons()
        + " "
        + tr(
            "Points outside every area, or in another area than the one answered, "
            "are flagged, and typed admin names are matched to their P-codes."
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
            "and respondent_name: submissions with the same values are flagged. Empty: only "
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
        ),
        "ROBUST_Z": tr(
            "An answer is unusual when its robust z-score (0.6745 x its distance to the median, in "
            "median absolute deviations) is above this. Default 3.5; lower flags more."
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
            "survey's GeoPackage. For a survey shared in PostgreSQL, a temporary layer means the table "
            "survey_cleaned of its schema (or a table of that schema chosen with Save to Database "
            "Table). The input layer and the raw table are not changed."
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
            "(a share in %), value_mean or value_median."
        ),
        "POINTS": tr(
            "The survey points drawn on top, e.g. household_survey.gpkg|layername=survey; a heatmap needs "
            "them. They show where households were interviewed: for a map shared outside the team, leave "
            "them out or give a protected copy (Export for sharing)."
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
            "For a share, a mean or a median: areas with fewer submissions than this are hatched and "
            "labelled 'insufficient data' instead of a misleading value. Default 5 submissions."
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


def _export_for_sharing() -> dict[str, str]:
    return {
        "INPUT": _survey_layer(),
        "DROP_FIELDS": tr(
            "Columns removed from the copy, e.g. respondent_name and phone. Run 'Detect personal data' "
            "first: its list names the candidates."
        ),
        "KEEP_FIELDS": tr(
            "Columns at high risk (names, phone numbers...) to keep in the copy anyway, e.g. village when "
            "the partner needs it. Not recommended: each one is named in the README. Any other column at "
            "high risk is removed unless it is pseudonymised."
        ),
        "PSEUDONYMISE_FIELDS": tr(
            "Columns whose values are replaced by pseudonyms, e.g. household_id: the same value "
            "always gets the same pseudonym with the same key, so rows can still be linked, "
            "but the value cannot be read back without the key."
        ),
        "QUASI_IDENTIFIERS": tr(
            "Columns someone outside could know about a person, e.g. admin2, head_gender, "
            "head_age, hh_size. Values are blanked wherever their combination is shared by fewer "
            "than k rows."
        ),
        "KEY_AUTHCFG": tr(
            "The QGIS authentication configuration that holds the pseudonymisation key. Empty: your "
            "default key, created on first use and kept in the authentication database. The same "
            "key gives the same pseudonyms from one export to the next."
        ),
        "KEY_SOURCE": tr(
            "For runs without the QGIS window: where the key is, env:CARTONG_KEY (an environment "
            "variable) or file:/home/me/cartong_key.txt (a file holding 64 hexadecimal characters). "
            "Used when no authentication configuration is chosen."
        ),
        "LOCATION_MODE": tr(
            "How exact locations are protected: 0 move points at random between the smallest and "
            "largest displacement (default), 1 snap them to a grid, 2 counts by admin area with "
            "small counts hidden, 3 remove locations, 4 keep them (only for a team allowed to see "
            "where households live)."
        ),
        "MIN_DISTANCE": tr(
            "Moving points: the smallest distance a point is moved, in metres (default 250). In a "
            "town 250 m hides a household among many; in scattered villages use more."
        ),
        "MAX_DISTANCE": tr(
            "Moving points: the largest distance a point is moved, in metres (default 2000). More "
            "protects more but may move a point into another area: give the admin areas to keep "
            "points in their own."
        ),
        "GRID_SIZE": tr(
            "Snapping: the size of the grid cells in metres (default 1000); each point goes to the centre of its cell."
        ),
        "AREA_FIELD": tr(
            "Counts: the column of the survey that holds the P-code of each submission's area, e.g. admin2 (default)."
        ),
        "CATEGORY_FIELD": tr(
            "Counts: a question whose answers are counted by area too, e.g. water_source. Empty: "
            "only the number of submissions."
        ),
        "K": tr(
            "The smallest count shown, and the fewest rows that may share a combination of the columns an "
            "outsider could know. Default 5; 10 or more for sensitive data (protection, health)."
        ),
        "BOUNDARIES": tr(
            "Admin area polygons, e.g. the layer admin2 of admin_boundaries.gpkg: the areas the counts "
            "are given for, or the areas moved points must stay in."
        ),
        "BOUNDARIES_CODE_FIELD": tr(
            "The P-code field of the admin areas, matched to the survey's area column, e.g. "
            "adm2_pcode. Default adm2_pcode."
        ),
        "STRIP_LINKS": tr(
            "Ticked (default): links to the server and names of attachments (photos, signatures) are "
            "removed, since a photo can show a face. Untick only for a copy that stays in the team."
        ),
        "OUTPUT": tr(
            "The copy to share, .gpkg or .csv, e.g. household_survey_shared.gpkg. A README in English and "
            "French beside it says what was done."
        ),
    }


def _offline_basemap() -> dict[str, str]:
    return {
        "ZOOM_MIN": _zoom_min(),
        "ZOOM_MAX": _zoom_max(),
        "EXTENT": tr(
            "The area to cover, e.g. the extent of the admin boundaries layer, or 18.4,18.7,4.3,4.5 "
            "[EPSG:4326] for Bangui (xmin, xmax, ymin, ymax)."
        ),
        "BOUNDARIES": tr(
            "A GeoPackage of admin boundaries, e.g. admin_boundaries.gpkg, drawn in the vector "
            "background written when no tile can be downloaded."
        ),
        "OUTPUT": tr(
            "The MBTiles file to write, e.g. bangui_basemap.mbtiles; QGIS and QField open it without "
            "network. When no tile can be made, a vector background GeoPackage is written beside it."
        ),
    }


def _prepare_field_package() -> dict[str, str]:
    return {
        "SURVEYS": tr(
            "The survey GeoPackages the field team takes along (written by the import or a download), "
            "e.g. household_survey.gpkg; their attachment folders come along."
        ),
        "BOUNDARIES": tr("A GeoPackage of admin boundaries to take along, e.g. admin_boundaries.gpkg."),
        "ZOOM_MIN": _zoom_min(),
        "ZOOM_MAX": _zoom_max(),
        "EXTENT": tr(
            "The area of the basemap, e.g. 18.4,18.7,4.3,4.5 [EPSG:4326]. Empty: the extent of the surveys "
            "and the boundaries."
        ),
        "LANGUAGE": tr(
            "The language of the offline help in the package, as a two-letter code, e.g. fr. Empty: the "
            "language of QGIS."
        ),
        "NAME": tr(
            "The name of the package, given to its folder and its zip, e.g. team_a_bangui. Default field_package."
        ),
        "OUTPUT": tr(
            "An empty or new folder where the package folder and its zip are written, e.g. /home/me/packages/team_a."
        ),
    }


def _merge_field_package() -> dict[str, str]:
    return {
        "PACKAGE": tr(
            "The package the team brought back: its zip, its manifest.json or its survey GeoPackage, e.g. "
            "field_package.zip."
        ),
        "OFFICE": tr(
            "The office survey GeoPackage the package was prepared from, e.g. household_survey.gpkg. New "
            "submissions, values edited by the field team and cleaning decisions are merged into it; raw "
            "rows already there never change."
        ),
        "CONFLICTS": tr(
            "A CSV file listing each value changed both in the office and by the field team (the office "
            "value is kept), e.g. conflicts.csv. The same list is in the table field_conflicts."
        ),
    }


# Algorithm name -> its table; a function, so the texts are translated when they are used.
PARAMETER_HELP: dict[str, Callable[[], dict[str, str]]] = {
    "importsurvey": _import_survey,
    "downloadkobo": _download_kobo,
    "downloadodk": _download_odk,
    "countbyadmin": _count_by_admin,
    "detectpersonaldata": _detect_personal_data,
    "runchecks": _run_checks,
    "applycleaninglog": _apply_log,
    "exportmappdf": _export_map,
    "exportforsharing": _export_for_sharing,
    "makeofflinebasemap": _offline_basemap,
    "preparefieldpackage": _prepare_field_package,
    "mergefieldpackage": _merge_field_package,
}


def help_texts(algorithm: str) -> dict[str, str]:
    """{parameter key: translated help} of ``algorithm`` (its name, e.g. "runchecks"); {} when unknown."""
    table = PARAMETER_HELP.get(algorithm)
    return table() if table else {}


def is_expert(algorithm: str, key: str) -> bool:
    return key in EXPERT_PARAMETERS.get(algorithm, ())


def apply_help(algorithm: str, parameter, texts: dict[str, str]) -> None:
    """Give ``parameter`` its help from ``texts`` unless it has its own, and the advanced flag when expert."""
    key = parameter.name()
    if not parameter.help() and texts.get(key):
        parameter.setHelp(texts[key])
    if is_expert(algorithm, key):
        mark_advanced(parameter)
