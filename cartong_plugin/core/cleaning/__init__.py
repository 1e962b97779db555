# SPDX-License-Identifier: GPL-3.0-or-later
"""Check and clean: data-quality checks, the reviewable cleaning log, the cleaned layer.

Owns ``checks`` (each family returns cleaning-log entries; ``run_checks`` runs them all), ``log``
(the IMPACT/REACH cleaning log: its rows, validation, merging of runs), ``log_files`` (the log read
and written: GeoPackage table, CSV and XLSX for field teams), ``apply`` (the log applied to the
survey into a cleaned layer, as cleaningtools' create_clean_data does; the raw table is never
changed), ``cleaned_destination`` (the cleaned layer is written as a GeoPackage only), ``log_values``
(a log's new values read by decimal mark, column type, TRUE/FALSE, Excel dates), ``pcode_keys`` (how
a typed P-code is compared with an area's, for the checks and the maps) and ``field_names`` (field
names typed for a check, found among a layer's or refused).

May import: ``base``, ``survey``, ``servers``.
"""
