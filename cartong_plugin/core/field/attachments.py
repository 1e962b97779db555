# SPDX-License-Identifier: GPL-3.0-or-later
"""The photos and files a survey GeoPackage links to: which are there to carry, which are missing.

A download with attachments (``core/servers/sync.py``) writes them to ``<gpkg stem>_attachments/
<submission uuid>/<file name>`` beside the GeoPackage, and the ``<question>_file`` columns of the
``survey`` layer hold that path relative to the GeoPackage's folder. Without such columns (an
imported export), the media questions of the form (``form_questions``) and the submission's
``_uuid`` give the same expected path. Every path is checked to stay inside the survey's folder.
Files of the attachments folder that no remaining row links to (a submission deleted since, consent
withdrawn) are listed apart, so that they are never carried along.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..base.gdal_errors import gdal_exceptions
from ..servers.attachments import attachments_dir
from ..servers.records import attachment_link
from ..survey.column_names import MEDIA_TYPES


@dataclass
class Attachments:
    """Files linked from a survey: ``present`` and ``missing`` as paths relative to its folder."""

    present: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    # in the attachments folder, linked from no row: a deleted submission's photo, never packaged
    extra: list[str] = field(default_factory=list)


def _inside(folder: Path, relative: str) -> Path | None:
    """``folder / relative`` when it stays inside ``folder`` (no ``..``, no absolute path)."""
    root = folder.resolve()
    target = (root / relative).resolve()
    return target if root in target.parents else None


@gdal_exceptions()
def _expected_links(gpkg: Path) -> list[str]:
    """Relative paths the survey links to, read with OGR in read-only mode (the file is not touched)."""
    from osgeo import gdal

    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
    links: list[str] = []
    survey = ds.GetLayerByName("survey")
    if survey is None:
        return links
    defn = survey.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    file_columns = [n for n in names if n.endswith("_file")]
    media = []
    questions = ds.GetLayerByName("form_questions")
    if questions is not None and "_uuid" in names:
        media = sorted({f.GetField("name") for f in questions if f.GetField("type") in MEDIA_TYPES} & set(names))
        media = [m for m in media if f"{m}_file" not in file_columns]
    folder_name = attachments_dir(gpkg).name
    for feature in survey:
        for column in file_columns:
            if feature.IsFieldSetAndNotNull(column) and feature.GetFieldAsString(column).strip():
                links.append(feature.GetFieldAsString(column).strip())
        for column in media:
            value = feature.GetFieldAsString(column).strip() if feature.IsFieldSetAndNotNull(column) else ""
            if value and feature.IsFieldSetAndNotNull("_uuid"):
                links.append(attachment_link(folder_name, feature.GetFieldAsString("_uuid"), value))
    ds = None
    return list(dict.fromkeys(links))


def linked_files(gpkg) -> list[str]:
    """The paths (relative, with /) the survey of ``gpkg`` links to, whether or not the files are there."""
    return [Path(link).as_posix() for link in _expected_links(Path(gpkg))]


def find_attachments(gpkg) -> Attachments:
    """The attachments of the survey GeoPackage ``gpkg``: present, missing, and unlinked files of its folder."""
    gpkg = Path(gpkg)
    folder = gpkg.parent
    found = Attachments()
    for link in _expected_links(gpkg):
        target = _inside(folder, link)
        if target is not None and target.is_file():
            found.present.append(Path(link).as_posix())
        else:
            found.missing.append(link)
    own = attachments_dir(gpkg)
    if own.is_dir():
        linked = set(found.present)
        for path in sorted(own.rglob("*")):
            relative = path.relative_to(folder).as_posix()
            if path.is_file() and not path.is_symlink() and relative not in linked:
                found.extra.append(relative)
    return found
