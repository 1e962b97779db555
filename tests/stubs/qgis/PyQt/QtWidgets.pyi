# qgis.PyQt.QtWidgets re-exports PyQt5.QtWidgets on QGIS 3 (qgis-stubs has no qgis.PyQt)
from PyQt5.QtWidgets import *  # noqa: F403
