# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the bundled training dataset: a synthetic household WASH survey in the Central African
Republic, exported the way KoboToolbox does, with its XLSForm, the real CAR admin boundaries and a
documented set of planted data-quality faults.

Deterministic: the same arguments always give byte-identical CSV/Markdown files (fixed seed, no
clock, no GEOS-version-dependent geometry); the XLSX and GeoPackage files are byte-identical too with
the same GDAL version. Only the standard library and GDAL/OGR are used (no pandas, no openpyxl), so
it runs wherever QGIS runs.

    python generate_sample.py                      # rewrite resources/sample/ itself
    python generate_sample.py --rows 100000 --extra-columns 17 --output /tmp/big --formats csv

The second form gives the benchmark export (43 base columns + 17 = 60 columns); the form written
beside it holds the extra questions too, so it imports like the real one.
"""
from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import math
import random
import sys
import uuid
from functools import cached_property
from pathlib import Path

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

SEED = 20260302
HERE = Path(__file__).resolve().parent
REAL_BOUNDARIES = (HERE.parent.parent.parent / "shared" / "data" / "real"
                   / "OCHA-DAP+hdx-scraper-cod-ab-country" / "derived" / "caf_cod_ab_adm1_adm2.gpkg")
BUNDLED_BOUNDARIES = HERE / "admin_boundaries.gpkg"

FORM_TITLE = "Household WASH survey CAR 2026"
FORM_ID = "household_wash_caf"
FORM_VERSION = "2026030101"
KOBO_VERSION = "vQm3C8sTbXo7dJfGp2LhWk"  # what Kobo writes in __version__ (asset version uid)
EN, FR = "English (en)", "Français (fr)"
SHEET_MAIN = FORM_TITLE[:31]  # Kobo names the main sheet after the form title, cut to 31 characters
SHEET_MEMBERS = "members"

# Collection period: Monday 2 to Friday 20 March 2026, no work on Sundays; CAR is UTC+01:00.
PERIOD_START = dt.date(2026, 3, 2)
PERIOD_END = dt.date(2026, 3, 20)
TZ = dt.timezone(dt.timedelta(hours=1))

# Surveyed prefectures (admin1) and the share of interviews in each; every sous-prefecture is covered.
ADMIN1_SHARES = {"CF71": 0.20, "CF11": 0.18, "CF32": 0.17, "CF43": 0.15, "CF21": 0.15, "CF31": 0.15}

WATER_SOURCES = [
    ("borehole", "Borehole (hand pump)", "Forage (pompe à motricité humaine)"),
    ("protected_well", "Protected well", "Puits protégé"),
    ("unprotected_well", "Unprotected well", "Puits non protégé"),
    ("surface_water", "Surface water (river, pond)", "Eau de surface (rivière, mare)"),
    ("tap", "Public or private tap", "Robinet public ou privé"),
    ("water_truck", "Water truck", "Camion-citerne"),
    ("other", "Other", "Autre"),
]
PROBLEMS = [
    ("none", "No problem", "Aucun problème"),
    ("distance", "Too far", "Trop loin"),
    ("queue", "Long queues", "Longues files d'attente"),
    ("cost", "Too expensive", "Trop cher"),
    ("quality", "Poor water quality", "Mauvaise qualité de l'eau"),
    ("insecurity", "Insecurity on the way", "Insécurité sur le trajet"),
    ("other", "Other", "Autre"),
]
SOURCE_WEIGHTS_URBAN = {"tap": 35, "borehole": 22, "protected_well": 25, "unprotected_well": 10,
                        "water_truck": 4, "surface_water": 4}
SOURCE_WEIGHTS_RURAL = {"borehole": 36, "protected_well": 20, "unprotected_well": 20,
                        "surface_water": 19, "tap": 2, "water_truck": 3}

FIRST_NAMES_F = ["Marie", "Jeanne", "Pauline", "Odette", "Brigitte", "Joséphine", "Clarisse",
                 "Hortense", "Albertine", "Germaine", "Solange", "Hawa", "Fatimé", "Zénaba",
                 "Mariam", "Esther", "Rosalie", "Bernadette", "Aïcha", "Florentine"]
FIRST_NAMES_M = ["Jean", "Pierre", "Paul", "Emmanuel", "Thierry", "Didier", "Serge", "Firmin",
                 "Aboubakar", "Moussa", "Ibrahim", "Amadou", "Gervais", "Fidèle", "Rodrigue",
                 "Crépin", "Hervé", "Prosper", "Anicet", "Saturnin"]
LAST_NAMES = ["Ngaïkoumon", "Yakité", "Doko", "Zanga", "Mbaya", "Ndoumba", "Sélébangue", "Gbazi",
              "Namkoisse", "Yangué", "Feïkeram", "Gbadin", "Touaboy", "Ouandé", "Ndakala",
              "Gbanga", "Kossingou", "Zoumaldé", "Mamadou", "Oumarou", "Yérima", "Koyassambia",
              "Dangavo", "Ngbokoto", "Sanzé", "Wabo", "Ndjapou", "Kémbé", "Bindoumi", "Gonda",
              "Mbolinani", "Gbagoua", "Kotto", "Zoumandji", "Ndodé", "Yakossa", "Gbéssé",
              "Bangassi", "Issa", "Abdoulaye", "Kpinzé", "Ngouandji", "Poussa", "Ouéfio",
              "Tambala", "Guéréngou", "Malémon", "Ndéma", "Sandi", "Yadjia"]
BANGUI_QUARTERS = ["Boy-Rabé", "Gobongo", "Combattant", "Fatima", "Lakouanga", "Miskine",
                   "Galabadja", "Sica 2", "Ouango", "Kpéténé", "Castors", "Benz-Vi"]
SYLLABLES_1 = ["Bo", "Ba", "Nga", "Zé", "Gba", "Ko", "Ndo", "Ya", "Mbo", "Kpa", "Dé", "Sa", "Zo",
               "Bé", "Ga", "Ndi", "Yo", "Ka"]
SYLLABLES_2 = ["ka", "ro", "ssa", "ngo", "lé", "ti", "mba", "dja", "gou", "yé", "li", "kéré",
               "zou", "ba", "nda", "mo"]
SYLLABLES_3 = ["", "", "", "la", "ro", "ngou", "mbé", "li", "ssi"]

# Planted faults: how many rows carry each (one fault per row).
FAULT_COUNTS = {
    "device_burst": 12, "gps_zero": 2, "gps_swapped": 3, "gps_missing": 4,
    "gps_outside_country": 3, "gps_low_precision": 4, "gps_admin_mismatch": 4,
    "outlier_hh_size": 2, "outlier_head_age": 2, "outlier_income": 2, "duration_short": 4,
    "duration_negative": 2, "duration_long": 3, "outside_period": 3, "other_answer": 6,
    "duplicate_uuid": 2,
}
MIN_ROWS = 250  # fewer may leave a planted fault without a suitable row (200: a misspelled admin2)
REFUSALS = 4  # consent = no: household section and roster legitimately empty (not faults; durations.no_consent)
OTHER_SOURCE_TEXTS = ["forage privé", "camion-citerne de l'ONG", "eau de pluie", "source aménagée",
                      "achat de bidons au marché", "forage prive"]
MISSPELLINGS = {  # adm2_pcode -> admin2_typed as an enumerator might type it
    "CF115": "bossembele", "CF116": "Yaloke", "CF211": "BERBERATI", "CF311": "Bozoum ",
    "CF321": "Bosangoa", "CF326": "Batangfo", "CF431": "bambari", "CF314": "PAOUA",
    "CF324": "Nanga-Boguila", "CF216": "Dede Mokouba", "CF711": "Bangi",
}
FAULT_DESCRIPTIONS = {
    "duplicate_uuid": "`_uuid` sent twice. One pair is an exact re-send (every answer identical; only "
                      "`_id`, `_submission_time`, `_index` differ); the other pair has the same "
                      "`_uuid` but edited answers (`hh_size` +2, `income_month` +5000, `latrine`).",
    "gps_zero": "`location` is `0.0 0.0 0.0 0.0` (no fix, default value).",
    "gps_swapped": "latitude and longitude swapped (the point lands in the Sahara); swapping them back "
                   "puts it in the answered sous-préfecture.",
    "gps_missing": "`location` and the `_location_*` columns are empty.",
    "gps_outside_country": "a fix taken across the border (Cameroon, Chad, DR Congo).",
    "gps_low_precision": "`_location_precision` between 150 and 2500 m (clean rows: 3-20 m).",
    "gps_admin_mismatch": "the point lies in another sous-préfecture than `admin2` answers: half in "
                          "a neighbour of the same préfecture, half in another préfecture.",
    "outlier_hh_size": "`hh_size` = 99 (typed 99 for 9; clean rows: 1-12).",
    "outlier_head_age": "`head_age` of 150 or 133 (clean rows: 18-75).",
    "outlier_income": "`income_month` typed with two extra zeros (x100; clean rows: 12,000-70,000 XAF).",
    "duration_short": "interview shorter than 5 minutes (`end` - `start`; clean rows: 12-50 min).",
    "duration_negative": "`end` before `start` (phone clock changed during the interview).",
    "duration_long": "interview longer than 3 hours (form left open).",
    "outside_period": "`today`/`start`/`end` outside the collection period (pilot days before it, "
                      "one late interview after it).",
    "other_answer": "`water_source` = `other` with free text in `water_source_other` to recode "
                    "(\"forage privé\", \"forage prive\", \"eau de pluie\", ...).",
    "admin_name_misspelled": "`admin2_typed` differs from the official name of the answered "
                             "`admin2` (case, missing accents, typos, trailing space).",
    "device_burst": "12 submissions from one `deviceid` started within a few minutes one evening "
                    "(overlapping interviews: likely made up).",
}
# (lat, lon) of places 5-9 km outside CAR (Goré in Chad, Cameroon near Dédé-Mokouba, DR Congo
# east of Zongo): a fix taken across the border, given to a household of the nearest surveyed area.
OUTSIDE_POINTS = [(7.9300, 16.6400), (4.0500, 15.0000), (4.3000, 18.6800)]
OUTSIDE_MIN_KM = 3


# --------------------------------------------------------------------------------------------
# Boundaries
# --------------------------------------------------------------------------------------------
# Points stay this far (degrees) inside the border: ~550 m for households, so GPS scatter or an
# admin1/admin2 sliver never moves a clean point; ~2 km for village centres (~450 m in a city as
# small as Bangui, whose neighbourhoods are also tighter).
HOUSEHOLD_MARGIN = 0.005
VILLAGE_MARGIN, CITY_VILLAGE_MARGIN = 0.02, 0.004
SCATTER, CITY_SCATTER = 0.005, 0.002  # standard deviation of households around their village


class Area:
    """One admin polygon. Distances to its border, not negative buffers, keep points inside:
    buffers differ between GEOS versions, distances do not, so the output stays reproducible."""

    def __init__(self, pcode: str, name: str, adm1_pcode: str, adm1_name: str, geom: ogr.Geometry):
        self.pcode, self.name, self.adm1_pcode, self.adm1_name = pcode, name, adm1_pcode, adm1_name
        self.geom = geom

    @cached_property
    def border(self) -> ogr.Geometry:
        return self.geom.Boundary()

    @cached_property
    def is_city(self) -> bool:
        xmin, xmax, ymin, ymax = self.geom.GetEnvelope()
        return max(xmax - xmin, ymax - ymin) < 0.2

    def holds(self, geom: ogr.Geometry, margin: float) -> bool:
        return self.geom.Contains(geom) and self.border.Distance(geom) > margin


def boundaries_source(path: Path | None) -> Path:
    if path is not None:
        return path
    return REAL_BOUNDARIES if REAL_BOUNDARIES.exists() else BUNDLED_BOUNDARIES


def load_areas(path: Path) -> tuple[dict[str, Area], dict[str, Area]]:
    """Read admin1/admin2 from the real COD-AB GeoPackage or from our bundled copy (same geometry)."""
    ds = ogr.Open(str(path))
    names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    l1, l2 = ("caf_admin1", "caf_admin2") if "caf_admin1" in names else ("admin1", "admin2")
    admin1 = {}
    for f in ds.GetLayerByName(l1):
        admin1[f["adm1_pcode"]] = Area(f["adm1_pcode"], f["adm1_name"], f["adm1_pcode"],
                                       f["adm1_name"], f.GetGeometryRef().Clone())
    admin2 = {}
    for f in ds.GetLayerByName(l2):
        adm1 = f["adm1_pcode"]
        admin2[f["adm2_pcode"]] = Area(f["adm2_pcode"], f["adm2_name"], adm1, admin1[adm1].name,
                                       f.GetGeometryRef().Clone())
    return dict(sorted(admin1.items())), dict(sorted(admin2.items()))


def write_boundaries(source: Path, target: Path) -> None:
    """Copy admin1/admin2 with only the P-code and name fields (EPSG:4326, full country)."""
    if target.exists():
        target.unlink()
    src = ogr.Open(str(source))
    names = {src.GetLayer(i).GetName() for i in range(src.GetLayerCount())}
    l1, l2 = ("caf_admin1", "caf_admin2") if "caf_admin1" in names else ("admin1", "admin2")
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-03-01T00:00:00Z")  # same bytes on every run
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    specs = [("admin1", l1, ["adm1_pcode", "adm1_name"]),
             ("admin2", l2, ["adm2_pcode", "adm2_name", "adm1_pcode", "adm1_name"])]
    for name, src_name, fields in specs:
        layer = out.CreateLayer(name, srs, ogr.wkbMultiPolygon, ["GEOMETRY_NAME=geom", "FID=fid"])
        for field in fields:
            layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
        src_layer = src.GetLayerByName(src_name)
        rows = sorted(src_layer, key=lambda f: f[fields[0]])
        layer.StartTransaction()
        for f in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for field in fields:
                feature[field] = f[field]
            feature.SetGeometry(ogr.ForceToMultiPolygon(f.GetGeometryRef().Clone()))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    out = None
    gdal.SetConfigOption("OGR_CURRENT_DATE", None)


def point(lon: float, lat: float) -> ogr.Geometry:
    geom = ogr.Geometry(ogr.wkbPoint)
    geom.AddPoint_2D(lon, lat)
    return geom


def random_point_in(rng: random.Random, area: Area, margin: float) -> tuple[float, float]:
    """Uniform point (lon, lat) at least `margin` inside the area, by rejection in its envelope,
    rounded like Kobo (7 decimals). A small area (Bangui) gets a smaller margin if need be."""
    xmin, xmax, ymin, ymax = area.geom.GetEnvelope()
    tries = 0
    while True:
        lon, lat = round(rng.uniform(xmin, xmax), 7), round(rng.uniform(ymin, ymax), 7)
        if area.holds(point(lon, lat), margin):
            return lon, lat
        tries += 1
        if tries % 500 == 0:
            margin /= 2


# --------------------------------------------------------------------------------------------
# XLSForm
# --------------------------------------------------------------------------------------------
SURVEY_COLUMNS = ["type", "name", "label::English (en)", "label::Français (fr)",
                  "hint::English (en)", "hint::Français (fr)", "required", "constraint",
                  "constraint_message::English (en)", "constraint_message::Français (fr)",
                  "relevant", "appearance", "choice_filter"]
CHOICES_COLUMNS = ["list_name", "name", "label::English (en)", "label::Français (fr)", "admin1"]
SETTINGS_COLUMNS = ["form_title", "form_id", "version", "default_language"]


def q(type_, name, en="", fr="", hint_en="", hint_fr="", required="", constraint="",
      msg_en="", msg_fr="", relevant="", appearance="", choice_filter=""):
    return [type_, name, en, fr, hint_en, hint_fr, required, constraint, msg_en, msg_fr,
            relevant, appearance, choice_filter]


def extra_question_names(count: int) -> list[tuple[str, str]]:
    """(name, type) of the benchmark-only questions: integer, text and yes/no in turn."""
    kinds = ["integer", "text", "select_one yes_no"]
    return [(f"extra_{i + 1:02d}", kinds[i % 3]) for i in range(count)]


def build_form(admin1: dict[str, Area], admin2: dict[str, Area], extra_columns: int = 0):
    """Return {sheet: (columns, rows)} for the XLSForm."""
    survey = [
        q("start", "start"), q("end", "end"), q("today", "today"), q("deviceid", "deviceid"),
        q("begin_group", "identification", "Identification", "Identification"),
        q("text", "enumerator", "Enumerator name", "Nom de l'enquêteur", required="yes"),
        q("select_one admin1", "admin1", "Prefecture", "Préfecture", required="yes",
          appearance="minimal"),
        q("select_one admin2", "admin2", "Sub-prefecture", "Sous-préfecture", required="yes",
          appearance="minimal", choice_filter="admin1=${admin1}"),
        q("text", "admin2_typed", "Sub-prefecture name (as said by the respondent)",
          "Nom de la sous-préfecture (tel que dit par le répondant)",
          "Type the name in full, with accents.", "Écrivez le nom en entier, avec les accents.",
          required="yes"),
        q("text", "village", "Village or neighbourhood", "Village ou quartier", required="yes"),
        q("select_one yes_no", "consent", "Does the household agree to answer?",
          "Le ménage accepte-t-il de répondre ?",
          "Read the consent statement first.", "Lisez d'abord la déclaration de consentement.",
          required="yes"),
        q("end_group", ""),
        q("begin_group", "household", "Household", "Ménage", relevant="${consent} = 'yes'"),
        q("text", "respondent_name", "Respondent name", "Nom du répondant"),
        q("text", "phone", "Phone number", "Numéro de téléphone",
          "8 digits, e.g. 75123456.", "8 chiffres, par ex. 75123456.",
          constraint="regex(., '^[0-9]{8}$')", msg_en="Enter 8 digits.",
          msg_fr="Saisissez 8 chiffres."),
        q("integer", "hh_size", "How many people live in the household?",
          "Combien de personnes vivent dans le ménage ?",
          "Include the head of household.", "Comptez le chef de ménage.", required="yes",
          constraint=". >= 1 and . <= 30", msg_en="Between 1 and 30 people.",
          msg_fr="Entre 1 et 30 personnes."),
        q("select_one gender", "head_gender", "Sex of the head of household",
          "Sexe du chef de ménage", required="yes"),
        q("integer", "head_age", "Age of the head of household (years)",
          "Âge du chef de ménage (années)", required="yes", constraint=". >= 15 and . <= 110",
          msg_en="Age must be between 15 and 110.", msg_fr="L'âge doit être entre 15 et 110."),
        q("decimal", "income_month", "Household income last month (XAF)",
          "Revenu du ménage le mois dernier (FCFA)", "In CFA francs (XAF).",
          "En francs CFA (XAF).", constraint=". >= 0", msg_en="Cannot be negative.",
          msg_fr="Ne peut pas être négatif."),
        q("date", "arrival_date", "When did the household arrive in this place?",
          "Quand le ménage est-il arrivé dans ce lieu ?", constraint=". <= today()",
          msg_en="Cannot be in the future.", msg_fr="Ne peut pas être dans le futur."),
        q("select_one water_source", "water_source", "Main source of drinking water",
          "Principale source d'eau de boisson", required="yes"),
        q("text", "water_source_other", "Other source: specify", "Autre source : précisez",
          required="yes", relevant="${water_source} = 'other'"),
        q("select_multiple problems", "water_problems", "Problems getting water",
          "Problèmes pour obtenir l'eau", "Select all that apply.",
          "Cochez toutes les réponses qui s'appliquent.", required="yes",
          constraint="not(selected(., 'none') and count-selected(.) > 1)",
          msg_en="'No problem' cannot be combined with another answer.",
          msg_fr="« Aucun problème » ne peut pas être combiné avec une autre réponse."),
        q("select_one yes_no", "latrine", "Does the household have access to a latrine?",
          "Le ménage a-t-il accès à une latrine ?", required="yes"),
        q("end_group", ""),
    ]
    if extra_columns:
        survey.append(q("begin_group", "extra", "Extra questions", "Questions supplémentaires"))
        for name, type_ in extra_question_names(extra_columns):
            survey.append(q(type_, name, f"Extra question {name[6:]}",
                            f"Question supplémentaire {name[6:]}"))
        survey.append(q("end_group", ""))
    survey += [
        q("geopoint", "location", "GPS location of the household", "Position GPS du ménage",
          "Wait for an accuracy below 20 m.", "Attendez une précision inférieure à 20 m."),
        q("begin_repeat", "members", "Other household members", "Autres membres du ménage",
          "One entry per member other than the head.",
          "Une fiche par membre autre que le chef.", relevant="${consent} = 'yes'"),
        q("integer", "member_age", "Age (years)", "Âge (années)", required="yes",
          constraint=". >= 0 and . <= 110", msg_en="Age must be between 0 and 110.",
          msg_fr="L'âge doit être entre 0 et 110."),
        q("select_one gender", "member_sex", "Sex", "Sexe", required="yes"),
        q("select_one yes_no", "member_school", "Goes to school?", "Va à l'école ?",
          required="yes", relevant="${member_age} >= 6 and ${member_age} <= 17"),
        q("end_repeat", ""),
    ]
    choices = [["yes_no", "yes", "Yes", "Oui", ""], ["yes_no", "no", "No", "Non", ""],
               ["gender", "female", "Female", "Femme", ""], ["gender", "male", "Male", "Homme", ""]]
    choices += [["water_source", n, en, fr, ""] for n, en, fr in WATER_SOURCES]
    choices += [["problems", n, en, fr, ""] for n, en, fr in PROBLEMS]
    choices += [["admin1", a.pcode, a.name, a.name, ""] for a in admin1.values()]
    choices += [["admin2", a.pcode, a.name, a.name, a.adm1_pcode] for a in admin2.values()]
    settings = [[FORM_TITLE, FORM_ID, FORM_VERSION, EN]]
    return {"survey": (SURVEY_COLUMNS, survey), "choices": (CHOICES_COLUMNS, choices),
            "settings": (SETTINGS_COLUMNS, settings)}


def write_xlsx(path: Path, sheets: dict[str, tuple[list[str], list[list[str]]]]) -> None:
    """Write sheets with GDAL's XLSX driver: one layer per sheet, every field String."""
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    for sheet, (columns, rows) in sheets.items():
        layer = ds.CreateLayer(sheet, None, ogr.wkbNone)
        for column in columns:
            layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
        defn = layer.GetLayerDefn()
        for row in rows:
            feature = ogr.Feature(defn)
            for i, value in enumerate(row):
                if value != "":
                    feature.SetField(i, value)
            layer.CreateFeature(feature)
    ds = None


# --------------------------------------------------------------------------------------------
# Submissions
# --------------------------------------------------------------------------------------------
def kobo_datetime(value: dt.datetime) -> str:
    """2026-03-02T08:15:23.123+01:00, as ODK Collect records start/end."""
    return value.isoformat(timespec="milliseconds")


def submission_time(value: dt.datetime) -> str:
    """Server time in UTC without zone, as Kobo writes _submission_time."""
    return (value - dt.timedelta(hours=1)).isoformat(timespec="seconds")[:19]


def working_days() -> list[dt.date]:
    days, day = [], PERIOD_START
    while day <= PERIOD_END:
        if day.weekday() != 6:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


class FastRandom(random.Random):
    """randint/choice from random() alone: about 3x faster for the 100k-row benchmark export, and
    independent of how a Python release implements _randbelow (stable output across versions)."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


def village_names(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    names = []
    while len(names) < count:
        if rng.random() < 0.12:
            name = f"PK {rng.randint(5, 60)}"
        else:
            name = rng.choice(SYLLABLES_1) + rng.choice(SYLLABLES_2) + rng.choice(SYLLABLES_3)
            if rng.random() < 0.15:
                name += rng.choice([" 1", " 2", "-Centre", "-Gare"])
        if name not in taken:
            taken.add(name)
            names.append(name)
    return names


class Generator:
    """Builds clean households first, then plants each fault on its own rows."""

    def __init__(self, admin1: dict[str, Area], admin2: dict[str, Area], rows: int,
                 extra_columns: int, seed: int = SEED):
        self.rng = FastRandom(seed)
        self.admin1, self.admin2 = admin1, admin2
        self.rows, self.extra = rows, extra_question_names(extra_columns)
        self.faults: list[tuple[str, str, str]] = []  # (uuid, field, fault)
        self.names_used: set[str] = set()
        self.phones_used: set[str] = set()

    # ---------- layout of the survey: villages, enumerators, schedule
    def plan(self) -> list[dict]:
        rng = self.rng
        base = self.rows - FAULT_COUNTS["duplicate_uuid"]  # duplicates are extra rows
        areas = [a for a in self.admin2.values() if a.adm1_pcode in ADMIN1_SHARES]
        taken: set[str] = set()
        self.villages = {}
        for area in areas:
            if area.pcode == "CF711":
                names = rng.sample(BANGUI_QUARTERS, 6)
            else:
                names = village_names(rng, rng.randint(3, 4), taken)
            margin = CITY_VILLAGE_MARGIN if area.is_city else VILLAGE_MARGIN
            self.villages[area.pcode] = [(n, random_point_in(rng, area, margin)) for n in names]
        # Interviews per admin1 by share, split over its sous-prefectures
        households = []
        for adm1, share in ADMIN1_SHARES.items():
            own = [a for a in areas if a.adm1_pcode == adm1]
            n = round(base * share) if adm1 != list(ADMIN1_SHARES)[-1] else base - len(households)
            for i in range(n):
                area = own[i % len(own)]
                households.append({"area": area, "village": rng.choice(self.villages[area.pcode])})
        # Teams: enough enumerators per prefecture for about 3 interviews a working day each
        days = working_days()
        per_enum = len(days) * 3  # about 3 interviews a working day
        self.enumerators = {}
        for adm1 in ADMIN1_SHARES:
            mine = [h for h in households if h["area"].adm1_pcode == adm1]
            mine.sort(key=lambda h: (h["area"].pcode, h["village"][0]))
            n_enum = max(2, math.ceil(len(mine) / per_enum))
            team = [self.new_enumerator() for _ in range(n_enum)]
            self.enumerators[adm1] = team
            for i, h in enumerate(mine):
                h["enum"] = team[i * n_enum // len(mine)]
        by_enum: dict[str, list[dict]] = {}
        for h in households:
            by_enum.setdefault(h["enum"]["deviceid"], []).append(h)
        for mine in by_enum.values():
            self.schedule(mine, days)
        return households

    def new_enumerator(self) -> dict:
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return {"name": self.person_name(self.rng.random() < 0.4),
                "deviceid": "collect:" + "".join(self.rng.choice(alphabet) for _ in range(16))}

    def person_name(self, female: bool) -> str:
        """A name nobody else in the survey has (so no false 'same respondent twice' alarm);
        benchmark sizes run out of combinations and then accept repeats."""
        for _ in range(50 if len(self.names_used) < 1000 else 1):
            name = (f"{self.rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)} "
                    f"{self.rng.choice(LAST_NAMES)}")
            if name not in self.names_used:
                break
        self.names_used.add(name)
        return name

    def phone(self) -> str:
        while True:
            number = f"7{self.rng.choice('0257')}{self.rng.randint(0, 999999):06d}"
            if number not in self.phones_used:
                self.phones_used.add(number)
                return number

    def schedule(self, mine: list[dict], days: list[dt.date]) -> None:
        """0-5 interviews a working day (about 3), one after the other with travel time between."""
        rng = self.rng
        counts = [rng.randint(0, 4) for _ in days]
        while sum(counts) != len(mine):  # adjust one random day at a time, never above 5 a day
            d = rng.randrange(len(days))
            if sum(counts) < len(mine) and counts[d] < 5:
                counts[d] += 1
            elif sum(counts) > len(mine) and counts[d] > 0:
                counts[d] -= 1
        i = 0
        for day, count in zip(days, counts):
            clock = dt.datetime.combine(day, dt.time(7, 30), TZ) + dt.timedelta(
                seconds=rng.randint(0, 3600))
            for h in mine[i:i + count]:  # at most 5: the day ends before 18:00, before the burst
                h["start"] = clock + dt.timedelta(milliseconds=rng.randint(0, 999))
                h["end"] = h["start"] + dt.timedelta(minutes=rng.uniform(12, 50))
                clock = h["end"] + dt.timedelta(minutes=rng.uniform(15, 75))
            i += count

    # ---------- one clean household
    def household(self, h: dict) -> tuple[dict, list[dict]]:
        rng = self.rng
        area, (village, centre) = h["area"], h["village"]
        urban = area.pcode == "CF711"
        female = rng.random() < 0.35
        hh_size = min(12, max(1, round(rng.gauss(6, 2.3))))
        lon, lat = self.household_point(area, centre)
        source = pick(rng, SOURCE_WEIGHTS_URBAN if urban else SOURCE_WEIGHTS_RURAL)
        if rng.random() < 0.3:
            problems = ["none"]
        else:
            options = ["distance", "queue", "cost", "quality", "insecurity"]
            problems = sorted(rng.sample(options, rng.randint(1, 3)), key=options.index)
        arrival = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randint(0, 5889))  # .. 2026-02-15
        row = {
            "start": h["start"], "end": h["end"], "deviceid": h["enum"]["deviceid"],
            "enumerator": h["enum"]["name"], "admin1": area.adm1_pcode, "admin2": area.pcode,
            "admin2_typed": area.name, "village": village, "consent": "yes",
            "respondent_name": self.person_name(female),
            "phone": self.phone() if rng.random() < 0.8 else "",
            "hh_size": hh_size, "head_gender": "female" if female else "male",
            "head_age": min(75, max(18, round(rng.gauss(40, 11)))),
            "income_month": min(70000, max(12000, round(rng.gauss(40000, 11000) / 500) * 500)),
            "arrival_date": arrival.isoformat(), "water_source": source, "water_source_other": "",
            "water_problems": problems, "latrine": "yes" if rng.random() < 0.55 else "no",
            "lat": lat, "lon": lon, "alt": round(rng.uniform(360, 650), 1),
            "acc": round(rng.uniform(3, 20), 1),
            "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "validation": "validation_status_approved" if rng.random() < 0.3 else "",
            "delay": dt.timedelta(minutes=rng.uniform(10, 30 * 60)),
        }
        for name, type_ in self.extra:
            row[name] = (str(rng.randint(0, 50)) if type_ == "integer" else
                         rng.choice(["yes", "no"]) if type_.startswith("select") else
                         rng.choice(LAST_NAMES))
        return row, self.members(row)

    def household_point(self, area: Area, centre: tuple[float, float]) -> tuple[float, float]:
        """Scatter around the village centre (~500 m), kept inside the answered admin2 and admin1."""
        pool = self.point_pools.setdefault((area.pcode, centre), [])
        if len(pool) >= 60:  # benchmark sizes: reuse positions rather than test 100k points
            return self.rng.choice(pool)
        adm1 = self.admin1[area.adm1_pcode]
        while True:
            scatter = CITY_SCATTER if area.is_city else SCATTER
            lon = round(centre[0] + self.rng.gauss(0, scatter), 7)
            lat = round(centre[1] + self.rng.gauss(0, scatter), 7)
            p = point(lon, lat)
            if area.holds(p, HOUSEHOLD_MARGIN) and adm1.geom.Contains(p):
                pool.append((lon, lat))
                return lon, lat

    def members(self, row: dict) -> list[dict]:
        rng = self.rng
        if row["consent"] != "yes":
            return []
        out = []
        head_age = min(int(row["head_age"]), 75)
        spouse_sex = "male" if row["head_gender"] == "female" else "female"
        for i in range(min(int(row["hh_size"]) - 1, 8)):
            sex = rng.choice(["female", "male"])
            if i == 0 and rng.random() < 0.7:
                age, sex = max(16, head_age + rng.randint(-8, 4)), spouse_sex
            elif rng.random() < 0.85:
                age = rng.randint(0, min(17, head_age - 15))  # a child of the head
            else:
                age = rng.randint(18, 80)  # a parent, sibling or other relative
            school = (("yes" if rng.random() < 0.6 else "no") if 6 <= age <= 17 else "")
            out.append({"member_age": str(age), "member_sex": sex, "member_school": school})
        return out

    # ---------- faults
    def generate(self) -> tuple[list[dict], dict[str, list[dict]]]:
        rng = self.rng
        self.point_pools: dict = {}
        plan = self.plan()
        rows, members = [], {}
        for h in plan:
            row, roster = self.household(h)
            rows.append(row)
            members[row["uuid"]] = roster
        free = list(range(len(rows)))
        rng.shuffle(free)

        def take(count, where=lambda r: True):
            chosen = []
            for i in free:
                if len(chosen) == count:
                    break
                if where(rows[i]):
                    chosen.append(i)
            used = set(chosen)
            free[:] = [i for i in free if i not in used]
            return [rows[i] for i in chosen]

        for row in take(REFUSALS):
            self.refuse(row, members)
        # a burst: one device, one evening, 12 interviews "done" in a few minutes
        team = self.enumerators[rng.choice(sorted(ADMIN1_SHARES))]
        enum = team[0]
        burst = take(FAULT_COUNTS["device_burst"], lambda r: r["deviceid"] == enum["deviceid"])
        day = rng.choice(working_days())
        clock = dt.datetime.combine(day, dt.time(18, 40), TZ)
        for row in burst:
            row["start"] = clock + dt.timedelta(milliseconds=rng.randint(0, 999))
            row["end"] = row["start"] + dt.timedelta(minutes=rng.uniform(10, 20))
            row["delay"] = dt.timedelta(minutes=rng.uniform(40, 45))
            clock += dt.timedelta(seconds=rng.randint(15, 40))
            self.fault(row, "deviceid", "device_burst")
        self.plant_gps_faults(take)
        self.plant_value_faults(take)
        self.plant_time_faults(take)
        for pcode, typed in MISSPELLINGS.items():
            for row in take(1, lambda r, p=pcode: r["admin2"] == p):
                row["admin2_typed"] = typed
                self.fault(row, "admin2_typed", "admin_name_misspelled")
        rows = self.plant_duplicates(take, rows, members)
        return rows, members

    def fault(self, row: dict, field: str, code: str) -> None:
        self.faults.append((row["uuid"], field, code))

    def refuse(self, row: dict, members: dict) -> None:
        for key in ("respondent_name", "phone", "hh_size", "head_gender", "head_age",
                    "income_month", "arrival_date", "water_source", "latrine"):
            row[key] = ""
        row["consent"], row["water_problems"] = "no", None
        row["end"] = row["start"] + dt.timedelta(minutes=self.rng.uniform(6, 10))
        members[row["uuid"]] = []

    def plant_gps_faults(self, take) -> None:
        rng = self.rng
        for row in take(FAULT_COUNTS["gps_zero"]):
            row.update(lat=0.0, lon=0.0, alt=0.0, acc=0.0)
            self.fault(row, "location", "gps_zero")
        for row in take(FAULT_COUNTS["gps_swapped"]):
            row["lat"], row["lon"] = row["lon"], row["lat"]
            self.fault(row, "location", "gps_swapped")
        for row in take(FAULT_COUNTS["gps_missing"]):
            row.update(lat=None, lon=None, alt=None, acc=None)
            self.fault(row, "location", "gps_missing")
        surveyed = [a for a in self.admin2.values() if a.adm1_pcode in ADMIN1_SHARES]
        for lat, lon in OUTSIDE_POINTS[:FAULT_COUNTS["gps_outside_country"]]:
            lat = round(lat + rng.uniform(-0.01, 0.01), 7)
            lon = round(lon + rng.uniform(-0.01, 0.01), 7)
            p = point(lon, lat)
            km = min(a.geom.Distance(p) for a in self.admin1.values()) * 111
            assert km > OUTSIDE_MIN_KM and not any(a.geom.Intersects(p) for a in self.admin1.values())
            nearest = min(surveyed, key=lambda a: a.geom.Distance(p))
            for row in take(1, lambda r, code=nearest.pcode: r["admin2"] == code):
                row.update(lat=lat, lon=lon)
                self.fault(row, "location", "gps_outside_country")
        for row in take(FAULT_COUNTS["gps_low_precision"]):
            row["acc"] = round(rng.uniform(150, 2500), 1)
            self.fault(row, "location", "gps_low_precision")
        # half fall in a neighbouring sous-prefecture, half in a neighbouring prefecture
        neighbours: dict[tuple[str, bool], list[Area]] = {}

        def neighbours_of(pcode: str, same_adm1: bool) -> list[Area]:
            if (pcode, same_adm1) not in neighbours:
                answered = self.admin2[pcode]
                neighbours[(pcode, same_adm1)] = [
                    a for a in self.admin2.values() if a.pcode != pcode
                    and (a.adm1_pcode == answered.adm1_pcode) == same_adm1
                    and a.geom.Distance(answered.geom) < 0.05]
            return neighbours[(pcode, same_adm1)]

        for i in range(FAULT_COUNTS["gps_admin_mismatch"]):
            same_adm1 = i % 2 == 0
            for row in take(1, lambda r, s=same_adm1: bool(neighbours_of(r["admin2"], s))):
                target = rng.choice(neighbours_of(row["admin2"], same_adm1))
                row["lon"], row["lat"] = random_point_in(rng, target, HOUSEHOLD_MARGIN)
                self.fault(row, "location", "gps_admin_mismatch")

    def plant_value_faults(self, take) -> None:
        consenting = lambda r: r["consent"] == "yes"  # noqa: E731
        for row in take(FAULT_COUNTS["outlier_hh_size"], consenting):
            row["hh_size"] = 99
            self.fault(row, "hh_size", "outlier_hh_size")
        for row, age in zip(take(FAULT_COUNTS["outlier_head_age"], consenting), [150, 133]):
            row["head_age"] = age
            self.fault(row, "head_age", "outlier_head_age")
        for row in take(FAULT_COUNTS["outlier_income"], consenting):
            row["income_month"] = int(row["income_month"]) * 100
            self.fault(row, "income_month", "outlier_income")
        for row, text in zip(take(FAULT_COUNTS["other_answer"], consenting), OTHER_SOURCE_TEXTS):
            row["water_source"], row["water_source_other"] = "other", text
            self.fault(row, "water_source_other", "other_answer")

    def plant_time_faults(self, take) -> None:
        rng = self.rng
        for row in take(FAULT_COUNTS["duration_short"], lambda r: r["consent"] == "yes"):
            row["end"] = row["start"] + dt.timedelta(seconds=rng.randint(100, 280))
            self.fault(row, "end", "duration_short")
        for row in take(FAULT_COUNTS["duration_negative"]):
            row["end"] = row["start"] - dt.timedelta(minutes=rng.uniform(15, 40))
            row["delay"] = dt.timedelta(minutes=rng.uniform(60, 120))
            self.fault(row, "end", "duration_negative")
        for row in take(FAULT_COUNTS["duration_long"]):
            row["start"] = row["start"].replace(hour=7, minute=rng.randint(30, 59))
            row["end"] = row["start"] + dt.timedelta(hours=rng.uniform(3.3, 6))
            self.fault(row, "end", "duration_long")
        shifts = [PERIOD_START - dt.timedelta(days=5), PERIOD_START - dt.timedelta(days=4),
                  PERIOD_END + dt.timedelta(days=5)]  # pilot test days, then a late interview
        for row, day in zip(take(FAULT_COUNTS["outside_period"]), shifts):
            delta = dt.datetime.combine(day, dt.time(), TZ) - dt.datetime.combine(
                row["start"].date(), dt.time(), TZ)
            row["start"] += delta
            row["end"] += delta
            self.fault(row, "today", "outside_period")

    def plant_duplicates(self, take, rows: list[dict], members: dict) -> list[dict]:
        rng = self.rng
        exact, edited = take(2, lambda r: r["consent"] == "yes")
        copy = dict(exact, delay=exact["delay"] + dt.timedelta(hours=rng.uniform(20, 30)),
                    )
        self.fault(exact, "_uuid", "duplicate_uuid")
        changed = dict(edited, hh_size=int(edited["hh_size"]) + 2,
                       income_month=int(edited["income_month"]) + 5000, latrine="yes",
                       delay=edited["delay"] + dt.timedelta(hours=rng.uniform(2, 6)))
        self.fault(edited, "_uuid", "duplicate_uuid")
        copy["_members"] = members[exact["uuid"]]
        changed["_members"] = self.members(changed)
        return rows + [copy, changed]


def pick(rng: random.Random, weights: dict[str, int]) -> str:
    if id(weights) not in _CUMULATIVE:
        running = 0
        _CUMULATIVE[id(weights)] = (list(weights), [running := running + w for w in weights.values()])
    keys, cumulative = _CUMULATIVE[id(weights)]
    return keys[bisect.bisect(cumulative, rng.random() * cumulative[-1])]


_CUMULATIVE: dict[int, tuple[list[str], list[int]]] = {}


# --------------------------------------------------------------------------------------------
# Kobo export
# --------------------------------------------------------------------------------------------
META_COLUMNS = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
                "_submitted_by", "__version__", "_tags", "_index"]
PROBLEM_CODES = [p[0] for p in PROBLEMS]


def main_columns(extra: list[tuple[str, str]]) -> list[str]:
    columns = ["start", "end", "today", "deviceid"]
    columns += [f"identification/{n}" for n in ("enumerator", "admin1", "admin2", "admin2_typed",
                                                "village", "consent")]
    columns += [f"household/{n}" for n in ("respondent_name", "phone", "hh_size", "head_gender",
                                           "head_age", "income_month", "arrival_date",
                                           "water_source", "water_source_other",
                                           "water_problems")]
    columns += [f"household/water_problems/{c}" for c in PROBLEM_CODES]
    columns += ["household/latrine"]
    columns += [f"extra/{name}" for name, _ in extra]
    columns += ["location", "_location_latitude", "_location_longitude", "_location_altitude",
                "_location_precision"]
    return columns + META_COLUMNS


MEMBER_COLUMNS = ["members/member_age", "members/member_sex", "members/member_school", "_index",
                  "_parent_table_name", "_parent_index", "_submission__id", "_submission__uuid",
                  "_submission__submission_time", "_submission__validation_status",
                  "_submission__notes", "_submission__status", "_submission__submitted_by",
                  "_submission___version__", "_submission__tags"]


def number(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def export_rows(rows: list[dict], members: dict[str, list[dict]], extra, seed: int = SEED):
    """Order like Kobo (by _id, i.e. by arrival on the server) and flatten to export columns."""
    rng = FastRandom(seed + 1)
    for row in rows:
        row["submitted"] = max(row["start"], row["end"]) + row["delay"]
    rows = sorted(rows, key=lambda r: (r["submitted"], r["uuid"]))
    table, roster = [], []
    next_id = 412_570_000
    for index, row in enumerate(rows, start=1):
        next_id += rng.randint(1, 60)
        problems = row["water_problems"]
        has_gps = row["lat"] is not None
        geo = [number(row[k]) if has_gps else "" for k in ("lat", "lon", "alt", "acc")]
        sub_time = submission_time(row["submitted"])
        values = [kobo_datetime(row["start"]), kobo_datetime(row["end"]),
                  row["start"].date().isoformat(), row["deviceid"], row["enumerator"],
                  row["admin1"], row["admin2"], row["admin2_typed"], row["village"],
                  row["consent"], row["respondent_name"], row["phone"], str(row["hh_size"]),
                  row["head_gender"], str(row["head_age"]), str(row["income_month"]),
                  row["arrival_date"], row["water_source"], row["water_source_other"],
                  " ".join(problems) if problems else ""]
        values += [("1" if c in problems else "0") if problems else "" for c in PROBLEM_CODES]
        values += [row["latrine"]]
        values += [row[name] if row["consent"] == "yes" else "" for name, _ in extra]
        values += [" ".join(geo) if has_gps else ""] + geo
        values += [str(next_id), row["uuid"], sub_time, row["validation"], "",
                   "submitted_via_web", "", KOBO_VERSION, "", str(index)]
        table.append(values)
        parent = [SHEET_MAIN, str(index), str(next_id), row["uuid"], sub_time, row["validation"],
                  "", "submitted_via_web", "", KOBO_VERSION, ""]
        for member in row["_members"] if "_members" in row else members[row["uuid"]]:
            roster.append([member["member_age"], member["member_sex"], member["member_school"],
                           str(len(roster) + 1)] + parent)
    return table, roster


def write_kobo_csv(path: Path, columns: list[str], rows: list[list[str]]) -> None:
    """Kobo CSV (formpack's to_csv): ';' separator, every field in double quotes, UTF-8 with BOM,
    CRLF line ends."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_ALL)
        writer.writerow(columns)
        writer.writerows(rows)


def write_faults(path: Path, faults: list[tuple[str, str, str]], order: dict[str, int]) -> None:
    rows = sorted(faults, key=lambda f: (order[f[0]], f[2]))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["uuid", "field", "fault"])
        writer.writerows(rows)


def write_faults_md(path: Path, counts: dict[str, int], rows: int) -> None:
    """FAULTS.md is generated, so its counts always match faults.csv."""
    lines = [
        "# Planted faults in the sample survey",
        "",
        "Written by `generate_sample.py`; do not edit by hand. Every fault is listed in `faults.csv`",
        "(`uuid,field,fault`, one line per faulty submission; `field` is the bare question name).",
        f"Collection period: {PERIOD_START.isoformat()} to {PERIOD_END.isoformat()} "
        "(Monday to Saturday), UTC+01:00.",
        f"Each faulty submission carries exactly one fault; the other rows of the {rows} are clean.",
        "",
        "| fault | rows | field | what was planted |",
        "|---|---|---|---|",
    ]
    fields = {"duplicate_uuid": "_uuid", "other_answer": "water_source_other",
              "admin_name_misspelled": "admin2_typed", "device_burst": "deviceid",
              "outside_period": "today", "outlier_hh_size": "hh_size",
              "outlier_head_age": "head_age", "outlier_income": "income_month"}
    for code, description in FAULT_DESCRIPTIONS.items():
        field = fields.get(code, "end" if code.startswith("duration") else "location")
        lines.append(f"| `{code}` | {counts.get(code, 0)} | `{field}` | {description} |")
    lines += [
        "",
        "Not faults (a check must not flag them as faults):",
        "",
        f"- {REFUSALS} refusals (`consent` = `no`, 6-10 minutes): the household group, the",
        "  `water_problems` split columns and the member roster are empty, as the form's `relevant`",
        "  wants. Each gets one row of its own, `durations.no_consent` (remove_survey suggested): a",
        "  household that refused did not agree to its location or answers being kept or shared.",
        "- Empty `phone` (not required) and empty `water_source_other` when the source is not `other`.",
        "- `member_school` empty for members younger than 6 or older than 17 (`relevant`).",
        "- The roster lists the members other than the head, at most 8, so it has",
        "  min(`hh_size` - 1, 8) rows.",
        "- The exact re-sent duplicate has its own copy of the roster rows.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def generate(output: Path, rows: int = 420, extra_columns: int = 0,
             boundaries: Path | None = None, formats: tuple[str, ...] = ("csv", "xlsx"),
             copy_boundaries: bool = True, seed: int = SEED) -> dict[str, int]:
    """Write the whole dataset into output; return counts (rows, members, faults by code)."""
    if rows < MIN_ROWS:
        raise SystemExit(f"--rows must be at least {MIN_ROWS} (room for the planted faults)")
    source = boundaries_source(boundaries)
    output.mkdir(parents=True, exist_ok=True)
    admin1, admin2 = load_areas(source)
    generator = Generator(admin1, admin2, rows, extra_columns, seed)
    submissions, members = generator.generate()
    extra = generator.extra
    table, roster = export_rows(submissions, members, extra, seed)
    columns = main_columns(extra)
    write_xlsx(output / "household_survey_form.xlsx", build_form(admin1, admin2, extra_columns))
    if "csv" in formats:
        write_kobo_csv(output / "household_survey_kobo.csv", columns, table)
        write_kobo_csv(output / "household_survey_kobo_members.csv", MEMBER_COLUMNS, roster)
    if "xlsx" in formats:
        write_xlsx(output / "household_survey_kobo.xlsx",
                   {SHEET_MAIN: (columns, table), SHEET_MEMBERS: (MEMBER_COLUMNS, roster)})
    order = {}
    for i, values in enumerate(table):
        order.setdefault(values[columns.index("_uuid")], i)
    write_faults(output / "faults.csv", generator.faults, order)
    target = output / "admin_boundaries.gpkg"
    if copy_boundaries and source.resolve() != target.resolve():
        write_boundaries(source, target)
    counts: dict[str, int] = {"rows": len(table), "members": len(roster), "columns": len(columns)}
    for _, _, code in generator.faults:
        counts[code] = counts.get(code, 0) + 1
    expected = dict(FAULT_COUNTS, admin_name_misspelled=len(MISSPELLINGS))
    missing = {code: (counts.get(code, 0), n) for code, n in expected.items() if counts.get(code, 0) != n}
    if missing:  # a fault needs a row of its kind (one per misspelled sous-prefecture): none was left
        raise SystemExit(f"{rows} rows leave no suitable row for the planted faults {sorted(missing)}: "
                         "use more rows or another --seed")
    write_faults_md(output / "FAULTS.md", counts, len(table))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=420, help="number of submissions (default 420)")
    parser.add_argument("--extra-columns", type=int, default=0,
                        help="extra questions in group 'extra' (43 + K export columns)")
    parser.add_argument("--output", type=Path, default=HERE, help="folder to write (default: here)")
    parser.add_argument("--boundaries", type=Path, default=None,
                        help="CAR COD-AB GeoPackage (default: shared real data, else the bundled copy)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"random seed (default {SEED})")
    parser.add_argument("--formats", default=None,
                        help="comma list of csv,xlsx (default: both, csv only above 20000 rows)")
    args = parser.parse_args(argv)
    formats = tuple((args.formats or ("csv,xlsx" if args.rows <= 20000 else "csv")).split(","))
    counts = generate(args.output, args.rows, args.extra_columns, args.boundaries, formats,
                      seed=args.seed)
    print(", ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
