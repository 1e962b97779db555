# SPDX-License-Identifier: GPL-3.0-or-later
"""Map and export: counts by admin area, styles, print layouts, PDF/PNG/SVG output.

Owns ``aggregate`` (counts, shares, means by location or P-code), ``styles`` (colour-blind-safe
renderers), the print layouts — ``map_texts`` (kinds of map, titles, language), ``fitting`` (fonts,
titles and legends that fit), ``extents`` (where the map looks), ``basemaps`` (offline world map or
OpenStreetMap), ``templates`` (a bundled template filled for one map), ``right_to_left`` (Arabic maps
mirrored) and ``layouts`` (the layout of each kind of map) —, ``preview`` (a template's thumbnail in
the map's language), ``export`` (atomic PDF/PNG/SVG export and atlases) and ``survey_project`` (an
imported survey as layers of a QGIS project).

May import: ``base``, ``survey``, ``servers``, ``cleaning``.
"""
