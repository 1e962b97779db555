# SPDX-License-Identifier: GPL-3.0-or-later
"""The P-code typed in a submission matched to an admin area's, and the sentences saying which did not.

A P-code matches without case or surrounding spaces (the rules of ``cleaning.pcode_keys``, which the
checks share). Failing that, its obvious variants match when they name one area only: full-width
characters (NFKC), spaces, dashes or underscores inside ("CF 111", "CF-111"), invisible format
characters (a zero-width space or soft hyphen pasted from a web page), a ".0" that Excel added to a
number ("CF111.0"). Those are reported (invisible characters written out: "CF111\\u200b"), and so
are the codes with spaces or tabs at the ends (" CF111 ", matched exactly once trimmed: a space is a
space, wherever it is) and the codes matching no area (with the first feature holding each), so they
can be fixed.
"""

from __future__ import annotations

import unicodedata

from ..base.i18n import tr, trn
from ..cleaning.pcode_keys import exact_key, loose_key

__all__ = ["LISTED", "PcodeMatcher", "exact_key", "loose_key", "loose_matches_warning", "shown", "unmatched_warning"]

LISTED = 10  # codes named in a warning; the others are counted


class PcodeMatcher:
    """The admin codes, and the tally of the submissions' codes that needed a variant or matched none."""

    def __init__(self):
        self._exact: dict[str, str] = {}
        self._loose: dict[str, set[str]] = {}
        self.unmatched: dict[str, list[int]] = {}  # code as typed -> [submissions, first feature id]
        self.loose_matches: dict[tuple[str, str], list[int]] = {}  # (typed, area code) -> [submissions, first]

    def add(self, admin_code: str) -> None:
        self._exact[exact_key(admin_code)] = admin_code
        self._loose.setdefault(loose_key(admin_code), set()).add(admin_code)

    def match(self, typed, feature_id: int) -> str | None:
        """The admin code ``typed`` names (None when none, or several by a variant), tallied."""
        code = self._exact.get(exact_key(typed))
        text = str(typed)
        if code is not None:
            if text != text.strip():  # spaces at the ends: counted, and listed like the other variants
                _tally(self.loose_matches, (shown(text), code), feature_id)
            return code
        candidates = self._loose.get(loose_key(typed), set())
        if len(candidates) == 1:
            code = next(iter(candidates))
            _tally(self.loose_matches, (shown(text), code), feature_id)
            return code
        _tally(self.unmatched, shown(text.strip()), feature_id)
        return None


def shown(text: str) -> str:
    """``text`` as typed, its tabs, line breaks, other invisible spaces and invisible format characters
    (zero-width space, soft hyphen, byte order mark) written out ("P02\\t", "CF111\\u200b"), so that a
    warning shows why it differs from a code that prints the same."""
    visible = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
    return "".join(visible.get(c) or (f"\\u{ord(c):04x}" if _invisible(c) else c) for c in text)


def _invisible(character: str) -> bool:
    return (character.isspace() and character != " ") or unicodedata.category(character) == "Cf"


def _tally(tally: dict, key, feature_id: int) -> None:
    entry = tally.setdefault(key, [0, feature_id])
    entry[0] += 1


def _listed(tally: dict, item) -> str:
    """The first ``LISTED`` entries of ``tally`` (most submissions first), written by ``item``."""
    ranked = sorted(tally.items(), key=lambda entry: (-entry[1][0], entry[1][1]))
    return "; ".join(item(key, count, fid) for key, (count, fid) in ranked[:LISTED]) + (
        "; …" if len(ranked) > LISTED else ""
    )


def unmatched_warning(matcher: PcodeMatcher, admin_name: str) -> str:
    """The sentence naming the submissions' P-codes matching no area of ``admin_name`` ("" when none)."""
    if not matcher.unmatched:
        return ""
    listed = _listed(
        matcher.unmatched,
        lambda code, count, fid: tr("“{code}”: {count} (first: feature {fid})").format(code=code, count=count, fid=fid),
    )
    return trn(
        "%n submission has a P-code that matches no area of {layer} and is not counted: {listed}. "
        "Correct the P-code in the survey, or choose the admin layer of its level, and count again.",
        "%n submissions have a P-code that matches no area of {layer} and are not counted: {listed}. "
        "Correct these P-codes in the survey, or choose the admin layer of their level, and count again.",
        sum(count for count, _ in matcher.unmatched.values()),
    ).format(layer=admin_name, listed=listed)


def loose_matches_warning(matcher: PcodeMatcher) -> str:
    """The sentence naming the P-codes matched only once written like the area's ("" when none)."""
    if not matcher.loose_matches:
        return ""
    listed = _listed(
        matcher.loose_matches,
        lambda key, count, fid: tr("“{typed}” as {code}: {count} (first: feature {fid})").format(
            typed=key[0], code=key[1], count=count, fid=fid
        ),
    )
    return trn(
        "%n submission was counted in an area whose P-code it writes differently (spaces, dashes, "
        "invisible characters, full-width characters or a '.0' added by Excel): {listed}. Check that it is "
        "the same area, and correct the P-code in the survey.",
        "%n submissions were counted in an area whose P-code they write differently (spaces, dashes, "
        "invisible characters, full-width characters or a '.0' added by Excel): {listed}. Check that these "
        "are the same areas, and correct the P-codes in the survey.",
        sum(count for count, _ in matcher.loose_matches.values()),
    ).format(listed=listed)
