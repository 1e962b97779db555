# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive every wizard to its end on the sample, in the real desktop, as a user would (gui_smoke.py).

Opened from the main dialog's buttons and the plugin's menu entries: import the sample, check and
clean it, make a map and export it (also through step 4), share a protected copy with a key file,
open the download wizard. Every page is saved as a PNG in ``<folder>/<lang>/`` and looked at:

- clipped texts: a visible label, check box or radio button whose size hint does not fit its widget
  (a word-wrapped label: its height for its width);
- raw codes in the review table (``change_response``, ``old_value``…) where words are expected;
- the defaults of issue #15: areas only on maps, the survey preselected for sharing, the form the
  import used, the pending decisions said before building.

``drive_wizards(plugin, folder, work, lang)`` returns a dict: pages (paths), clipped, problems,
defaults; gui_smoke.py records it in its status and fails on any clipped text or problem.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QRadioButton

RAW_CODES = (
    "change_response",
    "remove_survey",
    "no_action",
    "blank_response",
    "old_value",
    "new_value",
    "check_id",
    "change_type",
)


class WizardDrive:
    def __init__(self, plugin, folder: Path, work: Path, lang: str):
        self.plugin, self.folder, self.work, self.lang = plugin, Path(folder) / lang, Path(work), lang
        self.folder.mkdir(parents=True, exist_ok=True)
        self.result = {"pages": [], "clipped": [], "problems": [], "defaults": {}, "seconds": {}}
        self.count = 0

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def wait(condition, seconds: float = 90) -> bool:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                return False
            QApplication.processEvents()
            time.sleep(0.02)
        QApplication.processEvents()
        return True

    def expect(self, what: str, ok: bool, detail: str = "") -> None:
        self.result["defaults"][what] = bool(ok)
        if not ok:
            self.result["problems"].append(f"{what}: {detail}" if detail else what)

    def save(self, wizard, name: str = "") -> None:
        """A picture of the wizard on its current page, and the texts cut on it."""
        QApplication.processEvents()
        page = wizard.currentPage()
        self.count += 1
        stem = f"{self.count:02d}-{wizard.objectName().replace('Cartong', '').lower()}-{name or page.objectName()}"
        path = self.folder / f"{stem}.png"
        wizard.grab().save(str(path), "PNG")
        self.result["pages"].append(str(path))
        self.result["clipped"] += [f"{stem}: {text}" for text in clipped_texts(wizard)]

    def step(self, step_id: str):
        dialog = self.plugin.dialogs.get("main")
        if dialog is None:
            self.plugin.open_main_dialog()
            dialog = self.plugin.dialogs["main"]
        dialog.step_buttons[step_id].click()
        QApplication.processEvents()
        return self.plugin.dialogs[step_id]

    def finish(self, wizard) -> None:
        wizard.accept() if wizard.currentPage().isFinalPage() or wizard.currentPage().isComplete() else wizard.reject()
        QApplication.processEvents()

    # -- the wizards -------------------------------------------------------------------------------
    def run(self) -> dict:
        from cartong_plugin.core.base.paths import sample_dir

        self.sample = self.work / "sample"
        shutil.copytree(sample_dir(), self.sample, dirs_exist_ok=True)
        for name, drive in (
            ("import", self.import_survey),
            ("clean", self.clean),
            ("map", self.map),
            ("protection", self.protect),
            ("download", self.download),
        ):
            start = time.monotonic()
            try:
                drive()
            except Exception as err:  # noqa: BLE001 - reported, the next wizard still runs
                import traceback

                self.result["problems"].append(f"{name}: {err!r}\n{traceback.format_exc()}")
            self.result["seconds"][name] = round(time.monotonic() - start, 1)
        return self.result

    def import_survey(self) -> None:
        wizard = self.step("import")
        source = wizard.source_page
        source.data.setFilePath(str(self.sample / "household_survey_kobo.csv"))
        source.form.setFilePath(str(self.sample / "household_survey_form.xlsx"))
        source.output.setFilePath(str(self.work / "survey.gpkg"))
        self.save(wizard)
        wizard.next()
        self.expect("import preview read", self.wait(wizard.preview_page.isComplete))
        self.save(wizard)
        wizard.next()
        self.save(wizard)
        wizard.next()
        self.expect(
            "import finished",
            self.wait(lambda: wizard.currentPage() is wizard.summary_page, 120),
            wizard.run_page.status.text(),
        )
        self.save(wizard)
        self.finish(wizard)

    def clean(self) -> None:
        wizard = self.step("clean")
        layer_page = wizard.layer_page
        self.expect(
            "cleaning: the form the import used is preselected",
            Path(layer_page.form.filePath() or ".").name == "household_survey_form.xlsx",
            layer_page.form.filePath(),
        )
        self.save(wizard)
        wizard.next()
        self.save(wizard)
        wizard.next()
        self.expect("checks ran", self.wait(wizard.run_page.isComplete, 120), wizard.run_page.status.text())
        self.save(wizard)
        wizard.next()
        review = wizard.review_page.view
        review.reviewer.setText("Smoke")
        model = review.model
        shown = {str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())}
        headers = {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())}
        raw = sorted((shown | headers) & set(RAW_CODES))
        self.expect("review table shows no raw code", not raw, ", ".join(raw))
        self.save(wizard)
        pending = model.pending()
        wizard.next()
        page = wizard.apply_page
        self.expect(
            "pending decisions said before building",
            page.task is None and str(pending) in page.plan.text(),
            page.plan.text(),
        )
        self.save(wizard, "clean_apply-before")
        page.build()
        self.expect("cleaned layer built", self.wait(page.isComplete, 120), page.status.text())
        self.save(wizard)
        self.finish(wizard)

    def map(self) -> None:
        wizard = self.step("map")
        self.save(wizard)
        wizard.next()
        data = wizard.data_page
        self.expect("map: areas only by default", not data.show_points.isChecked())
        if not data.load_sample.isHidden():  # no boundaries yet: the reason and the way out
            self.save(wizard, "map_data-no-boundaries")
            data.load_sample.click()
        self.expect("map: data page complete", data.isComplete(), data.reason.text())
        self.save(wizard)
        wizard.next()
        thumbnail = wizard.layout_page.preview  # drawn in the map's language once the page is shown
        self.expect(
            "map: layout thumbnail drawn",
            self.wait(lambda: thumbnail.pixmap() is not None and not thumbnail.pixmap().isNull(), 30),
        )
        self.save(wizard)
        wizard.next()
        export = wizard.export_page
        export.open_result.setChecked(False)
        export.output.setFilePath(str(self.work / f"map_{self.lang}.pdf"))
        self.save(wizard)
        export.run()
        self.expect(
            "map exported",
            self.wait(lambda: not export.running(), 120) and export.result_path is not None,
            export.status.text(),
        )
        self.save(wizard, "map_export-done")
        self.finish(wizard)
        again = self.step("export")
        self.expect(
            "step 4 opens the export page", again.currentPage() is again.export_page, again.currentPage().objectName()
        )
        self.save(again, "step4")
        again.reject()

    def protect(self) -> None:
        from cartong_plugin.gui.survey_sources import is_imported_survey

        self.plugin.open_protection_wizard()
        wizard = self.plugin.dialogs["protection"]
        layer = wizard.source_page.layer.currentLayer()
        self.expect(
            "protection: the imported survey is preselected",
            is_imported_survey(layer),
            layer.name() if layer is not None else "none",
        )
        self.save(wizard)
        wizard.next()
        self.expect(  # looked for in a task: the page is pictured with its table filled
            "protection: personal data found",
            self.wait(wizard.findings_page.isComplete),
            wizard.findings_page.problem.text(),
        )
        self.save(wizard)
        wizard.next()
        self.save(wizard)
        wizard.next()
        output = wizard.output_page
        output.output.setFilePath(str(self.work / f"shared_{self.lang}.gpkg"))
        # The usual key is in QGIS's password store: the page says so before Export (any language).
        from cartong_plugin.core.base.i18n import tr

        password_note = tr(
            "The key is kept in QGIS's password store: after Export, QGIS may ask for its master "
            "password (or to create one). For a one-off export without it, choose a key file."
        )
        self.expect(
            "key page tells about the master password before Export",
            output.key_note.text() == password_note or not output.key_choice.isEnabled(),
            output.key_note.text(),
        )
        self.save(wizard)
        # A key file: no password store, so no master password question to block the run.
        output.key_choice.setCurrentIndex(output.key_choice.findData("new_file"))
        output.key_file.setFilePath(str(self.work / f"smoke_{self.lang}.key"))
        self.save(wizard, "protection_output-key-file")
        wizard.next()
        self.expect(
            "protected copy written",
            self.wait(lambda: wizard.currentPage() is wizard.summary_page, 120),
            wizard.output_page.problem.text() or wizard.run_page.status.text(),
        )
        self.save(wizard)
        self.finish(wizard)

    def download(self) -> None:
        """A KoboToolbox download from the local fake server (127.0.0.1), the token typed, not saved."""
        import os
        import sys

        repo = Path(os.environ.get("CARTONG_SMOKE_TOOLS", Path(__file__).resolve().parent)).parent.parent
        sys.path.insert(0, str(repo))
        from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN, FakeServer

        server = FakeServer(records=60).start()
        try:
            self.plugin.open_download_wizard()
            wizard = self.plugin.dialogs["download"]
            page = wizard.server_page
            page.platform.setCurrentIndex(page.platform.findData("kobo"))
            page.saved.setCurrentIndex(0)
            page.preset.setCurrentIndex(page.preset.count() - 1)  # another server
            page.url.setText(server.url)
            page.method.setCurrentIndex(page.method.findData("token"))
            page.token.setText(KOBO_TOKEN)
            page.save.setChecked(False)  # the smoke's profile has no password store to fill
            self.save(wizard)
            wizard.next()
            self.expect(
                "download: login checked",
                self.wait(lambda: wizard.currentPage() is wizard.form_page and not wizard.form_page.running(), 60),
                page.status.text(),
            )
            wizard.form_page.select(ASSET_UID)
            self.save(wizard)
            wizard.next()
            wizard.output_page.output.setFilePath(str(self.work / f"kobo_{self.lang}.gpkg"))
            self.save(wizard)
            wizard.next()
            self.expect(
                "download finished",
                self.wait(lambda: wizard.currentPage() is wizard.summary_page, 120),
                wizard.run_page.status.text(),
            )
            self.save(wizard)
            self.finish(wizard)
        finally:
            server.stop()


def clipped_texts(wizard, screen=None) -> list[str]:
    """Visible texts whose size hint does not fit their widget (cut words or lines), and a wizard that
    had to grow past the screen (``screen``: its available size, by default the primary screen's)."""
    from qgis.PyQt.QtGui import QGuiApplication

    cut = []
    room = screen if screen is not None else QGuiApplication.primaryScreen().availableGeometry().size()
    if wizard.width() > room.width() or wizard.height() > room.height():
        cut.append(
            f"the wizard is {wizard.width()}x{wizard.height()}, larger than the screen ({room.width()}x{room.height()})"
        )
    for widget in wizard.findChildren(QLabel) + wizard.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                needed_height, needed_width = widget.heightForWidth(widget.width()), 0
            else:
                needed_height, needed_width = widget.sizeHint().height(), widget.sizeHint().width()
        elif isinstance(widget, (QCheckBox, QRadioButton)):
            needed_height, needed_width = widget.sizeHint().height(), widget.sizeHint().width()
        else:
            continue  # push buttons elide nothing: Qt sizes them to their text
        if needed_width > widget.width() + 1 or needed_height > widget.height() + 1:
            cut.append(
                f"{widget.text()[:70]!r} needs {needed_width}x{needed_height}, has {widget.width()}x{widget.height()}"
            )
    return cut


def drive_wizards(plugin, folder, work, lang: str) -> dict:
    return WizardDrive(plugin, Path(folder), Path(work), lang).run()
