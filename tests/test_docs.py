# SPDX-License-Identifier: GPL-3.0-or-later
"""The algorithm reference in docs/ is generated from the algorithms and never drifts from them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("make_docs", REPO / "tests" / "tools" / "make_docs.py")
make_docs = importlib.util.module_from_spec(spec)
sys.modules["make_docs"] = make_docs
spec.loader.exec_module(make_docs)


def test_committed_algorithm_reference_is_what_make_docs_writes(qgis_app):
    import difflib

    stale = {}
    for path, content in make_docs.pages().items():
        committed = path.read_text(encoding="utf-8") if path.is_file() else ""
        if committed != content:
            stale[str(path.relative_to(REPO))] = "\n".join(
                list(difflib.unified_diff(committed.splitlines(), content.splitlines(), lineterm="", n=0))[:30]
            )
    assert stale == {}, "run `make docs`"


def test_reference_lists_every_algorithm_and_parameter(qgis_app):
    from cartong_plugin.processing.provider import algorithm_classes

    page = make_docs.render("en")
    for cls in algorithm_classes():
        algorithm = cls()
        algorithm.initAlgorithm()
        assert f"(`cartong:{algorithm.name()}`)" in page
        for parameter in algorithm.parameterDefinitions():
            assert f"| `{parameter.name()}` |" in page


def test_french_reference_is_in_french(qgis_app):
    page = make_docs.render("en")
    assert "Algorithm reference" in page
    french = make_docs.pages()[REPO / "docs" / "algorithms.fr.md"]
    assert "Référence des algorithmes" in french and "Appliquer le journal de nettoyage" in french
