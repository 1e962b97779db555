# SPDX-License-Identifier: GPL-3.0-or-later
"""A server's JSON answer read so that one odd character never blocks a whole form.

``read_json`` decodes the body as UTF-8 (JSON is UTF-8, RFC 8259), whatever charset its ``Content-Type``
declares: a web server or proxy often adds its default ISO-8859-1 to a UTF-8 body, and reading that as Latin-1
would never fail, only turn every accent into mojibake. The declared charset is used only when the body is not
UTF-8 (an old server really sending ISO-8859-1; ``charset_sentence`` says so), else a byte that is not UTF-8 is
kept aside (``surrogateescape``) rather than failing the page. JSON also lets a text hold half of an emoji
(a lone ``\\ud83d`` escape), which cannot be written to disk. Each such character is replaced by U+FFFD, and
the answer says where: the submission (its ``_id``/``__id``) and the field. ``repair_sentences`` says it in
words, so that the rest of the answer and every other submission are kept; ``invalid_json`` says why an answer
that is no JSON was refused.
"""

from __future__ import annotations

import codecs
import json
import re
from email.message import Message

REPLACEMENT = "\ufffd"
_SURROGATES = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_RECORD_IDS = ("_id", "__id", "_uuid")
NAMED = 3  # submissions named one by one in the warnings of one answer; more are counted


def read_json(body: bytes, content_type: str = ""):
    """(the JSON value of ``body``, the repairs made: a list of (submission id or None, [field paths]), the
    charset declared by ``content_type`` when the body was read in it because it is not UTF-8, else None).

    ValueError when the body is not JSON (cut short, a web page)."""
    text, charset = _decode(body, content_type)
    value = json.loads(text)
    if not (_SURROGATES.search(text) or _ESCAPED_SURROGATE.search(text)):
        return value, [], charset
    return (*_repair_answer(value), charset)


def _decode(body: bytes, content_type: str) -> tuple[str, str | None]:
    """(``body`` as text, the declared charset when it was read in it). UTF-8 (or the UTF-16/32 JSON allows)
    first; a body that is not valid UTF-8 in its declared charset; else UTF-8 with a byte that is not valid
    kept as a lone surrogate (replaced and said afterwards)."""
    encoding = json.detect_encoding(body)
    try:
        return body.decode(encoding), None
    except UnicodeDecodeError:
        pass
    message = Message()
    message["Content-Type"] = content_type or "application/json"
    declared = message.get_param("charset")
    if isinstance(declared, str):
        try:
            if codecs.lookup(declared).name not in ("utf-8", "utf-8-sig"):
                return body.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown charset, or not the one declared: read as UTF-8 below
    return body.decode(encoding, errors="surrogateescape"), None


def charset_sentence(host: str, charset: str) -> str:
    """The warning that an answer of ``host`` was read in the ``charset`` it declared, not UTF-8."""
    from ..base.i18n import tr

    return tr(
        "{host} sent data that is not UTF-8 and declared it as {charset}: it was read as {charset}. Check a few "
        "accented names in the survey; if they look wrong, ask the server's administrator to send UTF-8."
    ).format(host=host, charset=charset)


def _repair_answer(value):
    """``value`` with every lone surrogate replaced, and where they were: each submission of a list of them
    (``results`` of Kobo, ``value`` of OData) named by its id; anything else as one unnamed place."""
    repairs: list[tuple[str | None, list[str]]] = []
    items = None
    if isinstance(value, dict):
        items = value.get("results") if isinstance(value.get("results"), list) else value.get("value")
    if isinstance(items, list):
        for number, item in enumerate(items, start=1):
            fields: list[str] = []
            items[number - 1] = _repair(item, [], fields)
            if fields:
                label = next((str(item[key]) for key in _RECORD_IDS if isinstance(item, dict) and item.get(key)), "")
                repairs.append((label or f"#{number}", fields))
        return value, repairs
    fields = []
    value = _repair(value, [], fields)
    return value, [(None, fields)] if fields else []


def _repair(value, path: list[str], fields: list[str]):
    """``value`` with its lone surrogates replaced; the path of each text repaired is added to ``fields``."""
    if isinstance(value, str):
        if _SURROGATES.search(value):
            fields.append(_field(path))
            return _SURROGATES.sub(REPLACEMENT, value)
        return value
    if isinstance(value, list):
        return [_repair(item, path, fields) for item in value]
    if isinstance(value, dict):
        repaired = {}
        for key, item in value.items():
            key = _repair(key, path, fields) if isinstance(key, str) and _SURROGATES.search(key) else key
            repaired[key] = _repair(item, [*path, str(key)], fields)
        return repaired
    return value


def _field(path: list[str]) -> str:
    """A field's name as the survey shows it: Kobo's keys are full paths already (``members/member_age``),
    ODK's nested groups are joined (``household/respondent_name``)."""
    if not path:
        return "?"
    return path[-1] if "/" in path[-1] else "/".join(path)


def invalid_json(client, what: str, body: bytes, err: Exception):
    """The InvalidResponse for an answer of ``client`` (a ServerClient) that is not JSON, in a translated
    sentence; Python's English detail ("Expecting value: line 1 column 1") goes to the message log only."""
    from ..base.i18n import tr
    from .http import log
    from .server_errors import InvalidResponse

    what = what or tr("the requested page")
    log(
        tr("{host} sent an answer for {what} that is not valid JSON ({reason}).").format(
            host=client.host, what=what, reason=client.redact(str(err))[:200]
        )
    )
    if body.lstrip()[:1] == b"<":
        return InvalidResponse(
            tr(
                "{host} answered {what} with a web page, not data: a proxy may have answered instead of "
                "the server, or the address leads to a login or error page. Check the server address "
                "(open it in a web browser), then try again."
            ).format(host=client.host, what=what)
        )
    return InvalidResponse(
        tr(
            "{host} sent an incomplete or invalid answer for {what}: the data was cut short or is not in "
            "the expected format. The connection may have been cut or a proxy may have answered instead "
            "of the server; try again."
        ).format(host=client.host, what=what)
    )


def repair_sentences(repairs: list, host: str, what: str) -> list[str]:
    """The warnings of the ``repairs`` of one answer of ``host`` for ``what``."""
    from ..base.i18n import tr, trn

    lines = []
    named = [(label, fields) for label, fields in repairs if label is not None]
    for label, fields in repairs:
        if label is None:
            lines.append(
                tr(
                    "{host} sent {what} with a character that is not valid text (half of an emoji, or text not in "
                    "UTF-8) in {fields}: it was replaced by {mark}, the rest is kept as sent."
                ).format(host=host, what=what, fields=", ".join(dict.fromkeys(fields)), mark=REPLACEMENT)
            )
    for label, fields in named[:NAMED]:
        lines.append(
            tr(
                "Submission {id} from {host}: the answer to {fields} held a character that is not valid text (half "
                "of an emoji, or text not in UTF-8); it was replaced by {mark}, the rest is kept as sent."
            ).format(id=label, host=host, fields=", ".join(dict.fromkeys(fields)), mark=REPLACEMENT)
        )
    if len(named) > NAMED:
        lines.append(
            trn(
                "%n more submission from {host} held such characters, replaced the same way.",
                "%n more submissions from {host} held such characters, replaced the same way.",
                len(named) - NAMED,
            ).format(host=host)
        )
    return lines
