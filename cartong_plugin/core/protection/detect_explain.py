# SPDX-License-Identifier: GPL-3.0-or-later
"""The sentences :mod:`detect` gives for each piece of evidence that a column holds personal data."""

from __future__ import annotations

from ..base.i18n import tr


def _what(category: str) -> str:
    return {
        "person_name": tr("people's names"),
        "phone": tr("phone numbers"),
        "id_number": tr("identity or registration numbers"),
        "email": tr("e-mail addresses"),
        "address": tr("home addresses"),
        "location": tr("precise GPS locations of homes or people"),
        "attachment": tr("photos, recordings, signatures or links to attachments"),
        "sensitive": tr("sensitive characteristics (ethnicity, religion, health, violence...)"),
        "birth_date": tr("dates of birth"),
        "device_id": tr("device or account identifiers"),
        "free_text": tr("free text, which may name or describe people"),
        "staff_name": tr("the names of survey staff"),
        "place_of_residence": tr("the place where people live, identifying in small places"),
    }.get(category, category)


def explain(reason: str, column: str, category: str, detail) -> str:
    what = _what(category)
    if reason == "form_type":
        return tr('The form defines "{column}" as a {type} question: it holds {what}.').format(
            column=column, type=detail, what=what
        )
    if reason == "names_inside":
        count, total, source = detail
        return tr('{count} of {total} values of "{column}" contain names also written in "{source}".').format(
            count=count, total=total, column=column, source=source
        )
    if reason == "values" and len(detail) == 3:  # inside texts, not whole values
        count, total, _embedded = detail
        return tr('{count} of {total} values of "{column}" contain {what}.').format(
            count=count, total=total, column=column, what=what
        )
    if reason == "values":
        count, total = detail[:2]
        return tr('{count} of {total} values of "{column}" look like {what}.').format(
            count=count, total=total, column=column, what=what
        )
    if reason == "validator":
        count, total = detail
        return tr(
            '{count} of {total} values of "{column}" are KoboToolbox validation statuses naming the account '
            'of the person who validated the submission ("by_whom"): a copy for sharing keeps only the status.'
        ).format(count=count, total=total, column=column)
    if reason == "calculated":
        return tr('"{column}" is calculated from the location question "{question}": it holds {what}.').format(
            column=column, question=detail, what=what
        )
    if reason == "listed":
        return tr('"{column}" holds the labels of the answers to "{question}", chosen from a list of {what}.').format(
            column=column, question=detail, what=what
        )
    if reason == "named_choices":
        return tr('The answers to "{column}" are chosen from a list of {what} (their labels in "{labels}").').format(
            column=column, what=what, labels=detail
        )
    if reason == "label":
        keyword, label = detail
        return tr(
            'The question "{column}" is labelled "{label}", which contains "{keyword}": it likely holds {what}.'
        ).format(column=column, label=label, keyword=keyword, what=what)
    return tr('The name "{column}" contains "{keyword}": it likely holds {what}.').format(
        column=column, keyword=detail, what=what
    )
