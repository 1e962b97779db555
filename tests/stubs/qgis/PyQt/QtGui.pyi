# qgis.PyQt.QtGui re-exports PyQt5.QtGui on QGIS 3 (qgis-stubs has no qgis.PyQt)
from PyQt5.QtGui import *  # noqa: F403
