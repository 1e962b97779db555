# SPDX-License-Identifier: GPL-3.0-or-later
"""What every stage needs: errors, translation, atomic output, paths, GDAL and QGIS compatibility.

Owns ``errors`` (``CartongError``, translated sentences for the user), ``i18n`` (``tr``/``trn``),
``translation`` (the Qt translator and layout direction), ``atomic`` (write to a temporary file,
rename when complete and checked whole), ``writers`` (who wrote a hidden temporary file, and
whether that writer still runs), ``outputs`` (the one helper deciding whether an output is the file of an
input), ``paths`` (bundled resources), ``gdal_errors`` (GDAL exceptions for one block only),
``qgis_compat`` (calls whose form depends on the QGIS version), ``safe_files`` (guards against
hostile files shared by every reader and writer: cells, file names, rich text, what a file is) and
``safe_archives`` (zip archives and XLSX workbooks checked before they are read), ``redact``
(addresses, data sources and connection strings without their passwords, tokens and keys) and
``named_secrets`` (secrets read from where a parameter names them), ``provenance`` (the file, table and
SHA-256 an output was made from), ``damaged_files`` (a damaged GeoPackage named in a sentence).

May import: nothing else from the plugin.
"""
