# SPDX-License-Identifier: GPL-3.0-or-later
"""A full disk, a folder for a file, a killed run: through the Processing algorithms, nothing collected is
lost, the previous output stays whole, and the user reads one translated sentence, never a traceback or a
false success. The full disk is a small tmpfs mounted for the test (the tests run as root) and filled."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.protection_data import write_sample_survey_gpkg

pytestmark = pytest.mark.usefixtures("collect_cycles")

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample"
NO_SPACE = r"There is not enough space in {folder} to write {file}"


def _run(algorithm_id, parameters):
    import processing

    return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())


@pytest.fixture()
def disk_of(tmp_path):
    """``disk_of(size, options)``: a disk of its own (tmpfs), unmounted whatever happens."""
    mounted = []

    def mount(size: str = "3m", options: str = "") -> Path:
        point = tmp_path / f"disk{len(mounted) or ''}"
        point.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}{options}", "tmpfs", str(point)], check=True)
        mounted.append(point)
        return point

    try:
        yield mount
    finally:
        gc.collect()
        for point in mounted:
            subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.fixture()
def disk(disk_of):
    return disk_of()


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk of ``folder`` up, then free ``leave`` bytes again."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:
        with contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 4096)
    with contextlib.suppress(OSError):
        os.truncate(filler, max(0, filler.stat().st_size - leave))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shown(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler")


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    return write_sample_survey_gpkg(tmp_path_factory.mktemp("full") / "survey.gpkg")


def _table_rows(path: Path, table: str):
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)) as db:
            return db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    except sqlite3.Error:
        return None


def _refused_or_whole(run, output: Path, previous: str, whole) -> str:
    """Run ``run``: it either says the disk is full, keeps the previous ``output`` byte for byte and leaves
    no temporary file, or succeeds with a whole file (``whole(output)``). Never a false success."""
    try:
        run()
    except QgsProcessingException as err:
        folder = output.parent
        assert str(err).startswith(NO_SPACE.format(folder=folder, file=output.name)), str(err)
        assert sha(output) == previous
        assert not [name for name in shown(folder) if name.startswith(".")]
        return "refused"
    assert whole(output), f"{output.name} was reported written but is not whole"
    return "written"


@pytest.mark.parametrize("leave", [0, 60_000, 140_000, 170_000, 260_000])  # 130-180 KB: the empty file
def test_exportforsharing_on_a_full_disk_never_replaces_a_good_export_with_an_empty_one(
    cartong_provider, survey, disk, leave
):
    """F3: with about 260 KB free the shared GeoPackage had no data table, its README said 420 rows, and the
    previous good export was replaced."""
    output = disk / "shared.gpkg"
    params = {"INPUT": f"{survey}|layername=survey", "OUTPUT": str(output)}
    assert _run("cartong:exportforsharing", params)["ROWS"] == 420
    previous, readme = sha(output), (disk / "shared.gpkg.README.txt").read_text(encoding="utf-8")
    actions = _table_rows(output, "cartong_protection")
    fill(disk, leave)
    outcome = _refused_or_whole(
        lambda: _run("cartong:exportforsharing", params),
        output,
        previous,
        lambda path: _table_rows(path, "shared_survey") == 420 and _table_rows(path, "cartong_protection") == actions,
    )
    if outcome == "refused":
        assert (disk / "shared.gpkg.README.txt").read_text(encoding="utf-8") == readme
    assert shown(disk) == ["shared.gpkg", "shared.gpkg.README.txt"]


def test_exportforsharing_csv_on_a_full_disk_is_a_sentence(cartong_provider, survey, disk):
    """F8: the CSV export ended in a traceback (OSError: No space left on device)."""
    fill(disk)
    with pytest.raises(QgsProcessingException, match=NO_SPACE.format(folder=disk, file="shared.csv")):
        _run("cartong:exportforsharing", {"INPUT": f"{survey}|layername=survey", "OUTPUT": str(disk / "shared.csv")})
    assert shown(disk) == []


def _checks(tmp_path, export: Path):
    from tests.test_checks_algorithm import _import_sample, _run_checks

    gpkg = tmp_path / "checked.gpkg"
    if not gpkg.exists():
        _import_sample(SAMPLE, gpkg)
    return _run_checks(gpkg, SAMPLE, EXPORT_FILE=str(export))


def _log_rows(path: Path) -> int | None:
    from cartong_plugin.core.cleaning.log_files import read_log_file

    try:
        return len(read_log_file(path))
    except Exception:  # damaged: not whole
        return None


@pytest.mark.parametrize("name", ["log.xlsx", "log.csv"])
@pytest.mark.parametrize("leave", [0, 4_000, 12_000])
def test_runchecks_export_on_a_full_disk_never_replaces_the_teams_sheet(cartong_provider, tmp_path, disk, name, leave):
    """F5: a 0-byte workbook or a CSV cut mid-row replaced the sheet the field teams fill in, and the run
    said EXPORTED."""
    export = disk / name
    entries = _checks(tmp_path, export)["ENTRIES"]
    assert _log_rows(export) == entries
    previous = sha(export)
    fill(disk, leave)
    _refused_or_whole(lambda: _checks(tmp_path, export), export, previous, lambda path: _log_rows(path) == entries)
    assert shown(disk) == [name]


@pytest.fixture()
def counts(cartong_provider, tmp_path):
    from tests.mapdata import admin_source, write_survey_points
    from tests.test_export_map_algorithm import EXTRA, PLAN

    folder = tmp_path
    path, _admin1, admin2 = admin_source()
    points = write_survey_points(folder / "survey.gpkg", PLAN, extra_rows=EXTRA)
    params = {
        "POINTS": f"{points}|layername=survey",
        "ADMIN": f"{path}|layername={admin2}",
        "ADMIN_CODE": "adm2_pcode",
        "ADMIN_NAME": "adm2_name",
        "OUTPUT": str(folder / "counts.gpkg"),
    }
    return _run("cartong:countbyadmin", params)["OUTPUT"]


def _pdf_whole(path: Path) -> bool:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    return done.returncode == 0 and "Pages:" in done.stdout


@pytest.mark.parametrize("leave", [0, 60_000, 120_000])
def test_exportmappdf_on_a_full_disk_keeps_the_previous_map(cartong_provider, counts, disk, leave):
    """F4: a 0-byte or truncated PDF replaced the good map, and the run succeeded."""
    output = disk / "map.pdf"
    params = {"POLYGONS": counts, "COUNT_FIELD": "submissions", "TITLE": "T", "OUTPUT": str(output)}
    _run("cartong:exportmappdf", params)
    assert _pdf_whole(output)
    previous = sha(output)
    fill(disk, leave)
    _refused_or_whole(lambda: _run("cartong:exportmappdf", params), output, previous, _pdf_whole)
    assert shown(disk) == ["map.pdf"]


# --------------------------------------------------------------------------- F8: sentences, not tracebacks


@pytest.fixture()
def office(cartong_provider, tmp_path):
    from tests.test_checks_algorithm import _import_sample

    return _import_sample(SAMPLE, tmp_path / "office" / "household.gpkg")


def _package(office: Path, output: Path, name: str = "team1"):
    return _run(
        "cartong:preparefieldpackage",
        {"SURVEYS": [str(office)], "NAME": name, "LANGUAGE": "en", "OUTPUT": str(output)},
    )


@pytest.mark.parametrize("leave", [0, 300_000, 1_500_000, 3_000_000])
def test_preparefieldpackage_on_a_full_disk_is_a_sentence_and_leaves_nothing(office, disk_of, leave):
    """F8: three different tracebacks (sqlite3 'database or disk is full', OSError copying a layout,
    RuntimeError at COMMIT) instead of a sentence."""
    disk = disk_of("8m")
    fill(disk, leave)
    before = sha(office)
    try:
        _package(office, disk / "pkg")
    except QgsProcessingException as err:
        assert str(err).startswith("There is not enough space in ") and str(disk) in str(err), str(err)
        assert "Traceback" not in str(err) and ".part" not in str(err)
        assert shown(disk) == []
    else:
        assert shown(disk / "pkg") == ["team1", "team1.zip"]
    assert sha(office) == before


def test_preparefieldpackage_into_a_folder_that_cannot_be_written_is_a_sentence(office, disk_of):
    """F8: PermissionError traceback when the output folder cannot be made (here a read-only disk)."""
    disk = disk_of("1m", ",ro")
    with pytest.raises(QgsProcessingException, match=r"The field package cannot be written into .*pkg: the folder"):
        _package(office, disk / "pkg")


def test_mergefieldpackage_on_a_full_disk_is_a_sentence_and_the_office_file_is_kept(office, tmp_path, disk_of):
    """F8: sqlite3.OperationalError traceback from the backup of the office GeoPackage."""
    from tests.field_data import ogr_execute

    _package(office, tmp_path / "package", "household_field")
    returned = tmp_path / "package" / "household_field"
    ogr_execute(returned / "data" / "household.gpkg", "UPDATE survey SET hh_size = 9 WHERE fid = 1")
    disk = disk_of("8m")
    mine = disk / "household.gpkg"
    mine.write_bytes(office.read_bytes())
    fill(disk)
    before = sha(mine)
    with pytest.raises(QgsProcessingException, match=NO_SPACE.format(folder=disk, file="household.gpkg")):
        _run(
            "cartong:mergefieldpackage",
            {"PACKAGE": str(returned / "manifest.json"), "OFFICE": str(mine), "CONFLICTS": str(disk / "c.csv")},
        )
    assert sha(mine) == before and shown(disk) == ["household.gpkg"]


# --------------------------------------------------------------------------- F9: a folder for a file


def test_an_output_file_that_is_a_folder_is_refused_before_any_work(cartong_provider, survey, counts, tmp_path):
    """F9: IsADirectoryError traceback from the final rename (exportforsharing, exportmappdf, runchecks)."""
    folders = [tmp_path / "isd" / name for name in ("shared.gpkg", "map.pdf", "log.xlsx")]
    for folder in folders:
        folder.mkdir(parents=True)
    runs = [
        ("cartong:exportforsharing", {"INPUT": f"{survey}|layername=survey", "OUTPUT": str(folders[0])}),
        ("cartong:exportmappdf", {"POLYGONS": counts, "COUNT_FIELD": "submissions", "OUTPUT": str(folders[1])}),
        (
            "cartong:runchecks",
            {
                "INPUT": f"{survey}|layername=survey",
                "OUTPUT_GPKG": str(tmp_path / "isd" / "log.gpkg"),
                "EXPORT_FILE": str(folders[2]),
            },
        ),
    ]
    for (algorithm, params), folder in zip(runs, folders):
        with pytest.raises(QgsProcessingException, match=f"^{folder} is a folder, not a file: choose a file name"):
            _run(algorithm, params)
    assert sorted(p.name for p in (tmp_path / "isd").iterdir()) == ["log.xlsx", "map.pdf", "shared.gpkg"]
    assert all(list(folder.iterdir()) == [] for folder in folders)


# --------------------------------------------------------------------------- F12, F13: import


def _import(output: Path):
    return _run(
        "cartong:importsurvey",
        {
            "DATA": str(SAMPLE / "household_survey_kobo.csv"),
            "FORM": str(SAMPLE / "household_survey_form.xlsx"),
            "OUTPUT": str(output),
        },
    )


@pytest.mark.parametrize("leave", [0, 300_000])
def test_importsurvey_on_a_full_disk_says_so_and_names_the_output(cartong_provider, disk, leave):
    """F12: 'database disk image is malformed', naming the hidden temporary file."""
    output = disk / "hs.gpkg"
    fill(disk, leave)
    with pytest.raises(QgsProcessingException) as caught:
        _import(output)
    assert str(caught.value).startswith(NO_SPACE.format(folder=disk, file="hs.gpkg")), str(caught.value)
    assert ".part" not in str(caught.value) and shown(disk) == []


def test_a_long_name_of_four_byte_characters_is_written(cartong_provider, tmp_path):
    """F13: a legal 253-byte name of emoji was refused as 'the folder cannot be written to': the temporary
    name was cut by characters, not bytes."""
    output = tmp_path / ("\N{GRINNING FACE}" * 62 + ".gpkg")
    assert len(output.name.encode("utf-8")) == 253
    assert _import(output)["OUTPUT"] == str(output)
    assert [p.name for p in tmp_path.iterdir()] == [output.name]


# --------------------------------------------------------------------------- F14: killed runs


def _dead_pid() -> int:
    import sys

    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


def _names(tmp_path):
    """Hidden names as a killed run leaves them, and as a running one has them."""
    from cartong_plugin.core.base.writers import machine, writer_tag

    dead, here = _dead_pid(), machine()
    return {
        "dead": f"{dead}-{here}-s123-",
        "running": writer_tag(),  # this very process
        "reused": f"{os.getpid()}-{here}-s1-",  # this process number, but another process (started at 1)
    }


def test_a_killed_preparefieldpackage_leaves_no_staging_for_ever_nor_a_folder_refused_as_not_empty(office, tmp_path):
    """F14: a killed run left '.<name>.part' (a copy of the survey, personal data) for ever, and the folder
    was then refused as 'not empty' though a file manager shows it empty."""
    names = _names(tmp_path)
    output = tmp_path / "pkg"
    staging = output / f".team1.{names['dead']}x.part"
    (staging / "data").mkdir(parents=True)
    (staging / "data" / "household.gpkg").write_bytes(office.read_bytes())
    zipping = output / f".team1.{names['reused']}abc.part.zip"
    zipping.write_bytes(b"PK")
    _package(office, output)
    assert shown(output) == ["team1", "team1.zip"]
    running = output.parent / "pkg2" / f".team1.{names['running']}x.part"  # a run still going: its folder
    running.mkdir(parents=True)
    with pytest.raises(QgsProcessingException, match="is not empty"):
        _package(office, running.parent)
    assert running.is_dir()


def test_a_killed_imports_temporary_files_are_removed_at_once_and_only_those(cartong_provider, tmp_path):
    """F14: a killed import's hidden temporary file (personal data) was removed only by a later run of the
    same output, 15 minutes later; now by any run writing into that folder as soon as its writer is gone.
    A running writer's, another computer's, and names that are not the toolkit's stay."""
    names = _names(tmp_path)
    left = [f".big.{names['dead']}k1hz.part.gpkg", f".big.{names['dead']}k1hz.part.gpkg-journal"]
    kept = [
        f".other.{names['running']}abcd.part.gpkg",
        f".other.{_dead_pid()}-{'0' * 8}-s123-abcd.part.gpkg",
        ".big.part.gpkg",
        "notes.part.txt",
    ]
    for name in left + kept:
        (tmp_path / name).write_text("x")
    _import(tmp_path / "hs.gpkg")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, "hs.gpkg"])
