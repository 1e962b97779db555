# SPDX-License-Identifier: GPL-3.0-or-later
"""What every stage needs: errors, translation, atomic output, paths, GDAL and QGIS compatibility.

Owns ``errors`` (``CartongError``, translated sentences for the user), ``i18n`` (``tr``/``trn``),
``translation`` (the Qt translator and layout direction), ``atomic`` (write to a temporary file,
rename when complete), ``outputs`` (the one helper deciding whether an output is the file of an
input), ``paths`` (bundled resources), ``gdal_errors`` (GDAL exceptions for one block only),
``qgis_compat`` (calls whose form depends on the QGIS version) and ``safe_files`` (guards against
hostile files shared by every reader and writer).

May import: nothing else from the plugin.
"""
