# SPDX-License-Identifier: GPL-3.0-or-later
"""French is complete and the compiled translation is what the plugin shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication

from cartong_plugin.core.base.i18n import CONTEXT, tr, trn
from cartong_plugin.core.base.translation import install_translator, remove_translator

REPO = Path(__file__).resolve().parent.parent


def test_every_string_has_a_french_translation():
    out = subprocess.run(
        [sys.executable, str(REPO / "i18n" / "update_ts.py"), "--check", "fr"], capture_output=True, text=True
    )
    assert out.returncode == 0, "Missing or unfinished French translations:\n" + out.stdout


def test_french_translator_translates_the_menu(qgis_app):
    translator = install_translator("fr")
    assert translator is not None, "i18n/cartong_fr.qm is missing: run make translations"
    try:
        assert tr("1. Import survey data…") != "1. Import survey data…"
        assert QCoreApplication.translate(CONTEXT, "CartONG Toolkit") == tr("CartONG Toolkit")
    finally:
        remove_translator(translator)
    assert tr("1. Import survey data…") == "1. Import survey data…"


def test_update_ts_finds_strings_from_tr_calls(tmp_path):
    sys.path.insert(0, str(REPO / "i18n"))
    try:
        import update_ts
    finally:
        sys.path.pop(0)
    strings = update_ts.extract_strings()
    assert "CartONG Toolkit" in strings
    assert all(isinstance(s, str) and s for s in strings)


@pytest.mark.parametrize(
    "count, english, french",
    [
        (0, "0 new submissions downloaded into f.gpkg.", "0 nouvelle soumission téléchargée dans f.gpkg."),
        (1, "1 new submission downloaded into f.gpkg.", "1 nouvelle soumission téléchargée dans f.gpkg."),
        (2, "2 new submissions downloaded into f.gpkg.", "2 nouvelles soumissions téléchargées dans f.gpkg."),
        # above Qt's 32-bit count (the tiles of a big country up to zoom 19): no OverflowError
        (
            5_382_382_077_336,
            "5382382077336 new submissions downloaded into f.gpkg.",
            "5382382077336 nouvelles soumissions téléchargées dans f.gpkg.",
        ),
    ],
)
def test_counted_messages_take_the_plural_their_language_needs(qgis_app, count, english, french):
    def message():
        return trn(
            "%n new submission downloaded into {file}.", "%n new submissions downloaded into {file}.", count
        ).format(file="f.gpkg")

    assert message() == english
    translator = install_translator("fr")
    try:
        assert message() == french  # French: 0 and 1 take the singular
    finally:
        remove_translator(translator)


def test_every_counted_message_has_its_french_plural_forms():
    sys.path.insert(0, str(REPO / "i18n"))
    try:
        import update_ts
    finally:
        sys.path.pop(0)
    strings = update_ts.extract_strings()
    assert "%n new submissions downloaded into {file}." in update_ts.NUMERUS
    existing = update_ts.read_ts(REPO / "i18n" / "cartong_fr.ts")
    for source in update_ts.NUMERUS:
        assert source in strings
        forms, kind = existing[source]
        assert isinstance(forms, tuple) and len(forms) == 2 and all(forms) and not kind, source
