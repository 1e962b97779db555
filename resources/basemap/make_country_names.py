#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate ``country_names.json``: country names in the map languages, by ISO 3166 alpha-3 code.

The offline background (Natural Earth's countries, shipped with QGIS) names countries in English
only. French, Spanish, Portuguese and Arabic names come from the Debian/freedesktop ``iso-codes``
translations of ISO 3166-1 (``apt-get install iso-codes``): the translation of the country's common
name, else of its official name. Map labels want the short, usual form, so the formal or inverted
names ("Congo, La République démocratique du"), and the few wrong ones, are replaced by the ``SHORT``
ones below; Arabic names are written without vowel marks, as on maps.
Run: ``python3 resources/basemap/make_country_names.py`` (writes the JSON beside this script).
"""
from __future__ import annotations

import gettext
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LANGUAGES = ("fr", "es", "pt", "ar")
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")  # harakat, shadda, sukun, dagger alif
# the names humanitarian maps use, where ISO's are formal or inverted
SHORT = {"fr": {
    "ALA": "Åland", "ATF": "Terres australes françaises", "CAF": "Centrafrique", "COD": "RD Congo",
    "COG": "Congo", "FLK": "Îles Malouines", "FSM": "Micronésie", "HMD": "Îles Heard-et-MacDonald", "IRN": "Iran",
    "LAO": "Laos", "SYR": "Syrie",
    "IOT": "Territoire britannique de l'océan Indien", "MAF": "Saint-Martin", "PSE": "Palestine",
    "RUS": "Russie", "SGS": "Géorgie du Sud", "SHN": "Sainte-Hélène", "SLB": "Îles Salomon",
    "SXM": "Sint Maarten", "TCA": "Îles Turques-et-Caïques", "UMI": "Îles mineures des États-Unis", "VEN": "Venezuela",
    "VIR": "Îles Vierges américaines",
}, "es": {
    "ALA": "Islas Åland", "BES": "Caribe Neerlandés", "BFA": "Burkina Faso", "BOL": "Bolivia", "BRN": "Brunéi",
    "CCK": "Islas Cocos", "CIV": "Costa de Marfil", "COD": "RD del Congo", "COM": "Comoras", "DZA": "Argelia",
    "FLK": "Islas Malvinas", "FSM": "Micronesia", "IRN": "Irán", "KOR": "Corea del Sur", "LAO": "Laos",
    "MAF": "San Martín", "MMR": "Myanmar", "NER": "Níger", "PRK": "Corea del Norte", "PSE": "Palestina",
    "RUS": "Rusia", "SHN": "Santa Elena", "SUR": "Surinam", "SXM": "Sint Maarten", "SYR": "Siria",
    "TUN": "Túnez", "TUR": "Turquía", "TZA": "Tanzania", "VAT": "Ciudad del Vaticano", "VEN": "Venezuela",
    "VGB": "Islas Vírgenes Británicas", "VIR": "Islas Vírgenes de los EE. UU.",
}, "pt": {
    "BES": "Caribe Neerlandês", "COD": "RD Congo", "FLK": "Ilhas Malvinas", "FSM": "Micronésia", "IRN": "Irão",
    "LAO": "Laos", "MAF": "São Martinho", "MMR": "Myanmar", "PSE": "Palestina", "RUS": "Rússia",
    "SHN": "Santa Helena", "SWZ": "Essuatíni", "SXM": "Sint Maarten", "SYR": "Síria", "TWN": "Taiwan",
    "VAT": "Vaticano", "VEN": "Venezuela", "VGB": "Ilhas Virgens Britânicas", "VIR": "Ilhas Virgens Americanas",
}, "ar": {
    "BLR": "بيلاروس", "COD": "جمهورية الكونغو الديمقراطية", "FLK": "جزر فوكلاند", "FSM": "ميكرونيزيا",
    "HUN": "المجر", "IRN": "إيران", "KOR": "كوريا الجنوبية", "LAO": "لاوس", "LTU": "ليتوانيا", "MAF": "سانت مارتن",
    "MDA": "مولدوفا", "MNE": "الجبل الأسود", "PRK": "كوريا الشمالية", "PSE": "فلسطين", "RUS": "روسيا",
    "SHN": "سانت هيلينا", "SRB": "صربيا", "SXM": "سينت مارتن", "SYR": "سوريا", "TUR": "تركيا",
    "VAT": "الفاتيكان", "VGB": "جزر العذراء البريطانية", "VIR": "جزر العذراء الأمريكية", "VNM": "فيتنام",
}}


def _translated(translation, country: dict) -> str:
    """The translated common name, else the translated official name, else the English name."""
    names = [n for n in (country.get("common_name"), country["name"]) if n]
    return next((translation.gettext(n) for n in names if translation.gettext(n) != n), names[0])


def main() -> int:
    if not ISO_JSON.is_file():
        sys.exit(f"{ISO_JSON} is missing: install the iso-codes package.")
    countries = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    names = {}
    for language in LANGUAGES:
        translation = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=[language])
        names[language] = {c["alpha_3"]: _translated(translation, c) for c in countries}
        if language == "ar":
            names[language] = {code: ARABIC_MARKS.sub("", name) for code, name in names[language].items()}
        names[language].update(SHORT.get(language, {}))
    target = HERE / "country_names.json"
    target.write_text(json.dumps(names, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target}: {', '.join(f'{k} {len(v)}' for k, v in names.items())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
