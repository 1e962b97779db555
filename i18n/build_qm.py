#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compile i18n/*.ts into .qm with Qt's lrelease (only when a .ts is newer than its .qm)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lrelease() -> str:
    for name in ("lrelease", "lrelease-qt5", "/usr/lib/qt5/bin/lrelease", "lrelease6", "/usr/lib/qt6/bin/lrelease"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("lrelease not found: install qttools5-dev-tools (Debian/Ubuntu) or Qt's linguist tools.")


def main() -> int:
    for ts in sorted(HERE.glob("cartong_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"built {qm.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
