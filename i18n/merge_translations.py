#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill translations of one language from a JSON file (for translators who do not use Qt Linguist).

The JSON maps each English source (as ``make translate`` writes it in the .ts) to its translation: a
string, or for a counted message (``trn``) the list of its plural forms in Qt's order. Run
``make translate`` first so that every source is in the .ts; sources that are not are reported.

Usage: merge_translations.py LANG FILE.json [FILE.json ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from update_ts import ROOT, extract_strings, problems, read_ts, write_ts


def merge(lang: str, files: list[Path]) -> list[str]:
    """Merge ``files`` into ``i18n/cartong_<lang>.ts``; return the sources not found in the code."""
    path = ROOT / "i18n" / f"cartong_{lang}.ts"
    strings = extract_strings()
    existing = read_ts(path)
    unknown = []
    for file in files:
        for source, text in json.loads(Path(file).read_text(encoding="utf-8")).items():
            if source not in strings:
                unknown.append(source)
                continue
            existing[source] = (tuple(text) if isinstance(text, list) else text, "")
    write_ts(path, lang, strings, existing)
    return unknown


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    lang, files = argv[0], [Path(a) for a in argv[1:]]
    for source in merge(lang, files):
        print(f"not in the code (skipped): {source!r}")
    left = problems(ROOT / "i18n" / f"cartong_{lang}.ts", extract_strings())
    print(f"cartong_{lang}.ts: {len(left)} still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
