# SPDX-License-Identifier: GPL-3.0-or-later
"""The "counts by admin area" export for sharing: which question may be counted, and the counts.

Every answer counted becomes the name of a column of the shared file, so the question counted must
hold a short list of answers that name nobody: :func:`check_category_field` refuses a question rated
high risk (names, phone numbers...), a free-text question, and one with more than
:data:`MAX_CATEGORIES` different answers. Answers given fewer than k times in all are counted
together, unnamed (``aggregate_safe.fold_rare_answers``), and the protection record lists only the
answers that are columns of the file. Called by ``share_export.export_for_sharing``.
"""

from __future__ import annotations

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.qgis_compat import new_field
from .aggregate_safe import (
    NO_ANSWER,
    RARE_ANSWERS,
    SafeTable,
    _text,
    aggregate_with_suppression,
    category_field_name,
)
from .share_options import ShareOptions, _check, _py
from .validation_status import status_only

# More different answers than this is a list of people, places or typed texts, not categories to count
MAX_CATEGORIES = 40


def check_category_field(layer, options: ShareOptions, rows: list[dict]) -> None:
    """Refuse a CATEGORY_FIELD whose answers would publish personal data as column names."""
    from .companions import stored_form
    from .detect import detect_in_layer, question_type

    column = options.category_field
    form = stored_form(layer)
    finding = next((f for f in detect_in_layer(layer, form=form) if f.column == column), None)
    if finding is not None and finding.risk == "high":
        raise CartongError(
            tr(
                "The column {column} likely holds personal data at high risk: counted by area, each of its "
                "answers would become a column name of the shared file. Choose a question with a short "
                "list of answers (such as water_source), or count submissions only (no answers column)."
            ).format(column=column)
        )
    if question_type(column, form) == "text" or (finding is not None and finding.category == "free_text"):
        raise CartongError(
            tr(
                "The column {column} holds free text: counted by area, each typed answer would become a "
                "column name of the shared file. Choose a question with a short list of answers (such as "
                "water_source), or count submissions only (no answers column)."
            ).format(column=column)
        )
    answers = {_text(row.get(column)) for row in rows} - {NO_ANSWER}
    if len(answers) > MAX_CATEGORIES:
        raise CartongError(
            tr(
                "The column {column} has {count} different answers (more than {limit}): counted by area, "
                "each would become a column name of the shared file. Choose a question with a short list "
                "of answers, or count submissions only (no answers column)."
            ).format(column=column, count=len(answers), limit=MAX_CATEGORIES)
        )


def aggregate_rows(layer, options: ShareOptions, feedback, leave_out=frozenset()):
    """(fields, [(attributes, polygon or None)], polygons' CRS or None, table) of the suppressed counts;
    the features whose ids are in ``leave_out`` (refusals of consent, share_refusals) are not counted."""
    from qgis.core import QgsFields

    names = [options.area_field] + ([options.category_field] if options.category_field else [])
    rows = []
    for feature in layer.getFeatures():
        _check(feedback)
        if feature.id() in leave_out:
            continue
        # counted by Kobo validation status: by the status alone, never by who validated
        rows.append({name: status_only(_py(feature[name])) for name in names})
    if options.category_field:
        check_category_field(layer, options, rows)
    polygons, crs = {}, None
    if options.boundaries is not None:
        boundaries = options.boundaries
        if boundaries.fields().indexOf(options.boundaries_code_field) < 0:
            raise CartongError(
                tr("The code column {column} is not in the layer {layer}.").format(
                    column=options.boundaries_code_field, layer=boundaries.name()
                )
            )
        crs = boundaries.crs()
        for feature in boundaries.getFeatures():
            code = _py(feature[options.boundaries_code_field])
            if code is not None:
                polygons[str(code)] = feature.geometry()
    table = aggregate_with_suppression(
        rows, options.area_field, options.category_field or None, k=options.k, areas=list(polygons) or None
    )
    fields = QgsFields()
    fields.append(new_field("area_code", "string"))
    fields.append(new_field("total", "int"))
    for category in table.categories:
        name, suffix = category_field_name(category), 2
        while fields.indexOf(name) >= 0:  # "a-b" and "a_b" both give n_a_b
            name, suffix = f"{category_field_name(category)}_{suffix}", suffix + 1
        fields.append(new_field(name, "int"))
    records = []
    for area in table.areas:
        attributes = [area, table.area_total(area)] + [table.cell(area, c) for c in table.categories]
        records.append((attributes, polygons.get(area)))
    return fields, records, crs, table


def aggregate_actions(options: ShareOptions, table: SafeTable) -> list[dict]:
    """The steps recorded: the counts, and the rare answers counted together (how many, never which)."""
    shown = {NO_ANSWER: "(no answer)", RARE_ANSWERS: "(rare answers)"}
    actions = [
        {
            "action": "aggregate",
            "columns": [options.area_field] + ([options.category_field] if options.category_field else []),
            "rows_affected": len(table.areas),
            "parameters": {
                "k": table.k,
                "hidden_small_counts": len(table.primary),
                "hidden_complementary": len(table.complementary),
                "rows_without_area": table.rows_without_area,
                "categories": [shown.get(c, c) for c in table.categories],
            },
        }
    ]
    if table.rare_answers:
        actions.append(
            {
                "action": "fold_rare_answers",
                "columns": [options.category_field],
                "rows_affected": table.rare_answers,
                "parameters": {"k": table.k, "column": category_field_name(RARE_ANSWERS)},
            }
        )
    return actions
