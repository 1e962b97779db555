# SPDX-License-Identifier: GPL-3.0-or-later
"""`make lint`'s mypy half (tests/tools/typecheck.py, tests/mypy.ini), so that CI sees type regressions too."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TOOL = REPO / "tests" / "tools" / "typecheck.py"


def _load_tool():
    spec = importlib.util.spec_from_file_location("typecheck", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules["typecheck"] = module
    spec.loader.exec_module(module)
    return module


typecheck = _load_tool()


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return str(tmp_path_factory.mktemp("mypy_cache"))


def _planted(tmp_path, module: str, addition: str) -> list[str]:
    """mypy's errors with `addition` appended to `module` (a shadow file: the tree is not touched)."""
    source = REPO / module
    shadow = tmp_path / source.name
    shadow.write_text(source.read_text(encoding="utf-8") + addition, encoding="utf-8")
    return typecheck.run_mypy(str(tmp_path / "cache"), extra=["--shadow-file", str(source), str(shadow)])[0]


def test_core_has_no_type_error_beyond_the_baseline(cache_dir):
    errors, output = typecheck.run_mypy(cache_dir)
    new, fixed = typecheck.compare(errors)
    assert new == [], "new mypy errors:\n" + "\n".join(new)
    assert fixed == [], (
        "errors of tests/mypy_baseline.txt are fixed; run "
        "`python tests/tools/typecheck.py --update`:\n" + "\n".join(fixed)
    )


def test_strict_modules_have_no_baseline_entry():
    config = (REPO / "tests" / "mypy.ini").read_text(encoding="utf-8")
    strict = [line for line in config.splitlines() if line.startswith("[mypy-cartong_plugin.core,")]
    assert len(strict) == 1
    modules = strict[0][len("[mypy-") : -1].split(",")
    assert "cartong_plugin.core.base.paths" in modules
    paths = {m.replace(".", "/") + ".py" for m in modules} | {m.replace(".", "/") + "/__init__.py" for m in modules}
    assert not [entry for entry in typecheck.read_baseline() if entry.split(":")[0] in paths]


def test_a_planted_type_error_is_caught(tmp_path):
    errors = _planted(
        tmp_path, "cartong_plugin/core/survey/gpkg_writer.py", "\n\ndef _planted() -> int:\n    return 'not an int'\n"
    )
    new, _ = typecheck.compare(errors)
    assert len(new) == 1
    assert new[0].startswith("cartong_plugin/core/survey/gpkg_writer.py:") and "[return-value]" in new[0]


def test_a_strict_module_rejects_an_unannotated_function(tmp_path):
    errors = _planted(tmp_path, "cartong_plugin/core/base/paths.py", "\n\ndef _planted(value):\n    return value\n")
    new, _ = typecheck.compare(errors)
    assert len(new) == 1 and "[no-untyped-def]" in new[0]


def test_a_fixed_baseline_error_must_leave_the_baseline(monkeypatch, tmp_path):
    baseline = tmp_path / "baseline.txt"
    baseline.write_text("# header\ncartong_plugin/core/x.py: gone  [misc]\n", encoding="utf-8")
    monkeypatch.setattr(typecheck, "BASELINE", baseline)
    new, fixed = typecheck.compare(["cartong_plugin/core/y.py:3: error: new  [misc]"])
    assert new == ["cartong_plugin/core/y.py:3: error: new  [misc]"]
    assert fixed == ["cartong_plugin/core/x.py: gone  [misc]"]
