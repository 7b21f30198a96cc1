#!/usr/bin/env bash
# Installs every Debian package ShopTuner needs to build, test and run (Debian 12).
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libgl-dev libxkbcommon-dev qt6-translations-l10n
  libqcustomplot-dev libqcustomplot2.1-qt6
  qtkeychain-qt6-dev
  libtorch-dev libgloo-dev
  libsentencepiece-dev
  libsqlite3-dev sqlite3 libcsv-dev
  nlohmann-json3-dev
  libpcre2-dev libicu-dev
  libopenblas0-openmp
  xvfb xauth x11-apps imagemagick poppler-utils
  fonts-dejavu-core fonts-lohit-deva
  # Packaging: the icon renderer (Qt Svg), dpkg-shlibdeps for the .deb's Depends, and the
  # checks packaging/test-deb.sh runs (lintian, AppStream and .desktop validators, xwininfo, xdotool).
  qt6-svg-dev dpkg-dev lintian appstream desktop-file-utils x11-utils xdotool
  # A German locale, for the tests that check output stays English whatever the user's locale.
  locales
)
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
# de_DE.UTF-8 for those tests (a second or two; nothing else is changed).
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  $SUDO localedef -i de_DE -c -f UTF-8 de_DE.UTF-8
fi
