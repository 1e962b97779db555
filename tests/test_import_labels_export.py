# SPDX-License-Identifier: GPL-3.0-or-later
"""Kobo's "labels" export through cartong:importsurvey: the 0/1 column "<question label>/Other" became
the "specify other" text question, and a select_multiple summary of multi-word labels was split
word by word (fragments, and "well" read as the code of "Protected well").
"""

from __future__ import annotations

import csv

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form


def _labels_export(path, header, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_labels_export_choice_columns_are_flags_of_their_question(cartong_provider, tmp_path):
    form = write_form(
        tmp_path / "form.xlsx",
        [
            ["type", "name", "label", "relevant"],
            ["text", "village", "Village name", ""],
            ["select_multiple assist", "assistance", "Assistance received", ""],
            ["text", "assistance_other", "Other", "selected(${assistance}, 'other')"],
            ["integer", "hh_size", "Household size", ""],
        ],
        [
            ["list_name", "name", "label"],
            ["assist", "food", "Food"],
            ["assist", "cash", "Cash"],
            ["assist", "other", "Other"],
        ],
    )
    data = _labels_export(
        tmp_path / "export_labels.csv",
        ["Village name", "Assistance received", "Assistance received/Food", "Assistance received/Cash",
         "Assistance received/Other", "Other", "Household size", "_id", "_uuid", "_index"],
        [["Alpha", "Food Other", "1", "0", "1", "Seeds and tools", "4", "1", "u1", "1"],
         ["Beta", "Cash", "0", "1", "0", "", "3", "2", "u2", "2"]],
    )  # fmt: skip
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, out, form)
    typed = query(
        out,
        "SELECT assistance, assistance_label, assistance_food, assistance_cash, assistance__other, assistance_other "
        "FROM survey ORDER BY fid",
    )
    assert typed == [
        ("food other", "Food; Other", 1, 0, 1, "Seeds and tools"),
        ("cash", "Cash", 0, 1, 0, None),
    ]
    assert not [w for w in warnings if "not in the form" in w]


def _sources_form(path):
    return write_form(
        path,
        [
            ["type", "name", "label::English (en)", "label::Français (fr)"],
            ["text", "village", "Village name", "Nom du village"],
            ["select_multiple src", "sources", "Water sources", "Sources d'eau"],
        ],
        [
            ["list_name", "name", "label::English (en)", "label::Français (fr)"],
            ["src", "piped", "Piped water", "Eau courante"],
            ["src", "well", "Protected well", "Puits protégé"],
            ["src", "rain", "Rain", "Pluie"],
            ["src", "river", "River or well", "Rivière ou puits"],
        ],
    )


_SPLIT = [
    "Water sources/Piped water",
    "Water sources/Protected well",
    "Water sources/Rain",
    "Water sources/River or well",
]


def test_labels_export_summary_of_multi_word_labels_is_read_whole(cartong_provider, tmp_path):
    data = _labels_export(
        tmp_path / "export_labels.csv",
        ["Village name", "Water sources", *_SPLIT, "_id", "_index"],
        [["Alpha", "Piped water Protected well", "1", "1", "0", "0", "1", "1"],
         ["Beta", "Rain", "0", "0", "1", "0", "2", "2"],
         ["Gamma", "River or well Rain", "0", "0", "1", "1", "3", "3"]],
        delimiter=";",
    )  # fmt: skip
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, out, _sources_form(tmp_path / "form.xlsx"), LANGUAGE="en")
    assert query(out, "SELECT sources, sources_label, sources_piped, sources_well FROM survey ORDER BY fid") == [
        ("piped well", "Piped water; Protected well", 1, 1),
        ("rain", "Rain", 0, 0),
        ("river rain", "River or well; Rain", 0, 0),
    ]
    assert not [w for w in warnings if "not in the choice list" in w or "not in the form" in w]


def test_labels_export_summary_that_is_no_list_of_labels_is_never_read_word_by_word(cartong_provider, tmp_path):
    header = ["Village name", "Water sources", "_id", "_index"]
    rows = [["Alpha", "Piped water Protected", "1", "1"], ["Beta", "Rain", "2", "2"]]
    out = tmp_path / "out.gpkg"
    form = _sources_form(tmp_path / "form.xlsx")
    _result, warnings = import_with_messages(_labels_export(tmp_path / "a.csv", header, rows), out, form, LANGUAGE="en")
    assert query(out, "SELECT sources, sources_label FROM survey ORDER BY fid") == [
        ("Piped water Protected", None),
        ("rain", "Rain"),
    ]
    said = [w for w in warnings if "not a list of the labels" in w]
    assert len(said) == 1 and "'src'" in said[0] and "'Piped water Protected'" in said[0] and "left empty" in said[0]
    assert not [w for w in warnings if "kept as its own label" in w]
    # with the export's 0/1 choice columns, the answer is read from them
    header = ["Village name", "Water sources", *_SPLIT, "_id", "_index"]
    rows = [
        ["Alpha", "Piped water Protected", "1", "1", "0", "0", "1", "1"],
        ["Beta", "Rain", "0", "0", "1", "0", "2", "2"],
    ]
    out = tmp_path / "flags.gpkg"
    _result, warnings = import_with_messages(_labels_export(tmp_path / "b.csv", header, rows), out, form, LANGUAGE="en")
    assert query(out, "SELECT sources, sources_label FROM survey ORDER BY fid") == [
        ("piped well", "Piped water; Protected well"),
        ("rain", "Rain"),
    ]
    assert [w for w in warnings if "read from the export's choice columns" in w]


def test_labels_export_label_of_two_choices_leaves_the_code_empty_and_says_so(cartong_provider, tmp_path):
    """``river`` and ``lake`` are both "Surface water" (ODK allows it): every such answer became ``river``."""
    form = write_form(
        tmp_path / "form.xlsx",
        [
            ["type", "name", "label"],
            ["text", "hh_name", "Head name"],
            ["select_one src", "water", "Water source"],
            ["select_multiple src", "other_sources", "Other sources used"],
        ],
        [
            ["list_name", "name", "label"],
            ["src", "river", "Surface water"],
            ["src", "lake", "Surface water"],
            ["src", "well", "Well"],
        ],
    )
    data = _labels_export(
        tmp_path / "export_labels.csv",
        ["Head name", "Water source", "Other sources used", "_id", "_uuid", "_index"],
        [["Ahmed", "Surface water", "Well Surface water", "1", "u1", "1"],  # chose lake, then well and lake
         ["Fatima", "Surface water", "Surface water", "2", "u2", "2"],  # chose river
         ["Musa", "Well", "Well", "3", "u3", "3"]],
        delimiter=";",
    )  # fmt: skip
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, out, form)
    typed = query(out, "SELECT water, water_label, other_sources, other_sources_label FROM survey ORDER BY fid")
    assert typed == [
        (None, "Surface water", None, "Well; Surface water"),
        (None, "Surface water", None, "Surface water"),
        ("well", "Well", "well", "Well"),
    ]
    said = [w for w in warnings if "one label for several choices" in w]
    assert said == [
        "export_labels.csv, column Water source: the export writes one label for several choices of question "
        "water (list 'src': 'Surface water': river / lake), so which one was chosen cannot be told; 2 answer(s) "
        "were left without a code, their label kept (first at row 2). Export the data with XML values (codes) "
        "to tell them apart; the raw table keeps the answers.",
        "export_labels.csv, column Other sources used: the export writes one label for several choices of "
        "question other_sources (list 'src': 'Surface water': river / lake), so which one was chosen cannot be "
        "told; 2 answer(s) were left without a code, their label kept (first at row 2). Export the data with "
        "XML values (codes) to tell them apart; the raw table keeps the answers.",
    ]
    assert not [w for w in warnings if "'Surface water' is" in w]  # no code is claimed for it
