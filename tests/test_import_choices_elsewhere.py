# SPDX-License-Identifier: GPL-3.0-or-later
"""Selects whose choices are not in the form's choices sheet, through cartong:importsurvey:
``select_one_from_file villages.csv``, ``select_multiple_from_file items.csv``, a ``search('fruits')``
appearance, and a list the choices sheet spells otherwise (``Soil`` / ``soil``). Their codes were
copied into ``<q>_label`` as if they were labels, with no word (or, for search(), "not in the
choice list ... kept as its own label", a data error that was none).
"""

from __future__ import annotations

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form


def _import(tmp_path):
    form = write_form(
        tmp_path / "form.xlsx",
        [
            ["type", "name", "label::English (en)", "label::Arabic (ar)", "appearance"],
            ["select_one_from_file villages.csv", "village", "Village", "القرية", ""],
            ["select_multiple_from_file items.csv", "items", "Items", "المواد", ""],
            ["select_one fruits", "fruit", "Fruit", "فاكهة", "search('fruits')"],
            ["select_one Soil", "soil", "Soil", "التربة", ""],
            ["select_one crops", "crop", "Crop", "المحصول", ""],
        ],
        [
            ["list_name", "name", "label::English (en)", "label::Arabic (ar)"],
            ["fruits", "name_key", "name", "name"],
            ["soil", "s", "Sandy", "رملية"],
            ["crops", "1", "Wheat", "قمح"],
        ],
    )
    data = tmp_path / "export.csv"
    data.write_text(
        "village;items;fruit;soil;crop;_id;_uuid\nv001;i01 i07;mango_12;s;1;1;u1\nv002;i02;;s;1;2;u2\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(data, out, form)
    return out, warnings


def test_codes_of_choices_kept_elsewhere_are_no_labels(cartong_provider, tmp_path):
    out, _warnings = _import(tmp_path)
    rows = query(
        out,
        "SELECT village, village_label, items, items_label, fruit, fruit_label, soil, soil_label, crop_label "
        "FROM survey ORDER BY fid",
    )
    assert rows == [
        ("v001", None, "i01 i07", None, "mango_12", None, "s", None, "Wheat"),
        ("v002", None, "i02", None, None, None, "s", None, "Wheat"),
    ]


def test_where_the_choices_are_is_said_once_per_question(cartong_provider, tmp_path):
    _out, warnings = _import(tmp_path)
    said = [w for w in warnings if "has no labels in the form given" in w]
    assert said == [
        "export.csv, column village: question village has no labels in the form given: its choices are in "
        "the form's media file villages.csv. Its codes are imported and its label column left empty.",
        "export.csv, column items: question items has no labels in the form given: its choices are in the "
        "form's media file items.csv. Its codes are imported and its label column left empty.",
        "export.csv, column fruit: question fruit has no labels in the form given: its choices are in the "
        "form's media file fruits.csv (search()). Its codes are imported and its label column left empty.",
        "export.csv, column soil: question soil has no labels in the form given: the form has no choice list "
        "'Soil' (it has 'soil': check the spelling). Its codes are imported and its label column left empty.",
    ]
    assert not [w for w in warnings if "not in the choice list" in w]
