# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Data protection / Export for sharing" wizard.

Layer and form -> personal data found (one action per column) -> locations and small groups
-> output file -> run (QgsTask, cancellable) -> summary with a link to the README note.

A thin layer over ``core.protection``: the findings come from ``detect.detect_in_layer`` and
the file from ``share_export.export_for_sharing``, the same calls as the Processing
algorithms ``cartong:detectpersonaldata`` and ``cartong:exportforsharing``. Text from the
survey (column names, values) is shown in table items (drawn as plain text), labels set to
``Qt.TextFormat.PlainText`` (``wizard_common.plain_label``), or escaped where Qt renders rich
text (``wizard_common.safe_tooltip`` for tooltips, ``plain_text`` in links).

The pages are in ``input_pages``, ``location_page`` and ``output_pages`` (what they share in
``pages_common``); the wizard turns their choices into ``ShareOptions``.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QWizard

from ...core.base.i18n import tr
from ...core.protection.share_options import ShareOptions
from ..wizard_common import CartongWizard
from .input_pages import FindingsPage, SourcePage
from .location_page import LocationPage
from .output_pages import OutputPage, RunPage, SummaryPage


class ProtectionWizard(CartongWizard):
    """Export a survey layer for sharing; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongProtectionWizard", tr("Data protection: export for sharing"), iface, parent)
        self.source_page = SourcePage(self)
        self.findings_page = FindingsPage(self)
        self.location_page = LocationPage(self)
        self.output_page = OutputPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        self.add_pages(
            self.source_page, self.findings_page, self.location_page, self.output_page, self.run_page, self.summary_page
        )
        active = iface.activeLayer() if iface is not None and hasattr(iface, "activeLayer") else None
        self.source_page.choose_survey(active)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.finished.connect(self._forget_output)  # next time: a fresh file name, never the last one
        self.install_help()

    def share_options(self):
        """ShareOptions from the pages (the same object the algorithm builds from its parameters)."""
        findings, location = self.findings_page, self.location_page
        mode = location.mode()
        return ShareOptions(
            drop_columns=findings.columns_with("drop"),
            pseudonymise_columns=findings.columns_with("pseudonymise"),
            keep_columns=findings.columns_with("keep"),  # an explicit choice: written in the README
            key=self.output_page.key,
            location_mode=mode,
            min_distance_m=location.min_distance.value(),
            max_distance_m=location.max_distance.value(),
            grid_size_m=location.grid_size.value(),
            area_field=location.area_field.currentField() or "admin2",
            category_field=location.category_field.currentField() or "",
            k=location.k.value(),
            boundaries=location.admin_layer.currentLayer() if location.uses_admin_layer() else None,
            boundaries_code_field=location.admin_code.currentField() or "adm2_pcode",
            strip_links=location.strip_links.isChecked(),
            quasi_identifiers=location.known_columns.checkedItems(),
        )

    def plan_lines(self) -> list[str]:
        """What the export will do, in words, for the output page."""
        findings, location = self.findings_page, self.location_page
        mode = location.mode()
        if mode == "aggregate":
            return [
                tr(
                    "Write only counts by {column}, hiding counts below {k} (and other counts that would "
                    "reveal them); no individual record is shared."
                ).format(column=location.area_field.currentField(), k=location.k.value())
            ]
        lines = []
        for action, text in (
            ("drop", tr("Remove: {columns}")),
            ("pseudonymise", tr("Pseudonymise: {columns}")),
            ("keep", tr("Keep although flagged: {columns}")),
        ):
            columns = findings.columns_with(action)
            if columns:
                lines.append(text.format(columns=", ".join(columns)))
        lines.append(
            {
                "displace": tr("Move points by {min:.0f} to {max:.0f} m at random.").format(
                    min=location.min_distance.value(), max=location.max_distance.value()
                ),
                "snap": tr("Snap points to a {size:.0f} m grid.").format(size=location.grid_size.value()),
                "drop": tr("Remove the locations."),
                "keep": tr("Keep the exact locations (not recommended)."),
            }[mode]
        )
        if location.uses_admin_layer():
            lines.append(
                tr("Keep each moved point inside its admin area ({layer}).").format(
                    layer=location.admin_layer.currentLayer().name()
                )
            )
        if mode != "keep":
            lines.append(tr("Columns repeating the exact location are removed too."))
        if location.strip_links.isChecked():
            lines.append(tr("Remove links and attachment file names."))
        known = location.known_columns.checkedItems()
        if known:
            lines.append(
                tr("Blank rare combinations of: {columns} (k = {k}).").format(
                    columns=", ".join(known), k=location.k.value()
                )
            )
        return lines

    def reject(self):
        self.findings_page.stop()  # closing the wizard stops the detection (and waits for it)
        self.run_page._cancel()  # and a running export
        super().reject()

    def _forget_output(self, _result=0) -> None:
        self.output_page.output.setFilePath("")  # a fresh suggestion, never the last file again
        # Layers came and went meanwhile (a map's "Countries"): start again on the survey.
        active = self.iface.activeLayer() if self.iface is not None and hasattr(self.iface, "activeLayer") else None
        self.source_page.choose_survey(active)
        self.restart()
