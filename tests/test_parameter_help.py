# SPDX-License-Identifier: GPL-3.0-or-later
"""Algorithms that explain themselves: parameter help, expert flags, the help footer and its link.

What the Processing toolbox, the batch interface, the Model Designer and ``qgis_process help`` show
comes from the registered algorithms, so the tests read them through the registry.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings

from cartong_plugin.core.base.qgis_compat import parameter_has_flag
from cartong_plugin.processing.algorithm_help import algorithm_help
from cartong_plugin.processing.parameter_help import EXPERT_PARAMETERS, PARAMETER_HELP, help_texts

REPO = Path(__file__).resolve().parent.parent
# What issue #21 names as expert (thresholds, precision, DPI, page and class tweaks, key and secret
# sources, grid sizes, k): a list of its own, so that the table cannot quietly drop one.
EXPECTED_EXPERT = {
    "runchecks": {"IQR_FACTOR", "ROBUST_Z", "BURST_COUNT", "BURST_MINUTES", "MAX_PRECISION"},
    "exportmappdf": {"DPI", "PAGE", "METHOD", "BREAKS", "CLASSES"},
    "exportforsharing": {"KEY_AUTHCFG", "KEY_SOURCE", "GRID_SIZE", "K"},
    "downloadkobo": {"SECRET"},
    "downloadodk": {"SECRET", "USERNAME"},
    "makeofflinebasemap": {"MAX_TILES"},
}


def _algorithms():
    """Fresh instances of every registered cartong algorithm, initialised now (current translator)."""
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("cartong")
    return [registry.createAlgorithmById(algorithm.id()) for algorithm in provider.algorithms()]


def _required(algorithm) -> list:
    return [
        p
        for p in algorithm.parameterDefinitions()
        if not parameter_has_flag(p, "Optional") and p.defaultValue() in (None, "")
    ]


def test_every_parameter_of_every_registered_algorithm_has_a_help_text(cartong_provider):
    missing = [
        f"{a.name()}.{p.name()}" for a in _algorithms() for p in a.parameterDefinitions() if not p.help().strip()
    ]
    assert missing == [], f"no help text in processing/parameter_help_*.py for: {missing}"


def test_expert_parameters_are_under_advanced(cartong_provider):
    algorithms = {a.name(): a for a in _algorithms()}
    wanted = {(name, key) for name, keys in EXPECTED_EXPERT.items() for key in keys}
    wanted |= {(name, key) for name, keys in EXPERT_PARAMETERS.items() for key in keys}
    shown = sorted(
        f"{name}.{key}"
        for name, key in wanted
        if not parameter_has_flag(algorithms[name].parameterDefinition(key), "Advanced")
    )
    assert shown == [], f"expert parameters shown with the essential ones: {shown}"


def test_what_the_user_must_give_is_never_hidden_under_advanced(cartong_provider):
    hidden = [
        f"{a.name()}.{p.name()}"
        for a in _algorithms()
        for p in a.parameterDefinitions()
        if parameter_has_flag(p, "Advanced") and (p in _required(a) or p.isDestination())
    ]
    assert hidden == []


def test_the_tables_name_no_parameter_that_its_algorithm_lacks(cartong_provider):
    algorithms = {a.name(): a for a in _algorithms()}
    stale = []
    for name in sorted(set(PARAMETER_HELP) | set(EXPERT_PARAMETERS)):
        if name not in algorithms:
            stale.append(f"{name} (no such algorithm)")
            continue
        keys = set(help_texts(name)) | set(EXPERT_PARAMETERS.get(name, ()))
        stale += [f"{name}.{key}" for key in sorted(keys) if algorithms[name].parameterDefinition(key) is None]
    assert stale == [], f"stale entries in processing/parameter_help*.py: {stale}"


def test_no_table_text_is_hidden_by_a_help_the_module_sets_itself(cartong_provider):
    shadowed = [
        f"{a.name()}.{key}"
        for a in _algorithms()
        for key, text in help_texts(a.name()).items()
        if a.parameterDefinition(key) is not None and a.parameterDefinition(key).help() != text
    ]
    assert shadowed == [], f"table texts never shown (the module sets its own help): {shadowed}"


def test_help_keeps_each_algorithm_description_and_adds_what_goes_in_and_out(cartong_provider):
    for algorithm in _algorithms():
        own = type(algorithm).shortHelpString.__wrapped__(algorithm).strip()
        help_text = algorithm.shortHelpString()
        assert own and help_text.startswith(own), algorithm.name()
        lines = help_text[len(own) :].strip().split("\n")
        parts = algorithm_help(algorithm.name())
        assert parts is not None, f"no footer for {algorithm.name()} in processing/algorithm_help.py"
        assert lines[:3] == [
            f"What goes in: {parts.inputs}",
            f"What comes out: {parts.outputs}",
            f"Without the QGIS window: {parts.example}",
        ]
        assert lines[3].startswith("Learn more: ") and lines[3].endswith(algorithm.helpUrl())


def _bundled_catalogue() -> dict:
    return json.loads((REPO / "resources" / "help" / "catalogue.json").read_text(encoding="utf-8"))


def _urls(entry: dict) -> set[str]:
    return {entry["url"]} if "url" in entry else {v["url"] for v in entry["versions"].values()}


def test_help_url_of_every_algorithm_is_the_catalogue_resource_that_names_it(cartong_provider):
    entries = _bundled_catalogue()["resources"]
    for algorithm in _algorithms():
        naming = [e for e in entries if algorithm.name() in e.get("algorithms", [])]
        assert naming, f"no entry of resources/help/catalogue.json lists {algorithm.name()} in 'algorithms'"
        assert algorithm.helpUrl() in _urls(naming[0]), algorithm.name()


@pytest.fixture()
def plugin_settings():
    """Set plugin settings for one test and restore them afterwards."""
    settings = QgsSettings()
    saved = {}

    def set_value(key, value):
        saved.setdefault(key, settings.value(key, None))
        settings.setValue(key, value)

    yield set_value
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_a_trainers_catalogue_entry_redirects_the_help_link(cartong_provider, tmp_path, plugin_settings):
    trainer = tmp_path / "trainer.json"
    trainer.write_text(
        json.dumps(
            {
                "resources": [
                    {
                        "id": "sop-cleaning",
                        "topic": "cleaning",
                        "title": {"en": "Our cleaning SOP"},
                        "url": "http://intranet.example.org/cleaning-sop",
                        "algorithms": ["runchecks"],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    plugin_settings("cartong/help/catalogue_path", str(trainer))
    checks = QgsApplication.processingRegistry().createAlgorithmById("cartong:runchecks")
    assert checks.helpUrl() == "http://intranet.example.org/cleaning-sop"
    assert "Learn more: Our cleaning SOP, http://intranet.example.org/cleaning-sop" in checks.shortHelpString()


def _example_values(algorithm) -> dict:
    """The KEY=VALUE pairs of the algorithm's qgis_process command (a repeated key gives a list)."""
    words = shlex.split(algorithm_help(algorithm.name()).example)
    assert words[:4] == ["qgis_process", "run", f"cartong:{algorithm.name()}", "--"], words[:4]
    values: dict = {}
    for word in words[4:]:
        key, _, value = word.partition("=")
        values[key] = (
            [*values[key], value]
            if isinstance(values.get(key), list)
            else ([values[key], value] if key in values else value)
        )
    return values


def test_each_command_line_example_gives_every_required_parameter_an_acceptable_value(cartong_provider):
    for algorithm in _algorithms():
        values = _example_values(algorithm)
        unknown = [key for key in values if algorithm.parameterDefinition(key) is None]
        assert unknown == [], f"{algorithm.name()}: no such parameter {unknown}"
        missing = [p.name() for p in _required(algorithm) if p.name() not in values]
        assert missing == [], f"{algorithm.name()}: the example misses {missing}"
        refused = [
            key for key, value in values.items() if not algorithm.parameterDefinition(key).checkValueIsAcceptable(value)
        ]
        assert refused == [], f"{algorithm.name()}: refused values for {refused}"


@pytest.mark.slow
def test_the_command_line_examples_run_on_the_sample_as_written(
    cartong_provider, qgis_processing, sample_dir, tmp_path, monkeypatch
):
    """Each example that needs no server, one after the other in a folder holding the sample's files."""
    import processing
    from osgeo import ogr

    for name in ("household_survey_kobo.csv", "household_survey_form.xlsx", "admin_boundaries.gpkg"):
        shutil.copy(sample_dir / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    registry = QgsApplication.processingRegistry()
    for name in (
        "importsurvey",
        "runchecks",
        "applycleaninglog",
        "detectpersonaldata",
        "exportforsharing",
        "countbyadmin",
        "exportmappdf",
        "preparefieldpackage",
        "mergefieldpackage",
    ):
        algorithm = registry.createAlgorithmById(f"cartong:{name}")
        processing.run(f"cartong:{name}", _example_values(algorithm))
    clean = ogr.Open("household_survey_clean.gpkg")
    assert clean.GetLayer(0).GetFeatureCount() > 0
    assert Path("household_survey_map.pdf").read_bytes()[:4] == b"%PDF"
    assert Path("household_survey_shared.gpkg").is_file() and Path("personal_data.csv").is_file()
    assert Path("packages/team_a/team_a_bangui.zip").is_file() and Path("conflicts.csv").is_file()


# -- French ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def french_translator(tmp_path_factory):
    """The French translation as it will ship: i18n/cartong_fr.ts with the pending JSON files merged."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    sys.path.insert(0, str(REPO / "i18n"))
    try:
        import build_qm
        import update_ts
    finally:
        sys.path.pop(0)
    existing = update_ts.read_ts(REPO / "i18n" / "cartong_fr.ts")
    for pending in sorted((REPO / "i18n" / "pending").glob("*.fr.json")):
        for source, text in json.loads(pending.read_text(encoding="utf-8")).items():
            existing[source] = (tuple(text) if isinstance(text, list) else text, "")
    folder = tmp_path_factory.mktemp("fr")
    update_ts.write_ts(folder / "cartong_fr.ts", "fr", update_ts.extract_strings(), existing)
    subprocess.run(
        [build_qm.lrelease(), "-silent", str(folder / "cartong_fr.ts"), "-qm", str(folder / "cartong_fr.qm")],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(folder / "cartong_fr.qm"))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_parameter_help_and_footer_show_in_french_with_the_french_translator(
    cartong_provider, plugin_settings, request
):
    english = {
        a.name(): ({p.name(): p.help() for p in a.parameterDefinitions()}, a.shortHelpString()) for a in _algorithms()
    }
    request.getfixturevalue("french_translator")
    plugin_settings("cartong/locale", "fr")
    for algorithm in _algorithms():
        helps, footer = english[algorithm.name()]
        untranslated = [p.name() for p in algorithm.parameterDefinitions() if p.help() == helps[p.name()]]
        assert untranslated == [], f"{algorithm.name()}: help still in English for {untranslated}"
        french = algorithm.shortHelpString()
        assert "What goes in" not in french and "Without the QGIS window" not in french, algorithm.name()
        assert algorithm_help(algorithm.name()).example in french
    imported = QgsApplication.processingRegistry().createAlgorithmById("cartong:importsurvey")
    assert imported.helpUrl().endswith("/fr/2_getting_started_mdc/mdc_2_1_definitions")


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_no_help_text_holds_what_qt_would_take_for_an_html_tag(cartong_provider, language):
    """The Processing dialog shows the description as HTML and parameter names in labels that detect rich
    text: "<schema>_reviewer" was printed "_reviewer". Placeholders are written in words."""
    import re

    from cartong_plugin.core.maps.map_texts import use_language

    tag = re.compile(r"<\s*/?[^\W\d][^<>]*>")
    with use_language(language):
        found = [
            f"{a.name()}: {match}"
            for a in _algorithms()
            for text in [a.shortHelpString()]
            + [p.description() for p in a.parameterDefinitions()]
            + [p.help() for p in a.parameterDefinitions()]
            for match in tag.findall(text or "")
        ]
    assert found == []
