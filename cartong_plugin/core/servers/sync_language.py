# SPDX-License-Identifier: GPL-3.0-or-later
"""The label language of a download, and of an update of a survey GeoPackage.

A download labels the answers in the language asked (``LANGUAGE`` of the algorithms, matched as the
file import matches it: ``survey.label_language``), else in the one the user reads QGIS in when the
form has it (the download wizard's preference), else in the form's default. An update keeps the
language the GeoPackage was made with: its rows, its ``form_questions`` and ``form_choices`` are in
that language, and new rows labelled in another would mix two languages in one column. Asking an
update for another language is therefore refused before anything is downloaded; when the form on the
server no longer has that language, the update goes on and says that the columns now mix languages.
An ODK form whose XForm could not be read has no labels at all: said, and an update of a labelled
GeoPackage refused (``xform_missing``).
"""

from __future__ import annotations

from pathlib import Path

from ..base.errors import CartongError
from ..base.i18n import tr
from ..survey.label_language import label_language, language_not_in_form, missing_labels
from .geopackage import read_metadata


def download_language(
    form, gpkg: Path, update: bool, language: str | None = None, preferred: str | None = None
) -> tuple[str, list[str]]:
    """(The form's language the labels are written in, the warnings to show) for a download into
    ``gpkg`` (an update when ``update``). ``language`` is the one the user asked, ``preferred`` the one
    used when the form has it and nothing was asked. CartongError when an update asks another language
    than the GeoPackage's."""
    if not hasattr(form, "resolve_language"):  # no form to read labels from
        return "", []
    kept = made_with_language(gpkg) if update else ""
    if kept:
        return _update_language(form, gpkg, kept, language)
    if not language and preferred:
        language = form.find_language(preferred)  # quietly the form's default when it has not the one preferred
    return label_language(form, language)


def made_with_language(gpkg: Path) -> str:
    """The label language ``gpkg`` was first written in (its first ``cartong_metadata`` row naming one)."""
    return next((str(row["language"]) for row in read_metadata(gpkg) if row.get("language")), "")


def _update_language(form, gpkg: Path, kept: str, language: str | None) -> tuple[str, list[str]]:
    same = form.find_language(kept)  # by its code too: "French (fr)" when the form renamed it
    asked = form.find_language(language) if language else None
    if asked and same and asked != same:
        raise CartongError(
            tr(
                "{file} has its labels in {kept}: an update writes the new submissions' labels in that "
                "language too, so that old and new rows match. To have labels in {asked}, download the "
                "survey again without Update (or into a new GeoPackage)."
            ).format(file=Path(gpkg).name, kept=kept, asked=asked),
            path=str(gpkg),
        )
    used = asked or same or form.resolve_language(None)
    warnings = []
    if language and asked is None:
        warnings.append(language_not_in_form(form, language, used))
    if same is None:
        warnings.append(
            tr(
                "{file} has its labels in {kept}, a language the form no longer has ({languages}): the new "
                "submissions are labelled in {used}, so its label columns mix two languages. Download the "
                "survey again without Update to have every label in one language."
            ).format(file=Path(gpkg).name, kept=kept, languages=", ".join(form.languages), used=used)
        )
    missing = missing_labels(form, used)
    if missing:
        warnings.append(missing)
    return used, warnings


def xform_missing(problem: str, form, gpkg: Path, update: bool, http) -> None:
    """Tell the user that the form has no labels nor choice lists (``problem``: why, from
    ``odk_xform.read_xform_labels``; "" when it has them): a warning (``http.warn``) for a download. An update
    of a GeoPackage written with labels is refused before anything is downloaded: its new rows would have none,
    next to labelled ones, and the form would seem to have lost the GeoPackage's language."""
    if not problem:
        return
    kept = made_with_language(gpkg) if update and gpkg.exists() else ""
    if kept and form.find_language(kept) is None:
        raise CartongError(
            "{problem} {more}".format(
                problem=problem,
                more=tr(
                    "{file} has labels in {kept}: an update now would add submissions without labels to it, so "
                    "nothing was changed. Update again once the server gives the form, or give its XLSForm."
                ).format(file=Path(gpkg).name, kept=kept),
            ),
            path=str(gpkg),
        )
    http.warn(problem)
