# SPDX-License-Identifier: GPL-3.0-or-later
"""The learning catalogue: which online resource and which offline page explain each screen.

The bundled ``resources/help/catalogue.json`` lists resources of CartONG's resource centre
(Learning Corner) by topic of the data cycle and says which wizard pages, checks, map types,
error codes and Processing algorithms each one explains. A trainer can add a catalogue of their
own (path in the setting ``cartong/help/catalogue_path``): its entries extend the bundled list,
and an entry with the id of a bundled one replaces it. A malformed file or entry is reported in the user's
language and skipped; the bundled catalogue keeps working. See ``resources/help/README.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from ..base.errors import os_reason
from ..base.i18n import tr
from ..base.paths import resources_dir

SETTING_CATALOGUE_PATH = "cartong/help/catalogue_path"
CATALOGUE_FORMAT = "cartong-help-catalogue"
LANGUAGES = ("en", "fr", "es", "pt", "ar")  # languages of the offline pages; others fall back to English

# The data cycle, in order (the "Learn" menu follows it).
TOPICS = (
    "needs_definition",
    "collection",
    "cleaning",
    "analysis",
    "visualisation",
    "archiving",
    "data_protection",
)

# Every wizard page that has a help button; each has an offline page <id>.html in every LANGUAGES folder.
WIZARD_PAGES = (
    "import_source",
    "import_preview",
    "import_options",
    "import_run",
    "import_summary",
    "download_server",
    "clean_layer",
    "clean_checks",
    "clean_run",
    "clean_log",
    "clean_apply",
    "map_type",
    "map_data",
    "map_layout",
    "map_export",
    "data_protection",
    "training",
)

# Where to look when nothing is mapped to a key: resources of the matching topic.
_FALLBACK_TOPIC = {"check": "cleaning", "map_type": "visualisation"}
_PAGE_PREFIX_TOPIC = {
    "import": "collection",
    "download": "collection",
    "clean": "cleaning",
    "map": "visualisation",
    "data": "data_protection",
}
# Catalogue key of each kind of lookup.
_KIND_KEYS = {"page": "pages", "check": "checks", "map_type": "map_types", "error": "errors", "algorithm": "algorithms"}


def topic_label(topic: str) -> str:
    """Translated name of a data-cycle topic, as shown in the Learn menu."""
    labels = {
        "needs_definition": tr("Needs definition"),
        "collection": tr("Data collection"),
        "cleaning": tr("Data cleaning"),
        "analysis": tr("Analysis"),
        "visualisation": tr("Visualisation and maps"),
        "archiving": tr("Archiving"),
        "data_protection": tr("Data protection"),
    }
    return labels.get(topic, topic)


@dataclass
class Resource:
    """One online resource; ``titles`` and ``urls`` are keyed by two-letter language."""

    id: str
    topic: str
    titles: dict[str, str]
    urls: dict[str, str]
    kind: str = "guide"
    pages: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    map_types: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    algorithms: list[str] = field(default_factory=list)  # names of cartong: algorithms (helpUrl)
    origin: str = "bundled"  # "bundled" or the trainer's file path

    def title(self, language: str = "en") -> str:
        return self.titles.get(language) or self.titles.get("en") or next(iter(self.titles.values()))

    def url(self, language: str = "en") -> str:
        """URL in ``language`` when the resource exists in it, else English, else any."""
        return self.urls.get(language) or self.urls.get("en") or next(iter(self.urls.values()))

    def language_of(self, language: str = "en") -> str:
        """Language of the content that ``url(language)`` opens."""
        for candidate in (language, "en"):
            if candidate in self.urls:
                return candidate
        return next(iter(self.urls))

    def keys(self, kind: str) -> list[str]:
        return getattr(self, _KIND_KEYS[kind])


@dataclass
class Catalogue:
    """Resources in catalogue order (trainer's entries first) and the problems met loading them."""

    resources: list[Resource]
    problems: list[str] = field(default_factory=list)

    def get(self, resource_id: str) -> Resource | None:
        return next((r for r in self.resources if r.id == resource_id), None)

    def by_topic(self) -> dict[str, list[Resource]]:
        """Topic -> resources, topics in data-cycle order, empty topics left out."""
        grouped = {topic: [r for r in self.resources if r.topic == topic] for topic in TOPICS}
        return {topic: items for topic, items in grouped.items() if items}

    def lookup(self, kind: str, key: str) -> list[Resource]:
        """Resources for a wizard page, check, map type, error code or Processing algorithm (kind:
        page, check, map_type, error, algorithm), the trainer's first. A dotted key
        (``gps.outside_area``) falls back to its family (``gps``); without any match, the resources
        of the topic the key belongs to, so a new check or page still gets something to read (an
        algorithm gets nothing: its caller knows its step)."""
        if kind not in _KIND_KEYS:
            raise ValueError(f"unknown lookup kind {kind!r}")
        # "gps.outside_area" is looked up as itself, then as its family "gps".
        for candidate in dict.fromkeys((key, key.split(".", 1)[0])):
            found = [r for r in self.resources if candidate in r.keys(kind)]
            if found:
                return found
        topic = _FALLBACK_TOPIC.get(kind)
        if kind == "page":
            topic = _PAGE_PREFIX_TOPIC.get(key.split("_", 1)[0])
        return [r for r in self.resources if r.topic == topic] if topic else []

    def for_page(self, page_id: str) -> list[Resource]:
        return self.lookup("page", page_id)

    def for_check(self, check_id: str) -> list[Resource]:
        return self.lookup("check", check_id)

    def for_map_type(self, map_type: str) -> list[Resource]:
        return self.lookup("map_type", map_type)

    def for_error(self, code: str) -> list[Resource]:
        return self.lookup("error", code)

    def for_algorithm(self, name: str) -> list[Resource]:
        """Resources for the algorithm ``cartong:<name>`` (no fallback: its caller knows the step)."""
        return self.lookup("algorithm", name)


# -- reading and validating -------------------------------------------------------------
def bundled_catalogue_path() -> Path:
    return resources_dir() / "help" / "catalogue.json"


def help_dir() -> Path:
    return resources_dir() / "help"


def _is_web_url(value) -> bool:
    if not isinstance(value, str):
        return False
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and " " not in value


def _text_map(value) -> dict[str, str] | None:
    """A {language: non-empty text} mapping, or None when ``value`` is not one."""
    if not isinstance(value, dict) or not value:
        return None
    if not all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()):
        return None
    return {k.lower(): v.strip() for k, v in value.items()}


def parse_entry(entry, where: str, origin: str = "bundled") -> Resource:
    """Check one catalogue entry and return it as a Resource; ValueError names the fault.

    An entry is either ``{"id", "topic", "title": {"en": .., "fr": ..}, "url", "language"}``
    (one URL, in ``language``, default "en") or ``{"id", "topic", "versions": {"en": {"title",
    "url"}, "fr": {...}}}`` (one URL per language), which may add ``"title": {"es": ..}``: titles
    in languages the resource does not exist in. Optional: ``kind``, ``pages``, ``checks``,
    ``map_types``, ``errors`` (lists of strings).
    """
    if not isinstance(entry, dict):
        raise ValueError(
            tr("{where}: an entry must be an object with id, title, topic and url.").format(  # noqa: TRY004
                where=where
            )
        )
    entry_id = entry.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise ValueError(tr('{where}: the entry has no "id".').format(where=where))
    where = tr('{where} (id "{id}")').format(where=where, id=entry_id)
    topic = entry.get("topic")
    if topic not in TOPICS:
        raise ValueError(
            tr('{where}: topic "{topic}" is not one of: {topics}.').format(
                where=where, topic=topic, topics=", ".join(TOPICS)
            )
        )
    if "versions" in entry:
        versions = entry["versions"]
        if not isinstance(versions, dict) or not versions:
            raise ValueError(
                tr('{where}: "versions" must map a language (en, fr…) to a title and a url.').format(where=where)
            )
        titles: dict[str, str] = {}
        urls: dict[str, str] = {}
        for lang, version in versions.items():
            if (
                not isinstance(version, dict)
                or not isinstance(version.get("title"), str)
                or not version["title"].strip()
            ):
                raise ValueError(tr('{where}: the "{lang}" version has no title.').format(where=where, lang=lang))
            if not _is_web_url(version.get("url")):
                raise ValueError(
                    tr('{where}: the "{lang}" version has no http(s) url (found "{url}").').format(
                        where=where, lang=lang, url=version.get("url")
                    )
                )
            titles[lang.lower()] = version["title"].strip()
            urls[lang.lower()] = version["url"]
        # Titles in languages the resource does not exist in (it opens in English, and says so).
        others = _text_map(entry.get("title")) if "title" in entry else {}
        if others is None:
            raise ValueError(
                tr('{where}: "title" must give the title by language, e.g. {{"en": "…", "fr": "…"}}.').format(
                    where=where
                )
            )
        titles = {**others, **titles}
    else:
        mapped = _text_map(entry.get("title"))
        if mapped is None:
            raise ValueError(
                tr('{where}: "title" must give the title by language, e.g. {{"en": "…", "fr": "…"}}.').format(
                    where=where
                )
            )
        titles = mapped
        if not _is_web_url(entry.get("url")):
            raise ValueError(
                tr('{where}: "url" must be an http(s) address (found "{url}").').format(
                    where=where, url=entry.get("url")
                )
            )
        language = entry.get("language", "en")
        if not isinstance(language, str) or len(language) != 2:
            raise ValueError(tr('{where}: "language" must be a two-letter code such as en or fr.').format(where=where))
        urls = {language.lower(): entry["url"]}
    lists = {}
    for key in _KIND_KEYS.values():
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(tr('{where}: "{key}" must be a list of names.').format(where=where, key=key))
        lists[key] = value
    kind = entry.get("kind", "guide")
    return Resource(
        id=entry_id.strip(),
        topic=topic,
        titles=titles,
        urls=urls,
        kind=kind if isinstance(kind, str) else "guide",
        origin=origin,
        **lists,
    )


def parse_catalogue(data, source: str, origin: str = "bundled") -> tuple[list[Resource], list[str]]:
    """Resources and problems of a decoded catalogue; bad entries are skipped, not fatal."""
    if isinstance(data, dict):
        entries = data.get("resources")
    else:
        entries = data
    if not isinstance(entries, list):
        return [], [
            tr('Help catalogue {file}: expected {{"resources": [ … ]}} at the top of the file.').format(file=source)
        ]
    resources, problems, seen = [], [], set()
    for index, entry in enumerate(entries, start=1):
        where = tr("Help catalogue {file}, entry {n}").format(file=source, n=index)
        try:
            resource = parse_entry(entry, where, origin)
        except ValueError as err:
            problems.append(str(err))
            continue
        if resource.id in seen:
            problems.append(
                tr('{where}: id "{id}" is used twice; the first one is kept.').format(where=where, id=resource.id)
            )
            continue
        seen.add(resource.id)
        resources.append(resource)
    return resources, problems


def read_catalogue_file(path, origin: str = "bundled") -> tuple[list[Resource], list[str]]:
    """Read and check one catalogue file; never raises for a bad file, reports it instead."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return [], [
            tr("Help catalogue {file} was not found; check the path in the CartONG settings.").format(file=path)
        ]
    except (OSError, UnicodeDecodeError) as err:
        return [], [tr("Help catalogue {file} could not be read ({error}).").format(file=path, error=os_reason(err))]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        return [], [
            tr(
                "Help catalogue {file} is not valid JSON: line {line}, column {column}: {error}. "
                "The bundled catalogue is used meanwhile."
            ).format(file=path, line=err.lineno, column=err.colno, error=err.msg)
        ]
    if isinstance(data, dict) and data.get("format", CATALOGUE_FORMAT) != CATALOGUE_FORMAT:
        return [], [
            tr('Help catalogue {file}: "format" must be "{expected}".').format(file=path, expected=CATALOGUE_FORMAT)
        ]
    return parse_catalogue(data, str(path), origin)


def merge(bundled: list[Resource], user: list[Resource]) -> list[Resource]:
    """The trainer's entries first (they are looked up first), then bundled ones not overridden."""
    overridden = {r.id for r in user}
    return list(user) + [r for r in bundled if r.id not in overridden]


def user_catalogue_path() -> str:
    from qgis.core import QgsSettings

    return QgsSettings().value(SETTING_CATALOGUE_PATH, "", type=str) or ""


def load_catalogue(user_path: str | Path | None = None, log: bool = True) -> Catalogue:
    """The bundled catalogue merged with the trainer's (``user_path``, else the setting).

    Problems (translated sentences) are in ``Catalogue.problems`` and in the QGIS log.
    """
    resources, problems = read_catalogue_file(bundled_catalogue_path())
    path = user_catalogue_path() if user_path is None else str(user_path)
    if path:
        user, user_problems = read_catalogue_file(path, origin=path)
        resources = merge(resources, user)
        problems += user_problems
    if log and problems:
        from qgis.core import Qgis, QgsMessageLog

        for problem in problems:
            QgsMessageLog.logMessage(problem, "CartONG", Qgis.MessageLevel.Warning)
    return Catalogue(resources, problems)


# -- offline pages ----------------------------------------------------------------------
def offline_page(page_id: str, language: str = "en") -> Path | None:
    """The bundled HTML page for ``page_id`` in ``language`` (English when missing), or None."""
    for lang in (language, "en"):
        candidate = help_dir() / lang / f"{page_id}.html"
        if candidate.is_file():
            return candidate
    return None
