#!/usr/bin/env bash
# Screenshots of every page of the app on the demo shop, under Xvfb on a 1366×768 laptop screen
# (the windows size themselves to it), so changes can be looked at.
# usage: tests/screenshots.sh [build dir] [output dir] [locale, e.g. de] [scale, e.g. 1.25]
set -euo pipefail
build=${1:-build}
out=${2:-screenshots}
locale=${3:-en}
scale=${4:-1}
mkdir -p "$out"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display XDG_RUNTIME_DIR=$(mktemp -d) QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=$scale "$build/bin/screenshot_tour" "$out" "$locale"
