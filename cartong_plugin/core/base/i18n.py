# SPDX-License-Identifier: GPL-3.0-or-later
"""One translation context for the whole plugin.

Every user-facing string is written ``tr("...")`` (or ``trn("...", "...", n)`` when it
counts things) with literal arguments, so that ``i18n/update_ts.py`` can extract it;
QObject.tr() is not used because its context would change with the class name.
"""

import re
from collections.abc import Iterable

from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "CartONG"


def tr(text: str) -> str:
    """Translate ``text`` with the plugin's translator (installed by the plugin or tests)."""
    return QCoreApplication.translate(CONTEXT, text)


def trn(singular: str, plural: str, count: int) -> str:
    """A sentence about ``count`` things, in the plural form its language needs for that number.

    Both texts hold ``%n`` where the number goes. ``plural`` is the message translators see (as
    numerus forms: French uses the singular for 0 and 1); without a translation, the English
    ``singular`` is used for exactly 1.
    """
    count = int(count)
    if abs(count) >= 2**31:  # Qt takes a 32-bit count (tiles of a big country at zoom 19 pass it)
        # the form is chosen for a 7-digit number with the same last six digits (what plural rules
        # read), then the real count is written where that number went
        chooser = count % 1_000_000 + 1_000_000
        return trn(singular, plural, chooser).replace(str(chooser), str(count))
    translated = QCoreApplication.translate(CONTEXT, plural, None, count)
    if translated == plural.replace("%n", str(count)):  # no translation: English
        translated = (singular if count == 1 else plural).replace("%n", str(count))
    return translated


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


def left_to_right_runs(text: str) -> str:
    """``text`` (a sentence in Arabic) with each path, file, table or column name it holds as a
    left-to-right run (see ``left_to_right``): ``data/household_survey_kobo.csv`` or ``_label`` keep
    their slashes and underscores in place. A full stop or hyphen ending a run is the sentence's."""

    def isolate(match: re.Match) -> str:
        run = str(match.group(0))
        core = run.rstrip(".-")
        return left_to_right(core) + run[len(core) :]

    return _LEFT_TO_RIGHT_RUN.sub(isolate, text)
