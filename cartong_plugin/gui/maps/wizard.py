# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard: kind of map -> data -> layout -> export (PDF, PNG or SVG).

A thin layer over ``core`` calling what ``cartong:countbyadmin`` and ``cartong:exportmappdf``
call: ``aggregate.count_layer`` counts the submissions per admin area in a CoreTask (layers
reopened in the task thread), or the mean or median of a numeric question; the layout is then
built with ``layouts.build_choropleth_layout`` (``build_atlas_layout`` for an atlas),
``build_points_layout``, ``build_proportional_layout`` or ``build_heatmap_layout`` and written by
``export.export_layout`` (``export_atlas``) on the main thread, where Qt graphics scenes live
(hence FlagNoThreading on cartong:exportmappdf). Default titles come from ``map_texts.default_title``.
The layout stays in the project's layout manager, so the user can adjust it by hand.
The pages are in ``type_page``, ``data_page``, ``layout_page`` and ``export_page`` (what they share in
``pages_common``); what they run (counting in a task, building and exporting the layout) is in ``jobs``.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QWizard

from ...core.base.errors import CartongError
from ...core.base.i18n import tr
from ...core.maps.map_texts import MAP_POINTS, MAP_SHARE
from ..wizard_common import CartongWizard
from .data_page import DataPage
from .export_page import ExportPage
from .jobs import CHOROPLETHS, MAP_NUMBER, NEEDS_COUNTS, MapChoices
from .layout_page import LayoutPage
from .type_page import TypePage

# -- the wizard --------------------------------------------------------------------------------


class MapWizard(CartongWizard):
    """Make a print-ready map in four pages; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongMapWizard", tr("Make a map"), iface, parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.type_page = TypePage(self)
        self.data_page = DataPage(self)
        self.layout_page = LayoutPage(self)
        self.export_page = ExportPage(iface, self)
        pages = (self.type_page, self.data_page, self.layout_page, self.export_page)
        for page in pages:
            page.setProperty("cartong_help_page", page.objectName())
        self.add_pages(*pages)
        self.install_help()
        self.finished.connect(self.export_page.forget_output)  # next time: a fresh name, never the last map

    def choices(self) -> MapChoices:
        """What the pages say, checked (CartongError names what is missing)."""
        kind = self.type_page.map_type()
        data, page = self.data_page, self.layout_page
        survey = data.survey.currentLayer()
        if survey is None:
            raise CartongError(tr("Choose the survey layer."))
        admin = data.admin.currentLayer()
        if kind in NEEDS_COUNTS and (admin is None or not data.admin_code.currentField()):
            raise CartongError(tr("Choose the admin boundaries and their P-code field."))
        share = kind == MAP_SHARE
        return MapChoices(
            map_type=kind,
            survey=survey,
            admin=admin,
            code_field=data.admin_code.currentField(),
            name_field=data.admin_name.currentField(),
            boundaries=data.boundaries.currentLayer() if kind in NEEDS_COUNTS else None,
            join_field=data.join_field.currentField() if data.by_pcode.isChecked() else None,
            question=data.question.currentField() if kind in (MAP_SHARE, MAP_POINTS) else None,
            answer=data.answer.currentData() if share else None,
            method=data.method.currentData(),
            classes=data.classes.value(),
            min_count=data.min_count.value(),
            show_points=data.show_points.isChecked(),
            labels=data.labels.isChecked() and bool(data.admin_name.currentField()),
            page=page.page_code(),
            language=page.language.currentData(),
            texts=page.texts(),
            legend_title=page.legend_title.text().strip(),
            output=self.export_page.output.filePath(),
            dpi=self.export_page.dpi.value(),
            value_field=data.number.currentField() if kind == MAP_NUMBER else None,
            statistic=data.statistic.currentData(),
            breaks=data.class_limits() if kind in CHOROPLETHS else None,
            atlas=self.export_page.atlas.isChecked() and kind in CHOROPLETHS,
            atlas_files=self.export_page.atlas.isChecked() and self.export_page.atlas_files.isChecked(),
            background="osm" if page.osm.isChecked() else "offline",
        )

    def go_to_export(self) -> None:
        """From the first page, Next through the pages while they are complete: the export page, or
        the page that still needs an answer (it says which)."""
        self.restart()
        while self.currentPage() is not self.export_page and self.currentPage().isComplete():
            page = self.currentPage()
            self.next()
            if self.currentPage() is page:  # the page refused (its own message says why)
                return

    def reject(self):
        self.export_page.stop()  # closing cancels the map being made and waits for its counting task
        super().reject()


__all__ = ["MapWizard"]
