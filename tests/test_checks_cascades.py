# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks flags answers of cascading selects outside their cascade: an admin2 (sous-préfecture of the
Central African Republic) whose choice row names another admin1 than the one answered, as happens when the
enumerator changes admin1 after choosing admin2, or data is edited on the server. Filters that are not
``column=${question}`` equalities joined by 'and' are said in a note, not checked."""

from __future__ import annotations

import csv

import processing
from field_data import RecordingFeedback

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg
from tests.xlsform_files import write_form

CHANGED = "f734320c-6615-4c61-b54d-e854f8a733b6"  # the sample's first submission: CF11 Ombella-M'Poko, CF112 Damara
ALL_BUT_CASCADES = list(range(7))
# two préfectures and three of their sous-préfectures (OCHA P-codes), each admin2 naming its admin1
CHOICES = [
    ["list_name", "name", "label", "admin1"],
    ["admin1", "CF11", "Ombella-M'Poko", ""],
    ["admin1", "CF71", "Bangui", ""],
    ["admin2", "CF111", "Bimbo", "CF11"],
    ["admin2", "CF112", "Damara", "CF11"],
    ["admin2", "CF711", "Bangui", "CF71"],
]


def _run(tmp_path, name, layer, form, **settings):
    """(results, the log's cascade rows as (uuid, question, old value, explanation), the notes said)."""
    feedback = RecordingFeedback()
    target = tmp_path / f"{name}.gpkg"
    parameters = {"INPUT": str(layer), "FORM": str(form), "OUTPUT_GPKG": str(target), **settings}
    results = processing.run("cartong:runchecks", parameters, feedback=feedback)
    rows = [
        (e.uuid, e.question, e.old_value, e.explanation)
        for e in read_log_from_gpkg(target)
        if e.check_id == "cascades.parent"
    ]
    return results, rows, feedback.warnings


def _sample_with_admin1_changed(sample_dir, path):
    """The sample export where the first household's admin1 was changed to Bangui (CF71) after its admin2."""
    with open(sample_dir / "household_survey_kobo.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    uuid, admin1 = header.index("_uuid"), header.index("identification/admin1")
    changed = [row for row in rows[1:] if row[uuid] == CHANGED]
    assert len(changed) == 1 and changed[0][admin1] == "CF11"
    changed[0][admin1] = "CF71"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL).writerows(rows)
    return path


def test_an_admin2_of_another_admin1_is_flagged_in_a_raw_export_and_in_the_imported_survey(
    cartong_provider, tmp_path, sample_dir
):
    from cartong_plugin.core.survey.importer import import_survey

    form = sample_dir / "household_survey_form.xlsx"  # admin2's choice_filter: admin1=${admin1}
    raw = _sample_with_admin1_changed(sample_dir, tmp_path / "household_survey_kobo.csv")
    gpkg = tmp_path / "survey.gpkg"
    import_survey(raw, form, gpkg)
    expected = [
        (CHANGED, "admin2", "CF112", "admin2 'CF112' belongs to admin1 'CF11', but admin1 is 'CF71'."),
    ]
    for name, layer in (("raw", raw), ("imported", f"{gpkg}|layername=survey")):
        results, rows, _notes = _run(tmp_path, name, layer, form)  # the checks run by default
        assert rows == expected, name  # the 419 consistent households are not flagged
        assert results["CASCADES"] == 1


def _small_form(path):
    """A CAR form with four cascades from admin1: one filter written the other way round, one on a
    select_multiple, one with an 'or' and one with a function (neither read)."""
    survey = [
        ["type", "name", "label", "choice_filter"],
        ["select_one admin1", "admin1", "Préfecture", ""],
        ["select_one admin2", "admin2", "Sous-préfecture", "${admin1} = admin1"],
        ["select_multiple admin2", "markets", "Sous-préfectures of the markets used", "admin1 = ${admin1}"],
        ["select_one admin2", "admin2_work", "Sous-préfecture of work", "admin1=${admin1} or admin1='CF71'"],
        [
            "select_one admin2",
            "school",
            "Sous-préfecture of the school",
            "admin1=${admin1} and selected(${markets}, name)",
        ],
    ]
    return write_form(path, survey, CHOICES, [["form_id"], ["cascade_car"]])


def test_each_cascade_of_a_form_is_checked_and_a_filter_it_cannot_read_is_said(cartong_provider, tmp_path):
    form = _small_form(tmp_path / "form.xlsx")
    data = tmp_path / "export.csv"
    data.write_text(
        "admin1,admin2,markets,admin2_work,school,_uuid\n"
        "CF11,CF111,CF111 CF112,CF711,CF111,u1\n"  # consistent, but for the filters that are not read
        "CF71,CF112,CF711,CF111,CF111,u2\n"  # admin1 changed after admin2
        "CF11,,CF111 CF711,,,u3\n"  # one of the markets in Bangui; no admin2 yet
        ",CF111,CF711,,,u4\n",  # no admin1: nothing to compare with
        encoding="utf-8",
    )
    results, rows, notes = _run(tmp_path, "small", data, form)
    assert rows == [
        ("u2", "admin2", "CF112", "admin2 'CF112' belongs to admin1 'CF11', but admin1 is 'CF71'."),
        ("u3", "markets", "CF111 CF711", "markets 'CF711' belongs to admin1 'CF71', but admin1 is 'CF11'."),
    ]
    assert results["CASCADES"] == 2
    said = [n for n in notes if "choice_filter" in n]
    assert said == [
        "admin2_work was not checked against its choice_filter 'admin1=${admin1} or admin1='CF71'': only "
        "filters of column=${question} equalities joined by 'and' are read. Check its answers by hand.",
        "school was not checked against its choice_filter 'admin1=${admin1} and selected(${markets}, name)': only "
        "filters of column=${question} equalities joined by 'and' are read. Check its answers by hand.",
    ]


def test_a_second_question_of_the_same_name_is_checked_under_the_name_its_table_gives_it(cartong_provider, tmp_path):
    """Where the household lives and where it comes from: two groups, each with a question 'admin2'. The
    imported survey names the second column origin_admin2; the raw export's origin/admin2 is checked under
    that name too (question_columns.shared_name_columns), so that one log applies to both."""
    from cartong_plugin.core.survey.importer import import_survey

    survey = [
        ["type", "name", "label", "choice_filter"],
        ["begin group", "current", "Where you live", ""],
        ["select_one admin1", "admin1", "Préfecture", ""],
        ["select_one admin2", "admin2", "Sous-préfecture", "admin1=${admin1}"],
        ["end group", "", "", ""],
        ["begin group", "origin", "Where you come from", ""],
        ["select_one admin1", "admin1_origin", "Préfecture", ""],
        ["select_one admin2", "admin2", "Sous-préfecture", "admin1=${admin1_origin}"],
        ["end group", "", "", ""],
    ]
    form = write_form(tmp_path / "form.xlsx", survey, CHOICES, [["form_id"], ["displaced"]])
    raw = tmp_path / "export.csv"
    raw.write_text(
        "current/admin1,current/admin2,origin/admin1_origin,origin/admin2,_uuid\n"
        "CF71,CF711,CF11,CF111,u1\n"
        "CF71,CF711,CF71,CF111,u2\n",  # came from Bangui, but from a sous-préfecture of Ombella-M'Poko
        encoding="utf-8",
    )
    gpkg = tmp_path / "survey.gpkg"
    import_survey(raw, form, gpkg)
    sentence = "{q} 'CF111' belongs to admin1_origin 'CF11', but admin1_origin is 'CF71'."
    for name, layer, question in (
        ("raw", raw, "origin_admin2"),
        ("imported", f"{gpkg}|layername=survey", "origin_admin2"),
    ):
        _results, rows, _notes = _run(tmp_path, name, layer, form)
        assert rows == [("u2", question, "CF111", sentence.format(q=question))], name


def test_the_bundled_sample_has_no_answer_outside_its_cascade_and_keeps_its_other_findings(
    cartong_provider, tmp_path, sample_dir
):
    form = sample_dir / "household_survey_form.xlsx"
    layer = sample_dir / "household_survey_kobo.csv"
    settings = {"ADMIN": f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2", "PERIOD_START": "2026-03-02"}
    every, rows, notes = _run(tmp_path, "every", layer, form, **settings)
    before, _, _ = _run(tmp_path, "before", layer, form, CHECKS=ALL_BUT_CASCADES, **settings)
    assert rows == [] and every["CASCADES"] == 0
    assert not [n for n in notes if "choice_filter" in n]
    for key in ("DUPLICATES", "MISSING", "OUTLIERS", "GPS", "DURATIONS", "OTHER_ANSWERS", "ADMIN_NAMES"):
        assert every[key] == before[key], key
    assert every["ENTRIES"] == before["ENTRIES"] > 0


def _form_with_unreadable_parents(path):
    """Cascades from admin1 whose filter reads right but cannot be checked on the export: a parent in the
    repeat 'visits' (its answers are in another table), a filter column written 'Admin1' where the choices
    sheet has 'admin1', a question the form does not have, one two groups have."""
    survey = [
        ["type", "name", "label", "choice_filter"],
        ["select_one admin1", "admin1", "Préfecture", ""],
        ["select_one admin2", "admin2", "Sous-préfecture", "admin1=${admin1}"],
        ["begin_repeat", "visits", "Visits", ""],
        ["select_one admin1", "v_admin1", "Préfecture visited", ""],
        ["end_repeat", "", "", ""],
        ["select_one admin2", "admin2_visit", "Sous-préfecture of the last visit", "admin1=${v_admin1}"],
        ["select_one admin2", "admin2_case", "Sous-préfecture of work", "Admin1=${admin1}"],
        ["select_one admin2", "admin2_ghost", "Sous-préfecture of birth", "admin1=${admin1_birth}"],
        ["begin group", "mother", "Mother", ""],
        ["select_one admin1", "origin", "Préfecture of origin", ""],
        ["end group", "", "", ""],
        ["begin group", "father", "Father", ""],
        ["select_one admin1", "origin", "Préfecture of origin", ""],
        ["end group", "", "", ""],
        ["select_one admin2", "admin2_origin", "Sous-préfecture of origin", "admin1=${origin}"],
    ]
    return write_form(path, survey, CHOICES, [["form_id"], ["cascade_car"]])


def test_a_cascade_that_cannot_be_checked_on_the_export_is_said_with_its_reason(cartong_provider, tmp_path):
    form = _form_with_unreadable_parents(tmp_path / "form.xlsx")
    columns = "admin2_visit,admin2_case,admin2_ghost,mother/origin,father/origin,admin2_origin,_uuid"
    answers = "CF111,CF111,CF111,CF11,CF11,CF111,u1"
    data = tmp_path / "export.csv"  # every parent exported: admin2 CF111 under Bangui is flagged
    data.write_text(f"admin1,admin2,{columns}\nCF71,CF111,{answers}\n", encoding="utf-8")
    unticked = tmp_path / "no_admin1.csv"  # admin1 left out of the export ("Select questions to be exported")
    unticked.write_text(f"admin2,{columns}\nCF111,{answers}\n", encoding="utf-8")
    sentence = "{q} was not checked against its choice_filter '{f}': {reason}. Check its answers by hand."
    notes = [
        sentence.format(
            q="admin2_visit",
            f="admin1=${v_admin1}",
            reason="the question v_admin1 it names is in the repeat group visits",
        ),
        sentence.format(
            q="admin2_case",
            f="Admin1=${admin1}",
            reason="no choice of the list admin2 has a value in a column Admin1 of the choices sheet",
        ),
        sentence.format(q="admin2_ghost", f="admin1=${admin1_birth}", reason="the form has no question admin1_birth"),
        sentence.format(q="admin2_origin", f="admin1=${origin}", reason="the form has several questions origin"),
    ]

    results, rows, said = _run(tmp_path, "every_parent", data, form)
    assert rows == [("u1", "admin2", "CF111", "admin2 'CF111' belongs to admin1 'CF11', but admin1 is 'CF71'.")]
    assert results["CASCADES"] == 1
    assert [n for n in said if "choice_filter" in n] == notes

    results, rows, said = _run(tmp_path, "unticked", unticked, form)
    assert rows == [] and results["CASCADES"] == 0
    unchecked = sentence.format(
        q="admin2", f="admin1=${admin1}", reason="the question admin1 it names has no column in the layer"
    )
    assert [n for n in said if "choice_filter" in n] == [unchecked, *notes]
