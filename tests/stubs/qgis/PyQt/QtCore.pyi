# qgis.PyQt.QtCore re-exports PyQt5.QtCore on QGIS 3 (qgis-stubs has no qgis.PyQt)
from PyQt5.QtCore import *  # noqa: F403
