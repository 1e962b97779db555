# SPDX-License-Identifier: GPL-3.0-or-later
"""What a map says and in which language: the kinds of map, their default titles, the disclaimer,
``MapTexts`` (title, sources, author… around the map) and ``use_language`` (map texts in one of
``LANGUAGES``, whatever the language of QGIS).
"""

from __future__ import annotations

import contextlib
import datetime
from dataclasses import dataclass, field

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..base.errors import CartongError
from ..base.i18n import CONTEXT, tr
from ..base.paths import i18n_dir

LANGUAGES = ("en", "fr", "es", "pt", "ar")
# Each language by its own name (never translated: a reader finds their language in any interface).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português", "ar": "العربية"}


# Kinds of map, as the wizard and cartong:exportmappdf name them (default_title).
MAP_COUNT, MAP_SHARE, MAP_MEAN, MAP_MEDIAN = "count", "share", "mean", "median"


MAP_POINTS, MAP_PROPORTIONAL, MAP_HEATMAP = "points", "proportional", "heatmap"
# Counts of cartong:countbyadmin other than all submissions: of one answer, of a numeric question's
# answers (named as their fields, aggregate.ANSWER_COUNT_FIELD and VALUE_COUNT_FIELD).
MAP_ANSWER_COUNT, MAP_VALUE_COUNT = "answer_count", "value_count"


def default_title(map_type: str, language: str = "en", question: str = "", answer: str = "") -> str:
    """The title a map gets when the user gives none, in ``language`` (one of ``LANGUAGES``).

    ``question`` (its label) names the mapped question of a points, mean or median map; ``answer``
    (its label) the answer of a share map. Without them, a title that needs neither.
    """
    with use_language(language):
        if map_type == MAP_SHARE:
            return (
                tr("Share of submissions answering “{answer}”").format(answer=answer)
                if answer
                else tr("Share of submissions giving the chosen answer, by admin area")
            )
        if map_type == MAP_MEAN:
            return (
                tr("Mean of “{question}” per admin area").format(question=question)
                if question
                else tr("Mean per admin area")
            )
        if map_type == MAP_MEDIAN:
            return (
                tr("Median of “{question}” per admin area").format(question=question)
                if question
                else tr("Median per admin area")
            )
        if map_type == MAP_POINTS:
            return (
                tr("Answers to “{question}”").format(question=question)
                if question
                else tr("Where the submissions were collected")
            )
        if map_type == MAP_HEATMAP:
            return tr("Where the submissions were collected")
        if map_type in (MAP_ANSWER_COUNT, MAP_VALUE_COUNT):
            return tr("{what} per admin area").format(what=count_legend(map_type, question, answer))
        return tr("Survey submissions by admin area")


def count_legend(map_type: str, question: str = "", answer: str = "") -> str:
    """The legend title of a map of counts (in the current language: see ``use_language``): what is
    counted, e.g. "Submissions answering water_source = borehole" for ``MAP_ANSWER_COUNT``."""
    if map_type == MAP_ANSWER_COUNT:
        if question and answer:
            return tr("Submissions answering {question} = {answer}").format(question=question, answer=answer)
        return tr("Submissions giving the chosen answer")
    if map_type == MAP_VALUE_COUNT:
        if question:
            return tr("Submissions answering {question}").format(question=question)
        return tr("Submissions answering the numeric question")
    return tr("Submissions per area")


def area_legend(count_field: str, share: bool) -> str:
    """The legend title of the field a choropleth or circles map shows (in the current language):
    its mean or median, a share of submissions when ``share``, else what ``count_legend`` counts."""
    from .aggregate import STAT_FIELDS, STAT_MEAN

    if count_field in STAT_FIELDS.values():
        return tr("Mean per area") if count_field == STAT_FIELDS[STAT_MEAN] else tr("Median per area")
    return tr("Share of submissions (%)") if share else count_legend(count_field)


def boundaries_credit(areas, upper=None) -> str:
    """The credit for the admin boundaries a map draws, for a map whose sources were not given (in the current
    language: see ``use_language``): the file the areas come from (the one cartong:countbyadmin recorded for
    its counts, else the layer's own) and the upper level's, e.g. "admin boundaries (admin_boundaries.gpkg)".
    COD-AB boundaries are shared under a licence that asks for their attribution."""
    from ..base.provenance import layer_provenance
    from .counts_layer import count_record

    def file_of(layer) -> str:
        if layer.providerType() == "memory":  # a temporary layer ("Submissions per admin area") is no source
            return ""
        return layer_provenance(layer, checksum=False).file or layer.name()

    # counts name the boundaries they were made from: their own file holds the counts, not the source
    # (nothing is named when they do not record it: a Shapefile of counts, a temporary layer)
    recorded = str((count_record(areas).get("admin_areas") or {}).get("file") or "")
    names = [recorded or ("" if _holds_counts(areas) else file_of(areas))] + (
        [file_of(upper)] if upper is not None else []
    )
    names = list(dict.fromkeys(name for name in names if name))
    return tr("admin boundaries ({files})").format(files=", ".join(names)) if names else ""


def _holds_counts(layer) -> bool:
    """True when ``layer`` is a result of cartong:countbyadmin (its submissions field, whole or cut)."""
    from .aggregate import COUNT_FIELD
    from .counts_layer import full_names

    return layer.fields().indexOf(COUNT_FIELD) >= 0 or COUNT_FIELD in full_names(layer).values()


def survey_credit(areas) -> str:
    """The credit for the survey a count layer was made from, as cartong:countbyadmin recorded its file
    (in the current language), e.g. "survey (household_survey.gpkg)"; "" when not recorded."""
    from .counts_layer import count_record

    survey = str((count_record(areas).get("submissions") or {}).get("file") or "")
    return tr("survey ({file})").format(file=survey) if survey else ""


def disclaimer_text() -> str:
    return tr(
        "The boundaries and names shown and the designations used on this map do not imply "
        "official endorsement or acceptance by CartONG or its partners."
    )


@dataclass
class MapTexts:
    """What the layout says around the map (already in the map's language, except defaults)."""

    title: str
    subtitle: str = ""
    sources: str = ""
    author: str = "CartONG"
    date: datetime.date | None = None
    reference: str = ""
    logo_path: str = ""
    extra_sources: list[str] = field(default_factory=list)


class _SourceTextTranslator(QTranslator):
    """Answers the plugin's strings with their English source, hiding any other translator."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return source_text if context == CONTEXT else None  # None: no translation here


@contextlib.contextmanager
def use_language(language: str):
    """Within the block, ``tr()`` answers in ``language`` (one of ``LANGUAGES``), then QGIS's language again."""
    if language not in LANGUAGES:
        raise CartongError(
            tr("Unknown map language {language}; choose one of {languages}.").format(
                language=language, languages=", ".join(LANGUAGES)
            )
        )
    translator = _SourceTextTranslator()
    if language != "en":
        translator = QTranslator()
        qm = i18n_dir() / f"cartong_{language}.qm"
        if not translator.load(str(qm)):
            QgsMessageLog.logMessage(
                tr("No translation file {file}: the map texts stay in English.").format(file=qm),
                "CartONG",
                Qgis.MessageLevel.Warning,
            )
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
