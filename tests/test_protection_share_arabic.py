# SPDX-License-Identifier: GPL-3.0-or-later
"""Phone and ID numbers of an Arabic form are personal data, whatever the script of their digits.

An Arabic phone keyboard types Arabic-Indic digits (٠٧٧٠...), a Persian one ۰۹...; Iraqi mobiles have 11
digits (07xx xxx xxxx); labels attach the pronoun to the word ("رقم هاتفك", your phone number) and ask for
"رقم البطاقة الوطنية" (national card number). Each test imports a small survey written in tmp_path with its
XLSForm, then runs cartong:detectpersonaldata or cartong:exportforsharing with default settings: none of
these numbers may be left in the shared file, and counts or amounts are no phone numbers.
"""

from __future__ import annotations

import random

from tests.protection_data import import_for_sharing, write_semicolon_csv
from tests.xlsform_files import write_form


def _detect(gpkg, form, output) -> dict:
    """cartong:detectpersonaldata of the survey layer of ``gpkg``: {column: (category, risk, reason)} and
    the algorithm's results."""
    import processing
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    result = processing.run(
        "cartong:detectpersonaldata",
        {"INPUT": f"{gpkg}|layername=survey", "FORM": str(form), "OUTPUT": str(output)},
        feedback=QgsProcessingFeedback(),
    )
    table = QgsVectorLayer(result["OUTPUT"])
    return {f["column"]: (f["category"], f["risk"], f["reason"]) for f in table.getFeatures()}, result


# --------------------------------------------------------------- labels in the five languages

LABELS = {
    # Arabic: the article, a pronoun suffix, a taa marbuta written taa before it
    "l1": ("رقم هاتفه", "phone"),  # his phone number
    "l2": ("رقم جوالها", "phone"),  # her mobile number
    "l3": ("هاتفي المحمول", "phone"),  # my mobile phone
    "l4": ("رقم النقال", "phone"),  # mobile number (Iraq)
    "l5": ("رقم بطاقتك الشخصية", "id_number"),  # your personal card number
    "l6": ("رقم هويتك", "id_number"),  # your identity number
    "l7": ("رقم البطاقة التموينية", "id_number"),  # ration card number (Iraq)
    "l8": ("Numéro de la carte nationale d'identité", "id_number"),
    "l9": ("Numéro GSM du chef de ménage", "phone"),
    "l10": ("Número de documento", "id_number"),
    "l11": ("Tarjeta de identidad", "id_number"),
    "l12": ("Número do BI", "id_number"),
    "l13": ("Cartão de cidadão", "id_number"),
    # a campaign (حملة) is no pregnancy (حمل) with a pronoun, a problem is nothing personal
    "l14": ("ما هي حملة التوعية التي سمعت عنها ؟", None),
    "l15": ("ما هي المشكلة الرئيسية ؟", None),
}


def test_a_text_question_is_found_by_what_its_label_asks(cartong_provider, tmp_path):
    survey = [["type", "name", "label"], *[["text", column, label] for column, (label, _c) in LABELS.items()]]
    form = write_form(tmp_path / "form.xlsx", survey)
    rng = random.Random(3)  # Yemeni mobiles (9 digits) follow no phone pattern: the label alone tells
    rows = [[f"u{i}", *(f"7{rng.choice('0137')}{rng.randrange(10**7):07d}" for _ in LABELS)] for i in range(12)]
    source = write_semicolon_csv(tmp_path / "labels.csv", ["_uuid", *LABELS], rows)
    gpkg = import_for_sharing(source, tmp_path / "labels.gpkg", form)
    found, _result = _detect(gpkg, form, tmp_path / "found.gpkg")
    by_label = {LABELS[c][0]: found[c][0] if found[c][2] == "label" else None for c in LABELS}
    assert by_label == {label: category for label, category in LABELS.values()}
