# SPDX-License-Identifier: GPL-3.0-or-later
"""Which table each repeat table hangs from, and the relation (keys) that links them.

A repeat's rows point at their parent's rows by number (Kobo ``_parent_index`` -> ``_index``) or key
(ODK ``PARENT_KEY`` -> ``KEY``): joined to the wrong table, each row is shown under another
submission, so a parent that cannot be told is left unlinked, with a warning, never guessed. A repeat
nobody answered (no row to name its parent) hangs where the form nests it, else from the survey.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..base.i18n import tr
from . import gpkg_writer as gw
from .audit_log import INSTANCE
from .columns import Column, form_repeat, table_key
from .export_readers import TextTable
from .import_report import ImportReport
from .repeat_checks import checked_relation, key_values, relation_keys, rows_point_at_main
from .xlsform import FormSpec

# _named_table's answer for a name that may be the main table's (a CSV carries no name to compare with)
_MAIN_IF_ROWS_AGREE = -1


def _parent_table(table: TextTable, tables: list[TextTable], names, spec: FormSpec | None) -> int | None:
    """Index of the table a repeat table hangs from: the main one, the repeat it is nested in, or None
    when the parent it names is not among the tables (left unlinked: a wrong parent joins rows to
    other submissions); ``_MAIN_IF_ROWS_AGREE`` when only the rows can tell whether it is the main one.

    Kobo names it in ``_parent_table_name``: the full repeat name (the form title for the first level)
    while sheet names are cut to Excel's 31 characters; ODK's ``PARENT_KEY`` of a nested repeat ends
    with the parent's ``/<repeat>[n]``.
    """
    headers = table.headers
    if table.rows == 0:  # a repeat nobody answered: no row names its parent
        return _form_parent(table, tables, spec)
    if "_parent_table_name" in headers:
        first = next((v for v in table.frame[headers.index("_parent_table_name")] if v), "")
        return _named_table(first, table, tables, names, spec)
    if "PARENT_KEY" in headers:
        first = next((v for v in table.frame[headers.index("PARENT_KEY")] if v), "")
        nested = re.search(r"/([^/\[]+)\[\d+\]$", first)
        if not nested:
            return 0
        # the parent's whole path tells apart two repeats of its name (food/items, nfi/items)
        path = "/".join(re.sub(r"\[\d+\]$", "", step) for step in first.split("/")[1:])
        by_path = [i for i, other in enumerate(tables) if i and form_repeat(other.name, spec) == path]
        if len(by_path) == 1 and tables[by_path[0]] is not table:
            return by_path[0]
        found = _named_table(nested.group(1), table, tables, names, spec)
        return None if found == _MAIN_IF_ROWS_AGREE else found  # the key names a repeat, never the main table
    return 0


def _form_parent(table: TextTable, tables: list[TextTable], spec: FormSpec | None) -> int | None:
    """Index of the table of the repeat the form nests ``table``'s repeat in, the main one for a repeat of
    the first level, None when that repeat's table is not imported; the main one without a form, or for a
    repeat the form does not know: a table without rows joins no row to a wrong one."""
    repeat = form_repeat(table.name, spec)
    if spec is None or repeat is None:
        return 0
    enclosing = spec.groups.get(spec.repeats[repeat].parent)
    if enclosing is None or not enclosing.repeat:
        return 0
    found = [i for i, other in enumerate(tables) if i and form_repeat(other.name, spec) == enclosing.repeat]
    return found[0] if len(found) == 1 else None


def _named_table(name: str, table: TextTable, tables: list[TextTable], names, spec: FormSpec | None) -> int | None:
    """The table ``name`` (a ``_parent_table_name``) calls for: a repeat table by its sheet or file
    name, its table name or its form repeat, then by that name cut to Excel's 31 characters or made a
    table name; else the main table by its sheet name (cut too). Else, with a form, None when it names
    one of the form's repeats, the main table when not (Kobo's first level names the form's title,
    which may have been changed); without a form, None when the main table has a sheet name it is
    not. A main CSV carries no name but its file's: a name that is not the file's may be the form's
    title or a repeat whose file was not imported, which only the rows can tell (``_MAIN_IF_ROWS_AGREE``).
    """
    for exact in (True, False):
        found = {
            index
            for index, (other, (typed, _raw)) in enumerate(zip(tables, names))
            if index and other is not table and _names(name, other.name, typed, spec, exact)
        }
        if len(found) == 1:
            return found.pop()
        if found:
            return None  # two tables fit the cut name: neither is taken
    main = tables[0]
    if name in (main.sheet, main.source) or (main.sheet and name[:31] == main.sheet):
        return 0
    if spec is not None:
        return None if name in spec.repeats else 0
    if main.sheet:
        return None
    stem = Path(main.source).stem
    return 0 if name == stem or (table_key(name) or name) == table_key(stem) else _MAIN_IF_ROWS_AGREE


def _names(name: str, sheet: str, typed: str, spec: FormSpec | None, exact: bool) -> bool:
    """Whether ``name`` is the repeat of the sheet/file ``sheet`` (table ``typed``)."""
    if exact:
        return name in (sheet, typed) or (spec is not None and form_repeat(sheet, spec) == name)
    return (len(name) > 31 and name[:31] == sheet) or table_key(name) == typed


def _relation(parent: str, parent_columns: list[Column], child: str, child_columns: list[Column]) -> dict | None:
    parent_names = {c.restored or c.header: c.name for c in parent_columns}  # X_index (R) is _index
    child_names = {c.restored or c.header: c.name for c in child_columns}
    pairs = (("_index", "_parent_index"), ("KEY", "PARENT_KEY"), ("_uuid", "_submission__uuid"), ("KEY", INSTANCE))
    for parent_key, child_key in pairs:
        if parent_key in parent_names and child_key in child_names:
            return {
                "parent": parent,
                "child": child,
                "parent_key": parent_names[parent_key],
                "child_key": child_names[child_key],
            }
    return None


def _add_relations(report: ImportReport, tables, plans, names, spec: FormSpec | None = None) -> None:
    table_of = {typed: table for table, (typed, _raw) in zip(tables, names)}
    for plan, (typed, _raw) in zip(plans[1:], names[1:]):
        parent = _parent_table(table_of[typed], tables, names, spec)
        if parent == _MAIN_IF_ROWS_AGREE:
            if not rows_point_at_main(table_of[typed], plan, tables[0], plans[0]):
                report.warnings.append(_unknown_parent(table_of[typed], typed))
                continue
            parent = 0
        if parent is None:
            report.warnings.append(
                tr(
                    "{file}: the parent of the repeat table {table} (named in its _parent_table_name or "
                    "PARENT_KEY column) is not a table of this export, or several tables fit its name: "
                    "{table} was left unlinked rather than joined to rows it may not belong to. Its rows "
                    "keep their parent's number in _parent_index or PARENT_KEY."
                ).format(file=table_of[typed].source, table=typed)
            )
            continue
        rel = _relation(names[parent][0], plans[parent], typed, plan)
        if rel is None and table_of[typed].parent_by_row:  # a flattened repeat of a table without _index
            rel = {"parent": names[parent][0], "child": typed, "parent_key": gw.FID, "child_key": "_parent_index"}
        if rel:
            rel = checked_relation(
                rel, tables[parent], plans[parent], table_of[typed], plan, parent == 0, report.warnings
            )
        if rel:
            report.relations.append(rel)


def _unknown_parent(table: TextTable, typed: str) -> str:
    """Why a repeat CSV whose parent is named by no imported file (and by no form) was left unlinked."""
    headers = table.headers
    named = next((v for v in table.frame[headers.index("_parent_table_name")] if v), "")
    return tr(
        "{file}: its _parent_table_name names '{parent}', which is no file imported here, and no form says "
        "whether it is the survey (its rows' _submission__uuid do not show it): {table} was imported unlinked, "
        "as its _parent_index may number the rows of another table. Import it with its parent's file, or give "
        "the form."
    ).format(file=table.source, parent=named, table=typed)


def enclosing_answers(tables: list[TextTable], plans: list[list[Column]], names, relations: list[dict]) -> list:
    """For each table, a function answering, for a question name, what each of its rows' enclosing row
    (its parent's, else further up, by the relations) answered: (answers aligned with the table's rows,
    "" where a row has no parent; the column answered; the table's own columns telling its parent row),
    or None when no enclosing table has the question or a parent key repeats. A cascading select in a
    repeat filtered by a question of the household is labelled with it (``select_columns``)."""
    index_of = {typed: i for i, (typed, _raw) in enumerate(names)}
    relation_of = {rel["child"]: rel for rel in relations}

    def answers_of(i: int):
        def answers(question: str):
            rel = relation_of.get(names[i][0])
            if rel is None or rel["parent"] not in index_of:
                return None
            j = index_of[rel["parent"]]
            parent_names, child_names = relation_keys(rel)
            link = [c for name in child_names for c in plans[i] if c.name == name]
            found = next((c for c in plans[j] if c.question is not None and c.question.name == question), None)
            if found is not None:
                values, column = tables[j].frame[found.index], found
            else:
                above = functions[j](question)
                if above is None:
                    return None
                values, column, _link = above
            if parent_names == [gw.FID]:  # a flattened repeat: _parent_index is its parent's row number
                parents = pd.Series(range(1, tables[j].rows + 1)).astype(str)
            else:
                parents = key_values(tables[j], plans[j], parent_names)
            children = key_values(tables[i], plans[i], child_names)
            if parents is None or children is None or parents.duplicated().any():
                return None
            by_parent = dict(zip(parents.tolist(), values.tolist()))
            return children.map(by_parent).fillna("").astype(str), column, link

        return answers

    functions = [answers_of(i) for i in range(len(tables))]
    return functions
