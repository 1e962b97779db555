# SPDX-License-Identifier: GPL-3.0-or-later
"""What every ``cartong:`` algorithm's help says beyond its own description.

``CartongAlgorithm`` appends a footer to each algorithm's ``shortHelpString``: what goes in, what
comes out, one ``qgis_process`` command to run it without the QGIS window, and the resource of the
learning catalogue (``resources/help/catalogue.json``, entries' ``algorithms`` lists) that explains
its step of the data cycle; ``helpUrl()`` opens that resource. The commands use the names of the
bundled sample (``resources/sample``); ``tests/test_parameter_help.py`` checks that each one names
only parameters its algorithm has, with acceptable values, and every required one.
"""

from __future__ import annotations

from typing import NamedTuple

from ..core.base.i18n import tr

# Topic of the data cycle for an algorithm that no catalogue entry names (by its group id).
_GROUP_TOPIC = {
    "import": "collection",
    "workflow": "collection",
    "cleaning": "cleaning",
    "maps": "analysis",
    "export": "data_protection",
    "field": "collection",
    "teams": "cleaning",
}


class AlgorithmHelp(NamedTuple):
    inputs: str
    outputs: str
    example: str  # a qgis_process command line; not translated


def _table() -> dict[str, AlgorithmHelp]:
    survey = '"INPUT=household_survey.gpkg|layername=survey"'
    return {
        "importsurvey": AlgorithmHelp(
            tr("a KoboToolbox, ODK Central or ONA export (CSV, XLSX, zip or GeoJSON) and, best, its XLSForm."),
            tr(
                "a survey GeoPackage: the raw table as received, the typed layer 'survey', repeat tables; the "
                "number of submissions imported and of those without location, and the columns likely holding "
                "personal data at high risk."
            ),
            "qgis_process run cartong:importsurvey -- DATA=household_survey_kobo.csv "
            'FORM=household_survey_form.xlsx "LANGUAGE=English (en)" OUTPUT=household_survey.gpkg',
        ),
        "downloadkobo": AlgorithmHelp(
            tr(
                "the address of a KoboToolbox server, the form's ID and your API token (in a QGIS authentication "
                "configuration, or named by env:/file: without the QGIS window)."
            ),
            tr(
                "a survey GeoPackage as the import writes it, extended with Update; the numbers of new and of all "
                "submissions and of attachments."
            ),
            "qgis_process run cartong:downloadkobo -- SERVER=https://eu.kobotoolbox.org "
            "ASSET=aBcD1234eFgH5678iJkL9m SECRET=env:KOBO_TOKEN OUTPUT=household_survey.gpkg",
        ),
        "downloadodk": AlgorithmHelp(
            tr(
                "the address of an ODK Central server, the project number, the form's ID and your login (in a QGIS "
                "authentication configuration, or named by env:/file: without the QGIS window)."
            ),
            tr(
                "a survey GeoPackage as the import writes it, extended with Update; the numbers of new and of all "
                "submissions and of attachments."
            ),
            "qgis_process run cartong:downloadodk -- SERVER=https://central.example.org PROJECT=3 "
            "FORM=household_survey SECRET=env:ODK_PASSWORD USERNAME=data.manager@example.org "
            "OUTPUT=household_survey.gpkg",
        ),
        "runchecks": AlgorithmHelp(
            tr("a survey layer with its _uuid column, best with its XLSForm and the admin boundaries."),
            tr(
                "the table 'cleaning_log' (one row per value to review) in the survey's GeoPackage, optionally "
                "an Excel or CSV copy for field teams, and the number of rows raised by each check."
            ),
            f"qgis_process run cartong:runchecks -- {survey} FORM=household_survey_form.xlsx "
            '"ADMIN=admin_boundaries.gpkg|layername=admin2" PERIOD_START=2026-03-02 PERIOD_END=2026-03-20 '
            "EXPORT_FILE=cleaning_log.xlsx",
        ),
        "applycleaninglog": AlgorithmHelp(
            tr(
                "a survey layer and its cleaning log with the decisions taken (the table in its GeoPackage, or an "
                "edited XLSX or CSV)."
            ),
            tr(
                "a cleaned copy of the survey; the numbers of values changed, submissions removed and log rows "
                "still pending."
            ),
            f"qgis_process run cartong:applycleaninglog -- {survey} LOG=cleaning_log.xlsx "
            "OUTPUT=household_survey_clean.gpkg",
        ),
        "countbyadmin": AlgorithmHelp(
            tr("survey submissions (points, or a P-code field) and admin area polygons with P-codes."),
            tr(
                "the admin areas with the number of submissions, or the share of an answer, or the mean or median "
                "of a number, each area below the threshold marked 'insufficient'."
            ),
            'qgis_process run cartong:countbyadmin -- "POINTS=household_survey.gpkg|layername=survey" '
            '"ADMIN=admin_boundaries.gpkg|layername=admin2" ANSWER_FIELD=water_source ANSWER_VALUE=borehole '
            "OUTPUT=counts.gpkg",
        ),
        "exportmappdf": AlgorithmHelp(
            tr(
                "admin areas with a value to map (the output of 'Count submissions by admin area'), and optionally "
                "the survey points and the boundaries of the level above."
            ),
            tr("a print-ready map in PDF, PNG or SVG, or an atlas with a page or a file per area."),
            "qgis_process run cartong:exportmappdf -- POLYGONS=counts.gpkg "
            '"BOUNDARIES=admin_boundaries.gpkg|layername=admin1" "TITLE=Household survey" LANGUAGE=fr '
            "OUTPUT=household_survey_map.pdf",
        ),
        "detectpersonaldata": AlgorithmHelp(
            tr("a survey layer and, best, its XLSForm."),
            tr(
                "a table of the columns likely holding personal data, with their risk, the reason and a suggested "
                "protection; the numbers at high, medium and low risk."
            ),
            f"qgis_process run cartong:detectpersonaldata -- {survey} FORM=household_survey_form.xlsx "
            "OUTPUT=personal_data.csv",
        ),
        "exportforsharing": AlgorithmHelp(
            tr("a survey layer, the columns to remove or pseudonymise, and how to protect the locations."),
            tr("a protected copy (GeoPackage or CSV) with a README in English and French saying what was done."),
            f"qgis_process run cartong:exportforsharing -- {survey} DROP_FIELDS=respondent_name "
            "DROP_FIELDS=phone LOCATION_MODE=0 OUTPUT=household_survey_shared.gpkg",
        ),
        "makeofflinebasemap": AlgorithmHelp(
            tr("the address of an XYZ or WMS basemap, an area and zoom levels."),
            tr(
                "an MBTiles file that QGIS and QField open without network, or a vector background when no tile "
                "can be made; the numbers of tiles estimated and written."
            ),
            'qgis_process run cartong:makeofflinebasemap -- "SOURCE=https://tile.openstreetmap.org/{z}/{x}/{y}.png" '
            '"EXTENT=18.4,18.7,4.3,4.5 [EPSG:4326]" ZOOM_MAX=14 OUTPUT=bangui_basemap.mbtiles',
        ),
        "preparefieldpackage": AlgorithmHelp(
            tr("the survey GeoPackages, admin boundaries and, optionally, a basemap source for the area."),
            tr(
                "a package folder and its zip with the project, data, basemap, offline help and a manifest of "
                "every file."
            ),
            "qgis_process run cartong:preparefieldpackage -- SURVEYS=household_survey.gpkg "
            "BOUNDARIES=admin_boundaries.gpkg LANGUAGE=fr NAME=team_a_bangui OUTPUT=packages/team_a",
        ),
        "mergefieldpackage": AlgorithmHelp(
            tr("the package a field team brought back and the office survey GeoPackage."),
            tr(
                "the office GeoPackage with the new submissions, the values edited and repeat rows added by the "
                "field team and the cleaning decisions merged, and a CSV of the conflicts and of the field changes "
                "not merged, such as rows deleted in the field (the office kept its values and rows)."
            ),
            "qgis_process run cartong:mergefieldpackage -- PACKAGE=packages/team_a/team_a_bangui.zip "
            "OFFICE=household_survey.gpkg CONFLICTS=conflicts.csv",
        ),
        # a survey shared by a team in PostgreSQL (group "teams")
        "surveytopostgis": AlgorithmHelp(
            tr("a survey GeoPackage and a PostgreSQL connection (with PostGIS) where you may create schemas."),
            tr(
                "a new schema with every table of the survey, and its reviewer and viewer roles for the "
                "administrator to grant; the number of rows copied."
            ),
            "qgis_process run cartong:surveytopostgis -- INPUT=household_survey.gpkg CONNECTION=service=survey "
            "SCHEMA=household_survey_2026",
        ),
        "surveytogeopackage": AlgorithmHelp(
            tr("a PostgreSQL connection and the schema of a shared survey."),
            tr(
                "a survey GeoPackage with the same tables, the cleaning log with everyone's decisions included; "
                "the number of rows copied."
            ),
            "qgis_process run cartong:surveytogeopackage -- CONNECTION=service=survey SCHEMA=household_survey_2026 "
            "OUTPUT=household_survey_team.gpkg",
        ),
        "exportreviewsheet": AlgorithmHelp(
            tr("a PostgreSQL connection and the schema of a shared survey."),
            tr(
                "a review sheet (XLSX or CSV) of the shared cleaning log, with its log_id and version columns; the "
                "number of log rows."
            ),
            "qgis_process run cartong:exportreviewsheet -- CONNECTION=service=survey SCHEMA=household_survey_2026 "
            "OUTPUT=review.xlsx",
        ),
        "savedecisions": AlgorithmHelp(
            tr("a PostgreSQL connection, the schema of a shared survey and a review sheet with your decisions."),
            tr(
                "the decisions saved in the shared cleaning log, with who and when; the numbers saved, refused "
                "(someone decided first) and unchanged."
            ),
            "qgis_process run cartong:savedecisions -- CONNECTION=service=survey SCHEMA=household_survey_2026 "
            "SHEET=review.xlsx",
        ),
    }


def algorithm_help(name: str) -> AlgorithmHelp | None:
    """The footer's parts for the algorithm ``name`` (e.g. "runchecks"), translated; None when unknown."""
    return _table().get(name)


def help_resource(name: str, group_id: str):
    """The catalogue resource that explains the algorithm ``name``: the first entry that lists it in its
    ``algorithms``, else the first of the topic of its group; None when the catalogue has neither."""
    from ..core.learning.help_catalogue import load_catalogue

    catalogue = load_catalogue(log=False)  # problems are logged where the catalogue is shown
    found = catalogue.for_algorithm(name)
    if not found:
        found = catalogue.by_topic().get(_GROUP_TOPIC.get(group_id, ""), [])
    return found[0] if found else None


def footer(name: str, group_id: str) -> str:
    """The lines appended to the algorithm's description, each a paragraph of the help panel."""
    from ..core.base.translation import preferred_language

    lines = []
    parts = algorithm_help(name)
    if parts is not None:
        lines += [
            tr("What goes in: {inputs}").format(inputs=parts.inputs),
            tr("What comes out: {outputs}").format(outputs=parts.outputs),
            tr("Without the QGIS window: {command}").format(command=parts.example),
        ]
    language = preferred_language()
    resource = help_resource(name, group_id)
    if resource is not None:
        lines.append(
            tr("Learn more: {title}, {url}").format(title=resource.title(language), url=resource.url(language))
        )
    return "\n".join(lines)
