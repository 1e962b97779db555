# SPDX-License-Identifier: GPL-3.0-or-later
"""Fonts and fitting in a print layout: the template font swapped for an installed one (for Arabic,
the bundled Noto Sans Arabic of ``resources/fonts``), a title shrunk and wrapped until it fits its
box (shortened, and said, only when even the smallest size is too big), a legend shrunk (fonts,
symbols, then two columns) until it fits its box.
"""

from __future__ import annotations

import textwrap

from qgis.core import (
    Qgis,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemScaleBar,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMessageLog,
    QgsPrintLayout,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QFont, QFontDatabase

from ..base.i18n import tr
from ..base.paths import resources_dir

TEMPLATE_FONT = "DejaVu Sans"


# First installed family wins when the template font is missing (Windows, macOS).
FONT_FALLBACKS = ("DejaVu Sans", "Open Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")


# Arabic maps: a font with Arabic letters on every platform (QGIS ships none; DejaVu, Arial and
# Helvetica differ or lack them), registered from resources/fonts/ (see its README.md).
ARABIC_FONT = "Noto Sans Arabic"
ARABIC_FONT_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
_REGISTERED_FAMILIES: list[str] = []


MIN_LEGEND_FONT = 5.0  # points: below this a printed legend is unreadable


# QGIS >= 3.24 keeps label fonts in a text format, >= 3.30 legend fonts too: these helpers use
# the current API where it exists.
def label_font(label: QgsLayoutItemLabel) -> QFont:
    """The label's font, its size in points."""
    if hasattr(label, "textFormat"):
        text_format = label.textFormat()
        font = QFont(text_format.font())
        font.setPointSizeF(text_format.size())
        return font
    return QFont(label.font())


def set_label_font(label: QgsLayoutItemLabel, font: QFont) -> None:
    if hasattr(label, "setTextFormat"):
        text_format = label.textFormat()
        text_format.setFont(font)
        text_format.setSize(font.pointSizeF())
        text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)  # type: ignore[attr-defined]
        label.setTextFormat(text_format)
    else:
        label.setFont(font)


def style_font(style) -> QFont:
    if hasattr(style, "textFormat"):
        font = QFont(style.textFormat().font())
        font.setPointSizeF(style.textFormat().size())
        return font
    return QFont(style.font())


def _set_style_font(style, font: QFont) -> None:
    if hasattr(style, "setTextFormat"):
        text_format = style.textFormat()
        text_format.setFont(font)
        text_format.setSize(font.pointSizeF())
        text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)  # type: ignore[attr-defined]
        style.setTextFormat(text_format)
    else:
        style.setFont(font)


def available_font_family() -> str:
    families = set(QFontDatabase().families())
    return next((f for f in FONT_FALLBACKS if f in families), QFont().defaultFamily())


def register_bundled_fonts() -> list[str]:
    """Register the fonts of ``resources/fonts`` with Qt (once per session); their families."""
    if not _REGISTERED_FAMILIES:
        for name in ARABIC_FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
            if font_id < 0:
                QgsMessageLog.logMessage(
                    tr("The font file {file} could not be loaded: Arabic map texts use an installed font.").format(
                        file=resources_dir() / "fonts" / name
                    ),
                    "CartONG",
                    Qgis.MessageLevel.Warning,
                )
                continue
            _REGISTERED_FAMILIES.extend(
                f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in _REGISTERED_FAMILIES
            )
    return list(_REGISTERED_FAMILIES)


def map_font_family(language: str = "en") -> str:
    """The family a map in ``language`` is written in: the bundled Arabic font for Arabic (else an
    installed family with Arabic letters), the first installed of ``FONT_FALLBACKS`` otherwise."""
    if language != "ar":
        return available_font_family()
    if ARABIC_FONT in register_bundled_fonts():
        return ARABIC_FONT
    arabic = set(QFontDatabase().families(QFontDatabase.WritingSystem.Arabic))
    return next((f for f in FONT_FALLBACKS if f in arabic), next(iter(sorted(arabic)), available_font_family()))


def _with_family(font: QFont, family: str) -> QFont:
    font = QFont(font)
    font.setFamily(family)
    return font


def apply_font_family(layout: QgsPrintLayout, family: str) -> None:
    """Swap the template font for an installed one, keeping sizes and weights."""
    if family == TEMPLATE_FONT:
        return
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            set_label_font(item, _with_family(label_font(item), family))
        elif isinstance(item, QgsLayoutItemLegend):
            for style in (
                QgsLegendStyle.Style.Title,
                QgsLegendStyle.Style.Group,
                QgsLegendStyle.Style.Subgroup,
                QgsLegendStyle.Style.SymbolLabel,
            ):
                _set_style_font(item.rstyle(style), _with_family(style_font(item.rstyle(style)), family))
        elif isinstance(item, QgsLayoutItemScaleBar):
            text_format = item.textFormat()
            text_format.setFont(_with_family(text_format.font(), family))
            item.setTextFormat(text_format)


def _legend_font_sizes(legend) -> dict:
    return {
        s: style_font(legend.rstyle(s)).pointSizeF()
        for s in (
            QgsLegendStyle.Style.Title,
            QgsLegendStyle.Style.Group,
            QgsLegendStyle.Style.Subgroup,
            QgsLegendStyle.Style.SymbolLabel,
        )
    }


def _scale_legend(legend, base_sizes: dict, base_symbol: tuple[float, float], factor: float) -> None:
    for style, size in base_sizes.items():
        font = style_font(legend.rstyle(style))
        font.setPointSizeF(size * factor)
        _set_style_font(legend.rstyle(style), font)
    legend.setSymbolWidth(base_symbol[0] * factor)
    legend.setSymbolHeight(base_symbol[1] * factor)


def legend_content_size(legend: QgsLayoutItemLegend) -> QSizeF:
    """Size (mm) the legend needs for its content, computed without painting it.

    QgsLayoutItemLegend.adjustBoxSize() does nothing before the first paint (it waits to know
    the DPI), so the size is measured with the legend renderer in a layout render context.
    """
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)


def fit_legend(legend: QgsLayoutItemLegend, width: float, height: float) -> float:
    """Shrink the legend (fonts, symbols, then two columns) until it fits width x height mm.

    Returns the scale factor applied (1.0 when it fitted as designed). The legend keeps its
    top-left corner; its frame shrinks to the content so nothing overlaps the items below.
    """
    base_sizes = _legend_font_sizes(legend)
    base_symbol = (legend.symbolWidth(), legend.symbolHeight())
    smallest = min(base_sizes.values())
    factor = 1.0
    for columns in (1, 2):
        legend.setColumnCount(columns)
        factor = 1.0
        while True:
            _scale_legend(legend, base_sizes, base_symbol, factor)
            legend.updateLegend()
            size = legend_content_size(legend)
            if size.width() <= width + 0.01 and size.height() <= height + 0.01:
                legend.setResizeToContents(True)
                legend.attemptResize(
                    QgsLayoutSize(size.width(), size.height(), QgsUnitTypes.LayoutUnit.LayoutMillimeters)  # type: ignore[attr-defined]
                )
                return factor
            if smallest * factor * 0.92 < MIN_LEGEND_FONT:
                break
            factor *= 0.92
    # Still too big at the smallest readable size: one column, clipped to the box, rather
    # than overflowing the page or the texts below.
    legend.setColumnCount(1)
    legend.updateLegend()
    legend.setResizeToContents(False)
    legend.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))  # type: ignore[attr-defined]
    QgsMessageLog.logMessage(
        tr("The legend is too long for its box: some entries are cut."), "CartONG", Qgis.MessageLevel.Warning
    )
    return factor


def wrap_heading(text: str, width_mm: float, size_pt: float) -> str:
    """Break a legend heading so it stays within ``width_mm`` (average glyph ~0.5 em)."""
    chars = max(12, int(width_mm / (size_pt * 0.3528 * 0.55)))
    return "\n".join(textwrap.wrap(text, chars)) or text


MAX_TEXT_LINES = 3  # a title of more lines is no title any more
LINE_SPACING = 1.0  # Qt advances a line by the font height (ascent and descent; leading is <= 0)
SHORTENED_PROPERTY = "cartong/shortened_texts"  # the layout's texts that had to be cut (full texts)


def _wrapped(text: str, font: QFont, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` mm (between words; a word wider than
    the line is broken between letters)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in (w for w in paragraph.split(" ") if w):  # never at a no-break space ("Date\u00a0:")
            candidate = f"{line} {word}" if line else word
            if QgsLayoutUtils.textWidthMM(font, candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            for letter in word:  # a word alone wider than the line
                if line and QgsLayoutUtils.textWidthMM(font, line + letter) > width:
                    lines.append(line)
                    line = ""
                line += letter
        lines.append(line)
    return lines


def _line_count(font: QFont, height: float, max_lines: int | None = MAX_TEXT_LINES) -> int:
    """How many lines of ``font`` stand in ``height`` mm, at most ``max_lines`` (at least 1)."""
    line = QgsLayoutUtils.fontHeightMM(font) * LINE_SPACING
    count = int(height / line + 0.001)
    return max(1, count if max_lines is None else min(max_lines, count))


def _cut_lines(text: str, tail: str, font: QFont, width: float, room: int) -> tuple[str, list[str]]:
    """The longest start of ``text`` that, ending in "…" then ``tail``, wraps on ``room`` lines:
    (that start with its "…", its lines)."""
    low, high = 0, len(text)  # low always fits (an empty start: "…" and the tail alone)
    while low < high:
        middle = (low + high + 1) // 2
        if len(_wrapped(text[:middle].rstrip() + "…" + tail, font, width)) <= room:
            low = middle
        else:
            high = middle - 1
    shown = text[:low].rstrip() + "…"
    return shown, _wrapped(shown + tail, font, width)


def fit_text(label: QgsLayoutItemLabel, min_size: float, tail: str = "", max_lines: int | None = MAX_TEXT_LINES) -> str:
    """Shrink the label's font, wrapping its text and ``tail`` on as many lines as its box holds
    (at most ``max_lines``; ``None``: no limit but the box), until they fit whole: nothing drawn
    outside the box, whose edge would clip it. Lines are broken here, where they are measured, not left to the label.

    When even ``min_size`` is too big, the text (never the ``tail``: an atlas page's area, the
    date and author under the sources) is cut
    to end in "…", its full wording recorded on the layout (``shortened_texts``). Returns the
    text as shown, cut or whole, without the tail.
    """
    text = label.text()
    font = label_font(label)
    size = label.sizeWithUnits()
    width = size.width() * 0.98  # Qt's and QGIS's measures differ by a hair: never wrap again
    while True:
        lines = _wrapped(text + tail, font, width)
        room = _line_count(font, size.height(), max_lines)
        if len(lines) <= room:
            label.setText("\n".join(lines))
            set_label_font(label, font)
            return text
        if font.pointSizeF() <= min_size:
            break
        font.setPointSizeF(max(min_size, font.pointSizeF() * 0.95))
    shown, lines = _cut_lines(text, tail, font, width, room)
    label.setText("\n".join(lines))
    set_label_font(label, font)
    layout = label.layout()
    if layout is not None:
        layout.setCustomProperty(SHORTENED_PROPERTY, [*shortened_texts(layout), text])
    QgsMessageLog.logMessage(shortened_warning(text), "CartONG", Qgis.MessageLevel.Warning)
    return shown


def forget_shortened(layout, text: str) -> None:
    """``text`` no longer among the layout's shortened texts (it is fitted again elsewhere)."""
    kept = [t for t in shortened_texts(layout) if t != text]
    layout.setCustomProperty(SHORTENED_PROPERTY, kept)


def shortened_texts(layout) -> list[str]:
    """The full texts ``fit_text`` had to cut in ``layout``."""
    value = layout.customProperty(SHORTENED_PROPERTY) or []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def shortened_warning(text: str) -> str:
    return tr(
        "This text is too long for its place on the map, even in small letters, and was shortened to "
        "end in “…”: “{text}”. Choose a shorter text to print it whole."
    ).format(text=text.strip())
