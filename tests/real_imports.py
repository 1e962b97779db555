# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of the real-export import tests: run cartong:importsurvey as a user does, read what it wrote."""

from __future__ import annotations

import csv
import sqlite3


def import_with_messages(data, output, form=None, **extra):
    """processing.run("cartong:importsurvey") as a user runs it: (result, warnings pushed).

    ``extra``: further parameters (LANGUAGE="en"...)."""
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
    params = {"DATA": str(data), "OUTPUT": str(output), **extra}
    if form:
        params["FORM"] = str(form)
    return processing.run("cartong:importsurvey", params, feedback=feedback), feedback.warnings


def query(gpkg, sql, *args):
    with sqlite3.connect(str(gpkg)) as db:
        return db.execute(sql, args).fetchall()


def csv_rows(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))
