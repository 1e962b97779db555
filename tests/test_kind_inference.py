# SPDX-License-Identifier: GPL-3.0-or-later
"""Column kinds inferred from the values when no XLSForm is given (column_inference.infer_kinds).

The inference stops at the first value that does not fit a kind and skips stripping when no value
is padded (speed, issue #20): these tests keep what it decides exactly as when every value was
stripped and matched.
"""

from __future__ import annotations

import pytest

from cartong_plugin.core.survey.importer import preview_export


def _kinds(tmp_path, columns: dict[str, list[str]]) -> dict[str, str]:
    rows = len(next(iter(columns.values())))
    lines = [";".join(f'"{h}"' for h in columns)]
    lines += [";".join(f'"{values[i]}"' for values in columns.values()) for i in range(rows)]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return preview_export(path, rows=rows).kinds


def test_padded_numbers_and_dates_keep_their_kind(tmp_path):
    kinds = _kinds(
        tmp_path,
        {
            "n": ["1", " 2", "3 "],
            "d": ["2024-01-02 ", "\t2024-01-03", "2024-01-04"],
            "m": ["1.5", "2", " 2.25"],
            "trailing": ["1", "2 ", "3"],
        },
    )
    assert kinds == {"n": "integer", "d": "date", "m": "decimal", "trailing": "integer"}


def test_a_late_misfit_makes_the_column_text(tmp_path):
    kinds = _kinds(tmp_path, {"n": ["1", "2", "3", "4", "5", "many"], "d": ["2024-01-02"] * 5 + ["soon"]})
    assert kinds == {"n": "text", "d": "text"}


def test_empty_and_blank_values_are_ignored(tmp_path):
    kinds = _kinds(tmp_path, {"n": ["", "  ", "7"], "unpadded": ["", "8", ""], "blank": ["", " ", ""]})
    assert kinds == {"n": "integer", "unpadded": "integer", "blank": "text"}


@pytest.mark.parametrize(
    "values, kind",
    [
        (["12.5 -3.25 0 5", "12.75 -3.5 0 4"], "geopoint"),
        (["12 -3.25", "12 -3.5"], "geopoint"),  # a decimal in the longitude only
        (["12.5 -3.25", "12.75 -3.5 0 4", "NaN 3.1"] + ["12.5 -3.25"] * 97, "geopoint"),  # one unreadable of 100
        (["7564 4212", "7511 9020"], "text"),  # phone numbers, not places
        (["7564 4212", "7511 9020", "7600 1234", "12.5 3.1"], "text"),  # most distinct values without decimals
        (["12.5 -3.25"] * 8 + ["n/a", "unknown"], "text"),  # more than 1% of the rows are no locations
        (["12.5 -3.25"] * 99 + ["n/a"], "geopoint"),  # one row of 100 is no location
        (["7564 4212", "12.5 3.1"], "geopoint"),  # half the distinct values with decimals is enough
        (["7564 4212", "7511 9020", "12.5 3.1"], "text"),  # one of three distinct values: less than half
        (["7564 4212", "7511 9020", "12.5 3.1", "12.6 3.2"], "geopoint"),  # two of four: half
        (["12.5\u00a0-3.25", "12.75\u00a0-3.5"], "geopoint"),  # a no-break space between the numbers
        (["2.5 km", "3.5 km"], "text"),
        (["12.5 -3.25;12.6 -3.3", "12.5 -3.25;12.7 -3.3"], "geotrace"),
    ],
)
def test_geo_columns(tmp_path, values, kind):
    assert _kinds(tmp_path, {"where": values})["where"] == kind


def test_leading_zeros_are_no_numbers_and_datetimes_are_found(tmp_path):
    kinds = _kinds(tmp_path, {"code": ["007", "12"], "when": ["2024-01-02T10:00:00+01:00", "2024-01-02 11:30"]})
    assert kinds == {"code": "text", "when": "datetime"}  # "007" as a number would be 7


def test_distinct_values_are_found_once_and_follow_a_new_frame():
    import pandas as pd

    from cartong_plugin.core.survey.export_readers import TextTable

    table = TextTable(name="", headers=["a"], frame=pd.DataFrame({0: ["x", "y", "x"]}), source="t.csv")
    assert list(table.distinct(0)) == ["x", "y"]
    assert table.distinct(0) is table.distinct(0)  # kept, not found again
    table.frame = pd.DataFrame({0: ["z", "z"]})
    assert list(table.distinct(0)) == ["z"]


def test_choice_columns_without_a_form_name_their_question(tmp_path):
    """Two select_multiple sharing a choice, and a question named like that choice: nothing is
    named after the bare choice, nobody takes another's name."""
    from cartong_plugin.core.survey.columns import plan_columns
    from cartong_plugin.core.survey.export_readers import read_csv_text

    path = tmp_path / "export.csv"
    path.write_text(
        "grp/q1,grp/q1/other,grp/q1/water,b/q2,b/q2/other,other,grp/q1/x/y\nother water,1,1,other,1,free,z\n",
        encoding="utf-8",
    )
    names = [c.name for c in plan_columns(read_csv_text(path), None, [])]
    assert names == ["q1", "q1_other", "q1_water", "q2", "q2_other", "other", "y"]


def test_without_a_form_names_do_not_depend_on_the_values(tmp_path):
    """Choice-like 0/1 columns without their question's column keep their own names: a name that
    changed with the values (one answer "2") would differ between two downloads of one survey."""
    from cartong_plugin.core.survey.columns import plan_columns
    from cartong_plugin.core.survey.export_readers import read_csv_text

    names = []
    for last in ("0", "2"):
        path = tmp_path / f"export_{last}.csv"
        path.write_text(
            f"hh/n_disabled,hh/n_pregnant,web/firefox,web/chrome\n1,0,1,0\n0,{last},0,1\n", encoding="utf-8"
        )
        names.append([c.name for c in plan_columns(read_csv_text(path), None, [])])
    assert names[0] == names[1] == ["n_disabled", "n_pregnant", "firefox", "chrome"]


def test_without_a_form_a_question_keeps_its_name_before_a_choice_column(tmp_path):
    """Kobo's "specify other" text question ``water_other`` beside the choice ``water/other``: the
    question keeps its name, the choice column becomes ``water__other`` (as with the form)."""
    from cartong_plugin.core.survey.columns import plan_columns
    from cartong_plugin.core.survey.export_readers import read_csv_text

    path = tmp_path / "export.csv"
    path.write_text("water,water/boil,water/other,water_other\nboil other,1,1,rain water\n", encoding="utf-8")
    names = [c.name for c in plan_columns(read_csv_text(path), None, [])]
    assert names == ["water", "water_boil", "water__other", "water_other"]
