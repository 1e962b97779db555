# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the bundled files are, in a source checkout and in an installed plugin.

In the repository, ``resources/`` and ``i18n/`` sit beside the package; ``make package``
copies them inside it, which is how QGIS finds them once the zip is installed.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[2]


def _bundled(name: str) -> Path:
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    """Folder holding icons, layouts, styles, sample data and offline help."""
    return _bundled("resources")


def i18n_dir() -> Path:
    """Folder holding the compiled translations (``cartong_<lang>.qm``)."""
    return _bundled("i18n")


def sample_dir() -> Path:
    """Folder of the bundled training/sample dataset."""
    return resources_dir() / "sample"


def icon_path(name: str = "cartong.svg") -> str:
    return str(resources_dir() / "icons" / name)
