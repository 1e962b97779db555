# SPDX-License-Identifier: GPL-3.0-or-later
"""Back from the field: the photos and files of the merged rows, copied beside the office GeoPackage.

A row merged from the field (a new submission, an edited one, a repeat row) may link a file in a
``<question>_file`` column: a photo the package carried (``<gpkg stem>_attachments/<uuid>/<name>``, see
``attachments``) or one QField took in the form (``DCIM/<name>``, relative to the GeoPackage's folder as the
form's attachment widget stores it). The links the merge wrote are those of the office copy that differ
from the office file (``merged_links``); each file is copied where a download puts it
(``<office stem>_attachments/<submission uuid>/<name>``) and the row's link follows when the place differs.
A different file already there, whatever the case of its name, is never overwritten: the copy gets a new
name (``name_2.jpg``). A linked
file the package lacks, or a link out of the package's attachment folders (``..``, an absolute path, a
symbolic link), is listed and nothing is copied for it.

The files are copied under hidden temporary names first (``stage``) and renamed into place (``place``)
only once the merged GeoPackage is whole; ``undo`` removes them again if its own rename fails.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr, trn
from ..base.writers import writer_tag
from ..servers.attachments import attachments_dir
from ..servers.records import attachment_link

QFIELD_FOLDER = "DCIM"  # where QField saves a photo taken in the form, under the attachment widget's root
_OWNERS = ("_uuid", "_submission__uuid")


@dataclass
class _Link:
    table: str
    fid: int
    column: str
    link: str
    uuid: str


@dataclass
class ReturnedFiles:
    """The files of the merged rows: staged, placed, and those listed instead of copied."""

    office: Path
    copied: list[str] = field(default_factory=list)  # office-relative paths placed (or to place)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (link from the field, new office link)
    missing: list[str] = field(default_factory=list)  # linked, in neither the package nor the office
    outside: list[str] = field(default_factory=list)  # links that leave the package's attachment folders
    _staged: list[tuple[str, Path]] = field(default_factory=list)  # (temporary file, its place)
    _placed: list[Path] = field(default_factory=list)
    _made: list[Path] = field(default_factory=list)  # folders created for them

    def stage(self, source: Path, target: Path) -> None:
        """Copy ``source`` beside ``target`` under a hidden temporary name (``remove_stale`` knows it)."""
        for folder in reversed([target.parent, *target.parent.parents]):
            if not folder.exists():
                folder.mkdir()
                self._made.append(folder)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.stem}.{writer_tag()}", suffix=".part" + target.suffix, dir=target.parent
        )
        os.close(fd)
        self._staged.append((tmp, target))
        shutil.copyfile(source, tmp)

    def place(self) -> None:
        """Rename the staged copies into place. Their names were free when chosen and the rows link to them:
        a name taken since (another program writing in the folder, or a name differing only in case on a disk
        that does not tell them apart) fails the merge rather than leave a row linking a different file."""
        while self._staged:
            tmp, target = self._staged[0]
            if target.exists() or _same_name(target) is not None:
                raise CartongError(
                    tr(
                        "{file} appeared in {folder} during the merge (another program writing there, or a file "
                        "whose name differs only in upper or lower case): nothing was merged, so that no row links "
                        "to a different file. Run the merge again."
                    ).format(file=target.name, folder=target.parent.relative_to(self.office.parent).as_posix()),
                    path=str(target),
                )
            os.replace(tmp, target)
            self._placed.append(target)
            self._staged.pop(0)

    def discard(self) -> None:
        """Remove the copies still under their temporary names."""
        for tmp, _target in self._staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        self._staged = []

    def undo(self) -> None:
        """The merge failed after ``place``: remove the copies placed and the folders made for them."""
        self.discard()
        for path in self._placed:
            with contextlib.suppress(OSError):
                path.unlink()
        for folder in reversed(self._made):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty
        self._placed, self._made = [], []

    def sentences(self) -> tuple[list[str], list[str]]:
        """(notes, warnings) for the log."""
        notes, warnings = [], []
        folder = attachments_dir(self.office).name
        if self.copied:
            notes.append(
                trn(
                    "%n attachment of the merged rows was copied into {folder}.",
                    "%n attachments of the merged rows were copied into {folder}.",
                    len(self.copied),
                ).format(folder=folder)
            )
        if self.renamed:
            notes.append(
                trn(
                    "%n attachment had the name of a different file already in {folder}: it was copied under a "
                    "new name and its row links to that name: {files}.",
                    "%n attachments had the names of different files already in {folder}: they were copied under "
                    "new names and their rows link to those names: {files}.",
                    len(self.renamed),
                ).format(folder=folder, files=", ".join(f"{old} -> {new}" for old, new in self.renamed))
            )
        if self.missing:
            warnings.append(
                trn(
                    "%n file linked from the merged rows is not in the returned package and was not copied: "
                    "{files}. Copy it from the field laptop (the package's data folder) into the folder of {office}.",
                    "%n files linked from the merged rows are not in the returned package and were not copied: "
                    "{files}. Copy them from the field laptop (the package's data folder) into the folder of {office}.",
                    len(self.missing),
                ).format(files=", ".join(self.missing), office=self.office.name)
            )
        if self.outside:
            warnings.append(
                trn(
                    "%n link of the merged rows points out of the package's attachment folders ({folders}) and was "
                    "not followed: {files}. No file was copied for it.",
                    "%n links of the merged rows point out of the package's attachment folders ({folders}) and were "
                    "not followed: {files}. No file was copied for them.",
                    len(self.outside),
                ).format(files=", ".join(self.outside), folders=f"{folder}, {QFIELD_FOLDER}")
            )
        return notes, warnings


def _link_columns(db, table: str) -> tuple[str | None, str | None, list[str]]:
    """(primary key, owner column, link columns) of ``table``: ``<question>_file`` beside ``<question>``."""
    info = db.execute(f'PRAGMA table_info("{table}")').fetchall()
    columns = [row[1] for row in info]
    key = next((row[1] for row in info if row[5] == 1), None)
    owner = next((c for c in _OWNERS if c in columns), None)
    return key, owner, [c for c in columns if c.endswith("_file") and c[: -len("_file")] in columns]


def _links(gpkg: Path) -> dict[tuple[str, int, str], tuple[str, str]]:
    """(table, fid, column) -> (link, submission uuid) of every link of the survey tables of ``gpkg``."""
    found = {}
    with closing(sqlite3.connect(f"{gpkg.resolve().as_uri()}?mode=ro", uri=True)) as db:
        for (table,) in db.execute("SELECT table_name FROM gpkg_contents").fetchall():
            key, owner, links = _link_columns(db, table)
            if key is None or owner is None or not links or table.startswith("raw_"):
                continue
            names = ", ".join(f'"{c}"' for c in [key, owner, *links])
            for fid, uuid, *paths in db.execute(f'SELECT {names} FROM "{table}"'):
                for column, path in zip(links, paths):
                    if path is not None and str(path).strip():
                        found[(table, fid, column)] = (str(path).strip(), str(uuid or ""))
    return found


def merged_links(office: Path, merged: Path) -> list[_Link]:
    """The links of the merged copy ``merged`` that the office file ``office`` does not hold in that row."""
    before, after = _links(office), _links(merged)
    return [_Link(*key, *value) for key, value in after.items() if before.get(key, (None,))[0] != value[0]]


def package_file(data: Path, link: str, own_folder: str) -> Path | None:
    """The file ``link`` names in the package folder ``data`` when it stays in its attachment folders
    (``own_folder`` or QField's ``DCIM``) without ``..`` nor symbolic link; None when it does not."""
    text = link.replace("\\", "/")
    if PureWindowsPath(link).drive or PurePosixPath(text).is_absolute():
        return None
    parts = [part for part in PurePosixPath(text).parts if part != "."]
    if len(parts) < 2 or ".." in parts or parts[0].lower() not in (own_folder.lower(), QFIELD_FOLDER.lower()):
        return None
    path = data
    for part in parts:
        path = path / part
        if path.is_symlink():
            return None
    return path


def bring_files(office: Path, merged: Path, field_gpkg: Path, found: ReturnedFiles) -> None:
    """Stage into ``found`` the files the merged rows of ``merged`` (the office copy) link to, from the
    package of ``field_gpkg``, and make their links in ``merged`` name where they go (see the module)."""
    data, own = field_gpkg.parent, attachments_dir(field_gpkg).name
    office_folder, office_own = office.parent, attachments_dir(office).name
    # casefolded office place -> (the place, the package file staged there in this merge): IMG.jpg and img.jpg
    # are one file on the disks of macOS and Windows, so a name is taken whatever its case
    chosen: dict[str, tuple[Path, Path]] = {}
    relinks = []
    for link in merged_links(office, merged):
        source = package_file(data, link.link, own)
        if source is None:
            already = package_file(office_folder, link.link, office_own)
            if already is None or not already.is_file():
                found.outside.append(link.link)
            continue
        if not source.is_file():
            already = package_file(office_folder, link.link, office_own)
            if already is None or not already.is_file():
                found.missing.append(link.link)
            continue
        wanted = attachment_link(office_own, link.uuid, source.name)
        target, number = office_folder / wanted, 1
        while True:
            key = target.relative_to(office_folder).as_posix().casefold()
            if key in chosen:
                if filecmp.cmp(chosen[key][1], source, shallow=False):
                    target = chosen[key][0]
                    break
            else:
                existing = _same_name(target)
                if existing is None:
                    found.stage(source, target)
                    chosen[key] = (target, source)
                    found.copied.append(target.relative_to(office_folder).as_posix())
                    break
                if existing.is_file() and filecmp.cmp(existing, source, shallow=False):
                    target = existing  # the office's own file, under its own case
                    break
            number += 1
            target = (office_folder / wanted).with_name(f"{Path(wanted).stem}_{number}{Path(wanted).suffix}")
        new_link = target.relative_to(office_folder).as_posix()
        if new_link != link.link:
            relinks.append((link, new_link))
            if number > 1:
                found.renamed.append((link.link, new_link))
    _relink(merged, relinks)


def _same_name(target: Path) -> Path | None:
    """The entry of ``target``'s folder named as ``target`` whatever the case (``IMG.jpg`` for ``img.jpg``), or None."""
    folder, name = target.parent, target.name.casefold()
    if not folder.is_dir():
        return None
    entry = next((entry for entry in os.listdir(folder) if entry.casefold() == name), None)
    return None if entry is None else folder / entry


@gdal_exceptions()
def _relink(merged: Path, relinks: list) -> None:
    """Write each link's office place into its row of ``merged`` (with OGR: the GeoPackage's triggers
    call its SQL functions)."""
    from osgeo import ogr

    if not relinks:
        return
    ds = ogr.Open(str(merged), 1)
    try:
        for link, new_link in relinks:
            layer = ds.GetLayerByName(link.table)
            feature = layer.GetFeature(link.fid)
            feature.SetField(link.column, new_link)
            layer.SetFeature(feature)
    finally:
        ds = None
