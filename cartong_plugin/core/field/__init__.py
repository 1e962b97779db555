# SPDX-License-Identifier: GPL-3.0-or-later
"""In the field: offline basemaps, offline project packages, and bringing the work back.

Owns ``basemap`` (an MBTiles basemap of an area from an XYZ/WMS source with QGIS's own tile
algorithm: estimate, cap, progress, cancel; a vector background from the bundled countries when no
tile can be made), ``attachments`` (the photos and files a survey links to: found or listed missing),
``snapshot`` (the values of a survey GeoPackage when it left the office, kept inside the package so a
returned one can be merged three ways), ``package`` (the field package: folder, zip and manifest) and
``merge`` (a returned package merged into the office GeoPackage, conflicts reported, never overwritten)
with its steps: ``rows``, ``typed_cells``, ``field_times``, ``derived``, ``ledger``, ``decisions``,
``conflicts`` and ``report``.

May import: ``base``, ``survey``, ``servers``, ``cleaning``, ``maps``, ``protection``.
"""
