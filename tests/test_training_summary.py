# SPDX-License-Identifier: GPL-3.0-or-later
"""The session summary for the trainer: minutes counted from the last reset, and an Arabic summary that
reads right to left (HTML ``dir="rtl"``, Markdown in a right-to-left block) with its paths kept whole."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from cartong_plugin.core.base.i18n import LEFT_TO_RIGHT_ISOLATE, POP_ISOLATE
from cartong_plugin.core.learning.training import TrainingSession
from tests.test_training import _survey_geopackage, plugin_language  # noqa: F401  (plugin_language: the fixture)


@pytest.fixture()
def session(tmp_path, sample_dir, qgis_app) -> TrainingSession:
    return TrainingSession.start(tmp_path / "training", sample=sample_dir)


def _at(session: TrainingSession, minutes: int) -> dt.datetime:
    return dt.datetime.fromisoformat(session.state["started"]) + dt.timedelta(minutes=minutes)


def _reset_at(session: TrainingSession, minutes: int) -> None:
    session.reset()
    session.state["events"][-1]["time"] = _at(session, minutes).isoformat()
    session.save()


def test_minutes_are_counted_from_the_last_reset(session, tmp_path):
    _survey_geopackage(session)
    session.evaluate(now=_at(session, 5))
    _reset_at(session, 90)
    _survey_geopackage(session)
    session.evaluate(now=_at(session, 95))
    markdown = session.export_summary(tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "| Step | Done at | Minutes since the last reset |" in markdown
    row = next(line for line in markdown.splitlines() if "✔ Import data/household_survey_kobo.csv" in line)
    assert row.endswith("| 5 |"), row
    page = session.export_summary(tmp_path / "summary.html").read_text(encoding="utf-8")
    assert "<th>Minutes since the last reset</th>" in page and "<td>5</td>" in page and "<td>95</td>" not in page


def test_without_a_reset_minutes_are_counted_from_the_start(session, tmp_path):
    _survey_geopackage(session)
    session.evaluate(now=_at(session, 12))
    markdown = session.export_summary(tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "| Step | Done at | Minutes since start |" in markdown and "| 12 |" in markdown


def test_the_arabic_summary_reads_right_to_left_with_its_paths_whole(session, tmp_path, plugin_language):  # noqa: F811
    plugin_language("ar")
    _survey_geopackage(session)
    session.evaluate(now=_at(session, 5))
    page = session.export_summary(tmp_path / "summary_ar.html", language="ar").read_text(encoding="utf-8")
    assert re.search(r'<html lang="ar" dir="rtl">', page)
    assert "<h1>ملخص جلسة التدريب</h1>" in page
    assert f'<span dir="ltr">{session.folder}</span>' in page
    assert 'استورد <span dir="ltr">data/household_survey_kobo.csv</span> مع نموذجه' in page
    markdown = session.export_summary(tmp_path / "summary_ar.md", language="ar").read_text(encoding="utf-8")
    lines = markdown.splitlines()
    assert lines[0] == '<div dir="rtl" lang="ar">' and lines[1] == "" and lines[2] == "# ملخص جلسة التدريب"
    assert lines[-1] == "</div>"
    isolated = f"{LEFT_TO_RIGHT_ISOLATE}outputs/survey.gpkg{POP_ISOLATE}"
    assert any(line.startswith("| ✔ استورد") and isolated in line for line in lines)
    assert f"{LEFT_TO_RIGHT_ISOLATE}{session.folder}{POP_ISOLATE}" in markdown


def test_a_left_to_right_summary_says_its_language(session, tmp_path):
    page = session.export_summary(tmp_path / "summary.html", language="fr").read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr">' in page and LEFT_TO_RIGHT_ISOLATE not in page
