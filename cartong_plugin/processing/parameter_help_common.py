# SPDX-License-Identifier: GPL-3.0-or-later
"""Parameter help texts shared by algorithms of several families: the XLSForm, the survey layer, admin areas.

The family modules (``parameter_help_survey``, ``_cleaning``, ``_maps``, ``_protection``, ``_field``) build
their tables from these; ``parameter_help`` gathers the tables.
"""

from __future__ import annotations

from ..core.base.i18n import tr


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
