# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing with default settings leaks nothing through the columns around a question.

Each test imports a small survey written in tmp_path (or the bundled sample), shares it through the
Processing algorithm, and reads the shared GeoPackage back with sqlite3: no personal value may be
left in any table, and ordinary columns stay.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing

import pytest

from tests.protection_data import import_for_sharing, share, table_columns, write_semicolon_csv


def _rows(path, columns, table="shared_survey") -> list[tuple]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(f"SELECT {', '.join(f'{chr(34)}{c}{chr(34)}' for c in columns)} FROM {table}").fetchall()


def _all_text(path) -> str:
    """Every value of every table of the shared file, as one text to search."""
    with closing(sqlite3.connect(path)) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(str(v) for t in tables for row in db.execute(f'SELECT * FROM "{t}"') for v in row)


def _steps(path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as db:
        return dict(db.execute("SELECT action, columns FROM cartong_protection"))


# --------------------------------------------------------------- companions follow their question


@pytest.fixture(scope="module")
def sample_gpkg(qgis_app, sample_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    return import_for_sharing(
        sample_dir / "household_survey_kobo.csv", folder / "hs.gpkg", sample_dir / "household_survey_form.xlsx"
    )


def test_quasi_identifier_labels_are_blanked_in_the_same_rows(cartong_provider, sample_gpkg, tmp_path):
    quasi = ["admin2", "head_gender", "head_age", "hh_size"]
    output = tmp_path / "k.gpkg"
    share(sample_gpkg, output, QUASI_IDENTIFIERS=quasi)
    rows = _rows(output, [*quasi, "admin2_label", "head_gender_label"])
    blanked_admin2 = [r for r in rows if r[0] is None]
    assert blanked_admin2 and all(r[4] is None for r in blanked_admin2)
    assert all(r[5] is None for r in rows if r[1] is None)
    # labels kept where the question is kept: only the blanked rows lose theirs
    assert all(r[4] for r in rows if r[0] is not None) and all(r[5] for r in rows if r[1] is not None)
    # the k guarantee holds once the labels are read in place of the blanked codes
    combos = Counter((r[4] if r[0] is None else r[0], r[5] if r[1] is None else r[1], r[2], r[3]) for r in rows)
    assert sum(n for n in combos.values() if n < 5) == sum(n for c, n in Counter(r[:4] for r in rows).items() if n < 5)
    steps = _steps(output)
    assert steps["blank_companion_columns"] == "admin2_label, admin2_typed, head_gender_label"


def test_dropped_and_pseudonymised_questions_take_their_labels_and_choice_columns(
    cartong_provider, sample_gpkg, tmp_path, monkeypatch
):
    monkeypatch.setenv("CARTONG_TEST_KEY", "ab" * 32)
    output = tmp_path / "dp.gpkg"
    share(
        sample_gpkg,
        output,
        DROP_FIELDS=["water_source", "water_problems"],
        PSEUDONYMISE_FIELDS=["head_gender"],
        KEY_SOURCE="env:CARTONG_TEST_KEY",
    )
    names = table_columns(output)
    for gone in ("water_source", "water_source_label", "water_problems", "water_problems_label", "head_gender_label"):
        assert gone not in names, gone
    assert not [n for n in names if n.startswith("water_problems")]
    # not companions: a text question whose name starts the same, and the pseudonym itself
    assert {"water_source_other", "head_gender", "hh_size", "latrine_label", "admin2_label"} <= set(names)
    assert _steps(output)["drop_companion_columns"] == (
        "head_gender_label, water_source_label, water_problems_label, water_problems_none, "
        "water_problems_distance, water_problems_queue, water_problems_cost, water_problems_quality, "
        "water_problems_insecurity, water_problems_other"
    )
    readme = (tmp_path / "dp.gpkg.README.txt").read_text(encoding="utf-8")
    assert "removed with it: head_gender_label, water_source_label" in readme


def test_choice_columns_are_found_by_header_not_by_name_prefix(cartong_provider, tmp_path):
    header = ["water", "water/tap", "water/well", "water_source", "hh_size", "_uuid"]
    rows = [["tap well", "1", "1", "river", "4", f"u{i}"] for i in range(12)]
    gpkg = import_for_sharing(write_semicolon_csv(tmp_path / "w.csv", header, rows), tmp_path / "w.gpkg")
    assert {"water_tap", "water_well", "water_source"} <= set(table_columns(gpkg, "survey"))
    output = tmp_path / "w_shared.gpkg"
    share(gpkg, output, DROP_FIELDS=["water"])
    names = table_columns(output)
    assert "water_tap" not in names and "water_well" not in names and "water" not in names
    assert "water_source" in names and "hh_size" in names


def test_a_question_named_like_a_label_is_not_a_companion(cartong_provider, tmp_path):
    # "site_label" is a column of the export itself (cartong_columns says so), not the import's label of "site"
    header = ["site", "site_label", "hh_size", "_uuid"]
    rows = [[f"S{i % 3}", f"Site {i % 3}", "4", f"u{i}"] for i in range(12)]
    gpkg = import_for_sharing(write_semicolon_csv(tmp_path / "s.csv", header, rows), tmp_path / "s.gpkg")
    output = tmp_path / "s_shared.gpkg"
    share(gpkg, output, DROP_FIELDS=["site"])
    assert table_columns(output)[2:] == ["site_label", "hh_size", "_uuid"]
    assert "drop_companion_columns" not in _steps(output)


# --------------------------------------------------------------- geotraces and geoshapes


def test_geotrace_and_geoshape_strings_are_removed_with_the_point(cartong_provider, tmp_path):
    # neutral names: only the values (points joined by ";") say these are places
    header = ["_uuid", "lieu", "route", "parcelle", "hh_size", "water_source"]
    rows, places = [], set()
    for i in range(20):
        a, b = 14.72 + i / 1000, -17.50 - i / 1000
        places |= {f"{a:.6f} {b:.6f}", f"{a:.2f} {b:.2f}"}
        trace = f"{a:.6f} {b:.6f} 0 0;{a + 0.001:.6f} {b - 0.001:.6f} 0 0;{a + 0.002:.6f} {b:.6f} 0 0"
        shape = f"{a:.2f} {b:.2f} 0 0; {a + 0.01:.2f} {b:.2f} 0 0; {a:.2f} {b - 0.01:.2f} 0 0; {a:.2f} {b:.2f} 0 0;"
        rows.append([f"u{i}", f"{a:.6f} {b:.6f} 0 5", trace, shape, str(3 + i % 4), "forage"])
    gpkg = import_for_sharing(write_semicolon_csv(tmp_path / "g.csv", header, rows), tmp_path / "g.gpkg")
    output = tmp_path / "g_shared.gpkg"
    share(gpkg, output)
    names = table_columns(output)
    assert "route" not in names and "parcelle" not in names
    assert {"hh_size", "water_source"} <= set(names)
    shared = _all_text(output)
    assert not [place for place in places if place in shared]
    assert _steps(output)["drop_location_columns"].startswith("lieu, route, parcelle, _lieu_latitude")


# --------------------------------------------------------------- personal data under es / pt / ar names


PERSONAL_COLUMNS = (
    "nombre",
    "apellidos",
    "nome",
    "sobrenome",
    "الاسم",
    "اللقب",
    "telefono",
    "telemovel",
    "رقم_الهاتف",
    "celular",
    "correo",
    "direccion",
    "endereco",
    "عنوان",
    "cedula",
    "pasaporte",
    "رقم_الهـويـة",
    "autre_numero",
    "latitud",
    "longitud",
    "p1",
    "p2",
    "info",
    "message",
)
ORDINARY_COLUMNS = (
    "water_source",
    "hh_size",
    "nombre_chevres",
    "dependency_ratio",
    "part_femmes",
    "indice",
    "ratio_calcule",
)


def _people(tmp_path, count=40):
    """A CSV of ``count`` households with personal data under Spanish, Portuguese, Arabic and neutral names."""
    header = ["_uuid", *PERSONAL_COLUMNS, *ORDINARY_COLUMNS]
    first = ["Amadou", "Mariam", "Lucía", "João", "Fatimé", "Rodrigo", "Aïcha", "Ana"]
    last = ["Koyassambia", "Ngaba", "Fernández", "Silva", "Zokoué"]
    rows, personal = [], set()
    for i in range(count):
        fn, ln = first[i % len(first)], last[i % len(last)]
        phone = f"7{(0, 2, 5, 7)[i % 4]}{100000 + i * 7919 % 900000:06d}"
        lat, lon = 4.361234 + i * 0.001371, 18.555123 + i * 0.002113
        ratio = ("0.5", "1.3333", "2", "0.6667", "1", "0.75")[i % 6]
        info = f"appeler {fn} au {phone}" if i % 10 == 0 else "RAS"
        message = f"écrire à {fn.lower()}.k@example.org svp" if i % 10 == 5 else "RAS"
        values = [
            f"u{i}",
            fn,
            ln,
            fn,
            ln,
            f"{fn} {ln}",
            ln,
            f"+236 {phone[:2]} {phone[2:4]} {phone[4:6]} {phone[6:]}",
            phone,
            "00236" + phone,
            phone if i % 20 < 9 else "0",
            f"{fn.lower()}{i}@example.org",
            f"{i} rue {ln}",
            f"Rua {ln} {i}",
            f"شارع {i}",
            f"C{i:07d}X",
            f"P{i:08d}",
            f"{900000 + i}",
            phone if i % 20 < 9 else "0",
            f"{lat:.6f}",
            f"{lon:.6f}",
            f"{lat:.6f}",
            f"{lon:.6f}",
            info,
            message,
            ("forage", "puits", "riviere")[i % 3],
            str(3 + i % 5),
            str(i % 4),
            ratio,
            f"{0.1 + i * 0.0171234:.6f}",
            ("1.234567", "2.345678", "3.456789")[i % 3],
            repr(3 + (i + 1) / 7),  # computed by a division: 15 decimals, not a GPS reading
        ]
        rows.append(values)
        personal |= {fn, ln, phone, f"{lat:.6f}", f"{lon:.6f}", f"C{i:07d}X", f"P{i:08d}", f"{fn.lower()}.k@"}
    return write_semicolon_csv(tmp_path / "people.csv", header, rows), personal


def test_personal_data_under_other_languages_and_neutral_names_is_not_shared(cartong_provider, tmp_path):
    source, personal = _people(tmp_path)
    gpkg = import_for_sharing(source, tmp_path / "people.gpkg")
    output = tmp_path / "people_shared.gpkg"
    share(gpkg, output)
    names = table_columns(output)
    assert set(ORDINARY_COLUMNS) <= set(names)
    removed = set(table_columns(gpkg, "survey")) - set(names) - {"geom"}
    assert removed == set(PERSONAL_COLUMNS)
    shared = _all_text(output)
    assert not [value for value in personal if value in shared]
    # the ordinary values are all there
    assert _rows(output, ["dependency_ratio"])[:3] == [(0.5,), (1.3333,), (2.0,)]


# --------------------------------------------------------------- names written inside free text


def _messages(tmp_path, notes):
    """Households with a name column and a free-text ``recado`` column holding ``notes`` (row by row)."""
    first = ["Aïcha", "Mariam", "Lucía", "Rodrigo", "Jean-Marie"]
    last = ["Zokoué", "Ngaba", "Fernández", "Koyassambia", "N'Gaba"]
    header = ["_uuid", "nombre", "recado", "comentario", "aldea", "hh_size"]
    rows = []
    for i, note in enumerate(notes):
        fn, ln = first[i % len(first)], last[i % len(last)]
        comment = ("sin problema de agua", "el pozo está lejos", "agua turbia en la estación seca")[i % 3]
        rows.append([f"u{i}", f"{fn} {ln}", note, comment, ("Ngaba", "Boy-Rabe", "Sica")[i % 3], str(2 + i % 5)])
    return write_semicolon_csv(tmp_path / "messages.csv", header, rows)


def test_free_text_naming_people_of_the_name_column_is_not_shared(cartong_provider, tmp_path):
    notes = [("todo bien" if i % 4 else f"vive con {('Zokoué', 'Aïcha Ngaba', 'Rodrigo')[i % 3]}") for i in range(24)]
    gpkg = import_for_sharing(_messages(tmp_path, notes), tmp_path / "messages.gpkg")
    output = tmp_path / "messages_shared.gpkg"
    share(gpkg, output)
    names = table_columns(output)
    assert "nombre" not in names and "recado" not in names
    # ordinary sentences and a village that is also a family name stay
    assert {"comentario", "aldea", "hh_size"} <= set(names)
    shared = _all_text(output)
    assert "Zokoué" not in shared and "Rodrigo" not in shared
    with closing(sqlite3.connect(output)) as db:
        readme = "\n".join(str(v) for row in db.execute("SELECT * FROM cartong_protection") for v in row)
    assert "recado" in readme


def test_free_text_is_kept_when_no_name_of_the_file_is_in_it(cartong_provider, tmp_path):
    gpkg = import_for_sharing(_messages(tmp_path, ["llamar mañana por la tarde"] * 12), tmp_path / "calm.gpkg")
    output = tmp_path / "calm_shared.gpkg"
    share(gpkg, output)
    assert {"recado", "comentario", "aldea"} <= set(table_columns(output))


def test_a_text_question_whose_label_asks_for_names_is_not_shared(cartong_provider, tmp_path):
    """``head`` labelled "Name, surname, nickname of head" was shared in clear: its name says nothing."""
    from tests.xlsform_files import write_form

    form = write_form(
        tmp_path / "form.xlsx",
        [
            ["type", "name", "label"],
            ["text", "head", "Name, surname, nickname of head"],
            ["text", "wp", "Name of the water point"],
            ["integer", "hh", "Number of people"],
        ],
    )
    rows = [[f"u{i}", f"Jo{i} Doe", ("Forage Nord", "Puits Sica")[i % 2], str(2 + i % 4)] for i in range(12)]
    source = write_semicolon_csv(tmp_path / "heads.csv", ["_uuid", "head", "wp", "hh"], rows)
    gpkg = import_for_sharing(source, tmp_path / "heads.gpkg", form)
    output = tmp_path / "heads_shared.gpkg"
    share(gpkg, output)
    names = table_columns(output)
    assert "head" not in names and {"wp", "hh"} <= set(names)
    assert "Jo3 Doe" not in _all_text(output)
