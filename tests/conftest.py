# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures: QGIS comes from pytest-qgis (qgis_app, qgis_iface, qgis_processing...)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample"
TEST_DATA = REPO / "tests" / "data"
REAL_DATA = TEST_DATA / "real"


def _version_tuple(text: str) -> tuple[int, int]:
    major, minor = (text.strip().split(".") + ["0"])[:2]
    return int(major), int(minor)


def metadata_qgis_range(metadata: Path = REPO / "metadata.txt") -> tuple[tuple[int, int], tuple[int, int]]:
    """(qgisMinimumVersion, qgisMaximumVersion) of metadata.txt, as (major, minor)."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata, encoding="utf-8")
    general = parser["general"]
    return _version_tuple(general["qgisMinimumVersion"]), _version_tuple(general.get("qgisMaximumVersion", "3.99"))


def _hypothesis_without_clocks() -> None:
    """Property tests judge behaviour, never speed: no per-example deadline and no "input generation is
    slow" health check, which fail at random on a busy 2-core CI machine (speed lives in make bench)."""
    try:
        from hypothesis import HealthCheck, settings
    except ImportError:  # the suite's requirements install it; a bare QGIS Python may lack it
        return
    settings.register_profile("cartong", deadline=None, suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile("cartong")


_hypothesis_without_clocks()


def pytest_report_header(config):
    """The versions a failure depends on: QGIS, GDAL, Qt and PyQt, Python."""
    import platform

    from osgeo import gdal
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import PYQT_VERSION_STR, QT_VERSION_STR

    return [
        f"QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, Qt {QT_VERSION_STR}, PyQt {PYQT_VERSION_STR}, "
        f"Python {platform.python_version()}"
    ]


def pytest_sessionstart(session):
    """Refuse to test on a QGIS that metadata.txt says the plugin does not support."""
    from qgis.core import Qgis

    running = (Qgis.QGIS_VERSION_INT // 10000, Qgis.QGIS_VERSION_INT // 100 % 100)
    low, high = metadata_qgis_range()
    if not low <= running <= high:
        pytest.exit(f"QGIS {Qgis.QGIS_VERSION} is outside metadata.txt's range {low} to {high}", returncode=3)
    _CURRENT_FOLDER["before"] = set(os.listdir("."))


# What the tools themselves keep in the folder pytest runs from; anything else new there at the end was
# written by the code under test outside the folder a user chose (a GDAL side file named after a
# dataset without a path, a relative output path...), and fails the run.
_CURRENT_FOLDER: dict[str, set[str]] = {}
_TOOL_FOLDERS = {".hypothesis", ".pytest_cache", "__pycache__", "out", ".ruff_cache", ".mypy_cache", ".cache"}


def _written_in_current_folder() -> list[str]:
    if "before" not in _CURRENT_FOLDER:
        return []
    return sorted(set(os.listdir(".")) - _CURRENT_FOLDER["before"] - _TOOL_FOLDERS)


def _fingerprints(folder: Path) -> dict[str, str]:
    import hashlib

    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="session", autouse=True)
def bundled_sample_stays_untouched():
    """Inputs are never modified: the bundled sample and the real files are byte for byte the same after the run."""
    before = {folder: _fingerprints(folder) for folder in (SAMPLE, REAL_DATA)}
    yield
    for folder, digests in before.items():
        after = _fingerprints(folder)
        changed = sorted(name for name in set(digests) | set(after) if digests.get(name) != after.get(name))
        assert not changed, f"the test run modified input files in {folder}: {changed} (copy them to tmp_path first)"


@pytest.fixture(scope="session", autouse=True)
def no_online_checks(qgis_app):
    """Tests reach nothing but 127.0.0.1: the help dock does not probe the real resource centre.
    Tests of the online button turn the check back on against a local server."""
    from qgis.core import QgsSettings

    QgsSettings().setValue("cartong/help/check_online", False)
    yield


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """The bundled sample dataset (read-only: copy before writing beside it)."""
    return SAMPLE


@pytest.fixture(scope="session")
def test_data_dir() -> Path:
    return TEST_DATA


@pytest.fixture(scope="session")
def real_data_dir() -> Path:
    """tests/data/real: real public files written by others, <owner>+<repo>/<path> (see its SOURCES.md).

    Read-only like the sample: copy a file to tmp_path before writing beside it."""
    return REAL_DATA


@pytest.fixture(scope="session")
def postgis():
    """A throw-away PostgreSQL 15 + PostGIS cluster on a Unix socket (tests/postgis_cluster.py),
    stopped and removed at the end of the session whatever happens."""
    from tests.postgis_cluster import PostgisCluster

    cluster = PostgisCluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def checked_survey(qgis_app, qgis_processing, tmp_path_factory) -> Path:
    """The sample imported with cartong:importsurvey and checked with cartong:runchecks (read it, never write)."""
    from qgis.core import QgsApplication

    from cartong_plugin.processing.provider import CartongProvider
    from tests.teams_data import checked_sample

    registry = QgsApplication.processingRegistry()
    if registry.providerById("cartong") is None:
        provider = CartongProvider()
        registry.addProvider(provider)
        _PROVIDERS.append(provider)
    return checked_sample(tmp_path_factory.mktemp("checked"))


@pytest.fixture()
def locked_folder():
    """A folder of its own for a child process that may read it but not write to it (the test sets the
    rights); given back writable and removed at the end."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="cartong_read_only_"))
    os.chmod(folder, 0o755)
    try:
        yield folder
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture()
def sample_copy(tmp_path, sample_dir) -> Path:
    """A writable copy of the sample dataset, so tests can prove inputs stay untouched."""
    target = tmp_path / "sample"
    shutil.copytree(sample_dir, target)
    return target


_PROVIDERS = []  # Python references keep the algorithms' Python side alive


@pytest.fixture()
def cartong_provider(qgis_app, qgis_processing):
    """The plugin's Processing provider, registered unless it already is.

    Plugin load/unload tests remove it, so each test that needs it asks again.
    """
    from qgis.core import QgsApplication

    from cartong_plugin.processing.provider import CartongProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("cartong")
    if provider is None:
        provider = CartongProvider()
        registry.addProvider(provider)
        _PROVIDERS.append(provider)
    return provider


@pytest.fixture()
def collect_cycles():
    """After the test, free what failed runs left in reference cycles (exception, traceback, frames,
    processing context, layouts and their layers): QGIS 3.40 crashes when they are freed after QGIS
    has exited, at the end of the session. Map and count tests use it (``pytestmark``)."""
    yield
    import gc

    gc.collect()


@pytest.fixture()
def no_cartong_provider(qgis_app):
    """Start with no ``cartong`` provider registered, as QGIS does before the plugin loads."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("cartong")
    if existing is not None:
        registry.removeProvider(existing)
        _PROVIDERS.clear()
    yield


@pytest.fixture()
def languages(qgis_app):
    """``languages(plugin, qgis="en_US")``: the plugin's language override ("" for none: it follows QGIS)
    and QGIS's user locale for the rest of the test; both are put back afterwards."""
    from qgis.core import QgsSettings

    from cartong_plugin.core.base.translation import SETTING_LOCALE

    settings = QgsSettings()
    saved = {key: settings.value(key, None) for key in (SETTING_LOCALE, "locale/userLocale")}

    def choose(plugin: str, qgis: str = "en_US") -> None:
        settings.setValue(SETTING_LOCALE, plugin)
        settings.setValue("locale/userLocale", qgis)

    yield choose
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture(scope="module")
def french_i18n(tmp_path_factory):
    """The map strings' French translations (tests/data/maps_fr.ts) compiled to a .qm."""
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        pytest.skip("lrelease (qttools5-dev-tools) is not installed")
    folder = tmp_path_factory.mktemp("i18n")
    ts = TEST_DATA / "maps_fr.ts"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(folder / "cartong_fr.qm")], check=True)
    return folder


@pytest.fixture(scope="session")
def plugin_i18n(tmp_path_factory):
    """Every language's translation (i18n/cartong_<lang>.ts, plus the i18n/pending/*.<lang>.json a
    branch adds before the lead merges them) compiled to cartong_<lang>.qm in a folder of its own."""
    import json
    import sys

    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        pytest.skip("lrelease (qttools5-dev-tools) is not installed")
    sys.path.insert(0, str(REPO / "i18n"))
    try:
        import update_ts
    finally:
        sys.path.pop(0)
    folder = tmp_path_factory.mktemp("plugin_i18n")
    strings = update_ts.extract_strings()
    for ts in sorted((REPO / "i18n").glob("cartong_*.ts")):
        language = ts.stem.split("_", 1)[1]
        messages = update_ts.read_ts(ts)
        for pending in sorted((REPO / "i18n" / "pending").glob(f"*.{language}.json")):
            for source, text in json.loads(pending.read_text(encoding="utf-8")).items():
                messages[source] = (tuple(text) if isinstance(text, list) else text, "")
        update_ts.write_ts(folder / ts.name, language, strings, messages)
        subprocess.run(
            [lrelease, "-silent", str(folder / ts.name), "-qm", str(folder / f"cartong_{language}.qm")], check=True
        )
    return folder


# PyQGIS objects still referenced when the interpreter shuts down (by pytest's own
# unraisable-exception collector among others) are destroyed after QGIS exits, and that
# sometimes segfaults *after* every test has run and been reported. Leave with the real
# status as soon as pytest is done reporting, so a clean run is never turned red at exit.
_EXIT = {}


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    _EXIT["status"] = int(exitstatus)
    leaked = _written_in_current_folder()
    if leaked and not os.environ.get("CARTONG_MUTATION"):
        print(f"\nFAILED: the tests left new files in the current folder {os.getcwd()}: {', '.join(leaked)}")
        _EXIT["status"] = _EXIT["status"] or 1


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    # mutmut (make mutate) runs pytest inside its own forked workers, which must return to report
    if "status" in _EXIT and not os.environ.get("CARTONG_MUTATION"):
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT["status"])
