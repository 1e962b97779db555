# SPDX-License-Identifier: GPL-3.0-or-later
"""One translation context for the whole plugin.

Every user-facing string is written ``tr("...")`` (or ``trn("...", "...", n)`` when it
counts things) with literal arguments, so that ``i18n/update_ts.py`` can extract it;
QObject.tr() is not used because its context would change with the class name.
In a right-to-left language both keep each path or address the sentence is given as one left-to-right
run (``_paths_left_to_right``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qgis.PyQt.QtCore import QCoreApplication, QLocale

CONTEXT = "CartONG"


# Placeholders that receive a file or folder path, a list of them, or an address (URL): the names every
# sentence of the plugin uses for them (``tr("{file} cannot be read.").format(file=path)``); a source
# may also be a layer's data source or a column, which read left to right as well.
PATH_PLACEHOLDERS = ("file", "files", "folder", "folders", "path", "url", "source", "zip", "gpkg", "package", "office")
_PATH_PLACEHOLDER = re.compile(r"(?<!\{)\{(?:" + "|".join(PATH_PLACEHOLDERS) + r")(?:![rsa])?(?::[^{}]*)?\}(?!\})")


def right_to_left() -> bool:
    """Whether the plugin's language (``cartong/locale``, else QGIS's) is written right to left."""
    from .translation import RIGHT_TO_LEFT_LANGUAGES, preferred_language

    return preferred_language() in RIGHT_TO_LEFT_LANGUAGES


def _paths_left_to_right(text: str) -> str:
    """``text`` with each path placeholder (``PATH_PLACEHOLDERS``) between left-to-right isolates when the
    plugin's language is written right to left.

    In Arabic the sentence runs right to left and would draw a path's leading "/" at its other end
    ("tmp/run/survey.gpkg/"): the path that ``format`` puts there is one left-to-right run instead (see
    ``left_to_right``). In other languages the text is unchanged.
    """
    if "{" not in text or not _PATH_PLACEHOLDER.search(text) or not right_to_left():
        return text
    return _PATH_PLACEHOLDER.sub(lambda m: f"{LEFT_TO_RIGHT_ISOLATE}{m.group(0)}{POP_ISOLATE}", text)


def tr(text: str) -> str:
    """Translate ``text`` with the plugin's translator (installed by the plugin or tests); in a
    right-to-left language its path placeholders are isolated (``_paths_left_to_right``)."""
    return _paths_left_to_right(QCoreApplication.translate(CONTEXT, text))


def trn(singular: str, plural: str, count: int, locale: QLocale | None = None) -> str:
    """A sentence about ``count`` things, in the plural form its language needs for that number.

    Both texts hold ``%n`` where the number goes. ``plural`` is the message translators see (as
    numerus forms: French uses the singular for 0 and 1); without a translation, the English
    ``singular`` is used for exactly 1. With ``locale`` (``translation.plugin_locale()``) the number is
    written as that language writes it ("1 234" in French, "٣٨" in Arabic), like the other numbers of the
    sentence formatted with it; the texts then hold no other digits.
    """
    if locale is not None:
        return trn(singular, plural, count).replace(str(int(count)), locale.toString(int(count)))
    count = int(count)
    if abs(count) >= 2**31:  # Qt takes a 32-bit count (tiles of a big country at zoom 19 pass it)
        # the form is chosen for a 7-digit number with the same last six digits (what plural rules
        # read), then the real count is written where that number went
        chooser = count % 1_000_000 + 1_000_000
        return trn(singular, plural, chooser).replace(str(chooser), str(count))
    translated = QCoreApplication.translate(CONTEXT, plural, None, count)
    if translated == plural.replace("%n", str(count)):  # no translation: English
        translated = (singular if count == 1 else plural).replace("%n", str(count))
    return _paths_left_to_right(translated)


def listed(parts: Iterable[str]) -> str:
    """Parts of a sentence joined as the language lists them: each part counting things is a ``trn`` of
    its own ("1 value changed, 3 submissions removed"), so that every number gets its own plural form."""
    return tr(", ").join(part for part in parts if part)


LEFT_TO_RIGHT_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"


def left_to_right(text: object) -> str:
    """``text`` (a path, a column name) as one left-to-right run inside a translated sentence.

    In Arabic the sentence runs right to left and would carry a path's leading "/" or a column's
    leading "_" to the other end (``_uuid`` drawn ``uuid_``); Unicode isolates (LRI … PDI, invisible)
    keep the run as typed, and change nothing in a left-to-right language.
    """
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_ISOLATE}"


def left_to_right_list(names: Iterable[object]) -> str:
    """Names (columns) joined by commas, each one a left-to-right run (see ``left_to_right``)."""
    return ", ".join(left_to_right(name) for name in names)


def left_to_right_names(sentence: str, names: Iterable[str]) -> str:
    """``sentence`` with each of ``names`` (columns it quotes) as a left-to-right run, for display.

    Core sentences keep plain names (they also go to files and logs); a widget showing one in Arabic
    isolates the names it quotes (between quotes, French « » with their spaces), longest first
    (``_uuid`` before ``uuid``).
    """
    wanted = sorted({name for name in names if name}, key=len, reverse=True)
    if not wanted or not sentence:
        return sentence
    quoted = re.compile(r'(?:(?<=[«"“\'])|(?<=«\s))(' + "|".join(map(re.escape, wanted)) + r')(?=[»"”\']|\s»)')
    return quoted.sub(lambda m: left_to_right(m.group(1)), sentence)


# A path, a file, table or column name, a code: Latin letters, digits and the signs of paths and names.
_LEFT_TO_RIGHT_RUN = re.compile(r"[\w./\\-]*[A-Za-z][\w./\\-]*", re.ASCII)
_ISOLATED_RUN = re.compile(f"({LEFT_TO_RIGHT_ISOLATE}[^{LEFT_TO_RIGHT_ISOLATE}{POP_ISOLATE}]*{POP_ISOLATE})")


def left_to_right_runs(text: str) -> str:
    """``text`` (a sentence in Arabic) with each path, file, table or column name it holds as a
    left-to-right run (see ``left_to_right``): ``data/household_survey_kobo.csv`` or ``_label`` keep
    their slashes and underscores in place. A full stop or hyphen ending a run is the sentence's."""

    def isolate(match: re.Match) -> str:
        run = str(match.group(0))
        core = run.rstrip(".-")
        return left_to_right(core) + run[len(core) :]

    # a path the sentence already holds as a run (``tr``, ``left_to_right``) stays whole: a space or an Arabic
    # folder name inside it would cut it into runs drawn in the wrong order
    parts = _ISOLATED_RUN.split(text)
    return "".join(part if index % 2 else _LEFT_TO_RIGHT_RUN.sub(isolate, part) for index, part in enumerate(parts))
