# qgis.PyQt.QtNetwork re-exports PyQt5.QtNetwork on QGIS 3 (qgis-stubs has no qgis.PyQt)
from PyQt5.QtNetwork import *  # noqa: F403
