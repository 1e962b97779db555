# SPDX-License-Identifier: GPL-3.0-or-later
"""Prepare for the field: what to take → offline basemap → where → package (QgsTask) → summary.

A thin layer over ``core.field.package.prepare_field_package``, the function the Processing
algorithm ``cartong:preparefieldpackage`` calls; bringing a package back is ``cartong:mergefieldpackage``.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ...core.base.i18n import left_to_right, tr, trn
from ...core.base.translation import plugin_locale, preferred_language
from ..admin_layers import admin_boundary_layers, boundaries_file, default_boundaries
from ..tasks import CoreTask, follow_task
from ..wizard_common import CartongWizard, WizardPage, plain_label

HELP_LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"), ("pt", "Português"), ("ar", "العربية"))
SETTING_FOLDER = "cartong/field/folder"


def project_survey_geopackages(project: QgsProject | None = None) -> list[str]:
    """GeoPackages of the project's survey layers (a layer named ``survey`` in a .gpkg), in project order."""
    found = []
    for layer in (project or QgsProject.instance()).mapLayers().values():
        if not isinstance(layer, QgsVectorLayer):
            continue
        path, _, options = layer.source().partition("|")
        if path.lower().endswith(".gpkg") and "layername=survey" in options and path not in found:
            found.append(path)
    return found


def project_tile_layers(project: QgsProject | None = None) -> list[tuple[str, str]]:
    """(name, source) of the project's XYZ and WMS layers: what an offline basemap can be made from."""
    return [
        (layer.name(), layer.source())
        for layer in (project or QgsProject.instance()).mapLayers().values()
        if isinstance(layer, QgsRasterLayer) and layer.providerType() == "wms"
    ]


def time_zone_combo(parent) -> QComboBox:
    """The time zones by IANA name, this computer's chosen; editable, a name typed is checked by the build."""
    from qgis.PyQt.QtCore import QTimeZone

    from ...core.field.field_times import machine_time_zone, sign_reversed
    from ...processing.parameter_help import help_texts

    combo = QComboBox(parent)
    combo.setObjectName("time_zone")
    combo.setEditable(True)
    names = [bytes(zone).decode("ascii", "replace") for zone in QTimeZone.availableTimeZoneIds()]
    combo.addItems([name for name in names if not sign_reversed(name)])  # Etc/GMT+1 is UTC-1: refused
    combo.setCurrentText(machine_time_zone()["name"])
    combo.setToolTip(help_texts("preparefieldpackage")["TIME_ZONE"])
    return combo


class ContentPage(WizardPage):
    def __init__(self, wizard):
        super().__init__(
            "field_content",
            tr("What to take to the field"),
            tr(
                "The survey GeoPackages and the admin boundaries go into the package with a "
                "project that opens without the internet, and the offline help."
            ),
            help_page="index",
        )
        form = QFormLayout(self)
        self.surveys = QgsFileWidget(self)
        self.surveys.setObjectName("surveys")
        self.surveys.setStorageMode(QgsFileWidget.StorageMode.GetMultipleFiles)
        self.surveys.setFilter(tr("GeoPackage (*.gpkg)"))
        self.surveys.fileChanged.connect(self.completeChanged)
        form.addRow(tr("Survey GeoPackages"), self.surveys)
        # The admin boundaries loaded in the project, as the map and cleaning wizards offer them; or a file.
        self.admin = QgsMapLayerComboBox(self)
        self.admin.setObjectName("admin_layer")
        self.admin.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.admin.setAllowEmptyLayer(True)
        self.admin.setToolTip(
            tr("The project's polygon layers with a P-code field. The package takes the whole file they come from.")
        )
        form.addRow(tr("Admin boundaries (optional)"), self.admin)
        self.boundaries = QgsFileWidget(self)
        self.boundaries.setObjectName("boundaries")
        self.boundaries.setFilter(tr("Admin boundaries (*.gpkg *.shp *.geojson *.json)"))
        form.addRow(tr("Or another file"), self.boundaries)
        self.admin.layerChanged.connect(self._layer_chosen)
        self.boundaries.fileChanged.connect(self._file_chosen)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in HELP_LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(preferred_language())
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(tr("Language of the offline help"), self.language)
        self.time_zone = time_zone_combo(self)
        form.addRow(tr("Time zone of the field laptops (e.g. Africa/Bangui; empty: this computer's)"), self.time_zone)
        from ...processing.parameter_help import help_texts

        # off unless the user deliberately takes the personal data along (cartong:preparefieldpackage's default)
        self.include_personal = QCheckBox(
            tr("Include the personal data (names, phones, GPS coordinates, photos)"), self
        )
        self.include_personal.setObjectName("include_personal_data")
        self.include_personal.setChecked(False)
        self.include_personal.setToolTip(help_texts("preparefieldpackage")["INCLUDE_PERSONAL_DATA"])
        form.addRow(self.include_personal)
        form.addRow(
            plain_label(
                tr(
                    "A field laptop can be lost or stolen: by default, the personal data at high risk and the raw "
                    "tables stay at the office. Include them only for an encrypted laptop, and delete the package "
                    "from it after the merge. The points of the submissions are in the package either way."
                ),
                self,
                "include_personal_data_note",
            )
        )
        surveys = project_survey_geopackages()
        if surveys:  # what the user is working on
            self.surveys.setFilePath(" ".join(f'"{path}"' for path in surveys))
        QgsProject.instance().layersAdded.connect(self.list_project_boundaries)
        self.offer_project_boundaries()

    def initializePage(self):  # noqa: N802  (each time the wizard starts: the project may have changed)
        self.offer_project_boundaries()

    def list_project_boundaries(self, *_args) -> list:
        """Only the project's admin boundaries in the list (they are returned)."""
        offered = admin_boundary_layers()
        others = [layer for layer in QgsProject.instance().mapLayers().values() if layer not in offered]
        self.admin.setExceptedLayerList(others)
        return offered

    def offer_project_boundaries(self) -> None:
        """The project's admin boundaries offered, the only one (or admin2 of one file) chosen, as the map
        and cleaning wizards choose theirs; a file the user chose stays."""
        offered = self.list_project_boundaries()
        if not self.boundaries.filePath():
            self.admin.setLayer(default_boundaries(offered) if offered else None)

    def _layer_chosen(self, layer) -> None:
        if layer is not None and self.boundaries.filePath():
            self.boundaries.setFilePath("")  # one or the other: the layer chosen last

    def _file_chosen(self, path: str) -> None:
        if path and self.admin.currentLayer() is not None:
            self.admin.setLayer(None)

    def boundaries_path(self) -> str:
        """The admin boundaries file to take along: the other file chosen, else the chosen layer's; '' for none."""
        return self.boundaries.filePath() or boundaries_file(self.admin.currentLayer())

    def survey_paths(self) -> list[str]:
        return [path for path in QgsFileWidget.splitFilePaths(self.surveys.filePath()) if path]

    def isComplete(self):  # noqa: N802
        paths = self.survey_paths()
        return bool(paths) and all(Path(path).is_file() for path in paths)


class BasemapPage(WizardPage):
    def __init__(self, wizard):
        super().__init__(
            "field_basemap",
            tr("Background map for offline work"),
            tr(
                "Tiles of a background map you have in QGIS (while you are online) are stored in "
                "the package. Without one, a simple background of countries and admin boundaries "
                "is used."
            ),
            help_page="index",
        )
        form = QFormLayout(self)
        self.source = QComboBox(self)
        self.source.setObjectName("basemap_source")
        self.source.addItem(tr("No tiles: countries and admin boundaries only"), "")
        for name, source in project_tile_layers():
            self.source.addItem(name, source)
        form.addRow(tr("Background map"), self.source)
        self.zoom_min, self.zoom_max = QSpinBox(self), QSpinBox(self)
        for box, value in ((self.zoom_min, 5), (self.zoom_max, 12)):
            box.setRange(0, 19)
            box.setValue(value)
            box.valueChanged.connect(self.update_estimate)
        form.addRow(tr("From zoom level (whole country)"), self.zoom_min)
        form.addRow(tr("To zoom level (streets)"), self.zoom_max)
        self.max_tiles = QSpinBox(self)
        self.max_tiles.setRange(0, 10_000_000)
        self.max_tiles.setValue(5000)
        self.max_tiles.setSpecialValueText(tr("no limit"))
        form.addRow(tr("Stop above this number of tiles"), self.max_tiles)
        self.estimate = plain_label("", self, "estimate")
        form.addRow(self.estimate)
        self.source.currentIndexChanged.connect(self.update_estimate)

    def update_estimate(self, *_args) -> None:
        from ...core.field.basemap import estimate_tiles
        from ...core.field.package import geopackages_extent

        self.zoom_max.setMinimum(self.zoom_min.value())
        if not self.source.currentData():
            self.estimate.setText("")
            return
        content = self.wizard().content_page
        boundaries = content.boundaries_path()
        try:
            extent = geopackages_extent([boundaries] if boundaries else content.survey_paths())
        except Exception:  # noqa: BLE001  (no estimate rather than an error while choosing)
            extent = None
        self.estimate.setText(
            estimate_tiles(extent, self.zoom_min.value(), self.zoom_max.value()).sentence()
            if extent is not None
            else ""
        )

    def initializePage(self):  # noqa: N802
        self.update_estimate()


class OutputPage(WizardPage):
    def __init__(self, wizard):
        super().__init__(
            "field_output",
            tr("Where to write the package"),
            tr(
                "Choose an empty or new folder: the package folder and its zip go inside it. Copy "
                "the zip to the field laptop and open the project inside."
            ),
            help_page="index",
        )
        form = QFormLayout(self)
        self.folder = QgsFileWidget(self)
        self.folder.setObjectName("output_folder")
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(QgsSettings().value(SETTING_FOLDER, "", str))
        self.folder.fileChanged.connect(self.completeChanged)
        form.addRow(tr("Folder"), self.folder)
        self.name = QLineEdit("field_package", self)
        self.name.setObjectName("package_name")
        self.name.textChanged.connect(self.completeChanged)
        form.addRow(tr("Package name"), self.name)

    def isComplete(self):  # noqa: N802
        return bool(self.folder.filePath().strip() and self.name.text().strip())


class RunPage(WizardPage):
    def __init__(self, wizard):
        super().__init__("field_run", tr("Preparing the package"), help_page="index")
        layout = QVBoxLayout(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        layout.addWidget(self.progress)
        self.message = plain_label("", self, "run_message")
        layout.addWidget(self.message)
        # Back and Next are held while the package is built (CartongWizard): this stops it.
        self.cancel = QPushButton(tr("Cancel the build"), self)
        self.cancel.setObjectName("cancel")
        self.cancel.setEnabled(False)
        self.cancel.clicked.connect(self.stop)
        layout.addWidget(self.cancel)
        layout.addStretch(1)
        self.task = None
        self.report = None
        self.error = ""

    def initializePage(self):  # noqa: N802
        from qgis.core import QgsApplication

        from ...core.field.package import PackageOptions, prepare_field_package

        wizard = self.wizard()
        content, basemap, output = wizard.content_page, wizard.basemap_page, wizard.output_page
        options = PackageOptions(
            surveys=content.survey_paths(),
            boundaries=content.boundaries_path() or None,
            basemap_source=basemap.source.currentData() or "",
            zoom_min=basemap.zoom_min.value(),
            zoom_max=basemap.zoom_max.value(),
            max_tiles=basemap.max_tiles.value(),
            language=content.language.currentData(),
            name=output.name.text().strip(),
            time_zone=content.time_zone.currentText().strip(),
            include_personal_data=content.include_personal.isChecked(),
        )
        folder = output.folder.filePath().strip()
        QgsSettings().setValue(SETTING_FOLDER, folder)
        self.report, self.error = None, ""
        self.message.setText(tr("Copying the data and building the project…"))
        self.progress.setValue(0)
        self.task = CoreTask(
            tr("Preparing the field package"), lambda feedback: prepare_field_package(options, folder, feedback)
        )
        follow_task(self, self.task, self._done, self._failed, self._cancelled)
        QgsApplication.taskManager().addTask(self.task)
        self.cancel.setEnabled(True)
        self.completeChanged.emit()  # the wizard holds Back and Next while the task runs

    def cleanupPage(self):  # noqa: N802  (Back is held while building; a Back from code stops the build)
        self.stop()
        super().cleanupPage()

    def stop(self) -> None:
        if self.task_running():
            self.task.cancel()  # the task reports back through _cancelled, leaving nothing in the folder

    def task_running(self) -> bool:
        return self.task is not None and self.task.is_running()

    def _done(self, report):
        self.cancel.setEnabled(False)
        self.report = report
        self.progress.setValue(100)
        self.message.setText(tr("Done."))
        self.completeChanged.emit()
        self.wizard().next()

    def _failed(self, error: str):
        self.cancel.setEnabled(False)
        self.error = error
        self.message.setText(error)
        self.completeChanged.emit()

    def _cancelled(self):
        self.cancel.setEnabled(False)
        self.message.setText(tr("Cancelled: nothing was left in the folder."))
        self.completeChanged.emit()

    def isComplete(self):  # noqa: N802
        return self.report is not None


class SummaryPage(WizardPage):
    def __init__(self, wizard):
        super().__init__("field_summary", tr("The package is ready"), help_page="index")
        layout = QVBoxLayout(self)
        self.summary = plain_label("", self, "summary")
        layout.addWidget(self.summary)

    def initializePage(self):  # noqa: N802
        report = self.wizard().run_page.report
        lines = [
            trn(
                "Zip to copy: {zip} ({size} MB, %n file).",
                "Zip to copy: {zip} ({size} MB, %n files).",
                report.files,
                plugin_locale(),
            ).format(zip=report.zip, size=plugin_locale().toString(report.bytes / 1e6, "f", 1)),  # zip: isolated by tr
            tr("Folder: {folder}").format(folder=left_to_right(report.folder)),
        ]
        basemap = report.basemap
        if basemap is not None and basemap.tiles:
            lines.append(tr("Background map: {tiles} tiles stored for offline work.").format(tiles=basemap.tiles))
        elif basemap is not None:
            lines.append(
                tr("Background map: countries and admin boundaries only. {reason}").format(reason=basemap.reason)
            )
        missing = sum(len(files) for files in report.missing_attachments.values())
        if missing:
            lines.append(
                trn(
                    "%n photo or file of the submissions was missing: it is listed in manifest.json.",
                    "%n photos or files of the submissions were missing: they are listed in manifest.json.",
                    missing,
                )
            )
        notes, warnings = report.personal.sentences()  # what travels, what stayed at the office
        lines += [" ".join(sentences) for sentences in (warnings, notes) if sentences]
        lines.append(
            tr('Back at the office, merge the returned package with the algorithm "Merge a returned field package".')
        )
        self.summary.setText("\n\n".join(lines))


class FieldWizard(CartongWizard):
    """Prepare a field package in five pages; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongFieldWizard", tr("Prepare for the field"), iface, parent)
        self.content_page = ContentPage(self)
        self.basemap_page = BasemapPage(self)
        self.output_page = OutputPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        self.add_pages(self.content_page, self.basemap_page, self.output_page, self.run_page, self.summary_page)
        self.install_help()

    def reject(self):
        if self.run_page.task is not None and self.run_page.task.is_running():
            self.run_page.task.cancel()
        super().reject()
