# SPDX-License-Identifier: GPL-3.0-or-later
"""Teams beyond one laptop: a survey shared in PostgreSQL/PostGIS, reviewed by several people at once.

Owns ``connection`` (which database: a QGIS PostgreSQL connection name or a libpq connection
string, passwords through the QGIS authentication manager, SSL modes as set), ``store`` (one
session over GDAL's PostgreSQL driver: transactions, quoting, PostgreSQL errors as sentences),
``roles`` (one schema per survey, its ``<schema>_reviewer`` and ``<schema>_viewer`` roles and
grants, the guards that keep raw tables unchanged), ``transfer`` (a survey GeoPackage to a
PostGIS schema and back, in one transaction), ``append`` (the rows an incremental server sync
added, brought into the schema in one transaction, decisions there kept), ``review``
(cleaning decisions saved by several reviewers at once: who and when recorded by the database,
a version per log row so that a stale save is refused and both values are shown),
``shared_log`` (the checks' log written into the schema, decisions kept) and ``cleaned`` (the
cleaned layer written into the schema in one transaction, never over a table the survey came
with; the import's column plan read from the schema's raw table and form).

May import: ``base``, ``survey``, ``servers``, ``cleaning``, ``maps``, ``protection``.
"""
