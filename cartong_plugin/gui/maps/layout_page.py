# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard's layout page: page size, language and the texts around the map.

The title and legend title follow the kind of map and its language (``default_title``)
until the user types their own; author, sources, logo and background are remembered. The thumbnail
beside them is the chosen page drawn from its template in the map's language, with the sample survey
(``core.maps.preview``), once the choices have settled; each page and language drawn is kept.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWizardPage

from ...core.base.i18n import tr
from ...core.maps.aggregate import STAT_MEAN, STAT_MEDIAN
from ...core.maps.map_texts import MAP_POINTS, MAP_SHARE, MapTexts
from ..wizard_common import plain_label
from .jobs import MAP_NUMBER
from .pages_common import SETTINGS_PREFIX, growing_form, preview_pixmap

PREVIEW_DELAY_MS = 150  # drawn once the page, size and language stop changing (arrow keys in a list)

# -- page 3 ------------------------------------------------------------------------------------


class LayoutPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("map_layout")
        self.setTitle(tr("Layout and texts"))
        self.setSubTitle(
            tr(
                "Page, language and the texts around the map. The date, scale bar, north arrow, "
                "coordinate system and disclaimer are added for you."
            )
        )
        settings = QgsSettings()
        outer = QHBoxLayout(self)
        form = growing_form()
        self.size = QComboBox(self)
        self.size.setObjectName("page_size")
        self.size.addItem("A4", "a4")
        self.size.addItem("A3", "a3")
        self.orientation = QComboBox(self)
        self.orientation.setObjectName("page_orientation")
        self.orientation.addItem(tr("Landscape"), "landscape")
        self.orientation.addItem(tr("Portrait"), "portrait")
        page_row = QHBoxLayout()
        page_row.addWidget(self.size)
        page_row.addWidget(self.orientation)
        page_row.addStretch(1)
        self.language = QComboBox(self)
        self.language.setObjectName("map_language")
        from ...core.base.translation import preferred_language
        from ...core.maps.map_texts import LANGUAGE_NAMES

        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)

        self.language.setCurrentIndex(max(0, self.language.findData(preferred_language())))
        self.title = self._line("map_title", "")
        self.subtitle = self._line("map_subtitle", "")
        self.subtitle.setPlaceholderText(tr("e.g. Household survey, March 2026"))
        self.sources = self._line("map_sources", settings.value(SETTINGS_PREFIX + "sources", "", type=str))
        self.sources.setPlaceholderText(tr("e.g. household survey (partner), boundaries OCHA COD-AB"))
        self.author = self._line("map_author", settings.value(SETTINGS_PREFIX + "author", "CartONG", type=str))
        self.legend_title = self._line("legend_title", "")
        self.legend_title.setPlaceholderText(tr("Automatic"))
        self.logo = QgsFileWidget(self)
        self.logo.setObjectName("logo_file")
        self.logo.setFilter(tr("Images (*.png *.jpg *.jpeg *.svg)"))
        self.logo.setFilePath(settings.value(SETTINGS_PREFIX + "logo", "", type=str))
        form.addRow(tr("Page"), page_row)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        form.addRow(tr("Language of the map"), language_row)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Subtitle"), self.subtitle)
        form.addRow(tr("Data sources"), self.sources)
        form.addRow(tr("Map author"), self.author)
        form.addRow(tr("Legend title"), self.legend_title)
        form.addRow(tr("Logo (optional)"), self.logo)
        self.osm = QCheckBox(tr("OpenStreetMap background when online (credited on the map)"), self)
        self.osm.setObjectName("osm_background")
        self.osm.setToolTip(tr("Without a connection the map keeps the light offline background (Natural Earth)."))
        self.osm.setChecked(settings.value(SETTINGS_PREFIX + "osm", False, type=bool))
        form.addRow(self.osm)
        outer.addLayout(form, 1)
        self.preview = QLabel(self)
        self.preview.setObjectName("layout_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setMinimumWidth(300)
        self.preview_note = plain_label(
            tr("Example with the sample survey, in the language of the map. Your map shows your data and your texts."),
            self,
            "layout_preview_note",
        )
        self.preview_note.setMaximumWidth(300)
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column = QVBoxLayout()
        column.addWidget(self.preview)
        column.addWidget(self.preview_note)
        column.addStretch(1)
        outer.addLayout(column)
        self._previews: dict[tuple[str, str], QPixmap] = {}  # (page, language): drawn once
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._update_preview)
        # Texts the user has typed are kept; the others follow the map type and language.
        self._typed: set[str] = set()
        for name, edit in (("title", self.title), ("legend", self.legend_title)):
            edit.textEdited.connect(lambda _text, n=name: self._typed.add(n))
        self.title.textChanged.connect(self.completeChanged)
        self.language.currentIndexChanged.connect(self.fill_default_texts)
        for combo in (self.size, self.orientation, self.language):
            combo.currentIndexChanged.connect(self._preview_timer.start)

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setMinimumWidth(360)
        return edit

    def page_code(self) -> str:
        return f"{self.size.currentData()}_{self.orientation.currentData()}"

    def _update_preview(self) -> None:
        """The chosen page in the map's language, while the page is shown (else when it is next shown)."""
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return
        key = (self.page_code(), self.language.currentData())
        if key not in self._previews:
            pixmap = self._draw_preview(*key)
            if pixmap is None:
                self.preview.clear()
                return
            self._previews[key] = pixmap
        self.preview.setPixmap(self._previews[key])

    def _draw_preview(self, page: str, language: str) -> QPixmap | None:
        from ...core.maps.preview import render_layout_preview

        width = 280 if self.orientation.currentData() == "landscape" else 200
        QgsApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return QPixmap.fromImage(render_layout_preview(page, language, width))
        except Exception as err:  # noqa: BLE001  (a thumbnail: the stored English example, the reason in the log)
            QgsMessageLog.logMessage(repr(err), "CartONG", Qgis.MessageLevel.Warning)
            return preview_pixmap(page, width)
        finally:
            QgsApplication.restoreOverrideCursor()

    def initializePage(self):  # noqa: N802
        self.fill_default_texts()
        self._preview_timer.start()  # once the page is shown: it opens at once

    def fill_default_texts(self, *_args) -> None:
        """Title (and, for a share, legend title) in the map's language, unless typed by the user."""
        from ...core.maps.map_texts import default_title, use_language

        wizard = self.wizard()
        if wizard is None:
            return
        kind, data, language = wizard.type_page.map_type(), wizard.data_page, self.language.currentData()
        if kind == MAP_NUMBER:
            kind = data.statistic.currentData()  # the core names a mean or median map by its statistic
        question = {MAP_POINTS: data.question_text, STAT_MEAN: data.number_text, STAT_MEDIAN: data.number_text}.get(
            kind, lambda: ""
        )()
        answer = data.answer_label_text() if kind == MAP_SHARE else ""
        title = default_title(kind, language, question=question, answer=answer)
        with use_language(language):
            if kind == MAP_SHARE:
                legend = tr("Submissions answering “{answer}” (%)").format(answer=answer)
            elif kind == MAP_POINTS:
                legend = question
            elif kind == STAT_MEDIAN:
                legend = tr("Median of “{question}”").format(question=question)
            elif kind == STAT_MEAN:
                legend = tr("Mean of “{question}”").format(question=question)
            else:
                legend = ""
        if "title" not in self._typed:
            self.title.setText(title)
        if "legend" not in self._typed:
            self.legend_title.setText(legend)

    def texts(self) -> MapTexts:
        return MapTexts(
            title=self.title.text().strip(),
            subtitle=self.subtitle.text().strip(),
            sources=self.sources.text().strip(),
            author=self.author.text().strip(),
            logo_path=self.logo.filePath(),
        )

    def isComplete(self):  # noqa: N802
        return bool(self.title.text().strip())

    def validatePage(self):  # noqa: N802
        logo = self.logo.filePath()
        if logo and not Path(logo).is_file():
            self.logo.setToolTip(tr("No image at {file}.").format(file=logo))
            return False
        settings = QgsSettings()
        settings.setValue(SETTINGS_PREFIX + "author", self.author.text().strip())
        settings.setValue(SETTINGS_PREFIX + "sources", self.sources.text().strip())
        settings.setValue(SETTINGS_PREFIX + "logo", logo)
        settings.setValue(SETTINGS_PREFIX + "osm", self.osm.isChecked())
        return True
