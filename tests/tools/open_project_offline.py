#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open a QGIS project as a partner's laptop would, with no network, and render its map to PNG.

Usage: open_project_offline.py PROJECT.qgz OUTPUT.png PROXY_PORT
Run in its own process with a fresh HOME: QGIS's proxy is set to 127.0.0.1:PROXY_PORT (a closed port),
so any layer that still needed the network would come out invalid or blank. Prints one JSON line:
{"layers": {name: valid}, "sources": [...], "colours": n, "painted": share of non-white pixels}.
"""

from __future__ import annotations

import json
import sys

from qgis.core import (
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsSettings,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def main(project_path: str, png: str, proxy_port: str) -> int:
    app = QgsApplication([], False)
    app.initQgis()
    settings = QgsSettings()
    settings.setValue("proxy/proxyEnabled", True)
    settings.setValue("proxy/proxyType", "HttpProxy")
    settings.setValue("proxy/proxyHost", "127.0.0.1")
    settings.setValue("proxy/proxyPort", proxy_port)
    project = QgsProject.instance()
    if not project.read(project_path):
        print(json.dumps({"error": project.error()}))
        return 1
    layers = project.layerTreeRoot().layerOrder()
    settings_map = QgsMapSettings()
    settings_map.setLayers(layers)
    settings_map.setDestinationCrs(project.crs())
    settings_map.setExtent(project.viewSettings().defaultViewExtent())
    settings_map.setOutputSize(QSize(800, 600))
    settings_map.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings_map)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(png)
    colours, painted, samples = set(), 0, 0
    for x in range(0, image.width(), 4):
        for y in range(0, image.height(), 4):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            painted += rgb != 0xFFFFFF
            samples += 1
    print(
        json.dumps(
            {
                "layers": {layer.name(): layer.isValid() for layer in layers},
                "sources": [layer.source() for layer in layers],
                "colours": len(colours),
                "painted": painted / samples,
            }
        )
    )
    project.clear()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
