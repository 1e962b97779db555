# qgis.PyQt re-exports PyQt5 on QGIS 3 (qgis-stubs has no qgis.PyQt)
from PyQt5 import sip as sip
