# SPDX-License-Identifier: GPL-3.0-or-later
"""Kobo's "labels" export through cartong:importsurvey: the 0/1 column "<question label>/Other" became
the "specify other" text question.
"""

from __future__ import annotations

import csv

from tests.real_imports import query
from tests.xlsform_files import write_form


def _run(data, output, form, **extra):
    """(result, warnings pushed) of cartong:importsurvey."""
    import processing
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

    feedback = Recorder()
    params = {"DATA": str(data), "FORM": str(form), "OUTPUT": str(output), **extra}
    return processing.run("cartong:importsurvey", params, feedback=feedback), feedback.warnings


def _labels_export(path, header, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_labels_export_choice_columns_are_flags_of_their_question(cartong_provider, tmp_path):
    form = write_form(
        tmp_path / "form.xlsx",
        [
            ["type", "name", "label", "relevant"],
            ["text", "village", "Village name", ""],
            ["select_multiple assist", "assistance", "Assistance received", ""],
            ["text", "assistance_other", "Other", "selected(${assistance}, 'other')"],
            ["integer", "hh_size", "Household size", ""],
        ],
        [
            ["list_name", "name", "label"],
            ["assist", "food", "Food"],
            ["assist", "cash", "Cash"],
            ["assist", "other", "Other"],
        ],
    )
    data = _labels_export(
        tmp_path / "export_labels.csv",
        ["Village name", "Assistance received", "Assistance received/Food", "Assistance received/Cash",
         "Assistance received/Other", "Other", "Household size", "_id", "_uuid", "_index"],
        [["Alpha", "Food Other", "1", "0", "1", "Seeds and tools", "4", "1", "u1", "1"],
         ["Beta", "Cash", "0", "1", "0", "", "3", "2", "u2", "2"]],
    )  # fmt: skip
    out = tmp_path / "out.gpkg"
    _result, warnings = _run(data, out, form)
    typed = query(
        out,
        "SELECT assistance, assistance_label, assistance_food, assistance_cash, assistance__other, assistance_other "
        "FROM survey ORDER BY fid",
    )
    assert typed == [
        ("food other", "Food; Other", 1, 0, 1, "Seeds and tools"),
        ("cash", "Cash", 0, 1, 0, None),
    ]
    assert not [w for w in warnings if "not in the form" in w]
