# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing removes the home's position wherever the survey repeats it.

The usual Kobo/ODK way to get the latitude and longitude in columns of their own is a ``calculate``
``selected-at(${gps}, 0)``: its answers are text, one coordinate per column. The form says it (the
calculation reads the geopoint), and the values say it without the form (a pair of text columns of
decimals within ±90/±180, as the REAL pair test finds). "Remove locations" and "Move points" must
not leave them.
"""

from __future__ import annotations

import pytest

from tests.protection_data import import_for_sharing, share, write_semicolon_csv
from tests.xlsform_files import write_form

ROWS = 40


def _position(i):
    """The household's latitude and longitude as the phone writes them (7 decimals)."""
    return f"{4.3612347 + i * 0.0011311:.7f}", f"{18.5523461 + i * 0.0012713:.7f}"


def _survey(folder, with_form=True, header=("pos_y", "pos_x")):
    rows = []
    for i in range(ROWS):
        lat, lon = _position(i)
        rows.append([str(1 + i % 7), f"{lat} {lon} 380.0 5.0", lat, lon, f"uuid-{i:03d}"])
    data = write_semicolon_csv(folder / "s.csv", ["hh_size", "gps", *header, "_uuid"], rows)
    form = None
    if with_form:
        form = write_form(
            folder / "form.xlsx",
            [
                ["type", "name", "label", "calculation"],
                ["integer", "hh_size", "Taille du ménage", ""],
                ["geopoint", "gps", "Position du ménage", ""],
                ["calculate", header[0], "", "selected-at(${gps}, 0)"],
                ["calculate", header[1], "", "if(${hh_size} > 0, selected-at(${gps}, 1), '')"],
            ],
        )
    return import_for_sharing(data, folder / "s.gpkg", form)


def _shared(gpkg, folder, mode):
    output = folder / f"shared{mode}.csv"
    result = share(gpkg, output, LOCATION_MODE=mode)
    return result, output.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("mode", [0, 3])
def test_a_calculate_reading_the_geopoint_goes_with_the_location(cartong_provider, tmp_path, mode):
    _result, text = _shared(_survey(tmp_path), tmp_path, mode)
    header = text.splitlines()[0].split(",")
    assert "pos_y" not in header and "pos_x" not in header and "hh_size" in header
    for i in range(ROWS):
        lat, lon = _position(i)
        assert lat not in text and lon not in text


def test_the_calculation_is_read_from_the_form_kept_by_the_import(cartong_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    # one coordinate alone is no pair of columns: only the form tells what "pos_y" is
    rows = [
        [f"{lat} {lon} 380.0 5.0", lat, f"uuid-{i:03d}"] for i, (lat, lon) in enumerate(map(_position, range(ROWS)))
    ]
    data = write_semicolon_csv(tmp_path / "s.csv", ["gps", "pos_y", "_uuid"], rows)
    survey = [
        ["type", "name", "calculation"],
        ["geopoint", "gps", ""],
        ["calculate", "pos_y", "selected-at(${gps}, 0)"],
    ]
    gpkg = import_for_sharing(data, tmp_path / "s.gpkg", write_form(tmp_path / "form.xlsx", survey))
    result = processing.run(
        "cartong:detectpersonaldata",
        {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=QgsProcessingFeedback(),
    )
    found = {f["column"]: (f["risk"], f["category"], f["reason"]) for f in result["OUTPUT"].getFeatures()}
    assert found["pos_y"] == ("high", "location", "calculated")


def test_two_text_columns_of_coordinates_are_a_location_whatever_made_them(cartong_provider, tmp_path):
    # pulled from a CSV of the households' positions: the calculation names no location question
    _assert_pulled_pair_not_shared(tmp_path, {})


def _dms(value, hemisphere):
    degrees, minutes = int(value), int(value % 1 * 60)
    return f"{degrees}°{minutes:02d}'{(value * 60 % 1) * 60:04.1f}\"{hemisphere}"


@pytest.fixture(scope="module")
def written_positions(qgis_app, tmp_path_factory):
    """Positions typed in a comment (decimal commas, degrees-minutes-seconds) and UTM columns of a handheld GPS."""
    folder = tmp_path_factory.mktemp("written")
    header = ["hh_size", "remarque", "indication", "prix", "easting", "northing", "X_UTM", "Y_UTM", "_uuid"]
    rows = []
    for i in range(ROWS):
        lat, lon = (float(v) for v in _position(i))
        remark = f"Ménage difficile à trouver, point GPS relevé à la main : {lat:.5f} ; {lon:.5f}".replace(".", ",")
        way = f"Maison derrière l'église, {_dms(lat, 'N')} {_dms(lon, 'E')}"
        east, north = str(228921 + 37 * i), str(484151 + 41 * i)
        price = f"{1 + i % 4},{i % 10}00 FCFA le kit"
        rows.append(
            [
                str(1 + i % 7),
                remark if i % 2 else "RAS",
                way if i % 3 else "RAS",
                price,
                east,
                north,
                east,
                north,
                f"u{i}",
            ]
        )
    data = write_semicolon_csv(folder / "s.csv", header, rows)
    return import_for_sharing(data, folder / "s.gpkg"), rows


@pytest.mark.parametrize("mode", [0, 3])
def test_positions_written_by_hand_are_not_shared(cartong_provider, written_positions, tmp_path, mode):
    gpkg, rows = written_positions
    _result, text = _shared(gpkg, tmp_path, mode)
    header = text.splitlines()[0].split(",")
    assert not {"remarque", "indication", "easting", "northing", "X_UTM", "Y_UTM"} & set(header)
    assert "°" not in text and "4,36237" not in text and "228921" not in text
    assert {"hh_size", "prix"} <= set(header) and "1,000 FCFA le kit" in text  # prices are no coordinates


def test_only_calculations_holding_the_position_go_with_it(cartong_provider, tmp_path):
    # attack 14b, findings 7 and 4: a test of the fix, its accuracy or a distance place no one; a chain of
    # copies or a read-only text with a calculation (and a few 'NA') holds the position as much as a calculate
    header = [
        "gps",
        "gps_pris",
        "qualite_fix",
        "distance_cs",
        "nord",
        "gps_copy",
        "pos_y",
        "pos_x",
        "valeur_lue",
        "_uuid",
    ]
    rows = []
    for i in range(ROWS):
        lat, lon = _position(i)
        na = i % 13 == 0
        rows.append(
            [
                f"{lat} {lon} 380.0 5.0",
                "oui",
                "bonne" if i % 2 else "faible",
                str(120 + 7 * i),
                "nord" if i % 3 else "sud",
                f"{lat} {lon} 380.0 5.0",
            ]
            + (["NA", "NA", "NA"] if na else [lat, lon, lat])
            + [f"uuid-{i:03d}"]
        )
    data = write_semicolon_csv(tmp_path / "s.csv", header, rows)
    survey = [
        ["type", "name", "label", "calculation", "read_only"],
        ["geopoint", "gps", "Position", "", ""],
        ["calculate", "gps_pris", "", "if(string-length(${gps}) > 0, 'oui', 'non')", ""],
        ["calculate", "qualite_fix", "", "if(selected-at(${gps}, 3) <= 10, 'bonne', 'faible')", ""],
        ["calculate", "distance_cs", "", "distance(concat(${gps}, ';', '4.36 18.55'))", ""],
        # the newcomer review: a latitude compared gives north or south, no position
        ["calculate", "nord", "", "if(selected-at(${gps}, 0) > 4.5, 'nord', 'sud')", ""],
        ["calculate", "gps_copy", "", " ${gps} ", ""],
        ["calculate", "pos_y", "", "if(${gps_copy}='', 'NA', selected-at( ${gps_copy} ,0))", ""],
        ["calculate", "pos_x", "", "if(${gps_copy}='', 'NA', selected-at(${gps_copy}, 1))", ""],
        ["text", "valeur_lue", "Valeur lue", "if(${gps}='', 'NA', selected-at(${gps}, 0))", "yes"],
    ]
    gpkg = import_for_sharing(data, tmp_path / "s.gpkg", write_form(tmp_path / "form.xlsx", survey))
    result, text = _shared(gpkg, tmp_path, 0)
    header = text.splitlines()[0].split(",")
    assert {"gps_pris", "qualite_fix", "distance_cs", "nord"} <= set(header)
    assert not {"gps_copy", "pos_y", "pos_x", "valeur_lue"} & set(header)
    readme = (tmp_path / "shared0.csv.README.txt").read_text(encoding="utf-8")
    assert "gps_pris" not in readme and "qualite_fix" not in readme
    assert _position(1)[0] not in text and _position(1)[1] not in text


def test_a_few_placeholders_do_not_hide_text_columns_of_coordinates(cartong_provider, tmp_path):
    # attack 14b, finding 4: 'NA' where no fix was taken (and 'N/A', '-', '0') in a few rows of a pulled pair
    _assert_pulled_pair_not_shared(tmp_path, {0: "NA", 9: "N/A", 17: "-", 25: "0"})


def _assert_pulled_pair_not_shared(tmp_path, gaps: dict[int, str]) -> None:
    """Share a survey whose positions were pulled into two calculations named like nothing (``gaps``: row ->
    placeholder written instead of the pair) and check neither column nor any position goes out."""
    rows = []
    for i, (lat, lon) in enumerate(map(_position, range(ROWS))):
        gap = gaps.get(i)
        rows.append([str(i), gap or lat, gap or lon, f"uuid-{i:03d}"])
    data = write_semicolon_csv(tmp_path / "s.csv", ["code", "valeur_a", "valeur_b", "_uuid"], rows)
    survey = [["type", "name", "calculation"], ["integer", "code", ""]] + [
        ["calculate", name, f"pulldata('menages', '{name}', 'code', ${{code}})"] for name in ("valeur_a", "valeur_b")
    ]
    gpkg = import_for_sharing(data, tmp_path / "s.gpkg", write_form(tmp_path / "form.xlsx", survey))
    _result, text = _shared(gpkg, tmp_path, 3)
    header = text.splitlines()[0].split(",")
    assert "valeur_a" not in header and "valeur_b" not in header and "code" in header
    assert _position(1)[0] not in text and _position(1)[1] not in text
