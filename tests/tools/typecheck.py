#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Run mypy with tests/mypy.ini and compare its errors with tests/mypy_baseline.txt.

The baseline holds the errors known when type checking started (one ``path: message  [code]`` a line,
without line numbers, so that editing a file does not move them). The check fails when mypy finds an
error that is not in the baseline (a regression), and also when a baseline error is gone (fixed: remove
it with ``--update`` so that it cannot come back unnoticed). Modules listed as strict in tests/mypy.ini
have no baseline entry at all.

    python tests/tools/typecheck.py [--update] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "tests" / "mypy.ini"
BASELINE = REPO / "tests" / "mypy_baseline.txt"
_ERROR = re.compile(r"^(?P<path>[^:\s]+\.pyi?):(?P<line>\d+): error: (?P<message>.*)$")


def run_mypy(cache_dir: str | None = None, extra: list[str] | None = None) -> tuple[list[str], str]:
    """The errors mypy reports (``path:line: message``) and its whole output."""
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(CONFIG),
        "--no-color-output",
        "--no-error-summary",
        "--hide-error-context",
    ]
    if cache_dir:
        command += ["--cache-dir", cache_dir]
    command += extra or []
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    output = run.stdout + run.stderr
    errors = [line for line in output.splitlines() if _ERROR.match(line)]
    if run.returncode not in (0, 1) or (run.returncode == 1 and not errors):
        raise SystemExit(f"mypy could not run (exit {run.returncode}):\n{output}")
    return errors, output


def normalise(error: str) -> str:
    """``path:line: error: message`` -> ``path: message``, the form the baseline keeps."""
    match = _ERROR.match(error)
    assert match is not None
    return f"{match['path']}: {match['message'].strip()}"


def read_baseline() -> Counter[str]:
    if not BASELINE.exists():
        return Counter()
    lines = BASELINE.read_text(encoding="utf-8").splitlines()
    return Counter(line for line in lines if line.strip() and not line.startswith("#"))


def compare(errors: list[str]) -> tuple[list[str], list[str]]:
    """(new errors with their line numbers, baseline entries no longer found)."""
    found = Counter(normalise(e) for e in errors)
    known = read_baseline()
    new_keys = found - known
    new = []
    for error in errors:
        key = normalise(error)
        if new_keys[key] > 0:
            new_keys[key] -= 1
            new.append(error)
    fixed = sorted((known - found).elements())
    return new, fixed


def write_baseline(errors: list[str]) -> None:
    header = (
        "# mypy errors known in cartong_plugin/core, without line numbers: tests/tools/typecheck.py fails\n"
        "# on any error not listed here. Fix them and shrink this file\n"
        "# (`python tests/tools/typecheck.py --update`); never add to it by hand.\n"
    )
    BASELINE.write_text(
        header + "".join(f"{line}\n" for line in sorted(normalise(e) for e in errors)), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the baseline with what mypy finds now")
    parser.add_argument("--cache-dir", help="mypy's cache folder (default: .mypy_cache in the tree)")
    args = parser.parse_args(argv)
    errors, _ = run_mypy(args.cache_dir)
    if args.update:
        write_baseline(errors)
        print(f"{BASELINE.relative_to(REPO)}: {len(errors)} known errors")
        return 0
    new, fixed = compare(errors)
    for error in new:
        print(error)
    if new:
        print(f"mypy: {len(new)} new error(s) (not in {BASELINE.relative_to(REPO)}); fix them")
    if fixed:
        print(
            f"mypy: {len(fixed)} error(s) of {BASELINE.relative_to(REPO)} are fixed; remove them with "
            f"`python tests/tools/typecheck.py --update`:"
        )
        for entry in fixed:
            print(f"  {entry}")
    if not new and not fixed:
        print(f"mypy: no new error ({len(errors)} known in the baseline)")
    return 1 if new or fixed else 0


if __name__ == "__main__":
    sys.exit(main())
