# SPDX-License-Identifier: GPL-3.0-or-later
"""Import: read exports and XLSForms, type the columns, build locations, write the GeoPackage.

Owns ``xlsform`` (the form: questions, choices, labels, groups, repeats; ``xlsform_languages`` for
the languages of its labels), ``xlsx_sheets`` (any workbook's sheets as text; ``xlsx_text`` for texts as
Excel shows them: ``_xHHHH_`` escapes, phonetic guides), ``export_readers`` (Kobo, ODK Central and ONA
CSV exports; ``code_pages`` for the Windows code page of one not in UTF-8, or of its few lines not in
UTF-8), ``export_zip`` (zips of them), ``export_xlsx`` (XLSX exports), ``spreadsheet_layers`` (a workbook export given
as a QGIS layer, read with its header row), ``json_export``
(submissions saved as JSON), ``geojson_reader`` (GeoJSON with hostile geometries; ``geojson_properties``
for its properties as written), ``xlsx_dates``
(Excel number and date cells read exactly), ``export_shape`` (HXL tag rows, empty rows at the end,
repeated column names, rows repeating the header), ``flat_repeats`` (repeats flattened into columns made into
tables), ``missing_repeats`` (the form's repeats an export has no rows of),
``columns`` (which column is what; ``label_headers`` for whole headers of labels exports;
``header_clashes`` for headers that could be two questions; ``column_names`` for unique typed names; ``r_names``
for names changed by R; ``column_inference`` for the
kinds read from the values without a form), ``column_types`` and ``number_columns`` (typing the
values; ``zone_less`` for date-times without a time zone beside others with one), ``locations``
(the location column chosen, its points) and ``geometry`` (points from
geopoints and split coordinates), ``raw_copy`` (the raw table exactly as received, copied by GDAL),
``gpkg_writer`` and ``column_notes`` (each column as received, in ``cartong_columns``),
``survey_tables`` (the raw and typed tables written, also for the server sync's
``write_survey_frames``), ``import_metadata`` (the ``cartong_metadata`` row and the form's tables)
``label_language`` (the language of the labels, and the labels missing in it: also for downloads)
and ``import_report`` (what an import reports back, and its cancel); ``importer.import_survey``
ties them together.

May import: ``base``.
"""
