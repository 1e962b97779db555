# SPDX-License-Identifier: GPL-3.0-or-later
"""Every question and choice list of real public XLSForms is read (tests/data/real, see its SOURCES.md).

The expected questions and lists come from an independent reading of the sheets in the test: GDAL
opens the workbook directly and the rows are counted with the rules of the XLSForm spec, without
the toolkit's reader.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from xlsform_files import write_form

from cartong_plugin.core.survey.xlsform import read_xlsform

REAL = Path(__file__).parent / "data" / "real"
FORMS = [
    "impact-initiatives+cleaningtools/data-raw/form.xlsx",
    "XLSForm+pyxform/tests/example_xls/xlsform_spec_test.xlsx",
    "XLSForm+pyxform/tests/bug_example_xls/UCL_Biomass_Plot_Form.xlsx",
    "ropensci+ruODK/inst/extdata/I8n_lang_choicefilter.xlsx",
    "ropensci+ruODK/derived/I8n_lang_choicefilter.xls",
]
KOBO = [
    "kobotoolbox+formpack/tests/fixtures/grouped_translated/v1.json",
    "kobotoolbox+formpack/tests/fixtures/nested_grouped_repeatable/v1.json",
]
_CONTROL = re.compile(r"^(begin|end)[ _]", re.IGNORECASE)


def _sheet(path: Path, name: str) -> list[dict[str, str]]:
    """The rows of one sheet as {header: text}, read with GDAL alone (its warnings, such as the "gap
    with previous valid row" of a sheet formatted down to row 1048575, stay warnings whatever
    exception mode an earlier test left GDAL in)."""
    from cartong_plugin.core.base.gdal_errors import gdal_exceptions

    with gdal_exceptions(False):
        return _sheet_rows(path, name)


def _sheet_rows(path: Path, name: str) -> list[dict[str, str]]:
    from osgeo import gdal

    if path.suffix == ".xls":
        gdal.SetConfigOption("OGR_XLS_HEADERS", "FORCE")
        gdal.SetConfigOption("OGR_XLS_FIELD_TYPES", "STRING")
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
        gdal.SetConfigOption("OGR_XLS_HEADERS", None)
        gdal.SetConfigOption("OGR_XLS_FIELD_TYPES", None)
    else:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
    layer = ds.GetLayerByName(name)
    if layer is None:
        return []
    defn = layer.GetLayerDefn()
    headers = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = [[f.GetFieldAsString(i) if f.IsFieldSetAndNotNull(i) else "" for i in range(len(headers))] for f in layer]
    if all(re.fullmatch(r"Field\d+", h) for h in headers):  # header cells GDAL did not see as a header
        headers = rows.pop(0)
    return [{h.strip().lower(): v.strip() for h, v in zip(headers, row)} for row in rows]


def _expected(path: Path):
    """(question names, {list: choice count}) counted from the sheets as the XLSForm spec says."""
    names = []
    for row in _sheet(path, "survey"):
        kind = " ".join(row.get("type", "").split())
        if kind and row.get("name") and not _CONTROL.match(kind):
            # GDAL reads an Excel boolean cell (=FALSE() in the spec test's B55) as 0/1, pyxform as FALSE/TRUE;
            # 0 and 1 cannot be XLSForm names, so they are such cells
            names.append({"0": "FALSE", "1": "TRUE"}.get(row["name"], row["name"]))
        if re.match(r"(?i)begin[ _]repeat", kind) and (row.get("repeat_count") or row.get("jr:count")):
            names.append(row["name"] + "_count")  # the calculate pyxform adds for a repeat_count
    lists: dict[str, int] = {}
    for row in _sheet(path, "choices"):
        if row.get("list_name") and row.get("name"):
            lists[row["list_name"]] = lists.get(row["list_name"], 0) + 1
    return names, lists


@pytest.mark.parametrize("form", FORMS)
def test_every_question_of_a_real_form_is_read(form):
    names, _ = _expected(REAL / form)
    spec = read_xlsform(REAL / form)
    assert sorted(q.name for q in spec.questions.values()) == sorted(names)
    assert len(spec.questions) == len(names) > 5


@pytest.mark.parametrize("form", FORMS)
def test_every_choice_list_of_a_real_form_is_read(form):
    _, lists = _expected(REAL / form)
    spec = read_xlsform(REAL / form)
    assert {name: len(choices) for name, choices in spec.choices.items()} == lists
    for question in spec.questions.values():
        if question.is_select and not question.list_name.endswith((".csv", ".xml", ".geojson")):
            assert question.list_name in spec.choices, question.name


def test_legacy_xls_form_reads_as_its_xlsx_original():
    original = read_xlsform(REAL / "ropensci+ruODK/inst/extdata/I8n_lang_choicefilter.xlsx")
    legacy = read_xlsform(REAL / "ropensci+ruODK/derived/I8n_lang_choicefilter.xls")
    assert legacy.questions == original.questions
    assert legacy.choices == original.choices
    assert (legacy.languages, legacy.default_language, legacy.title) == (
        original.languages,
        original.default_language,
        original.title,
    )


def _kobo_form(tmp_path, fixture: str):
    """The XLSForm of a real KoboToolbox asset, written as Kobo's 'Download XLS' writes it."""
    content = json.loads((REAL / fixture).read_text(encoding="utf-8"))["content"]
    languages = content.get("translations") or [None]
    label_headers = [f"label::{lang}" if lang else "label" for lang in languages]
    survey = [["type", "name", "required", "repeat_count", *label_headers]]
    for row in content["survey"]:
        kind = row["type"] + (f" {row['select_from_list_name']}" if row.get("select_from_list_name") else "")
        labels = row.get("label") or [""] * len(languages)
        survey.append(
            [
                kind,
                row.get("name", ""),
                "true" if row.get("required") else "false",
                row.get("repeat_count", ""),
                *labels,
            ]
        )
    choices = [["list_name", "name", *label_headers]] + [
        [c["list_name"], c["name"], *c["label"]] for c in content["choices"]
    ]
    return content, write_form(tmp_path / "kobo.xlsx", survey, choices)


@pytest.mark.parametrize("fixture", KOBO)
def test_every_question_of_a_real_kobo_form_is_read(tmp_path, fixture):
    content, path = _kobo_form(tmp_path, fixture)
    spec = read_xlsform(path)
    groups = [r["name"] for r in content["survey"] if r["type"].startswith("begin_")]
    questions = []
    for row in content["survey"]:
        if row.get("repeat_count"):
            questions.append(f"{row['name']}_count")  # the calculate pyxform adds, exported by KoboToolbox
        if row.get("name") and row["name"] not in groups:
            questions.append(row["name"])
    assert list(spec.questions) == questions
    assert [g.name for g in spec.groups.values()] == groups
    assert {k: len(v) for k, v in spec.choices.items()} == {
        n: sum(c["list_name"] == n for c in content["choices"]) for n in {c["list_name"] for c in content["choices"]}
    }
    assert spec.warnings == []


def test_kobo_nested_repeats_give_the_paths_of_the_submissions(tmp_path):
    fixture = "kobotoolbox+formpack/tests/fixtures/nested_grouped_repeatable/v1.json"
    _, path = _kobo_form(tmp_path, fixture)
    spec = read_xlsform(path)
    submission = json.loads((REAL / fixture).read_text(encoding="utf-8"))["submissions"][0]
    nest = submission["group_tree"][0]["group_tree/group_nest"][0]
    egg = nest["group_tree/group_nest/group_egg"][0]
    assert spec.questions["Describe_the_egg"].path in egg
    assert spec.questions["How_many_eggs_are_in_the_nest"].path in nest
    assert spec.questions["group_egg_count"].path in nest  # exported beside the repeat it counts
    assert spec.questions["group_egg_count"].calculation == "${How_many_eggs_are_in_the_nest}"
    assert spec.questions["Describe_the_egg"].repeat == "group_egg"
