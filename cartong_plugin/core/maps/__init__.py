# SPDX-License-Identifier: GPL-3.0-or-later
"""Map and export: counts by admin area, styles, print layouts, PDF/PNG/SVG output.

Owns ``aggregate`` (counts, shares, means by location or P-code), ``styles`` (colour-blind-safe
renderers), ``layouts`` (print layouts from the bundled templates), ``export`` (atomic PDF/PNG/SVG
export and atlases) and ``survey_project`` (an imported survey as layers of a QGIS project).

May import: ``base``, ``survey``, ``servers``, ``cleaning``.
"""
