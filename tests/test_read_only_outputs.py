# SPDX-License-Identifier: GPL-3.0-or-later
"""Outputs that cannot be written (a read-only file or folder) are a sentence naming the file, never a
traceback: checked as an unprivileged user (root may write anywhere), in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run_locked(folder: Path, code: str) -> subprocess.CompletedProcess:
    """Run ``code`` where ``folder`` and its files cannot be written: as user nobody when the tests run
    as root, else with the write bits taken away."""
    if os.geteuid() == 0:
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    else:
        prefix = []
        for path in folder.iterdir():
            os.chmod(path, 0o444)
        os.chmod(folder, 0o555)
    env = dict(os.environ, PYTHONPATH=str(REPO), HOME=str(folder), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [*prefix, sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=str(folder), timeout=120
    )


def _survey_copy(folder: Path, sample_dir: Path) -> Path:
    from cartong_plugin.core.survey.importer import import_survey

    gpkg = folder / "survey.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    os.chmod(gpkg, 0o644)
    return gpkg


def test_a_read_only_survey_geopackage_refuses_the_log_with_a_sentence(locked_folder, sample_dir):
    gpkg = _survey_copy(locked_folder, sample_dir)
    before = gpkg.read_bytes()
    done = _run_locked(
        locked_folder,
        "from cartong_plugin.core.base.errors import CartongError\n"
        "from cartong_plugin.core.cleaning.log_files import write_log_to_gpkg\n"
        "try:\n"
        f"    write_log_to_gpkg([], {str(gpkg)!r})\n"
        "except CartongError as err:\n"
        "    print('REFUSED:', err)\n",
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert f"REFUSED: The cleaning log cannot be written into {gpkg}: the file or its folder is read-only" in (
        done.stdout
    )
    assert gpkg.read_bytes() == before
    assert sorted(p.name for p in locked_folder.iterdir()) == ["survey.gpkg"]


def test_an_output_in_a_read_only_folder_is_a_sentence(locked_folder):
    done = _run_locked(
        locked_folder,
        "from cartong_plugin.core.base.atomic import atomic_output\n"
        "from cartong_plugin.core.base.errors import CartongError\n"
        "try:\n"
        f"    with atomic_output({str(locked_folder / 'office.gpkg')!r}) as tmp:\n"
        "        open(tmp, 'w').write('x')\n"
        "except CartongError as err:\n"
        "    print('REFUSED:', err)\n",
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert f"REFUSED: office.gpkg cannot be written: the folder {locked_folder} cannot be written to" in done.stdout
    assert list(locked_folder.iterdir()) == []
