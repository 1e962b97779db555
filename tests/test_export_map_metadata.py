# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportmappdf writes the AUTHOR and TITLE given into every format, and never the computer
account's full name, which QGIS puts in a project's metadata by default (QgsApplication.userFullName()).

PNG, JPEG and SVG maps are the ones sent by WhatsApp and e-mail.
"""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QImage

from tests.test_export_map_algorithm import _count, _execute, _pdfinfo, uris  # noqa: F401 (fixture)


def _map(uris, tmp_path, name, author):  # noqa: F811
    _, layer = _count(uris, tmp_path)
    output = tmp_path / name
    parameters = {"POLYGONS": layer.source(), "DPI": 72, "TITLE": "Water points", "AUTHOR": author}
    _execute("cartong:exportmappdf", {**parameters, "OUTPUT": str(output)})
    return output


def _metadata(path) -> dict[str, str]:
    if path.suffix == ".svg":
        svg = path.read_text(encoding="utf-8")
        found = {}
        for key, tag in (("Author", "creator"), ("Title", "title")):
            match = re.search(rf"<dc:{tag}>(.*?)</dc:{tag}>", svg, re.DOTALL)
            found[key] = re.sub(r"<[^>]+>", "", match.group(1)).strip() if match else ""
        return found
    if path.suffix == ".pdf":
        info = _pdfinfo(path)
        return {"Author": info.get("Author", ""), "Title": info.get("Title", "")}
    image = QImage(str(path))
    return {"Author": image.text("Author"), "Title": image.text("Title")}


@pytest.mark.parametrize("name", ["map.png", "map.jpg", "map.svg", "map.pdf"])
def test_every_format_carries_the_author_and_title_given(cartong_provider, uris, tmp_path, name):  # noqa: F811
    assert _metadata(_map(uris, tmp_path, name, "MSF OCB")) == {"Author": "MSF OCB", "Title": "Water points"}


@pytest.mark.parametrize("name", ["map.png", "map.jpg", "map.svg", "map.pdf"])
def test_no_author_given_writes_none_never_the_computer_account(cartong_provider, uris, tmp_path, name):  # noqa: F811
    account = QgsApplication.userFullName()
    assert account  # what QGIS would have written
    author = _metadata(_map(uris, tmp_path, name, ""))["Author"]
    assert author == "" and account not in author
