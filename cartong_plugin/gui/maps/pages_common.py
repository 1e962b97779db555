# SPDX-License-Identifier: GPL-3.0-or-later
"""What the map wizard's pages share: where their settings live, the page previews, a growing form."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import QFormLayout

from ...core.base.paths import resources_dir

SETTINGS_PREFIX = "cartong/map/"


def preview_pixmap(page: str, width: int) -> QPixmap | None:
    """The PNG preview of a layout template (``resources/layouts/previews/<page>.png``), or None."""
    path = resources_dir() / "layouts" / "previews" / f"{page}.png"
    pixmap = QPixmap(str(path)) if path.is_file() else QPixmap()
    if pixmap.isNull():
        return None
    return pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


def growing_form(parent=None) -> QFormLayout:
    """A form whose fields take the width left (some styles keep them at their size hint)."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form
