# SPDX-License-Identifier: GPL-3.0-or-later
"""The field package: everything a partner needs to work offline, in one folder and one zip.

``<output>/<name>/`` holds ``<name>.qgz`` (the project, relative paths), ``data/`` (the survey
GeoPackages with their base snapshot and attachments, ``admin_boundaries.gpkg``), ``basemap/``
(the offline MBTiles or the vector background), ``styles/`` (a QML per layer), ``layouts/`` (the print
templates), ``help/`` (the offline help in the user's language and the learning catalogue) and
``manifest.json`` (size and sha256 of every other file, and the time zone of the field laptops: the one
chosen, by default the zone of the computer that prepared it; see ``field_times``). ``<output>/<name>.zip``
holds the same folder.

The output folder must be empty or new; everything is built in a hidden folder inside it and
renamed when complete, the zip is written atomically, nothing is written anywhere else and the
inputs are only read. A survey GeoPackage is copied afresh (``VACUUM INTO``, read-only): the bytes of
rows deleted at the office stay behind, and so do the photos no remaining submission links to. Unless
the user includes it, the personal data at high risk stays at the office too (``personal``: columns,
raw tables, their decisions and photos), and the manifest says what was left out.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..base.atomic import atomic_output, disk_is_full, low_space, no_space_error
from ..base.errors import CartongError, os_reason
from ..base.i18n import tr, trn
from ..base.paths import resources_dir
from ..base.safe_files import file_sha256, sanitise_filename
from ..base.writers import remove_stale, writer_tag
from ..servers.geopackage import copy_geopackage, copy_geopackage_live_rows, utc_now
from .attachments import find_attachments, linked_files
from .basemap import DEFAULT_MAX_TILES, KIND_VECTOR, BasemapResult, build_offline_basemap, write_vector_background
from .field_times import field_time_zone, zone_sentence
from .personal import PersonalData, find_personal_data, leave_out
from .snapshot import write_base

MANIFEST = "manifest.json"
FORMAT_VERSION = 1
BOUNDARIES = "admin_boundaries.gpkg"
_STORED = (".mbtiles", ".jpg", ".jpeg", ".png", ".zip", ".qgz")  # already compressed: stored as they are


@dataclass
class PackageOptions:
    """What goes into a field package (see prepare_field_package)."""

    surveys: list
    boundaries: str | Path | None = None  # a GeoPackage file
    basemap_source: str = ""
    extent: object = None  # QgsRectangle in EPSG:4326; None: the surveys' and boundaries' extent
    zoom_min: int = 5
    zoom_max: int = 12
    max_tiles: int = DEFAULT_MAX_TILES
    language: str = "en"
    name: str = "field_package"
    time_zone: str = ""  # IANA name of the field laptops' zone (Africa/Bangui); empty: this computer's
    include_personal_data: bool = False  # the user's deliberate choice: high-risk columns and raw tables too


@dataclass
class PackageReport:
    folder: Path
    zip: Path
    manifest: Path
    files: int
    bytes: int
    basemap: BasemapResult | None
    missing_attachments: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0
    # files of a survey's attachments folder that no remaining submission links to: not packaged
    unlinked_attachments: dict[str, list[str]] = field(default_factory=dict)
    personal: PersonalData = field(default_factory=PersonalData)  # carried or left out (``personal``)


def _check_inputs(options: PackageOptions, output: Path) -> list[Path]:
    if output.is_dir():  # what a killed earlier run left (hidden, its writer gone) is not the user's: removed
        remove_stale(output)
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise CartongError(
            tr(
                "The output folder {folder} is not empty: choose an empty or new folder, so that "
                "nothing already there is replaced."
            ).format(folder=str(output)),
            path=str(output),
        )
    surveys = [Path(p) for p in options.surveys]
    if not surveys:
        raise CartongError(tr("Choose at least one survey GeoPackage for the field package."))
    stems = set()
    for survey in surveys:
        if not survey.is_file() or survey.suffix.lower() != ".gpkg":
            raise CartongError(
                tr("The survey GeoPackage {file} does not exist or is not a .gpkg file.").format(file=str(survey)),
                path=str(survey),
            )
        if survey.stem.lower() in stems or survey.name.lower() == BOUNDARIES:
            raise CartongError(
                tr("Two survey GeoPackages are named {file}: rename one, the package keeps one folder of data.").format(
                    file=survey.name
                ),
                path=str(survey),
            )
        stems.add(survey.stem.lower())
    if options.boundaries and not Path(options.boundaries).is_file():
        raise CartongError(
            tr("The admin boundaries {file} do not exist.").format(file=str(options.boundaries)),
            path=str(options.boundaries),
        )
    return surveys


def _write_error(output: Path, err: OSError) -> CartongError:
    if disk_is_full(err):
        return no_space_error(output, err)
    return CartongError(
        tr(
            "The field package cannot be written into {folder}: the folder cannot be written to ({reason}). "
            "Choose a folder you can write to."
        ).format(folder=str(output), reason=os_reason(err)),
        path=str(output),
    )


def _copy_boundaries(source: Path, target: Path) -> None:
    """The admin boundaries as the package's GeoPackage: a GeoPackage is copied as it is (every table); a
    shapefile or GeoJSON (a COD-AB as downloaded, loaded in the project) is written into one, in EPSG:4326."""
    if source.suffix.lower() == ".gpkg":
        copy_geopackage(source, target)
        return
    from osgeo import gdal

    from ..base.gdal_errors import gdal_exceptions

    try:
        with gdal_exceptions():
            gdal.VectorTranslate(
                str(target), str(source), format="GPKG", dstSRS="EPSG:4326", geometryType="PROMOTE_TO_MULTI"
            )
    except RuntimeError as err:
        raise CartongError(
            tr("The admin boundaries {file} cannot be read.").format(file=source.name), path=str(source)
        ) from err


def _check_cancel(feedback) -> None:
    if feedback.isCanceled():
        raise CartongError(tr("Cancelled: no field package was written."))


def prepare_field_package(options: PackageOptions, output, feedback=None) -> PackageReport:
    """Build the field package of ``options`` in the folder ``output`` (empty or new).

    CartongError (nothing left in ``output``) when an input is missing, the folder is not empty,
    the basemap passes its cap, or the user cancels.
    """
    from qgis.core import QgsProcessingFeedback, QgsProcessingMultiStepFeedback

    started = time.perf_counter()
    feedback = feedback or QgsProcessingFeedback()
    output = Path(output)
    surveys = _check_inputs(options, output)
    # the field laptops' zone: their date-times without a zone are read in it at the merge (refused before
    # anything is written when unknown)
    zone = field_time_zone(options.time_zone)
    feedback.pushInfo(zone_sentence(zone))
    name = sanitise_filename(options.name or "field_package", "field_package")
    created = not output.exists()
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _write_error(output, err) from err
    staging = output / f".{name}.{writer_tag()}x.part"  # its writer named: removed by a later run if killed
    final, archive = output / name, output / f"{name}.zip"
    steps = QgsProcessingMultiStepFeedback(5, feedback)
    try:
        staging.mkdir()
        (staging / "data").mkdir()
        personal = PersonalData(options.include_personal_data)
        missing, unlinked = _copy_surveys(surveys, staging / "data", zone, steps, personal)
        boundaries = None
        if options.boundaries:
            boundaries = staging / "data" / BOUNDARIES
            _copy_boundaries(Path(options.boundaries), boundaries)
        _check_cancel(feedback)
        steps.setCurrentStep(1)
        basemap = _basemap(options, staging, boundaries, steps)
        _check_cancel(feedback)
        steps.setCurrentStep(2)
        _copy_resources(staging, options.language)
        from .project import write_field_project

        write_field_project(staging / f"{name}.qgz", staging, basemap, boundaries, name)
        _check_cancel(feedback)
        steps.setCurrentStep(3)
        manifest = write_manifest(
            staging,
            {
                "package": name,
                "created": utc_now(),
                "format": FORMAT_VERSION,
                "language": options.language,
                "time_zone": zone,
                "surveys": [f"data/{s.name}" for s in surveys],
                "basemap": {
                    "kind": basemap.kind,
                    "file": basemap.path.relative_to(staging).as_posix(),
                    "tiles": basemap.tiles,
                    "reason": basemap.reason,
                },
                "missing_attachments": missing,
                # how many, not which: their names may name the people who withdrew
                "unlinked_attachments_not_packaged": {name: len(paths) for name, paths in unlinked.items()},
                "personal_data": personal.manifest(),
            },
        )
        steps.setCurrentStep(4)
        _zip_folder(staging, archive, name, steps)
        _check_cancel(feedback)
        staging.rename(final)
    except BaseException as err:
        shutil.rmtree(staging, ignore_errors=True)
        if archive.exists() and not final.exists():
            archive.unlink()
        if created and output.is_dir() and not any(output.iterdir()):
            output.rmdir()
        if isinstance(err, (OSError, RuntimeError, sqlite3.Error)) and (disk_is_full(err) or low_space(output)):
            raise no_space_error(final, err) from err
        if isinstance(err, OSError) and not isinstance(err, FileNotFoundError):
            raise _write_error(output, err) from err
        raise
    basemap.path = final / basemap.path.relative_to(staging)
    files = manifest["files"]
    notes, warnings = personal.sentences()
    for sentence in notes:
        feedback.pushInfo(sentence)
    for sentence in warnings:
        feedback.pushWarning(sentence)
    for survey_name, paths in missing.items():
        feedback.pushWarning(
            trn(
                "%n attachment of {file} is missing and not in the package: {files}",
                "%n attachments of {file} are missing and not in the package: {files}",
                len(paths),
            ).format(file=survey_name, files=", ".join(paths[:10]))
        )
    for survey_name, paths in unlinked.items():
        feedback.pushWarning(
            trn(
                "%n file of the attachments folder of {file} belongs to no remaining submission (deleted "
                "since?) and was not packaged: {files}",
                "%n files of the attachments folder of {file} belong to no remaining submission (deleted "
                "since?) and were not packaged: {files}",
                len(paths),
            ).format(file=survey_name, files=", ".join(paths[:10]))
        )
    return PackageReport(
        final,
        archive,
        final / MANIFEST,
        len(files),
        sum(f["size"] for f in files),
        basemap,
        missing,
        time.perf_counter() - started,
        unlinked,
        personal,
    )


def _copy_surveys(
    surveys: list[Path], data: Path, zone: dict, feedback, personal: PersonalData
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Copy each survey GeoPackage (live rows only; without its personal data at high risk unless
    ``personal.included``, which records what it holds) with the attachments its rows link to; store its
    base (with the time ``zone`` of the field laptops and what was left out).

    Returns the missing attachments and the unlinked files left out, by survey.
    """
    missing, unlinked = {}, {}
    for number, survey in enumerate(surveys):
        target = data / survey.name
        copy_geopackage_live_rows(survey, target)
        found_personal = personal.surveys[survey.name] = find_personal_data(survey, feedback)
        if not personal.included:
            leave_out(target, found_personal)
        left = None if personal.included else found_personal.record(False)["left_out"]
        write_base(target, zone, left)
        found = find_attachments(survey)
        if not personal.included and found_personal.columns:  # the photos of the columns left out stay too
            kept = set(linked_files(target))
            found_personal.attachments = sum(
                Path(link).as_posix() not in kept for link in found.present + found.missing
            )
            found.present = [link for link in found.present if link in kept]
            found.missing = [link for link in found.missing if Path(link).as_posix() in kept]
        for relative in found.present:
            destination = data / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(survey.parent / relative, destination)
        if found.missing:
            missing[survey.name] = found.missing
        if found.extra:
            unlinked[survey.name] = found.extra
        feedback.setProgress(100 * (number + 1) / len(surveys))
    return missing, unlinked


def survey_extent(staging: Path, boundaries: Path | None = None):
    """The extent (EPSG:4326), 5 % larger, of the admin boundaries when given, else of every layer with
    geometry under ``staging/data`` (survey points alone may hold wrong GPS fixes far away)."""
    return geopackages_extent([boundaries] if boundaries is not None else sorted((staging / "data").glob("*.gpkg")))


def geopackages_extent(geopackages):
    """The extent (EPSG:4326), 5 % larger, of the layers with geometry of ``geopackages``."""
    from osgeo import ogr
    from qgis.core import QgsRectangle

    from ..base.qgis_compat import null_rectangle

    extent = null_rectangle()
    for gpkg in geopackages:
        ds = ogr.Open(str(gpkg))
        for index in range(ds.GetLayerCount()):
            layer = ds.GetLayer(index)
            if layer.GetGeomType() == ogr.wkbNone or layer.GetFeatureCount() == 0:
                continue
            srs = layer.GetSpatialRef()
            if srs is None or srs.GetAuthorityCode(None) != "4326":
                continue  # the toolkit writes EPSG:4326; other layers do not decide the area
            minx, maxx, miny, maxy = layer.GetExtent()
            extent.combineExtentWith(QgsRectangle(minx, miny, maxx, maxy))
        ds = None
    if extent.isEmpty():
        raise CartongError(
            tr(
                "The surveys and boundaries have no location to take the area from: give the area "
                "of the offline basemap."
            )
        )
    return extent.buffered(max(extent.width(), extent.height()) * 0.05)


def _basemap(options: PackageOptions, staging: Path, boundaries, feedback) -> BasemapResult:
    extent = options.extent if options.extent is not None else survey_extent(staging, boundaries)
    folder = staging / "basemap"
    folder.mkdir()
    if options.basemap_source:
        return build_offline_basemap(
            options.basemap_source,
            extent,
            folder / "basemap.mbtiles",
            options.zoom_min,
            options.zoom_max,
            max_tiles=options.max_tiles,
            feedback=feedback,
        )
    from .basemap import estimate_tiles

    reason = tr("No basemap source was given.")
    feedback.pushWarning(
        reason + " " + tr("The offline background is a vector map of the countries and admin boundaries.")
    )
    path = folder / "background.gpkg"
    layers = write_vector_background(path, extent)
    return BasemapResult(path, KIND_VECTOR, 0, estimate_tiles(extent, 0, 0), reason, layers)


def _copy_resources(staging: Path, language: str) -> None:
    """Print templates, the offline help in ``language`` (English when it has none) and the catalogue."""
    layouts = staging / "layouts"
    layouts.mkdir()
    for template in sorted((resources_dir() / "layouts").glob("*.qpt")):
        shutil.copy2(template, layouts / template.name)
    help_source = resources_dir() / "help"
    code = (language or "en").split("_")[0].lower()
    code = code if (help_source / code).is_dir() else "en"
    target = staging / "help"
    shutil.copytree(help_source / code, target / code)
    if (help_source / "images").is_dir():
        shutil.copytree(help_source / "images", target / "images")
    for name in ("help.css", "catalogue.json", "exercises.json"):
        if (help_source / name).is_file():
            shutil.copy2(help_source / name, target / name)


def write_manifest(folder: Path, info: dict) -> dict:
    """Write ``folder/manifest.json``: ``info`` and {path, size, sha256} of every other file."""
    files = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        if relative != MANIFEST:
            files.append({"path": relative, "size": path.stat().st_size, "sha256": file_sha256(path)})
    manifest = dict(info, files=files)
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def verify_manifest(folder) -> list[str]:
    """Files of a package folder that are missing or differ from its manifest (relative paths)."""
    folder = Path(folder)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    bad = []
    for entry in manifest["files"]:
        path = folder / entry["path"]
        if not path.is_file() or path.stat().st_size != entry["size"] or file_sha256(path) != entry["sha256"]:
            bad.append(entry["path"])
    return bad


def _zip_folder(folder: Path, archive: Path, name: str, feedback) -> None:
    paths = sorted(p for p in folder.rglob("*") if p.is_file())
    with atomic_output(archive) as tmp, zipfile.ZipFile(tmp, "w") as out:
        for number, path in enumerate(paths):
            stored = path.suffix.lower() in _STORED
            out.write(
                path,
                f"{name}/{path.relative_to(folder).as_posix()}",
                compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED,
            )
            feedback.setProgress(100 * (number + 1) / max(len(paths), 1))
            if feedback.isCanceled():
                raise CartongError(tr("Cancelled: no field package was written."))
