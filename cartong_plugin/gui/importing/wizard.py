# SPDX-License-Identifier: GPL-3.0-or-later
"""The import wizard: source and files -> preview -> options -> run (QgsTask) -> summary.

A thin layer over ``core.survey.importer``: the preview calls ``preview_export`` in a CoreTask (large
workbooks and zips take seconds to read; QGIS stays responsive), the run calls
``import_survey`` in a QgsTask (QGIS stays responsive, the user can cancel), the summary shows
the ImportReport and adds the layers to the project with ``add_survey_to_project``.

The pages are in ``input_pages`` (source, preview, options) and ``run_pages`` (run, summary).
"""

from __future__ import annotations

from ...core.base.i18n import tr
from ..wizard_common import CartongWizard
from .input_pages import OptionsPage, PreviewPage, SourcePage
from .run_pages import RunPage, SummaryPage


class ImportWizard(CartongWizard):
    """Import a survey export in five pages; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongImportWizard", tr("Import survey data"), iface, parent)
        self.source_page = SourcePage(self)
        self.preview_page = PreviewPage(self)
        self.options_page = OptionsPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        self.add_pages(self.source_page, self.preview_page, self.options_page, self.run_page, self.summary_page)
        self.install_help()

    def reject(self):
        self.preview_page.stop()  # a preview still reading is not shown on a closed wizard
        if self.run_page.task is not None:  # closing the wizard cancels a running import
            self.run_page.task.cancel()
        super().reject()
