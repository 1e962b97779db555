# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Prepare for the field" wizard: a field package (project, data, offline basemap, help) in a
folder and a zip, over ``core.field.package`` through a QgsTask."""
