# SPDX-License-Identifier: GPL-3.0-or-later
"""Parameter help of the survey algorithms: import an export file, download from KoboToolbox or ODK Central.

Owns the texts only these share (the survey GeoPackage written, the label language of downloads, Update,
attachments); the tables are gathered by ``parameter_help.PARAMETER_HELP``.
"""

from __future__ import annotations

from ..core.base.i18n import tr
from .parameter_help_common import _xlsform


def _survey_output() -> str:
    return tr(
        "The survey GeoPackage to write, e.g. household_survey.gpkg: raw tables exactly as received, the "
        "typed layer 'survey' and one table per repeat group. With Update, the existing file is extended. "
        "It is written to a temporary file first: a failed download leaves the previous file as it was."
    )


def _update() -> str:
    return tr(
        "Ticked: the submissions newer than the last sync recorded in the GeoPackage are downloaded and "
        "appended, with any older one the GeoPackage lacks; submissions deleted, edited or reviewed again on "
        "the server since are named in a warning, not changed in the GeoPackage. Not ticked: every "
        "submission of the form is downloaded into the GeoPackage."
    )


def _attachments() -> str:
    return tr(
        "Ticked: photos, signatures and other files attached to the submissions are downloaded into a "
        "folder beside the GeoPackage, named after it (household_survey_attachments). It can take long "
        "and much space over a slow connection."
    )


def _download_language() -> str:
    return tr(
        "The language of the form's labels written beside the codes, as the form's label columns name it: "
        "English (en), Français (fr), or just fr; default for the labels of the form's plain 'label' "
        "columns, which name no language. Empty: the form's default language; with Update, the language "
        "the GeoPackage was made with. An update asking another language is refused: its old and new rows "
        "would be labelled in two languages."
    )


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
            "name it: English (en), Français (fr), or just fr; default for the labels of the form's plain "
            "'label' columns, which name no language. Empty: the form's default language. Without a form "
            "it changes nothing."
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
        "LANGUAGE": _download_language(),
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
        "LANGUAGE": _download_language(),
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
