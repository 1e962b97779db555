# SPDX-License-Identifier: GPL-3.0-or-later
"""The download wizard: a form's submissions from a KoboToolbox or ODK Central server into a GeoPackage.

Owns its pages and ``jobs`` (logins, form lists, the download and the project layers, without
widgets); the wizard is ``download.wizard.DownloadWizard``.
"""
