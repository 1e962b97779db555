# SPDX-License-Identifier: GPL-3.0-or-later
"""Outputs appear whole or not at all."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from cartong_plugin.core.base.atomic import atomic_output


def _sqlite(path, text: str = "whole") -> None:
    """A whole (small) GeoPackage-like SQLite file holding ``text``."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE t (v TEXT)")
        db.execute("INSERT INTO t VALUES (?)", (text,))
        db.commit()


def _text(path) -> str:
    import sqlite3

    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return db.execute("SELECT v FROM t").fetchone()[0]


def test_output_appears_only_when_complete(tmp_path):
    target = tmp_path / "map.pdf"
    with atomic_output(target) as tmp:
        with open(tmp, "w") as handle:
            handle.write("%PDF-1.4 complete\n%%EOF\n")
        assert not target.exists()
        assert tmp.endswith(".pdf")
    assert target.read_text() == "%PDF-1.4 complete\n%%EOF\n"
    assert [p.name for p in tmp_path.iterdir()] == ["map.pdf"]


def test_failure_keeps_previous_output_and_leaves_no_temp(tmp_path):
    target = tmp_path / "survey.gpkg"
    target.write_text("previous")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as tmp:
            with open(tmp, "w") as handle:
                handle.write("half")
            raise RuntimeError("interrupted")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["survey.gpkg"]


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


def test_a_killed_writers_temporary_file_is_removed_by_the_next_writer(tmp_path):
    """A writer killed outright (SIGKILL, power cut) leaves its hidden temporary file: the next writer of
    the same output removes it, with SQLite's side files, once that writer is gone."""
    import os
    import signal
    import subprocess
    import sys

    target = tmp_path / "survey.gpkg"
    code = (
        "import sys, time\n"
        "from cartong_plugin.core.base.atomic import atomic_output\n"
        "with atomic_output(sys.argv[1]) as tmp:\n"
        "    open(tmp, 'w').write('half'); open(tmp + '-journal', 'w').write('j')\n"
        "    print('writing', flush=True); time.sleep(60)\n"
    )
    repo = str(Path(__file__).resolve().parents[1])
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": repo},
    )
    assert child.stdout.readline().strip() == "writing"
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len(left) == 2 and left[0].endswith(".part.gpkg") and f".{child.pid}-" in left[0]
    child.send_signal(signal.SIGKILL)
    child.wait()
    with atomic_output(target) as tmp:  # that very process is gone: removed at once
        _sqlite(tmp)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["survey.gpkg"]
    assert _text(target) == "whole"


def test_temporary_files_of_running_or_other_writers_are_kept(tmp_path):
    import os
    import time

    from cartong_plugin.core.base.atomic import _machine

    here, dead = _machine(), _dead_pid()
    kept = [
        f".survey.{os.getpid()}-{here}-abc123.part.gpkg",  # a writer still running (this one)
        f".survey.{dead}-{'0' * 8 if here != '0' * 8 else '1' * 8}-abc123.part.gpkg",  # another computer's
        ".survey.abc123.part.gpkg",  # an older name without its writer
        f".survey.{dead}-{here}-abc123.part.mbtiles",  # another output (same name, other kind)
        f".survey2.{dead}-{here}-abc123.part.gpkg",  # another output
    ]
    removed = f".survey.{dead}-{here}-xyz789.part.gpkg"
    hour_ago = time.time() - 3600
    for name in [*kept, removed]:
        (tmp_path / name).write_text("x")
        os.utime(tmp_path / name, (hour_ago, hour_ago))
    with atomic_output(tmp_path / "survey.gpkg") as tmp:
        _sqlite(tmp)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, "survey.gpkg"])


def test_a_long_output_name_still_gets_its_temporary_file(tmp_path):
    """The temporary name holds the writer: the target's name is cut in it, never the output's own name."""
    target = tmp_path / ("é" * 100 + "x" * 20 + ".gpkg")  # 225 bytes: the limit is 255
    with atomic_output(target) as tmp:
        _sqlite(tmp)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
