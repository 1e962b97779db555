#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the release the QGIS plugin repository accepts, and a ``plugins.xml`` to serve it yourself.

``make release`` writes into ``dist/``:
* ``cartong_plugin.<version>.zip``: the zip of ``package_plugin.py`` whose ``metadata.txt`` carries the
  version and changelog of the newest ``CHANGELOG.md`` sections (read with ``qgis-plugin-ci``'s
  Keep-a-Changelog parser), checked against the repository's rules (``validate``);
* ``plugins.xml``: a QGIS plugin repository listing that zip. Put both in a web folder or a shared
  drive and add its ``plugins.xml`` URL (``https://...`` or ``file:///...``) in *Plugins ▸ Settings ▸
  Plugin repositories*: a field office then installs and updates the toolkit without the internet.

Usage: release.py [--output-dir dist] [--base-url URL]   (default URL: the output folder as file://)
"""

from __future__ import annotations

import argparse
import configparser
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from package_plugin import PLUGIN, REPO, build_translations, plugin_files, write_zip  # noqa: E402

# The QGIS plugin repository's rules (plugins.qgis.org "Publish" page and its upload validator).
REQUIRED_METADATA = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
    "icon",
)
MAX_ZIP_BYTES = 25 * 1024 * 1024
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".so", ".dll", ".dylib", ".pyd", ".exe", ".bat", ".sh", ".bin")
FORBIDDEN_PARTS = ("__pycache__", ".git", "__MACOSX")
VERSION = re.compile(r"^\d+\.\d+\.\d+$")
CHANGELOG_SECTIONS = 3  # how many versions the metadata's changelog shows


def changelog(repo: Path = REPO) -> tuple[str, str]:
    """(newest version, changelog text for metadata.txt) from ``CHANGELOG.md``."""
    from qgispluginci.changelog import ChangelogParser

    if not ChangelogParser.has_changelog(repo):
        raise SystemExit("CHANGELOG.md is missing")
    parser = ChangelogParser(parent_folder=repo)
    return parser.latest_version(), parser.last_items(CHANGELOG_SECTIONS).strip("\n")


def release_metadata(version: str, notes: str, repo: Path = REPO) -> str:
    """metadata.txt with ``version`` and ``changelog`` replaced (everything else as in the repository)."""
    text = (repo / "metadata.txt").read_text(encoding="utf-8")
    text = re.sub(r"^version=.*$", f"version={version}", text, count=1, flags=re.MULTILINE)
    body = "\n".join("    " + line.strip() if line.strip() else "" for line in notes.splitlines())
    text = re.sub(r"^changelog=.*?(?=^\S|\Z)", f"changelog=\n{body}\n", text, count=1, flags=re.MULTILINE | re.DOTALL)
    return text


def read_metadata(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive (qgisMinimumVersion)
    parser.read_string(text)
    return dict(parser["general"])


def validate(zip_path: Path) -> list[str]:
    """What the QGIS plugin repository would refuse in ``zip_path`` (empty when it is accepted)."""
    problems = []
    if zip_path.stat().st_size > MAX_ZIP_BYTES:
        problems.append(f"{zip_path.name} is {zip_path.stat().st_size / 2**20:.1f} MiB (limit 25 MiB)")
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        tops = {name.split("/")[0] for name in names}
        if tops != {PLUGIN}:
            problems.append(f"the zip must hold one folder {PLUGIN}/, not {sorted(tops)}")
        for name in names:
            if any(part in FORBIDDEN_PARTS for part in name.split("/")) or name.endswith(FORBIDDEN_SUFFIXES):
                problems.append(f"not allowed in a plugin: {name}")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{PLUGIN}/{required}" not in names:
                problems.append(f"{required} is missing")
        if problems:
            return problems
        metadata = read_metadata(archive.read(f"{PLUGIN}/metadata.txt").decode("utf-8"))
        for key in REQUIRED_METADATA:
            if not metadata.get(key, "").strip():
                problems.append(f"metadata.txt has no {key}")
        if not VERSION.match(metadata.get("version", "")):
            problems.append(f"version {metadata.get('version')!r} is not MAJOR.MINOR.PATCH")
        if metadata.get("icon") and f"{PLUGIN}/{metadata['icon']}" not in names:
            problems.append(f"the icon {metadata['icon']} is not in the zip")
        if not metadata.get("changelog", "").strip():
            problems.append("metadata.txt has no changelog")
        if "GNU GENERAL PUBLIC LICENSE" not in archive.read(f"{PLUGIN}/LICENSE").decode("utf-8", "replace"):
            problems.append("LICENSE is not the GPL (the repository accepts GPL-compatible plugins only)")
    return problems


def plugins_xml(zip_path: Path, metadata: dict[str, str], download_url: str) -> str:
    """A QGIS plugin repository listing (the format of plugins.qgis.org/plugins/plugins.xml)."""
    root = ET.Element("plugins")
    plugin = ET.SubElement(root, "pyqgis_plugin", name=metadata["name"], version=metadata["version"], plugin_id=PLUGIN)
    fields = {
        "description": metadata["description"],
        "about": metadata["about"],
        "version": metadata["version"],
        "qgis_minimum_version": metadata["qgisMinimumVersion"],
        "qgis_maximum_version": metadata.get("qgisMaximumVersion", ""),
        "homepage": metadata.get("homepage", ""),
        "file_name": zip_path.name,
        "icon": "",
        "author_name": metadata["author"],
        "download_url": download_url,
        "uploaded_by": metadata["author"],
        "create_date": date.today().isoformat(),
        "update_date": date.today().isoformat(),
        "experimental": metadata.get("experimental", "False"),
        "deprecated": metadata.get("deprecated", "False"),
        "tracker": metadata.get("tracker", ""),
        "repository": metadata.get("repository", ""),
        "tags": metadata.get("tags", ""),
        "server": metadata.get("server", "False"),
        "supports_qt6": metadata.get("supportsQt6", "False"),
    }
    for key, value in fields.items():
        ET.SubElement(plugin, key).text = value
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def build_release(output_dir: Path, base_url: str | None = None, repo: Path = REPO) -> tuple[Path, Path]:
    version, notes = changelog(repo)
    files = plugin_files(repo)
    output_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        metadata_text = release_metadata(version, notes, repo)
        (Path(tmp) / "metadata.txt").write_text(metadata_text, encoding="utf-8")
        files[f"{PLUGIN}/metadata.txt"] = Path(tmp) / "metadata.txt"
        zip_path = output_dir / f"{PLUGIN}.{version}.zip"
        write_zip(files, zip_path)
    problems = validate(zip_path)
    if problems:
        zip_path.unlink()
        raise SystemExit("The release would be refused:\n  " + "\n  ".join(problems))
    base = base_url or output_dir.resolve().as_uri()
    xml_path = output_dir / "plugins.xml"
    xml_path.write_text(
        plugins_xml(zip_path, read_metadata(metadata_text), f"{base.rstrip('/')}/{zip_path.name}"), encoding="utf-8"
    )
    return zip_path, xml_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=REPO / "dist")
    parser.add_argument("--base-url", help="where the zip will be served (default: the output folder, file://)")
    parser.add_argument("--skip-translations", action="store_true")
    args = parser.parse_args(argv)
    if not args.skip_translations:
        build_translations()
    zip_path, xml_path = build_release(args.output_dir, args.base_url)
    print(f"{zip_path}: accepted by the plugin repository's rules; {xml_path} lists it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
