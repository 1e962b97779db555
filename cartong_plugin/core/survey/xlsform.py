# SPDX-License-Identifier: GPL-3.0-or-later
"""Read an XLSForm (survey, choices, settings sheets) into a FormSpec, with GDAL's XLSX (or XLS) driver.

The form tells the importer the type of each column, the labels of the codes in every language, and the
constraints and required flags the cleaning checks use. openpyxl is not available in every QGIS, so the
workbook is read with OGR, every cell as text (``xlsx_sheets.read_xlsx_sheets``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..base.errors import CartongError
from ..base.i18n import tr
from .numbered_repeats import name_shared_repeats
from .xlsform_languages import DEFAULT_LANGUAGE, form_languages, match_language, plain_language_of
from .xlsform_syntax import canonical_headers, is_disabled, parse_type, split_header
from .xlsx_sheets import read_xlsx_sheets, unsaved_formula_warnings

_SELECT_TYPES = ("select_one", "select_multiple", "rank")
_TRUE = {"yes", "true", "true()", "1", "y"}


@dataclass
class Choice:
    """One answer of a choice list: its code (``name``) and its label in each language."""

    name: str
    labels: dict[str, str] = field(default_factory=dict)
    # the row's other columns (``district`` of a cascading select): a choice_filter tests them, and with
    # allow_choice_duplicates they are what tells two choices of one name apart
    columns: dict[str, str] = field(default_factory=dict)


@dataclass
class Question:
    """One row of the survey sheet that holds data (groups and repeats are not questions)."""

    name: str
    type: str  # base type: integer, decimal, text, select_one, select_multiple, date, geopoint...
    list_name: str | None = None  # choice list (or file name for *_from_file)
    labels: dict[str, str] = field(default_factory=dict)
    required: bool = False
    constraint: str = ""
    relevant: str = ""
    group: str = ""  # slash path of the enclosing groups and repeats, "" at top level
    repeat: str | None = None  # name of the innermost enclosing repeat
    raw_type: str = ""  # the type cell as written in the form
    appearance: str = ""
    choice_filter: str = ""
    calculation: str = ""
    hints: dict[str, str] = field(default_factory=dict)
    constraint_messages: dict[str, str] = field(default_factory=dict)
    row: int = 0  # row number in the survey sheet (1 = header)

    @property
    def path(self) -> str:
        """Full XML path as Kobo writes it in export headers: ``group/sub/name``."""
        return f"{self.group}/{self.name}" if self.group else self.name

    @property
    def is_select(self) -> bool:
        return self.type in ("select_one", "select_multiple")


@dataclass
class Group:
    """A group or a repeat of the survey sheet."""

    name: str
    labels: dict[str, str] = field(default_factory=dict)
    parent: str = ""  # slash path of the enclosing group
    is_repeat: bool = False
    repeat: str | None = None  # innermost repeat enclosing this group (itself for a repeat)

    @property
    def path(self) -> str:
        return f"{self.parent}/{self.name}" if self.parent else self.name


@dataclass
class FormSpec:
    """What the importer and the checks need to know about a form."""

    questions: dict[str, Question] = field(default_factory=dict)
    choices: dict[str, list[Choice]] = field(default_factory=dict)
    languages: list[str] = field(default_factory=list)
    default_language: str = ""
    title: str = ""
    form_id: str = ""
    version: str = ""
    groups: dict[str, Group] = field(default_factory=dict)  # by path
    warnings: list[str] = field(default_factory=list)
    path: str = ""
    # questions marked ``disabled`` (by name, else path), unless an enabled question bears the name: left
    # out of the deployed form, but an export still holds what earlier versions of the form collected
    disabled: dict[str, Question] = field(default_factory=dict)

    def keep_disabled(self, questions: list[Question]) -> None:
        """Keep aside the questions of disabled rows whose name no enabled question bears (``disabled``)."""
        enabled = {q.name for q in self.questions.values()}
        for question in questions:
            if question.name not in enabled:
                self.disabled.setdefault(question.path if question.name in self.disabled else question.name, question)

    @property
    def repeats(self) -> dict[str, Group]:
        """Repeat groups by name (by path when several bear it: ``numbered_repeats``), in form order."""
        return {g.repeat or g.name: g for g in self.groups.values() if g.is_repeat}

    def find_language(self, language: str | None) -> str | None:
        """The form's language matching ``language`` ("fr", "French", "Français (fr)"), or None."""
        return match_language(self.languages, language)

    def resolve_language(self, language: str | None) -> str:
        """The form's language matching ``language``, else the form's default language, else the first."""
        found = self.find_language(language)
        if found:
            return found
        if self.default_language in self.languages:
            return self.default_language
        return self.languages[0] if self.languages else DEFAULT_LANGUAGE

    def label(self, question_name: str, lang: str | None = None) -> str:
        """Label of a question in ``lang`` (falling back to the default language, then the name)."""
        question = self.questions.get(question_name)
        if question is None:
            return question_name
        return _pick_label(question.labels, self.resolve_language(lang), self.default_language) or question_name

    def choice_label(self, list_name: str, code: str, lang: str | None = None) -> str:
        """Label of choice ``code`` of ``list_name`` in ``lang``; the code itself when unknown."""
        for choice in self.choices.get(list_name, ()):
            if choice.name == code:
                return _pick_label(choice.labels, self.resolve_language(lang), self.default_language) or code
        return code

    def label_of(self, choice: Choice, lang: str | None = None) -> str:
        """Label of this very choice row in ``lang`` (a list may hold two choices of one name)."""
        return _pick_label(choice.labels, self.resolve_language(lang), self.default_language) or choice.name

    def choice_labels(self, list_name: str, lang: str | None = None) -> dict[str, str]:
        """{code: label} of a whole list in one language (for vectorised labelling)."""
        resolved = self.resolve_language(lang)
        return {
            c.name: _pick_label(c.labels, resolved, self.default_language) or c.name
            for c in self.choices.get(list_name, ())
        }


def _pick_label(labels: dict[str, str], lang: str, default_language: str) -> str:
    for key in (lang, default_language, DEFAULT_LANGUAGE):
        if labels.get(key):
            return labels[key]
    return next((text for text in labels.values() if text), "")


def xlsform_file_filter() -> str:
    """File filter of the XLSForm choosers: .xlsx, and legacy .xls (read where GDAL's XLS driver is built)."""
    return tr("XLSForm (*.xlsx *.XLSX *.xls *.XLS);;All files (*)")


def _read_sheets(
    path: Path, warnings: list[str]
) -> tuple[dict[str, tuple[list[str], list[dict[str, str]]]], dict[int, dict[str, str]]]:
    """Every sheet of the form as (canonical headers, [{header: text}]), unnamed columns dropped; and the
    survey rows pyxform leaves out (``disabled``: yes) by row number. ``warnings`` gets a sentence per
    cell read holding a formula whose result was never saved (openpyxl, R's openxlsx): read as empty.

    Headers are in the toolkit's spelling (``xlsform_syntax.canonical_headers``); when two columns
    mean the same thing, the first one is read. A disabled survey row is an empty record in its sheet
    (the rows keep their numbers): the deployed form has no such question, yet an export still holds
    the answers it collected in earlier versions of the form (``FormSpec.disabled``).
    """
    sheets, disabled, unsaved = {}, {}, {}  # type: ignore[var-annotated]
    for name, (headers, rows) in read_xlsx_sheets(path, unsaved=unsaved).items():
        canonical = canonical_headers(headers, name.lower())
        # pyxform too reads them as empty (so the deployed form has them), yet the user wrote something there
        read = {(row, column) for row, column in unsaved.get(name, ()) if column < len(canonical) and canonical[column]}
        warnings.extend(unsaved_formula_warnings(path, name, headers, read))
        records: list[dict[str, str]] = []
        for cells in rows:
            record: dict[str, str] = {}
            for i, header in enumerate(canonical):
                if header and header not in record:
                    record[header] = cells[i]
            if name.lower() == "survey" and is_disabled(record.get("disabled", "")):
                disabled[len(records) + 2], record = record, {}
            records.append(record)
        sheets[name.lower()] = (canonical, records)
    return sheets, disabled


def _translations(row: dict[str, str], column: str, plain_language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """{language: text} of a translatable column; plain ``label`` is in ``plain_language``."""
    out = {}
    for header, value in row.items():
        base, lang = split_header(header)
        if base == column and value.strip():
            out[lang or plain_language] = value.strip()
    return out


_CHOICE_OWN = {"list_name", "name", "label", "image", "big-image", "audio", "video", "media"}


def _other_columns(row: dict[str, str]) -> dict[str, str]:
    """The filled columns of a choices row beyond its list, name, labels and media (filter columns)."""
    return {
        header: value.strip()
        for header, value in row.items()
        if value.strip() and split_header(header)[1] is None and header.split("::")[0] not in _CHOICE_OWN
    }


def _plain(row: dict[str, str], column: str) -> str:
    return row.get(column, "").strip()


def read_xlsform(path) -> FormSpec:
    """Read the XLSForm at ``path`` (.xlsx, or .xls where GDAL reads it) into a FormSpec.

    CartongError if it is not a form.
    """
    path = Path(path)
    if not path.is_file():
        raise CartongError(tr("The form file {file} does not exist.").format(file=str(path)), path=str(path))
    warnings: list[str] = []
    sheets, disabled = _read_sheets(path, warnings)
    if "survey" not in sheets:
        raise CartongError(
            tr("{file} has no 'survey' sheet: it is not an XLSForm.").format(file=path.name), path=str(path)
        )
    headers, survey = sheets["survey"]
    if not {"type", "name"} <= {split_header(h)[0] for h in headers}:
        raise CartongError(
            tr("The 'survey' sheet of {file} needs the columns 'type' and 'name'.").format(file=path.name),
            path=str(path),
        )

    languages, has_plain = form_languages(sheets)
    spec = FormSpec(path=str(path), languages=languages, warnings=warnings)
    settings = (sheets.get("settings", ([], []))[1] or [{}])[0]
    spec.title = _plain(settings, "form_title")
    spec.form_id = _plain(settings, "form_id") or path.stem
    spec.version = _plain(settings, "version")
    spec.default_language = _plain(settings, "default_language")
    plain_language = plain_language_of(spec, sheets, has_plain)
    if not spec.languages:
        spec.languages = [DEFAULT_LANGUAGE]  # only plain `label` columns
    # settings may say "English" for a column "label::English (en)": match it like a user choice
    spec.default_language = spec.resolve_language(spec.default_language) if spec.default_language else ""
    if spec.default_language not in spec.languages:
        spec.default_language = spec.languages[0]

    for row in sheets.get("choices", ([], []))[1]:
        list_name, name = _plain(row, "list_name"), _plain(row, "name")
        if list_name and name:
            spec.choices.setdefault(list_name, []).append(
                Choice(name=name, labels=_translations(row, "label", plain_language), columns=_other_columns(row))
            )

    reader = _SurveyReader(spec, path, plain_language, disabled)
    reader.read(iter(enumerate(survey, start=2)))
    spec.keep_disabled(reader.disabled)
    name_shared_repeats(spec)  # two repeats "items" are known by their paths, each typed with its own questions
    if reader.stack:
        spec.warnings.append(
            tr("The survey sheet of {file}: group '{name}' is never closed.").format(
                file=path.name, name=reader.stack[-1].name
            )
        )
    return spec


class _SurveyReader:
    """Reads the survey rows into ``spec``: groups, repeats, loops expanded, questions (with or_other)."""

    def __init__(self, spec: FormSpec, path: Path, plain_language: str, disabled_rows: dict[int, dict[str, str]]):
        self.spec, self.path, self.plain_language = spec, path, plain_language
        self.disabled_rows = disabled_rows
        self.disabled: list[Question] = []  # the questions of disabled rows, in their groups
        self.stack: list[Group] = []  # open groups and repeats
        self.rows_of: dict[tuple[str, str], int] = {}  # (group path, name without case) -> survey sheet row

    def _translations(self, row, column, loop_item: Choice | None = None) -> dict[str, str]:
        texts = _translations(row, column, self.plain_language)
        if loop_item is None:
            return texts
        # a loop's questions say "%(label)s" (and "%(name)s") for the item they are asked about
        return {
            lang: text.replace(
                "%(label)s", _pick_label(loop_item.labels, lang, self.spec.default_language) or loop_item.name
            ).replace("%(name)s", loop_item.name)
            for lang, text in texts.items()
        }

    def _open(self, name: str, labels: dict[str, str], is_repeat: bool = False) -> None:
        parent = self.stack[-1].path if self.stack else ""
        repeat = next((g.name for g in reversed(self.stack) if g.is_repeat), None)
        group = Group(
            name=name, labels=labels, parent=parent, is_repeat=is_repeat, repeat=name if is_repeat else repeat
        )
        self.stack.append(group)
        self.spec.groups[group.path] = group

    def read(self, rows, loop_item: Choice | None = None) -> None:
        spec, path = self.spec, self.path
        for number, row in rows:
            if number in self.disabled_rows:
                self._read_disabled(self.disabled_rows[number], number, loop_item)
                continue
            raw_type, name = _plain(row, "type"), _plain(row, "name")
            if not raw_type:
                if name:
                    spec.warnings.append(
                        tr("Row {row} of the survey sheet of {file}: '{name}' has no type; ignored.").format(
                            row=number, file=path.name, name=name
                        )
                    )
                continue
            parsed = parse_type(raw_type)
            base, list_name = parsed.base, parsed.list_name
            if base == "begin loop":
                self._read_loop(number, name, list_name, _loop_body(rows), row, loop_item)
                continue
            if base in ("begin group", "begin repeat"):
                if base == "begin repeat" and name and _plain(row, "jr:count"):
                    self._add_repeat_count(name, _plain(row, "jr:count"), number)
                self._open(
                    name or f"group_{number}", self._translations(row, "label", loop_item), base == "begin repeat"
                )
                continue
            if base in ("end group", "end repeat", "end loop"):
                if self.stack and base != "end loop":
                    self.stack.pop()
                else:
                    spec.warnings.append(
                        tr("Row {row} of the survey sheet of {file}: '{type}' without a matching begin.").format(
                            row=number, file=path.name, type=raw_type
                        )
                    )
                continue
            if not name:
                continue
            if base in _SELECT_TYPES and not list_name:
                spec.warnings.append(
                    tr("Row {row} of the survey sheet of {file}: '{type}' names no choice list.").format(
                        row=number, file=path.name, type=raw_type
                    )
                )
            question = self._question(row, number, loop_item)
            self._add(question, number, in_loop=loop_item is not None)
            if parsed.or_other and question.is_select:
                self._add_or_other(question)

    def _question(self, row: dict[str, str], number: int, loop_item: Choice | None) -> Question:
        """The question of a survey row, in the group and repeat open there."""
        parsed = parse_type(_plain(row, "type"))
        return Question(
            name=_plain(row, "name"),
            type=parsed.base,
            list_name=parsed.list_name,
            labels=self._translations(row, "label", loop_item),
            required=_plain(row, "required").lower() in _TRUE,
            constraint=_plain(row, "constraint"),
            relevant=_plain(row, "relevant"),
            group=self.stack[-1].path if self.stack else "",
            repeat=next((g.name for g in reversed(self.stack) if g.is_repeat), None),
            raw_type=_plain(row, "type"),
            appearance=_plain(row, "appearance"),
            choice_filter=_plain(row, "choice_filter"),
            calculation=_plain(row, "calculation"),
            hints=self._translations(row, "hint", loop_item),
            constraint_messages=self._translations(row, "constraint_message", loop_item),
            row=number,
        )

    def _read_disabled(self, row: dict[str, str], number: int, loop_item: Choice | None) -> None:
        """Keep the question of a disabled row aside (``FormSpec.disabled``); a disabled begin or end of a
        group, repeat or loop is only left out, as pyxform does."""
        raw_type = _plain(row, "type")
        base = parse_type(raw_type).base if raw_type else ""
        if _plain(row, "name") and base and not base.startswith(("begin ", "end ")):
            self.disabled.append(self._question(row, number, loop_item))

    def _add(self, question: Question, number: int, in_loop: bool = False) -> None:
        if not in_loop:
            first = self.rows_of.setdefault((question.group, question.name.casefold()), number)
            if first != number:  # pyxform refuses it too: the export could not tell the two columns apart
                raise CartongError(
                    tr(
                        "The survey sheet of {file} names two questions '{name}' in the same group "
                        "(rows {first} and {second}): each question needs its own name. Rename one "
                        "of them, or import the data without the form."
                    ).format(file=self.path.name, name=question.name, first=first, second=number),
                    path=str(self.path),
                    row=number,
                    field="name",
                )
        key = question.name
        if key in self.spec.questions:
            key = question.path
            questions = self.spec.questions
            if key in questions:  # a top-level question after a nested one of its name: both kept, in order
                moved = [(q.path if k == key else k, q) for k, q in questions.items()]
                questions.clear()
                questions.update(moved)
            if not in_loop:  # a loop asks its questions once per item, under each item's group
                self.spec.warnings.append(
                    tr("Row {row} of the survey sheet of {file}: the name '{name}' is used twice.").format(
                        row=number, file=self.path.name, name=question.name
                    )
                )
        self.spec.questions[key] = question

    def _add_or_other(self, question: Question) -> None:
        """What pyxform adds for ``or_other``: the choice ``other`` and the text question ``<name>_other``."""
        choices = self.spec.choices.setdefault(question.list_name or "", [])
        if not any(c.name == OTHER_CHOICE for c in choices):
            languages = list(dict.fromkeys(lang for c in choices for lang in c.labels)) or [self.plain_language]
            choices.append(Choice(OTHER_CHOICE, {lang: "Other" for lang in languages}))
        name = f"{question.name}_other"
        if any(q.name == name and q.group == question.group for q in self.spec.questions.values()):
            return
        labels = {lang: "Specify other." for lang in question.labels or {self.plain_language: ""}}
        self._add(
            Question(
                name=name,
                type="text",
                labels=labels,
                relevant=f"selected(${{{question.name}}}, '{OTHER_CHOICE}')",
                group=question.group,
                repeat=question.repeat,
                raw_type="text",
                row=question.row,
            ),
            question.row,
            in_loop=True,
        )

    def _add_repeat_count(self, name: str, count: str, number: int) -> None:
        """The calculate ``<repeat>_count`` that pyxform adds before a repeat with a repeat_count (KoboToolbox
        exports it as a column), unless the form has a question of that name there."""
        parent = self.stack[-1].path if self.stack else ""
        if any(q.name == f"{name}_count" and q.group == parent for q in self.spec.questions.values()):
            return
        repeat = next((g.name for g in reversed(self.stack) if g.is_repeat), None)
        self._add(
            Question(
                name=f"{name}_count",
                type="calculate",
                calculation=count,
                group=parent,
                repeat=repeat,
                raw_type="calculate",
                row=number,
            ),
            number,
            in_loop=True,
        )

    def _read_loop(
        self, number: int, name: str, list_name: str | None, body: list, row: dict, loop_item: Choice | None
    ) -> None:
        """``begin loop over <list>``: a group holding, for each choice of the list, a group of the body's
        questions (pyxform's expansion; the choice ``none`` is skipped)."""
        items = [c for c in self.spec.choices.get(list_name or "", ()) if c.name != "none"]
        if not items:
            self.spec.warnings.append(
                tr(
                    "Row {row} of the survey sheet of {file}: the loop '{name}' runs over "
                    "the list '{list}', which has no choices; its questions are ignored."
                ).format(row=number, file=self.path.name, name=name, list=list_name or "")
            )
            return
        self._open(name or f"group_{number}", self._translations(row, "label", loop_item))
        for item in items:
            self._open(item.name, dict(item.labels))
            self.read(iter(body), item)
            self.stack.pop()
        self.stack.pop()


OTHER_CHOICE = "other"  # the choice pyxform adds for "or_other"


def _loop_body(rows) -> list:
    """The rows of a loop up to its ``end loop`` (consumed from ``rows``), nested loops included."""
    body: list[tuple[int, dict]] = []
    depth = 0
    for number, row in rows:
        base = parse_type(_plain(row, "type")).base if _plain(row, "type") else ""
        if base == "end loop" and depth == 0:
            return body
        depth += {"begin loop": 1, "end loop": -1}.get(base, 0)
        body.append((number, row))
    return body
