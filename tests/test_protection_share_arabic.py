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
import re
import sqlite3
from contextlib import closing

import pytest

from tests.protection_data import import_for_sharing, share, table_columns, write_semicolon_csv
from tests.xlsform_files import write_form

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# WhatsApp copies a number inside left-to-right embedding marks in a right-to-left text
LRE, PDF = "\u202a", "\u202c"

SURVEY = [
    ["type", "name", "label"],
    ["text", "q1", "اسم رب الأسرة"],
    ["text", "q2", "معلومات إضافية ١"],  # Iraqi mobiles, Arabic-Indic digits: only the values tell
    ["text", "q3", "معلومات إضافية ٢"],  # Syrian mobiles, Persian digits, some between direction marks
    ["text", "q4", "معلومات إضافية ٣"],  # Iraqi mobiles, ASCII digits
    ["text", "q5", "رقم البطاقة الوطنية"],  # national card numbers: only the label tells
    ["text", "q6", "ما هو رقم هاتفك ؟"],  # Yemeni mobiles (9 digits, no pattern): only the label tells
    ["text", "q7", "معلومات إضافية ٤"],  # a note holding a relative's phone number
    ["integer", "q8", "كم عدد أفراد الأسرة ؟"],
    ["integer", "q9", "المبلغ المصروف على المياه (دينار)"],
    ["text", "q10", "ما هي المشكلة الرئيسية ؟"],
]
PERSONAL = ("q1", "q2", "q3", "q4", "q5", "q6", "q7")
ORDINARY = ("q8", "q9", "q10")


def _iraqi_mobile(rng) -> str:
    return f"07{rng.choice('3456789')}{rng.randrange(10**8):08d}"


def _arabic_survey(folder, count=40):
    """(survey GeoPackage, its XLSForm, {column: the numbers written in it}) of ``count`` Arabic households."""
    rng = random.Random(8)
    first = ["محمد", "فاطمة", "أحمد", "زينب", "علي", "مريم", "حسن", "نور"]
    last = ["العلي", "الحسيني", "الجبوري", "الزيدي", "الكعبي", "التميمي"]
    rows, written = [], {c: [] for c in PERSONAL[1:]}
    for i in range(count):
        numbers = {
            "q2": _iraqi_mobile(rng).translate(ARABIC_INDIC),
            "q3": f"09{rng.randrange(10**8):08d}".translate(PERSIAN),
            "q4": _iraqi_mobile(rng),
            "q5": f"{rng.randrange(10**11, 10**12)}".translate(ARABIC_INDIC),
            "q6": f"7{rng.choice('0137')}{rng.randrange(10**7):07d}".translate(ARABIC_INDIC),
            "q7": _iraqi_mobile(rng).translate(ARABIC_INDIC) if i % 5 == 0 else None,
        }
        for column, number in numbers.items():
            if number:
                written[column].append(number)
        answers = [
            f"{rng.choice(first)} {rng.choice(last)}",
            *numbers.values(),
            str(1 + i % 9).translate(ARABIC_INDIC),
            str(25000 * (1 + i % 7)),
            ("الماء", "الكهرباء")[i % 2],
        ]
        answers[2] = f"{LRE}{answers[2]}{PDF}" if i % 2 == 0 else answers[2]
        answers[6] = f"يسكن قرب المسجد، هاتف أخيه {answers[6]}" if answers[6] else "لا شيء"
        rows.append([f"u{i}", *answers])
    form = write_form(folder / "form_ar.xlsx", SURVEY, settings=[["form_title", "form_id"], ["مسح", "ar_only"]])
    source = write_semicolon_csv(folder / "survey_ar.csv", ["_uuid", *PERSONAL, *ORDINARY], rows)
    return import_for_sharing(source, folder / "survey_ar.gpkg", form), form, written


def _detect(gpkg, form, output) -> tuple[dict, dict]:
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


@pytest.fixture(scope="module")
def arabic_survey(qgis_app, tmp_path_factory):
    return _arabic_survey(tmp_path_factory.mktemp("arabic"))


def test_detection_finds_phones_in_any_digits_and_numbers_asked_by_arabic_labels(
    cartong_provider, arabic_survey, tmp_path
):
    gpkg, form, _written = arabic_survey
    found, result = _detect(gpkg, form, tmp_path / "found.gpkg")
    assert found["q2"] == found["q3"] == found["q4"] == found["q7"] == ("phone", "high", "values")
    assert found["q5"] == ("id_number", "high", "label")
    assert found["q6"] == ("phone", "high", "label")
    assert set(PERSONAL) <= set(result["HIGH_RISK_COLUMNS"])
    # counts and amounts are nothing personal; a text answer is free text, to be read
    assert "q8" not in found and "q9" not in found
    assert found["q10"] == ("free_text", "medium", "form_type")


def test_default_share_leaves_no_arabic_phone_or_card_number(cartong_provider, arabic_survey, tmp_path):
    gpkg, _form, written = arabic_survey
    output = tmp_path / "shared.gpkg"
    result = share(gpkg, output)
    assert set(result["HIGH_RISK_REMOVED"].split(",")) >= set(PERSONAL)
    names = table_columns(output)
    assert not set(PERSONAL) & set(names) and set(ORDINARY) <= set(names)
    shared = output.read_bytes() + output.with_name(output.name + ".README.txt").read_bytes()
    latin = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
    for column in ("q2", "q3", "q4", "q5", "q6", "q7"):
        for value in written[column]:
            for digits in (value, value.translate(latin)):
                assert digits.encode() not in shared, (column, value)
    # the survey keeps what was typed: digits are read as 0-9 only to be tested
    with closing(sqlite3.connect(gpkg)) as db:
        stored = [row[0] for row in db.execute("SELECT q2 FROM survey ORDER BY fid")]
    assert stored == written["q2"]


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


# --------------------------------------------------------------- real surveys typed on an Arabic keyboard

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _reach_survey(real_data_dir):
    from osgeo import gdal

    from cartong_plugin.core.survey.xlsform import read_xlsform

    folder = real_data_dir / "impact-initiatives+cleaningtools" / "data-raw"
    ds = gdal.OpenEx(str(folder / "data.xlsx"), open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    columns = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = [[None if (v := f.GetField(i)) is None else str(v) for i in range(len(columns))] for f in layer]
    return columns, rows, read_xlsform(folder / "form.xlsx")


def _sample_survey():
    from cartong_plugin.core.survey.xlsform import read_xlsform
    from tests.protection_data import SAMPLE_FORM, sample_rows

    columns, rows = sample_rows()
    return columns, [[row[c] for c in columns] for row in rows], read_xlsform(SAMPLE_FORM)


@pytest.mark.parametrize("survey", ["reach_iraq", "sample"])
def test_real_surveys_typed_in_arabic_digits_give_the_same_findings(qgis_app, real_data_dir, survey):
    """The REACH Iraq survey and the sample, their numeric columns written in Arabic-Indic digits: the
    sample's phones are still found, and no count, amount, date or id becomes personal data."""
    from cartong_plugin.core.protection.detect import detect_personal_data, load_keywords

    columns, rows, form = _reach_survey(real_data_dir) if survey == "reach_iraq" else _sample_survey()
    numeric = {
        i
        for i in range(len(columns))
        if any(row[i] for row in rows) and all(_NUMBER.fullmatch(row[i].replace(" ", "")) for row in rows if row[i])
    }
    assert len(numeric) >= (40 if survey == "reach_iraq" else 8)
    arabic = [[v.translate(ARABIC_INDIC) if v and i in numeric else v for i, v in enumerate(row)] for row in rows]
    keywords = load_keywords()
    for with_form in (form, None):
        typed = {
            f.column: (f.category, f.risk, f.reason) for f in detect_personal_data(columns, rows, with_form, keywords)
        }
        found = {
            f.column: (f.category, f.risk, f.reason) for f in detect_personal_data(columns, arabic, with_form, keywords)
        }
        assert found == typed
        by_values = {
            columns[i]: found[columns[i]] for i in numeric if columns[i] in found and found[columns[i]][2] == "values"
        }
        assert by_values == ({"household/phone": ("phone", "high", "values")} if survey == "sample" else {})


@pytest.mark.parametrize("digits", ["latin", "arabic"])
def test_a_0_1_column_named_like_a_phone_is_no_phone_in_any_digits(qgis_app, digits):
    """The 0/1 column of one answer of a select_multiple, read without its form ("contact.phone" ticked
    or not): its name says phone, its values say yes/no, in Latin or Arabic-Indic digits alike."""
    from cartong_plugin.core.protection.detect import detect_personal_data, load_keywords

    ticks = ["1", "0", "0", "1", "1", "0"]
    if digits == "arabic":
        ticks = [t.translate(ARABIC_INDIC) for t in ticks]
    rows = [[f"uuid-{i}", tick] for i, tick in enumerate(ticks)]
    found = {f.column for f in detect_personal_data(["_uuid", "contact.phone"], rows, None, load_keywords())}
    assert "contact.phone" not in found
