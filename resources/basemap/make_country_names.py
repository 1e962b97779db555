#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate ``country_names.json``: country names in the map languages, by ISO 3166 alpha-3 code.

The offline background (Natural Earth's countries, shipped with QGIS) names countries in English
only. French names come from the Debian/freedesktop ``iso-codes`` translations of ISO 3166-1
(``apt-get install iso-codes``); map labels want the short, usual form, so the formal or inverted
names ("Congo, La République démocratique du") are replaced by the ``SHORT`` ones below.
Run: ``python3 resources/basemap/make_country_names.py`` (writes the JSON beside this script).
"""
from __future__ import annotations

import gettext
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LANGUAGES = ("fr",)
# the names humanitarian maps use, where ISO's are formal or inverted
SHORT = {"fr": {
    "ALA": "Åland", "ATF": "Terres australes françaises", "CAF": "Centrafrique", "COD": "RD Congo",
    "COG": "Congo", "FLK": "Îles Malouines", "FSM": "Micronésie", "HMD": "Îles Heard-et-MacDonald",
    "IOT": "Territoire britannique de l'océan Indien", "MAF": "Saint-Martin", "PSE": "Palestine",
    "RUS": "Russie", "SGS": "Géorgie du Sud", "SHN": "Sainte-Hélène", "SLB": "Îles Salomon",
    "SXM": "Sint Maarten", "TCA": "Îles Turques-et-Caïques", "UMI": "Îles mineures des États-Unis", "VEN": "Venezuela",
    "VIR": "Îles Vierges américaines",
}}


def main() -> int:
    if not ISO_JSON.is_file():
        sys.exit(f"{ISO_JSON} is missing: install the iso-codes package.")
    countries = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    names = {}
    for language in LANGUAGES:
        translation = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=[language])
        names[language] = {c["alpha_3"]: translation.gettext(c.get("common_name") or c["name"]) for c in countries}
        names[language].update(SHORT.get(language, {}))
    target = HERE / "country_names.json"
    target.write_text(json.dumps(names, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target}: {', '.join(f'{k} {len(v)}' for k, v in names.items())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
