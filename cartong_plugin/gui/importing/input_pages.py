# SPDX-License-Identifier: GPL-3.0-or-later
"""The import wizard's first pages: the export and its form, a preview of the first rows, the options.

The preview reads the file in a CoreTask (large workbooks and zips take seconds); its result is
ignored when the user has gone back meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.base.errors import CartongError
from ...core.base.i18n import tr, trn
from ...core.base.safe_files import free_path
from ..shared_database import SharedDatabaseChoice
from ..tasks import ReadingPage
from ..wizard_common import PROBLEM_STYLE, WizardPage, optional_file_ok, plain_label

PREVIEW_ROWS = 20
PREVIEW_COLUMN_WIDTH = 180  # pixels: a long answer is cut here (the import keeps it whole)


def kind_label(kind: str) -> str:
    """The detected type of a column (survey_columns' kind code) in words, for the preview headers."""
    return {
        "text": tr("text"),
        "integer": tr("whole number"),
        "decimal": tr("decimal number"),
        "date": tr("date"),
        "datetime": tr("date and time"),
        "select_one": tr("one choice"),
        "select_multiple": tr("several choices"),
        "flag": tr("yes/no (0/1)"),
        "geopoint": tr("GPS point"),
        "geotrace": tr("GPS line"),
        "geoshape": tr("GPS polygon"),
        "coordinate": tr("coordinate"),
        "wkt": tr("geometry (WKT)"),
    }.get(kind, kind)


def separator_words(delimiter: str) -> str:
    """How the columns of the file are separated, in words (the character itself in brackets)."""
    return {
        ";": tr("semicolons (;)"),
        ",": tr("commas (,)"),
        "\t": tr("tabs"),
        "|": tr("vertical bars (|)"),
        "": tr("an Excel workbook: no separator needed"),
    }.get(delimiter, repr(delimiter))


def encoding_words(encoding: str) -> str:
    """The text encoding in words: what matters is whether accents and scripts read correctly."""
    name = (encoding or "").lower().replace("_", "-")
    if name.startswith("utf-8+"):  # a UTF-8 file with a few lines in a code page (code_pages.MixedLines)
        from ...core.survey.code_pages import code_page_name

        return tr("Unicode (UTF-8), with a few lines in {encoding}: check their accents").format(
            encoding=code_page_name(name.split("+", 1)[1])
        )
    if name.startswith("utf-8") or name.startswith("utf8"):
        return tr("Unicode (UTF-8): accents and every script read correctly")
    if name in ("cp1252", "windows-1252", "latin-1", "latin1", "iso-8859-1", "iso-8859-15"):
        return tr("Western European ({encoding}): check that accents read correctly").format(encoding=encoding)
    if not name:
        return tr("not needed (Excel)")
    return tr("{encoding}: check that the text reads correctly").format(encoding=encoding)


def detected_text(preview) -> str:
    """What was detected, in words a GIS officer reads; the technical names are in the tooltip."""
    lines = [
        trn(
            "%n column, separated by {separator}.", "%n columns, separated by {separator}.", len(preview.headers)
        ).format(separator=separator_words(preview.delimiter)),
        tr("Text: {encoding}.").format(encoding=encoding_words(preview.encoding)),
        tr("Location: {location}.").format(location=preview.geometry_default or tr("none found")),
        tr("Repeat groups (tables of their own): {repeats}.").format(repeats=", ".join(preview.repeats) or tr("none")),
        tr("Form languages: {languages}.").format(languages=", ".join(preview.languages) or tr("no form")),
    ]
    return "\n".join(lines)


class SourcePage(WizardPage):
    def __init__(self, parent=None):
        super().__init__(
            "import_source",
            tr("Survey export and its form"),
            tr(
                "Choose the export downloaded from KoboToolbox, ODK Central or ONA (CSV, XLSX "
                "or zip) and, if you have it, the XLSForm it was collected with."
            ),
            parent,
        )
        layout = QFormLayout(self)
        self.data = QgsFileWidget(self)
        self.data.setObjectName("data_file")
        self.data.setFilter(tr("Survey exports (*.csv *.xlsx *.zip *.geojson *.json);;All files (*)"))
        self.form = QgsFileWidget(self)
        self.form.setObjectName("form_file")
        from ...core.survey.xlsform import xlsform_file_filter

        self.form.setFilter(xlsform_file_filter())  # .xlsx and legacy .xls
        self.output = QgsFileWidget(self)
        self.output.setObjectName("output_file")
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("GeoPackage (*.gpkg)"))
        layout.addRow(tr("Survey export"), self.data)
        layout.addRow(tr("XLSForm (optional)"), self.form)
        self.output.setConfirmOverwrite(False)  # an existing GeoPackage is asked about on Next (validatePage)
        layout.addRow(tr("Output GeoPackage"), self.output)
        # Why the output cannot be used (project layers read it): the file's own name, as plain text.
        self.output_problem = plain_label("", self, "output_problem")
        self.output_problem.setStyleSheet(PROBLEM_STYLE)
        layout.addRow(self.output_problem)
        self.replace_confirmed = ""  # the existing GeoPackage the user agreed to replace, if any
        self.data.fileChanged.connect(self._suggest_output)
        self.output.fileChanged.connect(self._output_changed)
        for widget in (self.data, self.form, self.output):
            widget.fileChanged.connect(self.completeChanged)

    def initializePage(self):  # noqa: N802  (opened again: the last import's output is never proposed again)
        self._suggest_output(self.data.filePath())

    def _suggest_output(self, path: str) -> None:
        """The output follows the export chosen: its name as .gpkg beside it, or ``name_2.gpkg``... when
        that exists. An output typed or chosen after the export is kept until another export is chosen."""
        if path:
            self.output.setFilePath(str(free_path(Path(path).with_suffix(".gpkg"))))

    def _output_changed(self, _path: str = "") -> None:
        self.replace_confirmed = ""
        self.output_problem.clear()

    def output_path(self) -> Path | None:
        """The GeoPackage the import will write (a name without .gpkg gets it), or None."""
        from ...core.survey.importer import output_geopackage

        text = self.output.filePath().strip()
        return output_geopackage(text) if text else None

    def validatePage(self):  # noqa: N802
        """Never replace an existing GeoPackage silently, and never one the open project reads."""
        from ..output_guard import confirm_replace, in_use_problem

        output = self.output_path()
        self.output_problem.clear()
        if output is None or not output.exists():
            return True
        problem = in_use_problem(output)
        if problem:
            self.output_problem.setText(problem)
            return False
        if not confirm_replace(self, output):
            return False
        self.replace_confirmed = str(output)
        return True

    def check_output(self) -> Path:
        """The output, checked again as the import starts (the wizard is not modal: the project and the
        folder may have changed meanwhile); CartongError says why it cannot be written."""
        from ..output_guard import in_use_problem

        output = self.output_path()
        if output is not None and output.exists():
            problem = in_use_problem(output)
            if problem:
                raise CartongError(problem)
            if str(output) != self.replace_confirmed:
                raise CartongError(
                    tr(
                        "{file} now exists: go back to the first page to choose what to do. Nothing was written."
                    ).format(file=output)
                )
        return output

    def isComplete(self):  # noqa: N802
        data = self.data.filePath()
        return bool(data) and Path(data).is_file() and optional_file_ok(self.form) and bool(self.output.filePath())


class PreviewPage(ReadingPage, WizardPage):
    def __init__(self, parent=None):
        super().__init__(
            "import_preview",
            tr("Preview"),
            tr(
                "The first rows as read, and what was detected. Check that the columns are "
                "split correctly before importing."
            ),
            parent,
        )
        layout = QVBoxLayout(self)
        # column and sheet names, file names in errors: the file's own text, never rendered as HTML
        self.add_busy_widgets(layout, "preview")
        self.detected = plain_label("", self, "detected")
        self.table = QTableWidget(self)
        self.table.setObjectName("preview_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        # Notes on what was read (renamed columns, guesses) are not errors: the text colour, not red.
        self.notes = plain_label("", self, "preview_notes")
        self.problem = plain_label("", self, "problem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        layout.addWidget(self.detected)
        layout.addWidget(self.table, 1)  # the table takes the room left: rows and columns to check
        layout.addWidget(self.notes)
        layout.addWidget(self.problem)
        self.preview = None

    def initializePage(self):  # noqa: N802
        # Large XLSX workbooks and ODK zips take seconds to read: off the GUI thread, Next disabled meanwhile.
        from ...core.survey.importer import preview_export

        source = self.wizard().source_page
        data, form = source.data.filePath(), source.form.filePath() or None
        self.preview = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.problem.clear()
        self.notes.clear()
        self.detected.clear()
        self.start_reading(
            tr("Reading {file}").format(file=Path(data).name),
            lambda _feedback: preview_export(data, form, PREVIEW_ROWS),
        )

    def _done(self, preview) -> None:
        self._read()
        self.preview = preview
        self.table.setColumnCount(len(preview.headers))
        self.table.setRowCount(len(preview.rows))
        self.table.setHorizontalHeaderLabels(
            [f"{h}\n({kind_label(preview.kinds.get(h, 'text'))})" for h in preview.headers]
        )
        for r, row in enumerate(preview.rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):  # long answers are cut: more columns in view
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), PREVIEW_COLUMN_WIDTH))
        self.detected.setText(detected_text(preview))
        self.detected.setToolTip(
            tr("Encoding {encoding}; delimiter {delimiter}").format(
                encoding=preview.encoding or "-", delimiter=repr(preview.delimiter) if preview.delimiter else "-"
            )
        )
        if preview.warnings:
            self.notes.setText("\n".join(preview.warnings))
        self.completeChanged.emit()

    def isComplete(self):  # noqa: N802
        return self.preview is not None


class OptionsPage(WizardPage):
    def __init__(self, parent=None):
        super().__init__(
            "import_options",
            tr("Options"),
            tr("Choice labels are written in the chosen language beside the codes; the codes are always kept."),
            parent,
        )
        layout = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.geometry = QComboBox(self)
        self.geometry.setObjectName("geometry")
        self.add_to_project = QCheckBox(tr("Add the layers to the project"), self)
        self.add_to_project.setObjectName("add_to_project")
        self.add_to_project.setChecked(True)
        self.show_labels = QCheckBox(tr("Show choice labels instead of codes in forms and tables"), self)
        self.show_labels.setObjectName("show_labels")
        self.show_labels.setChecked(True)
        self.add_to_project.toggled.connect(self.show_labels.setEnabled)
        layout.addRow(tr("Label language"), self.language)
        layout.addRow(tr("Location column"), self.geometry)
        layout.addRow(self.add_to_project)
        layout.addRow(self.show_labels)
        self.sharing = SharedDatabaseChoice(self, layout)  # also in a shared database, if asked

    def initializePage(self):  # noqa: N802
        from ...core.base.translation import preferred_language
        from ...core.survey.xlsform import match_language

        self.sharing.fill_connections()
        preview = self.wizard().preview_page.preview
        self.language.clear()
        for lang in preview.languages:
            self.language.addItem(lang, lang)
        # the language the user reads QGIS in, when the form has it, else the form's own default
        chosen = match_language(preview.languages, preferred_language()) or preview.default_language
        if chosen:
            self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.setEnabled(bool(preview.languages))
        self.geometry.clear()
        self.geometry.addItem(tr("Automatic ({column})").format(column=preview.geometry_default or tr("none")), "")
        for header in preview.geometry_candidates:
            self.geometry.addItem(header, header)
