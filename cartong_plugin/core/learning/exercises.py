# SPDX-License-Identifier: GPL-3.0-or-later
"""The training exercises (``resources/help/exercises.json``) and what makes each step tick by itself.

``load_exercises()`` reads and checks the file; ``expectation_met(expect, folder, known, project)``
says whether the output a step expects (a GeoPackage table, a file, a layer or a layout of the
training project) exists for real among what the trainee produced in ``folder`` (``known``: the
relative paths of the start state and of the session's own files, which never count).
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..base.errors import CartongError, os_reason
from ..base.i18n import tr
from ..base.paths import resources_dir
from ..base.qgis_compat import decode_uri

EXPECT_TYPES = ("gpkg_layer", "file", "project_layer", "project_layout", "cleaned_layer", "any")


# -- exercises ----------------------------------------------------------------------------
@dataclass
class Step:
    id: str
    titles: dict[str, str]
    hints: dict[str, str]
    expect: dict
    help_page: str = ""
    interface: list[str] = field(default_factory=list)  # the interface words its hints quote (English)

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles["en"]

    def hint(self, language: str) -> str:
        return self.hints.get(language) or self.hints.get("en", "")


@dataclass
class Exercise:
    id: str
    titles: dict[str, str]
    steps: list[Step] = field(default_factory=list)

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles["en"]


def exercises_path() -> Path:
    return resources_dir() / "help" / "exercises.json"


def _texts(value, where: str, name: str, required: bool = True) -> dict[str, str]:
    if not value and not required:
        return {}
    if not isinstance(value, dict) or not isinstance(value.get("en"), str) or not value["en"].strip():
        raise CartongError(
            tr('{where}: "{name}" must give at least the English text: {{"en": "…", "fr": "…"}}.').format(
                where=where, name=name
            )
        )
    return {k: v for k, v in value.items() if isinstance(v, str)}


def _valid_expect(expect) -> bool:
    if not isinstance(expect, dict) or expect.get("type") not in EXPECT_TYPES:
        return False
    if expect["type"] == "any":  # one of several ways of doing the step
        return isinstance(expect.get("of"), list) and bool(expect["of"]) and all(map(_valid_expect, expect["of"]))
    return True


def load_exercises(path=None) -> list[Exercise]:
    """Read and check the exercises file; CartongError names the exercise and step at fault."""
    path = Path(path) if path else exercises_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise CartongError(
            tr("Exercises file {file} could not be read: {error}").format(file=path, error=os_reason(err))
        ) from err
    exercises, seen = [], set()
    for exercise in data.get("exercises", []):
        where = tr('Exercises file {file}, exercise "{id}"').format(file=path, id=exercise.get("id"))
        ex = Exercise(id=str(exercise.get("id")), titles=_texts(exercise.get("title"), where, "title"))
        for step in exercise.get("steps", []):
            step_where = tr('{where}, step "{id}"').format(where=where, id=step.get("id"))
            expect = step.get("expect")
            if not _valid_expect(expect):
                raise CartongError(
                    tr('{where}: "expect" must have a type among {types}.').format(
                        where=step_where, types=", ".join(EXPECT_TYPES)
                    )
                )
            if step.get("id") in seen or not step.get("id"):
                raise CartongError(tr("{where}: every step needs its own id.").format(where=step_where))
            seen.add(step["id"])
            ex.steps.append(
                Step(
                    id=step["id"],
                    titles=_texts(step.get("title"), step_where, "title"),
                    hints=_texts(step.get("hint"), step_where, "hint", required=False),
                    expect=expect,
                    help_page=step.get("help_page", ""),
                    interface=[str(word) for word in step.get("interface") or []],
                )
            )
        exercises.append(ex)
    return exercises


# -- what counts as done ------------------------------------------------------------------


def _user_files(folder: Path, known):
    """Files the trainee produced: not ``known`` (the start state, the session's), not hidden, not temporary."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if not path.is_file() or rel in known:
            continue
        if any(part.startswith(".") for part in path.relative_to(folder).parts) or ".part." in path.name:
            continue  # pristine copy, atomic_output temporaries, editor backups
        yield path


def _gpkg_has_layer(path: Path, layer_name: str, min_features: int, where: str | None) -> bool:
    from osgeo import gdal, ogr

    gdal.PushErrorHandler("CPLQuietErrorHandler")  # a half-written file is normal here, not an error
    try:
        dataset = ogr.Open(str(path), 0)
        if dataset is None:
            return False  # being written, or not a GeoPackage (without GDAL exceptions)
        layer = dataset.GetLayerByName(layer_name)
        if layer is None:
            return False
        if where and layer.SetAttributeFilter(where) != 0:
            return False
        return layer.GetFeatureCount() >= min_features
    except RuntimeError:  # the same, when another module turned GDAL exceptions on
        return False
    finally:
        dataset = None
        gdal.PopErrorHandler()


def _layer_file(layer) -> Path | None:
    """The file a project layer reads (a GeoPackage, a shapefile...); None for memory layers and databases."""
    path = decode_uri(layer.providerType(), layer.source()).get("path")
    return Path(path) if path else None


def _inside(path: Path | None, folder: Path) -> bool:
    if path is None:
        return False
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _project_layer_matches(layer, name: str, folder: Path) -> bool:
    """``layer`` is the trainee's ``name`` layer: so named or reading that table, from the training folder
    (a "survey" of another folder, or of the participant's own project, is not the exercise's)."""
    source = layer.source()
    named = layer.name() == name or f"layername={name}" in source.replace(" ", "")
    return named and _inside(_layer_file(layer), folder)


def _map_shows_fields(layout, project, fields: list[str]) -> bool:
    """Whether a map of ``layout`` shows a layer having every one of ``fields`` (e.g. the P-code of the
    admin areas and the count of submissions: a map of counts by area, not an empty page)."""
    from qgis.core import QgsLayoutItemMap, QgsVectorLayer

    wanted = {name.lower() for name in fields}
    for item in layout.items():
        if not isinstance(item, QgsLayoutItemMap):
            continue
        # a map without its own layer set draws the project's visible layers
        layers = item.layers() or (project.layerTreeRoot().checkedLayers() if not item.keepLayerSet() else [])
        for layer in layers:
            if isinstance(layer, QgsVectorLayer) and wanted <= {name.lower() for name in layer.fields().names()}:
                return True
    return False


def _project_layouts(project, expect: dict) -> int:
    fields = expect.get("map_fields") or []
    layouts = project.layoutManager().printLayouts()
    return sum(1 for layout in layouts if _map_shows_fields(layout, project, fields)) if fields else len(layouts)


def expectation_met(expect: dict, folder: Path, known, project=None) -> bool:
    """True when the output described by ``expect`` (see exercises.json) exists for real.

    ``project`` is the training project (the caller checks it is: see ``TrainingSession.evaluate``)."""
    kind = expect["type"]
    if kind == "gpkg_layer":
        return any(
            _gpkg_has_layer(p, expect["layer"], int(expect.get("min_features", 1)), expect.get("where"))
            for p in _user_files(folder, known)
            if p.suffix.lower() == ".gpkg"
        )
    if kind == "file":
        magic = expect.get("magic", "").encode()
        for path in _user_files(folder, known):
            if not fnmatch.fnmatch(path.name.lower(), expect["pattern"].lower()):
                continue
            if path.stat().st_size < int(expect.get("min_bytes", 1)):
                continue
            with open(path, "rb") as handle:
                if handle.read(len(magic)) == magic:
                    return True
        return False
    if kind == "any":
        return any(expectation_met(one, folder, known, project) for one in expect["of"])
    if kind == "cleaned_layer":
        return _cleaned_layer_found(expect, [p for p in _user_files(folder, known) if p.suffix.lower() == ".gpkg"])
    if project is None:
        return False
    if kind == "project_layer":
        return any(_project_layer_matches(layer, expect["layer"], folder) for layer in project.mapLayers().values())
    if kind == "project_layout":
        return _project_layouts(project, expect) >= int(expect.get("min_count", 1))
    return False


# -- a cleaning log applied: a cleaned layer that differs from the survey ----------------------------------


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _tables(db: sqlite3.Connection, schema: str = "main") -> dict[str, set[str]]:
    """{table: its columns but the feature id and geometry} of the GeoPackage's layers and tables."""
    geometry = {
        row[0]: row[1] for row in db.execute(f"SELECT table_name, column_name FROM {schema}.gpkg_geometry_columns")
    }
    tables: dict[str, set[str]] = {}
    for (table,) in db.execute(
        f"SELECT table_name FROM {schema}.gpkg_contents WHERE data_type IN ('features', 'attributes')"
    ):
        columns = {row[1] for row in db.execute(f"PRAGMA {schema}.table_info({_quoted(table)})")}
        tables[table] = columns - {"fid", geometry.get(table)}
    return tables


def _quoted(name: str) -> str:
    return '"{}"'.format(name.replace('"', '""'))


def _differs(db: sqlite3.Connection, table: str, survey: str, columns: set[str]) -> bool:
    """Whether ``table`` (main) has a row changed from, or misses a submission of, ``survey`` (schema s)."""
    listed = ", ".join(_quoted(column) for column in sorted(columns))
    mine, theirs = f"main.{_quoted(table)}", f"s.{_quoted(survey)}"
    changed = f"SELECT 1 FROM (SELECT {listed} FROM {mine} EXCEPT SELECT {listed} FROM {theirs}) LIMIT 1"
    if db.execute(changed).fetchone() is not None:
        return True
    # fewer rows: submissions removed (a re-sent duplicate shares its uuid with the copy that is kept)
    (kept,), (all_rows,) = (db.execute(f"SELECT count(*) FROM {name}").fetchone() for name in (mine, theirs))
    return bool(kept < all_rows)


def _cleaned_layer_found(expect: dict, geopackages: list[Path]) -> bool:
    """A table of the trainee's GeoPackages with the columns of an imported ``survey`` (``expect["survey"]``,
    with its key column ``expect["key"]``) whose rows differ from it (a value changed) or are fewer: a
    cleaning log with decisions was applied (cartong:applycleaninglog, the cleaning wizard). A copy of the
    survey, or a log applied without any decision, is the survey itself: it does not count."""
    survey, key = expect.get("survey", "survey"), expect.get("key", "_uuid")
    found: dict[Path, dict[str, set[str]]] = {}
    for path in geopackages:
        try:
            with contextlib.closing(_read_only(path)) as db:
                found[path] = _tables(db)
        except sqlite3.Error:
            continue  # being written, or not a GeoPackage
    surveys = [path for path, tables in found.items() if key in tables.get(survey, set())]
    for path, tables in found.items():
        for table, columns in tables.items():
            if table == survey or key not in columns:
                continue
            for origin in surveys:
                if found[origin][survey] != columns:
                    continue
                try:
                    with contextlib.closing(_read_only(path)) as db:
                        db.execute("ATTACH DATABASE ? AS s", (origin.resolve().as_uri() + "?mode=ro",))
                        if _differs(db, table, survey, columns):
                            return True
                except sqlite3.Error:
                    continue
    return False
