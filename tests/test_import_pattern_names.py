# SPDX-License-Identifier: GPL-3.0-or-later
"""An export whose file name holds pattern signs keeps its repeat tables (attack8-ltr finding A and 6).

The repeat CSVs beside a Kobo export were found with a glob of the export's name: "menages [v2].csv" read
"[v2]" as a character class, found no "menages [v2]_members.csv", and the 2,000-odd member rows were left
out without a word (with the form too); "enquete**final.csv" stopped the run with a ValueError on Python 3.11.
"""

from __future__ import annotations

import shutil

import pytest

from tests.real_imports import import_with_messages, query


@pytest.mark.parametrize("stem", ["menages [v2]", "enquete**final", "suivi (mars) *2026*"])
def test_the_repeat_beside_an_export_named_with_pattern_signs_is_imported(cartong_provider, sample_dir, tmp_path, stem):
    folder = tmp_path / "exports"
    folder.mkdir()
    shutil.copy(sample_dir / "household_survey_kobo.csv", folder / f"{stem}.csv")
    shutil.copy(sample_dir / "household_survey_kobo_members.csv", folder / f"{stem}_members.csv")
    gpkg = tmp_path / "out.gpkg"
    _result, _warnings = import_with_messages(folder / f"{stem}.csv", gpkg, sample_dir / "household_survey_form.xlsx")
    with open(sample_dir / "household_survey_kobo_members.csv", encoding="utf-8-sig") as handle:
        members = sum(1 for _ in handle) - 1
    assert query(gpkg, "SELECT count(*) FROM raw_members") == [(members,)]
    assert query(gpkg, "SELECT count(*) FROM members") == [(members,)]
