#!/usr/bin/env bash
# Takes a screenshot of the app's window under Xvfb at a fixed size, so changes can be looked at.
# usage: tests/screenshots.sh [build dir] [output dir]
set -euo pipefail
build=${1:-build}
out=${2:-screenshots}
mkdir -p "$out"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1000x700x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display XDG_RUNTIME_DIR=$(mktemp -d) "$build/bin/shoptuner" &
app=$!
sleep 3
DISPLAY=$display import -window root "$out/main-window.png"
echo "wrote $out/main-window.png"
