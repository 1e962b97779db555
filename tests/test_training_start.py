# SPDX-License-Identifier: GPL-3.0-or-later
"""Starting a training session on a (nearly) full disk: one translated sentence naming the folder and the
space needed, nothing half-copied left behind, and starting again works once there is room. The disks are
small tmpfs mounted for the test (the tests run as root), as in test_full_disk.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import QgsProject

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.learning import training
from cartong_plugin.core.learning.training import TrainingSession
from tests.test_full_disk import disk_of, fill  # noqa: F401  (disk_of: the fixture)

NO_ROOM = r"There is not enough space in {folder} for the training session: it needs about (\d+\.\d) MB and"


def _everything(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.name != "filler")


def _started_well(session: TrainingSession) -> None:
    assert (session.data_dir / "household_survey_kobo.csv").is_file()
    assert (session.folder / training.START_DIR / "data" / "admin_boundaries.gpkg").is_file()
    project = QgsProject()
    assert project.read(str(session.project_path))
    assert all(layer.isValid() for layer in project.mapLayers().values()) and len(project.mapLayers()) == 2
    assert not [p for p in session.folder.parent.iterdir() if p.name.endswith(".part")]


def test_start_on_a_nearly_full_disk_says_how_much_space_and_a_retry_works(qgis_app, sample_dir, disk_of):  # noqa: F811
    disk = disk_of("8m")
    folder = disk / "training"
    folder.mkdir()  # chosen in the folder dialog: it exists, empty
    fill(disk, leave=3_000_000)
    with pytest.raises(CartongError, match=NO_ROOM.format(folder=re.escape(str(folder)))) as raised:
        TrainingSession.start(folder, sample=sample_dir)
    assert 4.0 < float(re.search(r"needs about (\d+\.\d) MB", str(raised.value)).group(1)) < 6.0
    assert _everything(disk) == ["training"]
    (disk / "filler").unlink()
    _started_well(TrainingSession.start(folder, sample=sample_dir))


def test_a_disk_filling_up_during_the_copy_leaves_nothing_half_copied(qgis_app, sample_dir, disk_of, monkeypatch):  # noqa: F811
    """Another program took the space after the check: the copy itself runs out of room."""
    disk = disk_of("8m")
    folder = disk / "course"
    fill(disk, leave=3_000_000)
    monkeypatch.setattr(training, "_check_room", lambda folder, needed: None)
    with pytest.raises(CartongError, match=NO_ROOM.format(folder=re.escape(str(folder)))) as raised:
        TrainingSession.start(folder, sample=sample_dir)
    assert "Traceback" not in str(raised.value) and "Errno" not in str(raised.value)
    assert _everything(disk) == []  # not created, no hidden .cartong_start, no staging folder
    monkeypatch.undo()
    (disk / "filler").unlink()
    _started_well(TrainingSession.start(folder, sample=sample_dir))


def test_a_usb_sticks_top_folder_is_filled_in_place(qgis_app, sample_dir, disk_of, monkeypatch):  # noqa: F811
    """The folder is a disk of its own: the session is built inside it, hidden, then moved up."""
    disk = disk_of("3m")
    with pytest.raises(CartongError, match=NO_ROOM.format(folder=re.escape(str(disk)))):
        TrainingSession.start(disk, sample=sample_dir)
    monkeypatch.setattr(training, "_check_room", lambda folder, needed: None)
    with pytest.raises(CartongError, match=NO_ROOM.format(folder=re.escape(str(disk)))):
        TrainingSession.start(disk, sample=sample_dir)
    assert _everything(disk) == []
    stick = disk_of("16m")
    session = TrainingSession.start(stick, sample=sample_dir)
    _started_well(session)
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        [training.START_DIR, training.STATE_FILE, "data", "outputs", "training.qgz"]
    )


def test_the_learn_menu_shows_the_sentence(qgis_iface, sample_dir, disk_of, qgis_new_project, monkeypatch):  # noqa: F811
    """Not a Python error (shutil.Error) as before."""
    from qgis.core import Qgis

    from cartong_plugin.gui.learning import training_panel

    monkeypatch.setattr(training_panel, "QgsSettings", lambda: pytest.fail("a failed start is not remembered"))
    monkeypatch.setattr(training, "_check_room", lambda folder, needed: None)
    disk = disk_of("3m")
    qgis_iface.messageBar().clear_messages()
    assert training_panel.start_training_session(qgis_iface, disk / "training") is None
    (message,) = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert re.search(NO_ROOM.format(folder=re.escape(str(disk / "training"))), message)
    assert _everything(disk) == []
