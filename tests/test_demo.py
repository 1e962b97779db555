# SPDX-License-Identifier: GPL-3.0-or-later
"""The main job end to end on the bundled sample: what `make demo` runs."""

from __future__ import annotations

import csv
import subprocess
import unicodedata
from pathlib import Path

from osgeo import ogr

from cartong_plugin.demo import run_demo


def _pdf(path, *command):
    """Run a poppler tool on the PDF and return what it printed."""
    return subprocess.run([*command, str(path)], capture_output=True, text=True, check=True).stdout


def _pdf_text(path):
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())  # "ﬃ" ligatures -> "ffi"


def test_demo_writes_a_one_page_a4_landscape_map_with_its_texts(tmp_path, cartong_provider, sample_dir):
    done = run_demo(tmp_path, log=lambda _msg: None)

    info = _pdf(done["pdf"], "pdfinfo")
    assert "Pages:           1" in info
    assert "842 x 595 pts (A4)" in info  # landscape: wider than tall
    text = _pdf_text(done["pdf"])
    assert "Household WASH survey, Central African Republic" in text
    assert "do not imply official endorsement" in text
    assert "Legend" in text and "km" in text


def test_demo_keeps_the_raw_table_exactly_as_received(tmp_path, cartong_provider, sample_dir):
    done = run_demo(tmp_path, log=lambda _msg: None)

    with open(sample_dir / "household_survey_kobo.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, body = rows[0], rows[1:]
    dataset = ogr.Open(str(done["gpkg"]))
    raw = dataset.GetLayerByName("raw_survey")
    definition = raw.GetLayerDefn()
    assert [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())] == header
    stored = [[feature.GetField(i) or "" for i in range(definition.GetFieldCount())] for feature in raw]
    assert stored == body
    counts = dataset.GetLayerByName("submissions_by_admin2")
    total = sum(feature.GetField("submissions") for feature in counts)
    located = dataset.GetLayerByName("survey")
    assert 0 < total <= located.GetFeatureCount()


def test_demo_in_french_writes_french_map_texts(tmp_path, cartong_provider):
    done = run_demo(tmp_path, language="fr", log=lambda _msg: None)

    text = _pdf_text(done["pdf"])
    assert "Enquête ménages EHA, République centrafricaine" in text
    assert "Légende" in text and "Sources" in text
    assert "do not imply official endorsement" not in text  # the disclaimer is in French too


def test_demo_runs_with_a_relative_output_folder(tmp_path, monkeypatch, cartong_provider):
    """`make demo` passes `out/`: every step must cope with relative paths."""
    monkeypatch.chdir(tmp_path)
    done = run_demo(Path("out"), log=lambda _msg: None)
    assert (tmp_path / "out" / "household_survey_map.pdf").stat().st_size > 0
    assert Path(done["gpkg"]) == Path("out") / "household_survey.gpkg"


def test_make_demo_writes_only_into_its_output_folder(tmp_path):
    """`make demo` as a user runs it: nothing in the home folder (no 'Unknown Organization' settings, no
    QGIS profile or cache) and nothing in the current folder, only the GeoPackage and the PDF."""
    import os
    import sys

    home, here, out = tmp_path / "home", tmp_path / "here", tmp_path / "out"
    home.mkdir()
    here.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), PYTHONPATH=str(Path(__file__).resolve().parents[1]), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "cartong_plugin.demo", "--output", str(out)],
        cwd=here,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Map: {out / 'household_survey_map.pdf'}" in done.stdout  # said before QGIS exits
    assert sorted(p.name for p in out.iterdir()) == ["household_survey.gpkg", "household_survey_map.pdf"]
    assert [str(p.relative_to(home)) for p in home.rglob("*")] == []
    assert list(here.iterdir()) == []
