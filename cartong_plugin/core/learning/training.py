# SPDX-License-Identifier: GPL-3.0-or-later
"""Training mode: a practice folder with the sample dataset, exercises that tick themselves.

``TrainingSession.start(folder)`` copies the sample dataset into ``folder/data``, writes a ready
project ``training.qgz`` and keeps a pristine copy of that start state (``.cartong_start``) so
``reset()`` can restore it whatever the trainee did. ``evaluate(project)`` looks at the real
outputs (GeoPackages and PDFs in the folder, layers and layouts in the project) and ticks the
exercise steps whose expected output has appeared, recording the time. ``export_summary()``
writes what was done, as Markdown or HTML. The session state lives in ``cartong_training.json``.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import html
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.paths import resources_dir, sample_dir
from ..base.safe_files import file_sha256

STATE_FILE = "cartong_training.json"
START_DIR = ".cartong_start"
DATA_DIR = "data"
OUTPUT_DIR = "outputs"
PROJECT_FILE = "training.qgz"
SETTING_FOLDER = "cartong/training/folder"
EXPECT_TYPES = ("gpkg_layer", "file", "project_layer", "project_layout")
# The answers (planted faults) and the generator stay with the trainer.
NOT_FOR_TRAINEES = ("faults.csv", "FAULTS.md", "*.py", "__pycache__")


# -- exercises ----------------------------------------------------------------------------
@dataclass
class Step:
    id: str
    titles: dict[str, str]
    hints: dict[str, str]
    expect: dict
    help_page: str = ""

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


def load_exercises(path=None) -> list[Exercise]:
    """Read and check the exercises file; CartongError names the exercise and step at fault."""
    path = Path(path) if path else exercises_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise CartongError(tr("Exercises file {file} could not be read: {error}").format(file=path, error=err)) from err
    exercises, seen = [], set()
    for exercise in data.get("exercises", []):
        where = tr('Exercises file {file}, exercise "{id}"').format(file=path, id=exercise.get("id"))
        ex = Exercise(id=str(exercise.get("id")), titles=_texts(exercise.get("title"), where, "title"))
        for step in exercise.get("steps", []):
            step_where = tr('{where}, step "{id}"').format(where=where, id=step.get("id"))
            expect = step.get("expect")
            if not isinstance(expect, dict) or expect.get("type") not in EXPECT_TYPES:
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
                )
            )
        exercises.append(ex)
    return exercises


# -- what counts as done ------------------------------------------------------------------


def _user_files(folder: Path, start_files: dict[str, str]):
    """Files the trainee produced: not part of the start state, not hidden, not temporary."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if not path.is_file() or rel in start_files or rel == STATE_FILE:
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


def _project_layer_matches(layer, name: str) -> bool:
    source = layer.source()
    return layer.name() == name or f"layername={name}" in source.replace(" ", "")


def expectation_met(expect: dict, folder: Path, start_files: dict[str, str], project=None) -> bool:
    """True when the output described by ``expect`` (see exercises.json) exists for real."""
    kind = expect["type"]
    if kind == "gpkg_layer":
        return any(
            _gpkg_has_layer(p, expect["layer"], int(expect.get("min_features", 1)), expect.get("where"))
            for p in _user_files(folder, start_files)
            if p.suffix.lower() == ".gpkg"
        )
    if kind == "file":
        magic = expect.get("magic", "").encode()
        for path in _user_files(folder, start_files):
            if not fnmatch.fnmatch(path.name.lower(), expect["pattern"].lower()):
                continue
            if path.stat().st_size < int(expect.get("min_bytes", 1)):
                continue
            with open(path, "rb") as handle:
                if handle.read(len(magic)) == magic:
                    return True
        return False
    if project is None:
        return False
    if kind == "project_layer":
        return any(_project_layer_matches(layer, expect["layer"]) for layer in project.mapLayers().values())
    if kind == "project_layout":
        return len(project.layoutManager().layouts()) >= int(expect.get("min_count", 1))
    return False


# -- the session --------------------------------------------------------------------------
def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def default_folder() -> Path:
    from qgis.core import QgsSettings

    saved = QgsSettings().value(SETTING_FOLDER, "", type=str)
    return Path(saved) if saved else Path.home() / "CartONG training"


def write_training_project(folder: Path) -> Path:
    """A project with the sample boundaries, saved with relative paths as ``training.qgz``."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsReferencedRectangle, QgsVectorLayer

    from ..maps import styles

    project = QgsProject()
    project.setTitle(tr("CartONG training"))
    crs = QgsCoordinateReferenceSystem("EPSG:4326")
    project.setCrs(crs)
    boundaries = folder / DATA_DIR / "admin_boundaries.gpkg"
    # a quiet base to map on: light sous-préfectures, prefecture borders drawn over them (added last: on top)
    for name, renderer in (("admin2", styles.context_renderer), ("admin1", styles.boundary_renderer)):
        layer = QgsVectorLayer(f"{boundaries}|layername={name}", name, "ogr")
        if layer.isValid():
            layer.setRenderer(renderer())
            project.addMapLayer(layer)
            if name == "admin1":  # open on the country, not on an empty map at 1:1
                project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(layer.extent(), crs))
    target = folder / PROJECT_FILE
    # Beside its target (relative layer paths stay right), renamed when whole.
    with atomic_output(target) as tmp:
        if not project.write(tmp):
            raise CartongError(tr("The training project {file} could not be written.").format(file=target))
    project.clear()
    return target


class TrainingSession:
    """A training folder and its progress (see the module docstring)."""

    def __init__(self, folder, state: dict, exercises: list[Exercise] | None = None):
        self.folder = Path(folder)
        self.state = state
        self.exercises = exercises if exercises is not None else load_exercises()

    # creation ------------------------------------------------------------------------
    @classmethod
    def start(cls, folder, sample=None, exercises: list[Exercise] | None = None, language: str = "en"):
        """Copy the sample into a new (or empty) ``folder`` and write the start state."""
        folder = Path(folder)
        sample = Path(sample) if sample else sample_dir()
        if folder.exists() and any(folder.iterdir()):
            if (folder / STATE_FILE).is_file():
                raise CartongError(
                    tr("{folder} already holds a training session: continue it or reset it.").format(folder=folder)
                )
            raise CartongError(
                tr(
                    "{folder} is not empty. Choose an empty folder for the training session, so that "
                    "Reset never deletes your own files."
                ).format(folder=folder)
            )
        if not sample.is_dir() or not any(sample.iterdir()):
            raise CartongError(
                tr("The sample dataset was not found in {folder}; reinstall the plugin.").format(folder=sample)
            )
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copytree(sample, folder / DATA_DIR, ignore=shutil.ignore_patterns(*NOT_FOR_TRAINEES))
        (folder / OUTPUT_DIR).mkdir()
        write_training_project(folder)
        shutil.copytree(folder, folder / START_DIR, ignore=shutil.ignore_patterns(START_DIR))
        started = _now().isoformat()
        state = {
            "format": "cartong-training-session",
            "language": language,
            "started": started,
            "start_files": cls._snapshot(folder),
            "done": {},
            "events": [{"time": started, "event": "started"}],
        }
        session = cls(folder, state, exercises)
        session.save()
        return session

    @classmethod
    def open(cls, folder, exercises: list[Exercise] | None = None):
        path = Path(folder) / STATE_FILE
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise CartongError(
                tr("{file} is not a readable training session ({error}).").format(file=path, error=err)
            ) from err
        return cls(folder, state, exercises)

    @staticmethod
    def _snapshot(folder: Path) -> dict[str, str]:
        return {
            p.relative_to(folder).as_posix(): file_sha256(p)
            for p in sorted(folder.rglob("*"))
            if p.is_file() and START_DIR not in p.relative_to(folder).parts and p.name != STATE_FILE
        }

    def save(self) -> None:
        target = self.folder / STATE_FILE
        with atomic_output(target) as tmp:
            Path(tmp).write_text(json.dumps(self.state, indent=2, ensure_ascii=False), encoding="utf-8")

    # paths ---------------------------------------------------------------------------
    @property
    def project_path(self) -> Path:
        return self.folder / PROJECT_FILE

    @property
    def data_dir(self) -> Path:
        return self.folder / DATA_DIR

    @property
    def output_dir(self) -> Path:
        return self.folder / OUTPUT_DIR

    def is_its_project(self, project) -> bool:
        """Whether ``project`` (a QgsProject) is this session's ``training.qgz``, not another one."""
        name = project.fileName() if project is not None else ""
        return bool(name) and _same_path(Path(name), self.project_path)

    # progress ------------------------------------------------------------------------
    def steps(self):
        for exercise in self.exercises:
            for step in exercise.steps:
                yield exercise, step

    @property
    def done(self) -> dict[str, str]:
        """step id -> ISO time it was first seen done."""
        return self.state["done"]

    def evaluate(self, project=None, now: dt.datetime | None = None) -> list[str]:
        """Tick every step whose output now exists; return the ids ticked by this call."""
        start_files = self.state["start_files"]
        ticked = []
        for _exercise, step in self.steps():
            if step.id in self.done:
                continue
            if expectation_met(step.expect, self.folder, start_files, project):
                self.done[step.id] = (now or _now()).isoformat()
                ticked.append(step.id)
        if ticked:
            self.state["events"] += [{"time": self.done[s], "event": "done", "step": s} for s in ticked]
            self.save()
        return ticked

    def reset(self) -> None:
        """Restore the folder as it was at the start and clear the progress.

        Everything else in the folder (outputs, edits of the sample, a saved project) is removed:
        ``start`` only accepts an empty folder, so nothing here belongs to anyone else.
        """
        pristine = self.folder / START_DIR
        if not pristine.is_dir():
            raise CartongError(
                tr("The start state of {folder} is missing; start a new session in an empty folder.").format(
                    folder=self.folder
                )
            )
        for child in self.folder.iterdir():
            if child.name in (START_DIR, STATE_FILE):
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        for source in pristine.rglob("*"):
            target = self.folder / source.relative_to(pristine)
            if source.is_dir():
                target.mkdir(parents=True, exist_ok=True)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
        self.state["done"] = {}
        self.state["events"].append({"time": _now().isoformat(), "event": "reset"})
        self.save()

    # summary -------------------------------------------------------------------------
    def summary_rows(self, language: str):
        """(exercise title, [(step title, done time or None, minutes since start or None)])."""
        started = dt.datetime.fromisoformat(self.state["started"])
        for exercise in self.exercises:
            rows = []
            for step in exercise.steps:
                when = self.done.get(step.id)
                minutes = None
                if when:
                    minutes = round((dt.datetime.fromisoformat(when) - started).total_seconds() / 60)
                rows.append((step.title(language), when, minutes))
            yield exercise.title(language), rows

    def export_summary(self, path, language: str = "en") -> Path:
        """Write the session summary; ``.html`` gives HTML, anything else Markdown."""
        path = Path(path)
        as_html = path.suffix.lower() in (".html", ".htm")
        total = sum(len(ex.steps) for ex in self.exercises)
        lines_md = [
            "# " + tr("Training session summary"),
            "",
            tr("Folder: {folder}").format(folder=self.folder),
            tr("Started: {time}").format(time=_format_time(self.state["started"])),
            tr("Summary written: {time}").format(time=_format_time(_now().isoformat())),
            tr("Steps done: {done} of {total}").format(done=len(self.done), total=total),
            "",
        ]
        parts_html = (
            [f"<h1>{html.escape(tr('Training session summary'))}</h1>", "<ul>"]
            + [f"<li>{html.escape(line)}</li>" for line in lines_md[2:6]]
            + ["</ul>"]
        )
        for title, rows in self.summary_rows(language):
            header = "| {} | {} | {} |".format(tr("Step"), tr("Done at"), tr("Minutes since start"))
            lines_md += ["## " + title, "", header, "|---|---|---|"]
            parts_html += [
                f"<h2>{html.escape(title)}</h2>",
                "<table border='1' cellpadding='4'>",
                "<tr><th>{}</th><th>{}</th><th>{}</th></tr>".format(
                    html.escape(tr("Step")), html.escape(tr("Done at")), html.escape(tr("Minutes since start"))
                ),
            ]
            for step_title, when, minutes in rows:
                done_text = _format_time(when) if when else tr("not done")
                minutes_text = str(minutes) if minutes is not None else "–"
                mark = "✔" if when else "☐"
                cell = step_title.replace("|", "\\|")  # a pipe would split the Markdown cell
                lines_md.append(f"| {mark} {cell} | {done_text} | {minutes_text} |")
                parts_html.append(
                    f"<tr><td>{mark} {html.escape(step_title)}</td><td>{html.escape(done_text)}</td>"
                    f"<td>{minutes_text}</td></tr>"
                )
            lines_md.append("")
            parts_html.append("</table>")
        resets = [e for e in self.state["events"] if e["event"] == "reset"]
        if resets:
            text = tr("Resets: {times}").format(times=", ".join(_format_time(e["time"]) for e in resets))
            lines_md.append(text)
            parts_html.append(f"<p>{html.escape(text)}</p>")
        if as_html:
            content = (
                "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{}</title></head><body>\n{}\n"
                "</body></html>\n"
            ).format(html.escape(tr("Training session summary")), "\n".join(parts_html))
        else:
            content = "\n".join(lines_md) + "\n"
        with atomic_output(path) as tmp:
            Path(tmp).write_text(content, encoding="utf-8")
        return path


def _same_path(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def _format_time(iso: str) -> str:
    return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
