# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundled sample dataset: reproducible, Kobo-shaped, and its planted faults are real and alone."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import importlib.util
import io
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from osgeo import gdal, ogr

gdal.UseExceptions()

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"
PERIOD = (dt.date(2026, 3, 2), dt.date(2026, 3, 20))
GENERATED = ["household_survey_kobo.csv", "household_survey_kobo_members.csv", "faults.csv", "FAULTS.md"]


def load_generator():
    spec = importlib.util.spec_from_file_location("generate_sample", SAMPLE / "generate_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_kobo_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        return list(reader.fieldnames), list(reader)


def read_xlsx_sheets(path: Path) -> dict[str, list[dict[str, str]]]:
    """GDAL 3.6 ignores the XLSX open options HEADERS/FIELD_TYPES: set the config options."""
    options = {"OGR_XLSX_HEADERS": "FORCE", "OGR_XLSX_FIELD_TYPES": "STRING"}
    previous = {k: gdal.GetConfigOption(k) for k in options}
    try:
        for key, value in options.items():
            gdal.SetConfigOption(key, value)
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
        sheets = {}
        for i in range(ds.GetLayerCount()):
            layer = ds.GetLayer(i)
            sheets[layer.GetName()] = [{k: (v if v is not None else "") for k, v in f.items().items()} for f in layer]
        return sheets
    finally:
        for key, value in previous.items():
            gdal.SetConfigOption(key, value)


@pytest.fixture(scope="module", params=["bundled", "seed-11"])
def data_dir(request, tmp_path_factory) -> Path:
    """The committed sample, and the same generator with another seed: the checks below must hold
    for any seed, which shows the faults are planted on purpose, not by luck."""
    if request.param == "bundled":
        return SAMPLE
    out = tmp_path_factory.mktemp("seed11")
    load_generator().generate(out, seed=11, copy_boundaries=False)
    return out


@pytest.fixture(scope="module")
def survey(data_dir):
    return read_kobo_csv(data_dir / "household_survey_kobo.csv")


@pytest.fixture(scope="module")
def members(data_dir):
    return read_kobo_csv(data_dir / "household_survey_kobo_members.csv")[1]


@pytest.fixture(scope="module")
def rows(survey):
    return survey[1]


@pytest.fixture(scope="module")
def faults(data_dir):
    with open(data_dir / "faults.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def faulty_uuids(faults):
    return {f["uuid"] for f in faults}


@pytest.fixture(scope="module")
def clean_rows(rows, faulty_uuids):
    return [r for r in rows if r["_uuid"] not in faulty_uuids]


@pytest.fixture(scope="module")
def boundaries():
    """{pcode: (name, adm1_pcode, geometry)} for admin2 and admin1 of the bundled GeoPackage."""
    ds = ogr.Open(str(SAMPLE / "admin_boundaries.gpkg"))
    admin1 = {
        f["adm1_pcode"]: (f["adm1_name"], f["adm1_pcode"], f.GetGeometryRef().Clone())
        for f in ds.GetLayerByName("admin1")
    }
    admin2 = {
        f["adm2_pcode"]: (f["adm2_name"], f["adm1_pcode"], f.GetGeometryRef().Clone())
        for f in ds.GetLayerByName("admin2")
    }
    return admin1, admin2


def point_of(row: dict[str, str]) -> ogr.Geometry:
    geom = ogr.Geometry(ogr.wkbPoint)
    geom.AddPoint_2D(float(row["_location_longitude"]), float(row["_location_latitude"]))
    return geom


def when(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def minutes(row: dict[str, str]) -> float:
    return (when(row["end"]) - when(row["start"])).total_seconds() / 60


def plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ")


def burst_devices(rows: list[dict[str, str]], size: int = 10, window_min: float = 10) -> set[str]:
    """Devices with `size` submissions started within `window_min` minutes."""
    starts = defaultdict(list)
    for row in rows:
        starts[row["deviceid"]].append(when(row["start"]))
    found = set()
    for device, times in starts.items():
        times.sort()
        for i in range(len(times) - size + 1):
            if (times[i + size - 1] - times[i]).total_seconds() <= window_min * 60:
                found.add(device)
    return found


# ------------------------------------------------------------------------------------ reproducible
@pytest.mark.parametrize("source", ["default", "bundled"])
def test_generator_rewrites_the_committed_files_byte_for_byte(tmp_path, source):
    generator = load_generator()
    boundaries = SAMPLE / "admin_boundaries.gpkg" if source == "bundled" else None
    generator.generate(tmp_path, boundaries=boundaries, formats=("csv",), copy_boundaries=False)
    for name in GENERATED:
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name


def test_benchmark_mode_writes_requested_rows_and_columns(tmp_path):
    generator = load_generator()
    counts = generator.generate(tmp_path, rows=3000, extra_columns=17, formats=("csv",), copy_boundaries=False)
    columns, data = read_kobo_csv(tmp_path / "household_survey_kobo.csv")
    assert (len(data), len(columns), counts["rows"]) == (3000, 60, 3000)
    assert "extra/extra_17" in columns
    survey = read_xlsx_sheets(tmp_path / "household_survey_form.xlsx")["survey"]
    assert "extra_17" in {q["name"] for q in survey}


# ------------------------------------------------------------------------------------ Kobo shape
def test_csv_is_utf8_with_bom_and_crlf_like_kobo():
    raw = (SAMPLE / "household_survey_kobo.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == raw.count(b"\n")
    raw.decode("utf-8")


def test_csv_quotes_every_field_like_kobo():
    with open(SAMPLE / "household_survey_kobo.csv", encoding="utf-8-sig", newline="") as handle:
        header, first = handle.readline(), handle.readline()
    assert header.startswith('"start";"end";"today";"deviceid";')
    assert first.rstrip("\r\n").startswith('"') and first.rstrip("\r\n").endswith('"')
    assert ';"";' in first  # empty answers are quoted too


def test_csv_parses_with_semicolon_and_has_documented_columns(survey):
    columns, data = survey
    expected = {
        "start",
        "end",
        "today",
        "deviceid",
        "identification/enumerator",
        "identification/admin1",
        "identification/admin2",
        "identification/admin2_typed",
        "identification/village",
        "identification/consent",
        "household/respondent_name",
        "household/phone",
        "household/hh_size",
        "household/head_gender",
        "household/head_age",
        "household/income_month",
        "household/arrival_date",
        "household/water_source",
        "household/water_source_other",
        "household/water_problems",
        "household/water_problems/none",
        "household/water_problems/distance",
        "household/water_problems/other",
        "household/latrine",
        "location",
        "_location_latitude",
        "_location_longitude",
        "_location_altitude",
        "_location_precision",
        "_id",
        "_uuid",
        "_submission_time",
        "_validation_status",
        "_notes",
        "_status",
        "_submitted_by",
        "__version__",
        "_tags",
        "_index",
    }
    assert expected <= set(columns)
    assert 400 <= len(data) <= 450
    assert all(len(row) == len(columns) and None not in row for row in data)


def test_index_is_file_order_and_ids_are_unique(rows):
    assert [int(r["_index"]) for r in rows] == list(range(1, len(rows) + 1))
    assert len({r["_id"] for r in rows}) == len(rows)


def test_select_multiple_split_columns_agree_with_the_joined_column(rows):
    for row in rows:
        chosen = set(row["household/water_problems"].split())
        for column in (c for c in row if c.startswith("household/water_problems/")):
            code = column.rsplit("/", 1)[1]
            expected = ("1" if code in chosen else "0") if chosen else ""
            assert row[column] == expected, (row["_uuid"], column)


def test_location_string_agrees_with_split_columns(rows):
    for row in rows:
        parts = [
            row[c] for c in ("_location_latitude", "_location_longitude", "_location_altitude", "_location_precision")
        ]
        assert row["location"] == (" ".join(parts) if row["location"] else ""), row["_uuid"]


def test_datetimes_have_kobo_formats(rows):
    for row in rows:
        assert when(row["start"]).utcoffset() == dt.timedelta(hours=1)
        assert len(row["start"]) == len("2026-03-02T08:15:23.123+01:00")
        assert len(row["_submission_time"]) == len("2026-03-02T10:12:44")
        assert row["today"] == row["start"][:10]


def test_members_parent_index_points_to_an_existing_parent(rows, members):
    parents = {r["_index"]: r for r in rows}
    assert members
    for member in members:
        parent = parents[member["_parent_index"]]
        assert member["_submission__uuid"] == parent["_uuid"]
        assert member["_submission__id"] == parent["_id"]


def test_members_roster_has_head_excluded_size_and_refusals_are_empty(rows, members):
    per_parent = Counter(m["_parent_index"] for m in members)
    for row in rows:
        count = per_parent.get(row["_index"], 0)
        if row["identification/consent"] == "no":
            assert count == 0
        elif row["household/hh_size"] != "99":
            assert count == min(int(row["household/hh_size"]) - 1, 8), row["_uuid"]


def test_xlsx_export_has_main_and_members_sheets_with_the_csv_rows(rows, members, data_dir):
    sheets = read_xlsx_sheets(data_dir / "household_survey_kobo.xlsx")
    main_name = "Household WASH survey CAR 2026"
    assert set(sheets) == {main_name, "members"}
    assert [r["_uuid"] for r in sheets[main_name]] == [r["_uuid"] for r in rows]
    assert sheets[main_name][0] == rows[0]
    assert len(sheets["members"]) == len(members)


def test_form_has_contract_sheets_columns_and_settings():
    form = read_xlsx_sheets(SAMPLE / "household_survey_form.xlsx")
    assert set(form) == {"survey", "choices", "settings"}
    assert list(form["survey"][0]) == load_generator().SURVEY_COLUMNS
    settings = form["settings"][0]
    assert settings["form_id"] == "household_wash_caf"
    assert settings["default_language"] == "English (en)"
    names = [q["name"] for q in form["survey"]]
    for name in (
        "admin1",
        "admin2",
        "admin2_typed",
        "hh_size",
        "water_problems",
        "location",
        "members",
        "member_age",
        "member_sex",
        "member_school",
    ):
        assert name in names
    lists = defaultdict(set)
    for choice in form["choices"]:
        lists[choice["list_name"]].add(choice["name"])
    assert {"borehole", "tap", "water_truck", "other"} <= lists["water_source"]
    assert {"none", "distance", "insecurity", "other"} <= lists["problems"]
    assert "CF711" in lists["admin2"] and "CF11" in lists["admin1"]


def test_every_answered_code_is_a_form_choice(rows):
    form = read_xlsx_sheets(SAMPLE / "household_survey_form.xlsx")
    lists = defaultdict(set)
    for choice in form["choices"]:
        lists[choice["list_name"]].add(choice["name"])
    admin1_of = {c["name"]: c["admin1"] for c in form["choices"] if c["list_name"] == "admin2"}
    for row in rows:
        assert admin1_of[row["identification/admin2"]] == row["identification/admin1"]
        if row["household/water_source"]:
            assert row["household/water_source"] in lists["water_source"]
        assert set(row["household/water_problems"].split()) <= lists["problems"]


def test_boundaries_have_contract_layers_fields_and_crs():
    ds = ogr.Open(str(SAMPLE / "admin_boundaries.gpkg"))
    expected = {"admin1": ["adm1_pcode", "adm1_name"], "admin2": ["adm2_pcode", "adm2_name", "adm1_pcode", "adm1_name"]}
    for name, fields in expected.items():
        layer = ds.GetLayerByName(name)
        defn = layer.GetLayerDefn()
        assert [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] == fields
        assert layer.GetSpatialRef().GetAuthorityCode(None) == "4326"
    assert ds.GetLayerByName("admin1").GetFeatureCount() == 17
    assert ds.GetLayerByName("admin2").GetFeatureCount() == 72
    assert (SAMPLE / "admin_boundaries.gpkg").stat().st_size < 3_000_000


# ------------------------------------------------------------------------------------ faults
def test_faults_csv_uses_known_codes_and_fields(faults, rows):
    known = set(load_generator().FAULT_DESCRIPTIONS)
    assert {f["fault"] for f in faults} == known
    uuids = {r["_uuid"] for r in rows}
    assert all(f["uuid"] in uuids for f in faults)
    assert len({f["uuid"] for f in faults}) == len(faults)  # one fault per submission


def test_every_listed_fault_is_really_present(rows, faults, boundaries):
    admin1, admin2 = boundaries
    country = [g for _, _, g in admin1.values()]
    by_uuid = defaultdict(list)
    for row in rows:
        by_uuid[row["_uuid"]].append(row)
    incomes = sorted(int(r["household/income_month"]) for r in rows if r["household/income_month"])
    median_income = incomes[len(incomes) // 2]
    bursts = burst_devices(rows)

    def where(lon, lat):
        geom = ogr.Geometry(ogr.wkbPoint)
        geom.AddPoint_2D(lon, lat)
        return {code for code, (_, _, g) in admin2.items() if g.Contains(geom)}

    for fault in faults:
        row = by_uuid[fault["uuid"]][0]
        code = fault["fault"]
        lat = float(row["_location_latitude"] or "nan")
        lon = float(row["_location_longitude"] or "nan")
        present = {
            "duplicate_uuid": lambda: len(by_uuid[fault["uuid"]]) == 2,
            "gps_zero": lambda: lat == 0 and lon == 0,
            "gps_swapped": lambda: not where(lon, lat) and row["identification/admin2"] in where(lat, lon),
            "gps_missing": lambda: row["location"] == "" and row["_location_latitude"] == "",
            "gps_outside_country": lambda: not any(g.Contains(point_of(row)) for g in country),
            "gps_low_precision": lambda: float(row["_location_precision"]) > 100,
            "gps_admin_mismatch": lambda: bool(where(lon, lat)) and row["identification/admin2"] not in where(lon, lat),
            "outlier_hh_size": lambda: int(row["household/hh_size"]) > 30,
            "outlier_head_age": lambda: int(row["household/head_age"]) > 110,
            "outlier_income": lambda: int(row["household/income_month"]) >= 20 * median_income,
            "duration_short": lambda: 0 < minutes(row) < 5,
            "duration_negative": lambda: minutes(row) < 0,
            "duration_long": lambda: minutes(row) > 180,
            "outside_period": lambda: not PERIOD[0] <= dt.date.fromisoformat(row["today"]) <= PERIOD[1],
            "other_answer": lambda: (
                row["household/water_source"] == "other" and row["household/water_source_other"] != ""
            ),
            "admin_name_misspelled": lambda: (
                row["identification/admin2_typed"] != admin2[row["identification/admin2"]][0]
                and difflib.SequenceMatcher(
                    None, plain(row["identification/admin2_typed"]), plain(admin2[row["identification/admin2"]][0])
                ).ratio()
                > 0.8
            ),
            "device_burst": lambda: row["deviceid"] in bursts,
        }[code]
        assert present(), (code, fault["uuid"])


def test_duplicates_are_one_exact_resend_and_one_edited_resend(rows, faults):
    by_uuid = defaultdict(list)
    for row in rows:
        by_uuid[row["_uuid"]].append(row)
    meta = {"_id", "_submission_time", "_index"}
    kinds = []
    for fault in (f for f in faults if f["fault"] == "duplicate_uuid"):
        first, second = by_uuid[fault["uuid"]]
        differing = {k for k in first if first[k] != second[k]}
        kinds.append("exact" if differing == meta else "edited")
    assert sorted(kinds) == ["edited", "exact"]


# ------------------------------------------------------------------------------------ clean rows
def test_clean_rows_fall_inside_their_answered_admin2_and_admin1(clean_rows, boundaries):
    admin1, admin2 = boundaries
    assert len(clean_rows) > 300
    for row in clean_rows:
        geom = point_of(row)
        assert admin2[row["identification/admin2"]][2].Contains(geom), row["_uuid"]
        assert admin1[row["identification/admin1"]][2].Contains(geom), row["_uuid"]


def test_clean_rows_show_no_fault_symptoms(clean_rows, boundaries, rows):
    _, admin2 = boundaries
    uuids = Counter(r["_uuid"] for r in rows)
    for row in clean_rows:
        label = row["_uuid"]
        assert uuids[label] == 1, label
        assert 5 <= minutes(row) <= 180, label
        assert PERIOD[0] <= dt.date.fromisoformat(row["today"]) <= PERIOD[1], label
        assert float(row["_location_precision"]) <= 20, label
        assert row["identification/admin2_typed"] == admin2[row["identification/admin2"]][0]
        assert row["household/water_source"] != "other", label
        assert "other" not in row["household/water_problems"].split(), label
        if row["identification/consent"] == "yes":
            assert 1 <= int(row["household/hh_size"]) <= 12, label
            assert 18 <= int(row["household/head_age"]) <= 75, label
            assert 12000 <= int(row["household/income_month"]) <= 70000, label
            assert row["household/arrival_date"] < row["today"], label
            problems = row["household/water_problems"].split()
            assert problems and ("none" not in problems or problems == ["none"]), label


def test_only_the_burst_device_submits_ten_interviews_within_ten_minutes(rows, faults):
    burst_uuids = {f["uuid"] for f in faults if f["fault"] == "device_burst"}
    devices = {r["deviceid"] for r in rows if r["_uuid"] in burst_uuids}
    assert burst_devices(rows) == devices and len(devices) == 1
    others = [r for r in rows if r["_uuid"] not in burst_uuids]
    assert burst_devices(others, size=4, window_min=30) == set()


def test_faults_md_lists_every_fault_code_with_its_count(faults, data_dir):
    text = (data_dir / "FAULTS.md").read_text(encoding="utf-8")
    for code, count in Counter(f["fault"] for f in faults).items():
        assert f"| `{code}` | {count} |" in text


def test_members_csv_parses_with_kobo_repeat_columns():
    raw = (SAMPLE / "household_survey_kobo_members.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert header[:3] == ["members/member_age", "members/member_sex", "members/member_school"]
    assert {"_index", "_parent_table_name", "_parent_index", "_submission__uuid", "_submission__id"} <= set(header)


def test_readme_describes_every_bundled_file():
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    for path in SAMPLE.iterdir():
        if path.is_file() and path.name not in {"README.md", "SOURCES.md", "FAULTS.md"}:
            assert f"`{path.name}`" in readme, path.name
    assert "CC BY-IGO" in (SAMPLE / "SOURCES.md").read_text(encoding="utf-8")


def test_too_few_rows_is_refused_with_a_sentence_not_an_assertion(tmp_path):
    generator = load_generator()
    generator.generate(tmp_path / "ok", rows=generator.MIN_ROWS, formats=("csv",), copy_boundaries=False)
    with pytest.raises(SystemExit, match="at least 250"):
        generator.generate(tmp_path / "few", rows=200, formats=("csv",), copy_boundaries=False)
