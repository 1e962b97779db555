# SPDX-License-Identifier: GPL-3.0-or-later
"""Which questions of a form hold a location through their calculation: ``${gps}`` itself or its
latitude or longitude (``selected-at(${gps}, 0)``), also through a chain of such calculations; a test
of the location, its accuracy or a distance from it holds none (``detect`` rates the others)."""

from __future__ import annotations

import re

_REFERENCE = re.compile(r"\$\{([^}\s]+)\}")  # ${gps} in a calculation


def _holds_position(calculation: str, name: str) -> bool:
    """The calculation gives the position of ``${name}``: ``${name}`` itself, or its latitude or longitude
    (``selected-at(${name}, 0|1)``) as a value, not compared (``selected-at(${gps}, 0) > 4.5`` gives north or
    south); not a test of it, its accuracy (index 3) or a distance from it."""
    reference = r"\$\{" + re.escape(name) + r"\}"
    if re.fullmatch(r"\s*" + reference + r"\s*", calculation):
        return True
    for found in re.finditer(r"selected-at\s*\(\s*" + reference + r"\s*,\s*(['\"]?)[01]\1\s*\)", calculation):
        before, after = calculation[: found.start()].rstrip(), calculation[found.end() :].lstrip()
        if not (before.endswith(_COMPARISONS) or after.startswith(_COMPARISONS)):
            return True
    return False


_COMPARISONS = ("<", ">", "=", "!")  # <, <=, >, >=, =, != in XPath


def position_sources(form, location_types) -> dict[str, str]:
    """{question: the geopoint/geotrace/geoshape whose position it holds} for the questions of any type whose
    calculation holds one (``selected-at(${gps}, 0)``), also through another such question (``${gps_copy}``);
    ``location_types``: the question types that are a location (geopoint, geotrace, geoshape...)."""
    if form is None:
        return {}
    sources = {n: n for n, q in form.questions.items() if q.type in location_types}
    formulas = {n: q.calculation for n, q in form.questions.items() if n not in sources and q.calculation}
    changed = True
    while changed:  # a chain of copies: until no question is added
        changed = False
        for name, formula in list(formulas.items()):
            held = next((r for r in _REFERENCE.findall(formula) if r in sources and _holds_position(formula, r)), None)
            if held is not None:
                sources[name] = sources[held]
                del formulas[name]
                changed = True
    return {n: source for n, source in sources.items() if n != source}
