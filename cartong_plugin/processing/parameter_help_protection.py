# SPDX-License-Identifier: GPL-3.0-or-later
"""Parameter help of the responsible-data algorithms: detect personal data, export for sharing.

The tables are gathered by ``parameter_help.PARAMETER_HELP``.
"""

from __future__ import annotations

from ..core.base.i18n import tr
from .parameter_help_common import _survey_layer, _xlsform


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


def _export_for_sharing() -> dict[str, str]:
    return {
        "INPUT": _survey_layer(),
        "DROP_FIELDS": tr(
            "Columns removed from the copy, e.g. respondent_name and phone. Run 'Detect personal data' "
            "first: its list names the candidates."
        ),
        "KEEP_FIELDS": tr(
            "Columns flagged as personal data to keep in the copy as they are, e.g. village when the partner "
            "needs it. Not recommended: a column at high risk kept is named in the README. Without a choice, "
            "any other column at high risk is removed, and columns identifying staff, devices, accounts or "
            "documents are pseudonymised (removed when no key can be opened), as the wizard starts them."
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
            "key gives the same pseudonyms, and the same moved points, from one export to the next."
        ),
        "KEY_SOURCE": tr(
            "For runs without the QGIS window: where the key is, env:CARTONG_KEY (an environment "
            "variable) or file:/home/me/cartong_key.txt (a file holding 64 hexadecimal characters). "
            "Used when no authentication configuration is chosen. Without it such a run cannot open your "
            "default key, so the columns pseudonymised by default are removed instead."
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
