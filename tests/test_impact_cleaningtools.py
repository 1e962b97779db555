# SPDX-License-Identifier: GPL-3.0-or-later
"""IMPACT's own case end to end: cleaningtools' R-exported data, its form and the log its team filled.

The data went through R (``X_uuid``, ``X.U.FEFF.start``, ``q.choice``); the log is cleaningtools'
(``uuid``, ``question``, ``check_binding``, ``enumerator_num``, Excel serial dates, TRUE/FALSE for
choices). Imported with ``cartong:importsurvey`` and cleaned with ``cartong:applycleaninglog``, the
result must be what cleaningtools' ``create_clean_data`` gives; the expected table is computed here,
with pandas, from the raw file and the log alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from osgeo import gdal, ogr
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from cartong_plugin.core.cleaning.log_files import export_log, read_log_file

IMPACT = Path(__file__).resolve().parent / "data" / "real" / "impact-initiatives+cleaningtools"
DATA = IMPACT / "data-raw" / "data.xlsx"
FORM = IMPACT / "data-raw" / "form.xlsx"
LOG = IMPACT / "inst" / "impact_cleaning_template" / "outputs" / "cleaning_log_filled.csv"
OTHER_LOG = IMPACT / "data-raw" / "cleaning_log.xlsx"  # the package's other log: X_uuid, questions, comments
REMOVED_TWICE = "5205540c-6019-4137-9c18-fb597d5af35c"  # rows 247 and 248 of the log, 667 and 680 of the other


class _Feedback(QgsProcessingFeedback):
    """Keeps the warnings an algorithm reports."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)


def _execute(algorithm_id, parameters, feedback=None):
    """QGIS's own QgsProcessingAlgorithm.run, as the dialog and qgis_process run it."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    results, ok = QgsProcessingAlgorithm.run(
        algorithm, parameters, QgsProcessingContext(), feedback or QgsProcessingFeedback(), {}, False
    )
    assert ok
    return results


def _xlsx_text(path) -> pd.DataFrame:
    """A sheet's cells as Excel shows them, every value text ("" when empty), headers as written: GDAL's text
    with Excel's ``_xHHHH_`` escapes decoded (R's writexl writes a CR in an answer as ``_x000D_``)."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    headers = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = [[f.GetFieldAsString(i) if f.IsFieldSetAndNotNull(i) else "" for i in range(len(headers))] for f in layer]
    rows = [[re.sub("_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), cell) for cell in row] for row in rows]
    frame = pd.DataFrame(rows, columns=headers, dtype=object)
    # R writes logical cells (t="b"): Excel and R show TRUE/FALSE, GDAL's text gives 1/0; GDAL's typed read
    # tells them by their Boolean subtype
    typed_ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=["HEADERS=FORCE"])  # kept while its layer is read
    typed = typed_ds.GetLayer(0).GetLayerDefn()
    for i in range(typed.GetFieldCount()):
        if typed.GetFieldDefn(i).GetSubType() == ogr.OFSTBoolean:
            frame[headers[i]] = frame[headers[i]].map({"1": "TRUE", "0": "FALSE", "": ""})
    return frame


def _table(path, name=None) -> pd.DataFrame:
    """A GeoPackage table (or its only layer) as OGR gives it back, fid left out, in fid order."""
    ds = ogr.Open(str(path).split("|")[0])
    layer = ds.GetLayerByName(name) if name else ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    headers = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    return pd.DataFrame([[f.GetField(i) for i in range(len(headers))] for f in layer], columns=headers, dtype=object)


def _import(gpkg: Path) -> dict:
    return _execute("cartong:importsurvey", {"DATA": str(DATA), "FORM": str(FORM), "OUTPUT": str(gpkg)})


def expected_cleaning(survey: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """What cleaningtools' create_clean_data makes of the typed ``survey`` table, computed from the raw
    file and the log with pandas: submissions removed by remove_survey, change_response values set
    (TRUE/FALSE of a choice column are 1/0), blank_response values emptied, nothing else."""
    raw = _xlsx_text(DATA)
    log = pd.read_csv(LOG, dtype=str, keep_default_na=False)
    removed = set(log.loc[log["change_type"] == "remove_survey", "uuid"])
    changes = log[log["change_type"].isin(["change_response", "blank_response"])]
    assert list(survey["_uuid"]) == list(raw["X_uuid"])  # the typed table is the raw one, row for row
    expected = survey.copy()
    cells = {}
    for _, entry in changes.iterrows():
        column = entry["question"] if entry["question"] in survey.columns else entry["question"].replace(".", "_")
        text = entry["new_value"]
        if entry["change_type"] == "blank_response" or text in ("", "NA"):
            value = None
        elif text in ("TRUE", "FALSE"):
            value = int(text == "TRUE")
        else:
            value = int(text)
        row = expected.index[expected["_uuid"] == entry["uuid"]]
        expected.loc[row, column] = value
        cells[(entry["uuid"], column)] = value
    expected = expected[~expected["_uuid"].isin(removed)].reset_index(drop=True)
    return expected, cells


@pytest.fixture(scope="module")
def imported(tmp_path_factory, qgis_app, qgis_processing):
    from qgis.core import QgsApplication

    from cartong_plugin.processing.provider import CartongProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("cartong")
    if provider is None:
        provider = CartongProvider()
        registry.addProvider(provider)
    folder = tmp_path_factory.mktemp("impact")
    gpkg = folder / "survey.gpkg"
    _import(gpkg)
    yield gpkg, provider


@pytest.fixture()
def survey_gpkg(imported, tmp_path):
    """A fresh copy of the imported GeoPackage (tests write the cleaning log into it)."""
    import shutil

    copy = tmp_path / "survey.gpkg"
    shutil.copy(imported[0], copy)
    return copy


# -- 1. data that went through R ----------------------------------------------------------------


def test_r_names_are_read_as_the_export_s_own_and_said_so_once(tmp_path):
    from cartong_plugin.core.survey.importer import import_survey

    report = import_survey(DATA, FORM, tmp_path / "survey.gpkg")
    assert not [w for w in report.warnings if "not in the form" in w]
    restored = [w for w in report.warnings if "changed by R" in w]
    assert len(restored) == 1
    assert "8 of them" in restored[0] and "X_uuid -> _uuid" in restored[0] and "X.U.FEFF.start -> start" in restored[0]
    fields = list(_table(tmp_path / "survey.gpkg", "survey").columns)
    assert {"start", "_uuid", "_index", "_id", "_submission_time"} <= set(fields)
    assert "primary_livelihood_employment" in fields  # the choice column primary_livelihood.employment
    assert not [f for f in fields if f.startswith("X_") or f.startswith("X.")]


def test_r_metadata_columns_are_typed_as_kobo_s(survey_gpkg):
    ds = ogr.Open(str(survey_gpkg))
    defn = ds.GetLayerByName("survey").GetLayerDefn()
    kinds = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetTypeName() for i in range(defn.GetFieldCount())}
    assert (kinds["_index"], kinds["_id"], kinds["_submission_time"], kinds["start"]) == (
        "Integer64",
        "Integer64",
        "DateTime",
        "DateTime",
    )
    assert kinds["primary_livelihood_employment"] == "Integer"


def test_raw_table_keeps_the_r_export_as_received(survey_gpkg):
    raw = _table(survey_gpkg, "raw_survey").fillna("")
    received = _xlsx_text(DATA)
    assert list(raw.columns) == list(received.columns)  # X.U.FEFF.start, X_uuid... as in the file
    pd.testing.assert_frame_equal(raw, received)


def test_r_names_of_groups_choices_and_metadata_in_a_csv(tmp_path):
    """make.names' other spellings: group.question, group.q.choice, meta.instanceID, a BOM prefix."""
    from cartong_plugin.core.survey.columns import plan_columns
    from cartong_plugin.core.survey.export_readers import read_csv_text
    from cartong_plugin.core.survey.xlsform import read_xlsform

    csv = tmp_path / "export.csv"
    csv.write_text(
        "X.U.FEFF.start,hh.hh_size,hh.needs.food,hh.needs.water,X_uuid,X_index,meta.instanceID\n"
        "2026-03-02T08:00:00,4,1,0,u1,1,uuid:u1\n",
        encoding="utf-8",
    )
    spec = read_xlsform(_small_form(tmp_path))
    warnings = []
    plan = plan_columns(read_csv_text(csv), spec, warnings)
    assert [c.name for c in plan] == [
        "start",
        "hh_size",
        "needs_food",
        "needs_water",
        "_uuid",
        "_index",
        "meta-instanceID",
    ]
    assert [c.kind for c in plan][:4] == ["datetime", "integer", "flag", "flag"]
    assert len([w for w in warnings if "changed by R" in w]) == 1


def _small_form(folder: Path) -> Path:
    from osgeo import gdal as _gdal

    path = folder / "form.xlsx"
    ds = _gdal.GetDriverByName("XLSX").Create(str(path), 0, 0, 0, _gdal.GDT_Unknown)
    sheets = {
        "survey": (
            ["type", "name", "label"],
            [
                ["start", "start", ""],
                ["begin_group", "hh", "Household"],
                ["integer", "hh_size", "Size"],
                ["select_multiple needs", "needs", "Needs"],
                ["end_group", "", ""],
            ],
        ),
        "choices": (["list_name", "name", "label"], [["needs", "food", "Food"], ["needs", "water", "Water"]]),
    }
    for name, (headers, rows) in sheets.items():
        layer = ds.CreateLayer(name, geom_type=ogr.wkbNone)
        for header in headers:
            layer.CreateField(ogr.FieldDefn(header, ogr.OFTString))
        for row in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for i, value in enumerate(row):
                feature.SetField(i, value)
            layer.CreateFeature(feature)
    ds = None
    return path


# -- 2. the cleaningtools log as it is written ----------------------------------------------------


def test_cleaningtools_log_keeps_its_own_columns_and_reads_its_dates():
    log = read_log_file(LOG)
    assert len(log) == 810
    first = log[0]
    assert first.check_id == ""  # NA
    # Excel serial 44389: the date_assessment of that submission in data.xlsx
    assert first.extras == {
        "check_binding": "duration ~/~ 019bc718-c06a-46b8-bba8-c84f6c6efbd5",
        "enumerator_num": "12",
        "date_assessment": "2021-07-12",
    }


def test_cleaningtools_columns_survive_an_export_and_a_read(tmp_path):
    log = read_log_file(LOG)
    for suffix in (".csv", ".xlsx"):
        again = read_log_file(export_log(log, tmp_path / f"log{suffix}"))
        assert again == log, suffix


def test_blank_response_empties_the_value_whatever_new_value_says():
    from cartong_plugin.core.cleaning.apply import clean_with_summary
    from cartong_plugin.core.cleaning.log import LogEntry

    raw = pd.DataFrame({"_uuid": ["a", "b"], "age": [30, 40], "name": ["x", "y"]})
    log = [
        LogEntry("a", "age", "30", "31", change_type="blank_response"),
        LogEntry("b", "name", "y", "", change_type="blank_response"),
    ]
    cleaned, summary = clean_with_summary(raw, log)
    assert pd.isna(cleaned.loc[0, "age"]) and cleaned.loc[1, "age"] == 40
    assert cleaned.loc[1, "name"] is None and cleaned.loc[0, "name"] == "x"
    assert summary.changed_values == 2


def test_unknown_submission_and_second_removal_are_reported_and_the_rest_applied(survey_gpkg, tmp_path):
    log = read_log_file(LOG)
    log[5].uuid = "not-a-submission"  # the change_response 10 -> 10000 of row 7
    edited = export_log(log, tmp_path / "edited.csv")
    feedback = _Feedback()
    result = _execute(
        "cartong:applycleaninglog",
        {"INPUT": f"{survey_gpkg}|layername=survey", "LOG": str(edited), "OUTPUT": str(tmp_path / "clean.gpkg")},
        feedback,
    )
    assert any("Row 7 of the cleaning log edited.csv" in w and "not-a-submission" in w for w in feedback.warnings)
    assert any(
        f"Row 248 of the cleaning log edited.csv: the submission {REMOVED_TWICE} is already removed by row 247" in w
        for w in feedback.warnings
    )
    assert len(feedback.warnings) == 3  # and the answers left disagreeing with their choice columns
    assert (result["CHANGED_VALUES"], result["REMOVED_SUBMISSIONS"]) == (30, 101)  # row 7's submission is removed


@pytest.mark.parametrize(
    ("new_value", "expected"),
    [("1,500", 1500), ("1 500", 1500), ("1.500,0", 1500), ("1,500.0", 1500), ("2,000,000", 2_000_000), ("15", 15)],
)
def test_thousands_separators_in_an_integer_column_are_read_as_thousands(survey_gpkg, tmp_path, new_value, expected):
    cleaned = _apply_one(survey_gpkg, tmp_path, "tot_expenses", new_value)
    assert cleaned == expected


def test_a_decimal_comma_log_reads_1_500_as_one_and_a_half_and_refuses_it_in_an_integer_column(survey_gpkg, tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        _apply_one(survey_gpkg, tmp_path, "tot_expenses", "1,500", also=("bottle_volume", "2,5"))
    message = str(err.value)
    assert "Row 2 of the cleaning log edited.csv" in message and "'1,500'" in message and "tot_expenses" in message
    assert not (tmp_path / "clean.gpkg").exists()


def test_an_ambiguous_1_500_in_a_decimal_column_is_refused_with_its_row(survey_gpkg, tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        _apply_one(survey_gpkg, tmp_path, "bottle_volume", "1,500")
    message = str(err.value)
    assert "Row 2 of the cleaning log edited.csv" in message and "'1,500'" in message
    assert "bottle_volume" in message and "1500 or 1.500" in message
    assert not (tmp_path / "clean.gpkg").exists()


def test_an_ambiguous_1_dot_500_in_a_decimal_column_is_refused_too(survey_gpkg, tmp_path):
    """1.500 is fifteen hundred to a reviewer writing Spanish or Portuguese numbers, 1.5 in English."""
    with pytest.raises(QgsProcessingException) as err:
        _apply_one(survey_gpkg, tmp_path, "bottle_volume", "1.500")
    assert "'1.500'" in str(err.value) and "1500 or 1.500" in str(err.value)
    assert _apply_one(survey_gpkg, tmp_path, "bottle_volume", "1.500", also=("bottle_volume", "0.5", 1)) == 1.5


def test_a_decimal_point_log_reads_1_500_in_a_decimal_column_as_fifteen_hundred(survey_gpkg, tmp_path):
    assert _apply_one(survey_gpkg, tmp_path, "bottle_volume", "1,500", also=("bottle_volume", "0.5", 1)) == 1500


def test_a_date_given_as_an_excel_serial_is_that_day(survey_gpkg, tmp_path):
    assert _apply_one(survey_gpkg, tmp_path, "date_assessment", "44389") == "2021/07/12"


def test_true_false_are_refused_outside_choice_columns(survey_gpkg, tmp_path):
    with pytest.raises(QgsProcessingException, match="'TRUE' is not a valid value for the field tot_expenses"):
        _apply_one(survey_gpkg, tmp_path, "tot_expenses", "TRUE")


def test_an_other_text_question_is_not_the_choice_column_of_the_same_name(survey_gpkg, tmp_path):
    """primary_livelihood_other (text) and primary_livelihood.other (choice) are two columns of the export:
    the text question keeps its name, the choice column is primary_livelihood__other (a question's name
    is never taken). A log's recode of the text must change the text, not the choice."""
    from cartong_plugin.core.cleaning.log import LogEntry

    survey = _table(survey_gpkg, "survey")
    first = survey["_uuid"][0]
    log = [
        LogEntry(first, "primary_livelihood_other", "", "recoded", change_type="change_response"),
        LogEntry(first, "primary_livelihood.other", "", "TRUE", change_type="change_response"),
    ]
    result = _execute(
        "cartong:applycleaninglog",
        {
            "INPUT": f"{survey_gpkg}|layername=survey",
            "LOG": str(export_log(log, tmp_path / "edited.csv")),
            "OUTPUT": str(tmp_path / "clean.gpkg"),
        },
    )
    cleaned = _table(result["OUTPUT"])
    assert (cleaned["primary_livelihood_other"][0], cleaned["primary_livelihood__other"][0]) == ("recoded", 1)
    assert result["CHANGED_VALUES"] == 2


@pytest.mark.parametrize(
    ("text", "integer", "decimal", "expected"),
    [
        ("0,500", False, None, 0.5),
        ("2,5", False, None, 2.5),
        ("1.500", True, ",", 1500),
        ("1.500", True, None, 1500),  # a point and three digits in a whole-number column: thousands
        ("1.500", False, ".", 1.5),
        ("1,500", False, ",", 1.5),
        ("-1,500", True, None, -1500),
        ("1 234,5", False, None, 1234.5),
        ("5.0", True, None, 5),
    ],
)
def test_log_numbers_are_read_by_the_log_s_decimal_mark_and_the_column(text, integer, decimal, expected):
    from cartong_plugin.core.cleaning.log_values import parse_number

    value = parse_number(text, integer, decimal=decimal)
    assert value == expected and isinstance(value, int) == integer


@pytest.mark.parametrize(
    ("values", "mark"),
    [
        (["2,5", "1,500"], ","),
        (["0.5", "1,500"], "."),
        (["1,500"], None),
        (["2,5", "0.5"], None),
        (["1.500,25"], ","),
        (["1,500.25"], "."),
    ],
)
def test_the_log_s_decimal_mark_comes_from_its_unambiguous_values(values, mark):
    from cartong_plugin.core.cleaning.log_values import decimal_mark

    assert decimal_mark(values) == mark


def test_a_wide_survey_layer_is_read_whole_for_the_checks(survey_gpkg):
    """448 fields: GDAL 3.6's Arrow reader of GeoPackages gave no row at all (SQLite's 127 arguments)."""
    from qgis.core import QgsVectorLayer

    from cartong_plugin.core.cleaning.checks.layers import layer_to_frame

    layer = QgsVectorLayer(f"{survey_gpkg}|layername=survey", "survey", "ogr")
    frame = layer_to_frame(layer)
    assert frame.shape[0] == 632 and layer.fields().count() > 400
    assert list(frame["_uuid"]) == list(_table(survey_gpkg, "survey")["_uuid"])


def test_identical_answers_of_the_real_survey_are_the_rows_pandas_calls_duplicated(survey_gpkg):
    """Three copies under new uuids of two real submissions (448 fields, NULLs of every type): flagged
    exactly where DataFrame.duplicated says, each naming the submission it copies."""
    from qgis.core import QgsVectorLayer

    from cartong_plugin.core.cleaning.checks import ChecksConfig
    from cartong_plugin.core.cleaning.checks.duplicates import answer_columns, find_identical_answers
    from cartong_plugin.core.cleaning.checks.layers import layer_to_frame

    frame = layer_to_frame(QgsVectorLayer(f"{survey_gpkg}|layername=survey", "survey", "ogr"))
    copies = frame.iloc[[3, 10, 10]].copy()
    copies["_uuid"] = ["copy-a", "copy-b", "copy-c"]
    df = pd.concat([frame, copies], ignore_index=True)
    entries = find_identical_answers(df, None, ChecksConfig())
    expected = df.duplicated(subset=answer_columns(df, None)) & ~df["_uuid"].duplicated(keep=False)
    assert [e.uuid for e in entries] == list(df.loc[expected, "_uuid"]) and expected.sum() >= 3
    named = {e.uuid: e.explanation for e in entries}
    assert frame["_uuid"][3] in named["copy-a"] and frame["_uuid"][10] in named["copy-c"]


def _apply_one(gpkg, tmp_path, question, new_value, also=None):
    """Apply a one-row log (plus ``also``: question, new value[, row]) to the first submission and give
    back the cleaned value of ``question``."""
    from cartong_plugin.core.cleaning.log import LogEntry

    survey = _table(gpkg, "survey")
    first = survey["_uuid"][0]
    log = [LogEntry(first, question, "", new_value, change_type="change_response")]
    if also:
        other = survey["_uuid"][also[2] if len(also) > 2 else 0]
        log.append(LogEntry(other, also[0], "", also[1], change_type="change_response"))
    edited = export_log(log, tmp_path / "edited.csv")
    result = _execute(
        "cartong:applycleaninglog",
        {"INPUT": f"{gpkg}|layername=survey", "LOG": str(edited), "OUTPUT": str(tmp_path / "clean.gpkg")},
    )
    return _table(result["OUTPUT"])[question][0]


@pytest.mark.parametrize("question", ["_uuid", "X_uuid"])  # as our check writes it, as cleaningtools writes it
def test_removing_a_duplicated_submission_keeps_its_first_copy(cartong_provider, tmp_path, question):
    from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg

    export = tmp_path / "export.csv"
    export.write_text("X_uuid,X_index,hh_size,village\na,1,4,Bria\nb,2,5,Ndele\na,3,9,Birao\n", encoding="utf-8")
    gpkg = tmp_path / "survey.gpkg"
    _execute("cartong:importsurvey", {"DATA": str(export), "OUTPUT": str(gpkg)})
    _execute("cartong:runchecks", {"INPUT": f"{gpkg}|layername=survey", "CHECKS": [0]})  # duplicates
    log = read_log_from_gpkg(gpkg)
    assert [(e.uuid, e.check_id) for e in log] == [("a", "duplicates.uuid")]
    log[0].change_type, log[0].question = "remove_survey", question
    edited = export_log(log, tmp_path / "edited.csv")
    result = _execute(
        "cartong:applycleaninglog",
        {"INPUT": f"{gpkg}|layername=survey", "LOG": str(edited), "OUTPUT": str(tmp_path / "clean.gpkg")},
    )
    cleaned = _table(result["OUTPUT"])
    assert list(zip(cleaned["_uuid"], cleaned["_index"], cleaned["hh_size"])) == [("a", 1, 4), ("b", 2, 5)]


# -- 3. applying that log to that data gives what the R package gives --------------------------------


def test_cleaningtools_log_applied_through_the_algorithms_gives_what_r_gives(survey_gpkg, tmp_path):
    survey = _table(survey_gpkg, "survey")
    expected, cells = expected_cleaning(survey)
    feedback = _Feedback()
    result = _execute(
        "cartong:applycleaninglog",
        {"INPUT": f"{survey_gpkg}|layername=survey", "LOG": str(LOG), "OUTPUT": str(tmp_path / "clean.gpkg")},
        feedback,
    )
    cleaned = _table(result["OUTPUT"])
    _assert_cleaned(cleaned, expected, cells, survey)
    # 101 removed, not the 55 issue #22 quotes (those are the other log's, data-raw/cleaning_log.xlsx, tested
    # below): this log has 102 remove_survey rows for 101 submissions, REMOVED_TWICE being removed by both rows
    # 247 and 248, and the data has no duplicated submission; see the test after this one
    # 34 change rows, 4 of them on submissions the log removes: 30 values change in the cleaned layer (the
    # 30 cells _assert_cleaned counts), as many as the count says
    assert (result["REMOVED_SUBMISSIONS"], result["CHANGED_VALUES"], result["NO_ACTION"]) == (101, 30, 674)
    assert feedback.warnings[-1].startswith("primary_livelihood: in 24 submissions the answer and its choice columns")
    assert _table(survey_gpkg, "survey").equals(survey)  # the input layer is not changed


def _removals(log: pd.DataFrame, uuid: str) -> pd.DataFrame:
    """The remove_survey rows of a log read as text, with their row number in the file (header = row 1)."""
    rows = log[log["change_type"] == "remove_survey"]
    return rows.assign(row=rows.index + 2).rename(columns={uuid: "uuid"})


def test_the_101_removed_submissions_are_the_log_s_102_remove_survey_rows_less_one_repeat(survey_gpkg, tmp_path):
    """Where 101 comes from, counted in the files themselves: 101 rows "Duration is lower or higher than the
    thresholds" (one per submission) + 1 "recode other" row (248) for a submission row 247 already removes
    = 102 remove_survey rows naming 101 distinct submissions, all in the data. The data's 632 X_uuid are
    all distinct, so no submission goes as a duplicate's copy: 632 - 101 = 531 kept."""
    log = pd.read_csv(LOG, dtype=str, keep_default_na=False)
    data_uuids = _xlsx_text(DATA)["X_uuid"]
    removals = _removals(log, "uuid")
    assert dict(log["change_type"].value_counts()) == {"no_action": 674, "remove_survey": 102, "change_response": 34}
    assert dict(removals["issue"].value_counts()) == {
        "Duration is lower or higher than the thresholds": 101,
        "recode other": 1,
    }
    repeated = removals[removals["uuid"].duplicated(keep=False)]
    assert list(zip(repeated["uuid"], repeated["row"])) == [(REMOVED_TWICE, 247), (REMOVED_TWICE, 248)]
    assert removals["uuid"].nunique() == 102 - 1 == 101
    assert len(data_uuids) == data_uuids.nunique() == 632  # no duplicated submission in the data
    assert set(removals["uuid"]) <= set(data_uuids)
    feedback = _Feedback()
    result = _execute(
        "cartong:applycleaninglog",
        {"INPUT": f"{survey_gpkg}|layername=survey", "LOG": str(LOG), "OUTPUT": str(tmp_path / "clean.gpkg")},
        feedback,
    )
    kept = _table(result["OUTPUT"])["_uuid"]
    assert result["REMOVED_SUBMISSIONS"] == 101 and len(kept) == 632 - 101 == 531
    assert set(data_uuids) - set(kept) == set(removals["uuid"])
    assert feedback.warnings[:1] == [
        f"Row 248 of the cleaning log {LOG.name}: the submission {REMOVED_TWICE} is already removed by row 247."
    ]


def test_the_package_s_other_log_with_its_55_remove_survey_rows_removes_54_submissions(survey_gpkg, tmp_path):
    """data-raw/cleaning_log.xlsx, the log issue #22 counts 55 remove_survey entries in (726 rows, R's names:
    X_uuid, questions, the field officer's columns): 55 rows for 54 submissions, REMOVED_TWICE again (row 667
    "Other_response", row 680 "duplicated"); 48 change_response + 3 blank_response rows change 49 cells, rows
    13 and 14 repeating rows 11 and 12."""
    log = _xlsx_text(OTHER_LOG)
    data_uuids = _xlsx_text(DATA)["X_uuid"]
    removals = _removals(log, "X_uuid")
    assert len(log) == 726 and dict(log["change_type"].value_counts()) == {
        "no_action": 620,
        "remove_survey": 55,
        "change_response": 48,
        "blank_response": 3,
    }
    repeated = removals[removals["uuid"].duplicated(keep=False)]
    assert list(zip(repeated["uuid"], repeated["row"])) == [(REMOVED_TWICE, 667), (REMOVED_TWICE, 680)]
    assert removals["uuid"].nunique() == 55 - 1 == 54 and set(removals["uuid"]) <= set(data_uuids)
    feedback = _Feedback()
    result = _execute(
        "cartong:applycleaninglog",
        {"INPUT": f"{survey_gpkg}|layername=survey", "LOG": str(OTHER_LOG), "OUTPUT": str(tmp_path / "clean.gpkg")},
        feedback,
    )
    kept = _table(result["OUTPUT"])["_uuid"]
    # 49 cells, 2 of them on submissions the log removes: 47 values change in the cleaned layer
    assert (result["REMOVED_SUBMISSIONS"], result["CHANGED_VALUES"], result["NO_ACTION"]) == (54, 47, 620)
    assert len(kept) == 632 - 54 == 578 and set(data_uuids) - set(kept) == set(removals["uuid"])
    assert feedback.warnings[0] == (
        f"Row 680 of the cleaning log {OTHER_LOG.name}: the submission {REMOVED_TWICE} is already removed by row 667."
    )
    # REACH's log changes choice columns of treat_drink_water_how and water_sources without their answers
    assert sorted(w.split(":")[0] for w in feedback.warnings[1:]) == ["treat_drink_water_how", "water_sources"]


_OGR_DATETIME = r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d+)?(?:\+00)?"


def _assert_cleaned(cleaned, expected, cells, survey):
    """Cell by cell: every kept submission, every changed value set, nothing else touched."""
    assert len(survey) == 632 and len(expected) == 632 - 101 == 531
    assert list(cleaned.columns) == list(expected.columns)
    assert list(cleaned["_uuid"]) == list(expected["_uuid"])
    kept = set(expected["_uuid"])
    changed = [(u, c) for u, c in cells if u in kept]
    # the log does change these cells: a test that passes without applying them would prove nothing
    before = survey.set_index("_uuid")
    assert len(changed) == 30 and all(before.loc[u, c] != cells[u, c] for u, c in changed)
    # QGIS 3.22 reads and writes GeoPackage date-times without their milliseconds and "Z" (QgsVectorFileWriter):
    # compared to the second, as QGIS keeps them
    for column in [c for c in expected.columns if expected[c].astype(str).str.fullmatch(_OGR_DATETIME).any()]:
        expected[column] = expected[column].str.slice(0, 19)
        cleaned[column] = cleaned[column].str.slice(0, 19)
    same = (cleaned == expected) | (cleaned.isna() & expected.isna())
    differences = [
        (row, column, cleaned.at[row, column], expected.at[row, column])
        for column in expected.columns
        if not same[column].all()
        for row in range(len(expected))
        if not same.at[row, column]
    ]
    assert differences == []


# -- 4. the same round trip from the wizard ------------------------------------------------------------


def _finish(task, timeout=300.0):
    """Process events until the task has handed its outcome back on the main thread."""
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    ended = []
    for signal in (task.done, task.failed, task.cancelled):
        signal.connect(lambda *args: ended.append(args))
    deadline = time.monotonic() + timeout
    while not ended:
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def test_cleaningtools_log_round_trip_through_the_cleaning_wizard(
    imported, qgis_iface, qgis_new_project, tmp_path, monkeypatch
):
    import shutil

    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtWidgets import QMessageBox

    from cartong_plugin.gui.cleaning.survey_layers import CLEANED_LAYER
    from cartong_plugin.gui.cleaning.wizard import CleaningWizard

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    gpkg = tmp_path / "survey.gpkg"
    shutil.copy(imported[0], gpkg)  # imported with cartong:importsurvey
    survey_layer = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
    QgsProject.instance().addMapLayer(survey_layer)
    survey = _table(gpkg, "survey")
    wizard = CleaningWizard(qgis_iface)
    wizard.show()
    try:
        wizard.layer_page.form.setFilePath(str(FORM))
        wizard.next()
        wizard.checks_page.period.setChecked(False)
        wizard.next()
        _finish(wizard.run_page.task)
        assert wizard.run_page.isComplete(), wizard.run_page.status.text()
        wizard.next()
        review = wizard.review_page.view
        assert review.import_from(str(LOG)), review.problem_box and review.problem_box.informativeText()
        assert review.model.rowCount() == 810
        wizard.next()
        assert wizard.apply_page.build()  # the page says what building will do, then waits for the click
        _finish(wizard.apply_page.task)
        results = wizard.apply_page.results
        assert results is not None, wizard.apply_page.status.text()
        expected, cells = expected_cleaning(survey)
        _assert_cleaned(_table(gpkg, CLEANED_LAYER), expected, cells, survey)
        assert _table(gpkg, "survey").equals(survey)
        pd.testing.assert_frame_equal(_table(gpkg, "raw_survey").fillna(""), _xlsx_text(DATA))
    finally:
        wizard.reject()
        wizard.deleteLater()
