# SPDX-License-Identifier: GPL-3.0-or-later
"""The data protection wizard's locations page: how points are protected, and small groups.

Points are moved at random, snapped to a grid, removed, kept (with a warning) or replaced by
counts per area; rare combinations of known columns are blanked (k-anonymity).
"""

from __future__ import annotations

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsWkbTypes
from qgis.gui import QgsCheckableComboBox, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from ...core.base.errors import CartongError
from ...core.base.i18n import tr
from ...core.protection.displace import check_radius
from ...core.protection.share_options import LOCATION_MODES, ShareOptions
from ..wizard_common import plain_label
from .pages_common import WARNING_STYLE, ProtectionPage

DEFAULTS = ShareOptions()  # the cautious defaults, shared with the algorithm


def _row(*items, stretch: bool = False) -> QHBoxLayout:
    """Widgets (and label texts) side by side; a trailing stretch keeps short fields short."""
    row = QHBoxLayout()
    for item in items:
        if isinstance(item, str):
            item = plain_label(item)
            item.setWordWrap(False)
        row.addWidget(item, 1 if stretch and isinstance(item, QComboBox) else 0)
    if not stretch:
        row.addStretch(1)
    return row


class LocationPage(ProtectionPage):
    """How the points are protected, links, and rare combinations of known columns."""

    def __init__(self, parent=None):
        super().__init__(
            "protection_location",
            tr("Locations and small groups"),
            tr("A GPS point is often a home. Move, snap or count the points by admin area before sharing them."),
            parent,
        )
        layout = QVBoxLayout(self)
        modes = QGroupBox(tr("Locations"), self)
        modes_layout = QVBoxLayout(modes)
        grid = QGridLayout()
        modes_layout.addLayout(grid)
        grid.setColumnStretch(2, 1)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        texts = {
            "displace": tr("Move each point at random"),
            "snap": tr("Snap points to a grid"),
            "aggregate": tr("Count by admin area"),
            "drop": tr("Remove the locations"),
            "keep": tr("Keep the exact locations (not recommended)"),
        }
        for index, mode in enumerate(LOCATION_MODES):
            button = QRadioButton(texts[mode], modes)
            button.setObjectName(f"mode_{mode}")
            self.mode_group.addButton(button, index)
            self.mode_buttons[mode] = button
            grid.addWidget(button, index, 0)

        self.min_distance = self._metres(DEFAULTS.min_distance_m, "min_distance")
        self.max_distance = self._metres(DEFAULTS.max_distance_m, "max_distance")
        grid.addLayout(_row(tr("between"), self.min_distance, tr("and"), self.max_distance), 0, 1, 1, 2)
        self.grid_size = self._metres(DEFAULTS.grid_size_m, "grid_size")
        grid.addLayout(_row(tr("cells of"), self.grid_size), 1, 1, 1, 2)
        self.area_field = QgsFieldComboBox(modes)
        self.area_field.setObjectName("area_field")
        self.category_field = QgsFieldComboBox(modes)
        self.category_field.setObjectName("category_field")
        self.category_field.setAllowEmptyFieldName(True)
        self.category_field.setToolTip(tr("Optional: one count per answer of this question."))
        grid.addLayout(_row(tr("column"), self.area_field, tr("answers of"), self.category_field), 2, 1, 1, 2)
        self.keep_warning = plain_label(
            tr(
                "Warning: anyone with this file can find the homes of the people "
                "surveyed. Share it only under a data sharing agreement."
            ),
            modes,
            "location_warning",
        )
        self.keep_warning.setStyleSheet(WARNING_STYLE)
        modes_layout.addWidget(self.keep_warning)
        layout.addWidget(modes)

        areas = QGroupBox(tr("Admin areas (for counts, or to keep moved points in their area)"), self)
        self.admin_layer = QgsMapLayerComboBox(areas)
        self.admin_layer.setObjectName("admin_layer")
        self.admin_layer.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.admin_layer.setAllowEmptyLayer(True)
        self.admin_layer.setLayer(None)
        self.admin_code = QgsFieldComboBox(areas)
        self.admin_code.setObjectName("admin_code")
        self.admin_code.setFilters(QgsFieldProxyModel.Filter.String)
        self.admin_layer.layerChanged.connect(self._admin_layer_changed)
        self.keep_in_area = QCheckBox(tr("Keep each moved point inside its admin area"), areas)
        self.keep_in_area.setObjectName("keep_in_area")
        areas_layout = QVBoxLayout(areas)
        areas_layout.addLayout(_row(tr("Layer"), self.admin_layer, tr("P-code field"), self.admin_code, stretch=True))
        areas_layout.addWidget(self.keep_in_area)
        layout.addWidget(areas)

        others = QGroupBox(tr("Links and small groups"), self)
        others_form = QFormLayout(others)
        self.strip_links = QCheckBox(tr("Remove links and attachment file names"), others)
        self.strip_links.setObjectName("strip_links")
        self.strip_links.setChecked(True)
        self.k = QSpinBox(others)
        self.k.setObjectName("k")
        self.k.setRange(2, 100)
        self.k.setValue(DEFAULTS.k)
        self.k.setToolTip(tr("Counts below k are hidden; rare combinations are blanked until k rows share them."))
        self.known_columns = QgsCheckableComboBox(others)
        self.known_columns.setObjectName("known_columns")
        self.known_columns.setDefaultText(tr("None"))
        self.known_columns.setToolTip(
            tr(
                "Columns an outsider could know (area, sex, age, household size…): "
                "combinations shared by fewer than k rows are blanked."
            )
        )
        others_form.addRow(self.strip_links)
        k_label = plain_label(tr("Fewest people in a group"), others)
        k_label.setWordWrap(False)
        k_label.setToolTip(tr("The k of k-anonymity: every count or combination shared describes at least k people."))
        others_form.addRow(k_label, _row(self.k, tr("smaller counts are hidden, rarer combinations blanked")))
        others_form.addRow(tr("Columns an outsider could know"), self.known_columns)
        layout.addWidget(others)
        self.problem = plain_label("", self, "problem")
        self.problem.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.mode_group.buttonToggled.connect(self._update_enabled)
        self.mode_buttons["displace"].setChecked(True)

    def _metres(self, value: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setObjectName(name)
        box.setRange(1, 100000)
        box.setDecimals(0)
        box.setSingleStep(50)
        box.setSuffix(tr(" m"))
        box.setValue(value)
        return box

    def initializePage(self):  # noqa: N802
        layer = self.wizard().source_page.layer.currentLayer()
        points = (
            layer.isSpatial() and QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
        )
        for mode in ("displace", "snap", "keep"):
            self.mode_buttons[mode].setEnabled(points)
        if not points and self.mode() in ("displace", "snap", "keep"):
            self.mode_buttons["drop"].setChecked(True)
        for box in (self.area_field, self.category_field):
            box.setLayer(layer)
        names = layer.fields().names()
        self.area_field.setField(next((n for n in ("admin2", "admin1") if n in names), ""))
        self.known_columns.clear()
        findings = self.wizard().findings_page
        removed = set(findings.columns_with("drop"))
        self.known_columns.addItems([n for n in names if n not in removed and n.lower() != "fid"])
        self._update_enabled()

    def _admin_layer_changed(self, layer) -> None:
        self.admin_code.setLayer(layer)
        if layer is not None:
            names = layer.fields().names()
            self.admin_code.setField(next((n for n in ("adm2_pcode", "adm1_pcode") if n in names), ""))
        self._update_enabled()

    def _update_enabled(self, *_args) -> None:
        mode = self.mode()
        for widget in (self.min_distance, self.max_distance, self.keep_in_area):
            widget.setEnabled(mode == "displace")
        self.grid_size.setEnabled(mode == "snap")
        for widget in (self.area_field, self.category_field):
            widget.setEnabled(mode == "aggregate")
        self.keep_warning.setVisible(mode == "keep")
        self.problem.clear()

    def mode(self) -> str:
        checked = self.mode_group.checkedId()
        return LOCATION_MODES[checked] if checked >= 0 else "displace"

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def validatePage(self):  # noqa: N802
        self.problem.clear()
        try:
            if self.mode() == "displace":
                check_radius(self.min_distance.value(), self.max_distance.value())
            if self.mode() == "aggregate" and not self.area_field.currentField():
                raise CartongError(tr("Choose the admin area column to count by."))
            if self.uses_admin_layer() and not self.admin_code.currentField():
                raise CartongError(tr("Choose the P-code field of the admin area layer."))
        except CartongError as err:
            self.problem.setText(str(err))
            return False
        return True

    def uses_admin_layer(self) -> bool:
        layer = self.admin_layer.currentLayer()
        return layer is not None and (
            self.mode() == "aggregate" or (self.mode() == "displace" and self.keep_in_area.isChecked())
        )
