# SPDX-License-Identifier: GPL-3.0-or-later
"""Walk every page of every wizard: each names a help page that the catalogue knows and that
exists offline in English and French (a partner without internet still gets the explanation)."""

from __future__ import annotations

import importlib

import pytest

from cartong_plugin.core.learning.help_catalogue import WIZARD_PAGES, load_catalogue, offline_page
from cartong_plugin.gui.learning.help_dock import HELP_PAGE_PROPERTY

WIZARDS = [
    ("importing.wizard", "ImportWizard"),
    ("download.wizard", "DownloadWizard"),
    ("cleaning.wizard", "CleaningWizard"),
    ("maps.wizard", "MapWizard"),
    ("protection.wizard", "ProtectionWizard"),
]


def _help_ids(wizard):
    return [
        wizard.page(page_id).property(HELP_PAGE_PROPERTY) or wizard.page(page_id).objectName()
        for page_id in wizard.pageIds()
    ]


@pytest.mark.parametrize("module_name, class_name", WIZARDS)
def test_every_wizard_page_has_help_online_and_offline_in_both_languages(qgis_iface, module_name, class_name):
    module = importlib.import_module(f"cartong_plugin.gui.{module_name}")
    wizard = getattr(module, class_name)(qgis_iface, qgis_iface.mainWindow())
    try:
        help_ids = _help_ids(wizard)
        assert help_ids, f"{class_name} has no pages"
        catalogue = load_catalogue()
        for help_id in help_ids:
            assert help_id in WIZARD_PAGES, f"{class_name}: page help id {help_id!r} is not a known help page"
            assert catalogue.for_page(help_id), f"{class_name}: no online resource for {help_id!r}"
            for language in ("en", "fr"):
                page = offline_page(help_id, language)
                assert page is not None and page.parent.name == language, (class_name, help_id, language)
    finally:
        wizard.close()
        wizard.deleteLater()
