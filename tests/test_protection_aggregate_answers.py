# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportforsharing counting by admin area (LOCATION_MODE=2) publishes no answer that names someone.

Each answer of CATEGORY_FIELD becomes a column name of the shared file: a name or free-text column is
refused, and an answer given fewer than k times is counted with the other rare ones, unnamed, so neither
its name nor its one hidden cell (the area of the few who gave it) is published.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException

from tests.protection_data import import_for_sharing, share, table_columns, write_semicolon_csv


@pytest.fixture(scope="module")
def sample_gpkg(qgis_app, sample_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    return import_for_sharing(
        sample_dir / "household_survey_kobo.csv", folder / "hs.gpkg", sample_dir / "household_survey_form.xlsx"
    )


@pytest.mark.parametrize(
    ("column", "sentence"),
    [("respondent_name", "personal data at high risk"), ("water_source_other", "holds free text")],
)
def test_a_name_or_free_text_question_is_refused_as_the_answers_counted(
    cartong_provider, sample_gpkg, tmp_path, column, sentence
):
    output = tmp_path / "counts.gpkg"
    with pytest.raises(QgsProcessingException, match=sentence):
        share(sample_gpkg, output, LOCATION_MODE=2, CATEGORY_FIELD=column)
    assert not output.exists() and not list(tmp_path.iterdir())


def _survey(tmp_path, answers: list[str]):
    """A survey without a form: one submission per answer, in two areas."""
    header = ["admin2", "source", "_uuid"]
    rows = [[("CF111", "CF112")[i % 2], answer, f"uuid-{i}"] for i, answer in enumerate(answers)]
    return import_for_sharing(write_semicolon_csv(tmp_path / "s.csv", header, rows), tmp_path / "s.gpkg")


def test_answers_given_fewer_than_k_times_are_counted_together_unnamed(cartong_provider, tmp_path):
    answers = ["forage"] * 12 + ["puits"] * 10 + ["chez Kossi Ngaba"] + ["riviere_Mbali"] * 2
    gpkg = _survey(tmp_path, answers)
    output = tmp_path / "counts.gpkg"
    result = share(gpkg, output, LOCATION_MODE=2, CATEGORY_FIELD="source", K=5)
    columns = table_columns(output, "shared_counts")
    assert columns[columns.index("total") + 1 :] == ["n_forage", "n_puits", "n_rare_answers"]
    with closing(sqlite3.connect(output)) as db:
        protection = "\n".join(str(v) for row in db.execute("SELECT * FROM cartong_protection") for v in row)
        rare = db.execute("SELECT sum(n_rare_answers) FROM shared_counts").fetchone()[0]
    assert "Kossi" not in protection and "Mbali" not in protection and b"Kossi" not in output.read_bytes()
    assert rare is None or rare == 3  # 3 rare answers in all: hidden (fewer than k) or exact, never split by name
    readme = open(result["README"], encoding="utf-8").read()
    assert "2 answers of source given fewer than 5 times in the whole file are counted together" in readme


def test_a_question_with_dozens_of_different_answers_is_refused(cartong_provider, tmp_path):
    gpkg = _survey(tmp_path, [f"famille {i} {i * 7}" for i in range(45)] * 5)
    output = tmp_path / "counts.csv"
    with pytest.raises(QgsProcessingException, match="has 45 different answers"):
        share(gpkg, output, LOCATION_MODE=2, CATEGORY_FIELD="source")
    assert not output.exists()


def test_a_coded_question_is_still_counted_by_answer(cartong_provider, sample_gpkg, tmp_path):
    output = tmp_path / "counts.csv"
    share(sample_gpkg, output, LOCATION_MODE=2, CATEGORY_FIELD="water_source")
    header = output.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[:2] == ["area_code", "total"] and "n_borehole" in header
