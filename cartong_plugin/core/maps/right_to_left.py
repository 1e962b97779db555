# SPDX-License-Identifier: GPL-3.0-or-later
"""Maps in a right-to-left language (Arabic): the filled layout mirrored, its texts set right to left.

``mirror_layout`` puts every item of a filled layout on the other side of the page (the map on the
right, overview, legend and sources on the left, the logo on the left of the title, north arrow and
scale bar swapped), aligns the texts right, puts the legend's symbols right of their labels and
drops italics (Arabic has none). ``joined_letters`` does the same for map labels and removes their
letter spacing, which would cut the joined Arabic letters apart. ``in_direction`` embeds each line
of a text right to left: QGIS draws layout texts in the application's direction, left to right in
a QGIS that is not in Arabic, which would put the colon of "المصادر: OCHA" or the brackets of
"(GPS)" on the wrong side. The letters are shaped by Qt; the font comes from
``fitting.map_font_family``.
"""

from __future__ import annotations

from qgis.core import (
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

from ..base.translation import RIGHT_TO_LEFT_LANGUAGES
from .fitting import label_font, set_label_font

RLE, PDF = "\u202b", "\u202c"  # RIGHT-TO-LEFT EMBEDDING ... POP DIRECTIONAL FORMATTING

_LEFT, _RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
_Point = QgsLayoutItem.ReferencePoint
_MIRRORED_POINTS = {
    _Point.UpperLeft: _Point.UpperRight,
    _Point.UpperRight: _Point.UpperLeft,
    _Point.MiddleLeft: _Point.MiddleRight,
    _Point.MiddleRight: _Point.MiddleLeft,
    _Point.LowerLeft: _Point.LowerRight,
    _Point.LowerRight: _Point.LowerLeft,
}


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT_LANGUAGES


def plain(text: str) -> str:
    """``text`` without the embeddings ``in_direction`` added."""
    return text.replace(RLE, "").replace(PDF, "")


def in_direction(text: str, language: str) -> str:
    """Each line of ``text`` embedded right to left when ``language`` is written so; else ``text``."""
    if not is_right_to_left(language):
        return text
    return "\n".join(f"{RLE}{line}{PDF}" if line.strip() else line for line in plain(text).split("\n"))


def joined_letters(labeling):
    """``labeling`` (a QgsVectorLayerSimpleLabeling) without letter spacing nor italics."""
    from qgis.core import QgsPalLayerSettings

    settings = QgsPalLayerSettings(labeling.settings())
    text_format = settings.format()
    font = QFont(text_format.font())
    font.setItalic(False)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.0)
    text_format.setFont(font)
    settings.setFormat(text_format)
    labeling.setSettings(settings)
    return labeling


def _mirrored_alignment(alignment) -> Qt.AlignmentFlag | None:
    """The other side for a text aligned left or right; None for a centred one."""
    if alignment & _LEFT:
        return _RIGHT
    if alignment & _RIGHT:
        return _LEFT
    return None


def _mirror_position(item: QgsLayoutItem, page_width: float) -> None:
    """Move ``item`` to the other side of the page; its right edge then stays put when it resizes
    (a legend or scale bar fitted to its content, an atlas page's scale bar)."""
    item.setReferencePoint(_Point.UpperLeft)  # the item stays where it is
    left, top = item.positionWithUnits().x(), item.positionWithUnits().y()
    width = item.sizeWithUnits().width()
    item.attemptMove(QgsLayoutPoint(page_width - left - width, top, QgsUnitTypes.LayoutUnit.LayoutMillimeters))  # type: ignore[attr-defined]
    item.setReferencePoint(_Point.UpperRight)


def _right_to_left_label(label: QgsLayoutItemLabel, language: str) -> None:
    mirrored = _mirrored_alignment(label.hAlign())
    if mirrored is not None:
        label.setHAlign(mirrored)
    font = label_font(label)
    if font.italic():
        font.setItalic(False)
        set_label_font(label, font)
    label.setText(in_direction(label.text(), language))


def _right_to_left_legend(legend: QgsLayoutItemLegend, language: str) -> None:
    legend.setTitleAlignment(_RIGHT)
    legend.setSymbolAlignment(_RIGHT)
    for style in (QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel):
        legend.rstyle(style).setAlignment(_RIGHT)
    legend.setTitle(in_direction(legend.title(), language))
    model = legend.model()
    for node in model.rootGroup().findLayers():
        node.setName(in_direction(node.name(), language))
        for index, legend_node in enumerate(model.layerOriginalLegendNodes(node)):
            label = legend_node.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(label, str) and label.strip():
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, in_direction(label, language))
        model.refreshLayerLegend(node)
    legend.updateLegend()


def mirror_layout(layout: QgsPrintLayout, language: str = "ar") -> None:
    """Turn a filled one-page layout right to left (see the module's docstring)."""
    page_width = layout.pageCollection().page(0).pageSize().width()
    for item in layout.items():
        if not isinstance(item, QgsLayoutItem) or isinstance(item, QgsLayoutItemPage):
            continue
        _mirror_position(item, page_width)
        if isinstance(item, QgsLayoutItemLabel):
            _right_to_left_label(item, language)
        elif isinstance(item, QgsLayoutItemLegend):
            _right_to_left_legend(item, language)
        elif isinstance(item, QgsLayoutItemPicture):
            item.setPictureAnchor(_MIRRORED_POINTS.get(item.pictureAnchor(), item.pictureAnchor()))
