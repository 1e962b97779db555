# SPDX-License-Identifier: GPL-3.0-or-later
"""The import wizard: a KoboToolbox, ODK or ONA export and its XLSForm into a GeoPackage.

Owns its pages and the task that runs ``core.survey.importer.import_survey``; the wizard is
``importing.wizard.ImportWizard``.
"""
