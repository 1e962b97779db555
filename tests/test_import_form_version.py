# SPDX-License-Identifier: GPL-3.0-or-later
"""The form version through cartong:importsurvey, with pyxform's real UCL biomass form, whose settings
``version`` is ``=NOW()`` formatted as a date: pyxform reads it with openpyxl and deploys
``str(datetime)``, the FormVersion ODK Central writes in each row. It was read as GDAL's text
(``2022/04/11 16:26:28.971``), so every submission was "another version of the form", and the
geopoint exported as ``location-center_point-Latitude``... was listed as not in the export.
"""

from __future__ import annotations

import csv
import io
import zipfile

from tests.real_imports import import_with_messages, query

UCL = "XLSForm+pyxform/tests/bug_example_xls/UCL_Biomass_Plot_Form.xlsx"
DEPLOYED = "2022-04-11 16:26:28.971000"
HEADER = [
    "SubmissionDate", "info-leader_name", "info-leader_number", "location-region_id", "location-plot_id",
    "location-center_point-Latitude", "location-center_point-Longitude", "location-center_point-Altitude",
    "location-center_point-Accuracy", "any_trees", "remarks", "meta-instanceID", "KEY", "FormVersion",
]  # fmt: skip


def _central_zip(path, versions):
    rows = [
        ["2022-04-12T08:00:00.000Z", "Aloyce", "0787654321", "R01", f"P-{n}", "-6.12", "35.98", "1203.4", "3.9",
         "yes", "", f"uuid:s{n}", f"uuid:s{n}", version]
        for n, version in enumerate(versions, start=1)
    ]  # fmt: skip
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows([HEADER, *rows])
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("UCL_Biomass_Plot_Form.csv", text.getvalue())
    return path


def test_a_version_set_by_a_date_formula_is_the_one_pyxform_deploys(cartong_provider, tmp_path, real_data_dir):
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(
        _central_zip(tmp_path / "export.zip", [DEPLOYED, DEPLOYED]), out, real_data_dir / UCL
    )
    assert not [w for w in warnings if "version" in w]
    assert query(out, "SELECT form_version FROM cartong_metadata") == [(DEPLOYED,)]


def test_a_geopoint_exported_as_its_parts_is_in_the_export(cartong_provider, tmp_path, real_data_dir):
    out = tmp_path / "out.gpkg"
    data = _central_zip(tmp_path / "export.zip", [DEPLOYED, "2022-05-02 09:00:00"])
    result, warnings = import_with_messages(data, out, real_data_dir / UCL)
    said = [w for w in warnings if "another version of the form" in w]
    assert len(said) == 1 and "1 of 2 submission(s)" in said[0] and "'2022-05-02 09:00:00'" in said[0]
    missing = said[0].split("Questions of the form not in the export: ")[1]
    assert "center_point" not in missing and "any_trees" not in missing and "plot_id" not in missing
    assert "slope" in missing  # a question of the form that is not in this export is still named
    assert result["ROWS_WITHOUT_LOCATION"] == 0
