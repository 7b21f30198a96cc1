#!/usr/bin/env bash
# Builds ShopTuner's .deb from a clean checkout of the committed tree (HEAD), checks it with
# lintian, installs it with apt on this machine (apt pulls in its Depends), checks the installed
# programs, then purges the package and checks that nothing of it is left.
#
#   bash packaging/test-deb.sh [--keep]      (as root, or with sudo; Debian 12)
#
# --keep leaves the package installed. Environment: OUT (work folder, default
# /tmp/shoptuner-deb-test), JOBS (parallel compile jobs, default 1), SHOPTUNER_FIXTURES (real
# tokenizer files; with them the SentencePiece bridge is checked too), SHOTS (where the
# screenshots go, default $OUT/screenshots).
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${OUT:-/tmp/shoptuner-deb-test}"
JOBS="${JOBS:-1}"
KEEP=0
[ "${1:-}" = "--keep" ] && KEEP=1
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
if [ -z "${SHOPTUNER_FIXTURES:-}" ] && [ -d "$REPO/../shared/fixtures" ]; then
  SHOPTUNER_FIXTURES="$(cd "$REPO/../shared/fixtures" && pwd)"
fi

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

if dpkg-query -W -f='${Status}' shoptuner 2>/dev/null | grep -q "installed"; then
  fail "a shoptuner package is installed already; remove it first (apt-get purge shoptuner)"
fi
for tool in dpkg-shlibdeps lintian xvfb-run import xwininfo xdotool appstreamcli desktop-file-validate; do
  command -v "$tool" >/dev/null || fail "$tool is missing; run bash .ci/setup.sh"
done

step "Clean checkout of $(git -C "$REPO" rev-parse --short HEAD) in $OUT/src"
$SUDO rm -rf "$OUT"
mkdir -p "$OUT/src"
git -C "$REPO" archive --format=tar HEAD | tar -x -C "$OUT/src"
cd "$OUT/src"
VERSION="$(sed -n 's/^project(ShopTuner VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"
[ -n "$VERSION" ] || fail "no version in CMakeLists.txt's project()"
echo "version $VERSION"

step "Build with Debian's hardening flags and package (cmake --preset deb, cpack --preset deb)"
# The flags Debian builds packages with (relro, bindnow, fortify, stack protector). No -g: the
# package is stripped. No path-mapping flags: they name this folder and defeat ccache.
export DEB_BUILD_MAINT_OPTIONS="hardening=+all reproducible=-fixfilepath,-fixdebugpath" DEB_CXXFLAGS_MAINT_STRIP="-g"
eval "$(dpkg-buildflags --export=sh)"
export CXXFLAGS="$CXXFLAGS $CPPFLAGS"
cmake --preset deb >"$OUT/configure.log" || { tail -30 "$OUT/configure.log"; fail "configure"; }
grep "libtorch:" "$OUT/configure.log" || true
nice -n 10 cmake --build --preset deb -j "$JOBS" >"$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log"; fail "build"; }
cpack --preset deb >"$OUT/cpack.log" 2>&1 || { cat "$OUT/cpack.log"; fail "cpack"; }
DEB="$(ls "$OUT"/src/build-pkg/shoptuner_"$VERSION"-*_*.deb)"
echo "$DEB ($(du -h "$DEB" | cut -f1))"
dpkg-deb --field "$DEB" Package Version Architecture Installed-Size Depends Recommends
dpkg-deb --contents "$DEB" | awk '{print $6}' >"$OUT/contents.txt"

step "lintian"
# Findings that are explained rather than fixed are overridden in the package
# (packaging/debian/lintian-overrides, reasons in packaging/README.md); errors fail the test.
lintian --info --display-info --show-overrides "$DEB" | tee "$OUT/lintian.txt" || true
grep -q '^E: ' "$OUT/lintian.txt" && fail "lintian reports errors"

step "Install with apt (Depends come from Debian)"
dpkg-query -W -f='${Package}\n' | sort >"$OUT/packages-before.txt"
# A failed check must not leave the package installed (unless --keep).
purge_on_failure() {
  local rc=$?
  if [ "$rc" -ne 0 ] && [ "$KEEP" = 0 ]; then
    echo "purging shoptuner after the failure"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q shoptuner >/dev/null 2>&1 || true
  fi
}
trap purge_on_failure EXIT
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$DEB" >"$OUT/apt-install.log" 2>&1 \
  || { tail -30 "$OUT/apt-install.log"; fail "apt-get install"; }
dpkg-query -W -f='${Package}\n' | sort >"$OUT/packages-after.txt"
echo "packages apt added: $(comm -13 "$OUT/packages-before.txt" "$OUT/packages-after.txt" | tr '\n' ' ')"
dpkg -L shoptuner >"$OUT/installed-files.txt"

step "Depends cover every shared library the programs load"
# This machine has the build dependencies installed, so a successful install proves little;
# instead every library the ELF files need must come from a package in the Depends closure.
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
  --no-enhances shoptuner | grep -v '^ ' | sed 's/:.*//' | sort -u >"$OUT/depends-closure.txt"
missing=0
while read -r path; do
  [ -f "$path" ] && file -b "$path" | grep -q '^ELF' || continue
  while read -r lib; do
    # With merged /usr, dpkg knows some libraries by their /lib name only.
    real="$(realpath "$lib")"
    owner=""
    for candidate in "$real" "${real#/usr}" "$lib"; do
      owner="$(dpkg -S "$candidate" 2>/dev/null | head -1 | sed 's/:.*//')" && [ -n "$owner" ] && break
    done
    if [ -z "$owner" ] || ! grep -qx "$owner" "$OUT/depends-closure.txt"; then
      echo "$path needs $lib (package: ${owner:-none}), which Depends do not bring"; missing=1
    fi
  done < <(ldd "$path" | awk '/=> \//{print $3}')
done <"$OUT/installed-files.txt"
[ "$missing" = 0 ] || fail "Depends are incomplete"
echo "all libraries come from $(wc -l <"$OUT/depends-closure.txt") packages in the Depends closure"

step "Installed programs"
CHECK="$OUT/check"
mkdir -p "$CHECK/home"
cd "$CHECK"   # nowhere near a build tree
export HOME="$CHECK/home" XDG_CONFIG_HOME="$CHECK/home/.config" XDG_DATA_HOME="$CHECK/home/.local/share"
[ "$(command -v shoptuner-cli)" = /usr/bin/shoptuner-cli ] || fail "shoptuner-cli is not /usr/bin/shoptuner-cli"
got="$(/usr/bin/shoptuner-cli --version)"
[ "$got" = "shoptuner-cli $VERSION" ] || fail "shoptuner-cli --version says '$got'"
echo "shoptuner-cli --version: $got"
got="$(QT_QPA_PLATFORM=offscreen /usr/bin/shoptuner --version)"
[ "$got" = "ShopTuner $VERSION" ] || fail "shoptuner --version says '$got'"
echo "shoptuner --version: $got"

# A tiny model needs a tokenizer: a byte-level BPE with the 256 byte tokens is written here,
# so the check needs nothing from outside the repository.
/usr/bin/python3 - "$CHECK/byte-tokenizer.json" <<'PY'
import json, sys
printable = list(range(33, 127)) + list(range(161, 173)) + list(range(174, 256))
chars, extra = {}, 0
for b in range(256):
    chars[b] = chr(b) if b in printable else chr(256 + (extra := extra + 1) - 1)
vocab = {chars[b]: b for b in range(256)}
vocab["<|endoftext|>"] = 256
byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
json.dump({"version": "1.0", "truncation": None, "padding": None, "normalizer": None,
           "added_tokens": [{"id": 256, "content": "<|endoftext|>", "single_word": False, "lstrip": False,
                             "rstrip": False, "normalized": False, "special": True}],
           "pre_tokenizer": byte_level, "post_processor": byte_level, "decoder": byte_level,
           "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "",
                     "end_of_word_suffix": "", "fuse_unk": False, "byte_fallback": False,
                     "vocab": vocab, "merges": []}}, open(sys.argv[1], "w"), ensure_ascii=False)
PY
shoptuner-cli make-model --preset tiny --tokenizer "$CHECK/byte-tokenizer.json" --out "$CHECK/tiny"
info="$(shoptuner-cli info --model "$CHECK/tiny")"
echo "shoptuner-cli info: $info"
echo "$info" | grep -q '"architecture":"LlamaForCausalLM"' || fail "info did not describe the tiny model"
echo "$info" | grep -q '"device":"cpu"' || fail "info names no device"
ids="$(shoptuner-cli tokenize --model "$CHECK/tiny" --text "Red shirt")"
# The vocabulary is the 256 bytes in order, so the ids are the text's UTF-8 bytes.
[ "$ids" = "[82,101,100,32,115,104,105,114,116]" ] || fail "byte-level tokenization gave $ids"

MODULE="$(grep '/libshoptuner_spm\.so$' "$OUT/installed-files.txt")"
echo "SentencePiece bridge: $MODULE"
if [ -n "${SHOPTUNER_FIXTURES:-}" ] && [ -f "$SHOPTUNER_FIXTURES/llama2/tokenizer.model" ]; then
  # Loads the installed bridge (no build tree is searched: the package is built without that
  # fallback) and SentencePiece with libtorch in one process.
  shoptuner-cli make-model --preset tiny --tokenizer "$SHOPTUNER_FIXTURES/llama2/tokenizer.model" --out "$CHECK/tiny-spm"
  ids="$(env -u SHOPTUNER_SPM_MODULE shoptuner-cli tokenize --model "$CHECK/tiny-spm" --text "Red cotton shirt")"
  echo "SentencePiece tokenize: $ids"
  [ "$ids" = "[4367,20118,880,528,2728]" ] || fail "SentencePiece tokenization gave $ids"
else
  echo "no SHOPTUNER_FIXTURES: the SentencePiece check is skipped"
fi

D=/usr/share/shoptuner/demo
shoptuner-cli import --project "$CHECK/demo.shoptuner" --catalog "$D/catalog.csv" >"$CHECK/import.jsonl"
shoptuner-cli stats --project "$CHECK/demo.shoptuner" | head -c 300; echo

step "Desktop integration"
desktop-file-validate /usr/share/applications/org.shoptuner.ShopTuner.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.shoptuner.ShopTuner.metainfo.xml
grep -q "<release version=\"$VERSION\"" /usr/share/metainfo/org.shoptuner.ShopTuner.metainfo.xml \
  || fail "the metainfo names no release $VERSION"
man -w shoptuner-cli shoptuner
[ -f /usr/share/icons/hicolor/256x256/apps/org.shoptuner.ShopTuner.png ] || fail "no 256x256 icon"

step "The GUI under Xvfb"
# --demo opens the demo project in the main window ("Kettle & Loom (demo) — ShopTuner") with
# the setup wizard over it, as on a first start. Screenshots: that first start, the main window
# once the wizard is closed (Escape), and Help > About, which shows the version.
SHOTS="${SHOTS:-$OUT/screenshots}"
mkdir -p "$SHOTS"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  check="$1" shots="$2" version="$3"
  windows() { xwininfo -root -tree | grep -F "$1" | grep -v " 1x1+"; }
  wait_for() {  # a mapped window whose title contains $1, within 60 s
    for _ in $(seq 60); do
      kill -0 $pid 2>/dev/null || { echo "shoptuner exited:"; cat "$check/gui.log"; return 1; }
      windows "$1" >/dev/null && { sleep 2; return 0; }   # found; let it paint
      sleep 1
    done
    echo "no window "$1" after 60 s:"; xwininfo -root -tree | grep "\"" ; cat "$check/gui.log"; return 1
  }
  /usr/bin/shoptuner --demo >"$check/gui.log" 2>&1 &
  pid=$!
  trap "kill $pid 2>/dev/null" EXIT
  wait_for " — ShopTuner\"" || exit 1
  windows " — ShopTuner\""
  import -window root "$shots/first-start.png"
  wizard="$(xdotool search --name "^Set up your shop" | head -1)"
  if [ -n "$wizard" ]; then
    xdotool key --window "$wizard" Escape 2>/dev/null || true
    sleep 2
  fi
  import -window root "$shots/main-window.png"
  main="$(xdotool search --name " — ShopTuner$" | head -1)"
  xdotool windowactivate --sync "$main" 2>/dev/null || xdotool windowfocus --sync "$main"
  xdotool key --window "$main" alt+h a
  wait_for "\"About ShopTuner\"" || exit 1
  import -window root "$shots/about.png"
' gui "$CHECK" "$SHOTS" "$VERSION" || fail "the main window did not appear"
echo "screenshots: $SHOTS/first-start.png $SHOTS/main-window.png $SHOTS/about.png"

if [ "$KEEP" = 1 ]; then
  step "Left installed (--keep)"
  exit 0
fi

step "Purge"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q shoptuner >"$OUT/apt-purge.log" 2>&1 \
  || { tail -20 "$OUT/apt-purge.log"; fail "apt-get purge"; }
dpkg-query -W -f='${Status}' shoptuner 2>/dev/null | grep -q "installed" && fail "shoptuner is still installed"
left=0
while read -r path; do
  if [ -f "$path" ] || [ -L "$path" ]; then echo "left behind: $path"; left=1; fi
done <"$OUT/installed-files.txt"
for dir in /usr/share/shoptuner /usr/share/doc/shoptuner /usr/lib/*/shoptuner; do
  [ -e "$dir" ] && { echo "left behind: $dir"; left=1; }
done
[ "$left" = 0 ] || fail "files of the package are left under /usr"
echo "nothing of the package is left"
echo "packages apt pulled in for it stay installed: $(comm -13 "$OUT/packages-before.txt" "$OUT/packages-after.txt" | grep -v '^shoptuner$' | tr '\n' ' ')"

step "All checks passed: $DEB"
