#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the zip that installs through QGIS's Plugins > Install from ZIP.

Layout inside the zip: one folder ``cartong_plugin/`` holding the Python package, ``metadata.txt``,
``LICENSE``, ``resources/`` (less the scripts that generate it) and the compiled translations
``i18n/*.qm`` (``core/base/paths.py`` looks for resources and translations inside the package first).
The archive is deterministic: sorted entries, fixed timestamps and permissions, so two builds of
the same tree are byte-identical.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PLUGIN = "cartong_plugin"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip can hold
# Never shipped: byte code, editor and OS litter, tests, benchmark outputs.
EXCLUDED_DIRS = {
    "__pycache__",
    "tests",
    "test",
    ".pytest_cache",
    ".ruff_cache",
    "bench",
    "bench_out",
    "benchmarks",
    "screenshots",
}  # README pictures: not needed inside QGIS
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".orig", ".rej", ".swp", ".tmp"}
EXCLUDED_NAMES = {".DS_Store", "Thumbs.db", ".gitignore", ".gitkeep"}
LARGE_FILE_BYTES = 10 * 1024 * 1024  # worth a warning: every user downloads it with the plugin


def _wanted(relative: Path) -> bool:
    return (
        not EXCLUDED_DIRS.intersection(relative.parts)
        and relative.suffix not in EXCLUDED_SUFFIXES
        and relative.name not in EXCLUDED_NAMES
        and not relative.name.startswith("~$")  # Office lock files
    )


def _tree(root: Path, top: Path) -> dict[str, Path]:
    """Every wanted file under ``top``, keyed by its path relative to ``root`` (POSIX separators)."""
    if not top.is_dir():
        return {}
    return {p.relative_to(root).as_posix(): p for p in top.rglob("*") if p.is_file() and _wanted(p.relative_to(root))}


def plugin_files(repo: Path = REPO) -> dict[str, Path]:
    """Map of archive path (``cartong_plugin/...``) to source file."""
    files: dict[str, Path] = {}
    for rel, path in _tree(repo, repo / PLUGIN).items():
        files[rel] = path
    for rel, path in _tree(repo, repo / "resources").items():
        if not rel.endswith(".py"):  # generators of the sample data and templates are not plugin code
            files[f"{PLUGIN}/{rel}"] = path
    for qm in sorted((repo / "i18n").glob("*.qm")):
        files[f"{PLUGIN}/i18n/{qm.name}"] = qm
    for name in ("metadata.txt", "LICENSE"):
        if not (repo / name).is_file():
            raise SystemExit(f"{name} is missing at the top of the repository")
        files[f"{PLUGIN}/{name}"] = repo / name
    return files


def _directories(names: list[str]) -> list[str]:
    dirs = set()
    for name in names:
        parts = name.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            dirs.add("/".join(parts[:i]) + "/")
    return sorted(dirs)


def write_zip(files: dict[str, Path], output: Path) -> None:
    """Write ``files`` into ``output`` deterministically, via a temporary file renamed at the end."""
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cartong_plugin-", suffix=".zip", dir=output.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for name in sorted(_directories(list(files)) + list(files)):
                info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
                info.create_system = 3  # Unix, so that the permission bits below are honoured
                if name.endswith("/"):
                    info.external_attr = (0o40755 << 16) | 0x10
                    archive.writestr(info, b"")
                else:
                    info.external_attr = 0o100644 << 16
                    info.compress_type = zipfile.ZIP_DEFLATED
                    archive.writestr(info, files[name].read_bytes())
        os.replace(tmp, output)
    except BaseException:
        os.unlink(tmp)
        raise


def build_translations(repo: Path = REPO) -> None:
    subprocess.run([sys.executable, str(repo / "i18n" / "build_qm.py")], check=True, cwd=repo)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "dist" / f"{PLUGIN}.zip")
    parser.add_argument("--skip-translations", action="store_true", help="do not run i18n/build_qm.py first")
    args = parser.parse_args(argv)
    if not args.skip_translations:
        build_translations()
    files = plugin_files()
    for name, path in sorted(files.items()):
        if path.stat().st_size > LARGE_FILE_BYTES:
            print(f"warning: {name} is {path.stat().st_size / 2**20:.0f} MiB", file=sys.stderr)
    write_zip(files, args.output)
    size_kib = args.output.stat().st_size / 1024
    print(f"{args.output}: {len(files)} files, {size_kib:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
