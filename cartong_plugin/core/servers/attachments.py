# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments of a download: where they are saved and how the survey layer opens them.

``attachments_dir`` is the folder beside the GeoPackage (``<gpkg stem>_attachments/``);
``saved_attachment_names`` and ``attachment_rows`` give the file each answer links to (Kobo stores a file
under a cleaned name, the answer keeps the phone's; two answers naming the same file each get their own);
``links_to_nothing`` finds the links whose file is not there;
``link_attachments`` stores in the GeoPackage a default style whose attribute form opens each
``<question>_file`` from that folder (an ExternalResource editor widget with relative paths).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from ..base.i18n import tr, trn
from .geopackage import utc_now


def attachments_dir(gpkg: Path) -> Path:
    """``<gpkg stem>_attachments/`` beside the GeoPackage."""
    gpkg = Path(gpkg)
    return gpkg.with_name(f"{gpkg.stem}_attachments")


def missing_attachments_sentence(missing: list[tuple[str, str, str]]) -> str:
    """What the user is told of the attachments a download skipped ((uuid, file, reason) each): their
    names and how to fetch them later; '' when none was skipped."""
    if not missing:
        return ""
    return trn(
        "%n attachment could not be downloaded and was skipped: {files}. The "
        "submissions are all in the GeoPackage; to fetch the file later, run the download "
        "again into this GeoPackage with Update and attachments ticked.",
        "%n attachments could not be downloaded and were skipped: {files}. The "
        "submissions are all in the GeoPackage; to fetch the files later, run the download "
        "again into this GeoPackage with Update and attachments ticked.",
        len(missing),
    ).format(files=", ".join(name for _, name, _ in missing))


def kobo_attachment_name(attachment: dict) -> str | None:
    """The file name of one item of a Kobo submission's ``_attachments`` (None without a link to it)."""
    url = attachment.get("download_url") or attachment.get("download_large_url")
    if not url:
        return None
    path = urlsplit(url).path if isinstance(url, str) else ""  # a number or an object: skipped, named by its file
    return str(attachment.get("filename") or path).replace("\\", "/").rsplit("/", 1)[-1]


def valid_filename(name: str) -> str:
    """``name`` cleaned as Kobo (Django's ``get_valid_filename``) stores an upload: spaces become ``_``,
    anything but letters, digits, ``-``, ``_`` and ``.`` goes (``Photo (1).jpg`` -> ``Photo_1.jpg``)."""
    return re.sub(r"(?u)[^-\w.]", "", str(name).strip().replace(" ", "_"))


def saved_attachment_names(record: dict) -> dict[tuple[str, str], list[str]]:
    """(question path, answer) of a Kobo ``record`` -> the names its ``_attachments`` are saved under
    (``records.attachment_file_name``, in the order ``KoboClient.download_attachments`` saves them), one per
    answer in the order of the attachments (``attachment_rows`` gives each answer its own).

    The answer keeps the name the phone gave (``Photo point d'eau (1).jpg``), the file is stored cleaned
    (``Photo_point_deau_1.jpg``, or ``..._AbC1234.jpg`` when the name was taken: two photo questions whose
    answers are both ``image.jpg``, as iOS names every photo taken in a browser): each attachment goes with
    an answer of its own question (``question_xpath``), among several (a repeat) one whose cleaned name it
    has. The key ``("\0", cleaned name)`` finds it from an answer alone (no ``question_xpath``)."""
    from .records import attachment_file_name

    taken: set[str] = set()
    names: dict[tuple[str, str], list[str]] = {}
    for attachment in record.get("_attachments") or []:
        stored = kobo_attachment_name(attachment) if isinstance(attachment, dict) else None
        if stored is None:
            continue
        saved = attachment_file_name(stored, taken)
        cleaned = valid_filename(stored)
        question = str(attachment.get("question_xpath") or "")
        answers = [a for a in _answers(record, question) if isinstance(a, str) and a]
        stem = cleaned.rsplit(".", 1)[0]
        exact = [a for a in answers if valid_filename(a) == cleaned]
        suffixed = [a for a in answers if stem.startswith(valid_filename(a).rsplit(".", 1)[0] + "_")]
        candidates = exact or suffixed or (answers if len(set(answers)) == 1 else [])
        # the first answer that has fewer files than rows answering it (two rows may answer the same name)
        free = [a for a in candidates if len(names.get((question, a), [])) < answers.count(a)]
        if free or candidates:
            names.setdefault((question, (free or candidates)[0]), []).append(saved)
        names.setdefault(("\0", cleaned), []).append(saved)
    return names


def attachment_rows(names: dict[tuple[str, str], list[str]], rows: list[dict]) -> dict[tuple[str, str], str]:
    """(question path, row ``_index``) -> the file saved for that answer, over the flattened ``rows`` of one
    submission (its main row, then its repeat rows in order), from ``saved_attachment_names``: the rows
    answering one name take its files in turn."""
    left = {key: list(saved) for key, saved in names.items() if key[0] != "\0"}
    chosen: dict[tuple[str, str], str] = {}
    for row in rows:
        for question, answer in row.items():
            queue = left.get((question, answer)) if isinstance(answer, str) else None
            if queue:
                chosen[(question, str(row.get("_index") or ""))] = queue.pop(0) if len(queue) > 1 else queue[0]
    return chosen


def _answers(node: dict, path: str) -> list:
    """The values of the question at ``path`` in a submission, those of its repeat items included."""
    found = [node[path]] if path and path in node else []
    for value in node.values():
        if isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    found += _answers(item, path)
    return found


def links_to_nothing(gpkg, folder: Path, submissions: set[str] | None, unusable=None) -> list[tuple[str, str, str]]:
    """(submission uuid, file name, link) of each ``<question>_file`` link of the ``submissions`` (uuids; None:
    all) in the survey tables of ``gpkg`` whose file is not in ``folder``, where the links start, or is there
    but ``unusable(path)`` (a login page kept as the photo: ``web_pages.not_the_file``)."""
    import sqlite3
    from contextlib import closing

    found = []
    with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
        for (table,) in db.execute("SELECT table_name FROM gpkg_contents").fetchall():
            columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
            owner = next((c for c in ("_uuid", "_submission__uuid") if c in columns), None)
            links = [c for c in columns if c.endswith("_file") and c[: -len("_file")] in columns]
            if owner is None or not links or table.startswith("raw_"):
                continue
            names = ", ".join(f'"{c}"' for c in [owner, *links])
            for uuid, *paths in db.execute(f'SELECT {names} FROM "{table}"'):
                if submissions is not None and str(uuid) not in submissions:
                    continue
                for path in paths:
                    file = Path(folder) / path if path else None
                    if file is not None and (not file.is_file() or (unusable is not None and unusable(file))):
                        found.append((str(uuid), str(path).rsplit("/", 1)[-1], str(path)))
    return found


ROOT_EXPRESSION = "file_path(layer_property(@layer, 'path'))"


def link_attachments(gpkg, folder) -> int:
    """Make every ``<question>_file`` field of ``survey`` open its file from the attribute form.

    Stored as the layer's default style (``layer_styles``, as QGIS saves it): an attachment
    widget whose paths are relative to ``folder``, where the GeoPackage lives, given as an expression
    (``ROOT_EXPRESSION``) so that the style names no folder of this computer. The style is
    built on a memory layer and written with OGR: opening the GeoPackage with a QGIS layer
    would switch it to WAL mode and keep it open. Returns the number of fields linked.
    """
    from osgeo import ogr
    from qgis.core import QgsEditorWidgetSetup, QgsMapLayer, QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    ds = ogr.Open(str(gpkg), 1)
    survey = ds.GetLayerByName("survey") if ds is not None else None
    defn = survey.GetLayerDefn() if survey is not None else None
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] if defn is not None else []
    names = [n for n in names if n.endswith("_file")]
    if not names:
        return 0
    memory = QgsVectorLayer("Point?crs=EPSG:4326&" + "&".join(f"field={n}:string" for n in names), "survey", "memory")
    for index, _name in enumerate(names):
        memory.setEditorWidgetSetup(
            index,
            QgsEditorWidgetSetup(
                "ExternalResource",
                {
                    # the folder of the GeoPackage, worked out where it is opened: an absolute path
                    # would name the user's folders in every copy and field package, and point nowhere
                    # on another laptop
                    "DefaultRoot": "",
                    "PropertyCollection": {
                        "name": None,
                        "type": "collection",
                        "properties": {"propertyRootPath": {"active": True, "type": 3, "expression": ROOT_EXPRESSION}},
                    },
                    "RelativeStorage": 2,
                    "DocumentViewer": 1,
                    "FileWidget": True,
                    "FileWidgetButton": True,
                    "UseLink": True,
                    "FullUrl": False,
                    "StorageMode": 0,
                },
            ),
        )
    document = QDomDocument()
    memory.exportNamedStyle(document, categories=QgsMapLayer.StyleCategory.Fields | QgsMapLayer.StyleCategory.Forms)
    styles = ds.GetLayerByName("layer_styles")
    if styles is None:
        styles = ds.CreateLayer("layer_styles", geom_type=ogr.wkbNone, options=["FID=id"])
        for field, kind in (
            ("f_table_catalog", ogr.OFTString),
            ("f_table_schema", ogr.OFTString),
            ("f_table_name", ogr.OFTString),
            ("f_geometry_column", ogr.OFTString),
            ("styleName", ogr.OFTString),
            ("styleQML", ogr.OFTString),
            ("styleSLD", ogr.OFTString),
            ("useAsDefault", ogr.OFTInteger),
            ("description", ogr.OFTString),
            ("owner", ogr.OFTString),
            ("ui", ogr.OFTString),
            ("update_time", ogr.OFTDateTime),
        ):
            definition = ogr.FieldDefn(field, kind)
            if field == "useAsDefault":
                definition.SetSubType(ogr.OFSTBoolean)
            styles.CreateField(definition)
    styles.SetAttributeFilter("f_table_name = 'survey' AND useAsDefault = 1")
    for old in list(styles):
        old.SetField("useAsDefault", 0)
        styles.SetFeature(old)
    styles.SetAttributeFilter(None)
    feature = ogr.Feature(styles.GetLayerDefn())
    for field, value in (
        ("f_table_catalog", ""),
        ("f_table_schema", ""),
        ("f_table_name", "survey"),
        ("f_geometry_column", survey.GetGeometryColumn() or "geom"),
        ("styleName", "survey"),
        ("styleQML", document.toString()),
        ("styleSLD", ""),
        ("description", tr("Survey: attachments open from the form")),
        ("owner", ""),
        ("ui", ""),
        ("update_time", utc_now()),
    ):
        feature.SetField(field, value)
    feature.SetField("useAsDefault", 1)
    styles.CreateFeature(feature)
    ds = None
    return len(names)
