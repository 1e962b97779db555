# SPDX-License-Identifier: GPL-3.0-or-later
"""Responsible data: find personal data, and export survey data that is safe to share.

``detect`` finds columns likely holding personal data; ``pseudonymise`` replaces values
by keyed hashes (key in the QGIS authentication manager); ``displace`` moves points;
``aggregate_safe`` counts by admin area with small-cell suppression; ``share_export``
puts them together into a protected copy with its metadata and a README.
"""
