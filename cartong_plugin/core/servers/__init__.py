# SPDX-License-Identifier: GPL-3.0-or-later
"""Download surveys from KoboToolbox (API v2) and ODK Central (REST + OData) servers.

``http`` is the shared HTTP client (timeouts, retries, the QGIS proxy from ``proxy``, translated errors from
``server_errors``, their sentences from ``http_failures``, JSON read by ``server_json`` so that one odd
character is replaced and said, files streamed by ``file_download``, which refuses a login page for a file:
``web_pages``), ``bounds`` what keeps it finite and the
credentials on the configured origin (page loops and limits, answer size and stall limits, exact-origin rule),
``kobo`` and ``odk_central`` speak each API (``odata_records`` gives Central's submissions the Kobo shape),
``credentials`` keeps secrets in the QGIS authentication manager, ``sync`` turns the downloaded records into
the survey GeoPackage (``submissions`` writes them into its tables, ``geopackage`` replaces the file safely
and keeps its ``cartong_metadata`` log, ``attachments`` saves the files and links them in the attribute form,
``attachment_fetch`` asks them, in an update those skipped before too),
``resume`` keeps what an interrupted download received so that the next one continues it, ``sync_language``
chooses the labels' language (an update keeps the GeoPackage's).

May import: ``base``, ``survey``.
"""
