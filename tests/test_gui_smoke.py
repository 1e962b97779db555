# SPDX-License-Identifier: GPL-3.0-or-later
"""The packaged plugin installs into the real QGIS desktop (under Xvfb), adds its menu and opens its dialog,
in English, then in French, Spanish, Portuguese and Arabic (main dialog, help dock, training panel; Arabic
right to left)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.PyQt.QtGui import QImage

REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO / "tests" / "tools"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("qgis.bin") and shutil.which("xvfb-run")),
        reason="needs the QGIS desktop and Xvfb (make system-deps)",
    ),
]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("dist") / "cartong_plugin.zip"
    subprocess.run(
        [sys.executable, str(TOOLS / "package_plugin.py"), "--output", str(output)],
        check=True,
        cwd=REPO,
        timeout=300,
        capture_output=True,
    )
    return output


def _smoke(
    zip_path: Path, png: Path, languages: str | None = None, wizards: bool = False
) -> tuple[subprocess.CompletedProcess, dict]:
    env = dict(os.environ)
    if languages is not None:
        env["CARTONG_SMOKE_LANGUAGES"] = languages
    env["CARTONG_SMOKE_WIZARDS_DIR"] = str(png.parent / "wizards") if wizards else ""  # the long walk: once
    run = subprocess.run(
        ["bash", str(TOOLS / "gui_smoke.sh"), str(zip_path), str(png)],
        capture_output=True,
        text=True,
        timeout=400,
        env=env,
    )
    status_file = png.with_suffix(".json")
    status = json.loads(status_file.read_text(encoding="utf-8")) if status_file.exists() else {}
    return run, status


def _distinct_colours(png: Path) -> int:
    image = QImage(str(png))
    assert not image.isNull(), png
    step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 64)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)})


@pytest.fixture(scope="module")
def good_run(plugin_zip, tmp_path_factory):
    png = tmp_path_factory.mktemp("smoke") / "gui-smoke.png"
    run, status = _smoke(plugin_zip, png, wizards=True)
    return run, status, png


def test_desktop_starts_the_installed_plugin_with_its_menu(good_run):
    run, status, _ = good_run
    assert run.returncode == 0, run.stdout + run.stderr
    assert status["plugin_active"] and status["menu_found"]
    assert status["menu_title"] == "CartONG"
    from cartong_plugin.gui.main_dialog import data_cycle_steps

    steps = [step["title"] for step in data_cycle_steps(None)]
    # The home dialog, then the steps of the data cycle in order (other entries may follow).
    assert status["menu_actions"][: len(steps) + 1] == ["CartONG Toolkit…", *steps]
    assert status["exceptions"] == [] and status["log_errors"] == []


def test_main_dialog_is_shown_and_pictured(good_run):
    run, status, png = good_run
    assert status["dialog_shown"] and status["dialog_title"] == "CartONG Toolkit"
    image = QImage(str(png))
    assert image.width() >= 300 and image.height() >= 150
    assert _distinct_colours(png) >= 8  # text, icons and buttons, not a blank grab


def test_main_window_screenshot_is_not_blank(good_run):
    _, status, png = good_run
    window_png = Path(status["window_png"])
    assert window_png == png.with_name("gui-smoke-window.png")
    image = QImage(str(window_png))
    assert (image.width(), image.height()) == (1366, 768)  # a laptop's screen
    assert _distinct_colours(window_png) >= 16


TRANSLATED = ["fr", "es", "pt", "ar"]


@pytest.mark.parametrize(
    "name", [f"{language}-{window}" for language in TRANSLATED for window in ("main", "help", "training")]
)
def test_language_screenshots_are_saved_and_not_blank(good_run, name):
    _, status, png = good_run
    picture = png.with_name(f"gui-smoke-{name}.png")
    image = QImage(str(picture))
    assert not image.isNull(), picture
    assert image.width() >= 300 and image.height() >= 250
    assert _distinct_colours(picture) >= 8
    language, what = name.split("-")
    recorded = status["languages"][language]["dialog_png" if what == "main" else f"{what}_png"]
    assert Path(recorded) == picture


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_language_run_shows_its_language_in_every_window(good_run, language):
    run, status, _ = good_run
    assert run.returncode == 0, run.stdout + run.stderr
    translated = status["languages"][language]
    assert translated["ok"] and translated["language_problems"] == [] and translated["exceptions"] == []
    texts = translated["translated_texts"]
    assert set(texts) == {
        "main dialog first step",
        "help dock title",
        "help page title",
        "training panel title",
        "first exercise",
    }
    english = status["menu_actions"]
    assert translated["menu_actions"][0] != english[0] and len(translated["menu_actions"]) == len(english)
    assert texts["main dialog first step"].splitlines()[0] == translated["menu_actions"][1]
    help_page = Path(translated["help_page"])
    assert help_page.parent.name == language and help_page.stem == "clean_log"


@pytest.mark.parametrize("language", TRANSLATED)
def test_plugin_docks_keep_their_python_side_in_the_desktop(good_run, language):
    _, status, _ = good_run
    assert status["languages"][language]["docks_alive"] == {"CartongHelpDock": True, "CartongTrainingPanel": True}


def test_arabic_windows_are_right_to_left_while_qgis_is_not(good_run):
    _, status, _ = good_run
    arabic = status["languages"]["ar"]
    assert arabic["ok"], arabic
    assert arabic["dialog_right_to_left"] is True and arabic["qgis_right_to_left"] is False
    assert arabic["right_to_left"] == {"main dialog": True, "help dock": True, "training panel": True}
    assert arabic["dialog_icon_first"] is True  # the step icons on the right, where Arabic starts
    for language in ("fr", "es", "pt"):
        assert set(status["languages"][language]["right_to_left"].values()) == {False}, language


def _zip_variant(plugin_zip: Path, target: Path, drop: str = "", edit: tuple[str, str, str] = ("", "", "")) -> Path:
    """The same plugin without the file ``drop``, or with ``edit`` = (file, old, new) applied once."""
    with zipfile.ZipFile(plugin_zip) as source, zipfile.ZipFile(target, "w") as variant:
        for info in source.infolist():
            if info.filename == drop:
                continue
            data = source.read(info)
            if info.filename == edit[0]:
                text = data.decode("utf-8")
                assert edit[1] in text
                data = text.replace(edit[1], edit[2], 1).encode("utf-8")
            variant.writestr(info, data)
    return target


@pytest.mark.parametrize(
    "languages, variant, expected_in_output",
    [
        (
            "fr",
            {"drop": "cartong_plugin/i18n/cartong_fr.qm"},
            "main dialog first step: '1. Import survey data…' has no fr",
        ),
        (
            "ar",
            {
                "edit": (
                    "cartong_plugin/core/base/translation.py",
                    "return Qt.LayoutDirection.RightToLeft",
                    "return Qt.LayoutDirection.LeftToRight",
                )
            },
            "main dialog: layout direction",
        ),
    ],
)
def test_smoke_fails_when_a_language_run_shows_english_or_the_wrong_direction(
    plugin_zip, tmp_path, languages, variant, expected_in_output
):
    broken = _zip_variant(plugin_zip, tmp_path / "variant.zip", **variant)
    run, status = _smoke(broken, tmp_path / "gui-smoke.png", languages=languages)
    assert run.returncode != 0
    assert status["ok_english"] is True and status["ok"] is False
    assert status["languages"][languages]["ok"] is False
    assert expected_in_output in run.stderr


def _broken_zip(plugin_zip: Path, target: Path, first_line_of_init_gui: str) -> Path:
    """The same plugin with one planted line at the top of initGui."""
    with zipfile.ZipFile(plugin_zip) as source, zipfile.ZipFile(target, "w") as broken:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "cartong_plugin/plugin.py":
                text = re.sub(
                    r"(def initGui\(self\):[^\n]*\n)",
                    rf"\1        {first_line_of_init_gui}\n",
                    data.decode("utf-8"),
                    count=1,
                )
                assert first_line_of_init_gui in text
                data = text.encode("utf-8")
            broken.writestr(info, data)
    return target


@pytest.mark.parametrize(
    "planted, expected_in_output",
    [
        ("raise RuntimeError('planted failure in initGui')", "planted failure in initGui"),
        ("return  # planted: no menu", "menu found=False"),
    ],
)
def test_smoke_fails_when_the_plugin_raises_or_has_no_menu(plugin_zip, tmp_path, planted, expected_in_output):
    broken = _broken_zip(plugin_zip, tmp_path / "broken.zip", planted)
    run, status = _smoke(broken, tmp_path / "gui-smoke.png")
    assert run.returncode != 0
    assert status["ok"] is False
    assert expected_in_output in run.stdout + run.stderr


# -- every wizard walked to its end (issue #15) ---------------------------------------------------

WIZARD_PAGES = {  # the pages each walk must picture, by object name
    "importwizard": ["import_source", "import_preview", "import_options", "import_summary"],
    "cleaningwizard": ["clean_layer", "clean_checks", "clean_run", "clean_log", "clean_apply-before", "clean_apply"],
    "mapwizard": ["map_type", "map_data", "map_layout", "map_export", "map_export-done", "step4"],
    "protectionwizard": [
        "protection_source",
        "protection_findings",
        "protection_location",
        "protection_output",
        "protection_output-key-file",
        "protection_summary",
    ],
    "downloadwizard": ["download_server", "download_form", "download_output", "download_summary"],
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_wizard_is_walked_to_its_end_and_every_page_pictured(good_run, language):
    _, status, png = good_run
    walk = (status if language == "en" else status["languages"][language])["wizards"]
    assert walk["problems"] == []
    pictured = [Path(path) for path in walk["pages"]]
    assert all(path.parent == png.parent / "wizards" / language for path in pictured)
    names = {}
    for path in pictured:
        _number, wizard, page = path.stem.split("-", 2)
        names.setdefault(wizard, []).append(page)
    for wizard, pages in WIZARD_PAGES.items():
        assert [p for p in names.get(wizard, []) if p != "map_data-no-boundaries"] == pages, wizard
    for path in pictured:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1100, 660), path  # the size the wizards open at
        assert _distinct_colours(path) >= 8, path


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_wizard_page_cuts_a_text_or_shows_a_log_code(good_run, language):
    _, status, _ = good_run
    walk = (status if language == "en" else status["languages"][language])["wizards"]
    assert walk["clipped"] == []
    assert walk["defaults"]["review table shows no raw code"] is True


@pytest.mark.parametrize("language", ["en", "fr"])
def test_wizard_defaults_hold_in_the_real_desktop(good_run, language):
    _, status, _ = good_run
    defaults = (status if language == "en" else status["languages"][language])["wizards"]["defaults"]
    for what in (
        "map: areas only by default",
        "protection: the imported survey is preselected",
        "cleaning: the form the import used is preselected",
        "pending decisions said before building",
        "key page tells about the master password before Export",
        "step 4 opens the export page",
    ):
        assert defaults[what] is True, what


def test_english_run_shows_the_missing_boundaries_and_loads_the_samples(good_run):
    _, status, _ = good_run
    pages = [Path(path).stem for path in status["wizards"]["pages"]]
    assert any(stem.endswith("map_data-no-boundaries") for stem in pages)  # no layers yet: the way out shown
