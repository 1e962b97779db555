#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Install the plugin zip into a fresh QGIS profile and start the real desktop under Xvfb.
#
# Usage: tests/tools/gui_smoke.sh ZIP PNG
#   PNG                     picture of the plugin's main dialog
#   PNG minus .png + -window.png   the whole screen: QGIS main window with the dialog on top
#   PNG minus .png + .json  the status written by gui_smoke.py (menu found, dialog shown, errors)
# Exits non-zero when the plugin raised, is not active, or its menu is missing; a run that takes
# longer than CARTONG_SMOKE_TIMEOUT seconds (default 180) is killed and fails.
set -euo pipefail

ZIP=$(realpath "${1:?usage: gui_smoke.sh ZIP PNG}")
PNG=$(realpath -m "${2:?usage: gui_smoke.sh ZIP PNG}")
TOOLS=$(cd "$(dirname "$0")" && pwd)
BASE=${PNG%.png}
WINDOW_PNG=$BASE-window.png
STATUS=$BASE.json
TIMEOUT=${CARTONG_SMOKE_TIMEOUT:-180}

for tool in qgis.bin xvfb-run unzip; do
    command -v "$tool" >/dev/null || { echo "gui-smoke: $tool is missing (make system-deps installs it)" >&2; exit 2; }
done

WORK=$(mktemp -d -t cartong-gui-smoke.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
PROFILES=$WORK/profiles-root
PROFILE=$PROFILES/profiles/default
mkdir -p "$PROFILE/python/plugins" "$PROFILE/QGIS" "$WORK/home" "$(dirname "$PNG")"
rm -f "$PNG" "$WINDOW_PNG" "$STATUS"

# What Plugins > Install from ZIP does: unpack the zip's single top folder into python/plugins.
unzip -q "$ZIP" -d "$PROFILE/python/plugins"
[ -f "$PROFILE/python/plugins/cartong_plugin/metadata.txt" ] \
    || { echo "gui-smoke: $ZIP has no cartong_plugin/metadata.txt" >&2; exit 1; }

# Enable the plugin as the Plugin Manager would, and keep the first start quiet and offline.
cat >"$PROFILE/QGIS/QGIS3.ini" <<'INI'
[PythonPlugins]
cartong_plugin=true

[app]
plugin_installer\checkOnStart=false
plugin_installer\allowExperimental=true

[core]
NewsFeed\httpsfeedqgisorg\disabled=true

[qgis]
checkVersion=false
INI

start=$SECONDS
set +e
# HOME and XDG dirs point into the temporary folder: the user's real profile is never touched.
env -u QGIS_PLUGINPATH -u PYTHONPATH \
    HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
    XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK" QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
    PYQGIS_STARTUP="$TOOLS/gui_smoke_startup.py" CARTONG_SMOKE_ERRORS="$WORK/errors.jsonl" \
    CARTONG_SMOKE_STATUS="$STATUS" CARTONG_SMOKE_PNG="$PNG" CARTONG_SMOKE_WINDOW_PNG="$WINDOW_PNG" \
    timeout --kill-after=10 "$TIMEOUT" \
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    qgis.bin --noversioncheck --nologo --profiles-path "$PROFILES" --code "$TOOLS/gui_smoke.py" \
    >"$WORK/qgis.log" 2>&1
qgis_status=$?
set -e
elapsed=$((SECONDS - start))

if [ ! -s "$STATUS" ]; then
    echo "gui-smoke: QGIS ended (status $qgis_status after ${elapsed}s) without writing $STATUS" >&2
    [ "$qgis_status" = 124 ] && echo "gui-smoke: timed out after ${TIMEOUT}s" >&2
    tail -40 "$WORK/qgis.log" >&2
    [ -s "$WORK/errors.jsonl" ] && cat "$WORK/errors.jsonl" >&2
    exit 1
fi

python3 - "$STATUS" "$elapsed" <<'PY'
import json, sys
status = json.load(open(sys.argv[1]))
print(f"gui-smoke: QGIS {status['qgis_version']} in {sys.argv[2]} s: plugin active={status['plugin_active']}, "
      f"menu found={status['menu_found']} {status.get('menu_actions')}, dialog shown={status['dialog_shown']}")
for text in status["exceptions"]:
    print("gui-smoke: exception:\n" + text, file=sys.stderr)
for entry in status["log_errors"]:
    print(f"gui-smoke: logged [{entry['tag']}]: {entry['message']}", file=sys.stderr)
sys.exit(0 if status["ok"] else 1)
PY
