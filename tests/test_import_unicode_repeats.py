# SPDX-License-Identifier: GPL-3.0-or-later
"""Repeats named in Arabic (XLSForm names may be any Unicode letters), through cartong:importsurvey.

The tables were ``repeat`` and ``repeat_2``: which held the people and which the livestock was
written nowhere. They are named by their repeat, in its script, as readable as the form.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pandas as pd

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form, write_workbook

PEOPLE, LIVESTOCK = "أفراد", "مواشي"
SURVEY = [
    ["type", "name", "label::Arabic (ar)"],
    ["text", "اسم_رب_الأسرة", "اسم رب الأسرة"],
    ["begin_repeat", PEOPLE, "أفراد الأسرة"],
    ["text", "الاسم", "الاسم"],
    ["integer", "العمر", "العمر"],
    ["end_repeat", "", ""],
    ["begin_repeat", LIVESTOCK, "المواشي"],
    ["text", "النوع", "النوع"],
    ["integer", "العدد", "العدد"],
    ["end_repeat", "", ""],
]
SETTINGS = [["form_id", "version", "default_language"], ["ar_hh", "1", "Arabic (ar)"]]
EXPECTED = {"survey": 2, PEOPLE: 3, LIVESTOCK: 2}


def _csv(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _tables(gpkg):
    return json.loads(query(gpkg, "SELECT tables FROM cartong_metadata")[0][0])


def _relations(gpkg):
    return {(r["parent"], r["child"]) for r in json.loads(query(gpkg, "SELECT relations FROM cartong_metadata")[0][0])}


def test_an_odk_central_zip_keeps_the_arabic_names_of_its_repeats(cartong_provider, tmp_path):
    export = tmp_path / "central_ar.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("ar_hh.csv", _csv([["اسم_رب_الأسرة", "KEY"], ["أحمد", "uuid:a1"], ["فاطمة", "uuid:b2"]]))
        archive.writestr(
            f"ar_hh-{PEOPLE}.csv",
            _csv(
                [
                    ["الاسم", "العمر", "PARENT_KEY", "KEY"],
                    ["أحمد", "40", "uuid:a1", f"uuid:a1/{PEOPLE}[1]"],
                    ["ليلى", "12", "uuid:a1", f"uuid:a1/{PEOPLE}[2]"],
                    ["فاطمة", "35", "uuid:b2", f"uuid:b2/{PEOPLE}[1]"],
                ]
            ),
        )
        archive.writestr(
            f"ar_hh-{LIVESTOCK}.csv",
            _csv(
                [
                    ["النوع", "العدد", "PARENT_KEY", "KEY"],
                    ["ماعز", "5", "uuid:a1", f"uuid:a1/{LIVESTOCK}[1]"],
                    ["بقر", "2", "uuid:b2", f"uuid:b2/{LIVESTOCK}[1]"],
                ]
            ),
        )
    gpkg = tmp_path / "out.gpkg"
    import_with_messages(export, gpkg, write_form(tmp_path / "form.xlsx", SURVEY, None, SETTINGS))
    assert _tables(gpkg) == EXPECTED
    assert _relations(gpkg) == {("survey", PEOPLE), ("survey", LIVESTOCK)}
    assert query(gpkg, f'SELECT "العمر" FROM "{PEOPLE}" ORDER BY fid') == [(40,), (12,), (35,)]


def test_a_kobo_xlsx_keeps_the_arabic_names_of_its_repeat_sheets(cartong_provider, tmp_path):
    repeat = ["_index", "_parent_table_name", "_parent_index", "_submission__uuid"]
    export = write_workbook(
        tmp_path / "kobo_ar.xlsx",
        {
            "ar_hh": [["اسم_رب_الأسرة", "_uuid", "_index"], ["أحمد", "a1", "1"], ["فاطمة", "b2", "2"]],
            PEOPLE: [
                ["الاسم", "العمر", *repeat],
                ["أحمد", "40", "1", "ar_hh", "1", "a1"],
                ["ليلى", "12", "2", "ar_hh", "1", "a1"],
                ["فاطمة", "35", "3", "ar_hh", "2", "b2"],
            ],
            LIVESTOCK: [
                ["النوع", "العدد", *repeat],
                ["ماعز", "5", "1", "ar_hh", "1", "a1"],
                ["بقر", "2", "2", "ar_hh", "2", "b2"],
            ],
        },
    )
    gpkg = tmp_path / "out.gpkg"
    import_with_messages(export, gpkg, write_form(tmp_path / "form.xlsx", SURVEY, None, SETTINGS))
    assert _tables(gpkg) == EXPECTED
    assert query(gpkg, f'SELECT "النوع", "العدد" FROM "{LIVESTOCK}" ORDER BY fid') == [("ماعز", 5), ("بقر", 2)]


def test_a_sync_appends_to_the_table_an_earlier_version_named_repeat(tmp_path, monkeypatch):
    """A GeoPackage imported before kept the people as ``repeat``: the sync's new rows go there."""
    from cartong_plugin.core.survey import survey_tables
    from cartong_plugin.core.survey.columns import ascii_table_key
    from cartong_plugin.core.survey.xlsform import read_xlsform

    spec = read_xlsform(write_form(tmp_path / "form.xlsx", SURVEY[:6], None, SETTINGS))
    gpkg = tmp_path / "synced.gpkg"
    main = pd.DataFrame({"اسم_رب_الأسرة": ["أحمد"], "KEY": ["uuid:a1"]})
    people = pd.DataFrame({"الاسم": ["أحمد"], "PARENT_KEY": ["uuid:a1"], "KEY": [f"uuid:a1/{PEOPLE}[1]"]})
    with monkeypatch.context() as earlier:  # the tables as an earlier version named them
        earlier.setattr(survey_tables, "table_key", ascii_table_key)
        survey_tables.write_survey_frames(gpkg, [("", main), (PEOPLE, people)], spec)
    assert query(gpkg, 'SELECT "الاسم" FROM repeat') == [("أحمد",)]
    later = people.assign(**{"الاسم": ["ليلى"], "KEY": [f"uuid:a1/{PEOPLE}[2]"]})
    survey_tables.write_survey_frames(gpkg, [("", main.iloc[:0]), (PEOPLE, later)], spec, append=True)
    assert query(gpkg, 'SELECT "الاسم" FROM repeat ORDER BY fid') == [("أحمد",), ("ليلى",)]
    assert not query(gpkg, "SELECT name FROM sqlite_master WHERE name = ?", PEOPLE)
