# SPDX-License-Identifier: GPL-3.0-or-later
"""Export a print layout to PDF (vector, 300 dpi), PNG or SVG, never leaving a half-written file.

The format follows the file extension. The PDF keeps texts as text (searchable, sharp when
printed) and is georeferenced on the main map (ISO 32000), so PDF map apps can show a position on
it. Every format carries the title and author given, taken from the layout's project's metadata,
and nothing else: never the computer account's name that QGIS puts there by default.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from osgeo import gdal
from qgis.core import Qgis, QgsLayoutExporter, QgsPrintLayout

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.safe_files import ensure_inside, sanitise_filename, unique_filename

FORMATS = (".pdf", ".png", ".jpg", ".jpeg", ".svg")
DEFAULT_DPI = 300
LIGHT_MAX_BYTES = 1_000_000  # messaging apps (WhatsApp, Signal) recompress or refuse bigger images
LIGHT_DPIS = (110, 90, 72, 60)
_PAGE_PREFIX = "atlas_page_"


def _set_metadata(layout: QgsPrintLayout, title: str | None, author: str | None) -> None:
    """QGIS writes the project's metadata title and author into the file (PDF, PNG/JPEG text, SVG).

    Always both, empty when not given: a project's author starts as the computer account's full name
    (QgsApplication.userFullName()), which a map shared by e-mail must not carry.
    """
    project = layout.project()
    metadata = project.metadata()
    metadata.setTitle(title or "")
    metadata.setAuthor(author or "")
    project.setMetadata(metadata)


@contextlib.contextmanager
def _project_metadata_kept(layout: QgsPrintLayout, keep: bool):
    """With ``keep``, the layout's project gets its own metadata back after the block: the map's
    title and author go into the file, not into the user's project."""
    if not keep:
        yield
        return
    project = layout.project()
    metadata = project.metadata()
    try:
        yield
    finally:
        project.setMetadata(metadata)


def check_output_path(path, atlas: bool = False, one_file_per_area: bool = False) -> Path:
    """Refuse an output format we cannot write, before any work is done (with
    ``one_file_per_area``, also a folder that cannot be made: see ``check_atlas_folder``)."""
    target = Path(path)
    formats = (".pdf",) if atlas else FORMATS
    if target.suffix.lower() not in formats:
        raise CartongError(
            tr("Cannot export the map to {file}: use a file ending in {formats}.").format(
                file=target, formats=", ".join(formats)
            )
        )
    if atlas and one_file_per_area:
        check_atlas_folder(target.with_suffix(""))
    return target


def check_atlas_folder(folder) -> None:
    """Refuse a folder for the atlas pages whose path (or a parent's) is taken by a file."""
    folder = Path(folder)
    for place in (folder, *folder.parents):
        if place.exists() and not place.is_dir():
            raise CartongError(
                tr(
                    "Cannot write the atlas pages into the folder {folder}: {file} is a file, not a "
                    "folder. Rename or move that file, or choose another map file name."
                ).format(folder=folder, file=place)
            )


def export_layout(
    layout: QgsPrintLayout,
    path,
    dpi: int = DEFAULT_DPI,
    title: str | None = None,
    author: str | None = None,
    feedback=None,
    keep_project_metadata: bool = False,
    georeference: bool = True,
) -> Path:
    """Write ``layout`` to ``path`` (.pdf, .png or .svg) and return the path.

    ``title`` and ``author`` go into the file's metadata (empty when not given). QGIS takes them from
    the metadata of the layout's project: they stay there unless ``keep_project_metadata``, which gives the project
    its own title and author back once the file is written (the user's project is left as it
    was). A failed export leaves any previous file at ``path`` untouched. Without ``georeference`` a PDF
    carries no coordinates (a map drawing households at their true place: ``protection.map_points``).
    """
    target = check_output_path(path)
    suffix = target.suffix.lower()
    exporter = QgsLayoutExporter(layout)
    with _project_metadata_kept(layout, keep_project_metadata), atomic_output(target) as tmp:
        _set_metadata(layout, title, author)
        if suffix == ".pdf":
            pdf = QgsLayoutExporter.PdfExportSettings()
            pdf.dpi = dpi
            pdf.forceVectorOutput = True
            pdf.rasterizeWholeImage = False
            pdf.exportMetadata = True
            pdf.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
            pdf.appendGeoreference = georeference  # the main map's CRS and extent: field apps can locate you
            result = exporter.exportToPdf(tmp, pdf)
        elif suffix in (".png", ".jpg", ".jpeg"):
            image = QgsLayoutExporter.ImageExportSettings()
            image.dpi = dpi
            image.exportMetadata = True  # the title and author given, never the account's name
            # QGIS then tries to georeference the image in place, which GDAL's PNG driver refuses
            # (harmless "ERROR 6" on the console): keep GDAL quiet meanwhile.
            gdal.PushErrorHandler("CPLQuietErrorHandler")
            try:
                result = exporter.exportToImage(tmp, image)
            finally:
                gdal.PopErrorHandler()
        else:
            svg = QgsLayoutExporter.SvgExportSettings()
            svg.dpi = dpi
            svg.forceVectorOutput = True
            svg.exportMetadata = True
            svg.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
            result = exporter.exportToSvg(tmp, svg)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise CartongError(
                tr(
                    "QGIS could not export the map to {file} ({error}): check that the folder "
                    "is writable and the disk not full."
                ).format(file=target, error=exporter.errorMessage() or _result_name(result))
            )
    return target


def export_light_image(layout: QgsPrintLayout, path) -> Path:
    """A JPEG (or PNG) under 1 MB for messaging apps: the highest resolution that stays under it."""
    target = Path(path)
    for dpi in LIGHT_DPIS:
        export_layout(layout, target, dpi=dpi)
        if target.stat().st_size <= LIGHT_MAX_BYTES:
            return target
    return target


def _result_name(result) -> str:
    for name in ("MemoryError", "FileError", "PrintError", "SvgLayerError", "IteratorError", "Canceled"):
        if result == getattr(QgsLayoutExporter.ExportResult, name, None):
            return name
    return str(int(result))


def export_atlas(
    layout: QgsPrintLayout,
    path,
    one_file_per_area: bool = False,
    dpi: int = DEFAULT_DPI,
    title: str | None = None,
    author: str | None = None,
    feedback=None,
    keep_project_metadata: bool = False,
    georeference: bool = True,
) -> list[Path]:
    """Export the layout's atlas as PDF: one multi-page file at ``path``, or one file per area.

    With ``one_file_per_area``, ``path`` is a folder; each file is named by the atlas filename
    expression (P-code and name), made a safe file name that stays in the folder (a code like
    ``../../x`` writes ``x_<name>.pdf`` there). Files appear only when the whole atlas is written.
    ``keep_project_metadata`` and ``georeference`` as for ``export_layout``.
    """
    with _project_metadata_kept(layout, keep_project_metadata):
        return _export_atlas(layout, path, one_file_per_area, dpi, title, author, feedback, georeference)


def _export_atlas(layout, path, one_file_per_area, dpi, title, author, feedback, georeference) -> list[Path]:
    atlas = layout.atlas()
    if not atlas.enabled() or atlas.coverageLayer() is None:
        raise CartongError(tr("This layout has no atlas to export."))
    _set_metadata(layout, title, author)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.forceVectorOutput = True
    settings.rasterizeWholeImage = False
    settings.exportMetadata = True
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    settings.appendGeoreference = georeference  # QGIS's default is True
    # Absolute once, here: QGIS and the renames below would each join a relative folder to the
    # working folder again ("map/map/…"), and the pages would have no place to go.
    target = Path(os.path.abspath(path))
    if not one_file_per_area:
        if target.suffix.lower() != ".pdf":
            raise CartongError(tr("Cannot export the atlas to {file}: use a file ending in .pdf.").format(file=target))
        with atomic_output(target) as tmp:
            result, error = QgsLayoutExporter.exportToPdf(atlas, tmp, settings, feedback)
            _check(result, error, target)
            write_pdf_info(tmp, title, author)
        return [target]
    check_atlas_folder(target)
    made = _missing_folders(target)
    target.mkdir(parents=True, exist_ok=True)
    try:
        return _export_atlas_files(atlas, target, settings, title, author, feedback)
    except BaseException:
        _remove_if_empty(made)  # a failed atlas leaves no empty folder it made behind
        raise


def _missing_folders(folder: Path) -> list[Path]:
    """The folders ``mkdir(parents=True)`` is about to make for ``folder``, deepest first."""
    missing = []
    for place in (folder, *folder.parents):
        if place.exists():
            break
        missing.append(place)
    return missing


def _remove_if_empty(folders: list[Path]) -> None:
    """Remove the folders this export made (deepest first), as long as they are empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:  # not empty (someone else's file) or already gone: left as it is
            return


def _export_atlas_files(atlas, target: Path, settings, title, author, feedback) -> list[Path]:
    """One PDF per atlas page into the existing folder ``target``, all or none."""
    import shutil
    import tempfile

    names = atlas_file_names(atlas)  # before anything is written: a bad name stops nothing half-way
    staging = Path(tempfile.mkdtemp(prefix=".atlas.", dir=target))
    expression = atlas.filenameExpression()
    # QGIS would write each page where the expression says, even "../../x": it writes numbered
    # pages into the staging folder, renamed below to the names made safe.
    atlas.setFilenameExpression(f"'{_PAGE_PREFIX}' || lpad(to_string(@atlas_featurenumber), 6, '0')")
    try:
        result, error = QgsLayoutExporter.exportToPdfs(atlas, str(staging / "page.pdf"), settings, feedback)
        _check(result, error, target)
        pages = [staging / f"{_PAGE_PREFIX}{number:06d}.pdf" for number in range(1, len(names) + 1)]
        if not all(page.is_file() for page in pages):
            raise CartongError(
                tr("QGIS did not write every page of the atlas into {folder}; nothing was kept.").format(folder=target)
            )
        finals = [ensure_inside(target, target / name) for name in names]
        for page in pages:
            write_pdf_info(page, title, author)
        for page, final in zip(pages, finals):
            page.replace(final)
        return finals
    finally:
        atlas.setFilenameExpression(expression)
        shutil.rmtree(staging, ignore_errors=True)


def atlas_file_names(atlas) -> list[str]:
    """The PDF name of each atlas page: its filename expression (P-code and name, from the data)
    made a safe file name (``sanitise_filename``), unique without case, ending in ``.pdf``."""
    names: list[str] = []
    taken: set[str] = set()
    if not atlas.beginRender():
        raise CartongError(tr("This layout has no atlas to export."))
    try:
        for index in range(atlas.count()):
            atlas.seekTo(index)
            stem = sanitise_filename(atlas.currentFilename() or "", default=f"page_{index + 1}")
            names.append(unique_filename(stem + ".pdf", taken))
    finally:
        atlas.endRender()
    return names


def write_pdf_info(path, title: str | None, author: str | None) -> None:
    """Title and author into the PDF's information dictionary (GDAL appends an update).

    QGIS 3.22 writes no metadata into atlas PDFs, whatever exportMetadata says.
    """
    if not title and not author:
        return
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_UPDATE | gdal.OF_RASTER)
        if dataset is None:  # a GDAL without PDF reading: the PDF stays without them
            return
        if title:
            dataset.SetMetadataItem("TITLE", title)
        if author:
            dataset.SetMetadataItem("AUTHOR", author)
        dataset = None  # written on close
    finally:
        gdal.PopErrorHandler()


def _check(result, error: str, target: Path) -> None:
    if result == QgsLayoutExporter.ExportResult.Canceled:  # the user's choice, not a disk or folder fault
        raise CartongError(tr("Cancelled: the atlas was not written."))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise CartongError(
            tr(
                "QGIS could not export the map to {file} ({error}): check that the folder "
                "is writable and the disk not full."
            ).format(file=target, error=error or _result_name(result))
        )
