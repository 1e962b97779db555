# SPDX-License-Identifier: GPL-3.0-or-later
"""What an existing file chosen for the field teams' export of the cleaning log may be replaced by it.

``export_decisions(path, keep, survey_gpkg)`` says, before anything is read or written, whether
the CSV/XLSX file at ``path`` can be replaced: a file that is not a cleaning log exported by the toolkit
(the survey's own export, its form, a REACH log, any other sheet) is refused, whatever is kept; so is a
filled export whose decisions would be lost (``keep`` false), and one whose decision cell holds a formula
whose result was never saved (read as empty, the decision would be lost or blank an answer). It returns
the decisions to carry into the new log (``keep`` true). The survey's export and form are recognised by
the SHA-256 its import recorded.
"""

from __future__ import annotations

from pathlib import Path

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from ..base.safe_files import file_sha256
from .log import LOG_COLUMNS, LOG_LAYER, PENDING, _canonical_column, unsaved_formula_problem


def export_decisions(path, keep: bool, survey_gpkg: str = "") -> list:
    """The decided rows of the existing export file ``path`` to carry into the new log ([] when there is no
    such file, or ``keep`` is false and it holds none); CartongError when it must not be replaced."""
    from . import log_files

    target = Path(str(path))
    if not target.is_file():
        return []
    _refuse_survey_file(target, survey_gpkg)
    try:
        entries = log_files.read_log_file(target)
        headers = _headers(target)
    except CartongError as err:
        raise CartongError(
            tr(
                "{error} The export file {file} may hold decisions of the field teams: it was not replaced. "
                "Choose another export file, or move this one away."
            ).format(error=str(err), file=str(target)),
            path=str(target),
        ) from err
    if [_canonical_column(h) for h in headers[: len(LOG_COLUMNS)]] != list(LOG_COLUMNS):
        raise CartongError(
            tr(
                "The export file {file} is not a cleaning log exported by the toolkit (its columns: {columns}): "
                "it was not replaced. Choose another export file, or move this one away."
            ).format(file=str(target), columns=", ".join(h.strip() for h in headers if h.strip())),
            path=str(target),
        )
    unreadable = next(filter(None, (unsaved_formula_problem(e, e.row) for e in entries)), None)
    if unreadable is not None:  # its decision read as empty would be carried, or lost with the file
        raise CartongError(
            tr(
                "Row {row} of the export file {file}: {problem}. Its decision cannot be read: the file was not "
                "replaced."
            ).format(row=unreadable.row, file=str(target), problem=unreadable.message),
            path=str(target),
            row=unreadable.row,
            field=unreadable.column,
        )
    decided = [e for e in entries if e.change_type != PENDING]
    if decided and not keep:
        raise CartongError(
            trn(
                "The export file {file} holds %n decision of the field teams (first: row {row}) and the option to "
                "keep the decisions is off: the file was not replaced. Keep the decisions, or export to another file.",
                "The export file {file} holds %n decisions of the field teams (first: row {row}) and the option to "
                "keep the decisions is off: the file was not replaced. Keep the decisions, or export to another file.",
                len(decided),
            ).format(file=str(target), row=decided[0].row),
            path=str(target),
        )
    return decided if keep else []


def _headers(path: Path) -> list[str]:
    """The header of the log sheet of ``path`` (CSV or XLSX) as written."""
    if path.suffix.lower() == ".xlsx":
        from ..survey.xlsx_sheets import read_xlsx_sheets

        sheets = read_xlsx_sheets(path, what="log")
        return list((sheets.get(LOG_LAYER) or next(iter(sheets.values())))[0]) if sheets else []
    from .log_files import read_csv_log_rows

    return read_csv_log_rows(path)[0]


def _refuse_survey_file(path: Path, survey_gpkg: str) -> None:
    """The survey's own export or form (the algorithm's FORM is refused as any input is) is never replaced."""
    recorded = set()
    if survey_gpkg and Path(survey_gpkg).is_file():
        from ..servers.geopackage import read_metadata

        try:
            rows = read_metadata(survey_gpkg)
        except RuntimeError:  # not a GeoPackage of the toolkit's import: nothing recorded
            rows = []
        recorded = {row.get(key) for row in rows for key in ("source_sha256", "form_sha256") if row.get(key)}
    if recorded and file_sha256(path) in recorded:
        raise CartongError(
            tr(
                "The export file {file} is the survey's own export or form: it was not replaced by the cleaning "
                "log. Choose another export file."
            ).format(file=str(path)),
            path=str(path),
        )
