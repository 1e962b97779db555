# SPDX-License-Identifier: GPL-3.0-or-later
"""Download surveys from KoboToolbox (API v2) and ODK Central (REST + OData) servers.

``http`` is the shared HTTP client (timeouts, retries, translated errors, QGIS proxy),
``kobo`` and ``odk_central`` speak each API, ``credentials`` keeps secrets in the QGIS
authentication manager and ``sync`` turns the downloaded records into the survey GeoPackage.

May import: ``base``, ``survey``.
"""
