# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning log: GeoPackage table, CSV/XLSX for field teams, REACH logs, validation, applying it."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import pytest
from checks_sample import REACH, read_reach_survey
from osgeo import gdal, ogr

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.cleaning.log import LogEntry, apply_cleaning_log, clean_with_summary, merge_logs
from cartong_plugin.core.cleaning.log_files import (
    export_log,
    import_log,
    read_log_file,
    read_log_from_gpkg,
    write_log_to_gpkg,
)

REACH_LOG = f"{REACH}/inst/impact_cleaning_template/outputs/cleaning_log_filled.csv"

ENTRIES = [
    LogEntry(
        "u1",
        "age",
        "-5",
        "5",
        "negative age",
        "outliers.constraint",
        "change_response",
        "sign typed",
        "Awa",
        "2026-03-04T10:00:00+00:00",
    ),
    LogEntry("u2", "name", '=HYPERLINK("http://x")', "", "odd", "manual", "no_action", "é à @mention"),
    LogEntry("u3", "_uuid", "u3", "", "duplicated uuid", "duplicates.uuid", "remove_survey", "+ sign"),
    LogEntry(
        "u4",
        "village",
        "Bossembele ",
        "",
        "typo",
        "admin_names.match",
        "pending",
        'two lines,\nwith "quotes" and a comma',
    ),
]


def _xlsx_cells(path):
    ds = gdal.OpenEx(str(path), open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
    layer = ds.GetLayer(0)
    return [[f.GetFieldAsString(i) for i in range(f.GetFieldCount())] for f in layer]


def test_geopackage_round_trip_keeps_every_column(tmp_path):
    path = tmp_path / "survey.gpkg"
    write_log_to_gpkg(ENTRIES, path)
    assert read_log_from_gpkg(path) == ENTRIES


def test_writing_the_log_replaces_it_and_leaves_other_layers_alone(tmp_path):
    path = tmp_path / "survey.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("survey", geom_type=ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("q", ogr.OFTString))
    for value in ("a", "b"):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("q", value)
        layer.CreateFeature(feature)
    ds = None
    write_log_to_gpkg(ENTRIES, path)
    write_log_to_gpkg(ENTRIES[:1], path)
    assert read_log_from_gpkg(path) == ENTRIES[:1]
    ds = ogr.Open(str(path))
    assert [f.GetField("q") for f in ds.GetLayerByName("survey")] == ["a", "b"]


def test_geopackage_without_a_log_reads_as_empty(tmp_path):
    path = tmp_path / "empty.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path)).CreateLayer("x", geom_type=ogr.wkbNone)
    assert read_log_from_gpkg(path) == []


def test_csv_export_neutralises_formula_cells(tmp_path):
    path = export_log(ENTRIES, tmp_path / "log.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert "'-5" in text and "'=HYPERLINK" in text and "'+ sign" in text
    assert not any(cell.startswith(("=", "+", "-", "@")) for line in text.splitlines() for cell in line.split(","))


def test_xlsx_export_neutralises_formula_cells(tmp_path):
    path = export_log(ENTRIES, tmp_path / "log.xlsx")
    cells = [c for row in _xlsx_cells(path) for c in row]
    assert '\'=HYPERLINK("http://x")' in cells and "'-5" in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)


def test_xlsx_round_trip_gives_the_same_log(tmp_path):
    assert read_log_file(export_log(ENTRIES, tmp_path / "log.xlsx")) == ENTRIES


def test_csv_round_trip_gives_the_same_log(tmp_path):
    assert read_log_file(export_log(ENTRIES, tmp_path / "log.csv")) == ENTRIES


def test_export_refuses_other_formats(tmp_path):
    with pytest.raises(CartongError, match="log.ods"):
        export_log(ENTRIES, tmp_path / "log.ods")


def test_reach_filled_cleaning_log_is_read(real_data_dir):
    log = read_log_file(real_data_dir / REACH_LOG)
    assert len(log) == 810
    assert Counter(e.change_type for e in log) == {"no_action": 674, "remove_survey": 102, "change_response": 34}
    first = log[0]
    assert (first.uuid, first.question, first.old_value, first.new_value) == (
        "019bc718-c06a-46b8-bba8-c84f6c6efbd5",
        "duration",
        "247.19067 mins",
        "",
    )  # NA read as empty


def test_reach_xlsx_log_with_other_column_names_is_read(real_data_dir):
    log = read_log_file(real_data_dir / REACH / "data-raw" / "cleaning_log.xlsx")
    assert len(log) == 726
    assert (log[0].uuid, log[0].question, log[0].old_value, log[0].new_value) == (
        "1a80239e-a815-4fcd-8549-294fb190c27f",
        "air_coolers_nb",
        "24",
        "4",
    )


def _survey():
    return pd.DataFrame(
        {
            "_uuid": ["u1", "u2", "u3", "u3", "u4"],
            "age": [-5.0, 30.0, 41.0, 41.0, np.nan],
            "name": ["A", "B", "C", "C", "D"],
            "village": ["x", "y", "z", "z", "Bossembele"],
            "hh_size": [3, 4, 5, 5, 6],
        }
    )


def test_edited_log_not_matching_the_data_is_rejected_with_every_bad_row(tmp_path):
    bad = [
        *ENTRIES,
        LogEntry("u9", "age", "1", "2", change_type="change_response"),
        LogEntry("u2", "shoe_size", "1", "2", change_type="change_response"),
        LogEntry("u2", "age", "1", "2", change_type="change it"),
    ]
    path = export_log(bad, tmp_path / "edited.xlsx")
    with pytest.raises(CartongError) as err:
        import_log(path, _survey())
    message = str(err.value)
    assert "edited.xlsx" in message
    assert "Row 6, column uuid" in message and "u9" in message
    assert "Row 7, column question" in message and "shoe_size" in message
    assert "Row 8, column change_type" in message
    assert "Row 2" not in message


def test_matching_edited_log_is_imported(tmp_path):
    path = export_log(ENTRIES, tmp_path / "edited.csv")
    assert import_log(path, _survey()) == ENTRIES


def test_apply_changes_values_removes_copies_and_keeps_pending():
    raw = _survey()
    before = raw.copy()
    cleaned, summary = clean_with_summary(raw, ENTRIES)
    pd.testing.assert_frame_equal(raw, before)  # the raw table is never changed
    assert cleaned["_uuid"].tolist() == ["u1", "u2", "u3", "u4"]  # the later copy of u3 is gone
    assert cleaned.loc[0, "age"] == 5.0
    assert cleaned.loc[4, "village"] == "Bossembele"  # pending: nothing applied
    assert (summary.changed_values, summary.removed_submissions, summary.pending, summary.no_action) == (1, 1, 1, 1)


def test_true_and_false_set_a_choice_column_and_are_refused_in_a_count():
    raw = pd.DataFrame({"_uuid": ["u1", "u2"], "water_problems/cost": [0, 1], "hh_size": [0, 1]})
    log = [
        LogEntry("u1", "water_problems/cost", "0", "TRUE", change_type="change_response"),
        LogEntry("u2", "water_problems/cost", "1", "false", change_type="change_response"),
    ]
    assert apply_cleaning_log(raw, log)["water_problems/cost"].tolist() == [1, 0]
    bad = [LogEntry("u1", "hh_size", "0", "TRUE", change_type="change_response")]
    with pytest.raises(CartongError, match="hh_size"):  # 0/1 alone do not make a choice column of a count
        apply_cleaning_log(raw.assign(hh_size=[0, 3]), bad)


def test_new_values_take_the_type_of_the_values_already_in_an_untyped_column():
    import datetime as dt

    def loose(value):  # a column read without a type (object), as when its first cells are empty
        return pd.Series([value, None], dtype=object)

    raw = pd.DataFrame(
        {
            "_uuid": ["u1", "u2"],
            "flag": loose(True),
            "n": loose(3),
            "x": loose(1.5),
            "when": loose(dt.datetime(2024, 3, 1, 8, 0)),
            "day": loose(dt.date(2024, 3, 1)),
        }
    )
    news = {"flag": "yes", "n": "4", "x": "2.5", "when": "2024-03-02T09:30:00", "day": "2024-03-02"}
    log = [LogEntry("u2", column, "", text, change_type="change_response") for column, text in news.items()]
    row = apply_cleaning_log(raw, log).iloc[1]
    assert [(row[c], type(row[c])) for c in news] == [
        (True, bool),
        (4, int),
        (2.5, float),
        (dt.datetime(2024, 3, 2, 9, 30), dt.datetime),
        (dt.date(2024, 3, 2), dt.date),
    ]
    with pytest.raises(CartongError, match="flag"):
        apply_cleaning_log(raw, [LogEntry("u2", "flag", "", "maybe", change_type="change_response")])


def test_blank_response_makes_the_cell_missing():
    log = [LogEntry("u2", "village", "y", "ignored", change_type="blank_response")]
    assert apply_cleaning_log(_survey(), log)["village"].tolist() == ["x", None, "z", "z", "Bossembele"]


def test_a_row_naming_a_missing_submission_is_skipped_and_the_rows_after_it_are_applied():
    log = [
        LogEntry("u9", "age", "1", "2", change_type="change_response"),
        LogEntry("u2", "age", "30", "31", change_type="change_response"),
    ]
    cleaned, summary = clean_with_summary(_survey(), log)
    assert cleaned["age"].tolist()[1] == 31.0
    assert len(summary.notes) == 1 and "Row 2" in summary.notes[0] and "u9" in summary.notes[0]


def test_pending_and_no_action_rows_are_counted_apart():
    log = [LogEntry(u, "age", "", "", change_type="pending") for u in ("u1", "u2")]
    log.append(LogEntry("u4", "age", "", "", change_type="no_action"))
    summary = clean_with_summary(_survey(), log)[1]
    assert (summary.pending, summary.no_action, summary.changed_values) == (2, 1, 0)


def test_removing_a_submission_twice_is_noted_with_the_first_row():
    log = [
        LogEntry("u2", "age", "30", "", change_type="remove_survey"),
        LogEntry("u2", "age", "30", "", change_type="remove_survey"),
    ]
    cleaned, summary = clean_with_summary(_survey(), log)
    assert cleaned["_uuid"].tolist() == ["u1", "u3", "u3", "u4"] and summary.removed_submissions == 1
    assert len(summary.notes) == 1 and "Row 3" in summary.notes[0] and "row 2" in summary.notes[0]


def test_remove_survey_on_a_duplicated_uuid_keeps_the_first_copy_only():
    raw = pd.DataFrame(
        {"_uuid": ["u1", "u3", "u2", "u3", "u3"], "_index": [1, 2, 3, 4, 5], "hh_size": [3, 9, 4, 11, 12]}
    )  # three sends of u3, the later ones edited
    log = [LogEntry("u3", "_uuid", "u3", "", "duplicated uuid", "duplicates.uuid", "remove_survey")]
    cleaned, summary = clean_with_summary(raw, log)
    assert cleaned[["_uuid", "_index", "hh_size"]].values.tolist() == [["u1", 1, 3], ["u3", 2, 9], ["u2", 3, 4]]
    assert summary.removed_submissions == 2


def test_remove_survey_on_the_uuid_of_a_unique_submission_drops_it():
    log = [LogEntry("u2", "_uuid", "u2", "", change_type="remove_survey")]
    assert apply_cleaning_log(_survey(), log)["_uuid"].tolist() == ["u1", "u3", "u3", "u4"]


def test_remove_survey_on_another_question_drops_every_copy_of_a_duplicated_uuid():
    log = [LogEntry("u3", "age", "41", "", change_type="remove_survey")]
    assert apply_cleaning_log(_survey(), log)["_uuid"].tolist() == ["u1", "u2", "u4"]


def test_remove_survey_drops_every_row_of_a_unique_submission():
    log = [LogEntry("u2", "duration", "3 min", change_type="remove_survey")]
    assert apply_cleaning_log(_survey(), log)["_uuid"].tolist() == ["u1", "u3", "u3", "u4"]


def test_empty_new_value_makes_the_cell_missing_and_types_are_kept():
    log = [
        LogEntry("u2", "hh_size", "4", "", change_type="change_response"),
        LogEntry("u4", "hh_size", "6", "7", change_type="change_response"),
    ]
    cleaned = apply_cleaning_log(_survey(), log)
    assert np.isnan(cleaned.loc[1, "hh_size"]) and cleaned.loc[4, "hh_size"] == 7


def test_bad_new_value_names_the_log_row_and_column():
    log = [LogEntry("u1", "age", "-5", "five", change_type="change_response")]
    with pytest.raises(CartongError, match="Row 2 .*five.*age"):
        apply_cleaning_log(_survey(), log)


def test_group_prefixed_raw_columns_take_bare_question_names():
    raw = pd.DataFrame({"_uuid": ["a"], "household/hh_size": ["99"]}, dtype=object)
    log = [LogEntry("a", "hh_size", "99", "9", change_type="change_response")]
    assert apply_cleaning_log(raw, log)["household/hh_size"].tolist() == ["9"]


def test_apply_is_deterministic(real_data_dir):
    raw = read_reach_survey(real_data_dir)
    log = read_log_file(real_data_dir / REACH_LOG)
    first, second = apply_cleaning_log(raw, log), apply_cleaning_log(raw, log)
    pd.testing.assert_frame_equal(first, second)
    assert first.to_csv(index=False) == second.to_csv(index=False)


def test_reach_log_applied_to_reach_data(real_data_dir):
    raw = read_reach_survey(real_data_dir)
    log = read_log_file(real_data_dir / REACH_LOG)
    cleaned, summary = clean_with_summary(raw, log)
    removed = {e.uuid for e in log if e.change_type == "remove_survey"}
    assert summary.removed_submissions == len(removed) == len(raw) - len(cleaned)
    assert not cleaned["_uuid"].isin(removed).any()
    changes = {(e.uuid, e.question): e.new_value for e in log if e.change_type == "change_response"}
    assert summary.changed_values == len(changes) == 34
    kept = cleaned.set_index("_uuid")
    checked = [(u, q) for u, q in changes if u not in removed]
    assert checked and all(kept.loc[u, q] == (changes[u, q] or None) for u, q in checked)


def test_merge_keeps_decisions_and_drops_fixed_pending_flags():
    previous = [
        LogEntry("u1", "age", "-5", "5", check_id="c", change_type="change_response"),
        LogEntry("u2", "age", "1", check_id="c", change_type="pending"),
        LogEntry("u5", "age", "1", check_id="manual", change_type="no_action"),
    ]
    fresh = [LogEntry("u1", "age", "-5", check_id="c"), LogEntry("u3", "age", "7", check_id="c")]
    merged = merge_logs(previous, fresh)
    assert [(e.uuid, e.change_type, e.new_value) for e in merged] == [
        ("u1", "change_response", "5"),
        ("u3", "pending", ""),
        ("u5", "no_action", ""),
    ]


def test_cells_are_written_as_the_log_reads_them():
    from cartong_plugin.core.cleaning.log import format_value

    assert [format_value(v) for v in (None, np.nan, pd.NA, pd.NaT, 5.0, 2.5, np.int64(7), "x")] == [
        "",
        "",
        "",
        "",
        "5",
        "2.5",
        "7",
        "x",
    ]
    assert format_value(pd.Timestamp("2026-03-02T08:00:00", tz="UTC")) == "2026-03-02T08:00:00+00:00"
