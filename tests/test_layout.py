# SPDX-License-Identifier: GPL-3.0-or-later
"""The package layout tells the workflow: core/ by stage, lower stages never import higher ones;
gui/ one subpackage per wizard; no module grows past what one can read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cartong_plugin.core import STAGES

PACKAGE = Path(__file__).resolve().parent.parent / "cartong_plugin"
CORE = PACKAGE / "core"
# Every module of the plugin stays short enough to read (README, "Develop": Layout).
MAX_LINES = 500
# Modules allowed to stay long for a while, each with the reason (none today: keep it that way). A module
# listed here that is short again fails the test below.
LONG_UNTIL_SPLIT: frozenset[str] = frozenset()


def imported_modules(path: Path) -> list[tuple[int, tuple[str, ...]]]:
    """Every module ``path`` imports, as absolute dotted parts (relative imports resolved)."""
    parts = ("cartong_plugin",) + path.relative_to(PACKAGE).with_suffix("").parts
    package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = base + tuple(node.module.split(".") if node.module else ())
                # "from . import styles" imports a module of that package
                found.extend((node.lineno, target + (alias.name,)) for alias in node.names)
            else:
                found.append((node.lineno, tuple((node.module or "").split("."))))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, tuple(alias.name.split("."))) for alias in node.names)
    return found


def stage_violations(core: Path = CORE) -> list[str]:
    """Imports from a core stage to a later stage, or from core to gui/processing."""
    bad = []
    for path in sorted(core.rglob("*.py")):
        rel = path.relative_to(core).parts
        if len(rel) < 2:
            continue
        stage = rel[0]
        for line, target in imported_modules(path):
            if target[:1] != ("cartong_plugin",):
                continue
            where = f"{path.relative_to(PACKAGE)}:{line} imports {'.'.join(target)}"
            if target[1:2] != ("core",):
                bad.append(where)
            elif len(target) > 2 and target[2] in STAGES and STAGES.index(target[2]) > STAGES.index(stage):
                bad.append(where)
    return bad


def test_core_holds_only_stage_subpackages():
    loose = sorted(p.name for p in CORE.glob("*.py") if p.name != "__init__.py")
    folders = sorted(p.name for p in CORE.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert loose == []
    assert folders == sorted(STAGES)


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_says_what_it_owns_and_may_import(stage):
    doc = ast.get_docstring(ast.parse((CORE / stage / "__init__.py").read_text(encoding="utf-8")))
    assert doc and "May import" in doc


def test_no_stage_imports_a_later_stage_or_the_gui():
    assert stage_violations() == []


def test_the_rule_catches_a_lower_stage_importing_a_higher_one(tmp_path):
    """The checker itself: a survey module importing maps, or a core module importing gui, is caught."""
    core = tmp_path / "cartong_plugin" / "core"
    for stage in STAGES:
        (core / stage).mkdir(parents=True)
        (core / stage / "__init__.py").write_text('"""x"""\n')
    (core / "survey" / "bad.py").write_text("from ..maps import styles\nfrom ...gui import main_dialog\n")
    (core / "maps" / "fine.py").write_text("from ..survey import xlsform\nfrom ..base.i18n import tr\n")
    global PACKAGE
    saved, PACKAGE = PACKAGE, tmp_path / "cartong_plugin"
    try:
        found = stage_violations(core)
    finally:
        PACKAGE = saved
    assert found == [
        "core/survey/bad.py:1 imports cartong_plugin.core.maps.styles",
        "core/survey/bad.py:2 imports cartong_plugin.gui.main_dialog",
    ]


def test_help_dock_and_training_panel_do_not_import_each_other():
    learning = PACKAGE / "gui" / "learning"
    for name, other in (("help_dock", "training_panel"), ("training_panel", "help_dock")):
        targets = {t[-1] for _, t in imported_modules(learning / f"{name}.py")} | {
            t[-2] for _, t in imported_modules(learning / f"{name}.py") if len(t) > 1
        }
        assert other not in targets, f"gui/learning/{name}.py imports gui/learning/{other}.py"


def long_modules(package: Path = PACKAGE, limit: int = MAX_LINES) -> dict[str, int]:
    """{path under the package: lines} of every module (subpackages included) longer than ``limit``."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found[path.relative_to(package).as_posix()] = lines
    return found


def too_long(package: Path = PACKAGE, limit: int = MAX_LINES, allowed=LONG_UNTIL_SPLIT) -> list[str]:
    """The long modules that are not on the ``allowed`` list, as "path: N lines"."""
    return [f"{path}: {lines} lines" for path, lines in long_modules(package, limit).items() if path not in allowed]


def test_no_module_is_over_500_lines():
    assert too_long() == []


def test_the_allow_list_names_only_modules_still_too_long():
    assert sorted(LONG_UNTIL_SPLIT - set(long_modules())) == []


def test_the_size_rule_catches_a_long_module_anywhere_in_the_package(tmp_path):
    """The checker itself: 501 lines anywhere is caught, 500 lines is not, a listed path is excused."""
    for folder, name, lines in (
        ("gui/maps", "long_page.py", 501),
        ("gui", "fine.py", 500),
        ("core/maps", "long_layouts.py", 560),
        ("core/survey", "elsewhere.py", 900),
        ("core/survey", "importer.py", 900),
        ("processing", "long_algorithm.py", 501),
        (".", "plugin.py", 600),
    ):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / name).write_text("x = 1\n" * lines, encoding="utf-8")
    assert too_long(tmp_path, allowed={"core/survey/importer.py"}) == [
        "core/maps/long_layouts.py: 560 lines",
        "core/survey/elsewhere.py: 900 lines",
        "gui/maps/long_page.py: 501 lines",
        "plugin.py: 600 lines",
        "processing/long_algorithm.py: 501 lines",
    ]


def test_every_gui_subpackage_says_what_it_owns():
    packages = sorted(p.parent for p in (PACKAGE / "gui").rglob("__init__.py"))
    assert len(packages) > 1
    for init in packages:
        doc = ast.get_docstring(ast.parse((init / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"{init.relative_to(PACKAGE)}/__init__.py has no docstring"
