# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing with its defaults finds personal data written inside other answers.

An exact GPS position typed in a text answer ("GPS 4.3951859 18.6176917") would stand beside the
displaced point; a household code built from the name with hyphens ("ZOUMALDÉ-Hortense-DAMARA")
repeats the respondent's name. Both columns go, as a phone number inside a sentence does.
"""

from __future__ import annotations

import pytest

from tests.protection_data import import_for_sharing, share, write_semicolon_csv

FIRST = ["Hortense", "Aïcha", "Mariam", "Florentine", "Clarisse", "Esther"]
LAST = ["Zoumaldé", "Koyassambia", "Gbaya", "Wabo", "Yakité", "Ndakala"]
VILLAGES = ["Damara", "Boléro", "Kondassi"]


@pytest.fixture(scope="module")
def survey(qgis_app, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hidden")
    header = ["village", "respondent_name", "hh_ref", "directions", "location", "_uuid"]
    rows = []
    for i in range(60):
        first, last, village = FIRST[i % 6], LAST[(i // 6) % 6], VILLAGES[i % 3]
        lat, lon = 4.3 + i * 0.0013, 18.5 + i * 0.0017
        directions = f"Maison près du forage, GPS {lat:.7f} {lon:.7f}" if i % 2 == 0 else "Derrière l'école"
        rows.append(
            [
                village,
                f"{first} {last}",
                f"{last.upper()}-{first}-{village.upper()}",
                directions,
                f"{lat:.7f} {lon:.7f} 450.0 4.0",
                f"uuid-{i:03d}",
            ]
        )
    return import_for_sharing(write_semicolon_csv(folder / "s.csv", header, rows), folder / "s.gpkg")


def _shared(survey, folder):
    output = folder / "shared.csv"
    result = share(survey, output)
    return result, output.read_text(encoding="utf-8-sig")


def test_exact_gps_typed_in_a_text_answer_is_not_shared_beside_the_moved_point(cartong_provider, survey, tmp_path):
    _result, text = _shared(survey, tmp_path)
    header = text.splitlines()[0].split(",")
    assert "directions" not in header and header[-2:] == ["longitude", "latitude"]
    assert "4.3000000" not in text and "GPS" not in text


def test_a_code_joining_the_name_with_hyphens_is_removed_with_the_name(cartong_provider, survey, tmp_path):
    result, text = _shared(survey, tmp_path)
    assert "hh_ref" in result["HIGH_RISK_REMOVED"].split(",")
    assert "ZOUMALDÉ" not in text and "Hortense" not in text
    assert "village" in text.splitlines()[0].split(",") and "Damara" in text
