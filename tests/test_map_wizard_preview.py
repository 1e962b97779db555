# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard's layout thumbnail is drawn from the chosen template in the map's language, as the
exported map is: a French map shows a French thumbnail (title, legend, sources, disclaimer), an Arabic
one is laid out right to left; it is labelled as an example with the sample survey."""

from __future__ import annotations

import pytest
from qgis.core import QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap, QgsUnitTypes

from cartong_plugin.core.maps import preview
from cartong_plugin.core.maps.map_texts import MAP_COUNT, default_title
from tests.test_map_wizard import (  # noqa: F401 (fixtures)
    _to_layout_page,
    _wait,
    french_qm,
    opened,
    project_layers,
    wizard,
)


@pytest.fixture()
def drawn(monkeypatch):
    """What each thumbnail drawn shows: {item id: text} and where the legend and the map sit (x, mm)."""
    shown = []

    class Recording(preview.QgsLayoutExporter):
        def __init__(self, layout):
            super().__init__(layout)
            items = {}
            for item in layout.items():
                if isinstance(item, QgsLayoutItemLabel):
                    items[item.id()] = item.currentText()
                elif isinstance(item, QgsLayoutItemLegend):
                    items["legend"] = item.title()
                    items["legend_x"] = item.positionWithUnits().x()
                elif isinstance(item, QgsLayoutItemMap) and item.id() == "main_map":
                    items["map_x"] = item.positionWithUnits().x()
                    assert item.positionWithUnits().units() == QgsUnitTypes.LayoutUnit.LayoutMillimeters
            shown.append(items)

    monkeypatch.setattr(preview, "QgsLayoutExporter", Recording)
    return shown


def _thumbnail(page):
    pixmap = page.preview.pixmap()
    return None if pixmap is None or pixmap.isNull() else pixmap.toImage()


def _choose_language(page, language: str, drawn: list, draws: int) -> None:
    page.language.setCurrentIndex(page.language.findData(language))
    _wait(lambda: len(drawn) == draws and _thumbnail(page) is not None, timeout=30)


def test_the_thumbnail_of_a_french_map_is_in_french(wizard, drawn):  # noqa: F811
    page = _to_layout_page(wizard, language="fr")
    _wait(lambda: drawn and _thumbnail(page) is not None, timeout=30)
    french = drawn[-1]
    assert french["title"] == default_title(MAP_COUNT, "fr") != default_title(MAP_COUNT, "en")
    assert french["legend"] == "Légende"
    assert french["disclaimer"].startswith("Les limites") and "Sources\xa0:" in french["sources"]
    french_image = _thumbnail(page)
    count = len(drawn)
    _choose_language(page, "en", drawn, count + 1)
    english = drawn[-1]
    assert english["legend"] == "Legend" and english["title"] == default_title(MAP_COUNT, "en")
    assert english["disclaimer"].startswith("The boundaries")
    assert _thumbnail(page) != french_image  # the picture changed with the language
    page.language.setCurrentIndex(page.language.findData("fr"))
    _wait(lambda: _thumbnail(page) == french_image, timeout=30)
    assert len(drawn) == count + 1  # drawn once per page and language


def test_the_thumbnail_of_an_arabic_map_is_laid_out_right_to_left(wizard, drawn):  # noqa: F811
    page = _to_layout_page(wizard, language="en", title="Water")
    _wait(lambda: drawn and _thumbnail(page) is not None, timeout=30)
    assert drawn[-1]["legend_x"] > drawn[-1]["map_x"]  # A4 landscape: the legend beside the map, on the right
    count = len(drawn)
    _choose_language(page, "ar", drawn, count + 1)
    arabic = drawn[-1]
    assert arabic["legend_x"] < arabic["map_x"]  # mirrored, as the exported Arabic map
    assert arabic["legend"].startswith("\u202b")  # its texts run right to left (the test has only French .qm)


def test_the_thumbnail_follows_the_page_and_says_it_is_an_example(wizard, drawn):  # noqa: F811
    page = _to_layout_page(wizard, language="fr")
    _wait(lambda: drawn and _thumbnail(page) is not None, timeout=30)
    landscape = _thumbnail(page)
    assert landscape.width() > landscape.height()
    page.orientation.setCurrentIndex(page.orientation.findData("portrait"))
    _wait(lambda: _thumbnail(page) is not None and _thumbnail(page).height() > _thumbnail(page).width(), timeout=30)
    assert page.preview_note.isVisible() and "sample survey" in page.preview_note.text()
