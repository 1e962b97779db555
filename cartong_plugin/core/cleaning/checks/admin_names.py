# SPDX-License-Identifier: GPL-3.0-or-later
"""Admin names typed by hand, matched to the P-codes of a reference gazetteer.

Names are compared after normalisation (accents, case, punctuation, spaces) with difflib's
ratio. A unique close match is suggested with its score; two candidates too close to each
other are flagged as ambiguous with both listed, never picked silently; a name matching
nothing is flagged too. Names written exactly as in the gazetteer raise nothing, whichever Unicode form
(NFC or NFD) either is in.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from ...base.i18n import tr
from .common import blank_mask, column_holding, make_entries, same_text


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: P-code, official name, and the P-code of the area above it."""

    pcode: str
    name: str
    parent: str = ""


def normalise(text) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces: 'Bangui-Mpoko ' -> 'bangui mpoko'."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w]+", " ", text.replace("_", " "))
    return " ".join(text.split())


def best_matches(name: str, candidates, limit: int = 3):
    """[(candidate, score)] best first; ``name`` and candidates already normalised."""
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(name)
    scored = []
    for candidate in candidates:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
            scored.append((candidate, 0.0))
            continue
        scored.append((candidate, matcher.ratio()))
    scored.sort(key=lambda item: (-item[1], item[0]))
    return scored[:limit]


@dataclass
class NameMatch:
    status: str  # "exact" (as written in the gazetteer), "match", "ambiguous", "none"
    places: tuple  # the Place(s) concerned, best first
    score: float


class Gazetteer:
    """Places indexed by exact and normalised name, for repeated matching."""

    def __init__(self, places):
        self.places = [p if isinstance(p, Place) else Place(*p) for p in places]
        self.by_exact: dict[str, list[Place]] = {}
        self.by_name: dict[str, list[Place]] = {}
        self.by_code = {p.pcode: p for p in self.places}
        for place in self.places:
            self.by_exact.setdefault(same_text(place.name), []).append(place)
            self.by_name.setdefault(normalise(place.name), []).append(place)

    def match(self, typed: str, parent: str = "", threshold: float = 0.8, margin: float = 0.05) -> NameMatch:
        """Match one typed name; ``parent`` (answered parent P-code) settles ties between candidates.
        A name written as in the gazetteer but in another Unicode form (NFD from macOS) is exact: no row."""
        for status, candidates, score in (
            ("exact", self.by_exact.get(same_text(typed), []), 1.0),
            ("match", self.by_name.get(normalise(typed), []), 1.0),
        ):
            if len(candidates) > 1 and parent:
                candidates = [p for p in candidates if p.parent == parent] or candidates
            if len(candidates) == 1:
                return NameMatch(status, (candidates[0],), score)
            if len(candidates) > 1:
                return NameMatch("ambiguous", tuple(candidates), score)
        scored = best_matches(normalise(typed), list(self.by_name), limit=5)
        if not scored or scored[0][1] < threshold:
            near = tuple(p for n, _ in scored[:2] for p in self.by_name[n])
            return NameMatch("none", near, scored[0][1] if scored else 0.0)
        best = scored[0][1]
        close = [p for n, s in scored if best - s < margin for p in self.by_name[n]]
        if len(close) > 1 and parent:
            close = [p for p in close if p.parent == parent] or close
        if len(close) == 1:
            return NameMatch("match", (close[0],), best)
        return NameMatch("ambiguous", tuple(close), best)


def match_name(typed: str, gazetteer, parent: str = "", threshold: float = 0.8, margin: float = 0.05) -> NameMatch:
    """Match one typed name against a list of Place (see Gazetteer.match)."""
    return Gazetteer(gazetteer).match(typed, parent, threshold, margin)


def name_columns(df, form, config):
    if config.admin_name_columns:
        return [c for c in config.admin_name_columns if c in df.columns]
    if form is not None:
        return [
            n
            for n, q in form.questions.items()
            if q.type == "text" and n.endswith("_typed") and n in df.columns and q.repeat is None
        ]
    return [c for c in df.columns if isinstance(c, str) and c.endswith("_typed")]


def _describe(places) -> str:
    return ", ".join(f"{p.name} ({p.pcode})" for p in places)


def _code_column(df, gazetteer, config):
    """The answered question holding the gazetteer's P-codes (explicit, else the best matching column)."""
    if config.admin_code_column:
        return config.admin_code_column if config.admin_code_column in df.columns else ""
    return column_holding(df, gazetteer.by_code)


def _parent_column(df, gazetteer, config):
    """The answered question holding the parent P-codes (explicit, else the best matching column)."""
    if config.admin_parent_column:
        return config.admin_parent_column if config.admin_parent_column in df.columns else ""
    return column_holding(df, {p.parent for p in gazetteer.places if p.parent})


def match_admin_names(df, form, config):
    """Entries for typed admin names not written exactly as in the gazetteer, or naming another P-code.

    - admin_names.match: a unique close name (new_value = the official name, P-code and score explained);
    - admin_names.ambiguous: several names fit, all listed, none chosen;
    - admin_names.no_match: nothing close enough;
    - admin_names.code_mismatch: the name is exact but belongs to another P-code than the one answered.
    """
    import numpy as np

    gazetteer = Gazetteer(config.gazetteer)
    if not gazetteer.places or config.uuid_column not in df.columns:
        return []
    parent_col = _parent_column(df, gazetteer, config)
    parents = df[parent_col].astype(str).to_numpy() if parent_col else np.full(len(df), "", dtype=object)
    code_col = _code_column(df, gazetteer, config)
    answered = df[code_col].astype(str).to_numpy() if code_col else np.full(len(df), "", dtype=object)
    common = {"uuid_column": config.uuid_column, "when": config.when, "who": config.who}
    entries = []
    for column in name_columns(df, form, config):
        texts = df[column].astype(str).to_numpy()
        filled = ~blank_mask(df[column])
        cache: dict[tuple[str, str], NameMatch] = {}
        results = np.full(len(df), None, dtype=object)
        for i in np.flatnonzero(filled):
            key = (texts[i], parents[i])
            if key not in cache:
                cache[key] = gazetteer.match(texts[i], parents[i], config.match_threshold, config.ambiguity_margin)
            results[i] = cache[key]
        status = np.array([r.status if r is not None else "" for r in results], dtype=object)
        best_code = np.array([r.places[0].pcode if r is not None and r.places else "" for r in results], dtype=object)
        mismatch = (
            (status == "exact") & (answered != "") & (answered != best_code)
            if code_col
            else np.zeros(len(df), dtype=bool)
        )
        suggestions = [r.places[0].name if r is not None and r.status == "match" else "" for r in results]

        def explain_match(i, results=results):
            r = results[i]
            text = tr("Closest gazetteer name: {place}, score {score}.").format(
                place=_describe(r.places), score=f"{r.score:.2f}"
            )
            if code_col and answered[i] and answered[i] != r.places[0].pcode:
                text += " " + tr("The answered P-code is {code}.").format(code=answered[i])
            return text

        def explain_ambiguous(i, results=results):
            r = results[i]
            return tr("Several gazetteer names fit equally well (score {score}): {places}. Choose one.").format(
                score=f"{r.score:.2f}", places=_describe(r.places)
            )

        def explain_none(i, results=results):
            r = results[i]
            return tr("No gazetteer name is close enough (best score {score}: {places}).").format(
                score=f"{r.score:.2f}", places=_describe(r.places) or "-"
            )

        def explain_mismatch(i, results=results):
            return tr("{place} is not the area answered in {column} ({code}).").format(
                place=_describe(results[i].places), column=code_col, code=answered[i]
            )

        entries += make_entries(
            df,
            status == "match",
            question=column,
            issue=tr("admin name misspelt"),
            check_id="admin_names.match",
            new_values=suggestions,
            explanations=explain_match,
            **common,
        )
        entries += make_entries(
            df,
            status == "ambiguous",
            question=column,
            issue=tr("admin name ambiguous"),
            check_id="admin_names.ambiguous",
            explanations=explain_ambiguous,
            **common,
        )
        entries += make_entries(
            df,
            status == "none",
            question=column,
            issue=tr("admin name not found"),
            check_id="admin_names.no_match",
            explanations=explain_none,
            **common,
        )
        entries += make_entries(
            df,
            mismatch,
            question=column,
            issue=tr("admin name and P-code disagree"),
            check_id="admin_names.code_mismatch",
            explanations=explain_mismatch,
            **common,
        )
    return entries


def answers_agreeing(df, form, config, code_col: str, rows, codes) -> dict[int, str]:
    """{row: the other answers that agree with the area ``codes[row]`` answered} for the ``rows`` where at
    least one does (its parent area answered, or a name typed that the gazetteer finds for it) and none
    names another area. Where the answers agree with each other and only the GPS point lies elsewhere, the
    point is more likely wrong than the answers (gps.admin_mismatch suggests nothing there)."""
    from ..pcode_keys import exact_key

    gazetteer = Gazetteer(config.gazetteer)
    if not gazetteer.places or config.uuid_column not in df.columns:
        return {}
    by_code = {exact_key(place.pcode): place for place in gazetteer.places}
    parent_col = _parent_column(df, gazetteer, config)
    if parent_col == code_col:  # boundaries whose parent field is their own code: no parent answered
        parent_col = ""
    names = [column for column in name_columns(df, form, config) if column != code_col]
    agreeing: dict[int, str] = {}
    for row in rows:
        place = by_code.get(exact_key(codes[row] or ""))
        if place is None:
            continue
        evidence, against = [], False
        parent = _answer(df, parent_col, row)
        if parent and place.parent:
            if exact_key(parent) == exact_key(place.parent):
                evidence.append(f"{parent_col} {parent}")
            else:
                against = True
        for column in names:
            typed = _answer(df, column, row)
            if not typed:
                continue
            found = gazetteer.match(typed, parent, config.match_threshold, config.ambiguity_margin)
            if found.status in ("exact", "match"):
                if exact_key(found.places[0].pcode) == exact_key(place.pcode):
                    evidence.append(f"{column} '{typed}'")
                else:
                    against = True
        if evidence and not against:
            agreeing[row] = ", ".join(evidence)
    return agreeing


def _answer(df, column: str, row: int) -> str:
    """The answer of ``column`` at ``row`` as text ("" when missing or no such column)."""
    import pandas as pd

    if not column or column not in df.columns:
        return ""
    value = df[column].iloc[row]
    return "" if value is None or pd.isna(value) else str(value).strip()
