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

This module owns the table (``PARAMETER_HELP``), the expert flags and how they are applied; the
texts of each family of algorithms are in ``parameter_help_survey``, ``parameter_help_cleaning``,
``parameter_help_maps``, ``parameter_help_protection`` and ``parameter_help_field``, and those
several families share in ``parameter_help_common``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.base.qgis_compat import mark_advanced
from .parameter_help_cleaning import _apply_log, _run_checks
from .parameter_help_field import _merge_field_package, _offline_basemap, _prepare_field_package
from .parameter_help_maps import _count_by_admin, _export_map
from .parameter_help_protection import _detect_personal_data, _export_for_sharing
from .parameter_help_survey import _download_kobo, _download_odk, _import_survey

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
