# SPDX-License-Identifier: GPL-3.0-or-later
"""A wizard's output file: an existing file is never replaced silently, nor one the open project uses.

``layers_using(path)`` names the project layers read from ``path``; ``in_use_problem(path)`` says,
in words, why that file cannot be replaced now; ``confirm_replace(parent, path)`` asks the user
before an existing file is replaced (a QMessageBox.question the tests can answer).
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsProject, QgsProviderRegistry
from qgis.PyQt.QtWidgets import QMessageBox

from ..core.base.i18n import tr
from ..core.base.safe_files import free_path


def same_file(first, second) -> bool:
    """True when the two paths name the same file (links and case on Windows followed)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.normcase(os.path.abspath(first)) == os.path.normcase(os.path.abspath(second))


def layer_file(layer) -> str:
    """The file a project layer is read from, or '' (a database, a web service, a memory layer)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    return str(path) if path and Path(str(path)).exists() else ""


def layers_using(path) -> list[str]:
    """The names of the open project's layers read from ``path``, sorted."""
    if not Path(path).exists():
        return []
    names = []
    for layer in QgsProject.instance().mapLayers().values():
        source = layer_file(layer)
        if source and same_file(source, path):
            names.append(layer.name())
    return sorted(names, key=str.casefold)


def in_use_problem(path) -> str:
    """Why ``path`` cannot be replaced now ('' when it can): the project layers reading it, named."""
    names = layers_using(path)
    if not names:
        return ""
    return tr(
        "{file} is used by layers of the open project ({layers}): it cannot be replaced. Choose another "
        "file name, or remove these layers from the project first."
    ).format(file=path, layers=", ".join(names))


def confirm_replace(parent, path) -> bool:
    """Ask before the existing ``path`` is replaced; True only when the user answers Yes."""
    answer = QMessageBox.question(
        parent,
        tr("Replace the existing file?"),
        tr(
            "{file} already exists. Replace it? Everything it holds will be lost. Choose No to keep it, "
            "then another name ({free} is free)."
        ).format(file=path, free=free_path(path).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
