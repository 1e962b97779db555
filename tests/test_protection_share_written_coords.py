# SPDX-License-Identifier: GPL-3.0-or-later
"""A household's position typed in a comment, in any of the ways people write it, is not shared.

One rule finds them (attack 14b, finding 3): two numbers of 4 decimals or more (point or comma) within ±90 and
±180, a few characters apart with no digit between them ("Lat: ", " E", "&lon=", " | "), an altitude after or
not; two of 5 decimals or more up to 80 characters apart, whatever is between; or degrees, minutes and
seconds. Prices and dates have fewer decimals and stay.
"""

from __future__ import annotations

import pytest

from tests.protection_data import import_for_sharing, share, write_semicolon_csv

ROWS = 30
WRITTEN = {  # column: how the position is written, from (latitude, longitude)
    "remarque_a": lambda la, lo: f"Ménage retrouvé, Lat: {la:.7f}, Long: {lo:.7f}",
    "remarque_b": lambda la, lo: f"Point relevé N{la:.5f} E{lo:.5f} (Garmin)",
    "remarque_c": lambda la, lo: f"Position {la:.7f},{lo:.7f},380",
    "remarque_d": lambda la, lo: f"GPS: {la:.6f} - {lo:.6f}",
    "remarque_e": lambda la, lo: f"Ménage situé à latitude {la:.7f} longitude {lo:.7f}",
    "remarque_f": lambda la, lo: f"Abri {la:.7f} | {lo:.7f}",
    "remarque_g": lambda la, lo: f"{la:.7f}, {lo:.7f}".replace(".", ","),
    "remarque_h": lambda la, lo: (
        f"Point {int(la)} {int(la % 1 * 60)} {la * 3600 % 60:.1f} N {int(lo)} {int(lo % 1 * 60)} {lo * 3600 % 60:.1f} E"
    ),
    "remarque_i": lambda la, lo: f"Carte : lat={la:.6f}&lon={lo:.6f}",
    "remarque_j": lambda la, lo: f"S {la:.7f} E {lo:.7f}",
    "remarque_k": lambda la, lo: f"lon {lo:.7f} lat {la:.7f}",
    # attack 15: Arabic-Indic digits and decimal separator; 4 decimals said to be a position by a letter
    "remarque_l": lambda la, lo: f"الموقع {la:.7f} {lo:.7f}".translate(_ARABIC_DIGITS),
    "remarque_m": lambda la, lo: f"Abri N{la:.4f} E{lo:.4f}",
    # each number named, with digits between them or lines apart (attack 15, finding 3)
    "remarque_n": lambda la, lo: f"Lat {la:.7f} (zone 3) Lon {lo:.7f}",
    "remarque_o": lambda la, lo: f"Latitude : {la:.7f}\nrelevé le 3 mars à 14h, quartier 5\nLongitude : {lo:.7f}",
    # unnamed, farther apart than a separator or with an altitude between (stop 36's "what is left")
    "remarque_p": lambda la, lo: f"{la:.6f} (altitude 380 m, relevé devant l'école du quartier) {lo:.6f}",
    "remarque_q": lambda la, lo: f"Maison trouvée au {la:.5f}\n\nderrière le marché, porte bleue ; {lo:.5f}",
}
_ARABIC_DIGITS = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")
KEPT = {  # prices, dates and times: no position
    "prix": lambda i: ["1,500", "2,300 FCFA", "12.50 USD", "Payé 1,500 puis 2,300 FCFA"][i % 4],
    "passage": lambda i: f"Visite du {1 + i % 28:02d}.03.2024 à 14:{i % 60:02d}:45, retour 2024-04-{1 + i % 28:02d}",
    # attack 15: measurements with 4 decimals are no position (the whole comment was removed)
    "mesures": lambda i: [
        f"Poids {12 + i % 5}.3456 kg, taille {45 + i % 7}.2345 cm",
        "Chlore libre 0.5000 mg/l, pH 7.2500",
        f"MUAC {12 + i % 3}.5000 cm puis 13.1000 cm",
        "Between 10.0000 and 20.0000 litres",
        f"Latéral {10 + i % 3}.2500 cm, longueur {40 + i % 5}.7500 cm",
        f"Longitud {12 + i % 4}.3456 m, ancho {4 + i % 3}.5678 m",  # Spanish: a length, not a longitude
        # 5 decimals far apart, but no pair: a ratio below 1 and a number beyond 180
        f"Taux 0.{12345 + i} relevé au puits, débit total de la semaine {250 + i}.12345 litres",
    ][i % 7],
}


def _position(i):
    return 4.3612347 + i * 0.0011311, 18.5523461 + i * 0.0012713


@pytest.fixture(scope="module")
def written(qgis_app, tmp_path_factory):
    folder = tmp_path_factory.mktemp("written")
    header = ["hh_size", *WRITTEN, *KEPT, "_uuid"]
    rows = [
        [str(1 + i % 7), *(w(*_position(i)) for w in WRITTEN.values()), *(k(i) for k in KEPT.values()), f"u{i}"]
        for i in range(ROWS)
    ]
    return folder, import_for_sharing(write_semicolon_csv(folder / "s.csv", header, rows), folder / "s.gpkg")


def test_positions_written_in_any_common_way_are_found_and_not_shared(cartong_provider, written):
    import processing
    from qgis.core import QgsProcessingFeedback

    folder, gpkg = written
    result = processing.run(
        "cartong:detectpersonaldata",
        {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=QgsProcessingFeedback(),
    )
    found = {f["column"]: (f["risk"], f["category"]) for f in result["OUTPUT"].getFeatures()}
    assert {c: found.get(c) for c in WRITTEN} == {c: ("high", "location") for c in WRITTEN}
    assert all(found.get(c, ("", ""))[1] != "location" for c in KEPT)

    output = folder / "shared.csv"
    share(gpkg, output, LOCATION_MODE=0)
    text = output.read_text(encoding="utf-8-sig")
    header = text.splitlines()[0].split(",")
    assert not set(WRITTEN) & set(header) and {"hh_size", "prix", "passage", "mesures"} <= set(header)
    assert "4.3612347" not in text and "4,3612347" not in text and "2,300 FCFA" in text and ".03.2024" in text
