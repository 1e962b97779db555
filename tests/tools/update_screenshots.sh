#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copy the README's screenshots from a passed gui-smoke run into resources/screenshots/, small.
#
# Usage: tests/tools/update_screenshots.sh [OUT_DIR]   (default: out/, where make gui-smoke writes)
#   gui-smoke-window.png       -> main-dialog.png      QGIS in English with the toolkit's dialog on top
#   gui-smoke-fr-main.png      -> main-dialog-fr.png   the toolkit's dialog in French
#   gui-smoke-fr-help.png      -> help-dock-fr.png     the help dock on an offline page, in French
#   gui-smoke-fr-training.png  -> training-fr.png      the training panel of a new session, in French
# Each picture is stored at full size when it fits in 200 KB, else scaled down until it does
# (smooth scaling, full colour: text stays readable). Refuses pictures of a failed run.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(realpath "${1:-$REPO/out}")
TARGET=$REPO/resources/screenshots

[ -s "$OUT/gui-smoke.json" ] || { echo "update_screenshots: no $OUT/gui-smoke.json: run make gui-smoke first" >&2; exit 1; }
mkdir -p "$TARGET"

# A Python that has PyQGIS: the repository's venv (system site packages), else the system's.
PYTHON=${PYTHON:-}
for candidate in "$REPO/.venv/bin/python" /usr/bin/python3 python3; do
    [ -n "$PYTHON" ] && break
    "$candidate" -c "import qgis.PyQt" 2>/dev/null && PYTHON=$candidate
done
[ -n "$PYTHON" ] || { echo "update_screenshots: no Python with PyQGIS found (set PYTHON=...)" >&2; exit 2; }

QT_QPA_PLATFORM=offscreen "$PYTHON" - "$OUT" "$TARGET" <<'PY'
import json
import sys
from pathlib import Path

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, Qt
from qgis.PyQt.QtGui import QGuiApplication, QImage

MAX_BYTES = 200 * 1024
PICTURES = {
    "gui-smoke-window.png": "main-dialog.png",
    "gui-smoke-fr-main.png": "main-dialog-fr.png",
    "gui-smoke-fr-help.png": "help-dock-fr.png",
    "gui-smoke-fr-training.png": "training-fr.png",
}

out, target = Path(sys.argv[1]), Path(sys.argv[2])
status = json.loads((out / "gui-smoke.json").read_text(encoding="utf-8"))
if not status.get("ok") or "fr" not in status.get("languages", {}):
    sys.exit(f"update_screenshots: the gui-smoke run in {out} failed or had no French run; not copying its pictures")
app = QGuiApplication([])


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 9)  # 9 = smallest file
    return bytes(data)


for source_name, target_name in PICTURES.items():
    source = out / source_name
    image = QImage(str(source))
    if image.isNull():
        sys.exit(f"update_screenshots: {source} is missing or unreadable")
    scale = 1.0
    while True:
        scaled = image if scale == 1.0 else image.scaledToWidth(
            round(image.width() * scale), Qt.TransformationMode.SmoothTransformation)
        data = png_bytes(scaled)
        if len(data) < MAX_BYTES or scale < 0.4:
            break
        scale *= 0.85
    if len(data) >= MAX_BYTES:
        sys.exit(f"update_screenshots: {source} stays over {MAX_BYTES // 1024} KB")
    path = target / target_name
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    print(f"{path}: {scaled.width()}x{scaled.height()}, {len(data) // 1024} KB (from {source_name})")
PY
