# SPDX-License-Identifier: GPL-3.0-or-later
"""Which column of an export is which question: typed names and kinds (``locations.choose_geometry``
then picks the location column).

Headers are matched to the form's questions whatever the group separator (``/ . - :``) or its
absence, split select_multiple columns (``q/choice``) and split geopoints (Kobo ``_q_latitude``,
ODK ``q-Latitude``) are recognised, metadata columns keep their names, and a "labels" export is
matched by question labels. Names changed by R (``X_uuid``, ``X.U.FEFF.start``, ``group.question``:
see ``r_names``) are matched as the export's own, the typed columns taking the original names.
Without a form, kinds are inferred from the values.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from .audit_log import is_audit_log, plan_audit_log
from .choice_names import SEPARATORS, choice_code, choice_without_form, flag_by_label, flag_of
from .column_names import last_step, path_name, unique_names
from .export_readers import TextTable
from .header_clashes import find_clashes
from .label_headers import Fit, ambiguous_warning, by_label, fit_header, label_headers, label_keys, underscore_headers
from .numbered_repeats import numbered
from .r_names import make_names, restore_headers
from .submission_ids import CENTRAL_INSTANCE_ID, INSTANCE_ID_COLUMNS
from .xlsform import FormSpec, Question
from .xlsform_syntax import DEVICE_GEOPOINT_TYPES, GEOPOINT_TYPES

GEO_PARTS = ("latitude", "longitude", "altitude", "precision")
_ODK_GEO = {"latitude": "latitude", "longitude": "longitude", "altitude": "altitude", "accuracy": "precision"}
ODK_META = {
    "KEY",
    "PARENT_KEY",
    "SubmissionDate",
    "SubmitterID",
    "SubmitterName",
    "AttachmentsPresent",
    "AttachmentsExpected",
    "Status",
    "ReviewState",
    "DeviceID",
    "Edits",
    "FormVersion",
    CENTRAL_INSTANCE_ID,
    "meta-instanceName",
    INSTANCE_ID_COLUMNS[0],
}
META_INTEGER = {
    "_id",
    "_index",
    "_parent_index",
    "_submission__id",
    "AttachmentsPresent",
    "AttachmentsExpected",
    "Edits",
}
META_DATETIME = {"_submission_time", "_submission__submission_time", "SubmissionDate"}
# XLSForm type -> typed column kind
_KIND = {
    "integer": "integer",
    "decimal": "decimal",
    "range": "decimal",
    "date": "date",
    "today": "date",
    "datetime": "datetime",
    "start": "datetime",
    "end": "datetime",
    "select_one": "select_one",
    "select_multiple": "select_multiple",
    **dict.fromkeys(GEOPOINT_TYPES, "geopoint"),
    "geotrace": "geotrace",
    "geoshape": "geoshape",
}


@dataclass
class Column:
    """How one column of the export becomes a column of the typed table."""

    index: int
    header: str
    name: str = ""  # typed column name
    kind: str = "text"  # text integer decimal date datetime select_one select_multiple flag geo* coordinate
    question: Question | None = None
    choice: str | None = None  # flag columns of a select_multiple
    geo_part: str | None = None  # coordinate columns: latitude/longitude/altitude/precision
    geo_question: str = ""
    restored: str = ""  # the export's own name of a header R changed (X_uuid -> _uuid), else ""
    device_location: bool = False  # a start-geopoint / background-geopoint (or its parts): located last
    disabled: bool = False  # a question the form disables: answers of earlier versions, located after the form's


class _Keys(dict[str, Question]):
    """Header spelling -> question; ``ordinary`` holds the spellings of exports that did not go through R."""

    ordinary: frozenset[str] = frozenset()
    shared: frozenset[str] = frozenset()  # names of questions of other levels that several questions bear


def form_repeat(table_name: str, spec: FormSpec | None) -> str | None:
    """The form's repeat a repeat table holds, or None (the main table, or a repeat the form does not know).

    Tables are named by their sheet (Kobo XLSX: the repeat's name cut to Excel's 31 characters), their
    file (ODK ``<form>-<repeat>.csv``) or, for flattened repeats, the importer's lower-case name; a cut or
    changed name is taken only when it fits one repeat of the form.
    """
    if spec is None or not table_name:
        return None
    repeats = list(spec.repeats)
    if table_name in repeats:
        return table_name
    for same in (lambda r: r[:31] == table_name[:31], lambda r: table_key(r) == table_key(table_name)):
        found = [r for r in repeats if same(r)]
        if len(found) == 1:
            return found[0]
    return None


def table_key(name: str) -> str:
    """A name as the importer names tables: letters of any script (with their marks), digits and "_"
    kept, other characters become "_", lower-case. XLSForm names may be Arabic or Cyrillic: a repeat
    ``أفراد`` is the table ``أفراد``, as readable as the form."""
    kept = "".join(c if c == "_" or unicodedata.category(c)[0] in "LMN" else "\x00" for c in name)
    return re.sub("\x00+", "_", kept).strip("_").lower()


def ascii_table_key(name: str) -> str:
    """``table_key`` as earlier versions of the toolkit wrote it, ASCII letters only: the tables of the
    GeoPackages they wrote are found by it (``survey_tables.write_survey_frames`` appends to them)."""
    return re.sub(r"[^0-9A-Za-z_]+", "_", name).strip("_").lower()


def _spellings(parts: list[str]) -> list[str]:
    return [sep.join(parts) for sep in SEPARATORS]


def _question_keys(spec: FormSpec, table_name: str = "") -> _Keys:
    """Every header spelling of each question, the questions of the table's own level first.

    The level is the main one for the main table, the table's repeat for a repeat table (groups nested
    in it included): Kobo XLSX without group headers and ODK Central's repeat CSVs write names bare or
    relative to the repeat, so a repeat table's ``status`` is the repeat's question, not the main
    question of the same name (another type, another choice list). Its questions are spelled by their
    full path (with / . - : separators), from the repeat, relative to the repeat and bare. A question
    of another level is found by its full path (or its path from its repeat), or by a bare name no
    other question bears: never by a name several questions share (``shared``, said in a warning).
    Then R's spellings of them all (``make.names``: other characters become ".", a leading "_" gets
    an "X").
    """
    keys = _Keys()
    level = form_repeat(table_name, spec)
    known = not table_name or level is not None  # a repeat the form does not know has no own questions
    depth = len(spec.repeats[level].path.split("/")) if level else 0
    own = [q for q in spec.questions.values() if known and q.repeat == level]
    for question in own:
        parts = question.path.split("/")
        for spelling in _spellings(parts) + _spellings(parts[max(depth - 1, 0) :]) + _spellings(parts[depth:]):
            keys.setdefault(spelling, question)
    for question in own:
        keys.setdefault(question.name, question)
    bare: dict[str, list[Question]] = {}
    own_ids = {id(q) for q in own}
    for question in spec.questions.values():
        bare.setdefault(question.name, []).append(question)
        if id(question) in own_ids:
            continue
        parts = question.path.split("/")
        for spelling in _spellings(parts) if len(parts) > 1 else ():
            keys.setdefault(spelling, question)
        # Kobo repeat sheets sometimes start the path at the repeat (known by its path when its name is shared)
        repeat = question.repeat.split("/") if question.repeat else []
        if repeat and repeat[-1] in parts:
            start = len(repeat) - 1 if len(repeat) > 1 else parts.index(repeat[-1])
            for spelling in _spellings(parts[start:]):
                keys.setdefault(spelling, question)
    for name, questions in bare.items():
        if len(questions) == 1:
            keys.setdefault(name, questions[0])
    keys.shared = frozenset(name for name, questions in bare.items() if name not in keys)
    keys.ordinary = frozenset(keys)
    for spelling, question in list(keys.items()):
        keys.setdefault(make_names(spelling), question)
    return keys


_KOBO_GEO = re.compile(r"^_(.+)_(latitude|longitude|altitude|precision)$")
_ODK_GEO_RE = re.compile(r"^(.+)[-/.:](latitude|longitude|altitude|accuracy)$", re.IGNORECASE)


def _kobo_geo(name: str, spec: FormSpec | None, keys) -> re.Match | None:
    """Kobo's split coordinate ``_q_latitude`` after the group path and whichever separator the export
    uses ("/", ".", "-" or ":": formpack writes ``{group}{sep}_{q}_latitude``), the outermost that names
    a question of the form (any without a form). "_" is in label_headers (whole paths only)."""
    starts = [0] + [i + 1 for i, c in enumerate(name) if c in SEPARATORS and name[i + 1 : i + 2] == "_"]
    for start in starts:
        found = _KOBO_GEO.match(name[start:])
        if found and (spec is None or found.group(1) in spec.questions or found.group(1) in keys):
            return found
    return None


def _disabled_column(name: str, spec: FormSpec | None, keys: dict[str, Question]) -> Fit | None:
    """What ``name`` is when it belongs to a question the form disables (``keys``: its spellings): the
    question, a Kobo or ODK split coordinate of such a geopoint, or a split column of such a
    select_multiple."""
    if name in keys:
        return Fit(keys[name])
    if (kobo := _kobo_geo(name, spec, keys)) and kobo.group(1) in keys:
        return Fit(keys[kobo.group(1)], geo_part=kobo.group(2))
    if (odk := _ODK_GEO_RE.match(name)) and odk.group(1) in keys:
        return Fit(keys[odk.group(1)], geo_part=_ODK_GEO[odk.group(2).lower()])
    if spec is not None and (flag := flag_of(name, keys, spec)):
        return Fit(flag[0], choice=choice_code(spec, *flag))
    return None


def _flag_of(name: str, received: str, keys, spec: FormSpec) -> tuple[Question, str] | None:
    """``choice_names.flag_of`` of a header, read as received when that names a choice of the list and the
    header does not: ``answer/yes`` beside ``answer/Yes`` was renamed ``answer/yes_2`` (SQLite names
    ignore case), yet ``yes`` is the form's choice."""
    flag = flag_of(name, keys, spec)
    if received.strip() == name or not (first := flag_of(received.strip(), keys, spec)):
        return flag
    codes = {c.name for c in spec.choices.get(first[0].list_name or "", ())}
    known = choice_code(spec, *first) in codes
    return first if known and (flag is None or choice_code(spec, *flag) not in codes) else flag


def plan_columns(table: TextTable, spec: FormSpec | None, warnings: list[str]) -> list[Column]:
    """Decide the typed name and kind of every column of ``table``."""
    if table.name and is_audit_log(table.headers):  # never typed as the form's start and end
        columns = plan_audit_log(table, warnings)
        unique_names(columns, spec)
        return columns
    keys = _question_keys(spec, table.name) if spec else _Keys()
    level = form_repeat(table.name, spec)
    known = not table.name or level is not None  # a repeat the form does not know has no own questions

    def own(question: Question) -> bool:
        return known and question.repeat == level

    labels = label_keys(spec, own) if spec else {}
    # whole headers first: labels and "_"-joined paths hold "/" and "_" of their own (label_headers)
    fits, joined = (label_headers(spec), underscore_headers(spec)) if spec else ({}, {})
    ambiguous: list[tuple[str, list[Fit]]] = []
    restored = _restored_names(table.headers, keys)
    order = {q.path: i for i, q in enumerate(spec.questions.values())} if spec else {}
    after, used = -1, set[str]()  # form position of the last question matched, questions matched
    # a repeated header got a suffix when read (export_shape): labels are matched as received
    received = table.notes.received if len(table.notes.received) == len(table.headers) else table.headers
    columns = []
    unmatched: list[str] = []
    shared: list[str] = []  # bare names that several questions of other levels bear: not guessed
    unknown_choices = []  # choice columns whose code is not in the form's list
    exported = {restored.get(h, h) for h in table.headers}
    # questions the form disables, by name and path: their answers were collected by earlier versions
    disabled = {s: q for q in spec.disabled.values() for s in [q.name, *_spellings(q.path.split("/"))]} if spec else {}
    # headers that could be two questions (a name and a "_" path or a label): said, never guessed
    clashes = find_clashes(
        [restored.get(h, h) for h in table.headers], received, keys, fits, joined, labels, own, set(table.moved)
    )
    for index, header in enumerate(table.headers):
        if index in table.moved:  # a flattened repeat column: typed in its repeat's table (flat_repeats)
            continue
        column = Column(index=index, header=header, restored=restored.get(header, ""))
        name = column.restored or header  # the export's own name
        # a labels export's header that is a label and a name: the label decides ("Age" twice)
        clash = clashes.ambiguous.get(index) or clashes.fitted.get(index)
        if index in clashes.by_label:
            clash = fit_header(fits, received[index], own, after, order, used)
        question = None if clash else keys.get(name)
        if question is not None and name not in keys.ordinary:
            column.restored = name
        # Kobo split coordinates may carry the group prefix: "geo/_geolocation_latitude"
        kobo_geo, odk_geo = _kobo_geo(name, spec, keys), _ODK_GEO_RE.match(name)
        of_disabled = _disabled_column(name, spec, disabled) if disabled else None
        if header == table.geometry_header:
            column.kind, column.name = "wkt", header
        elif isinstance(clash, list):
            ambiguous.append((header, clash))
            column.name = path_name(header) or header
        elif clash:
            _fitted(column, clash)
        elif question is not None:
            column.question = question
            column.kind = _KIND.get(question.type, "text")
            column.name = question.name
            column.device_location = question.type in DEVICE_GEOPOINT_TYPES
        elif spec and (flag := _flag_of(name, received[index], keys, spec)):
            column.question, column.choice = flag[0], choice_code(spec, *flag)
            column.kind, column.name = "flag", f"{flag[0].name}_{column.choice}"
            codes = {c.name for c in spec.choices.get(flag[0].list_name or "", ())}
            if codes and column.choice not in codes:
                unknown_choices.append(header)
            if not any(name == f"{head}{sep}{flag[1]}" for sep in SEPARATORS for head in keys.ordinary):
                column.restored = name
        elif kobo_geo:
            column.kind, column.geo_part, column.geo_question = "coordinate", kobo_geo.group(2), kobo_geo.group(1)
            column.name = kobo_geo.group(0)
            geo_of = keys.get(kobo_geo.group(1)) or (spec.questions.get(kobo_geo.group(1)) if spec else None)
            column.device_location = geo_of is not None and geo_of.type in DEVICE_GEOPOINT_TYPES
        elif odk_geo and (spec is None or odk_geo.group(1) in keys):
            target = keys[odk_geo.group(1)].name if spec else odk_geo.group(1).split("-")[-1]
            part = _ODK_GEO[odk_geo.group(2).lower()]
            column.kind, column.geo_part, column.geo_question = "coordinate", part, target
            column.name = f"_{target}_{part}"
            column.device_location = bool(spec) and keys[odk_geo.group(1)].type in DEVICE_GEOPOINT_TYPES
        elif (name.startswith("_") or name in ODK_META) and of_disabled is None:
            column.kind = "integer" if name in META_INTEGER else "datetime" if name in META_DATETIME else "text"
            column.name = name
        elif index in clashes.named_elsewhere:  # no question of the form: said below
            column.name = last_step(header)
            unmatched.append(header)
        elif spec and (
            fit := fit_header(fits, received[index], own, after, order, used)
            or fit_header(joined, received[index], own, after, order, used)
        ):
            if isinstance(fit, list):
                ambiguous.append((header, fit))
                column.name = path_name(header) or header
            else:
                _fitted(column, fit)
        elif spec and (label_flag := flag_by_label(labels, received[index], spec, after, order)):
            column.question, column.choice, in_list = label_flag  # not ``known``: own() reads that one
            column.kind, column.name = "flag", f"{column.question.name}_{column.choice}"
            if not in_list:
                unknown_choices.append(header)
        elif spec and (question := by_label(labels, received[index], after, order, used)):
            column.question, column.kind, column.name = question, _KIND.get(question.type, "text"), question.name
        elif spec is None and (choice := choice_without_form(name, exported)):
            column.name, column.choice = choice  # "wash/treatment/boil" -> "treatment_boil", as with the form
        elif of_disabled is not None:
            _fitted(column, of_disabled)  # a geopoint's points are built, a select_multiple's 0/1 typed
            column.disabled = True
        else:
            column.name = last_step(header)
            if spec and not _is_metadata(name):
                (shared if name in keys.shared else unmatched).append(header)
        if column.question is not None and column.question.path in order:
            after = order[column.question.path]
            used.add(column.question.path)
        columns.append(column)
    if spec is None:
        from .column_inference import infer_kinds  # columns first: it reads their names

        infer_kinds(table, columns)
    else:
        matched = sum(1 for c in columns if c.question is not None and not c.disabled)
        old = [c for c in columns if c.disabled]
        candidates = sum(1 for c in columns if not _is_metadata(c.restored or c.header))
        if candidates and matched == 0 and table.name and numbered(table.name):
            unmatched, shared = [], []  # an ODK Central file no repeat of the form fits: said (numbered_warnings)
        elif candidates and matched == 0 and table.name:
            # a repeat the form no longer has (submissions made with an older version): kept as text, said
            warnings.append(
                tr(
                    "{file}: none of the {count} columns of repeat {table} is a question of the form {form} (the "
                    "form may no longer have this repeat); they were imported as text."
                ).format(file=table.source, count=candidates, table=table.name, form=Path(spec.path).name)
            )
            unmatched = []
        elif candidates and matched == 0:
            raise CartongError(
                tr(
                    "{file} does not match the form {form}: none of its {count} columns is a question of the "
                    "form. Choose the form this export was downloaded with."
                ).format(file=table.source, form=Path(spec.path).name, count=candidates)
                # the columns may be wrong because the split is (export_readers.delimiter_doubt): say so
                + (" " + table.delimiter_doubt if getattr(table, "delimiter_doubt", "") else ""),
                path=table.source,
            )
        if unmatched:
            warnings.append(
                tr("{file}: {count} column(s) are not in the form and were imported as text: {columns}").format(
                    file=table.source,
                    count=len(unmatched),
                    columns=", ".join(unmatched[:8]) + (" ..." if len(unmatched) > 8 else ""),
                )
            )
        if old:
            warnings.append(
                trn(
                    "{file}: %n column holds the answers that earlier versions of the form collected for the "
                    "question {questions}, which the form {form} now marks 'disabled' (it was not yet disabled "
                    "then); it was imported with that question's type: {columns}",
                    "{file}: %n columns hold the answers that earlier versions of the form collected for the "
                    "question(s) {questions}, which the form {form} now marks 'disabled' (not yet disabled "
                    "then); they were imported with those questions' types: {columns}",
                    len(old),
                ).format(
                    file=table.source,
                    questions=", ".join(dict.fromkeys(c.question.path if c.question else c.geo_question for c in old)),
                    form=Path(spec.path).name,
                    columns=", ".join(c.header for c in old[:8]) + (" ..." if len(old) > 8 else ""),
                )
            )
        if ambiguous:
            warnings.append(ambiguous_warning(table.source, Path(spec.path).name, ambiguous))
        if shared:
            warnings.append(
                tr(
                    "{file}: {count} column(s) of {table} bear the name of several questions of other levels "
                    "of the form {form} (the main level or other repeats) and none of this table's own; which "
                    "one is meant cannot be told, so they were imported as text: {columns}"
                ).format(
                    file=table.source,
                    count=len(shared),
                    table=table.name or tr("the survey"),
                    form=Path(spec.path).name,
                    columns=", ".join(shared[:8]) + (" ..." if len(shared) > 8 else ""),
                )
            )
        if unknown_choices:
            warnings.append(
                trn(
                    "{file}: %n choice column names a choice that is not in the form's list (kept "
                    "as a yes/no column of its question): {columns}",
                    "{file}: %n choice columns name a choice that is not in the form's list (kept as "
                    "yes/no columns of their question): {columns}",
                    len(unknown_choices),
                ).format(
                    file=table.source,
                    columns=", ".join(unknown_choices[:8]) + (" ..." if len(unknown_choices) > 8 else ""),
                )
            )
    renamed = [c for c in columns if c.restored]
    if renamed:
        warnings.append(
            tr(
                "{file}: the column names were changed by R (make.names); {count} of them were read as "
                "the export's own names ({examples}). The raw table keeps them as received."
            ).format(
                file=table.source,
                count=len(renamed),
                examples=", ".join(f"{c.header} -> {c.restored}" for c in renamed[:4])
                + (" ..." if len(renamed) > 4 else ""),
            )
        )
    unique_names(columns, spec)
    return columns


def _fitted(column: Column, fit: Fit) -> None:
    """Type ``column`` as the question, choice column or coordinate its whole header fits."""
    question = fit.question
    column.device_location = question.type in DEVICE_GEOPOINT_TYPES
    if fit.geo_part:
        column.kind, column.geo_part, column.geo_question = "coordinate", fit.geo_part, question.name
        column.name = f"_{question.name}_{fit.geo_part}"
    elif fit.choice is not None:
        column.question, column.choice, column.kind = question, fit.choice, "flag"
        column.name = f"{question.name}_{fit.choice}"
    else:
        column.question, column.kind, column.name = question, _KIND.get(question.type, "text"), question.name


# what the server or the form adds to a submission: formhub/uuid, meta/instanceID, meta/rootUuid, meta.audit,
# meta_instanceID with the "_" group separator
_META_GROUPS = re.compile(r"^(?:meta|formhub)[/.:_-]")


def _is_metadata(name: str) -> bool:
    """Whether a column (not a question of the form) is the server's or the form's metadata: Kobo's
    ``_id``..., ODK Central's ``KEY``..., OData's ``__system/...`` and a repeat row's ``members/__id``,
    and the ``meta``/``formhub`` groups."""
    return name.startswith("_") or name in ODK_META or bool(_META_GROUPS.match(name)) or name.endswith("/__id")


def _restored_names(headers: list[str], keys) -> dict[str, str]:
    """{header: the export's own name} for headers R changed: byte-order-mark prefix, Kobo metadata
    (``X_uuid``) and ODK metadata (``meta.instanceID``). Questions are matched by ``keys``' R spellings."""
    restored = restore_headers(headers, keys)
    # a header R would have changed (_id, hh/size) shows the export did not go through R: ONA's "."
    # group delimiter writes meta.instanceID itself
    untouched = any(header and make_names(header) != header for header in headers[1:])
    odk = {} if untouched else {make_names(name): name for name in ODK_META}
    for header in headers:
        name = restored.get(header, header)
        if name not in keys and name not in ODK_META and odk.get(name, name) != name:
            restored[header] = odk[name]
    return restored
