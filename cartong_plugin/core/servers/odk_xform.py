# SPDX-License-Identifier: GPL-3.0-or-later
"""Labels and choices of an ODK form from its XForm XML (what Central's ``/fields`` lacks).

Central's ``/fields`` gives names, types, groups and repeats; the XForm
(``GET .../forms/{xmlFormId}.xml``) adds the question labels in every language (``itext``
translations or plain ``<label>``) and the choice lists, written inline (``<item>``) or, as
recent pyxform writes them, in secondary instances read by an ``<itemset>``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..survey.xlsform import DEFAULT_LANGUAGE, Choice
from .web_pages import starts_like_html

XF = "{http://www.w3.org/2002/xforms}"
H = "{http://www.w3.org/1999/xhtml}"
_ITEXT = re.compile(r"jr:itext\(\s*'([^']+)'\s*\)")
_INSTANCE = re.compile(r"instance\(\s*'([^']+)'\s*\)")
_CONTROLS = {"input", "select1", "select", "upload", "range", "trigger", "odk:rank", "rank"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _itext(model) -> dict[str, dict[str, str]]:
    """{text id: {language: text}} from the model's itext block (the default ``form``)."""
    texts: dict[str, dict[str, str]] = {}
    itext = model.find(f"{XF}itext")
    if itext is None:
        return texts
    for translation in itext.findall(f"{XF}translation"):
        lang = translation.get("lang") or DEFAULT_LANGUAGE
        for text in translation.findall(f"{XF}text"):
            values = [v for v in text.findall(f"{XF}value") if v.get("form") in (None, "long", "short")]
            content = "".join(values[0].itertext()).strip() if values else ""
            if content:
                texts.setdefault(text.get("id", ""), {})[lang] = content
    return texts


def _label(element, texts) -> dict[str, str]:
    label = element.find(f"{XF}label")
    if label is None:
        return {}
    ref = _ITEXT.search(label.get("ref") or "")
    if ref:
        return dict(texts.get(ref.group(1), {}))
    text = "".join(label.itertext()).strip()
    return {DEFAULT_LANGUAGE: text} if text else {}


def _path(ref: str) -> str:
    """``/data/group/q`` -> ``group/q`` (the instance root is not part of the path)."""
    parts = [p for p in ref.split("/") if p]
    return "/".join(parts[1:])


def read_xform(xml_text: str | bytes) -> dict:
    """{"labels": {path: {lang: text}}, "lists": {path: list_name}, "choices": {list: [Choice]},
    "languages": [...], "title": str} from an XForm."""
    root = ET.fromstring(xml_text)
    head = root.find(f"{H}head")
    model = head.find(f"{XF}model") if head is not None else None
    if head is None or model is None:
        raise ValueError("not an XForm: no h:head/model")
    texts = _itext(model)
    translations = [t for t in model.iter(f"{XF}translation") if t.get("lang")]
    languages = [t.get("lang") for t in translations]
    default = next((t.get("lang") for t in translations if t.get("default")), languages[0] if languages else "")
    instances = {i.get("id"): i for i in model.findall(f"{XF}instance") if i.get("id")}
    labels: dict[str, dict[str, str]] = {}
    lists: dict[str, str] = {}
    choices: dict[str, list[Choice]] = {}
    body = root.find(f"{H}body")
    for element in body.iter() if body is not None else ():
        name = _local(element.tag)
        ref = element.get("ref") or element.get("nodeset")
        if not ref or name not in _CONTROLS | {"group", "repeat"}:
            continue
        path = _path(ref)
        found = _label(element, texts)
        if found:
            labels.setdefault(path, found)
        if name not in ("select1", "select", "odk:rank", "rank"):
            continue
        items = element.findall(f"{XF}item")
        itemset = element.find(f"{XF}itemset")
        if items:
            list_name = path.rsplit("/", 1)[-1]
            choices[list_name] = [
                Choice(name=(item.findtext(f"{XF}value") or "").strip(), labels=_label(item, texts)) for item in items
            ]
            lists[path] = list_name
        elif itemset is not None:
            source = _INSTANCE.search(itemset.get("nodeset") or "")
            if source and source.group(1) in instances:
                list_name = source.group(1)
                lists[path] = list_name
                if list_name not in choices:
                    choices[list_name] = _instance_choices(instances[list_name], itemset, texts)
    title = (head.findtext(f"{H}title") or "").strip()
    return {
        "labels": labels,
        "lists": lists,
        "choices": choices,
        "languages": languages,
        "default": default,
        "title": title,
    }


def _instance_choices(instance, itemset, texts) -> list[Choice]:
    value_ref = itemset.find(f"{XF}value").get("ref") if itemset.find(f"{XF}value") is not None else "name"
    label = itemset.find(f"{XF}label")
    label_ref = label.get("ref") if label is not None else "label"
    out = []
    for item in instance.iter(f"{XF}item"):
        code = (item.findtext(f"{XF}{value_ref}") or "").strip()
        if "jr:itext(" in label_ref:  # jr:itext(itextId): the item names its text id
            text_id = (item.findtext(f"{XF}itextId") or "").strip()
            labels = dict(texts.get(text_id, {}))
        else:
            text = (item.findtext(f"{XF}{label_ref}") or "").strip()
            labels = {DEFAULT_LANGUAGE: text} if text else {}
        out.append(Choice(name=code, labels=labels))
    return out


def add_xform_labels(spec, xml_text: str | bytes) -> None:
    """Put the XForm's labels, languages and choice lists into a FormSpec built from ``/fields``."""
    xform = read_xform(xml_text)
    by_path = {q.path: q for q in spec.questions.values()}
    for path, labels in xform["labels"].items():
        if path in by_path:
            by_path[path].labels = labels
        elif path in spec.groups:
            spec.groups[path].labels = labels
    for path, list_name in xform["lists"].items():
        if path in by_path:
            by_path[path].list_name = list_name
            if by_path[path].type == "text":  # /fields says "string" for select_one
                by_path[path].type = "select_one"
    spec.choices.update(xform["choices"])
    if xform["languages"]:
        spec.languages = xform["languages"]
        spec.default_language = xform["default"]
    if xform["title"]:
        spec.title = xform["title"]


def read_xform_labels(http, spec, path: str) -> str:
    """Put the labels and choice lists of the XForm at ``path`` (on ``http``, a ``ServerClient``) into the
    FormSpec ``spec``; "" when done, else the sentence saying why not (a login page, a cut file, none):
    the form still downloads, with names instead of labels (``xform_missing`` tells the user)."""
    from ..base.i18n import tr
    from .server_errors import InvalidResponse, NotFound

    form_id = spec.form_id
    try:
        xml = http.get_bytes(path, what=tr("form {id}").format(id=form_id))
        if starts_like_html(xml[:1024]):  # a login page of a proxy or SSO answered 200
            raise ValueError(tr("a web page came instead, a login page perhaps"))
        add_xform_labels(spec, xml)
    except (NotFound, InvalidResponse, ET.ParseError, ValueError) as err:
        reason = str(err) if not isinstance(err, ET.ParseError) else tr("not a whole XForm: cut or damaged")
        return tr(
            "The XForm of form {id} on {host} could not be read ({reason}), so the download has no labels and no "
            "choice lists: question and choice names are shown instead, and select questions have no label column."
        ).format(id=form_id, host=http.host, reason=http.redact(reason))
    return ""
