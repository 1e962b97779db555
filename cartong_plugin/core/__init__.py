# SPDX-License-Identifier: GPL-3.0-or-later
"""The logic of the toolkit: no widgets, usable headless (tests, Processing, qgis_process)."""
