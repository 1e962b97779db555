# SPDX-License-Identifier: GPL-3.0-or-later
"""Parameter help of the field algorithms: offline basemap, prepare and merge a field package.

Owns the zoom level texts these share; the tables are gathered by ``parameter_help.PARAMETER_HELP``.
"""

from __future__ import annotations

from ..core.base.i18n import tr


def _zoom_min() -> str:
    return tr("The widest zoom level to download, from 0 (the whole world) to 19 (a house). Default 5: a country.")


def _zoom_max() -> str:
    return tr(
        "The closest zoom level to download, from 0 to 19. Default 12: towns, villages and main roads. Each "
        "level more needs about 4 times as many tiles: 15 shows streets but may need hours."
    )


def _offline_basemap() -> dict[str, str]:
    return {
        "ZOOM_MIN": _zoom_min(),
        "ZOOM_MAX": _zoom_max(),
        "EXTENT": tr(
            "The area to cover, e.g. the extent of the admin boundaries layer, or 18.4,18.7,4.3,4.5 "
            "[EPSG:4326] for Bangui (xmin, xmax, ymin, ymax). An area across the 180th meridian is "
            "refused: make one basemap on each side."
        ),
        "BOUNDARIES": tr(
            "A GeoPackage of admin boundaries, e.g. admin_boundaries.gpkg, drawn in the vector "
            "background written when no tile can be downloaded."
        ),
        "OUTPUT": tr(
            "The MBTiles file to write, e.g. bangui_basemap.mbtiles; QGIS and QField open it without "
            "network. When tiles could not be downloaded, the run says how many and at which zooms, "
            "and an existing file is kept: the incomplete basemap goes beside it (name_partial.mbtiles). "
            "When no tile can be made, a vector background is written beside it "
            "(name_background.gpkg), never over another file."
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
        "TIME_ZONE": tr(
            "The time zone the field laptops are set to, by its IANA name, e.g. Africa/Bangui. The merge reads the "
            "date-times QGIS 3.22 writes without a time zone in it. Empty: the time zone of this computer."
        ),
        "INCLUDE_PERSONAL_DATA": tr(
            "Off (default): the columns found to hold personal data at high risk (names, phone numbers, GPS "
            "coordinates written out, photo links), the cleaning decisions and photos of those columns and the "
            "raw tables stay at the office; the merge keeps the office values of what was left out. On: the "
            "package carries them, for a field team that needs them, on an encrypted laptop only; delete the "
            "package from the laptop after the merge. Either way the points of the submissions stay exact."
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
            "value is kept) and each field change not merged (a row deleted in the field, a change to a row "
            "the office removed), with its reason, e.g. conflicts.csv. The same list is in the table "
            "field_conflicts."
        ),
    }
