# SPDX-License-Identifier: GPL-3.0-or-later
"""Responsible data: find personal data, and export survey data that is safe to share.

Entry points for the rest of the plugin (GUI pages, import summary, algorithms):

* ``detect.detect_in_layer(layer, form=None)`` / ``detect.detect_personal_data(columns, rows, form)``
  -> list of ``Finding(column, category, risk, reason, explanation, suggested_action)`` (values read by
  ``detect_values``, positions typed in texts by ``written_positions``, calculations holding the GPS
  position by ``calculated_positions``, sentences by ``detect_explain``);
* ``map_points.unprotected_points_warning(layer)``: whether a map may show these points with coordinates;
* ``share_export.export_for_sharing(layer, output_path, ShareOptions(...), feedback)``
  -> ``ShareReport(output, readme, rows, actions)`` (both in ``share_options``; the record-level
  steps are ``share_records``); columns at high risk that no one chose for are removed
  (``share_defaults``: the wizard's start state too), the README is ``share_readme``;
* ``pseudonymise.default_key()`` / ``load_key(authcfg)`` / ``store_key(key)``: the key lives in
  the QGIS authentication manager, only its ``authcfg`` id in the settings;
* ``aggregate_safe.aggregate_with_suppression(rows, area_field, category_field, k)``: counts
  with small cells hidden and no hidden count recoverable from the totals (``share_aggregate``: the
  question counted must not name people, rare answers are counted together);
* ``displace.PointDisplacer`` / ``GridSnapper`` / ``AreaKeepingDisplacer``: moved points;
* ``kanonymity.suppress_rare_combinations(rows, indices, k)``: local suppression.

Hostile-file guards shared with readers and writers are in ``core/base/safe_files.py`` and
``core/base/safe_archives.py``.

May import: ``base``, ``survey``, ``servers``, ``cleaning``, ``maps``.
"""
