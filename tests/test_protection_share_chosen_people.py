# SPDX-License-Identifier: GPL-3.0-or-later
"""A choice question whose choices are people: its labels are names, its codes identify them.

A distribution list read into a select_one (choice name = card code "B0065", label = full name) gives
the import a ``<q>_label`` column of full names. Named ``nom_beneficiaire`` / labelled "Nom du
bénéficiaire", or with labels that are names, it is rated and removed like a text question of names,
by cartong:detectpersonaldata and cartong:exportforsharing alike.
"""

from __future__ import annotations

import pytest

from tests.protection_data import import_for_sharing, share, write_semicolon_csv
from tests.xlsform_files import write_form

FIRST = ["Aïcha", "Florentine", "Hortense", "Mariam", "Esther", "Clarisse", "Jeanne", "Brigitte"]
LAST = ["Zokoué", "Koyassambia", "Wabo", "Gbaya", "Zoumaldé", "Ngouandji", "Doko", "Tambala"]
PEOPLE = [(f"B{i:04d}", f"{FIRST[i % 8]} {LAST[(i * 3) % 8]}") for i in range(1, 61)]


def _survey(folder, name, label, people=PEOPLE, rounds=1):
    form = write_form(
        folder / "form.xlsx",
        [
            ["type", "name", "label"],
            ["select_one village", "village_code", "Village"],
            ["select_one benef", name, label],
            ["select_one yn", "kit_recu", "Le kit a-t-il été reçu ?"],
            ["select_one piece", "piece", "Pièce d'identité présentée"],
            ["select_one equipe", "equipe", "Équipe"],
        ],
        [["list_name", "name", "label"], ["village", "v1", "Kondassi"], ["village", "v2", "Boléro"]]
        + [["yn", "yes", "Oui"], ["yn", "no", "Non"], ["piece", "cni", "CNI"], ["piece", "carte", "Carte UNHCR"]]
        + [["equipe", "nord", "Equipe Nord"], ["equipe", "sud", "Equipe Sud"]]
        + [["benef", code, person] for code, person in people],
    )
    rows = [
        [
            f"v{1 + i % 2}",
            code,
            "yes" if i % 3 else "no",
            "cni" if i % 4 else "carte",
            ("nord", "sud")[i % 2],
            f"uuid-{i:03d}",
        ]
        for i, (code, _p) in enumerate(people * rounds)  # each person served once per round
    ]
    data = write_semicolon_csv(folder / "pdm.csv", ["village_code", name, "kit_recu", "piece", "equipe", "_uuid"], rows)
    return import_for_sharing(data, folder / "pdm.gpkg", form)


def _detected(gpkg):
    import processing
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    result = processing.run(
        "cartong:detectpersonaldata",
        {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=QgsProcessingFeedback(),
    )
    layer = result["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer)
    return {f["column"]: (f["risk"], f["category"]) for f in layer.getFeatures()}


@pytest.mark.parametrize(
    ("name", "label"),
    [("nom_beneficiaire", "Nom du bénéficiaire"), ("beneficiaire", "Nom complet du bénéficiaire")],
)
def test_a_choice_list_of_people_is_not_shared(cartong_provider, tmp_path, name, label):
    gpkg = _survey(tmp_path, name, label)
    found = _detected(gpkg)
    assert found[name + "_label"] == ("high", "person_name")
    assert found[name][0] == "high"

    output = tmp_path / "shared.csv"
    result = share(gpkg, output, LOCATION_MODE=3)
    removed = set(result["HIGH_RISK_REMOVED"].split(","))
    assert {name, name + "_label"} <= removed
    assert {c for c, (risk, _c) in found.items() if risk == "high"} - {"geometry"} <= removed  # both tools agree
    text = output.read_text(encoding="utf-8-sig")
    assert not any(person in text for _code, person in PEOPLE) and "B0001" not in text
    assert text.splitlines()[0].split(",")[:2] == ["village_code", "village_code_label"]
    assert "Kondassi" in text and "Oui" in text and "Carte UNHCR" in text


def test_lists_of_places_and_kinds_of_documents_are_kept(cartong_provider, tmp_path):
    found = _detected(_survey(tmp_path, "nom_beneficiaire", "Nom du bénéficiaire"))
    high = {c for c, (risk, _category) in found.items() if risk == "high"}
    assert high == {"geometry", "nom_beneficiaire", "nom_beneficiaire_label"}  # not "piece": cni, carte...


def _ordinary_choices(folder, rows):
    """Choices repeated from row to row whose names/labels hold a phone or ID keyword (attack 14b, finding 6)."""
    piece = ["cni", "passeport", "carte_electeur", "acte_naissance", "carte_refugie", "aucune", "autre"]
    marque = ["tecno", "itel", "samsung", "nokia", "infinix", "huawei", "autre"]
    form = write_form(
        folder / "form.xlsx",
        [
            ["type", "name", "label"],
            ["integer", "hh_size", "Taille du ménage"],
            ["select_one piece", "type_piece_identite", "Type de pièce d'identité"],
            ["select_multiple piece", "pieces_possedees", "Quelles pièces d'identité possédez-vous ?"],
            ["select_one marque", "marque_telephone", "Marque du téléphone"],
        ],
        [["list_name", "name", "label"]]
        + [["piece", c, c.replace("_", " ").capitalize()] for c in piece]
        + [["marque", c, c.capitalize()] for c in marque],
    )
    data = [
        [str(1 + i % 7), piece[i % 7], f"{piece[i % 7]} {piece[(i + 2) % 7]}", marque[(i * 3) % 7], f"uuid-{i:03d}"]
        for i in range(rows)
    ]
    header = ["hh_size", "type_piece_identite", "pieces_possedees", "marque_telephone", "_uuid"]
    return import_for_sharing(write_semicolon_csv(folder / "s.csv", header, data), folder / "s.gpkg", form)


@pytest.mark.parametrize("rows", [60, 15])
def test_choices_repeated_from_row_to_row_are_shared(cartong_provider, tmp_path, rows):
    gpkg = _ordinary_choices(tmp_path, rows)
    output = tmp_path / "shared.csv"
    result = share(gpkg, output, LOCATION_MODE=3)
    removed = set(filter(None, result["HIGH_RISK_REMOVED"].split(",")))
    kept = {"type_piece_identite", "type_piece_identite_label", "pieces_possedees", "pieces_possedees_label"}
    assert not removed & (kept | {"marque_telephone"})  # its _label is rated by its name, as before
    header = output.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert kept <= set(header)
    assert _detected(gpkg)["marque_telephone_label"][0] == "high"
    assert "marque_telephone" not in _detected(gpkg)


FIRST_AR = ["فاطمة", "عائشة", "مريم", "خديجة", "زينب", "آمنة", "حليمة", "سعاد"]
LAST_AR = ["الحسن", "يوسف", "إبراهيم", "عبد الله", "موسى", "عثمان", "آدم", "صالح"]
PEOPLE_AR = [(f"B{i:04d}", f"{FIRST_AR[i % 8]} {LAST_AR[(i * 3) % 8]}") for i in range(1, 61)]


@pytest.mark.parametrize(
    ("name", "label", "people"),
    [
        ("beneficiario", "Beneficiario que recibe el kit", PEOPLE),
        ("beneficiario", "Beneficiário que recebe o kit", PEOPLE),
        ("المستفيد", "المستفيد الذي استلم الحصة", PEOPLE_AR),
        ("recipient", "Recipient of the kit", PEOPLE),
        ("beneficiaire", "Bénéficiaire servi", PEOPLE),
        ("persona", "Persona entrevistada", PEOPLE),
    ],
)
def test_a_list_of_people_is_found_by_its_labels_without_a_name_word(cartong_provider, tmp_path, name, label, people):
    # attack 14b, finding 5: nothing in the question's name or label says "name"; its choices' labels do
    gpkg = _survey(tmp_path, name, label, people)
    found = _detected(gpkg)
    code, column = name, name + "_label"
    assert found[column] == ("high", "person_name") and found[code] == ("high", "person_name")
    # few different answers (two teams: "Equipe Nord" looks like a name), or labels that are no names
    assert all(
        found.get(c, ("", ""))[1] != "person_name" for c in ("piece_label", "village_code_label", "equipe_label")
    )

    output = tmp_path / "shared.csv"
    result = share(gpkg, output, LOCATION_MODE=3)
    assert {code, column} <= set(result["HIGH_RISK_REMOVED"].split(","))
    text = output.read_text(encoding="utf-8-sig")
    assert not any(person in text for _code, person in people) and "B0001" not in text
    assert "Kondassi" in text and "Carte UNHCR" in text and "Equipe Nord" in text


@pytest.mark.parametrize(("people", "rounds"), [(PEOPLE[:20], 3), (PEOPLE[:4], 1)])
def test_a_list_of_people_served_in_several_rounds_or_in_a_pilot_is_not_shared(
    cartong_provider, tmp_path, people, rounds
):
    # attack 15: 20 people served in 3 rounds (a third of the answers differ), or a 4-row pilot, fell under the
    # "mostly different answers" rule meant for phone brands and ID document types: every name was shared
    gpkg = _survey(tmp_path, "nom_beneficiaire", "Nom du bénéficiaire", people, rounds)
    assert _detected(gpkg)["nom_beneficiaire_label"] == ("high", "person_name")
    output = tmp_path / "shared.csv"
    share(gpkg, output, LOCATION_MODE=3)
    text = output.read_text(encoding="utf-8-sig")
    assert not [person for _code, person in people if person in text]
    assert "piece" in text.splitlines()[0].split(",")  # the ID document type is still shared


def test_a_pilots_few_answers_with_title_case_labels_are_no_list_of_people(cartong_provider, tmp_path):
    # the newcomer review: 5 pilot rows answering "Public Tap", "Protected Well", "Tube Well" looked like a
    # people list (answers mostly different, labels of capitalised words) and were removed
    form = write_form(
        tmp_path / "form.xlsx",
        [["type", "name", "label"], ["select_one src", "water_source", "Main water source"]],
        [["list_name", "name", "label"]]
        + [
            ["src", code, label]
            for code, label in [("tap", "Public Tap"), ("well", "Protected Well"), ("tube", "Tube Well")]
        ],
    )
    codes = ["tap", "well", "tube", "tap", "well"]
    data = write_semicolon_csv(
        tmp_path / "pilot.csv", ["water_source", "_uuid"], [[c, f"u{i}"] for i, c in enumerate(codes)]
    )
    gpkg = import_for_sharing(data, tmp_path / "pilot.gpkg", form)
    output = tmp_path / "shared.csv"
    share(gpkg, output, LOCATION_MODE=3)
    assert {"water_source", "water_source_label"} <= set(
        output.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    )
