#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Second benchmark file: a Kobo-style WASH export (comma CSV) and its XLSForm, deterministic (seeded).

Unlike the sample generator's household survey, it uses other group prefixes (intro/, hh_roster/,
wash/, wash/hygiene/, livelihoods/), a geopoint inside a group, long and accented names, and other
types: decimal, integer, date, datetime, select_one, select_multiple with its 0/1 columns, calculate,
free text holding commas, quotes and newlines. About 50 columns.
Usage: generate_wash.py --rows 5000 --output FOLDER [--seed 20]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import random
import sys
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CSV_NAME, FORM_NAME = "wash_kobo.csv", "wash_form.xlsx"
LONG = "main_source_of_income_of_the_household_during_the_last_thirty_days_before_the_interview"
LOCALITIES = [("bangui_centre", "Bangui centre"), ("bégoua", "Bégoua"), ("bimbo", "Bimbo"), ("mbaïki", "Mbaïki")]
SOURCES = [("tap", "Tap"), ("borehole", "Borehole"), ("protected_well", "Protected well"), ("river", "River")]
TREATMENTS = ["boil", "chlorine", "filter", "sun", "none"]
INCOMES = [("farming", "Farming"), ("trade", "Petty trade"), ("casual_labour", "Casual labour"), ("aid", "Aid")]
ASSETS = ["radio", "phone", "bicycle", "motorbike", "livestock", "solar_panel"]
COMMENTS = [
    'Water point broken, "again", since March',
    "Queue at the borehole,\nabout two hours",
    "Chef de quartier: « pas d'eau » ; famille déplacée",
    "",
    "ok",
]

# (type, name, English label, calculation); group rows carry the group name
FORM = [
    ("start", "start", "", ""),
    ("end", "end", "", ""),
    ("today", "today", "", ""),
    ("deviceid", "deviceid", "", ""),
    ("begin_group", "intro", "Introduction", ""),
    ("text", "enumerator_name", "Enumerator", ""),
    ("dateTime", "interview_datetime", "Interview date and time", ""),
    ("select_one localities", "localité", "Localité", ""),
    ("select_one yn", "consent", "Consent", ""),
    ("geopoint", "gps_point", "Household location", ""),
    ("end_group", "", "", ""),
    ("begin_group", "hh_roster", "Household roster", ""),
    ("integer", "hh_members", "Household members", ""),
    ("integer", "hh_children_under5", "Children under 5", ""),
    ("date", "head_birthdate", "Birth date of the head", ""),
    ("decimal", "head_weight_kg", "Weight of the head (kg)", ""),
    ("calculate", "dependency_ratio", "", "${hh_children_under5} div ${hh_members}"),
    ("end_group", "", "", ""),
    ("begin_group", "wash", "Water, sanitation, hygiene", ""),
    ("select_one sources", "water_source", "Main water source", ""),
    ("select_multiple treatments", "water_treatment", "Water treatment", ""),
    ("decimal", "litres_per_day", "Litres per day", ""),
    ("begin_group", "hygiene", "Hygiene", ""),
    ("select_one yn", "soap_seen", "Soap seen", ""),
    ("integer", "handwash_times", "Hand washes yesterday", ""),
    ("end_group", "", "", ""),
    ("text", "comments", "Comments", ""),
    ("end_group", "", "", ""),
    ("begin_group", "livelihoods", "Livelihoods", ""),
    ("select_one incomes", LONG, "Main source of income (30 days)", ""),
    ("decimal", "income_usd", "Income (USD)", ""),
    ("select_one yn", "debt", "In debt", ""),
    ("select_multiple assets", "assets", "Assets", ""),
    ("date", "last_payment_date", "Last payment", ""),
    ("end_group", "", "", ""),
]
KOBO_META = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by"]
KOBO_META += ["__version__", "_tags", "_index"]
CHOICES = {
    "yn": [("yes", "Yes"), ("no", "No")],
    "localities": LOCALITIES,
    "sources": SOURCES,
    "treatments": [(t, t.capitalize()) for t in TREATMENTS],
    "incomes": INCOMES,
    "assets": [(a, a.replace("_", " ").capitalize()) for a in ASSETS],
}


def _write_xlsx():
    spec = importlib.util.spec_from_file_location("generate_sample", REPO / "resources/sample/generate_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_xlsx


def columns() -> list[str]:
    """The export's header, as Kobo writes it: group paths, 0/1 columns after each select_multiple."""
    header, groups = [], []
    for type_, name, _label, _calc in FORM:
        if type_ == "begin_group":
            groups.append(name)
        elif type_ == "end_group":
            groups.pop()
        else:
            path = "/".join([*groups, name])
            header.append(path)
            if type_.startswith("select_multiple"):
                header += [f"{path}/{code}" for code, _ in CHOICES[type_.split()[1]]]
            if type_ == "geopoint":
                header += [f"_{name}_{part}" for part in ("latitude", "longitude", "altitude", "precision")]
    return header + KOBO_META


def form_sheets() -> dict:
    survey = [[t, n, lab, lab, calc] for t, n, lab, calc in FORM]
    choices = [[lst, code, lab, lab] for lst, items in CHOICES.items() for code, lab in items]
    return {
        "survey": (["type", "name", "label::English (en)", "label::Français (fr)", "calculation"], survey),
        "choices": (["list_name", "name", "label::English (en)", "label::Français (fr)"], choices),
        "settings": (
            ["form_title", "form_id", "version", "default_language"],
            [["WASH", "wash_bench", "3", "English (en)"]],
        ),
    }


def _multiple(rng: random.Random, codes: list[str]) -> list[str]:
    return sorted(rng.sample(codes, rng.randint(1, 3)), key=codes.index)


def submission(rng: random.Random, index: int) -> list[str]:
    start = dt.datetime(2026, 3, 1, 7, tzinfo=dt.timezone(dt.timedelta(hours=1))) + dt.timedelta(
        days=rng.randint(0, 40), minutes=rng.randint(0, 600)
    )
    end = start + dt.timedelta(minutes=rng.randint(15, 70), seconds=rng.randint(0, 59))
    members = rng.randint(1, 12)
    children = rng.randint(0, min(members, 4))
    treatment = _multiple(rng, TREATMENTS)
    assets = _multiple(rng, ASSETS) if rng.random() < 0.8 else []
    lat, lon = 4.3 + rng.random() * 0.5, 18.4 + rng.random() * 0.5
    located = rng.random() < 0.95
    debt = rng.choice(["yes", "no"])
    row = [
        start.isoformat(timespec="milliseconds"),
        end.isoformat(timespec="milliseconds"),
        start.date().isoformat(),
        f"collect:{rng.getrandbits(48):012x}",
        rng.choice(["Aïcha Ngaïkoumon", "Jean-Pierre Dologuélé", "Marie O'Neil"]),
        (start + dt.timedelta(minutes=2)).isoformat(timespec="milliseconds"),
        rng.choice(LOCALITIES)[0],
        "yes",
        f"{lat:.7f} {lon:.7f} {rng.uniform(350, 450):.1f} {rng.uniform(3, 25):.1f}" if located else "",
        *(
            [f"{lat:.7f}", f"{lon:.7f}", f"{rng.uniform(350, 450):.1f}", f"{rng.uniform(3, 25):.1f}"]
            if located
            else [""] * 4
        ),
        str(members),
        str(children),
        dt.date(1950 + rng.randint(0, 55), rng.randint(1, 12), rng.randint(1, 28)).isoformat(),
        f"{rng.uniform(40, 95):.1f}",
        f"{children / members:.4f}".rstrip("0").rstrip("."),
        rng.choice(SOURCES)[0],
        " ".join(treatment),
        *("1" if code in treatment else "0" for code in TREATMENTS),
        f"{rng.uniform(5, 120):.2f}",
        rng.choice(["yes", "no"]),
        str(rng.randint(0, 12)),
        rng.choice(COMMENTS),
        rng.choice(INCOMES)[0],
        f"{rng.uniform(0, 400):.2f}",
        debt,
        " ".join(assets),
        *("1" if code in assets else "0" for code in ASSETS),
        (start.date() - dt.timedelta(days=rng.randint(1, 90))).isoformat() if debt == "yes" else "",
        str(500_000_000 + index),
        str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        (end + dt.timedelta(hours=rng.randint(1, 30))).astimezone(dt.timezone.utc).isoformat(timespec="seconds")[:19],
        "",
        "",
        "submitted_via_web",
        "",
        "vWashBench3",
        "",
        str(index),
    ]
    return row


def generate(rows: int, output: Path, seed: int = 20) -> tuple[Path, Path]:
    """Write wash_kobo.csv (rows submissions) and wash_form.xlsx into output; return both paths."""
    output.mkdir(parents=True, exist_ok=True)
    _write_xlsx()(output / FORM_NAME, form_sheets())
    header = columns()
    rng = random.Random(seed)
    with (output / CSV_NAME).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        for index in range(1, rows + 1):
            row = submission(rng, index)
            assert len(row) == len(header)
            writer.writerow(row)
    return output / CSV_NAME, output / FORM_NAME


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args(argv)
    generate(args.rows, args.output, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
