# SPDX-License-Identifier: GPL-3.0-or-later
"""Read an XLSForm (survey, choices, settings sheets) into a FormSpec, with GDAL's XLSX driver.

The form tells the importer the type of each column, the labels of the codes in every
language, and the constraints and required flags the cleaning checks use. openpyxl is
not available in every QGIS, so the workbook is read with OGR, every cell as text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr

DEFAULT_LANGUAGE = "default"  # the language of plain `label` columns (pyxform's name for it)

# XLSForm type aliases accepted by pyxform, mapped to the base type.
_TYPE_ALIASES = {
    "int": "integer",
    "select one": "select_one",
    "select multiple": "select_multiple",
    "select1": "select_one",
    "select_one_external": "select_one",
    "select_multiple_external": "select_multiple",
    "gps": "geopoint",
    "location": "geopoint",
    "begin_group": "begin group",
    "end_group": "end group",
    "begin_repeat": "begin repeat",
    "end_repeat": "end repeat",
    "begin group": "begin group",
    "end group": "end group",
    "begin repeat": "begin repeat",
    "end repeat": "end repeat",
    "begin_loop": "begin repeat",
    "end_loop": "end repeat",
}
_SELECT_TYPES = ("select_one", "select_multiple", "rank")
_FROM_FILE = ("select_one_from_file", "select_multiple_from_file")
_TRUE = {"yes", "true", "true()", "1", "y"}
_LANG_CODE = re.compile(r"\(([^()]+)\)\s*$")


@dataclass
class Choice:
    """One answer of a choice list: its code (``name``) and its label in each language."""

    name: str
    labels: dict[str, str] = field(default_factory=dict)


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

    @property
    def repeats(self) -> dict[str, Group]:
        """Repeat groups by name, in form order."""
        return {g.name: g for g in self.groups.values() if g.is_repeat}

    def find_language(self, language: str | None) -> str | None:
        """The form's language matching ``language`` ("fr", "French", "Français (fr)"), or None."""
        if not language:
            return None
        wanted = language.strip().casefold()
        for lang in self.languages:
            code = _LANG_CODE.search(lang)
            name = _LANG_CODE.sub("", lang).strip()
            if wanted in (lang.casefold(), name.casefold()) or (code and wanted == code.group(1).casefold()):
                return lang
        return None

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

    def choice_labels(self, list_name: str, lang: str | None = None) -> dict[str, str]:
        """{code: label} of a whole list in one language (for vectorised labelling)."""
        resolved = self.resolve_language(lang)
        return {c.name: _pick_label(c.labels, resolved, self.default_language) or c.name
                for c in self.choices.get(list_name, ())}


def _pick_label(labels: dict[str, str], lang: str, default_language: str) -> str:
    for key in (lang, default_language, DEFAULT_LANGUAGE):
        if labels.get(key):
            return labels[key]
    return next((text for text in labels.values() if text), "")


_GENERIC_HEADER = re.compile(r"^Field\d+$")


class SheetDict(dict):
    """Sheets by their name as written; a lookup that misses retries without case ("Survey")."""

    def __missing__(self, key):
        for name, value in self.items():
            if isinstance(key, str) and name.casefold() == key.casefold():
                return value
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


def read_xlsx_sheets(path: Path, what: str = "form") -> dict[str, tuple[list[str], list[list[str]]]]:
    """Every sheet of an .xlsx as (stripped headers, rows of text cells), keyed by sheet name (any case).

    GDAL 3.6 ignores HEADERS=FORCE when the header cells are inline strings (some exporters
    write them so) and names the columns Field1..FieldN: the first row is then promoted here.
    """
    from osgeo import gdal

    # Huge blank ranges make the driver complain ("Too big gap") yet read fine: quietly, and
    # without exceptions whatever the caller chose, so a complaint does not abort the read.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        with gdal_exceptions(False):
            try:
                ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["XLSX"],
                                 open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
            except RuntimeError:
                ds = None
            if ds is None:
                if what == "form":
                    message = tr("The form {file} could not be read as an Excel XLSForm (.xlsx). "
                                 "Save it as .xlsx from KoboToolbox or Excel and try again.")
                else:
                    message = tr("{file} could not be read as an Excel workbook (.xlsx).")
                raise CartongError(message.format(file=path.name), path=str(path))
            sheets = SheetDict()
            for index in range(ds.GetLayerCount()):
                layer = ds.GetLayer(index)
                defn = layer.GetLayerDefn()
                count = defn.GetFieldCount()
                headers = [defn.GetFieldDefn(i).GetName().strip() for i in range(count)]
                rows = []
                layer.ResetReading()
                feature = layer.GetNextFeature()
                while feature is not None:
                    rows.append([feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else ""
                                 for i in range(count)])
                    feature = layer.GetNextFeature()
                if headers and rows and all(_GENERIC_HEADER.match(h) for h in headers):
                    headers = [cell.strip() for cell in rows.pop(0)]
                sheets[layer.GetName().strip()] = (headers, rows)
            return sheets
    finally:
        gdal.PopErrorHandler()


def _read_sheets(path: Path) -> dict[str, tuple[list[str], list[dict[str, str]]]]:
    """Every sheet of the form as (headers, [{header: text}]) with unnamed columns dropped."""
    return {name.lower(): (headers, [{h: cells[i] for i, h in enumerate(headers) if h} for cells in rows])
            for name, (headers, rows) in read_xlsx_sheets(path).items()}


def _split_column(header: str) -> tuple[str, str | None]:
    """("label", "English (en)") for ``label::English (en)``; ("label", None) for a plain column."""
    if "::" in header:
        base, lang = header.split("::", 1)
        return base.strip().lower(), lang.strip()
    return header.strip().lower(), None


def _translations(row: dict[str, str], column: str) -> dict[str, str]:
    out = {}
    for header, value in row.items():
        base, lang = _split_column(header)
        if base == column and value.strip():
            out[lang or DEFAULT_LANGUAGE] = value.strip()
    return out


def _plain(row: dict[str, str], column: str) -> str:
    for header, value in row.items():
        if _split_column(header) == (column, None):
            return value.strip()
    return ""


def _languages(sheets: dict[str, tuple[list[str], list[dict[str, str]]]]) -> list[str]:
    """Named languages of the label/hint columns, in column order of survey then choices."""
    found: list[str] = []
    for sheet in ("survey", "choices"):
        for header in sheets.get(sheet, ([], []))[0]:
            base, lang = _split_column(header)
            if lang and base in ("label", "hint", "constraint_message", "required_message") and lang not in found:
                found.append(lang)
    return found


def _parse_type(raw: str) -> tuple[str, str | None]:
    """(base type, list name) of a type cell: ``select_one  yes_no or_other`` -> ("select_one", "yes_no")."""
    text = " ".join(raw.strip().split())
    lowered = text.lower()
    if lowered in _TYPE_ALIASES:
        return _TYPE_ALIASES[lowered], None
    text = re.sub(r"^select (one|multiple) ", r"select_\1 ", text, flags=re.IGNORECASE)
    parts = text.split(" ")
    head = parts[0].lower()
    head = _TYPE_ALIASES.get(head, head)
    if head in _FROM_FILE:
        return head.replace("_from_file", ""), (parts[1] if len(parts) > 1 else None)
    if head in _SELECT_TYPES:
        return head, (parts[1] if len(parts) > 1 else None)
    return head, None


def read_xlsform(path) -> FormSpec:
    """Read the XLSForm at ``path`` (.xlsx) into a FormSpec; CartongError if it is not a form."""
    path = Path(path)
    if not path.is_file():
        raise CartongError(tr("The form file {file} does not exist.").format(file=str(path)), path=str(path))
    sheets = _read_sheets(path)
    if "survey" not in sheets:
        raise CartongError(
            tr("{file} has no 'survey' sheet: it is not an XLSForm.").format(file=path.name), path=str(path))
    headers, survey = sheets["survey"]
    if not {"type", "name"} <= {_split_column(h)[0] for h in headers}:
        raise CartongError(
            tr("The 'survey' sheet of {file} needs the columns 'type' and 'name'.").format(file=path.name),
            path=str(path))

    spec = FormSpec(path=str(path), languages=_languages(sheets))
    settings = (sheets.get("settings", ([], []))[1] or [{}])[0]
    spec.title = _plain(settings, "form_title")
    spec.form_id = _plain(settings, "form_id") or path.stem
    spec.version = _plain(settings, "version")
    spec.default_language = _plain(settings, "default_language")
    if not spec.languages:
        spec.languages = [DEFAULT_LANGUAGE]  # only plain `label` columns
    # settings may say "English" for a column "label::English (en)": match it like a user choice
    spec.default_language = spec.resolve_language(spec.default_language) if spec.default_language else ""
    if spec.default_language not in spec.languages:
        spec.default_language = spec.languages[0]

    for row in sheets.get("choices", ([], []))[1]:
        list_name, name = _plain(row, "list_name"), _plain(row, "name")
        if list_name and name:
            spec.choices.setdefault(list_name, []).append(Choice(name=name, labels=_translations(row, "label")))

    _read_survey_rows(spec, survey, path)
    return spec


def _read_survey_rows(spec: FormSpec, survey: list[dict[str, str]], path: Path) -> None:
    stack: list[Group] = []  # open groups and repeats
    rows_of: dict[tuple[str, str], int] = {}  # (group path, name without case) -> survey sheet row
    for number, row in enumerate(survey, start=2):
        raw_type, name = _plain(row, "type"), _plain(row, "name")
        if not raw_type:
            if name:
                spec.warnings.append(tr("Row {row} of the survey sheet of {file}: '{name}' has no type; ignored.")
                                     .format(row=number, file=path.name, name=name))
            continue
        base, list_name = _parse_type(raw_type)
        parent = stack[-1].path if stack else ""
        repeat = next((g.name for g in reversed(stack) if g.is_repeat), None)
        if base in ("begin group", "begin repeat"):
            is_repeat = base == "begin repeat"
            group = Group(name=name or f"group_{number}", labels=_translations(row, "label"), parent=parent,
                          is_repeat=is_repeat, repeat=name if is_repeat else repeat)
            stack.append(group)
            spec.groups[group.path] = group
            continue
        if base in ("end group", "end repeat"):
            if stack:
                stack.pop()
            else:
                spec.warnings.append(tr("Row {row} of the survey sheet of {file}: '{type}' without a matching begin.")
                                     .format(row=number, file=path.name, type=raw_type))
            continue
        if not name:
            continue
        if base in _SELECT_TYPES and not list_name:
            spec.warnings.append(tr("Row {row} of the survey sheet of {file}: '{type}' names no choice list.")
                                 .format(row=number, file=path.name, type=raw_type))
        question = Question(
            name=name, type=base, list_name=list_name, labels=_translations(row, "label"),
            required=_plain(row, "required").lower() in _TRUE, constraint=_plain(row, "constraint"),
            relevant=_plain(row, "relevant"), group=parent, repeat=repeat, raw_type=raw_type,
            appearance=_plain(row, "appearance"), choice_filter=_plain(row, "choice_filter"),
            calculation=_plain(row, "calculation"), hints=_translations(row, "hint"),
            constraint_messages=_translations(row, "constraint_message"), row=number)
        first = rows_of.setdefault((parent, name.casefold()), number)
        if first != number:  # pyxform refuses it too: the export could not tell the two columns apart
            raise CartongError(tr("The survey sheet of {file} names two questions '{name}' in the same group "
                                  "(rows {first} and {second}): each question needs its own name. Rename one "
                                  "of them, or import the data without the form.").format(
                file=path.name, name=name, first=first, second=number), path=str(path), row=number, field="name")
        key = name
        if key in spec.questions:
            key = question.path
            spec.warnings.append(tr("Row {row} of the survey sheet of {file}: the name '{name}' is used twice.")
                                 .format(row=number, file=path.name, name=name))
        spec.questions[key] = question
    if stack:
        spec.warnings.append(tr("The survey sheet of {file}: group '{name}' is never closed.")
                             .format(file=path.name, name=stack[-1].name))
