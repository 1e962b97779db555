# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin's summary: one sentence per number, each in the plural form its count needs."""

from __future__ import annotations

import pytest

from tests.map_counts import run_count, write_table

pytestmark = pytest.mark.usefixtures("collect_cycles")


@pytest.mark.parametrize(
    "codes, summary",
    [
        (
            ["CF111"],
            "1 submission was counted in 1 area. 0 submissions are outside every area or have an unknown "
            "P-code. 0 submissions have no location or P-code.",
        ),
        (
            ["CF111", "CF112", "XX9", None],
            "2 submissions were counted in 2 areas. 1 submission is outside every area or has an unknown "
            "P-code. 1 submission has no location or P-code.",
        ),
    ],
)
def test_the_summary_says_one_submission_in_one_area(cartong_provider, tmp_path, codes, summary):
    survey = write_table(tmp_path / "s.gpkg", {"admin2": codes})
    _, _, infos, _ = run_count(tmp_path, survey)
    assert summary in infos
