# SPDX-License-Identifier: GPL-3.0-or-later
"""An algorithm's refusal in Arabic keeps the paths it names left to right (attack8-lang finding 9).

In a right-to-left paragraph, "/data/missing.csv" was drawn with its leading "/" at the other end; the
sentence now isolates each path or name (invisible Unicode isolates), only when the plugin speaks a
right-to-left language.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsSettings
from teams_data import execute

from cartong_plugin.core.base.i18n import LEFT_TO_RIGHT_ISOLATE, POP_ISOLATE
from cartong_plugin.core.base.translation import SETTING_LOCALE


@pytest.fixture()
def language(cartong_provider):
    settings = QgsSettings()
    before = settings.value(SETTING_LOCALE, "", type=str)

    def speak(code):
        settings.setValue(SETTING_LOCALE, code)

    yield speak
    settings.setValue(SETTING_LOCALE, before)


@pytest.mark.parametrize("code, isolated", [("ar", True), ("fr", False), ("en", False)])
def test_a_refusal_keeps_the_path_it_names_left_to_right_in_arabic(language, tmp_path, code, isolated):
    language(code)
    missing = tmp_path / "missing_export.csv"
    with pytest.raises(QgsProcessingException) as refused:
        execute("cartong:importsurvey", {"DATA": str(missing), "OUTPUT": str(tmp_path / "out.gpkg")})
    text = str(refused.value)
    assert (f"{LEFT_TO_RIGHT_ISOLATE}{missing}{POP_ISOLATE}" in text) is isolated
    assert str(missing) in text
    assert (LEFT_TO_RIGHT_ISOLATE in text) is isolated
