# SPDX-License-Identifier: GPL-3.0-or-later
"""A cleaning log with a column twice (a second new_value typed beside the exported one, a retyped "New value"
header, two uuid columns) is refused with the column and its letters, and nothing is written.

Only the first column was read: a log whose reviewer typed the decisions into a second new_value column
EMPTIED 12 answers of the cleaned layer instead of changing them, with only "no new value" said (attack8-ltr
finding B, CSV and XLSX, QGIS 3.22 and 3.40).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, files_under, import_sample
from tests.field_data import apply_cleaning_log as _apply
from tests.field_data import write_text_file as _log
from tests.xlsx_cells import write_xlsx

HEADER = ["uuid", "question", "old_value", "new_value", "issue", "new_value", "change_type"]


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    gpkg = import_sample(tmp_path_factory.mktemp("repeated") / "household.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        rows = db.execute("SELECT _uuid, hh_size FROM survey WHERE hh_size IS NOT NULL ORDER BY fid LIMIT 2").fetchall()
    return gpkg, rows


def _rows(survey_rows):
    """The exported new_value left empty, the decisions typed in the second new_value column."""
    return [
        [uuid, "hh_size", str(size), "", "too many", str(size + 1), "change_response"] for uuid, size in survey_rows
    ]


def _refused(gpkg, log, folder) -> str:
    before = files_under(folder)
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, log, folder / "clean.gpkg")
    assert files_under(folder) == before  # no cleaned layer, no temporary file left
    return str(raised.value)


def test_a_csv_log_with_two_new_value_columns_is_refused(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    text = "\n".join(",".join(row) for row in [HEADER, *_rows(rows)]) + "\n"
    assert _refused(gpkg, _log(tmp_path, text, "decided.csv"), tmp_path) == (
        "The cleaning log decided.csv has the column new_value more than once (columns D, F): which one to read "
        "cannot be told. Keep one column new_value (delete or rename the others), then try again."
    )


def test_an_xlsx_log_with_two_new_value_columns_is_refused(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    path = tmp_path / "decided.xlsx"
    cells = [row[:3] + [""] + row[4:5] + [(int(row[5]), 1)] + row[6:] for row in _rows(rows)]  # numbers typed
    write_xlsx(path, HEADER, cells, [(1, None)])
    assert _refused(gpkg, path, tmp_path).startswith(
        "The cleaning log decided.xlsx has the column new_value more than once (columns D, F)"
    )


@pytest.mark.parametrize(
    ("header", "column", "letters"),
    [
        ("uuid,question,old_value,New value,change_type,new_value", "new_value", "D, F"),
        ("X_uuid,question,old_value,new_value,change_type,uuid", "uuid", "A, F"),
        ("uuid,question,change_type,old_value,new_value,Change type", "change_type", "C, F"),
        # pandas and R's make.unique rename a column read twice "new_value.1", readr "new_value...6"
        ("uuid,question,old_value,new_value,change_type,new_value.1", "new_value", "D, F"),
        ("uuid,question,old_value,new_value,change_type,new_value...6", "new_value", "D, F"),
    ],
)
def test_a_column_repeated_under_another_spelling_is_refused(
    cartong_provider, survey, tmp_path, header, column, letters
):
    gpkg, rows = survey
    (uuid, size), _ = rows
    values = {"uuid": uuid, "x_uuid": uuid, "question": "hh_size", "old_value": str(size)}
    values |= {"new_value": str(size + 1), "new value": "", "change_type": "change_response"}
    values["change type"] = "change_response"
    values["new_value.1"] = values["new_value...6"] = str(size + 1)
    line = ",".join(values[name.lower()] for name in header.split(","))
    message = _refused(gpkg, _log(tmp_path, f"{header}\n{line}\n"), tmp_path)
    assert message.startswith(f"The cleaning log log.csv has the column {column} more than once (columns {letters})")


def test_other_columns_named_twice_are_still_read(cartong_provider, survey, tmp_path):
    """Two comment columns (REACH's "comment" and "reason" both mean the explanation) change no value:
    the log is applied, the second kept as the log's own column."""
    gpkg, rows = survey
    (uuid, size), _ = rows
    log = _log(
        tmp_path,
        "uuid,question,old_value,new_value,change_type,comment,reason\n"
        f"{uuid},hh_size,{size},{size + 1},change_response,checked,phone call\n",
    )
    assert _apply(gpkg, log, tmp_path / "clean.gpkg")["CHANGED_VALUES"] == 1


def test_runchecks_refuses_an_export_file_with_two_change_type_columns(cartong_provider, survey, sample_dir, tmp_path):
    """The field teams' export is read back to keep its decisions: a repeated column is refused there too,
    the export and the survey's own log left as they were."""
    import shutil

    import processing

    from tests.checks_sample import PERIOD

    gpkg, rows = shutil.copy(survey[0], tmp_path / "household.gpkg"), survey[1]
    (uuid, size), _ = rows
    export = _log(
        tmp_path,
        "uuid,question,old_value,new_value,issue,check_id,change_type,explanation,who,when,change_type\n"
        f"{uuid},hh_size,{size},,outlier,outliers.constraint,pending,,,,remove_survey\n",
        "field_log.csv",
    )
    before = export.read_bytes(), gpkg.read_bytes()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "cartong:runchecks",
            {
                "INPUT": f"{gpkg}|layername=survey",
                "ADMIN": f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2",
                "PERIOD_START": PERIOD[0],
                "PERIOD_END": PERIOD[1],
                "EXPORT_FILE": str(export),
            },
            feedback=RecordingFeedback(),
        )
    assert str(raised.value).startswith(
        "The cleaning log field_log.csv has the column change_type more than once (columns G, K): which one to "
        "read cannot be told. Keep one column change_type (delete or rename the others), then try again. The "
        f"export file {export} may hold decisions of the field teams: it was not replaced."
    )
    assert (export.read_bytes(), gpkg.read_bytes()) == before


def test_a_log_table_with_a_second_new_value_field_is_refused(cartong_provider, survey, tmp_path):
    """The cleaning_log table edited in QGIS, a field "New value" added beside new_value: refused with both names."""
    from cartong_plugin.core.cleaning.log import LogEntry
    from cartong_plugin.core.cleaning.log_files import write_log_to_gpkg

    gpkg, rows = survey
    (uuid, size), _ = rows
    log = tmp_path / "decisions.gpkg"
    write_log_to_gpkg([LogEntry(uuid, "hh_size", str(size), "", change_type="change_response")], log)
    with closing(sqlite3.connect(log)) as db:
        db.execute('ALTER TABLE cleaning_log ADD COLUMN "New value" TEXT')
        db.execute(f"UPDATE cleaning_log SET \"New value\" = '{size + 1}'")
        db.commit()
    assert _refused(gpkg, log, tmp_path) == (
        "The table cleaning_log of decisions.gpkg has the column new_value more than once (new_value, New value): "
        "which one to read cannot be told. Keep one column new_value (delete or rename the others), then try again."
    )
