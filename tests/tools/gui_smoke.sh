#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Install the plugin zip into a fresh QGIS profile and start the real desktop under Xvfb, in
# English, then once per language of CARTONG_SMOKE_LANGUAGES (default "fr es pt ar").
#
# Usage: tests/tools/gui_smoke.sh ZIP PNG
#   PNG                     picture of the plugin's main dialog (English)
#   PNG minus .png + -window.png   the whole screen: QGIS main window with the dialog on top
#   PNG minus .png + .json  the status written by gui_smoke.py (menu found, dialog shown, errors);
#                           each language's status is under "languages"
#   PNG minus .png + -<lang>-main.png, -<lang>-help.png, -<lang>-training.png, -<lang>-window.png
#                           in each language (fr, es, pt, ar): main dialog, help dock on an offline
#                           page, training panel, whole screen; Arabic right to left
# Each language is a new QGIS start with a fresh profile whose plugin setting cartong/locale names
# it (what a user sets in the plugin's settings), QGIS itself staying in English.
#   PNG's folder/wizards/<lang>/NN-<wizard>-<page>.png   every page of every wizard, driven to its end
#                           on the sample (English and French; CARTONG_SMOKE_WIZARDS_DIR="" skips it)
# Exits non-zero when the plugin raised, is not active, its menu is missing, a wizard page cuts a
# text or misses a default (gui_smoke_wizards.py), or a language run
# shows English where a translation is complete (French) or the wrong layout direction; a QGIS run
# that takes longer than CARTONG_SMOKE_TIMEOUT seconds (default 180) is killed and fails.
set -euo pipefail

ZIP=$(realpath "${1:?usage: gui_smoke.sh ZIP PNG}")
PNG=$(realpath -m "${2:?usage: gui_smoke.sh ZIP PNG}")
TOOLS=$(cd "$(dirname "$0")" && pwd)
BASE=${PNG%.png}
STATUS=$BASE.json
TIMEOUT=${CARTONG_SMOKE_TIMEOUT:-180}
LANGUAGES=${CARTONG_SMOKE_LANGUAGES-fr es pt ar}
# Every wizard driven to its end, each page pictured in PNG's folder/wizards/<lang>/ ("" to skip).
WIZARDS_DIR=${CARTONG_SMOKE_WIZARDS_DIR-$(dirname "$PNG")/wizards}

for tool in qgis.bin xvfb-run unzip; do
    command -v "$tool" >/dev/null || { echo "gui-smoke: $tool is missing (make system-deps installs it)" >&2; exit 2; }
done

WORK=$(mktemp -d -t cartong-gui-smoke.XXXXXX)
# CARTONG_SMOKE_KEEP=1 keeps the profiles and QGIS's output there, to look into a failure.
[ "${CARTONG_SMOKE_KEEP:-}" = 1 ] && echo "gui-smoke: work folder $WORK" >&2 || trap 'rm -rf "$WORK"' EXIT
mkdir -p "$(dirname "$PNG")"
[ -n "$WIZARDS_DIR" ] && rm -rf "$WIZARDS_DIR"/en "$WIZARDS_DIR"/fr
rm -f "$PNG" "$BASE"-window.png "$STATUS" "$BASE"-*-main.png "$BASE"-*-help.png "$BASE"-*-training.png \
    "$BASE"-*-window.png

# run_qgis LANG DIALOG_PNG WINDOW_PNG STATUS_JSON: one QGIS start with a fresh profile; prints
# the seconds it took; the status JSON is missing when QGIS ended before gui_smoke.py finished.
run_qgis() {
    local lang=$1 dialog_png=$2 window_png=$3 status=$4
    local run=$WORK/$lang
    local profiles=$run/profiles-root
    local profile=$profiles/profiles/default
    mkdir -p "$profile/python/plugins" "$profile/QGIS" "$run/home" "$run/training" "$run/work"

    # What Plugins > Install from ZIP does: unpack the zip's single top folder into python/plugins.
    unzip -q "$ZIP" -d "$profile/python/plugins"
    [ -f "$profile/python/plugins/cartong_plugin/metadata.txt" ] \
        || { echo "gui-smoke: $ZIP has no cartong_plugin/metadata.txt" >&2; return 1; }

    # Enable the plugin as the Plugin Manager would, keep the first start quiet and offline, and
    # give the plugin its language ("" for English would follow QGIS, which is English here). The
    # training folder is under /tmp, which QGIS counts as temporary layers to ask about on exit.
    local locale=$lang
    [ "$lang" = en ] && locale=
    cat >"$profile/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
cartong_plugin=true

[app]
askToSaveMemoryLayers=false
plugin_installer\\checkOnStart=false
plugin_installer\\allowExperimental=true

[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true

[qgis]
checkVersion=false

[locale]
overrideFlag=true
userLocale=en_US

[cartong]
locale=$locale
help\\check_online=false
INI

    local start=$SECONDS status_code
    set +e
    # HOME and XDG dirs point into the temporary folder: the user's real profile is never touched.
    env -u QGIS_PLUGINPATH -u PYTHONPATH \
        HOME="$run/home" XDG_CONFIG_HOME="$run/home/.config" XDG_DATA_HOME="$run/home/.local/share" \
        XDG_CACHE_HOME="$run/home/.cache" XDG_RUNTIME_DIR="$run" QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
        PYQGIS_STARTUP="$TOOLS/gui_smoke_startup.py" CARTONG_SMOKE_ERRORS="$run/errors.jsonl" \
        CARTONG_SMOKE_STATUS="$status" CARTONG_SMOKE_PNG="$dialog_png" CARTONG_SMOKE_WINDOW_PNG="$window_png" \
        CARTONG_SMOKE_LANG="$lang" CARTONG_SMOKE_BASE="$BASE-$lang" CARTONG_SMOKE_TRAINING_DIR="$run/training" \
        CARTONG_SMOKE_TOOLS="$TOOLS" CARTONG_SMOKE_WORK="$run/work" CARTONG_SMOKE_WIZARDS_DIR="$WIZARDS_DIR" \
        timeout --kill-after=10 "$TIMEOUT" \
        xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" \
        qgis.bin --noversioncheck --nologo --profiles-path "$profiles" --code "$TOOLS/gui_smoke.py" \
        >"$run/qgis.log" 2>&1
    status_code=$?
    set -e
    local elapsed=$((SECONDS - start))
    if [ ! -s "$status" ]; then
        echo "gui-smoke [$lang]: QGIS ended (status $status_code after ${elapsed}s) without writing $status" >&2
        [ "$status_code" = 124 ] && echo "gui-smoke [$lang]: timed out after ${TIMEOUT}s" >&2
        tail -40 "$run/qgis.log" >&2
        [ -s "$run/errors.jsonl" ] && cat "$run/errors.jsonl" >&2
        return 1
    fi
    echo "$elapsed"
}

# report STATUS_JSON SECONDS: one line per run, exceptions and errors on stderr; fails when not ok.
report() {
    python3 - "$1" "$2" <<'PY'
import json, sys
status = json.load(open(sys.argv[1], encoding="utf-8"))
lang = status.get("language", "en")
print(f"gui-smoke [{lang}]: QGIS {status['qgis_version']} in {sys.argv[2]} s: plugin active={status['plugin_active']}, "
      f"menu found={status['menu_found']} {status.get('menu_actions')}, dialog shown={status['dialog_shown']}")
for what, text in status.get("translated_texts", {}).items():
    print(f"gui-smoke [{lang}]:   {what}: {text.splitlines()[0] if text else text!r}")
if "dialog_right_to_left" in status:
    print(f"gui-smoke [{lang}]:   main dialog right to left={status['dialog_right_to_left']}, "
          f"QGIS right to left={status['qgis_right_to_left']}")
if "right_to_left" in status:
    print(f"gui-smoke [{lang}]:   windows right to left: {status['right_to_left']}")
for problem in status.get("language_problems", []):
    print(f"gui-smoke [{lang}]: language: {problem}", file=sys.stderr)
for problem in status.get("desktop_problems", []):
    print(f"gui-smoke [{lang}]: desktop: {problem}", file=sys.stderr)
for text in status["exceptions"]:
    print(f"gui-smoke [{lang}]: exception:\n" + text, file=sys.stderr)
for entry in status["log_errors"]:
    print(f"gui-smoke [{lang}]: logged [{entry['tag']}]: {entry['message']}", file=sys.stderr)
sys.exit(0 if status["ok"] else 1)
PY
}

total_start=$SECONDS
elapsed=$(run_qgis en "$PNG" "$BASE-window.png" "$STATUS") || exit 1
echo "{\"en\": $elapsed}" >"$WORK/seconds.json"
failed=0
report "$STATUS" "$elapsed" || failed=1

# The languages only when English passed: a broken plugin fails once, fast.
if [ "$failed" = 0 ]; then
    for lang in $LANGUAGES; do
        lang_status=$WORK/status-$lang.json
        if elapsed=$(run_qgis "$lang" "$BASE-$lang-main.png" "$BASE-$lang-window.png" "$lang_status"); then
            report "$lang_status" "$elapsed" || failed=1
            python3 - "$WORK/seconds.json" "$lang" "$elapsed" <<'PY'
import json, sys
path, lang, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = json.load(open(path)); data[lang] = seconds; json.dump(data, open(path, "w"))
PY
        else
            failed=1
            printf '{"language": "%s", "ok": false, "exceptions": ["QGIS ended without a status"]}\n' "$lang" \
                >"$lang_status"
        fi
    done
fi

# One status file: English at the top (as before), each language under "languages", overall "ok".
python3 - "$STATUS" "$WORK" "$LANGUAGES" "$((SECONDS - total_start))" <<'PY'
import json, os, sys
path, work, languages, total = sys.argv[1], sys.argv[2], sys.argv[3].split(), int(sys.argv[4])
status = json.load(open(path, encoding="utf-8"))
status["ok_english"] = status["ok"]
status["languages"] = {}
for lang in languages:
    lang_path = os.path.join(work, f"status-{lang}.json")
    if os.path.exists(lang_path):
        status["languages"][lang] = json.load(open(lang_path, encoding="utf-8"))
status["ok"] = status["ok"] and len(status["languages"]) == len(languages) and all(
    s["ok"] for s in status["languages"].values())
status["seconds"] = {**json.load(open(os.path.join(work, "seconds.json"))), "total": total}
json.dump(status, open(path, "w", encoding="utf-8"), indent=2, ensure_ascii=False)
print(f"gui-smoke: {'passed' if status['ok'] else 'FAILED'} in {total} s {status['seconds']}")
PY
exit "$failed"
