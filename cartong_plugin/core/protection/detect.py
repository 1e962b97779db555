# SPDX-License-Identifier: GPL-3.0-or-later
"""Find the columns of a survey that likely hold personal data, with a risk level.

Three kinds of evidence, each giving a category (person_name, phone, location...):

* the XLSForm type of the question (geopoint, image, deviceid, free text...), a calculation holding a
  geopoint's position (``selected-at(${gps}, 0)``, directly or through another) a location too;
* words of the column name, from an editable keyword list in English, French, Spanish,
  Portuguese and Arabic (``resources/protection_keywords.json``, or the file set in the QGIS
  setting ``cartong/protection/keywords_path``), an Arabic word also with its article or a pronoun
  suffix ("رقم هاتفك", your phone number: ``keyword_forms``); a text question's labels too; a choice
  question with mostly different answers whose choice labels are people's names is a list of people;
* patterns in the values (``detect_values``: phone numbers incl. Central African Republic +236 and
  11-digit local mobiles, in digits of any script (Arabic-Indic "٠٧٧٠...", Persian...), e-mails,
  also inside a sentence, ID-like codes, GPS strings, geotraces, a pair of decimal columns (or text
  columns of decimals) holding latitudes and longitudes, attachment links, long free text, Kobo validation
  statuses naming their validator: ``validation_status``), in every
  row of the layer (``detect_rows``: a question added in a later version of the form is empty at the top).

A column gets one :class:`Finding` with its highest risk and every reason found. The
lists are a help for the person preparing a share, not a guarantee: they read them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..base.errors import CartongError, os_reason
from ..base.i18n import tr
from ..base.paths import resources_dir
from ..survey.number_columns import latin_digits
from .calculated_positions import position_sources
from .detect_explain import explain
from .detect_values import (
    coordinate_columns,
    decimal_texts,
    names_in_texts,
    person_name_labels,
    tally_values,
    value_evidence,
)
from .keyword_forms import word_forms
from .validation_status import with_validators

if TYPE_CHECKING:
    from ..survey.xlsform import Question

SETTING_KEYWORDS_PATH = "cartong/protection/keywords_path"
RISK_ORDER = {"high": 3, "medium": 2, "low": 1}

# XLSForm base types and the category of data they hold
_FORM_TYPES = {
    "geopoint": "location",
    "geotrace": "location",
    "geoshape": "location",
    "start-geopoint": "location",
    "background-geopoint": "location",
    "image": "attachment",
    "audio": "attachment",
    "video": "attachment",
    "file": "attachment",
    "background-audio": "attachment",
    "deviceid": "device_id",
    "imei": "device_id",
    "subscriberid": "device_id",
    "simserial": "device_id",
    "phonenumber": "phone",
    "username": "device_id",
    "email": "email",
    "barcode": "id_number",
    "text": "free_text",
}
# risk of a category when the form type says it (keywords carry their own risk)
_TYPE_RISK = {
    "location": "high",
    "attachment": "high",
    "device_id": "medium",
    "phone": "high",
    "email": "high",
    "id_number": "medium",
    "free_text": "medium",
}
_ACTIONS = {
    "person_name": "drop",
    "phone": "drop",
    "id_number": "drop",
    "email": "drop",
    "address": "drop",
    "attachment": "drop",
    "free_text": "review",
    "birth_date": "drop",
    "location": "displace",
    "device_id": "pseudonymise",
    "staff_name": "pseudonymise",
    "sensitive": "review",
    "place_of_residence": "review",
}
# ODK Central's counts of a submission's attachments (CSV ``AttachmentsPresent``, OData ``__system/...``)
_ATTACHMENT_COUNTS = {"attachmentspresent", "attachmentsexpected"}
_SPLIT_GEOPOINT = re.compile(r"^_(.+)_(latitude|longitude|altitude|precision)$")


@dataclass(frozen=True)
class Finding:
    """A column that likely holds personal data.

    ``reason`` is how it was found first ("form_type", "values" or "name"), ``category``
    what it holds, ``suggested_action`` one of drop / pseudonymise / displace / review,
    ``explanation`` a translated sentence per piece of evidence, joined.
    """

    column: str
    category: str
    risk: str
    reason: str
    explanation: str
    suggested_action: str


# --------------------------------------------------------------------------- keywords


# Arabic: tatweel (a stretching stroke) goes; final yaa/alef maqsura are one (taa marbuta and haa are
# one too, but only at the end of a keyword word: ``keyword_forms``; "حملة", campaign, is no "حمله")
_ARABIC = str.maketrans({"\u0640": None, "\u0649": "\u064a"})


def _fold(text: str) -> str:
    """Lower case without accents: 'Téléphone' -> 'telephone'; Arabic without harakat, hamza
    seats (أ إ آ -> ا) or tatweel, the decomposition dropping the marks."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().translate(_ARABIC)


def _words(text: str) -> list[str]:
    """Words of a column name or keyword, in any script: split on non-letters and camelCase."""
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    return [w for w in re.split(r"[\W_]+", _fold(text)) if w]


def keywords_path() -> Path:
    """The keyword file in use: the user's (setting) if it exists, else the bundled one."""
    from qgis.core import QgsSettings

    custom = QgsSettings().value(SETTING_KEYWORDS_PATH, "", type=str)
    if custom and Path(custom).is_file():
        return Path(custom)
    return resources_dir() / "protection_keywords.json"


def load_keywords(path=None) -> dict[str, dict]:
    """Read a keyword file into {category: {"risk", "keywords": [word lists], "forms": [for each keyword,
    the set of forms of each word], "exclude": set of words}}.

    A user file replaces the bundled list (copy the bundled one to start from it). An Arabic word also
    matches with its article, "and" or a pronoun suffix (``keyword_forms``).
    """
    path = Path(path) if path else keywords_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        categories = data["categories"]
        parsed = {}
        for name, entry in categories.items():
            risk = entry["risk"]
            if risk not in RISK_ORDER:
                raise ValueError(risk)
            words = [_words(k) for lang, items in entry.items() if lang not in ("risk", "exclude") for k in items]
            keywords = [w for w in words if w]
            parsed[name] = {
                "risk": risk,
                "keywords": keywords,
                "forms": [tuple(map(word_forms, k)) for k in keywords],
                "exclude": {f for k in entry.get("exclude", []) for w in _words(k) for f in word_forms(w)},
            }
        return parsed
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise CartongError(
            tr(
                "The personal-data keyword file {file} cannot be used ({error}). Fix it "
                "or clear the setting {setting} to use the bundled list."
            ).format(file=path, error=os_reason(err), setting=SETTING_KEYWORDS_PATH),
            path=str(path),
        ) from err


def _keyword_match(words: list[str], keyword: list[str], forms: tuple[frozenset[str], ...]) -> bool:
    """The keyword's words (one of their ``forms`` each) appear in a row in the name, or a long keyword
    starts/ends a word.

    The second case finds 'numtelephone' or 'phonenumber' written without separators.
    """
    size = len(forms)
    if not forms[0].isdisjoint(words):  # checked in C first: most names hold no keyword
        for i in range(len(words) - size + 1):
            if all(word in form for word, form in zip(words[i : i + size], forms)):
                return True
    joined = "".join(keyword)
    return len(joined) >= 5 and any(w != joined and (w.startswith(joined) or w.endswith(joined)) for w in words)


def _bare_name(column: str) -> str:
    """The question name without its groups: Kobo writes ``group/q``, ODK Central ``group-q``."""
    bare = column.rsplit("/", 1)[-1]
    tail = bare.rsplit("-", 1)[-1]
    return tail if len(tail) >= 2 else bare


def _match_name(column: str, keywords: dict[str, dict]) -> list[tuple[str, str]]:
    """(category, keyword) pairs matched by the bare column name."""
    return _match_words(_words(_bare_name(column)), keywords)


def _match_words(words: list[str], keywords: dict[str, dict]) -> list[tuple[str, str]]:
    """(category, keyword) pairs matched by ``words`` (of a column name or a question's label)."""
    found = []
    for category, entry in keywords.items():
        if entry["exclude"] & set(words):
            continue
        for keyword, forms in zip(entry["keywords"], entry["forms"]):
            if _keyword_match(words, keyword, forms):
                found.append((category, " ".join(keyword)))
                break
    return found


# --------------------------------------------------------------------------- form types


def _resolve(column: str, form) -> tuple[Question | None, str | None]:
    """(question, choice) behind a column: bare name, group path, split geopoint part, or
    a select_multiple choice column ``q/choice`` (Kobo) or ``q.choice`` (R-mangled names).
    """
    if form is None:
        return None, None
    questions = form.questions
    parts = [p for p in column.split("/") if p]
    if not parts:
        return None, None
    if parts[-1] in questions:
        return questions[parts[-1]], None
    if len(parts) >= 2 and parts[-2] in questions:
        return questions[parts[-2]], parts[-1]
    head, dot, choice = parts[-1].rpartition(".")
    if dot and head in questions:
        return questions[head], choice
    split = _SPLIT_GEOPOINT.match(parts[-1])
    if split and split.group(1) in questions:
        return questions[split.group(1)], None
    return None, None


def question_type(column: str, form) -> str | None:
    """The XLSForm type of the question ``column`` holds the answers of; None for a choice's 0/1 column or
    a column the form does not define."""
    question, choice = _resolve(column, form)
    return question.type if question is not None and choice is None else None


# --------------------------------------------------------------------------- detection

# Answers chosen from a list cannot hold a name or a phone number, whatever the question's
# name says ("consent_telephone_number" is yes/no); they can still be sensitive, or name a place.
_CODED_TYPES = {"select_one", "select_multiple", "rank", "acknowledge", "note", "trigger"}
_CODED_NAME_CATEGORIES = {"sensitive", "place_of_residence"}
_BINARY_VALUES = {"0", "1", "yes", "no", "true", "false", "oui", "non"}
# ...unless the list is of people: a select named "nom_beneficiaire" answers with a card code and a full name
_PEOPLE_LISTS = ("select_one", "select_multiple")
_PEOPLE_CATEGORIES = {"person_name", "phone", "id_number", "email"}
PEOPLE_LIST_MIN_ROWS = 5
LABELS = "_label"  # the column of a choice question's labels the import adds (``companions``)


_SUCH_AS = {"que", "quel", "quelle", "quels", "quelles"}  # French "tel que": "such as", not a phone


def _label_words(label: str) -> list[str]:
    """The words of a question's label for keyword matching; sentences use words names do not."""
    words = _words(label)
    return [w for i, w in enumerate(words) if not (w == "tel" and i + 1 < len(words) and words[i + 1] in _SUCH_AS)]


def _name_evidence(column: str, question, choice, values: Mapping[str, int], keywords, labels=None) -> list[tuple]:
    """Keyword matches of the column name (else of a text or choice question's labels: then with the label
    as a third item), minus those its form type or values rule out. ``labels``: the values of a choice
    question's ``_label`` column, {} or None without one."""
    if choice is not None:  # a 0/1 column of one answer: only the question can be sensitive
        return [m for m in _match_name(question.name, keywords) if m[0] == "sensitive"]
    found: list[tuple] = list(_match_name(column, keywords))
    if _bare_name(column).casefold() in _ATTACHMENT_COUNTS:  # how many files a submission has: no file
        found = [m for m in found if m[0] != "attachment"]
    listed = question is not None and question.type in _PEOPLE_LISTS
    if not found and question is not None and (question.type == "text" or listed):
        # "head", labelled "Name, surname, nickname of head": a typed answer holds what its label asks
        for label in dict.fromkeys(question.labels.values()):
            found = [(c, k, label) for c, k in _match_words(_label_words(label), keywords)]
            found = [m for m in found if not listed or m[0] in _PEOPLE_CATEGORIES]
            if found:
                break
    # "١" / "٠": a 0/1 column typed on an Arabic keyboard is as binary as "1" / "0"
    if any(
        v and len(v) <= len(_BINARY_VALUES) and {latin_digits(x).casefold() for x in v} <= _BINARY_VALUES
        for v in (values, labels)
    ):
        return [m for m in found if m[0] == "sensitive"]
    if values and all(v.lstrip("-").isdigit() for v in {**values, **(labels or {})}):  # "nombre_enfants" (fr) counts
        found = [m for m in found if m[0] != "person_name"]
    if question is not None and question.type in _CODED_TYPES:
        people = listed and is_people_list(question, values)
        # named as people ("nom_beneficiaire"): a list of people, served in several rounds too, unless one
        # short list is answered in most rows; a phone or ID word needs mostly different answers (a phone brand)
        named = listed and not _repeated_list(question, values)
        return [
            m
            for m in found
            if m[0] in _CODED_NAME_CATEGORIES
            or (people and m[0] in _PEOPLE_CATEGORIES)
            or (named and m[0] == "person_name")
        ]
    return found


def _long_list_of_many_answers(question, values: Mapping[str, int]) -> bool:
    """A people list told by its labels alone: mostly different answers, 10 at least (a distribution list),
    not a pilot's few answers from a short list ("Public Tap", "Tube Well")."""
    return question is not None and len(_answers(question, values)) >= 10 and is_people_list(question, values)


def _answers(question, values: Mapping[str, int]) -> set[str]:
    """The different answers of a choice question: of a select_multiple, its choices, not their combinations."""
    if question.type == "select_multiple":  # "cni passeport"
        return {choice for value in values for choice in value.split()}
    return set(values)


def _repeated_list(question, values: Mapping[str, int]) -> bool:
    """A short list answered in most rows: 20 rows or more, different answers at most a tenth of them."""
    rows = sum(values.values())
    return rows >= 20 and len(_answers(question, values)) <= 0.1 * rows


def is_people_list(question, values: Mapping[str, int]) -> bool:
    """A choice question whose answers are mostly different: a distribution list (choice = card code,
    label = full name) names people; a list repeated from row to row ("type_piece_identite": cni,
    passeport...; a phone brand) names kinds of things, whatever the survey's size."""
    if question is None or question.type not in _PEOPLE_LISTS:
        return False
    rows = sum(values.values())
    return rows >= PEOPLE_LIST_MIN_ROWS and len(_answers(question, values)) >= 0.5 * rows


def _evidence(column, form, samples, numbers, coordinates, keywords, positions) -> list[tuple[str, str, str, object]]:
    """What says ``column`` holds personal data: (risk, category, reason, detail), in no order."""
    evidence: list[tuple[str, str, str, object]] = []
    question, choice = _resolve(column, form)
    if question is not None and choice is None and question.type in _FORM_TYPES:
        category = _FORM_TYPES[question.type]
        evidence.append((_TYPE_RISK[category], category, "form_type", question.type))
    if question is not None and choice is None and (source := positions.get(question.name)):
        evidence.append(("high", "location", "calculated", source))
    values = samples.get(column) or {}
    total = sum(values.values())
    for category, count, embedded in value_evidence(values):
        risk = "medium" if category in ("id_number", "free_text") else "high"
        evidence.append((risk, category, "values", (count, total, True) if embedded else (count, total)))
    evidence = with_validators(evidence, values)  # Kobo's validator account: the share keeps the status alone
    if column in coordinates:
        readings = sum(numbers[column].values())
        evidence.append(("high", "location", "values", (readings, readings)))
    labels = samples.get(column + LABELS) if question is not None and question.type in _PEOPLE_LISTS else None
    for category, keyword, *label in _name_evidence(column, question, choice, values, keywords, labels):
        reason, detail = ("label", (keyword, label[0])) if label else ("name", keyword)
        evidence.append((keywords[category]["risk"], category, reason, detail))
    return evidence


def detect_personal_data(columns: list[str], rows: Iterable, form=None, keywords=None) -> list[Finding]:
    """Return one Finding per column likely holding personal data, in column order.

    ``rows`` yields mappings {column: value} or sequences aligned with ``columns``; every row is
    read (a question added in a later version of the form is empty in the first rows). ``form`` is an
    optional :class:`~cartong_plugin.core.survey.xlsform.FormSpec`; ``keywords`` a :func:`load_keywords`
    result (default: the user's or bundled list).
    """
    samples, numbers = tally_values(columns, rows)  # texts, and decimals for coordinate pairs
    return _findings(columns, samples, numbers, form, keywords)


def stop_if_cancelled(feedback) -> None:
    """CartongError when ``feedback`` (a QgsFeedback, or None) has been cancelled: the detection stops."""
    if feedback is not None and feedback.isCanceled():
        raise CartongError(tr("Cancelled."))


def _findings(columns: list[str], samples, numbers, form, keywords, feedback=None) -> list[Finding]:
    """The findings of ``columns`` from their counted texts and decimals (``detect_values.tally_values``).

    A cancelled ``feedback`` stops it between two columns (CartongError).
    """
    keywords = keywords if keywords is not None else load_keywords()
    numbers = {c: v for c, v in numbers.items() if v} | decimal_texts(samples)  # a calculate's text too
    coordinates = set(coordinate_columns(numbers))

    positions = position_sources(form, {t for t, category in _FORM_TYPES.items() if category == "location"})
    evidence_of = {}
    for column in columns:
        stop_if_cancelled(feedback)
        evidence_of[column] = _evidence(column, form, samples, numbers, coordinates, keywords, positions)
    for column, evidence in list(evidence_of.items()):  # a list of people: the labels are their names
        listed = {e[1] for e in evidence if e[1] in _PEOPLE_CATEGORIES and e[2] in ("name", "label")}
        if column + LABELS not in evidence_of or question_type(column, form) not in _PEOPLE_LISTS:
            continue
        if listed:
            evidence_of[column + LABELS] += [("high", c, "listed", column) for c in sorted(listed)]
        elif _long_list_of_many_answers(_resolve(column, form)[0], samples.get(column) or {}) and (
            named := person_name_labels(samples.get(column + LABELS) or {})
        ):  # "Bénéficiaire servi": no keyword, but the labels are people's names
            evidence_of[column + LABELS].append(("high", "person_name", "values", named))
            evidence.append(("high", "person_name", "named_choices", column + LABELS))
    coded = {c for c in columns if (q := _resolve(c, form))[0] is not None and (q[1] or q[0].type in _CODED_TYPES)}
    for column, evidence in evidence_of.items():  # "chef_menage": names typed in a column whose name says nothing
        values = samples.get(column) or {}
        rows = sum(values.values())
        if column in coded or any(e[0] == "high" or e[1] == "staff_name" for e in evidence) or not rows:
            continue
        if len(values) >= 0.5 * rows >= PEOPLE_LIST_MIN_ROWS and (named := person_name_labels(values)):
            evidence.append(("high", "person_name", "values", named))  # mostly different: no village, no team
    name_columns = [c for c, evidence in evidence_of.items() if any(e[1] == "person_name" for e in evidence)]
    # a column of staff names shares first names with respondents: it is found as what it is
    staff = {c for c, evidence in evidence_of.items() if any(e[1] == "staff_name" for e in evidence)}
    texts = {c: v for c, v in samples.items() if c not in coded and c not in staff}
    for column, detail in names_in_texts(texts, name_columns).items():
        evidence_of[column].append(("high", "person_name", "names_inside", detail))
    findings = []
    for column in columns:
        evidence = evidence_of[column]
        if not evidence:
            continue
        evidence.sort(key=lambda e: -RISK_ORDER[e[0]])
        risk, category, reason, _detail = evidence[0]
        specific = [e for e in evidence if e[1] != "free_text"]
        if category == "free_text" and specific:
            # "text question" is generic: say what the name tells (staff name, village...)
            category, reason = specific[0][1], specific[0][2]
        explanation = " ".join(dict.fromkeys(explain(r, column, c, d) for _risk, c, r, d in evidence))
        findings.append(
            Finding(
                column=column,
                category=category,
                risk=risk,
                reason=reason,
                explanation=explanation,
                suggested_action="status_only" if reason == "validator" else _ACTIONS.get(category, "review"),
            )
        )
    return findings


def detect_in_layer(layer, form=None, keywords=None, at_most: int | None = None, feedback=None) -> list[Finding]:
    """:func:`detect_personal_data` on a QgsVectorLayer; its geometry counts as a location. Every row is
    read, or about ``at_most`` rows spread over the layer (a first look, as after an import). Without
    ``form``, the one the import kept beside the layer (``companions.stored_form``) is read.

    A point layer of a survey holds where each interview took place, usually the home:
    it is reported as the pseudo-column ``geometry`` (high risk). A cancelled ``feedback`` (a task's,
    an algorithm's) stops the detection within a fraction of a second: every few thousand rows read,
    then between two columns (CartongError).
    """
    from qgis.core import QgsWkbTypes

    from .companions import stored_form
    from .detect_rows import layer_values

    form = form if form is not None else stored_form(layer)  # as the export reads it: both tell the same
    samples, numbers = layer_values(layer, at_most, between_chunks=lambda: stop_if_cancelled(feedback))
    findings = _findings([f.name() for f in layer.fields()], samples, numbers, form, keywords, feedback)
    if layer.isSpatial() and QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry:  # type: ignore[attr-defined]
        findings.insert(
            0,
            Finding(
                column="geometry",
                category="location",
                risk="high",
                reason="form_type",
                explanation=tr(
                    "The layer's points are where interviews took place, often people's "
                    "homes: displace, snap or aggregate them before sharing."
                ),
                suggested_action="displace",
            ),
        )
    return findings
