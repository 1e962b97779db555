# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard's first page: the kind of map, each with a note and a sample picture."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...core.base.i18n import tr
from ...core.maps.map_texts import MAP_COUNT, MAP_HEATMAP, MAP_POINTS, MAP_PROPORTIONAL, MAP_SHARE
from .jobs import MAP_NUMBER
from .pages_common import preview_pixmap


def map_types() -> list[tuple[str, str, str]]:
    """(key, title, explanation) of each kind of map the core can draw."""
    return [
        (
            MAP_COUNT,
            tr("Choropleth: submissions per admin area"),
            tr("Each area coloured by its number of submissions, in colour-blind-safe classes."),
        ),
        (
            MAP_SHARE,
            tr("Choropleth: share of an answer per admin area (%)"),
            tr(
                "Each area coloured by the share of submissions giving one answer. Areas with too few "
                "submissions show 'insufficient data' instead of a misleading percentage."
            ),
        ),
        (
            MAP_NUMBER,
            tr("Choropleth: mean or median of a number per admin area"),
            tr(
                "Each area coloured by the mean or median answer to a numeric question (household size, "
                "income…); too few answers show 'insufficient data', not a misleading mean."
            ),
        ),
        (
            MAP_PROPORTIONAL,
            tr("Proportional circles: submissions per admin area"),
            tr("A circle at the centre of each area, its surface proportional to the number of submissions."),
        ),
        (
            MAP_POINTS,
            tr("Points coloured by the answer to a question"),
            tr("Where the submissions were collected, one colour per answer (labels from the form)."),
        ),
        (
            MAP_HEATMAP,
            tr("Heatmap of the submissions"),
            tr("Where the submissions concentrate: light yellow (few) to dark red (many)."),
        ),
    ]


# -- page 1 ------------------------------------------------------------------------------------


class TypePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("map_type")
        self.setTitle(tr("Kind of map"))
        self.setSubTitle(
            tr(
                "Choose the map that answers your question. Every map comes in a print-ready "
                "layout with title, legend, scale bar, north arrow, sources and disclaimer."
            )
        )
        layout = QHBoxLayout(self)
        # Six kinds with their notes: a scroll area keeps every note whole on a 768-pixel-high laptop.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, title, text in map_types():
            button = QRadioButton(title, inner)
            button.setObjectName(f"type_{key}")
            note = QLabel(text, inner)
            note.setWordWrap(True)
            note.setIndent(22)  # under its button; the text colour (light grey read as disabled)
            self.group.addButton(button)
            self.buttons[key] = button
            column.addWidget(button)
            column.addWidget(note)
            column.addSpacing(4)
        column.addStretch(1)
        self.buttons[MAP_COUNT].setChecked(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.preview = QLabel(self)
        self.preview.setObjectName("type_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.preview)
        self.titles = {key: title for key, title, _text in map_types()}
        for key, button in self.buttons.items():
            button.toggled.connect(lambda on, key=key: on and self._show_preview(key))
        self._show_preview(MAP_COUNT)

    def _show_preview(self, key: str) -> None:
        """The sample map of this kind (resources/layouts/previews/type_<kind>.png, make_templates.py)."""
        pixmap = preview_pixmap(f"type_{key}", 300) or preview_pixmap("a4_landscape", 300)
        if pixmap is not None:
            self.preview.setPixmap(pixmap)
            self.preview.setToolTip(
                tr("{kind}: an A4 landscape map of the sample survey").format(kind=self.titles[key])
            )

    def map_type(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())
