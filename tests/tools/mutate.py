#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Mutation testing of the modules that guard the data (``make mutate``), with mutmut 3.

The tree is never mutated: the files the tests need are copied into ``build/mutate`` with
``tests/mutmut.cfg`` as its ``setup.cfg``; mutmut writes its mutants under ``build/mutate/mutants``.
The run ends with the score of each module and the surviving mutants; ``mutmut show <name>`` (run in
``build/mutate``) prints one. ``tests/MUTATION.md`` explains the survivors that are left on purpose.

Usage: mutate.py [--jobs N] [--keep] [MUTANT GLOB...]   (--keep: continue the previous run's results)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WORK = REPO / "build" / "mutate"
COPIED = ("cartong_plugin", "tests", "resources", "i18n", "metadata.txt")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", ".hypothesis", ".qgis-settings")


def stage(keep: bool) -> None:
    """A fresh copy of what the tests need in build/mutate (only the mutmut results kept with --keep)."""
    kept = WORK / "mutants"
    saved = None
    if keep and kept.is_dir():
        saved = WORK.parent / "mutate-mutants"
        shutil.rmtree(saved, ignore_errors=True)
        kept.rename(saved)
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    for name in COPIED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, WORK / name, ignore=IGNORED)
        else:
            shutil.copy2(source, WORK / name)
    shutil.copy2(REPO / "tests" / "mutmut.cfg", WORK / "setup.cfg")
    shared = REPO.parent / "shared"  # real public data of the tests (conftest: REPO.parent / "shared")
    if shared.is_dir():
        (WORK / "shared").symlink_to(shared)
    if saved is not None:
        saved.rename(kept)


def module_of(mutant: str) -> str:
    """cartong_plugin.core.cleaning.apply.x_plan_cleaning__mutmut_3 -> cartong_plugin/core/cleaning/apply.py"""
    dotted = mutant.split(".x_")[0].split(".xǁ")[0]
    return dotted.replace(".", "/") + ".py"


def results() -> dict[str, str]:
    """{mutant name: status} from mutmut's result files, in mutmut's own words."""
    os.chdir(WORK)  # mutmut reads its configuration from the current folder when imported
    from mutmut.stats import status_by_exit_code

    statuses = {}
    for meta in (WORK / "mutants").rglob("*.meta"):
        data = json.loads(meta.read_text(encoding="utf-8"))
        for name, code in data.get("exit_code_by_key", {}).items():
            statuses[name] = status_by_exit_code[code]
    return statuses


def report(statuses: dict[str, str]) -> int:
    by_module: dict[str, Counter] = defaultdict(Counter)
    for name, status in statuses.items():
        by_module[module_of(name)][status] += 1
    total = Counter()
    print(f"\n{'module':58} {'mutants':>7} {'killed':>7} {'survived':>8} {'other':>6} {'score':>6}")
    for module in sorted(by_module):
        counts = by_module[module]
        total.update(counts)
        _line(module, counts)
    _line("all", total)
    survivors = sorted(n for n, s in statuses.items() if s != "killed")
    if survivors:
        print("\nNot killed (mutmut show NAME in build/mutate):")
        for name in survivors:
            print(f"  {statuses[name]:10} {name}")
    return 0


def _line(module: str, counts: Counter) -> None:
    mutants = sum(counts.values())
    killed = counts["killed"] + counts["timeout"] + counts["caught by type check"]
    other = mutants - killed - counts["survived"]
    score = 100.0 * killed / mutants if mutants else 100.0
    print(f"{module:58} {mutants:7} {killed:7} {counts['survived']:8} {other:6} {score:5.1f}%")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="mutants tested at once (default 2)")
    parser.add_argument("--keep", action="store_true", help="continue the previous run in build/mutate")
    parser.add_argument(
        "names", nargs="*", help="only these mutants (mutmut globs, e.g. 'cartong_plugin.core.cleaning.apply*')"
    )
    args = parser.parse_args()
    stage(args.keep)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1", CARTONG_MUTATION="1")
    mutmut = Path(sys.executable).with_name("mutmut")
    start = time.monotonic()
    run = subprocess.run([str(mutmut), "run", "--max-children", str(args.jobs), *args.names], cwd=WORK, env=env)
    print(f"\nmutmut run: exit {run.returncode}, {time.monotonic() - start:.0f} s with {args.jobs} jobs")
    return report(results()) or run.returncode


if __name__ == "__main__":
    sys.exit(main())
