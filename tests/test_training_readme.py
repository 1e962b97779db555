# SPDX-License-Identifier: GPL-3.0-or-later
"""The participant's copy of the sample README (``data/README.md`` of a training folder) does not point to
the answer key (FAULTS.md, faults.csv) nor tell how many faults of each kind there are; the trainer's copy
in the plugin keeps it all, and Reset restores the participant's copy."""

from __future__ import annotations

from cartong_plugin.core.learning.training import TrainingSession, participants_readme

ANSWERS = ("FAULTS.md", "faults.csv", "answer key", "418 interviews", "re-sent duplicates", "generate_sample")


def test_the_participants_readme_has_no_answer_key(tmp_path, sample_dir, qgis_app):
    session = TrainingSession.start(tmp_path / "training", sample=sample_dir)
    readme = (session.data_dir / "README.md").read_text(encoding="utf-8")
    assert [word for word in ANSWERS if word in readme] == []
    assert "Doublons" not in readme and "doublons" not in readme  # the French list of fault families
    assert "trainer" not in readme and "formateur" not in readme
    # what participants need stays: every file they have, the numbers, the French section
    for name in ("household_survey_form.xlsx", "household_survey_kobo.csv", "admin_boundaries.gpkg"):
        assert f"`{name}`" in readme
    assert "Numbers: 420 submissions" in readme and "## En français" in readme
    trainers = (sample_dir / "README.md").read_text(encoding="utf-8")
    assert all(word in trainers for word in ANSWERS)  # the plugin's copy keeps the key
    (session.data_dir / "README.md").write_text("edited", encoding="utf-8")
    session.reset()
    assert (session.data_dir / "README.md").read_text(encoding="utf-8") == readme


def test_a_trainers_section_ends_at_the_next_heading_of_its_level():
    text = (
        "# Data\nfor all\n## For the trainer <!-- trainer -->\nkey\n### Details\nmore key\n"
        "#adm1+name is HXL, no heading\n## Français\npour tous\n### Formateur <!-- trainer -->\nclé\n"
    )
    assert participants_readme(text) == "# Data\nfor all\n## Français\npour tous\n"
