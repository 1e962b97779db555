# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaned survey is shared as safely as the survey it was cleaned from.

The usual workflow is import → runchecks → applycleaninglog → exportforsharing of the cleaned layer.
The personal-data rules that read the form kept by the import (a select listing people by code and
full name, a ``calculate`` holding the latitude) must still run on the cleaned copy: applycleaninglog
copies the form tables beside the cleaned layer, as it copies ``cartong_columns`` (attack 14b, finding 1:
the cleaned copy shared 60 full names and the exact latitude).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from tests.protection_data import import_for_sharing, share, write_semicolon_csv
from tests.xlsform_files import write_form

FIRST = ["Aïcha", "Florentine", "Hortense", "Mariam", "Esther", "Clarisse", "Jeanne", "Brigitte"]
LAST = ["Zokoué", "Koyassambia", "Wabo", "Gbaya", "Zoumaldé", "Ngouandji", "Doko", "Tambala"]
PEOPLE = [(f"B{i:04d}", f"{FIRST[i % 8]} {LAST[(i * 3) % 8]}") for i in range(1, 61)]


def _latitude(i):
    return f"{4.3612347 + i * 0.0011311:.7f}"


def _survey(folder):
    """60 kit distributions: the beneficiary chosen from a list of people, the position and its latitude."""
    form = write_form(
        folder / "form.xlsx",
        [
            ["type", "name", "label", "calculation"],
            ["select_one benef", "beneficiaire", "Nom complet du bénéficiaire", ""],
            ["select_one yn", "kit_recu", "Le kit a-t-il été reçu ?", ""],
            ["geopoint", "gps", "Position du ménage", ""],
            ["calculate", "pos_y", "", "selected-at(${gps}, 0)"],  # one coordinate alone: only the form tells
        ],
        [["list_name", "name", "label"], ["yn", "yes", "Oui"], ["yn", "no", "Non"]]
        + [["benef", code, person] for code, person in PEOPLE],
    )
    rows = [
        [code, "yes" if i % 3 else "no", f"{_latitude(i)} {18.5523461 + i * 0.0012713:.7f} 380.0 5.0"]
        + [_latitude(i), f"uuid-{i:03d}"]
        for i, (code, _person) in enumerate(PEOPLE)
    ]
    header = ["beneficiaire", "kit_recu", "gps", "pos_y", "_uuid"]
    data = write_semicolon_csv(folder / "pdm.csv", header, rows)
    return import_for_sharing(data, folder / "pdm.gpkg", form)


def _cleaned(gpkg, output):
    """runchecks then applycleaninglog (the survey's own log) of the survey layer of ``gpkg``."""
    import processing
    from qgis.core import QgsProcessingFeedback

    layer = f"{gpkg}|layername=survey"
    processing.run("cartong:runchecks", {"INPUT": layer}, feedback=QgsProcessingFeedback())
    processing.run(
        "cartong:applycleaninglog", {"INPUT": layer, "OUTPUT": str(output)}, feedback=QgsProcessingFeedback()
    )
    return output


def test_the_cleaned_survey_shares_no_names_and_no_exact_latitude(cartong_provider, tmp_path):
    clean = _cleaned(_survey(tmp_path), tmp_path / "clean.gpkg")
    with closing(sqlite3.connect(clean)) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
    assert {"clean", "cartong_columns", "form_questions", "form_choices"} <= tables

    for mode in (0, 3):  # move points, remove locations
        output = tmp_path / f"shared{mode}.csv"
        result = share(clean, output, INPUT=f"{clean}|layername=clean", LOCATION_MODE=mode)
        assert {"beneficiaire", "beneficiaire_label"} <= set(result["HIGH_RISK_REMOVED"].split(","))
        text = output.read_text(encoding="utf-8-sig")
        assert "pos_y" not in text.splitlines()[0].split(",")
        assert not any(person in text for _code, person in PEOPLE) and "B0001" not in text
        assert not any(_latitude(i) in text for i in range(len(PEOPLE)))
        assert "kit_recu" in text.splitlines()[0] and "Oui" in text
