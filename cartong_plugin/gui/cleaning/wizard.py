# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning wizard: layer and form -> checks and thresholds -> run (QgsTask) -> review log -> apply.

A thin layer over ``core``: the run reads the layer with ``checks.layers.layer_to_frame``, calls
``checks.run_checks`` and keeps earlier decisions with ``cleaning_log.merge_logs`` (as
``cartong:runchecks`` does); the review page shows the rows in a ``CleaningLogView`` (edit, save with
``write_log_to_gpkg``, export/import with ``export_log``/``import_log``); the apply page runs the
``cartong:applycleaninglog`` algorithm itself and stores its output as ``survey_cleaned`` in the
survey's GeoPackage. Slow work runs in a CoreTask; the raw tables are never written.

The pages are in ``setup_pages``, ``run_pages`` and ``apply_page``; ``survey_layers`` tells which
layers are surveys, ``log_view`` is the cleaning log as the reviewer edits it (its models in
``log_model``).
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QMessageBox, QWizard

from ...core.base.errors import CartongError
from ...core.base.i18n import tr
from ..tasks import layer_for_task
from ..wizard_common import CartongWizard
from .apply_page import ApplyPage
from .run_pages import ReviewPage, RunPage
from .setup_pages import ChecksPage, LayerPage

# -- the wizard --------------------------------------------------------------------------------


class CleaningWizard(CartongWizard):
    """Check and clean a survey in five pages; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongCleaningWizard", tr("Check and clean survey data"), iface, parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.layer_page = LayerPage(iface, self)
        self.checks_page = ChecksPage(iface, self)
        self.run_page = RunPage(self)
        self.review_page = ReviewPage(iface, self)
        self.apply_page = ApplyPage(self)
        pages = (self.layer_page, self.checks_page, self.run_page, self.review_page, self.apply_page)
        for page in pages:
            page.setProperty("cartong_help_page", page.objectName())
        self.add_pages(*pages)
        self.install_help()

    def admin_layer(self) -> tuple | None:
        """The admin layer chosen, as the checks task reads it: (layer_for_task spec, P-code field, name
        field, parent P-code field); None without one. Its features are read in the task, not here."""
        page = self.layer_page
        admin = page.admin.currentLayer()
        if admin is None:
            return None
        code, name = page.admin_code.currentField(), page.admin_name.currentField()
        if not code or not name:
            raise CartongError(
                tr("Choose the P-code and name fields of the admin layer {layer}.").format(layer=admin.name())
            )
        return layer_for_task(admin), code, name, page.admin_parent.currentField()

    def reject(self):
        if self.review_page.view.model.dirty and self.isVisible():
            answer = QMessageBox.question(
                self,
                tr("Unsaved cleaning log"),
                tr("The decisions in the cleaning log are not saved. Close the wizard and lose them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        for task in (self.run_page.task, self.apply_page.task):
            if task is not None and task.is_running():
                task.cancel()
        super().reject()


__all__ = ["CleaningWizard"]
