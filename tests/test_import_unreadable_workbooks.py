# SPDX-License-Identifier: GPL-3.0-or-later
"""Workbooks the import cannot read are named with what to do, in the user's words, through
cartong:importsurvey: a password-protected one was called "an old .xls file" (saving it again as .xlsx
keeps the password), a damaged one was described by Python's English "(File is not a zip file)"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

HOSTILE = Path(__file__).parent / "data" / "hostile"
SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"


def _refusal(tmp_path, data, form=None) -> str:
    import processing

    parameters = {"DATA": str(data), "OUTPUT": str(tmp_path / "out.gpkg")}
    if form is not None:
        parameters["FORM"] = str(form)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("cartong:importsurvey", parameters)
    assert not (tmp_path / "out.gpkg").exists()
    return str(raised.value)


def test_a_form_protected_by_a_password_says_so_and_how_to_remove_it(cartong_provider, tmp_path):
    message = _refusal(tmp_path, SAMPLE / "household_survey_kobo.csv", HOSTILE / "xlsx_password_form.xlsx")
    assert "xlsx_password_form.xlsx is protected by a password" in message
    assert "remove the password" in message and ".xls" not in message.replace(".xlsx", "")


def test_an_export_protected_by_a_password_says_so(cartong_provider, tmp_path):
    data = tmp_path / "export.xlsx"
    shutil.copy(HOSTILE / "xlsx_password_form.xlsx", data)
    message = _refusal(tmp_path, data)
    assert "export.xlsx is protected by a password" in message and "old Excel" not in message


def test_a_damaged_workbook_is_named_without_pythons_english(cartong_provider, tmp_path):
    data = tmp_path / "cut.xlsx"
    data.write_bytes((SAMPLE / "household_survey_kobo.xlsx").read_bytes()[:3000])  # cut short while copied
    message = _refusal(tmp_path, data)
    assert "cut.xlsx is damaged or incomplete" in message
    assert "zip file" not in message and "File is not" not in message
