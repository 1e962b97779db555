# qgis.PyQt.QtXml re-exports PyQt5.QtXml on QGIS 3 (qgis-stubs has no qgis.PyQt)
from PyQt5.QtXml import *  # noqa: F403
