# SPDX-License-Identifier: GPL-3.0-or-later
"""Training mode: a practice folder with the sample dataset, exercises that tick themselves.

``TrainingSession.start(folder)`` copies the sample dataset into ``folder/data`` (the answer key
left out, and the README without its sections for the trainer), writes a ready
project ``training.qgz`` and keeps a pristine copy of that start state (``.cartong_start``) so
``reset()`` can restore it whatever the trainee did; all of it is built in a hidden folder that
becomes ``folder`` only when complete (a full disk leaves nothing behind). ``evaluate(project)`` looks at the real
outputs (GeoPackages and PDFs in the folder, layers and layouts in the project) and ticks the
exercise steps (``exercises``) whose expected output has appeared, recording the time. ``export_summary()``
writes what was done, as Markdown or HTML. The session state lives in ``cartong_training.json``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fnmatch
import json
import os
import re
import shutil
from pathlib import Path

from ..base.atomic import atomic_output, disk_is_full, low_space
from ..base.errors import CartongError, os_reason
from ..base.i18n import tr
from ..base.paths import sample_dir
from ..base.qgis_compat import write_project_anonymously
from ..base.safe_files import file_sha256
from ..base.writers import remove_stale, writer_tag
from .exercises import Exercise, expectation_met, load_exercises

__all__ = ["TrainingSession", "default_folder", "load_exercises", "write_training_project"]

STATE_FILE = "cartong_training.json"
START_DIR = ".cartong_start"
DATA_DIR = "data"
OUTPUT_DIR = "outputs"
PROJECT_FILE = "training.qgz"
SETTING_FOLDER = "cartong/training/folder"
# The answers (planted faults) and the generator stay with the trainer.
NOT_FOR_TRAINEES = ("faults.csv", "FAULTS.md", "*.py", "__pycache__")
TRAINER_MARK = "<!-- trainer -->"  # ends the headings of the sample README's sections for the trainer
SPACE_MARGIN = 512 * 1024  # the project (twice), the state file, the file system's own blocks


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
        if not write_project_anonymously(project, tmp):  # copied to every participant: no account name
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
        if folder.is_dir():
            remove_stale(folder)  # a start killed while building the session inside this folder
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
        needed = 2 * _copied_bytes(sample) + SPACE_MARGIN  # the data and its pristine copy
        _check_room(folder, needed)  # before anything is written
        state: dict = {"format": "cartong-training-session", "language": language}
        with _staging(folder, needed) as staging:
            shutil.copytree(sample, staging / DATA_DIR, ignore=shutil.ignore_patterns(*NOT_FOR_TRAINEES))
            _write_participants_readme(staging / DATA_DIR / "README.md")
            (staging / OUTPUT_DIR).mkdir()
            write_training_project(staging)  # layer paths relative to the project: right once renamed
            shutil.copytree(staging, staging / START_DIR, ignore=shutil.ignore_patterns(START_DIR))
            started = _now().isoformat()
            state.update(
                started=started,
                start_files=cls._snapshot(staging),
                done={},
                events=[{"time": started, "event": "started"}],
            )
            cls(staging, state, exercises=[]).save()
        return cls(folder, state, exercises)

    @classmethod
    def open(cls, folder, exercises: list[Exercise] | None = None):
        path = Path(folder) / STATE_FILE
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise CartongError(
                tr("{file} is not a readable training session ({error}).").format(file=path, error=os_reason(err))
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
        """Tick every step whose output now exists; return the ids ticked by this call.

        Steps in the project (a layer added, a layout) are judged only while ``project`` is the training
        project: the participant's own project, opened meanwhile, does not do the exercises."""
        known = {*self.state["start_files"], STATE_FILE}  # never the trainee's work
        if not self.is_its_project(project):
            project = None
        ticked = []
        for _exercise, step in self.steps():
            if step.id in self.done:
                continue
            if expectation_met(step.expect, self.folder, known, project):
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
        """(exercise title, [(step title, done time or None, minutes since the last reset or start)])."""
        from .summary import summary_rows

        return summary_rows(self, language)

    def export_summary(self, path, language: str = "en") -> Path:
        """Write the session summary (see ``summary``); ``.html`` gives HTML, anything else Markdown."""
        from .summary import write_summary

        return write_summary(self, path, language)


def participants_readme(text: str) -> str:
    """The sample's README without its sections for the trainer: a Markdown heading ending with
    ``<!-- trainer -->`` and everything down to the next heading of the same or a higher level (the
    answer key, how many faults of each kind: the trainer's copy in the plugin keeps them)."""
    kept, skipping = [], 0  # skipping: the level of the trainer's heading being left out
    for line in text.splitlines(keepends=True):
        heading = re.match(r"(#{1,6})\s", line)  # "#adm1+name" at the start of a line is no heading
        level = len(heading.group(1)) if heading else 0
        if skipping and (not level or level > skipping):
            continue
        skipping = level if level and line.rstrip().endswith(TRAINER_MARK) else 0
        if not skipping:
            kept.append(line)
    return "".join(kept).rstrip("\n") + "\n"


def _write_participants_readme(path: Path) -> None:
    if path.is_file():
        path.write_text(participants_readme(path.read_text(encoding="utf-8")), encoding="utf-8")


def _copied_bytes(sample: Path) -> int:
    """Bytes of the sample files a session copies (the trainer's files left out)."""
    return sum(
        path.stat().st_size
        for path in sample.rglob("*")
        if path.is_file()
        and not any(fnmatch.fnmatch(part, pattern) for part in path.parts for pattern in NOT_FOR_TRAINEES)
    )


def _free_bytes(folder: Path) -> int | None:
    """Free bytes on the disk of ``folder`` (or of its nearest existing parent); None when unknown."""
    for place in (folder, *folder.parents):
        if place.exists():
            try:
                return shutil.disk_usage(place).free
            except OSError:
                return None
    return None


def _check_room(folder: Path, needed: int) -> None:
    free = _free_bytes(folder)
    if free is not None and free < needed:
        raise _no_room(folder, needed)


def _no_room(folder: Path, needed: int) -> CartongError:
    free = _free_bytes(folder)
    error = CartongError(
        tr(
            "There is not enough space in {folder} for the training session: it needs about {needed} MB and "
            "{free} MB are free. Nothing was written. Free some space on that disk or choose a folder on "
            "another disk."
        ).format(
            folder=folder,
            needed=f"{needed / 1e6:.1f}",
            free="?" if free is None else f"{free / 1e6:.1f}",
        ),
        path=str(folder),
    )
    error.disk_full = True
    return error


def _same_device(folder: Path) -> bool:
    try:
        return folder.stat().st_dev == folder.parent.stat().st_dev
    except OSError:
        return False


@contextlib.contextmanager
def _staging(folder: Path, needed: int):
    """Yield a hidden folder to build the session in; it becomes ``folder`` only when complete.

    Beside ``folder`` (renamed onto it), or inside it when ``folder`` is a disk of its own (a USB stick's
    top folder: its contents are then moved up). On any error the staging folder is removed and ``folder``
    left as it was (empty or absent), so that starting again works; a full disk or an unwritable folder
    becomes one sentence naming the folder."""
    existed = folder.is_dir()
    inside = existed and (not _same_device(folder) or not os.access(folder.parent, os.W_OK))
    parent = folder if inside else folder.parent
    staging = parent / f".{folder.name or 'training'}.{writer_tag()}x.part"  # its writer named: see writers
    try:
        parent.mkdir(parents=True, exist_ok=True)
        remove_stale(parent)  # what a start killed earlier left
        staging.mkdir()
        yield staging
        if inside:
            for child in sorted(staging.iterdir(), key=lambda p: p.name == STATE_FILE):  # the state last
                child.rename(folder / child.name)
            staging.rmdir()
        else:
            if existed:
                folder.rmdir()  # empty (checked by start): the staging folder takes its place
            staging.rename(folder)
    except BaseException as err:
        shutil.rmtree(staging, ignore_errors=True)
        if inside:
            for child in folder.iterdir():  # moved up before the error (the folder was empty)
                if child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
        elif existed and not folder.exists():
            folder.mkdir()
        if getattr(err, "disk_full", False) or (
            isinstance(err, (OSError, RuntimeError, CartongError)) and (disk_is_full(err) or low_space(parent))
        ):
            raise _no_room(folder, needed) from err
        if isinstance(err, OSError):
            raise CartongError(
                tr(
                    "The training session could not be written in {folder} ({reason}): nothing was left "
                    "there. Choose a folder you can write to."
                ).format(folder=folder, reason=os_reason(err)),
                path=str(folder),
            ) from err
        raise


def _same_path(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False
