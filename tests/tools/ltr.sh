#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run the test suite on QGIS 3.40 LTR inside a Debian trixie chroot made by debootstrap.
#
# The chroot is built once and cached (CARTONG_LTR_CACHE, default /var/cache/cartong-ltr as root,
# ~/.cache/cartong-ltr otherwise); it is rebuilt only when missing or when its package list changes.
# Each run copies the working tree into the chroot (so nothing written by the tests lands in the
# checkout), bind-mounts /proc, /dev and /sys, and unmounts them on exit whatever happens. Runs are
# serialised with a lock file in the cache folder.
#
# Usage: tests/tools/ltr.sh [pytest arguments...]   (default: the whole suite, "tests")
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
SUITE=${CARTONG_SUITE:-trixie}  # trixie: QGIS 3.40 LTR; sid: the newest QGIS Debian packages
MIRROR=${CARTONG_LTR_MIRROR:-http://deb.debian.org/debian}
if [ "$(id -u)" = 0 ]; then DEFAULT_CACHE=/var/cache/cartong-ltr; else DEFAULT_CACHE=$HOME/.cache/cartong-ltr; fi
CACHE=${CARTONG_LTR_CACHE:-$DEFAULT_CACHE}
ROOT=$CACHE/$SUITE
# What the suite needs inside: QGIS desktop and Python bindings, the tools the tests call, pip for the venv.
PACKAGES="qgis python3-qgis qgis-providers python3-venv python3-pip python3-pandas xvfb xauth \
poppler-utils gdal-bin qttools5-dev-tools unzip zip ca-certificates locales-all fonts-dejavu-core"
# Added to a cached chroot when missing (no rebuild): the distribution's PostgreSQL + PostGIS for the
# throw-away cluster of the teams tests.
EXTRA_PACKAGES="postgresql postgresql-postgis"
STAMP_VALUE="$SUITE $PACKAGES"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

log() { echo "[ltr] $*" >&2; }

MOUNTED=()
cleanup() {
    # Unmount in reverse order; lazy so that a stray process cannot keep the host's /proc busy.
    for ((i=${#MOUNTED[@]}-1; i>=0; i--)); do
        $SUDO umount -l "${MOUNTED[$i]}" 2>/dev/null || true
    done
    MOUNTED=()
}
trap cleanup EXIT INT TERM

bind() {  # bind SRC DEST [ro]
    $SUDO mkdir -p "$2"
    $SUDO mount --bind "$1" "$2"
    MOUNTED+=("$2")
    if [ "${3:-}" = ro ]; then $SUDO mount -o remount,bind,ro "$2"; fi
}

mount_system() {  # mount_system ROOTDIR
    bind /proc "$1/proc"
    bind /sys "$1/sys"
    bind /dev "$1/dev"
    bind /dev/pts "$1/dev/pts"
    bind /dev/shm "$1/dev/shm"
}

in_chroot() {  # in_chroot ROOTDIR command...
    local dir=$1; shift
    $SUDO env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen \
        PYTHONDONTWRITEBYTECODE=1 CI="${CI:-}" chroot "$dir" "$@"
}

build_chroot() {
    local start=$SECONDS tmp=$CACHE/$SUITE.building
    local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    if ! command -v debootstrap >/dev/null || [ ! -f "$keyring" ]; then
        log "installing debootstrap and the Debian archive keyring"  # the keyring is not on Ubuntu by default
        $SUDO apt-get update -qq
        $SUDO apt-get install -y -qq --no-install-recommends debootstrap debian-archive-keyring
    fi
    $SUDO rm -rf --one-file-system "$tmp"
    $SUDO mkdir -p "$CACHE"
    log "debootstrap $SUITE (minbase) into $tmp"
    # Only the base goes through debootstrap: its resolver is weak, apt inside does the rest.
    $SUDO debootstrap --variant=minbase --include=ca-certificates --keyring="$keyring" "$SUITE" "$tmp" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
        || { tail -30 "$CACHE/debootstrap.log" >&2; exit 1; }
    $SUDO cp /etc/resolv.conf "$tmp/etc/resolv.conf"
    $SUDO mkdir -p "$tmp/etc/ssl/certs"
    $SUDO cp /etc/ssl/certs/ca-certificates.crt "$tmp/etc/ssl/certs/ca-certificates.crt"
    mount_system "$tmp"
    log "apt-get install: $PACKAGES"
    # A mirror's snapshot of sid can be older than its Release file's Valid-Until: still a signed archive.
    in_chroot "$tmp" apt-get -o Acquire::Check-Valid-Until=false update -qq
    # shellcheck disable=SC2086
    in_chroot "$tmp" apt-get install -y -qq --no-install-recommends $PACKAGES >"$CACHE/apt.log" 2>&1 \
        || { tail -30 "$CACHE/apt.log" >&2; exit 1; }
    in_chroot "$tmp" apt-get clean
    log "venv with system site packages"
    in_chroot "$tmp" python3 -m venv --system-site-packages /opt/venv
    cleanup
    echo "$STAMP_VALUE" | $SUDO tee "$tmp/.cartong-ltr-stamp" >/dev/null
    $SUDO rm -rf --one-file-system "$ROOT"
    $SUDO mv "$tmp" "$ROOT"   # only a complete chroot becomes the cache
    log "chroot built in $((SECONDS - start)) s"
}

# One run at a time: runs share the chroot, its mounts and its copy of the tree.
$SUDO mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
if ! flock -n 9; then
    log "another test-ltr run holds $CACHE/.lock; waiting for it"
    flock 9
fi
# Mounts left by a run that was killed outright (no trap runs on SIGKILL): nobody else uses them now.
for stale in $(awk -v root="$CACHE/" 'index($2, root) == 1 {print $2}' /proc/mounts | sort -r); do
    $SUDO umount -l "$stale" || true
done

if [ ! -f "$ROOT/.cartong-ltr-stamp" ] || [ "$(cat "$ROOT/.cartong-ltr-stamp")" != "$STAMP_VALUE" ]; then
    build_chroot
else
    log "reusing cached chroot $ROOT"
fi

# Fresh network settings each run (the host's may have changed since the build).
$SUDO cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
$SUDO cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/ca-certificates.crt"
mount_system "$ROOT"

# shellcheck disable=SC2086
if ! in_chroot "$ROOT" dpkg-query -W $EXTRA_PACKAGES >/dev/null 2>&1; then
    log "apt-get install: $EXTRA_PACKAGES"
    in_chroot "$ROOT" apt-get -o Acquire::Check-Valid-Until=false update -qq
    in_chroot "$ROOT" apt-get install -y -qq --no-install-recommends $EXTRA_PACKAGES >"$CACHE/apt-extra.log" 2>&1 \
        || { tail -30 "$CACHE/apt-extra.log" >&2; exit 1; }
    in_chroot "$ROOT" apt-get clean
fi

# Test requirements: reinstalled only when tests/requirements.txt changes.
REQ_HASH=$(sha256sum "$REPO/tests/requirements.txt" | cut -d' ' -f1)
if [ "$(cat "$ROOT/opt/venv/.requirements-sha256" 2>/dev/null)" != "$REQ_HASH" ]; then
    log "pip install -r tests/requirements.txt"
    $SUDO cp "$REPO/tests/requirements.txt" "$ROOT/opt/requirements.txt"
    in_chroot "$ROOT" /opt/venv/bin/python -m pip install -q --disable-pip-version-check -r /opt/requirements.txt
    echo "$REQ_HASH" | $SUDO tee "$ROOT/opt/venv/.requirements-sha256" >/dev/null
fi

# A fresh copy of the working tree (tracked and untracked files, not the host's venv or outputs).
# It sits at /work/main as on the host (the real test files are in tests/data/real).
$SUDO rm -rf --one-file-system "$ROOT/work/main"
$SUDO mkdir -p "$ROOT/work/main"
tar -C "$REPO" --exclude=./.venv --exclude=./.git --exclude=./out --exclude=./dist --exclude=./build \
    --exclude='__pycache__' --exclude=./.pytest_cache --exclude=./.ruff_cache -cf - . \
    | $SUDO tar -C "$ROOT/work/main" -xf -
if [ -d "$REPO/../shared" ]; then
    bind "$REPO/../shared" "$ROOT/work/shared" ro
fi

QGIS_VERSION=$(in_chroot "$ROOT" python3 -c "from qgis.core import Qgis; print(Qgis.QGIS_VERSION)" 2>/dev/null || echo unknown)
log "QGIS in the chroot: $QGIS_VERSION"
[ $# -gt 0 ] || set -- tests
JUNIT=/tmp/cartong-ltr-junit.xml
$SUDO rm -f "$ROOT$JUNIT"
set +e
# Unbuffered, so that a crash cannot swallow the end of the report; JUnit XML tells what ran.
in_chroot "$ROOT" env PYTHONUNBUFFERED=1 bash -c 'cd /work/main && python3 i18n/build_qm.py >/dev/null &&
    exec /opt/venv/bin/python -m pytest -c tests/pytest.ini --junitxml="$0" "$@"' "$JUNIT" "$@"
STATUS=$?
set -e
if [ -s "$ROOT$JUNIT" ]; then
    python3 - "$ROOT$JUNIT" <<'PY' >&2
import sys
import xml.etree.ElementTree as ET
suite = ET.parse(sys.argv[1]).getroot()
suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
counts = {k: int(suite.get(k, 0)) for k in ("tests", "failures", "errors", "skipped")}
print("[ltr] JUnit: {tests} tests, {failures} failed, {errors} errors, {skipped} skipped".format(**counts))
PY
elif [ "$STATUS" -ge 128 ]; then
    log "pytest crashed (signal $((STATUS - 128))) before writing its report"
fi
log "pytest exit status on QGIS $QGIS_VERSION: $STATUS"
exit $STATUS
